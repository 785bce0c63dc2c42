"""The byline grammar around the names, and bylines of other items, on pages written for
these tests (a harbour story with its byline under the headline)."""

from __future__ import annotations

import pytest

import newsmeta

URL = "https://coastherald.example/2024/03/ferry-pier"
STORY = " ".join(
    ["The harbour authority approved a new ferry pier on Thursday, ending a decade of "
     "arguments over where boats should dock in winter."] * 5
)  # fmt: skip


def _page(byline: str = "", lang: str = "en", extra: str = "") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>New ferry pier approved - Coast '
        'Herald</title></head><body><header class="site-header"><a href="/">Coast Herald</a>'
        '</header><main><article><header class="entry-header"><h1>New ferry pier approved</h1>'
        f'{byline}</header><div class="entry-content"><p>{STORY}</p><p>{STORY}</p>{extra}'
        "</div></article></main></body></html>"
    )


def _names(html: str) -> list[str]:
    return [a.name for a in newsmeta.extract(html, url=URL).authors]


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # a date after "on"/"le", month first
        ('<p class="meta">Written by Joel Park on March 3, 2024</p>', "en", ["Joel Park"]),
        ('<p class="auteur">Par Claire Dubois, le 3 mars 2024 à 10h12</p>', "fr",
         ["Claire Dubois"]),
        # the section the story is filed in
        ('<div class="byline">By Kai Moreno in <a href="/politics">Politics</a></div>', "en",
         ["Kai Moreno"]),
        # "Story:" labels the writer; the photographer after the pipe is not one
        ('<p class="credits">Story: Owen Hart | Photos: Lia Brooks</p>', "en", ["Owen Hart"]),
        # the outlet or the desk after the names
        ('<div class="byline">By Ana Ruiz and Ben Cole, The Coast Herald</div>', "en",
         ["Ana Ruiz", "Ben Cole"]),
        ('<p class="autor">Por Ana Costa e Rui Lopes, da Redação</p>', "pt",
         ["Ana Costa", "Rui Lopes"]),
        # whoever updated the story did not write it; the sentence's stop is not the name's
        ('<div class="byline">By Lena Fox. Updated by Sam Reid</div>', "en", ["Lena Fox"]),
        ('<div class="yazar-bilgi">Yazan: Ayşe Demir</div>', "tr", ["Ayşe Demir"]),
    ],
)  # fmt: skip
def test_byline_grammar(line: str, lang: str, names: list[str]) -> None:
    assert _names(_page(line, lang)) == names


def test_a_suffix_keeps_its_stop_and_an_article_alone_is_no_name() -> None:
    assert _names(_page('<div class="byline">By Ann Lee Jr.</div>')) == ["Ann Lee Jr."]
    assert _names(_page('<div class="byline">By The Editors</div>')) == []


def test_a_comma_before_in_keeps_the_role_out_and_the_name_whole() -> None:
    line = "<p><strong>Autorin: Uta Brenner, Projektleiterin der Stiftung in Tunis.</strong></p>"
    assert _names(_page(line, "de")) == ["Uta Brenner"]


TEASER = (
    '<aside class="more-stories"><h3>More stories</h3><div class="card"><a href="/tide">Tide '
    'gauge fixed</a><span class="card__byline">By Omar Salt</span></div></aside>'
)


def test_a_teaser_byline_is_refused_even_when_the_article_prints_none() -> None:
    art = newsmeta.extract(_page(extra=TEASER), url=URL)
    assert art.authors == ()
    refused = [e for e in art.provenance.rejected if e.field == "authors"]
    assert refused and refused[0].raw == "By Omar Salt"
    assert refused[0].position == "furniture"
    assert "another item" in (refused[0].reason or "")


def test_the_articles_own_byline_wins_over_the_teaser() -> None:
    art = newsmeta.extract(_page('<p class="byline">By Rosa Quint</p>', extra=TEASER), url=URL)
    assert [a.name for a in art.authors] == ["Rosa Quint"]
    assert art.provenance.evidence_for("authors")[0].position in ("header", "inside")


def test_a_blog_footer_naming_its_writer_is_not_another_item() -> None:
    # The site footer (an ARIA contentinfo landmark) is the site's: its owner may still be
    # read as the writer of a blog that prints no byline.
    footer = '<footer id="colophon" role="contentinfo"><p>© 2024 Karin Holt</p></footer>'
    html = _page().replace("</main>", f"</main>{footer}")
    refused = [
        e for e in newsmeta.extract(html, url=URL).provenance.rejected if e.field == "authors"
    ]
    assert all("another item" not in (e.reason or "") for e in refused)


@pytest.mark.parametrize(
    "line",
    [
        '<div class="pw-meta"><a href="/@iris">Iris Chen</a> · 5 min read · Mar 3, 2024</div>',
        '<div class="info"><a href="https://coastherald.example/author/iris-chen/">Iris Chen</a>'
        " – 3. März 2024</div>",
        '<p><a href="/people/iris-chen">Iris Chen</a> | 4 min read</p>',
    ],
)
def test_a_link_to_an_author_archive_on_a_dated_line_names_the_writer(line: str) -> None:
    art = newsmeta.extract(_page(line), url=URL)
    assert [a.name for a in art.authors] == ["Iris Chen"]
    assert art.provenance.evidence_for("authors")[0].source is newsmeta.SourceKind.LINK


@pytest.mark.parametrize(
    "line",
    [
        # no date and no reading time: a list of staff links its people too
        '<p><a href="/people/iris-chen">Iris Chen</a></p>',
        # a link inside the story's text
        f'<p>{STORY[:200]} <a href="/author/iris-chen/">Iris Chen</a> wrote on March 3, 2024.</p>',
        # a one-word handle is no full name
        '<div class="pw-meta"><a href="/@iris">iris</a> · 5 min read</div>',
    ],
)
def test_an_archive_link_elsewhere_names_nobody(line: str) -> None:
    assert _names(_page(line)) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ann Lee, Sr.", ["Ann Lee Sr."]),
        ("By Martin Ode, Jr. and Ruth Alder", ["Martin Ode Jr.", "Ruth Alder"]),
        ("By Jane Doe, PhD, and Tom Ray, RN", ["Jane Doe", "Tom Ray"]),
    ],
)
def test_a_suffix_or_a_degree_after_a_comma_is_no_name(line: str, names: list[str]) -> None:
    assert _names(_page(f'<div class="byline">{line}</div>')) == names
