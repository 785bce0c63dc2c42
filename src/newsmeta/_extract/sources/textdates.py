"""The expensive last resort for dates: a scan of the visible text for absolute dates (and
of Unix timestamps in ``data-utime``/``data-timestamp`` attributes on the way).

Run by the engine only when no cheaper source found a publication date (htmldate's order:
cheap checks first). A year-shaped prefilter keeps the date parser off almost every text
node; the first date after the headline wins over dates before it, "Published …"/"Updated …"
prefixes decide the field, and navigation, sidebars, footers and comments are skipped.
"""

from __future__ import annotations

import re
from itertools import compress

from lxml.html import HtmlElement

from newsmeta._dates._schedule import scheduled
from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, locator
from newsmeta._extract._region import core_holders
from newsmeta._extract._values import find_text_date_at
from newsmeta._extract.sources.dateline import (
    TRAILING_VERB,
    date_furniture,
    field_at,
    unix_candidate,
)
from newsmeta._extract.sources.headline import content_h1
from newsmeta._models import SourceKind

__all__ = ["MAX_PARSES", "MAX_TRIES_PER_TEXT", "MAX_UNIX", "MAX_UNIX_TRIES", "candidates"]

# A four-digit year (also at the head of a compact stamp with its time, "20140915T1523"),
# or a numeric date with a two-digit year ("1.4.18", "5/5/20").
_FOUR_DIGIT_YEAR = r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?:(?!\d)|[01]\d[0-3]\d[DT]\d)"
_NUMERIC_DATE = r"(?<![\d.])\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d{2}(?![\d.])"
_YEAR = re.compile(f"{_FOUR_DIGIT_YEAR}|{_NUMERIC_DATE}")
# Its two halves, for the prefilter: a text holds a year-shaped token when it holds either.
_YEAR_ONLY = re.compile(_FOUR_DIGIT_YEAR)
_NUMERIC_ONLY = re.compile(_NUMERIC_DATE)
# What a numeric date cannot lack: a digit, a separator, a digit.
_DIGIT_SEP_DIGIT = re.compile(r"\d[./]\d")
# A two-digit year is read only after a word that announces a date ("Stand: 1.4.18"), or
# before a Turkish verb that does ("5/5/20 tarihinde güncellendi", dateline.TRAILING_VERB):
# elsewhere "1.4.18" is a version number as often as a day.
_SHORT_LEAD = re.compile(
    r"(?:stand|updated|update|aktualisiert|ge[äa]ndert|veröffentlicht|erschienen|published|"
    r"posted|publicado|actualizado|publié|mis à jour|atualizado|datum|fecha|dated?|обновлено|"
    r"опубликовано|дата(?:\s+(?:публикации|обновления))?|güncelle(?:me|nme)(?:\s+tarihi)?|"
    r"yay[ıi]n\s+tarihi|yay[ıi][nm]lanma(?:\s+tarihi)?|giriş(?:\s+tarihi)?|oluşturulma\s+tarihi|"
    r"tarih|פורסם|עודכן|نُ?شر|آخر تحديث|प्रकाशित|अपडेट(?:ेड)?|cập nhật|ngày đăng|"
    r"pubblicato|aggiornato|aggiornamento|gepubliceerd|geplaatst|bijgewerkt|gewijzigd|"
    r"opublikowano|zaktualizowano|publicerad|uppdaterad|modifi(?:é|cado|cación|cation|ca))"
    r"(?:\s+(?:on|am|vom|le|el|em|den|il|op|في|ב))?\s*:?\s*$",
    re.I,
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "select", "option"})
_WINDOW = 60
_TOKEN_END = re.compile(r"[^\s]*")
_PUBLISHED_WORDS = re.compile(
    r"publi|posted|veröffentlicht|erschienen|stand|am\b|le\b|el\b|on\b|date|datum|fecha", re.I
)
# "seit 4. August 2014", "bis zum 30. April", "since March 2019": a date the prose measures
# from or to, not when it was written.
_SPAN_WORD = re.compile(
    r"\b(?:seit|bis(?:\s+zum|\s+zur)?|ab(?:\s+dem)?|since|until|till|desde|hasta|depuis|"
    r"jusqu'au|até)\s+(?:\S+\s+){0,3}$",
    re.I,
)
_MAX_TEXT_NODES = 20_000
_MAX_FOUND = 12
MAX_PARSES = 200
"""Date-parser calls per page: the scan stops after this many, whatever the page holds."""
MAX_UNIX = 5
"""Unix-timestamp attributes (``data-utime``, ``data-timestamp``) read per page."""
MAX_UNIX_TRIES = 40
"""Elements with a time attribute tried per page (a flood of unreadable ``data-date``
values costs at most this many parses)."""
MAX_TRIES_PER_TEXT = 3
"""Year-shaped tokens tried in one text node (a node of repeated "2023-" costs 3 parses)."""


