"""The author card: a writer shown as an avatar beside a name, with no "by" or byline class.

Blog platforms and news apps print the writer under the headline as a card: a round
picture (an ``<img>``, alt the name or empty, a ``<picture>``, an ``<svg>`` initials
circle), then the name, often linked to the writer's profile, then a date, a role, a
reading time or a "Follow" button::

    <div><a href="/@lena"><img alt="Lena Koch"></a>
      <div><a href="/@lena">Lena Koch</a> · <button>Follow</button></div>
      <div>6 min read · Mar 3, 2024</div></div>

The grammar: an avatar in the headline's zone (after the headline, before the story's
first paragraph), the smallest block around it holding a short text (the card), and that
text's first element naming one person of two words or more. The name counts only when
the card says it is a person's: the name is a link to a profile page ("/@handle",
"/author/…", "/people/…", "/u/…", "/in/…", "/profile/…") or to the page the avatar links
to, or the avatar's alt text is the name ("Lena Koch", "Lena Koch's photo"). A card
repeated beside alike siblings (teaser cards, a team list, "Who to follow") is no byline,
nor one holding a form (a comment box showing the reader's own avatar).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice

from lxml.html import HtmlElement

from newsmeta._extract._authored import byline_candidate
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import element_text
from newsmeta._extract._values import byline_authors, find_text_date
from newsmeta._models import Author, SourceKind

__all__ = ["avatar_card", "card_writer"]

# The avatars a card may open with.
_AVATARS = frozenset(("img", "svg"))
# The zone's elements read at most, and the text a story's first paragraph opens with: the
# card comes before the story.
_ZONE = 60
# The pictures tried as avatars at most.
_AVATARS_TRIED = 4
_STORY_TEXT = 80
# How far up from the avatar the card's block is looked for, and how long its text may be.
_UP = 6
_CARD_TEXT = 160
# The elements of the card and of the line after it looked at for a time or a button.
_LINE_ELEMENTS = 40
# The elements that hold no name: the picture's own parts, a button, a date.
_NO_NAME = frozenset(
    "img svg picture source text tspan title circle path g use button time script style "
    "noscript".split()
)
# A profile page's path: an archive "/author/…", "/people/…", a platform's "/@handle",
# "/u/handle", "/in/handle", "/profile/…".
_PROFILE_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|autores|people|person|profiles?|"
    r"journalists?|journalisten|redakteur(?:e|in)?|writers?|contributors?|columnists?|"
    r"reporters?|staff|by|u|user|users|in|members?)/[^/?#\s]{2,80}/?(?:[?#].*)?$|"
    r"/@[\w.-]{2,40}/?(?:[?#].*)?$",
    re.I,
)
# A picture shown as an avatar: its class or its block's, or its size.
_AVATAR_CLASS = re.compile(
    r"avatar|(?<![a-z])(?:rounded|round|face)|circle|profile|author|headshot|portrait|mugshot|"
    r"userpic"
)
"""Word starts for "round" and "face": "background", "surface", "typeface" are no avatars."""
_AVATAR_SIZE = 160
# A reading time's number and unit ("6 min read", "6 Min. Lesezeit", "6 dk okuma").
_MINUTES = re.compile(r"\b\d{1,3}\s*(?:min|minutes?|minuten|minutos|minuti|minuter|dk)\b", re.I)
# The class of a button styled from a link ("btn", "follow-button", "subscribe").
_BUTTON_CLASS = re.compile(r"btn|button|follow|subscribe", re.I)
# A link to the site's home page.
_ROOT = re.compile(r"(?:https?://[^/]+)?/?(?:index\.\w+)?(?:[?#].*)?$", re.I)


def avatar_card(
    zone: Sequence[HtmlElement], refused: Callable[[HtmlElement], bool], lang: str | None
) -> list[Candidate]:
    """The writer an author card names in ``zone`` (the elements after the headline), or
    nothing. ``refused`` tells the elements outside the article (furniture, other stories,
    figures) the byline readers skip."""
    tried = 0
    for node in zone[:_ZONE]:
        tag = node.tag
        if tag == "p" and len(node.text or "") >= _STORY_TEXT:
            return []  # the story began
        if tag not in _AVATARS:
            continue
        tried += 1
        if tried > _AVATARS_TRIED:
            return []  # a gallery, not a card
        found = _card(node)
        if found is None:
            continue
        card, name_el, author = found
        if (
            refused(node)
            or refused(name_el)
            or _repeated(card)
            or _by_form(card)
            or not _card_line(card, lang)
        ):
            continue
        return [byline_candidate((author,), name_el, author.name, 0.5, SourceKind.LINK)]
    return []


def card_writer(own: Sequence[HtmlElement], top: HtmlElement, lang: str | None) -> Author | None:
    """The writer of a comment ``top`` (its ``own`` nodes) shown only by an author card at
    its head: its first avatar, with the card's grammar, inside the comment."""
    for node in own[:_ZONE]:
        if node.tag not in _AVATARS:
            continue
        found = _card(node)
        if found is None:
            return None
        card, _, author = found
        if (card is top or top in card.iterancestors()) and _card_line(card, lang):
            return author
        return None
    return None


