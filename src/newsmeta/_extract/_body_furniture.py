"""Furniture the body reader leaves out by what other readers of the page found.

Functions here work on the body scorer's flat arrays (document-order node indices, their
subtree ``ends`` and the prefix sums of text ``pre``), never on the tree itself: the scorer
has read the page once and these rules only pick indices out of what it has.
"""

from __future__ import annotations

import re

__all__ = ["comment_blocks", "paywall_line", "unspaced"]

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


# What a paywall says to the reader it stops: the rest is for subscribers, log in or
# subscribe to read on (English, German, French, Spanish, Italian, Portuguese, Dutch).
_PAYWALL = (
    "already a subscriber", "already subscribed", "subscribers only", "subscriber-only",
    "exclusive to subscribers", "subscribe to continue", "subscribe to keep reading",
    "subscribe to read", "log in to continue", "sign in to continue", "log in to keep reading",
    "sign in to keep reading", "log in to read", "sign in to read", "unlock this article",
    "bereits abonnent", "schon abonnent", "bereits abonniert", "nur für abonnenten",
    "exklusiv für abonnenten", "um weiterzulesen", "jetzt weiterlesen", "weiterlesen mit",
    "déjà abonné", "réservé aux abonnés", "réservée aux abonnés", "pour lire la suite",
    "abonnez-vous pour", "ya eres suscriptor", "ya soy suscriptor", "exclusivo para suscriptores",
    "para seguir leyendo", "para continuar leyendo", "suscríbete para", "sei già abbonato",
    "riservato agli abbonati", "per continuare a leggere", "já é assinante",
    "exclusivo para assinantes", "para continuar lendo", "al abonnee", "alleen voor abonnees",
)  # fmt: skip


def paywall_line(low: str) -> bool:
    """Whether a short line (lower-cased) is a paywall's: "Already a subscriber? Log in to
    continue reading", "Nur für Abonnenten", "Déjà abonné ?", "Para seguir leyendo …"."""
    return any(phrase in low for phrase in _PAYWALL)
