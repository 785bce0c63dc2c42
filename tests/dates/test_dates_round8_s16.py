"""Session 16, dates round 8 (issue 14): one language table. Every language newsmeta reads
dates in has every date concept (month and weekday names, relative past and future labels,
today and yesterday, published and updated label words), checked on the table and through
the public API, per language."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta.dates import (
    DATE_CONCEPTS,
    DATE_LANGUAGES,
    PRINTED_LANGUAGES,
    humanize,
    parse_date,
    parse_relative,
)

NOW = dt.datetime(2026, 12, 7, 20, tzinfo=dt.timezone.utc)
_URL = "https://news.example/story/ferry-timetable"
_BODY = (
    "<p>"
    + (
        "The regional council voted to extend the ferry timetable through the winter, after "
        "months of complaints from island residents about missed connections. " * 4
    )
    + "</p>"
)

# Per language: a date with a month name (or the month word of a numeric month), a date
# after a weekday name, "3 days ago", "in 3 days", today, yesterday, a published label and
# an updated label (the label words: used with an ISO date on the page tests below).
SAMPLES: dict[str, tuple[str, str, str, str, str, str, str, str]] = {
    "en": (
        "3 September 2024",
        "Tuesday, 3 September 2024",
        "3 days ago",
        "in 3 days",
        "today",
        "yesterday",
        "Published",
        "Updated",
    ),
    "es": (
        "3 de septiembre de 2024",
        "martes, 3 de septiembre de 2024",
        "hace 3 días",
        "en 3 días",
        "hoy",
        "ayer",
        "Publicado",
        "Actualizado",
    ),
    "fr": (
        "3 septembre 2024",
        "mardi 3 septembre 2024",
        "il y a 3 jours",
        "dans 3 jours",
        "aujourd'hui",
        "hier",
        "Publié",
        "Mis à jour",
    ),
    "de": (
        "3. September 2024",
        "Dienstag, 3. September 2024",
        "vor 3 Tagen",
        "in 3 Tagen",
        "heute",
        "gestern",
        "Veröffentlicht",
        "Aktualisiert",
    ),
    "pt": (
        "3 de setembro de 2024",
        "terça-feira, 3 de setembro de 2024",
        "há 3 dias",
        "em 3 dias",
        "hoje",
        "ontem",
        "Publicado",
        "Atualizado",
    ),
    "it": (
        "3 settembre 2024",
        "martedì 3 settembre 2024",
        "3 giorni fa",
        "tra 3 giorni",
        "oggi",
        "ieri",
        "Pubblicato",
        "Aggiornato",
    ),
    "nl": (
        "3 september 2024",
        "dinsdag 3 september 2024",
        "3 dagen geleden",
        "over 3 dagen",
        "vandaag",
        "gisteren",
        "Gepubliceerd",
        "Bijgewerkt",
    ),
    "ca": (
        "3 de setembre de 2024",
        "dimarts, 3 de setembre de 2024",
        "fa 3 dies",
        "d'aquí a 3 dies",
        "avui",
        "ahir",
        "Publicat",
        "Actualitzat",
    ),
    "ro": (
        "3 septembrie 2024",
        "marți, 3 septembrie 2024",
        "acum 3 zile",
        "peste 3 zile",
        "azi",
        "ieri",
        "Publicat",
        "Actualizat",
    ),
    "pl": (
        "3 września 2024",
        "wtorek, 3 września 2024",
        "3 dni temu",
        "za 3 dni",
        "dzisiaj",
        "wczoraj",
        "Opublikowano",
        "Zaktualizowano",
    ),
    "cs": (
        "3. září 2024",
        "úterý 3. září 2024",
        "před 3 dny",
        "za 3 dny",
        "dnes",
        "včera",
        "Publikováno",
        "Aktualizováno",
    ),
    "sk": (
        "3. septembra 2024",
        "utorok 3. septembra 2024",
        "pred 3 dňami",
        "o 3 dni",
        "dnes",
        "včera",
        "Publikované",
        "Aktualizované",
    ),
    "sl": (
        "3. september 2024",
        "torek, 3. september 2024",
        "pred 3 dnevi",
        "čez 3 dni",
        "danes",
        "včeraj",
        "Objavljeno",
        "Posodobljeno",
    ),
    "hr": (
        "3. rujna 2024.",
        "utorak, 3. rujna 2024.",
        "prije 3 dana",
        "za 3 dana",
        "danas",
        "jučer",
        "Objavljeno",
        "Ažurirano",
    ),
    "sr": (
        "3. septembar 2024",
        "utorak, 3. septembar 2024",
        "pre 3 dana",
        "za 3 dana",
        "danas",
        "juče",
        "Objavljeno",
        "Ažurirano",
    ),
    "bg": (
        "3 септември 2024",
        "вторник, 3 септември 2024",
        "преди 3 дни",
        "след 3 дни",
        "днес",
        "вчера",
        "Публикувано",
        "Обновено",
    ),
    "ru": (
        "3 сентября 2024",
        "вторник, 3 сентября 2024",
        "3 дня назад",
        "через 3 дня",
        "сегодня",
        "вчера",
        "Опубликовано",
        "Обновлено",
    ),
    "uk": (
        "3 вересня 2024",
        "вівторок, 3 вересня 2024",
        "3 дні тому",
        "через 3 дні",
        "сьогодні",
        "вчора",
        "Опубліковано",
        "Оновлено",
    ),
    "lt": (
        "2024 m. rugsėjo 3 d.",
        "antradienis, 2024 m. rugsėjo 3 d.",
        "prieš 3 dienas",
        "po 3 dienų",
        "šiandien",
        "vakar",
        "Paskelbta",
        "Atnaujinta",
    ),
    "lv": (
        "2024. gada 3. septembrī",
        "otrdiena, 2024. gada 3. septembrī",
        "pirms 3 dienām",
        "pēc 3 dienām",
        "šodien",
        "vakar",
        "Publicēts",
        "Atjaunināts",
    ),
    "et": (
        "3. september 2024",
        "teisipäev, 3. september 2024",
        "3 päeva tagasi",
        "3 päeva pärast",
        "täna",
        "eile",
        "Avaldatud",
        "Uuendatud",
    ),
    "fi": (
        "3. syyskuuta 2024",
        "tiistai 3. syyskuuta 2024",
        "3 päivää sitten",
        "3 päivän päästä",
        "tänään",
        "eilen",
        "Julkaistu",
        "Päivitetty",
    ),
    "hu": (
        "2024. szeptember 3.",
        "kedd, 2024. szeptember 3.",
        "3 napja",
        "3 nap múlva",
        "ma",
        "tegnap",
        "Közzétéve",
        "Frissítve",
    ),
    "sv": (
        "3 september 2024",
        "tisdag 3 september 2024",
        "för 3 dagar sedan",
        "om 3 dagar",
        "idag",
        "igår",
        "Publicerad",
        "Uppdaterad",
    ),
    "da": (
        "3. september 2024",
        "tirsdag 3. september 2024",
        "for 3 dage siden",
        "om 3 dage",
        "i dag",
        "i går",
        "Publiceret",
        "Opdateret",
    ),
    "no": (
        "3. desember 2024",
        "tirsdag 3. desember 2024",
        "for 3 dager siden",
        "om 3 dager",
        "i dag",
        "i går",
        "Publisert",
        "Oppdatert",
    ),
    "el": (
        "3 Σεπτεμβρίου 2024",
        "Τρίτη, 3 Σεπτεμβρίου 2024",
        "πριν από 3 ημέρες",
        "σε 3 ημέρες",
        "σήμερα",
        "χθες",
        "Δημοσίευση",
        "Ενημέρωση",
    ),
    "tr": (
        "3 Eylül 2024",
        "Salı, 3 Eylül 2024",
        "3 gün önce",
        "3 gün sonra",
        "bugün",
        "dün",
        "Yayınlanma",
        "Güncelleme",
    ),
    "id": (
        "3 September 2024",
        "Selasa, 3 September 2024",
        "3 hari yang lalu",
        "dalam 3 hari",
        "hari ini",
        "kemarin",
        "Diterbitkan",
        "Diperbarui",
    ),
    "vi": (
        "3 tháng 9 năm 2024",
        "Thứ ba, 3 tháng 9 năm 2024",
        "3 ngày trước",
        "3 ngày nữa",
        "hôm nay",
        "hôm qua",
        "Ngày đăng",
        "Cập nhật",
    ),
    "th": (
        "3 กันยายน 2567",
        "วันอังคาร 3 กันยายน 2567",
        "3 วันที่แล้ว",
        "ในอีก 3 วัน",
        "วันนี้",
        "เมื่อวาน",
        "เผยแพร่",
        "อัปเดต",
    ),
    "hi": (
        "3 सितंबर 2024",
        "मंगलवार, 3 सितंबर 2024",
        "3 दिन पहले",
        "3 दिन में",
        "आज",
        "कल",
        "प्रकाशित",
        "अपडेट",
    ),
    "he": (
        "3 בספטמבר 2024",
        "יום שלישי, 3 בספטמבר 2024",
        "לפני 3 ימים",
        "בעוד 3 ימים",
        "היום",
        "אתמול",
        "פורסם",
        "עודכן",
    ),
    "ar": (
        "3 سبتمبر 2024",
        "الثلاثاء 3 سبتمبر 2024",
        "منذ 3 أيام",
        "خلال 3 أيام",
        "اليوم",
        "أمس",
        "نشر",
        "تحديث",
    ),
    "ja": (
        "2024年9月3日",
        "2024年9月3日 火曜日",
        "3日前",
        "3日後",
        "今日",
        "昨日",
        "公開日",
        "更新日",
    ),
    "zh": (
        "2024年9月3日",
        "2024年9月3日 星期二",
        "3天前",
        "3天后",
        "今天",
        "昨天",
        "发布时间",
        "更新时间",
    ),
    "ko": (
        "2024년 9월 3일",
        "2024년 9월 3일 화요일",
        "3일 전",
        "3일 후",
        "오늘",
        "어제",
        "입력",
        "수정",
    ),
}


def test_every_language_has_every_concept() -> None:
    assert set(DATE_CONCEPTS) == {
        "months",
        "weekdays",
        "relative_past",
        "relative_future",
        "today",
        "yesterday",
        "published",
        "updated",
    }
    missing = {lang: set(DATE_CONCEPTS) - have for lang, have in DATE_LANGUAGES.items()}
    assert {lang: gaps for lang, gaps in missing.items() if gaps} == {}
    assert set(DATE_LANGUAGES) == set(SAMPLES)


def test_printed_languages_are_read_too() -> None:
    assert set(PRINTED_LANGUAGES) == {"en", "es", "fr", "de", "pt"}
    assert set(PRINTED_LANGUAGES) <= set(DATE_LANGUAGES)
    then = NOW - dt.timedelta(days=3)
    assert humanize(then, now=NOW, language="es") == "hace 3 días"
    with pytest.raises(newsmeta.NewsmetaError):
        humanize(then, now=NOW, language="cs")


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_month_and_weekday_dates(lang: str) -> None:
    month_day, weekday_day = SAMPLES[lang][:2]
    expected = dt.date(2024, 12 if lang == "no" else 9, 3)
    for text in (month_day, weekday_day):
        value = parse_date(text)
        assert value is not None, text
        day = value.date() if isinstance(value, dt.datetime) else value
        assert day == expected, text


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_relative_past_and_future(lang: str) -> None:
    past, future = SAMPLES[lang][2:4]
    for language in (lang, None):
        ago = parse_relative(past, now=NOW, language=language)
        assert ago is not None, (past, language)
        assert (ago.amount, ago.unit, ago.direction) == (3, "day", "past")
        assert ago.contains(NOW - dt.timedelta(days=3))
        ahead = parse_relative(future, now=NOW, language=language)
        assert ahead is not None, (future, language)
        assert (ahead.amount, ahead.unit, ahead.direction) == (3, "day", "future")
        assert ahead.contains(NOW + dt.timedelta(days=3))


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_today_and_yesterday(lang: str) -> None:
    today, yesterday = SAMPLES[lang][4:6]
    found = parse_relative(today, now=NOW, language=lang)
    assert found is not None and found.contains(NOW - dt.timedelta(hours=1)), today
    before = parse_relative(yesterday, now=NOW, language=lang)
    assert before is not None, yesterday
    assert before.contains(NOW - dt.timedelta(days=1))
    assert not before.contains(NOW)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_labelled_dates_and_labelled_relative(lang: str) -> None:
    published, updated, past = SAMPLES[lang][6], SAMPLES[lang][7], SAMPLES[lang][2]
    assert parse_date(f"{published}: 2024-09-03") == dt.date(2024, 9, 3)
    assert parse_date(f"{updated}: 2024-09-05") == dt.date(2024, 9, 5)
    # the prefix set is shared: parse_relative accepts the same label words
    label = parse_relative(f"{published} {past}", now=NOW)
    assert label is not None and label.amount == 3 and label.direction == "past"


def _page(line: str, lang: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry timetable</title></head><body><main><article>
<h1>Ferry timetable extended</h1>
<div class="meta"><span class="author">Ann Lee</span> <span class="x">{line}</span>{extra}</div>
{_BODY}</article></main></body></html>"""


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_page_with_a_relative_only_date_line(lang: str) -> None:
    past = SAMPLES[lang][2]
    for html_lang in (lang, "en"):
        art = newsmeta.extract(_page(past, html_lang), _URL, now=NOW)
        value = art.date_published
        assert value is not None, (past, html_lang)
        day = value.date() if isinstance(value, dt.datetime) else value
        assert day == dt.date(2026, 12, 4), (past, html_lang)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_page_with_an_updated_line(lang: str) -> None:
    published, updated = SAMPLES[lang][6], SAMPLES[lang][7]
    extra = f' <span class="y">{updated}: 2024-09-05 08:00</span>'
    art = newsmeta.extract(_page(f"{published}: 2024-09-03 10:15", lang, extra), _URL, now=NOW)
    assert art.date_published is not None and art.date_modified is not None
    assert str(art.date_published)[:10] == "2024-09-03"
    assert str(art.date_modified)[:10] == "2024-09-05"


