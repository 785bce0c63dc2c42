"""Where the article is on the page, once per page, and where each visible value sits.

The *region* is found from what is already known, never by walking the page again:

- the headline: the ``<h1>`` that ``<title>`` echoes best (the page index's ``h1`` list);
- the root: the body scorer's chosen container (full extraction), or, for metadata-only
  extraction, the ``itemprop=articleBody`` element, the headline's ``<article>`` or the
  page's only ``<article>``/``<main>`` (the index alone, no scoring);
- the *scope*: the root widened to its ``<article>`` and to the headline when the two are
  close relatives (a few levels), else the headline's own block is the *header zone*.

A value read from an element then gets a :data:`Position` by walking up from the element
only (a few dozen steps): ``inside`` the scope, in the ``header`` zone, ``near`` the article
(elsewhere on the page), or ``furniture`` — navigation, sidebars, related and teaser lists,
blogrolls, embedded posts (tweets), widgets, the site header and footer — crossed on the way
up. Inside the article only strong furniture counts (a related box, an embedded tweet); an
article's own ``<header>``/``<footer>``/``<aside>`` holds its byline and date.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice

import attrs
from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._content import Content, find_content
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._words import drop_taxonomy
from newsmeta._extract.sources.comments import comment_elements, thread_opening
from newsmeta._models import SourceKind

__all__ = [
    "BAND",
    "CORE",
    "FURNITURE",
    "HEADER",
    "INSIDE",
    "IN_ARTICLE",
    "NEAR",
    "PLACED_FIELDS",
    "Region",
    "core_holders",
    "echoed_headline",
    "element_at",
    "furniture_kind",
    "headline_element",
    "in_embedded_post",
    "in_other_story",
    "in_today_widget",
    "main_content",
    "place",
    "region",
]

INSIDE = "inside"
HEADER = "header"
NEAR = "near"
FURNITURE = "furniture"
IN_ARTICLE = frozenset({INSIDE, HEADER})

#: The fields whose candidates get a position (the article's own facts; site-wide values
#: such as the site name legitimately live in the site header).
PLACED_FIELDS = frozenset(
    {"title", "authors", "date_published", "date_modified", "date_created", "description"}
)
_PLACED_SOURCES = frozenset(
    {
        SourceKind.VISIBLE_TEXT,
        SourceKind.HATOM,
        SourceKind.TIME_ELEMENT,
        SourceKind.MICRODATA,
        SourceKind.RDFA,
        SourceKind.HTML_ATTRIBUTE,
    }
)

# Page furniture that counts wherever it is, inside the article too: navigation, related
# and teaser lists, blogrolls, embedded posts, sharing and language widgets, comments.
_STRONG = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|related|relatedposts|"
    r"teasers?|recommended|recommendations?|promo|promos|blogroll|trending|popular|mostread|"
    r"most-read|most-popular|most-viewed|newsletter|share|sharing|social|ticker|outbrain|"
    r"taboola|twitter-tweet|instagram-media|tiktok-embed|fb-post|embed|embedded|"
    r"morestories|more-stories|also-read|readmore|read-more|comments?|commentlist|"
    r"comment-list|respond|disqus|recent-posts|latest-posts|recentposts|cookie|modal|popup|"
    r"g?translate|translation|translator|language-switcher|lang-switcher|languages|"
    r"weather|clock|today)(?:$|[\s_-])"
)
# Strong furniture made of other items (stories, posts, links): a byline there is theirs.
# Comments are left out (a reply by the post's author names the article's writer).
_OTHER_ITEMS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|related|relatedposts|"
    r"teasers?|recommended|recommendations?|promo|promos|blogroll|trending|popular|mostread|"
    r"most-read|most-popular|most-viewed|ticker|outbrain|taboola|twitter-tweet|"
    r"instagram-media|tiktok-embed|fb-post|embed|embedded|morestories|more-stories|also-read|"
    r"readmore|read-more|recent-posts|latest-posts|recentposts)(?:$|[\s_-])"
)
# Furniture only outside the article (an article's own sidebar or footer holds its facts).
_WEAK = re.compile(
    r"(?:^|[\s_-])(?<!entry-)(?<!post-)(?<!article-)(?<!story-)(?<!content-)"
    r"(?:sidebar|widget|widgets|footer|header|masthead|banner|topbar|top-bar|colophon|"
    r"site-info|site-header|site-footer|site-nav)(?:$|[\s_-])"
)
# A block that holds one article (its text, headline, byline and date).
_ARTICLE_BOX = re.compile(
    r"(?:^|[\s_-])(?:article|post|entry|story|hentry|blogpost|blog-post|news-single|"
    r"single-post|article-single|post-single|h-entry)(?:$|[\s_])"
)
_STRONG_TAGS = frozenset({"nav", "menu", "dialog", "template"})
_WEAK_TAGS = frozenset({"aside", "footer", "header"})
_FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "search"}
)
_STRONG_MARK, _WEAK_MARK = 2, 1
_VERDICTS: dict[tuple[str, str | None, str | None, str | None], int] = {}
_MAX_VERDICTS = 50_000
_MAX_STEPS = 60


def _marker(el: HtmlElement) -> int:
    """0, or how strongly ``el`` reads as page furniture (cached per tag/class/id/role)."""
    tag = el.tag
    if not isinstance(tag, str):
        return 0
    cls, ident, role = el.get("class"), el.get("id"), el.get("role")
    key = (tag, cls, ident, role)
    found = _VERDICTS.get(key)
    if found is None:
        found = 0
        if tag in _STRONG_TAGS or (role and role.strip().lower() in _FURNITURE_ROLES):
            found = _STRONG_MARK
        elif cls or ident:
            text = drop_taxonomy(f"{cls or ''} {ident or ''}".lower())
            if _STRONG.search(text):
                found = _STRONG_MARK
            elif _WEAK.search(text):
                found = _WEAK_MARK
        if not found and tag in _WEAK_TAGS:
            found = _WEAK_MARK
        if len(_VERDICTS) > _MAX_VERDICTS:
            _VERDICTS.clear()
        _VERDICTS[key] = found
    return found


def furniture_kind(el: HtmlElement) -> bool:
    """Whether ``el`` itself is marked as page furniture (tag, role, class or id)."""
    return _marker(el) > 0


_WORD = re.compile(r"\w+")


def headline_element(page: Page) -> HtmlElement | None:
    """The ``<h1>`` that reads as the headline: the one ``<title>`` echoes best, else the
    first one outside page furniture (cached per page)."""
    found: tuple[HtmlElement | None, bool] = page.cached("headline", _headline)
    return found[0]


def echoed_headline(page: Page) -> HtmlElement | None:
    """The ``<h1>`` that ``<title>`` echoes (most of its words), else None (cached)."""
    found: tuple[HtmlElement | None, bool] = page.cached("headline", _headline)
    return found[0] if found[1] else None


def _headline(page: Page) -> tuple[HtmlElement | None, bool]:
    """The headline ``<h1>`` and whether ``<title>`` echoes it."""
    found: list[tuple[HtmlElement, str]] = []
    for h in page.h1[:20]:
        text = " ".join(h.text_content().split())[:300] if len(h) < 50 else ""
        if text:
            found.append((h, text))
    if not found:
        return None, False
    title = page.title_el.text_content()[:500] if page.title_el is not None else ""
    words = set(_WORD.findall(title.casefold()))
    # ``<title>`` is "Headline - Site": a site-name <h1> in the site header echoes it as
    # fully as the headline does. Equal echoes go to the <h1> outside page furniture, then
    # to the one sharing more words.
    best: HtmlElement | None = None
    best_key = (0.0, False, 0)
    for el, text in found:
        mine = _WORD.findall(text.casefold())
        if not mine:
            continue
        shared = sum(1 for w in mine if w in words)
        if shared < min(3, len(mine)) or shared / len(mine) < best_key[0]:
            continue
        key = (shared / len(mine), not _in_site_furniture(el), shared)
        if key > best_key:
            best, best_key = el, key
    if best is not None and best_key[0] >= 0.6:
        return best, True
    if len(found) > 2:
        # Several <h1>s and none that <title> echoes: the page uses <h1> for the headings of
        # its text (or of a list of posts); the first of them is no headline.
        return None, False
    for el, _ in found:
        if not _in_furniture(el):
            return el, False
    return found[0][0], False


def _in_site_furniture(el: HtmlElement) -> bool:
    """Whether ``el`` sits in page furniture, weak marks (the site header) included."""
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < _MAX_STEPS:
        if node.tag in ("article", "main", "body"):
            return False
        if _marker(node):
            return True
        node = node.getparent()
        steps += 1
    return False


def _in_furniture(el: HtmlElement, core: Collection[HtmlElement] = ()) -> bool:
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < _MAX_STEPS:
        if node.tag in ("article", "main", "body"):
            return False
        if _marker(node) == _STRONG_MARK:
            # A block that holds the article's core (its headline and text) is a layout
            # wrapper, whatever its class says; the blocks above it hold the core too.
            return node not in core
        node = node.getparent()
        steps += 1
    return False


def main_content(page: Page) -> Content | None:
    """The body scorer's result for the page (computed once, shared by the body source and
    the region)."""
    found: Content | None = page.cached("content", _content)
    return found


def _content(page: Page) -> Content | None:
    if page.body is None:
        return None
    try:
        return find_content(
            page.body,
            page.limits.max_tree_depth,
            headline_element(page),
            page.itemprops,
            page.elements,
            (page.classes, page.ids),
            page.tags,
            page.roles,
            comment_elements(page),
            thread_opening(page) is not None,
        )
    except (RecursionError, MemoryError):  # pragma: no cover - defensive
        return None


@attrs.frozen(slots=True)
class Region:
    """The article's scope element, its header zone and how they were found."""

    scope: HtmlElement | None
    header: HtmlElement | None
    headline: HtmlElement | None
    found_by: str  # "content" (the body scorer), "index" (metadata only) or "none"
    _scope_chain: frozenset[HtmlElement] = attrs.field(factory=frozenset, repr=False)
    _headline_chain: frozenset[HtmlElement] = attrs.field(factory=frozenset, repr=False)
    # The furniture mark of each ancestor met so far (the walks up from a page's
    # candidates share most of their ancestors).
    _marks: dict[HtmlElement, int] = attrs.field(factory=dict, repr=False, eq=False)
    # A thread's opening post that the page classed as a comment: the article, not furniture.
    _opening: HtmlElement | None = attrs.field(default=None, repr=False, eq=False)

    def position(self, el: HtmlElement) -> str | None:
        """Where ``el`` sits: inside, header, near or furniture (None: no region, no mark)."""
        scope, header, chain = self.scope, self.header, self._scope_chain
        own = self._headline_chain
        marks = self._marks
        marked = 0
        # Another story's <article> (a teaser card, a list of posts) crossed on the way up:
        # furniture outside the article, and inside an <article> scope too.
        other_story = False
        node: HtmlElement | None = el
        steps = 0
        opening = self._opening
        while node is not None and steps < _MAX_STEPS:
            if opening is not None and node is opening:
                node = opening.getparent()
                steps += 1
                continue
            if node is scope:
                if marked == _STRONG_MARK or (other_story and scope.tag == "article"):
                    return FURNITURE
                return INSIDE
            if node is header:
                return FURNITURE if marked or other_story else HEADER
            if node in chain:
                # The nearest common ancestor with the article: the value sits beside it.
                return FURNITURE if marked or other_story else NEAR
            tag = node.tag
            if tag == "body" or tag == "html":
                break
            if tag == "article" and node not in own:
                other_story = True
            mark = marks.get(node)
            if mark is None:
                mark = marks[node] = _marker(node)
            if mark > marked:
                marked = mark
            node = node.getparent()
            steps += 1
        if marked or other_story:
            return FURNITURE
        return NEAR if scope is not None or header is not None else None

    def holds_article(self, el: HtmlElement) -> bool:
        """Whether ``el`` is the article's scope or holds its scope or its headline."""
        return el is self.scope or el in self._scope_chain or el in self._headline_chain

    def in_other_item(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in another item: a teaser, a related list, an embedded post,
        another story's ``<article>`` (strong furniture, not a sidebar or the site footer)."""
        own = self._headline_chain
        node: HtmlElement | None = el
        steps = 0
        while node is not None and steps < _MAX_STEPS and node is not self.scope:
            tag = node.tag
            if tag == "body" or tag == "html":
                break
            if (tag == "article" and node not in own) or _other_item_box(node):
                return True
            node = node.getparent()
            steps += 1
        return False

    def in_teaser_card(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in a teaser card of a list: it shares a small block with
        another story's linked headline ("<a href><h3>Storm closes bridge</h3></a><p>By Carl
        Webb</p>"), that block is small (a title, a line or two: a post shown whole on a
        blog's front page is no teaser) and it has an alike sibling (same tag) with a linked
        headline of its own, whatever their classes. Read from the siblings of ``el`` and of
        its first ancestors, up to the block that holds the page's headline."""
        own, headline = self._headline_chain, self.headline
        node: HtmlElement | None = el
        for _ in range(_CARD_LEVELS):
            if node is None or node in own or node.tag in ("body", "html"):
                return False
            if any(s is not headline and _linked_heading(s) for s in _near_siblings(node)):
                card = node.getparent()
                return (
                    card is not None
                    and card not in own
                    and len(element_text(card, _MAX_CARD_TEXT + 1)) <= _MAX_CARD_TEXT
                    and (_alike_card(card) or _before_headline(card, headline, own))
                )
            node = node.getparent()
        return False


def _before_headline(
    card: HtmlElement, headline: HtmlElement | None, own: Collection[HtmlElement]
) -> bool:
    """Whether a lone card lies before the page's headline (a "Read also" box or a promoted
    story above the ``<h1>``): the article's own linked title follows its headline, never
    precedes it. Read from the two blocks' order under their nearest common ancestor."""
    if headline is None:
        return False
    node, child = card, card
    for _ in range(_MAX_STEPS):
        parent = node.getparent()
        if parent is None:
            return False
        child, node = node, parent
        if node in own:
            break
    else:
        return False
    mine: HtmlElement | None = headline
    while mine is not None and mine.getparent() is not node:
        mine = mine.getparent()
    return mine is not None and node.index(child) < node.index(mine)


# How far up, and how many siblings each way, a teaser card's headline is looked for.
_CARD_LEVELS, _CARD_SIBLINGS = 3, 3
# A teaser's text at most: its title and a line or two of summary.
_MAX_CARD_TEXT = 500
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _near_siblings(el: HtmlElement) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    for it in (el.itersiblings(preceding=True), el.itersiblings()):
        for sib in islice(it, _CARD_SIBLINGS):
            if isinstance(sib.tag, str):
                out.append(sib)
    return out


def _alike_card(card: HtmlElement) -> bool:
    """Whether a sibling of ``card`` with its tag holds a linked headline too (a list)."""
    tag = card.tag
    for it in (card.itersiblings(preceding=True), card.itersiblings()):
        for sib in islice(it, _CARD_SIBLINGS):
            if sib.tag == tag and any(
                _linked_heading(h, 2) for h in sib.iter(*_CARD_HEADINGS, "a")
            ):
                return True
    return False


def _linked_heading(el: HtmlElement, least: int = 3) -> bool:
    """A heading (not the page's ``<h1>``) that is a link, holds one, or sits in one, of
    ``least`` words or more: another story's title."""
    tag = el.tag
    if tag in _CARD_HEADINGS:
        heading = el
        if next(el.iter("a"), None) is None and (
            el.getparent() is None or el.getparent().tag != "a"
        ):
            return False
    elif tag == "a" and el.get("href"):
        heading = next(el.iter(*_CARD_HEADINGS), None)
        if heading is None:
            return False
    else:
        return False
    words = " ".join(heading.itertext()).split()
    return least <= len(words) <= 40


# Widgets that print the day the page was served ("Sunday, 6 December 2026" in the top bar),
# named so or as the date of the site's header or top bar ("header-date", "topbar__date"; a
# blog's "date-header" is its post's): a date there is the visit's, never the article's.
_TODAY_WIDGET = re.compile(
    r"(?:^|[\s_-])(?:today|todays?-date|current-date|date-today|clock|heute|hoy|"
    r"(?:site-?header|header|topbar|top-bar|masthead)(?:-|_|__)(?:date|today))(?:$|[\s_-])"
)


# Posts embedded from elsewhere (a tweet, an Instagram or TikTok post, a Facebook or Mastodon
# post): their dates are the post's.
_EMBEDDED_POST = re.compile(
    r"(?:^|[\s_-])(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|mastodon-embed|"
    r"bluesky-embed|threads-embed|embed|embedded)(?:$|[\s_-])"
)


# The verdicts of the two walks below on a class (or class and id), kept across pages: a
# site's templates repeat them.
_EMBEDDED_CLASSES: dict[str, bool] = {}
_TODAY_KEYS: dict[tuple[str | None, str | None], bool] = {}


def in_embedded_post(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a post embedded from elsewhere (by its class), below the
    article's own scope or not."""
    node: HtmlElement | None = el
    steps = 0
    known = _EMBEDDED_CLASSES
    while node is not None and steps < _MAX_STEPS:
        if node.tag in ("body", "html"):
            return False
        cls = node.get("class")
        if cls:
            embedded = known.get(cls)
            if embedded is None:
                embedded = _EMBEDDED_POST.search(cls.lower()) is not None
                if len(known) > _MAX_VERDICTS:
                    known.clear()
                known[cls] = embedded
            if embedded:
                return True
        node = node.getparent()
        steps += 1
    return False


def _today_key(cls: str | None, ident: str | None) -> bool:
    found = _TODAY_KEYS.get((cls, ident))
    if found is None:
        found = (
            _TODAY_WIDGET.search(drop_taxonomy(f"{cls or ''} {ident or ''}".lower())) is not None
        )
        if len(_TODAY_KEYS) > _MAX_VERDICTS:
            _TODAY_KEYS.clear()
        _TODAY_KEYS[(cls, ident)] = found
    return found


def in_today_widget(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a today's-date or clock widget (by its class or id) with no
    article or ``<main>`` above it."""
    node: HtmlElement | None = el
    steps = 0
    widget = False
    while node is not None and steps < _MAX_STEPS:
        tag = node.tag
        if tag in ("article", "main"):
            return False
        if tag in ("body", "html"):
            return widget
        if not widget:
            cls, ident = node.get("class"), node.get("id")
            widget = bool(cls or ident) and _today_key(cls, ident)
        node = node.getparent()
        steps += 1
    return widget


def _other_item_box(el: HtmlElement) -> bool:
    """A teaser or related list, an embedded post, a menu: named so by its class or id (an
    ARIA landmark such as the site footer's ``contentinfo`` is the site's, not an item's)."""
    if el.tag in _STRONG_TAGS:
        return True
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return False
    return _OTHER_ITEMS.search(drop_taxonomy(f"{cls or ''} {ident or ''}".lower())) is not None


def in_other_story(el: HtmlElement, own: Collection[HtmlElement]) -> bool:
    """Whether ``el`` sits in another story's item before any region is known: an
    ``<article>``, or a box named as a teaser or related list, an embedded post or a menu
    (as :meth:`Region.in_other_item` reads it), met before any block of ``own`` (the blocks
    that hold the page's headline: the page's own)."""
    node: HtmlElement | None = el
    steps = 0
    while node is not None and steps < _MAX_STEPS:
        if node in own:
            return False
        tag = node.tag
        if tag == "body" or tag == "html":
            return False
        if tag == "article" or _other_item_box(node):
            return True
        node = node.getparent()
        steps += 1
    return False


def _ancestors(el: HtmlElement) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    node: HtmlElement | None = el
    while node is not None and len(out) < 256:
        out.append(node)
        node = node.getparent()
    return out


#: A block that holds the article's headline and text: no verdict of its class counts.
CORE = 2
#: A block of the article's column below them (the headline's and the text's blocks and
#: those between): a weak verdict ("widget", "sidebar", "footer") of its class does not count.
BAND = 1
_MAX_BAND = 40


def core_holders(page: Page) -> dict[HtmlElement, int]:
    """The blocks that hold the article's core, with how far their class is overruled.

    The core is the headline (the region's ``<h1>``) and the body root (the body scorer's
    container when the content was read, else the index's article element). Their common
    ancestors are :data:`CORE`: a class or id there ("content-sidebar-wrap", "sidebar-1",
    "site-main widget-area", "teaser-lead", "grid related-layout") names a layout, never
    page furniture. The article's own column below them is :data:`BAND`: the headline's and
    the root's blocks and their siblings in between (a page builder's "widget" on every
    block), or, when the root holds the headline, its children (as inside an ``<article>``,
    only strong furniture counts there). Empty when either is unknown (cached per page)."""
    found: dict[HtmlElement, int] = page.cached("core", _core)
    return found


def _core(page: Page) -> dict[HtmlElement, int]:
    headline = headline_element(page)
    if headline is None:
        return {}
    content: Content | None = page.computed("content")
    root = content.element if content is not None else _index_root(page)
    if root is None:
        return {}
    return _holders(root, headline)


def _holders(root: HtmlElement, headline: HtmlElement) -> dict[HtmlElement, int]:
    mine = _ancestors(root)
    members = set(mine)
    theirs = _ancestors(headline)
    lca = next((a for a in theirs if a in members), None)
    if lca is None or lca.tag in ("body", "html"):
        return {}
    out: dict[HtmlElement, int] = {}
    at = theirs.index(lca)
    for a in theirs[:at]:
        out[a] = BAND
    for a in mine[: mine.index(lca)]:
        out[a] = BAND
    if lca is root:
        for child in islice(root.iterchildren(), _MAX_BAND):
            out.setdefault(child, BAND)
    elif at > 0 and len(mine) > 1:
        first, last = theirs[at - 1], mine[mine.index(lca) - 1]
        kids = list(islice(lca.iterchildren(), _MAX_BAND * 4))
        if first in kids and last in kids:
            i, j = sorted((kids.index(first), kids.index(last)))
            for child in kids[i : j + 1][:_MAX_BAND]:
                out.setdefault(child, BAND)
    for a in theirs[at:]:
        if a.tag in ("body", "html"):
            break
        out[a] = CORE
    return out


def _common(root: HtmlElement | None, headline: HtmlElement | None) -> frozenset[HtmlElement]:
    """The common ancestors of ``root`` and ``headline`` (``<body>`` and ``<html>`` left out:
    they are never furniture)."""
    if root is None or headline is None:
        return frozenset()
    mine = set(_ancestors(root))
    out = [a for a in _ancestors(headline) if a in mine and a.tag not in ("body", "html")]
    return frozenset(out)


def _build(root: HtmlElement | None, headline: HtmlElement | None, found_by: str) -> Region:
    core = _common(root, headline)
    if root is not None and _in_furniture(root, core):
        root = None  # the scorer landed in comments or a teaser list: no scope
    if root is None and headline is None:
        return Region(None, None, None, "none")
    scope = root
    if scope is not None:
        # Widen the container to its <article>, or a block whose class says it holds one
        # article (the byline and date sit beside the text).
        node: HtmlElement | None = scope
        for level in range(6):
            if node is None or node.tag in ("body", "html"):
                break
            if node.tag == "article":
                scope = node
                break
            if level <= 3 and _ARTICLE_BOX.search(
                f"{node.get('class') or ''} {node.get('id') or ''}".lower()
            ):
                scope = node
            node = node.getparent()
    header = None
    if headline is not None and scope is not None:
        chain = _ancestors(scope)
        members = set(chain)
        if headline not in members:
            inside = False
            node = headline
            for _ in range(24):
                node = node.getparent()
                if node is None:
                    break
                if node in members:
                    inside = node is scope
                    break
            if not inside:
                # The headline outside the text: their nearest common ancestor is the
                # article when it is close to both; otherwise the headline's block is the
                # header zone.
                hchain = _ancestors(headline)[1:6]
                lca = next((a for a in hchain if a in members), None)
                if (
                    lca is not None
                    and lca.tag not in ("body", "html")
                    and chain.index(lca) <= 4
                    and not _in_furniture(lca, core)
                ):
                    scope = lca
                else:
                    header = _header_block(headline, members)
    elif headline is not None:
        header = _header_block(headline, frozenset())
    chain_set = frozenset(_ancestors(scope)[1:]) if scope is not None else frozenset()
    own = frozenset(_ancestors(headline)) if headline is not None else frozenset()
    return Region(scope, header, headline, found_by, chain_set, own)


def _header_block(headline: HtmlElement, scope_chain: Collection[HtmlElement]) -> HtmlElement:
    """The headline's own block: its ``<header>``/``<hgroup>`` or parent, never a container
    of the article or the page."""
    block = headline
    node = headline.getparent()
    for _ in range(2):
        if node is None or node.tag in ("body", "html", "main") or node in scope_chain:
            break
        if _marker(node) == _STRONG_MARK:
            break
        block = node
        if node.tag in ("header", "hgroup"):
            break
        node = node.getparent()
    return block


def region(page: Page, *, content: bool = True) -> Region:
    """The article region of ``page`` (cached): from the body scorer's container when
    ``content`` is true, else from the page index alone."""
    key = "region" if content else "region-index"
    found: Region = page.cached(key, lambda p: _region(p, content))
    return found


def _region(page: Page, content: bool) -> Region:
    headline = headline_element(page)
    if content:
        found = main_content(page)
        if found is not None:
            built = _build(found.element, headline, "content")
            opening = thread_opening(page)
            return built if opening is None else attrs.evolve(built, opening=opening[1])
    return _build(_index_root(page), headline, "index")


def _index_root(page: Page) -> HtmlElement | None:
    """The article element as the index shows it: ``articleBody``, the headline's
    ``<article>``, or the page's only ``<article>`` / ``<main>`` (cached per page)."""
    found: HtmlElement | None = page.cached("index-root", _find_index_root)
    return found


def _find_index_root(page: Page) -> HtmlElement | None:
    headline = headline_element(page)
    for el in page.itemprops:
        if "articlebody" in (el.get("itemprop") or "").lower():
            return el
    if headline is not None:
        node = headline.getparent()
        for _ in range(12):
            if node is None or node.tag in ("body", "html"):
                break
            if node.tag in ("article", "main"):
                return node
            node = node.getparent()
    articles = page.articles
    if len(articles) == 1:
        return articles[0]
    if not articles and len(page.mains) == 1:
        return page.mains[0]
    return None


_STEP = re.compile(r"^([\w:-]+)\[(\d+)\]$")
_ID_STEP = re.compile(r'^([\w:-]+)\[@id="([^"]*)"\]$')


def element_at(page: Page, loc: str) -> HtmlElement | None:
    """The element a :func:`newsmeta._extract._page.locator` path names (None if none)."""
    hit = page.located.get(loc)
    if hit is not None:
        # A path locator() made on this page: its element, when the walk below would
        # start from the same anchor (the first element with that id, or the root).
        el, anchor, ident = hit
        if ident is None:
            if anchor is page.root:
                return el
        else:
            at = _id_at(page, ident)
            if at is not None and page.elements[at] is anchor:
                return el
    if not loc.startswith("/"):
        return None
    steps = loc.split("/")
    while steps and steps[-1].startswith("@"):
        steps.pop()
    node: HtmlElement | None
    if loc.startswith("//"):
        first = _ID_STEP.match(steps[2]) if len(steps) > 2 else None
        if first is None:
            return None
        at = _id_at(page, first.group(2))
        if at is None or page.tags[at] != first.group(1):
            return None
        node = page.elements[at]
        rest = steps[3:]
    else:
        if len(steps) < 2 or steps[1] != page.root.tag:
            return None
        node = page.root
        rest = steps[2:]
    for step in rest:
        match = _STEP.match(step)
        if match is None or node is None:
            return None
        tag, index = match.group(1), int(match.group(2))
        # The index-th child of that tag (skipped to in C).
        node = next(islice(node.iterchildren(tag), index - 1, None), None) if index else None
    return node


def _id_at(page: Page, ident: str) -> int | None:
    """The index of the first element with id ``ident`` (a C-level list scan, memoised)."""
    memo: dict[str, int | None] = page.cached("id-at", lambda _: {})
    if ident in memo:
        return memo[ident]
    try:
        at: int | None = page.ids.index(ident)
    except ValueError:
        at = None
    memo[ident] = at
    return at


def place(page: Page, where: Region, cands: Sequence[Candidate]) -> list[Candidate]:
    """The candidates with the position of those read from the visible page."""
    out: list[Candidate] = []
    memo: dict[str, str | None] = {}
    for cand in cands:
        if cand.field in PLACED_FIELDS and cand.source in _PLACED_SOURCES and cand.locator:
            pos = memo.get(cand.locator, "")
            if pos == "":
                el = element_at(page, cand.locator)
                pos = memo[cand.locator] = where.position(el) if el is not None else None
            if pos is not None:
                # attrs.evolve, spelt out (Candidate has no validators or converters): the
                # generic evolve looks up every field by name, per candidate.
                cand = Candidate(
                    field=cand.field,
                    value=cand.value,
                    source=cand.source,
                    locator=cand.locator,
                    raw=cand.raw,
                    confidence=cand.confidence,
                    precision=cand.precision,
                    position=pos,
                )
        out.append(cand)
    return out
