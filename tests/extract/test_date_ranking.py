"""Which date signal outranks which: rules tuned on the development split's tune fold and
kept because the check fold gained too (see docs/dates.md, "Which date wins")."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta import extract


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Allotment report</title>{head}</head><body>"
        "<header class='site'><a href='/'>Greenfield Gazette</a></header>"
        f"<main><article><h1>Allotment waiting lists grow again</h1>{body}"
        "<p>The town's allotment association counted more applicants than plots this "
        "spring, and the waiting list now runs to three years for a full plot.</p>"
        "<p>Volunteers plan to split some of the larger plots in half next season.</p>"
        "</article></main></body></html>"
    )


def _winner(article: newsmeta.Article) -> newsmeta.Evidence:
    (ev,) = [e for e in article.provenance.evidence if e.field == "date_published"]
    return ev


# ------------------------------------------------- a bare "date" meta vs the printed date


@pytest.mark.parametrize("name", ["date", "DC.date", "DCTERMS.date"])
@pytest.mark.parametrize(
    ("printed", "source"),
    [
        ('<time datetime="2021-03-02">2 March 2021</time> · by Jo Park', "time-element"),
        ('<span class="date">02.03.2021</span> - Text: Jo Park', "visible-text"),
    ],
)
def test_printed_date_beats_a_disagreeing_bare_date_meta(
    name: str, printed: str, source: str
) -> None:
    page = _page(head=f'<meta name="{name}" content="2021-03-09">', body=f"<p>{printed}</p>")
    article = extract(page)
    assert article.date_published == dt.date(2021, 3, 2)
    assert _winner(article).source.value == source
    assert any(e.raw == "2021-03-09" for e in article.provenance.rejected)


# Two printed days that disagree: the one-printed-day rule (session 13) says nothing here.
_TWO_PRINTED = (
    '<p class="meta"><time datetime="2021-03-02">2 March 2021</time></p>'
    '<p class="date">5 March 2021</p>'
)


def test_bare_date_meta_backed_by_other_metadata_stays() -> None:
    page = _page(
        head='<meta name="date" content="2021-03-09">'
        '<meta property="article:published_time" content="2021-03-09T08:00:00Z">',
        body=_TWO_PRINTED,
    )
    assert extract(page).date_published == dt.datetime(2021, 3, 9, 8, 0, tzinfo=dt.timezone.utc)


def test_named_publication_meta_is_not_bare() -> None:
    page = _page(
        head='<meta name="dcterms.issued" content="2021-03-09">',
        body=_TWO_PRINTED,
    )
    assert extract(page).date_published == dt.date(2021, 3, 9)


def test_bare_date_meta_alone_is_kept() -> None:
    page = _page(head='<meta name="date" content="2021-03-09">')
    assert extract(page).date_published == dt.date(2021, 3, 9)


# ------------------------- the printed day and a bare "date" meta, together, vs a declared day


_DECLARED = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Allotment waiting lists grow again", '
    '"datePublished": "2022-06-14T16:05:00+02:00", "dateModified": "2022-06-15T09:40:00+02:00"}'
    "</script>"
)


@pytest.mark.parametrize("name", ["date", "DC.Date", "dcterms.date"])
@pytest.mark.parametrize(
    "printed",
    [
        "<p class='stand'><span>Stand:</span> 15.06.2022, 09:40 Uhr</p>",
        "<h2>A century-old waiting list<span class='hl-date'>Wednesday, 15 June 2022</span></h2>",
    ],
)
def test_printed_day_confirmed_by_bare_meta_beats_declared_day(name: str, printed: str) -> None:
    page = _page(
        head=_DECLARED + f'<meta name="{name}" content="2022-06-15T09:40:00+02:00">',
        body=printed,
    )
    article = extract(page)
    assert article.date_published is not None
    assert article.date_published.date() == dt.date(2022, 6, 15)
    assert any(
        e.field == "date_published" and e.raw.startswith("2022-06-14")
        for e in article.provenance.rejected
    )


def test_declared_day_stays_without_the_printed_day() -> None:
    page = _page(head=_DECLARED + '<meta name="date" content="2022-06-15T09:40:00+02:00">')
    assert extract(page).date_published == dt.datetime(
        2022, 6, 14, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )


def test_declared_day_stays_when_the_page_also_prints_it() -> None:
    page = _page(
        head=_DECLARED + '<meta name="date" content="2022-06-15T09:40:00+02:00">',
        body="<p class='meta'><time datetime='2022-06-14'>14 June 2022</time></p>"
        "<p class='stand'>Stand: 15.06.2022, 09:40 Uhr</p>",
    )
    published = extract(page).date_published
    assert published is not None
    assert published.date() == dt.date(2022, 6, 14)


def test_printed_day_without_bare_meta_does_not_move_the_declared_day() -> None:
    # (with a second printed day: one day printed alone wins by itself since session 13)
    page = _page(
        head=_DECLARED,
        body="<p class='stand'>Stand: 15.06.2022, 09:40 Uhr</p><p class='date'>16.06.2022</p>",
    )
    published = extract(page).date_published
    assert published is not None
    assert published.date() == dt.date(2022, 6, 14)


# ------------------------------------------------------- the date line under the headline


def test_unclassed_date_line_under_the_headline_is_read() -> None:
    page = _page(
        head='<meta name="date" content="2020-04-29T11:52:23">',
        body='<p class="text"><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p>',
        lang="de",
    )
    article = extract(page)
    assert article.date_published == dt.datetime(2020, 4, 28, 18, 0)
    ev = _winner(article)
    assert ev.source is newsmeta.SourceKind.VISIBLE_TEXT
    assert ev.raw == "Stand: 28.04.2020 18:00 Uhr"


def test_headline_date_line_outranks_a_bare_dc_date() -> None:
    page = _page(
        head='<meta name="DC.date" content="2020-01-03">', body="<h2>Monday, 6 January 2020</h2>"
    )
    assert extract(page).date_published == dt.date(2020, 1, 6)


def test_updated_line_under_the_headline_is_the_modified_date() -> None:
    page = _page(
        head='<meta property="article:published_time" content="2020-01-02T09:00:00Z">',
        body="<div><span>Updated 6 January 2020</span></div>",
    )
    article = extract(page)
    assert article.date_modified == dt.date(2020, 1, 6)
    assert article.date_published == dt.datetime(2020, 1, 2, 9, 0, tzinfo=dt.timezone.utc)


def test_date_after_the_body_starts_is_not_a_dateline() -> None:
    long_para = "<p>" + "The committee met twice before the vote was called. " * 5 + "</p>"
    page = _page(body=f"{long_para}<p><span>9 March 2019</span></p>")
    article = extract(page)
    assert not any(
        e.field == "date_published" and e.position == "header" for e in article.provenance.evidence
    )


def test_kicker_date_above_the_headline_is_read() -> None:
    html = (
        "<html lang='en'><head><title>Sleep and memory</title>"
        '<meta name="dc.Date" content="2020-03-03"></head><body><main>'
        "<div class='top'><span>Original Research</span> <span>7 April 2020</span></div>"
        "<h1>Sleep and memory in older adults</h1>"
        "<p>Older adults who slept less than six hours recalled fewer words the next day, "
        "a cohort study of 2,000 participants found; the effect held after adjustment.</p>"
        "</main></body></html>"
    )
    article = extract(html)
    assert article.date_published == dt.date(2020, 4, 7)
    assert _winner(article).raw.endswith("7 April 2020")


def test_site_header_date_above_the_headline_is_not_read() -> None:
    html = (
        "<html lang='en'><head><title>Sleep and memory</title>"
        '<meta name="dc.Date" content="2020-03-03"></head><body>'
        "<header><span>Tuesday, 7 April 2020</span></header>"
        "<h1>Sleep and memory in older adults</h1>"
        "<p>Older adults who slept less than six hours recalled fewer words the next day, "
        "a cohort study of 2,000 participants found; the effect held after adjustment.</p>"
        "</body></html>"
    )
    assert extract(html).date_published == dt.date(2020, 3, 3)


def test_sentence_under_the_headline_is_not_a_dateline() -> None:
    page = _page(
        head='<meta name="DC.date" content="2021-03-09">',
        body="<p>Applications for the second round of plots are due by 30 April 2021 at the "
        "association's office.</p>",
    )
    assert extract(page).date_published == dt.date(2021, 3, 9)


# ------------------------------------------------------------------------ URL paths


@pytest.mark.parametrize(
    ("path", "day"),
    [
        ("/press/detail/~02-01-2022-funding-for-ponds-granted", dt.date(2022, 1, 2)),
        ("/press/detail/02-01-2022-funding-for-ponds-granted", dt.date(2022, 1, 2)),
        ("/press/detail/~v2-01-2022-funding", None),
    ],
)
def test_day_first_date_after_a_tilde_in_the_path(path: str, day: dt.date | None) -> None:
    html = (
        "<html><head><title>Funding for ponds</title></head><body><h1>Funding for ponds</h1>"
        "<p>The ministry granted funding for forty village ponds; applications for a "
        "second round are due by 30 April 2022 at the district offices.</p></body></html>"
    )
    article = extract(html, url=f"https://ministry.example{path}")
    if day is None:
        assert not any(e.source.value == "url" for e in article.provenance.evidence)
    else:
        assert article.date_published == day


# ------------------------------------------------------------------ script state data

_SHOP = (
    "<html lang='de'><head><title>Sidamo coffee beans</title>{script}</head><body>"
    "<h1>Sidamo coffee beans, organic</h1><p>Grown at 1,800 to 2,000 metres in the Sidama "
    "region and roasted in small batches for filter brewing.</p></body></html>"
)


@pytest.mark.parametrize(
    "script",
    [
        '<script type="application/json">{"product":{"id":7,'
        '"published_at":"2019-03-02T06:22:28+01:00",'
        '"created_at":"2019-03-01T06:27:24+01:00"}}</script>',
        '<script type="application/json" data-state="page">{"state":"{\\"publishedDate\\":'
        '\\"2019-03-02T06:22:28+01:00\\"}"}</script>',
    ],
)
def test_publication_key_in_a_json_data_block_dates_an_undated_page(script: str) -> None:
    article = extract(_SHOP.format(script=script))
    tz = dt.timezone(dt.timedelta(hours=1))
    assert article.date_published == dt.datetime(2019, 3, 2, 6, 22, 28, tzinfo=tz)
    ev = _winner(article)
    assert ev.confidence < 0.5
    assert "#" in ev.locator


@pytest.mark.parametrize(
    "script",
    [
        # a creation key is not a publication
        '<script type="application/json">{"created_at":"2019-03-01T06:27:24+01:00"}</script>',
        # executable script is never read
        '<script>var meta = {"published_at":"2019-03-02T06:22:28+01:00"};</script>',
        "<script>window.page = {publishDate: '2019-03-02T06:22:28+01:00'};</script>",
    ],
)
def test_script_dates_that_are_not_read(script: str) -> None:
    assert extract(_SHOP.format(script=script)).date_published is None


def test_script_data_does_not_outrank_metadata() -> None:
    script = (
        '<meta property="article:published_time" content="2020-05-05T10:00:00Z">'
        '<script type="application/json">{"published_at":"2019-03-02T06:22:28+01:00"}</script>'
    )
    article = extract(_SHOP.format(script=script))
    assert article.date_published == dt.datetime(2020, 5, 5, 10, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------- the address's day vs a re-stamp


def _blog(published: str) -> str:
    return _page(
        head='<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"BlogPosting","headline":"Allotment waiting lists grow again",'
        f'"datePublished":"{published}"}}</script>'
    )


def test_address_day_beats_a_date_stamped_long_after() -> None:
    article = extract(
        _blog("2019-06-17T18:28:00+02:00"), url="https://blog.example/home/2017/7/12/allotments"
    )
    assert article.date_published == dt.date(2017, 7, 12)
    assert _winner(article).source is newsmeta.SourceKind.URL
    assert any(e.raw == "2019-06-17T18:28:00+02:00" for e in article.provenance.rejected)


def test_date_within_a_month_of_the_address_day_stays() -> None:
    article = extract(
        _blog("2017-07-20T18:28:00+02:00"), url="https://blog.example/home/2017/7/12/allotments"
    )
    tz = dt.timezone(dt.timedelta(hours=2))
    assert article.date_published == dt.datetime(2017, 7, 20, 18, 28, tzinfo=tz)


def test_image_path_day_does_not_overrule_metadata() -> None:
    page = _blog("2019-06-17T18:28:00+02:00").replace(
        "<h1>", '<img src="https://blog.example/uploads/2012/01/05/plot.jpg" alt=""><h1>'
    )
    article = extract(page, url="https://blog.example/allotments")
    tz = dt.timezone(dt.timedelta(hours=2))
    assert article.date_published == dt.datetime(2019, 6, 17, 18, 28, tzinfo=tz)


# ------------------------------------------------------- dates the prose measures from


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit 4. August 2014 gilt in Bolivien ein Gesetz, das Kinderarbeit ab zehn Jahren "
        "unter Auflagen erlaubt; Organisationen arbeitender Kinder hatten es lange gefordert.",
        "Anträge auf die Prämie müssen bis zum 30. April 2022 bei der zuständigen Behörde "
        "eingegangen sein, teilte das Ministerium am Sonntag in einer Erklärung mit.",
        "The reading room has stayed closed since 12 March 2020, and the library says the "
        "repairs to the roof will take at least another season to finish properly.",
    ],
)
def test_a_date_the_prose_counts_from_or_to_is_not_the_publication(sentence: str) -> None:
    html = (
        "<html><head><title>Notice</title></head><body><h1>Notice</h1>"
        f"<p>{sentence}</p></body></html>"
    )
    assert extract(html).date_published is None


def test_a_date_the_prose_states_is_still_a_guess() -> None:
    html = (
        "<html><head><title>Notice</title></head><body><h1>Notice</h1>"
        "<p>The council met on 12 March 2020 and decided to close the reading room while the "
        "roof is repaired; the library says the works will take at least another season.</p>"
        "</body></html>"
    )
    assert extract(html).date_published == dt.date(2020, 3, 12)
