"""Visible dates: ``<time>`` elements, hAtom ``published``/``updated``, date-classed elements,
"Published …"/"Updated …" lines and relative labels ("7 months ago")."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterator, Mapping

from lxml.html import HtmlElement

from newsmeta._dates._schedule import scheduled
from newsmeta._dates._validity import date_problem
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import (
    DATED_ATTRS,
    STAMP_ATTRS,
    UNIX_ATTRS,
    Page,
    element_text,
    locator,
)
from newsmeta._extract._region import core_holders
from newsmeta._extract._values import find_text_date, find_text_date_at, relative_label, to_date
from newsmeta._extract.sources.headline import content_h1, in_boilerplate
from newsmeta._models import DateValue, SourceKind

__all__ = [
    "MAX_HINTED",
    "TRAILING_VERB",
    "UNIX_ATTRS",
    "candidates",
    "date_furniture",
    "field_at",
    "field_for_text",
    "unix_candidate",
    "unix_time",
]

_DATE_CLASS = re.compile(
    r"date|time|publish|posted|dateline|fecha|datum|updated|modified|timestamp|pubdate|meta"
)
_MODIFIED = re.compile(r"updat|modif|actualiz|aktualisiert|mis-a-jour|maj|edited|revised")
# The words that label an updated date, in every language whose dates are read.
_MODIFIED_WORDS = (
    r"(?:updated|modified|edited|revised|(?:medically\s+)?reviewed|"
    r"actualizado|actualización|aktualisiert|geändert|mis à jour|mise à jour|atualizado|"
    r"modificación|modificado|modificada|modification|modifié|modifica|(?:laatst\s+)?gewijzigd|"
    r"atualização|обновлено|изменено|"
    r"дата обновления|(?:son\s+)?güncelle(?:me|nme)|"
    r"aggiornato|aggiornamento|(?:laatst\s+)?bijgewerkt|aktualizacja|zaktualizowano|"
    r"aktualizováno|uppdaterad|opdateret|oppdatert|actualizat|päivitetty|оновлено|ενημέρωση|frissítve|módosítva|"
    r"更新日時|更新日|更新时间|更新時間|更新|수정|업데이트|"
    r"diperbarui|actualitzat|actualització|aktualizované|ažurirano|posodobljeno|обновено|"
    r"aktualizácia|aktualizace|frissítés|ažuriranje|обновление|оновлення|muudetud|uuendatud|"
    r"posodobitev|atjaunināts|"
    r"atnaujinta|עודכן|آخر تحديث|تم التحديث|تحديث|अपडेटेड|अपडेट|อัปเดต|อัพเดท|cập nhật)(?!\w)"
)
_MODIFIED_TEXT = re.compile(
    r"^\s*(?:page\s+)?(?:last\s+|zuletzt\s+|[úu]ltim[ao]\s+|derni[èe]re\s+|最終|최종\s*|"
    r"posledn[áíé]\s+|zadnj[aei]\s+|τελευταία\s+|utolsó\s+|ostatnia\s+|senast\s+|"
    r"sidst\s+|sist\s+|viimeksi\s+|последнее\s+|останнє\s+)?" + _MODIFIED_WORDS,
    re.I,
)
# The same words anywhere in a line: a line without one has no updated date.
_MODIFIED_ANYWHERE = re.compile(r"(?<!\w)(?:" + _MODIFIED_WORDS + r"|stand:)", re.I)
# After a line's first date, German "Stand:" ("as of") labels the updated date too
# ("Erstellt: 14.03.2024 · Stand: 15.03.2024"); alone it is the page's only date line and
# stays the published one.
_MODIFIED_AFTER = re.compile(_MODIFIED_TEXT.pattern + r"|^\s*stand:", re.I)
_PUBLISHED_TEXT = re.compile(
    r"^\s*(?:published|posted|publicado|publicada|veröffentlicht|publié|erschienen|"
    r"(?:first|originally)\s+published|date|опубликовано|дата публикации|yay[ıi]n tarihi|"
    r"yay[ıi][nm]lanma(?: tarihi)?|giriş(?: tarihi)?|pubblicato|gepubliceerd|geplaatst|"
    r"opublikowano|data publikacji|publikováno|publicerad|publiceret|publisert|publicat|"
    r"julkaistu|опубліковано|δημοσίευση|közzétéve|diterbitkan|dipublikasikan|publikované|"
    r"objavljeno|публикувано|paskelbta|פורסם|نُ?شر|تاريخ النشر|प्रकाशित|เผยแพร่|"
    r"ngày đăng|đăng lúc|đăng ngày)(?!\w)",
    re.I,
)
# Turkish prints the verb after the date: "5 Mayıs 2020 tarihinde güncellendi", "5/5/20'de
# yayınlandı" (a case ending after an apostrophe, or "tarihinde", "on the date").
TRAILING_VERB = re.compile(
    r"\s*(?:['’](?:de|da|te|ta)\b|\s+tarihinde\b)?\s*"
    r"(?:(?P<mod>güncellendi)|yay[ıi][nm]land[ıi]|eklendi)\b",
    re.I,
)
_CREATED_TEXT = re.compile(r"^\s*(?:created|creado|erstellt|créé|oluşturulma tarihi)\b", re.I)
_MAX_DATE_TEXT = 160
MAX_HINTED = 200
"""Date-classed elements read per page (the first ones: a dateline sits near the top)."""


def field_for_text(text: str, key: str) -> str:
    """Which date field a visible text speaks of ("Updated …" is the modified date)."""
    if _MODIFIED_TEXT.match(text):
        return "date_modified"
    if _PUBLISHED_TEXT.match(text) or _CREATED_TEXT.match(text):
        return "date_created" if _CREATED_TEXT.match(text) else "date_published"
    if key and _MODIFIED.search(key):
        return "date_modified"
    return "date_published"


_SEPARATORS = re.compile(r"[|·•/\n]|\s[-–—]\s")
_COMMA_CLAUSE = re.compile(r"[,;]")


def field_at(text: str, start: int, key: str, end: int = -1) -> str:
    """The field of the date starting at ``start`` in ``text``: the label printed just
    before it decides ("By Kim | Updated January 5, 2024" is the modified date), or the
    verb right after it (Turkish "… tarihinde güncellendi"; only when ``end``, where the
    date ends, is given), else :func:`field_for_text`."""
    lead = _SEPARATORS.split(text[max(0, start - 80) : start])[-1].strip()
    if lead and (_MODIFIED_TEXT.match(lead) or _PUBLISHED_TEXT.match(lead)):
        return field_for_text(lead, "")
    # The label may open the line's last clause: "By Ann Lee, last updated 5 Jan 2024".
    clause = _COMMA_CLAUSE.split(lead)[-1].strip() if "," in lead or ";" in lead else ""
    if clause and (_MODIFIED_TEXT.match(clause) or _PUBLISHED_TEXT.match(clause)):
        return field_for_text(clause, "")
    if end >= 0:
        verb = TRAILING_VERB.match(text, end, end + 40)
        if verb is not None:
            return "date_modified" if verb.group("mod") else "date_published"
    return field_for_text(text, key)


_CLAUSES = re.compile(r"[|·•/\n,;(]|\s[-–—]\s")


def _labelled_after(
    text: str, end: int, lang: str | None, now: _dt.datetime, label: re.Pattern[str]
) -> tuple[DateValue, str] | None:
    """The date ``label`` names that follows the line's first date (``end``: where that one
    ends): the updated words in "March 14, 2023 · Updated: March 16, 2023", "14. März 2023,
    aktualisiert am 16. März 2023"; the published words in "Updated: 14 July 2024 |
    Published: 12 July 2024". A date after the first one without that label is not read."""
    rest = text[end:]
    if len(rest) < 6:
        return None
    found = find_text_date_at(rest, lang)
    if found is None:
        return None
    value, precision, start, _ = found
    lead = _CLAUSES.split(rest[:start])[-1].strip()
    if not lead or not _ends_with_label(lead, label):
        return None
    if precision in ("year", "month") or not _not_future(value, now):
        return None
    return value, precision


