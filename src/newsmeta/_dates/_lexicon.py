"""Words the date helpers know: month and weekday names, relative-time phrases, zones.

``LANGUAGES`` are the five languages whose relative labels are parsed word by word and
printed (en, es, fr, de, pt). Every language newsmeta reads dates in (37: the table in
:mod:`newsmeta._dates._language_table`, checked by :mod:`newsmeta._dates._languages`) has
month and weekday names, published/updated label words, relative past and future labels and
"today"/"yesterday"; the labels of the languages other than the five are reworded as the
English label with the same meaning (``LABEL_ONLY_*`` below, words in ``_label_words`` and
``_label_words_more``). All keys are lower case and accent-bearing (the parsers lower-case
their input; a few unaccented spellings are listed too).
"""

from __future__ import annotations

from datetime import timedelta, timezone

from newsmeta._dates import _label_words
from newsmeta._dates import _label_words_more as _more
from newsmeta._dates import _language_table as _table

__all__ = [
    "DATE_ONLY_PREFIXES",
    "DAY_ONLY_MONTHS",
    "LANGUAGES",
    "MONTHS",
    "PREFIXES",
    "UNITS",
    "WEEKDAYS",
    "ZONES",
]

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt")

_MONTHS_BY_LANG: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "es": (
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo", "may"),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sep", "sept", "set"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    "fr": (
        ("janvier", "janv", "jan"),
        ("février", "fevrier", "févr", "fevr", "fév", "fev"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août", "aout"),
        ("septembre", "sept"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "decembre", "déc", "dec"),
    ),
    "de": (
        ("januar", "jänner", "jan"),
        ("februar", "feb"),
        ("märz", "maerz", "mär", "mrz"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    # Month names only (dates written with them are read; relative labels are not).
    "it": (
        ("gennaio", "gen"),
        ("febbraio", "feb"),
        ("marzo", "mar"),
        ("aprile", "apr"),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto", "ago"),
        ("settembre", "set", "sett"),
        ("ottobre", "ott"),
        ("novembre", "nov"),
        ("dicembre", "dic"),
    ),
    "nl": (
        ("januari", "jan"),
        ("februari", "feb"),
        ("maart", "mrt"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augustus", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    # Russian: the genitive ("3 марта 2019") that dates use, the nominative ("март 2019")
    # and the abbreviations with or without their dot.
    "ru": (
        ("января", "январь", "янв"),
        ("февраля", "февраль", "фев", "февр"),
        ("марта", "март", "мар"),
        ("апреля", "апрель", "апр"),
        ("мая", "май"),
        ("июня", "июнь", "июн"),
        ("июля", "июль", "июл"),
        ("августа", "август", "авг"),
        ("сентября", "сентябрь", "сен", "сент"),
        ("октября", "октябрь", "окт"),
        ("ноября", "ноябрь", "ноя", "нояб"),
        ("декабря", "декабрь", "дек"),
    ),
    # Turkish, with the dotless/undotted spellings pages also use.
    "tr": (
        ("ocak", "oca"),
        ("şubat", "subat", "şub", "sub"),
        ("mart",),
        ("nisan", "nis"),
        ("mayıs", "mayis"),
        ("haziran", "haz"),
        ("temmuz", "tem"),
        ("ağustos", "agustos", "ağu", "agu"),
        ("eylül", "eylul", "eyl"),
        ("ekim", "eki"),
        ("kasım", "kasim", "kas"),
        ("aralık", "aralik", "ara"),
    ),
    # Month names only, the forms dates use (Polish, Czech, Ukrainian and Finnish dates put
    # the month in the genitive or partitive: "14 marca 2023", "5. března 2024", "12 березня
    # 2023", "12. maaliskuuta 2023"); abbreviations that are words elsewhere ("sie", "des",
    # "lis") are read only with a day before them (``DAY_ONLY_MONTHS``: "15 lis 2023", as
    # browsers abbreviate Polish months, but not "od lis 2023" nor "Sie 2023").
    "pl": (
        ("stycznia", "styczeń", "styczen", "sty"),
        ("lutego", "luty", "lut"),
        ("marca", "marzec"),
        ("kwietnia", "kwiecień", "kwiecien", "kwi"),
        ("maja", "maj"),
        ("czerwca", "czerwiec", "cze"),
        ("lipca", "lipiec", "lip"),
        ("sierpnia", "sierpień", "sierpien", "sie"),
        ("września", "wrzesnia", "wrzesień", "wrzesien", "wrz"),
        ("października", "pazdziernika", "październik", "pazdziernik", "paź"),
        ("listopada", "listopad", "lis"),
        ("grudnia", "grudzień", "grudzien", "gru"),
    ),
    "cs": (
        ("ledna", "leden"),
        ("února", "unora", "únor"),
        ("března", "brezna", "březen"),
        ("dubna", "duben"),
        ("května", "kvetna", "květen"),
        ("června", "cervna", "červen"),
        ("července", "cervence", "červenec"),
        ("srpna", "srpen"),
        ("září", "zari"),
        ("října", "rijna", "říjen"),
        ("listopadu",),
        ("prosince", "prosinec"),
    ),
    # Swedish, Danish and Norwegian (the names the other languages share are read already).
    "sv": (
        ("januari",),
        ("februari",),
        ("mars", "marts"),
        ("april",),
        ("maj", "mai"),
        ("juni",),
        ("juli",),
        ("augusti", "august"),
        ("september",),
        ("oktober",),
        ("november",),
        ("december", "desember"),
    ),
    "ro": (
        ("ianuarie", "ian"),
        ("februarie",),
        ("martie",),
        ("aprilie",),
        ("mai",),
        ("iunie", "iun"),
        ("iulie", "iul"),
        ("august",),
        ("septembrie",),
        ("octombrie",),
        ("noiembrie", "noi"),
        ("decembrie",),
    ),
    "fi": (
        ("tammikuuta", "tammikuu"),
        ("helmikuuta", "helmikuu"),
        ("maaliskuuta", "maaliskuu"),
        ("huhtikuuta", "huhtikuu"),
        ("toukokuuta", "toukokuu"),
        ("kesäkuuta", "kesäkuu"),
        ("heinäkuuta", "heinäkuu"),
        ("elokuuta", "elokuu"),
        ("syyskuuta", "syyskuu"),
        ("lokakuuta", "lokakuu"),
        ("marraskuuta", "marraskuu"),
        ("joulukuuta", "joulukuu"),
    ),
    "uk": (
        ("січня", "січень"),
        ("лютого", "лютий"),
        ("березня", "березень"),
        ("квітня", "квітень"),
        ("травня", "травень"),
        ("червня", "червень"),
        ("липня", "липень"),
        ("серпня", "серпень"),
        ("вересня", "вересень"),
        ("жовтня", "жовтень"),
        ("листопада", "листопад"),
        ("грудня", "грудень"),
    ),
    # Greek: the genitive, with and without its accent (capitals drop it).
    "el": (
        ("ιανουαρίου", "ιανουαριου"),
        ("φεβρουαρίου", "φεβρουαριου"),
        ("μαρτίου", "μαρτιου"),
        ("απριλίου", "απριλιου"),
        ("μαΐου", "μαιου"),
        ("ιουνίου", "ιουνιου"),
        ("ιουλίου", "ιουλιου"),
        ("αυγούστου", "αυγουστου"),
        ("σεπτεμβρίου", "σεπτεμβριου"),
        ("οκτωβρίου", "οκτωβριου"),
        ("νοεμβρίου", "νοεμβριου"),
        ("δεκεμβρίου", "δεκεμβριου"),
    ),
    # Indonesian and Malay (the names other languages share are read already).
    "id": (
        ("januari",),
        ("februari", "pebruari"),
        ("maret", "mac"),
        ("april",),
        ("mei",),
        ("juni", "jun"),
        ("juli", "julai"),
        ("agustus", "ogos"),
        ("september",),
        ("oktober",),
        ("november", "nopember"),
        ("desember", "disember"),
    ),
    "ca": (
        ("gener",),
        ("febrer",),
        ("març", "marc"),
        ("abril",),
        ("maig",),
        ("juny",),
        ("juliol",),
        ("agost",),
        ("setembre",),
        ("octubre",),
        ("novembre",),
        ("desembre",),
    ),
    # Slovak (the genitive dates use, and the nominative), Slovenian and Croatian. The
    # Croatian October and November ("listopada", "studenoga") are left out: "listopada" is
    # the Polish and Czech November.
    "sk": (
        ("januára", "januara", "január"),
        ("februára", "februara", "február"),
        ("marec",),
        ("apríla", "aprila", "apríl"),
        ("mája", "maja", "máj"),
        ("júna", "juna", "jún"),
        ("júla", "jula", "júl"),
        ("augusta",),
        ("septembra",),
        ("októbra", "oktobra", "október"),
        ("novembra",),
        ("decembra",),
    ),
    "sl": (
        ("januar",),
        ("februar",),
        ("marec", "marca"),
        ("april", "aprila"),
        ("maj", "maja"),
        ("junij", "junija"),
        ("julij", "julija"),
        ("avgust", "avgusta"),
        ("september", "septembra"),
        ("oktober", "oktobra"),
        ("november", "novembra"),
        ("december", "decembra"),
    ),
    "hr": (
        ("siječnja", "sijecnja", "siječanj"),
        ("veljače", "veljace", "veljača"),
        ("ožujka", "ozujka", "ožujak"),
        ("travnja", "travanj"),
        ("svibnja", "svibanj"),
        ("lipnja", "lipanj"),
        ("srpnja", "srpanj"),
        ("kolovoza", "kolovoz"),
        ("rujna", "rujan"),
        (),
        (),
        ("prosinca", "prosinac"),
    ),
    "bg": (
        ("януари",),
        ("февруари",),
        ("март",),
        ("април",),
        ("май",),
        ("юни",),
        ("юли",),
        ("август",),
        ("септември",),
        ("октомври",),
        ("ноември",),
        ("декември",),
    ),
    "he": (
        ("ינואר",),
        ("פברואר",),
        ("מרץ", "מרס"),
        ("אפריל",),
        ("מאי",),
        ("יוני",),
        ("יולי",),
        ("אוגוסט",),
        ("ספטמבר",),
        ("אוקטובר",),
        ("נובמבר",),
        ("דצמבר",),
    ),
    "ar": (
        ("يناير", "كانونـالثاني", "جانفي"),
        ("فبراير", "شباط", "فيفري"),
        ("مارس", "آذار"),
        ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"),
        ("مايو", "أيار", "ماي"),
        ("يونيو", "يونيه", "حزيران", "جوان"),
        ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
        ("أغسطس", "اغسطس", "أوت", "غشت"),
        ("سبتمبر", "أيلول", "ايلول", "شتنبر"),
        ("أكتوبر", "اكتوبر", "تشرينـالأول", "تشرينـالاول"),
        ("نوفمبر", "تشرينـالثاني", "نونبر"),
        ("ديسمبر", "كانونـالأول", "كانونـالاول", "دجنبر"),
    ),
    "hi": (
        ("जनवरी",),
        ("फ़रवरी", "फरवरी"),
        ("मार्च",),
        ("अप्रैल", "अप्रेल"),
        ("मई",),
        ("जून",),
        ("जुलाई",),
        ("अगस्त",),
        ("सितंबर", "सितम्बर"),
        ("अक्टूबर", "अक्तूबर"),
        ("नवंबर", "नवम्बर"),
        ("दिसंबर", "दिसम्बर"),
    ),
    "th": (
        ("มกราคม",),
        ("กุมภาพันธ์",),
        ("มีนาคม",),
        ("เมษายน",),
        ("พฤษภาคม",),
        ("มิถุนายน",),
        ("กรกฎาคม",),
        ("สิงหาคม",),
        ("กันยายน",),
        ("ตุลาคม",),
        ("พฤศจิกายน",),
        ("ธันวาคม",),
    ),
    "pt": (
        ("janeiro", "jan"),
        ("fevereiro", "fev"),
        ("março", "marco", "mar"),
        ("abril", "abr"),
        ("maio", "mai"),
        ("junho", "jun"),
        ("julho", "jul"),
        ("agosto", "ago"),
        ("setembro", "set"),
        ("outubro", "out"),
        ("novembro", "nov"),
        ("dezembro", "dez"),
    ),
}

_MONTHS_BY_LANG.update(_table.MONTHS_MORE)

MONTHS: dict[str, int] = {}
"""Month name or abbreviation (any language) -> month number."""
for _names in _MONTHS_BY_LANG.values():
    for _i, _group in enumerate(_names, start=1):
        for _n in _group:
            MONTHS.setdefault(_n, _i)
# Hebrew writes "in" as a prefix letter of the month: "14 במרץ 2024".
for _i, _group in enumerate(_MONTHS_BY_LANG["he"], start=1):
    for _n in _group:
        MONTHS.setdefault("ב" + _n, _i)

# Abbreviations that are words elsewhere (Polish "sie" is German "Sie", "lis" a fox or
# French "lis"): a month only with a day before them, never in a month and a year alone.
DAY_ONLY_MONTHS: frozenset[str] = frozenset({"lis", "sie"})
BUDDHIST_MONTHS: frozenset[str] = frozenset(n for g in _MONTHS_BY_LANG["th"] for n in g)
"""Thai month names: a year after one of them above 2400 is of the Buddhist era (2567 = 2024)."""
BUDDHIST_OFFSET = 543

# Arabic names two months in two words ("تشرين الأول", October; "كانون الثاني", January):
# the parser joins them with a tatweel (a letter) so the month stays one word.
TWO_WORD_MONTHS: tuple[tuple[str, str], ...] = (
    ("تشرين ال", "تشرينـال"),
    ("كانون ال", "كانونـال"),
)

WEEKDAYS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mar
    mié mie jue vie sáb sab dom lundi mardi mercredi jeudi vendredi samedi dimanche lun mer
    jeu ven sam montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi
    do fr sa so segunda terça terca quarta quinta sexta sábado domingo seg ter qua qui sex
    segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira
    понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс
    pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar
    """.split()
) | frozenset(
    # The other languages whose dates are read, full names and the usual short forms, so
    # "wtorek, 3 września 2024", "Τρίτη, 3 Σεπτεμβρίου 2024", "Thứ ba, 3/9/2024" parse.
    """
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato
    domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo
    poniedziałek poniedzialek wtorek środa sroda czwartek piątek piatek sobota niedziela
    pondělí pondeli úterý utery středa streda čtvrtek ctvrtek pátek patek neděle nedele
    pondelok utorok štvrtok piatok nedeľa
    måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica
    hétfő kedd szerda csütörtök péntek szombat vasárnap
    понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя
    неделя понеделник вторник сряда четвъртък петък събота
    δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
    ponedjeljak utorak srijeda četvrtak petak subota nedjelja
    ponedeljek torek sreda četrtek petek sobota nedelja
    pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis
    pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena
    esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad isnin khamis
    thứ hai ba tư năm sáu bảy chủ nhật
    सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार
    """.split()
)

# Every weekday name of the language table (one place: ``_language_table.WEEKDAYS``).
WEEKDAYS |= frozenset(w for names in _table.WEEKDAYS.values() for w in names.split())

PREFIXES: tuple[str, ...] = (
    "last updated on",
    "last updated",
    "last modified",
    "originally published",
    "first published",
    "published on",
    "published",
    "updated on",
    "updated",
    "posted on",
    "posted",
    "modified",
    "date",
    "on",
    "publicado el",
    "publicado em",
    "publicado",
    "actualizado el",
    "actualizado",
    "atualizado em",
    "atualizado",
    "fecha",
    "el",
    "publié le",
    "publie le",
    "publié",
    "mis à jour le",
    "mis a jour le",
    "mis à jour",
    "modifié le",
    "le",
    "veröffentlicht am",
    "veroeffentlicht am",
    "veröffentlicht",
    "aktualisiert am",
    "aktualisiert",
    "stand",
    "am",
    "em",
)
"""Words that may precede a date near a byline (longest first within a family)."""

DATE_ONLY_PREFIXES: tuple[str, ...] = (
    "опубликовано",
    "опубликован",
    "обновлено",
    "изменено",
    "дата публикации",
    "дата обновления",
    "дата",
    "yayınlanma tarihi",
    "yayinlanma tarihi",
    "yayımlanma tarihi",
    "yayınlanma",
    "yayımlanma",
    "yayın tarihi",
    "yayin tarihi",
    "son güncelleme tarihi",
    "son güncelleme",
    "güncelleme tarihi",
    "güncellenme tarihi",
    "güncelleme",
    "giriş tarihi",
    "giriş",
    "oluşturulma tarihi",
    "tarih",
    "pubblicato il",
    "pubblicato",
    "aggiornato il",
    "aggiornato",
    "gepubliceerd op",
    "gepubliceerd",
    "laatst bijgewerkt op",
    "bijgewerkt op",
    "bijgewerkt",
    "data publikacji",
    "opublikowano",
    "zaktualizowano",
    "aktualizacja",
    "publikováno",
    "aktualizováno",
    "publicerad",
    "uppdaterad",
    "publiceret",
    "opdateret",
    "publisert",
    "oppdatert",
    "publicat",
    "actualizat",
    "julkaistu",
    "päivitetty",
    "опубліковано",
    "оновлено",
    "δημοσίευση",
    "ενημέρωση",
    "közzétéve",
    "frissítve",
    "módosítva",
    "diterbitkan",
    "dipublikasikan",
    "diperbarui",
    "publicat el",
    "actualitzat el",
    "actualitzat",
    "publikované",
    "aktualizované",
    "objavljeno",
    "ažurirano",
    "posodobljeno",
    "публикувано",
    "обновено",
    "paskelbta",
    "atnaujinta",
    "פורסם",
    "פורסם ב",
    "עודכן לאחרונה",
    "עודכן",
    "תאריך פרסום",
    "תאריך",
    "نشر في",
    "نشر بتاريخ",
    "نشر",
    "نُشر في",
    "نُشر",
    "تاريخ النشر",
    "آخر تحديث",
    "تم التحديث",
    "تحديث",
    "प्रकाशित",
    "प्रकाशित तिथि",
    "अपडेटेड",
    "अपडेट",
    "अंतिम अपडेट",
    "เผยแพร่",
    "เผยแพร่เมื่อ",
    "อัปเดต",
    "อัพเดท",
    "วันที่",
    "ngày đăng",
    "đăng lúc",
    "đăng ngày",
    "cập nhật",
    "cập nhật lúc",
    "ngày",
    # "Last updated" and "last modification" in the five languages and their neighbours:
    # the same lines as "last updated" ("Zuletzt aktualisiert vor 3 Stunden", "Dernière
    # mise à jour : 5 mars 2024").
    "zuletzt aktualisiert am",
    "zuletzt aktualisiert",
    "zuletzt geändert am",
    "zuletzt geändert",
    "letzte aktualisierung",
    "última actualización",
    "ultima actualizacion",
    "última modificación",
    "última atualização",
    "dernière mise à jour le",
    "dernière mise à jour",
    "derniere mise a jour",
    "dernière modification le",
    "dernière modification",
    "ultimo aggiornamento",
    "ultima modifica",
    "laatst gewijzigd op",
    "laatst gewijzigd",
    "last modification",
)
DATE_ONLY_PREFIXES += tuple(
    dict.fromkeys(
        w
        for table in (_table.PUBLISHED, _table.UPDATED)
        for words in table.values()
        for w in words
        if w not in PREFIXES and w not in DATE_ONLY_PREFIXES
    )
)
"""Words that may precede a date in the languages other than the five (with the published and
updated words of ``_language_table``): ``parse_date`` and ``parse_relative`` both accept
them, and :data:`PREFIXES` ("Objavljeno prije 3 sata", "Publicerad för 2 dagar sedan")."""

_H = 3600
ZONES: dict[str, timezone] = {
    name: timezone(timedelta(seconds=off), name)
    for name, off in {
        "UTC": 0,
        "UT": 0,
        "GMT": 0,
        "Z": 0,
        "WET": 0,
        "WEST": _H,
        "BST": _H,
        "IST": 5 * _H + 1800,
        "CET": _H,
        "CEST": 2 * _H,
        "MEZ": _H,
        "MESZ": 2 * _H,
        "EET": 2 * _H,
        "EEST": 3 * _H,
        "MSK": 3 * _H,
        "EST": -5 * _H,
        "EDT": -4 * _H,
        "CST": -6 * _H,
        "CDT": -5 * _H,
        "MST": -7 * _H,
        "MDT": -6 * _H,
        "PST": -8 * _H,
        "PDT": -7 * _H,
        "AKST": -9 * _H,
        "AKDT": -8 * _H,
        "HST": -10 * _H,
        "AST": -4 * _H,
        "ADT": -3 * _H,
        "NST": -3 * _H - 1800,
        "BRT": -3 * _H,
        "ART": -3 * _H,
        "JST": 9 * _H,
        "KST": 9 * _H,
        "HKT": 8 * _H,
        "SGT": 8 * _H,
        "AWST": 8 * _H,
        "ACST": 9 * _H + 1800,
        "ACDT": 10 * _H + 1800,
        "AEST": 10 * _H,
        "AEDT": 11 * _H,
        "NZST": 12 * _H,
        "NZDT": 13 * _H,
    }.items()
}
"""Explicit abbreviation map. Ambiguous US generic names (ET, CT, MT, PT) are resolved by
the parser from the month (US daylight time, second Sunday of March to first Sunday of
November); IST is India Standard Time."""

GENERIC_US: dict[str, tuple[str, str]] = {
    "ET": ("EST", "EDT"),
    "CT": ("CST", "CDT"),
    "MT": ("MST", "MDT"),
    "PT": ("PST", "PDT"),
}

# ---------------------------------------------------------------- relative phrases

UNITS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "year")

# unit word (lower case) -> canonical unit, per language; abbreviations are marked "abbr".
# The short units news sites print in es/fr/de/pt ("hace 3 h", "il y a 5 min", "vor 2 Std.")
# are plain unit words of their language (English ones are in EN_ABBR).
UNIT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "second": "second",
        "seconds": "second",
        "minute": "minute",
        "minutes": "minute",
        "hour": "hour",
        "hours": "hour",
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
    "es": {
        "segundo": "second",
        "segundos": "second",
        "minuto": "minute",
        "minutos": "minute",
        "hora": "hour",
        "horas": "hour",
        "día": "day",
        "días": "day",
        "dia": "day",
        "dias": "day",
        "semana": "week",
        "semanas": "week",
        "mes": "month",
        "meses": "month",
        "año": "year",
        "años": "year",
        "ano": "year",
        "anos": "year",
        "h": "hour",
        "min": "minute",
    },
    "fr": {
        "seconde": "second",
        "secondes": "second",
        "minute": "minute",
        "minutes": "minute",
        "heure": "hour",
        "heures": "hour",
        "jour": "day",
        "jours": "day",
        "semaine": "week",
        "semaines": "week",
        "mois": "month",
        "an": "year",
        "ans": "year",
        "année": "year",
        "années": "year",
        "h": "hour",
        "min": "minute",
        "mn": "minute",
    },
    "de": {
        "sekunde": "second",
        "sekunden": "second",
        "minute": "minute",
        "minuten": "minute",
        "stunde": "hour",
        "stunden": "hour",
        "tag": "day",
        "tage": "day",
        "tagen": "day",
        "woche": "week",
        "wochen": "week",
        "monat": "month",
        "monate": "month",
        "monaten": "month",
        "jahr": "year",
        "jahre": "year",
        "jahren": "year",
        "min": "minute",
        "sek": "second",
        "std": "hour",
    },
    "pt": {
        "segundo": "second",
        "segundos": "second",
        "minuto": "minute",
        "minutos": "minute",
        "hora": "hour",
        "horas": "hour",
        "dia": "day",
        "dias": "day",
        "semana": "week",
        "semanas": "week",
        "mês": "month",
        "mes": "month",
        "meses": "month",
        "ano": "year",
        "anos": "year",
        "h": "hour",
        "min": "minute",
    },
}

EN_ABBR: dict[str, str] = {
    "s": "second",
    "sec": "second",
    "secs": "second",
    "m": "minute",
    "min": "minute",
    "mins": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "d": "day",
    "w": "week",
    "wk": "week",
    "wks": "week",
    "mo": "month",
    "mos": "month",
    "y": "year",
    "yr": "year",
    "yrs": "year",
}

# article / number words -> (amount, is_article)
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
    },
    "es": {
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
    },
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
    },
    "de": {
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
    },
    "pt": {
        "dois": 2,
        "duas": 2,
        "três": 3,
        "tres": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
    },
}
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an"}),
    "es": frozenset({"un", "una"}),
    "fr": frozenset({"un", "une"}),
    "de": frozenset({"ein", "eine", "einer", "einem", "einen"}),
    "pt": frozenset({"um", "uma"}),
}

HEDGES: dict[str, dict[str, str]] = {
    "en": {
        "about": "about",
        "around": "about",
        "approximately": "about",
        "over": "over",
        "more than": "over",
        "almost": "almost",
        "nearly": "almost",
        "less than": "lessthan",
        "under": "lessthan",
    },
    "es": {
        "alrededor de": "about",
        "cerca de": "about",
        "aproximadamente": "about",
        "más de": "over",
        "mas de": "over",
        "casi": "almost",
        "menos de": "lessthan",
    },
    "fr": {
        "environ": "about",
        "plus de": "over",
        "presque": "almost",
        "près de": "almost",
        "moins de": "lessthan",
        "moins d'": "lessthan",
    },
    "de": {
        "etwa": "about",
        "ungefähr": "about",
        "circa": "about",
        "ca.": "about",
        "mehr als": "over",
        "über": "over",
        "fast": "almost",
        "beinahe": "almost",
        "weniger als": "lessthan",
    },
    "pt": {
        "cerca de": "about",
        "aproximadamente": "about",
        "mais de": "over",
        "quase": "almost",
        "menos de": "lessthan",
    },
}

# (past prefix, past suffix) and (future prefix, future suffix) phrase lists per language
PAST_PREFIX: dict[str, tuple[str, ...]] = {
    "en": (),
    "es": ("hace",),
    "fr": ("il y a",),
    "de": ("vor",),
    "pt": ("há", "ha", "faz"),
}
PAST_SUFFIX: dict[str, tuple[str, ...]] = {
    "en": ("ago", "back"),
    "es": ("atrás",),
    "fr": (),
    "de": ("zuvor",),
    "pt": ("atrás", "atras"),
}
FUTURE_PREFIX: dict[str, tuple[str, ...]] = {
    "en": ("in",),
    "es": ("en", "dentro de"),
    "fr": ("dans",),
    "de": ("in",),
    "pt": ("em", "dentro de", "daqui a"),
}
FUTURE_SUFFIX: dict[str, tuple[str, ...]] = {
    "en": ("from now", "later"),
    "es": (),
    "fr": (),
    "de": (),
    "pt": (),
}

# Whole phrases: text -> (language, kind). Kinds: "now" (just now), "few" (a few seconds
# ago), "few+" (in a few seconds), "day-1", "day-2", "day+1", "day+2", "week-1", "month-1",
# "year-1", "week+1", "month+1", "year+1", "today".
SPECIAL: dict[str, tuple[str, str]] = {}
for _lang, _kind, _phrases in (
    ("en", "now", "just now|now|right now|a moment ago|moments ago|just a moment ago"),
    ("en", "few", "a few seconds ago|few seconds ago|seconds ago|a few secs ago"),
    ("en", "few+", "in a few seconds|in seconds"),
    ("en", "day-1", "yesterday"),
    ("en", "day-2", "the day before yesterday|day before yesterday"),
    ("en", "day+1", "tomorrow"),
    ("en", "day+2", "the day after tomorrow|day after tomorrow"),
    ("en", "today", "today|earlier today"),
    ("en", "week-1", "last week|a week back"),
    ("en", "month-1", "last month"),
    ("en", "year-1", "last year"),
    ("en", "week+1", "next week"),
    ("en", "month+1", "next month"),
    ("en", "year+1", "next year"),
    ("es", "now", "ahora|justo ahora|ahora mismo|hace un momento|hace un instante|recién"),
    ("es", "few", "hace unos segundos|hace unos instantes|hace segundos|hace pocos segundos"),
    ("es", "few+", "en unos segundos|dentro de unos segundos"),
    ("es", "day-1", "ayer"),
    ("es", "day-2", "anteayer|antier|antes de ayer|antes de anoche"),
    ("es", "day+1", "mañana"),
    ("es", "day+2", "pasado mañana"),
    ("es", "today", "hoy"),
    ("es", "week-1", "la semana pasada|semana pasada"),
    ("es", "month-1", "el mes pasado|mes pasado"),
    ("es", "year-1", "el año pasado|año pasado"),
    ("es", "week+1", "la próxima semana|la semana que viene"),
    ("es", "month+1", "el próximo mes|el mes que viene"),
    ("es", "year+1", "el próximo año|el año que viene"),
    (
        "fr",
        "now",
        "maintenant|à l'instant|a l'instant|à l’instant|il y a un instant|"
        "il y a un moment|tout de suite",
    ),
    ("fr", "few", "il y a quelques secondes|il y a quelques instants"),
    ("fr", "few+", "dans quelques secondes"),
    ("fr", "day-1", "hier"),
    ("fr", "day-2", "avant-hier|avant hier"),
    ("fr", "day+1", "demain"),
    ("fr", "day+2", "après-demain|apres-demain"),
    ("fr", "today", "aujourd'hui|aujourd’hui"),
    ("fr", "week-1", "la semaine dernière|semaine dernière|la semaine passée"),
    ("fr", "month-1", "le mois dernier|mois dernier|le mois passé"),
    (
        "fr",
        "year-1",
        "l'année dernière|l’année dernière|l'an dernier|l’an dernier|l'année passée|année dernière",
    ),
    ("fr", "week+1", "la semaine prochaine"),
    ("fr", "month+1", "le mois prochain"),
    ("fr", "year+1", "l'année prochaine|l’année prochaine|l'an prochain"),
    ("de", "now", "jetzt|gerade eben|gerade|eben|soeben|jetzt gerade|eben gerade"),
    ("de", "few", "vor ein paar sekunden|vor wenigen sekunden|vor einigen sekunden|vor sekunden"),
    ("de", "few+", "in ein paar sekunden|in wenigen sekunden"),
    ("de", "day-1", "gestern"),
    ("de", "day-2", "vorgestern"),
    ("de", "day+1", "morgen"),
    ("de", "day+2", "übermorgen"),
    ("de", "today", "heute"),
    ("de", "week-1", "letzte woche|vergangene woche|in der letzten woche"),
    ("de", "month-1", "letzten monat|letzter monat|vergangenen monat|im letzten monat"),
    ("de", "year-1", "letztes jahr|letzten jahr|vergangenes jahr|im letzten jahr"),
    ("de", "week+1", "nächste woche"),
    ("de", "month+1", "nächsten monat"),
    ("de", "year+1", "nächstes jahr"),
    ("pt", "now", "agora|agora mesmo|há pouco|ha pouco|há instantes|neste momento"),
    (
        "pt",
        "few",
        "há poucos segundos|ha poucos segundos|há alguns segundos|"
        "ha alguns segundos|há segundos|poucos segundos atrás",
    ),
    ("pt", "few+", "em poucos segundos|em alguns segundos|daqui a poucos segundos"),
    ("pt", "day-1", "ontem"),
    ("pt", "day-2", "anteontem|antes de ontem"),
    ("pt", "day+1", "amanhã|amanha"),
    ("pt", "day+2", "depois de amanhã"),
    ("pt", "today", "hoje"),
    ("pt", "week-1", "semana passada|na semana passada|a semana passada"),
    ("pt", "month-1", "mês passado|no mês passado|o mês passado|mes passado"),
    ("pt", "year-1", "ano passado|no ano passado|o ano passado"),
    ("pt", "week+1", "próxima semana|na próxima semana"),
    ("pt", "month+1", "próximo mês|no próximo mês"),
    ("pt", "year+1", "próximo ano|no próximo ano"),
):
    for _p in _phrases.split("|"):
        SPECIAL.setdefault(_p, (_lang, _kind))

# ------------------------------------------------------------- output vocabulary
# unit -> (singular, plural, article form) per language; de uses dative after vor/in.
OUT_UNITS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "second": ("second", "seconds", "a second"),
        "minute": ("minute", "minutes", "a minute"),
        "hour": ("hour", "hours", "an hour"),
        "day": ("day", "days", "a day"),
        "week": ("week", "weeks", "a week"),
        "month": ("month", "months", "a month"),
        "year": ("year", "years", "a year"),
    },
    "es": {
        "second": ("segundo", "segundos", "un segundo"),
        "minute": ("minuto", "minutos", "un minuto"),
        "hour": ("hora", "horas", "una hora"),
        "day": ("día", "días", "un día"),
        "week": ("semana", "semanas", "una semana"),
        "month": ("mes", "meses", "un mes"),
        "year": ("año", "años", "un año"),
    },
    "fr": {
        "second": ("seconde", "secondes", "une seconde"),
        "minute": ("minute", "minutes", "une minute"),
        "hour": ("heure", "heures", "une heure"),
        "day": ("jour", "jours", "un jour"),
        "week": ("semaine", "semaines", "une semaine"),
        "month": ("mois", "mois", "un mois"),
        "year": ("an", "ans", "un an"),
    },
    "de": {
        "second": ("Sekunde", "Sekunden", "einer Sekunde"),
        "minute": ("Minute", "Minuten", "einer Minute"),
        "hour": ("Stunde", "Stunden", "einer Stunde"),
        "day": ("Tag", "Tagen", "einem Tag"),
        "week": ("Woche", "Wochen", "einer Woche"),
        "month": ("Monat", "Monaten", "einem Monat"),
        "year": ("Jahr", "Jahren", "einem Jahr"),
    },
    "pt": {
        "second": ("segundo", "segundos", "um segundo"),
        "minute": ("minuto", "minutos", "um minuto"),
        "hour": ("hora", "horas", "uma hora"),
        "day": ("dia", "dias", "um dia"),
        "week": ("semana", "semanas", "uma semana"),
        "month": ("mês", "meses", "um mês"),
        "year": ("ano", "anos", "um ano"),
    },
}
OUT_FEW: dict[str, str] = {
    "en": "a few seconds",
    "es": "unos segundos",
    "fr": "quelques secondes",
    "de": "ein paar Sekunden",
    "pt": "poucos segundos",
}
OUT_JUSTNOW: dict[str, tuple[str, str]] = {
    "en": ("just now", "right now"),
    "es": ("justo ahora", "ahora mismo"),
    "fr": ("à l'instant", "tout de suite"),
    "de": ("gerade eben", "jetzt gerade"),
    "pt": ("agora mesmo", "agora mesmo"),
}
OUT_NOW: dict[str, str] = {
    "en": "now",
    "es": "ahora",
    "fr": "maintenant",
    "de": "jetzt",
    "pt": "agora",
}
OUT_HEDGE: dict[str, dict[str, str]] = {
    "en": {"about": "about", "over": "over", "almost": "almost", "lessthan": "less than"},
    "es": {"about": "alrededor de", "over": "más de", "almost": "casi", "lessthan": "menos de"},
    "fr": {"about": "environ", "over": "plus de", "almost": "presque", "lessthan": "moins de"},
    "de": {"about": "etwa", "over": "mehr als", "almost": "fast", "lessthan": "weniger als"},
    "pt": {"about": "cerca de", "over": "mais de", "almost": "quase", "lessthan": "menos de"},
}
OUT_PAST: dict[str, str] = {
    "en": "{} ago",
    "es": "hace {}",
    "fr": "il y a {}",
    "de": "vor {}",
    "pt": "há {}",
}
OUT_FUTURE: dict[str, str] = {
    "en": "in {}",
    "es": "dentro de {}",
    "fr": "dans {}",
    "de": "in {}",
    "pt": "daqui a {}",
}

# ------------------------------------------------- relative labels read, never printed
# Hebrew, Arabic and Hindi relative labels are read by rewording them as the English label
# with the same meaning ("לפני 3 שעות" -> "3 hours ago", "منذ ساعتين" -> "2 hours ago"): the
# libraries that print them (moment.js, dayjs, date-fns locales) bucket as in English.
LABEL_ONLY_LANGUAGES: tuple[str, ...] = ("he", "ar", "hi")

# unit word -> (unit, amount the word itself says: 1 singular, 2 dual, 0 plural)
LABEL_ONLY_UNITS: dict[str, dict[str, tuple[str, int]]] = {
    "he": {
        "שנייה": ("second", 1),
        "שניה": ("second", 1),
        "שניות": ("second", 0),
        "דקה": ("minute", 1),
        "דקות": ("minute", 0),
        "שעה": ("hour", 1),
        "שעתיים": ("hour", 2),
        "שעות": ("hour", 0),
        "יום": ("day", 1),
        "יומיים": ("day", 2),
        "ימים": ("day", 0),
        "שבוע": ("week", 1),
        "שבועיים": ("week", 2),
        "שבועות": ("week", 0),
        "חודש": ("month", 1),
        "חודשיים": ("month", 2),
        "חודשים": ("month", 0),
        "שנה": ("year", 1),
        "שנתיים": ("year", 2),
        "שנים": ("year", 0),
    },
    "ar": {
        "ثانية": ("second", 1),
        "ثانيتين": ("second", 2),
        "ثوان": ("second", 0),
        "ثواني": ("second", 0),
        "ثوانٍ": ("second", 0),
        "دقيقة": ("minute", 1),
        "دقيقتين": ("minute", 2),
        "دقائق": ("minute", 0),
        "ساعة": ("hour", 1),
        "ساعتين": ("hour", 2),
        "ساعات": ("hour", 0),
        "يوم": ("day", 1),
        "يومين": ("day", 2),
        "أيام": ("day", 0),
        "ايام": ("day", 0),
        "أسبوع": ("week", 1),
        "اسبوع": ("week", 1),
        "أسبوعين": ("week", 2),
        "اسبوعين": ("week", 2),
        "أسابيع": ("week", 0),
        "اسابيع": ("week", 0),
        "شهر": ("month", 1),
        "شهرين": ("month", 2),
        "أشهر": ("month", 0),
        "اشهر": ("month", 0),
        "شهور": ("month", 0),
        "سنة": ("year", 1),
        "عام": ("year", 1),
        "سنتين": ("year", 2),
        "عامين": ("year", 2),
        "سنوات": ("year", 0),
        "أعوام": ("year", 0),
        "اعوام": ("year", 0),
    },
    "hi": {
        "सेकंड": ("second", 0),
        "मिनट": ("minute", 0),
        "घंटा": ("hour", 0),
        "घंटे": ("hour", 0),
        "दिन": ("day", 0),
        "सप्ताह": ("week", 0),
        "हफ्ता": ("week", 0),
        "हफ़्ता": ("week", 0),
        "हफ्ते": ("week", 0),
        "हफ़्ते": ("week", 0),
        "महीना": ("month", 0),
        "महीने": ("month", 0),
        "साल": ("year", 0),
        "वर्ष": ("year", 0),
    },
}
# Past words: Hebrew and Arabic put them before the amount, Hindi after the unit.
LABEL_ONLY_BEFORE: dict[str, tuple[str, ...]] = {
    "he": ("לפני", "מלפני"),
    "ar": ("منذ", "قبل"),
    "hi": (),
}
LABEL_ONLY_AFTER: dict[str, tuple[str, ...]] = {"he": (), "ar": (), "hi": ("पहले", "पूर्व")}
# The word for "one" (Hindi "एक घंटा पहले" is "an hour ago").
LABEL_ONLY_ONE: dict[str, tuple[str, ...]] = {"he": (), "ar": ("واحد", "واحدة"), "hi": ("एक",)}
# Whole phrases -> the English label.
LABEL_ONLY_PHRASES: dict[str, tuple[str, str]] = {
    "עכשיו": ("he", "just now"),
    "כרגע": ("he", "just now"),
    "אתמול": ("he", "yesterday"),
    "שלשום": ("he", "the day before yesterday"),
    "לפני מספר שניות": ("he", "a few seconds ago"),
    "לפני כמה שניות": ("he", "a few seconds ago"),
    "الآن": ("ar", "just now"),
    "الان": ("ar", "just now"),
    "أمس": ("ar", "yesterday"),
    "امس": ("ar", "yesterday"),
    "منذ ثوان": ("ar", "a few seconds ago"),
    "منذ لحظات": ("ar", "a few seconds ago"),
    "अभी": ("hi", "just now"),
    "कुछ सेकंड पहले": ("hi", "a few seconds ago"),
}
# Italian, Dutch, Polish, Turkish, Indonesian and Malay, Russian, Ukrainian, Japanese,
# Chinese and Korean labels are read the same way (the words: ``_label_words``).
LABEL_ONLY_LANGUAGES += _label_words.LANGUAGES
LABEL_ONLY_UNITS.update(_label_words.UNITS)
LABEL_ONLY_BEFORE.update(_label_words.BEFORE)
LABEL_ONLY_AFTER.update(_label_words.AFTER)
LABEL_ONLY_ONE.update(_label_words.ONE)
LABEL_ONLY_PHRASES.update(_label_words.PHRASES)
# Czech, Slovak, Slovenian, Croatian, Serbian, Bulgarian, Romanian, Greek, Lithuanian, Latvian,
# Estonian, Finnish, Hungarian, Swedish, Danish, Norwegian, Catalan, Vietnamese and Thai
# (``_label_words_more``), and the future words and "today" of every language read only.
LABEL_ONLY_LANGUAGES += _more.LANGUAGES
LABEL_ONLY_UNITS.update(_more.UNITS)
LABEL_ONLY_BEFORE.update(dict.fromkeys(_more.LANGUAGES, ()))
LABEL_ONLY_BEFORE.update(_more.BEFORE)
LABEL_ONLY_AFTER.update(dict.fromkeys(_more.LANGUAGES, ()))
LABEL_ONLY_AFTER.update(_more.AFTER)
for _lang in _more.LANGUAGES:
    LABEL_ONLY_ONE.setdefault(_lang, _more.ONE.get(_lang, ()))
# Past words around the amount ("för 2 dagar sedan"), units that say "ago" themselves ("3
# napja"), a word between number and unit ("acum 20 de minute"), future words.
LABEL_ONLY_BEFORE.update(
    {k: tuple(sorted(v, key=len, reverse=True)) for k, v in LABEL_ONLY_BEFORE.items()}
)
LABEL_ONLY_AROUND: dict[str, tuple[tuple[str, str], ...]] = {
    lang: _more.AROUND.get(lang, ()) for lang in LABEL_ONLY_LANGUAGES
}
LABEL_ONLY_SELF_PAST: dict[str, dict[str, str]] = {
    lang: _more.SELF_PAST.get(lang, {}) for lang in LABEL_ONLY_LANGUAGES
}
LABEL_ONLY_GLUE: dict[str, str] = _more.GLUE
LABEL_ONLY_FUTURE_BEFORE: dict[str, tuple[str, ...]] = {
    lang: tuple(sorted(_more.FUTURE_BEFORE.get(lang, ()), key=len, reverse=True))
    for lang in LABEL_ONLY_LANGUAGES
}
LABEL_ONLY_FUTURE_AFTER: dict[str, tuple[str, ...]] = {
    lang: _more.FUTURE_AFTER.get(lang, ()) for lang in LABEL_ONLY_LANGUAGES
}
# Phrases per language (a phrase two languages spell the same is read in either when the
# language is given; without one, ``LABEL_ONLY_PHRASES`` keeps the first).
LABEL_ONLY_PHRASES_BY_LANG: dict[str, dict[str, str]] = {lang: {} for lang in LABEL_ONLY_LANGUAGES}
for _text, (_lang, _english) in LABEL_ONLY_PHRASES.items():
    LABEL_ONLY_PHRASES_BY_LANG[_lang][_text] = _english
for _lang, _phrases_of in _more.PHRASES.items():
    for _text, _english in _phrases_of.items():
        LABEL_ONLY_PHRASES_BY_LANG[_lang].setdefault(_text, _english)
        if _text not in _more.ASKED_ONLY:
            LABEL_ONLY_PHRASES.setdefault(_text, (_lang, _english))
