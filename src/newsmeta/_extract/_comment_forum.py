"""The replies of a forum thread, read as the comments of its first post.

A thread page (phpBB, vBulletin, XenForo, SMF, MyBB, FluxBB) prints its posts as alike
sibling elements whose ids number them (``p5501``, ``post_7101``, ``js-post-881``,
``msg2201``), each with its writer's name, its day and a box holding its text
(``div.content``, ``blockquote.postcontent``, ``article.message-body``, ``div#msg_2201``).
The first post is the article (its writer and day are the byline's); the others are
replies: comments, with their writer and day. When an ``<article>`` holding a story comes
before the posts, all of them are replies to it. Blog posts listed one after another carry
such ids too: a post holding a heading link to another page (a title of several words) is
a teaser, and then no post is read as a reply.

Read only on pages where nothing is marked as a comment.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._comment_lead import plain_name
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import find_text_date, to_date
from newsmeta._models import Author, AuthorKind, Comment, DateValue

__all__ = ["forum_replies", "thread_starter"]

_POST_ID = re.compile(r"^(?:js-)?(?:p|post|msg|message)[-_]?\d{1,12}$")
_BOX = re.compile(r"content|message|body|text|msg|bbwrapper")
_NAME = re.compile(r"user-?name|author|poster|(?:^|[-_\s])name(?:$|[-_\s])")
_DAY = re.compile(r"date|time|posted")
_HEADINGS = ("h1", "h2", "h3", "h4")
_MIN_POSTS = 2
_TITLE_WORDS = 4  # a heading link this long is a title, not a writer's name
_MAX_POSTS = 500
_MAX_LINE = 120  # a line outside the text box that may print the day
_MAX_TEXT = 20_000
_STORY_CHARS = 500  # an article before the posts holding this much text is their story
_MAX_HEAD = 200  # the subject and writer's line above a post's text box
# A line of the writer's panel that dates the writer, not the post.
_JOINED = re.compile(
    r"joined|join date|registered|member since|dabei seit|registriert|mitglied seit|inscrit|"
    r"inscrito|registrado|iscritto|lid sinds|geregistreerd",
    re.I,
)


# The same test over all of a page's ids at once (one search in C): no post id, no thread.
_ANY_POST_ID = re.compile(r"^(?:js-)?(?:p|post|msg|message)[-_]?\d{1,12}$", re.M | re.I)


def _posts(page: Page) -> list[HtmlElement]:
    """The first run of alike siblings whose ids number posts, at least two."""
    if _ANY_POST_ID.search("\n".join(filter(None, page.ids))) is None:
        return []
    groups: dict[HtmlElement, list[HtmlElement]] = {}
    first: HtmlElement | None = None
    for el, ident in zip(page.elements, page.ids):
        if not ident or not ident[-1].isdigit() or _POST_ID.match(ident.lower()) is None:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        run = groups.setdefault(parent, [])
        if len(run) < _MAX_POSTS:
            run.append(el)
        if first is None:
            first = parent
    if first is None:
        return []
    run = groups[first]
    if len(run) < _MIN_POSTS or len({el.tag for el in run}) != 1:
        return []
    return run


def _teaser(post: HtmlElement) -> bool:
    """Whether a post holds a heading link to another page: a title of several words, or
    any link in a heading classed as a title ("entry-title")."""
    for heading in post.iter(*_HEADINGS):
        titled = "title" in (heading.get("class") or "").lower()
        for link in heading.iter("a"):
            href = link.get("href") or ""
            if not href.startswith("#") and (
                titled or len(element_text(link, 200).split()) >= _TITLE_WORDS
            ):
                return True
    return False


def _box(post: HtmlElement) -> HtmlElement | None:
    """The element classed (or named by its id) as the post's text box that holds the most
    text; of nested ones, the innermost that holds at least half of its box's text or all
    but a short head (the subject and the "by Sam » date" line over the text)."""
    best: HtmlElement | None = None
    size = 0
    for node in post.iterdescendants():
        if not isinstance(node.tag, str) or not node.attrib:
            continue
        key = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if key and _BOX.search(key) and "user" not in key and "sig" not in key:
            shown = len(element_text(node, _MAX_TEXT))
            inner = best is not None and best in node.iterancestors()
            if (inner and (2 * shown >= size or size - shown <= _MAX_HEAD)) or (
                not inner and shown > size
            ):
                best, size = node, shown
    return best if size else None


def _writer(post: HtmlElement, box: HtmlElement) -> Author | None:
    shown = post.get("data-author")
    if shown and shown.strip():
        return Author(name=shown.strip(), kind=AuthorKind.PERSON)
    for node in post.iterdescendants():
        if node is box or not isinstance(node.tag, str):
            continue
        cls = (node.get("class") or "").lower()
        if not cls or _NAME.search(cls) is None or box in node.iterancestors():
            continue
        target = next(node.iter("a"), node)
        name = plain_name(element_text(target, 100))
        if name and len(name) <= 60 and find_text_date(name) is None:
            return Author(name=name, kind=AuthorKind.PERSON)
    return None


def _day(post: HtmlElement, box: HtmlElement, language: str | None) -> DateValue | None:
    for time in post.iter("time"):
        if box not in time.iterancestors():
            found = to_date(time.get("datetime") or element_text(time, 80), language)
            if found is not None:
                return found[0]
    for node in post.iterdescendants():
        if node is box or not isinstance(node.tag, str) or box in node.iterancestors():
            continue
        if len(node) > 2:
            continue  # a line, not a panel
        text = element_text(node, _MAX_LINE + 1)
        if not text or len(text) > _MAX_LINE:
            continue
        cls = (node.get("class") or "").lower()
        if (_DAY.search(cls) or any(ch.isdigit() for ch in text)) and not _JOINED.search(text):
            found = find_text_date(text, language)
            if found is not None and found[1] not in ("year", "month"):
                return found[0]
    return None


def _story_before(page: Page, first: HtmlElement) -> bool:
    """Whether an ``<article>`` holding a story comes before the posts (not around them):
    then every post is a reply to it, the first one too."""
    ancestors = set(first.iterancestors())
    stories = [
        el
        for el in page.articles
        if el not in ancestors and len(element_text(el, _STORY_CHARS)) >= _STORY_CHARS
    ]
    if not stories:
        return False
    order = {el: i for i, el in enumerate(page.elements) if el is first or el in stories}
    return any(order.get(el, -1) < order.get(first, -1) for el in stories)


_Read = tuple[list[tuple[HtmlElement, HtmlElement, Author, DateValue]], list[HtmlElement], int]


def _read_thread(page: Page) -> _Read:
    """The posts read (each with its text box, writer and day), all the posts, and the index
    of the first reply (0 when a story before the posts is what they reply to)."""
    posts = _posts(page)
    if not posts or any(_teaser(post) for post in posts):
        return [], [], 0
    read: list[tuple[HtmlElement, HtmlElement, Author, DateValue]] = []
    for post in posts:
        box = _box(post)
        if box is None:
            return [], [], 0
        writer = _writer(post, box)
        day = _day(post, box, page.html_lang)
        if writer is None or day is None:
            return [], [], 0  # every post of a thread shows who wrote it and when
        read.append((post, box, writer, day))
    return read, posts, 0 if _story_before(page, posts[0]) else 1


def _thread(page: Page) -> _Read:
    thread: _Read = page.cached("forum-thread", _read_thread)
    return thread


def thread_starter(page: Page) -> tuple[Author, HtmlElement] | None:
    """The writer of a thread's first post (the thread's article) and that post, when the
    page is a thread whose first post is no reply."""
    read, _, start = _thread(page)
    if not read or start != 1:
        return None
    post, _, writer, _ = read[0]
    return writer, post


def forum_replies(page: Page) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement]]:
    """The replies of a thread page as comments, the posts, and the replies read."""
    read, posts, start = _thread(page)
    if not read:
        return [], [], []
    comments: list[Comment] = []
    replies: list[HtmlElement] = []
    for post, box, writer, day in read[start:]:
        text = element_text(box, _MAX_TEXT)
        if not text:
            continue
        comments.append(Comment(text=text, id=post.get("id"), author=writer, date_published=day))
        replies.append(post)
    return comments, posts, replies
