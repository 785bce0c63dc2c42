"""``extract()``: page -> sources -> merge -> Article."""

from __future__ import annotations

import datetime as _dt
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from newsmeta._errors import NewsmetaError, ParseError
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._daterules import (
    DATE_FIELDS,
    created_as_published,
    possible,
    refuse_impossible,
    relative_only,
)
from newsmeta._extract._daterules import (
    window as date_window,
)
from newsmeta._extract._dayorder import day_first_host, settle_day_order
from newsmeta._extract._images import article_images, body_blocks
from newsmeta._extract._merge import (
    FieldChoice,
    choose,
    choose_all,
    drop_site_authors,
    host_names,
)
from newsmeta._extract._page import Page, element_text, read_locations
from newsmeta._extract._region import (
    FURNITURE,
    Region,
    element_at,
    in_embedded_post,
    in_today_widget,
    main_content,
    place,
    region,
)
from newsmeta._extract._schedule_block import REASON as SCHEDULE_REASON
from newsmeta._extract._schedule_block import in_schedule_block
from newsmeta._extract._shown import shown, shown_text
from newsmeta._extract._site_date import dates_site
from newsmeta._extract.sources import (
    body,
    byline,
    comments,
    copyright,
    dateline,
    disclosure,
    headline,
    imagedates,
    images,
    jsonld,
    meta,
    microdata,
    ratings,
    rdfa,
    scriptdates,
    signoff,
    standfirst,
    textdates,
    url,
)
from newsmeta._formats import clean_uri, reference
from newsmeta._models import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AISignal,
    Article,
    Author,
    AuthorKind,
    Evidence,
    Organization,
    Provenance,
    SourceKind,
)
from newsmeta._settings import DEFAULT_LIMITS, Limits

__all__ = ["CONTENT_SOURCES", "SOURCES", "aware_now", "extract", "extract_page"]

#: The sources, cheapest and most reliable first, imported explicitly: a broken source
#: fails at import time instead of silently vanishing.
_SOURCE_FUNCS: tuple[tuple[str, Callable[[Page], list[Candidate]]], ...] = (
    ("jsonld", jsonld.candidates),
    ("microdata", microdata.candidates),
    ("rdfa", rdfa.candidates),
    ("meta", meta.candidates),
    ("headline", headline.candidates),
    ("byline", byline.candidates),
    ("dateline", dateline.candidates),
    ("url", url.candidates),
    ("body", body.candidates),
    ("images", images.candidates),
    ("comments", comments.candidates),
    ("ratings", ratings.candidates),
    ("disclosure", disclosure.candidates),
)
SOURCES: tuple[str, ...] = tuple(name for name, _ in _SOURCE_FUNCS)

#: Sources of the page's content rather than its metadata (skipped by ``content=False``).
CONTENT_SOURCES = frozenset({"body", "images", "comments", "ratings", "disclosure"})

#: Expensive or confirming sources, run only when the cheap ones left a need (htmldate's
#: order): a date scan of the text and the lead image's address when no source gave a day;
#: the footer's copyright holder when author candidates exist but none is strong alone.
FALLBACKS: tuple[tuple[str, str, Callable[[Page], list[Candidate]]], ...] = (
    ("date_published", "textdates", textdates.candidates),
    ("date_published", "scriptdates", scriptdates.candidates),
    ("date_published", "imagedates", imagedates.candidates),
    ("authors", "copyright", copyright.candidates),
    ("description", "standfirst", standfirst.candidates),
)

AUTHORS_MINIMUM = 0.45
_SHOWN_KINDS = frozenset({SourceKind.VISIBLE_TEXT, SourceKind.HATOM, SourceKind.MICRODATA})
MAX_REJECTED = 5


def _sources() -> list[tuple[str, Callable[[Page], list[Candidate]]]]:
    """The sources in order (kept for callers that warm the engine up)."""
    return list(_SOURCE_FUNCS)


