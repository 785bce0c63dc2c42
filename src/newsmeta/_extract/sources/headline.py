"""The visible headline: ``<h1>`` elements and hAtom ``entry-title``/``headline`` classes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml.html import HtmlElement

from newsmeta._extract._candidates import Candidate
from newsmeta._extract._page import Page, element_text, locator
from newsmeta._extract._region import CORE, core_holders, echoed_headline
from newsmeta._extract._widget_heads import dialog_roles, in_dialog, widget_heading
from newsmeta._extract._words import NOT_SITE_LABELS, drop_taxonomy
from newsmeta._models import SourceKind

__all__ = ["bold_headline", "candidates", "content_h1", "first_of", "in_boilerplate"]

_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry-title|post-title|article-title|story-title|headline|"
    r"article-headline|page-title|title)(?:$|[\s_-])"
)
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|masthead|site-title|logo|related|promo|newsletter|"
    r"cookie|consent|gdpr|cmp|modal|popup|comment|comments|respond|share|social|ad|ads|advert|"
    r"teaser|breadcrumbs?|recent|popular|latest|most-read|mostread|feed|"
    r"g?translate|translation|translator|language-switcher|language-selector|lang-switcher)"
    r"(?:$|[\s_-])"
)
# Containers that hold the article itself: they override weak boilerplate above them
# (Blogger wraps its posts in "widget Blog"; many themes put the date in a "sidebar" column).
_CONTENT_BOX = re.compile(
    r"(?:^|[\s_-])(?:hfeed|hentry|blog-posts|post-body|entry-content|article-body|"
    r"articlebody|story-body|main-content|post-outer|date-outer)(?:$|[\s_])"
)
# Boilerplate that an enclosing <article> overrides: an article's own sidebar or footer
# often holds its date and byline.
_WEAK_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?<!entry-)(?<!post-)(?<!asset-)(?<!article-)(?<!story-)"
    r"(?:sidebar|footer|header-top|banner|widget)(?:$|[\s_-])"
)
# Layout wrappers that hold the main column and the sidebar alike ("content_block
# right-sidebar", "mainwrap sidebar"): a layout flag, not a sidebar.
_LAYOUT = re.compile(
    r"(?:^|[\s_-])(?:main|content|wrap|wrapper|mainwrap|container|layout|page|row)(?:$|[\s_-])|"
    r"(?:left|right|has|with|no|two|one)[-_]sidebar|sidebar[-_](?:left|right|layout)"
)
_MAIN_HINT = re.compile(r"(?:^|[\s_-])(?:article|post|entry|story|content|main|hentry)(?:$|[\s_-])")
_MAX_TITLE = 300


_KEY_VERDICTS: dict[tuple[str | None, str | None], int] = {}
_NONE: Mapping[HtmlElement, int] = {}


def _verdict(cls: str | None, ident: str | None) -> int:
    """0: nothing; 1: weak boilerplate (sidebar, footer); 2: boilerplate (nav, comments…);
    3: a container of the article itself."""
    found = _KEY_VERDICTS.get((cls, ident))
    if found is None:
        key = drop_taxonomy(f"{cls or ''} {ident or ''}".lower())
        if _BOILERPLATE.search(key):
            found = 2
        elif _CONTENT_BOX.search(key):
            found = 3
        elif _WEAK_BOILERPLATE.search(key) and not _LAYOUT.search(key):
            found = 1
        else:
            found = 0
        if len(_KEY_VERDICTS) > 100_000:
            _KEY_VERDICTS.clear()
        _KEY_VERDICTS[(cls, ident)] = found
    return found


_FURNITURE_TAG, _WEAK_TAG, _ARTICLE_TAG, _STOP_TAG = 1, 2, 3, 4
# What an ancestor's tag alone says (one dict lookup a step).
_TAG_ACTS: dict[object, int] = {
    "nav": _FURNITURE_TAG,
    "template": _FURNITURE_TAG,
    "footer": _WEAK_TAG,
    "aside": _WEAK_TAG,
    "article": _ARTICLE_TAG,
    "main": _STOP_TAG,
    "body": _STOP_TAG,
}


def in_boilerplate(
    el: HtmlElement, depth: int = 14, core: Mapping[HtmlElement, int] = _NONE
) -> bool:
    """True when an ancestor (or the element) is navigation, a sidebar, a footer, comments…

    A sidebar, footer or ``<aside>`` inside an ``<article>`` belongs to the article. So does
    every block of ``core`` (the blocks that hold the article's headline and text, and the
    article's column below them: :func:`newsmeta._extract._region.core_holders`): their
    class or id names a layout, and only strong furniture counts in the column.
    """
    node: HtmlElement | None = el
    steps = 0
    weak = False
    acts = _TAG_ACTS
    known = _KEY_VERDICTS
    while node is not None and steps < depth:
        act = acts.get(node.tag)
        if act is not None:
            if act == _FURNITURE_TAG:
                if core.get(node) != CORE:
                    return True
            elif act == _WEAK_TAG:
                weak = weak or node not in core
            elif act == _ARTICLE_TAG:
                return False
            else:  # <main>, <body>
                return weak
        cls = node.get("class")
        ident = node.get("id")
        if cls is not None or ident is not None:
            verdict = known.get((cls, ident))
            if verdict is None:
                verdict = _verdict(cls, ident)
            if verdict == 3:
                return False
            if verdict:
                held = core.get(node)
                if held == CORE:
                    # The article's own wrapper: nothing above it is furniture either.
                    return weak
                if verdict == 2:
                    return True
                if held is None:
                    weak = True
        node = node.getparent()
        steps += 1
    return weak


def content_h1(page: Page) -> HtmlElement | None:
    """The page's first ``<h1>`` outside navigation and sidebars (once per page: the date
    readers all start from it)."""
    found: HtmlElement | None = page.cached("content-h1", _first_content_h1)
    return found


def _first_content_h1(page: Page) -> HtmlElement | None:
    return next((el for el in page.h1 if not _furniture(page, el)), None)


def _furniture(page: Page, el: HtmlElement) -> bool:
    """``in_boilerplate(el, core=core_holders(page))``, asked once per element and page (the
    headline reader and :func:`content_h1` ask it of the same top headings)."""
    known: dict[HtmlElement, bool] = page.cached("furniture-verdicts", _no_verdicts)
    verdict = known.get(el)
    if verdict is None:
        verdict = known[el] = in_boilerplate(el, core=core_holders(page))
    return verdict


def _no_verdicts(page: Page) -> dict[HtmlElement, bool]:
    return {}


def _in_main(el: HtmlElement, depth: int = 15) -> bool:
    node: HtmlElement | None = el.getparent()
    steps = 0
    while node is not None and steps < depth:
        if node.tag in ("article", "main"):
            return True
        key = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if key.strip() and _MAIN_HINT.search(key):
            return True
        node = node.getparent()
        steps += 1
    return False


_REGION_TAGS = {"article": True, "main": True, "body": False, "html": False}
_MAIN_KEYS: dict[tuple[str | None, str | None], bool] = {}


def _in_region(el: HtmlElement, depth: int = 15) -> bool:
    """Whether ``el`` sits in an ``<article>``, ``<main>`` or a container classed as the
    article's, below the ``<body>`` (whose class names the page: "single-post")."""
    node: HtmlElement | None = el.getparent()
    known = _MAIN_KEYS
    for _ in range(depth):
        if node is None:
            return False
        says = _REGION_TAGS.get(node.tag)
        if says is not None:
            return says
        cls, ident = node.get("class"), node.get("id")
        if cls is not None or ident is not None:
            hit = known.get((cls, ident))
            if hit is None:
                hit = _MAIN_HINT.search(f"{cls or ''} {ident or ''}".lower()) is not None
                if len(known) > 50_000:
                    known.clear()
                known[(cls, ident)] = hit
            if hit:
                return True
        node = node.getparent()
    return False


