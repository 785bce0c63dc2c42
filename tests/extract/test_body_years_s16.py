"""A year is no register number: a closing paragraph that names a tax, a company or a road
beside a year is prose, while a colophon line with a phone, postcode or register number is not.
"""

from __future__ import annotations

import pytest

import newsmeta

_LEAD = (
    "Officials in Harbor City have spent weeks negotiating the details behind closed doors, "
    "and the council finally agreed on the package late on Thursday evening. "
)
_MIDDLE = (
    "Local businesses reported mixed reactions to the news, and several council members said "
    "they had received hundreds of messages from voters over the weekend. "
)


def _page(last: str) -> str:
    return (
        "<html><head><title>Harbor plan</title></head><body><article><h1>Harbor plan</h1>"
        f"<p>{_LEAD * 2}</p><p>{_MIDDLE * 2}</p><p>{last}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "last",
    [
        "The tax relief package was abandoned in 2010.",
        "Registration for the 2024 harbour festival is now open on the council's website.",
        "The company was founded in 1998 and moved to the old dock road in 2015.",
    ],
)
def test_a_closing_sentence_with_a_year_stays_in_the_body(last: str) -> None:
    assert newsmeta.extract(_page(last)).body.endswith(last)


@pytest.mark.parametrize(
    "last",
    [
        "Harbor Gazette Ltd, 12 Quay Road, Harbor City 40231, Tel. 0401 555 210",
        "Registered in England and Wales, company number 04518822.",
        "Tax ID 2010551 · Harbor Gazette GmbH",
    ],
)
def test_a_colophon_line_still_leaves_the_body(last: str) -> None:
    body = newsmeta.extract(_page(last)).body
    assert last not in body
    assert body.endswith(_MIDDLE.strip())
