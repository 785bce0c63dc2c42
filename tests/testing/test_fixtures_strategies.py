"""newsmeta.strategies.pages(): hypothesis draws of fixture pages."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta import Article, ValidationError
from newsmeta.strategies import pages
from newsmeta.testing import MARKUPS, FixturePage, make_article, render_html

NOW = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.timezone.utc)
FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)


@FAST
@given(pages())
def test_pages_are_fixture_renders_in_any_markup(page: FixturePage) -> None:
    assert isinstance(page.article, Article)
    assert page.markup in MARKUPS
    assert page.html == render_html(page.article, markup=page.markup)
    assert page.article.language in ("en", "es")
    assert page.now is None


@FAST
@given(pages("wordpress", language="es", now=NOW))
def test_pages_with_fixed_markup_language_and_now(page: FixturePage) -> None:
    assert page.markup == "wordpress" and page.now == NOW
    assert page.article.language == "es"
    assert 'lang="es"' in page.html and "hentry" in page.html
    assert "hace " in page.html  # the relative label computed from now


@settings(max_examples=15, deadline=None, derandomize=True, database=None)
@given(pages(["plain", "opengraph"], from_articles=True))
def test_pages_from_arbitrary_articles(page: FixturePage) -> None:
    assert page.markup in ("plain", "opengraph")
    tree = lxml.html.fromstring(page.html)
    h1 = list(tree.iter("h1"))
    assert len(h1) == (1 if page.article.title else 0)


def test_pages_shrink_towards_seed_zero() -> None:
    from hypothesis import find

    found = find(pages("jsonld", language="en"), lambda p: True)
    assert found.article == make_article(0, language="en")


@pytest.mark.parametrize("kwargs", [{"markup": "xml"}, {"markup": []}, {"language": "xx"}])
def test_bad_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        pages(**kwargs)  # type: ignore[arg-type]


def test_from_type_of_article_still_works() -> None:
    @settings(max_examples=5, deadline=None, derandomize=True, database=None)
    @given(st.from_type(Article))
    def check(article: Article) -> None:
        assert isinstance(article, Article)

    check()