def _headers(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise ParseError(f"headers must be a mapping, not {type(headers).__name__}")
    out: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ParseError("headers must map str names to str values")
        out[key] = value
    return out


def aware_now(now: _dt.datetime | _dt.date | None) -> _dt.datetime:
    """``now`` as an aware datetime: naive means UTC, a date means its midnight UTC."""
    if now is None:
        return _dt.datetime.now(_dt.timezone.utc)
    if isinstance(now, _dt.datetime):
        return now if now.utcoffset() is not None else now.replace(tzinfo=_dt.timezone.utc)
    if isinstance(now, _dt.date):
        return _dt.datetime(now.year, now.month, now.day, tzinfo=_dt.timezone.utc)
    raise ParseError(f"now must be a datetime, not {type(now).__name__}")


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    now: _dt.datetime | None = None,
    encoding: str | None = None,
    headers: Mapping[str, str] | None = None,
    limits: Limits | None = DEFAULT_LIMITS,
    content: bool = True,
) -> Article:
    """Extract an :class:`Article` from the bytes (or text) of an HTML page.

    ``url`` is the page's address (resolves relative links, weak date evidence);
    ``now`` the moment relative labels are read against (default: the current time; pass
    it for reproducible results); ``encoding`` the HTTP header's charset (a hint);
    ``headers`` response headers (``AI-Disclosure``, ``Link``). ``content=False`` reads
    the metadata only: no body, comments, rating or AI disclosure (left empty and
    ``unknown``), in about 60 % of the time (docs/benchmarks.md). Raises only
    :class:`newsmeta.ParseError` (or its child :class:`newsmeta.LimitExceededError`).
    """
    if url is not None and not isinstance(url, str):
        raise ParseError(f"url must be a str, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise ParseError(f"encoding must be a str, not {type(encoding).__name__}")
    if not isinstance(content, bool):
        raise ParseError(f"content must be a bool, not {type(content).__name__}")
    if limits is None:
        limits = DEFAULT_LIMITS
    elif not isinstance(limits, Limits):
        raise ParseError(f"limits must be a newsmeta.Limits, not {type(limits).__name__}")
    page = Page(
        html,
        url,
        now=aware_now(now) if now is not None else None,
        encoding=encoding,
        headers=_headers(headers),
        limits=limits,
    )
    odd = input_looks_wrong(html)
    if odd is not None:
        page.warn(*odd)
        warnings.warn(f"newsmeta.extract: {odd[1]}", UserWarning, stacklevel=2)
    return extract_page(page, content=content)


_LOOKS_LIKE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>]+")
_LOOKS_LIKE_PATH = re.compile(
    r"[^\s<>\"']+\.(?:s?html?|xhtml|php|aspx?|xml|gz|warc|jsonl?)"
    r"|(?:[A-Za-z]:[\\/]|\.{0,2}/|~/)[\w.\-/\\~]+"
)


def input_looks_wrong(html: bytes | str) -> tuple[str, str] | None:
    """``(code, message)`` when the input is a URL or a file path instead of a page.

    newsmeta never fetches and never opens files: ``extract("https://…")`` would otherwise
    quietly return an empty Article.
    """
    if len(html) > 4096:
        return None
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    text = text.strip()
    if not text or "<" in text or "\n" in text:
        return None
    if _LOOKS_LIKE_URL.fullmatch(text):
        return (
            "input-looks-like-url",
            f"the input is a URL ({text[:80]!r}), not a page: newsmeta never fetches; "
            f"pass the page's HTML (curl -s URL | newsmeta extract - --url URL)",
        )
    if _LOOKS_LIKE_PATH.fullmatch(text):
        return (
            "input-looks-like-path",
            f"the input is a file path ({text[:80]!r}), not a page: newsmeta never opens "
            f"files; pass the file's bytes (pathlib.Path(path).read_bytes())",
        )
    return None


def _needed(page: Page, cands: Sequence[Candidate], field: str) -> bool:
    """Whether a fallback source for ``field`` may still change the answer."""
    if field == "authors":
        weights = [c.confidence for c in cands if c.field == field]
        return bool(weights) and max(weights) < AUTHORS_MINIMUM
    if field == "description":
        return not any(c.field == field for c in cands)
    return not any(
        c.field == field
        and c.precision not in ("year", "month")
        and c.position != "furniture"
        and possible(c, page.now)
        for c in cands
    )


