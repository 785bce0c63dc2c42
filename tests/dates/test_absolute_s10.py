"""Session 10: month names and date words in Polish, Czech, Swedish, Danish, Norwegian,
Romanian, Finnish, Ukrainian and Greek; date words in Italian and Dutch."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import find_date, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opublikowano: 14 marca 2023", dt.date(2023, 3, 14)),
        ("3 października 2022, 10:15", dt.datetime(2022, 10, 3, 10, 15)),
        ("Aktualizacja: 2 lutego 2024", dt.date(2024, 2, 2)),
        ("Publikováno 5. března 2024", dt.date(2024, 3, 5)),
        ("7. listopadu 2023 14:02", dt.datetime(2023, 11, 7, 14, 2)),
        ("Publicerad 12 maj 2021", dt.date(2021, 5, 12)),
        ("Uppdaterad 3 augusti 2020", dt.date(2020, 8, 3)),
        ("Publiceret 4. marts 2022", dt.date(2022, 3, 4)),
        ("Oppdatert 19. desember 2023", dt.date(2023, 12, 19)),
        ("Publicat: 8 martie 2023", dt.date(2023, 3, 8)),
        ("Julkaistu 12. maaliskuuta 2023", dt.date(2023, 3, 12)),
        ("Опубліковано 12 березня 2023", dt.date(2023, 3, 12)),
        ("Δημοσίευση: 12 Μαρτίου 2023", dt.date(2023, 3, 12)),
        ("12 ΜΑΡΤΙΟΥ 2023", dt.date(2023, 3, 12)),
        ("Pubblicato il 12 marzo 2023", dt.date(2023, 3, 12)),
        ("Gepubliceerd op 12 maart 2023", dt.date(2023, 3, 12)),
        ("Bijgewerkt op 14 maart 2023", dt.date(2023, 3, 14)),
    ],
)
def test_month_names_and_date_words(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # abbreviations that are words elsewhere are not months
        "So können Sie 2023 sparen",
        "la liste des 2023 inscrits",
        "od lis 2023",
        # calendar version numbers are not year-first dates
        "pip 2023.3.1",
        "release 2023.10.1",
        "v2023.03.12.1",
    ],
)
def test_words_that_are_not_months(text: str) -> None:
    found = find_date(text)
    assert found is None or found.precision == "year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023.03.12", dt.date(2023, 3, 12)),
        ("입력 2023.03.12 10:15", dt.datetime(2023, 3, 12, 10, 15)),
        ("2023. 3. 12.", dt.date(2023, 3, 12)),
        ("2023. 03. 12. 10:15", dt.datetime(2023, 3, 12, 10, 15)),
        ("Közzétéve: 2023. március 12. 10:30", dt.datetime(2023, 3, 12, 10, 30)),
        ("2023. márc. 12.", dt.date(2023, 3, 12)),
    ],
)
def test_year_first_dates_with_full_stops(text: str, expected: dt.date) -> None:
    found = find_date(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", ["2023.13.01", "2023.02.30", "2023. 14. 3."])
def test_impossible_year_first_dates(text: str) -> None:
    assert find_date(text) is None
