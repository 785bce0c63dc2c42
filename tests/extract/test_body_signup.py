"""A sign-up box inside the story (a line of offer around a form asking for an e-mail
address) is left out of the body; a form with more text around it is not a box. The pages
are written for these tests."""

from __future__ import annotations

import datetime as dt

from test_body_edges import _STORY

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)


_OFFER = (
    "Get the morning briefing: the day's most important stories from the harbour and the "
    "region, delivered to your inbox at seven o'clock."
)


_ARCHIVE = (
    "The gazette's archive holds every harbour story since 1911, searchable by the name of a "
    "boat, a skipper or a storm."
)


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _extract(box: str) -> newsmeta.Article:
    html = (
        "<html><head><title>Northern quay to close</title></head><body>"
        f"<article><h1>Northern quay to close</h1>{_p(_STORY[:2])}{box}{_p(_STORY[2:])}"
        "</article></body></html>"
    )
    return newsmeta.extract(html, "https://gazette.example/news/quay", now=NOW)


def test_a_newsletter_box_with_an_email_form_is_left_out() -> None:
    article = _extract(
        f"<div class='box'><h4>Morning briefing</h4><p>{_OFFER}</p>"
        "<form action='/nl'><input type='email' name='e'><button>Sign up</button></form></div>"
    )
    assert article.body is not None
    assert all(line in article.body for line in _STORY)
    assert "inbox at seven" not in article.body
    assert "Morning briefing" not in article.body


def test_a_form_that_asks_no_email_keeps_the_text_around_it() -> None:
    # A search field is no sign-up: the line beside it stays. (The line is no newsletter
    # offer either: an offer of the reader's inbox is left out by its words, form or not.)
    article = _extract(
        f"<div class='box'><p>{_ARCHIVE}</p>"
        "<form action='/search'><input type='search' name='q'></form></div>"
    )
    assert article.body is not None
    assert "every harbour story since 1911" in article.body
