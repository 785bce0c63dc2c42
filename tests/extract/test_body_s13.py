"""Body shapes of session 13, hostile templates: short closing sentences in other scripts,
an imprint beside or instead of a short story, consent walls and stories about cookie
banners, a story wrapper classed as furniture, a side column before the headline's block,
a story in custom elements.

The pages are written for these tests, in the shapes publishers use.
"""

from __future__ import annotations

from body_pages import body as _body
from body_pages import page as _page
from body_pages import paras as _paras

_JA = [
    "市議会は火曜日、老朽化した市民プールを来年の春から一年間閉鎖することを決めた。",
    "調査の結果、屋根と換気設備の全面的な改修が必要だと判断された。",
    "改修費用は約四億円と見込まれており、その三分の一を県が負担する。",
    "閉鎖期間中、学校の水泳の授業は隣の町のプールで行われる予定だ。",
    "市は送迎用のバスを週に二回、無料で運行する方針を示した。",
    "再開は再来年の夏休み前を目指している。",
]
_ZH = [
    "市政府周二宣布，将从下个月起对老城区的主要道路进行为期半年的改造。",
    "根据交通部门的统计，这条道路每天的车流量超过三万辆次。",
    "有关部门表示，施工将尽量安排在夜间进行，以减少对居民生活的影响。",
    "工程总投资约两亿元。",
    "市民可以通过热线电话查询信息！",
]


def test_short_closing_sentences_in_japanese_and_chinese_are_kept() -> None:
    for lines, lang in ((_JA, "ja"), (_ZH, "zh")):
        body = _body(_page(f"<article><h1>見出し</h1>{_paras(lines)}</article>", lang))
        for line in lines:
            assert line in body, (lang, line)


def test_a_short_unfinished_last_line_in_japanese_is_still_dropped() -> None:
    html = _page(f"<article><h1>見出し</h1>{_paras(_JA[:4])}<p>シェアする</p></article>", "ja")
    body = _body(html)
    assert _JA[3] in body
    assert "シェアする" not in body


_DE = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, das Hallenbad im Herbst für ein Jahr "
    "zu schließen.",
    "Nach einem Gutachten müssen das Dach und die gesamte Lüftungsanlage dringend erneuert werden.",
    "Die Kosten werden auf rund 4,2 Millionen Euro geschätzt, ein Drittel davon übernimmt "
    "das Land.",
    "Schulen und Vereine sollen in der Zwischenzeit das Bad in der Nachbargemeinde nutzen.",
]
_IMPRINT = [
    "Talblick Verlag GmbH, Hafenstraße 12, 20457 Hamburg",
    "Telefon: +49 40 1234567, Fax: +49 40 1234568, E-Mail: info@talblick.example",
    "Registergericht: Amtsgericht Hamburg, HRB 98765, USt-IdNr.: DE 987654321",
    "Geschäftsführung: Anna Beispiel, Bernd Muster",
    "Verantwortlich für den redaktionellen Inhalt gemäß § 18 Abs. 2 MStV: Clara Probe, "
    "Anschrift wie oben.",
    "Die Europäische Kommission stellt eine Plattform zur Online-Streitbeilegung bereit, die "
    "Sie unter ec.europa.eu/consumers/odr finden.",
    "Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer "
    "Verbraucherschlichtungsstelle teilzunehmen.",
    "Alle Inhalte dieser Website sind urheberrechtlich geschützt; eine Verwendung ohne "
    "Zustimmung des Verlags ist unzulässig.",
]


def test_an_imprint_is_not_read_instead_of_a_short_story_without_headline() -> None:
    story = "<br><br>".join(_DE)
    html = _page(
        f"<div class='titel'>Hallenbad schließt</div><div class='c'>{story}</div>"
        f"<div class='unten'>{_paras(_IMPRINT)}</div>",
        "de",
    )
    body = _body(html)
    for line in _DE:
        assert line in body
    assert "HRB 98765" not in body
    assert "Streitbeilegungsverfahren" not in body


def test_an_imprint_beside_a_short_story_is_not_read_with_it() -> None:
    html = _page(
        f"<div class='inhalt'><h1>Hallenbad schließt</h1>{_paras(_DE[:3])}</div>"
        f"<div class='unten'>{_paras(_IMPRINT)}</div>",
        "de",
    )
    body = _body(html)
    for line in _DE[:3]:
        assert line in body
    assert "Verbraucherschlichtungsstelle" not in body
    assert "urheberrechtlich" not in body


