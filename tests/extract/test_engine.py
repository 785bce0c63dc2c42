"""The extraction engine: decoding, the single parse, visible-text sources and the merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsmeta
from newsmeta import AuthorKind, SourceKind, extract

NOW = dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.timezone.utc)
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pages" / "ai-news.html"


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    )


# ----------------------------------------------------------------------------- decoding


def _warned(article: newsmeta.Article) -> set[str]:
    return {w.code for w in article.provenance.warnings}


def test_decode_bom_wins_over_declaration() -> None:
    art = extract(b"\xef\xbb\xbf<meta charset='latin-1'><h1>caf\xc3\xa9 talks resume</h1>")
    assert art.title == "café talks resume"
    assert "charset-mismatch" not in _warned(art)


def test_decode_declared_latin1_is_read_as_cp1252() -> None:
    art = extract(b"<meta charset='iso-8859-1'><h1>caf\xe9 \x93q\x94 talks</h1>")
    assert art.title == "café \u201cq\u201d talks"  # 0x93/0x94 are cp1252's quotes
    assert not _warned(art)


def test_decode_declared_utf8_but_cp1252_bytes_still_sensible() -> None:
    art = extract(b"<meta charset='utf-8'><h1>caf\xe9 talks resume</h1>")
    assert art.title == "café talks resume"
    assert "charset-mismatch" in _warned(art)


def test_decode_mixed_utf8_and_cp1252_bytes_reads_each_right() -> None:
    # A UTF-8 article inside a template saved in cp1252: three stray bytes among many
    # UTF-8 sequences.
    data = (
        "<meta charset='utf-8'><h1>So schön, Grüße, Käse, Öl, Ärger, Übel</h1>".encode()
        + b"<p>M\xfcnchen and the K\xfcchenblogs, \x93quoted\x94 by many readers today.</p>"
    )
    art = extract(data)
    assert art.title == "So schön, Grüße, Käse, Öl, Ärger, Übel"
    body = art.body or ""
    assert "München" in body and "Küchenblogs" in body and "\u201cquoted\u201d" in body
    assert "\ufffd" not in body + (art.title or "")
    assert _warned(art)


def test_decode_lying_latin1_declaration_with_utf8_bytes() -> None:
    art = extract("<meta charset='latin-1'><h1>café talks resume</h1>".encode())
    assert art.title == "café talks resume"
    assert "charset-mismatch" in _warned(art)


def test_decode_uses_http_hint_when_page_is_silent() -> None:
    data = "<h1>Grüße aus Köln</h1>".encode("iso-8859-15")
    assert extract(data, encoding="iso-8859-15").title == "Grüße aus Köln"
    headers = {"Content-Type": "text/html; charset=iso-8859-15"}
    assert extract(data, headers=headers).title == "Grüße aus Köln"


def test_decode_without_any_declaration_falls_back() -> None:
    assert extract("<h1>naïve approach wins</h1>".encode()).title == "naïve approach wins"
    assert extract("<h1>naïve approach wins</h1>".encode("cp1252")).title == "naïve approach wins"


def test_str_with_xml_declaration_is_accepted() -> None:
    art = extract(
        "<?xml version='1.0' encoding='utf-8'?><html><body><h1>Héllo there</h1></body></html>"
    )
    assert art.title == "Héllo there"


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "html",
    [
        b"",
        "",
        b"   ",
        b"\x00\x01\x02\xff\xfe\x00garbage\x00",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"<html><body><h1>Truncated head",
        b"just some text, no tags at all",
        "<p>NUL \x00 inside</p>",
        b"\xff\xfe\xfd invalid utf-8 \xc3\x28",
    ],
)
def test_bad_input_gives_an_article_not_an_exception(html: bytes | str) -> None:
    art = extract(html, now=NOW)
    assert isinstance(art, newsmeta.Article)
    assert art.ai_disclosure.level is newsmeta.AILevel.UNKNOWN


def test_empty_page_warns() -> None:
    art = extract(b"", now=NOW)
    assert "empty-page" in {w.code for w in art.provenance.warnings}


def test_wrong_input_type_is_a_parse_error() -> None:
    with pytest.raises(newsmeta.ParseError):
        extract(12345, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(newsmeta.ParseError):
        extract(b"<p>x</p>", url=42, now=NOW)  # type: ignore[arg-type]


def test_input_over_the_size_limit_raises_limit_error() -> None:
    limits = newsmeta.Limits(max_input_bytes=1000)
    with pytest.raises(newsmeta.LimitExceededError) as info:
        extract(b"<p>" + b"x" * 2000 + b"</p>", limits=limits)
    assert info.value.limit == "max_input_bytes" and info.value.value > 1000


def test_deep_nesting_is_handled() -> None:
    html = "<html><body>" + "<div>" * 50_000 + "<h1>Deep title</h1>" + "</div>" * 50_000
    art = extract(html + "</body></html>", now=NOW)
    assert isinstance(art, newsmeta.Article)


def test_bad_url_is_a_warning_not_an_error() -> None:
    art = extract(page("<h1>Some headline here</h1>"), url="not a url", now=NOW)
    assert art.url is None
    assert "bad-url" in {w.code for w in art.provenance.warnings}


# ----------------------------------------------------------------------------- page index


def test_every_kind_of_element_the_page_index_files_is_read() -> None:
    # One page with each element kind the single pass over the tree files: <h1>, <time>,
    # itemprop, <a rel=author>, a byline class, an ai-disclosure attribute, <meta>, <link>,
    # JSON-LD and <title>. Each is read.
    art = extract(
        page(
            "<h1>Harbour plan approved</h1><time datetime='2023-01-01'>1 January</time>"
            "<form></form><div itemscope itemtype='https://schema.org/Article'>"
            "<span itemprop='wordCount'>321</span></div>"
            "<a rel='author' href='/people/ana'>Ana López</a>"
            "<div class='byline'>By Ana López</div>"
            "<p ai-disclosure='ai-generated'>Summary written by a machine.</p>",
            head="<meta name='author' content='Ana López'>"
            "<link rel='canonical' href='https://e.org/a'>"
            "<script type='application/ld+json'>{}</script>"
            "<title>Harbour plan approved | S</title>",
        ),
        "https://e.org/a",
        now=NOW,
    )
    assert art.title == "Harbour plan approved"
    assert art.date_published == dt.date(2023, 1, 1)
    assert art.word_count == 321
    assert [a.name for a in art.authors] == ["Ana López"]
    assert art.canonical_url == "https://e.org/a"
    assert art.language == "en"
    assert art.ai_disclosure.level is newsmeta.AILevel.AI_GENERATED


def test_page_index_reads_every_attribute_once() -> None:
    # RDFa under a vocab, a bare rel on <a>, a Unix stamp on any element (an empty one is none)
    art = extract(
        page(
            "<h1>Story of the day here</h1>"
            "<div class='a' id='x' typeof='Article' vocab='https://schema.org/'>"
            "<span property='wordCount'>77</span></div>"
            "<ITEMPROP-LESS CLASS='b'>t</ITEMPROP-LESS><a href='/z' rel>z</a>"
            "<abbr data-utime='1606644000'>Sunday</abbr><abbr data-timestamp=''>x</abbr>"
            "<link rel='x' href='/l'>"
        ),
        "https://e.org/a",
        now=NOW,
    )
    assert art.word_count == 77 and art.provenance.evidence_for("word_count")[0].source is (
        SourceKind.RDFA
    )
    assert art.date_published == dt.datetime(2020, 11, 29, 10, tzinfo=dt.timezone.utc)
    [stamp] = art.provenance.evidence_for("date_published")
    assert (stamp.raw, stamp.locator) == ("1606644000", "/html/body[1]/abbr[1]/@data-utime")
    assert not any(e.locator.endswith("@data-timestamp") for e in art.provenance.rejected)


def test_element_text_reads_leaves_and_trees_alike() -> None:
    # White space folded, a script's text never read, nested inline text in order.
    art = extract(
        page(
            "<h1 id='tree'>Head <b>bold</b> tail<script>skip()</script> end</h1>"
            "<p class='byline'>By <span>  Ana\n  López\t</span><script>var x = 1;</script></p>"
            "<p>Harbour works continue through the winter season on the quay.</p>"
        ),
        now=NOW,
    )
    assert art.title == "Head bold tail end"
    assert [a.name for a in art.authors] == ["Ana López"]


# ----------------------------------------------------------------------------- headline


def test_visible_headline_beats_title_element_with_site_suffix() -> None:
    html = page(
        "<nav><h1>Site Name</h1></nav><article><h1>Council approves harbour plan</h1></article>",
        head="<title>Council approves harbour plan | Harbour Ledger</title>",
    )
    assert extract(html, now=NOW).title == "Council approves harbour plan"


def test_headline_in_sidebar_is_ignored() -> None:
    html = page(
        "<aside class='sidebar'><h1>Popular: other story</h1></aside>"
        "<article><h2 class='entry-title'>The real headline of this post</h2></article>"
    )
    art = extract(html, now=NOW)
    assert art.title == "The real headline of this post"


# ----------------------------------------------------------------------------- bylines


def test_byline_splits_names_and_keeps_them_as_printed() -> None:
    html = page(
        "<article><h1>Headline of the story</h1>"
        "<p class='byline'>By ABBY GOODNOUGH and Byrne McDonald</p><p>Text.</p></article>"
    )
    names = [a.name for a in extract(html, now=NOW).authors]
    assert names == ["ABBY GOODNOUGH", "Byrne McDonald"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Por Ana López y Juan Pérez", ["Ana López", "Juan Pérez"]),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Par Claire Martin et Luc Bernard", ["Claire Martin", "Luc Bernard"]),
        ("By Jane Doe", ["Jane Doe"]),
    ],
)
def test_by_lines_in_five_languages(line: str, expected: list[str]) -> None:
    html = page(f"<article><h1>A headline for the test</h1><div><p>{line}</p></div></article>")
    assert [a.name for a in extract(html, now=NOW).authors] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eingestellt von der Michel", ["der Michel"]),
        ("Geschrieben von Anna Schmidt", ["Anna Schmidt"]),
        ("Escrito por Ana López", ["Ana López"]),
        ("Publié par Claire Martin", ["Claire Martin"]),
        ("Autoren Jelko Djuren und Jutta Klaukien", ["Jelko Djuren", "Jutta Klaukien"]),
        ("Redaktion: Eberhard Fuhr", ["Eberhard Fuhr"]),
    ],
)
def test_posted_by_phrases_are_not_part_of_the_name(line: str, expected: list[str]) -> None:
    html = page(f"<article><h1>A headline for the test</h1><p class='byline'>{line}</p></article>")
    assert [a.name for a in extract(html, now=NOW).authors] == expected


@pytest.mark.parametrize("label", ["Unknown", "anónimo", "Benutzername", "Auteur", "Artikel von"])
def test_placeholders_in_author_slots_are_not_authors(label: str) -> None:
    html = page(
        f"<article><h1>A headline for the test</h1><span class='author'>{label}</span>"
        "<p>The council met on Tuesday to discuss the budget for the coming year.</p></article>"
    )
    assert extract(html, now=NOW).authors == ()


def test_meta_author_shown_on_the_page_is_the_author() -> None:
    body = (
        "<article><h1>A headline for the test</h1><p>The council met on Tuesday.</p>"
        "</article><footer><a href='/about'>Florian Posdziech</a></footer>"
    )
    meta = "<meta name='author' content='Florian Posdziech'>"
    art = extract(page(body, head=meta), now=NOW)
    assert [a.name for a in art.authors] == ["Florian Posdziech"]
    # Not shown anywhere: the meta alone stays rejected evidence.
    alone = extract(page(body.replace("Florian Posdziech", "About"), head=meta), now=NOW)
    assert alone.authors == ()
    assert any(e.field == "authors" for e in alone.provenance.rejected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autorin: Uta Staschewski", ["Uta Staschewski"]),
        ("Auteur : Kossivi Tiassou", ["Kossivi Tiassou"]),
        ("Autoren Jelko Djuren und Jutta Klaukien", ["Jelko Djuren", "Jutta Klaukien"]),
        ("Text: red", []),
    ],
)
def test_labelled_author_lines_after_the_headline(line: str, expected: list[str]) -> None:
    html = page(
        "<article><h1>A headline for the test</h1><div><p>The council met on Tuesday to "
        f"discuss the budget for the coming year.</p><p><strong>{line}</strong></p></div>"
        "</article>"
    )
    assert [a.name for a in extract(html, now=NOW).authors] == expected


def test_wordpress_post_author_reply_names_the_author() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p>The council met on Tuesday.</p></article>"
        "<ol class='comment-list'><li class='comment'><cite class='fn'>Troll Reader</cite>"
        "<p>First!</p></li><li class='comment byuser comment-author-karo bypostauthor'>"
        "<cite class='fn'>Karoline Herr</cite><p>Thanks for reading!</p></li></ol>"
    )
    art = extract(html, now=NOW)
    assert [a.name for a in art.authors] == ["Karoline Herr"]
    assert len(art.comments) == 2


def test_comment_authors_are_not_article_authors() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p>Body.</p></article>"
        "<ol class='comment-list'><li class='comment'><span class='comment-author'>"
        "<cite class='fn'>Troll Reader</cite></span><p>First!</p></li></ol>"
    )
    assert extract(html, now=NOW).authors == ()


def test_rel_author_links_are_authors() -> None:
    html = page(
        "<article><h1>Headline of the story</h1>"
        "<span>Words: <a rel='author' href='/people/kim'>Kim Lee</a></span></article>"
    )
    art = extract(html, now=NOW)
    assert [a.name for a in art.authors] == ["Kim Lee"]
    assert art.provenance.evidence_for("authors")[0].source is SourceKind.LINK


def test_site_name_in_metadata_is_never_an_author() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p>Text.</p></article>",
        head="<meta property='og:site_name' content='Harbour Ledger'>"
        "<meta property='article:author' content='Harbour Ledger'>",
    )
    art = extract(html, now=NOW)
    assert art.site_name == "Harbour Ledger"
    assert art.authors == ()


def test_printed_desk_byline_is_kept_as_an_organisation() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p class='byline'>By Harbour Ledger</p></article>",
        head="<meta property='og:site_name' content='Harbour Ledger'>",
    )
    (author,) = extract(html, now=NOW).authors
    assert author.name == "Harbour Ledger" and author.kind is AuthorKind.ORGANIZATION


def test_unconfirmed_meta_author_alone_is_not_enough() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p>Text.</p></article>",
        head="<meta name='author' content='Jane Webmaster'>",
    )
    assert extract(html, now=NOW).authors == ()
    confirmed = page(
        "<article><h1>Headline of the story</h1><p class='byline'>By Jane Webmaster</p></article>",
        head="<meta name='author' content='Jane Webmaster'>",
    )
    assert [a.name for a in extract(confirmed, now=NOW).authors] == ["Jane Webmaster"]


def test_organisation_author_kind() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p class='byline'>By Reuters Staff</p></article>"
    )
    (author,) = extract(html, now=NOW).authors
    assert author.kind is AuthorKind.ORGANIZATION


# ----------------------------------------------------------------------------- dates


def test_time_element_gives_published_and_updated_gives_modified() -> None:
    html = page(
        "<article><h1>Headline of the story</h1>"
        "<time class='published' datetime='2023-12-29T10:42:00-05:00'>Dec 29</time>"
        "<time class='updated' datetime='2023-12-30'>Dec 30</time></article>"
    )
    art = extract(html, now=NOW)
    assert art.date_published == dt.datetime(
        2023, 12, 29, 10, 42, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert art.date_modified == dt.date(2023, 12, 30)


def test_naive_time_stays_naive() -> None:
    html = page("<article><h1>Headline</h1><time datetime='2023-12-29T10:42'>x</time></article>")
    value = extract(html, now=NOW).date_published
    assert isinstance(value, dt.datetime) and value.tzinfo is None


def test_future_dates_are_rejected() -> None:
    html = page("<article><h1>Headline</h1><time datetime='2031-01-01'>x</time></article>")
    assert extract(html, now=NOW).date_published is None


def test_url_date_is_weak_evidence() -> None:
    html = page("<article><h1>Headline of the story</h1></article>")
    art = extract(html, "https://news.example/2023/12/29/story", now=NOW)
    assert art.date_published == dt.date(2023, 12, 29)
    (ev,) = art.provenance.evidence_for("date_published")
    assert ev.source is SourceKind.URL and ev.confidence < 0.5
    html2 = page("<article><h1>H</h1><time datetime='2023-12-28'>x</time></article>")
    art2 = extract(html2, "https://news.example/2023/12/29/story", now=NOW)
    assert art2.date_published == dt.date(2023, 12, 28)
    assert any(r.source is SourceKind.URL for r in art2.provenance.rejected)


def test_modified_before_published_is_dropped_not_swapped() -> None:
    html = page(
        "<article><h1>Headline of the story</h1>"
        "<time class='published' datetime='2023-12-29'>a</time>"
        "<time class='updated' datetime='2023-01-02'>b</time></article>"
    )
    art = extract(html, now=NOW)
    assert art.date_published == dt.date(2023, 12, 29)
    assert art.date_modified is None
    assert "modified-before-published" in {w.code for w in art.provenance.warnings}


def test_published_line_and_updated_line() -> None:
    html = page(
        "<article><h1>Headline of the story</h1>"
        "<div class='post-meta'><span class='date'>Published December 29, 2023</span>"
        "<span class='date'>Updated January 3, 2024</span></div></article>"
    )
    art = extract(html, now=NOW)
    assert art.date_published == dt.date(2023, 12, 29)
    assert art.date_modified == dt.date(2024, 1, 3)


# ----------------------------------------------------------------------------- merge


def test_agreement_between_sources_beats_a_single_stronger_source() -> None:
    # JSON-LD says one title; the visible headline and og:title (with its site suffix)
    # agree on another: the agreeing pair wins, and the lone reading is rejected.
    ld = '{"@type": "WebPage", "name": "SEO title for search engines"}'
    html = page(
        "<article><h1>Harbour plan</h1><p>Work on the quay starts in spring, the council said.</p>"
        "</article>",
        head=f"<script type='application/ld+json'>{ld}</script>"
        "<meta property='og:title' content='Harbour plan | Site'>",
    )
    art = extract(html, now=NOW)
    assert art.title == "Harbour plan"
    lost = [e.raw for e in art.provenance.rejected if e.field == "title"]
    assert lost == ["SEO title for search engines"]


def test_day_precision_beats_month_precision() -> None:
    # JSON-LD gives only the month; the URL gives the day of that month: the day wins.
    ld = '{"@type": "NewsArticle", "headline": "Harbour plan", "datePublished": "2023-12"}'
    html = page(
        "<article><h1>Harbour plan</h1><p>Work on the quay starts in spring.</p></article>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    art = extract(html, "https://news.example.org/2023/12/29/harbour-plan", now=NOW)
    assert art.date_published == dt.date(2023, 12, 29)
    assert art.provenance.evidence_for("date_published")[0].precision == "day"


def test_every_filled_field_has_evidence() -> None:
    art = extract(EXAMPLE.read_bytes(), "https://harbour-ledger.example/news/x", now=NOW)
    fields = {e.field for e in art.provenance.evidence}
    for name in ("title", "date_published"):
        assert name in fields
    for ev in art.provenance.evidence:
        assert ev.locator or ev.source in (SourceKind.URL, SourceKind.HEADER)


# ----------------------------------------------------------------------------- the example page


def test_example_page_main_fields() -> None:
    art = extract(EXAMPLE.read_bytes(), now=NOW)
    assert art.title == "Coastal Towns Agree on Shared Flood Defence Plan"
    assert art.date_published == dt.date(2023, 12, 29)
    assert art.language == "en" or art.language is None
    assert art.provenance.extracted_at == NOW


def test_utc_timestamp_yields_to_the_local_day_printed_on_the_page() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p>Text.</p></article>",
        head="<meta property='article:published_time' content='2020-02-25T02:25:54Z'>",
    )
    art = extract(html, "https://news.example/2020/02/24/story", now=NOW)
    assert art.date_published == dt.date(2020, 2, 24)
    # Without the printed day, the timestamp stands as given (no zone is invented).
    alone = extract(html, "https://news.example/story", now=NOW)
    assert alone.date_published == dt.datetime(2020, 2, 25, 2, 25, 54, tzinfo=dt.timezone.utc)


def test_a_printed_day_that_matches_the_utc_day_keeps_the_timestamp() -> None:
    # The byline prints the timestamp's own day; a sidebar lists the day before.
    html = page(
        "<article><h1>Headline of the story</h1><p class='byline'>By Ann Lee - November 8, "
        "2023</p><p>Text.</p></article><aside><ul><li><span class='date'>November 7, 2023"
        "</span></li></ul></aside>",
        head="<meta property='article:published_time' content='2023-11-08T08:16:00+00:00'>",
    )
    art = extract(html, now=NOW)
    assert art.date_published is not None
    assert art.date_published.isoformat().startswith("2023-11-08")


def test_midday_utc_timestamp_is_not_moved_to_a_day_printed_in_a_list() -> None:
    # 12:53 UTC is the same day from UTC-10 to UTC+11: a list of next-day dates (other
    # posts, "today" in the header) is no reason to move it.
    items = "".join(
        f"<li><span class='post-date'>19/02/2020</span> other story {i}</li>" for i in range(5)
    )
    html = page(
        f"<article><h1>Headline of the story</h1><p>Text.</p></article><ul>{items}</ul>",
        head="<meta property='article:published_time' content='2020-02-18T12:53:40+00:00'>",
    )
    art = extract(html, now=NOW)
    assert art.date_published == dt.datetime(2020, 2, 18, 12, 53, 40, tzinfo=dt.timezone.utc)


def test_text_date_scan_runs_only_when_nothing_cheaper_found_a_date() -> None:
    body = (
        "<article><h1>Headline of the story</h1><div><p>Intro paragraph without dates.</p>"
        "<p>am 24. Juli 2017 - 18:55</p><p>Long paragraph about events on 3 March 2015 and "
        "other things that happened back then in the town hall and elsewhere.</p></div></article>"
    )
    art = extract(page(body, lang="de"), now=NOW)
    assert art.date_published == dt.datetime(2017, 7, 24, 18, 55)
    (ev,) = art.provenance.evidence_for("date_published")
    assert ev.source is SourceKind.VISIBLE_TEXT
    with_meta = page(
        body, head="<meta property='article:published_time' content='2019-01-01'>", lang="de"
    )
    # the scan does not run: the date the prose mentions is no candidate (the date line
    # under the headline, the one day the article prints, wins over the metadata's)
    found = extract(with_meta, now=NOW)
    assert found.date_published == dt.datetime(2017, 7, 24, 18, 55)
    seen = found.provenance.evidence + found.provenance.rejected
    assert not any("2015" in e.raw for e in seen if e.field.startswith("date"))


def test_wordpress_term_classes_do_not_make_the_post_boilerplate() -> None:
    # "category-popular" names the post's category, not a "popular posts" widget.
    html = page(
        "<div class='post-7 post type-post hentry category-popular tag-social'>"
        "<h1>Top ten voices in sport</h1><p>January 22, 2014</p>"
        "<p>A generally accepted myth holds that only a few people can talk about sport on "
        "television, and this list of ten presenters shows how wrong that idea has been.</p>"
        "</div>"
    )
    art = extract(html, now=NOW)
    assert art.title == "Top ten voices in sport"
    assert art.date_published == dt.date(2014, 1, 22)
    assert art.body is not None and "generally accepted myth" in art.body


def test_date_in_a_header_that_holds_the_headline_is_the_articles() -> None:
    html = page(
        "<header><div class='aufmacher'><figure><figcaption><small>31.01.2022 2. Liga</small>"
        "<h1>Club signs a new goalkeeper</h1></figcaption></figure></div></header>"
        "<div><p>The club announced on Monday that it has signed a new goalkeeper.</p></div>",
        lang="de",
    )
    assert extract(html, now=NOW).date_published == dt.date(2022, 1, 31)
    site_header = page(
        "<header><p>Montag, 31.01.2022</p><nav><a href='/'>Home</a></nav></header>"
        "<div><h1>Club signs a new goalkeeper</h1><p>The club announced a signing.</p></div>",
        lang="de",
    )
    assert extract(site_header, now=NOW).date_published is None


def test_lead_image_address_dates_a_page_nothing_else_dates() -> None:
    image = "<meta property='og:image' content='https://cdn.example/files/2016/05/04/cover.png'>"
    html = page("<div><h1>Annual report</h1><p>What we did this year.</p></div>", head=image)
    art = extract(html, now=NOW)
    assert art.date_published == dt.date(2016, 5, 4)
    (ev,) = art.provenance.evidence_for("date_published")
    assert ev.source is SourceKind.URL and "cover.png" in (ev.raw or "")
    # Any other dated source wins: the image address is the last resort.
    dated = page(
        "<div><h1>Annual report</h1><p>Published 2 June 2016</p><p>Text.</p></div>", head=image
    )
    assert extract(dated, now=NOW).date_published == dt.date(2016, 6, 2)


def test_kicker_inside_headline_is_not_part_of_the_title() -> None:
    html = page(
        "<article><h1><span class='kicker'>Brexit</span> <span>Talks end without a deal</span>"
        "</h1><p>Text.</p></article>"
    )
    assert extract(html, now=NOW).title == "Talks end without a deal"


def test_leading_small_and_overline_spans_are_kickers() -> None:
    small = page(
        "<article><h1 itemprop='headline'> <small>Tunisia</small><br/> New government faces "
        "big tasks </h1><p>Text.</p></article>"
    )
    assert extract(small, now=NOW).title == "New government faces big tasks"
    overline = page(
        "<article><h1 class='entry-title'><span class='entry-title__toptitle'>Avoiding bad "
        "debts</span> Retention of title: what buyers should know</h1><p>Text.</p></article>"
    )
    assert extract(overline, now=NOW).title == "Retention of title: what buyers should know"
    # A <small> after the headline's words is part of it, not a kicker.
    trailing = page(
        "<article><h1>Budget approved <small>after a long night</small></h1><p>T.</p></article>"
    )
    assert extract(trailing, now=NOW).title == "Budget approved after a long night"


def test_headline_loses_its_separator_and_its_date_line() -> None:
    colon = page(
        "<article><h1><span class='ts-overline'>Distance rules </span><span>: </span>"
        "<span>How firms protect their staff</span></h1><p>Text.</p></article>"
    )
    assert extract(colon, now=NOW).title == "How firms protect their staff"
    dated = page(
        "<article><h1>Spectators return to the clubs<br/><small>02.02.2022 • News</small>"
        "</h1><p>Text.</p></article>"
    )
    assert extract(dated, now=NOW).title == "Spectators return to the clubs"


def test_heading_linking_to_the_front_page_is_the_logo() -> None:
    html = page(
        "<h1><a href='https://www.mag.example/'></a><i>L-Mag</i></h1>"
        "<div class='post'><p>Text of the story.</p></div>",
        head="<title>Memorial day: stones laid in the old town</title>",
    )
    assert extract(html, now=NOW).title == "Memorial day: stones laid in the old town"


def test_ruby_readings_are_not_part_of_the_headline() -> None:
    html = page(
        "<article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt>"
        "<rp>)</rp></ruby>を禁止する</h1><p>本文です。</p></article>",
        lang="ja",
    )
    title = extract(html, now=NOW).title or ""
    assert title.replace(" ", "") == "子どもへの体罰を禁止する"


def test_site_branding_h1_is_not_the_headline() -> None:
    html = page(
        "<header id='masthead'><h1 class='site-title'>My Little Blog</h1></header>"
        "<div class='post'><h2 class='entry-title'>What I learned about bread</h2><p>x</p></div>",
        head="<title>What I learned about bread | My Little Blog</title>",
    )
    assert extract(html, now=NOW).title == "What I learned about bread"


def test_every_filled_field_of_the_article_has_its_evidence() -> None:
    html = page(
        "<article><h1>Headline of the story</h1><p class='byline'>By Jane Doe</p>"
        "<time datetime='2023-12-29'>Dec 29</time><p>The council approved the harbour plan "
        "on Friday after months of debate, with money for sea walls, wetlands and warning "
        "sensors along the whole coast.</p><p>Work starts next spring, officials said, and "
        "residents will be told about each stage of the project.</p></article>",
        head="<meta name='description' content='A teaser.'>"
        "<meta property='article:section' content='World'>"
        "<meta property='article:tag' content='harbour'>"
        "<meta property='og:site_name' content='Ledger'>",
    )
    art = extract(html, now=NOW)
    filled = {
        "title": art.title,
        "authors": art.authors,
        "date_published": art.date_published,
        "description": art.description,
        "language": art.language,
        "section": art.section,
        "tags": art.tags,
        "site_name": art.site_name,
        "body": art.body,
    }
    have = {e.field for e in art.provenance.evidence}
    for name, value in filled.items():
        assert value, name
        assert name in have, f"no evidence for {name}"


def test_seed_like_example_page_models_every_part() -> None:
    art = extract(EXAMPLE.read_bytes(), now=NOW)
    assert art.ai_disclosure.level is newsmeta.AILevel.AI_GENERATED
    assert art.ai_disclosure.label == "Content created by AI"
    assert art.comments == () and art.comments_open is True
    assert {"email", "name", "message"} <= set(art.comment_form_fields)
    assert art.rating is not None and art.rating.value is None
    assert art.rating.rating_count == 0 and art.rating.review_count == 0
    assert "Please enter" not in (art.body or "") and "Looks good" not in (art.body or "")
    assert art.provenance.render_label == "7 months ago"
    assert art.provenance.rendered_earliest == dt.datetime(2024, 7, 11, tzinfo=dt.timezone.utc)


def test_relative_label_is_kept_as_evidence() -> None:
    art = extract(EXAMPLE.read_bytes(), now=NOW)
    (label,) = art.provenance.evidence_for("date_label")
    assert label.raw == "7 months ago" and label.source is SourceKind.VISIBLE_TEXT


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<div class='dates_auteurs'>par <span class='auteurs'>Didier Roy</span>, "
            "21 juin 2018</div>",
            "Didier Roy",
        ),
        (
            "<div class='author'><a class='author-link'>Interview: Julia Lauter</a></div>",
            "Julia Lauter",
        ),
        (
            "<div class='submitted'>Gespeichert von <span class='username'>rasos</span> "
            "am 24. Juli 2017</div>",
            "rasos",
        ),
        ("<div><strong>von</strong> <span>Dennis Kochinky</span></div>", "Dennis Kochinky"),
    ],
)
def test_byline_shapes(markup: str, expected: str) -> None:
    html = page(f"<article><h1>Headline of the story</h1>{markup}<p>Text.</p></article>")
    assert [a.name for a in extract(html, now=NOW).authors] == [expected]


def test_footer_copyright_only_confirms_another_source() -> None:
    footer = "<footer><p>&copy; 2009-2012 Jonathan Krase. Impressum</p></footer>"
    alone = page(f"<article><h1>Headline of the story</h1><p>Text.</p></article>{footer}")
    assert extract(alone, now=NOW).authors == ()
    confirmed = page(
        f"<article><h1>Headline of the story</h1><p>Text.</p></article>{footer}",
        head="<meta name='author' content='Jonathan Krase'>",
    )
    assert [a.name for a in extract(confirmed, now=NOW).authors] == ["Jonathan Krase"]


def test_post_footer_dates_are_read_but_site_footers_are_not() -> None:
    post = page(
        "<div class='post'><h1>Headline of the story</h1><p>Text.</p>"
        "<div class='asset-footer'><span class='date'>Von Christian am 03.05.2013, 11:51</span>"
        "</div></div>",
        lang="de",
    )
    assert extract(post, now=NOW).date_published == dt.datetime(2013, 5, 3, 11, 51)
    site = page(
        "<div class='post'><h1>Headline of the story</h1><p>Text.</p></div>"
        "<div class='site-footer'><span class='date'>Stand: 03.05.2013</span></div>",
        lang="de",
    )
    assert extract(site, now=NOW).date_published is None


def test_metadata_only_extraction_skips_the_content_sources() -> None:
    full = extract(EXAMPLE.read_bytes(), now=NOW)
    meta = extract(EXAMPLE.read_bytes(), now=NOW, content=False)
    assert full.body and full.ai_disclosure.level.value == "ai_generated"
    assert (meta.title, meta.date_published, meta.authors, meta.description) == (
        full.title,
        full.date_published,
        full.authors,
        full.description,
    )
    assert meta.body is None and meta.comments == () and meta.rating is None
    assert meta.ai_disclosure.level.value == "unknown"
    with pytest.raises(newsmeta.ParseError):
        extract("<p>x</p>", content="no")  # type: ignore[arg-type]


def test_metadata_only_in_batches() -> None:
    pages = [(EXAMPLE.read_bytes(), None)]
    (result,) = newsmeta.extract_many(pages, jobs=1, now=NOW, content=False)
    assert result.article is not None and result.article.body is None
    assert result.article.title
