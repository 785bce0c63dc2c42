"""The command line skeleton: --version, schema, validate, reserved subcommands."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from cli_support import run_cli
from newsmeta import __version__
from newsmeta.schema import MODELS

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.json"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsmeta {__version__}"


def test_no_command_and_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli([]) == 2
    assert run_cli(["frobnicate"]) == 2
    assert run_cli(["validate"]) == 2
    assert "usage" in capsys.readouterr().err


def test_schema_prints_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == "Article"
    assert run_cli(["schema", "comment"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Comment"


def test_schema_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["schema", "Nope"]) == 2
    assert "unknown model" in capsys.readouterr().err


def test_schema_out_writes_every_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["schema", "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.json"))) == len(MODELS)
    assert run_cli(["schema", "Author", "--out", str(tmp_path / "one")]) == 0
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["author.json"]


def test_validate_example_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["validate", str(EXAMPLE)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 record, ok" in captured.err


def test_validate_invalid_file_prints_file_line_pointer_message_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('\n{"title": "", "word_count": -1}\n', encoding="utf-8")
    assert run_cli(["validate", "-q", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{path}:2: /title: title is required (it is blank). [required]",
        f"{path}:2: /word_count: word_count must be at least 0, not -1. [range]",
    ]


def test_validate_json_lines_and_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = '{"text": "ok"}\n\n{"text": "hi", "upvotes": "x"}\n{broken\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert run_cli(["validate", "--model", "Comment", "-"]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out[0] == '<stdin>:3: /upvotes: upvotes must be a whole number, not "x". [type]'
    assert out[1].startswith("<stdin>:4: invalid JSON")  # the record itself: no pointer
    assert len(out) == 2
    assert "3 records, 2 invalid" in captured.err  # the broken line is a record too


def test_validate_json_array_prefixes_the_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "many.json"
    path.write_text('[{"text": "a"}, {"text": 1}]', encoding="utf-8")
    assert run_cli(["validate", "-q", "--model", "comment", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:1: /1/text: text must be text, not 1. [type]"
    ]


def test_validate_require(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "comment.jsonl"
    path.write_text('{"text": "hello"}\n', encoding="utf-8")
    args = ["validate", "-q", "--model", "Comment", "--require", "author/name", str(path)]
    assert run_cli(args) == 1
    assert (
        capsys.readouterr().out == f"{path}:1: /author/name: author.name is required. [required]\n"
    )


def test_validate_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["validate", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert run_cli(["validate", "--model", "Nope", str(EXAMPLE)]) == 2


def test_validate_empty_and_broken_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("  \n", encoding="utf-8")
    assert run_cli(["validate", "-q", str(empty)]) == 2  # no records at all is an error
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "title": "x",\n  oops\n}\n', encoding="utf-8")
    assert run_cli(["validate", "-q", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:3: invalid JSON" in out


def test_extract_and_fixture_arguments_are_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_text(
            f"<html><head><title>{name}</title></head><body><p>x</p></body></html>",
            encoding="utf-8",
        )
    argv = [str(tmp_path / "a.html"), str(tmp_path / "b.html")]
    code = run_cli(["extract", *argv, "--now", "2024-01-01T00:00:00Z", "--format", "jsonl"])
    assert code in (0, 1)
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["source"] for record in records] == argv
    assert run_cli(["fixture", "--seed", "3", "--count", "2", "--language", "es"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all("html" not in json.loads(line) for line in lines)  # articles, not pages


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsmeta", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"newsmeta {__version__}"


def test_validate_reads_what_extract_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = Path(__file__).resolve().parent.parent / "examples" / "pages"
    assert run_cli(["extract", str(pages), "--jobs", "1", "--now", "2026-03-01T00:00:00Z"]) in (
        0,
        1,
    )
    out = capsys.readouterr().out
    records = tmp_path / "a.jsonl"
    records.write_text(out, encoding="utf-8")
    assert run_cli(["validate", str(records)]) == 0
    n = len(out.splitlines())
    assert f"{n} record{'s' if n != 1 else ''}, ok" in capsys.readouterr().err
    # a bare article line and an envelope with a bad article
    bad = tmp_path / "b.jsonl"
    bad.write_text(
        '{"title": "T"}\n{"source": "x.html", "url": null, "article": {"title": 3}}\n',
        encoding="utf-8",
    )
    assert run_cli(["validate", "-q", str(bad)]) == 1
    assert (
        capsys.readouterr().out == f"{bad}:2: /article/title: title must be text, not 3. [type]\n"
    )


def test_validate_format_json_for_ci(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"title": "T"}\n{oops\n{"title": ""}\n[]\n', encoding="utf-8")
    assert run_cli(["validate", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["valid"], report["exit_code"], report["records"], report["invalid"]) == (
        False,
        1,
        4,
        3,
    )
    problems = report["files"][0]["problems"]
    assert [(p["line"], p["path"], p["code"]) for p in problems] == [
        (2, "", "parse"),
        (3, "/title", "required"),
        (4, "", "type"),
    ]


def test_help_lists_choices_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["fixture", "--help"]) == 0
    text = capsys.readouterr().out
    assert "{jsonld,microdata,rdfa,opengraph,wordpress,plain}" in text
    assert "{en,es" in text  # --language choices
    assert run_cli(["validate", "--help"]) == 0
    text = capsys.readouterr().out
    assert "{text,json}" in text and "exit codes:" in text and "130" in text