_WORD_STARTS = re.compile(r"(?<!\S)\S")
_MAX_LEAD = 40


def _ends_with_label(lead: str, label: re.Pattern[str]) -> bool:
    """Whether ``lead`` (the words between two dates) is, or ends with, the label: the
    first date's time may sit before it unread ("14 mars 2024 kl. 09.15 Uppdaterad …")."""
    if label.match(lead) is not None:
        return True
    if len(lead) > _MAX_LEAD:
        return False
    return any(label.match(lead[m.start() :]) is not None for m in _WORD_STARTS.finditer(lead, 1))


def _lead_in(el: HtmlElement) -> str:
    """The words printed just before ``el`` in its line ("Updated" in
    ``Updated <time>Jan 5</time>`` or ``<span>Updated:</span> <time>``): its label."""
    prev = el.getprevious()
    if prev is not None:
        before = prev.tail or ""
        if not before.strip():
            before = element_text(prev, 60) or ""
    else:
        parent = el.getparent()
        before = (parent.text if parent is not None else None) or ""
    before = before[-80:]
    return _SEPARATORS.split(before)[-1].strip()


#: The longest text read as the label of the element after it.
_MAX_LABEL = 40


def _label_before(el: HtmlElement) -> str:
    """The published or updated words printed just before ``el`` (or before its parent,
    when ``el`` opens it), as their own short text; "" when there are none."""
    node: HtmlElement | None = el
    for _ in range(2):
        if node is None:
            return ""
        lead = _lead_in(node)
        if lead:
            if len(lead) <= _MAX_LABEL and _labelled(lead):
                return lead
            return ""
        node = node.getparent()
    return ""


