"""A comment's lead lines: the writer's name and the day printed above its text.

Old blog themes (WordPress "Kubrick", Movable Type, Blogger's classic layout) print each
comment as an unclassed run of lines: ``<cite>Jane</cite> says:``, then the day as a
permalink, then the text. The name and the day are the comment's metadata, not its words.
"""

from __future__ import annotations

import re

from newsmeta._extract._values import find_text_date_at
from newsmeta._models import DateValue

__all__ = ["SAYS", "SAYS_WORDS", "plain_name", "strip_lead"]

# A "says"-style verb after a commenter's name, a whole word ("Jane says:", "Jan hat
# gesagt…", "Ana dijo...", "Luc a dit…", "Piet zei:", "Ola napisała:"): the forms blog
# systems print in English, German, Spanish, French, Portuguese, Italian, Dutch and Polish.
SAYS = re.compile(
    r"\s*(?<!\w)(?:says|said|writes|wrote|(?:hat\s+)?gesagt|sagt|(?:hat\s+)?geschrieben|"
    r"schrieb|schreibt|meint|dice|dijo|escribi[oó]|a\s+dit|dit|a\s+[ée]crit|diz|disse|"
    r"escreveu|ha\s+detto|ha\s+scritto|scrive|zegt|zei|schreef|schrijft|napisa[łl]a?|pisze)"
    r"\s*(?::|\.{2,}|…)?\s*$",
    re.I,
)
# A word of each of SAYS's verbs: an ASCII text holding none of them (lower-cased) has
# nothing for SAYS to cut, and is not searched.
SAYS_WORDS = (
    "says", "said", "writes", "wrote", "sagt", "schr", "meint", "dice", "dijo", "escribi",
    "dit", "crit", "diz", "disse", "escreveu", "detto", "scritt", "scrive", "zegt", "zei",
    "napisa", "pisze",
)  # fmt: skip

# A note on the writer's standing after the name, printed by comment systems for readers
# with no account: "Jane (not verified)", "Jan (nicht überprüft)", "Luc (non vérifié)",
# "Ana (no verificado)", "Gast"/"guest" marks.
_STATUS = re.compile(
    r"\s*\((?:not\s+verified|unverified|nicht\s+(?:überprüft|verifiziert)|non\s+v[ée]rifi[ée]|"
    r"no\s+verificad[oa]|non\s+verificat[oa]|niet\s+geverifieerd|n[ãa]o\s+verificad[oa]|"
    r"guest|gast|invit[ée]e?|invitad[oa]|ospite|convidad[oa])\)\s*$",
    re.I,
)
_NAME_PUNCT = " \t\n:;,|·•-–—"


def plain_name(text: str) -> str:
    """A commenter's name line without its "says" verb ("Jane says:") and a trailing note
    on the writer's standing ("Jane (not verified)")."""
    if not text.isascii() or any(word in text.lower() for word in SAYS_WORDS):
        text = SAYS.sub("", text)
    if text.rstrip().endswith(")"):
        text = _STATUS.sub("", text)
    return text.strip(_NAME_PUNCT)


_MAX_LEAD = 150  # a lead line is short
_MAX_DATE_LINE = 60
_WORD = re.compile(r"[^\W\d_]{2,}")
_PUNCT = " \t:;,|·•-–—»"


def _date_line(line: str, language: str | None) -> DateValue | None:
    """The day a line prints and little else ("May 3, 2024 at 10:10 am", "Fri, 03.05.2024
    um 10:10 Uhr"): at most two other words around the date."""
    line = line.strip(_PUNCT)
    if not line or len(line) > _MAX_DATE_LINE:
        return None
    found = find_text_date_at(line, language)
    if found is None:
        return None
    if len(_WORD.findall(line[: found[2]] + " " + line[found[3] :])) > 2:
        return None
    return found[0]


def strip_lead(text: str, name: str, language: str | None) -> tuple[str, DateValue | None]:
    """``text`` without the lead lines that repeat its writer's ``name`` ("Jane says:",
    "Jane said…") and the day printed after it (on the same line or the next), and that
    day. A text whose first line is not the name, alone or with a "says" verb or a day,
    is returned as it is: the name line must be followed by more lines."""
    if not name or not text.startswith(name):
        return text, None
    lines = text.split("\n")
    if len(lines) < 2 or len(lines[0]) > _MAX_LEAD:
        return text, None
    rest = lines[0][len(name) :]
    if rest and rest[0].isalnum():
        return text, None  # "Janet …" is no line of "Jan"
    rest = SAYS.sub("", rest) if rest.strip(_PUNCT) else ""
    date = None
    drop = 1
    if rest.strip(_PUNCT):
        date = _date_line(rest, language)
        if date is None:
            return text, None
    elif len(lines) > 2:
        date = _date_line(lines[1], language)
        if date is not None:
            drop = 2
    return "\n".join(lines[drop:]), date
