"""Language tags as pages write them, read as BCP 47 tags (``"EN_us"`` -> ``"en-US"``).

Pages write the same language many ways: ``en_GB`` (a locale), ``EN-us``, ``eng`` (a
three-letter ISO 639-2 code), ``zh-Hans-CN`` (with a script), ``English`` (JSON-LD
``inLanguage`` as a name). BCP 47 wants the shortest code for a language, so a
three-letter code that has a two-letter one becomes it; a script is title-cased and a
region upper-cased; private-use and variant subtags after the region are dropped.
"""

from __future__ import annotations

import re

__all__ = ["bcp47"]

_SUBTAGS = re.compile(r"[A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}")

# ISO 639-2 codes (bibliographic and terminology forms) of languages that have an ISO
# 639-1 code, for the languages news pages are written in most often.
_SHORTEST = {
    "afr": "af",
    "ara": "ar",
    "baq": "eu",
    "ben": "bn",
    "bul": "bg",
    "cat": "ca",
    "ces": "cs",
    "chi": "zh",
    "cym": "cy",
    "cze": "cs",
    "dan": "da",
    "deu": "de",
    "dut": "nl",
    "ell": "el",
    "eng": "en",
    "est": "et",
    "eus": "eu",
    "fas": "fa",
    "fin": "fi",
    "fra": "fr",
    "fre": "fr",
    "ger": "de",
    "gle": "ga",
    "glg": "gl",
    "gre": "el",
    "heb": "he",
    "hin": "hi",
    "hrv": "hr",
    "hun": "hu",
    "ice": "is",
    "ind": "id",
    "isl": "is",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "lav": "lv",
    "lit": "lt",
    "may": "ms",
    "msa": "ms",
    "nld": "nl",
    "nob": "nb",
    "nno": "nn",
    "nor": "no",
    "per": "fa",
    "pol": "pl",
    "por": "pt",
    "ron": "ro",
    "rum": "ro",
    "rus": "ru",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "spa": "es",
    "srp": "sr",
    "swa": "sw",
    "swe": "sv",
    "tam": "ta",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "urd": "ur",
    "vie": "vi",
    "wel": "cy",
    "zho": "zh",
}

# Language names written where a tag belongs (JSON-LD ``"inLanguage": "English"``), in
# English and in the language itself, lower-cased.
_NAMES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "castellano": "es",
    "portuguese": "pt",
    "português": "pt",
    "portugues": "pt",
    "italian": "it",
    "italiano": "it",
    "dutch": "nl",
    "nederlands": "nl",
    "polish": "pl",
    "polski": "pl",
    "russian": "ru",
    "русский": "ru",
    "turkish": "tr",
    "türkçe": "tr",
    "swedish": "sv",
    "svenska": "sv",
    "danish": "da",
    "dansk": "da",
    "norwegian": "no",
    "norsk": "no",
    "finnish": "fi",
    "suomi": "fi",
    "japanese": "ja",
    "日本語": "ja",
    "chinese": "zh",
    "中文": "zh",
    "korean": "ko",
    "한국어": "ko",
    "arabic": "ar",
    "العربية": "ar",
}

# Not a language: undetermined, several, no linguistic content.
_NONE = frozenset({"und", "mul", "zxx", "mis"})


def bcp47(text: str) -> str | None:
    """``text`` as a BCP 47 tag (language, then script and region if given), or None.

    >>> bcp47("EN_us"), bcp47("eng"), bcp47("zh-hans-cn"), bcp47("English"), bcp47("1")
    ('en-US', 'en', 'zh-Hans-CN', 'en', None)
    """
    text = text.strip()
    if not text or len(text) > 40:
        return None
    named = _NAMES.get(text.casefold())
    if named is not None:
        return named
    if _SUBTAGS.fullmatch(text) is None:
        return None
    parts = text.replace("_", "-").split("-")
    lang = parts[0].lower()
    if not (2 <= len(lang) <= 3 and lang.isalpha() and lang.isascii()) or lang in _NONE:
        return None
    out = [_SHORTEST.get(lang, lang)]
    rest = parts[1:]
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        out.append(rest.pop(0).title())
    if rest and (
        (len(rest[0]) == 2 and rest[0].isalpha()) or (len(rest[0]) == 3 and rest[0].isdigit())
    ):
        out.append(rest.pop(0).upper())
    elif rest and not out[1:]:
        # "en-foo": a subtag that is neither a script nor a region is not a tag we know.
        return None
    return "-".join(out)
