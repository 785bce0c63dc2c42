"""Session 17, author cards: a writer shown as an avatar beside a name, with no byline class
or "by" word, under the headline of a blog platform's or news app's page, and on comments
(issue 13).

Trimmed from the probe pages written for the session (original prose, no corpus page).
"""

from __future__ import annotations

import pytest

import newsmeta

_PARAS = (
    "The council voted last spring to end the garage program after a decade of rising costs "
    "and empty upper floors in most of the buildings.",
    "Residents who relied on the structures say the change came quickly, while planners point "
    "to bus ridership that has doubled since the network was redrawn.",
    "What happens to the existing buildings is still open: two will become housing, one a "
    "school gym, and the oldest will be taken down next year.",
)
_IMG = 'src="https://cdn.example.net/a.jpg" width="40" height="40"'


def _page(card: str, *, lang: str = "en", after: str = "", before: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Why our city stopped building parking garages</title></head><body>
<div class="top"><a href="/" class="logo">The Daily Ledger</a><nav><a href="/news">News</a>
<a href="/city">City</a></nav>{before}</div>
<div class="main"><div class="post"><h1>Why our city stopped building parking garages</h1>
{card}<div class="text">{paras}</div></div>{after}</div>
<div class="bottom"><p>© 2024 The Daily Ledger</p><a href="/about">About</a></div>
</body></html>"""


_CARDS = {
    "handle link, reading time": (
        "en",
        '<div class="ab"><a href="/@lena.koch"><img alt="Lena Koch" {img}></a><div>'
        '<div><a href="/@lena.koch">Lena Koch</a> · <button>Follow</button></div>'
        "<div><span>6 min read</span> · <span>Mar 3, 2024</span></div></div></div>",
        "Lena Koch",
    ),
    "empty alt in a picture, platform profile link": (
        "es",
        '<div class="px"><div class="px"><a href="https://platform.example/@priya">'
        '<picture><source srcset="https://cdn.example.net/a.webp"><img alt="" {img}>'
        '</picture></a></div><div class="px"><div><a href="https://platform.example/@priya">'
        'Priya Raman</a></div><div class="px">3 de marzo de 2024</div></div></div>',
        "Priya Raman",
    ),
    "unlinked name, alt names the writer": (
        "nl",
        '<div class="flex"><img class="h-8 w-8 rounded-full" alt="Marek Nowak" {img}>'
        '<div class="flex-col"><p class="text-sm">Marek Nowak</p><p class="text-xs">'
        "3 maart 2024</p></div></div>",
        "Marek Nowak",
    ),
    "avatar and name share a link": (
        "de",
        '<div class="sub"><a href="/amelie"><img alt="Amélie Durand" {img}></a><div>'
        '<a href="/amelie">Amélie Durand</a><p>Veröffentlicht am <time datetime="2024-03-03">'
        "3. März 2024</time></p></div></div>",
        "Amélie Durand",
    ),
    "people page link and a role, date on the next line": (
        "sv",
        '<div class="meta"><div class="row"><picture><img alt="" class="avatar" {img}>'
        '</picture><div><a href="/people/jonas-eriksen">Jonas Eriksen</a><span>Reporter'
        '</span></div></div><div class="row2"><span>3 mars 2024</span></div></div>',
        "Jonas Eriksen",
    ),
    "initials circle": (
        "fr",
        '<div class="hm"><a href="/profile/pieter"><svg viewBox="0 0 40 40" width="40">'
        '<circle cx="20" cy="20" r="20"></circle><text x="20" y="25">PV</text></svg></a>'
        '<div><a href="/profile/pieter">Pieter de Vries</a><div>3 mars 2024 · 6 min de '
        "lecture</div></div></div>",
        "Pieter de Vries",
    ),
}


@pytest.mark.parametrize("case", sorted(_CARDS))
def test_author_card_names_the_writer(case: str) -> None:
    lang, card, name = _CARDS[case]
    art = newsmeta.extract(_page(card.format(img=_IMG), lang=lang), url="https://example.org/p/1")
    assert [a.name for a in art.authors] == [name]


_CONTROLS = {
    "avatar without a name": (
        '<div class="m"><a href="/@x"><img alt="" class="avatar" {img}></a>'
        "<span>Mar 3, 2024</span> · <span>6 min read</span></div>"
    ),
    "writers to follow": (
        '<p class="date">Mar 3, 2024</p><div class="sugg"><h2>Who to follow</h2>'
        + "".join(
            f'<div class="row"><a href="/@{h}"><img alt="" class="avatar" {{img}}></a>'
            f'<a href="/@{h}">{n}</a><button>Follow</button></div>'
            for n, h in (("Olga Petrova", "olga"), ("Ben Hart", "ben"), ("Yara Haddad", "yara"))
        )
        + "</div>"
    ),
    "a team list": (
        '<div class="team">'
        + "".join(
            f'<div class="member"><img alt="{n}" {{img}}><a href="/people/p{i}">{n}</a>'
            "<span>Editor</span></div>"
            for i, n in enumerate(("Olga Petrova", "Ben Hart", "Carl Jensen"))
        )
        + "</div>"
    ),
    "a photo and its caption": (
        '<p>Mar 3, 2024</p><figure><img alt="Nadia Farouk" {img}><figcaption>Nadia Farouk'
        "</figcaption></figure>"
    ),
    "a large picture and its caption": (
        '<p>Mar 3, 2024</p><div class="pic"><img src="/big.jpg" alt="Nadia Farouk" '
        'width="800"><span class="cap">Nadia Farouk</span></div>'
    ),
    "a hero picture classed as a background, its alt the story's subject": (
        '<div class="hero"><img class="hero-background" src="/big.jpg" alt="Nadia Farouk">'
        "<span>Nadia Farouk</span><span>6 min read</span></div>"
    ),
    "a logo beside the site's name": (
        '<div class="brand"><a href="/"><img src="/b.png" width="32" alt="Ledger Weekly"></a>'
        '<a href="/">Ledger Weekly</a></div><p>Mar 3, 2024</p>'
    ),
    "a person's page link with no date, role or button": (
        '<div class="tag"><img alt="Olga Petrova" {img}><a href="/people/olga-petrova">'
        "Olga Petrova</a></div>"
    ),
    "the reader's own avatar in a comment box": (
        '<p>Mar 3, 2024</p><div class="reply"><div class="me"><img alt="Maria Lopez" '
        'class="avatar" {img}><span>Maria Lopez</span><time>now</time></div><form action="/c">'
        "<textarea></textarea><button>Post</button></form></div>"
    ),
}


@pytest.mark.parametrize("case", sorted(_CONTROLS))
def test_no_author_card(case: str) -> None:
    art = newsmeta.extract(_page(_CONTROLS[case].format(img=_IMG)), url="https://example.org/p/1")
    assert art.authors == ()


def test_teaser_cards_after_the_story_name_no_writer() -> None:
    cards = "".join(
        f'<div class="card"><div class="card-top"><a href="/@{h}"><img alt="{n}" {_IMG}></a>'
        f'<a href="/@{h}">{n}</a></div><h3><a href="/p/{h}">Another story about {h}</a></h3>'
        "<span>Mar 3, 2024</span></div>"
        for n, h in (("Ruth Amos", "ruth"), ("Kofi Mensah", "kofi"), ("Hana Sato", "hana"))
    )
    page = _page('<p class="date">Mar 3, 2024</p>', after=f'<div class="more">{cards}</div>')
    assert newsmeta.extract(page, url="https://example.org/p/1").authors == ()


def test_comment_writer_beside_an_avatar() -> None:
    comments = "".join(
        f'<div class="cm"><div class="flex"><img class="rounded-full" alt="{n}" width="24">'
        f'<p class="text-sm">{n}</p><p class="text-xs">Mar {d}, 2024</p></div>'
        f'<p class="body">{t}</p></div>'
        for n, d, t in (
            ("Olga Petrova", 4, "Thanks for writing this up, it matched what I saw in town."),
            ("Ben Hart", 5, "I would like to know what happens to the garage on Elm street."),
            ("Yara Haddad", 6, "Great piece. The numbers on empty floors were surprising."),
        )
    )
    card = (
        f'<div class="ab"><a href="/@lena"><img alt="Lena Koch" {_IMG}></a><div><a href="/@lena">'
        "Lena Koch</a></div><div>Mar 3, 2024</div></div>"
    )
    page = _page(card, after=f'<section id="comments"><h2>Comments (3)</h2>{comments}</section>')
    art = newsmeta.extract(page, url="https://example.org/p/1")
    assert [a.name for a in art.authors] == ["Lena Koch"]
    got = [(c.author.name if c.author else None, str(c.date_published)[:10]) for c in art.comments]
    assert got == [
        ("Olga Petrova", "2024-03-04"),
        ("Ben Hart", "2024-03-05"),
        ("Yara Haddad", "2024-03-06"),
    ]
