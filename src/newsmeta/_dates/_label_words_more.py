"""Relative labels read (never printed) in more languages whose dates are read: Czech,
Slovak, Slovenian, Croatian and Serbian (Latin), Bulgarian, Romanian, Greek, Lithuanian,
Latvian, Estonian, Finnish, Hungarian, Swedish, Danish, Norwegian, Catalan, Vietnamese and
Thai; and the future labels ("in 3 days") and "today" of every language read only.

The same shapes as :mod:`newsmeta._dates._label_words` (merged into the ``LABEL_ONLY_*``
tables of :mod:`newsmeta._dates._lexicon`), with the cases the languages put after their
past and future words: Czech "před 3 dny" (instrumental) but "za 3 dny" (accusative),
Lithuanian "prieš 3 dienas" but "po 3 dienų", Finnish "3 päivää sitten" but "3 päivän
päästä". A unit word maps to ``(unit, amount the word itself says)``.
"""

from __future__ import annotations

__all__ = [
    "AFTER",
    "AROUND",
    "ASKED_ONLY",
    "BEFORE",
    "FUTURE_AFTER",
    "FUTURE_BEFORE",
    "GLUE",
    "LANGUAGES",
    "ONE",
    "PHRASES",
    "SELF_PAST",
    "UNITS",
]

LANGUAGES: tuple[str, ...] = (
    "cs",
    "sk",
    "sl",
    "hr",
    "sr",
    "bg",
    "ro",
    "el",
    "lt",
    "lv",
    "et",
    "fi",
    "hu",
    "sv",
    "da",
    "no",
    "ca",
    "vi",
    "th",
)

_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")


def _units(rows: str) -> dict[str, tuple[str, int]]:
    """Seven lines, one per unit (second … year): ``word`` is a form that needs a number,
    ``word=1`` a singular that stands alone ("před hodinou": an hour ago)."""
    out: dict[str, tuple[str, int]] = {}
    for unit, line in zip(_UNIT_ORDER, rows.strip().splitlines(), strict=True):
        for item in line.split():
            word, _, said = item.partition("=")
            out.setdefault(word, (unit, int(said or 0)))
    return out


UNITS: dict[str, dict[str, tuple[str, int]]] = {
    # past: instrumental after "před"; future: accusative after "za"
    "cs": _units(
        """
        sekundou=1 sekundami sekundu=1 sekundy sekund
        minutou=1 minutami minutu=1 minuty minut
        hodinou=1 hodinami hodinu=1 hodiny hodin
        dnem=1 dny den=1 dní dnů
        týdnem=1 týdny týden=1 týdnů
        měsícem=1 měsíci měsíc=1 měsíce měsíců
        rokem=1 lety roky rok=1 let
        """
    ),
    "sk": _units(
        """
        sekundou=1 sekundami sekundu=1 sekundy sekúnd
        minútou=1 minútami minútu=1 minúty minút
        hodinou=1 hodinami hodinu=1 hodiny hodín
        dňom=1 dňami deň=1 dni dní
        týždňom=1 týždňami týždeň=1 týždne týždňov
        mesiacom=1 mesiacmi mesiac=1 mesiace mesiacov
        rokom=1 rokmi rok=1 roky rokov
        """
    ),
    "sl": _units(
        """
        sekundo=1 sekundama sekundami sekundi sekunde sekund
        minuto=1 minutama minutami minuti minute minut
        uro=1 urama urami uri ure ur
        dnevom=1 dnevoma dnevi dan=1 dni
        tednom=1 tednoma tedni teden=1 tedna tedne tednov
        mesecem=1 mesecema meseci mesec=1 meseca mesece mesecev
        letom=1 letoma leti leto=1 leta let
        """
    ),
    "hr": _units(
        """
        sekundu=1 sekunde sekundi
        minutu=1 minute minuta
        sat=1 sata sati
        dan=1 dana
        tjedan=1 tjedna tjedana
        mjesec=1 mjeseca mjeseci
        godinu=1 godine godina
        """
    ),
    "sr": _units(
        """
        sekundu=1 sekunde sekundi
        minut=1 minutu=1 minuta minute
        sat=1 sata sati
        dan=1 dana
        nedelju=1 nedelje nedelja sedmicu=1 sedmice sedmica
        mesec=1 meseca meseci
        godinu=1 godine godina
        """
    ),
    "bg": _units(
        """
        секунда=1 секунди
        минута=1 минути
        час=1 часа
        ден=1 дни дена
        седмица=1 седмици
        месец=1 месеца
        година=1 години
        """
    ),
    "ro": _units(
        """
        secundă secunda secunde
        minut minute
        oră ora ore
        zi zile
        săptămână saptamana săptămâni saptamani
        lună luna luni
        an ani
        """
    ),
    "el": _units(
        """
        δευτερόλεπτο δευτερόλεπτα
        λεπτό λεπτά
        ώρα ώρες
        ημέρα ημέρες μέρα μέρες
        εβδομάδα εβδομάδες
        μήνα μήνες
        χρόνο χρόνια έτος έτη
        """
    ),
    # past: accusative after "prieš"; future: genitive after "po"
    "lt": _units(
        """
        sekundę=1 sekundes sekundžių sekundės=1
        minutę=1 minutes minučių minutės=1
        valandą=1 valandas valandų valandos=1
        dieną=1 dienas dienų dienos=1
        savaitę=1 savaites savaičių savaitės=1
        mėnesį=1 mėnesius mėnesių mėnesio=1
        metus=1 metų
        """
    ),
    "lv": _units(
        """
        sekundes=1 sekundēm
        minūtes=1 minūtēm
        stundas=1 stundām
        dienas=1 dienām
        nedēļas=1 nedēļām
        mēneša=1 mēnešiem
        gada=1 gadiem
        """
    ),
    # past: partitive before "tagasi"; future: genitive before "pärast"
    "et": _units(
        """
        sekundit sekundi
        minutit minuti
        tundi tunni
        päeva
        nädalat nädala
        kuud kuu
        aastat aasta
        """
    ),
    # past: partitive before "sitten"; future: genitive before "päästä" / "kuluttua"
    "fi": _units(
        """
        sekunti sekuntia sekunnin
        minuutti minuuttia minuutin
        tunti tuntia tunnin
        päivä päivää päivän
        viikko viikkoa viikon
        kuukausi kuukautta kuukauden
        vuosi vuotta vuoden
        """
    ),
    # "3 nappal ezelőtt" (past), "3 nap múlva" (future); "3 napja": see SELF_PAST
    "hu": _units(
        """
        másodperccel másodperc
        perccel perc
        órával óra
        nappal nap
        héttel hét
        hónappal hónap
        évvel év
        """
    ),
    "sv": _units(
        """
        sekund sekunder
        minut minuter
        timme timmar
        dag dagar
        vecka veckor
        månad månader
        år
        """
    ),
    "da": _units(
        """
        sekund sekunder
        minut minutter
        time timer
        dag dage
        uge uger
        måned måneder
        år
        """
    ),
    "no": _units(
        """
        sekund sekunder
        minutt minutter
        time timer
        dag dager døgn
        uke uker
        måned måneder
        år
        """
    ),
    "ca": _units(
        """
        segon segons
        minut minuts
        hora hores
        dia dies
        setmana setmanes
        mes mesos
        any anys
        """
    ),
    "vi": _units(
        """
        giây
        phút
        giờ tiếng
        ngày
        tuần
        tháng
        năm
        """
    ),
    "th": _units(
        """
        วินาที
        นาที
        ชั่วโมง ชม.
        วัน
        สัปดาห์ อาทิตย์
        เดือน
        ปี
        """
    ),
}

