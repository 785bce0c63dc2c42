"""Body shapes of session 12: a story told in captions, a newsletter offer inside the story,
a colophon or a list of teasers beside the story, a page wrapped in one form, an author box.

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 7, tzinfo=dt.timezone.utc)


def _page(inner: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Story</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a> <nav><a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        f"{inner}"
        "<footer><p>© 2026 Valley Courier. All rights reserved.</p></footer></body></html>"
    )


def _body(html: str) -> str:
    article = newsmeta.extract(html, "https://courier.example/2026/story", now=NOW)
    return " ".join((article.body or "").split())


_STORY = [
    "The district court ruled on Thursday that the bottling plant must cut its night-time "
    "noise, after a six-year fight by neighbours who said they had not slept properly since "
    "the second production line opened.",
    "Residents of Mill Lane had recorded the hum of the cooling fans every night for a year, "
    "and an expert appointed by the court found that it broke the limit by nine decibels.",
    "The company said it would appeal, but that it had already ordered quieter fans and "
    "would fit them over the summer shutdown.",
]


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_photo_essay_told_in_captions_is_read() -> None:
    captions = [
        "Before dawn the boats leave the harbour, their lights strung out across the bay "
        "like a second row of streetlamps.",
        "Teodor Ruiz has fished these waters for fifty-one years; his father and grandfather "
        "did the same from the same slipway.",
        "The catch is sorted on the quay by hand, and most of it is sold before the sun is "
        "fully up.",
        "Only four boats still work from the village, where there were thirty when Teodor started.",
    ]
    figures = "".join(
        f"<figure><img src='/essay/{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
        for i, c in enumerate(captions)
    )
    body = _body(
        _page(f"<article><h1>The last boats</h1><p>Photographs by Ana Ruiz.</p>{figures}</article>")
    )
    assert "Teodor Ruiz has fished these waters" in body
    assert "Only four boats still work" in body


def test_captions_beside_a_story_are_still_left_out() -> None:
    figure = (
        "<figure><img src='/plant.jpg' alt=''><figcaption>The plant seen from Mill Lane, "
        "where the neighbours live.</figcaption></figure>"
    )
    body = _body(
        _page(f"<article><h1>Plant told to cut noise</h1>{figure}{_paras(_STORY)}</article>")
    )
    assert "The district court ruled on Thursday" in body
    assert "seen from Mill Lane" not in body


def test_a_newsletter_offer_inside_the_story_is_left_out() -> None:
    box = (
        "<div class='nl-box'><p>Get our evening briefing: the day's top stories, straight to "
        "your inbox every weekday.</p><a href='/newsletters'>Sign me up</a></div>"
    )
    body = _body(
        _page(
            f"<article><h1>Plant told to cut noise</h1><p>{_STORY[0]}</p>{box}"
            f"<p>{_STORY[1]}</p><p>{_STORY[2]}</p></article>"
        )
    )
    assert "Residents of Mill Lane" in body
    assert "The company said it would appeal" in body
    assert "evening briefing" not in body
    assert "Sign me up" not in body


def test_a_german_newsletter_offer_is_left_out_and_a_story_line_about_inboxes_stays() -> None:
    story = (
        "<p>Die Verbraucherzentrale rät, keine Anhänge zu öffnen und im Zweifel bei der Bank "
        "anzurufen, bevor man auf einen Link klickt oder Daten eingibt.</p>"
        "<p>Betrügerische E-Mails landen immer häufiger in Ihr Postfach, warnt sie.</p>"
        "<p>Allein im vergangenen Monat seien mehr als zweitausend Fälle gemeldet worden, "
        "die meisten davon aus Norddeutschland und fast alle mit gefälschten Absendern.</p>"
    )
    offer = (
        "<p>Unser Newsletter: die wichtigsten Nachrichten des Tages direkt in Ihr Postfach. "
        "Jetzt anmelden!</p>"
    )
    closing = (
        "<p>Wer bereits Daten eingegeben hat, sollte sofort die Bank anrufen und das Konto "
        "sperren lassen, rät die Verbraucherzentrale.</p>"
    )
    body = _body(
        _page(f"<article><h1>Warnung vor Betrugsmails</h1>{story}{offer}{closing}</article>", "de")
    )
    assert "Betrügerische E-Mails landen" in body
    assert "Unser Newsletter" not in body
    assert "sofort die Bank anrufen" in body


def test_a_colophon_block_beside_the_story_is_not_more_of_it() -> None:
    colophon = (
        "<div class='bottom'><p>Valley Courier GmbH, Marktplatz 3, 79098 Freiburg</p>"
        "<p>Telefon: +49 761 123456, Fax: +49 761 123457</p>"
        "<p>Amtsgericht Freiburg HRB 700123</p>"
        "<p>USt-IdNr.: DE 812345678. Geschäftsführer: Max Beispiel.</p>"
        "<p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Max Beispiel, Anschrift wie "
        "oben. Wir nehmen nicht an Streitbeilegungsverfahren vor einer "
        "Verbraucherschlichtungsstelle teil.</p></div>"
    )
    body = _body(
        _page(
            f"<div id='content'><h1>Plant told to cut noise</h1><div class='txt'>{_paras(_STORY)}"
            f"</div></div>{colophon}",
            "de",
        )
    )
    assert "The district court ruled on Thursday" in body
    assert "HRB 700123" not in body
    assert "Streitbeilegungsverfahren" not in body


def test_a_list_of_teasers_beside_the_story_is_not_more_of_it() -> None:
    items = "".join(
        f"<div class='item'><a href='/t{i}'><img src='/t{i}.jpg' alt=''></a>"
        f"<p class='kicker'>Wohnen</p><a href='/t{i}'>Weitere Meldung {i} zur Wohnungsnot</a>"
        f"<p>Immer mehr Familien finden keine bezahlbare Wohnung; Meldung {i} fragt, was die "
        "Städte dagegen tun.</p></div>"
        for i in range(5)
    )
    story = _paras(
        [
            "Die Mieten in den Großstädten sind im vergangenen Jahr erneut stärker gestiegen "
            "als die Löhne, wie eine neue Studie des Instituts für Wohnungsbau zeigt.",
            "Am stärksten fiel der Anstieg in München und Leipzig aus, wo die Angebotsmieten um "
            "mehr als acht Prozent zulegten.",
            "Die Autoren der Studie fordern mehr Neubau und eine strengere Mietpreisbremse, die "
            "Eigentümerverbände lehnen beides ab.",
        ]
    )
    body = _body(
        _page(
            f"<main><article><h1>Mieten steigen schneller als Löhne</h1>{story}</article>"
            f"<section class='mehr'><h2>Mehr zum Thema</h2>{items}</section></main>",
            "de",
        )
    )
    assert "Die Mieten in den Großstädten" in body
    assert "Immer mehr Familien" not in body


def test_text_split_over_sibling_blocks_is_still_read_whole() -> None:
    blocks = "".join(
        f"<section class='block'><p>{line}</p></section><div class='ad-slot'></div>"
        for line in _STORY
    )
    body = _body(_page(f"<div class='page'><h1>Plant told to cut noise</h1>{blocks}</div>"))
    for line in _STORY:
        assert line[:40] in body


def test_a_page_wrapped_in_one_form_gives_its_story() -> None:
    side = "".join(f"<li><a href='/{i}'>Most read story number {i}</a></li>" for i in range(6))
    html = (
        "<html><body><form id='form1' method='post' action='./story.aspx'>"
        "<input type='hidden' name='__VIEWSTATE' value='x'>"
        f"<div id='main'><div class='titulo'>Plant told to cut noise</div>{_paras(_STORY)}</div>"
        f"<div class='widget'><ul>{side}</ul></div></form></body></html>"
    )
    body = _body(html)
    assert "The district court ruled on Thursday" in body
    assert "Most read story" not in body


def test_an_author_box_longer_than_a_short_review_stays_out() -> None:
    bio = _paras(
        [
            "Jane Roe has written about film for twenty years for newspapers and magazines "
            "across Europe, and teaches criticism at the city university.",
            "Her books include a history of the lighthouse film and a guide to the festivals "
            "of the Baltic coast, both translated into six languages.",
            "She lives by the sea with two cats and more projectors than is sensible.",
        ]
    )
    review = _paras(
        [
            "This small film about a lighthouse keeper is the best thing in cinemas this "
            "month, funny and sad in equal measure.",
            "Go and see it on the biggest screen you can find.",
        ]
    )
    body = _body(
        _page(
            f"<article><h1>A quiet triumph</h1><div class='entry-content'>{review}</div>"
            f"<div class='about-the-author'>{bio}</div></article>"
        )
    )
    assert "This small film about a lighthouse keeper" in body
    assert "Jane Roe has written" not in body


_REPLY = (
    "I disagree with the court: the plant was there long before the new houses on Mill Lane, "
    "and two hundred people work in it."
)


def _thread(stamped: bool) -> str:
    names = ["Ann Lee", "Tom Ray", "Mia Kowalski", "Sara Blum", "Jon Peters"]
    return "".join(
        f"<div><b>{name}</b>"
        + (f" <i>2026-03-0{i + 1} 14:1{i}</i><br>" if stamped else "")
        + f"<p>{_REPLY} ({name})</p></div>"
        for i, name in enumerate(names)
    )


def test_an_unmarked_reply_thread_after_a_short_story_is_left_out() -> None:
    story = _paras(_STORY[:1])
    thread = f"<h3>Responses</h3>{_thread(True)}"
    body = _body(_page(f"<div class='story'><h1>Plant told to cut noise</h1>{story}{thread}</div>"))
    assert "The district court ruled on Thursday" in body
    assert "I disagree with the court" not in body


def test_bold_names_without_dates_are_no_thread() -> None:
    # Without a date and a time after each name the run may be the story's own list.
    story = _paras(_STORY[:1])
    body = _body(
        _page(f"<div class='story'><h1>Plant told to cut noise</h1>{story}{_thread(False)}</div>")
    )
    assert "I disagree with the court" in body


def test_live_entries_opened_by_a_bold_time_are_kept() -> None:
    entries = "".join(
        f"<div class='entry'><strong>14:0{i}</strong><p>Officials confirmed on 3 May 2026 "
        "that the evacuation of the eastern district continues, with buses every ten minutes "
        f"({i}).</p></div>"
        for i in range(5)
    )
    body = _body(
        _page(f"<main><h1>Live: storm reaches the coast</h1>{_paras(_STORY[:1])}{entries}</main>")
    )
    assert "with buses every ten minutes (4)" in body
    assert "with buses every ten minutes (0)" in body


def test_a_forum_thread_whose_first_post_follows_the_title_is_kept() -> None:
    posts = _thread(True)
    body = _body(_page(f"<div class='forum'><h1>Plant told to cut noise</h1>{posts}</div>"))
    assert "I disagree with the court" in body
