"""Bylines, round 9, session 17 (issue 13): titles before a writer's name ("Door dr. Jan de
Vries", "Por la Dra. Lucía Romero", "By Dr. Jane Smith. Jane covers …"), sign-offs after
the story on pages with other stories' bylines ("— Jane Doe, Staff Writer"), "Pictures:"
credits, fediverse handles, the French "signature" class, and interviews ("An interview by
Jane Doe with Tom Hale": who was asked is no writer). Pages written for these
tests (a harbour story)."""

from __future__ import annotations

import pytest
from tests.extract.byline_pages import URL
from tests.extract.byline_pages import names as _names
from tests.extract.byline_pages import page as _page

import newsmeta

T = '<time datetime="2025-03-04">March 4, 2025</time>'


@pytest.mark.parametrize(
    ("header", "lang", "want"),
    [
        # titles: kept as printed; in lower case (Dutch) or after an article
        ('<p class="auteur">Door dr. Jan de Vries</p>' + T, "nl", ["dr. Jan de Vries"]),
        (
            '<p class="auteur">Door drs. Anna Bakker en ir. Piet Jansen</p>' + T,
            "nl",
            ["drs. Anna Bakker", "ir. Piet Jansen"],
        ),
        ('<p class="autor">Por la Dra. Lucía Romero</p>' + T, "es", ["Dra. Lucía Romero"]),
        (
            '<p class="autor">Por la Sra. Ana Ruiz y el Dr. Pablo Gil</p>' + T,
            "es",
            ["Sra. Ana Ruiz", "Dr. Pablo Gil"],
        ),
        ('<p class="auteur">Par le Dr Martin Dupont</p>' + T, "fr", ["Dr Martin Dupont"]),
        (
            '<div class="byline">By Dr. Jane Smith. Jane covers health for the Courier.</div>' + T,
            "en",
            ["Dr. Jane Smith"],
        ),
        # controls: titles that already read, and a desk after an article
        ('<p class="autor">Von Prof. Dr. Max Muster</p>' + T, "de", ["Prof. Dr. Max Muster"]),
        ('<p class="byline">By Sir Harold Evans</p>' + T, "en", ["Sir Harold Evans"]),
        # a picture credit after a stop or a bar ends the writers' names
        (
            '<p class="byline">Words: Jane Doe. Pictures: Tom Hale</p>' + T,
            "en",
            ["Jane Doe"],
        ),
        (
            '<p class="byline">By Jane Doe and Ben Tal. Pictures: Tom Hale</p>' + T,
            "en",
            ["Jane Doe", "Ben Tal"],
        ),
        # a fediverse handle alone is the byline as printed; beside a name it is left out
        ('<p class="byline">By @jane@mastodon.social</p>' + T, "en", ["@jane@mastodon.social"]),
        ('<p class="autor">Von @anna@chaos.social</p>' + T, "de", ["@anna@chaos.social"]),
        (
            '<p class="byline">By Jane Doe <a href="https://mastodon.social/@jane">'
            "@jane@mastodon.social</a></p>" + T,
            "en",
            ["Jane Doe"],
        ),
        # an interview's byline: the names after "with" were asked
        (
            '<p class="byline">An interview by Jane Doe with Tom Hale</p>' + T,
            "en",
            ["Jane Doe"],
        ),
        (
            '<p class="autor">Interview von Anna Weber mit Max Muster</p>' + T,
            "de",
            ["Anna Weber"],
        ),
        (
            '<p class="auteur">Entretien réalisé par Léa Martin avec Paul Girard</p>' + T,
            "fr",
            ["Léa Martin"],
        ),
        (
            '<p class="autor">Entrevista de Lucía Romero con Pablo Gil</p>' + T,
            "es",
            ["Lucía Romero"],
        ),
        # control: "with" after a plain "By" joins a co-writer
        ('<p class="byline">By Jane Doe with Tom Hale</p>' + T, "en", ["Jane Doe", "Tom Hale"]),
        # the French "signature" class signs the story
        ('<p class="signature">Léa Martin</p>' + T, "fr", ["Léa Martin"]),
        (
            '<div class="signature">Claire Dubois et Paul Girard</div>' + T,
            "fr",
            ["Claire Dubois", "Paul Girard"],
        ),
    ],
)
def test_round9_bylines(header: str, lang: str, want: list[str]) -> None:
    assert _names(header, lang) == want


def test_mail_address_is_no_byline() -> None:
    assert _names('<p class="byline">By jane@example.com</p>' + T, "en", teasers=False) == []


@pytest.mark.parametrize(
    ("after", "lang", "want"),
    [
        ("<p>— Jane Doe, Staff Writer</p>", "en", ["Jane Doe"]),
        ("<p>— Jane Doe</p>", "en", ["Jane Doe"]),
        ("<p><strong>Anna Weber</strong></p>", "de", ["Anna Weber"]),
        ("<p>— Léa Martin, journaliste</p>", "fr", ["Léa Martin"]),
        ("<p>— Lucía Romero, corresponsal en Madrid</p>", "es", ["Lucía Romero"]),
        # control: a role that is no newsroom's signs nothing
        ("<p>— Marcus Bell, spokesperson</p>", "en", []),
    ],
)
def test_signoff_beside_other_stories_bylines(after: str, lang: str, want: list[str]) -> None:
    # the related stories' cards name their own writers: the story's sign-off is read
    assert _names(T, lang, teasers=True, after=after) == want


def test_signoff_with_role_without_cards() -> None:
    assert _names(T, "en", teasers=False, after="<p>— Jane Doe, Staff Writer</p>") == ["Jane Doe"]


def test_signature_class_outside_french_is_no_byline() -> None:
    html = _page(T, "en", teasers=False, after='<div class="signature">Tom Hale</div>')
    assert [a.name for a in newsmeta.extract(html, url=URL).authors] == []


def test_forum_signatures_in_french_comments_are_no_byline() -> None:
    comments = "".join(
        f'<div class="comment-body"><p class="comment-author">{n}</p><p>Merci pour '
        f'cet article.</p><div class="signature">{n} — membre depuis 2011</div></div>'
        for n in ("Pierre Durand", "Luc Bernard")
    )
    html = _page(
        '<p class="auteur">Par Léa Martin</p>' + T,
        "fr",
        after=f'<section class="comments">{comments}</section>',
    )
    assert [a.name for a in newsmeta.extract(html, url=URL).authors] == ["Léa Martin"]