_OWN_FOOTER = re.compile(r"byline|entry|post|article|story|meta|author|dateline|date|info")


def _own_footer(node: HtmlElement, h1: HtmlElement | None) -> bool:
    """Whether a footer is the article's own (its byline or post footer), not the site's."""
    key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    if _OWN_FOOTER.search(key) and "site" not in key and "page" not in key:
        return True
    parent = node.getparent()
    if parent is None or parent.tag in ("body", "html") or h1 is None:
        return False
    return any(a is parent for a in h1.iterancestors())


def date_furniture(
    el: HtmlElement, h1: HtmlElement | None, core: Mapping[HtmlElement, int] | None = None
) -> bool:
    """Whether ``el`` is site furniture for dates: :func:`in_boilerplate` (``core``: the
    blocks holding the article's headline and text, never furniture), except that the
    article's own footer ("Posted on … by …" under a post, a byline ``<footer>``) is read."""
    core = core or {}
    if not in_boilerplate(el, core=core):
        return False
    node: HtmlElement | None = el
    for _ in range(6):
        if node is None or node.tag in ("body", "html"):
            return True
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag == "footer" or "footer" in key:
            if not _own_footer(node, h1):
                return True
            parent = node.getparent()
            return parent is None or in_boilerplate(parent, core=core)
        node = node.getparent()
    return True


def _not_future(value: DateValue, now: _dt.datetime) -> bool:
    """The validity rule (see ``newsmeta._dates._validity``)."""
    return date_problem(value, now) is None


def _ancestor_key(el: HtmlElement) -> str:
    parent = el.getparent()
    keys = [f"{el.get('class') or ''} {el.get('itemprop') or ''}"]
    if parent is not None:
        keys.append(f"{parent.get('class') or ''} {parent.get('itemprop') or ''}")
    return " ".join(keys).lower()


def candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    lang = page.html_lang
    h1 = content_h1(page)
    core = core_holders(page)
    for rank, el in enumerate(el for el in page.times if not date_furniture(el, h1, core)):
        if rank >= 10:
            break
        key = _ancestor_key(el)
        raw = (el.get("datetime") or "").strip()
        parsed = to_date(raw, lang) if raw else None
        text = element_text(el, _MAX_DATE_TEXT)
        source_raw = raw
        if parsed is None and text:
            parsed = find_text_date(text, lang)
            source_raw = text
        if parsed is None or not _not_future(parsed[0], page.now):
            continue
        conf = 0.62 if rank == 0 else 0.5
        if el.get("pubdate") is not None or "published" in key:
            conf = 0.68
        lead = _lead_in(el)
        out.append(
            Candidate(
                field=field_for_text(f"{lead} {text}" if lead else text, key),
                value=parsed[0],
                source=SourceKind.TIME_ELEMENT,
                locator=locator(el),
                raw=source_raw,
                confidence=conf,
                precision=parsed[1],
            )
        )
    if h1 is not None:
        near, near_el = _near_headline(h1, page, lang)
        if near is not None:
            out.append(near)
            later = _updated_too(near, page, lang) if near.field != "date_label" else None
            if later is None and near_el is not None:
                later = _updated_beside(near, near_el, page, lang)
            if later is not None:
                out.append(later)
    seen_labels = 0
    count = 0
    for tried, (el, key) in enumerate(page.hinted_by(_DATE_CLASS)):
        if count >= 20 or tried >= MAX_HINTED:
            break
        if el.tag in ("time", "meta", "script", "style", "body", "html", "article", "main"):
            continue
        if date_furniture(el, h1, core):
            continue
        cand = _element_date(el, key, page, lang)
        if cand is not None:
            out.append(cand)
            count += 1
            later = _updated_too(cand, page, lang)
            if later is None:
                later = _updated_beside(cand, el, page, lang)
            if later is not None:
                out.append(later)
            continue
        if seen_labels < 3:
            label = _label(el, page)
            if label is not None:
                out.append(label)
                seen_labels += 1
    return out


def _updated_too(cand: Candidate, page: Page, lang: str | None) -> Candidate | None:
    """The modified date printed after a visible text's published date (or the published
    date after its modified one), as its own candidate (same element, same confidence)."""
    if cand.source is not SourceKind.VISIBLE_TEXT:
        return None
    text = cand.raw or ""
    if cand.field in ("date_published", "date_created"):
        if _MODIFIED_ANYWHERE.search(text) is None:  # (one C-level search before parsing)
            return None
        other, label = "date_modified", _MODIFIED_AFTER
    elif cand.field == "date_modified":
        other, label = "date_published", _PUBLISHED_TEXT
    else:
        return None
    found = find_text_date_at(text, lang)
    if found is None:
        return None
    later = _labelled_after(text, found[3], lang, page.now, label)
    if later is None:
        return None
    return Candidate(
        field=other,
        value=later[0],
        source=SourceKind.VISIBLE_TEXT,
        locator=cand.locator,
        raw=text,
        confidence=cand.confidence,
        precision=later[1],
    )


_BESIDE = 2


def _updated_beside(
    cand: Candidate, el: HtmlElement, page: Page, lang: str | None
) -> Candidate | None:
    """The updated date printed in an element beside a published dateline's own, unclassed:
    ``<span>Published: 3 Sep 2024</span> <span>Last updated: 4 Sep 2024</span>``. Only the
    next two sibling elements are read, and only a short text that opens with an updated
    word ("Updated", "Τελευταία ενημέρωση", "Zadnja posodobitev")."""
    if cand.source is not SourceKind.VISIBLE_TEXT or cand.field != "date_published":
        return None
    for sib in itertools.islice(el.itersiblings(), _BESIDE):
        if not isinstance(sib.tag, str):
            continue
        text = element_text(sib, _MAX_DATE_TEXT + 1)
        if len(text) > _MAX_DATE_TEXT or _MODIFIED_TEXT.match(text) is None:
            continue
        found = find_text_date_at(text, lang)
        if found is None or found[1] in ("year", "month") or not _not_future(found[0], page.now):
            return None
        return Candidate(
            field="date_modified",
            value=found[0],
            source=SourceKind.VISIBLE_TEXT,
            locator=locator(sib),
            raw=text,
            confidence=cand.confidence,
            precision=found[1],
        )
    return None


