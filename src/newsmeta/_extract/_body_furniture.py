"""Furniture the body reader leaves out by what other readers of the page found.

Functions here work on the body scorer's flat arrays (document-order node indices, their
subtree ``ends`` and the prefix sums of text ``pre``), never on the tree itself: the scorer
has read the page once and these rules only pick indices out of what it has.
"""

from __future__ import annotations

import re

from newsmeta._extract._words import NEWSROOM_ROLES

__all__ = ["comment_blocks", "paywall_line", "reply_name", "unspaced", "writer_intro"]

# A character of a script written without spaces between words: kana, CJK ideographs.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def unspaced(word: str) -> bool:
    """Whether ``word`` (a run without spaces) is written in Chinese or Japanese: its
    characters each carry about what two or three letters do elsewhere."""
    return _UNSPACED.search(word) is not None


def comment_blocks(found: list[int]) -> list[int]:
    """The comment elements (node indices ``found``, the comment reader's) to leave out of
    the body, in document order (never ``<body>`` itself)."""
    return sorted(k for k in found if k > 0)


# A user handle: one word opening with a letter and holding a digit ("anna77", "mike.2010").
_HANDLE = re.compile(r"[^\W\d_][\w.-]*\d[\w.-]*").fullmatch


def reply_name(text: str) -> bool:
    """Whether ``text`` (the bold line opening a block) can name a reply's writer: it holds
    no digit (a bold time opens a live entry, not a reply), or it is a user handle of one
    word that opens with a letter ("anna77": no time, no date)."""
    if not any(ch.isdigit() for ch in text):
        return True
    return _HANDLE(text.strip()) is not None


# What a paywall says to the reader it stops: the rest is for subscribers, log in or
# subscribe to read on (English, German, French, Spanish, Italian, Portuguese, Dutch and,
# below, seven more languages). Each group's phrases share a word looked for first: most
# lines hold none of them.
_PAYWALL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("subscri", ("already a subscriber", "already subscribed", "subscribers only",
                 "subscriber-only", "exclusive to subscribers", "subscribe to continue",
                 "subscribe to keep reading", "subscribe to read")),
    (" in to ", ("log in to continue", "sign in to continue", "log in to keep reading",
                 "sign in to keep reading", "log in to read", "sign in to read")),
    ("unlock", ("unlock this article",)),
    ("abonn", ("bereits abonnent", "schon abonnent", "bereits abonniert", "nur für abonnenten",
               "exklusiv für abonnenten", "déjà abonné", "réservé aux abonnés",
               "réservée aux abonnés", "abonnez-vous pour", "al abonnee",
               "alleen voor abonnees")),
    ("weiter", ("um weiterzulesen", "jetzt weiterlesen", "weiterlesen mit")),
    ("la suite", ("pour lire la suite",)),
    ("suscr", ("ya eres suscriptor", "ya soy suscriptor", "exclusivo para suscriptores",
                "suscríbete para")),
    ("leyendo", ("para seguir leyendo", "para continuar leyendo")),
    ("abbonat", ("sei già abbonato", "riservato agli abbonati")),
    ("leggere", ("per continuare a leggere",)),
    ("assinante", ("já é assinante", "exclusivo para assinantes")),
    ("lendo", ("para continuar lendo",)),
    # Polish, Swedish, Danish and Norwegian, Czech, Turkish, Finnish; the other languages'
    # "this article is for subscribers" and "to read on".
    ("subskrybent", ("dla subskrybentów",)),
    ("prenumera", ("dla prenumeratorów", "för prenumeranter", "bli prenumerant",
                   "redan prenumerant")),
    ("dalej", ("aby czytać dalej", "żeby czytać dalej")),
    ("vidare", ("för att läsa vidare",)),
    ("videre", ("for å lese videre", "for at læse videre")),
    ("abonnent", ("for abonnenter", "allerede abonnent")),
    ("předplatitel", ("pro předplatitele",)),
    ("abone", ("abonelere özel",)),
    ("tilaaj", ("vain tilaajille", "tilaajille")),
    ("subscribers", ("article is for subscribers", "available to subscribers",
                     "only for subscribers")),
    ("verder", ("om verder te lezen",)),
    ("per continuare", ("abbonati per continuare",)),
    ("continuar a ler", ("para continuar a ler",)),
)  # fmt: skip
assert all(gate in phrase for gate, phrases in _PAYWALL for phrase in phrases)


def paywall_line(low: str) -> bool:
    """Whether a short line (lower-cased) is a paywall's: "Already a subscriber? Log in to
    continue reading", "Nur für Abonnenten", "Déjà abonné ?", "Para seguir leyendo …"."""
    return any(
        gate in low and any(phrase in low for phrase in phrases) for gate, phrases in _PAYWALL
    )


# An author box's heading: "About the author", "Über die Autorin", "Sobre el autor" … (the
# box's text is read whole, so its heading runs into the next line: no word boundary).
_BOX_HEADING = re.compile(
    r"^\W*(?:about the (?:author|writer|reporter)|über (?:den|die) autor(?:in)?|"
    r"sobre (?:el|la) autora?|à propos de l'auteure?|(?:l'|sull')autore?)",
    re.IGNORECASE,
)
_REPORTS = (
    r"has (?:been )?(?:reported|reporting|written|writing|covered|covering) (?:on|about|for|from)\b"
    r"|(?:berichtet|schreibt) seit\b|(?:couvre|a couvert|écrit) (?:depuis|pour)\b"
    r"|(?:cubre|ha cubierto|escribe) (?:desde|para)\b|(?:scrive|segue|ha seguito) (?:da|per)\b"
)
# A writer's introduction: a name of two to four capitalised words, "is" (or "ist", "es",
# "est", "è") and, within a few words, a newsroom role ("Ann Lee is the transport
# correspondent of …", "Anna Beispiel ist Redakteurin im Lokalressort …", "María López es
# periodista …"). A professor's or a minister's closing line names no newsroom role.
_WRITER_INTRO = re.compile(
    r"^[A-ZÀ-Þ][\w'.-]+(?: [A-ZÀ-Þ][\w'.-]+){1,3},? (?:(?:is|was|ist|war|es|est|è|é) "
    r"(?:[\w-]+ ){0,5}?(?i:(?:senior |chief |staff |freelance )?(?:" + NEWSROOM_ROLES + r")s?)\b"
    # ... or a reporter's verb and what it covers or since when ("Ann Lee has reported on
    # the coast for …", "Anna Beispiel berichtet seit …", "María López escribe desde …").
    r"|" + _REPORTS + r")"
)
MAX_WRITER_BOX = 800


def writer_intro(text: str) -> bool:
    """Whether a short closing block's text (at most 800 characters) introduces the writer:
    it opens with an author box's heading, or with the writer's name and a newsroom role."""
    text = text.strip()
    if len(text) > MAX_WRITER_BOX:
        return False
    return _BOX_HEADING.match(text) is not None or _WRITER_INTRO.match(text) is not None
