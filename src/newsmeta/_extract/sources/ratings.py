"""The article's aggregate rating (field ``rating``, value :class:`AggregateRating`).

From JSON-LD and microdata ``aggregateRating`` of the article (not of a product or any
other thing the page mentions), and from the rating widgets of common CMS plugins:
"(12 votes, average: 3.58 out of 5)", "4.5 out of 5 stars", "Rated 4/5 by 37 readers",
star images with alt texts and ``data-rating`` attributes. "Rate this article" with no
votes and "Leave the first review" give zero counts and an unknown value. An average is
never invented, never clamped: an impossible rating is dropped with a page warning.
"""

from __future__ import annotations

import re
from typing import Any, cast

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._items import ItemTree, bare_name
from newsmeta._extract._jsonld_data import nodes
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._values import UNUSABLE, Unusable, to_number
from newsmeta._extract.sources.microdata import microdata_tree
from newsmeta._extract.sources.rdfa import rdfa_tree
from newsmeta._models import AggregateRating, SourceKind

__all__ = ["candidates"]


_NUM = r"(\d{1,6}(?:[.,]\d{1,4})?)"
_OF = r"\s*(?:out\s+of|von|de|sur|of|/|su|na)\s*"

_AVERAGE = re.compile(
    r"(\d[\d,.]{0,12})\s+(?:votes?|ratings?|bewertung(?:en)?|stimmen?|votos?|valoraci[oó]n(?:es)?|"
    r"voix|votes|avalia[çc](?:[õo]es|[ãa]o)|notes?)\s*,?\s*(?:average|durchschnitt|durchschnittlich|media|"
    r"promedio|moyenne|m[ée]dia)\s*:?\s*" + _NUM + _OF + _NUM,
    re.I,
)
_RATED_BY = re.compile(
    r"\brated\s+" + _NUM + _OF + _NUM + r"\s+by\s+(\d[\d,.]{0,12})\s+"
    r"(readers?|users?|people|reviewers?|voters?|visitors?|members?|customers?)",
    re.I,
)
_OUT_OF = re.compile(
    r"(?:^|[^\d.,/])"
    + _NUM
    + _OF
    + _NUM
    + r"(?!\s*(?:people|persons|readers|users|found|minutes|min\b|steps?))",
    re.I,
)
_STARS_WORD = re.compile(
    r"\b(?:stars?|sterne?n?|estrellas?|[ée]toiles?|estrelas?|rating|rated|bewertung|"
    r"valoraci[oó]n|note|nota|avalia[çc][ãa]o|punkte|points|average|durchschnitt|media|moyenne)\b",
    re.I,
)
_COUNTS = re.compile(
    r"(\d[\d,.\u00a0]{0,12})\s*(?:(votes?|ratings?|bewertung(?:en)?|stimmen?|votos?|"
    r"valoraci[oó]n(?:es)?|voix|notes|avalia[çc](?:[õo]es|[ãa]o)|calificaci[oó]n(?:es)?)|"
    r"(reviews?|rezensionen|reseñas|"
    r"opiniones|avis|comentários|critiques))\b",
    re.I,
)
_BASED_ON = re.compile(r"based on\s+(\d[\d,.]{0,12})\s+(ratings?|votes?|reviews?)", re.I)
_ZERO = re.compile(
    r"\b(?:rate this (?:article|post|story|page|recipe|entry|item)|"
    r"(?:diesen )?artikel bewerten|bewerten sie diesen (?:artikel|beitrag)|beitrag bewerten|"
    r"valora (?:este|esta) (?:art[íi]culo|noticia|entrada|receta)|califica (?:este|esta)|"
    r"notez cet article|[ée]valuez cet article|avalie (?:este|esta) (?:artigo|mat[ée]ria|post)|"
    r"no (?:ratings|votes|reviews) yet|noch keine (?:bewertungen|stimmen|rezensionen)|"
    r"a[úu]n no hay (?:valoraciones|votos|rese[ñn]as)|sin valoraciones|"
    r"aucun (?:avis|vote)|(?:leave|write) the first review|be the first to (?:review|rate)|"
    r"sei (?:der|die) erste,? (?:der|die) (?:eine bewertung|bewertet)|"
    r"s[ée] el primero en (?:opinar|valorar|calificar)|"
    r"soyez le premier [àa] (?:donner votre avis|noter|[ée]valuer)|"
    r"seja o primeiro a avaliar)",
    re.I,
)
_NOT_ARTICLE = re.compile(
    r"\b(?:product|produkt|producto|produit|produto|item for sale|seller|verkäufer|"
    r"vendedor|vendeur|shop|hotel|restaurant|app)\b",
    re.I,
)
# Containers of other things' ratings. "widget" alone is not one ("rating-widget" is the
# article's own widget); "sidebar-widget", "widget-area" and WordPress "widget_…" are.
_ELSEWHERE = re.compile(
    r"sidebar|(?:^|[\s_-])widget(?:[-_]area|s)?(?=$|[\s_])(?<!rating-widget)(?<!rating_widget)|"
    r"widget_|product|shop|store|related|teaser|promo|advert|sponsor|recommend|"
    r"(?:^|[\s_-])rail(?:$|[\s_-])|aside|affiliate|offer|deal|carousel|partner"
)
_WIDGET_KEY = re.compile(
    r"rating|(?:^|[-_ ])rate|rate(?:$|[-_ ])|rateit|stars?(?:$|[-_ ])|(?:^|[-_ ])stars?|"
    r"votes?|voting|review|bewertung|valoracion|postratings|kksr|yasr|wp-rating"
)
_FULL_STAR = re.compile(r"full|filled|\bon\b|star-on|star_on|active|★|gold", re.I)
_HALF_STAR = re.compile(r"half|½", re.I)
_EMPTY_STAR = re.compile(r"empty|\boff\b|star-off|star_off|blank|inactive|☆|grey|gray", re.I)
_ARTICLE_TYPE = re.compile(
    r"(?:Article|Posting|^WebPage|^ItemPage|^CreativeWork|^Recipe|^HowTo|^Blog|^Report|"
    r"^Guide|^Course|^Episode|^Clip)$"
)
_DATA_VALUE = ("data-rating", "data-rating-value", "data-average", "data-rating-average",
               "data-avg-rating", "data-average-rating")  # fmt: skip
