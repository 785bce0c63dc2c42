"""Which date concepts newsmeta has for each language it reads dates in.

The languages are those of :data:`newsmeta._dates._language_table.LANGUAGES`; the concepts
are read off the tables that hold their words, so a language missing a word list shows here
(and fails tests/dates/test_dates_round8_s16.py).
"""

from __future__ import annotations

from types import MappingProxyType

from newsmeta._dates import _absolute
from newsmeta._dates import _label_words as _lw
from newsmeta._dates import _language_table as _table
from newsmeta._dates import _lexicon as lx

__all__ = ["CONCEPTS", "DATE_LANGUAGES", "PRINTED_LANGUAGES", "concepts_of"]

CONCEPTS: tuple[str, ...] = (
    "months",
    "weekdays",
    "relative_past",
    "relative_future",
    "today",
    "yesterday",
    "published",
    "updated",
)
"""The date concepts every language newsmeta reads dates in has words for."""

#: Languages ``humanize`` prints labels in (the renderers' wording and plural rules).
PRINTED_LANGUAGES: tuple[str, ...] = lx.LANGUAGES

_CJK_LANGS = frozenset(lang for lang, _ in _lw.CJK_UNITS.values())
_PREFIX_SET = frozenset(lx.PREFIXES) | frozenset(lx.DATE_ONLY_PREFIXES)
_SPECIAL_KINDS = frozenset(lx.SPECIAL.values())


def _months(lang: str) -> bool:
    if lang in _table.NUMERIC_MONTHS:
        return True
    groups = lx._MONTHS_BY_LANG.get(lang)
    if groups is not None:
        return sum(1 for g in groups if g) >= 10  # Croatian lists two names under others
    return lang in _absolute.OWN_MONTH_LANGUAGES


def _relative(lang: str, future: bool) -> bool:
    if lang in lx.LANGUAGES:
        words = (lx.FUTURE_PREFIX, lx.FUTURE_SUFFIX) if future else (lx.PAST_PREFIX, lx.PAST_SUFFIX)
        return bool(lx.UNIT_WORDS[lang]) and any(table[lang] for table in words)
    if lang in _CJK_LANGS:
        return True  # "3日前" / "3日後": CJK_LABEL
    if not lx.LABEL_ONLY_UNITS.get(lang):
        return False
    if future:
        return bool(lx.LABEL_ONLY_FUTURE_BEFORE[lang] or lx.LABEL_ONLY_FUTURE_AFTER[lang])
    return bool(
        lx.LABEL_ONLY_BEFORE[lang]
        or lx.LABEL_ONLY_AFTER[lang]
        or lx.LABEL_ONLY_AROUND[lang]
        or lx.LABEL_ONLY_SELF_PAST[lang]
    )


def _phrase(lang: str, kind: str, english: str) -> bool:
    if lang in lx.LANGUAGES:
        return (lang, kind) in _SPECIAL_KINDS
    return english in lx.LABEL_ONLY_PHRASES_BY_LANG.get(lang, {}).values()


def concepts_of(lang: str) -> frozenset[str]:
    """The concepts ``lang`` has words for (a subset of :data:`CONCEPTS`)."""
    have = {
        "months": _months(lang),
        "weekdays": len(_table.WEEKDAYS.get(lang, "").split()) >= 7
        and lx.WEEKDAYS.issuperset(_table.WEEKDAYS[lang].split()),
        "relative_past": _relative(lang, False),
        "relative_future": _relative(lang, True),
        "today": _phrase(lang, "today", "today"),
        "yesterday": _phrase(lang, "day-1", "yesterday"),
        "published": bool(_table.PUBLISHED.get(lang))
        and _PREFIX_SET.issuperset(_table.PUBLISHED[lang]),
        "updated": bool(_table.UPDATED.get(lang)) and _PREFIX_SET.issuperset(_table.UPDATED[lang]),
    }
    return frozenset(name for name, ok in have.items() if ok)


DATE_LANGUAGES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {lang: concepts_of(lang) for lang in _table.LANGUAGES}
)
"""Every language newsmeta reads dates in -> the date concepts it has words for."""