_DATE_ATTRS = ("title", "content", "datetime", "data-date", "data-time")


def _element_date(el: HtmlElement, key: str, page: Page, lang: str | None) -> Candidate | None:
    # hAtom: <abbr class="published" title="2023-12-29T10:00:00Z">
    names = el.keys()  # (one call: most date elements have a class alone)
    for attr in _DATE_ATTRS:
        if attr not in names:
            continue
        raw = el.get(attr)
        if raw and len(raw) < 40:
            parsed = to_date(raw, lang)
            if parsed is not None and _not_future(parsed[0], page.now):
                return Candidate(
                    field="date_modified" if _MODIFIED.search(key) else "date_published",
                    value=parsed[0],
                    source=SourceKind.HATOM
                    if ("published" in key or "updated" in key)
                    else SourceKind.HTML_ATTRIBUTE,
                    locator=f"{locator(el)}/@{attr}",
                    raw=raw,
                    confidence=0.62,
                    precision=parsed[1],
                )
    text = element_text(el, _MAX_DATE_TEXT + 1)
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    found = find_text_date_at(text, lang)
    if found is None or not _not_future(found[0], page.now):
        return None
    value, precision, start, end = found
    if precision in ("year", "month") or scheduled(text, start, end, precision != "day"):
        return None
    prefixed = _PUBLISHED_TEXT.match(text) is not None or _MODIFIED_TEXT.match(text) is not None
    field = field_at(text, start, key, end)
    if not prefixed and not text[:start].strip():
        # The date opens its element: its label may be the element printed before it
        # ("<dt>Last modified</dt><dd class=date>…", "<h4>Zuletzt geändert am:</h4><ul …>").
        label = _label_before(el)
        if label:
            field, prefixed = field_for_text(label, ""), True
    return Candidate(
        field=field,
        value=value,
        source=SourceKind.VISIBLE_TEXT,
        locator=locator(el),
        raw=text,
        confidence=0.66 if prefixed else 0.5,
        precision=precision,
    )


#: Elements read after the headline when looking for the date line printed under it.
_UNDER_HEADLINE = 12
_DATELINE_TEXT = 80
_BODY_STARTS = 200


# A four-digit year in any decimal digits ("2024", Arabic-Indic "٢٠٢٤", Persian "۲۰۲۴"),
# also of the Thai Buddhist era ("2567") or the Persian solar calendar ("۱۴۰۲"), or a
# Japanese era year ("令和6年"): a line must hold one to be read as a date line.
_FULL_YEAR = re.compile(
    r"(?<!\d)(?:[1١۱][9٩۹34٣٤۳۴]|[2٢۲][05٠٥۰۵])\d\d(?!\d)|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年"
)


def _in_site_footer(el: HtmlElement, h1: HtmlElement) -> bool:
    """Whether ``el`` sits in the site's footer (a short article's headline can be followed
    by it), not the article's own."""
    node: HtmlElement | None = el
    for _ in range(8):
        if node is None or node.tag in ("body", "html"):
            return False
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag == "footer" or "footer" in key:
            return not _own_footer(node, h1)
        node = node.getparent()
    return False