def extract_page(page: Page, *, content: bool = True) -> Article:
    """Run every source over a parsed page and merge the candidates.

    ``content=False`` skips the sources of :data:`CONTENT_SOURCES`.
    """
    # The page remembers the element of each locator path made while it is read (the
    # placing of the candidates then skips walking the paths again).
    before = read_locations(page.located)
    try:
        return _extract_page(page, content)
    finally:
        read_locations(before)  # (None after a page read alone: its elements are let go)


def _extract_page(page: Page, content: bool) -> Article:
    cands: list[Candidate] = []
    if content:
        # The body scorer first, while the freshly parsed tree is in the CPU caches (its
        # result is cached on the page for the body source and the region; nothing it
        # reads depends on the sources).
        main_content(page)
    for name, func in _sources():
        if content or name not in CONTENT_SOURCES:
            _run(page, name, func, cands)
    if not any(c.field == "date_published" and possible(c, page.now) for c in cands):
        cands.extend(created_as_published(cands, page.now))
    # Place every visible candidate relative to the article (the body scorer's container
    # when the content was read, else the index's article element): the merge then never
    # lets page furniture beat a value read from the article itself, and a value found
    # only in furniture leaves the need for a fallback open.
    where = region(page, content=content)
    cands = place(page, where, cands)
    if not any(
        c.field == "authors" and c.confidence >= AUTHORS_MINIMUM and c.position != "furniture"
        for c in cands
    ):
        # No source names the authors strongly enough (other stories' bylines in the page's
        # furniture name no one): the writer may sign at the end.
        scope = where.scope if where is not None else None
        known = len(cands)
        _run(page, "signoff", lambda p: signoff.candidates(p, scope), cands)
        # Another story's last line (a teaser in the article's sidebar) signs nothing.
        cands[known:] = [c for c in place(page, where, cands[known:]) if c.position != "furniture"]
    for field, name, fallback in FALLBACKS:
        if _needed(page, cands, field):
            known = len(cands)
            _run(page, name, fallback, cands)
            cands[known:] = place(page, where, cands[known:])
    if not any(c.field == "date_published" and possible(c, page.now) for c in cands):
        # The page's only date may be a relative label ("7 months ago").
        label_date = relative_only(page, cands)
        if label_date is not None:
            cands.append(label_date)
    day_first = day_first_host(page.url, page.html_lang)
    return _build(page, settle_day_order(cands, day_first), where)


def _run(
    page: Page, name: str, func: Callable[[Page], list[Candidate]], cands: list[Candidate]
) -> None:
    """Run one source; a failing source leaves a warning and never sinks the page."""
    try:
        found = func(page)
    except NewsmetaError as exc:
        page.warn("source-error", f"{name}: {exc}")
        return
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        page.warn("source-error", f"{name}: {type(exc).__name__}: {exc}")
        return
    room = page.limits.max_candidates - len(cands)
    if len(found) > room:
        page.warn("too-many-candidates", f"{name}: {len(found) - room} candidates dropped")
        found = found[: max(0, room)]
    cands.extend(found)


def _str_value(choice: FieldChoice | None) -> str | None:
    if choice is None:
        return None
    value = choice.value
    return value if isinstance(value, str) and value.strip() else None


