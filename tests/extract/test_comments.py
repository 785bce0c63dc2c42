"""Comments, comment counts and comment forms (newsmeta._extract.sources.comments)."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

import newsmeta
from newsmeta import Comment, Limits, SourceKind

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)


class Candidate(NamedTuple):
    """A reading of one field as extract's evidence shows it: the chosen ones carry the
    article's value, the rejected ones only their raw text."""

    field: str
    source: SourceKind
    value: Any
    locator: str
    raw: str


def run(html: str, **kwargs: Any) -> list[Candidate]:
    article = newsmeta.extract(html, "https://news.example/a/1", now=NOW, **kwargs)
    chosen = [
        Candidate(e.field, e.source, getattr(article, e.field, None), e.locator, e.raw)
        for e in article.provenance.evidence
    ]
    rejected = [
        Candidate(e.field, e.source, None, e.locator, e.raw) for e in article.provenance.rejected
    ]
    return chosen + rejected


def field(cands: list[Candidate], name: str) -> list[Candidate]:
    return [c for c in cands if c.field == name]


def only_comments(cands: list[Candidate], source: SourceKind | None = None) -> tuple[Comment, ...]:
    found = [c for c in field(cands, "comments") if source is None or c.source is source]
    assert len(found) == 1, found
    value: tuple[Comment, ...] = found[0].value
    return value


SEED_LIKE = """<!doctype html><html lang="en"><head><title>Mexico and US</title></head><body>
<div class="top"><span class="ai-label">Content created by AI</span></div>
<article><h1>Mexico and US Strike Key Agreements in Bilateral Talks</h1>
<p class="date">Published December 29, 2023</p><p>7 months ago</p>
<div class="entry-content"><p>In a significant move aimed at tackling pressing issues of migration
and trade, Mexico has announced the achievement of important agreements.</p></div></article>
<section class="comments-section"><h3>Leave a Comment</h3>
<div class="post-rating">Rate this article:</div>
<form id="commentForm" class="needs-validation" novalidate action="/comment/submit">
 <input type="email" name="email" class="form-control">
 <div class="invalid-feedback">Please enter email address.</div>
<div class="valid-feedback">Looks good!</div>
 <input type="text" name="name" class="form-control">
 <div class="invalid-feedback">Please enter your name.</div>
<div class="valid-feedback">Looks good!</div>
 <textarea name="message" class="form-control"></textarea>
 <div class="invalid-feedback">Please enter a message.</div>
<div class="valid-feedback">Looks good!</div>
 <div class="g-recaptcha" data-sitekey="x"></div>
 <div class="invalid-feedback">Please check re-captcha.</div>
<div class="valid-feedback">Looks good!</div>
 <button type="submit">Post</button>
</form>
<div class="reviews-box">Leave the first review</div></section></body></html>"""


def test_seed_like_page_has_no_comments_but_an_open_form() -> None:
    cands = run(SEED_LIKE)
    assert field(cands, "comments") == []
    open_ = field(cands, "comments_open")
    assert [c.value for c in open_] == [True]
    fields = field(cands, "comment_form_fields")
    assert len(fields) == 1
    assert fields[0].value == ("email", "name", "message", "captcha")
    assert {"email", "name", "message"} <= set(fields[0].value)


WORDPRESS = """<html lang="en"><body><article><h1>Growing lemons</h1><p>Body.</p></article>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &ldquo;Growing lemons&rdquo;</h2>
<ol class="comment-list">
 <li id="comment-11" class="comment even thread-even depth-1 parent">
  <article id="div-comment-11" class="comment-body">
   <footer class="comment-meta">
    <div class="comment-author vcard"><img class="avatar" src="a.png" alt="">
     <b class="fn"><a href="https://ana.example/" class="url" rel="ugc">Ana Pérez</a></b>
     <span class="says">says:</span></div>
    <div class="comment-metadata"><a href="#comment-11">
     <time datetime="2024-03-02T10:15:00+01:00">March 2, 2024 at 10:15 am</time></a></div>
   </footer>
   <div class="comment-content"><p>I grew a lemon tree from seed.</p><p>It took years.</p></div>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
  <ul class="children">
   <li id="comment-12" class="comment byuser odd alt depth-2">
    <article id="div-comment-12" class="comment-body">
     <footer class="comment-meta"><div class="comment-author vcard">
      <b class="fn">Site Author</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><time datetime="2024-03-03">March 3, 2024</time></div>
     </footer>
     <div class="comment-content"><p>Patience pays off!</p></div>
     <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article>
   </li>
  </ul>
 </li>
 <li id="comment-13" class="comment even thread-odd depth-1">
  <article id="div-comment-13" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bo</b></div>
</footer>
   <div class="comment-content"><p>Mine never fruited.</p></div>
  </article>
 </li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<form action="https://news.example/wp-comments-post.php" method="post" id="commentform"
      class="comment-form">
 <p class="comment-form-comment"><label for="comment">Comment *</label>
  <textarea id="comment" name="comment" required></textarea></p>
 <p class="comment-form-author"><label for="author">Name *</label>
  <input id="author" name="author" type="text" aria-required="true"></p>
 <p class="comment-form-email"><label for="email">Email *</label>
  <input id="email" name="email" type="email" required></p>
 <p class="comment-form-url"><label for="url">Website</label>
  <input id="url" name="url" type="url"></p>
 <input type="submit" value="Post Comment">
</form></div></div></body></html>"""