_KICKER = re.compile(
    r"kicker|dachzeile|overline|topline|top-line|eyebrow|roofline|rubric|ressort|spitzmarke|"
    r"supertitle|super-title|pretitle|pre-title|headline-intro|flag|label|badge|category|"
    r"sr-only|screen-reader|visually-hidden|date|time|subtitle|sub-title|subheadline|"
    r"toptitle|top-title|sub-heading|subheading|byline|author|meta|"
    # the kicker in other languages' class names (Italian, Spanish, French, Dutch, Polish)
    r"occhiello|sopratitolo|antetitulo|antetítulo|cintillo|surtitre|bovenkop|nadtytul"
)


_SEPARATORS = " :|-–—•·/"
# A marker the site sets inside the headline to label the story: for subscribers
# ("<span class="icon-premium">Plus</span>", "<span class="paywall-badge">Abo</span>") or
# paid for ("<span class="advertorial">Advertorial</span>", "Anzeige"), as live
# coverage or breaking news ("<span class="live">Live</span>"), or by its medium ("<span
# class="video-tag">Video</span>", "Podcast"): a short word, not part of its title.
_STORY_MARK = re.compile(
    r"(?:^|[\s_-])(?:premium|paywall|paid|subscriber|subscribers|subscription|abo|abonnement|"
    r"plus|sponsored|advertorial|anzeige|werbung|promoted|publicidad|publireportage|"
    r"live|liveblog|breaking|video|videos|podcast|audio|gallery|photos)(?:$|[\s_-])"
)
_MAX_MARK = 16
# What a site prints beside the headline about the story, not in it: its counters (comments,
# views) and a sharing or editing control ("<span class="comment-count">12</span>", "<a
# class="share">Share</a>", WordPress's "<a class="post-edit-link">Edit</a>").
_COUNTERS = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?count|comments-?count|views|view-?count|"
    r"share|sharing|shares|edit-link)(?:$|[\s_-])"
)
# A link to the page's own comments ("<a href="#comments">12</a>", "#disqus_thread",
# "#respond"): a comment count printed beside the headline.
_COMMENTS_LINK = re.compile(
    r"#(?:comments?|respond|reply|disqus_thread|kommentare|comentarios|commentaires|"
    r"commenti|reacties)(?:$|[-_])",
    re.I,
)


