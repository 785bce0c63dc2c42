"""Hostile input for the readers added in session 17: federated handles, comment tables (one
or two rows a comment), deleted-comment placeholders, depth classes (``level--N``), titles
before names, interview bylines, sign-offs, the French ``signature`` class, timetable and
agenda blocks, subjects before the AI word in unspaced scripts, newsletter promos.

Each page must give an Article (or a newsmeta error) within the size-proportional bound of
``hostile_support``, and the Article must read back unchanged from its JSON. No timings are
asserted here; the measured times are in docs/benchmarks.md (session 17, hostile input).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hostile_support import flood, page, run_hostile

import newsmeta

SIZE = 60_000

BODY = (
    "<article><h1>Council approves the new budget</h1>"
    "<p>The council voted on the budget late on Tuesday night after a long debate.</p>"
)
HEADING = "<h2>Comments</h2>"


def _flood(unit: Callable[[int], str], prefix: str = "", suffix: str = "") -> str:
    return flood(unit, prefix, suffix, SIZE)


def _comments(unit: Callable[[int], str]) -> str:
    return page(
        BODY + "</article>" + _flood(unit, "<section id='comments'>" + HEADING, "</section>")
    )


def _table(unit: Callable[[int], str]) -> str:
    return page(BODY + "</article>" + HEADING + _flood(unit, "<table>", "</table>"))


ATTACKS: dict[str, Callable[[], str]] = {
    "handles-in-text": lambda: page(BODY + _flood(lambda i: "@a@b.cd ", "<p>", "</p></article>")),
    "handles-in-byline": lambda: page(
        BODY + _flood(lambda i: "@a@b.cd ", "<p class='byline'>By ", "</p></article>")
    ),
    "handle-links": lambda: _comments(
        lambda i: (
            f"<div class='comment'><a href='/u/{i}' title='@u{i}@lemmy.example'>"
            f"@u{i}@lemmy.example</a><p>comment text {i} here</p></div>"
        )
    ),
    "handle-title-huge": lambda: _comments(
        lambda i: "<div class='comment'><a title='@" + "a@b" * 3000 + "'>@a.b</a><p>words</p></div>"
    ),
    "table-one-row": lambda: _table(
        lambda i: f"<tr><td><b>Sam{i}</b><br>05.12.2024</td><td>comment {i} says this</td></tr>"
    ),
    "table-two-rows": lambda: _table(
        lambda i: (
            f"<tr><td>#{i} by <b>Sam{i}</b> on May 3, 2024</td></tr>"
            f"<tr><td>comment number {i} says something long enough</td></tr>"
        )
    ),
    "table-heading-rows": lambda: _table(lambda i: "<tr><th>Comments</th></tr>"),
    "table-marks": lambda: _table(
        lambda i: (
            f"<tr><td>#{i} by <b>\u202eS\x00m\ud800</b> on May 3, 2024</td></tr>"
            f"<tr><td>comment \u200f\x01 number {i} says something</td></tr>"
        )
    ),
    "deleted-flat": lambda: _comments(lambda i: "<div class='comment'><p>[deleted]</p></div>"),
    "deleted-languages": lambda: _comments(
        lambda i: (
            "<div class='comment'><p>"
            + (
                "Dieser Kommentar wurde gelöscht.",
                "このコメントは削除されました",
                "تم حذف هذا التعليق",
            )[i % 3]
            + "</p></div>"
        )
    ),
    "deleted-huge": lambda: _comments(lambda i: "<div class='comment'><p>[deleted] " * 50 + "</p>"),
    "level-classes": lambda: _comments(
        lambda i: (
            f"<div class='comment comment-level--{i % 99 + 1}'><b>U{i}</b><p>reply {i}</p></div>"
        )
    ),
    "level-deleted-chain": lambda: _comments(
        lambda i: (
            f"<div class='comment level--{i % 98 + 1}'><p>[deleted]</p></div>"
            if i % 2 == 0
            else f"<div class='comment level--{i % 98 + 2}'><b>U{i}</b><p>reply {i}</p></div>"
        )
    ),
    "titles": lambda: page(BODY + _flood(lambda i: "Dr. ", "<p class='byline'>By ", "J R</p>")),
    "titles-and-stops": lambda: page(
        BODY + _flood(lambda i: "Dr. Jane Smith. ", "<p class='byline'>By ", "</p>")
    ),
    "lower-titles": lambda: page(
        BODY + _flood(lambda i: "dr. ", "<p class='byline'>Door ", "Jan de Vries</p>")
    ),
    "article-titles": lambda: page(
        BODY + _flood(lambda i: "la Dra. ", "<p class='byline'>Por ", "Lucía Romero</p>")
    ),
    "interview-with": lambda: page(
        BODY + _flood(lambda i: "with C ", "<p class='byline'>An interview by A ", "</p>")
    ),
    "interview-lines": lambda: page(
        BODY + _flood(lambda i: f"<p class='byline'>An interview by Jane Doe{i} with Tom Hale</p>")
    ),
    "signoff-role": lambda: page(BODY + _flood(lambda i: "Senior ", "<p>— Jane Doe, ", "</p>")),
    "signature-fr": lambda: page(
        BODY + _flood(lambda i: f"<p class='signature'>Par Jean{i} Dupont</p>")
    ).replace("lang='en'", "lang='fr'"),
    "schedule-blocks": lambda: page(
        BODY
        + "</article>"
        + _flood(
            lambda i: (
                f"<div class='schedule'><span class='date'>{i % 28 + 1} March 2020</span>"
                f"<time datetime='2020-03-{i % 28 + 1:02d}'>x</time></div>"
            )
        )
    ),
    "schedule-huge-class": lambda: page(
        "<div class='" + "agend " * 8000 + "'><p class='date'>3 June 2024</p></div>" + BODY
    ),
    "cjk-ai": lambda: page(
        _flood(lambda i: "该公AI", "<article><h1>标题</h1><p>", "</p></article>")
    ).replace("lang='en'", "lang='zh'"),
    "cjk-ai-paragraphs": lambda: page(
        _flood(lambda i: f"<p>注：该公司{i}利用AI生成了广告。</p>", "<article><h1>标题</h1>")
    ).replace("lang='en'", "lang='zh'"),
    "newsletter-promo": lambda: page(
        BODY + _flood(lambda i: "w-w ", "<p>Sign up for our ", "AI newsletter</p>")
    ),
    "date-spans-siblings": lambda: page(
        BODY
        + "</article>"
        + _flood(
            lambda i: (
                f"<span class='date'>{i % 28 + 1} lis 2023</span><span class='date'>Sie 2023</span>"
            )
        )
    ).replace("lang='en'", "lang='pl'"),
    "gallery-captions": lambda: page(
        "<article><h1>Photo essay</h1><p>Short intro.</p>"
        + _flood(
            lambda i: (
                f"<figure><img src='/i{i}.jpg'><figcaption>Caption {i} tells a long part of "
                "the story in many words.</figcaption></figure>"
            )
        )
        + "</article>"
    ),
    "paywall-lines": lambda: page(
        BODY + _flood(lambda i: "<p>Aby czytać dalej, zostań subskrybentem. Tilaajille.</p>")
    ),
    "reading-time": lambda: page(
        BODY + _flood(lambda i: "<p>6 min de leitura · 22 de ago. de 2023 · 1.4K</p><p>1.4K</p>")
    ),
    "writer-intros": lambda: page(
        BODY
        + _flood(lambda i: f"<div><p>Ann Lee{i} has reported on the coast since 2010.</p></div>")
    ),
    "rdfa-property-lists": lambda: page(
        BODY + "</article>",
        head=_flood(
            lambda i: "<meta property='og:title dc:title " + "x:y " * 20 + f"' content='T{i}'>"
        ),
    ),
    "weibo-metas": lambda: page(
        BODY + "</article>",
        head=_flood(
            lambda i: (
                f"<meta name='weibo: article:title' content='T{i}'>"
                f"<meta name='weibo: article:create_at' content='2024-06-0{i % 9 + 1} 10:00:00'>"
            )
        ),
    ),
    "cards-before-headline": lambda: page(
        _flood(
            lambda i: (
                f"<{('div', 'section', 'aside', 'figure')[i % 4]}><a href='/s{i}'><h3>Another "
                f"story number {i}</h3></a><span class='date'>3 June 2024</span>"
                f"</{('div', 'section', 'aside', 'figure')[i % 4]}>"
            )
        )
        + BODY
        + "</article>"
    ),
    "obituary-leads": lambda: page(
        BODY
        + _flood(lambda i: "<p>Died peacefully on 21 February 2024. † 18.02.2024 * 1931 – 2024</p>")
    ),
    "site-updated": lambda: page(
        BODY
        + "</article>"
        + _flood(lambda i: f"<p class='date'>This site was last updated {i % 28 + 1} May 2024</p>")
    ),
    "others-use-ai": lambda: page(
        BODY
        + _flood(lambda i: "<p>Students used AI to write it.</p><p>Die Firma hat es mit KI.</p>")
    ),
    "count-beside": lambda: page(
        BODY
        + "</article>"
        + _flood(
            lambda i: (
                f"<button>{i} Comments</button><section id='comments-{i}'><span>12 Kommentare"
                "</span><div class='comment'><b>U</b><p>t</p></div></section>"
            )
        )
    ),
    "short-units": lambda: page(
        BODY
        + "</article>"
        + _flood(
            lambda i: (
                "<span class='date'>"
                + ("hace 3 h", "il y a 5 min", "vor 2 Std.", "há 4 h")[i % 4]
                + "</span>"
            )
        )
    ).replace("lang='en'", "lang='es'"),
    "short-unit-digits": lambda: page(
        BODY + _flood(lambda i: "9", "<span class='date'>vor ", " Std.</span>")
    ).replace("lang='en'", "lang='de'"),
    "updated-words": lambda: page(
        BODY + _flood(lambda i: "Zuletzt aktualisiert am ", "<p class='date'>", "14.11.2024</p>")
    ).replace("lang='en'", "lang='de'"),
    "two-digit-years": lambda: page(
        BODY
        + "</article>"
        + _flood(lambda i: f"<p>Pubblicato {i % 28 + 1}.03.24 Aggiornato {i % 28 + 1}.03.24</p>")
    ).replace("lang='en'", "lang='it'"),
    "lazy-images": lambda: page(
        BODY
        + _flood(
            lambda i: (
                f"<img src='data:image/gif;base64,R0lGOD' "
                f"data-src='/uploads/2024/03/{i % 28 + 1:02d}/p{i}.jpg'>"
            )
        )
    ),
    "marks-in-byline": lambda: page(
        BODY
        + _flood(lambda i: "\u202e@j\u200f@m.s \x01\x00\ud800 Смит 李 ", "<p class='byline'>By ")
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_session17_attack_gives_an_article_that_round_trips(name: str) -> None:
    out = run_hostile(ATTACKS[name](), "https://example.com/news/story")
    assert out.article is not None or out.error is not None
    if out.article is not None:
        text = newsmeta.to_json(out.article)
        assert newsmeta.to_json(newsmeta.from_json(text)) == text


def _row_table(heading_rows: int) -> str:
    heads = "".join(f"<tr><th>Heading row {k}</th></tr>" for k in range(heading_rows))
    pairs = "".join(
        f"<tr><td>#{i} by <b>Sam Writer</b> on May {i + 3}, 2024</td></tr>"
        f"<tr><td>This is comment number {i} with a few more words.</td></tr>"
        for i in range(4)
    )
    return page(BODY + "</article>" + HEADING + "<table>" + heads + pairs + "</table>")


def test_comment_table_after_a_few_heading_rows_is_read() -> None:
    out = run_hostile(_row_table(2))
    assert out.article is not None
    assert [str(c.date_published) for c in out.article.comments] == [
        "2024-05-03",
        "2024-05-04",
        "2024-05-05",
        "2024-05-06",
    ]


def test_comment_table_heading_rows_are_bounded() -> None:
    """At most five heading rows are passed over before a table's first comment row (each
    was read again per row skipped: a table of thousands of heading rows took seconds)."""
    out = run_hostile(_row_table(400))
    assert out.article is not None
    assert out.article.comments == ()


def test_deeply_nested_depth_classed_comments_give_no_source_error() -> None:
    """Comments nested 1,500 deep (each classed ``level--N``) are read without the comment
    source failing on the recursion limit (a ``source-error`` warning before)."""
    nested = "".join(
        f"<div class='comment level--{i % 99}'><b>U{i}</b><p>Reply number {i}.</p>"
        for i in range(1_500)
    )
    html = page(BODY + "</article><section id='comments'>" + HEADING + nested + "</div>" * 1_500)
    out = run_hostile(html)
    assert out.article is not None
    assert "source-error" not in out.warning_codes
    assert out.article.comments
    assert out.article.comments[0].text.startswith("U0")