def test_wordpress_threaded_comments() -> None:
    cands = run(WORDPRESS)
    found = only_comments(cands)
    assert [c.id for c in found] == ["comment-11", "comment-12", "comment-13"]
    first, reply, third = found
    assert first.text == "I grew a lemon tree from seed.\nIt took years."
    assert first.author is not None and first.author.name == "Ana Pérez"
    assert first.author.url == "https://ana.example/"
    assert first.date_published == dt.datetime(
        2024, 3, 2, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert first.parent_id is None
    assert reply.parent_id == "comment-11"
    assert reply.text == "Patience pays off!"
    assert reply.author is not None and reply.author.name == "Site Author"
    assert reply.date_published == dt.date(2024, 3, 3)
    assert third.parent_id is None and third.text == "Mine never fruited."
    # metadata and UI never leak into the text
    assert all("says" not in c.text and "Reply" not in c.text for c in found)


def test_wordpress_count_and_form() -> None:
    cands = run(WORDPRESS)
    assert [c.value for c in field(cands, "comment_count")] == [3]
    assert [c.value for c in field(cands, "comments_open")] == [True]
    # the website field is optional, so it is not listed
    assert field(cands, "comment_form_fields")[0].value == ("message", "name", "email")


JSONLD = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget",
 "commentCount": 2,
 "comment": [{"@type": "Comment", "@id": "https://news.example/a/1#c1",
   "text": "Finally some numbers.", "dateCreated": "2024-05-01T08:00:00Z",
   "author": {"@type": "Person", "name": "Lee", "url": "https://lee.example/"},
   "upvoteCount": 7, "downvoteCount": "2",
   "comment": [{"@type": "Comment", "text": "Agreed &amp; thanks.",
                "author": "Kim", "datePublished": "2024-05-02"}]}]}
</script></head><body><h1>Budget</h1></body></html>"""


def test_jsonld_comments_with_replies() -> None:
    found = only_comments(run(JSONLD), SourceKind.JSON_LD)
    assert len(found) == 2
    top, reply = found
    assert top.id == "https://news.example/a/1#c1"
    assert top.text == "Finally some numbers."
    assert top.author is not None and top.author.url == "https://lee.example/"
    assert top.date_published == dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.timezone.utc)
    assert (top.upvotes, top.downvotes) == (7, 2)
    assert reply.parent_id == top.id
    assert reply.text == "Agreed & thanks."
    assert reply.author is not None and reply.author.name == "Kim"
    assert reply.date_published == dt.date(2024, 5, 2)


MICRODATA = """<html><body><article itemscope itemtype="https://schema.org/BlogPosting">
<h1 itemprop="headline">Rust tips</h1>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="m1">
 <span itemprop="author" itemscope itemtype="https://schema.org/Person">
  <a itemprop="url" href="/u/jo"><span itemprop="name">Jo</span></a></span>
 <meta itemprop="dateCreated" content="2023-11-05">
 <p itemprop="text">Borrow checker finally clicked.</p>
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="m2">
  <span itemprop="author">Max</span><p itemprop="text">Same here!</p>
 </div>
