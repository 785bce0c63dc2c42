"""The reader of the HTML comments: each comment element found (see
:mod:`newsmeta._extract._comment_find`) read into a :class:`Comment` with its text,
writer, day, votes and parent (threads and replies), computed once a page.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsmeta._dates._validity import date_problem
from newsmeta._extract._comment_class import DOWN_BIT, UP_BIT, class_bits, class_tokens
from newsmeta._extract._comment_date import comment_date
from newsmeta._extract._comment_find import html_items
from newsmeta._extract._comment_forum import forum_replies
from newsmeta._extract._comment_guards import NOT_COMMENT, excluded_context, form_part, holds_form
from newsmeta._extract._comment_lead import strip_lead
from newsmeta._extract._comment_lines import (
    definition_group,
    first_line,
    foot_line,
    head_before,
    name_heading,
    term_line,
)
from newsmeta._extract._comment_opening import opening_post
from newsmeta._extract._comment_reply import reply_target
from newsmeta._extract._comment_rows import row_head
from newsmeta._extract._comment_text import MAX_ITEM_CHARS, has_content, own_iter, tidy, walk_text
from newsmeta._extract._comment_thread import thread_parents
from newsmeta._extract._comment_tombstone import is_tombstone
from newsmeta._extract._comment_writer import comment_author
from newsmeta._extract._page import Page, element_text
from newsmeta._extract._values import to_number
from newsmeta._extract.sources.avatarcard import card_writer
from newsmeta._models import Author, AuthorKind, Comment

__all__ = [
    "comment_elements",
    "page_comments",
    "read_thread_opening",
    "thread_opening",
]


def _votes(own: list[HtmlElement]) -> tuple[int | None, int | None]:
    up = down = None
    for node in own:
        if not node.attrib:
            continue
        bits = class_bits(node.get("class"))
        is_up = bool(bits & UP_BIT)
        is_down = bool(bits & DOWN_BIT)
        if is_up == is_down:
            continue
        raw = node.get("data-count") or node.get("data-votes") or element_text(node, limit=20)
        count = to_number(raw, whole=True)
        if not isinstance(count, int):
            continue
        if is_up and up is None:
            up = count
        elif is_down and down is None:
            down = count
    return up, down


def _item_id(el: HtmlElement) -> str | None:
    for attr in ("id", "data-comment-id", "data-id", "data-commentid"):
        value = el.get(attr)
        if value and value.strip() and len(value) <= 100:
            return str(value).strip()
    return None


def _reply_list(cls: str | None) -> bool:
    """Whether a class names a list of replies ("children", "replies", "antworten",
    "risposte", "respostas", "réponses", "odpowiedzi", "antwoorden", "yanitlar",
    "follow-up"): its words
    are read as substrings of the lower-cased value (none holds a space)."""
    if not cls:
        return False
    low = cls.lower()
    return (
        "child" in low
        or "repl" in low
        or "antwo" in low
        or "respuesta" in low
        or "rispost" in low
        or "respost" in low
        or "ponses" in low
        or "odpowied" in low
        or "yanit" in low
        or "follow" in low  # Isso's "isso-follow-up"
    )


def comment_elements(page: Page) -> list[HtmlElement]:
    """The elements whose text the comment reader read as a reader's comment (computed once a
    page, shared with the comments source): the body reader leaves them out."""
    return page_comments(page)[2]


def page_comments(page: Page) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement]]:
    found: tuple[list[Comment], list[HtmlElement], list[HtmlElement]] = page.cached(
        "html-comments", _thread_comments
    )
    return found


def thread_opening(page: Page) -> tuple[Comment, HtmlElement] | None:
    """A thread's opening post that the page classed as a comment (see
    :mod:`newsmeta._extract._comment_opening`), and its element: the page's article."""
    page_comments(page)
    opening: tuple[Comment, HtmlElement] | None = page.cached("thread-opening", _no_opening)
    return opening


def read_thread_opening(page: Page) -> tuple[Comment, HtmlElement] | None:
    """:func:`thread_opening` when the page's comments were already read (a full extraction
    reads them before any source), else None: it never starts reading them (metadata-only
    extraction reads no comments)."""
    if page.computed("html-comments") is None:
        return None
    return thread_opening(page)


def _no_opening(page: Page) -> None:
    return None


def _thread_comments(
    page: Page,
) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement]]:
    """The comments read, without a thread's opening post (kept as the page's article)."""
    comments, items, read, marked = _html_comments(page)
    if not marked or not opening_post(page, comments, read):
        return comments, items, read
    first = comments[0]
    page.cached("thread-opening", lambda _page: (first, read[0]))
    return comments[1:], [el for el in items if el is not read[0]], read[1:]


