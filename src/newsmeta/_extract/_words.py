"""Word-list patterns compiled as prefix trees.

Python's ``re`` tries the branches of an alternation one after another at every position,
so a list of 70 words costs 70 failed comparisons per character. Factoring the words by
their shared prefixes ("auth|autor" -> "aut(?:hor|or)") lets one comparison of the first
letter dismiss most branches: the same matches, about 2.5 times faster on class names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "COMMENT_HEADINGS",
    "COMMENT_MEASURE",
    "COMMENT_NOUNS",
    "COMMENT_PLURALS",
    "COMMENT_STEMS",
    "NEWSROOM_ROLES",
    "NOT_SITE_LABELS",
    "collapse_spaces",
    "drop_invisible",
    "drop_taxonomy",
    "word_pattern",
]

# Host labels that never name the site ("www.", "m.", "co.uk", "blog.", "news."): one list for
# every reader that takes a site's name from its host.
NOT_SITE_LABELS: frozenset[str] = frozenset(
    {"www", "www2", "m", "amp", "mobile", "co", "com", "org", "net", "gov", "ac", "edu", "blog",
     "blogs", "news", "web"}
)  # fmt: skip

# The word "comment" in the languages whose markup we read, singular and plural, as class
# and id names spell it (lower case). Every reader of comment markup takes its words from
# here: the page index's hints, the body's exclusions and the comments source.
_COMMENT_FORMS = {
    "comment": "comments",  # English
    "kommentar": "kommentare",  # German, Scandinavian
    "comentario": "comentarios",  # Spanish
    "comentário": "comentários",  # Portuguese
    "commentaire": "commentaires",  # French
    "commento": "commenti",  # Italian
    "reactie": "reacties",  # Dutch
    "komentarz": "komentarze",  # Polish
    "komentář": "komentáře",  # Czech
    "komentár": "komentáre",  # Slovak
    "komentar": "komentari",  # Croatian, Serbian, Slovene, Indonesian, Malay (and ASCII forms)
    "comentariu": "comentarii",  # Romanian
    "comentari": "comentaris",  # Catalan
    "hozzaszolas": "hozzaszolasok",  # Hungarian (hozzászólás)
    "yorum": "yorumlar",  # Turkish
}
# The abbreviation of Chinese, Korean and Vietnamese templates ("cmt-item", "cmt_list"),
# only where it opens a word: "changecmt" (a notice about the comment policy) is none.
_CMT = r"(?<![a-z])cmt"
COMMENT_NOUNS: tuple[str, ...] = (*_COMMENT_FORMS, _CMT)
"""The singular forms ("comment", "kommentar", "reactie" …), as patterns."""
# "talkbacks" names a section of comments (Hebrew news sites' English class names); the
# singular is no comment: some sites class the whole widget "talkback".
COMMENT_PLURALS: tuple[str, ...] = (*_COMMENT_FORMS.values(), _CMT + "s", "talkbacks")
"""The plural forms ("comments", "kommentare", "reacties" …)."""
COMMENT_STEMS: tuple[str, ...] = (
    "comment",
    "komment",
    "coment",
    "reactie",
    "koment",
    "hozzaszol",
    "yorum",
    "talkback",
    "cmt",
)
"""Substrings that find every form above in a class or id ("post-comments", "kommentarliste")."""

# The word "comments" as a heading or a count prints it ("3 تعليقات", "תגובות", "टिप्पणियाँ",
# "ความคิดเห็น", "Bình luận", "Komentar", "コメント", "3 条评论", "Komentáře", "Hozzászólások",
# "Comentarii", "Comentaris") in Arabic, Hebrew, Hindi, Thai, Vietnamese, Indonesian and
# Malay, Japanese, Chinese, Czech and Slovak, Croatian and Serbian, Hungarian, Romanian and
# Catalan, and ("Комментарии", "Коментарі", "Komentarze", "Yorumlar", "Σχόλια",
# "Kommentarer", "Kommentit", "댓글") Russian, Ukrainian, Polish, Turkish, Greek, Swedish,
# Danish and Norwegian, Finnish, Korean, with the case forms a count takes ("5 komentářů",
# "5 komentara", "5 комментариев", "5 komentarzy"). A regex fragment (case-insensitive
# use) for every reader of visible comment headings and counts.
COMMENT_HEADINGS = (
    r"(?:التعليقات|تعليقات|תגובות|टिप्पणियाँ|टिप्पणियां|टिप्पणी|ความคิดเห็น|bình\s+luận|"
    r"komentar(?:i|a|e|ji|jev)?|koment[aá]r(?:e|ov|a)?|komentáře|komentářů|коментари|коментара|"
    r"hozzászólás(?:ok)?|comentarii|comentariu|comentaris?|コメント|评论|評論|留言|"
    r"комментари(?:и|ев|я|й)|комментарий|коментар(?:і|ів|я)?|komentarz(?:e|y)?|"
    r"yorum(?:lar|u)?|σχόλια|σχόλιο|kommentarer|kommentit|kommenttia?|댓글)"
)
# A count's measure word between the number and "comments" in Chinese, Japanese and
# Korean ("3 条评论", "3件のコメント", "3개의 댓글").
# A writer's newsroom role, as a line about the writer names it ("Ann Lee is the transport
# correspondent", "… ist freie Journalistin", "… es periodista"): one list for the author box
# that closes a story (the body leaves it out) and the tagline that names the writer (bylines).
# An alternation to embed in a pattern that matches it case-insensitively.
NEWSROOM_ROLES = (
    r"correspondent|reporter|journalist|writer|editor|columnist|contributor|freelancer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalistin|reporterin|volontär(?:in)?|"
    r"autor(?:in)?|periodista|redactora?|corresponsal|columnista|journaliste|"
    r"r[ée]dact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|giornalista|redattrice|"
    r"redattore|corrispondente|jornalista|rep[óo]rter"
)
COMMENT_MEASURE = r"(?:\s*(?:条|條|則|件の|개의)\s*|\s+)"


_Node = dict[str, "_Node"]


def _branch(node: _Node) -> str:
    alternatives = [re.escape(ch) + _branch(sub) for ch, sub in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        # A word ends here and longer ones go on: what follows is optional.
        return "(?:" + body + ")?"
    return body


def word_pattern(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern matching any of ``words`` (plain strings, not regexes) anywhere."""
    trie: _Node = {}
    for word in words:
        if not word:
            raise ValueError("empty word")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_branch(trie), flags)


