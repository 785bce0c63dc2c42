"""The one step that decides: rank candidates per field, fill each field once, keep evidence.

A candidate's score is its source's prior confidence plus a bonus for every *other kind of
source* that agrees with it (same calendar day, same names, same headline). The winner's
evidence goes to ``Provenance.evidence``; disagreeing losers go to ``Provenance.rejected``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import attrs

from newsmeta._extract._candidates import SITE_ONLY_TITLE, Candidate
from newsmeta._extract._wire_credit import writer_over_agency
from newsmeta._models import (
    Author,
    AuthorKind,
    Evidence,
    Organization,
    SourceKind,
)

__all__ = ["FieldChoice", "choose", "choose_all", "drop_site_authors", "title_key"]

AGREEMENT_BONUS = 0.12
_IN_ARTICLE = frozenset({"inside", "header"})
_FURNITURE = "furniture"
_ASIDE = frozenset({"near", "furniture"})
NEAR_PENALTY = 0.2
#: An in-article candidate this sure bars furniture outright (a date guessed from the
#: article's prose is not).
FIRM = 0.5
_VISIBLE = frozenset({SourceKind.VISIBLE_TEXT, SourceKind.HATOM})
MAX_REJECTED_PER_FIELD = 5

_WS = re.compile(r"\s+")
_TITLE_SEPS = re.compile(r"\s+(?:[|\-–—:·•»«›‹>~/]|::|--)\s+")
_PUNCT_END = re.compile(r"[\s.!?…]+$")


@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _WS.sub(" ", text).strip()


@functools.lru_cache(maxsize=4096)
def title_key(text: str) -> str:
    """A headline compared loosely: case, spacing and final punctuation ignored."""
    return _PUNCT_END.sub("", _norm(text))


@functools.lru_cache(maxsize=4096)
def _title_parts(text: str) -> frozenset[str]:
    key = title_key(text)
    parts = {key}
    for piece in _TITLE_SEPS.split(key):
        piece = piece.strip()
        if len(piece) >= 8:
            parts.add(piece)
    return frozenset(parts)


def _day(value: Any) -> Any:
    if isinstance(value, _dt.datetime):
        return value.date()
    return value


def _names_key(value: Sequence[Author]) -> frozenset[str]:
    return frozenset(_norm(a.name) for a in value)


def _key(field: str, value: Any) -> Hashable:
    if field.startswith("date_") and field != "date_label":
        day: Hashable = _day(value)
        return day
    if field == "authors":
        return _names_key(value)
    if field == "title":
        return title_key(value)
    if field == "body":
        # Bodies agree when they start alike; normalising whole texts costs more than it tells.
        return " ".join(value[:300].split()[:40]).casefold()
    if field == "comments":
        return (len(value), value[0].text[:80] if value else "")
    if isinstance(value, str):
        return _norm(value) if len(value) < 2000 else _norm(value[:2000])
    if isinstance(value, Organization):
        return _norm(value.name)
    if isinstance(value, tuple):
        return tuple(_key("", v) if isinstance(v, str) else v for v in value)
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value  # type: ignore[no-any-return]


_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text.casefold()) if len(t) > 1}


def _title_doubt(cand: Candidate, pool: Sequence[Candidate]) -> float:
    """How much to distrust a visible headline that shares no words with any metadata title.

    A lone ``<h1>`` reading "News" or "Details" while every metadata title names the story
    is a section label, not the headline.
    """
    words = _tokens(cand.value)
    long = len(words) >= 4
    shared: list[int] = []
    for c in pool:
        if c.source in _VISIBLE or c.confidence <= SITE_ONLY_TITLE:
            # (a ``<title>`` naming only the site calls no heading a label)
            continue
        other = _tokens(c.value)
        # A metadata title of two words or fewer beside a heading of four or more (a
        # ``<title>`` naming only the site) cannot call that heading a label.
        if long and len(other) <= 2:
            continue
        shared.append(len(words & other))
    if not shared:
        return 0.0
    if not words:
        return 0.5
    best = max(shared) / len(words)
    return 0.0 if best >= 0.5 else 0.35 if best > 0 else 0.5


def _agrees_title(winner_text: str, other_text: str) -> bool:
    """``other`` supports ``winner`` when equal, or when ``winner`` is one part of ``other``."""
    w = title_key(winner_text)
    o = title_key(other_text)
    return w == o or w in _title_parts(other_text)


class FieldChoice:
    """The decision for one field: the value, its evidence and the disagreeing losers."""

    __slots__ = ("candidate", "rejected", "score")

    def __init__(self, candidate: Candidate, score: float, rejected: list[Candidate]) -> None:
        self.candidate = candidate
        self.score = score
        self.rejected = rejected

    @property
    def value(self) -> Any:
        return self.candidate.value

    def evidence(self, *, reason: str | None = None) -> Evidence:
        return self.candidate.evidence(min(1.0, self.score), reason=reason)


_PRECISION_RANKS = {"second": 5, "minute": 4, "day": 3, "month": 1, "year": 0}


def _precision_rank(c: Candidate) -> int:
    return _PRECISION_RANKS.get(c.precision or "day", 3)


def choose(
    field: str,
    cands: Sequence[Candidate],
    *,
    accept: Callable[[Candidate], bool] | None = None,
    minimum: float = 0.0,
) -> FieldChoice | None:
    """Pick the best candidate of ``field`` by confidence plus cross-source agreement."""
    pool = [c for c in cands if c.field == field and (accept is None or accept(c))]
    if not pool:
        return None
    if len(pool) == 1:
        # A lone candidate: nothing to bar, agree with or prefer; its score is its own.
        return _alone(field, pool[0], minimum)
    # Page furniture (a teaser's byline, a sidebar's date, a header widget) never beats a
    # value read from the article: when the article itself gives one, furniture is out of
    # the running (and out of the agreement count), and only listed as rejected.
    barred: list[Candidate] = []
    in_article = any(c.position in _IN_ARTICLE for c in pool)
    if any(c.position in _IN_ARTICLE and c.confidence >= FIRM for c in pool):
        barred = [c for c in pool if c.position == _FURNITURE]
        if barred:
            pool = [c for c in pool if c.position != _FURNITURE]
    if field.startswith("date_") and field != "date_label":
        # A day beats a month: month/year precision only wins when nothing finer exists.
        finest = max(_precision_rank(c) for c in pool)
        if finest >= 3:
            pool = [c for c in pool if _precision_rank(c) >= 3]
    keys = [_key(field, c.value) for c in pool]
    is_date = field.startswith("date_") and field != "date_label"
    # Which kinds of source give each value (and, for dates, each printed local day): the
    # support of a candidate is then a lookup, not a comparison with every other one.
    kinds_of: dict[Hashable, set[SourceKind]] = {}
    printed: dict[Any, set[SourceKind]] = {}
    for key, c in zip(keys, pool):
        kinds_of.setdefault(key, set()).add(c.source)
        if is_date and not _aware(c.value):
            printed.setdefault(_day(c.value), set()).add(c.source)
    best: Candidate | None = None
    best_score = -1.0
    for i, cand in enumerate(pool):
        supporters: set[SourceKind] = set()
        if field == "title":
            # Metadata titles agreeing with each other are one SEO title said twice;
            # agreement only counts as support for a headline seen on the page.
            if cand.source in _VISIBLE:
                for other in pool:
                    if other.source != cand.source and _agrees_title(cand.value, other.value):
                        supporters.add(other.source)
        else:
            supporters.update(kinds_of[keys[i]])
            if is_date and printed:
                local = _local_day(cand.value)
                if local is not None:
                    supporters.update(printed.get(local, ()))
            supporters.discard(cand.source)
        score = cand.confidence + AGREEMENT_BONUS * len(supporters)
        if in_article and cand.position in _ASIDE:
            # Elsewhere on the page (or furniture facing only a guess from the article's
            # text) while the article itself gives a value.
            score -= NEAR_PENALTY
        if field == "title" and cand.source in _VISIBLE and not supporters:
            score -= _title_doubt(cand, pool)
        if field.startswith("date_") and field != "date_label":
            score += 0.01 * _precision_rank(cand)
        if score > best_score + 1e-9:
            best, best_score = cand, score
    assert best is not None
    if best_score < minimum:
        return None
    if field == "title":
        best = _without_affix(_uncut(best, pool), pool)
    if is_date:
        best = _printed_over_bare(best, pool)
        best = _printed_and_bare_over_declared(best, pool)
        best = _address_day_over_restamp(best, pool)
        if field == "date_published":
            best = _shown_over_unshown(best, pool)
        best = _prefer_local_day(best, pool)
        best = _most_precise(best, pool, _key(field, best.value))
    if field == "authors":
        best = writer_over_agency(_shown_co_writers(_mixed_case_names(best, pool), pool), pool)
    win_key = _key(field, best.value)
    rejected: list[Candidate] = []
    seen: set[Hashable] = {win_key}
    for cand, key in zip(pool, keys):
        if key in seen:
            continue
        if field == "title" and _agrees_title(best.value, cand.value):
            continue
        seen.add(key)
        rejected.append(cand)
        if len(rejected) >= MAX_REJECTED_PER_FIELD:
            break
    for cand in barred:
        if len(rejected) >= MAX_REJECTED_PER_FIELD:
            break
        if _key(field, cand.value) != win_key:
            rejected.append(cand)
    return FieldChoice(best, best_score, rejected)


# Separators that set an affix apart and never join the words of a headline (a dash or a
# colon does both: "Professionell entlöten – so machen Sie …" is one headline).
_AFFIX_SEPS = re.compile(r"\s+(?:[|·•»«›‹>]|::)\s+")


def _shouted(authors: Sequence[Author]) -> bool:
    return any(a.name.isupper() for a in authors)


def _mixed_case_names(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The same names as ``best`` in their printed case, when ``best`` writes one in capitals.

    Structured data often spells a name in capitals ("TOM KRISHER") that the byline prints
    as "Tom Krisher": the names agree, and the one in mixed case is the name.
    """
    if not _shouted(best.value):
        return best
    key = _names_key(best.value)
    for cand in pool:
        if cand is not best and not _shouted(cand.value) and _names_key(cand.value) == key:
            return cand
    return best


