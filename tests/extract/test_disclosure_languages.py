"""AI notes in the languages added in session 12 (pl, cs, sv, da, no, tr, ru, uk, ja, zh, ko):
the cases that depend on how those languages are written, not on one word list."""

from __future__ import annotations

import datetime as _dt

from disclosure_cases import Case, Expect, page_for

import newsmeta
from newsmeta import AIDisclosure, AIInvolvement

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
_ANY = Expect("article", "unknown", None)


def disclosure_of(lang: str, placement: str, text: str) -> AIDisclosure:
    page = page_for(Case(lang, placement, text, _ANY))
    return newsmeta.extract(page, "https://harbour.example/a/1", now=NOW).ai_disclosure


def test_ai_glued_to_chinese_and_korean_letters_is_still_the_agent() -> None:
    # no space and no word boundary between "AI" and the letters around it
    zh = disclosure_of("zh", "banner", "本文由AI生成。")
    assert zh.involvement is AIInvolvement.GENERATED
    assert zh.label_language == "zh"
    ko = disclosure_of("ko", "banner", "이 기사는 AI가 작성했습니다.")
    assert ko.involvement is AIInvolvement.GENERATED
    assert ko.label_language == "ko"


def test_an_all_capitals_latin_word_holding_ai_is_not_the_agent() -> None:
    got = disclosure_of("pl", "banner", "Redakcja SAIGON: tekst przygotowany przez zespół.")
    assert got.involvement is AIInvolvement.UNKNOWN


def test_a_clause_before_its_noun_names_a_class_of_articles() -> None:
    # "the government decided to require labels on articles written by AI"
    got = disclosure_of("ko", "endnote", "정부는 AI가 작성한 기사에 표시를 의무화하기로 했다.")
    assert got.involvement is AIInvolvement.UNKNOWN
    # the same clause with "this article" as its subject is a statement
    own = disclosure_of("ko", "endnote", "이 기사는 AI 기술을 활용해 작성된 기사입니다.")
    assert own.involvement is AIInvolvement.GENERATED


def test_an_advert_label_makes_no_statement() -> None:
    for lang, text in (
        ("ru", "Реклама: создайте сайт с помощью ИИ за пять минут"),
        ("zh", "广告：用AI几分钟即可生成您的网站"),
        ("pl", "Reklama: strona przygotowana przy pomocy AI w kilka minut"),
    ):
        assert disclosure_of(lang, "banner", text).involvement is AIInvolvement.UNKNOWN, text


def test_norwegian_page_codes_read_as_norwegian() -> None:
    case = Case("no", "endnote", "Teksten er laget ved hjelp av KI.", _ANY)
    page = page_for(case).replace('lang="no"', 'lang="nb"', 1)
    got = newsmeta.extract(page, "https://harbour.example/a/1", now=NOW).ai_disclosure
    assert got.involvement is AIInvolvement.ASSISTED
    assert got.label_language == "no"


def test_negations_by_suffix_and_prefix_deny_ai() -> None:
    for lang, text in (
        ("tr", "Bu haber yapay zeka kullanılmadan yazılmıştır."),
        ("cs", "Tento článek nebyl vytvořen pomocí umělé inteligence."),
        ("ja", "本記事はAIを使わずに執筆しています。"),
    ):
        assert disclosure_of(lang, "endnote", text).involvement is AIInvolvement.NONE, text
