"""``newsmeta extract``: output formats, input order, exit codes, progress line."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from cli_support import run_cli

PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{t} | Test Times</title>"
    "</head><body><article><h1>{t}</h1><p>By Rosa Reporter</p>"
    "<p>Published 3 hours ago</p><p>The body of the story.</p></article></body></html>"
)


def run(argv: list[str]) -> int:
    """Exit code of ``newsmeta extract *argv``."""
    return run_cli(["extract", *argv])


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    (tmp_path / "site" / "news").mkdir(parents=True)
    (tmp_path / "site" / "a.html").write_text(PAGE.format(t="Alpha headline"), encoding="utf-8")
    (tmp_path / "site" / "news" / "b.html").write_text(
        PAGE.format(t="Beta headline"), encoding="utf-8"
    )
    (tmp_path / "site" / "news" / "c.htm").write_bytes(
        gzip.compress(PAGE.format(t="never read").encode())
    )  # a .htm that is really gzip: still a page (garbage), not a crash
    return tmp_path


def test_single_file_prints_one_pretty_article(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        [
            str(site / "site" / "a.html"),
            "--url",
            "https://news.example/a",
            "--now",
            "2026-03-01T12:00Z",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.startswith("{\n  ")
    article = json.loads(out)
    assert article["title"] == "Alpha headline"
    assert article["url"] == "https://news.example/a"
    assert article["provenance"]["extracted_at"] == "2026-03-01T12:00:00+00:00"


def test_jsonld_format(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run([str(site / "site" / "a.html"), "--format", "jsonld", "--now", "2026-03-01"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["@context"] == "https://schema.org" and data["headline"] == "Alpha headline"


def test_stdin_page(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = PAGE.format(t="Piped headline").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run(["-", "--format", "jsonl", "--url", "https://news.example/p"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["source"] == "<stdin>" and record["url"] == "https://news.example/p"
    assert record["article"]["title"] == "Piped headline"


def test_many_inputs_give_jsonl_in_order_with_error_records(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = site / "more.jsonl"
    jsonl.write_text(
        json.dumps({"url": "https://news.example/j", "html": PAGE.format(t="Jay headline")})
        + "\n{broken\n",
        encoding="utf-8",
    )
    code = run([str(site / "site"), str(jsonl), "--jobs", "1", "--now", "2026-03-01"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one bad line
    assert err == ""  # not a terminal: no progress line
    assert [Path(r["source"]).name for r in records] == [
        "a.html",
        "b.html",
        "c.htm",
        "more.jsonl:1",
        "more.jsonl:2",
    ]
    assert records[0]["article"]["title"] == "Alpha headline"
    assert records[3]["url"] == "https://news.example/j"
    assert records[3]["article"]["title"] == "Jay headline"
    assert set(records[4]) == {"source", "url", "error"}
    assert records[4]["error"]["type"] == "ParseError"
    assert "invalid JSON" in records[4]["error"]["message"]


def test_pool_output_equals_in_process_output(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(12):
        (site / "site" / f"p{i:02d}.html").write_text(PAGE.format(t=f"Page {i}"), encoding="utf-8")
    argv = [str(site / "site"), "--now", "2026-03-01T00:00:00+01:00", "--glob", "*.html"]
    assert run([*argv, "--jobs", "1"]) == 0
    serial = capsys.readouterr().out
    assert run([*argv, "--jobs", "2"]) == 0
    pooled = capsys.readouterr().out
    assert pooled == serial
    assert len(serial.splitlines()) == 14  # a.html, b.html, p00..p11 (c.htm not globbed)


def test_all_good_pages_exit_zero(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = site / "site" / "a.html", site / "site" / "news" / "b.html"
    assert run([str(a), str(b), "-j", "1"]) == 0
    titles = [json.loads(x)["article"]["title"] for x in capsys.readouterr().out.splitlines()]
    assert titles == ["Alpha headline", "Beta headline"]


def test_failed_single_page_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "broken.html.gz"
    page.write_bytes(b"\x1f\x8b but not really gzip")
    assert run([str(page)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "broken.html.gz" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{site}/missing.html"], "no such file"),
        (["{site}/site/a.html", "--now", "yesterday"], "--now"),
        (["{site}/site", "--format", "json"], "--format jsonl"),
        (["{site}/site/a.html", "{site}/site/news/b.html", "--url", "https://x.example/"], "--url"),
        (["{site}/site/a.html", "--encoding", "no-such-codec"], "--encoding"),
        (["{site}/site", "--jobs", "0"], "--jobs"),
        (["-", "-"], "stdin"),
    ],
)
def test_usage_errors_exit_two(
    site: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run([a.format(site=site) for a in argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err


def test_progress_line_only_on_a_terminal(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    assert run([str(site / "site"), "-j", "1", "--glob", "*.html"]) == 0
    text = fake.getvalue()
    assert text.startswith("\r") and text.endswith("\n")
    assert "2 pages" in text and "pages/s" in text and "0 errors" in text
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(tmp_path), "-j", "1"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "no pages found" in err


def test_hostile_json_lines_become_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(
        b'{"html": "<h1>Lone \\ud800 surrogate</h1>", "url": "https://news.example/\\udfff"}\n'
        + b"[" * 50_000
        + b"\n\xff\xfe{}\nnull\n"
        + json.dumps({"html": PAGE.format(t="Survivor headline")}).encode()
        + b"\n"
    )
    assert run([str(path), "-j", "1"]) == 1
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"].rsplit(":", 1)[1] for r in records] == ["1", "2", "3", "4", "5"]
    assert [("error" in r) for r in records] == [True, True, True, True, False]
    assert records[0]["url"] == "https://news.example/\ufffd"
    assert records[3]["error"]["message"].endswith("not null")
    assert records[4]["article"]["title"] == "Survivor headline"


def test_newsmeta_command_line_runs_the_batch_extract(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(
        ["extract", str(site / "site"), "--glob", "*.html", "-j", "1", "--now", "2026-03-01"]
    )
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert [json.loads(x)["article"]["title"] for x in lines] == ["Alpha headline", "Beta headline"]
    assert run_cli(["extract", str(site / "nothing-here")]) == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_metadata_only_flag_leaves_the_body_out(
    site: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run([str(site / "site"), "--metadata-only", "-j", jobs, "--format", "jsonl"])
    out, _ = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    titles = {r["article"].get("title") for r in records if r.get("article")}
    assert {"Alpha headline", "Beta headline"} <= titles
    assert all("body" not in r["article"] for r in records if r.get("article"))
    assert code in (0, 1)
    example = Path(__file__).parents[1] / "examples" / "pages" / "ai-news.html"
    assert run([str(example)]) == 0
    assert '"body"' in capsys.readouterr()[0]
    assert run([str(example), "--metadata-only"]) == 0
    assert '"body"' not in capsys.readouterr()[0]


RICH = (
    "<!DOCTYPE html><html lang='en'><head><title>Rich | Test Times</title></head><body>"
    "<article><h1>Rich</h1><p>The council approved the plan on Tuesday after a long debate, "
    "with <a href='/more'>several amendments</a> and one <em>surprise</em> vote.</p>"
    "<h2>Next steps</h2><ul><li>Consultation closes in May.</li><li>Work starts in June.</li>"
    "</ul><p>The plan will be published in full next week, the council said on Tuesday.</p>"
    "</article></body></html>"
)


@pytest.fixture()
def rich(tmp_path: Path) -> Path:
    path = tmp_path / "rich.html"
    path.write_text(RICH, encoding="utf-8")
    return path


def test_body_format_markdown_prints_the_body_alone(
    rich: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run([str(rich), "--url", "https://news.example/rich", "--body-format", "markdown"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "[several amendments](https://news.example/more)" in out
    assert "\n## Next steps\n" in out
    assert "- Consultation closes in May.\n- Work starts in June." in out


def test_body_format_html_in_json_and_jsonl(rich: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run([str(rich), "--format", "json", "--body-format", "html"])
    out, _ = capsys.readouterr()
    assert code == 0
    body = json.loads(out)["body"]
    assert body.startswith("<p>The council approved") and "<h2>Next steps</h2>" in body
    code = run([str(rich), str(rich), "--jobs", "1", "--body-format", "markdown"])
    out, _ = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 2
    assert all("## Next steps" in r["article"]["body"] for r in records)


def test_body_format_text_is_the_default(rich: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(rich), "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr()[0])["body"]
    assert run([str(rich), "--format", "json", "--body-format", "text"]) == 0
    assert json.loads(capsys.readouterr()[0])["body"] == plain
    assert "##" not in plain and "<p>" not in plain


def test_a_url_is_not_fetched_and_the_error_says_how_to_pipe_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["https://news.example/a"]) == 2
    err = capsys.readouterr().err
    assert "never fetches" in err
    assert "curl -s https://news.example/a | newsmeta extract - --url https://news.example/a" in err


def test_fields_and_no_provenance_shape_the_output(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([str(site), "-j", "1", "--fields", "title,url,provenance", "--no-provenance"]) in (
        0,
        1,
    )
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    articles = [r["article"] for r in records if "article" in r]
    assert articles and all(set(a) <= {"title", "url"} for a in articles)
    assert any("title" in a for a in articles)
    assert run([str(site), "--fields", "headline"]) == 2
    assert "did you mean 'title'?" in capsys.readouterr().err


def test_progress_line_counts_in_the_singular(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    assert run([str(site / "site"), "--glob", "a.html", "-j", "1"]) == 0
    assert "1 page, " in fake.getvalue() and "0 errors" in fake.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 1