# Sources that name one writer only (``twitter:data1`` "Written by", ``<meta name=author>``):
# many publishing tools fill them with a story's first writer.
_ONE_NAME_SOURCES = frozenset({SourceKind.TWITTER, SourceKind.META})


def _shown_co_writers(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The byline's writers, when ``best`` is a one-name tag naming one of them.

    A "Written by" card or ``<meta name=author>`` holds the first writer of a story whose
    byline prints "Marcus Lee and Sofia Alvarez": the byline names every writer.
    """
    if best.source not in _ONE_NAME_SOURCES or len(best.value) != 1:
        return best
    key = _names_key(best.value)
    for cand in pool:
        if cand.source in _VISIBLE and 1 < len(cand.value) <= 4:
            other = _names_key(cand.value)
            if key < other:
                return cand
    return best


def _without_affix(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The bare headline another source gives, when the chosen title is that headline with
    an affix ("Headline | Site", "Section | Headline") and the headline is most of it."""
    text = best.value
    seps = list(_AFFIX_SEPS.finditer(text))
    if not seps:
        return best
    first, last = seps[0], seps[-1]
    sides = {
        title_key(piece)
        for piece in (
            text[: first.start()],
            text[first.end() :],
            text[: last.start()],
            text[last.end() :],
        )
        if 2 * len(piece) >= len(text)
    }
    for cand in pool:
        if cand.source != best.source and title_key(cand.value) in sides:
            return cand
    return best


_CUT_END = re.compile(r"\s*(?:…|\.{3})$")
_LONG_CUT = 100
_STRUCTURED_TITLE = frozenset({SourceKind.JSON_LD, SourceKind.MICRODATA, SourceKind.RDFA})


def _uncut(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The whole title another source gives, when the chosen one was cut short with an
    ellipsis ("Council approves the new harbour budget after a…", a social card's limit),
    or is a long structured-data headline cut at a length limit, and the other starts with
    what is left of it."""
    cut = _CUT_END.search(best.value)
    if cut is not None:
        stem = title_key(best.value[: cut.start()])
    elif len(best.value) >= _LONG_CUT and best.source in _STRUCTURED_TITLE:
        # A structured-data headline held to a length limit (110 characters in Google's
        # guidelines) is cut without an ellipsis, often inside a word.
        stem = title_key(best.value)
    else:
        return best
    if len(stem) < 10:
        return best
    whole = [c for c in pool if c is not best and _goes_on(title_key(c.value), stem)]
    return max(whole, key=lambda c: c.confidence) if whole else best


def _goes_on(key: str, stem: str) -> bool:
    """Whether ``key`` is ``stem`` and more words (not the same cut title with an affix)."""
    if not key.startswith(stem) or _CUT_END.search(key):
        return False
    rest = key[len(stem) :].lstrip()
    return bool(rest) and rest[0].isalnum()


def _alone(field: str, cand: Candidate, minimum: float) -> FieldChoice | None:
    """:func:`choose` for a pool of one (the same score, without the pool's bookkeeping)."""
    score = cand.confidence + AGREEMENT_BONUS * 0
    if field.startswith("date_") and field != "date_label":
        score += 0.01 * _precision_rank(cand)
    if score < minimum:
        return None
    return FieldChoice(cand, score, [])


#: Meta names that say only "date": a CMS fills them with the day the page was generated,
#: edited or indexed as often as with the day the article was published.
_BARE_DATE_META = re.compile(r'^meta\[@name="(?:date|dc\.date|dcterms\.date)"\]$', re.I)
_PRINTED = frozenset({SourceKind.VISIBLE_TEXT, SourceKind.TIME_ELEMENT})


def _bare(cand: Candidate) -> bool:
    return _BARE_DATE_META.match(cand.locator) is not None


def _printed_over_bare(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """A bare ``date`` meta yields to the date printed in the article when they disagree.

    ``<meta name="date">``, ``DC.date`` and ``DCTERMS.date`` do not say which date they
    carry; a date printed with the article (its header, its byline line, a ``<time>`` in
    it) says it to the reader. Only when no other kind of metadata gives the bare meta's
    day.
    """
    if not _bare(best):
        return best
    day = _day(best.value)
    if any(_day(c.value) == day and not _bare(c) and c.source not in _PRINTED for c in pool):
        return best
    printed = [
        c
        for c in pool
        if c.source in _PRINTED and c.position in _IN_ARTICLE and c.confidence >= FIRM
    ]
    if not printed or any(_day(c.value) == day for c in printed):
        return best
    return max(printed, key=lambda c: (c.confidence, _precision_rank(c)))


def _printed_and_bare_over_declared(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The day printed in the article and given by a bare ``date`` meta wins over another
    declared day.

    A CMS that fills ``datePublished`` with the day a story was first saved, while the
    article prints "Monday, 6 January 2020" and ``<meta name="date">`` says the same day,
    shows its readers that day: two independent signals, one of them the page itself.
    """
    if _bare(best) or best.source in _PRINTED:
        return best
    day = _day(best.value)
    bare_days = {_day(c.value) for c in pool if _bare(c)}
    if not bare_days or day in bare_days:
        return best
    printed = [
        c
        for c in pool
        if c.source in _PRINTED
        and c.position in _IN_ARTICLE
        and c.confidence >= FIRM
        and _day(c.value) in bare_days
    ]
    if not printed or any(_day(c.value) == day for c in pool if c.source in _PRINTED):
        return best
    return max(printed, key=lambda c: (c.confidence, _precision_rank(c)))


#: How much later than the day in the page's address a declared date must be to count as a
#: re-stamp (a migration or re-publication) rather than an edit.
RESTAMP_GAP = _dt.timedelta(days=30)
_ADDRESS_CONFIDENCE = 0.3


def _address_day_over_restamp(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """The day in the page's own address wins over a date more than a month after it.

    ``/2017/7/12/montauk`` was minted when the post was first published; a ``datePublished``
    two years later is the CMS stamping the page again (a migration, a re-publication), not
    the article's publication. Only the page's address (URL, ``og:url``, canonical link), not
    image paths; an edit within the month is left alone.
    """
    for cand in pool:
        if cand.source is SourceKind.URL and cand.confidence >= _ADDRESS_CONFIDENCE:
            if _day(best.value) > _day(cand.value) + RESTAMP_GAP:
                return cand
            return best
    return best


#: Where a printed date reads as the page's own: in the article or its header (a list of other
#: posts' dates beside the article is not).
_SHOWN_PLACES = frozenset({"inside", "header"})
_SHOWN_KINDS = frozenset(
    {SourceKind.VISIBLE_TEXT, SourceKind.TIME_ELEMENT, SourceKind.HTML_ATTRIBUTE, SourceKind.HATOM}
)


def _shown_over_unshown(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """A metadata date the page shows nowhere yields to the one day the article prints.

    A page that prints a single day with its article ("by Ann Lee, 04 Jun 2020", "25.01.2022
    Umwelt") while its metadata gives another day, printed nowhere and not in its address,
    dates itself to its readers by the printed day (a day printed as "last updated" is the
    modified date and never in this pool); the metadata day is what the CMS stored (a first
    draft, an import). Only when every firm date printed in the article or its header gives
    the same day (slash dates read in the order the page settles, see
    :mod:`newsmeta._extract._dayorder`).
    """
    if best.source in _SHOWN_KINDS:
        return best
    shown = [
        c
        for c in pool
        if c.source in _SHOWN_KINDS and c.position in _SHOWN_PLACES and c.confidence >= FIRM
    ]
    if not shown:
        return best
    days = {_day(c.value) for c in shown}
    if len(days) != 1:
        return best
    (shown_day,) = days
    day = _day(best.value)
    local = _local_day(best.value)
    if shown_day == day or (local is not None and local == shown_day):
        return best
    if any(c.source is SourceKind.URL and _day(c.value) == day for c in pool):
        return best
    return max(shown, key=lambda c: (c.confidence, _precision_rank(c)))


def _most_precise(best: Candidate, pool: Sequence[Candidate], key: Hashable) -> Candidate:
    """Among candidates agreeing on the day, the one that also gives the time (and offset)."""

    def rank(c: Candidate) -> tuple[int, int]:
        aware = isinstance(c.value, _dt.datetime) and c.value.utcoffset() is not None
        return _precision_rank(c), int(aware)

    top = best
    for other in pool:
        if _day(other.value) == key and rank(other) > rank(top):
            top = other
    return top


def _prefer_local_day(best: Candidate, pool: Sequence[Candidate]) -> Candidate:
    """A UTC timestamp whose day differs from the day printed on the page yields to it.

    Only when a real time zone explains the difference (see :func:`_local_day`) and the page
    does not print the timestamp's own day as well (a sidebar of other posts' dates is no
    evidence).
    """
    utc = best.value
    target = _local_day(utc)
    if target is None:
        return best
    shifted: list[Candidate] = []
    for other in pool:
        if other is best or _aware(other.value):
            continue
        day = _day(other.value)
        if day == utc.date():
            return best
        if day == target:
            shifted.append(other)
    return max(shifted, key=lambda c: c.confidence) if shifted else best


def _aware(value: Any) -> bool:
    return isinstance(value, _dt.datetime) and value.utcoffset() is not None


# UTC hours from which a printed day one off can still be the local day: the Americas
# (UTC-3 to UTC-10) print the day before for times before 10:00 UTC; East Asia and Oceania
# (UTC+8 to UTC+12) the day after for times from 14:00 UTC.
_DAY_BEFORE_UNTIL = 10
_DAY_AFTER_FROM = 14


def _local_day(utc: Any) -> _dt.date | None:
    """The other day a UTC instant can be printed as somewhere, if any.

    A UTC timestamp of 02:25 on the 25th is the 24th in the Americas; one of 23:11 on the
    31st is the 1st in East Asia. A printed day (a date, a naive time, the URL) one day off
    such a timestamp is the same publication, not a disagreement. None for times that are
    the same day from UTC-10 to UTC+10, and for anything but a UTC instant.
    """
    if not isinstance(utc, _dt.datetime) or utc.utcoffset() != _dt.timedelta(0):
        return None
    if utc.hour < _DAY_BEFORE_UNTIL:
        return utc.date() - _dt.timedelta(days=1)
    if utc.hour >= _DAY_AFTER_FROM:
        return utc.date() + _dt.timedelta(days=1)
    return None


def choose_all(field: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Every distinct value of a many-valued field (``based_on``, ``ai_signal``), in order."""
    out: list[Candidate] = []
    seen: set[Hashable] = set()
    for cand in cands:
        if cand.field != field:
            continue
        key = _key(field, cand.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(cand)
    return out


_TYPED_SOURCES = frozenset({SourceKind.JSON_LD, SourceKind.MICRODATA, SourceKind.RDFA})
_HOST_MARK = "\x00host:"
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def host_names(url: str | None) -> list[str]:
    """The site's name as its address spells it ("eat-what-tonight" of
    www.eat-what-tonight.example), marked so that only a letter-for-letter match counts."""
    if not url or "//" not in url:
        return []
    host = url.split("//", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2:
        return []
    label = parts[-2] if len(parts[-1]) > 2 or len(parts) < 3 else parts[-3]
    letters = _NOT_LETTERS.sub("", label)
    if len(letters) < 5:
        return []
    return [_HOST_MARK + letters]


def drop_site_authors(
    authors: Sequence[Author], site_names: Sequence[str], source: SourceKind | None = None
) -> tuple[Author, ...]:
    """Authors without the site or publisher filled in as a default byline.

    Metadata that names the site as the author is dropped. A byline printed on the page
    is kept as printed (a desk or agency credit is a real byline) but typed as an
    organisation; a Person in structured data is kept (personal blogs are named after
    their authors) unless its name spells the site's address letter for letter (a
    ``host_names`` entry): that account is the site's.
    """
    hosts = {n[len(_HOST_MARK) :] for n in site_names if n.startswith(_HOST_MARK)}
    banned = {_norm(n) for n in site_names if n and not n.startswith(_HOST_MARK)}
    if not banned and not hosts:
        return tuple(authors)
    typed = source in _TYPED_SOURCES
    visible = source in _VISIBLE
    kept = []
    for author in authors:
        key = _norm(author.name)
        same = key in banned or (
            author.kind is AuthorKind.ORGANIZATION
            and any(key in b or b in key for b in banned if len(b) >= 4)
        )
        # The site's address spelt out as a name ("Supper Ideas Tonight" on
        # supperideastonight.example) is the site even when structured data types it as a
        # Person (the account's name).
        by_host = bool(hosts) and _NOT_LETTERS.sub("", key) in hosts
        if not by_host and (not same or (typed and author.kind is AuthorKind.PERSON)):
            kept.append(author)
        elif visible:
            kept.append(attrs.evolve(author, kind=AuthorKind.ORGANIZATION))
    return tuple(kept)
