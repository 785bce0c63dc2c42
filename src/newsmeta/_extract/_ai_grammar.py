"""Reading one visible text as an AI disclosure: a small grammar over sentence parts.

:func:`read` takes the text of one short element (a banner, label, byline, note, caption,
summary box, or a body paragraph) and its placement, and returns one :class:`Reading` per
statement it makes about *this* page: what part it is about (scope), the verb (generated /
assisted / translated / summarised), the agent, negation and the review clause.

A sentence is a statement only when it names an agent, a verb of making (or is a badge or
a bot byline), and is not a hedge, a conditional, a policy or reported speech. In body
prose ("inline") the subject must carry deixis ("this article", "we used"); a caption
speaks of its image unless it says "this article". Plural and indefinite subjects ("73
AI-generated articles", "an AI-generated image") are news about AI, not statements.
"""

from __future__ import annotations

import re

import attrs

from newsmeta._extract import _ai_forms, _ai_words
from newsmeta._extract import _ai_lexicon as lx
from newsmeta._extract._ai_denial import UNDISCLOSED
from newsmeta._extract._ai_subject import others_act, others_use, own_use
from newsmeta._models import AIInvolvement

__all__ = [
    "MAX_TEXT",
    "Reading",
    "language_of",
    "present_hints",
    "read",
    "review_of",
    "short_word",
    "strong_hint",
    "word_count",
]

_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_N = AIInvolvement.NONE

MAX_TEXT = 1200
"""Longer texts are not read (a disclosure is short; the cap keeps regex work bounded)."""
_MAX_SENTENCES = 12
_LABEL_WORDS = 7
_BARE_WORDS = 10
_HEAD_WORDS = 3

_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=\S)|(?<=[。！？；])\s*(?=\S)|\s+[|·•—–/]\s+|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_USE = re.compile(
    r"\b(?:used|employed|utili[sz]ed|relied|eingesetzt|verwendet\w*|genutzt|benutzt|"
    r"zum\s+einsatz|unter\s+(?:dem\s+)?einsatz|"
    r"nutzten|setzten|utiliz\w+|usad[oa]s?|usamos|usaram|usou|empleamos|emplead[oa]s?|"
    r"utilis\w+|servi|sirvi[óo]|serviu|servit[oa]|recurrimos|recorremos|usat[oaie]|utilizzat[oaie]|impiegat[oaie]|gebruikt|gebruik\s*gemaakt|"
    r"ingezet|wykorzyst\w+|użyci\w+|użyt\w+|za\s+pomocą|z\s+użyciem|korzysta\w*|"
    r"použit\w*|využit\w*|využil\w*|pomocí|använd\w*|brugt|anvendt|brug\s+af|brukt|benyttet|"
    r"bruk\s+av|använt|använde|kullan\w+|yararlan\w+|использ\w+|применен\w*|використ\w+|застосуван\w+)\b"
    r"|使用|活用|利用|使って|用い|采用|採用|运用|運用|활용|사용|이용",
    re.I,
)
_USE = lx.first_char_gated(re.compile(_USE.pattern + "|" + lx.USE_MORE, re.I))
# (an "AI info" label names no maker: AI took part)
_ASSIST_BADGE = re.compile(r"assist|support|aided|unterst|gest[üu]tzt|\binfo\b", re.I)
_CJK_PERSON_WRITER = re.compile(_ai_forms.CJK_PERSON_WRITER)
_QUOTES = '"“”„«»'
_LABEL_PLACEMENTS = frozenset({"banner", "label", "byline", "note", "summary", "caption"})
_NOTE_PLACEMENTS = frozenset({"banner", "label", "note"})
# a short paragraph whose subject may be someone else (a label, an italic end note)
_SHORT_PLACEMENTS = frozenset({"label", "note"})


@attrs.frozen(kw_only=True)
class Reading:
    """What one statement says (the evidence a signal carries)."""

    scope: str
    involvement: AIInvolvement
    reviewed: bool | None
    negated: bool
    agent: str | None
    model: str | None
    language: str
    deixis: bool
    text: str


def short_word(text: str, word: str) -> bool:
    """Whether a short capitalised word ("AI", "KI", "IA", "Bot") may occur as a word.

    Texts of adjacent elements arrive glued ("…budgetAICouncil…"), so a lower-case letter
    before or a capitalised word after still counts; an all-capitals word ("SOFIA",
    "MEEDIA", "HOAI") does not. "Bot" may end a word ("NewsBot") but not start one
    ("Bottom", "Botschaft"). A pre-check only: the grammar decides.
    """
    size = len(word)
    start = text.find(word)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + size : start + size + 1] or " "
        following = text[start + size + 1 : start + size + 2] or " "
        before_ok = size > 2 or not _letter_of(before, word) or before.islower()
        after_ok = (
            not _letter_of(after, word)
            or (after.isupper() and following.islower())
            or (after == "s" and not following.isalpha())
        )
        if before_ok and after_ok:
            return True
        start = text.find(word, start + size)
    return False


