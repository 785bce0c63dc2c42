"""Render an :class:`~newsmeta.Article` as a full, realistic HTML page in one of six markups.

The pages carry the usual boilerplate (cookie bar, navigation, a sidebar with other
headlines and a newsletter or "Rate this product" box, a footer) so that an extractor is
really exercised. All text is escaped with :func:`html.escape`; JSON inside ``<script>``
has ``<`` and ``>`` escaped as ``\\u003c`` / ``\\u003e`` so ``</script>`` cannot occur.

Layout details that do not change the metadata (``@graph`` or a single JSON-LD object,
``<time>`` or ``<abbr>`` in hAtom, banner above or below the text …) are picked by a
:class:`random.Random` seeded from a CRC-32 of the title and URL: deterministic, and
varied across articles.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import html
import json
import random
import zlib
from collections.abc import Sequence
from typing import Any, NamedTuple, overload

from newsmeta._body import to_text
from newsmeta._errors import Problem, ValidationError
from newsmeta._models import (
    AggregateRating,
    AILevel,
    Article,
    Author,
    AuthorKind,
    Block,
    BlockKind,
    Comment,
    DateValue,
    Image,
    Inline,
)
from newsmeta.testing._factories import DISCLOSURE_LABELS, _headline, slugify, thread_order
from newsmeta.testing._locales import MONTHS, REL, TEXT
from newsmeta.testing._words import WORDS

__all__ = ["AI_DISCLOSURE_META", "MARKUPS", "FixturePage", "relative_label", "render_html"]

MARKUPS: tuple[str, ...] = ("jsonld", "microdata", "rdfa", "opengraph", "wordpress", "plain")
"""The markups :func:`render_html` can produce."""

AI_DISCLOSURE_META: dict[AILevel, str] = {
    AILevel.NONE: "human-only",
    AILevel.AI_ASSISTED: "ai-assisted",
    AILevel.AI_GENERATED: "ai-generated",
    AILevel.AI_AUTONOMOUS: "ai-autonomous",
}
"""The ``<meta name="ai-disclosure">`` value written for each level (none for unknown)."""

_SCHEMA = "https://schema.org/"


class FixturePage(NamedTuple):
    """A rendered fixture page with the article it shows (what ``strategies.pages()`` draws)."""

    article: Article
    markup: str
    html: str
    now: _dt.datetime | None = None


_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "published": "Published",
        "posted": "Posted on",
        "updated": "Updated",
        "by": "By",
        "and": "and",
        "rate": "Rate this article:",
        "first_review": "Leave the first review",
        "vote": "vote",
        "votes": "votes",
        "average": "average:",
        "out_of": "out of",
        "comment": "Comment",
        "comments": "Comments",
        "thought": "thought on",
        "thoughts": "thoughts on",
        "says": "says:",
        "reply": "Reply",
        "leave_comment": "Leave a Comment",
        "leave_reply": "Leave a Reply",
        "closed": "Comments are closed.",
        "name": "Name",
        "email": "Email",
        "message": "Message",
        "website": "Website",
        "enter_email": "Please enter email address.",
        "enter_name": "Please enter your name.",
        "enter_message": "Please enter a message.",
        "captcha": "Please check re-captcha.",
        "good": "Looks good!",
        "post_comment": "Post Comment",
        "email_notes": "Your email address will not be published.",
        "required": "Required fields are marked",
        "cookie": (
            "We use cookies to improve your experience and to show personalised advertising."
        ),
        "learn_more": "Learn more",
        "accept": "Accept all",
        "reject": "Reject",
        "search": "Search",
        "most_read": "Most read",
        "newsletter": "Sign up for our newsletter",
        "newsletter_text": "The top stories of the day, every morning in your inbox.",
        "subscribe": "Subscribe",
        "product": "Deal of the week",
        "product_name": "Noise-cancelling headphones, 40% off",
        "rate_product": "Rate this product",
        "see_offer": "See offer",
        "rights": "All rights reserved.",
        "tags": "Tags:",
        "share": "Share:",
        "at": "at",
        "locale": "en_US",
    },
    "es": {
        "published": "Publicado el",
        "posted": "Publicado el",
        "updated": "Actualizado el",
        "by": "Por",
        "and": "y",
        "rate": "Valora este artículo:",
        "first_review": "Deja la primera reseña",
        "vote": "voto",
        "votes": "votos",
        "average": "promedio:",
        "out_of": "de",
        "comment": "comentario",
        "comments": "comentarios",
        "thought": "respuesta a",
        "thoughts": "respuestas a",
        "says": "dice:",
        "reply": "Responder",
        "leave_comment": "Deja un comentario",
        "leave_reply": "Deja una respuesta",
        "closed": "Los comentarios están cerrados.",
        "name": "Nombre",
        "email": "Correo electrónico",
        "message": "Mensaje",
        "website": "Web",
        "enter_email": "Por favor, introduce tu correo electrónico.",
        "enter_name": "Por favor, introduce tu nombre.",
        "enter_message": "Por favor, escribe un mensaje.",
        "captcha": "Por favor, verifica el re-captcha.",
        "good": "¡Correcto!",
        "post_comment": "Publicar comentario",
        "email_notes": "Tu dirección de correo electrónico no será publicada.",
        "required": "Los campos obligatorios están marcados con",
        "cookie": (
            "Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte"
            " publicidad personalizada."
        ),
        "learn_more": "Más información",
        "accept": "Aceptar todo",
        "reject": "Rechazar",
        "search": "Buscar",
        "most_read": "Lo más leído",
        "newsletter": "Suscríbete a nuestro boletín",
        "newsletter_text": "Las noticias más importantes del día, cada mañana en tu correo.",
        "subscribe": "Suscribirme",
        "product": "Oferta de la semana",
        "product_name": "Auriculares con cancelación de ruido, 40 % de descuento",
        "rate_product": "Valora este producto",
        "see_offer": "Ver oferta",
        "rights": "Todos los derechos reservados.",
        "tags": "Etiquetas:",
        "share": "Compartir:",
        "at": "a las",
        "locale": "es_ES",
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip

_NAV = {
    "en": ("Home", "News", "Politics", "Business", "Science", "Opinion", "Culture", "Sport"),
    "es": ("Portada", "Noticias", "Política", "Economía", "Ciencia", "Opinión", "Cultura"),
    **{lang: WORDS[lang]["nav"] for lang in ("fr", "de", "pt")},
}
_FOOTER = {
    "en": ("About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "Jobs"),
    "es": ("Quiénes somos", "Contacto", "Política de privacidad", "Aviso legal", "Publicidad"),
    **{lang: WORDS[lang]["footer"] for lang in ("fr", "de", "pt")},
}
_TEXT.update(TEXT)
_MONTHS.update(MONTHS)

# Relative label wording: (singular-article form, plural template) per unit.
_REL = {
    "en": {
        "seconds": ("a few seconds ago", "a few seconds ago"),
        "minute": ("a minute ago", "{n} minutes ago"),
        "hour": ("an hour ago", "{n} hours ago"),
        "day": ("a day ago", "{n} days ago"),
        "month": ("a month ago", "{n} months ago"),
        "year": ("a year ago", "{n} years ago"),
    },
    "es": {
        "seconds": ("hace unos segundos", "hace unos segundos"),
        "minute": ("hace un minuto", "hace {n} minutos"),
        "hour": ("hace una hora", "hace {n} horas"),
        "day": ("hace un día", "hace {n} días"),
        "month": ("hace un mes", "hace {n} meses"),
        "year": ("hace un año", "hace {n} años"),
    },
    **REL,
}


def _bad(path: str, code: str, message: str) -> ValidationError:
    return ValidationError([Problem(path=path, code=code, message=message)], what="render")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lang(article: Article) -> str:
    code = (article.language or "en").split("-")[0].lower()
    return code if code in _TEXT else "en"


def _iso(value: DateValue) -> str:
    return value.isoformat()


def _day_of(value: DateValue) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value


def format_day(value: DateValue, language: str) -> str:
    """ "December 29, 2023" / "29 de diciembre de 2023" / "29 décembre 2023" /
    "29. Dezember 2023" (the day in the value's own offset)."""
    day = _day_of(value)
    month = _MONTHS[language][day.month - 1]
    if language in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if language == "fr":
        return f"{day.day} {month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def format_moment(value: DateValue, language: str) -> str:
    """A comment timestamp: "December 30, 2023 at 10:15 am" (es: "… a las 10:15")."""
    day = format_day(value, language)
    if not isinstance(value, _dt.datetime):
        return day
    if language == "es":
        return f"{day} a las {value.hour:02d}:{value.minute:02d}"
    if language == "pt":
        return f"{day} às {value.hour:02d}:{value.minute:02d}"
    if language == "fr":
        return f"{day} à {value.hour:02d}h{value.minute:02d}"
    if language == "de":
        return f"{day} um {value.hour:02d}:{value.minute:02d} Uhr"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{day} at {hour}:{value.minute:02d} {suffix}"


def _as_naive_utc(value: DateValue) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return value.replace(tzinfo=None)
    return _dt.datetime(value.year, value.month, value.day)


def relative_label(value: DateValue, now: _dt.datetime, language: str = "en") -> str | None:
    """The "7 months ago" label a moment.js-like renderer prints for ``value`` at ``now``.

    Thresholds follow moment's ``fromNow`` (45 s, 45 min, 22 h, 26 d, 11 months, with
    rounding half up; a month is 30.436875 days). Naive values are compared as if they were
    in UTC. Returns None for moments in the future.
    """
    words = _REL.get(language, _REL["en"])
    seconds = (_as_naive_utc(now) - _as_naive_utc(value)).total_seconds()
    if seconds < 0:
        return None

    def say(unit: str, n: int) -> str:
        one, many = words[unit]
        return one if n == 1 else many.format(n=n)

    def rnd(x: float) -> int:
        return int(x + 0.5)

    if seconds < 45:
        return words["seconds"][0]
    minutes = rnd(seconds / 60)
    if seconds < 90:
        return say("minute", 1)
    if minutes < 45:
        return say("minute", minutes)
    hours = rnd(seconds / 3600)
    if minutes < 90:
        return say("hour", 1)
    if hours < 22:
        return say("hour", hours)
    days = rnd(seconds / 86400)
    if hours < 36:
        return say("day", 1)
    if days < 26:
        return say("day", days)
    if days < 45:
        return say("month", 1)
    months = rnd(days / 30.436875)
    if days < 320:
        return say("month", max(2, months))
    if days < 548:
        return say("year", 1)
    return say("year", max(2, rnd(days / 365.25)))


def _number(value: float, language: str, decimals: int | None = None) -> str:
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    return text.replace(".", ",") if language != "en" else text


def _json_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _charset_label(name: str) -> str:
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    if name.startswith("cp") and name[2:].isdigit() and len(name) == 6:
        return "windows-" + name[2:]
    if name == "ascii":
        return "us-ascii"
    return name.replace("_", "-")


# --------------------------------------------------------------------------- context


class _Ctx:
    """Everything one rendering needs, with the markup-specific attribute helpers."""

    def __init__(
        self, article: Article, markup: str, now: _dt.datetime | None, ascii_json: bool
    ) -> None:
        self.a = article
        self.comments = thread_order(article.comments)
        self.m = markup
        self.now = now
        self.ascii_json = ascii_json
        self.lang = _lang(article)
        self.t = _TEXT[self.lang]
        key = f"{article.title}|{article.url}|{markup}".encode()
        self.rng = random.Random(zlib.crc32(key))
        url = article.canonical_url or article.url
        self.url = url or "https://news.example.com/article"
        host = self.url.split("/")[2] if self.url.count("/") >= 2 else "news.example.com"
        self.home = f"https://{host}/"
        self.site = article.site_name or (article.publisher.name if article.publisher else host)

    @property
    def structured(self) -> bool:
        return self.m in ("microdata", "rdfa")

    def prop(self, name: str) -> str:
        if self.m == "microdata":
            return f' itemprop="{name}"'
        if self.m == "rdfa":
            return f' property="{name}"'
        return ""

    def scope(self, name: str | None, typ: str) -> str:
        if self.m == "microdata":
            p = f' itemprop="{name}"' if name else ""
            return f'{p} itemscope itemtype="{_SCHEMA}{typ}"'
        if self.m == "rdfa":
            p = f' property="{name}"' if name else ""
            return f'{p} typeof="{typ}"'
        return ""

    def meta(self, name: str, content: object) -> str:
        if self.m == "microdata":
            return f'<meta itemprop="{name}" content="{_e(content)}">'
        if self.m == "rdfa":
            return f'<meta property="{name}" content="{_e(content)}">'
        return ""

    def link(self, name: str, href: str) -> str:
        if self.m == "microdata":
            return f'<link itemprop="{name}" href="{_e(href)}">'
        if self.m == "rdfa":
            return f'<link property="{name}" href="{_e(href)}">'
        return ""


# --------------------------------------------------------------------------- head


def _ai_level(article: Article) -> AILevel:
    return article.ai_disclosure.level


def _banner_text(article: Article, language: str) -> str | None:
    d = article.ai_disclosure
    if d.level in (AILevel.UNKNOWN, AILevel.NONE):
        return None
    if d.label:
        return d.label
    reviewed = d.reviewed_by_human
    if d.level is AILevel.AI_AUTONOMOUS:
        reviewed = False
    elif reviewed is False:
        reviewed = None
    key = (language, d.level, reviewed)
    return DISCLOSURE_LABELS.get(key) or DISCLOSURE_LABELS[(language, d.level, None)]


def _head(ctx: _Ctx, charset: str) -> str:
    a = ctx.a
    sep = ctx.rng.choice((" | ", " - ", " \u2013 "))
    title = f"{a.title}{sep}{ctx.site}" if a.title else ctx.site
    out = [
        f'<meta charset="{charset}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<link rel="stylesheet" href="{_e(ctx.home)}static/site.css">',
    ]
    if ctx.m == "plain":
        return "\n".join(out)
    out.append(f'<link rel="canonical" href="{_e(ctx.url)}">')
    if a.description:
        out.append(f'<meta name="description" content="{_e(a.description)}">')
    meta_value = AI_DISCLOSURE_META.get(_ai_level(a))
    if meta_value:
        out.append(f'<meta name="ai-disclosure" content="{meta_value}">')
    if ctx.m == "wordpress":
        out.append('<meta name="generator" content="WordPress 6.4.2">')
        out.append(
            f'<link rel="alternate" type="application/rss+xml" title="{_e(ctx.site)} &raquo;'
            f' Feed" href="{_e(ctx.home)}feed/">'
        )
    if ctx.m == "opengraph":
        out.extend(_opengraph(ctx))
    if ctx.m == "jsonld":
        for block in _jsonld_blocks(ctx):
            out.append(f'<script type="application/ld+json">{block}</script>')
    out.append(
        "<script>window.dataLayer = window.dataLayer || [];"
        " dataLayer.push({'pageType': 'article'});</script>"
    )
    return "\n".join(out)


def _opengraph(ctx: _Ctx) -> list[str]:
    a = ctx.a

    def og(prop: str, content: object) -> str:
        return f'<meta property="{prop}" content="{_e(content)}">'

    out = [og("og:locale", ctx.t["locale"]), og("og:type", "article")]
    if a.title:
        out.append(og("og:title", a.title))
    if a.description:
        out.append(og("og:description", a.description))
    out.append(og("og:url", ctx.url))
    out.append(og("og:site_name", ctx.site))
    if a.image:
        out.append(og("og:image", a.image))
    if a.date_published is not None:
        out.append(og("article:published_time", _iso(a.date_published)))
    if a.date_modified is not None:
        out.append(og("article:modified_time", _iso(a.date_modified)))
    if a.section:
        out.append(og("article:section", a.section))
    out.extend(og("article:tag", tag) for tag in a.tags)
    out.extend(og("article:author", author.name) for author in a.authors)
    if a.authors:
        names = ", ".join(author.name for author in a.authors)
        out.append(f'<meta name="author" content="{_e(names)}">')
    out.append('<meta name="twitter:card" content="summary_large_image">')
    if a.title:
        out.append(f'<meta name="twitter:title" content="{_e(a.title)}">')
    return out


# --------------------------------------------------------------------------- JSON-LD


def _author_node(author: Author) -> dict[str, Any]:
    typ = {
        AuthorKind.ORGANIZATION: "Organization",
        AuthorKind.SOFTWARE: "SoftwareApplication",
    }.get(author.kind, "Person")
    node: dict[str, Any] = {"@type": typ, "name": author.name}
    if author.url:
        node["url"] = author.url
    if author.job_title:
        node["jobTitle"] = author.job_title
    if author.email:
        node["email"] = author.email
    if author.image:
        node["image"] = author.image
    if author.same_as:
        node["sameAs"] = list(author.same_as)
    return node


def _rating_node(rating: AggregateRating) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "AggregateRating"}
    if rating.value is not None:
        node["ratingValue"] = _json_number(rating.value)
    node["bestRating"] = _json_number(rating.best)
    node["worstRating"] = _json_number(rating.worst)
    if rating.rating_count is not None:
        node["ratingCount"] = rating.rating_count
    if rating.review_count is not None:
        node["reviewCount"] = rating.review_count
    return node


