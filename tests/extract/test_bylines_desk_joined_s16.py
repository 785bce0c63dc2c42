"""A desk joined to a writer by "and" is a co-author; after a comma the same words are a role."""

from __future__ import annotations

import pytest

import newsmeta

_TEXT = "The council voted on Monday to cap rents in the old town for three years. " * 4


def _authors(byline: str) -> list[tuple[str, str]]:
    page = (
        "<html><body><article><h1>Council backs the rent plan after a record demand</h1>"
        f'<p class="byline">{byline}</p><p>{_TEXT}</p></article></body></html>'
    )
    return [(a.name, a.kind.value) for a in newsmeta.extract(page).authors]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "By Abby Fischer and Newsroom Staff",
            [("Abby Fischer", "person"), ("Newsroom Staff", "organization")],
        ),
        (
            "By Abby Fischer &amp; Metro Desk",
            [("Abby Fischer", "person"), ("Metro Desk", "organization")],
        ),
        # the same words after a comma are the writers' role
        (
            "By Abby Fischer and Tom Hale, Staff Writers",
            [("Abby Fischer", "person"), ("Tom Hale", "person")],
        ),
        ("By Abby Fischer, Newsroom Staff", [("Abby Fischer", "person")]),
        # "staff" alone names no desk
        ("By Abby Fischer and staff", [("Abby Fischer", "person")]),
    ],
)
def test_a_desk_after_and_is_a_co_author(byline: str, expected: list[tuple[str, str]]) -> None:
    assert _authors(byline) == expected
