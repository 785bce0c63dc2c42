"""The body's furniture tests and the comments reader after the session-13 speed work.

The tests of a short paragraph (a newsletter pitch, a dateline, a promotion at the end) are
gated by cheap substring tests, and the comments reader reads each class value's verdicts
once; these pages, written for the tests, pin what those readers keep and drop.
"""

from __future__ import annotations

import datetime as dt

import newsmeta

NOW = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
URL = "https://gazette.example/2024/03/ferry"
STORY = (
    "The harbour ferry will run every twenty minutes from April, the council said on "
    "Tuesday, after a winter of complaints from commuters, cyclists and the island's "
    "two schools about crowded morning boats."
)


def _body(*paragraphs: str, lang: str = "en") -> list[str]:
    html = (
        f'<!doctype html><html lang="{lang}"><head><title>Ferry every twenty minutes</title>'
        "</head><body><article><h1>Ferry every twenty minutes</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    body = newsmeta.extract(html, url=URL, now=NOW).body or ""
    return body.split("\n\n")


def test_a_newsletter_pitch_is_dropped_in_english_and_french() -> None:
    english = "Get our morning briefing, straight to your inbox. Sign up"
    french = "Recevez notre newsletter chaque matin dans votre boîte mail"
    paras = _body(STORY, english, STORY + " More boats.", french, STORY + " Fewer delays.")
    assert english not in paras
    assert french not in paras
    assert STORY + " More boats." in paras


def test_an_inbox_without_a_letter_is_kept() -> None:
    line = "Commuters said their inbox filled with council replies."
    assert line in _body(STORY, line, STORY + " More boats.")


def test_a_short_dateline_is_dropped_and_a_number_line_kept() -> None:
    dateline = "Stand: 22.01.2018, 10:13 Uhr"
    numbers = "Fares rise to 3.40 a trip, 12:30 boats extra."
    paras = _body(STORY, dateline, numbers, STORY + " More boats.", lang="de")
    assert dateline not in paras
    assert numbers in paras


def test_a_promotion_closing_the_text_is_dropped() -> None:
    offer = "Join our club and save 20% on your first order."
    paras = _body(STORY, STORY + " More boats.", offer)
    assert offer not in paras
    assert paras[-1] == STORY + " More boats."


def _comments_page(items: str, after: str = "") -> newsmeta.Article:
    html = (
        "<!doctype html><html lang='en'><head><title>Ferry every twenty minutes</title>"
        f"</head><body><article><h1>Ferry every twenty minutes</h1><p>{STORY}</p>"
        f"<p>{STORY}</p></article><ol class='comment-list'>{items}</ol>{after}</body></html>"
    )
    return newsmeta.extract(html, url=URL, now=NOW)


_ITEM = (
    "<li class='comment' id='comment-{n}'><div class='comment-meta'>"
    "<span class='comment-author vcard'><b class='fn'>{who}</b></span> "
    "<span class='comment-date'>March {n}, 2024 at 10:1{n} am</span></div>"
    "<div class='comment-content'><p>{text}</p></div>"
    "<div class='comment-tools'><span class='vote-up'>{up}</span>"
    "<span class='vote-down'>{down}</span></div><p>Reply</p></li>"
)
_READERS = (
    ("Tomasz W.", "Twenty minutes is still long in the rain.", 4, 1),
    ("Lucia R.", "Will the night boat change as well?", 7, 0),
)


def test_comments_keep_author_date_votes_and_drop_the_reply_line() -> None:
    items = "".join(
        _ITEM.format(n=n, who=who, text=text, up=up, down=down)
        for n, (who, text, up, down) in enumerate(_READERS, 1)
    )
    art = _comments_page(items, "<p class='comments-closed'>Comments are closed.</p>")
    assert [c.text for c in art.comments] == [text for _, text, _, _ in _READERS]
    assert [c.author.name if c.author else None for c in art.comments] == ["Tomasz W.", "Lucia R."]
    assert [
        c.date_published.isoformat()[:10] if c.date_published else None for c in art.comments
    ] == [
        "2024-03-01",
        "2024-03-02",
    ]
    assert [(c.upvotes, c.downvotes) for c in art.comments] == [(4, 1), (7, 0)]
    assert art.comments_open is False


def test_a_comment_meta_line_is_not_its_text() -> None:
    items = "".join(
        f"<li class='comment'><p><strong>{who}</strong> · 0{n}.03.2024 09:14</p><p>{text}</p></li>"
        for n, (who, text, _, _) in enumerate(_READERS, 1)
    )
    art = _comments_page(items)
    assert [c.text for c in art.comments] == [text for _, text, _, _ in _READERS]
    assert [c.author.name if c.author else None for c in art.comments] == ["Tomasz W.", "Lucia R."]