def _comment_ref(ctx: _Ctx, comment: Comment, index: int) -> str:
    return f"{ctx.url}#comment-{comment.id or index + 1}"


def _comment_nodes(ctx: _Ctx, nested: bool) -> list[dict[str, Any]]:
    """schema.org Comment nodes: flat with ``parentItem`` references, or replies nested
    in their parent's ``comment`` property."""
    nodes: list[dict[str, Any]] = []
    parents = _parent_indexes(ctx.comments)
    for index, comment in enumerate(ctx.comments):
        node: dict[str, Any] = {"@type": "Comment", "@id": _comment_ref(ctx, comment, index)}
        if comment.id:
            node["identifier"] = comment.id
        node["text"] = comment.text
        if comment.author is not None:
            node["author"] = _author_node(comment.author)
        if comment.date_published is not None:
            node["dateCreated"] = _iso(comment.date_published)
        if comment.url:
            node["url"] = comment.url
        if comment.upvotes is not None:
            node["upvoteCount"] = comment.upvotes
        if comment.downvotes is not None:
            node["downvoteCount"] = comment.downvotes
        parent = parents[index]
        if parent is not None and not nested:
            node["parentItem"] = {"@id": _comment_ref(ctx, ctx.comments[parent], parent)}
        nodes.append(node)
    if not nested:
        return nodes
    roots: list[dict[str, Any]] = []
    for index, node in enumerate(nodes):
        parent = parents[index]
        if parent is None:
            roots.append(node)
        else:
            nodes[parent].setdefault("comment", []).append(node)
    return roots


