"""Lines that look like bylines but name no writer, session 12: a quotation's attribution
and a sentence that opens with "By". Pages written for these tests (a river story)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://riverside.example/news/flood-wall"
TEXT = "<p>" + "The council approved the flood wall on Tuesday after a long debate. " * 8 + "</p>"


def _names(extra: str, header: str = "") -> list[str]:
    html = (
        "<html><head><title>Flood wall approved</title></head><body><main><article>"
        f"<h1>Flood wall approved</h1>{header}{TEXT}{extra}{TEXT}</article></main></body></html>"
    )
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


@pytest.mark.parametrize(
    "extra",
    [
        "<blockquote><p>“Rivers do not care about budgets.”</p><cite>by Mayor Ruth Allen</cite>"
        "</blockquote>",
        "<blockquote><p>We will finish by spring. <q>By Ana Ruiz</q></p></blockquote>",
        "<p>By car, the site is twenty minutes from the town centre.</p>",
        "<p>By far, the largest share of the money goes to the north bank.</p>",
    ],
)
def test_not_a_byline(extra: str) -> None:
    assert _names(extra) == []


def test_a_lowercase_username_with_a_date_is_still_a_byline() -> None:
    assert _names("", header="<p>von flerche, 3. Mai 2024</p>") == ["flerche"]


def test_the_byline_wins_over_a_quotation() -> None:
    quote = "<blockquote><p>“We will build it.”</p><cite>by Mayor Ruth Allen</cite></blockquote>"
    assert _names(quote, header='<p class="byline">By Ivo Marsh</p>') == ["Ivo Marsh"]