def _build(page: Page, cands: Sequence[Candidate], where: Region | None = None) -> Article:
    evidence: list[Evidence] = []
    rejected: list[Evidence] = []

    by_field: dict[str, list[Candidate]] = {}
    for cand in cands:
        by_field.setdefault(cand.field, []).append(cand)

    def pick(
        field: str,
        refuse: Callable[[Candidate], str | None] | None = None,
        prefer: Callable[[Candidate], bool] | None = None,
        unpreferred: str = "",
        **kw: Any,
    ) -> FieldChoice | None:
        """Choose ``field``; ``refuse`` gives why a candidate may not win (None: it may);
        a winner ``prefer`` turns down yields to the best candidate it accepts, if any."""
        pool = by_field.get(field)
        if pool and field in DATE_FIELDS:
            # The validity rule: impossible dates never compete, and say why they lost.
            pool, refused = refuse_impossible(pool, page.now)
            rejected.extend(refused[:MAX_REJECTED])
        if not pool:
            return None
        # Why each candidate is refused, asked once per candidate (None: it may compete).
        why_not = {id(c): refuse(c) for c in pool} if refuse is not None else {}
        if refuse is not None:
            kw["accept"] = lambda c: why_not[id(c)] is None
        choice = choose(field, pool, **kw)
        if choice is not None and prefer is not None and not prefer(choice.candidate):
            base = kw.pop("accept", None)
            shown_choice = choose(
                field,
                pool,
                accept=lambda c: prefer(c) and (base is None or base(c)),
                **kw,
            )
            if shown_choice is not None:
                rejected.append(choice.evidence(reason=unpreferred or None))
                choice = shown_choice
        if choice is not None:
            evidence.append(choice.evidence())
            rejected.extend(c.evidence() for c in choice.rejected)
            # The refused stay listed, with why (a teaser's byline beside the article's).
            if why_not:
                refused_here = [(c, why) for c in pool if (why := why_not.get(id(c))) is not None]
                rejected.extend(c.evidence(reason=why) for c, why in refused_here[:MAX_REJECTED])
        else:
            # Too weak alone (an unconfirmed <meta name=author>), or refused by ``accept``
            # (an author that is the site's own name): kept as rejected evidence, with why.
            for c in pool[:MAX_REJECTED]:
                why = why_not.get(id(c)) or (
                    f"below the minimum confidence {kw.get('minimum', 0.0)}; "
                    "no other source confirms it"
                )
                rejected.append(c.evidence(reason=why))
        return choice

    url = clean_uri(page.url) if page.url else None
    if page.url and url is None:
        page.warn("bad-url", f"url {page.url[:200]!r} is not an absolute http(s) URL")

    near = (where.header, where.scope) if where is not None else ()
    # A metadata title the page prints nowhere (an SEO variant, an older headline) yields
    # to a title it shows.
    title = pick(
        "title",
        prefer=lambda c: c.source in _SHOWN_KINDS or shown_text(page, c.value, near),
        unpreferred="the page shows this title nowhere; another title it shows won",
    )
    publisher_choice = pick("publisher")
    publisher = publisher_choice.value if publisher_choice else None
    site_choice = pick("site_name")
    site_name = _str_value(site_choice) or (publisher.name if publisher else None)

    site_names = [n for n in (site_name, publisher.name if publisher else None) if n]
    title_text = _str_value(title)
    if title is not None and title_text and title.candidate.source not in _SHOWN_KINDS:
        # A metadata title with an affix naming the site that only structured data names.
        title_text = meta.without_site(title_text, site_names) or title_text
    site_names.extend(host_names(page.url))
    # A lone weak source (a <meta name=author> nobody else confirms) is not enough.
    authors_choice = pick(
        "authors",
        refuse=lambda c: _author_refusal(page, where, c, site_names),
        minimum=AUTHORS_MINIMUM,
    )
    authors = (
        drop_site_authors(authors_choice.value, site_names, authors_choice.candidate.source)
        if authors_choice
        else ()
    )
    authors = _enrich_authors(authors, cands)
    if title is not None and title_text and title.candidate.source not in _SHOWN_KINDS:
        title_text = _bare_title(title_text, by_field.get("authors", ()))

    # The three date fields often hold the same element's candidates: its refusal is one.
    refusals: dict[tuple[str, object, object], str | None] = {}

    def date_refusal(cand: Candidate) -> str | None:
        key = (cand.locator, cand.position, cand.source)
        if key not in refusals:
            refusals[key] = _date_refusal(page, where, cand)
        return refusals[key]

    published = pick("date_published", refuse=date_refusal)
    modified = pick("date_modified", refuse=date_refusal)
    created = pick("date_created", refuse=date_refusal)
    pub_value = published.value if published else None
    mod_value = modified.value if modified else None
    if pub_value is not None and mod_value is not None and _day(mod_value) < _day(pub_value):
        page.warn(
            "modified-before-published",
            f"date_modified {mod_value} is before date_published {pub_value}; dropped",
        )
        mod_value = None

    canonical = pick("canonical_url")
    canonical_url = clean_uri(canonical.value, url) if canonical else None
    image = pick("image")
    license_choice = pick("license")
    body = pick("body")
    rating = pick("rating")
    comments = pick("comments")
    count = pick("comment_count")
    comments_open = pick("comments_open")
    form_fields = pick("comment_form_fields")

    signal_cands = [c for c in choose_all("ai_signal", cands) if isinstance(c.value, AISignal)]
    body_text = _without_notes(_str_value(body), [c.value for c in signal_cands])
    blocks = body_blocks(body_text, by_field.get("blocks", ()), page.url, page.warn)
    lead_image = clean_uri(image.value, url) if image else None
    all_images = article_images(lead_image, by_field.get("images", ()), blocks)
    disclosure = _disclosure([c.value for c in signal_cands])
    evidence.extend(c.evidence(field="ai_disclosure") for c in signal_cands)
    authors = _software_authors(authors, disclosure.signals)
    based_on = tuple(
        v for v in (reference(c.value, url) for c in choose_all("based_on", cands)) if v
    )

    window = date_window(page, pub_value, cands)
    label = next((c for c in cands if c.field == "date_label"), None)
    if label is not None:
        # The relative label ("7 months ago") is evidence of when the page was rendered.
        evidence.append(label.evidence())
    word_count = pick("word_count")
    language = _str_value(pick("language"))
    description = _str_value(pick("description"))
    section = _str_value(pick("section"))
    categories = _tuple(pick("categories"))
    tags = _tuple(pick("tags"))
    comment_list = comments.value if comments else ()
    if len(comment_list) > page.limits.max_comments:
        page.warn(
            "too-many-comments",
            f"{len(comment_list)} comments found; the first {page.limits.max_comments} kept "
            "(Limits.max_comments)",
        )
        comment_list = comment_list[: page.limits.max_comments]
    provenance = Provenance(
        source_url=url,
        canonical_url=canonical_url,
        publisher=publisher if isinstance(publisher, Organization) else None,
        license=_str_value(license_choice),
        based_on=based_on,
        extracted_at=page.now,
        rendered_earliest=window[0] if window else None,
        rendered_latest=window[1] if window else None,
        render_label=window[2] if window else None,
        warnings=tuple(page.warnings),
        evidence=tuple(evidence),
        rejected=tuple(rejected),
    )
    return Article(
        title=title_text,
        url=url,
        canonical_url=canonical_url,
        language=language,
        description=description,
        body=body_text,
        blocks=blocks,
        authors=authors,
        publisher=publisher if isinstance(publisher, Organization) else None,
        site_name=site_name,
        date_created=created.value if created else None,
        date_published=pub_value,
        date_modified=mod_value,
        section=section,
        categories=categories,
        tags=tags,
        image=lead_image,
        images=all_images,
        license=_str_value(license_choice),
        word_count=word_count.value if word_count else None,
        comments=comment_list,
        comment_count=count.value if count else None,
        comments_open=comments_open.value if comments_open else None,
        comment_form_fields=_tuple(form_fields),
        rating=rating.value if rating and isinstance(rating.value, AggregateRating) else None,
        ai_disclosure=disclosure,
        provenance=provenance,
    )


