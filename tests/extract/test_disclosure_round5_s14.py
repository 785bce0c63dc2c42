"""AI notes, round 5 (session 14): an agent's noun after "by", bylines shared with "l'IA",
reading verbs of Japanese, Chinese and Korean, desks that review, synthetic voices, and the
cookie notices, app promos and feature badges that are no notes."""

from __future__ import annotations

import datetime as _dt

import pytest
from disclosure_cases import Case, Expect, page_for

import newsmeta
from newsmeta import AIDisclosure, AIInvolvement, AIPart

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
_ANY = Expect("article", "unknown", None)
_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_U = AIInvolvement.UNKNOWN


def disclosure_of(lang: str, placement: str, text: str) -> AIDisclosure:
    page = page_for(Case(lang, placement, text, _ANY))
    return newsmeta.extract(page, "https://harbour.example/a/1", now=NOW).ai_disclosure


def part_of(disclosure: AIDisclosure, scope: str) -> AIPart | None:
    return next((p for p in disclosure.parts if p.scope == scope), None)


@pytest.mark.parametrize(
    ("lang", "placement", "text"),
    [
        ("en", "caption", "Narrated by an AI voice"),
        ("en", "caption", "Read aloud by an AI voice"),
        ("ja", "caption", "この記事はAI音声で読み上げています。"),
        ("zh", "endnote", "本文由AI语音朗读"),
        ("ko", "endnote", "이 기사는 AI 음성으로 읽어 드립니다."),
        ("fr", "endnote", "Cet article vous est lu par une voix de synthèse."),
        ("de", "endnote", "Dieser Artikel wird von einer synthetischen Stimme vorgelesen."),
        ("it", "endnote", "Questo articolo è letto da una voce sintetica."),
    ],
)
def test_a_voice_reading_the_article_makes_its_audio(lang: str, placement: str, text: str) -> None:
    got = disclosure_of(lang, placement, text)
    audio = part_of(got, "audio")
    assert audio is not None and audio.involvement is _G
    assert got.involvement is _U  # the text itself is not said to be AI-made


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Par la rédaction et l'IA"),
        ("fr", "Par Jean Dupont et l’IA"),
        ("es", "Por la Redacción y la IA"),
        ("de", "Von der Lokalredaktion und der KI"),
    ],
)
def test_a_byline_shared_with_the_ai_and_its_article(lang: str, text: str) -> None:
    assert disclosure_of(lang, "byline", text).involvement is _A


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Esta previa se generó con inteligencia artificial y la revisó la sección de Deportes.",
        ),
        ("es", "Esta nota se redactó con IA y la corrigió la sección de Política."),
        ("nl", "Dit verslag is automatisch gemaakt en nagekeken door de sportredactie."),
        ("nl", "Dit bericht is met AI geschreven; de economieredactie heeft het nagekeken."),
    ],
)
def test_a_desk_named_as_the_reviewer(lang: str, text: str) -> None:
    got = disclosure_of(lang, "endnote", text)
    assert (got.involvement, got.reviewed_by_human) == (_G, True)


def test_a_picture_generated_with_the_help_of_ai_is_generated() -> None:
    image = part_of(
        disclosure_of("pl", "caption", "Ilustracja: wygenerowano przy pomocy AI"), "image"
    )
    assert image is not None and image.involvement is _G
    # an "AI-assisted" badge still says assisted
    badge = part_of(disclosure_of("en", "caption", "AI-assisted illustration"), "image")
    assert badge is None or badge.involvement is _A


@pytest.mark.parametrize(
    ("lang", "placement", "text"),
    [
        ("en", "banner", "Download our app for AI-powered news alerts"),
        ("en", "banner", "Install the app and get AI-powered briefings every morning"),
        ("de", "banner", "Jetzt die App laden: KI-gestützte Eilmeldungen aufs Handy"),
        ("en", "endnote", "We use cookies and share data with our advertising and AI partners."),
        ("pt", "banner", "Nós e nossos parceiros de IA usamos cookies para personalizar conteúdo."),
        ("es", "endnote", "Utilizamos cookies y compartimos datos con nuestros socios de IA."),
        ("en", "inline", "Scammers used a synthetic voice to imitate the mayor, police said."),
        ("en", "banner", "Careers: we are hiring a machine learning engineer to build AI tools."),
    ],
)
def test_promos_cookie_notices_and_news_are_no_notes(lang: str, placement: str, text: str) -> None:
    got = disclosure_of(lang, placement, text)
    assert got.involvement is _U
    assert not [p for p in got.parts if p.involvement in (_G, _A)]


def test_a_no_ai_declaration_with_a_verb_of_serving_reads_none() -> None:
    text = "Aucun outil d'IA n'a servi à écrire cet article."
    assert disclosure_of("fr", "endnote", text).involvement is AIInvolvement.NONE