def _jsonld_blocks(ctx: _Ctx) -> list[str]:
    a = ctx.a
    rng = ctx.rng
    graph = rng.random() < 0.4
    org_id = f"{ctx.home}#organization"
    article: dict[str, Any] = {
        "@type": ["NewsArticle"] if rng.random() < 0.1 else "NewsArticle",
        "@id": f"{ctx.url}#article",
        "url": ctx.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url},
    }
    if a.title:
        article["headline"] = a.title
    if a.description:
        article["description"] = a.description
    if a.language:
        article["inLanguage"] = a.language
    if a.date_published is not None:
        article["datePublished"] = _iso(a.date_published)
    if a.date_modified is not None:
        article["dateModified"] = _iso(a.date_modified)
    if a.date_created is not None:
        article["dateCreated"] = _iso(a.date_created)
    persons = [_author_node(author) for author in a.authors]
    extra_nodes: list[dict[str, Any]] = []
    if graph and persons:
        refs = []
        for index, node in enumerate(persons):
            kind = {"Organization": "organization", "SoftwareApplication": "software"}.get(
                node["@type"], "person"
            )
            node["@id"] = f"{ctx.home}#/schema/{kind}/{slugify(node['name'])}-{index}"
            refs.append({"@id": node["@id"]})
            extra_nodes.append(node)
        article["author"] = refs
    elif persons:
        article["author"] = persons[0] if len(persons) == 1 and rng.random() < 0.5 else persons
    publisher: dict[str, Any] | None = None
    if a.publisher is not None:
        publisher = {"@type": "Organization", "name": a.publisher.name}
        if a.publisher.url:
            publisher["url"] = a.publisher.url
        if a.publisher.logo:
            publisher["logo"] = {"@type": "ImageObject", "url": a.publisher.logo}
        if graph:
            publisher["@id"] = org_id
            article["publisher"] = {"@id": org_id}
        else:
            article["publisher"] = publisher
    if a.image:
        article["image"] = [a.image]
    if a.section:
        article["articleSection"] = a.section
    if a.tags:
        article["keywords"] = list(a.tags)
    if a.word_count is not None:
        article["wordCount"] = a.word_count
    if a.body and rng.random() < 0.5:
        article["articleBody"] = a.body
    if a.license:
        article["license"] = a.license
    if a.comment_count is not None:
        article["commentCount"] = a.comment_count
    if a.comments:
        article["comment"] = _comment_nodes(ctx, nested=rng.random() < 0.5)
    if a.rating is not None:
        article["aggregateRating"] = _rating_node(a.rating)
    if a.ai_disclosure.digital_source_type:
        article["digitalSourceType"] = a.ai_disclosure.digital_source_type
    article["isAccessibleForFree"] = True

    blocks: list[Any] = []
    if graph:
        website = {
            "@type": "WebSite",
            "@id": f"{ctx.home}#website",
            "url": ctx.home,
            "name": ctx.site,
        }
        webpage = {
            "@type": "WebPage",
            "@id": ctx.url,
            "url": ctx.url,
            "name": a.title or ctx.site,
            "isPartOf": {"@id": website["@id"]},
        }
        article["isPartOf"] = {"@id": ctx.url}
        nodes: list[dict[str, Any]] = [website, webpage, article]
        if publisher is not None:
            nodes.append(publisher)
        nodes.extend(extra_nodes)
        blocks.append({"@context": "https://schema.org", "@graph": nodes})
    else:
        blocks.append({"@context": "https://schema.org", **article})
    if rng.random() < 0.5:
        crumbs = [(ctx.site, ctx.home)]
        if a.section:
            crumbs.append((a.section, f"{ctx.home}{slugify(a.section)}/"))
        blocks.append(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": i + 1, "name": name, "item": link}
                    for i, (name, link) in enumerate(crumbs)
                ],
            }
        )
        rng.shuffle(blocks)
    indent = 2 if rng.random() < 0.5 else None
    return [_script_json(block, ctx.ascii_json, indent) for block in blocks]