_TYPED = frozenset({SourceKind.JSON_LD, SourceKind.MICRODATA, SourceKind.RDFA})


#: How much of its text the article region must show before a byline is expected on it.
SHOWN_ARTICLE_CHARS = 1000


_PRINTED_DATES = frozenset(
    {SourceKind.VISIBLE_TEXT, SourceKind.TIME_ELEMENT, SourceKind.HTML_ATTRIBUTE, SourceKind.HATOM}
)


def _bare_title(text: str, authors: Sequence[Candidate]) -> str:
    """A metadata title without the mark ("(VIDEO)") or the byline ("by Jane Doe", a name
    some source gives as an author's) it adds after the headline."""
    if text[-1] in ")]":
        text = meta.without_marker(text) or text
    if authors and " " in text:
        names = [a.name for c in authors if isinstance(c.value, tuple) for a in c.value]
        text = meta.without_byline(text, [n for n in names if isinstance(n, str)]) or text
    return text


def _date_refusal(page: Page, where: Region | None, cand: Candidate) -> str | None:
    """Why a date candidate may not date the article, or None when it may.

    A date printed in a today's-date or clock widget is the day the page was served, one in
    an embedded post (a tweet, an Instagram post) is that post's, and one beside another
    story's linked headline in a list of cards is that card's, and one in a timetable, an
    agenda or a schedule is when something happens, even on a page that prints no date of
    its own.
    """
    if not cand.locator:
        return None
    if cand.raw and cand.source in _PRINTED_DATES and dates_site(cand.raw):
        return "a line saying when the site was last updated: the site's date"
    if cand.position != FURNITURE:
        if where is None or cand.source not in _PRINTED_DATES:
            return None
        el = element_at(page, cand.locator)
        if el is not None and where.in_teaser_card(el):
            return "in a teaser card (beside another story's linked headline): that story's date"
        if el is not None and in_schedule_block(el, where):
            return SCHEDULE_REASON
        return None
    el = element_at(page, cand.locator)
    if el is None:
        return None
    if where is not None and cand.source in _PRINTED_DATES and where.in_teaser_card(el):
        return "in a teaser card (beside another story's linked headline): that story's date"
    if cand.source in _PRINTED_DATES and in_schedule_block(el, where):
        return SCHEDULE_REASON
    if in_today_widget(el):
        return "in a today's-date widget: the day the page was served"
    if in_embedded_post(el):
        return "in an embedded post (a tweet, an Instagram post): that post's date"
    return None


