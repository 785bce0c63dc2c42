"""Session 10: date lines in more languages, and a line printing both the published and the
updated date."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
_PROSE = "<p>" + "Rada miasta przyjęła budżet portu po długiej debacie o szkołach. " * 6 + "</p>"


def _page(lang: str, line: str, cls: str = "meta") -> str:
    return (
        f'<html lang="{lang}"><body><article><h1>Rada miasta przyjęła budżet portu</h1>'
        f'<p class="{cls}">{line}</p>{_PROSE}{_PROSE}</article></body></html>'
    )


def _dates(html: str) -> tuple[str | None, str | None]:
    article = newsmeta.extract(html, "https://news.example/a/1", now=NOW)
    pub, mod = article.date_published, article.date_modified
    return (pub.isoformat()[:10] if pub else None, mod.isoformat()[:10] if mod else None)


@pytest.mark.parametrize(
    ("lang", "line", "published", "modified"),
    [
        ("pl", "Opublikowano: 14 marca 2023", "2023-03-14", None),
        ("cs", "Aktualizováno: 7. listopadu 2023 14:02", None, "2023-11-07"),
        ("sv", "Uppdaterad 3 augusti 2020", None, "2020-08-03"),
        ("da", "Publiceret 4. marts 2022", "2022-03-04", None),
        ("ro", "Publicat: 8 martie 2023", "2023-03-08", None),
        ("fi", "Julkaistu 12. maaliskuuta 2023", "2023-03-12", None),
        ("uk", "Опубліковано 12 березня 2023", "2023-03-12", None),
        ("el", "Δημοσίευση: 12 Μαρτίου 2023", "2023-03-12", None),
        ("it", "Aggiornato il 14 marzo 2023 alle 10:30", None, "2023-03-14"),
        ("nl", "Bijgewerkt op 14 maart 2023", None, "2023-03-14"),
    ],
)
def test_a_date_line_in_more_languages(
    lang: str, line: str, published: str | None, modified: str | None
) -> None:
    assert _dates(_page(lang, line)) == (published, modified)


@pytest.mark.parametrize(
    "line",
    [
        "March 14, 2023 · Updated: March 16, 2023",
        "Published March 14, 2023 | Updated March 16, 2023",
        "Published March 14, 2023 (updated March 16, 2023)",
        "14. März 2023, aktualisiert am 16. März 2023",
        "14 marca 2023 · Aktualizacja: 16 marca 2023",
    ],
)
@pytest.mark.parametrize("cls", ["meta", "intro"])
def test_a_line_with_both_dates_feeds_both_fields(line: str, cls: str) -> None:
    assert _dates(_page("en", line, cls)) == ("2023-03-14", "2023-03-16")


def test_a_second_date_without_the_updated_word_is_not_the_modified_date() -> None:
    assert _dates(_page("en", "March 14, 2023 - March 16, 2023")) == ("2023-03-14", None)
