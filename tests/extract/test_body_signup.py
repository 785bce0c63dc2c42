"""A sign-up box inside the story (a line of offer around a form asking for an e-mail
address) is left out of the body; a form with more text around it is not a box. The pages
are written for these tests."""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)

_STORY = [
    "The harbour authority confirmed on Thursday that the northern quay will close for "
    "eighteen months while engineers replace the timber piles that have held it up since "
    "1911, a decision that fishing crews had feared for most of the year.",
    "Divers who inspected the structure in the spring found that more than a third of the "
    "piles had rotted below the waterline, and the engineers said the quay could not safely "
    "carry loaded lorries for another winter.",
    "Skippers who land their catch at the quay will move to a temporary pontoon on the "
    "eastern side of the harbour, where the authority has promised electricity, fresh water "
    "and a refrigerated store before the closure begins in March.",
    "The chief executive said the work could not be put off any longer and that the new "
    "quay, built on steel and concrete, would last for a century.",
]

_OFFER = (
    "Get the morning briefing: the day's most important stories from the harbour and the "
    "region, delivered to your inbox at seven o'clock."
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
    # A search field is no sign-up: the line beside it stays.
    article = _extract(
        f"<div class='box'><p>{_OFFER}</p>"
        "<form action='/search'><input type='search' name='q'></form></div>"
    )
    assert article.body is not None
    assert "inbox at seven" in article.body