def _author_refusal(
    page: Page, where: Region | None, cand: Candidate, site_names: Sequence[str]
) -> str | None:
    """Why an authors candidate may not be the byline, or None when it may."""
    if not drop_site_authors(cand.value, site_names, cand.source):
        return "names the site, not a person"
    if cand.position == FURNITURE and where is not None:
        # A byline in a related-story card, a teaser list or an embedded post is that
        # item's, even when the article prints none of its own (a blog's sidebar or footer
        # naming its writer is not another item).
        el = element_at(page, cand.locator) if cand.locator else None
        if el is not None and where.in_other_item(el):
            return "in another item (a teaser, a related list, an embedded post)"
    if cand.source is SourceKind.VISIBLE_TEXT and where is not None and cand.locator:
        # A byline beside another story's linked headline is that teaser card's, wherever
        # the card sits (a "More stories" list inside the article too).
        el = element_at(page, cand.locator)
        if el is not None and where.in_teaser_card(el):
            return "in a teaser card (beside another story's linked headline)"
    if (
        cand.source is SourceKind.JSON_LD
        and not any(shown(page, a.name, where.scope if where else None) for a in cand.value)
        and _shows_article(page, where)
    ):
        # JSON-LD is invisible: on a page that shows its article, a name shown nowhere is
        # what the CMS recorded (the account that uploaded the page), not a byline.
        return "named only in JSON-LD: the page shows the name nowhere"
    return None


def _shows_article(page: Page, where: Region | None) -> bool:
    """Whether the page's HTML shows the article's text (not a shell filled by scripts, not
    a stub): the region's scope holds at least :data:`SHOWN_ARTICLE_CHARS` of text."""
    root = where.scope if where is not None else None
    if root is None:
        return False
    found: bool = page.cached(
        "shows-article",
        # (the limit counts raw text, spaces and all; the result has them collapsed)
        lambda p: len(element_text(root, 4 * SHOWN_ARTICLE_CHARS)) >= SHOWN_ARTICLE_CHARS,
    )
    return found