def _story_mark(child: HtmlElement, key: str) -> bool:
    return bool(_STORY_MARK.search(key) or _COUNTERS.search(key)) and (
        len(child.text_content().strip()) <= _MAX_MARK
    )


def _comments_link(child: HtmlElement) -> bool:
    return child.tag == "a" and _COMMENTS_LINK.search(child.get("href") or "") is not None


def _anchor_sign(child: HtmlElement) -> bool:
    """A link to a place in the page itself that shows no letter or digit: the heading's
    permalink sign ("¶" of documentation pages, "#", "🔗"), not its words."""
    return (
        child.tag == "a"
        and (child.get("href") or "").startswith("#")
        and not any(ch.isalnum() for ch in child.text_content())
    )


# Controls set inside a heading ("Listen", "Share", a language menu): not its words.
_CONTROLS = frozenset({"button", "select", "option", "textarea", "input", "form"})
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _not_shown(child: HtmlElement) -> bool:
    """Whether a part of a heading is not shown as its text: a control, a part hidden by the
    ``hidden`` attribute or an inline ``display: none``/``visibility: hidden``, or an icon
    hidden from screen readers (``aria-hidden="true"`` with no letter or digit, "★")."""
    if child.tag in _CONTROLS or child.get("hidden") is not None:
        return True
    style = child.get("style")
    if style and _STYLE_HIDDEN.search(style):
        return True
    if child.get("aria-hidden") == "true":
        return not any(ch.isalnum() for ch in child.text_content())
    return False


def _emoji_alt(img: HtmlElement) -> str:
    """The emoji an ``<img>`` stands for inside a headline (a CMS sets emoji as small
    pictures, "<img class="emoji" alt="🎉">"): its ``alt`` when that holds no letter or
    digit, only symbols beyond ASCII; else nothing."""
    alt = (img.get("alt") or "").strip()
    if not alt or len(alt) > 8 or alt.isascii() or any(ch.isalnum() for ch in alt):
        return ""
    return alt


def _after_break(child: HtmlElement) -> bool:
    """Whether ``child`` starts a new line (a ``<br>`` right before it, no text between)."""
    prev = child.getprevious()
    return prev is not None and prev.tag == "br" and not (prev.tail and not prev.tail.isspace())


def _closing(child: HtmlElement, el: HtmlElement) -> bool:
    """Whether ``child`` closes the text of ``el`` (no text and no element after it) after
    some text of its own, and opens a sentence of its own (a capital letter): "Headline
    <small>The standfirst</small>", not "Budget approved <small>after a long night</small>"."""
    node = child
    for _ in range(10):
        if node.tail and not node.tail.isspace():
            return False
        parent = node.getparent()
        if parent is None:
            return False
        last = next((c for c in reversed(parent) if isinstance(c.tag, str)), None)
        if last is not node:
            return False
        if parent is el:
            break
        node = parent
    else:
        return False
    own = child.text_content().strip()
    return own[:1].isupper() and len(el.text_content().strip()) > len(own)


def _leading(child: HtmlElement, el: HtmlElement) -> bool:
    """Whether ``child`` opens the text of ``el`` (no text and no element before it)."""
    node = child
    for _ in range(10):
        parent = node.getparent()
        if parent is None or (parent.text and not parent.text.isspace()):
            return False
        first = next((c for c in parent if isinstance(c.tag, str)), None)
        if first is not node:
            return False
        if parent is el:
            return True
        node = parent
    return False


