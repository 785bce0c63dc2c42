"""A comment's day: its ``<time>``, an element classed for the day, a relative label ("3
hours ago", read against ``now=``) or the writer's line that prints it.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml.html import HtmlElement

from newsmeta._dates._validity import date_problem
from newsmeta._extract._comment_class import (
    AUTHOR_BIT,
    CREDIT_BIT,
    DATE_BIT,
    class_bits,
    node_bits,
)
from newsmeta._extract._comment_days import story_day, yearless_day, yearless_shape
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import find_text_date, find_text_date_at, to_date
from newsmeta._models import DateValue

__all__ = [
    "FOUR_DIGITS",
    "RELATIVE_HINT",
    "comment_date",
    "relative_date",
    "yearless_in",
]

FOUR_DIGITS = re.compile(r"\d{4}")
RELATIVE_HINT = re.compile(
    r"\bago\b|\bvor\s|\bhace\s|\bil y a\b|\bh[áa]\s+\d|\bh[áa]\s+(?:um|uma)\b|yesterday|"
    r"gestern|\bayer\b|\bhier\b|\bontem\b|just now|gerade eben|"
    # the same words in the other languages the relative reader knows: Dutch, Polish,
    # Italian, Turkish, Russian, Arabic, Hebrew ("3 uur geleden", "2 dni temu", "3 ore fa",
    # "2 gün önce", "3 часа назад", "منذ 3 ساعات", "לפני 3 שעות"), Japanese and Korean
    # after a number and unit ("3時間前", "3시간 전": 午前, "morning", is no label)
    r"\bgeleden\b|\bgisteren\b|\btemu\b|\bwczoraj\b|\d\s+\w+\s+fa\b|\bieri\b|\s[öo]nce\b|"
    r"\bdün\b|назад|вчера|منذ|أمس|לפני|אתמול|"
    r"\d\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前|昨日|\d\s*(?:초|분|시간|일|주|개월|달|년)\s*전|어제",
    re.I,
)
# A short label of a comment's age: "3 h", "12 min", "2 d", "vor 3 Std.", "hace 3 h",
# "il y a 2 j", "3 godz. temu": read as "3 hours ago" and so on.
SHORT_AGE = re.compile(
    r"^(?:vor|hace|il y a|h[áa])?\s*(\d{1,3})\s*"
    r"(mins?|min\.|m|h|hrs?|std|godz|d|j|t|g|dni)\.?(?:\s*(?:ago|temu))?$",
    re.I,
)
_SHORT_UNITS = {"min": "minutes", "mins": "minutes", "min.": "minutes", "m": "minutes",
                "h": "hours", "hr": "hours", "hrs": "hours", "std": "hours", "godz": "hours",
                "g": "hours", "d": "days", "j": "days", "t": "days", "dni": "days"}  # fmt: skip


def comment_date(own: list[HtmlElement], page: Page) -> tuple[DateValue | None, str | None]:
    """The date among a comment's ``own`` nodes (and the relative label it was read from)."""
    lang = page.html_lang
    texts: list[str] = []
    lines: list[HtmlElement] = []
    for node in own:
        tag = node.tag
        if tag == "time" or node.get("datetime") is not None:
            for attr in ("datetime", "title", "content"):
                got = to_date(node.get(attr), lang)
                if got is not None:
                    return got[0], None
            text = element_text(node, limit=120)
            if text:
                texts.insert(0, text)
            continue
        if not node.attrib:
            continue
        if node.get("itemprop") in ("dateCreated", "datePublished", "commentTime"):
            got = to_date(node.get("content") or element_text(node, limit=120), lang)
            if got is not None:
                return got[0], None
        bits = node_bits(node)
        if bits & (AUTHOR_BIT | CREDIT_BIT) and not bits & DATE_BIT and len(lines) < 2:
            lines.append(node)
        if bits & DATE_BIT and len(texts) < 4:
            title = node.get("title")
            if title:
                got = to_date(title, lang)
                if got is not None:
                    return got[0], None
            text = element_text(node, limit=200)
            if text:
                texts.append(text)
    for text in texts:
        short = SHORT_AGE.match(text) if len(text) < 20 else None
        if short is not None:
            unit = _SHORT_UNITS[short.group(2).lower()]
            resolved = relative_date(f"{short.group(1)} {unit} ago", page)
            if resolved is not None:
                return resolved[0], text
            continue
        if RELATIVE_HINT.search(text):
            resolved = relative_date(text, page)
            if resolved is not None:
                return resolved
            continue
        cleaned = _strip_date_noise(text)
        got = to_date(cleaned, lang) or find_text_date(cleaned, lang)
        if got is not None:
            return got[0], None
        day = yearless(cleaned, page)
        if day is not None:
            return day, None  # "Aug 21": this year's, or last year's when still ahead
    for line in lines:
        # no element classed for the day: the writer's line may print it ("by <b>Sam</b>
        # » Fri May 03, 2024 10:10 am", "Posted by: Sam | May 3, 2024")
        text = element_text(line, limit=160)
        found = find_text_date_at(text, lang) if text and len(text) <= 150 else None
        if (
            found is not None
            and found[1] not in ("year", "month")
            and _MEMBER_SINCE.search(text, 0, found[2]) is None
        ):
            return found[0], None
    return None, None