_NOT_WIDGET = frozenset({"script", "style", "input", "button", "select", "option", "a", "img"})
_SCALE_KEY = re.compile(r"best|worst|max|min|scale|total")
_CONTAINERS = frozenset({"html", "body", "main", "article", "section", "header", "footer", "nav",
                         "form", "ul", "ol", "table"})  # fmt: skip
_DATA_BEST = ("data-max", "data-best", "data-rating-max", "data-max-rating", "data-stars",
              "data-scale")  # fmt: skip
_DATA_COUNT = ("data-votes", "data-count", "data-rating-count", "data-total", "data-vote-count",
               "data-ratings")  # fmt: skip


# ----------------------------------------------------------------------------- numbers


def _make(
    page: Page,
    where: str,
    *,
    value: Any = None,
    best: Any = None,
    worst: Any = None,
    rating_count: Any = None,
    review_count: Any = None,
) -> AggregateRating | None:
    """An AggregateRating, or None (with a page warning) when the numbers are impossible."""
    v, b, w = to_number(value), to_number(best), to_number(worst)
    rc, vc = to_number(rating_count, whole=True), to_number(review_count, whole=True)
    fields = {"value": v, "best": b, "worst": w, "rating_count": rc, "review_count": vc}
    bad = [name for name, got in fields.items() if isinstance(got, Unusable)]
    if bad:
        page.warn(
            "rating-invalid",
            f"aggregate rating dropped: unusable {', '.join(bad)}",
            where,
        )
        return None
    if v is None and rc is None and vc is None:
        return None
    try:
        return AggregateRating(
            value=cast("float | None", v),
            best=5.0 if b is None else cast(float, b),
            worst=1.0 if w is None else cast(float, w),
            rating_count=cast("int | None", rc),
            review_count=cast("int | None", vc),
        )
    except (TypeError, ValueError) as exc:
        page.warn("rating-invalid", f"aggregate rating dropped: {exc}", where)
        return None


# ----------------------------------------------------------------------------- structured data


def _about_article(types: frozenset[str]) -> bool:
    return any(_ARTICLE_TYPE.search(t) for t in types)


def _rating_candidate(
    page: Page,
    rating: dict[str, Any],
    where: str,
    *,
    source: SourceKind,
    confidence: float,
    raw: str,
) -> Candidate | None:
    """The candidate of one ``AggregateRating`` item, whatever syntax gave it."""
    made = _make(
        page,
        where,
        value=rating.get("ratingValue"),
        best=rating.get("bestRating"),
        worst=rating.get("worstRating"),
        rating_count=rating.get("ratingCount"),
        review_count=rating.get("reviewCount"),
    )
    if made is None:
        return None
    return Candidate(
        field="rating", value=made, source=source, locator=where, raw=raw, confidence=confidence
    )