# Elements that start a line of their own when shown; every other element (a link, an
# emphasis, a styled ``<span>``, ruby text) runs on inside the line, so a word split by
# inline markup is one word: "Hyper<span>link</span>ed" reads "Hyperlinked", "子<ruby>…"
# reads without a gap, while "<div>Kicker</div><div>Headline</div>" reads "Kicker
# Headline". Where letters do not meet on both sides ("Label<span>:</span>Headline"), the
# boundary stays a space, as it always was.
_LINE_TAGS = frozenset(
    {
        "br", "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "footer", "section", "article", "aside", "nav", "figure",
        "figcaption", "blockquote", "table", "tr", "td", "th", "hr", "pre", "address",
        "details", "summary", "main", "hgroup",
    }
)  # fmt: skip
_NO_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "rt", "rp"})
_RUN_ON = "\x00"
_JOINED_WORD = re.compile(r"(\w)\x00+(?=(\w))")


def _join(match: re.Match[str]) -> str:
    """One word across inline markup ("Hyper<span>link</span>ed"), but not where a small
    letter meets a capital ("<span>Headline ends</span><span>Next line</span>"): two
    phrases set side by side, each styled as a line of its own."""
    before, after = match.group(1), match.group(2)
    return before + " " if before.islower() and after.isupper() else before


def headline_text(el: HtmlElement, limit: int = _MAX_TITLE + 50) -> str:
    """The text of a headline element as shown, without its kicker, label or date parts."""
    if not len(el):
        return element_text(el, limit)
    skip_ids: set[int] = set()
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        key = f"{child.get('class') or ''} {child.get('id') or ''}".lower()
        if (
            (key.strip() and (_KICKER.search(key) or _story_mark(child, key)))
            or child.tag == "time"
            or _comments_link(child)
            or _anchor_sign(child)
            or _not_shown(child)
        ):
            skip_ids.add(id(child))
        elif child.tag == "small" and (
            _leading(child, el) or _after_break(child) or _closing(child, el)
        ):
            # "<h1><small>Tunisia</small><br>New government faces…</h1>": a kicker; a
            # <small> line under the headline ("<br><small>02.02.2022 • News</small>") is
            # its date and labels; a <small> closing it with a sentence of its own
            # ("Headline <small>The dek</small>") its standfirst.
            skip_ids.add(id(child))
    parts: list[str] = []

    def walk(node: HtmlElement, depth: int) -> None:
        if depth > 30:
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag
            if tag == "img" and id(child) not in skip_ids:
                alt = _emoji_alt(child)
                parts.append(f" {alt} " if alt else _RUN_ON)
            elif isinstance(tag, str) and id(child) not in skip_ids and tag not in _NO_TEXT:
                edge = " " if tag in _LINE_TAGS else _RUN_ON
                parts.append(edge)
                walk(child, depth + 1)
                parts.append(edge)
            elif skip_ids and isinstance(tag, str):
                parts.append(" ")  # a part left out still parts its neighbours
            if child.tail:
                parts.append(child.tail)

    walk(el, 0)
    joined = "".join(parts)
    if _RUN_ON in joined:
        joined = _JOINED_WORD.sub(_join, joined).replace(_RUN_ON, " ")
    text = " ".join(joined.split())
    if skip_ids:
        # "Overline<span>: </span>Headline" leaves the separator behind.
        text = text.strip(_SEPARATORS)
    return text[:limit] if text else element_text(el, limit)


# Zero-width spaces, joiners and byte-order marks an editor left in a heading (not the soft
# hyphen, which also marks where a word may break and is kept as printed).
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u2060\ufeff")


def _candidate(el: HtmlElement, confidence: float, source: SourceKind) -> Candidate | None:
    text = headline_text(el)
    if not text.isascii():
        text = " ".join(text.translate(_ZERO_WIDTH).split())
    if not text or len(text) > _MAX_TITLE or len(text) < 3:
        return None
    return Candidate(
        field="title",
        value=text,
        source=source,
        locator=locator(el),
        raw=text,
        confidence=confidence,
    )


_BRANDING = re.compile(
    r"(?:^|[\s_-])(?:header|masthead|branding|brand|logo|site-?title|site-?name|sitename|"
    r"blog-?title|blog-?name|site-?branding|kopf|seitenkopf|top-?bar|topbar)(?:$|[\s_-])"
)
# Branding words that name the site itself (not just a header block).
_SITE_MARK = re.compile(
    r"(?:^|[\s_-])(?:masthead|branding|brand|logo|site-?title|site-?name|sitename|"
    r"blog-?title|blog-?name|site-?branding|top-?bar|topbar)(?:$|[\s_-])"
)
_CONTENT_HINT = re.compile(
    r"(?:^|[\s_-])(?:article|post|entry|story|content|main|hentry|page-?title|headline)"
    r"(?:$|[\s_-])"
)
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,6}$", re.I)
_HOME_LINK = re.compile(r"^\s*(?:/|\./|(?:https?:)?//[^/?#\s]+/?)\s*$", re.I)


