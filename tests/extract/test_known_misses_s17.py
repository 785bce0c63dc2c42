"""Known misses of earlier rounds (session 17): a site's "last updated" line, a lone teaser
card above the headline, someone else's use of AI in a short paragraph, a comment count
beside the comment section, obituary cards and event listings."""

from __future__ import annotations

import pytest

import newsmeta

_URL = "https://example.org/news/river-festival"
_TEXT = {
    "en": "The river festival drew thousands of visitors to the old town this weekend, "
    "organisers said, and the boat parade ran late into the evening. ",
    "de": "Das Flussfest lockte am Wochenende tausende Besucher in die Altstadt, teilten die "
    "Veranstalter mit, und die Bootsparade dauerte bis in den Abend. ",
    "fr": "La fête du fleuve a attiré des milliers de visiteurs dans la vieille ville ce "
    "week-end, selon les organisateurs, et le défilé de bateaux a duré tard. ",
    "es": "La fiesta del río atrajo a miles de visitantes al casco antiguo este fin de "
    "semana, según los organizadores, y el desfile de barcos terminó tarde. ",
}
_HEADLINE = "River festival draws crowds"


def _body(lang: str) -> str:
    return f"<p>{_TEXT[lang] * 3}</p>" * 3


def _page(lang: str, inside: str = "", before: str = "", after: str = "", meta: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>{_HEADLINE}</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main>{before}<article><h1>{_HEADLINE}</h1>{meta}{inside}{_body(lang)}</article>"
        f"{after}</main><footer><p>© Town News</p></footer></body></html>"
    )


def _day(value: object) -> str | None:
    return str(value)[:10] if value else None


# ----------------------------------------------------------------- 1: the site's date


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This site was last updated 14 November 2024"),
        ("en", "Site last updated: 14 November 2024"),
        ("de", "Website zuletzt aktualisiert am 14.11.2024"),
        ("fr", "Dernière mise à jour du site : 14 novembre 2024"),
        ("es", "Última actualización del sitio: 14 de noviembre de 2024"),
    ],
)
def test_site_updated_line_dates_the_site(lang: str, line: str) -> None:
    html = _page(
        lang, meta='<p class="byline">Ann Lee</p>', after=f'<div class="bottom"><p>{line}</p></div>'
    )
    art = newsmeta.extract(html, url=_URL)
    assert art.date_modified is None
    assert art.date_published is None


def test_article_updated_line_still_read_beside_site_line() -> None:
    meta = '<p class="byline">By Ann Lee, 3 March 2024 | Updated 5 March 2024</p>'
    after = '<div class="bottom"><p>Site last updated: 14 November 2024</p></div>'
    art = newsmeta.extract(_page("en", meta=meta, after=after), url=_URL)
    assert _day(art.date_published) == "2024-03-03"
    assert _day(art.date_modified) == "2024-03-05"


def test_page_last_modified_line_stays_the_pages_own() -> None:
    after = '<div class="bottom"><p>Page last modified: 14 November 2024</p></div>'
    art = newsmeta.extract(_page("en", meta="<p>By Ann Lee</p>", after=after), url=_URL)
    assert _day(art.date_modified) == "2024-11-14"


# ------------------------------------------------------ 2: a lone teaser card above h1

_CARDS = {
    "en": '<div class="read-also"><span>Read also</span><a href="/other"><h2>Mayor resigns '
    'after budget row</h2></a><p class="byline">By Tom Hart</p><p class="date">February 10, '
    "2024</p></div>",
    "de": '<div class="box"><strong>Lesen Sie auch</strong><h2><a href="/anders">Bürgermeister '
    'tritt nach Haushaltsstreit zurück</a></h2><p class="autor">Von Tom Hart</p>'
    '<p class="datum">10.02.2024</p></div>',
    "fr": '<article class="card"><a href="/autre"><h2>Le maire démissionne après le budget</h2>'
    '</a><div class="meta"><span class="byline">Par Jean Roux</span> · <time '
    'datetime="2024-02-10T09:00">10 février 2024</time></div></article>',
}


@pytest.mark.parametrize("lang", sorted(_CARDS))
def test_lone_teaser_card_above_headline_gives_nothing(lang: str) -> None:
    art = newsmeta.extract(_page(lang, before=_CARDS[lang]), url=_URL)
    assert art.title == _HEADLINE
    assert [a.name for a in art.authors] == []
    assert art.date_published is None


@pytest.mark.parametrize("lang", sorted(_CARDS))
def test_lone_teaser_card_above_headline_leaves_own_byline(lang: str) -> None:
    meta = '<p class="byline">By Ann Lee, 3 March 2024</p>'
    art = newsmeta.extract(_page(lang, before=_CARDS[lang], meta=meta), url=_URL)
    assert [a.name for a in art.authors] == ["Ann Lee"]
    assert _day(art.date_published) == "2024-03-03"


def test_blog_post_with_permalinked_title_after_site_h1_keeps_its_byline() -> None:
    html = (
        '<html lang="en"><head><title>River festival draws crowds | Ann\'s blog</title></head>'
        '<body><header><h1 class="site-title"><a href="/">Ann\'s blog</a></h1></header>'
        f'<div class="post"><div class="post-header"><h2><a href="{_URL}">River festival draws '
        'crowds</a></h2><span class="author">By Ann Lee</span> <span class="date">March 3, '
        f'2024</span></div><div class="entry">{_body("en")}</div></div></body></html>'
    )
    art = newsmeta.extract(html, url=_URL)
    assert [a.name for a in art.authors] == ["Ann Lee"]
    assert _day(art.date_published) == "2024-03-03"