</div></article></body></html>"""


def test_microdata_comments() -> None:
    found = only_comments(run(MICRODATA), SourceKind.MICRODATA)
    assert [(c.id, c.parent_id, c.text) for c in found] == [
        ("m1", None, "Borrow checker finally clicked."),
        ("m2", "m1", "Same here!"),
    ]
    assert found[0].author is not None
    assert (found[0].author.name, found[0].author.url) == ("Jo", "https://news.example/u/jo")
    assert found[0].date_published == dt.date(2023, 11, 5)
    assert found[1].author is not None and found[1].author.name == "Max"


BLOGGER = """<html lang="de"><body><div class="post hentry"><h1>Rezension</h1></div>
<div class="comments" id="comments"><h4>2 Kommentare</h4>
<div class="comments-content"><div id="comment-holder">
 <div class="comment-thread toplevel-thread"><ol id="top-ra">
  <li class="comment" id="c5001"><div class="comment-block">
    <div class="comment-header"><cite class="user"><a href="https://www.blogger.com/p/1">Mia</a>
</cite>
     <span class="datetime secondary-text"><a href="#c5001">3. März 2020 um 17:00</a></span></div>
    <p class="comment-content">Toller Beitrag, danke!</p>
    <span class="comment-actions secondary-text"><a class="comment-reply">Antworten</a></span>
   </div>
   <div class="comment-replies"><div class="comment-thread inline-thread"><ol>
    <li class="comment" id="c5002"><div class="comment-block">
     <div class="comment-header"><cite class="user">Autorin</cite></div>
     <p class="comment-content">Sehr gern!</p></div></li>
   </ol></div></div>
  </li>
 </ol></div></div></div></div></body></html>"""


def test_blogger_style_threads() -> None:
    cands = run(BLOGGER)
    found = only_comments(cands)
    assert [(c.id, c.parent_id, c.text) for c in found] == [
        ("c5001", None, "Toller Beitrag, danke!"),
        ("c5002", "c5001", "Sehr gern!"),
    ]
    assert found[0].author is not None and found[0].author.name == "Mia"
    assert [c.value for c in field(cands, "comment_count")] == [2]


HATOM = """<html><body><div class="hentry"><h1 class="entry-title">Post</h1></div>
<div id="comments"><div class="comment hentry" id="comment-5">
 <span class="author vcard"><span class="fn">Quinn</span></span>
 <abbr class="published" title="2022-01-09T10:00:00Z">Jan 9</abbr>
 <div class="entry-content"><p>hAtom still lives.</p></div>
</div></div></body></html>"""


def test_hatom_comment() -> None:
    cands = run(HATOM)
    found = [c for c in field(cands, "comments")]
    assert len(found) == 1 and found[0].source is SourceKind.HATOM
    comment = found[0].value[0]
    assert comment.text == "hAtom still lives."
    assert comment.author is not None and comment.author.name == "Quinn"
    assert comment.date_published == dt.datetime(2022, 1, 9, 10, 0, tzinfo=dt.timezone.utc)


DISQUS = """<html><body><h1>Story</h1><div id="disqus_thread"><ul id="dsq-comments">
<li class="comment" id="dsq-comment-901">
 <div class="dsq-comment-header"><cite>
<a href="https://disqus.com/by/rae/" rel="nofollow">Rae</a></cite></div>
 <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Server-rendered works.</p>
</div></div>
</li>
<li class="comment" id="dsq-comment-902">
 <div class="dsq-comment-header"><cite>Guest</cite></div>
 <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Yes it does.</p></div></div>
</li></ul></div></body></html>"""


def test_disqus_style_server_rendered_list() -> None:
    found = only_comments(run(DISQUS))
    assert [c.text for c in found] == ["Server-rendered works.", "Yes it does."]
    assert [c.id for c in found] == ["dsq-comment-901", "dsq-comment-902"]
    assert found[0].author is not None and found[0].author.url == "https://disqus.com/by/rae/"


FORUM = """<html lang="en"><body><h1>Which lens?</h1><div class="thread">
<div class="forum-comment" id="comment-301">
 <div class="user-info"><span class="username">shutterbug</span></div>
 <span class="post-date">2 hours ago</span>
 <div class="comment-text">Get the 35mm first.</div>
 <div class="votes"><span class="vote-up">12</span><span class="vote-down">3</span></div>
</div>
<div class="forum-comment" id="comment-302">
 <span class="username">lenslover</span><span class="post-date">yesterday</span>
 <div class="comment-text">50mm is cheaper.</div>