def _script_json(data: Any, ascii_only: bool, indent: int | None = None) -> str:
    text = json.dumps(data, ensure_ascii=ascii_only, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


# --------------------------------------------------------------------------- body parts


def _join_names(parts: Sequence[str], language: str) -> str:
    word = _TEXT[language]["and"]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


def _author_html(ctx: _Ctx, author: Author) -> str:
    name = _e(author.name)
    typ = "Organization" if author.kind is AuthorKind.ORGANIZATION else "Person"
    if ctx.structured:
        inner = f"<span{ctx.prop('name')}>{name}</span>"
        if author.url:
            inner = f'<a{ctx.prop("url")} href="{_e(author.url)}">{inner}</a>'
        if author.job_title:
            inner += ctx.meta("jobTitle", author.job_title)
        return f"<span{ctx.scope('author', typ)}>{inner}</span>"
    if ctx.m == "wordpress":
        if author.url:
            return (
                f'<span class="author vcard"><a class="url fn n" href="{_e(author.url)}">'
                f"{name}</a></span>"
            )
        return f'<span class="author vcard"><span class="fn">{name}</span></span>'
    if author.url:
        rel = ' rel="author"' if ctx.m == "jsonld" else ""
        return f'<a href="{_e(author.url)}"{rel}>{name}</a>'
    return name


def _byline(ctx: _Ctx) -> str:
    if not ctx.a.authors:
        return ""
    names = _join_names([_author_html(ctx, a) for a in ctx.a.authors], ctx.lang)
    cls = "meta-author" if ctx.m == "plain" else "byline"
    return f'<p class="{cls}">{ctx.t["by"]} {names}</p>'


def _date_html(ctx: _Ctx, value: DateValue, prop: str, wp_class: str) -> str:
    text = _e(format_day(value, ctx.lang))
    iso = _e(_iso(value))
    if ctx.structured:
        return f'<time{ctx.prop(prop)} datetime="{iso}">{text}</time>'
    if ctx.m == "wordpress":
        if ctx.rng.random() < 0.3:
            return f'<abbr class="{wp_class}" title="{iso}">{text}</abbr>'
        return f'<time class="entry-date {wp_class}" datetime="{iso}">{text}</time>'
    if ctx.m == "jsonld":
        return f'<time datetime="{iso}">{text}</time>'
    return f"<span>{text}</span>"


def _dateline(ctx: _Ctx) -> str:
    a = ctx.a
    parts: list[str] = []
    if a.date_published is not None:
        word = ctx.t["posted"] if ctx.m == "wordpress" else ctx.t["published"]
        html_date = _date_html(ctx, a.date_published, "datePublished", "published")
        parts.append(f'<span class="posted-on">{word} {html_date}</span>')
        if ctx.now is not None:
            label = relative_label(a.date_published, ctx.now, ctx.lang)
            if label:
                parts.append(f'<span class="time-ago">{_e(label)}</span>')
    if a.date_modified is not None:
        html_date = _date_html(ctx, a.date_modified, "dateModified", "updated")
        parts.append(f'<span class="updated-on">{ctx.t["updated"]} {html_date}</span>')
    if not parts:
        return ""
    return '<div class="entry-meta">' + "<br>\n".join(parts) + "</div>"


def _banner(ctx: _Ctx, position: str) -> str:
    text = _banner_text(ctx.a, ctx.lang)
    if text is None:
        return ""
    bottom = random.Random(zlib.crc32(f"{ctx.a.title}|banner".encode())).random() < 0.25
    if (position == "bottom") != bottom:
        return ""
    cls = "notice" if ctx.m == "plain" else "ai-notice"
    if position == "bottom":
        return f'<p class="editor-note"><em>{_e(text)}</em></p>'
    return f'<div class="{cls}" role="note"><p>{_e(text)}</p></div>'


def _hidden_props(ctx: _Ctx) -> str:
    """Metadata without a visible counterpart, as meta/link elements (microdata, RDFa)."""
    a = ctx.a
    out = [ctx.link("mainEntityOfPage", ctx.url), ctx.link("url", ctx.url)]
    if a.language:
        out.append(ctx.meta("inLanguage", a.language))
    if a.description:
        out.append(ctx.meta("description", a.description))
    if a.image:
        out.append(ctx.link("image", a.image))
    if a.date_created is not None:
        out.append(ctx.meta("dateCreated", _iso(a.date_created)))
    if a.word_count is not None:
        out.append(ctx.meta("wordCount", a.word_count))
    if a.comment_count is not None:
        out.append(ctx.meta("commentCount", a.comment_count))
    if a.section:
        out.append(ctx.meta("articleSection", a.section))
    if a.tags:
        out.append(ctx.meta("keywords", ", ".join(a.tags)))
    if a.license and a.license.startswith("http"):
        out.append(ctx.link("license", a.license))
    if a.ai_disclosure.digital_source_type:
        out.append(ctx.link("digitalSourceType", a.ai_disclosure.digital_source_type))
    if a.publisher is not None:
        pub = [ctx.meta("name", a.publisher.name)]
        if a.publisher.url:
            pub.append(ctx.link("url", a.publisher.url))
        if a.publisher.logo:
            pub.append(ctx.link("logo", a.publisher.logo))
        out.append(f"<div{ctx.scope('publisher', 'Organization')}>{''.join(pub)}</div>")
    return "\n".join(x for x in out if x)


def _body(ctx: _Ctx) -> str:
    a = ctx.a
    if not a.body and not a.blocks:
        return ""
    cls = "entry-content" if ctx.m == "wordpress" else "article-body"
    if a.blocks and to_text(a.blocks) == (a.body or ""):
        inner = "\n".join(t for t in (_block_html(ctx, b, 0) for b in a.blocks) if t)
    else:
        paragraphs = [p.strip() for p in (a.body or "").split("\n\n") if p.strip()]
        inner = "\n".join(f"<p>{_e(' '.join(p.split()))}</p>" for p in paragraphs)
    return f'<div class="{cls}"{ctx.prop("articleBody")}>\n{inner}\n</div>'


# Each markup writes the blocks its own way (b/i or strong/em, WordPress block classes,
# credits in a span or as a "Photo:" tail), so the extractor meets the common variants.
_OLD_STYLE = frozenset({"plain", "opengraph"})
_CREDIT_LABEL = {"en": "Photo: ", "es": "Foto: ", "fr": "Photo : ", "de": "Foto: ", "pt": "Foto: "}
_MAX_FIXTURE_DEPTH = 40


def _inline_html(ctx: _Ctx, inlines: Sequence[Inline]) -> str:
    old = ctx.m in _OLD_STYLE
    out = []
    for run in inlines:
        text = _e(run.text).replace("\n", "<br>\n")
        if run.code:
            text = f"<code>{text}</code>"
        if run.strong:
            text = f"<b>{text}</b>" if old else f"<strong>{text}</strong>"
        if run.emphasis:
            text = f"<i>{text}</i>" if old else f"<em>{text}</em>"
        if run.href:
            text = f'<a href="{_e(run.href)}">{text}</a>'
        out.append(text)
    return "".join(out)


def _figure_html(ctx: _Ctx, image: Image) -> str:
    size = "".join(
        f' {name}="{value}"'
        for name, value in (("width", image.width), ("height", image.height))
        if value
    )
    alt = _e(image.alt or "")
    wp = ctx.m == "wordpress"
    img = f'<img src="{_e(image.url)}" alt="{alt}"{size} loading="lazy">'
    if ctx.m == "plain" and zlib.crc32(image.url.encode()) % 2:  # a lazy-loaded image
        img = (
            f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{_e(image.url)}"'
            f' alt="{alt}"{size}>'
        )
    caption = _e(image.caption or "")
    if image.credit:
        if ctx.m in ("wordpress", "plain"):
            caption += f" {_CREDIT_LABEL[ctx.lang]}{_e(image.credit)}"
        else:
            caption += f' <span class="credit">{_e(image.credit)}</span>'
    cap = f"<figcaption>{caption.strip()}</figcaption>" if caption.strip() else ""
    cls = ' class="wp-block-image size-large"' if wp else ""
    return f"<figure{cls}>{img}{cap}</figure>"


def _embed_html(ctx: _Ctx, block: Block) -> str:
    url = _e(block.url or "")
    if block.media == "video" and ctx.m == "plain":
        return (
            f'<video controls src="{url}"></video>'
            if url.endswith(".mp4")
            else (f'<iframe src="{url}" width="560" height="315" allowfullscreen></iframe>')
        )
    frame = (
        f'<iframe src="{url}" width="560" height="315" frameborder="0" allowfullscreen></iframe>'
    )
    if ctx.m == "wordpress":
        return (
            f'<figure class="wp-block-embed is-type-{block.media}">'
            f'<div class="wp-block-embed__wrapper">{frame}</div></figure>'
        )
    return f'<div class="embed embed-{block.media}">{frame}</div>'


def _block_html(ctx: _Ctx, block: Block, depth: int) -> str:
    kind = block.kind
    if depth > _MAX_FIXTURE_DEPTH:
        return ""
    if kind is BlockKind.HEADING:
        level = max(2, block.level or 2)  # the page's one <h1> is the headline
        return f"<h{level}>{_inline_html(ctx, block.inlines)}</h{level}>"
    if kind is BlockKind.PARAGRAPH:
        return f"<p>{_inline_html(ctx, block.inlines)}</p>"
    if kind is BlockKind.CODE:
        cls = ' class="wp-block-code"' if ctx.m == "wordpress" else ""
        return f"<pre{cls}><code>{_e(block.literal or '')}</code></pre>"
    if kind is BlockKind.QUOTE:
        cls = ' class="wp-block-quote"' if ctx.m == "wordpress" else ""
        inner = "".join(_block_html(ctx, b, depth + 1) for b in block.children)
        return f"<blockquote{cls}>{inner}</blockquote>"
    if kind is BlockKind.LIST:
        tag = "ol" if block.ordered else "ul"
        items = "".join(_block_html(ctx, b, depth + 1) for b in block.children)
        return f"<{tag}>{items}</{tag}>"
    if kind is BlockKind.ITEM:
        inner = _inline_html(ctx, block.inlines)
        inner += "".join(_block_html(ctx, b, depth + 1) for b in block.children)
        return f"<li>{inner}</li>"
    if kind is BlockKind.TABLE:
        rows = [_block_html(ctx, r, depth + 1) for r in block.children]
        head = block.children[0] if block.children else None
        if head is not None and all(c.header for c in head.children) and ctx.m != "plain":
            return f"<table><thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table>"
        return f"<table>{''.join(rows)}</table>"
    if kind is BlockKind.ROW:
        return "<tr>" + "".join(_block_html(ctx, c, depth + 1) for c in block.children) + "</tr>"
    if kind is BlockKind.CELL:
        tag = "th" if block.header else "td"
        inner = _inline_html(ctx, block.inlines)
        inner += "".join(_block_html(ctx, b, depth + 1) for b in block.children)
        return f"<{tag}>{inner}</{tag}>"
    if kind is BlockKind.FIGURE:
        return _figure_html(ctx, block.image) if block.image else ""
    if kind is BlockKind.EMBED:
        return _embed_html(ctx, block) if block.url else ""
    return ""  # pragma: no cover - every kind is handled


def _tags_and_share(ctx: _Ctx) -> str:
    a = ctx.a
    out = []
    if a.tags:
        links = " ".join(
            f'<a href="{_e(ctx.home)}tag/{slugify(tag)}/" rel="tag">{_e(tag)}</a>' for tag in a.tags
        )
        out.append(f'<div class="tags">{ctx.t["tags"]} {links}</div>')
    out.append(
        f'<div class="share">{ctx.t["share"]} <a href="#" class="share-facebook">Facebook</a>'
        ' <a href="#" class="share-x">X</a> <a href="#" class="share-email">Email</a></div>'
    )
    return "\n".join(out)


def _rating(ctx: _Ctx) -> str:
    rating = ctx.a.rating
    if rating is None:
        return ""
    t = ctx.t
    if rating.value is None:
        summary = t["first_review"]
    else:
        count = rating.rating_count if rating.rating_count is not None else rating.review_count
        average = (
            f"{t['average']} {_number(rating.value, ctx.lang, 2)}"
            f" {t['out_of']} {_number(rating.best, ctx.lang)}"
        )
        if count is None:  # no count known: show the average alone, never invent votes
            summary = f"({average[0].upper()}{average[1:]})"
        else:
            word = t["vote"] if count == 1 else t["votes"]
            summary = f"({count} {word}, {average})"
    stars = "".join(
        f'<button type="button" class="star" aria-label="{i}">\u2606</button>'
        for i in range(1, int(rating.best) + 1 if rating.best <= 10 else 6)
    )
    metas = ""
    if ctx.structured:
        parts = []
        if rating.value is not None:
            parts.append(ctx.meta("ratingValue", _json_number(rating.value)))
        parts.append(ctx.meta("bestRating", _json_number(rating.best)))
        parts.append(ctx.meta("worstRating", _json_number(rating.worst)))
        if rating.rating_count is not None:
            parts.append(ctx.meta("ratingCount", rating.rating_count))
        if rating.review_count is not None:
            parts.append(ctx.meta("reviewCount", rating.review_count))
        metas = "".join(parts)
    if ctx.m == "wordpress":
        cls = "post-ratings"
    else:
        picker = random.Random(zlib.crc32(f"{ctx.a.title}|rating".encode()))
        cls = picker.choice(("rating-widget", "article-rating", "star-rating", "rate-box"))
    return (
        f'<div class="{cls}"{ctx.scope("aggregateRating", "AggregateRating")}>'
        f'<p>{t["rate"]}</p><div class="stars">{stars}</div>'
        f'<p class="rating-summary">{_e(summary)}</p>{metas}</div>'
    )


def _parent_indexes(comments: Sequence[Comment]) -> list[int | None]:
    """Parent index of each comment (only earlier comments can be parents: no cycles)."""
    first: dict[str, int] = {}
    out: list[int | None] = []
    for index, comment in enumerate(comments):
        parent = first.get(comment.parent_id) if comment.parent_id else None
        out.append(parent)
        if comment.id and comment.id not in first:
            first[comment.id] = index
    return out


def _comment_html(ctx: _Ctx, index: int, children: dict[int, list[int]], depth: int) -> str:
    c = ctx.comments[index]
    cid = _e(c.id or str(index + 1))
    author = _e(c.author.name) if c.author else "Anonymous"
    when = ""
    if c.date_published is not None:
        label = _e(format_moment(c.date_published, ctx.lang))
        iso = _e(_iso(c.date_published))
        if ctx.structured:
            when = f'<time{ctx.prop("dateCreated")} datetime="{iso}">{label}</time>'
        elif ctx.m in ("wordpress", "jsonld"):
            when = f'<time datetime="{iso}">{label}</time>'
        else:
            when = f"<span>{label}</span>"
    text = _e(c.text)
    kids = children.get(index, [])
    inner = "".join(_comment_html(ctx, k, children, depth + 1) for k in kids)
    if ctx.m == "wordpress":
        parity = "even" if index % 2 == 0 else "odd"
        reply_list = f'<ol class="children">{inner}</ol>' if kids else ""
        return (
            f'<li id="comment-{cid}" class="comment {parity} depth-{depth}">'
            f'<article id="div-comment-{cid}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">{author}</b> <span class="says">{ctx.t["says"]}</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{cid}">{when}</a></div></footer>'
            f'<div class="comment-content"><p>{text}</p></div>'
            f'<div class="reply"><a class="comment-reply-link" href="#respond">'
            f"{ctx.t['reply']}</a></div></article>{reply_list}</li>"
        )
    reply_list = f'<ul class="replies">{inner}</ul>' if kids else ""
    if ctx.structured:
        extra = ctx.link("url", c.url) if c.url else ""
        if c.upvotes is not None:
            extra += ctx.meta("upvoteCount", c.upvotes)
        author_html = (
            f"<span{ctx.scope('author', 'Person')}><span{ctx.prop('name')}>{author}</span></span>"
        )
        about = f' resource="#comment-{cid}"' if ctx.m == "rdfa" else ""
        return (
            f'<li id="comment-{cid}" class="comment"{ctx.scope("comment", "Comment")}{about}>'
            f'<div class="comment-meta">{author_html} {when}</div>'
            f'<div class="comment-text"{ctx.prop("text")}><p>{text}</p></div>{extra}'
            f'<a class="reply" href="#respond">{ctx.t["reply"]}</a>{reply_list}</li>'
        )
    if ctx.m == "plain":
        return (
            f'<li id="c{cid}"><p><strong>{author}</strong> \u00b7 {when}</p><p>{text}</p>'
            f'<a href="#respond">{ctx.t["reply"]}</a>{reply_list}</li>'
        )
    return (
        f'<li id="comment-{cid}" class="comment"><div class="comment-meta">'
        f'<strong class="comment-author">{author}</strong> {when}</div>'
        f'<div class="comment-text"><p>{text}</p></div>'
        f'<a class="reply" href="#respond">{ctx.t["reply"]}</a>{reply_list}</li>'
    )


def _comments(ctx: _Ctx) -> str:
    comments = ctx.comments
    if not comments:
        return ""
    parents = _parent_indexes(comments)
    children: dict[int, list[int]] = {}
    roots: list[int] = []
    for index, parent in enumerate(parents):
        if parent is None:
            roots.append(index)
        else:
            children.setdefault(parent, []).append(index)
    items = "".join(_comment_html(ctx, i, children, 1) for i in roots)
    n = len(comments)
    t = ctx.t
    if ctx.m == "wordpress":
        title = ctx.a.title or ctx.site
        word = t["thought"] if n == 1 else t["thoughts"]
        quoted = (
            f"\u00ab{_e(title)}\u00bb"
            if ctx.lang in ("es", "fr")
            else f"\u201e{_e(title)}\u201c"
            if ctx.lang == "de"
            else f"\u201c{_e(title)}\u201d"
        )
        return (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} {word}'
            f' {quoted}</h2><ol class="comment-list">{items}</ol></div>'
        )
    word = t["comment"] if n == 1 else t["comments"]
    if ctx.lang == "en":
        word = word.capitalize()
    cls = "" if ctx.m == "plain" else ' class="comments"'
    return f'<section id="comments"{cls}><h2>{n} {word}</h2><ul>{items}</ul></section>'