_SHORT_HINTS = frozenset({"AI", "KI", "IA", "Bot", "ИИ", "ШІ"})


def _letter_of(char: str, word: str) -> bool:
    """Whether ``char`` is a letter of the same script as ``word`` (Latin or Cyrillic): a
    Chinese, Japanese or Korean letter next to "AI" ("由AI生成", "AI가") is no part of it."""
    if not char.isalpha():
        return False
    cyrillic = "\u0400" <= word[0] <= "\u052f"
    if cyrillic:
        return "\u0400" <= char <= "\u052f"
    return char < "\u0250"


# ----------------------------------------------------------------------------- hint search
# A text is searched for every hint of the lexicon with ``in`` (C speed), but a short
# needle ("AI", "KI", "IA") is slow to search for: the search can skip only a letter or two
# at a time. Every hint holding a capital "I" is instead told from the letters around the
# text's capital I's (found with one ``find`` each, at memchr speed): "AI" is in the text
# exactly when an "A" stands before one of them, "RTIFICI" only when a "T" stands before
# one and an "F" after it (then it is searched for). A hint in another script is searched
# for only when its first letter of that script is in the text (one ``in`` of a character).
_MAX_CAPITAL_I = 48
"""Capital I's read one by one, and one more for every 32 characters of a longer text (each
costs about what a needle search spends on 30 characters); a text with more is searched
needle by needle."""