def _is_branding(el: HtmlElement, text: str, site_names: set[str]) -> bool:
    """A site's name or logo set as an ``<h1>`` (common on blogs) is not the headline."""
    key = " ".join(text.casefold().split())
    if key in site_names or _DOMAIN.match(key) or _squashed(key) in site_names:
        return True
    if len(key) <= 40 and any(_HOME_LINK.match(a.get("href") or "") for a in el.iter("a")):
        # A short heading linking to the site's front page is its logo.
        return True
    node: HtmlElement | None = el
    steps = 0
    saw_header_tag = False
    while node is not None and steps < 8:
        tag = node.tag
        if tag in ("article", "main"):
            return False
        if tag == "header":
            saw_header_tag = True
        cls = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        says = _BRAND_KEYS.get(cls)
        if says is None:
            says = _brand_key(cls)
        if says == _BRAND_ARTICLE:
            return False
        if says == _BRAND_SITE:
            return True
        if says == _BRAND_HEADER:
            saw_header_tag = True
        node = node.getparent()
        steps += 1
    return saw_header_tag


_BRAND_NOTHING, _BRAND_HEADER, _BRAND_SITE, _BRAND_ARTICLE = 0, 1, 2, 3
_BRAND_KEYS: dict[str, int] = {}
"""What an ancestor's class and id say to :func:`_is_branding` (kept per key across pages:
class names repeat within a site)."""


def _brand_key(cls: str) -> int:
    says = _BRAND_NOTHING
    if cls.strip():
        content = _CONTENT_HINT.search(cls) is not None
        branding = _BRANDING.search(cls) is not None
        if content and not branding:
            says = _BRAND_ARTICLE
        elif branding and not content:
            # A block classed only "header" is a header: the article's own when an article
            # container holds it (as a <header> element is).
            says = _BRAND_HEADER if not _SITE_MARK.search(cls) else _BRAND_SITE
    if len(_BRAND_KEYS) > 50_000:
        _BRAND_KEYS.clear()
    _BRAND_KEYS[cls] = says
    return says


# Paths of a site's listing pages: a category, tag, topic, section or label archive
# ("/category/politics/", "/tag/rail", "/search/label/Garden", "/rubrik/kultur/").
_LISTING_PATH = re.compile(
    r"/(?:category|categories|tag|tags|topic|topics|section|sections|label|labels|"
    r"kategorie|kategorien|rubrik|rubriken|ressort|thema|themen|categoria|categorias|"
    r"categorie|rubrique|rubriques|etiqueta|etiquetas|tema|temas|argomento|argomenti)/",
    re.I,
)


def _heads_a_listing(el: HtmlElement, text: str, own_path: str) -> bool:
    """A heading that is only a link to a listing page (a category, a tag, a section, or a
    folder the page's own address runs through) names that listing, as a section's banner
    does ("<h1><a href="/category/politics/">Politics</a></h1>" over the story): it is not
    the story's headline. Never a link to the page itself (a permalink may run through
    "/topics/…")."""
    links = list(el.iter("a"))
    if len(links) != 1:
        return False
    href = links[0].get("href") or ""
    listing = _LISTING_PATH.search(href) and not (own_path and _path(href) == own_path)
    if not listing and not _section_of(href, own_path):
        return False
    return " ".join(links[0].text_content().split()) == text


def _section_of(href: str, own_path: str) -> bool:
    """Whether ``href`` leads to a section holding the page: a folder its own address runs
    through ("/politics" of "/politics/2025/06/bridge-vote"), not the front page."""
    path = _path(href)
    return len(path) > 1 and own_path.startswith(path + "/")


def _path(url: str) -> str:
    """The path of ``url`` (absolute or from the root), without query, fragment or final
    slash."""
    rest = url.split("#", 1)[0].split("?", 1)[0]
    if "//" in rest:
        rest = rest.split("//", 1)[1]
        rest = rest[rest.find("/") :] if "/" in rest else ""
    return rest.rstrip("/")


_NOT_LETTERS = re.compile(r"[\W_]+")
_MIN_SQUASHED = 4


def _squashed(name: str) -> str:
    """``name``'s letters and digits alone ("valleycourier" of "Valley-Courier"), or ""
    when too few are left to name a site."""
    key = _NOT_LETTERS.sub("", name.casefold())
    return key if len(key) >= _MIN_SQUASHED else ""


