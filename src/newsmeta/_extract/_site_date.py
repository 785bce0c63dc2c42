"""A date line that dates the site, not the story: "This site was last updated 14 November
2024", "Website zuletzt aktualisiert am 14.11.2024", "Dernière mise à jour du site : 14
novembre 2024", "Última actualización del sitio: …". A site's footer or colophon prints it
on every page; it says when someone last touched the site, whatever page shows it.

A line naming the page ("Page last modified …", "Stand der Seite: …") is left to the date
readers: on a hand-made site it is often the page's own modification day.
"""

from __future__ import annotations

import re

__all__ = ["dates_site"]

# The words naming the site as a whole, by language (substring tests first: most date
# lines hold none of them)
_SITE_SUBSTRINGS = ("site", "seite", "sitio", "sito", "webstek")
_SITE = (
    r"(?<!\w)(?:(?:this|the|our)\s+site|site|web\s?site|webseite|internetseite|homepage|"
    r"internetauftritt|sitio(?:\s+web)?|sito(?:\s+web)?|webstek)(?!\w)"
)
_UPDATED = (
    r"(?<!\w)(?:updated|modified|aktualisiert|geändert|stand(?!\w)|mise à jour|mis à jour|"
    r"actualiza\w*|aggiornat\w*|bijgewerkt|atualiza\w*)"
)
# The space between two words of one line (not a separator: "Website Design | Updated …")
_GAP = r"[\s:'’,.-]+"
# The two close together, in either order ("Site last updated", "Dernière mise à jour du
# site"): a category "Website" far from a post's "Updated" is not the site's line.
_SITE_UPDATED = re.compile(
    rf"{_SITE}(?:{_GAP}\w+){{0,3}}?{_GAP}{_UPDATED}|{_UPDATED}(?:{_GAP}\w+){{0,3}}?{_GAP}{_SITE}",
    re.I,
)
_MAX_LINE = 200


def dates_site(raw: str) -> bool:
    """Whether a date's printed line (``raw``) says when the site was last updated."""
    text = raw[:_MAX_LINE]
    low = text.lower()
    if not any(word in low for word in _SITE_SUBSTRINGS):
        return False
    return _SITE_UPDATED.search(text) is not None