# ------------------------------------------------ 3: someone else's use of AI (spaced)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Students used AI to write their homework."),
        ("en", "The council used AI to draft the budget."),
        ("en", "Some teachers used ChatGPT to grade essays."),
        ("de", "Die Schüler nutzten KI, um ihre Hausaufgaben zu schreiben."),
        ("de", "Die Firma hat die Werbung mit KI erstellt."),
        ("fr", "La mairie a utilisé l'IA pour rédiger le budget."),
        ("es", "El ayuntamiento utilizó IA para redactar el presupuesto."),
    ],
)
def test_someone_elses_use_of_ai_is_no_note(lang: str, line: str) -> None:
    art = newsmeta.extract(_page(lang, inside=f"<p>{line}</p>"), url=_URL)
    assert art.ai_disclosure.involvement.value == "unknown"


@pytest.mark.parametrize(
    ("line", "involvement"),
    [
        ("Fully AI-generated.", "generated"),
        ("Written with AI assistance.", "assisted"),
        ("This article was produced using AI.", "generated"),
        ("We used AI to draft this article.", "assisted"),
    ],
)
def test_own_ai_notes_stay_notes(line: str, involvement: str) -> None:
    art = newsmeta.extract(_page("en", after=f"<p>{line}</p>", inside=f"<p>{line}</p>"), url=_URL)
    assert art.ai_disclosure.involvement.value == involvement


# ------------------------------------------- 4: a count beside the comment section

_THREAD = (
    '<ul class="comment-list"><li class="comment"><div class="comment-author">Ruth</div>'
    '<div class="comment-body"><p>Great day out, we loved the boats.</p></div></li>'
    '<li class="comment"><div class="comment-author">Sam</div><div class="comment-body"><p>'
    "Parking was a nightmare though.</p></div></li></ul>"
)


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        (
            "en",
            '<div class="actions"><button type="button">12 Comments</button></div>'
            f'<section id="comments">{_THREAD}</section>',
        ),
        (
            "de",
            '<div id="kommentare"><div class="head-row"><span>12 Kommentare</span></div>'
            f"{_THREAD}</div>",
        ),
        (
            "fr",
            '<p class="meta-small">12 commentaires</p>'
            f'<section class="comments">{_THREAD}</section>',
        ),
    ],
)
def test_count_beside_comment_section(lang: str, after: str) -> None:
    art = newsmeta.extract(_page(lang, after=after), url=_URL)
    assert art.comment_count == 12


def test_count_in_another_storys_card_is_not_the_pages() -> None:
    after = (
        '<div class="card"><a href="/other">Other story</a><span class="c">7 Comments</span>'
        f'</div><section id="comments">{_THREAD}</section>'
    )
    art = newsmeta.extract(_page("en", after=after), url=_URL)
    assert art.comment_count is None


# ------------------------------------------------ 5: obituaries and event listings

_LISTINGS = {
    "obituaries": (
        "en",
        '<div class="obituaries"><h3>Obituaries</h3><div class="obit"><a href="/obit/1">'
        "<strong>Margaret Ellis</strong></a><p>June 4, 1931 – February 20, 2024</p><p>Service: "
        'February 27, 2024 at St Mary\'s</p></div><div class="obit"><a href="/obit/2"><strong>'
        "John Carter</strong></a><p>Passed away February 19, 2024</p></div></div>",
    ),
    "death notice": (
        "en",
        "<div><p><b>HUGHES, Peter</b></p><p>Died peacefully on 21 February 2024, aged 88.</p>"
        "<p>Funeral at Holy Trinity on 1 March 2024.</p></div>",
    ),
    "traueranzeigen": (
        "de",
        '<div class="anzeigen"><h3>Traueranzeigen</h3><div><a href="/t/1">Erna Schulz</a><p>'
        '* 12.05.1935 † 18.02.2024</p></div><div><a href="/t/2">Karl Maier</a><p>gest. '
        "17.02.2024</p></div></div>",
    ),
    "events": (
        "en",
        '<div class="whats-on"><h3>What\'s on</h3><ul><li><a href="/e/1">Jazz night</a> '
        '<span>Friday 15 March 2024, 8pm</span></li><li><a href="/e/2">Farmers market</a> '
        "<span>Saturday 16 March 2024</span></li></ul></div>",
    ),
}


@pytest.mark.parametrize("name", sorted(_LISTINGS))
@pytest.mark.parametrize("where", ["before", "after"])
def test_listing_dates_are_not_the_articles(name: str, where: str) -> None:
    lang, block = _LISTINGS[name]
    art = newsmeta.extract(_page(lang, **{where: block}), url=_URL)
    assert art.date_published is None


@pytest.mark.parametrize("name", sorted(_LISTINGS))
def test_listing_leaves_the_articles_own_date(name: str) -> None:
    lang, block = _LISTINGS[name]
    meta = '<p class="byline">By Ann Lee, 3 March 2024</p>'
    art = newsmeta.extract(_page(lang, after=block, meta=meta), url=_URL)
    assert _day(art.date_published) == "2024-03-03"


def test_category_naming_website_beside_updated_keeps_the_modified_date() -> None:
    meta = (
        '<p class="byline">By Ann Lee, 3 March 2024</p>'
        '<p class="meta">Filed under Website Design | Updated 5 March 2024</p>'
    )
    art = newsmeta.extract(_page("en", meta=meta), url=_URL)
    assert _day(art.date_published) == "2024-03-03"
    assert _day(art.date_modified) == "2024-03-05"
