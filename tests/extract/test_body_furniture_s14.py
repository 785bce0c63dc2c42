# ruff: noqa: E501
"""Body precision of session 14: furniture that leaked into the body.

- Reader comments that the comment reader finds (a section named by its ``aria-label`` or
  by a heading in any language, comments whose wrappers carry no comment class) are never
  the article's text; a forum thread whose opening post is read as a comment keeps it.
- Cards of a heading and a short text beside a short story, in Japanese or Chinese, are
  left out like those in alphabetic scripts (lengths in those scripts count double); a
  product's features under short titles are kept.
- A paywall's lines closing a teaser ("Already a subscriber? Log in to continue reading.",
  "Nur für Abonnenten", "Déjà abonné ?") are left out.
- The controls of an embedded post ("View this post on Instagram", "A post shared by …")
  and of a recipe card ("Jump to Recipe", "Print Recipe") are no text, nor is a reading
  time ("4 min read", "Lesezeit: 3 Min.").
- An author box closing the story (a heading "About the author", or the writer's name and
  a newsroom role: "Ann Lee is the transport correspondent …") is left out, whatever its
  class; an op-ed's closing line on a professor is kept.
- Linked teaser cards inside a story of short paragraphs (under 100 characters each) are
  left out; a post that is a list of linked picks is kept.
- A cookie notice of several paragraphs closing the text (only its first names cookies),
  also in Italian, Portuguese and Dutch, is left out; a story about cookie banners and a
  cookie recipe keep their closing lines.

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

import newsmeta

_STORY = [
    "The county board agreed on Wednesday to rebuild the ferry landing before the summer season begins.",
    "Inspectors found last autumn that the timber piles under the landing had rotted through in places.",
    "Ferry crossings will move to the fishing harbour for six weeks while the new landing is built.",
]
_REPLIES = [
    "About time, the landing has been a danger to everyone who uses it for at least three winters now.",
    "Six weeks at the fishing harbour is fine by me, the car park there is bigger and closer to the bus stop.",
    "I hope they use stone this time, timber never lasts long in salt water, everybody on the island knows that.",
    "Will the cafe at the old landing stay open while the work goes on, or do we lose that too for the summer?",
    "My father helped build the last landing in 1978 and he always said the piles were too thin from the start.",
]
_RU = [
    "Районный совет в среду решил перестроить паромный причал до начала летнего сезона.",
    "Осенью инспекторы обнаружили, что деревянные сваи под причалом местами полностью сгнили.",
    "На шесть недель строительства паром будет причаливать в рыбацкой гавани, сообщили в совете.",
]
_RU_REPLIES = [
    "Давно пора, причал уже несколько зим был опасен для всех, кто им пользуется каждый день.",
    "Шесть недель в рыбацкой гавани меня устраивают, там и стоянка больше, и автобус ближе.",
    "Надеюсь, на этот раз построят из камня, дерево в солёной воде долго не живёт, это все знают.",
]


def _posts(texts: list[str], cls: str = "post") -> str:
    return "".join(
        f"<div class='{cls}'><div class='meta'><b>Reader {chr(65 + i)}</b> "
        f"<time datetime='2026-03-0{i + 1}'>March {i + 1}, 2026</time></div><p>{t}</p></div>"
        for i, t in enumerate(texts)
    )


def test_comments_in_a_section_named_by_its_aria_label_stay_out_of_the_body() -> None:
    html = _page(
        f"<div class='wrap'><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}"
        f"<section aria-label='Comments'>{_posts(_REPLIES)}</section></div>"
    )
    article = newsmeta.extract(html, "https://courier.example/2026/story")
    body = " ".join((article.body or "").split())
    assert all(line in body for line in _STORY)
    assert not any(reply in body for reply in _REPLIES)
    assert len(article.comments) == len(_REPLIES)  # still read as comments


def test_comments_under_a_russian_heading_stay_out_of_the_body() -> None:
    html = _page(
        f"<div class='wrap'><h1>Причал перестроят</h1>{_paras(_RU)}"
        f"<h3>Комментарии</h3><div class='list'>{_posts(_RU_REPLIES)}</div></div>",
        lang="ru",
        title="Причал перестроят",
    )
    body = _body(html)
    assert all(line in body for line in _RU)
    assert not any(reply in body for reply in _RU_REPLIES)


def test_responses_inside_the_article_stay_out_of_the_body() -> None:
    html = _page(
        f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}<h3>5 Responses</h3>"
        f"<div>{_posts(_REPLIES, 'reply')}</div></article>"
    )
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert not any(reply in body for reply in _REPLIES)


def test_a_forum_thread_whose_opening_post_reads_as_a_comment_keeps_it() -> None:
    first = " ".join(_STORY)
    posts = "".join(
        f"<div class='comment' id='c{i}'><div class='meta'><b>user{i}</b> "
        f"<time datetime='2026-03-03'>3 March 2026</time></div><div class='comment-text'>{t}</div></div>"
        for i, t in enumerate([first, *_REPLIES[:3]])
    )
    html = _page(f"<div class='forum'><h2>Ferry landing: what now?</h2>{posts}</div>")
    body = _body(html)
    assert all(line in body for line in _STORY)


def test_a_story_quoting_its_readers_under_their_names_is_kept() -> None:
    quoted = "".join(f"<h3>Reader {chr(65 + i)}</h3><p>{t}</p>" for i, t in enumerate(_REPLIES))
    html = _page(
        f"<article><h1>What readers told us about the landing</h1><p>{_STORY[0]}</p>{quoted}</article>"
    )
    body = _body(html)
    assert _STORY[0] in body
    assert all(reply in body for reply in _REPLIES)


_JA = [
    "区議会は水曜日、老朽化した渡船の桟橋を夏までに建て替えることを決めた。",
    "昨年秋の点検で、桟橋を支える木の杭が何か所も腐っていることが分かった。",
    "工事の六週間、渡船は漁港の岸壁から発着する予定だという。",
    "区の担当者は、利用者に迷惑をかけないよう工事を急ぐと話した。",
]
_JA_CARDS = [
    (
        "灯台が古いランプを守る理由",
        "ランプは百年以上前に作られたもので、財団は取り替えずに修理することを選んだ。",
    ),
    (
        "給食を自分たちで育てる学校",
        "子どもたちは体育館の裏で畑を耕し、調理員はその朝の収穫に合わせて献立を決める。",
    ),
    ("眠らないパン屋", "三代にわたり、ある家族が漁師のために夜通しパンを焼き続けている。"),
    ("新しい病棟の中", "患者は来月、個室と屋上庭園のある新しい病棟に移る予定だ。"),
]
_JA_FEATURES = [
    ("防水性能", "雨の日でも安心して使えるように、本体はすべての面で防水になっている。"),
    ("高速充電", "十五分の充電で、およそ五時間の連続再生ができるのが大きな特長だ。"),
    ("軽量設計", "重さはわずか二百五十グラムで、一日中つけていても疲れにくい。"),
]


def test_japanese_cards_beside_a_short_story_stay_out() -> None:
    cards = "".join(f"<div class='box'><h5>{h}</h5><p>{p}</p></div>" for h, p in _JA_CARDS)
    html = _page(
        f"<div class='main'><h1>桟橋を建て替えへ</h1>{_paras(_JA)}</div><div class='side'>{cards}</div>",
        lang="ja",
        title="桟橋を建て替えへ",
    )
    body = _body(html)
    assert all(line in body for line in _JA)
    assert not any(p in body for _, p in _JA_CARDS)


def test_a_japanese_products_features_under_short_titles_are_kept() -> None:
    items = "".join(f"<div class='f'><h4>{h}</h4><p>{p}</p></div>" for h, p in _JA_FEATURES)
    html = _page(
        f"<article><h1>新型ヘッドホンを試した</h1>{_paras(_JA[:3])}<div class='features'>{items}</div></article>",
        lang="ja",
        title="新型ヘッドホンを試した",
    )
    body = _body(html)
    assert all(p in body for _, p in _JA_FEATURES)


def test_a_paywall_closing_the_teaser_is_left_out_in_several_languages() -> None:
    english = [
        "This story is for subscribers only.",
        "Already a subscriber? Log in to continue reading.",
    ]
    german = ["Dieser Artikel ist nur für Abonnenten.", "Sie sind bereits Abonnent? Hier anmelden."]
    french = ["La suite de cet article est réservée aux abonnés.", "Déjà abonné ? Connectez-vous."]
    for lines in (english, german, french):
        html = _page(
            f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}<div>{_paras(lines)}</div></article>"
        )
        body = _body(html)
        assert all(line in body for line in _STORY)
        assert not any(line in body for line in lines)


def test_a_story_closing_on_subscribers_keeps_its_last_line() -> None:
    last = "The ferry company said that readers who are already subscribers to its timetable alerts would be told of every change."
    html = _page(
        f"<article><h1>Ferry landing to be rebuilt</h1>{_paras([*_STORY, last])}</article>"
    )
    assert last in _body(html)


def test_an_embedded_posts_fallback_controls_are_left_out() -> None:
    embed = (
        "<blockquote class='instagram-media'><a href='https://instagram.example/p/1'>View this post on Instagram</a>"
        "<p>A post shared by Harbour Walks (@harbourwalks)</p></blockquote>"
    )
    html = _page(
        f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY[:2])}{embed}{_paras(_STORY[2:])}</article>"
    )
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert "View this post" not in body
    assert "A post shared by" not in body


def test_a_recipe_cards_controls_are_left_out_and_its_parts_kept() -> None:
    ingredients = ["250 g plain flour", "50 g cold butter, diced", "150 ml whole milk"]
    steps = [
        "Rub the butter into the flour until it looks like fine breadcrumbs.",
        "Stir in the milk, cut into rounds and bake for twelve minutes.",
    ]
    html = _page(
        "<article><h1>Harbour scones</h1><a class='jump' href='#recipe'>Jump to Recipe</a> <a href='#print'>Print Recipe</a>"
        f"{_paras(_STORY)}<div id='recipe'><h3>Ingredients</h3><ul>{''.join(f'<li>{i}</li>' for i in ingredients)}</ul>"
        f"<h3>Method</h3><ol>{''.join(f'<li>{s}</li>' for s in steps)}</ol></div></article>"
    )
    body = _body(html)
    assert all(line in body for line in ingredients + steps)
    assert "Jump to Recipe" not in body
    assert "Print Recipe" not in body


def test_a_reading_time_line_above_the_story_is_no_text() -> None:
    for line in (
        "4 min read",
        "Lesezeit: 3 Min.",
        "Temps de lecture : 5 min",
        "Listen to this article",
    ):
        html = _page(
            f"<article><h1>Ferry landing to be rebuilt</h1><div class='m'><span>{line}</span></div>{_paras(_STORY)}</article>"
        )
        body = _body(html)
        assert all(s in body for s in _STORY)
        assert line not in body


def test_an_author_box_closing_the_story_is_left_out_whatever_its_class() -> None:
    boxes = [
        "<div class='box-a'><img src='/a.jpg'><p>Ann Lee is the transport correspondent of the Valley Courier. She has covered the river crossings since 2012.</p></div>",
        "<section class='writer'><h4>About the author</h4><p>Ann Lee covers roads, rail and the ferries.</p><p>She lives on the island with her two children.</p></section>",
        "<div class='x'><p>Anna Beispiel ist Redakteurin im Lokalressort und schreibt seit 2015 über Verkehr und Häfen.</p></div>",
    ]
    for box in boxes:
        html = _page(
            f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}{box}</article>"
        )
        body = _body(html)
        assert all(line in body for line in _STORY)
        assert "Ann Lee" not in body
        assert "Anna Beispiel" not in body


def test_an_op_eds_closing_line_on_its_writer_outside_a_newsroom_is_kept() -> None:
    last = "Jane Roe is a professor of civil engineering at the Valley University."
    html = _page(
        f"<article><h1>Why the landing must be rebuilt</h1>{_paras(_STORY)}<p><em>{last}</em></p></article>"
    )
    assert last in _body(html)


_ES = [
    "El Ayuntamiento aprobó este martes un plan para reducir el consumo de agua durante la sequía.",
    "Las nuevas normas prohíben regar jardines y llenar piscinas entre las diez y las ocho.",
    "Quien incumpla las restricciones podrá recibir multas de hasta tres mil euros.",
    "Los embalses que abastecen a la ciudad se encuentran al veinte por ciento de su capacidad.",
    "La alcaldesa pidió a los vecinos que revisen sus grifos para evitar pérdidas de agua.",
]
_ES_CARDS = [
    (
        "El muelle se hunde cada año",
        "Los científicos miden el muelle desde hace diez años y han visto que baja dos milímetros cada año.",
    ),
    (
        "Diez rutas para un día de lluvia",
        "Del viejo camino del molino al sendero del acantilado, estas rutas merecen la pena.",
    ),
    (
        "La panadería que nunca cierra",
        "Desde hace tres generaciones, una familia hornea pan de noche para los pescadores.",
    ),
]


def test_linked_cards_inside_a_story_of_short_paragraphs_stay_out() -> None:
    cards = "".join(
        f"<div class='rel'><h3><a href='/r{i}'>{h}</a></h3><p>{p}</p></div>"
        for i, (h, p) in enumerate(_ES_CARDS)
    )
    html = _page(
        f"<article><h1>Plan contra la sequía</h1>{_paras(_ES)}<section><h2>Te puede interesar</h2>{cards}</section></article>",
        lang="es",
        title="Plan contra la sequía",
    )
    body = _body(html)
    assert all(line in body for line in _ES)
    assert not any(p in body for _, p in _ES_CARDS)


def test_a_post_that_is_a_list_of_linked_picks_is_kept() -> None:
    picks = "".join(
        f"<div class='pick'><h3><a href='/p{i}'>{h}</a></h3><p>{p} {p}</p></div>"
        for i, (h, p) in enumerate(_ES_CARDS)
    )
    html = _page(
        f"<article><h1>Tres lecturas para el fin de semana</h1><p>Estas son las historias que más gustaron.</p>{picks}</article>",
        lang="es",
        title="Tres lecturas para el fin de semana",
    )
    body = _body(html)
    assert all(p in body for _, p in _ES_CARDS)


def test_a_cookie_notice_of_several_paragraphs_closing_the_text_is_left_out() -> None:
    notice = [
        "We value your privacy and use cookies to store and access information on your device.",
        "With your consent, we and our partners process personal data such as unique IDs.",
        "You can accept or reject these purposes at any time in the privacy settings of this site.",
    ]
    html = _page(
        f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}{_paras(notice)}</article>"
    )
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert not any(line in body for line in notice)


def test_a_story_about_cookie_banners_keeps_its_closing_lines() -> None:
    story = [
        "The data protection authority fined the retailer on Monday for setting cookies before visitors gave their consent.",
        "Inspectors found the banner's accept button was large and green while the refusal was hidden in the settings.",
        "The retailer said it would change its privacy page and appeal against the fine.",
    ]
    html = _page(
        f"<article><h1>Retailer fined over cookie banner</h1>{_paras(_STORY[:1])}{_paras(story)}</article>"
    )
    body = _body(html)
    assert all(line in body for line in story)


def test_a_cookie_notice_in_dutch_or_portuguese_closing_the_text_is_left_out() -> None:
    dutch = [
        "Wij gebruiken cookies en vergelijkbare technieken om content te personaliseren.",
        "Met uw toestemming verwerken wij en onze partners uw gegevens voor deze doeleinden.",
        "U kunt uw keuze op elk moment wijzigen via de instellingen onderaan de pagina.",
    ]
    portuguese = [
        "Utilizamos cookies e tecnologias semelhantes para personalizar conteúdos.",
        "Com o seu consentimento, nós e os nossos parceiros tratamos os seus dados.",
        "Pode alterar as suas preferências a qualquer momento nas definições de privacidade.",
    ]
    for notice in (dutch, portuguese):
        html = _page(
            f"<article><h1>Ferry landing to be rebuilt</h1>{_paras(_STORY)}{_paras(notice)}</article>"
        )
        body = _body(html)
        assert all(line in body for line in _STORY)
        assert not any(line in body for line in notice)


def test_a_cookie_recipe_keeps_its_closing_lines() -> None:
    end = [
        "You can freeze the cookies in a tin for up to a month, and we often do.",
        "Oven settings vary, so check them after ten minutes the first time you bake.",
    ]
    html = _page(f"<article><h1>Oat cookies</h1>{_paras(_STORY)}{_paras(end)}</article>")
    body = _body(html)
    assert all(line in body for line in end)