_FR = [
    "Le conseil municipal a voté mardi soir la fermeture du vieux pont pour huit mois de travaux.",
    "Les ingénieurs avaient alerté dès le printemps sur la corrosion de deux piliers métalliques.",
    "Environ quatorze mille véhicules empruntent le pont chaque jour, selon la direction "
    "des transports.",
]
_MENTIONS = [
    "Val Médias SAS, 12 rue du Port, 75002 Paris, au capital de 100 000 euros.",
    "RCS Paris B 123 456 789, numéro de TVA intracommunautaire FR 12 123456789.",
    "Directeur de la publication : Jean Exemple. Hébergeur : Exemple Cloud, 5 avenue de la "
    "Gare, 69001 Lyon.",
    "Conformément à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de "
    "rectification et de suppression des données vous concernant.",
    "Toute reproduction, même partielle, des contenus de ce site est interdite sans "
    "l'autorisation écrite de l'éditeur.",
]


def test_legal_notices_in_a_table_row_below_the_story_are_left_out() -> None:
    english = [
        "The city council voted late on Tuesday to close the old river bridge for at least "
        "eight months of repairs.",
        "Engineers had warned in a report last spring that two of the bridge's steel "
        "supports were badly corroded.",
        "About 14,000 vehicles cross the bridge every day, according to figures from the "
        "regional transport office.",
    ]
    colophon = [
        "Valley Media Group Ltd, 12 Harbour Street, Newtown NT1 4AB, United Kingdom.",
        "Registered in England and Wales, company number 04567891, VAT number GB 123 4567 89.",
        "Telephone +44 20 7946 0123, fax +44 20 7946 0124, newsroom open Monday to Friday.",
        "Valley Media is a member of the Independent Press Standards Organisation.",
        "All content on this site is protected by copyright and may not be reproduced.",
    ]
    html = _page(
        f"<table><tr><td><h2>Bridge to close</h2>{'<br>'.join(english)}</td></tr>"
        f"<tr><td class='ft'>{'<br>'.join(colophon)}</td></tr></table>"
    )
    body = _body(html)
    for line in english:
        assert line in body
    assert "company number" not in body
    assert "Telephone +44" not in body
    french = _body(
        _page(
            f"<div id='col'><h1>Le vieux pont fermé</h1>{_paras(_FR)}</div>"
            f"<div id='bas'>{_paras(_MENTIONS)}</div>",
            "fr",
        )
    )
    for line in _FR:
        assert line in french
    assert "RCS Paris" not in french
    assert "Informatique et Libertés" not in french


_CONSENT = [
    "We value your privacy and use cookies and similar technologies to store and access "
    "information on your device.",
    "With your consent, we and our 842 partners process personal data such as browsing "
    "behaviour or unique IDs.",
    "You can accept or reject these purposes, or manage your preferences at any time in the "
    "privacy settings of this site.",
    "Some partners do not ask for your consent and process your data on the basis of "
    "legitimate interest, which you can object to.",
]
_EN = [
    "The city council voted late on Tuesday to close the old river bridge for at least eight "
    "months of repairs.",
    "Engineers had warned in a report last spring that two of the bridge's steel supports "
    "were badly corroded.",
    "About 14,000 vehicles cross the bridge every day, according to figures from the "
    "regional transport office.",
    "A temporary footbridge for pedestrians and cyclists will open next to the old crossing "
    "by the end of May.",
]


def test_a_consent_wall_in_divs_beside_the_story_is_not_read() -> None:
    wall = "".join(f"<div>{line}</div>" for line in _CONSENT)
    html = _page(
        f"<div class='overlay-wrap'><div class='box'><div class='txt'>{wall}</div>"
        "<a class='btn'>Agree</a></div></div>"
        f"<div class='story'><h1>Bridge to close</h1>{_paras(_EN)}</div>"
    )
    body = _body(html)
    for line in _EN:
        assert line in body
    for line in _CONSENT:
        assert line not in body


def test_a_story_about_cookie_banners_keeps_its_opening_lines() -> None:
    story = [
        "The data protection authority fined the retailer on Monday for setting advertising "
        "cookies before visitors gave their consent.",
        "Inspectors found that the cookie banner's accept button was large and green while "
        "the option to refuse was hidden in the settings.",
        "The retailer said it would change its privacy settings page and appeal against the "
        "size of the fine.",
        "Consumer groups welcomed the decision and asked other shops to check their own "
        "banners for the same trick.",
    ]
    body = _body(_page(f"<article><h1>Retailer fined</h1>{_paras(story)}</article>"))
    for line in story:
        assert line in body


