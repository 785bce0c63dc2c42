"""Headings that head a widget of the page, not its story: the words alone say so.

A translation or language widget ("Translate this page", "Sprache wählen"), a news ticker
("Breaking news", "Eilmeldung"), a newsletter box, a cookie or privacy dialog, a warning
that scripts are off or the browser is old, a "Most read" list, the comment section, a
sign-in box, an off-canvas menu ("Menu", "Sections"), a search panel, a "Related" box.
Templates set such headings in an ``<h1>`` or ``<h2>`` with class names no list can hold
("wg-drop", "box-signup", "strip"), so the heading's own words decide. Only whole
headings match (with a count "(14)" or a closing sign after them): "Breaking news: …" or
"Our newsletter lost half its readers" are headlines.
"""

from __future__ import annotations

import re
from operator import itemgetter

from lxml.html import HtmlElement

__all__ = ["dialog_roles", "in_dialog", "widget_heading"]

_MAX_CHARS = 48
_MAX_WORDS = 7

# One alternative per widget; the languages each reads are the ones whose markup we read.
_PHRASES = (
    # translation and language widgets
    r"translate(?: this)?(?: page| site| website)?|(?:select|choose|change) (?:your |the |a )?"
    r"language|languages?|seite übersetzen|übersetzen|übersetzung|sprache(?: wählen| auswählen)?|"
    r"traduire(?: cette page| le site)?|choisi(?:r|ssez) (?:la |votre )?langue|langues?|"
    r"traducir(?: esta página)?|traductor|(?:elige|elija|selecciona|seleccione) (?:tu |su |el )?"
    r"idioma|idiomas?|traduci(?: questa pagina)?|(?:seleziona|scegli) (?:la )?lingua|lingua|"
    r"vertaal(?: deze pagina)?|kies (?:je |uw )?taal|taal|traduzir(?: esta página)?|"
    r"(?:escolha|selecione) (?:o )?idioma|przetłumacz(?: stronę)?|wybierz język|język|"
    r"översätt(?: sidan)?|välj språk|språk|перевести(?: страницу)?|перевод|выберите язык|язык|"
    r"このページを翻訳|翻訳|言語を選択|言語|bu sayfayı çevir|çeviri|dil seç(?:in|iniz)?|"
    r"翻译(?:此页)?|选择语言",
    # news tickers
    r"breaking(?: news)?|just in|eilmeldung|breaking news|alerte info|en direct|"
    r"última hora|ultim'ora|ultima ora|net binnen|pilne|just nu|срочно|速報|son dakika",
    # newsletter boxes
    r"(?:sign up|subscribe|register)(?: now)?(?: for| to)? (?:our |the |my )?(?:free |daily |"
    r"weekly |morning |evening )?(?:newsletters?|briefing|email updates)|newsletters?|"
    r"(?:jetzt )?newsletter (?:abonnieren|bestellen)|inscrivez-vous à (?:notre|la) (?:lettre "
    r"d'information|newsletter)|suscríbete a (?:nuestro|la) (?:boletín|newsletter)|"
    r"iscriviti alla newsletter|schrijf je in voor (?:de|onze) nieuwsbrief|nieuwsbrief|"
    r"subscreva a (?:nossa )?newsletter|zapisz się do newslettera|"
    r"prenumerera på (?:vårt )?nyhetsbrev|nyhetsbrev|подпишитесь на (?:рассылку|новости)|"
    r"ニュースレターに登録|bültenimize abone olun|e-?bülten",
    # cookie and privacy dialogs
    r"we (?:value|respect|care about) your privacy|your privacy(?: is important to us| matters)?|"
    r"(?:this (?:site|website) uses|we use) cookies|cookies? (?:settings|preferences|consent|"
    r"policy|notice)|privacy (?:settings|preferences)|manage (?:cookies|consent)|"
    r"wir respektieren ihre privatsphäre|datenschutz(?:einstellungen|hinweis)?|"
    r"nous respectons votre vie privée|(?:tu|su) privacidad es importante(?: para nosotros)?|"
    r"rispettiamo la tua privacy|wij respecteren (?:je|uw) privacy|"
    r"a sua privacidade é importante|szanujemy twoją prywatność|"
    r"vi värnar om din integritet|мы используем (?:файлы )?cookie|cookieの使用について|"
    r"gizliliğinize önem veriyoruz|çerez (?:politikası|ayarları)",
    # scripts off, an old browser
    r"(?:javascript|js) (?:is )?(?:required|disabled|not enabled|is turned off)|"
    r"(?:please )?(?:enable|turn on) javascript(?: to .{0,30})?|you need to enable javascript|"
    r"bitte aktivieren sie javascript|javascript (?:ist )?deaktiviert|"
    r"javascript est désactivé|(?:necesitas )?(?:activar|habilita) javascript|"
    r"javascript è disabilitato|javascript staat uit|ative o javascript|"
    r"włącz (?:obsługę )?javascript|du måste aktivera javascript|включите javascript|"
    r"javascriptを有効にしてください|javascript'i etkinleştirin|"
    r"(?:your )?browser is (?:out of date|outdated|not supported)|"
    r"ihr browser ist veraltet|votre navigateur est obsolète|"
    r"tu navegador (?:no está actualizado|está desactualizado)|il tuo browser non è aggiornato|"
    r"je browser is verouderd|o seu navegador está desatualizado|"
    r"twoja przeglądarka jest nieaktualna|din webbläsare är föråldrad|ваш браузер устарел|"
    r"お使いのブラウザは古くなっています|tarayıcınız güncel değil",
    # lists of the most read, related stories
    r"most (?:read|popular|viewed|shared|commented)|trending(?: now)?|popular now|"
    r"meistgelesen|am meisten gelesen|les plus lus|lo más leído|i più letti|meest gelezen|"
    r"mais lidas|najczęściej czytane|mest lästa?|самое читаемое|よく読まれている記事|"
    r"en çok okunanlar|related (?:articles|stories|posts|news)|more on this story|"
    r"mehr zum thema|à lire aussi|te puede interesar|leggi anche|meer over dit onderwerp|"
    r"leia também|czytaj (?:także|też)|läs också|читайте также|関連記事|ilgili haberler|"
    r"see also|siehe auch|voir aussi|ver también|vedi anche|zie ook|veja também|"
    r"zobacz (?:też|także)|se även|смотрите также|см\. также|あわせて読みたい",
    # comment sections
    r"comments?|leave a (?:reply|comment)|kommentare?|kommentarer|commentaires?|comentarios?|"
    r"commenti|reacties|comentários|komentarze|комментарии|コメント|yorumlar",
    # sign-in boxes
    r"(?:log ?in|sign ?in|anmelden|se connecter|inicia(?:r)? sesión|accedi|"
    r"entrar|zaloguj się|logga in|войти|ログイン|giriş yap(?:ın)?)",
    # consent walls, paywalls and appeals
    r"before you continue(?: to .{1,30})?|bevor sie (?:fortfahren|weiterlesen)|"
    r"avant de continuer|antes de continuar|prima di continuare|voordat je verdergaat|"
    r"(?:subscribe|sign up|register|log in) to (?:continue reading|read more|keep reading|"
    r"read this article)|(?:support|fund) (?:our|independent|quality) journalism|"
    r"unterstützen sie (?:unseren |unabhängigen )?journalismus|"
    r"soutenez (?:notre journalisme|le journalisme indépendant)|"
    r"apoya (?:nuestro |el )?periodismo(?: independiente)?|sostieni (?:il )?(?:nostro )?"
    r"giornalismo|thank you for reading",
    # audio players, sharing and following
    r"listen to (?:this|the) (?:article|story)|artikel (?:anhören|vorlesen)|"
    r"écouter (?:cet |l')article|escuchar? (?:esta noticia|este artículo|la noticia)|"
    r"ascolta (?:l'articolo|questo articolo)|share(?: this| the)?(?: article| story| post| page)?|"
    r"(?:diesen )?artikel teilen|teilen|partager(?: cet article)?|"
    r"compart(?:e|ir) (?:esta noticia|este artículo)|condividi(?: questo articolo)?|"
    r"deel (?:dit artikel|dit bericht)|follow us(?: on [\w ]{1,20})?|folgen sie uns|"
    r"suivez-nous|síguenos|seguici|volg ons|siga-nos|obserwuj nas|följ oss|"
    r"bizi takip edin",
    # advertisements
    r"advertisement|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|"
    r"reklama|annons|реклама|広告|reklam",
    # lists of other stories
    r"top stories|latest(?: news| stories| articles| posts)?|neueste (?:artikel|beiträge|"
    r"nachrichten)|editor'?s'? picks|recommended(?: for you)?|you (?:might|may) also like|"
    r"das könnte sie auch interessieren|vous aimerez aussi|dernières (?:actualités|infos)|"
    r"últimas noticias|noticias relacionadas|ultime notizie|potrebbe interessarti|"
    r"laatste nieuws|últimas notícias|najnowsze|senaste nytt|последние новости|"
    r"最新ニュース|son haberler",
    # menus and search panels
    r"(?:main )?menu|menü|menú|meny|меню|メニュー|navigation|sections|ressorts|rubriques|"
    r"secciones|sezioni|rubrieken|secções|działy|avdelningar|рубрики|カテゴリー|kategoriler|"
    r"search|suche|rechercher|buscar|cerca|zoeken|pesquisar|szukaj|sök|поиск|検索",
)
_TAIL = r"\s*(?:[(\[（]\s*\d+\s*[)\]）])?\s*[.:!»›>…]*"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at "|" outside brackets)."""
    out, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _opened(alt: str, depth: int = 3) -> list[str]:
    """``alt`` with a leading group spelled out ("(?:select|choose) language" gives
    "select language" and "choose language"; "(?:main )?menu" gives "main menu" and
    "menu"), so that each alternative opens with a letter where it can."""
    if depth == 0 or not alt.startswith("(?:"):
        return [alt]
    level, end = 0, -1
    for at, ch in enumerate(alt):
        if ch == "(":
            level += 1
        elif ch == ")":
            level -= 1
            if level == 0:
                end = at
                break
    if end < 0:
        return [alt]
    inner = alt[3:end]
    mark = alt[end + 1 : end + 2]
    if "\\" in inner or mark in ("*", "+", "{"):
        return [alt]
    rest = alt[end + 2 :] if mark == "?" else alt[end + 1 :]
    out = [o for part in _alternatives(inner) for o in _opened(part + rest, depth - 1)]
    if mark == "?":
        out.extend(_opened(rest, depth - 1))
    return out


def _by_first_letter() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """One pattern per first letter of the phrases, each with the phrases that open with a
    group (they may start with any letter): a heading is matched only against the phrases
    that can start as it does (some 300 alternatives are too many to try one by one)."""
    lettered: dict[str, list[str]] = {}
    grouped: list[str] = []
    for alt in (o for phrases in _PHRASES for a in _alternatives(phrases) for o in _opened(a)):
        first = alt[:1]
        if first.isalnum() or first == "'":
            lettered.setdefault(first.casefold(), []).append(alt)
        else:
            grouped.append(alt)
    table = {
        first: re.compile("(?:" + "|".join(alts + grouped) + ")" + _TAIL)
        for first, alts in lettered.items()
    }
    rest = re.compile("(?:" + "|".join(grouped) + ")" + _TAIL) if grouped else re.compile("(?!)")
    return table, rest


_WIDGETS, _GROUPED = _by_first_letter()


def widget_heading(text: str) -> bool:
    """Whether a heading's whole ``text`` names a widget of the page (see the module)."""
    if not text or len(text) > _MAX_CHARS:
        return False
    words = text.casefold().split()
    if len(words) > _MAX_WORDS:
        return False
    key = " ".join(words)
    if "?" in key:
        # a question before the widget's words: "Already a subscriber? Log in"
        key = key.rsplit("?", 1)[1].strip() or key
    return _WIDGETS.get(key[:1], _GROUPED).fullmatch(key) is not None


_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_DEPTH = 12
_ROLE = itemgetter(1)


def dialog_roles(roles: list[tuple[int, str]]) -> bool:
    """Whether the page marks a dialog with ARIA (its ``role`` attributes, as the page
    index lists them): only then are headings' ancestors asked for their role."""
    if not roles or "dialog" not in " ".join(map(_ROLE, roles)).lower():
        return False  # (one test in C first: most pages mark no dialog)
    return any(role.strip().lower() in _DIALOG_ROLES for _, role in roles)


def in_dialog(el: HtmlElement, roled: bool) -> bool:
    """Whether ``el`` sits in a dialog laid over the page — a ``<dialog>``, or when the page
    has ``roled`` elements an element with ``role="dialog"`` or ``"alertdialog"`` —: a
    consent, sign-in or newsletter box, whatever its heading says."""
    for _ in el.iterancestors("dialog"):
        return True
    if roled:
        for steps, node in enumerate(el.iterancestors()):
            if steps >= _DIALOG_DEPTH:
                break
            role = node.get("role")
            if role is not None and role.strip().lower() in _DIALOG_ROLES:
                return True
    return False