@pytest.mark.parametrize(
    ("label", "amount", "unit"),
    [
        ("před hodinou", 1, "hour"),
        ("před 5 minutami", 5, "minute"),
        ("acum 20 de minute", 20, "minute"),
        ("acum o oră", 1, "hour"),
        ("2 órája", 2, "hour"),
        ("3 nappal ezelőtt", 3, "day"),
        ("2 tuntia sitten", 2, "hour"),
        ("för en timme sedan", 1, "hour"),
        ("πριν 2 ώρες", 2, "hour"),
        ("преди час", 1, "hour"),
        ("Objavljeno prije 3 sata", 3, "hour"),
        ("2 ชั่วโมงที่แล้ว", 2, "hour"),
    ],
)
def test_inflected_and_glued_forms(label: str, amount: int, unit: str) -> None:
    found = parse_relative(label, now=NOW)
    assert found is not None, label
    assert (found.amount, found.unit, found.direction) == (amount, unit, "past")


def test_not_labels() -> None:
    for text in ("před", "3 dny", "za", "acum", "3 päivää", "för 2 dagar", "napja"):
        assert parse_relative(text, now=NOW) is None, text
    # Hungarian "ma" (today) only when Hungarian is asked for ("MA", Italian "ma")
    assert parse_relative("MA", now=NOW) is None
    assert parse_relative("ma", now=NOW, language="hu") is not None


def test_a_z_glued_to_a_word_is_not_the_utc_zone() -> None:
    value = parse_date("2024-09-03 10:15 Zaktualizowano")
    assert value == dt.datetime(2024, 9, 3, 10, 15)
    doubled = parse_date("2024-09-03T10:15ZZ")
    assert isinstance(doubled, dt.datetime) and doubled.utcoffset() == dt.timedelta(0)
    assert parse_date("2024-09-03T10:15Z") == dt.datetime(
        2024, 9, 3, 10, 15, tzinfo=dt.timezone.utc
    )
