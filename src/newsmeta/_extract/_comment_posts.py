"""Comments under a title that names them when no class or id does: a heading, a classed
title, or a section's ``aria-label``, then the alike dated posts after it.
"""

from __future__ import annotations

import re
from itertools import compress, islice

from lxml.html import HtmlElement

from newsmeta._extract._comment_class import DATE_BIT, node_bits
from newsmeta._extract._comment_date import comment_date
from newsmeta._extract._comment_form import tagged
from newsmeta._extract._comment_guards import excluded_context
from newsmeta._extract._comment_lines import first_line, foot_line
from newsmeta._extract._comment_rows import row_head, row_pairs
from newsmeta._extract._comment_writer import NAME_TAGS, clean_author, comment_author
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import find_text_date
from newsmeta._extract._words import COMMENT_HEADINGS, COMMENT_MEASURE

__all__ = [
    "alike_posts",
    "heading_posts",
]

# A heading that names a comment section: "Comments", "3 Kommentare", "Réactions (2)".
_SECTION_HEADING = re.compile(
    r"^\W*(?:\d[\d.,]*" + COMMENT_MEASURE + r")?(?:readers?'?\s+|user\s+)?"
    r"(?:comments?|kommentare?|leserkommentare|"
    r"comentarios?|commentaires?|r[ée]actions?|reacties|coment[aá]rios?|commenti|komentarze?|"
    r"responses?|replies|antworten|discussion|diskussion|" + COMMENT_HEADINGS + r")(?!\w)"
    r"[^.!?]{0,40}$",
    re.I,
)


def heading_posts(page: Page) -> list[HtmlElement]:
    """Comments under a heading that names them, when no class or id does ("<h2>Reactions
    </h2>" then alike dated posts): the alike posts after the heading among its siblings,
    each dated (a ``<time>``, or a first line holding a date) with some text and none
    holding a form (see :func:`alike_posts`); they must show a name or a date like every
    comment found without a class. A section named only by its ``aria-label`` ("<section
    aria-label="Comments">") is read the same way, its posts inside it."""
    tried = 0
    for el in tagged(page, "h2", "h3", "h4"):
        text = element_text(el, 80)
        if not text or _SECTION_HEADING.match(text) is None:
            continue
        parent = el.getparent()
        if parent is None or excluded_context(el):
            continue
        posts = _named(alike_posts(parent, el, page) or _posts_after(el, page), page)
        if posts:
            return posts
        tried += 1
        if tried >= _MAX_SECTION_HEADINGS:
            break
    return _titled_posts(page) or _labelled_posts(page)


_TITLE_TAGS = frozenset({"div", "p", "span"})


def _titled_posts(page: Page) -> list[HtmlElement]:
    """Comments under a title that is no heading element: a ``<div>``, ``<p>`` or ``<span>``
    classed as a title or head ("<div class=kmt-title>Comments (3)</div>", "<p
    class=section-head>Reacties</p>") whose few words name comments; read like a heading.
    On a page that offers a form to write in (a ``<textarea>``) every classed element is
    looked at; on any other page only those classed as a title, which the page index
    already files among its hinted elements (no walk of every classed element for one rare
    shape)."""
    if any(next(form.iter("textarea"), None) is not None for form in page.forms):
        classed = compress(zip(page.elements, page.classes, strict=False), page.classes)
        found = (
            el
            for el, cls in classed
            if el.tag in _TITLE_TAGS and cls is not None and ("itle" in cls or "ead" in cls)
        )  # ("title", "Title", "head", "Header": no lower-casing per element)
    else:
        found = (el for el, key in page.hinted if "title" in key and el.tag in _TITLE_TAGS)
    tried = 0
    for el in found:
        if len(el) > 2:
            continue
        text = element_text(el, 80)
        if not text or _SECTION_HEADING.match(text) is None:
            continue
        if el.getparent() is None or excluded_context(el):
            continue
        posts = _named(alike_posts(el.getparent(), el, page) or _posts_after(el, page), page)
        if posts:
            return posts
        tried += 1
        if tried >= _MAX_SECTION_HEADINGS:
            break
    return []


def _labelled_posts(page: Page) -> list[HtmlElement]:
    """The alike posts of a section named for comments only by its ``aria-label`` (a
    ``<section>``, or an element whose role is "region"), inside it."""
    regions = [page.elements[i] for i, role in page.roles if role == "region"]
    regions.extend(tagged(page, "section"))
    for region in regions[:_MAX_LABELLED]:
        label = region.get("aria-label")
        if not label or _SECTION_HEADING.match(label.strip()) is None:
            continue
        if excluded_context(region):
            continue
        posts = _named(_posts_below(region, page), page)
        if posts:
            return posts
    return []


_MAX_LABELLED = 200  # sections and regions whose label is read


def _own_nodes(post: HtmlElement) -> list[HtmlElement]:
    """The elements of ``post``, itself first (no comments or processing instructions)."""
    return [node for node in post.iter() if isinstance(node.tag, str)]


