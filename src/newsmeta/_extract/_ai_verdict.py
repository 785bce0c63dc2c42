"""The AI-disclosure verdict: one :class:`AIDisclosure` from every signal of a page.

The article text's verdict (``involvement``, ``reviewed_by_human``, ``level``) comes from
signals with scope ``article`` only. Signals about other parts of the page (summary,
translation, image, video, audio, comments, media) give one :class:`AIPart` each and never
change the text's level. Rights signals never set anything. Every signal is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmeta._errors import Problem, ValidationError
from newsmeta._extract._ai_lexicon import MODEL
from newsmeta._extract._ai_machine import LEXICON, parse_header
from newsmeta._formats import is_uri
from newsmeta._models import AI_PART_SCOPES, AIDisclosure, AIInvolvement, AIPart, AISignal

__all__ = ["build_disclosure"]

_N = AIInvolvement.NONE
_U = AIInvolvement.UNKNOWN

_RANK = {
    "ai-disclosure-attribute": 8,
    "banner": 7,
    "ai-disclosure-meta": 6,
    "ai-generated-meta": 5,
    "ai-disclosure-header": 4,
    "c2pa-manifest": 3,
    "digital-source-type": 2,
    "software-author": 1,
    "review-note": 0,
}
_RAW_PARAM = re.compile(r'\b(ai-model|ai-provider)="([^"]{1,200})"')


def _order(signal: AISignal) -> tuple[bool, float, float]:
    rank: float = _RANK.get(signal.kind, 0)
    if signal.kind == "ai-disclosure-attribute" and signal.confidence < 0.9:
        rank = 0.5  # an overridden ancestor or a part of the page, not the article itself
    return (signal.verified, rank, signal.confidence)


def _model_provider(signal: AISignal) -> tuple[str | None, str | None]:
    if signal.kind in ("ai-disclosure-attribute", "ai-disclosure-meta"):
        found = dict(_RAW_PARAM.findall(signal.raw))
        return found.get("ai-model"), found.get("ai-provider")
    if signal.kind == "ai-disclosure-header":
        params = parse_header(signal.raw)
        return params.get("model"), params.get("provider")
    if signal.kind == "software-author" and signal.raw != "SoftwareApplication":
        return signal.raw, None
    if signal.kind == "banner" and not signal.negated:
        match = MODEL.search(signal.agent or "") or MODEL.search(signal.raw)
        return (match.group(1) if match else None), None
    return None, None


def _check(signals: Sequence[AISignal]) -> tuple[AISignal, ...]:
    if isinstance(signals, (str, bytes)) or not isinstance(signals, Sequence):
        raise ValidationError(
            [Problem(path="", code="type", message="signals must be a sequence of AISignal")],
            what="AI signals",
        )
    problems = [
        Problem(path=f"/{i}", code="type", message=f"not an AISignal: {type(s).__name__}")
        for i, s in enumerate(signals)
        if not isinstance(s, AISignal)
    ]
    if problems:
        raise ValidationError(problems, what="AI signals")
    return tuple(signals)


def _axes(
    scoped: list[AISignal],
) -> tuple[AISignal | None, AIInvolvement, bool | None]:
    """The winner, involvement and review of the signals about one scope."""
    ranked = sorted(scoped, key=_order, reverse=True)
    known = [s for s in ranked if s.involvement is not _U]
    winner = known[0] if known else None
    involvement = winner.involvement if winner is not None else _U
    reviewed: bool | None = None
    if winner is not None and winner.reviewed_by_human is not None:
        reviewed = winner.reviewed_by_human
    else:
        for signal in ranked:
            if signal.reviewed_by_human is not None and signal.involvement in (_U, involvement):
                reviewed = signal.reviewed_by_human
                break
    if involvement is _N:
        reviewed = None
    return winner, involvement, reviewed


def _parts(kept: tuple[AISignal, ...]) -> tuple[AIPart, ...]:
    out: list[AIPart] = []
    for scope in AI_PART_SCOPES:
        scoped = [s for s in kept if s.scope == scope]
        if not scoped:
            continue
        winner, involvement, reviewed = _axes(scoped)
        if winner is None:
            continue
        label = winner.raw.strip() or None if winner.kind in ("banner", "review-note") else None
        model = None if involvement is _N else _model_provider(winner)[0]
        out.append(
            AIPart(
                scope=scope,
                involvement=involvement,
                reviewed_by_human=reviewed,
                label=label,
                locator=winner.locator,
                ai_model=model.strip() if model and model.strip() else None,
            )
        )
    return tuple(out)


def build_disclosure(signals: Sequence[AISignal]) -> AIDisclosure:
    """The normalised disclosure for a set of signals (pure; every signal is kept).

    The winner is the article-scoped signal with a known involvement that is verified,
    then most specific (element attribute > visible statement > page meta > WHATWG meta >
    header > C2PA > IPTC source type > software author), then most confident. Human review
    comes from the winner when it states it, else from the best signal that does (a review
    note). Rights signals and signals about other parts never set the level; each part gets
    its own :class:`AIPart`. No signal → unknown.
    """
    kept = _check(signals)
    article = sorted((s for s in kept if s.scope == "article"), key=_order, reverse=True)
    winner, involvement, reviewed = _axes(article)
    known = [s for s in article if s.involvement is not _U]

    dst: str | None = None
    if winner is not None:
        dst = winner.digital_source_type
        if dst is None:
            dst = next(
                (
                    s.digital_source_type
                    for s in known
                    if s.digital_source_type and s.involvement is involvement
                ),
                None,
            )
    if dst is not None and not is_uri(dst):
        dst = None

    banners = [s for s in article if s.kind == "banner"]
    label_signal = (
        winner
        if winner is not None and winner.kind == "banner"
        else (banners[0] if banners else None)
    )
    label = label_signal.raw.strip() or None if label_signal is not None else None
    label_language = None
    if label_signal is not None and label_signal.spec and label_signal.spec.startswith(LEXICON):
        label_language = label_signal.spec[len(LEXICON) :] or None

    model = provider = None
    ranked = ([winner] if winner is not None else []) + [s for s in article if s is not winner]
    if involvement is _N:
        ranked = []  # no AI involved: no model to name
    for signal in ranked:
        got_model, got_provider = _model_provider(signal)
        model = model or (got_model.strip() if got_model and got_model.strip() else None)
        provider = provider or (
            got_provider.strip() if got_provider and got_provider.strip() else None
        )
    return AIDisclosure(
        involvement=involvement,
        reviewed_by_human=reviewed,
        digital_source_type=dst,
        label=label,
        label_language=label_language,
        ai_model=model,
        ai_provider=provider,
        signals=kept,
        locator=winner.locator if winner is not None else None,
        parts=_parts(kept),
    )
