"""The newsmeta pytest plugin, run in an inner pytest session with pytester."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest_plugins = ["pytester"]

INNER = """
import pytest
from newsmeta import Article
from newsmeta.testing import MARKUPS, make_article, render_html


def test_article_is_seeded(newsmeta_article, newsmeta_seed, request):
    assert isinstance(newsmeta_article, Article)
    assert newsmeta_seed == request.config.getoption("--newsmeta-seed")
    assert newsmeta_article == make_article(newsmeta_seed)


def test_page_is_jsonld_by_default(newsmeta_page, newsmeta_article):
    assert newsmeta_page == render_html(newsmeta_article, markup="jsonld")
    assert "application/ld+json" in newsmeta_page


@pytest.mark.parametrize("newsmeta_markup", MARKUPS)
def test_page_markup_can_be_parametrized(newsmeta_page, newsmeta_markup, newsmeta_article):
    assert newsmeta_page == render_html(newsmeta_article, markup=newsmeta_markup)


def test_factory(newsmeta_factory, newsmeta_article):
    assert newsmeta_factory() == newsmeta_article
    assert newsmeta_factory(5) == make_article(5)
    es = newsmeta_factory(5, language="es", comments=())
    assert es.language == "es" and es.comments == ()
"""


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # Autoload off: the plugin must work on its own (no hypothesis plugin, no entry point).
    pytester.makepyfile(test_inner=INNER)
    return pytester.runpytest_subprocess(
        "-p", "newsmeta.testing._plugin", "-p", "no:cacheprovider", *args
    )


def test_plugin_fixtures_with_the_default_seed(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = _run(pytester)
    result.assert_outcomes(passed=9)


def test_plugin_seed_option(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(
        test_seed="""
from newsmeta.testing import make_article

def test_seed(newsmeta_article):
    assert newsmeta_article == make_article(17)
    assert newsmeta_article != make_article(0)
"""
    )
    result = _run(pytester, "--newsmeta-seed", "17", "-v")
    result.assert_outcomes(passed=10)
    result.stdout.fnmatch_lines(["*newsmeta fixtures: --newsmeta-seed=17*"])


def test_plugin_options_are_documented_in_help(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = pytester.runpytest_subprocess("-p", "newsmeta.testing._plugin", "--help")
    result.stdout.fnmatch_lines(["*--newsmeta-seed=N*"])


def test_plugin_import_is_cheap_and_needs_no_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"  # importing hypothesis would fail
        "import newsmeta.testing._plugin\n"
        "heavy = [m for m in ('hypothesis', 'newsmeta.strategies', 'pytester')"
        " if sys.modules.get(m) is not None]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
