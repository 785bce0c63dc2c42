"""A user's first hour (issue 15): package layout, lazy imports, inputs that look wrong."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import warnings

import pytest

import newsmeta


def test_version_comes_from_the_package_metadata() -> None:
    assert newsmeta.__version__ == importlib.metadata.version("newsmeta")


@pytest.mark.parametrize("name", ["dates", "schema", "batch", "testing"])
def test_areas_are_public_submodules_re_exported_from_newsmeta(name: str) -> None:
    module = importlib.import_module(f"newsmeta.{name}")
    assert getattr(newsmeta, name) is module
    for public in module.__all__:
        value = getattr(module, public)
        if public in newsmeta.__all__:
            assert getattr(newsmeta, public) is value, public


def test_every_name_in_all_resolves() -> None:
    for name in newsmeta.__all__:
        assert getattr(newsmeta, name) is not None, name
    assert newsmeta.find_date is newsmeta.dates.find_date
    assert newsmeta.schema.MODELS[0] is newsmeta.Article
    with pytest.raises(AttributeError):
        newsmeta.no_such_name  # noqa: B018


def test_import_newsmeta_loads_no_heavy_module() -> None:
    code = (
        "import sys, json, newsmeta; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('multiprocessing', 'concurrent', 'jsonschema', 'lxml', 'dateutil') "
        "or m.startswith('newsmeta._dates') or m.startswith('newsmeta._extract'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("https://example.com/news/1", "input-looks-like-url"),
        (b"http://example.com/a?b=c", "input-looks-like-url"),
        ("page.html", "input-looks-like-path"),
        ("crawl/2024/page.htm", "input-looks-like-path"),
        ("/home/me/pages/a", "input-looks-like-path"),
        ("C:\\pages\\a.html", "input-looks-like-path"),
    ],
)
def test_a_url_or_a_path_instead_of_a_page_is_warned(text: str | bytes, code: str) -> None:
    with pytest.warns(UserWarning, match="never"):
        article = newsmeta.extract(text)
    assert [w.code for w in article.provenance.warnings] == [code]


@pytest.mark.parametrize("text", ["hello world", "<p>page.html</p>", "a.b", "Breaking: x/y"])
def test_ordinary_input_is_not_warned(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = newsmeta.extract(text)
    assert not [w for w in article.provenance.warnings if w.code.startswith("input-looks")]


# Runs a batch of n tiny pages in a fresh interpreter that sees 4 cores, with an audit hook
# that records every process start, and prints how many started and how many titles came back.
_BATCH_ON_4_CORES = """
import json, multiprocessing, os, sys
starts = []
sys.addaudithook(lambda event, args: starts.append(event) if event == "os.fork" else None)
os.cpu_count = lambda: 4
import newsmeta
n = int(sys.argv[1])
pages = [(f"<title>Page {i}</title>", None) for i in range(n)]
fork = multiprocessing.get_context("fork")
results = list(newsmeta.batch.extract_many(pages, mp_context=fork))
titles = [r.article.title for r in results if r.article]
print(json.dumps([len(starts), titles == [f"Page {i}" for i in range(n)]]))
"""


def _batch_on_4_cores(n: int) -> tuple[int, bool]:
    done = subprocess.run(
        [sys.executable, "-c", _BATCH_ON_4_CORES, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    started, in_order = json.loads(done.stdout)
    return started, in_order


def test_small_batches_run_in_process_by_default() -> None:
    assert _batch_on_4_cores(30) == (0, True)  # no worker process started


def test_big_batches_use_every_core_by_default() -> None:
    # docs/batch.md: a batch of 100 pages or more runs on every core (os.cpu_count())
    assert _batch_on_4_cores(100) == (4, True)
