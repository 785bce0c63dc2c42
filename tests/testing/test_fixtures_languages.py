"""Fixtures in every language the dates module reads: en, es, fr, de, pt."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsmeta
from cli_support import run_cli
from newsmeta.testing import MARKUPS, ArticleFactory, make_article, render_html

LANGUAGES = ("en", "es", "fr", "de", "pt")
NOW = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("language", LANGUAGES)
def test_make_article_in_every_language_validates(language: str) -> None:
    article = make_article(0, language=language)
    assert article.language == language
    assert newsmeta.validate(article) == []
    assert article == make_article(0, language=language)  # deterministic
    others = {make_article(0, language=x).title for x in LANGUAGES if x != language}
    assert article.title not in others  # its own words


@pytest.mark.parametrize("language", ["fr", "de", "pt"])
@pytest.mark.parametrize("markup", MARKUPS)
def test_pages_in_new_languages_read_back(language: str, markup: str) -> None:
    for seed in range(2):
        article = make_article(seed, language=language)
        back = newsmeta.extract(render_html(article, markup=markup), now=NOW)
        assert back.title == article.title
        assert [a.name for a in back.authors] == [a.name for a in article.authors]
        assert back.date_published is not None and article.date_published is not None
        assert back.date_published.isoformat()[:10] == article.date_published.isoformat()[:10]


def test_the_factory_fixture_speaks_french(newsmeta_factory: ArticleFactory) -> None:
    assert newsmeta_factory(0, language="fr").language == "fr"


@pytest.mark.parametrize("language", LANGUAGES)
def test_fixture_command_in_every_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["fixture", "--language", language, "--count", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["language"] for line in lines] == [language, language]