# The day a forum member joined, printed in their writer box ("Joined: 12.03.2012",
# "Registriert seit", "Mitglied seit", "Inscrit le", "Miembro desde"): not the post's day.
_MEMBER_SINCE = re.compile(
    r"joined|member since|registered|registriert|mitglied seit|dabei seit|inscri|"
    r"miembro desde|registrad|membro desde|iscritt|lid sinds|cz[łl]onek od|do[łl][aą]czy",
    re.I,
)


_DATE_NOISE = re.compile(
    r"^(?:posted|published|on|am|le|el|em|commented|says|sagt|geschrieben)\s*:?\s*|"
    r"\s*(?:\||·|•|reply|antworten|responder|répondre|permalink|edit)\s*$",
    re.I,
)


def _strip_date_noise(text: str) -> str:
    for _ in range(3):
        new = _DATE_NOISE.sub("", text).strip()
        if new == text:
            break
        text = new
    return text


_RELATIVE_SPAN = re.compile(
    r"(?:about |over |almost |vor |hace |il y a |h[áa] )?[\w ]{1,30}?"
    r"(?:\bago\b|minut\w*|stund\w*|tag\w*|woche\w*|monat\w*|jahr\w*|d[íi]as?|horas?|"
    r"semanas?|mes(?:es)?|años?|jours?|heures?|mois|ans?|anos?|meses)",
    re.I,
)


# Where a relative label may start inside a writer's line: a number, or the word before
# one ("vor", "hace", "il y a", "há", "منذ", "לפני", "about").
_LABEL_START = re.compile(r"\s+(?=\d|(?:vor|hace|il y a|h[áa]|about|منذ|לפני)\s)", re.I)


def relative_date(text: str, page: Page) -> tuple[DateValue, str] | None:
    from newsmeta._dates import label_instant, parse_relative

    lang = (page.html_lang or "")[:2].lower()
    language = lang if lang in ("en", "es", "fr", "de", "pt") else None
    label = text.strip()
    if len(label) > 60:
        match = _RELATIVE_SPAN.search(label)
        if not match:
            return None
        label = match.group(0).strip()
    try:
        rel: Any = parse_relative(label, now=page.now, language=language)
        if rel is None and language is not None:
            rel = parse_relative(label, now=page.now, language=None)
        if rel is None:
            # a writer's line: the name, then the label ("Sam 5 hours ago", "Margriet 1
            # dag geleden"): the label from its number or its leading word
            for start in islice(_LABEL_START.finditer(label, 1), 3):
                tail = label[start.end() :]
                rel = parse_relative(tail, now=page.now, language=None)
                if rel is not None:
                    label = tail
                    break
    except Exception:
        return None
    if rel is None:
        return None
    if not page.now_given:
        # A label read against the wall clock would be a guess: no date, and say so once.
        if not any(w.code == "relative-date-without-now" for w in page.warnings):
            page.warn(
                "relative-date-without-now",
                f"comment date {label!r} is relative; pass now= to read it",
            )
        return None
    found = label_instant(rel, page.now)
    if found is None or date_problem(found[0], page.now) is not None:
        return None
    return found[0], label


def yearless(text: str, page: Page) -> DateValue | None:
    """The day of a yearless label ("Jun 3"): against ``now=``, else against the story's
    day as its metadata states it (never after the real clock)."""
    if page.now_given:
        return yearless_day(text, page.now)
    if not yearless_shape(text):
        return None
    day = yearless_day(text, None, story_day(page))
    return day if day is not None and day <= page.now.date() else None


def yearless_in(line: HtmlElement, page: Page) -> DateValue | None:
    """The day of an element classed for it in ``line`` that prints no year ("<span
    class=post-date>Aug 20</span>"), read against ``now=`` (see :func:`yearless_day`)."""
    if not page.now_given:
        return None
    for node in line.iter():
        if node.attrib and class_bits(node.get("class")) & DATE_BIT:
            day = yearless_day(element_text(node, 40), page.now)
            if day is not None:
                return day
    return None
