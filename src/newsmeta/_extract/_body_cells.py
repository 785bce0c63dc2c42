"""Body cells: the story's cell of a one-row layout table (private helper of
``_content.py``).

Works on the flat arrays of the body scorer (pre-order index, parent, subtree end, prefix
sums of prose paragraphs); only the table's rows and cells are walked, no second parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmeta._extract._body_tree import _Tree

__all__ = ["story_cell"]

# The cell holding at least this share of the row's prose (and this much of it) is the
# story's: the row's other cells are the layout's side columns.
_CELL_SHARE = 0.75
_MIN_CELL_PROSE = 500
_ROW_PARTS = frozenset({"tbody", "thead", "tfoot"})
_CELLS = frozenset({"td", "th"})
_LAYOUT = frozenset({"table", "tr", "td", "th"})


def _children(k: int, t: _Tree) -> list[int]:
    ends = t.ends
    out: list[int] = []
    c = k + 1
    while c <= ends[k]:
        out.append(c)
        c = ends[c] + 1
    return out


def story_cell(top: int, t: _Tree) -> int:
    """The cell of ``top`` that holds the story, when ``top`` is a layout table of one row
    (or that row) whose one cell holds three quarters of the row's prose: a side column of
    ``<br>`` lines in the cell beside it scores as one paragraph, as strong as the story's
    cell, and lifts the choice to the whole table. A block whose only child is that table
    (a ``<main>`` or a wrapper the scorer climbed to) is read as the table. Otherwise
    ``top``."""
    tags, pre_prose, ends = t.tags, t.pre_prose, t.ends
    chosen = top
    while tags[top] not in _LAYOUT and top < ends[top] and ends[top + 1] == ends[top]:
        top += 1  # an only child
    if tags[top] == "table":
        rows: list[int] = []
        for c in _children(top, t):
            if tags[c] in _ROW_PARTS:
                rows.extend(r for r in _children(c, t) if tags[r] == "tr")
            elif tags[c] == "tr":
                rows.append(c)
        if len(rows) != 1:
            return chosen
        row = rows[0]
    elif tags[top] == "tr":
        p = t.par[top]
        if p < 0 or any(tags[s] == "tr" for s in _children(p, t) if s != top):
            return chosen
        row = top
    else:
        return chosen
    total = pre_prose[ends[row] + 1] - pre_prose[row]
    best, most = -1, 0
    for c in _children(row, t):
        if tags[c] in _CELLS:
            n = pre_prose[ends[c] + 1] - pre_prose[c]
            if n > most:
                best, most = c, n
    if best < 0 or most < _MIN_CELL_PROSE or most < _CELL_SHARE * total:
        return chosen
    return best
