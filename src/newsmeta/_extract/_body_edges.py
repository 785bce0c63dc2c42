"""Body edges: what already left out counts for when the body reader judges a block's
place on the page (private helper of ``_content.py``).

Works on the flat arrays of the body scorer (pre-order index, subtree end, prefix sums of
prose paragraphs, the count of exclusions over each element); no second parse, and only
the elements of the range asked about are walked.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["prose_left_out", "story_apart"]


def prose_left_out(
    lo: int, hi: int, ends: Sequence[int], pre_good: Sequence[int], excluded: Sequence[int]
) -> bool:
    """Whether elements ``lo`` to ``hi`` hold no paragraph of prose outside the blocks
    ``excluded`` (a side column or a site footer after an about-us box: the box still
    closes the text). With no paragraph of prose at all, nothing is walked."""
    if pre_good[hi + 1] <= pre_good[lo]:
        return True
    if not excluded:
        return False
    j = lo
    while j <= hi:
        if excluded[j]:
            j = ends[j] + 1  # a block left out: its elements are left out too
            continue
        if pre_good[j + 1] > pre_good[j]:
            return False
        j += 1
    return True


# A headline in a block of story prose of its own: at least this many characters.
_MIN_HEADED_STORY = 150


def story_apart(
    k: int, headline_i: int, par: Sequence[int], ends: Sequence[int], pre_prose: Sequence[int]
) -> bool:
    """Whether the headline stands in a block of its own story (150 characters of prose
    and more) that does not hold element ``k``: a run of teaser cards at ``k`` then lists
    other stories beside the story, however much text it holds (a post that is a list
    holds its cards in the headline's block, or has no prose beside its headline)."""
    if headline_i < 0:
        return False
    box = par[headline_i]
    if box < 0 or box <= k <= ends[box]:
        return False
    return pre_prose[ends[box] + 1] - pre_prose[box] >= _MIN_HEADED_STORY