def _comment_form(ctx: _Ctx) -> str:
    a = ctx.a
    t = ctx.t
    if a.comments_open is False:
        return f'<p class="comments-closed">{t["closed"]}</p>'
    if a.comments_open is None:
        return ""
    if ctx.m == "wordpress":
        return (
            '<div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">{t["leave_reply"]}</h3>'
            f'<form action="{_e(ctx.home)}wp-comments-post.php" method="post" id="commentform"'
            ' class="comment-form" novalidate>'
            f'<p class="comment-notes"><span id="email-notes">{t["email_notes"]}</span>'
            f' {t["required"]} <span class="required">*</span></p>'
            f'<p class="comment-form-comment"><label for="comment">{t["comment"].capitalize()}'
            ' <span class="required">*</span></label>'
            '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">{t["name"]}'
            ' <span class="required">*</span></label>'
            '<input id="author" name="author" type="text" required></p>'
            f'<p class="comment-form-email"><label for="email">{t["email"]}'
            ' <span class="required">*</span></label>'
            '<input id="email" name="email" type="email" required></p>'
            f'<p class="comment-form-url"><label for="url">{t["website"]}</label>'
            '<input id="url" name="url" type="url"></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit"'
            f' class="submit" value="{t["post_comment"]}"></p></form></div>'
        )

    def field(name: str, label: str, error: str, control: str) -> str:
        return (
            f'<div class="form-group"><label for="cf-{name}">{label}</label>{control}'
            f'<div class="valid-feedback">{t["good"]}</div>'
            f'<div class="invalid-feedback">{error}</div></div>'
        )

    return (
        f'<section id="respond"><h3>{t["leave_comment"]}</h3>'
        f'<form method="post" action="{_e(ctx.home)}comments/" novalidate>'
        + field(
            "email", t["email"], t["enter_email"],
            '<input type="email" id="cf-email" name="email" required>',
        )
        + field(
            "name", t["name"], t["enter_name"],
            '<input type="text" id="cf-name" name="name" required>',
        )
        + field(
            "message", t["message"], t["enter_message"],
            '<textarea id="cf-message" name="message" rows="5" required></textarea>',
        )
        + field("captcha", "", t["captcha"], '<div class="g-recaptcha"></div>')
        + f'<button type="submit">{t["post_comment"]}</button></form></section>'
    )  # fmt: skip


