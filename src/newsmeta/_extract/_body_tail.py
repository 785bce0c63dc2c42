"""Furniture that closes a story's text on sports and markets pages (private helper of
``_body_lines.py``): a match's team sheet and a markets desk's investment disclaimer.

Both are read only on the last lines of the text, by substring and split tests (no regex of
alternatives over the text).
"""

from __future__ import annotations

import re

__all__ = ["investment_disclaimer", "team_sheet"]

# A team sheet: eleven players (or a squad) in one line, split by semicolons, commas and
# dashes between the lines of the formation ("Grant; Miles, Pike, Okoro, Hale; Adeyemi …",
# "Kraus – Lehmann, Vogt – …"); every part one to three capitalised words, nothing else.
_SHEET_SPLIT = re.compile(r"\s*[;,]\s*|\s+[–—-]\s+")
_MIN_SHEET_PARTS = 7
_MAX_SHEET_LINE = 400
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "di", "dos", "el", "al", "ter"})


def _player(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 3:
        return False
    for w in words:
        if w in _PARTICLES:
            continue
        if not (w[0].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()):
            return False
    return True


def team_sheet(line: str) -> bool:
    """Whether a line is a team's line-up: at least seven capitalised names split by
    ``;`` ``,`` or a dash, with no sentence around them."""
    if len(line) > _MAX_SHEET_LINE or line.endswith((".", "!", "?", ":")):
        return False
    if ";" not in line and "," not in line:
        return False
    parts = _SHEET_SPLIT.split(line.strip())
    return len(parts) >= _MIN_SHEET_PARTS and all(_player(p) for p in parts)


# What a markets desk's disclaimer names (lower-cased) ...
_ADVICE = (
    "investment advice", "financial advice", "investment recommendation", "anlageberatung",
    "anlageempfehlung", "conseil en investissement", "recommandation d'investissement",
    "recomendación de inversión", "asesoramiento financiero", "consulenza finanziaria",
    "raccomandazione di investimento", "aconselhamento financeiro",
    "recomendação de investimento", "beleggingsadvies", "rekomendacji inwestycyjnej",
    "porady inwestycyjnej", "investeringsrådgivning", "investeringsrådgiv",
    "yatırım danışmanlığı", "yatırım tavsiyesi", "投資勧誘", "投資助言",
)  # fmt: skip
# ... and the negation it is written with ("does not constitute", "Keine", "ne … pas").
_NEGATIONS = (
    " not ", "n't ", "keine", "kein ", "nicht", " pas ", " no ", "no ", " non ", "non ",
    " não ", "geen", " nie ", " inte ", " ikke ", "değil", "ではありません", "ものではない",
)  # fmt: skip
_MAX_DISCLAIMER_LINE = 300


def investment_disclaimer(line: str) -> bool:
    """Whether a short line is an investment disclaimer ("This article does not constitute
    investment advice", "Keine Anlageberatung", "… ne constitue pas un conseil en
    investissement")."""
    if len(line) >= _MAX_DISCLAIMER_LINE:
        return False
    low = line.lower()
    return any(a in low for a in _ADVICE) and any(n in low for n in _NEGATIONS)
