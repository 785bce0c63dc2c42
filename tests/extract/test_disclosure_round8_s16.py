"""AI notes round 8 (session 16): the level grammar applied across languages (the machine
as maker → generated; help words → assisted; a picture made with a tool's help →
generated), software writing from data, and synthetic narration. Pages of our own wording,
through the public API only."""

from __future__ import annotations

import datetime as _dt

import pytest

import newsmeta
from newsmeta import AIDisclosure, AIInvolvement

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_U = AIInvolvement.UNKNOWN

_STORY = (
    "The ferry to the island will sail every forty minutes from April, after the harbour "
    "board approved the new timetable at its meeting on Tuesday evening.",
    "Winter crossings stay at one sailing an hour, and the operator says two more crews "
    "will be hired before the summer season begins.",
)


def page(note: str, *, lang: str = "en", caption: str = "") -> str:
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    figure = (
        f'<figure><img src="/i.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        if caption
        else ""
    )
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry timetable</title></head><body><article><h1>Ferry timetable changes</h1>
{figure}{story}<p><em>{note}</em></p></article></body></html>"""


def read(html: str) -> AIDisclosure:
    return newsmeta.extract(html, "https://harbour.example/a/1", now=NOW).ai_disclosure


@pytest.mark.parametrize(
    ("note", "lang", "expected"),
    [
        ("This preview was written by software using figures from the league office.", "en", _G),
        ("Written by software using data from the national statistics office.", "en", _G),
        (
            "Dieser Bericht wurde von einer Software auf Grundlage von Daten des Verbands "
            "geschrieben.",
            "de",
            _G,
        ),
        # the level grammar: an instrument without a person → generated; help → assisted
        ("Dieser Text wurde unter Verwendung von KI erstellt.", "de", _G),
        ("Dieser Text wurde mithilfe von KI erstellt.", "de", _A),
        ("Цей текст створено з використанням ШІ.", "uk", _G),
        ("Цю статтю написано за допомогою ШІ.", "uk", _A),
        ("Эта статья подготовлена с использованием ИИ.", "ru", _G),
        ("이 기사는 생성형 AI를 활용해 작성했습니다.", "ko", _G),
    ],
)
def test_notes_read_by_the_level_grammar(note: str, lang: str, expected: AIInvolvement) -> None:
    assert read(page(note, lang=lang)).involvement is expected


def test_a_picture_created_with_a_tools_help_is_generated() -> None:
    disclosure = read(page("", lang="ru", caption="Иллюстрация создана с помощью нейросети"))
    parts = {part.scope: part.involvement for part in disclosure.parts}
    assert parts.get("image") is _G
    assert disclosure.involvement is _U


@pytest.mark.parametrize(
    "note",
    ["Listen to this article: synthetic narration.", "This article features synthetic narration."],
)
def test_synthetic_narration_makes_the_audio_version(note: str) -> None:
    disclosure = read(page(note))
    parts = {part.scope: part.involvement for part in disclosure.parts}
    assert parts.get("audio") is _G
    assert disclosure.involvement is _U


@pytest.mark.parametrize(
    "prose",
    [
        "Software using figures from the league predicted the winner of the final.",
        "He wrote the software using open data from the city, the mayor said.",
        "Synthetic narration is spreading across audiobook platforms, publishers say.",
    ],
)
def test_prose_about_software_or_narration_is_no_note(prose: str) -> None:
    html = page("").replace("<p><em></em></p>", f"<p>{prose}</p>")
    assert read(html).involvement is _U


@pytest.mark.parametrize(
    ("note", "lang", "expected"),
    [
        # a person as the writer, the AI as the tool → assisted; the AI as the maker → generated
        ("本記事は記者がAIを活用して執筆しました。", "ja", _A),
        ("この記事は生成AIを活用して作成しています。", "ja", _G),
        ("이 기사는 기자가 AI를 활용해 작성했습니다.", "ko", _A),
    ],
)
def test_a_person_writing_with_the_ai_as_a_tool(
    note: str, lang: str, expected: AIInvolvement
) -> None:
    assert read(page(note, lang=lang)).involvement is expected


@pytest.mark.parametrize("note", ["AI 앵커가 읽어주는 기사입니다.", "AI 앵커가 읽어드립니다"])
def test_an_ai_anchor_reads_the_audio_version(note: str) -> None:
    disclosure = read(page(note, lang="ko"))
    parts = {part.scope: part.involvement for part in disclosure.parts}
    assert parts.get("audio") is _G


def test_an_ai_info_label_is_a_badge_only_as_a_whole_label() -> None:
    label = page("").replace("<p><em></em></p>", '<span class="ai-label">AI info</span>')
    assert read(label).involvement is _A
    prose = page("").replace(
        "<p><em></em></p>", "<p>Tap AI info under a post to see how the label was applied.</p>"
    )
    assert read(prose).involvement is _U
