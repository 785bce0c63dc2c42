"""Field-by-field comparison of a fixture article with what an extractor read back.

The public entry is :func:`compare_roundtrip` (exported by :mod:`newsmeta.testing`), used by
the self-consistency test (tests/testing/test_fixtures_roundtrip.py), the benchmark
(benchmarks/fixtures_roundtrip.py) and users' own suites. Each markup carries a known subset
of the fields, at a known precision; :data:`CANNOT_CARRY` and :data:`DAY_PRECISION` say which.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from newsmeta._body import to_text
from newsmeta._errors import Problem, ValidationError
from newsmeta._models import AILevel, Article, Block, BlockKind, Comment, DateValue
from newsmeta.testing._factories import thread_order
from newsmeta.testing._render import MARKUPS

__all__ = [
    "CANNOT_CARRY",
    "DAY_PRECISION",
    "FIELDS",
    "NO_NONE_LEVEL",
    "RoundTrip",
    "block_key",
    "compare",
    "compare_blocks",
    "compare_roundtrip",
    "expected_level",
]

FIELDS: tuple[str, ...] = (
    "title",
    "authors",
    "author_kinds",
    "date_published",
    "date_modified",
    "body",
    "comments",
    "comment_threads",
    "comment_dates",
    "rating",
    "review_count",
    "disclosure_level",
)
"""The compared fields (``authors`` = names in order; ``comments`` = texts and author names)."""

CANNOT_CARRY: dict[str, frozenset[str]] = {
    "jsonld": frozenset(),
    "microdata": frozenset(),
    "rdfa": frozenset(),
    # Visible text cannot say whether a byline name is a person or an organisation, and the
    # rating widget shows the number of votes only (no separate review count).
    "opengraph": frozenset({"author_kinds", "review_count"}),
    "wordpress": frozenset({"author_kinds", "review_count"}),
    "plain": frozenset({"author_kinds", "review_count"}),
}
"""Fields a markup cannot carry at all (not compared)."""

DAY_PRECISION: dict[str, frozenset[str]] = {
    "jsonld": frozenset(),
    "microdata": frozenset(),
    "rdfa": frozenset(),
    # OpenGraph meta tags carry the article dates in full; comment dates are visible text.
    "opengraph": frozenset({"comment_dates"}),
    "wordpress": frozenset(),
    # "Published December 29, 2023": the day only, no time, no offset.
    "plain": frozenset({"date_published", "date_modified", "comment_dates"}),
}
"""Date fields a markup shows to the day only (compared by calendar day)."""

NO_NONE_LEVEL: frozenset[str] = frozenset({"plain"})
"""Markups with no way to say "no AI was involved": a ``none`` level reads back ``unknown``."""


def expected_level(article: Article, markup: str) -> AILevel:
    """The disclosure level an extractor should read from ``markup`` for ``article``."""
    level = article.ai_disclosure.level
    if level is AILevel.NONE and markup in NO_NONE_LEVEL:
        return AILevel.UNKNOWN
    return level


def _norm(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _day(value: DateValue) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value


def same_date(expected: DateValue | None, got: DateValue | None, day_only: bool) -> bool:
    """Equal dates: by calendar day, or exactly (same kind, same instant, same offset)."""
    if expected is None or got is None:
        return expected is None and got is None
    if day_only:
        return _day(expected) == _day(got)
    if isinstance(expected, _dt.datetime) != isinstance(got, _dt.datetime):
        return False
    if not isinstance(expected, _dt.datetime) or not isinstance(got, _dt.datetime):
        return expected == got
    if (expected.utcoffset() is None) != (got.utcoffset() is None):
        return False
    return expected == got and expected.utcoffset() == got.utcoffset()


def _parents(comments: Sequence[Comment]) -> list[int | None]:
    first: dict[str, int] = {}
    out: list[int | None] = []
    for index, comment in enumerate(comments):
        out.append(first.get(comment.parent_id) if comment.parent_id else None)
        if comment.id and comment.id not in first:
            first[comment.id] = index
    return out


def _authors(comments: Sequence[Comment]) -> list[str]:
    return [_norm(c.author.name) if c.author else "" for c in comments]


def compare(expected: Article, got: Article, markup: str) -> dict[str, bool]:
    """For every field ``markup`` carries: did ``got`` give back ``expected``'s value?"""
    skip = CANNOT_CARRY[markup]
    day = DAY_PRECISION[markup]
    result: dict[str, bool] = {}
    result["title"] = _norm(expected.title) == _norm(got.title)
    result["authors"] = [_norm(a.name) for a in expected.authors] == [
        _norm(a.name) for a in got.authors
    ]
    result["author_kinds"] = [a.kind for a in expected.authors] == [a.kind for a in got.authors]
    for name in ("date_published", "date_modified"):
        result[name] = same_date(getattr(expected, name), getattr(got, name), day_only=name in day)
    result["body"] = _paragraphs(expected.body) == _paragraphs(got.body)
    ec, gc = thread_order(expected.comments), got.comments  # pages show threads depth-first
    same_count = len(ec) == len(gc)
    result["comments"] = (
        same_count
        and [_norm(c.text) for c in ec] == [_norm(c.text) for c in gc]
        and _authors(ec) == _authors(gc)
    )
    result["comment_threads"] = same_count and _parents(ec) == _parents(gc)
    result["comment_dates"] = same_count and all(
        same_date(e.date_published, g.date_published, "comment_dates" in day)
        for e, g in zip(ec, gc, strict=False)
    )
    er, gr = expected.rating, got.rating
    if er is None or gr is None:
        result["rating"] = er is None and gr is None
        result["review_count"] = result["rating"]
    else:
        same_value = (er.value is None and gr.value is None) or (
            er.value is not None and gr.value is not None and abs(er.value - gr.value) < 1e-6
        )
        result["rating"] = same_value and er.rating_count == gr.rating_count and er.best == gr.best
        result["review_count"] = er.review_count == gr.review_count
    result["disclosure_level"] = got.ai_disclosure.level is expected_level(expected, markup)
    return {name: ok for name, ok in result.items() if name not in skip}


