"""Reader comments, the declared comment count, and the comment form.

Fields: ``comments`` (a flat ``tuple[Comment, ...]``; replies point at their parent with
``parent_id``), ``comment_count`` (from visible text such as "3 thoughts on …"),
``comments_open`` (a comment form is present) and ``comment_form_fields`` (its required
fields, normalised to ``name``, ``email``, ``message``, ``website``, ``captcha``).

Sources, cheapest first: JSON-LD ``Comment`` nodes, microdata ``Comment`` scopes, and the
common HTML shapes found through ``page.hinted`` (elements whose class/id mention
comments): WordPress ``li.comment`` with ``.children``, hAtom, Blogger, wpDiscuz, Disqus-
style server-rendered lists, forum-like threads. A comment *form* is never a comment.
The count and the form are read in :mod:`newsmeta._extract._comment_form`.

This module is the source's entry point; the reader is split by concept into
``newsmeta._extract._comment_*`` modules: ``_comment_structured`` (JSON-LD, microdata,
RDFa), ``_comment_find`` (the comment elements of the HTML), ``_comment_posts`` (posts
under a title naming comments), ``_comment_read`` (each element read into a comment, with
its thread), ``_comment_text``, ``_comment_writer``, ``_comment_date`` and
``_comment_lines`` (a comment's text, writer, day and the lines that sign it),
``_comment_class`` (what class values say) and ``_comment_guards`` (what is never a
comment).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._comment_class import class_tokens
from newsmeta._extract._comment_form import (
    COUNT_TAGS,
    comment_count,
    comment_forms,
    comment_hinted,
    required_fields,
)
from newsmeta._extract._comment_read import comment_elements, page_comments, thread_opening
from newsmeta._extract._comment_structured import ld_comments, md_comments, rdfa_comments
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._models import SourceKind

__all__ = ["candidates", "comment_elements", "thread_opening"]

# A line saying the comments are closed (read when the page offers no comment form).
_CLOSED = re.compile(
    r"^(?:comments are closed|kommentare sind geschlossen|die kommentarfunktion ist "
    r"geschlossen|los comentarios est[áa]n cerrados|comentarios cerrados|les commentaires "
    r"sont ferm[ée]s|coment[aá]rios (?:est[ãa]o )?fechados)",
    re.I,
)


def candidates(page: Page) -> list[Candidate]:
    """Comment candidates of one page (see the module docstring)."""
    out: list[Candidate] = []
    structured = (
        (ld_comments(page), SourceKind.JSON_LD, "json-ld Comment", 0.9),
        (md_comments(page), SourceKind.MICRODATA, "microdata Comment", 0.85),
        (rdfa_comments(page), SourceKind.RDFA, "rdfa Comment", 0.8),
    )
    for found, source, where, confidence in structured:
        if found:
            out.append(
                Candidate(
                    field="comments",
                    value=tuple(found),
                    source=source,
                    locator=where,
                    raw=found[0].text[:200],
                    confidence=confidence,
                )
            )
    html_comments, items, _read = page_comments(page)
    if html_comments:
        out.append(
            Candidate(
                field="comments",
                value=tuple(html_comments),
                source=SourceKind.HATOM if _hatom(items) else SourceKind.CONTENT,
                locator=locator(items[0]),
                raw=html_comments[0].text[:200],
                confidence=0.7,
            )
        )
    count = comment_count(page)
    if count is not None:
        out.append(
            Candidate(
                field="comment_count",
                value=count[0],
                source=SourceKind.VISIBLE_TEXT,
                locator=locator(count[1]),
                raw=count[2],
                confidence=0.6,
            )
        )
    forms = comment_forms(page)
    if forms:
        form = forms[0]
        out.append(
            Candidate(
                field="comments_open",
                value=True,
                source=SourceKind.CONTENT,
                locator=locator(form),
                raw=(form.get("action") or form.get("id") or "form")[:200],
                confidence=0.8,
            )
        )
        fields = required_fields(form)
        if fields:
            out.append(
                Candidate(
                    field="comment_form_fields",
                    value=tuple(fields),
                    source=SourceKind.CONTENT,
                    locator=locator(form),
                    raw=", ".join(fields),
                    confidence=0.8,
                )
            )
    else:
        closed = _closed(page)
        if closed is not None:
            out.append(
                Candidate(
                    field="comments_open",
                    value=False,
                    source=SourceKind.VISIBLE_TEXT,
                    locator=locator(closed[0]),
                    raw=closed[1],
                    confidence=0.6,
                )
            )
    return out


def _closed(page: Page) -> tuple[HtmlElement, str] | None:
    for el, _key in comment_hinted(page):
        if el.tag not in COUNT_TAGS or len(el) > 4:
            continue
        text = element_text(el, limit=120)
        if text and len(text) <= 100 and _CLOSED.match(text):
            return el, text
    return None


def _hatom(items: list[HtmlElement]) -> bool:
    return any("hentry" in class_tokens(el) or "h-entry" in class_tokens(el) for el in items[:3])