def _by_form(card: HtmlElement) -> bool:
    """Whether the card holds a form, or one comes right after it: a comment box showing
    the reader's own avatar and name."""
    after = card.getnext()
    return any(
        block is not None and next(block.iter("form", "textarea"), None) is not None
        for block in (card, after)
    )


def _card_line(card: HtmlElement, lang: str | None) -> bool:
    """Whether the card, or the line right after it, carries what a writer's card shows
    beside the name: a date, a reading time, a ``<time>``, a "Follow" or "Subscribe"
    button."""
    for block in (card, card.getnext()):
        if block is None:
            continue
        for el in islice(block.iter(), _LINE_ELEMENTS):
            if el.tag in ("time", "button") or _BUTTON_CLASS.search(el.get("class") or ""):
                return True
        text = element_text(block, _CARD_TEXT)
        if _MINUTES.search(text) or find_text_date(text, lang) is not None:
            return True
    return False


def _card(avatar: HtmlElement) -> tuple[HtmlElement, HtmlElement, Author] | None:
    """The card around ``avatar``, its name element and the person it names, if any."""
    block = avatar.getparent()
    for _ in range(_UP):
        if block is None or block.tag in ("body", "html", "main", "article"):
            return None
        text = element_text(block, _CARD_TEXT + 1)
        if text:
            if len(text) > _CARD_TEXT:
                return None
            return _named(block, avatar)
        block = block.getparent()
    return None


def _named(
    card: HtmlElement, avatar: HtmlElement
) -> tuple[HtmlElement, HtmlElement, Author] | None:
    """The card's first text after its avatar, when it names one person the card vouches for."""
    after = False
    for el in card.iter():
        if el is avatar:
            after = True
            continue
        if not after or not isinstance(el.tag, str) or el.tag in _NO_NAME:
            continue
        if el.getparent() is not None and _in_svg(el):
            continue
        own = (el.text or "").strip()
        if not own:
            continue
        link = _link_of(el)
        name_el = link if link is not None else el
        text = element_text(name_el, 80)
        if " " not in text or not _vouched(card, avatar, name_el, text):
            return None  # the cheap tests first: a name is read only when vouched for
        authors = byline_authors(text)
        if len(authors) != 1 or " " not in authors[0].name:
            return None
        return card, name_el, authors[0]
    return None


def _in_svg(el: HtmlElement) -> bool:
    return any(anc.tag == "svg" for anc in el.iterancestors())


def _link_of(el: HtmlElement, depth: int = 3) -> HtmlElement | None:
    node: HtmlElement | None = el
    for _ in range(depth):
        if node is None:
            return None
        if node.tag == "a":
            return node
        node = node.getparent()
    return None


def _vouched(card: HtmlElement, avatar: HtmlElement, name_el: HtmlElement, text: str) -> bool:
    """Whether the card says the name is a person's: a link to a profile page, else an
    avatar-shaped picture (small, or classed as one) whose alt text names them or whose
    link is the name's."""
    href = name_el.get("href") if name_el.tag == "a" else None
    if href and _PROFILE_HREF.search(href):
        return True
    if href and _ROOT.match(href):
        return False  # a logo beside the site's name links home
    if not _avatar_shaped(avatar, card):
        return False
    alt = (avatar.get("alt") or "").strip().casefold()
    if alt and alt.startswith(text.casefold()):
        return True
    if not href:
        return False
    pic_link = _link_of(avatar, 6)
    return pic_link is not None and pic_link is not card and pic_link.get("href") == href


def _avatar_shaped(avatar: HtmlElement, card: HtmlElement) -> bool:
    """An initials circle, a picture of at most ``_AVATAR_SIZE`` pixels, or one classed as
    an avatar (on itself or a block up to the card); never a logo."""
    if avatar.tag == "svg":
        return True
    keys = [f"{avatar.get('class') or ''} {avatar.get('src') or ''}"]
    for anc in avatar.iterancestors():
        if anc is card:
            break
        keys.append(anc.get("class") or "")
    key = " ".join(keys).lower()
    if "logo" in key:
        return False
    if _AVATAR_CLASS.search(key):
        return True
    size = avatar.get("width") or avatar.get("height") or ""
    return size.isdigit() and 0 < int(size) <= _AVATAR_SIZE


def _repeated(card: HtmlElement) -> bool:
    """Whether the card, or a block around it, stands beside an alike sibling holding a
    picture too (a list of teaser cards, a team, writers to follow)."""
    node: HtmlElement | None = card
    for _ in range(3):
        if node is None:
            return False
        for sib in (node.getprevious(), node.getnext()):
            if (
                sib is not None
                and sib.tag == node.tag
                and sib.get("class") == node.get("class")
                and next(sib.iter("img", "svg"), None) is not None
            ):
                return True
        node = node.getparent()
    return False
