"""Dates a line schedules rather than dates it was written: a deadline or a validity end
("Offer valid until 30 June 2024", "Gültig bis 30.06.2024", "Application deadline: …") and
an event's slot, a date followed by a time range ("30. März 2024, 13:15 Uhr - 19:00 Uhr",
"Thursday, March 28, 2024, 1:00 PM – 7:00 PM"), and a life's events on a death notice or
an obituary card ("Died peacefully on 21 February 2024", "gest. 17.02.2024", "† 18.02.2024",
"Obsèques le 1er mars 2024", "June 4, 1931 – February 20, 2024"). None is when the page
was published.
"""

from __future__ import annotations

import re

__all__ = ["scheduled"]

# The words that end a deadline's or a validity's lead, right before its date.
_DEADLINE_LEAD = re.compile(
    r"(?:\buntil|\btill|\bvalid(?:\s+(?:through|thru|to))?|\bexpir(?:es|y|ing)(?:\s+on)?|"
    r"\bdeadline|\bclosing\s+date|\bends?(?:\s+on)?|\bdue(?:\s+(?:by|on))?|"
    r"\bbis(?:\s+(?:zum|einschließlich|spätestens))?|\bgültig(?:\s+bis)?|frist|(?:anmelde|einsende|melde|bewerbungs|annahme)schluss|"
    r"\bjusqu'(?:au|à)|\bvalable(?:\s+jusqu'(?:au|à))?|\bdate\s+limite|\bhasta(?:\s+el)?|"
    r"\bv[áa]lid[oa](?:\s+hasta)?|\bfecha\s+l[íi]mite|\bscadenza|\bentro\s+il|\bfino\s+al|"
    r"\bgeldig\s+tot|\btot\s+en\s+met|\bat[ée]\s+(?:o\s+dia\s+)?)"
    r"(?:\s+(?:the|le|el|o|il|den|dem))?\s*:?\s*$",
    re.I,
)
# The words that lead a date of a life's events (a death, a birth, a funeral), in the
# languages whose dates are read; a few words may come between ("Died peacefully at home
# on", "Funeral at Holy Trinity on"). Also a year and a dash: a life's span's second date.
_LIFE_LEAD = re.compile(
    r"(?:\b(?:died|passed\s+away|funeral|memorial\s+service|burial|interment|visitation|"
    r"gestorben|verstorben|entschlafen|beerdigung|beisetzung|trauerfeier|trauergottesdienst|"
    r"d[ée]c[ée]d[ée]e?|obs[èe]ques|inhumation|fun[ée]railles|falleci[óo]|sepelio|velatorio|"
    r"scompars[oa]|mort[oa]|esequie|funerale|overleden|uitvaart|begrafenis|faleceu|vel[óo]rio|"
    r"sepultamento)(?:\s+[\w'’.]+){0,3}?(?:\s+(?:on|am|le|el|il|op|em|the))?|"
    r"\bservices?\s*:|\bgest\.|†|(?<![\w*])\*|(?<!\d)(?:1[89]|20)\d\d\s*[-–—])\s*:?\s*$",
    re.I,
)
# A clock time: "13:15", "9.15", "09h15", "1:00 PM", "7 pm", "19 Uhr".
_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|[ap]\.?\s?m\.?)?"
# After the date: a time range ("13:15 Uhr - 19:00 Uhr", "1:00 PM – 7:00 PM").
_SLOT_AFTER = re.compile(
    r"\s*[,|·]?\s*(?:(?:um|at|à|alle|a\s+las|from|von|de)\s+)?"
    r"\d{1,2}[:.h]\d{2}\s*(?:uhr|h|[ap]\.?\s?m\.?)?\s*(?:[-–—]|bis|to|till|until|à|a)\s*" + _CLOCK,
    re.I,
)
# After a date read with its time ("30. März 2024, 13:15 Uhr"): the range's end alone.
_UNTIL_CLOCK = re.compile(
    r"\s*(?:[-–—]|bis|to|till|until)\s*\d{1,2}(?:[:.h]\d{2}\s*(?:uhr|h)?|\s*(?:uhr|[ap]\.?\s?m\.?))",
    re.I,
)
_LEAD_REACH = 40
_SLOT_REACH = 48


def scheduled(text: str, start: int, end: int, timed: bool = False) -> bool:
    """Whether the date at ``text[start:end]`` (read with its time of day when ``timed``)
    is a deadline, an event's slot or a life's event."""
    if _DEADLINE_LEAD.search(text, max(0, start - _LEAD_REACH), start) is not None:
        return True
    if _LIFE_LEAD.search(text, max(0, start - _LEAD_REACH), start) is not None:
        return True
    tail = text[end : end + _SLOT_REACH]
    if not tail or not any(ch.isdigit() for ch in tail):
        return False
    if timed and _UNTIL_CLOCK.match(tail) is not None:
        return True
    return _SLOT_AFTER.match(tail) is not None