# --------------------------------------------------------------------------- boilerplate


def _cookie_bar(ctx: _Ctx) -> str:
    t = ctx.t
    return (
        '<div id="cookie-notice" class="cookie-bar" role="dialog">'
        f'<p>{t["cookie"]} <a href="{_e(ctx.home)}privacy/">{t["learn_more"]}</a></p>'
        f'<button type="button">{t["accept"]}</button>'
        f'<button type="button">{t["reject"]}</button></div>'
    )


def _site_header(ctx: _Ctx) -> str:
    links = "".join(
        f'<li><a href="{_e(ctx.home)}{slugify(item)}/">{_e(item)}</a></li>'
        for item in _NAV[ctx.lang]
    )
    return (
        f'<header class="site-header"><a class="site-title" href="{_e(ctx.home)}">'
        f"{_e(ctx.site)}</a>"
        f'<nav class="main-navigation" aria-label="Main"><ul>{links}</ul></nav>'
        f'<form class="search-form" role="search" action="{_e(ctx.home)}search">'
        f'<input type="search" name="q" placeholder="{ctx.t["search"]}"></form></header>'
    )


def _sidebar(ctx: _Ctx) -> str:
    t = ctx.t
    other = random.Random(zlib.crc32(f"{ctx.a.title}|sidebar".encode()))
    items = []
    for _ in range(other.randint(3, 5)):
        headline = _headline(other, ctx.lang)[0]
        items.append(
            f'<li><a href="{_e(ctx.home)}news/{slugify(headline)}/">{_e(headline)}</a></li>'
        )
    boxes = [
        f'<section class="widget popular-posts"><h3>{t["most_read"]}</h3>'
        f"<ol>{''.join(items)}</ol></section>"
    ]
    kind = other.random()
    if kind < 0.6:
        boxes.append(
            f'<section class="widget newsletter"><h3>{t["newsletter"]}</h3>'
            f"<p>{t['newsletter_text']}</p>"
            '<form><input type="email" name="newsletter-email" placeholder="you@example.com">'
            f'<button type="submit">{t["subscribe"]}</button></form></section>'
        )
    if kind > 0.4:
        stars = "".join(
            f'<button type="button" aria-label="{i}">\u2606</button>' for i in range(1, 6)
        )
        boxes.append(
            f'<section class="widget product-box"><h3>{t["product"]}</h3>'
            f"<p>{_e(t['product_name'])}</p><p>{t['rate_product']}</p>"
            f'<div class="stars">{stars}</div><a href="{_e(ctx.home)}deals/">'
            f"{t['see_offer']}</a></section>"
        )
    return f'<aside class="sidebar widget-area">{"".join(boxes)}</aside>'