# WordPress and similar CMSs add the post's terms to its class ("category-popular",
# "tag-comments", "format-video"): labels of the content, not what the element is.
_TAXONOMY = re.compile(r"(?<!\S)(?:category|tag|post_tag|format|status|type)-\S*")


def drop_taxonomy(key: str) -> str:
    """``key`` (a class/id string) without CMS taxonomy tokens such as ``category-news``."""
    return _TAXONOMY.sub(" ", key) if "-" in key else key


# Line-breaking hints that are not text: soft hyphen, zero-width space, word joiner, BOM.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"


def drop_invisible(text: str) -> str:
    """``text`` without soft hyphens and zero-width spaces ("Mit\u00adtel" -> "Mittel").

    The characters found are deleted by ``str.replace``, one call each: ``str.translate``
    with a deletion table looks every character of a non-ASCII text up in a dict, some
    50 times slower on a page's text (about 1 ms for 20,000 characters)."""
    if not text.isascii():
        for ch in _INVISIBLE_CHARS:
            if ch in text:
                text = text.replace(ch, "")
    return text


_SPACE = re.compile(r"\s")
_CHUNK = 1 << 16


def collapse_spaces(text: str) -> str:
    """``" ".join(text.split())``: whitespace runs to one space, ends trimmed.

    A long text is collapsed in slices cut at whitespace: ``split()`` on the whole of it
    builds one string object per word (about 12x the text for a 19 MB paragraph), and so
    does ``re.sub``; slice by slice the extra memory stays near one copy of the text.
    """
    size = len(text)
    if size <= _CHUNK:
        return " ".join(text.split())
    parts: list[str] = []
    start = 0
    while start < size:
        cut = _SPACE.search(text, min(start + _CHUNK, size))
        end = size if cut is None else cut.start()
        part = " ".join(text[start:end].split())
        if part:
            parts.append(part)
        start = end
    return " ".join(parts)
