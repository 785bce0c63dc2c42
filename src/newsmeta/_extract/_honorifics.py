"""Titles printed before a writer's name ("Dr. Jane Smith", "Prof. Dr. Max Muster", "Sir
Harold Evans", "Mme Claire Dubois", "dr. Jan de Vries").

The name is kept as printed, its title included. Two shapes of a byline need the title known:
Dutch (and some German and Polish) writers print it in lower case ("Door dr. Jan de Vries",
"mr. drs. Anna Bakker"), which is no capitalised word of a name; and Spanish, French,
Italian and Portuguese put the article before the title after their "by" word ("Por la Dra.
Lucía Romero", "Par le Dr Martin"), where the article is no part of the name.
"""

from __future__ import annotations

import re

__all__ = [
    "lower_titles",
    "without_article_before_title",
]

# The titles written in lower case before a name: Dutch "dr.", "drs.", "mr.", "ir.", "ing.",
# "prof."; German "Dipl.-Ing." is capitalised and needs no entry.
_LOWER_TITLES = frozenset(("dr.", "drs.", "mr.", "ir.", "ing.", "prof.", "dr", "prof", "mag."))
# An article before a title after the "by" word: "la Dra.", "el Dr.", "le Dr", "la Pr",
# "il Prof.", "la Prof.ssa", "o Dr.", "a Dra.", "the Rev.".
_ARTICLE_TITLE = re.compile(
    r"^(?:la|el|le|il|lo|o|a|the)\s+(?=(?:dr|dra|dre|drs|pr|prof|profa|prof\.ssa|dott|"
    r"dott\.ssa|ing|lic|sr|sra|srta|mme|mlle|me|rev|hon)\.?\s+(?-i:[^\W\d_a-z]))",
    re.I,
)


def lower_titles(words: list[str]) -> int:
    """How many of a name's first words are a title written in lower case ("dr.")."""
    count = 0
    for word in words:
        if not word[:1].islower() or word not in _LOWER_TITLES:
            break
        count += 1
    return count


def without_article_before_title(part: str) -> str:
    """``part`` without the article before its title ("la Dra. Lucía Romero" ->
    "Dra. Lucía Romero"); other text as it was."""
    found = _ARTICLE_TITLE.match(part) if part[:1].islower() else None
    return part[found.end() :] if found is not None else part
