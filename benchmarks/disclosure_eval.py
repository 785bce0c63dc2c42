"""AI-disclosure accuracy on our own statement set (tests/extract/disclosure_cases.py).

    python benchmarks/disclosure_eval.py            # the table by language and by placement
    python benchmarks/disclosure_eval.py --misses   # also every case read wrongly

Each statement is placed in an ordinary article page at its placement and the page goes
through ``newsmeta.extract``. Measured:

* detection: a positive statement is found for the part it speaks of (the article text's
  involvement is known, or the part is reported);
* generated vs assisted: of the detected positives, the involvement (and a stated review)
  is the expected one;
* false positives: a negative page whose article text is reported as AI-assisted or
  AI-generated (news about AI, ads, widgets, captions, policies, hedges, human
  declarations); a human declaration must read ``none``, counted as "none read".
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections import defaultdict
from pathlib import Path

import newsmeta

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "extract"))

from disclosure_cases import (  # noqa: E402
    HELDOUT_NEGATIVES,
    HELDOUT_POSITIVES,
    NEGATIVES,
    POSITIVES,
    Case,
    page_for,
)

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)


def _observed(case: Case) -> tuple[str, bool | None, str, bool | None]:
    """(text involvement, text review, part involvement, part review) for the case's page."""
    article = newsmeta.extract(page_for(case), "https://harbour.example/a/1", now=NOW)
    disclosure = article.ai_disclosure
    part_inv, part_rev = "unknown", None
    for part in disclosure.parts:
        if part.scope == case.expect.scope:
            part_inv, part_rev = part.involvement.value, part.reviewed_by_human
    return disclosure.involvement.value, disclosure.reviewed_by_human, part_inv, part_rev


def evaluate(
    positives: list[Case], negatives: list[Case]
) -> tuple[dict[str, dict[str, list[int]]], list[str]]:
    """Counters per group: detect [hit, n], kind [right, n], fp [fp, n], none [right, n]."""
    groups: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {"detect": [0, 0], "kind": [0, 0], "fp": [0, 0], "none": [0, 0]}
    )
    misses: list[str] = []
    for case in positives:
        text_inv, text_rev, part_inv, part_rev = _observed(case)
        article = case.expect.scope == "article"
        got, rev = (text_inv, text_rev) if article else (part_inv, part_rev)
        detected = got not in ("unknown", "none")
        right = (
            detected
            and got == case.expect.involvement
            and (case.expect.reviewed is None or rev is case.expect.reviewed)
        )
        if not article and text_inv not in ("unknown", "none"):
            right = False  # a part's statement must not change the text's level
        for key in ("all", f"lang:{case.lang}", f"place:{case.placement}"):
            groups[key]["detect"][0] += detected
            groups[key]["detect"][1] += 1
            if detected:
                groups[key]["kind"][0] += right
                groups[key]["kind"][1] += 1
        if not right:
            misses.append(
                f"MISS {case.lang} {case.placement} want {case.expect} got text={text_inv}"
                f"/{text_rev} part={part_inv}/{part_rev}: {case.text}"
            )
    for case in negatives:
        text_inv, _rev, part_inv, _prev = _observed(case)
        false_positive = text_inv in ("assisted", "generated")
        for key in ("all", f"lang:{case.lang}", f"place:{case.placement}"):
            groups[key]["fp"][0] += false_positive
            groups[key]["fp"][1] += 1
            if case.expect.involvement == "none":
                groups[key]["none"][0] += text_inv == "none"
                groups[key]["none"][1] += 1
        wrong_none = case.expect.involvement == "none" and text_inv != "none"
        if false_positive or wrong_none:
            misses.append(f"FP {case.lang} {case.placement} got {text_inv}: {case.text}")
    return groups, misses


def _pct(pair: list[int]) -> str:
    return f"{100 * pair[0] / pair[1]:.0f} % ({pair[0]}/{pair[1]})" if pair[1] else "–"


def table(groups: dict[str, dict[str, list[int]]], title: str) -> list[str]:
    lines = [
        f"{title}: {groups['all']['detect'][1]} positives, {groups['all']['fp'][1]} negatives",
        "",
        "| group | detection | generated vs assisted right | false positives | none read |",
        "|---|--:|--:|--:|--:|",
    ]
    order = ["all", *sorted(k for k in groups if k.startswith("lang:"))]
    order += sorted(k for k in groups if k.startswith("place:"))
    for key in order:
        g = groups[key]
        lines.append(
            f"| {key} | {_pct(g['detect'])} | {_pct(g['kind'])} | {_pct(g['fp'])} | "
            f"{_pct(g['none'])} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the cases read wrongly")
    args = parser.parse_args()
    for title, positives, negatives in (
        ("development set", POSITIVES, NEGATIVES),
        ("held-out set", HELDOUT_POSITIVES, HELDOUT_NEGATIVES),
    ):
        groups, misses = evaluate(positives, negatives)
        print("\n".join(table(groups, title)))
        if args.misses:
            print()
            print("\n".join(misses) or "no misses")
        print()


if __name__ == "__main__":
    main()