def _site_names(page: Page) -> set[str]:
    """The site's names, casefolded, and each squashed to its letters (a heading spelling
    one with other spaces, hyphens or capitals names the site too): the name meta tags
    give, the page's host, and each label of the host that can name the site
    ("valleycourier" of ``www.valleycourier.com``: "Valley Courier")."""
    names: set[str] = set()
    for meta in page.metas:
        prop = (meta.get("property") or meta.get("name") or "").lower()
        if prop in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
            content = meta.get("content")
            if content and content.strip():
                names.add(" ".join(content.casefold().split()))
                names.add(_squashed(content))
    if page.url:
        host = page.url.split("//", 1)[-1].split("/", 1)[0].split("@")[-1].split(":", 1)[0]
        host = host.lower()
        names.add(host.removeprefix("www."))
        names.update(
            _squashed(label) for label in host.split(".")[:-1] if label not in NOT_SITE_LABELS
        )
    names.discard("")
    return names


# Headings hidden from sight and kept for screen readers ("<h1 class="sr-only">Navigation
# </h1>"): the page does not show them as its headline.
_HIDDEN = re.compile(
    r"(?:^|[\s_-])(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|"
    r"hide-accessible|hidden-accessible|a11y-hidden|offscreen|assistive-text)(?:$|[\s_])"
)


def candidates(page: Page) -> list[Candidate]:
    out: list[Candidate] = []
    site_names = _site_names(page)
    own_path = _path(page.url) if page.url else ""
    roled = dialog_roles(page.roles)
    core = core_holders(page)
    h1s = _top_headings(page, page.h1[:10], site_names, own_path, roled)
    if not h1s and page.roles:
        h1s = _top_headings(page, _aria_h1s(page), site_names, own_path, roled)
    if h1s and page.title_el is not None:
        title_sides = _title_affixes(page)
        if title_sides[1]:
            h1s = _drop_affix_h1s(page, h1s, title_sides)
    # Of several <h1>s, the one the page's <title> echoes is the headline (the others head
    # a widget, a section or a list).
    echoed = _social_title_h1(page, h1s, site_names) if len(h1s) > 1 else None
    if echoed is None and len(h1s) > 1:
        echoed = echoed_headline(page)
    # Of several <h1>s, those in the article's region (an <article>, <main>, a story
    # container; not the <body>'s class, "single-post") rank before those outside it (a
    # section's, a widget's), whatever the order.
    region = [_in_region(el) for el in h1s[:5]] if len(h1s) > 1 else []
    outside_cost = 0.05 * len(region) if any(region) and not all(region) else 0.0
    for i, el in enumerate(h1s[:5]):
        # A single headline outside navigation and branding is what the page shows as its
        # title: it outranks metadata titles, which are often SEO variants.
        conf = 0.93 if len(h1s) == 1 or el is echoed else 0.55 - 0.05 * i
        if _in_main(el):
            conf += 0.03
        if outside_cost and not region[i] and el is not echoed:
            conf -= outside_cost
        cand = _candidate(el, conf, SourceKind.VISIBLE_TEXT)
        if cand is not None:
            out.append(cand)
    if not h1s:
        first = _first_heading(page, site_names, roled)
        if first is not None:
            out.append(first)
        else:
            bold = bold_headline(page)
            if bold is not None:
                cand = _candidate(bold, BOLD_HEADLINE_CONFIDENCE, SourceKind.VISIBLE_TEXT)
                if cand is not None:
                    out.append(cand)
        story = _web_story(page)
        if story is not None:
            out.append(story)
    seen = {id(el) for el in page.h1}
    seen.update(id(el) for el in h1s)
    count = 0
    for el, key in page.hinted_by(_TITLE_CLASS):
        if count >= 5:
            break
        if id(el) in seen or el.tag not in ("h1", "h2", "h3", "div", "span", "p", "header"):
            continue
        if in_boilerplate(el, core=core):
            continue
        if _BRANDING.search(key) or _is_branding(el, element_text(el, 200), site_names):
            continue
        source = SourceKind.HATOM if "entry-title" in key else SourceKind.VISIBLE_TEXT
        conf = 0.6 if el.tag in ("h1", "h2") else 0.45
        if not h1s and count == 0 and el.tag in ("h1", "h2"):
            conf = 0.8
        cand = _candidate(el, conf, source)
        if cand is not None:
            out.append(cand)
            count += 1
    return out