def candidates(page: Page) -> list[Candidate]:
    root = page.body if page.body is not None else page.root
    h1 = content_h1(page)
    lang = page.html_lang
    out: list[Candidate] = []
    budget = [MAX_PARSES]
    unix_found = 0
    unix_tried = 0
    # The page index's node list, not a new walk: the nodes under ``root`` in document
    # order, without the headline and unread tags, the first _MAX_TEXT_NODES of them.
    els, tags = page.elements, page.tags
    lo, hi = page.span(root)
    h1_at = -1  # dates after the headline are the article's; none are when it lies elsewhere
    if h1 is not None:
        try:
            h1_at = els.index(h1, lo, hi)
        except ValueError:
            h1_at = hi
    # The readable tags of the span, judged once per distinct tag (a page has a few dozen),
    # the nodes then kept by C-level maps.
    span_tags = tags[lo:hi]
    readable = {t: isinstance(t, str) and t not in _SKIP for t in set(span_tags)}
    read = list(compress(range(lo, hi), map(readable.__getitem__, span_tags)))
    if lo <= h1_at < hi and readable[tags[h1_at]]:
        read.remove(h1_at)
    del read[_MAX_TEXT_NODES:]
    if not read:
        return out
    # Which nodes can give anything: a Unix-time attribute, or a text holding a year.
    nodes = list(map(els.__getitem__, read))
    texts = [el.text for el in nodes]
    tails = [el.tail for el in nodes]
    year = _year_in
    with_text = {j for j, t in enumerate(texts) if t and len(t) >= 6 and year(t)}
    with_tail = {j for j, t in enumerate(tails) if t and len(t) >= 6 and year(t)}
    position = {i: j for j, i in enumerate(read)} if page.stamped else {}
    stamped = {position[i] for i in page.stamped if i in position}
    for j in sorted(with_text | with_tail | stamped):
        i = read[j]
        el = els[i]
        after_h1 = h1 is None or i > h1_at
        if j in stamped and unix_found < MAX_UNIX and unix_tried < MAX_UNIX_TRIES:
            unix_tried += 1
            found = unix_candidate(el, page, h1)
            if found is not None:
                out.append(found)
                unix_found += 1
        for text, hit, label in (
            (texts[j], j in with_text, ""),
            # a tail's label may be its element's text: "<b>Stand:</b> 1.4.18"
            (tails[j], j in with_tail, texts[j] or ""),
        ):
            if not hit or text is None:
                continue
            found = _scan(page, el, text, lang, after_h1, len(out), h1, budget, label)
            if found is not None:
                out.append(found)
        if len(out) >= _MAX_FOUND or budget[0] <= 0:
            break
    return out


def _year_in(text: str) -> bool:
    """Whether ``text`` holds a year-shaped token (:data:`_YEAR`).

    Substring tests first (each a C-speed scan): a four-digit year holds "19" or "20", a
    numeric date a "." or "/" between digits; most text nodes hold neither and never reach
    the full pattern of either half.
    """
    if ("19" in text or "20" in text) and _YEAR_ONLY.search(text) is not None:
        return True
    if ("." in text or "/" in text) and _DIGIT_SEP_DIGIT.search(text) is not None:
        return _NUMERIC_ONLY.search(text) is not None
    return False


