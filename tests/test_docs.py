"""Docs as tests: every Python and shell block of README.md and docs/ runs here.

A block that is not meant to run says so on the line before its fence:
``<!-- not run: the reason -->``. Python blocks of one file run in order in one namespace;
shell blocks run with ``bash -e`` and the installed ``newsmeta`` command. Both run in a
scratch directory holding the files the examples name (``page.html``, ``crawl/``,
``pages.jsonl``, ``crawl.warc.gz``, ``records.jsonl`` …), built from ``examples/``.
"""

from __future__ import annotations

import doctest
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LANGUAGES = {"python", "sh", "text", "json", "html", "markdown"}
_FENCE = re.compile(r"^```(\S*)\s*$")
_NOT_RUN = re.compile(r"^<!-- not run: (.+) -->$")


@attrs.frozen
class Block:
    path: Path
    line: int
    language: str
    code: str
    not_run: str | None

    @property
    def id(self) -> str:
        return f"{self.path.name}:{self.line}"


def blocks(path: Path) -> list[Block]:
    out: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        start = i
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        before = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        marker = _NOT_RUN.match(before.strip())
        out.append(
            Block(path, start + 1, m.group(1), "\n".join(body) + "\n", marker and marker.group(1))
        )
        i += 1
    return out


ALL = [b for path in DOCS for b in blocks(path)]
RUN = [b for b in ALL if b.language in ("python", "sh") and b.not_run is None]


def test_every_block_declares_its_language_and_the_docs_have_code() -> None:
    assert len(RUN) >= 15
    for block in ALL:
        assert block.language in LANGUAGES, f"{block.id}: fence needs one of {sorted(LANGUAGES)}"


def test_docs_name_no_private_module() -> None:
    for path in DOCS[1:]:
        text = path.read_text(encoding="utf-8")
        found = re.findall(r"newsmeta\._\w+", text)
        assert not found, f"{path.name} names private modules: {found}"


def test_ci_runs_the_readme_quick_start_verbatim() -> None:
    [quick] = [b for b in ALL if b.path.name == "README.md" and b.language == "sh"][:1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for line in quick.code.splitlines():
        assert line in ci, f".ci/run must run the README command verbatim: {line}"


# --------------------------------------------------------------------------- the sandbox


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=__import__("io").BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsmeta import to_json
    from newsmeta.testing import make_article, render_html

    home = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "examples", home / "examples")
    pages = sorted((ROOT / "examples" / "pages").glob("*.html"))
    shutil.copy(pages[0], home / "page.html")
    for name in ("crawl", "site"):
        shutil.copytree(ROOT / "examples" / "pages", home / name)
    (home / "dump").mkdir()
    for page in pages:
        (home / "dump" / (page.name + ".gz")).write_bytes(gzip.compress(page.read_bytes()))
    lines, records, warc = [], [], []
    for seed in range(3):
        article = make_article(seed)
        html = render_html(article, markup="jsonld")
        lines.append(json.dumps({"url": article.canonical_url, "html": html}))
        records.append(to_json(article))
        warc.append((article.canonical_url or f"https://news.example/{seed}", html.encode()))
    (home / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (home / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    _warc(home / "crawl.warc.gz", warc)
    return home


# --------------------------------------------------------------------------- running


def _run_python(block: Block, namespace: dict[str, Any]) -> None:
    name = f"{block.path.name}:{block.line}"
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # docs use the current API
        if block.code.lstrip().startswith(">>>"):  # an interactive session: a doctest
            test = doctest.DocTestParser().get_doctest(
                block.code, namespace, name, str(block.path), block.line
            )
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
            runner.run(test, clear_globs=False)
            assert runner.failures == 0, f"{name}: {runner.failures} doctest example(s) failed"
        else:
            exec(compile(block.code, name, "exec"), namespace)


_NAMESPACES: dict[Path, dict[str, Any]] = {}


@pytest.mark.parametrize("block", [b for b in RUN if b.language == "python"], ids=lambda b: b.id)
def test_python_block_runs(block: Block, sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sandbox)
    namespace = _NAMESPACES.setdefault(block.path, {"__name__": "__docs__"})
    _run_python(block, namespace)


@pytest.mark.slow
@pytest.mark.parametrize("block", [b for b in RUN if b.language == "sh"], ids=lambda b: b.id)
def test_shell_block_runs(block: Block, sandbox: Path) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONWARNINGS"] = "error::DeprecationWarning"
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", block.code],
        cwd=sandbox,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, (
        f"{block.id}\n{block.code}\n{done.stdout[-2000:]}{done.stderr[-3000:]}"
    )