def _html_comments(
    page: Page,
) -> tuple[list[Comment], list[HtmlElement], list[HtmlElement], bool]:
    """The comments read from the page's HTML, the comment elements found, those of the
    comments read, and whether the page marked them as comments (not a forum's posts)."""
    raw_items, signed_only = html_items(page)
    if not raw_items:
        return (*forum_replies(page), False)
    item_set = set(raw_items)
    # Nearest ancestor item of each item, and whether a list/children container sits between.
    parent_of: dict[HtmlElement, HtmlElement | None] = {}
    alias: set[HtmlElement] = set()
    for el in raw_items:
        node = el.getparent()
        via_list = False
        depth = 0
        found = None
        while node is not None and depth < 40:
            if node in item_set:
                found = node
                break
            if node.tag in ("ul", "ol", "dl") or _reply_list(node.get("class")):
                via_list = True
            node = node.getparent()
            depth += 1
        parent_of[el] = found
        if found is not None and not via_list:
            alias.add(el)  # a wrapper inside the same comment (article.comment-body …)
    # One comment never holds two alike others (one tag, one class) with no reply list
    # between them: an element classed as one ("comment-wrapper", "comment-box") around
    # several is the section. (Unlike parts of one comment, "comment-main" beside
    # "comment-box", are its parts.)
    held: dict[tuple[HtmlElement, str, str], int] = {}
    for el in alias:
        owner = parent_of[el]
        if owner is not None:
            key = (owner, el.tag, el.get("class") or "")
            held[key] = held.get(key, 0) + 1
    sections = {key[0] for key, n in held.items() if n >= 2}
    if sections:
        for el in raw_items:
            owner = parent_of[el]
            while owner is not None and owner in sections:
                owner = parent_of[owner]
            if el in alias and parent_of[el] in sections:
                alias.discard(el)
            parent_of[el] = owner
        alias.update(sections)
    items = [el for el in raw_items if el not in alias]
    if not items:
        return [], [], [], True
    # Drop lists inside "recent comments" widgets and elements holding a form.
    items = [el for el in items if not excluded_context(el) and not form_part(el)]
    kept = set(items)
    max_comments = page.limits.max_comments
    comments: list[Comment] = []
    read: list[HtmlElement] = []
    ids: dict[HtmlElement, str] = {}
    position = {el: i for i, el in enumerate(items)}
    alias_id: dict[HtmlElement, str] = {}
    for other in raw_items:
        owner = parent_of.get(other)
        if other in alias and owner is not None and owner not in alias_id:
            got = _item_id(other)
            if got is not None:
                alias_id[owner] = got
    kept_parent = thread_parents(items, parent_of, kept)
    has_replies = {p for p in kept_parent.values() if p is not None}
    base = page.url
    skip = kept  # nested items are skipped while reading an item (an item never skips itself)
    found_ids: set[str] = set()  # the ids of the comments read so far
    dropped: set[HtmlElement] = set()  # placeholders of deleted comments: their replies go up
    if len(items) > max_comments:
        page.warn(
            "too-many-comments",
            f"{len(items)} comments on the page; the first {max_comments} read "
            "(Limits.max_comments)",
        )
    for index, el in enumerate(items[:max_comments]):
        meta_line = first_line(el, page, classed=bool(el.get("class"))) or foot_line(el, page)
        parts: list[str] = []
        name_head = name_heading(el) if meta_line is None else None
        also = meta_line[0] if meta_line is not None else name_head
        walk_text(el, skip, parts, [MAX_ITEM_CHARS], also)
        text = tidy(parts)
        if not has_content(text) or (NOT_COMMENT.match(text) and len(text) < 60):
            continue
        if is_tombstone(text):
            dropped.add(el)
            continue
        if any(t in ("pingback", "trackback") for t in class_tokens(el)):
            continue
        ident = _item_id(el) or alias_id.get(el)
        parent = kept_parent[el]
        while parent is not None and parent in dropped:
            parent = kept_parent[parent]  # a reply to a deleted comment answers its parent
        parent_id = None
        if parent is not None:
            parent_id = ids.get(parent)
            if parent_id is None:
                parent_id = f"#{position[parent] + 1}"
                ids[parent] = parent_id
        if ident is None and el in has_replies:
            ident = f"#{index + 1}"
        if ident is not None:
            ids[el] = ident
        # The comment's own nodes, walked once for its date, author and votes.
        own = list(own_iter(el, skip))
        if el.tag == "dd":
            own.extend(definition_group(el, kept))
        if parent_id is None and found_ids:
            # a flat list's "In reply to <a href=#comment-12>": the comment it answers
            target = reply_target(own)
            if target is not None and target != ident and target in found_ids:
                parent_id = target
        date, label = comment_date(own, page)
        author = comment_author(own, base)
        if meta_line is not None:
            author = author or meta_line[1]
            date = date or meta_line[2]
        if author is None and name_head is not None:
            author = Author(name=element_text(name_head, 80), kind=AuthorKind.PERSON)
        if author is None:
            author = card_writer(own, el, page.html_lang)  # an avatar beside the name
        if author is not None:
            # "<cite>Jane</cite> says:" and the day over the text: not the comment's words
            text, lead_date = strip_lead(text, author.name, page.html_lang)
            date = date or lead_date
        if el.tag == "dd" and (author is None or date is None):
            term = term_line(el, kept, page)
            if term is not None:
                author = author or term[0]
                date = date or term[1]
        if el.tag == "tr" and (author is None or date is None):
            row = row_head(el, kept, page)  # a table's head row over the text row
            if row is not None:
                author = author or row[0]
                date = date or row[1]
        if author is None and date is None and label is None:
            head = head_before(el, kept)
            if head is not None:
                date, label = comment_date(head, page)
                author = comment_author(head, base)
        if date is not None and date_problem(date, page.now) is not None:
            date = None  # the validity rule: no comment from the future or before 1995
        if (author is None and date is None and label is None) and (
            signed_only or (ident is None and holds_form(el))
        ):
            continue  # a block around a comment form, with nobody, no day and no id, is none
        up, down = _votes(own)
        try:
            comments.append(
                Comment(
                    text=text,
                    id=ids.get(el),
                    author=author,
                    date_published=date,
                    parent_id=parent_id,
                    upvotes=up,
                    downvotes=down,
                    date_label=label,
                )
            )
        except (TypeError, ValueError):
            continue
        read.append(el)
        if ident is not None:
            found_ids.add(ident)
    return comments, items, read, True