def _web_story(page: Page) -> Candidate | None:
    """The title an AMP web story gives its ``<amp-story title="…">``, shown on its cover."""
    at = first_of(page.tags, ("amp-story",))
    if at is None:
        return None
    el = page.elements[at]
    text = " ".join((el.get("title") or "").split())
    if len(text) < 3 or len(text) > _MAX_TITLE:
        return None
    return Candidate(
        field="title",
        value=text,
        source=SourceKind.VISIBLE_TEXT,
        locator=locator(el),
        raw=text,
        confidence=0.6,
    )


def _top_headings(
    page: Page,
    elements: list[HtmlElement],
    site_names: set[str],
    own_path: str,
    roled: bool,
) -> list[HtmlElement]:
    """``elements`` (top-level headings) without those in navigation and boilerplate,
    hidden from sight, or naming the site or a listing."""
    out = []
    for el in elements:
        if (
            _furniture(page, el)
            or _HIDDEN.search((el.get("class") or "").lower())
            or in_dialog(el, roled)
        ):
            continue
        text = element_text(el, _MAX_TITLE + 50)
        if (
            text
            and not _is_branding(el, text, site_names)
            and not _heads_a_listing(el, text, own_path)
            and not widget_heading(text)
        ):
            out.append(el)
    return out


def _aria_h1s(page: Page) -> list[HtmlElement]:
    """The elements a page without ``<h1>`` marks as its top heading with ARIA
    (``<div role="heading" aria-level="1">``, as script-built templates do)."""
    elements = page.elements
    out = []
    for at, role in page.roles:
        if role.strip().lower() == "heading":
            el = elements[at]
            if (el.get("aria-level") or "").strip() == "1" and el.tag not in _SUBHEADINGS:
                out.append(el)
                if len(out) >= 10:
                    break
    return out


def _social_title_h1(
    page: Page, h1s: list[HtmlElement], site_names: set[str]
) -> HtmlElement | None:
    """Of several ``<h1>``s, the one the page's ``og:title`` (or ``twitter:title``) repeats
    word for word: the card is written for the story, where ``<title>`` may name only the
    section ("News - Site"). Not a card that names the site (a site name, or the short
    side of the ``<title>``'s "Headline | Site"): a site's default card repeats its logo."""
    social = set()
    for meta in page.metas:
        prop = (meta.get("property") or meta.get("name") or "").lower()
        if prop in ("og:title", "twitter:title"):
            social.add(" ".join((meta.get("content") or "").casefold().split()))
    social.discard("")
    social -= site_names
    if social and page.title_el is not None:
        parts = _PARTS.split(" ".join(page.title_el.text_content()[:500].casefold().split()))
        if len(parts) > 1:
            longest = max(parts, key=len)
            social -= {part for part in parts if part != longest}
    if not social:
        return None
    same = [el for el in h1s if " ".join(element_text(el, 400).casefold().split()) in social]
    return same[0] if len(same) == 1 else None


_PARTS = re.compile(r"\s+(?:[|\-–—:·•»«›‹>~/]|::)\s+|\|")


# The signs that set the sides of a ``<title>`` apart, and a colon that ends a word ("Site:
# Headline"), which :func:`_drop_affix_h1s` may take as one since another heading must
# confirm the side it keeps.
_SIDES = re.compile(_PARTS.pattern + r"|(?<=\w):\s+")


def _title_affixes(page: Page) -> tuple[str, set[str]]:
    """The longest side of the page's ``<title>`` and its short sides, casefolded:
    "headline" and {"politics", "site"} of "Headline | Politics | Site"."""
    if page.title_el is None:
        return "", set()
    parts = _SIDES.split(" ".join(page.title_el.text_content()[:500].casefold().split()))
    if len(parts) < 2:
        return "", set()
    longest = max(parts, key=len)
    return longest, {part for part in parts if part != longest and part}


_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})


def _drop_affix_h1s(
    page: Page, h1s: list[HtmlElement], title: tuple[str, set[str]]
) -> list[HtmlElement]:
    """Without the ``<h1>``s outside the article that repeat a short side of the
    ``<title>`` (the masthead's "Site" of "Headline - Site", a section's "Politics") when
    another heading sets its longest side or the social card's title: that heading is the
    headline, and the ``<h1>`` names the site or the section. A short ``<h1>`` that no
    other heading contradicts stays: a short headline is the short side of "Fair supply
    chains - The Long Name of a Publisher"."""
    longest, affixes = title
    named = [
        el
        for el in h1s
        if not _in_main(el) and " ".join(element_text(el, 200).casefold().split()) in affixes
    ]
    if not named:
        return h1s
    story = {longest} | _card_titles(page)
    for el in page.elements:
        if (
            el.tag in _HEADINGS
            and el not in named
            and " ".join(element_text(el, _MAX_TITLE + 50).casefold().split()) in story
        ):
            return [el for el in h1s if el not in named]
    return h1s