def _following(el: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    """The first ``limit`` elements after ``el`` in document order (XPath's ``following``
    axis, without building it for the whole page)."""
    count = 0
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            for sub in sib.iter():
                if not isinstance(sub.tag, str):
                    continue
                yield sub
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


def _preceding(h1: HtmlElement) -> Iterator[HtmlElement]:
    """The lines just above the headline: up to three previous siblings of the ``<h1>``, then
    of its parent (not across an article, main or header element, never a nav or header)."""
    node: HtmlElement | None = h1
    for _ in range(2):
        if node is None:
            return
        for n, sib in enumerate(node.itersiblings(preceding=True)):
            if n >= 3:
                break
            if isinstance(sib.tag, str) and sib.tag not in _NOT_A_LINE:
                yield sib
        node = node.getparent()
        if node is not None and node.tag in ("article", "main", "body", "header"):
            return


_NOT_A_LINE = frozenset({"script", "style", "noscript", "template", "nav", "header", "time"})


def _near_headline(
    h1: HtmlElement, page: Page, lang: str | None
) -> tuple[Candidate | None, HtmlElement | None]:
    """The date printed in the short lines around the headline, whatever their class: the
    article's dateline ("Stand: 28.04.2020 18:00 Uhr", "Monday, 6 January 2020", a kicker
    "Original Research · 7 April 2020" above the ``<h1>``).

    The lines just above the headline are read first, then the first dozen elements under
    it; reading stops at the first date and at the first text long enough to be the body.
    Without an absolute date, the first relative label among those lines ("5 hours ago",
    "hace 3 días", whatever its element) is the dateline, as a ``date_label``.
    """
    label: Candidate | None = None
    for el in _preceding(h1):
        text = element_text(el, _MAX_DATE_TEXT + 1)
        if len(text) > _MAX_DATE_TEXT:
            break
        if in_boilerplate(el, core=core_holders(page)):
            continue
        found = _line_date(el, text, h1, page, lang)
        if found is not None:
            return found, el
        if label is None and len(el) == 0:
            label = _label(el, page)
    for el in _following(h1, _UNDER_HEADLINE):
        if el.tag in _NOT_A_LINE:
            continue
        text = element_text(el, _BODY_STARTS + 1)
        if len(text) > _MAX_DATE_TEXT:
            if el.tag == "p" or len(el) == 0:
                return label, None
            continue
        found = _line_date(el, text, h1, page, lang)
        if found is not None:
            return found, el
        if label is None and len(el) == 0:
            label = _label(el, page)
    return label, None


def _labelled(text: str) -> bool:
    """Whether ``text`` starts with a published or updated word."""
    return _PUBLISHED_TEXT.match(text) is not None or _MODIFIED_TEXT.match(text) is not None


def _line_date(
    el: HtmlElement, text: str, h1: HtmlElement, page: Page, lang: str | None
) -> Candidate | None:
    if not 6 <= len(text) <= _DATELINE_TEXT and not (
        len(text) <= _MAX_DATE_TEXT and _labelled(text)
    ):
        # A dateline is short (a sentence that mentions a date is about something else),
        # unless it starts with a date word: "Published March 14, 2024 at 9:15 a.m. ET ·
        # Last updated March 15, 2024 at 6:02 p.m. ET" is a dateline however long.
        return None
    if _FULL_YEAR.search(text) is None:
        # A two-digit year ("1.4.18") is as often a version number.
        return None
    found = find_text_date_at(text, lang)
    if found is None or not _not_future(found[0], page.now):
        return None
    value, precision, start, end = found
    if precision in ("year", "month") or _in_site_footer(el, h1):
        return None
    if scheduled(text, start, end, precision != "day"):
        return None
    return Candidate(
        field=field_at(text, start, "", end),
        value=value,
        source=SourceKind.VISIBLE_TEXT,
        locator=locator(el),
        raw=text,
        confidence=0.5,
        precision=precision,
    )


# Words every relative label carries in one of the five languages, or in a language whose
# labels are read only (newsmeta.dates.LANGUAGES): a cheap filter before the label parser.
_RELATIVE_WORDS = re.compile(
    r"\d|ago|just|now|yesterday|today|last|hace|ayer|ahora|anteayer|pasad|vor\b|gestern|"
    r"jetzt|gerade|letzte|il y a|hier|maintenant|instant|dernier|derni[eè]re|há|ontem|agora|"
    r"passad|an hour|a minute|a day|a week|a month|a year|moment|"
    r"לפני|אתמול|עכשיו|منذ|قبل|أمس|الآن|पहले|अभी|"
    r"ieri|gisteren|zojuist|wczoraj|chwil|dün|önce|kemarin|baru|вчера|вчора|только|щойно|"
    r"昨|一昨日|前天|刚刚|剛剛|たった今|어제|그제|방금|"
    # Czech … Thai (dates round 8): past words with an article-less unit ("před hodinou"),
    # and yesterday
    r"před|pred|prije|преди|acum|πριν|prieš|pirms|sitten|tagasi|ezelőtt|sedan|siden|trước|"
    r"včera|jučer|juče|včeraj|χθες|vakar|eile|eilen|tegnap|igår|i går|ahir|hôm qua|เมื่อวาน",
    re.I,
)


def _label(el: HtmlElement, page: Page) -> Candidate | None:
    text = element_text(el, 61)
    if not text or len(text) > 60 or _RELATIVE_WORDS.search(text) is None:
        return None
    rel = relative_label(text, page.now, page.html_lang)
    if rel is None:
        text = _relative_part(text, page) or ""
        if not text:
            return None
    return Candidate(
        field="date_label",
        value=text,
        source=SourceKind.VISIBLE_TEXT,
        locator=locator(el),
        raw=text,
        confidence=0.5,
    )


# The separators of a meta line's parts ("Published: 3 days ago · Updated: 1 hour ago",
# "By Ann Lee | 3 days ago").
_LINE_PARTS = re.compile(r"\s*[·•|,;]\s*|\s+[-–—]\s+")


def _relative_part(text: str, page: Page) -> str | None:
    """The relative label among a line's parts that dates the page: its published one
    (or an unlabelled one) before an updated one, which is taken only alone."""
    updated: str | None = None
    for part in _LINE_PARTS.split(text, maxsplit=3)[:4]:
        if len(part) < 5 or _RELATIVE_WORDS.search(part) is None:
            continue
        if relative_label(part, page.now, page.html_lang) is None:
            continue
        if _MODIFIED_TEXT.match(part) is None:
            return part
        updated = updated or part
    return updated


_UNIX = re.compile(r"^\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")


def unix_time(raw: str) -> _dt.datetime | None:
    """An aware UTC datetime from a Unix timestamp in seconds or milliseconds."""
    match = _UNIX.match(raw)
    if match is None:
        return None
    digits = match.group(1)
    seconds = int(digits) // (1000 if len(digits) > 10 else 1)
    try:
        return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


_DATED = frozenset(DATED_ATTRS)
_DAY_OR_FINER = frozenset({"day", "minute", "second"})


def unix_candidate(el: HtmlElement, page: Page, h1: HtmlElement | None) -> Candidate | None:
    """A date from ``el``'s Unix-timestamp attribute (or its ISO or Unix
    ``data-published``-like one), if it has a possible one."""
    for attr in STAMP_ATTRS:
        raw = el.get(attr)
        if not raw:
            continue
        value: DateValue | None = unix_time(raw)
        precision = "second"
        if value is None and attr in _DATED and len(raw) < 40:
            parsed = to_date(raw)
            if parsed is not None and parsed[1] in _DAY_OR_FINER:
                value, precision = parsed
        if (
            value is None
            or not _not_future(value, page.now)
            or date_furniture(el, h1, core_holders(page))
        ):
            continue
        key = _ancestor_key(el)
        return Candidate(
            field="date_modified" if _MODIFIED.search(key) else "date_published",
            value=value,
            source=SourceKind.HTML_ATTRIBUTE,
            locator=f"{locator(el)}/@{attr}",
            raw=raw,
            confidence=0.5,
            precision=precision,
        )
    return None