def _named(posts: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """The posts that show who wrote them: under a heading that names comments, teaser cards
    of other articles (a title, a day, a summary) are alike dated posts too, but unsigned."""
    named = []
    others = set(posts)  # a post is never the head row of the next (one row a comment)
    for post in posts:
        if comment_author(_own_nodes(post), None) is not None or _line_name(post, page):
            named.append(post)
        elif post.tag == "tr" and (head := row_head(post, others, page)) and head[0] is not None:
            named.append(post)  # a text row after the head row that names its writer
    return named


def _line_name(post: HtmlElement, page: Page) -> bool:
    """Whether a post's first line sets a name apart ("<header><b>Sam</b> <time>…")."""
    first = next((c for c in post if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("p", "div", "header", "footer", "span", "td"):
        return False
    for node in first.iter(*NAME_TAGS):
        name = clean_author(element_text(node, 80))
        if name and len(name.split()) <= 5 and find_text_date(name, page.html_lang) is None:
            return True
    return False


def _posts_after(heading: HtmlElement, page: Page) -> list[HtmlElement]:
    """The alike posts of a comment section whose heading is not among them: the heading
    sits in a small wrapper ("<header><h2>Replies</h2><a>…</a></header>") with the posts
    after the wrapper, or the posts sit in the container after the heading (or after its
    wrapper), one or two wrappers deep."""
    starts = [heading]
    parent = heading.getparent()
    if (
        parent is not None
        and parent.tag in _HEADING_WRAPPERS
        and len(parent) <= 3
        and parent.getparent() is not None
    ):
        posts = alike_posts(parent.getparent(), parent, page)
        if posts:
            return posts
        starts.append(parent)
    for start in starts:
        box = start.getnext()
        while box is not None and not isinstance(box.tag, str):
            box = box.getnext()  # comments and processing instructions between
        posts = _posts_below(box, page)
        if posts:
            return posts
    return []


def _posts_below(box: HtmlElement | None, page: Page) -> list[HtmlElement]:
    """The alike posts among the children of ``box``, or of its only child, one or two
    wrappers deep; the items of a list (``<ul>``/``<ol>``: Komento, vBulletin) too."""
    for _ in range(3):
        if box is not None and box.tag in _TABLE_BOXES:
            # an old site's table, one row a comment: a first cell with the name and the day
            # ("<td><b>Sam</b><br>05.12.2026</td><td>text</td>"), the rows alike
            rows = box
            if box.tag == "table":
                body = next((c for c in box if c.tag == "tbody"), None)
                rows = body if body is not None else box
            return alike_posts(rows, None, page, _ROW_POSTS) or row_pairs(rows, page)
        if box is not None and box.tag in _LIST_BOXES:
            # list items are teasers and link lists far more often than posts: each must
            # name its writer in an element classed for it
            posts = alike_posts(box, None, page, _LIST_POSTS)
            if all(comment_author(_own_nodes(post), None) is not None for post in posts):
                return posts
            return []
        if box is None or box.tag not in _POST_BOXES:
            break
        posts = alike_posts(box, None, page)
        if posts:
            return posts
        inner = [child for child in box if isinstance(child.tag, str)]
        box = inner[0] if len(inner) == 1 else None
    return []


_HEADING_WRAPPERS = frozenset({"header", "div", "hgroup"})
_POST_BOXES = frozenset({"div", "section", "main"})
_LIST_BOXES = frozenset({"ul", "ol"})
_LIST_POSTS = frozenset({"li"})
_TABLE_BOXES = frozenset({"table", "tbody"})
_ROW_POSTS = frozenset({"tr"})
_MAX_SECTION_HEADINGS = 10  # headings naming comments that are tried, in page order
_MAX_POSTS = 10_000  # siblings read after such a heading


_POST_TAGS = frozenset({"div", "article", "section"})


def alike_posts(
    section: HtmlElement,
    after: HtmlElement | None = None,
    page: Page | None = None,
    post_tags: frozenset[str] = _POST_TAGS,
) -> list[HtmlElement]:
    """A comment section without a list: its alike dated posts ("<article class=reply>" …).

    Two or more children of one tag (among ``post_tags``) and class (after the child
    ``after`` when given), each
    with a date (``<time>``; given the ``page``, also a first line holding a date, see
    :func:`first_line`) and some text, and none holding a form: the comments, written as
    blocks instead of list items.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    children = islice(after.itersiblings() if after is not None else iter(section), _MAX_POSTS)
    for child in children:
        tag = child.tag
        if isinstance(tag, str) and tag in post_tags:
            groups.setdefault((tag, _steady_class(child)), []).append(child)
    for posts in groups.values():
        if len(posts) < 2:
            continue
        if all(
            (
                next(post.iter("time"), None) is not None
                or (
                    page is not None
                    and (
                        first_line(post, page) is not None
                        or foot_line(post, page) is not None
                        or _dated_part(post, page)
                    )
                )
            )
            and next(post.iter("form", "textarea"), None) is None
            and len(element_text(post, 40)) >= 20
            for post in posts
        ):
            return posts
    return []


def _dated_part(post: HtmlElement, page: Page) -> bool:
    """Whether an element near the top of ``post`` classed (or ``data-hook``-named) for its
    day prints one: "<p class=reaction__date>5 décembre 2026</p>", "<span data-hook=
    creation-date>3 h</span>" (a relative label read against ``now=``)."""
    parts = [
        node
        for node in islice(post.iter(), _DATED_NODES)
        if isinstance(node.tag, str) and node.attrib and node_bits(node) & DATE_BIT
    ]
    return bool(parts) and comment_date(parts[:3], page)[0] is not None


_DATED_NODES = 40  # the nodes of a post searched for its day


# Class tokens that alternate between alike posts ("bg1"/"bg2", "odd"/"even", "post-12").
_ALTERNATING = re.compile(r"^(?:odd|even|alt|first|last|unread)$|\d")


def _steady_class(el: HtmlElement) -> str:
    """``el``'s class without the tokens that alternate between alike posts."""
    cls = el.get("class")
    if not cls:
        return ""
    return " ".join(sorted(t for t in cls.split() if not _ALTERNATING.search(t.lower())))
