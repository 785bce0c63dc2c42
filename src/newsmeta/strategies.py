"""Hypothesis strategies for the newsmeta models (needs the optional ``hypothesis`` package).

Every strategy generates *valid* values: URIs passing :func:`newsmeta._formats.is_uri`,
e-mail addresses passing ``is_email``, dates, naive datetimes and aware datetimes with
whole-minute fixed offsets, realistic text with some Unicode but no lone surrogates.

Importing this module registers the strategies with hypothesis'
``st.register_type_strategy``, so ``st.from_type(Article)`` works::

    from hypothesis import given
    from newsmeta.strategies import articles

    @given(articles())
    def test_round_trip(article): ...
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from newsmeta._body import to_text
from newsmeta._models import (
    AI_PART_SCOPES,
    AI_SCOPES,
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AIPart,
    AISignal,
    Article,
    Author,
    AuthorKind,
    Block,
    BlockKind,
    Comment,
    Evidence,
    ExtractionWarning,
    Image,
    Inline,
    Organization,
    Provenance,
    Rating,
    SourceKind,
)
from newsmeta.testing._render import FixturePage
from newsmeta.testing._words import LANGUAGES

__all__ = [
    "aggregate_ratings",
    "ai_parts",
    "articles",
    "authors",
    "aware_datetimes",
    "blocks",
    "comments",
    "date_values",
    "disclosures",
    "emails",
    "evidence",
    "extraction_warnings",
    "images",
    "inlines",
    "naive_datetimes",
    "organizations",
    "pages",
    "provenances",
    "ratings",
    "register",
    "signals",
    "texts",
    "uris",
]

_WORDS = (
    "Mexico",
    "agreement",
    "migration",
    "trade",
    "talks",
    "border",
    "officials",
    "said",
    "the",
    "and",
    "of",
    "on",
    "minister",
    "election",
    "economy",
    "security",
    "report",
    "Blinken",
    "Bárcena",
    "México",
    "São",
    "Paulo",
    "Zürich",
    "Ελλάδα",
    "Россия",
    "北京",
    "東京",
    "서울",
    "नई",
    "दिल्ली",
    "القاهرة",
    "émigré",
    "naïve",
    "façade",
    "🙂",
    "—",
)
_FIRST = ("Alicia", "Antony", "María", "José", "Zoë", "Nohemia", "Li", "Ana", "Jürgen", "Olu")
_LAST = ("Bárcena", "Blinken", "García", "O'Neil", "Zendejas", "Wang", "Müller", "Okafor")
_HOSTS = ("example.com", "news.example.org", "www.example.net", "cdn.example.com", "mx.example")
_SEGMENTS = ("2023", "12", "29", "world", "americas", "mexico-us-talks", "news", "author", "img")
# Anything UTF-8 can encode but control characters (no lone surrogates, no C0/C1 controls:
# HTML parsers rewrite C1 controls as cp1252 punctuation, so they cannot round-trip a page).
_TEXT_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
_MIN_DT = _dt.datetime(1995, 1, 1)
_MAX_DT = _dt.datetime(2035, 12, 31)


def texts(*, min_words: int = 1, max_words: int = 12) -> st.SearchStrategy[str]:
    """Realistic, non-blank text: mostly words (with Unicode), sometimes arbitrary characters."""
    wordy = st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(" ".join)
    wild = st.text(_TEXT_ALPHABET, min_size=1, max_size=40)
    return st.one_of(wordy, wordy, wild).filter(lambda s: s.strip() != "")


def _names() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda f, last: f"{f} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST)),
        texts(max_words=3),
    )


@st.composite
def uris(draw: st.DrawFn) -> str:
    """Absolute http(s) URIs, sometimes with a query or fragment."""
    scheme = draw(st.sampled_from(("https", "http")))
    host = draw(st.sampled_from(_HOSTS))
    path = "/".join(draw(st.lists(st.sampled_from(_SEGMENTS), max_size=4)))
    tail = draw(st.sampled_from(("", "?id=42", "#comments", ".html", "?utm_source=x&a=1")))
    return f"{scheme}://{host}/{path}{tail}"


@st.composite
def emails(draw: st.DrawFn) -> str:
    """Plain ``local@domain.tld`` addresses."""
    local = draw(st.from_regex(r"[a-z][a-z0-9._+-]{0,15}", fullmatch=True))
    host = draw(st.sampled_from(("example.com", "mail.example.org", "example.co.uk")))
    return f"{local}@{host}"


def _offsets() -> st.SearchStrategy[_dt.timezone]:
    return st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda m: _dt.timezone(_dt.timedelta(minutes=m))
    )


def naive_datetimes() -> st.SearchStrategy[_dt.datetime]:
    """Datetimes without an offset (the offset is unknown), microseconds included."""
    return st.datetimes(min_value=_MIN_DT, max_value=_MAX_DT)


def aware_datetimes() -> st.SearchStrategy[_dt.datetime]:
    """Datetimes with a fixed, whole-minute UTC offset."""
    return st.datetimes(min_value=_MIN_DT, max_value=_MAX_DT, timezones=_offsets())


def date_values() -> st.SearchStrategy[_dt.date]:
    """A date, a naive datetime or an aware datetime (the three precisions newsmeta keeps)."""
    return st.one_of(
        st.dates(min_value=_MIN_DT.date(), max_value=_MAX_DT.date()),
        naive_datetimes(),
        aware_datetimes(),
    )


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _tuples(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[Any]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def organizations() -> st.SearchStrategy[Organization]:
    """Publishers and other organisations."""
    return st.builds(
        Organization,
        name=texts(max_words=4),
        url=_opt(uris()),
        logo=_opt(uris()),
        same_as=_tuples(uris(), 2),
    )


def authors() -> st.SearchStrategy[Author]:
    """Byline entries, mostly people."""
    return st.builds(
        Author,
        name=_names(),
        kind=st.sampled_from(AuthorKind),
        url=_opt(uris()),
        email=_opt(emails()),
        same_as=_tuples(uris(), 2),
        job_title=_opt(texts(max_words=3)),
        image=_opt(uris()),
    )


def comments() -> st.SearchStrategy[Comment]:
    """Reader comments (ids and parent ids are independent here; see ``articles``)."""
    return st.builds(
        Comment,
        text=texts(max_words=30),
        id=_opt(st.from_regex(r"c[0-9]{1,6}", fullmatch=True)),
        author=_opt(authors()),
        date_published=_opt(date_values()),
        parent_id=_opt(st.from_regex(r"c[0-9]{1,6}", fullmatch=True)),
        url=_opt(uris()),
        upvotes=_opt(st.integers(min_value=0, max_value=10_000)),
        downvotes=_opt(st.integers(min_value=0, max_value=10_000)),
        date_label=_opt(
            st.sampled_from(("2 hours ago", "yesterday", "hace 3 días", "7 months ago"))
        ),
    )


_SCALES = ((1.0, 5.0), (0.0, 5.0), (0.0, 10.0), (1.0, 10.0), (0.0, 100.0), (0.5, 5.0))


@st.composite
def _scale(draw: st.DrawFn) -> tuple[float, float]:
    if draw(st.booleans()):
        return draw(st.sampled_from(_SCALES))
    worst = draw(st.floats(min_value=-100, max_value=100, allow_nan=False))
    span = draw(st.floats(min_value=0.5, max_value=100, allow_nan=False))
    return worst, worst + span


@st.composite
def ratings(draw: st.DrawFn) -> Rating:
    """Single ratings with a value on their scale."""
    worst, best = draw(_scale())
    value = draw(st.floats(min_value=worst, max_value=best, allow_nan=False))
    return Rating(value=value, best=best, worst=worst, author=draw(_opt(_names())))


@st.composite
def aggregate_ratings(draw: st.DrawFn) -> AggregateRating:
    """Aggregate ratings, including "no reviews yet" (no value, zero counts)."""
    worst, best = draw(_scale())
    if draw(st.integers(0, 4)) == 0:
        return AggregateRating(best=best, worst=worst, rating_count=0, review_count=0)
    value = draw(_opt(st.floats(min_value=worst, max_value=best, allow_nan=False)))
    low = 1 if value is not None else 0
    return AggregateRating(
        value=value,
        best=best,
        worst=worst,
        rating_count=draw(_opt(st.integers(min_value=low, max_value=100_000))),
        review_count=draw(_opt(st.integers(min_value=0, max_value=100_000))),
    )


_IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
_SOURCE_TYPES = tuple(
    _IPTC + t
    for t in ("trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia", "digitalCreation")
)
_SIGNAL_KINDS = (
    "banner",
    "review-note",
    "ai-disclosure-attribute",
    "ai-disclosure-meta",
    "ai-generated-meta",
    "ai-disclosure-header",
    "digital-source-type",
    "software-author",
    "c2pa-manifest",
    "rights",
)


def signals() -> st.SearchStrategy[AISignal]:
    """Raw AI-involvement observations."""
    return st.builds(
        AISignal,
        kind=st.sampled_from(_SIGNAL_KINDS),
        raw=st.one_of(st.just("Content created by AI"), texts(max_words=8), st.just("")),
        locator=_opt(
            st.sampled_from(("/html/body/div[1]", "/0/digitalSourceType", "ai-disclosure"))
        ),
        spec=_opt(st.sampled_from(("w3c-aicd-2026-09", "iptc", "draft-abaris-aicdh-01"))),
        involvement=st.sampled_from(AIInvolvement),
        reviewed_by_human=_opt(st.booleans()),
        digital_source_type=_opt(st.sampled_from(_SOURCE_TYPES)),
        confidence=st.floats(min_value=0, max_value=1, allow_nan=False),
        verified=st.booleans(),
        scope=st.sampled_from(AI_SCOPES),
        agent=_opt(st.sampled_from(("AI", "ChatGPT", "DeepL", "automation technology"))),
        negated=st.booleans(),
        placement=_opt(st.sampled_from(("banner", "byline", "note", "caption", "summary"))),
    )


def ai_parts() -> st.SearchStrategy[AIPart]:
    """AI involvement in one part of a page (summary, translation, image …)."""
    return st.builds(
        AIPart,
        scope=st.sampled_from(AI_PART_SCOPES),
        involvement=st.sampled_from(AIInvolvement),
        reviewed_by_human=_opt(st.booleans()),
        label=_opt(st.sampled_from(("AI-generated image", "Resumen generado por IA"))),
        locator=_opt(st.sampled_from(("/html/body/figure[1]/figcaption[1]", "header:x"))),
        ai_model=_opt(st.sampled_from(("DeepL", "GPT-4"))),
    )


def disclosures() -> st.SearchStrategy[AIDisclosure]:
    """AI disclosures whose level is derived from involvement and review."""
    return st.builds(
        AIDisclosure,
        involvement=st.sampled_from(AIInvolvement),
        reviewed_by_human=_opt(st.booleans()),
        digital_source_type=_opt(st.sampled_from(_SOURCE_TYPES)),
        label=_opt(st.sampled_from(("Content created by AI", "Generado con IA", "KI-generiert"))),
        label_language=_opt(st.sampled_from(("en", "es", "de"))),
        ai_model=_opt(st.sampled_from(("GPT-4", "Claude", "Llama 3"))),
        ai_provider=_opt(st.sampled_from(("OpenAI", "Anthropic", "Meta"))),
        methodology_url=_opt(uris()),
        signals=_tuples(signals(), 2),
        locator=_opt(st.sampled_from(("/html/body/div[1]", 'meta[@name="ai-disclosure"]'))),
        parts=_tuples(ai_parts(), 2),
    )


_FIELDS = ("title", "authors", "date_published", "date_modified", "description", "image")


def evidence() -> st.SearchStrategy[Evidence]:
    """Evidence records."""
    return st.builds(
        Evidence,
        field=st.sampled_from(_FIELDS),
        source=st.sampled_from(SourceKind),
        locator=st.sampled_from(("", "/0/headline", "meta[property=og:title]", "/html/head/title")),
        raw=st.one_of(st.just(""), texts(max_words=6)),
        confidence=st.floats(min_value=0, max_value=1, allow_nan=False),
        precision=_opt(st.sampled_from(("year", "month", "day", "hour", "minute", "second"))),
        reason=_opt(st.sampled_from(("before 1995", "after now + 1 day"))),
    )


def extraction_warnings() -> st.SearchStrategy[ExtractionWarning]:
    """Warnings met while reading input."""
    return st.builds(
        ExtractionWarning,
        code=st.sampled_from(("jsonld-invalid", "limit-comments", "date-ambiguous")),
        message=texts(max_words=8),
        locator=_opt(st.sampled_from(("/html/head/script[2]", "/0"))),
    )


@st.composite
def provenances(draw: st.DrawFn) -> Provenance:
    """Provenance records with an ordered render window."""
    window = draw(st.lists(aware_datetimes(), min_size=2, max_size=2))
    earliest, latest = sorted(window)
    has_window = draw(st.booleans())
    return Provenance(
        source_url=draw(_opt(uris())),
        canonical_url=draw(_opt(uris())),
        publisher=draw(_opt(organizations())),
        license=draw(
            _opt(st.sampled_from(("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")))
        ),
        based_on=draw(_tuples(st.one_of(uris(), texts(max_words=4)), 2)),
        extracted_at=draw(_opt(aware_datetimes())),
        rendered_earliest=earliest if has_window else None,
        rendered_latest=latest if has_window else None,
        render_label=draw(_opt(st.sampled_from(("7 months ago", "2 hours ago")))),
        warnings=draw(_tuples(extraction_warnings(), 2)),
        evidence=draw(_tuples(evidence(), 3)),
        rejected=draw(_tuples(evidence(), 2)),
    )


# --------------------------------------------------------------------------- body blocks


@st.composite
def _links(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 5)) == 0:
        return f"mailto:{draw(emails())}"
    return str(draw(uris()))


def inlines() -> st.SearchStrategy[Inline]:
    """Formatted text runs: plain, links (http(s), mailto), emphasis, strong, code."""
    return st.builds(
        Inline,
        text=st.one_of(texts(max_words=6), st.just("\n")),
        href=_opt(_links()),
        emphasis=st.booleans(),
        strong=st.booleans(),
        code=st.booleans(),
    )


def images() -> st.SearchStrategy[Image]:
    """Images with optional alt text, caption, credit and size."""
    return st.builds(
        Image,
        url=uris(),
        alt=_opt(texts(max_words=6)),
        caption=_opt(texts(max_words=12)),
        credit=_opt(_names()),
        width=_opt(st.integers(min_value=1, max_value=8000)),
        height=_opt(st.integers(min_value=1, max_value=8000)),
        lead=st.booleans(),
        ai_generated=st.booleans(),
    )


def _runs() -> st.SearchStrategy[tuple[Inline, ...]]:
    return st.lists(inlines(), min_size=1, max_size=4).map(tuple)


def _leaf_blocks() -> st.SearchStrategy[Block]:
    return st.one_of(
        st.builds(Block, kind=st.just(BlockKind.PARAGRAPH), inlines=_runs()),
        st.builds(
            Block,
            kind=st.just(BlockKind.HEADING),
            inlines=_runs(),
            level=st.integers(min_value=1, max_value=6),
        ),
        st.builds(
            Block,
            kind=st.just(BlockKind.CODE),
            literal=st.sampled_from(("x = 1", "def f():\n    return 2", "SELECT *\nFROM t;")),
        ),
        st.builds(Block, kind=st.just(BlockKind.FIGURE), image=images()),
        st.builds(
            Block,
            kind=st.just(BlockKind.EMBED),
            media=st.sampled_from(("video", "audio", "social")),
            url=uris(),
        ),
    )


def _nested(children: st.SearchStrategy[Block]) -> st.SearchStrategy[Block]:
    items = st.builds(
        Block,
        kind=st.just(BlockKind.ITEM),
        inlines=_runs(),
        children=st.lists(children, max_size=2).map(tuple),
    )
    cells = st.builds(Block, kind=st.just(BlockKind.CELL), inlines=_runs(), header=st.booleans())
    rows = st.builds(
        Block,
        kind=st.just(BlockKind.ROW),
        children=st.lists(cells, min_size=1, max_size=3).map(tuple),
    )
    return st.one_of(
        st.builds(
            Block,
            kind=st.just(BlockKind.LIST),
            ordered=st.booleans(),
            children=st.lists(items, min_size=1, max_size=3).map(tuple),
        ),
        st.builds(
            Block,
            kind=st.just(BlockKind.QUOTE),
            children=st.lists(children, min_size=1, max_size=2).map(tuple),
        ),
        st.builds(
            Block,
            kind=st.just(BlockKind.TABLE),
            children=st.lists(rows, min_size=1, max_size=3).map(tuple),
        ),
    )


def blocks(*, max_leaves: int = 12) -> st.SearchStrategy[Block]:
    """Body blocks of every kind, lists and quotes nested."""
    return st.recursive(_leaf_blocks(), _nested, max_leaves=max_leaves)


@st.composite
def articles(draw: st.DrawFn, *, max_comments: int = 4) -> Article:
    """Articles with every field exercised; comment replies point at earlier comments."""
    found = draw(st.lists(comments(), max_size=max_comments))
    ids: list[str] = []
    threaded = []
    for i, comment in enumerate(found):
        cid = comment.id or f"c{i}"
        reply = bool(ids) and draw(st.booleans())
        parent = draw(st.sampled_from(ids)) if reply else None
        threaded.append(_replace(comment, id=cid, parent_id=parent))
        ids.append(cid)
    body_blocks: tuple[Block, ...] = ()
    if draw(st.booleans()):
        body_blocks = tuple(draw(st.lists(blocks(max_leaves=4), min_size=1, max_size=3)))
    body = draw(_opt(texts(max_words=60)))
    if body_blocks:
        text = to_text(body_blocks)
        body = text if text.strip() else None
    image = draw(_opt(uris()))
    found_images = draw(_tuples(images(), 3))
    if image is not None:
        found_images = (
            Image(url=image, lead=True),
            *(attrs.evolve(i, lead=False) for i in found_images),
        )
    else:
        found_images = tuple(attrs.evolve(i, lead=False) for i in found_images)
    return Article(
        title=draw(_opt(texts())),
        url=draw(_opt(uris())),
        canonical_url=draw(_opt(uris())),
        language=draw(_opt(st.sampled_from(("en", "es", "es-MX", "de", "pt-BR", "zh")))),
        description=draw(_opt(texts(max_words=20))),
        body=body,
        blocks=body_blocks,
        authors=draw(_tuples(authors(), 3)),
        publisher=draw(_opt(organizations())),
        site_name=draw(_opt(texts(max_words=3))),
        date_created=draw(_opt(date_values())),
        date_published=draw(_opt(date_values())),
        date_modified=draw(_opt(date_values())),
        section=draw(_opt(texts(max_words=2))),
        categories=draw(_tuples(texts(max_words=2), 3)),
        tags=draw(_tuples(texts(max_words=2), 4)),
        image=image,
        images=found_images,
        license=draw(
            _opt(
                st.sampled_from(
                    ("https://creativecommons.org/licenses/by/4.0/", "All rights reserved")
                )
            )
        ),
        word_count=draw(_opt(st.integers(min_value=0, max_value=20_000))),
        comments=tuple(threaded),
        comment_count=draw(_opt(st.integers(min_value=0, max_value=5_000))),
        comments_open=draw(_opt(st.booleans())),
        comment_form_fields=draw(_tuples(st.sampled_from(("name", "email", "message")), 3)),
        rating=draw(_opt(aggregate_ratings())),
        ai_disclosure=draw(disclosures()),
        provenance=draw(provenances()),
    )


def _replace(comment: Comment, **changes: Any) -> Comment:
    import attrs

    return attrs.evolve(comment, **changes)


# --------------------------------------------------------------------------- pages


def pages(
    markup: str | Sequence[str] | None = None,
    *,
    language: str | None = None,
    now: _dt.datetime | None = None,
    from_articles: bool = False,
) -> st.SearchStrategy[FixturePage]:
    """Realistic HTML pages with the article they show: ``FixturePage(article, markup, html, now)``.

    ``markup`` is one of :data:`newsmeta.testing.MARKUPS`, a sequence of them, or None for
    any. By default the article is ``make_article(seed, language=...)`` (realistic text,
    shrinking towards seed 0; ``language`` None means English or Spanish);
    ``from_articles=True`` renders arbitrary valid articles from :func:`articles` instead
    (stranger text, less realistic pages). ``now`` is passed to
    :func:`newsmeta.testing.render_html` (the relative date label). Bad arguments raise
    :class:`newsmeta.ValidationError` when the strategy is built.
    """
    from newsmeta._errors import Problem, ValidationError
    from newsmeta.testing import MARKUPS, make_article, render_html

    if markup is None:
        choices: tuple[str, ...] = MARKUPS
    elif isinstance(markup, str):
        choices = (markup,)
    else:
        choices = tuple(markup)
    bad = [m for m in choices if m not in MARKUPS]
    if bad or not choices:
        raise ValidationError(
            [Problem(path="/markup", code="enum", message=f"markup must be in {MARKUPS}")],
            what="pages()",
        )
    if language is not None and language not in LANGUAGES:
        raise ValidationError(
            [
                Problem(
                    path="/language",
                    code="enum",
                    message=f"language must be one of {', '.join(LANGUAGES)}",
                )
            ],
            what="pages()",
        )
    if from_articles:
        source: st.SearchStrategy[Article] = articles()
    else:
        source = st.builds(
            make_article,
            st.integers(min_value=0, max_value=2**32 - 1),
            language=st.sampled_from((language,) if language else ("en", "es")),
        )

    @st.composite
    def build(draw: st.DrawFn) -> FixturePage:
        article = draw(source)
        chosen = draw(st.sampled_from(choices))
        return FixturePage(article, chosen, render_html(article, markup=chosen, now=now), now)

    return build()


def register() -> None:
    """Register every strategy with ``st.register_type_strategy`` (``st.from_type`` works)."""
    pairs: tuple[tuple[type[Any], st.SearchStrategy[Any]], ...] = (
        (Article, articles()),
        (Author, authors()),
        (Organization, organizations()),
        (Comment, comments()),
        (Block, blocks()),
        (Image, images()),
        (Inline, inlines()),
        (Rating, ratings()),
        (AggregateRating, aggregate_ratings()),
        (AIDisclosure, disclosures()),
        (AISignal, signals()),
        (AIPart, ai_parts()),
        (Evidence, evidence()),
        (ExtractionWarning, extraction_warnings()),
        (Provenance, provenances()),
    )
    for cls, strategy in pairs:
        st.register_type_strategy(cls, strategy)


register()
