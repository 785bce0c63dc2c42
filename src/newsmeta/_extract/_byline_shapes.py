"""Byline shapes that put the name before its marker, or a login beside the full name.

- Turkish and Japanese print the writer's marker after the names ("Elif Kaya tarafından
  yazıldı", "山田太郎 著"); German and Spanish datelines put the place first ("Aus Hamburg
  berichtet Jana Keller", "Desde Madrid informa Ana Gil"); an English byline may open with
  "From" before a name ("From Ama Boateng"), where "From Kyiv" or "From New York" names the
  place. Each is rewritten to the plain "By …" line the byline grammar reads.
- A mailing-list archive prints the message's header: "From: Pedro Alvarez <pedro@…>".
- A forum or blog platform prints the member's login beside the displayed full name
  ("mbrandt" and "Mira Brandt"): the full name is the byline.
- A writer known by a fediverse handle alone ("By @jane@mastodon.social"): the handle, as
  printed, is the byline (no mail address, and no name to print instead).
- A dated line whose "by" word comes after a clause of prose ("Verona, 4 giugno 2024 –
  Valdoro ha inaugurato il nuovo stabilimento di Verona"): a press release's dateline, not
  a credit line (``prose_gap``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FROM_LABELS",
    "fediverse_handle",
    "is_login",
    "login_of",
    "mail_sender",
    "names_first",
    "place_shaped",
    "postposed",
    "prose_gap",
]

# The names, then the marker, then at most one word (Turkish "yazıldı", "hazırlandı"), and
# nothing else: a sentence with "tarafından" in it runs on.
_AFTER_NAMES = re.compile(
    r"^(?P<names>[^|·•:;]{2,80}?)\s*(?:\btarafından|著)(?:\s+[^\W\d_]{2,20})?\s*\.?$"
)
# "Aus Hamburg berichtet …", "Aus Brüssel berichten …", "Desde Madrid informa …": a place
# of one to three capitalised words after the preposition, then the verb.
_PLACE_VERB = re.compile(
    r"^(?:Aus|Von|Desde|De|From)\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}"
    r"(?:berichte[nt]|meldet|melden|informan?|reports?)\s+(?=[A-ZÀ-ÖØ-Þ])"
)
# "From Ama Boateng", "From Kwame Mensah in Accra": two or three capitalised words, up to
# the line's end, a comma or "in".
_FROM_NAME = re.compile(
    r"^From\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})(?=\s*$|\s*,|\s+in\s)"
)
# The words that open or close a place's name ("New York", "San Francisco", "Salt Lake
# City", "Long Beach") and the desk words ("From Our Correspondent", "From Staff"): after
# "From", such a pair is where, not who.
_PLACE_FIRST = frozenset(
    "new san santa santo são sao los las la le el al saint st sankt port fort mount mt lake "
    "cape north south east west upper lower greater hong rio buenos costa puerto kuala tel "
    "abu our the staff wire agency".split()
)
_PLACE_LAST = frozenset(
    "city island islands beach bay valley county springs falls heights park hills coast "
    "province state kong york jersey zealand africa america arabia korea republic".split()
)


def names_first(text: str) -> str:
    """``text`` as a "By …" line when its names stand before the marker or after a place."""
    if "tarafından" in text or "著" in text:
        found = _AFTER_NAMES.match(text)
        if found is not None:
            return "By " + found.group("names")
    first = text[:1]
    if first in "ADF":
        found = _PLACE_VERB.match(text)
        if found is not None:
            return "By " + text[found.end() :]
        found = _FROM_NAME.match(text) if first == "F" else None
        if found is not None:
            if not place_shaped(found.group("name")):
                return "By " + text[5:]
            if found.end() == len(text):
                return ""  # "From New York": the place alone, no byline
    return text


def postposed(text: str) -> bool:
    """Whether a short line names its writers before a marker that follows them."""
    return ("tarafından" in text or "著" in text) and _AFTER_NAMES.match(text) is not None


def place_shaped(name: str) -> bool:
    """Whether a capitalised pair reads as a place ("New York", "San José", "Salt Lake City",
    "Buenos Aires"): its first or last word is a place's."""
    words = name.casefold().split()
    return bool(words) and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST)


