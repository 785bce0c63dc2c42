"""What the class and id values of a comment's elements say: one comment, one comment's text,
a whole section, or metadata (writer, day, votes), read once per distinct value.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsmeta._extract._comment_form import PLURAL
from newsmeta._extract._words import COMMENT_NOUNS

__all__ = [
    "AUTHOR_BIT",
    "CREDIT_BIT",
    "DATE_BIT",
    "DOWN_BIT",
    "ITEM_TAGS",
    "PLURAL_BIT",
    "PLURAL_TOKEN",
    "TEXT_BIT",
    "UP_BIT",
    "class_bits",
    "class_tokens",
    "is_item",
    "is_meta",
    "item_bits",
    "node_bits",
]

# One class token (lower-cased) that marks a single comment element.
_NOUN = "|".join(COMMENT_NOUNS)
_ITEM_TOKEN = re.compile(
    rf"^(?:[a-z0-9]{{1,20}}[-_]?)?(?:(?:{_NOUN})"
    r"(?:[-_]{0,2}(?:item|entry|block|single|node|default|post|unit|card|article)|"
    r"(?:s|e|en|es)[-_]?(?:item|entry|single|con|unit))?"
    rf"|(?:{PLURAL})[-_]?(?:item|entry|single|con|unit))$"
)
_ITEM_ID = re.compile(rf"^(?:li-|div-)?(?:{_NOUN}|reply)[-_]?(\d{{1,20}})$")
_BAD_PREFIX = re.compile(
    r"^(?:no|add|has|leave|new|write|post|open|closed?|toggle|show|hide|load|more|recent|"
    r"latest|top|best|all|hot|last|total|fb|facebook|your|my|submit|send|reply|form|icon|ico|fa|btn|"
    r"button|count|num|with|without|data|allow|disable|enable|js|is|can)[-_]?"
    rf"(?:{_NOUN})"
)
_BAD_ID = re.compile(r"form|respond|reply|identity|subscribe|submit|count|area|list|section|wrap")
ITEM_TAGS = frozenset({"li", "div", "article", "dd", "section", "blockquote", "td", "tr"})
# A class/id token of an element inside a comment that holds metadata, not the text.
_META_TOKEN = re.compile(
    r"author|autor|auteur|avatar|vcard|meta|date|datum|fecha|(?:^|[-_])data$|time|reply|replies|"
    r"antwort|respond|permalink|edit|"
    r"action|tool|control|vote|like|share|rating|report|flag|says|moderat|badge|user|name|nick|"
    r"signature|footer|header|heading|title|byline|posted|submitted|publish|updated|count|expand|"
    r"collapse|toggle|"
    r"pagination|profile|children|child|thread|^fn$|^by$|^nav|(?:^|[-_])info$|^links?$|^more$|"
    r"^subject$|"
    # a comment's header, action and vote rows in Dutch, German, Polish and Italian class
    # names ("komentarz-naglowek", "komentarz-akcje", "reactie-stemmen")
    r"(?:^|[-_])(?:naglowek|akcje|stemmen|azioni)$"
)
# Author and date class words, with their Italian/Polish/Portuguese ("autore", "data"),
# French/Dutch ("auteur") and Dutch/Turkish ("naam", "yazar"; "tijd", "tarih") forms.
_AUTHOR_TOKEN = re.compile(r"author|vcard|user|name|nick|poster|^fn$|^by$|autor|auteur|naam|yazar")
_DATE_TOKEN = re.compile(
    r"date|time|meta|posted|published|datum|fecha|ago|^age$|(?:^|[-_])data$|footer|tijd|tarih"
)
_UP_TOKEN = re.compile(r"(?:^|[-_])(?:up|upvotes?|likes?|plus|positive|thumbs?-?up|pro)(?:$|[-_])")
_DOWN_TOKEN = re.compile(
    r"(?:^|[-_])(?:down|downvotes?|dislikes?|minus|negative|thumbs?-?down|contra)(?:$|[-_])"
)


def class_tokens(el: HtmlElement) -> list[str]:
    cls = el.get("class")
    return cls.lower().split() if cls else []


# What a class value says about a node inside a comment, one bit per test (the tests of
# is_meta, comment_date, comment_author and the votes, read once per distinct class value:
# the comments of a page repeat the same few classes on every node).
_META_BIT, DATE_BIT, AUTHOR_BIT, CREDIT_BIT, UP_BIT, DOWN_BIT = 1, 2, 4, 8, 16, 32
_CLASS_BITS: dict[str, int] = {}
_MAX_CLASS_BITS = 50_000


def class_bits(cls: str | None) -> int:
    """The verdicts of a class value (0 for none), cached per value."""
    if not cls:
        return 0
    bits = _CLASS_BITS.get(cls)
    if bits is not None:
        return bits
    low = cls.lower()
    toks = low.split()
    bits = 0
    if any(
        _META_TOKEN.search(tok) and "content" not in tok and "text" not in tok and "body" not in tok
        for tok in toks
    ) and not any(_TEXT_TOKEN.match(tok) for tok in toks):  # "comment-body js-edit-hide"
        bits |= _META_BIT
    if any(_DATE_TOKEN.search(tok) for tok in toks):
        bits |= DATE_BIT
    if any(_author_token(tok) for tok in toks):
        bits |= AUTHOR_BIT
    if any(_CREDIT_LINE_TOKEN.search(tok) for tok in toks):
        bits |= CREDIT_BIT
    if _UP_TOKEN.search(low):
        bits |= UP_BIT
    if _DOWN_TOKEN.search(low):
        bits |= DOWN_BIT
    if len(_CLASS_BITS) >= _MAX_CLASS_BITS:
        _CLASS_BITS.clear()
    _CLASS_BITS[cls] = bits
    return bits


def node_bits(node: HtmlElement) -> int:
    """The verdicts of a node's class, or of its ``data-hook`` when its class says nothing:
    site builders hash their class names and name the parts of a comment in that attribute
    (``<span data-hook="user-name" class="_2vWlN">``)."""
    bits = class_bits(node.get("class"))
    if not bits:
        hook = node.get("data-hook")
        if hook:
            bits = class_bits(hook)
    return bits


# What a class value says about a hinted element (one comment, one comment's text, a whole
# section), read once per distinct value like class_bits.
_ITEM_BIT, TEXT_BIT, PLURAL_BIT = 1, 2, 4
_ITEM_BITS: dict[str, int] = {}


def item_bits(cls: str | None) -> int:
    """The element verdicts of a class value (0 for none), cached per value."""
    if not cls:
        return 0
    bits = _ITEM_BITS.get(cls)
    if bits is not None:
        return bits
    toks = cls.lower().split()
    bits = 0
    if any(_ITEM_TOKEN.match(tok) and not _BAD_PREFIX.match(tok) for tok in toks):
        bits |= _ITEM_BIT
    if any(_TEXT_TOKEN.match(tok) for tok in toks):
        bits |= TEXT_BIT
    if any(PLURAL_TOKEN.search(tok) for tok in toks):
        bits |= PLURAL_BIT
    if len(_ITEM_BITS) >= _MAX_CLASS_BITS:
        _ITEM_BITS.clear()
    _ITEM_BITS[cls] = bits
    return bits


def is_item(el: HtmlElement, key: str) -> bool:
    """Whether a hinted element looks like one comment (class token or id)."""
    tag = el.tag
    if tag not in ITEM_TAGS:
        return False
    ident = (el.get("id") or "").lower()
    if ident and _ITEM_ID.match(ident):
        return True
    if item_bits(el.get("class")) & _ITEM_BIT:
        return True
    if key.startswith(" ") and ident.startswith("comment") and ident[7:8] in ("-", "_"):
        # id="comment-abc123" with no class: Disqus-style exports
        return len(ident) <= 40 and not _BAD_ID.search(ident) and any(c.isdigit() for c in ident)
    return False


def is_meta(el: HtmlElement) -> bool:
    if class_bits(el.get("class")) & _META_BIT:
        # A metadata block never holds paragraphs: some themes put the text there. (A
        # paragraph classed as metadata, "<p class=comment-time>", is one.) Nor does it
        # hold the comment's text element ("usertype-guest" around "comment-body").
        if next((p for p in el.iter("p") if p is not el), None) is not None:
            return False
        return not _holds_comment_text(el)
    ident = el.get("id")
    return bool(ident and _META_TOKEN.search(ident.lower()) and not _ITEM_ID.match(ident.lower()))


def _holds_comment_text(el: HtmlElement) -> bool:
    """Whether an element below ``el`` is classed as a comment's text ("comment-body")."""
    return any(item_bits(node.get("class")) & TEXT_BIT for node in el.iterdescendants())


