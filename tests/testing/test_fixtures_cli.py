"""`newsmeta fixture`: JSON Lines of fixture articles or pages."""

from __future__ import annotations

import json

import pytest

from cli_support import run_cli
from newsmeta import Article
from newsmeta.testing import make_article, render_html


def _lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    out = capsys.readouterr().out
    assert out.endswith("\n")
    return out.splitlines()


def test_articles_as_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    from newsmeta import from_json

    assert run_cli(["fixture", "--seed", "3", "--count", "4", "--language", "es"]) == 0
    lines = _lines(capsys)
    assert len(lines) == 4
    for offset, line in enumerate(lines):
        assert from_json(line, Article) == make_article(3 + offset, language="es")


def test_default_is_one_english_article_of_seed_zero(capsys: pytest.CaptureFixture[str]) -> None:
    from newsmeta import from_json

    assert run_cli(["fixture"]) == 0
    (line,) = _lines(capsys)
    assert from_json(line, Article) == make_article(0)


def test_pages_as_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["fixture", "--seed", "3", "--count", "2", "--markup", "microdata", "--language", "es"]
    assert run_cli(argv) == 0
    records = [json.loads(line) for line in _lines(capsys)]
    assert [r["seed"] for r in records] == [3, 4]
    for record in records:
        article = make_article(record["seed"], language="es")
        assert record["markup"] == "microdata" and record["language"] == "es"
        assert record["url"] == article.canonical_url
        assert record["html"] == render_html(article, markup="microdata")


def test_the_output_validates(capsys: pytest.CaptureFixture[str]) -> None:
    from newsmeta import validate

    assert run_cli(["fixture", "--count", "3"]) == 0
    for line in _lines(capsys):
        assert validate(json.loads(line)) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fixture", "--markup", "xml"], "invalid choice: 'xml' (choose from 'jsonld'"),
        (["fixture", "--language", "xx"], "--language: invalid choice"),
        (["fixture", "--count", "-1"], "--count"),
    ],
)
def test_bad_arguments_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(argv) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_count_zero_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["fixture", "--count", "0"]) == 0
    assert capsys.readouterr().out == ""