def is_login(name: str) -> bool:
    """Whether a name is a member's login ("mbrandt", "okonkwo_t", "lucie.b", "rgallo77"):
    one token, written in lower case or with a digit, an underscore or a dot."""
    if " " in name or len(name) < 3:
        return False
    return name.islower() or any(ch.isdigit() or ch in "_." for ch in name)


# A class that says its element prints the member's displayed name.
_NAME_CLASS = re.compile(r"full-?name|real-?name|display-?name|screen-?name|(?:^|\s)nom(?:$|\s)")
_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if ch.isalpha() and ch.isascii())


def login_of(login: str, full: str, cls: str | None) -> bool:
    """Whether ``full`` is the displayed name of the member whose login is ``login``: its
    element's class says so, or the login holds one of its words of three letters or more
    ("mbrandt" and "Mira Brandt", "kmueller" and "Karin Müller")."""
    if cls and _NAME_CLASS.search(cls.lower()) is not None:
        return True
    key = _letters(login)
    for word in full.split():
        for form in {_letters(word), _letters(word.casefold().translate(_FOLDS))}:
            if len(form) >= 3 and form in key:
                return True
    return False


# The sender's label of a message header in the languages we read ("From", "Von", "De",
# "Da", "Från", "Fra", "Van", "Od", "От").
FROM_LABELS = frozenset({"from", "von", "de", "da", "från", "fra", "van", "od", "от"})
# "From: Name <address>", "From: \"Surname, Given\" <address>", "From: Name (address)",
# "From: Name address at host": the sender, then its address.
_MAIL_FROM = re.compile(
    r"^(?P<label>[^\W\d_]{2,4})\s*:\s*[\"'“]?(?P<name>[^<>()\[\]\"“”@:]{2,60}?)[\"'”]?\s*"
    r"(?:<[^<>\s@]+@[^<>\s]+>|\([^()\s@]+@[^()\s]+\)|\[mailto:[^\]]+\]|"
    r"[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)+)\s*$"
)


def mail_sender(line: str) -> str | None:
    """The sender's name of a message header's "From:" line, written given name first."""
    found = _MAIL_FROM.match(line) if ":" in line else None
    if found is None or found.group("label").casefold() not in FROM_LABELS:
        return None
    name = found.group("name").strip()
    if name.count(",") == 1:
        last, given = (part.strip() for part in name.split(","))
        name = f"{given} {last}"
    return name or None


# "@user@instance.tld": a fediverse account (Mastodon and the servers like it).
_MAX_HANDLE = 100
_FEDIVERSE = re.compile(r"@[A-Za-z0-9_][\w.\-]{0,63}@[\w\-]+(?:\.[\w\-]+)+")


def fediverse_handle(text: str) -> str | None:
    """The fediverse handle that is all of ``text`` ("@jane@mastodon.social"), or None."""
    text = text.strip(" .,;:|·•-–—()")
    if text[:1] != "@" or len(text) > _MAX_HANDLE:
        return None
    return text if _FEDIVERSE.fullmatch(text) is not None else None


# A credit line puts its "by" word right after the date ("Posted on 3 May 2024 at 10:15 by
# …", "Pubblicato il 02/09/2020 da …"); four lower-case words between them are a sentence.
_PROSE_WORDS = 4


def prose_gap(gap: str) -> bool:
    """Whether the text between a line's date and its "by" word is a clause of prose."""
    count = 0
    for word in gap.split():
        if word.isalpha() and word[0].islower():
            count += 1
            if count >= _PROSE_WORDS:
                return True
    return False