def _author_token(token: str) -> bool:
    """A class token naming the writer: not an avatar, and not a text field whose name holds
    "name" (Drupal's "field--name-comment-body" is the comment's text)."""
    return (
        _AUTHOR_TOKEN.search(token) is not None
        and "avatar" not in token
        and _TEXT_FIELD.search(token) is None
    )


_TEXT_FIELD = re.compile(r"body|content|text|message")


# A class token of a comment's footer or header line, which may credit the writer ("Posted by:
# <a>Name</a> | May 3, 2024 at 10:10 AM").
_CREDIT_LINE_TOKEN = re.compile(r"footer|header|meta|info|posted|signature|byline")


# A class token naming one comment's text: "comment-body", "comment__text", "commentText",
# "c-comment-content", "kommentar-text", "commento-testo", "reactie-tekst".
_TEXT_TOKEN = re.compile(
    rf"^(?:[a-z0-9]{{1,12}}[-_]{{1,2}})?(?:{_NOUN})[-_]{{0,2}}"
    r"(?:body|content|text|texte|tekst|testo|texto|tresc|inhalt|message|msg|txt)$"
)
# A class/id token naming a whole comment section: a plural ("comments", "kommentare") alone
# or with a prefix or suffix ("post-comments", "comments-list", "c-comments").
PLURAL_TOKEN = re.compile(rf"(?:^|[-_])(?:{PLURAL})(?:$|[-_])")