def _ld_candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    for node in nodes(page):
        data = node.data
        if "aggregateRating" in data:
            if not _about_article(node.types):
                continue
            rating = data["aggregateRating"]
            if isinstance(rating, list):
                rating = rating[0] if rating else None
            if not isinstance(rating, dict):
                continue
            where = f"{node.pointer}/aggregateRating"
        elif "AggregateRating" in node.types and not node.pointer.endswith("/aggregateRating"):
            reviewed = data.get("itemReviewed")
            if not isinstance(reviewed, dict):
                continue
            raw_type = reviewed.get("@type")
            kinds = raw_type if isinstance(raw_type, list) else [raw_type]
            if not _about_article(frozenset(bare_name(str(k)) for k in kinds if k)):
                continue
            rating = data
            where = node.pointer
        else:
            continue
        raw = str({k: rating.get(k) for k in ("ratingValue", "ratingCount")})[:200]
        found = _rating_candidate(
            page, rating, where, source=SourceKind.JSON_LD, confidence=0.9, raw=raw
        )
        if found is not None:
            out.append(found)
    return out


def _tree_candidates(
    page: Page, tree: ItemTree, source: SourceKind, confidence: float
) -> list[Candidate]:
    """``AggregateRating`` items of the article in a microdata or RDFa item tree.

    The rating is an item typed AggregateRating or the value of an ``aggregateRating``
    property; the item it sits in must be the article (not a product the page sells), and
    it must not sit in a sidebar, product box or other block about something else.
    """
    out: list[Candidate] = []
    ratings = {id(item): item for item in tree.by_type("AggregateRating")}
    for _, el in tree.by_prop("aggregateRating"):
        named = tree.items.get(el)
        if named is not None:
            ratings.setdefault(id(named), named)
    for item in ratings.values():
        owner = tree.owner_of(item.el)
        if owner is None or not _about_article(owner.types) or _elsewhere(item.el):
            continue
        data = tree.to_dict(item, "", {})
        found = _rating_candidate(
            page,
            data,
            locator(item.el),
            source=source,
            confidence=confidence,
            raw=element_text(item.el, limit=200),
        )
        if found is not None:
            out.append(found)
    return out


# ----------------------------------------------------------------------------- widgets


# Class/id values (as written) -> whether they name a non-article block; class values
# repeat across the widgets' ancestors and the pages of a site.
_ELSEWHERE_VERDICTS: dict[tuple[str | None, str | None], bool] = {}
_MAX_VERDICTS = 20_000


def _elsewhere(el: HtmlElement) -> bool:
    """Whether the element sits in a sidebar, product box or other non-article block."""
    node: HtmlElement | None = el
    depth = 0
    verdicts = _ELSEWHERE_VERDICTS
    while node is not None and depth < 14:
        if node.tag in ("aside", "nav"):
            return True
        written = (node.get("class"), node.get("id"))
        hit = verdicts.get(written)
        if hit is None:
            key = f"{written[0] or ''} {written[1] or ''}".lower()
            hit = bool(key.strip()) and _ELSEWHERE.search(key) is not None
            if len(verdicts) >= _MAX_VERDICTS:
                verdicts.clear()
            verdicts[written] = hit
        if hit:
            return True
        node = node.getparent()
        depth += 1
    return False


def _counts_in(text: str) -> tuple[str | None, str | None]:
    ratings = reviews = None
    match = _BASED_ON.search(text)
    if match:
        if match.group(2).lower().startswith("review"):
            reviews = match.group(1)
        else:
            ratings = match.group(1)
    for match in _COUNTS.finditer(text):
        if match.group(2) and ratings is None:
            ratings = match.group(1)
        elif match.group(3) and reviews is None:
            reviews = match.group(1)
    return _plain_count(ratings), _plain_count(reviews)


def _plain_count(text: str | None) -> str | None:
    if text is None:
        return None
    return re.sub(r"[^\d]", "", text) or None


def _from_text(page: Page, text: str, where: str) -> AggregateRating | Unusable | None:
    match = _AVERAGE.search(text)
    if match:
        made = _make(
            page, where, value=match.group(2), best=match.group(3),
            rating_count=_plain_count(match.group(1)),
        )  # fmt: skip
        return UNUSABLE if made is None else made
    match = _RATED_BY.search(text)
    if match:
        made = _make(
            page, where, value=match.group(1), best=match.group(2),
            rating_count=_plain_count(match.group(3)),
        )  # fmt: skip
        return UNUSABLE if made is None else made
    match = _OUT_OF.search(text)
    if match and _STARS_WORD.search(text):
        ratings, reviews = _counts_in(text)
        if ratings is None and reviews is None:
            ratings_known: Any = None
        else:
            ratings_known = ratings
        made = _make(
            page, where, value=match.group(1), best=match.group(2),
            rating_count=ratings_known, review_count=reviews,
        )  # fmt: skip
        if made is None:
            # a value with no count is still a rating: keep it without counts
            made = _make(page, where, value=match.group(1), best=match.group(2))
        return UNUSABLE if made is None else made
    return None


