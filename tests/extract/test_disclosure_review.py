"""AI notes that say who checked the work in the active voice, with a professional as the
reviewer, machine learning as the tool, and a genre noun ("explainer") as the text. The
notes are written for these tests after the wording publishers use ("In this story, we used
… to help us …; a reporter checked …")."""

from __future__ import annotations

import datetime as _dt

import pytest

import newsmeta
from newsmeta import AIInvolvement

NOW = _dt.datetime(2026, 12, 1, tzinfo=_dt.timezone.utc)
BODY = "<p>The central bank raised its main rate again on Tuesday, to 4.5 percent.</p>" * 4


def _disclosure(note: str, lang: str = "en") -> newsmeta.AIDisclosure:
    html = (
        f'<html lang="{lang}"><head><title>Rates</title></head><body><article><h1>Rates rise'
        f'</h1>{BODY}<p class="note">{note}</p></article></body></html>'
    )
    return newsmeta.extract(html, "https://rates.example/a/1", now=NOW).ai_disclosure


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("How we used AI: An AI tool helped us transcribe the council meeting. Our reporter "
         "listened to the recording to confirm each quote.", "en"),
        ("Our desk used an AI tool to create a first draft of this explainer, then rewrote and "
         "fact-checked it.", "en"),
        ("In diesem Artikel haben wir KI eingesetzt, um Daten aus 300 Gemeindehaushalten "
         "auszuwerten. Alle Ergebnisse hat unsere Redaktion geprüft.", "de"),
        ("Para este reportaje usamos inteligencia artificial para transcribir las entrevistas; "
         "el equipo revisó cada cita.", "es"),
    ],
)  # fmt: skip
def test_people_checking_the_work_in_the_active_voice_count_as_review(note: str, lang: str) -> None:
    disclosure = _disclosure(note, lang)
    assert disclosure.involvement is AIInvolvement.ASSISTED
    assert disclosure.reviewed_by_human is True


def test_a_professional_named_by_the_job_is_a_reviewer() -> None:
    disclosure = _disclosure(
        "This weather update was produced using an automated system and checked by a meteorologist."
    )
    assert disclosure.involvement is AIInvolvement.GENERATED
    assert disclosure.reviewed_by_human is True


def test_machine_learning_software_is_an_ai_tool() -> None:
    disclosure = _disclosure(
        "We used machine learning software to help analyze 40,000 police reports for this "
        "investigation."
    )
    assert disclosure.involvement is AIInvolvement.ASSISTED


def test_a_writer_who_used_ai_is_not_read_as_the_reviewer() -> None:
    # The people before "using AI tools" wrote it; the desk after "checked by" reviewed it.
    disclosure = _disclosure(
        "This profile was written by one of our reporters using AI tools and checked by the "
        "city desk."
    )
    assert disclosure.involvement is AIInvolvement.ASSISTED
    assert disclosure.reviewed_by_human is True


@pytest.mark.parametrize(
    "note",
    [
        "Our reporters were told the company uses machine learning to check loan requests.",
        "The company said its new AI model can write news articles in seconds.",
    ],
)
def test_reports_about_ai_are_no_disclosure(note: str) -> None:
    assert _disclosure(note).involvement is AIInvolvement.UNKNOWN


@pytest.mark.parametrize(
    "note",
    [
        "AI helped draft this brief; a Valley Ledger editor revised and verified it.",
        "This story was written with the help of an AI tool. A Coast Courier copy editor "
        "then checked it.",
        "Parts of this guide were drafted by AI, and the editor revised it before publication.",
    ],
)
def test_a_reviewer_named_with_the_outlet_or_revising_counts_as_review(note: str) -> None:
    assert _disclosure(note).reviewed_by_human is True


def test_a_reporter_who_only_wrote_is_no_review() -> None:
    disclosure = _disclosure(
        "This story was drafted with the help of AI. A Valley Ledger reporter wrote the rest."
    )
    assert disclosure.involvement is AIInvolvement.ASSISTED
    assert disclosure.reviewed_by_human is not True