def _site_footer(ctx: _Ctx) -> str:
    links = " ".join(
        f'<a href="{_e(ctx.home)}{slugify(item)}/">{_e(item)}</a>' for item in _FOOTER[ctx.lang]
    )
    year = ctx.now.year if ctx.now is not None else 2026
    return (
        f'<footer class="site-footer"><nav class="footer-links">{links}</nav>'
        f"<p>\u00a9 {year} {_e(ctx.site)}. {ctx.t['rights']}</p></footer>"
    )


# --------------------------------------------------------------------------- main


def _article(ctx: _Ctx) -> str:
    a = ctx.a
    if ctx.m == "microdata":
        open_tag = f'<article itemscope itemtype="{_SCHEMA}NewsArticle" itemid="{_e(ctx.url)}">'
    elif ctx.m == "rdfa":
        open_tag = f'<article vocab="{_SCHEMA}" typeof="NewsArticle" resource="{_e(ctx.url)}">'
    elif ctx.m == "wordpress":
        post = zlib.crc32(ctx.url.encode()) % 90000 + 1000
        cat = f" category-{slugify(a.section)}" if a.section else ""
        open_tag = (
            f'<article id="post-{post}" class="post-{post} post type-post status-publish'
            f' format-standard hentry{cat}">'
        )
    else:
        open_tag = '<article class="article">'
    section = ""
    if a.section:
        section = (
            f'<p class="kicker"><a href="{_e(ctx.home)}{slugify(a.section)}/">'
            f"{_e(a.section)}</a></p>"
        )
    h1_cls = "entry-title" if ctx.m == "wordpress" else "headline"
    h1 = f'<h1 class="{h1_cls}"{ctx.prop("headline")}>{_e(a.title)}</h1>' if a.title else ""
    header_cls = "entry-header" if ctx.m == "wordpress" else "article-header"
    parts = [
        open_tag,
        f'<header class="{header_cls}">',
        _banner(ctx, "top"),
        section,
        h1,
        _byline(ctx),
        _dateline(ctx),
        "</header>",
        _hidden_props(ctx) if ctx.structured else "",
        _body(ctx),
        _banner(ctx, "bottom"),
        _tags_and_share(ctx),
        _rating(ctx),
        _comments(ctx),
        _comment_form(ctx),
        "</article>",
    ]
    return "\n".join(p for p in parts if p)