# Past words before the amount (longest first within a language).
BEFORE: dict[str, tuple[str, ...]] = {
    "cs": ("před",),
    "sk": ("pred",),
    "sl": ("pred",),
    "hr": ("prije",),
    "sr": ("pre", "prije"),
    "bg": ("преди",),
    "ro": ("acum",),
    "el": ("πριν από", "πριν απο", "πριν"),
    "lt": ("prieš",),
    "lv": ("pirms",),
    "ca": ("fa",),
    "th": (),
}
# Past words after the unit.
AFTER: dict[str, tuple[str, ...]] = {
    "et": ("tagasi",),
    "fi": ("sitten",),
    "hu": ("ezelőtt",),
    "vi": ("trước",),
    "th": ("ที่แล้ว", "ก่อน"),
}
# Past words around the amount: Swedish "för 2 dagar sedan", Danish and Norwegian "for 2
# dage siden".
AROUND: dict[str, tuple[tuple[str, str], ...]] = {
    "sv": (("för", "sedan"),),
    "da": (("for", "siden"),),
    "no": (("for", "siden"),),
}
# Hungarian and Thai also write a past label without a past word: a possessive unit ("3
# napja": 3 days ago, "2 órája") or the unit glued to "ago" ("3 วันที่แล้ว").
SELF_PAST: dict[str, dict[str, str]] = {
    "hu": {
        "másodperce": "second",
        "perce": "minute",
        "órája": "hour",
        "napja": "day",
        "hete": "week",
        "hónapja": "month",
        "éve": "year",
    },
    "th": {
        f"{word}{tail}": unit
        for word, unit in (
            ("วินาที", "second"),
            ("นาที", "minute"),
            ("ชั่วโมง", "hour"),
            ("วัน", "day"),
            ("สัปดาห์", "week"),
            ("อาทิตย์", "week"),
            ("เดือน", "month"),
            ("ปี", "year"),
        )
        for tail in ("ที่แล้ว", "ก่อน")
    },
}
# "de" between a Romanian number from 20 up and its unit ("acum 20 de minute").
GLUE: dict[str, str] = {"ro": "de"}