def _card_titles(page: Page) -> set[str]:
    """The page's ``og:title`` and ``twitter:title``, casefolded."""
    out = set()
    for meta in page.metas:
        prop = (meta.get("property") or meta.get("name") or "").lower()
        if prop in ("og:title", "twitter:title"):
            out.add(" ".join((meta.get("content") or "").casefold().split()))
    out.discard("")
    return out


_SUBHEADINGS = ("h2", "h3", "h4")
FIRST_HEADING_CONFIDENCE = 0.5


def first_of(tags: list[Any], wanted: tuple[str, ...]) -> int | None:
    """Where the first of the ``wanted`` tags stands in a page's ``tags``: each is looked
    for (in C) only before the first one found so far."""
    first = len(tags)
    for tag in wanted:
        try:
            first = tags.index(tag, 0, first)
        except ValueError:
            pass
    return first if first < len(tags) else None


def _first_heading(page: Page, site_names: set[str], roled: bool) -> Candidate | None:
    """A page without an ``<h1>`` heads its text with its first ``<h2>``–``<h4>``.

    The first subheading outside navigation, sidebars and branding is the page's visible
    headline (an old template, a CMS that keeps ``<h1>`` for the logo).
    """
    start = first_of(page.tags, _SUBHEADINGS)
    if start is None:
        return None
    elements = page.elements
    for at in range(start, min(len(elements), start + 400)):
        el = elements[at]
        if el.tag not in _SUBHEADINGS or in_boilerplate(el) or in_dialog(el, roled):
            continue
        text = element_text(el, 200)
        if len(text) < 3 or _is_branding(el, text, site_names) or widget_heading(text):
            continue
        return _candidate(el, FIRST_HEADING_CONFIDENCE, SourceKind.VISIBLE_TEXT)
    return None


# An old template sets its headline in bold or font text inside a table cell, with no heading
# element at all ("<font size="5"><b>Headline</b></font><br>", "<td class="titel">…"): the
# first such run outside navigation whose whole text is the longest side of the page's
# ``<title>`` ("Headline - Site") is the headline the page shows.
_BOLD_TAGS = frozenset({"b", "strong", "font", "big", "center", "span", "p", "td", "div"})
BOLD_HEADLINE_CONFIDENCE = 0.8
_MIN_BOLD = 12
_BOLD_LOOKED = 4000
_PREFIX = 8


def bold_headline(page: Page) -> HtmlElement | None:
    """The bold or font run that sets the ``<title>``'s headline on a page without
    ``<h1>``-``<h4>`` (once per page; None when the page has a heading or no such run)."""
    found: HtmlElement | None = page.cached("bold-headline", _find_bold_headline)
    return found


def _find_bold_headline(page: Page) -> HtmlElement | None:
    if page.title_el is None or first_of(page.tags, ("h1", "h2", "h3", "h4")) is not None:
        return None
    whole = " ".join(page.title_el.text_content()[:500].casefold().split())
    # Where each side of the <title> starts: a headline may hold a separator of its own
    # ("Dash – more words - Site"), so it is the title up to or from any separator.
    starts = [0] + [m.end() for m in _PARTS.finditer(whole)]
    heads = {whole[at : at + _PREFIX] for at in starts}
    tags = page.tags
    elements = page.elements
    for at in range(min(len(tags), _BOLD_LOOKED)):
        if tags[at] not in _BOLD_TAGS:
            continue
        el = elements[at]
        own = el.text
        if not own:
            continue
        head = " ".join(own.split())[:_PREFIX].casefold()
        if not head or not any(h.startswith(head) for h in heads):
            continue
        text = " ".join(element_text(el, len(whole) + 20).casefold().split())
        if (
            len(text) >= _MIN_BOLD
            and " " in text
            and _title_side(whole, text)
            and not in_boilerplate(el)
        ):
            return el
    return None


_ENDS_SEPARATOR = re.compile(f"(?:{_PARTS.pattern})$")


def _title_side(whole: str, text: str) -> bool:
    """Whether ``text`` is the whole ``<title>`` or runs from its start or to its end up to a
    separator ("Headline" of "Headline - Site" or "Site | Headline")."""
    if text == whole:
        return True
    if whole.startswith(text) and _PARTS.match(whole, len(text)) is not None:
        return True
    return (
        whole.endswith(text)
        and _ENDS_SEPARATOR.search(whole, 0, len(whole) - len(text)) is not None
    )
