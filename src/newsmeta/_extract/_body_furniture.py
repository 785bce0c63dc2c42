"""Furniture the body reader leaves out by what other readers of the page found.

Functions here work on the body scorer's flat arrays (document-order node indices, their
subtree ``ends`` and the prefix sums of text ``pre``), never on the tree itself: the scorer
has read the page once and these rules only pick indices out of what it has.
"""

from __future__ import annotations

import re

__all__ = ["comment_blocks", "unspaced"]

# A character of a script written without spaces between words: kana, CJK ideographs.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def unspaced(word: str) -> bool:
    """Whether ``word`` (a run without spaces) is written in Chinese or Japanese: its
    characters each carry about what two or three letters do elsewhere."""
    return _UNSPACED.search(word) is not None


def comment_blocks(found: list[int]) -> list[int]:
    """The comment elements (node indices ``found``, the comment reader's) to leave out of
    the body, in document order (never ``<body>`` itself)."""
    return sorted(k for k in found if k > 0)