# Future words, before the amount or after the unit, in every language read only.
FUTURE_BEFORE: dict[str, tuple[str, ...]] = {
    "he": ("בעוד",),
    "ar": ("خلال", "بعد"),
    "it": ("tra", "fra"),
    "nl": ("over",),
    "pl": ("za",),
    "id": ("dalam",),
    "ru": ("через",),
    "uk": ("через",),
    "cs": ("za",),
    "sk": ("o", "za"),
    "sl": ("čez",),
    "hr": ("za",),
    "sr": ("za",),
    "bg": ("след",),
    "ro": ("peste", "în"),
    "el": ("σε",),
    "lt": ("po",),
    "lv": ("pēc",),
    "sv": ("om",),
    "da": ("om",),
    "no": ("om",),
    "ca": ("d'aquí a", "en"),
    "vi": ("trong",),
    "th": ("ในอีก", "อีก"),
}
FUTURE_AFTER: dict[str, tuple[str, ...]] = {
    "hi": ("में", "बाद"),
    "tr": ("sonra", "içinde"),
    "id": ("lagi",),
    "et": ("pärast",),
    "fi": ("päästä", "kuluttua"),
    "hu": ("múlva",),
    "vi": ("nữa", "sau"),
}

ONE: dict[str, tuple[str, ...]] = {
    "ro": ("o", "un"),
    "el": ("ένα", "μία", "μια", "έναν"),
    "fi": ("yksi",),
    "sv": ("en", "ett"),
    "da": ("en", "et"),
    "no": ("en", "ett", "et"),
    "ca": ("un", "una"),
    "hu": ("egy",),
    "vi": ("một",),
    "et": ("üks",),
}

# Whole phrases -> the English label: "yesterday" and "today" in every language read only
# (a phrase spelt the same in two languages is listed for each).
PHRASES: dict[str, dict[str, str]] = {
    "he": {"היום": "today"},
    "ar": {"اليوم": "today"},
    # Hindi "कल" is yesterday and tomorrow: read as yesterday (a page dates the past).
    "hi": {"आज": "today", "कल": "yesterday"},
    "it": {"oggi": "today"},
    "nl": {"vandaag": "today"},
    "pl": {"dzisiaj": "today", "dziś": "today"},
    "tr": {"bugün": "today"},
    "id": {"hari ini": "today"},
    "ru": {"сегодня": "today"},
    "uk": {"сьогодні": "today"},
    "ja": {"今日": "today", "本日": "today"},
    "zh": {"今天": "today"},
    "ko": {"오늘": "today"},
    "cs": {"dnes": "today", "včera": "yesterday", "předevčírem": "the day before yesterday"},
    "sk": {"dnes": "today", "včera": "yesterday", "predvčerom": "the day before yesterday"},
    "sl": {"danes": "today", "včeraj": "yesterday", "predvčerajšnjim": "the day before yesterday"},
    "hr": {"danas": "today", "jučer": "yesterday", "prekjučer": "the day before yesterday"},
    "sr": {"danas": "today", "juče": "yesterday", "prekjuče": "the day before yesterday"},
    "bg": {"днес": "today", "вчера": "yesterday", "онзи ден": "the day before yesterday"},
    "ro": {
        "azi": "today",
        "astăzi": "today",
        "ieri": "yesterday",
        "alaltăieri": "the day before yesterday",
    },
    "el": {
        "σήμερα": "today",
        "χθες": "yesterday",
        "χτες": "yesterday",
        "προχθές": "the day before yesterday",
    },
    "lt": {"šiandien": "today", "vakar": "yesterday", "užvakar": "the day before yesterday"},
    "lv": {"šodien": "today", "vakar": "yesterday", "aizvakar": "the day before yesterday"},
    "et": {"täna": "today", "eile": "yesterday", "üleeile": "the day before yesterday"},
    "fi": {"tänään": "today", "eilen": "yesterday", "toissapäivänä": "the day before yesterday"},
    "hu": {"ma": "today", "tegnap": "yesterday", "tegnapelőtt": "the day before yesterday"},
    "sv": {
        "idag": "today",
        "i dag": "today",
        "igår": "yesterday",
        "i går": "yesterday",
        "i förrgår": "the day before yesterday",
    },
    "da": {"i dag": "today", "i går": "yesterday", "i forgårs": "the day before yesterday"},
    "no": {"i dag": "today", "i går": "yesterday", "i forgårs": "the day before yesterday"},
    "ca": {"avui": "today", "ahir": "yesterday", "abans-d'ahir": "the day before yesterday"},
    "vi": {
        "hôm nay": "today",
        "hôm qua": "yesterday",
        "hôm kia": "the day before yesterday",
        "vừa xong": "just now",
    },
    "th": {
        "วันนี้": "today",
        "เมื่อวาน": "yesterday",
        "เมื่อวานนี้": "yesterday",
        "เมื่อวานซืน": "the day before yesterday",
    },
}

# Phrases read only when the language is asked for: Hungarian "ma" (today) is a word or an
# abbreviation elsewhere ("ma" in Italian, "MA").
ASKED_ONLY: frozenset[str] = frozenset({"ma"})
