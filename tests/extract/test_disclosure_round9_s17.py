"""AI notes round 9 (session 17): a short unspaced paragraph about someone else's use of AI
is news, not a label (ja, zh, ko, th); invitations to listen name the audio version; Thai
"ใช้ AI ช่วย" assists; human oversight as a manner; a newsletter promo. Whole pages of our
own wording, through the public API only."""

from __future__ import annotations

import datetime as _dt

import pytest

import newsmeta
from newsmeta import AIDisclosure, AIInvolvement

NOW = _dt.datetime(2026, 11, 5, tzinfo=_dt.timezone.utc)
_G = AIInvolvement.GENERATED
_A = AIInvolvement.ASSISTED
_U = AIInvolvement.UNKNOWN

_BODY = {
    "en": (
        "The regional water board voted on Monday to raise rates by four percent from "
        "January, citing repairs to pipes laid in the 1960s.",
        "Board members said the increase would fund the replacement of twelve kilometres of "
        "mains over the next three years.",
    ),
    "zh": (
        "区水务委员会周一投票决定，从明年一月起将水费上调百分之四，以修复六十年代铺设的管道。",
        "委员们表示，这笔资金将用于在未来三年更换十二公里的主管道。",
    ),
    "ja": (
        "地域の水道委員会は月曜日、老朽化した水道管の修理のため、来年1月から料金を4％引き上げることを決めた。",
        "委員によると、今後3年間で12キロの本管を交換する。",
    ),
    "ko": (
        "지역 수도위원회는 월요일 노후 수도관 보수를 위해 "
        "내년 1월부터 요금을 4% 인상하기로 의결했다.",
        "위원들은 향후 3년간 12킬로미터의 본관을 교체한다고 밝혔다.",
    ),
    "th": (
        "คณะกรรมการน้ำประปาภูมิภาคลงมติเมื่อวันจันทร์ให้ขึ้นค่าน้ำร้อยละสี่ตั้งแต่เดือนมกราคม "
        "เพื่อซ่อมท่อที่วางไว้ตั้งแต่ทศวรรษ 1960",
        "กรรมการระบุว่าเงินจะนำไปเปลี่ยนท่อประธานยาวสิบสองกิโลเมตรภายในสามปี",
    ),
    "es": (
        "La junta regional del agua votó el lunes subir las tarifas un cuatro por ciento "
        "desde enero para reparar tuberías de los años sesenta.",
        "El dinero servirá para sustituir doce kilómetros de conducciones en tres años.",
    ),
    "fr": (
        "Le syndicat des eaux a voté lundi une hausse de quatre pour cent des tarifs à "
        "partir de janvier pour réparer des canalisations des années soixante.",
        "L'argent servira à remplacer douze kilomètres de conduites en trois ans.",
    ),
}


def page(lang: str, *, last: str = "", top: str = "", caption: str = "", after: str = "") -> str:
    first, second = _BODY[lang]
    figure = (
        f'<figure><img src="/p.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        if caption
        else ""
    )
    closing = f"<p>{last}</p>" if last else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Water rates - Daily Ridge</title></head><body>
<header class="masthead"><a href="/">Daily Ridge</a><nav><a href="/news">News</a>
<a href="/ai">AI</a></nav></header>
<main><article>{top}<h1>Water rates to rise</h1><p class="byline">By Lena Ortiz</p>
<time datetime="2026-10-30">30.10.2026</time>
<div class="story-body"><p>{first}</p>{figure}<p>{second}</p>{closing}</div>{after}</article>
<aside class="most-read"><h3>Most read</h3><ul><li><a href="/1">Ferry fares rise</a></li>
</ul></aside></main><footer class="site-footer"><p>© 2026 Daily Ridge</p></footer>
</body></html>"""


def read(html: str) -> AIDisclosure:
    return newsmeta.extract(html, "https://ridge.example/a/1", now=NOW).ai_disclosure


def parts(disclosure: AIDisclosure) -> dict[str, AIInvolvement]:
    return {part.scope: part.involvement for part in disclosure.parts}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("zh", "该公司利用AI生成了广告。"),
        ("ja", "同社はAIで広告を作成した。"),
        ("ko", "학생들이 AI로 과제를 작성했다."),
        ("th", "นักเรียนใช้ AI ช่วยเขียนการบ้าน"),
        ("th", "ครูใช้ AI ตรวจการบ้าน"),
    ],
)
def test_someone_elses_use_of_ai_in_a_short_paragraph_is_news(lang: str, sentence: str) -> None:
    disclosure = read(page(lang, last=sentence))
    assert disclosure.involvement is _U
    assert parts(disclosure) == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "level"),
    [
        ("zh", "本文由AI生成。", _G),
        ("zh", "我们利用AI生成了这篇报道。", _G),
        ("ja", "記者がAIを活用して執筆しました。", _A),
        ("ja", "AIで作成しました。", _G),
        ("ko", "기자가 AI를 활용해 작성했습니다.", _A),
        ("th", "ใช้ AI ช่วยเขียน", _A),
        ("th", "บทความนี้เขียนโดยใช้ AI ช่วย", _A),
    ],
)
def test_the_pages_own_short_notes_are_still_read(
    lang: str, sentence: str, level: AIInvolvement
) -> None:
    assert read(page(lang, last=sentence)).involvement is level


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("es", "Escucha esta noticia con voz generada por IA"),
        ("fr", "Écouter l'article (voix de synthèse)"),
    ],
)
def test_an_invitation_to_listen_names_the_audio_version(lang: str, caption: str) -> None:
    disclosure = read(page(lang, caption=caption))
    assert disclosure.involvement is _U
    assert parts(disclosure).get("audio") is _G


def test_a_video_made_with_sora_is_the_videos_part() -> None:
    disclosure = read(page("en", caption="Video generated with Sora for illustration purposes."))
    assert disclosure.involvement is _U
    assert parts(disclosure).get("video") is _G


def test_human_oversight_as_a_manner_is_a_review() -> None:
    note = "<em>Texto generado por inteligencia artificial con supervisión humana.</em>"
    disclosure = read(page("es", last=note))
    assert disclosure.involvement is _G
    assert disclosure.reviewed_by_human is True


def test_a_newsletter_promo_is_no_note() -> None:
    promo = "<em>Sign up for our weekly AI newsletter, written by our technology desk.</em>"
    assert read(page("en", last=promo)).involvement is _U


def test_a_real_note_beside_a_newsletter_promo_is_still_read() -> None:
    note = "<em>This article was produced with the help of AI tools.</em>"
    promo = '<p class="promo">Sign up for our weekly AI newsletter.</p>'
    assert read(page("en", last=note, after=promo)).involvement is _A
