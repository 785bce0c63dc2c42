"""The "by" words that are also surname particles: Italian "Di", Portuguese and Spanish "De"
and "Da" (German "Von" has its own rule: German writes the particle in lower case).

At the start of a byline, "Di Giulia Bianchi" is "by Giulia Bianchi" while "Di Battista" is a
surname; "De Ana Costa" is "by Ana Costa" while "De La Fuente" is a surname. One grammar
decides: the word is the "by" word when a full name follows it (a given name that is no
particle itself, then at least one more capitalised word, lower-case particles allowed
between: "Di Marco de Santis"), and part of the name when a single word follows it and ends
the line.
"""

from __future__ import annotations

import re

__all__ = [
    "by_before_name",
    "is_particle_surname",
]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚ"
# The particles that may open a surname after the "by" word ("De La Fuente", "Von Der
# Leyen"): after one of them, the word is the name's.
_NAME_PARTICLES = (
    r"(?:la|las|los|le|les|lo|der|den|dem|des|del|della|dello|degli|dei|van|von|vom|zu|zur|"
    r"di|de|da|do|dos|das|du|ten|ter|el|al)"
)
_BY_BEFORE_NAME = re.compile(
    rf"^(?-i:Di|De|Da)\s+(?=(?i:(?!{_NAME_PARTICLES}\b))[{_UPPER}][^\W\d_]*[\w'’.\-]*\s+"
    rf"(?:(?-i:[a-zà-ÿ]{{1,5}})\s+)*[{_UPPER}])"
)
# "Di Battista": the particle and one capitalised word, the whole line; not the desk ("Di
# Redazione"). "De"/"Da" and one word stay with the dateline's place rule ("De Lisboa", "Da
# Roma" are where a story was filed, and read like "De Vries"); German "Von" and one word is
# "by" the outlet or a surname ("Von Eurosport", "Von dpa"), as German writes the surname's
# particle in lower case ("von Weizsäcker").
_PARTICLE_SURNAME = re.compile(
    rf"^(?-i:Di)\s+(?!(?i:redazione|redaktion|redactie)\b)"
    rf"[{_UPPER}][^\W\d_]*[\w'’\-]*$"
)


def by_before_name(text: str) -> str:
    """Write a leading "Di"/"De"/"Da" that opens a full name as "By" ("Di Giulia
    Bianchi" → "By Giulia Bianchi"); any other text comes back unchanged."""
    if len(text) < 8 or text[:1] != "D":
        return text
    return _BY_BEFORE_NAME.sub("By ", text, count=1)


def is_particle_surname(text: str) -> bool:
    """True for a line that is "Di" and a single capitalised word ("Di Battista")."""
    return text[:1] == "D" and _PARTICLE_SURNAME.match(text) is not None