def test_a_cookie_notice_above_the_story_is_still_trimmed() -> None:
    notice = (
        "This website uses cookies to improve your experience. By continuing you accept "
        "our use of cookies; you can change your settings at any time."
    )
    body = _body(_page(f"<article><h1>Bridge to close</h1><p>{notice}</p>{_paras(_EN)}</article>"))
    assert _EN[0] in body
    assert "uses cookies" not in body


_CARDS = [
    ("Why the harbour wall is sinking", "Scientists have measured the wall for ten years and "
     "found it drops by two millimetres a year, faster than expected."),
    ("Ten walks for a rainy weekend", "From the old mill trail to the cliff path, these routes "
     "are still worth it when the weather turns grey and windy."),
    ("The bakery that never closes", "For three generations, one family has baked bread "
     "through the night so that the fishermen can eat before dawn."),
    ("Inside the new hospital wing", "Patients will move into the new wing next month, with "
     "single rooms, a garden on the roof and a new emergency unit."),
    ("What the budget means for you", "Council tax will rise by 4.9 per cent, but bin "
     "collections and library hours are protected for another year."),
    ("A farm that grows rice in the north", "Two brothers have planted the region's first "
     "paddy field, and the first harvest has surprised the experts."),
]  # fmt: skip
_MORE_EN = [
    "Shop owners on the south bank said the closure could cost them a third of their "
    "passing trade this year.",
    "The mayor, who voted for the closure, said safety had to come before convenience in a "
    "case like this one.",
    "Opposition councillors asked why the repairs had not started sooner, given the "
    "warnings in the report.",
    "Bus routes 4 and 11 will change from Monday, and the operator has promised extra "
    "services at rush hour.",
]


def _rail(cls: str) -> str:
    cards = "".join(
        f"<div class='item'><h4><a href='/s{i}'>{title}</a></h4><p>{text}</p></div>"
        for i, (title, text) in enumerate(_CARDS)
    )
    return f"<div class='{cls}'>{cards}</div>"


def test_a_story_wrapper_whose_class_names_ads_still_holds_the_story() -> None:
    story = _paras(_EN + _MORE_EN)
    html = _page(
        f"<div class='page'><h1>Bridge to close</h1><div class='text ads-inside'>{story}"
        f"</div></div>{_rail('rail')}"
    )
    body = _body(html)
    for line in _EN + _MORE_EN:
        assert line in body
    assert "Scientists have measured the wall" not in body


def test_a_comment_section_holding_most_of_the_prose_stays_out() -> None:
    comments = [text + " I have said so for years at every council meeting." for _, text in _CARDS]
    items = "".join(
        f"<li class='comment'><div class='comment-text'><p>{c}</p></div></li>" for c in comments
    )
    html = _page(
        f"<article><h1>Bridge to close</h1>{_paras(_EN)}</article>"
        f"<section class='comments-area'><ol>{items}</ol></section>"
    )
    body = _body(html)
    for line in _EN:
        assert line in body
    assert "at every council meeting" not in body


def test_a_side_column_before_the_headline_column_is_not_read() -> None:
    html = _page(
        f"<div class='row'><div class='col-md-4'>{_rail('box')}</div>"
        f"<div class='col-md-8'><h1>Bridge to close</h1>{_paras(_EN[:3])}</div></div>"
    )
    body = _body(html)
    for line in _EN[:3]:
        assert line in body
    for _, text in _CARDS:
        assert text not in body


def test_a_story_in_custom_elements_right_under_body_is_read() -> None:
    paras = "".join(f"<story-p>{line}</story-p>" for line in _EN + _MORE_EN)
    html = _page(
        f"<story-page><h1>Bridge to close</h1><story-body>{paras}</story-body></story-page>"
        f"<aside class='sidebar'>{_paras([text for _, text in _CARDS])}</aside>"
    )
    body = _body(html)
    for line in _EN + _MORE_EN:
        assert line in body
    assert "Scientists have measured the wall" not in body


def test_a_javascript_notice_right_under_body_is_no_body() -> None:
    html = (
        "<html><head><title>App</title></head><body><noscript>You need to enable JavaScript "
        "to run this app.</noscript><div id='root'></div></body></html>"
    )
    assert not _body(html)