</div></div></body></html>"""


def test_forum_thread_votes_and_relative_dates() -> None:
    found = only_comments(run(FORUM))
    first, second = found
    assert first.text == "Get the 35mm first."
    assert (first.upvotes, first.downvotes) == (12, 3)
    assert first.author is not None and first.author.name == "shutterbug"
    assert first.date_label == "2 hours ago"
    # A relative label gives its instant at the label's precision: the hour for "hours".
    assert isinstance(first.date_published, dt.datetime)
    assert (first.date_published.minute, first.date_published.second) == (0, 0)
    age = NOW - first.date_published
    assert dt.timedelta(hours=2) <= age < dt.timedelta(hours=3)
    assert second.date_label == "yesterday"
    # ... and the day for "yesterday".
    assert second.date_published == (NOW - dt.timedelta(days=1)).date()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 thoughts on “Growing lemons”", 3),
        ("2 Comments", 2),
        ("2 comentarios", 2),
        ("12 Kommentare", 12),
        ("Comments (4)", 4),
        ("1 Response to Budget", 1),
        ("No comments yet", 0),
        ("1,204 comments", 1204),
    ],
)
def test_comment_count_texts(text: str, count: int) -> None:
    html = f'<html><body><h1>T</h1><h3 class="comments-title">{text}</h3></body></html>'
    assert [c.value for c in field(run(html), "comment_count")] == [count]


def test_newsletter_and_contact_forms_are_not_comment_forms() -> None:
    html = """<html><body><h1>T</h1>
    <form class="newsletter-signup" action="/subscribe"><input type="email" required>
      <button>Subscribe</button></form>
    <form id="contact" action="/contact"><textarea required></textarea></form>
    <form role="search" action="/search"><input name="q"></form></body></html>"""
    cands = run(html)
    assert field(cands, "comments_open") == []
    assert field(cands, "comment_form_fields") == []
    assert field(cands, "comments") == []


def test_recent_comments_widget_and_form_are_not_comments() -> None:
    html = """<html><body><h1>T</h1><p>Body</p>
    <aside class="widget widget_recent_comments"><h2>Recent Comments</h2>
     <ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Ana</span>
      on <a href="/x#comment-4">Other post</a></li></ul></aside>
    <div id="respond" class="comment-respond"><form id="commentform" class="comment-form">
     <div id="comment-form-identity"><p>Log in or fill in your details below.</p></div>
     <p class="comment-form-comment"><textarea name="comment"></textarea></p>
    </form></div></body></html>"""
    cands = run(html)
    assert field(cands, "comments") == []
    assert [c.value for c in field(cands, "comments_open")] == [True]


def test_counts_and_ctas_are_not_comments() -> None:
    html = """<html><body><h1>T</h1>
    <span class="comment">3 Comments</span><div class="comment">Leave a comment</div>
    <div class="comment">(0)</div>
    <ol class="comment-list"><li class="pingback" id="comment-9">Pingback: Other blog</li></ol>
    </body></html>"""
    assert field(run(html), "comments") == []


def test_closed_comments() -> None:
    html = """<html><body><h1>T</h1><p class="comments-closed">Comments are closed.</p>
    </body></html>"""
    assert [c.value for c in field(run(html), "comments_open")] == [False]


def test_max_comments_limit() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{i}"><p>Nice post, number {i}</p></li>' for i in range(30)
    )
    html = f'<html><body><h1>T</h1><ol class="comment-list">{items}</ol></body></html>'
    found = only_comments(run(html, limits=Limits(max_comments=5)))
    assert len(found) == 5
    assert found[-1].text == "Nice post, number 4"


def test_empty_and_broken_pages_give_nothing() -> None:
    assert run("") == []
    assert run("<html><body><div class='comment'></div></body></html>") == []
    broken = '<script type="application/ld+json">{"@type": "Comment", "text": </script>'
    assert field(run(broken), "comments") == []


def test_comment_form_field_groups_are_not_comments() -> None:
    html = """<html><body><h1>T</h1><div class="comment-panel"><form action="/post">
    <div class="CommentModuleFormComment form-group"><label>Your comment</label>
      <textarea name="CommentText"></textarea><p class="help-block">Characters left:</p></div>
    <div class="comment-box"><textarea name="second"></textarea></div>
    </form></div></body></html>"""
    cands = run(html)
    assert field(cands, "comments") == []
    assert [c.value for c in field(cands, "comments_open")] == [True]


def test_comment_with_its_own_reply_form_is_kept() -> None:
    html = """<html><body><h1>T</h1><div class="comment-list">
    <div class="comment-item" id="kommentar_7"><p>Kann ich Quark nehmen?</p>
     <form class="reply" action="/reply"><textarea name="r"></textarea></form></div>
    </div></body></html>"""
    found = only_comments(run(html))
    assert [(c.id, c.text) for c in found] == [("kommentar_7", "Kann ich Quark nehmen?")]


def test_emoji_only_reply_is_a_comment() -> None:
    html = """<html><body><h1>T</h1><ol class="comment-list">
    <li class="comment" id="comment-1"><p>So schön geschrieben!</p>
     <ul class="children"><li class="comment" id="comment-2"><p>❤️</p></li></ul></li>
    </ol></body></html>"""
    found = only_comments(run(html))
    assert [(c.id, c.parent_id, c.text) for c in found] == [
        ("comment-1", None, "So schön geschrieben!"),
        ("comment-2", "comment-1", "❤️"),
    ]


def test_vote_counts_with_thousands_separators() -> None:
    html = """<html><body><h1>T</h1><p>Body</p><ol class="comment-list">
    <li class="comment" id="comment-1"><p>The ferry should run all winter.</p>
      <span class="vote-up">1,204</span><span class="vote-down">17 000</span></li>
    <li class="comment" id="comment-2"><p>It did, until last year.</p>
      <span class="vote-up">-3</span></li></ol></body></html>"""
    first, second = only_comments(run(html))
    assert (first.upvotes, first.downvotes) == (1204, 17000)
    assert second.upvotes is None


_STORY = "<p>" + "The harbour authority opened the new cargo pier on Monday. " * 10 + "</p>"
_THREAD = [
    ("Ana Ruiz", "3.3.2024 09:12", "Great news for the town, the old pier was falling apart."),
    ("Tom Becker", "3.3.2024 11:40", "Will the ferry move to the new pier as well?"),
]


@pytest.mark.parametrize(
    ("section", "item", "author", "date"),
    [
        ('id="reacties"', "reactie", "reactie-auteur", "reactie-datum"),  # Dutch
        ('id="commenti"', "commento", "autore", "data"),  # Italian
        ('class="komentarze"', "komentarz", "autor", "data"),  # Polish
        ('id="comentarios"', "comentario", "autor", "fecha"),  # Spanish
    ],
)
def test_comment_markup_named_in_other_languages(
    section: str, item: str, author: str, date: str
) -> None:
    items = "".join(
        f'<div class="{item}"><span class="{author}">{who}</span> '
        f'<span class="{date}">{when}</span><p>{text}</p></div>'
        for who, when, text in _THREAD
    )
    html = (
        f"<html><head><title>Pier</title></head><body><article><h1>New pier</h1>{_STORY}"
        f"</article><div {section}><h3>2</h3>{items}</div></body></html>"
    )
    article = newsmeta.extract(html, "https://port.example/pier", now=NOW)
    assert [c.text for c in article.comments] == [t for _, _, t in _THREAD]
    assert [c.author.name if c.author else None for c in article.comments] == [
        "Ana Ruiz",
        "Tom Becker",
    ]
    assert article.body is not None and "Tom Becker" not in article.body


# The comment words of every language the comment-form test knows (stems, nouns, plurals).
COMMENT_WORDS = (
    "comment", "komment", "coment", "reactie", "koment", "hozzaszol", "cmt", "kommentar",
    "comentario", "comentário", "commentaire", "commento", "komentarz", "komentář",
    "komentár", "komentar", "comentariu", "comentari", "hozzaszolas", "comments",
    "kommentare", "comentarios", "comentários", "commentaires", "commenti", "reacties",
    "komentarze", "komentáře", "komentáre", "komentari", "comentarii", "comentaris",
    "hozzaszolasok", "cmts",
)  # fmt: skip


def _form_in(cls: str) -> bool | None:
    """comments_open of a story page with a bare form in a container of class ``cls``."""
    html = (
        "<html><head><title>T</title></head><body><article><h1>T</h1>"
        "<p>Body text of the story goes here and on.</p></article>"
        f'<div class="{cls}"><form action="/post"><textarea name="msg"></textarea>'
        '<input name="nick"><button>Send</button></form></div></body></html>'
    )
    return newsmeta.extract(html, "https://news.example/a/1", now=NOW).comments_open


def test_the_comment_key_test_knows_every_comment_word() -> None:
    for word in COMMENT_WORDS:
        assert _form_in(f"post-{word}-list") is True, word
    assert _form_in("post-x-list") is None
    assert _form_in("entry-content article-body") is None