def _stars(page: Page, el: HtmlElement, where: str) -> AggregateRating | None:
    full = half = empty = 0
    for img in el.iter("img"):
        alt = img.get("alt") or ""
        if "star" not in f"{alt} {img.get('src') or ''} {img.get('class') or ''}".lower() and not (
            alt and alt[0] in "★☆"
        ):
            continue
        if alt and len(alt) <= 80:
            got = _from_text(page, alt, where)
            if isinstance(got, AggregateRating):
                return got
        key = f"{alt} {img.get('src') or ''} {img.get('class') or ''}"
        if _HALF_STAR.search(key):
            half += 1
        elif _EMPTY_STAR.search(key):
            empty += 1
        elif _FULL_STAR.search(key):
            full += 1
    total = full + half + empty
    if total < 3 or full + half == 0:
        return None
    return _make(page, where, value=full + 0.5 * half, best=total, worst=0)


def _data_attrs(page: Page, el: HtmlElement, where: str) -> AggregateRating | None:
    value = next((el.get(a) for a in _DATA_VALUE if el.get(a) is not None), None)
    if value is None:
        return None
    best = next((el.get(a) for a in _DATA_BEST if el.get(a) is not None), None)
    count = next((el.get(a) for a in _DATA_COUNT if el.get(a) is not None), None)
    return _make(page, where, value=value, best=best, rating_count=count)


def _widget_candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    found: list[tuple[HtmlElement, Candidate]] = []
    done: list[HtmlElement] = []
    zero: Candidate | None = None
    # (the keys the widget pattern finds, filtered once per distinct key and page)
    for el, key in page.hinted_by(_WIDGET_KEY):
        if not (
            "rat" in key
            or "star" in key
            or "vot" in key
            or "review" in key
            or "bewert" in key
            or "valora" in key
            or "kksr" in key
            or "yasr" in key
        ):
            continue
        if el.tag in _CONTAINERS or el.tag in _NOT_WIDGET:
            continue
        if any(_is_ancestor(prev, el) for prev in done):
            continue
        text = element_text(el, limit=400)
        if len(text) > 300:
            continue
        if _NOT_ARTICLE.search(text) or _elsewhere(el):
            continue
        where = locator(el)
        made: AggregateRating | None = None
        source = SourceKind.VISIBLE_TEXT
        got = _from_text(page, text, where) if text else None
        if isinstance(got, Unusable):
            done.append(el)
            continue
        made = got
        if made is None and len(text) <= 80 and not _SCALE_KEY.search(key):
            made = _data_attrs(page, el, where)
            source = SourceKind.HTML_ATTRIBUTE
        if made is None:
            made = _stars(page, el, where)
            source = SourceKind.HTML_ATTRIBUTE
        if made is not None:
            done.append(el)
            found.append(
                (
                    el,
                    Candidate(
                        field="rating",
                        value=made,
                        source=source,
                        locator=where,
                        raw=text[:200],
                        confidence=0.6,
                    ),
                )
            )
            continue
        if zero is None and text and _ZERO.search(text) and not _has_count(text):
            zero = Candidate(
                field="rating",
                value=AggregateRating(value=None, rating_count=0, review_count=0),
                source=SourceKind.VISIBLE_TEXT,
                locator=where,
                raw=text[:200],
                confidence=0.4,
            )
    # Repeated siblings that each carry a rating are a list of single reviews or the
    # clickable stars of a rating input, never the article's average: drop them all.
    groups: dict[tuple[Any, ...], int] = {}
    for el, _ in found:
        groups[_group_key(el)] = groups.get(_group_key(el), 0) + 1
    seen: set[AggregateRating] = set()
    for el, cand in found:
        if groups[_group_key(el)] > 1 or cand.value in seen:
            continue
        seen.add(cand.value)
        out.append(cand)
    if not out and zero is not None:
        out.append(zero)
    return out[:3]


_DIGITS = re.compile(r"\d+")


def _group_key(el: HtmlElement) -> tuple[Any, ...]:
    """The element's shape two levels up: equal for the items of one repeated list."""
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    return (
        id(grand) if grand is not None else id(parent),
        el.tag,
        _DIGITS.sub("", el.get("class") or ""),
        parent.tag if parent is not None else None,
        _DIGITS.sub("", parent.get("class") or "") if parent is not None else None,
    )


def _has_count(text: str) -> bool:
    return any(ch.isdigit() and ch != "0" for ch in text)


def _is_ancestor(anc: HtmlElement, el: HtmlElement) -> bool:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 30:
        if node is anc:
            return True
        node = node.getparent()
        depth += 1
    return False


def candidates(page: Page) -> list[Candidate]:
    """Rating candidates of one page (structured data first, then widgets)."""
    out = _ld_candidates(page)
    if page.itemscopes:
        out.extend(_tree_candidates(page, microdata_tree(page), SourceKind.MICRODATA, 0.85))
    if page.rdfa:
        out.extend(_tree_candidates(page, rdfa_tree(page), SourceKind.RDFA, 0.8))
    out.extend(_widget_candidates(page))
    return out
