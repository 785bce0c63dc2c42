"""The merge's date rules: relative-only pages, the validity rule, published vs updated,
the render window against ``now``."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta
from newsmeta import extract

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=UTC)


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html lang='en'><head><title>Lemon trees</title>{head}</head><body><article>"
        f"<h1>Lemon trees in pots</h1>{body}"
        "<p>Lemon trees grow well in large pots on a sunny balcony.</p></article></body></html>"
    )


def _codes(article: newsmeta.Article) -> list[str]:
    return [w.code for w in article.provenance.warnings]


def _evidence(article: newsmeta.Article, field: str) -> list[newsmeta.Evidence]:
    return [e for e in article.provenance.evidence if e.field == field]


# ----------------------------------------------------------------- relative-only pages


def test_seed_scenario_month_label_alone_gives_a_month() -> None:
    page = _page(body='<p class="byline">By Ana Ruiz · <span class="date">7 months ago</span></p>')
    article = extract(page, now=NOW)
    assert article.date_published == dt.date(2024, 1, 1)
    (ev,) = _evidence(article, "date_published")
    assert ev.precision == "month"
    assert ev.confidence <= 0.3
    label, _, span = ev.raw.partition(" = ")
    assert label == "7 months ago"
    earliest, latest = (dt.datetime.fromisoformat(x) for x in span.split("/"))
    assert earliest < dt.datetime(2024, 1, 1, tzinfo=UTC) < latest < NOW
    assert [e.raw for e in _evidence(article, "date_label")] == ["7 months ago"]


@pytest.mark.parametrize(
    ("label", "expected", "precision"),
    [
        ("2 hours ago", dt.datetime(2024, 8, 1, 10, 0, tzinfo=UTC), "hour"),
        ("hace 3 días", dt.date(2024, 7, 29), "day"),
        ("vor 2 Wochen", dt.date(2024, 7, 18), "day"),
        ("yesterday", dt.date(2024, 7, 31), "day"),
        ("il y a 2 ans", dt.date(2022, 1, 1), "year"),
    ],
)
def test_relative_label_alone(label: str, expected: object, precision: str) -> None:
    article = extract(_page(body=f'<div class="post-date">{label}</div>'), now=NOW)
    assert article.date_published == expected
    assert _evidence(article, "date_published")[0].precision == precision


def test_relative_label_without_now_gives_no_date_and_a_warning() -> None:
    article = extract(_page(body='<span class="date">2 hours ago</span>'))
    assert article.date_published is None
    assert "relative-date-without-now" in _codes(article)


def test_absolute_date_wins_over_the_label() -> None:
    body = (
        '<p class="meta"><time datetime="2023-12-29">December 29, 2023</time>'
        ' <span class="timeago">7 months ago</span></p>'
    )
    article = extract(_page(body=body), now=NOW)
    assert article.date_published == dt.date(2023, 12, 29)


def test_relative_comment_dates_need_now() -> None:
    body = (
        '<section id="comments"><ol class="comment-list">'
        '<li class="comment" id="c1"><span class="comment-author">kim</span>'
        '<span class="comment-date">3 days ago</span><p>Mine flowered in May.</p></li>'
        '<li class="comment" id="c2"><span class="comment-author">lou</span>'
        '<span class="comment-date">5 hours ago</span><p>Mine never did, sadly.</p></li>'
        "</ol></section>"
    )
    with_now = extract(_page(body=body), now=NOW)
    dates = [c.date_published for c in with_now.comments]
    assert dates == [dt.date(2024, 7, 29), dt.datetime(2024, 8, 1, 7, 0, tzinfo=UTC)]
    without = extract(_page(body=body))
    assert without.comments and all(c.date_published is None for c in without.comments)
    assert "relative-date-without-now" in _codes(without)


# ----------------------------------------------------------------- one validity rule


def _ld(date: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Lemon trees in pots", "datePublished": "{date}"}}</script>'
    )


def test_future_jsonld_date_is_rejected_with_its_reason() -> None:
    article = extract(_page(head=_ld("2031-05-02")), now=NOW)
    assert article.date_published is None
    (bad,) = [e for e in article.provenance.rejected if e.field == "date_published"]
    assert bad.raw == "2031-05-02"
    assert bad.reason is not None and "after now" in bad.reason


def test_future_date_yields_to_a_possible_one() -> None:
    article = extract(_page(head=_ld("2031-05-02"), body="<time>29 July 2024</time>"), now=NOW)
    assert article.date_published == dt.date(2024, 7, 29)


def test_date_within_tolerance_is_kept() -> None:
    article = extract(_page(head=_ld("2024-08-02T09:00:00Z")), now=NOW)
    assert article.date_published == dt.datetime(2024, 8, 2, 9, 0, tzinfo=UTC)


def test_too_early_date_is_rejected() -> None:
    article = extract(_page(head=_ld("1970-01-01")), now=NOW)
    assert article.date_published is None
    reasons = [e.reason for e in article.provenance.rejected if e.field == "date_published"]
    assert reasons == ["before 1995"]


def test_now_at_the_end_of_the_calendar_does_not_overflow() -> None:
    article = extract(_page(head=_ld("2023-12-29")), now=dt.datetime(9999, 12, 31))
    assert article.date_published == dt.date(2023, 12, 29)
    article = extract(
        _page(body='<span class="date">7 months ago</span>'), now=dt.date(9999, 12, 31)
    )
    assert article.date_published == dt.date(9999, 5, 1)


# ----------------------------------------------------------------- published vs updated


def test_updated_line_does_not_move_the_published_timestamp() -> None:
    head = '<meta property="article:published_time" content="2024-01-04T15:30:00Z">'
    body = '<p class="dateline">Updated <time>January 5, 2024</time></p>'
    article = extract(_page(head=head, body=body), now=NOW)
    assert article.date_published == dt.datetime(2024, 1, 4, 15, 30, tzinfo=UTC)
    assert article.date_modified == dt.date(2024, 1, 5)


@pytest.mark.parametrize(
    "line",
    [
        "Updated January 5, 2024",
        "Actualizado el 5 de enero de 2024",
        "Mis à jour le 5 janvier 2024",
        "Aktualisiert am 5. Januar 2024",
        "Atualizado em 5 de janeiro de 2024",
    ],
)
def test_updated_lines_feed_date_modified(line: str) -> None:
    head = '<meta property="article:published_time" content="2024-01-04T15:30:00Z">'
    article = extract(_page(head=head, body=f'<div class="meta">{line}</div>'), now=NOW)
    assert article.date_published == dt.datetime(2024, 1, 4, 15, 30, tzinfo=UTC)
    assert article.date_modified == dt.date(2024, 1, 5)


def test_modified_never_before_published() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-04T10:00:00Z">'
        '<meta property="article:modified_time" content="2024-01-04T10:00:00Z">'
    )
    article = extract(_page(head=head), now=NOW)
    assert article.date_published is not None
    assert article.date_modified is None
    assert "modified-before-published" in _codes(article)


# ----------------------------------------------------------------- render window


def test_render_window_is_clipped_to_now() -> None:
    body = (
        '<p class="meta">Published <time>December 29, 2023</time> · '
        '<span class="timeago">7 months ago</span></p>'
    )
    article = extract(_page(body=body), now=NOW)
    prov = article.provenance
    assert prov.rendered_earliest is not None and prov.rendered_latest is not None
    assert prov.rendered_latest <= NOW
    assert prov.rendered_earliest < prov.rendered_latest
    assert prov.render_label == "7 months ago"


def test_render_window_contradiction_warns_and_keeps_both() -> None:
    body = (
        '<p class="meta">Published <time>July 20, 2024</time> · '
        '<span class="timeago">7 months ago</span></p>'
    )
    article = extract(_page(body=body), now=NOW)
    assert "render-window-contradiction" in _codes(article)
    assert article.provenance.rendered_latest is None
    assert article.date_published == dt.date(2024, 7, 20)
    assert [e.raw for e in _evidence(article, "date_label")] == ["7 months ago"]
    assert _evidence(article, "date_published")


@pytest.mark.parametrize(
    "line",
    [
        "By Kim Lo | Updated January 5, 2024",
        "Kim Lo · Last updated: 5 January 2024",
        "Por Ana Ruiz | Actualizado el 5 de enero de 2024",
    ],
)
def test_updated_label_inside_a_byline_line(line: str) -> None:
    head = '<meta property="article:published_time" content="2024-01-04T15:30:00Z">'
    article = extract(_page(head=head, body=f'<p class="post-meta">{line}</p>'), now=NOW)
    assert article.date_published == dt.datetime(2024, 1, 4, 15, 30, tzinfo=UTC)
    assert article.date_modified == dt.date(2024, 1, 5)


def test_comment_dates_pass_the_validity_rule() -> None:
    body = (
        '<section id="comments"><ol class="comment-list">'
        '<li class="comment" id="c1"><span class="comment-author">kim</span>'
        '<time class="comment-date" datetime="2031-03-02T10:00:00Z">2 March 2031</time>'
        "<p>Mine flowered in May.</p></li>"
        '<li class="comment" id="c2"><span class="comment-author">lou</span>'
        '<time class="comment-date" datetime="2024-07-02T10:00:00Z">2 July 2024</time>'
        "<p>Mine never did, sadly.</p></li>"
        "</ol></section>"
    )
    dates = [c.date_published for c in extract(_page(body=body), now=NOW).comments]
    assert dates == [None, dt.datetime(2024, 7, 2, 10, 0, tzinfo=UTC)]