def _software_authors(
    authors: tuple[Author, ...], signals: Sequence[AISignal]
) -> tuple[Author, ...]:
    """An author the byline names as the AI that wrote the text ("By NewsBot", "Written by
    GPT-4", "Door de AI-redactie") is software, not a person."""
    agents = [
        s.agent.casefold()
        for s in signals
        if s.placement == "byline"
        and s.involvement is AIInvolvement.GENERATED
        and not s.negated
        and s.agent
    ]
    if not agents or not authors:
        return authors
    return tuple(
        attrs.evolve(a, kind=AuthorKind.SOFTWARE)
        if a.kind is not AuthorKind.SOFTWARE and any(g in a.name.casefold() for g in agents)
        else a
        for a in authors
    )


def _enrich_authors(authors: tuple[Author, ...], cands: Sequence[Candidate]) -> tuple[Author, ...]:
    """Authors as chosen, with kind and links from structured data that names them too.

    A visible byline "Wire Services" agreeing with JSON-LD ``{"@type": "Organization"}``
    is an organisation; the byline decides who the authors are, structured data what they are.
    """
    if not authors:
        return authors
    authors = _printed_handles(authors, cands)
    typed: dict[str, Author] = {}
    for cand in cands:
        if cand.field == "authors" and cand.source in _TYPED:
            for author in cand.value:
                typed.setdefault(author.name.casefold(), author)
    if not typed:
        return authors
    out = []
    for author in authors:
        rich = typed.get(author.name.casefold())
        if rich is None or rich == author:
            out.append(author)
            continue
        out.append(
            attrs.evolve(
                author,
                kind=rich.kind,
                url=author.url or rich.url,
                email=author.email or rich.email,
                same_as=author.same_as or rich.same_as,
                job_title=author.job_title or rich.job_title,
                image=author.image or rich.image,
            )
        )
    return tuple(out)


# A login handle where a name should be ("jane.doe", "tom-lee", "ana_ruiz"): lower case,
# the parts joined by dots, dashes or underscores.
_HANDLE = re.compile(r"^[^\W\d_A-Z]+(?:[._-][^\W\d_A-Z]+)+$")
_HANDLE_SEP = re.compile(r"[._-]")


def _printed_handles(authors: tuple[Author, ...], cands: Sequence[Candidate]) -> tuple[Author, ...]:
    """A chosen handle ("jane.doe") printed as a name on the page ("Jane Doe") is that name.

    Structured data often records the CMS account; the page prints the person. The printed
    form is taken when its words are the handle's parts, in order.
    """
    if not any(_HANDLE.match(a.name) for a in authors):
        return authors
    printed: dict[tuple[str, ...], str] = {}
    for cand in cands:
        if cand.field == "authors" and cand.source not in _TYPED:
            for author in cand.value:
                printed.setdefault(tuple(author.name.casefold().split()), author.name)
    if not printed:
        return authors
    out = []
    for author in authors:
        name = (
            printed.get(tuple(_HANDLE_SEP.split(author.name)))
            if _HANDLE.match(author.name)
            else None
        )
        out.append(attrs.evolve(author, name=name) if name else author)
    return tuple(out)


def _without_notes(body: str | None, signals: Sequence[AISignal]) -> str | None:
    """The body without paragraphs that are AI-disclosure banners or review notes."""
    if not body:
        return body
    notes = {
        " ".join(s.raw.split()).casefold()
        for s in signals
        if s.kind in ("banner", "review-note") and s.raw
    }
    if not notes:
        return body
    kept = [p for p in body.split("\n\n") if " ".join(p.split()).casefold() not in notes]
    return "\n\n".join(kept) or None


def _tuple(choice: FieldChoice | None) -> tuple[Any, ...]:
    if choice is None or not isinstance(choice.value, tuple):
        return ()
    return choice.value


def _day(value: Any) -> Any:
    return value.date() if isinstance(value, _dt.datetime) else value


# The disclosure of a page without signals (frozen, so one record serves every page).
_NO_DISCLOSURE = AIDisclosure()


def _disclosure(signals: list[AISignal]) -> AIDisclosure:
    if not signals:
        return _NO_DISCLOSURE
    result = disclosure.build_disclosure(signals)
    return result if isinstance(result, AIDisclosure) else AIDisclosure(signals=tuple(signals))