@overload
def render_html(
    article: Article,
    markup: str = ...,
    *,
    encoding: None = None,
    now: _dt.datetime | None = None,
) -> str: ...


@overload
def render_html(
    article: Article,
    markup: str = ...,
    *,
    encoding: str,
    now: _dt.datetime | None = None,
) -> bytes: ...


def render_html(
    article: Article,
    markup: str = "jsonld",
    *,
    encoding: str | None = None,
    now: _dt.datetime | None = None,
) -> str | bytes:
    """Render ``article`` as a complete HTML page in ``markup`` (one of :data:`MARKUPS`).

    ``now`` is the rendering instant used for the relative label ("7 months ago") next to
    the publication date; without it no relative label is shown (the wall clock is never
    read). With ``encoding=`` the page is returned as bytes in that charset, declared in
    ``<meta charset>``; characters the charset cannot hold become character references.
    Bad arguments raise :class:`newsmeta.ValidationError`.
    """
    if not isinstance(article, Article):
        raise _bad("/article", "type", f"expected an Article, got {type(article).__name__}")
    if markup not in MARKUPS:
        raise _bad("/markup", "enum", f"markup must be one of {', '.join(MARKUPS)}, got {markup!r}")
    if now is not None and not isinstance(now, _dt.datetime):
        raise _bad("/now", "type", f"now must be a datetime, got {type(now).__name__}")
    codec = "utf-8"
    if encoding is not None:
        if not isinstance(encoding, str):
            raise _bad("/encoding", "type", "encoding must be a str")
        try:
            codec = codecs.lookup(encoding).name
        except (LookupError, ValueError) as exc:  # ValueError: a NUL in the name
            raise _bad("/encoding", "enum", f"unknown encoding {encoding!r}") from exc
    ascii_json = not codec.startswith("utf")
    ctx = _Ctx(article, markup, now, ascii_json)
    head = _head(ctx, _charset_label(codec))
    body_cls = "single single-post" if markup == "wordpress" else "article-page"
    cookie_first = ctx.rng.random() < 0.5
    cookie = _cookie_bar(ctx)
    page = "\n".join(
        (
            "<!DOCTYPE html>",
            f'<html lang="{_e(article.language or ctx.lang)}">',
            "<head>",
            head,
            "</head>",
            f'<body class="{body_cls}">',
            cookie if cookie_first else "",
            _site_header(ctx),
            '<div class="site-content">',
            '<main id="main" class="site-main">',
            _article(ctx),
            "</main>",
            _sidebar(ctx),
            "</div>",
            _site_footer(ctx),
            "" if cookie_first else cookie,
            "</body>",
            "</html>",
            "",
        )
    )
    if encoding is None:
        return page
    return page.encode(codec, errors="xmlcharrefreplace")
