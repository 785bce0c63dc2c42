"""Our own AI-disclosure statements in ordinary pages: every placement, twenty-eight languages.

The statements and the page builder are in ``disclosure_cases.py``; the accuracy table is
printed by ``benchmarks/disclosure_eval.py``.
"""

from __future__ import annotations

import datetime as _dt

import pytest
from disclosure_cases import (
    HELDOUT_NEGATIVES,
    HELDOUT_POSITIVES,
    NEGATIVES,
    POSITIVES,
    Case,
    page_for,
)

import newsmeta
from newsmeta import AIDisclosure, AIInvolvement, AILevel, AIPart

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
TEXT_SCOPE = "article"


def disclosure_of(case: Case) -> AIDisclosure:
    return newsmeta.extract(page_for(case), "https://harbour.example/a/1", now=NOW).ai_disclosure


def part_of(disclosure: AIDisclosure, scope: str) -> AIPart | None:
    return next((p for p in disclosure.parts if p.scope == scope), None)


def test_the_set_is_large_and_covers_every_language_and_placement() -> None:
    assert len(POSITIVES) >= 150
    assert len(NEGATIVES) >= 100
    for cases in (POSITIVES, NEGATIVES):
        assert {c.lang for c in cases} == {
            "en", "es", "fr", "de", "pt", "it", "nl",
            "pl", "cs", "sv", "da", "no", "tr", "ru", "uk", "ja", "zh", "ko",
            "fi", "ro", "hu", "id", "vi", "el", "ar", "he", "hi", "th",
        }  # fmt: skip
    assert {c.placement for c in POSITIVES} == {
        "banner", "byline", "endnote", "caption", "summary", "inline"
    }  # fmt: skip
    # every statement is its own, except image captions kept in both sets on purpose
    texts = [c.text for c in POSITIVES + NEGATIVES]
    repeated = {c for c in POSITIVES + NEGATIVES if texts.count(c.text) > 1}
    assert repeated and {c.placement for c in repeated} == {"caption"}


@pytest.mark.parametrize("case", POSITIVES, ids=lambda c: c.ident)
def test_positive_statement(case: Case) -> None:
    disclosure = disclosure_of(case)
    want = case.expect
    if want.scope == TEXT_SCOPE:
        assert disclosure.involvement.value == want.involvement
        if want.reviewed is not None:
            assert disclosure.reviewed_by_human is want.reviewed
        # evidence: the statement, where it is, and what was read from it
        assert disclosure.label == case.text
        assert disclosure.locator is not None and disclosure.locator.startswith("/")
        winner = next(s for s in disclosure.signals if s.locator == disclosure.locator)
        assert winner.kind == "banner" and winner.scope == TEXT_SCOPE
        assert winner.agent and not winner.negated and winner.placement
        assert disclosure.label_language == case.lang
    else:
        # a statement about a part leaves the article text's verdict alone
        assert disclosure.involvement is AIInvolvement.UNKNOWN
        assert disclosure.level is AILevel.UNKNOWN
        part = part_of(disclosure, want.scope)
        assert part is not None, disclosure.parts
        assert part.involvement.value == want.involvement
        if want.reviewed is not None:
            assert part.reviewed_by_human is want.reviewed
        assert part.label == case.text
        assert part.locator


@pytest.mark.parametrize("case", NEGATIVES, ids=lambda c: c.ident)
def test_negative_statement(case: Case) -> None:
    disclosure = disclosure_of(case)
    assert disclosure.involvement.value == case.expect.involvement
    if case.expect.involvement == "none":
        # a human declaration is a disclosure: none, with the statement as evidence
        assert disclosure.level is AILevel.NONE
        assert disclosure.label == case.text
        assert any(s.negated for s in disclosure.signals)
    if case.expect.part is not None:
        scope, involvement = case.expect.part
        part = part_of(disclosure, scope)
        assert part is not None and part.involvement.value == involvement


def test_held_out_statements_carry() -> None:
    """Statements written after tuning: the same targets as the development set."""
    detected = right = 0
    for case in HELDOUT_POSITIVES:
        disclosure = disclosure_of(case)
        if case.expect.scope == TEXT_SCOPE:
            got = disclosure.involvement.value
        else:
            part = part_of(disclosure, case.expect.scope)
            got = part.involvement.value if part is not None else "unknown"
        detected += got not in ("unknown", "none")
        right += got == case.expect.involvement
    false_positives = sum(
        disclosure_of(c).involvement in (AIInvolvement.ASSISTED, AIInvolvement.GENERATED)
        for c in HELDOUT_NEGATIVES
    )
    assert detected >= 0.9 * len(HELDOUT_POSITIVES)
    assert right >= 0.85 * detected
    assert false_positives <= 0.03 * len(HELDOUT_NEGATIVES)


def test_disclosure_with_parts_round_trips_through_json_and_jsonld() -> None:
    case = next(c for c in POSITIVES if c.expect.scope == "summary" and c.expect.reviewed)
    article = newsmeta.extract(page_for(case), "https://harbour.example/a/1", now=NOW)
    assert article.ai_disclosure.parts
    assert newsmeta.from_json(newsmeta.to_json(article), newsmeta.Article) == article
    back = newsmeta.from_jsonld(newsmeta.to_jsonld(article))
    assert back.ai_disclosure == article.ai_disclosure


def test_summary_note_and_text_denial_in_one_block() -> None:
    text = (
        "The key points above were created with the assistance of AI and reviewed by a "
        "journalist before publication. No other parts of this article were generated using AI."
    )
    disclosure = disclosure_of(Case("en", "endnote", text, POSITIVES[0].expect))
    assert disclosure.level is AILevel.NONE  # the text: a denial, with evidence
    summary = part_of(disclosure, "summary")
    assert summary is not None
    assert (summary.level, summary.reviewed_by_human) == (AILevel.AI_ASSISTED, True)
