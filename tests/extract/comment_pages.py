"""What the comment tests read off an extracted article: the comments' texts and their
writers' names, in page order (shared by the comment tests of sessions 13 and 14)."""

from __future__ import annotations

import newsmeta


def texts(art: newsmeta.Article) -> list[str]:
    return [c.text for c in art.comments]


def names(art: newsmeta.Article) -> list[str | None]:
    return [c.author.name if c.author else None for c in art.comments]