_SITE_HEADER = re.compile(r"header|masthead|top-?bar|topbar|navwrap|app-bar|toolbar|branding")


def _in_site_header(el: HtmlElement, h1: HtmlElement | None) -> bool:
    """Whether ``el`` sits in the site's header (a header holding the headline is the
    article's own)."""
    node: HtmlElement | None = el
    for _ in range(10):
        if node is None:
            return False
        if node.tag in ("article", "main"):
            return False
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag == "header" or _SITE_HEADER.search(key):
            return h1 is None or not any(a is node for a in h1.iterancestors())
        node = node.getparent()
    return False


def _scan(
    page: Page,
    el: HtmlElement,
    text: str,
    lang: str | None,
    after_h1: bool,
    rank: int,
    h1: HtmlElement | None,
    budget: list[int],
    label: str = "",
) -> Candidate | None:
    for tries, match in enumerate(_YEAR.finditer(text)):
        if tries >= MAX_TRIES_PER_TEXT or budget[0] <= 0:
            return None
        budget[0] -= 1
        if (
            match.group("sep")
            and not _SHORT_LEAD.search(text, max(0, match.start() - 40), match.start())
            and not TRAILING_VERB.match(text, match.end(), match.end() + 40)
            and not (
                label
                and not text[: match.start()].strip()
                and _SHORT_LEAD.search(label[-40:].rstrip()) is not None
            )
        ):
            continue
        start = max(0, match.start() - _WINDOW)
        end = match.end() + 20
        # never cut a token in two ("…T08:37:00+05:30" is not "+05:3")
        cut = _TOKEN_END.match(text, end, end + 12)
        snippet = text[start : cut.end() if cut else end].strip()
        parsed = find_text_date_at(snippet, lang)
        if parsed is None or parsed[1] not in ("day", "minute", "second"):
            continue
        value = parsed[0]
        if date_problem(value, page.now) is not None:
            # "03/03/2077 or 03/03/2013": the window began at an impossible date; the
            # date this token belongs to may follow it
            later = find_text_date_at(snippet[parsed[3] :], lang)
            if later is None or later[1] not in ("day", "minute", "second"):
                continue
            if date_problem(later[0], page.now) is not None:
                continue
            parsed = (later[0], later[1], parsed[3] + later[2], parsed[3] + later[3])
            value = parsed[0]
        if scheduled(snippet, parsed[2], parsed[3], parsed[1] != "day"):
            # "Offer valid until 30 June 2024", "28 March 2024, 1:00 PM – 7:00 PM"
            continue
        if date_furniture(el, h1, core_holders(page)):
            return None
        if not after_h1 and _in_site_header(el, h1):
            # "Sunday, July 19, 2020 | Today's Paper": a site header shows the day it was
            # rendered, not when the article was published.
            return None
        conf = 0.42 if after_h1 else 0.34
        field = field_at(snippet, parsed[2], "", parsed[3])
        if label and not text[: match.start()].strip():
            # the date opens its element's tail: the element's text is its label
            # ("<b>Updated:</b> 5.5.20")
            field = field_at(f"{label[-60:]} {snippet}", len(label[-60:]) + 1 + parsed[2], "")
        if field != "date_published" or _PUBLISHED_WORDS.search(snippet[:40]):
            conf += 0.04
        # A date standing nearly alone ("am 24. Juli 2017 - 18:55") is a dateline; one
        # mentioned inside a long sentence is usually about something else.
        if len(text.strip()) > 3 * max(12, len(snippet) - 40):
            if _SPAN_WORD.search(text, max(0, match.start() - 40), match.start()):
                continue
            conf -= 0.12
        return Candidate(
            field=field,
            value=value,
            source=SourceKind.VISIBLE_TEXT,
            locator=locator(el),
            raw=snippet[:200],
            confidence=max(0.05, conf - 0.02 * rank),
            precision=parsed[1],
        )
    return None