def block_key(block: Block) -> tuple[object, ...]:
    """What must come back of one top-level block: its kind and its text.

    The text is the block's plain text; a heading adds its level, a list whether it is
    ordered, code its literal (line breaks kept), a figure its URL, caption and credit, an
    embed its kind and URL.
    """
    kind = block.kind
    if kind is BlockKind.FIGURE and block.image is not None:
        image = block.image
        return ("figure", image.url, image.caption, image.credit)
    if kind is BlockKind.EMBED:
        return ("embed", block.media, block.url)
    if kind is BlockKind.CODE:
        return ("code", block.literal)
    if kind is BlockKind.HEADING:
        return ("heading", block.level, to_text((block,)))
    if kind is BlockKind.LIST:
        return ("list", block.ordered, to_text((block,)))
    return (kind.value, to_text((block,)))


def compare_blocks(expected: Article, got: Article) -> tuple[int, int, Counter[str]]:
    """(blocks recovered, blocks expected, misses by kind) over the top-level blocks."""
    have = Counter(block_key(b) for b in got.blocks)
    found = 0
    missed: Counter[str] = Counter()
    for block in expected.blocks:
        key = block_key(block)
        if have[key] > 0:
            have[key] -= 1
            found += 1
        else:
            missed[block.kind.value] += 1
    return found, len(expected.blocks), missed


@attrs.frozen(kw_only=True)
class RoundTrip:
    """How much of a fixture article an extractor gave back from one rendered page.

    ``fields`` maps every compared field the markup carries (in a fixed order: title,
    authors, author_kinds, date_published, date_modified, body, comments, comment_threads,
    comment_dates, rating, review_count, disclosure_level) to whether it came back;
    ``skipped`` names the fields the markup cannot carry. ``blocks_found`` of
    ``blocks_total`` top-level body blocks came back with their kind and text;
    ``blocks_missed`` counts the others by block kind.
    """

    markup: str
    fields: Mapping[str, bool]
    skipped: frozenset[str]
    blocks_found: int
    blocks_total: int
    blocks_missed: Mapping[str, int]

    @property
    def failed(self) -> tuple[str, ...]:
        """The compared fields that did not come back, in field order."""
        return tuple(name for name, ok in self.fields.items() if not ok)

    @property
    def ok(self) -> bool:
        """True when every compared field came back (body blocks are reported apart)."""
        return all(self.fields.values())


def compare_roundtrip(expected: Article, got: Article, markup: str) -> RoundTrip:
    """Compare ``got`` (read from ``render_html(expected, markup=markup)``) with ``expected``.

    Names, titles and texts are compared with runs of white space folded; dates exactly
    (same kind, instant and offset) unless ``markup`` shows them to the day only (then by
    calendar day); comments in page order (threads depth-first) with their authors, reply
    links and dates; the rating's value, counts and best; the AI disclosure level (a
    ``none`` level reads back ``unknown`` where the markup cannot say "no AI"). Bad
    arguments raise :class:`newsmeta.ValidationError`.

    >>> import datetime
    >>> from newsmeta import extract
    >>> from newsmeta.testing import compare_roundtrip, make_article, render_html
    >>> now = datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc)
    >>> article = make_article(3)
    >>> got = extract(render_html(article, markup="jsonld", now=now), now=now)
    >>> compare_roundtrip(article, got, "jsonld").failed
    ()
    """
    for path, value in (("/expected", expected), ("/got", got)):
        if not isinstance(value, Article):
            raise ValidationError(
                [
                    Problem(
                        path=path,
                        code="type",
                        message=f"expected an Article, got {type(value).__name__}",
                    )
                ],
                what="compare_roundtrip",
            )
    if markup not in MARKUPS:
        raise ValidationError(
            [
                Problem(
                    path="/markup",
                    code="enum",
                    message=f"markup must be one of {', '.join(MARKUPS)}, got {markup!r}",
                )
            ],
            what="compare_roundtrip",
        )
    found, total, missed = compare_blocks(expected, got)
    return RoundTrip(
        markup=markup,
        fields=MappingProxyType(compare(expected, got, markup)),
        skipped=CANNOT_CARRY[markup],
        blocks_found=found,
        blocks_total=total,
        blocks_missed=MappingProxyType(dict(missed)),
    )