def _around_capital_i(text: str) -> tuple[set[str], set[str]] | None:
    """The characters right before and right after each capital "I" of ``text``; None when
    it has more than :data:`_MAX_CAPITAL_I` of them (or one for every 32 characters)."""
    before: set[str] = set()
    after: set[str] = set()
    find = text.find
    at = find("I")
    count = 0
    most = max(_MAX_CAPITAL_I, len(text) // 32)
    while at >= 0:
        count += 1
        if count > most:
            return None
        if at:
            before.add(text[at - 1])
        after.add(text[at + 1 : at + 2])
        at = find("I", at + 1)
    return before, after


def _i_gate(needle: str) -> tuple[str, str, bool] | None:
    """What a needle holding a capital "I" needs around its first one: the character before
    ("" at the start), the one after ("" at the end), and whether the two decide it alone
    (a two-letter needle); None for a needle without a capital I."""
    at = needle.find("I")
    if at < 0:
        return None
    return needle[at - 1 : at] if at else "", needle[at + 1 : at + 2], len(needle) == 2


def _script_gate(needle: str) -> str:
    """The first character of ``needle`` outside ASCII (searched for first), else ""."""
    return next((c for c in needle if not c.isascii()), "")


_FIRST_GATES = tuple((n, _i_gate(n), n in _SHORT_HINTS, _script_gate(n)) for n in lx.HINT_FIRST)
_SCRIPT_GATES = tuple((n, _script_gate(n)) for n in lx.HINT_FIRST_SCRIPTS)
_NEEDLE_GATES = tuple((n, _script_gate(n)) for n in lx.HINT_NEEDLES)
_WEAK_GATES = tuple((w, _script_gate(w), forms) for w, forms in lx.HINT_WEAK.items())


def _first_hints(text: str) -> list[str]:
    """The :data:`~newsmeta._extract._ai_lexicon.HINT_FIRST` hints in ``text``, in order."""
    around = _around_capital_i(text)
    if around is None:
        return [
            n for n in lx.HINT_FIRST if n in text and (n not in _SHORT_HINTS or short_word(text, n))
        ]
    before, after = around
    found: list[str] = []
    for needle, gate, short, letter in _FIRST_GATES:
        if gate is None:
            if (letter and letter not in text) or needle not in text:
                continue
        else:
            left, right, alone = gate
            if (left and left not in before) or (right and right not in after):
                continue
            if not alone and needle not in text:
                continue
        if not short or short_word(text, needle):
            found.append(needle)
    return found


def present_hints(text: str, full: bool = True, scripts: bool = True) -> tuple[str, ...]:
    """The hints of the lexicon found in ``text`` (literal strings, for a text search).

    ``full=False`` looks for the first hints only (AI words, GPT, automation): what a long
    region is searched for; there the AI words of other scripts ("ИИ", "人工智能") are looked
    for only with ``scripts`` (a page in, or possibly in, a language of those scripts).
    """
    found = _first_hints(text)
    if (scripts or full) and not text.isascii():
        found.extend(
            n
            for n, gate in _SCRIPT_GATES
            if gate in text and n in text and (n not in _SHORT_HINTS or short_word(text, n))
        )
    if not full:
        return tuple(found)
    for match in lx.HINT_CAPITALS.finditer(text):
        word = match.group(0)
        if word not in found and (word != "Bot" or short_word(text, word)):
            found.append(word)
    found.extend(n for n, gate in _NEEDLE_GATES if gate in text and n in text)
    for weak, gate, forms in _WEAK_GATES:
        if gate in text and weak in text:
            found.extend(f for f in forms if f in text)
    return tuple(found)


def strong_hint(text: str) -> bool:
    """Whether a text holds a hint worth reading it for."""
    return bool(present_hints(text))


_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def word_count(text: str) -> int:
    """Words of a text, where two Chinese or Japanese characters or Korean syllables count
    as one word (those scripts do not space their words, or space only phrases)."""
    return len(text.split()) + len(_CJK_LETTER.findall(text)) // 2


_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HEBREW = re.compile(r"[\u0590-\u05ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_NORWEGIAN = frozenset({"nb", "nn"})


def language_of(text: str, hint: str | None) -> str:
    """The language of a short text: its script (Japanese, Korean, Chinese), else function
    words counted, the page's ``lang`` on ties."""
    hint = (hint or "")[:2].lower()
    if hint in _NORWEGIAN:
        hint = "no"
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "ja" if hint == "ja" else "zh"
    if _GREEK.search(text):
        return "el"
    if _ARABIC.search(text):
        return "ar"
    if _HEBREW.search(text):
        return "he"
    if _DEVANAGARI.search(text):
        return "hi"
    if _THAI.search(text):
        return "th"
    if _CYRILLIC.search(text) and hint not in ("ru", "uk"):
        hint = "uk" if any(c in text for c in "іїєґІЇЄ") else "ru"
    scores = dict.fromkeys(lx.LANGUAGES, 0)
    for word in _WORD.findall(text.lower())[:80]:
        for lang, words in lx.FUNCTION_WORDS.items():
            if word in words:
                scores[lang] += 1
    for marker, lang in lx.MARKERS:
        if marker in text:
            scores[lang] += 2
    best = max(scores.values())
    if best == 0:
        return hint if hint in scores else "en"
    if hint in scores and (scores[hint] == best or list(scores.values()).count(best) > 1):
        # the page's language, also when the words it would lose to are shared by several
        # languages ("de" is Spanish, French and Portuguese alike)
        return hint
    return max(lx.LANGUAGES, key=lambda lang: scores[lang])


def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, " ")
    return text


def _masked(text: str, *patterns: re.Pattern[str]) -> str:
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _scope_noun(core: str, anchor: int) -> tuple[str, int, int] | None:
    """The scope noun of the statement: the first one before ``anchor`` (the subject), else
    the nearest after it."""
    best: tuple[str, int, int] | None = None
    best_after: tuple[str, int, int] | None = None
    for scope, pattern in lx.SCOPE_NOUNS.items():
        for match in pattern.finditer(core):
            start, end = match.start(), match.end()
            if start < anchor:
                if best is None or start < best[1]:
                    best = (scope, start, end)
            elif best_after is None or start < best_after[1]:
                best_after = (scope, start, end)
            break_after = start >= anchor
            if break_after:
                break
    if best is not None:
        # "the key points of this article were generated": the first noun is the subject
        return _possessed(core, best, anchor) or best
    return best_after


# between an article noun and the part it owns: "本文摘要", "記事の要約", "기사의 요약",
# "this article's summary"
_OWNER_GAP = re.compile(r"['’]s\s+|(?:の|的|之|의)?\s?")


def _possessed(core: str, owner: tuple[str, int, int], anchor: int) -> tuple[str, int, int] | None:
    """The part noun right after the article noun that owns it ("本文摘要由AI生成": the
    summary of this article is the subject, not the article)."""
    if owner[0] != "article" or owner[2] >= anchor:
        return None
    gap = _OWNER_GAP.match(core, owner[2])
    start = gap.end() if gap is not None else owner[2]
    for scope, pattern in lx.SCOPE_NOUNS.items():
        if scope == "article":
            continue
        got = pattern.match(core, start)
        if got is not None and got.end() <= anchor:
            return (scope, got.start(), got.end())
    return None


# A copula and an indefinite article right before the noun ("… is an", "… ist eine", "… es
# una", "… est une", "… é uma").
_PREDICATE = re.compile(
    r"\b(?:is|was|ist|war|es|fue|est|était|é|foi)\s+(?:an?|eine?|una?|une?|uma?|um)\s+$", re.I
)
_PREDICATE = lx.first_char_gated(_PREDICATE)


# "… of this article", "… de este artículo", "… dieses Artikels": the article as the
# complement of another noun, right before it.
_OF_THIS = re.compile(
    r"\s(?:of|from|in|de|des|du|del|da|do|di|della|dello|van|von|vom)\s+"
    r"(?:this|the|our|este|esta|ce|cet|cette|la|le|l['’]|deste|desta|"
    r"questo|questa|dit|deze|het)?\s*$|\s(?:dieses|diesem|des|der)\s+$",
    re.I,
)


def _compound_scope(core: str, match: re.Match[str]) -> tuple[str, int, int] | None:
    """A noun right after a badge ("AI-generated image") or right before it ("Image: AI-…")."""
    window_after = core[match.end() : match.end() + 40]
    window_before = core[max(0, match.start() - 40) : match.start()]
    found: tuple[str, int, int] | None = None
    # "generated by AI from police reports": a noun after the agent is no head of the badge
    by_agent = match.group(0).lower().endswith(("ai", "a.i."))
    for scope, pattern in lx.SCOPE_NOUNS.items():
        got = None if by_agent else pattern.search(window_after)
        if got is not None and got.start() <= 14:
            start = match.end() + got.start()
            if found is None or start < found[1]:
                found = (scope, start, match.end() + got.end())
    if found is not None:
        return found
    for scope, pattern in lx.SCOPE_NOUNS.items():
        for got in pattern.finditer(window_before):
            start = max(0, match.start() - 40) + got.start()
            if match.start() - (start + len(got.group(0))) <= 4:
                if scope == "article":
                    # "the audio version of this article is generated by AI": the head
                    # noun before "of this article" is the part the statement is about
                    of = _OF_THIS.search(core, 0, start)
                    head = _scope_noun(core[: of.start()], of.start()) if of else None
                    if head is not None and head[0] != "article":
                        return head
                return (scope, start, start + len(got.group(0)))
    # the compound itself may name the part ("AI summary", "KI-Übersetzung")
    word = match.group(0).lower()
    if any(w in word for w in ("summar", "zusammenf", "resum", "résum")):
        return ("summary", match.start(), match.end())
    if any(w in word for w in ("transl", "bersetz", "traduc", "tradu")):
        return ("translation", match.start(), match.end())
    return None


def _agent_text(match: re.Match[str]) -> str:
    return " ".join(match.group(0).split())[:80].rstrip("-")


def _part_head(text: str) -> bool:
    """A short head before a colon naming a part of the page ("Image:", "Audio version:")."""
    if not text.endswith((":", "：")) or len(text.split()) > _HEAD_WORDS:
        return False
    return any(
        pattern.search(text) for scope, pattern in lx.SCOPE_NOUNS.items() if scope != "article"
    )


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        if out and _part_head(out[-1]):
            # "Photo illustration: generative AI": a short head names the part the rest is about
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out[:_MAX_SENTENCES]


def _part_verb(verb: re.Match[str] | None, noun: tuple[str, int, int] | None, part: str) -> bool:
    """Whether a translate/summarise verb makes the statement about that part: its subject
    is the article ("this article was translated"), or its object follows at once
    ("translated this story"), or no noun is named."""
    if verb is None:
        return False
    if noun is None:
        # "used AI to summarise the documents": an object of its own, not this page's part
        return _OTHER_OBJECT.match(verb.string, verb.end()) is None
    if noun[0] == part:
        return True
    if noun[0] != "article":
        return False
    if noun[1] < verb.start():
        return True
    # "summarize public records for this report": the article is where the work went,
    # not what was summarised
    between = noun[1] - verb.end()
    return between <= 25 and _FOR_THIS.search(verb.string, verb.end(), noun[1]) is None


# "some of its content", "einige unserer Inhalte": a share of the site's content, not this page
_SOME_OF = re.compile(
    r"\b(?:(?:some|many|most|much|certain)\s+of\s+(?:its|our|their)|"
    r"(?:einige|manche|viele)\s+unserer|(?:algun[oa]s|parte|muchos)\s+de\s+nuestr[oa]s|"
    r"(?:certains|certaines|une\s+partie)\s+de\s+nos|(?:alguns|algumas|parte)\s+d[eo]s?\s+nossos?)"
    r"\s+$",
    re.I,
)
# "By Jane Roe with AI", "Von Jonas Weber und KI": a person's byline shared with the agent
_WITH_AGENT = re.compile(
    r"\w\s+(?:with|and|&|mit|und|con|y|avec|et|com|e|met|en)\s+"
    r"(?:the\s+|an?\s+|der\s+|die\s+|la\s+|el\s+|l['’]|le\s+|de\s+|o\s+)?$",
    re.I,
)
_OTHER_OBJECT = re.compile(r"\s+(?:the|these|those|their|his|her|all|public)\s+\w", re.I)
_FOR_THIS = re.compile(r"\w\s+(?:for|in|into|about|f[üu]r|para|pour|per|voor)\s", re.I)

# "… in this article", "… de este artículo", "… dieses Beitrags" right after a noun: a part
# of this page ("Some content in this article was created with AI")
_IN_THIS = re.compile(
    r"\s+(?:(?:in|of|from|within)\s+(?:this|these)|(?:in|aus)\s+diese[mr]|diese[sr]|"
    r"(?:de|en)\s+(?:este|esta|cet|cette|ce)|(?:de|em|n)\s*(?:este|esta|deste|desta|neste|nesta)|"
    r"(?:di|in)\s+quest[oa]|(?:in|van)\s+(?:dit|deze))\s",
    re.I,
)
# "Article summary powered by AI": the maker of the part named right before it (only a
# part: "Recommendations powered by AI" names a feature, not this page's making)
_POWERED = re.compile(
    r"\b(?:powered\s+by|propuls[ée]e?s?\s+par|impulsad[oa]s?\s+por|desarrollad[oa]s?\s+por|"
    r"alimentad[oa]s?\s+por|fornit[oa]\s+da)\s+$",
    re.I,
)


# "This article is read by an AI voice", "lu par une voix de synthèse", "von einer
# KI-Stimme vorgelesen": a voice reading the article makes its audio version
_READ_ALOUD = re.compile(
    r"\b(?:read(?:\s+aloud|\s+out)?|narrated|voiced|spoken|lue?|vorgelesen|eingesprochen|gesprochen|"
    r"le[íi]d[oa]|narrad[oa]|lid[oa]|lett[oa]|voorgelezen|ingesproken)\b"
    # ja, zh, ko: "読み上げ", "朗読", "朗读", "낭독", "읽어 드립니다"
    r"|読み上げ|朗読|音読|朗读|播报|播報|낭독|읽어\s?(?:드립|줍|주는)",
    re.I,
)
_READ_ALOUD = re.compile(
    "|".join((_READ_ALOUD.pattern, _ai_words.READ_ALOUD, _ai_forms.READ_ALOUD_MORE)), re.I
)


# the reader named right after the reading verb: "read aloud by AI", "von KI vorgelesen"
# (the agent before), "čte umělá inteligence" (the subject after a verb inside the sentence)
_READER_GAP = re.compile(
    r"\s+(?:(?:by|von|durch|por|par|door|da|dalla|dal|av|af|przez)\s+)?(?:\S+\s+){0,1}?$", re.I
)
# the agent before the verb with its postposition or preposition: "von KI vorgelesen",
# "yapay zeka tarafından seslendirilmiştir"
_AGENT_BEFORE = re.compile(r"\b(?:von|durch)\s+(?:einer?\s+)?\S+\s+$|\starafından\s+$", re.I)
_BY_GAP = re.compile(r"^\s+(?:by|por|par|door|da|dalla|dal|av|af|przez)\s", re.I)


def _reader_agent(core: str, match: re.Match[str]) -> bool:
    """Whether the AI itself is the reader: the agent right after the verb (after "by" when
    the verb opens the sentence: "Read AI news" is no note), or right before it with its
    preposition ("von KI vorgelesen", "yapay zeka tarafından seslendirildi")."""
    agent = lx.AGENT.search(core, match.end(), match.end() + 40)
    if agent is not None:
        gap = core[match.end() : agent.start()] + " "
        if _READER_GAP.fullmatch(gap) and (match.start() > 0 or _BY_GAP.match(gap)):
            return True
    before = core[max(0, match.start() - 30) : match.start()]
    return _AGENT_BEFORE.search(before) is not None and lx.AGENT.search(before) is not None


def _this_after(core: str, start: int) -> bool:
    """Whether an article noun with deixis follows ``start`` ("… reads this article")."""
    for match in lx.SCOPE_NOUNS["article"].finditer(core, start):
        if lx.DEIXIS.search(core[max(start, match.start() - 30) : match.start()]):
            return True
    return False


def _read_aloud(core: str) -> re.Match[str] | None:
    """A reading verb with a voice next to it, or the AI as its reader (the audio
    version's making)."""
    for match in _READ_ALOUD.finditer(core):
        around = core[max(0, match.start() - 40) : match.end() + 50]
        if lx.SCOPE_NOUNS["audio"].search(around) or _reader_agent(core, match):
            return match
    return None


def _part_before(core: str, end: int) -> tuple[str, int, int] | None:
    """The scope noun (not the article) ending right before ``end``."""
    window = core[max(0, end - 40) : end].rstrip()
    for scope, pattern in lx.SCOPE_NOUNS.items():
        if scope == "article":
            continue
        for match in pattern.finditer(window):
            if match.end() == len(window):
                start = max(0, end - 40) + match.start()
                return (scope, start, start + len(match.group(0)))
    return None


# "… by an AI voice", "… par une voix de synthèse", "… von einer KI-Stimme": the agent's
# preposition between the verb and a noun
_BY = re.compile(
    r"^\s+(?:by|von|durch|por|par|door|da|dalla|dal|de|av|af|przez)\s+(?:\S+\s+){0,2}?$", re.I
)


def _agent_noun(verb: re.Match[str] | None, noun: tuple[str, int, int]) -> bool:
    """Whether ``noun`` follows the verb as the noun of its agent ("narrated by an AI
    voice"): the doer, not an indefinite subject ("an AI-generated image")."""
    if verb is None or noun[1] < verb.end():
        return False
    return _BY.match(verb.string[verb.end() : noun[1]]) is not None


_MEDIA = frozenset({"image", "video", "audio"})


def _media_generated(
    scope: str, generate: re.Match[str] | None, compound: re.Match[str] | None
) -> bool:
    """A picture, video or voice "generated with the help of AI" ("Ilustracja wygenerowana
    przy pomocy AI"): the tool made it, the help names the tool (an "AI-assisted" badge
    still says assisted)."""
    if scope not in _MEDIA or generate is None:
        return False
    # (round 8: every verb of making, "Иллюстрация создана с помощью нейросети", "Image
    # created with the help of AI": the tool made the picture; edits and retouches assist)
    return compound is None or _ASSIST_BADGE.search(compound.group(0)) is None


# A data source named after the agent ("… using data from and in cooperation with the
# league"): a partner of the data, not a helper of the writing
_DATA = re.compile(r"\b(?:data|daten|datos|donn[ée]es|dados|dati|gegevens)\b", re.I)


def _first_start(*matches: re.Match[str] | int | None) -> int:
    """The first start among matches (an ``int`` is a position of its own)."""
    return min(m if isinstance(m, int) else m.start() for m in matches if m is not None)


def _read_sentence(
    sentence: str, placement: str, language: str, block_deixis: bool, policy: bool
) -> Reading | bool | None:
    """One reading; True for a review-only sentence; None for nothing."""
    agent = lx.AGENT.search(sentence)
    compound = lx.COMPOUND.search(sentence)
    human = lx.HUMAN_DECLARATION.search(sentence)
    if agent is None and compound is None and human is None:
        return True if review_of(sentence) is not None else None
    not_reviewed = lx.NOT_REVIEWED.search(sentence)
    reviewed = lx.REVIEWED.search(sentence) if not_reviewed is None else None
    review: bool | None = False if not_reviewed else (True if reviewed else None)
    core = _masked(sentence, lx.NOT_REVIEWED, lx.REVIEWED) if review is not None else sentence
    if (
        lx.CONDITIONAL[language].search(core)
        or lx.POLICY.search(core)
        or lx.REPORTED.search(core)
        or any(q in sentence for q in _QUOTES)
    ):
        return None
    negation = lx.NEGATION[language].search(core)
    if negation is not None and UNDISCLOSED.search(core) is not None:
        # "did not disclose that AI was used …": a correction adding the note
        negation = lx.NEGATION[language].search(_masked(core, UNDISCLOSED))
    negated = negation is not None or (human is not None)
    generate = lx.GENERATE.search(core)
    assist = lx.ASSIST.search(core)
    if assist is not None:
        data = _DATA.search(core, 0, assist.start())
        if data is not None:
            assist = lx.ASSIST.search(core, 0, data.start())
    modify = lx.MODIFY.search(core)
    translate = lx.TRANSLATE.search(core)
    summarise = lx.SUMMARISE.search(core)
    use = _USE.search(core)
    words = word_count(core)
    byline = placement == "byline" and lx.BOT_BYLINE.search(sentence) is not None
    verb = generate or assist or modify or translate or summarise or use
    powered_part: tuple[str, int, int] | None = None
    if verb is None and compound is None and agent is not None:
        powered = _POWERED.search(core, 0, agent.start())
        if powered is not None:
            powered_part = _part_before(core, powered.start())
            if powered_part is not None:
                generate = verb = powered  # "Article summary powered by AI"
    aloud = _read_aloud(core) if agent is not None or compound is not None else None
    if verb is None and aloud is not None:
        generate = verb = aloud
    label = words <= _LABEL_WORDS and placement in _LABEL_PLACEMENTS
    if verb is None and compound is None and not byline and human is None:
        if not (label and agent is not None):
            return None
        label_noun = _scope_noun(core, len(core))
        # "Contenido sin IA", "Keine KI im Einsatz": a label denying AI
        denied = negation is not None and 0 <= agent.start() - negation.end() <= 3
        if not denied and (label_noun is None or label_noun[0] == "article"):
            return None  # a bare "AI" in a label is a topic tag, not a statement
    product = lx.PRODUCT_NOUN.match(core, compound.end()) if compound is not None else None
    if compound is not None and product is not None:
        # (a verb's noun inside the feature's name is no verb: "AI-powered translation feature")
        if verb is None or compound.start() <= verb.start() < product.end():
            return None  # "AI-powered search", "KI-gestützte Suche": a feature, not this content
        # "used AI-powered tools for research": a tool, not a badge (it names the agent)
        agent = agent or compound
        compound = None
    # the scope: the noun next to a badge, the verb's own part, else the subject noun
    anchor_match = compound or verb or agent or human
    anchor = anchor_match.start() if anchor_match is not None else len(core)
    noun = _compound_scope(core, compound) if compound is not None else powered_part
    if noun is None:
        noun = _scope_noun(core, anchor)
    scope: str
    if _part_verb(translate, noun, "translation"):
        scope = "translation"
    elif _part_verb(summarise, noun, "summary"):
        scope = "summary"
    elif noun is not None:
        scope = noun[0]
    elif placement == "caption":
        scope = "image"
    elif placement == "summary":
        scope = "summary"
    else:
        scope = "article"
    deixis = block_deixis or lx.DEIXIS_VERB.search(core) is not None
    # "this weather update was produced …": a demonstrative subject names this page, but
    # does not excuse a plural or indefinite noun
    demonstrative = lx.DEMONSTRATIVE.search(core[:anchor]) is not None
    if noun is not None:
        before = core[max(0, noun[1] - 30) : noun[1]]
        if (
            lx.DEIXIS.search(before)
            or _IN_THIS.match(core, noun[2])
            or lx.DEIXIS_AFTER.match(core, noun[2])
            # "The text and images of this article were …" (a caption naming the article)
            or (placement == "caption" and _IN_THIS.search(core, noun[2], max(anchor, noun[2])))
        ):
            deixis = True
        elif (
            not deixis
            and not negated
            # "This article is an AI translation": the predicate of a demonstrative subject
            and not (_PREDICATE.search(before) and lx.DEMONSTRATIVE.search(core[:anchor]))
            # "Narrated by an AI voice": the noun of the agent after the verb, no subject
            and not _agent_noun(verb, noun)
            # "A synthetic voice reads this article": the voice is the reader of this page
            and not (aloud is not None and noun[0] == "audio" and _this_after(core, aloud.end()))
            and (
                lx.INDEFINITE[language].search(before)
                or _SOME_OF.search(before)
                or lx.GENERIC_PLURAL.fullmatch(core[noun[1] : noun[2]])
                or re.search(r"\d\s*$", before)
            )
        ):
            return None  # "an AI-generated image", "73 AI-generated articles"
    if policy and not deixis:
        return None  # a sentence under an "Our AI policy:" heading
    if (
        placement == "label"
        and noun is None
        and language in lx.UNSPACED
        and not (deixis or demonstrative or negated)
        and others_act(core[: _first_start(agent, verb, compound, anchor)], language)
    ):
        return None  # "该公司利用AI生成了广告。": someone else's use of AI, not a label
    if (
        placement in _SHORT_PLACEMENTS
        and language not in lx.UNSPACED
        and not (deixis or demonstrative or negated)
        and agent is not None
        # (a noun of the page before the machine is the subject: "The summary used AI …")
        and (noun is None or noun[1] > agent.start())
        and others_use(core[: agent.start()])
    ):
        return None  # "Students used AI to write their homework.": news of their use
    if (
        language in lx.UNSPACED
        and noun is not None
        and noun[1] > anchor
        and not deixis
        and words > _LABEL_WORDS
        # "AIが作成した記事を記者が確認しています" in a note: who checks them speaks of
        # the page's own practice, so of this page
        and not (review and placement in _NOTE_PLACEMENTS)
    ):
        return None  # "AI가 작성한 기사": the noun after its clause names a class, not this page
    if (
        noun is None
        and not (deixis or demonstrative)
        and placement != "byline"
        and words > _BARE_WORDS
        # "Our reporter used AI to …" in a note: the page's own people name this page
        and not (
            placement in _NOTE_PLACEMENTS
            and agent is not None
            and language not in lx.UNSPACED
            and own_use(core[: agent.start()])
        )
    ):
        return None  # no subject, no "this": prose about someone else's AI, not a label
    if placement == "inline" and not (deixis or demonstrative):
        return None  # body prose must say "this article" / "we used"
    if aloud is not None and scope == "article":
        scope = "audio"
    if placement == "caption" and scope == "article" and not deixis:
        scope = "image"
    if placement == "summary" and scope == "article" and not deixis:
        scope = "summary"
    if negated:
        involvement = _N
        review = None
    elif (
        (assist is not None and not _media_generated(scope, generate, compound))
        or (byline and agent is not None and _WITH_AGENT.search(core, 0, agent.start()))
        or (generate is not None and lx.HUMAN_WRITER.match(core, generate.end()) is not None)
        or (generate is not None and lx.WE_WROTE.match(core) is not None)
        or (language in lx.UNSPACED and _CJK_PERSON_WRITER.search(core) is not None)
        or lx.PARTIAL.search(core) is not None
        or (compound is not None and _ASSIST_BADGE.search(compound.group(0)) is not None)
    ):
        involvement = _A
    elif (
        generate
        or compound
        or (translate and scope == "translation")
        or (summarise and scope == "summary")
        or byline
        or verb is None
    ):
        involvement = _G
    else:
        involvement = _A  # AI "used" in making it, or it changed what exists
    model = lx.MODEL.search(sentence)
    agent_text = (
        _agent_text(model) if model else _agent_text(agent) if agent else
        _agent_text(compound) if compound else None
    )  # fmt: skip
    return Reading(
        scope=scope,
        involvement=involvement,
        reviewed=review,
        negated=negated,
        agent=agent_text,
        model=model.group(1) if model else None,
        language=language,
        deixis=deixis,
        text=sentence,
    )


# Arabic vowel and doubling marks (harakat, shadda, sukun, dagger alif): written on some
# words only, so the word lists are matched on the bare letters
_TASHKEEL = re.compile(r"[\u064b-\u065f\u0670]")


def read(text: str, placement: str, page_language: str | None = None) -> list[Reading]:
    """Every statement about this page that ``text`` makes (empty for none)."""
    if not text or len(text) > MAX_TEXT or lx.TEASER.match(text):
        return []
    if _TASHKEEL.search(text):
        text = _TASHKEEL.sub("", text)  # "مولَّد": the vowel marks are no part of the word
    sentences = _sentences(text)
    hinted = [strong_hint(s) for s in sentences]
    if not any(hinted):
        return []
    if not any(
        lx.AGENT.search(s) or lx.COMPOUND.search(s) or lx.HUMAN_DECLARATION.search(s)
        for s, hint in zip(sentences, hinted)
        if hint
    ):
        return []
    language = language_of(text, page_language)
    # (a question to the reader without an AI word, "Was this summary helpful?", is left out)
    asked = [s for s, hint in zip(sentences, hinted) if not hint and s.endswith(("?", "？"))]
    if lx.HEDGE.search(_masked(_without(text, asked), lx.CAVEAT)):
        return []  # "may have been written by ChatGPT … or not"
    if lx.CONSENT_OR_APP.search(text):
        return []  # a cookie notice naming "AI partners", "Download our app for AI alerts"
    policy = lx.POLICY.search(text) is not None
    readings: list[Reading] = []
    review_only: bool | None = None
    deixis = False
    for sentence, hint in zip(sentences, hinted):
        if not hint:
            review = review_of(sentence) if len(sentence) <= 300 else None
            if review is not None:
                review_only = review
            continue
        if lx.TEASER.match(sentence):
            continue  # a teaser or a page title closing a longer block ("How we use AI")
        got = _read_sentence(sentence, placement, language, deixis, policy)
        if isinstance(got, Reading):
            readings.append(got)
            deixis = deixis or got.deixis
        elif got is True:
            not_reviewed = lx.NOT_REVIEWED.search(sentence) is not None
            review_only = not not_reviewed
    if review_only is not None:
        readings = [
            attrs.evolve(r, reviewed=review_only)
            if r.reviewed is None and r.involvement is not _N
            else r
            for r in readings
        ]
    return readings


def review_of(text: str) -> bool | None:
    """The review clause of a separate note ("Reviewed by our editors."), if any."""
    if not text or len(text) > MAX_TEXT:
        return None
    if lx.NOT_REVIEWED.search(text):
        return False
    if lx.REVIEWED.search(text):
        return True
    return None
