"""Which lines of the read text are page furniture, not the article's.

The body reader reads the chosen blocks into paragraphs, then keeps or drops each line by
its own text (:func:`keep_flags`): short furniture lines ("Share", "Advertisement", "4 min
read", "Jump to Recipe"), calls to act ("Read also: …", "Follow us on …"), datelines,
newsletter offers, and at the edges of the text the colophon, contact, paywall, promotion
and cookie lines read along with the story. The same line tests judge whether a block is
boilerplate (:func:`_boilerplate_line`) or a cookie notice (:func:`_consent`). Every test is
a word set, a substring test or one anchored pattern: never a regex of alternatives over
the whole text.
"""

from __future__ import annotations

import re

from newsmeta._extract._body_furniture import paywall_line
from newsmeta._extract._body_tail import investment_disclaimer, team_sheet

__all__ = ["keep_flags"]

# A sentence's last sign, in Latin, CJK (full-width stops and closing quotes), Arabic, Urdu
# and Devanagari writing: a short last line ending in one is a sentence, not furniture.
_SENTENCE_END = (
    ".", "!", "?", '"', "”", "“", "»", "«", ")", "…", "'", "’",
    "。", "！", "？", "」", "』", "）", "．", "｡", "؟", "۔", "।",
)  # fmt: skip


# Short paragraphs that are page furniture, not text (applied to paragraphs ≤ 90 chars).
_BOILER = re.compile(
    r"^(?:advertisement|anzeige|werbung|publicité|publicidad|sponsored(?: content)?|"
    r"share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|email|print|"
    r"leave a (?:comment|reply)|post a comment|add (?:a )?comment|\d* ?comments?|"
    r"rate this (?:article|post|story)|leave the first review|be the first to comment|"
    r"read more|continue reading|click here|related(?: articles| stories| posts)?|"
    r"recommended(?: for you)?|more from .{0,40}|follow us.{0,40}|"
    r"(?:published|posted|updated|last updated|veröffentlicht|aktualisiert)\b.{0,60}|"
    r"\d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago|"
    r"(?:by|von|por|par) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|"
    r"(?:photo|image|foto|bild|credit|titelbild|quelle|source|fotos?|crédit photo)s?"
    r"(?: credit)?:.{0,60}|"
    r"looks good!?|reklama|publicidade|pubblicità|annonce|"
    r"sign (?:me )?up(?: now| here| today)?|subscribe(?: now| here| today)?|"
    r"(?:jetzt )?(?:anmelden|abonnieren)|je m'inscris|s'inscrire|suscr[ií]bete|"
    r"(?:das )?(?:könnte|dürfte) (?:dich|sie) auch interessieren.{0,20}|"
    r"auch interessant.{0,20}|(?:lesen sie|lies) (?:auch|mehr|hier).{0,60}|"
    r"mehr zum thema.{0,40}|weitere (?:informationen|artikel|beiträge|themen).{0,40}|"
    r"zum (?:shop|angebot|artikel).{0,40}|bild anzeigen|kommentieren|über (?:den|die) autor(?:in)?|"
    r"(?:à|a) lire (?:aussi|également).{0,40}|lire aussi.{0,40}|voir aussi.{0,40}|"
    r"(?:te puede interesar|lee también|leer más|ver también).{0,40}|zobacz (?:również|też).{0,40}|"
    r"leggi anche.{0,40}|(?:you (?:might|may) also like|see also|read also|also read|related:|"
    r"further reading|more on this|about the author|share (?:this|on).{0,40})[.:]?.{0,40}|"
    r"(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen.{0,10}|"
    r"if you enjoyed (?:reading )?this.{0,60}|teilen|drucken|merken|"
    r"(?:getty|reuters|ap|afp|dpa|epa|imago|shutterstock)(?: images)?|"
    r"please (?:enter|check|provide|fill) .{0,60}|"
    # An embedded post's fallback controls ("View this post on Instagram", "A post shared
    # by …") and a recipe card's ("Jump to Recipe", "Print Recipe", "Zum Rezept").
    r"view (?:this|the) (?:post|profile|photo|video|reel) on [a-z]{1,12}|"
    r"an? (?:post|photo|video|reel) shared by .{0,60}|watch (?:this video )?on (?:youtube|vimeo)|"
    r"(?:(?:jump to|skip to|go to|print|pin|save|rate) (?:the |this )?recipe[\s|·•/:-]*){1,4}|"
    r"(?:zum|rezept) (?:rezept|drucken)|(?:imprimer|aller à) la recette|"
    r"(?:ir a|imprimir) (?:la )?receta|"
    # A reading-time or listening line ("4 min read", "Lesezeit: 3 Min.", "Listen to this
    # article"), in the languages blog platforms print it in, with the date or count a
    # platform sets beside it ("6 min de leitura · 22 de ago. de 2023"); a count of
    # reactions alone ("1.4K").
    r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"lectura|tempo de leitura|tempo di lettura|leestijd|lästid|czas czytania)"
    r"[\s:.–-]{0,3}(?:ca\. ?)?\d+ ?min\w*\.?|"
    r"(?:ca\. ?)?\d+[- ]?(?:min\w*\.?|minutes?)(?: to)? (?:read|reading|lesezeit|lesen|"
    r"de lecture|de lectura|lectura|de leitura|di lettura|leestijd|läsning|lästid|czytania)"
    r"(?: ?[·•|] ?[^·•|]{1,30}){0,2}|\d{1,3}(?:[.,]\d)?[km]|"
    r"listen to (?:this|the) (?:article|story)(?: \d+ ?min\w*)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? .{0,40}\d{4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,20}|"
    r"\d{1,2}\.? (?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?"
    r" \d{4}.{0,20}"
    r")[.!:]?$",
    re.IGNORECASE,
)


# Calls to action that open a short paragraph ("Auch lesen: …", "Follow us on …").
_CTA = re.compile(
    r"^[*»>\s]{0,3}(?:auch lesen|lesen sie auch|schon gelesen|zum weiterlesen|lust auf mehr|"
    r"mehr (?:dazu|zum thema)|mira|mire|lee también|lea también|ver también|te puede interesar|"
    r"s[ií]guenos|follow (?:us|the [\w ]{1,30}) on|subscribe to|abonnieren sie|jetzt abonnieren|"
    r"anzeige\b|werbung\b|sponsored by|notas relacionadas|saiba mais|leia (?:também|mais)|"
    r"voir aussi|à lire|lire aussi|read more|read also|see also|also read|more:|related:|"
    r"click here|klicken sie hier|diesen artikel teilen|share this|copyright\b|©|"
    r"czytaj (?:też|także|również)|leggi anche|lees ook|läs också|"
    r"comments are closed|kommentare sind geschlossen|"
    r"(?:you|du|sie) (?:must|musst|müssen) (?:be |sich )?"
    r"(?:logged|eingeloggt|einloggen|angemeldet)|"
    r"if you enjoyed (?:reading )?this|(?:mit )?unserem newsletter|newsletter\b|"
    r"beitragsbild|titelbild|(?:abbildung|abb\.|fig\.|figure|grafik) ?\d+ ?:|"
    r"\(?(?:photo|foto|bild|image|credit|crédit)s? ?:|bild anzeigen|rezept drucken|"
    r"verfasst von:|video verfügbar bis|permalien|permalink|"
    # "read also" in Russian, Ukrainian, Greek, Arabic, Persian, Hebrew, Hindi, Vietnamese,
    # Thai, Chinese, Japanese and Korean
    r"читайте (?:также|також|тоже)|διαβάστε (?:επίσης|ακόμη|ακόμα)|اقرأ أيضا|اقرأ أيضًا|"
    r"اقرأ أيضاً|بیشتر بخوانید|קראו (?:עוד|גם)|(?:ये|यह) भी पढ़ें|xem thêm:|đọc thêm:|"
    r"อ่านเพิ่มเติม|相关阅读|相關閱讀|延伸阅读|延伸閱讀|関連記事[:：]|관련\s?기사[:：])",
    re.IGNORECASE,
)


# The two furniture patterns for ASCII text lowered first: a case-sensitive match of the
# lower-cased text is the same test, several times faster than a case-blind one (none of
# the patterns' non-ASCII letters folds to an ASCII one; [A-Z] is blind to case anyway).
_BOILER_LOW = re.compile(_BOILER.pattern.replace("[A-Z]", "[a-z]")).match
_CTA_LOW = re.compile(_CTA.pattern).match
assert not any(c.isupper() for c in _BOILER.pattern.replace("[A-Z]", "") + _CTA.pattern)


# A short line holding a year and a clock time is a dateline ("Monday, 22 Jan 2018 at 0:13").
_DATELINE = re.compile(
    r"\b(?:19|20)\d\d\b.{0,40}?\b\d{1,2}[:h.]\d\d\b|\b\d{1,2}:\d\d\b.{0,40}?\b(?:19|20)\d\d\b"
)


# A block of these is the site's colophon or an advert, not an article: postal addresses,
# phone and fax numbers, tax and company registration numbers, copyright lines, promotions.
# Read by word sets and substring tests (a few microseconds a line), never a regex of
# alternatives over the text.
_BOILER_WORDS = frozenset(
    """copyright impressum imprint datenschutz kontakt unsubscribe postfach coupon
    rechtliches mentions mstv rstv""".split()
)
# Words that make a line boilerplate when a number of three or more digits comes with them.
_NUMBERED_WORDS = frozenset(
    """tel phone telephone telefon téléphone teléfono fax mobile hotline vat tax ust mwst
    steuernummer registration registered reg handelsregister hrb hra cif nif siret siren iva
    abn gst company firmenbuch kvk amtsgericht street avenue road boulevard straße
    strasse calle rue box zip telefono telefone telefoon telefonnummer btw cnpj cpf nip
    regon krs ičo dič organisationsnummer mersis""".split()
)
_BOILER_PHRASES = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos", "privacy policy", "terms of use", "terms of service",
    "cookie policy", "contact us", "buy now", "shop now", "order now", "book now",
    "add to cart", "in den warenkorb", "jetzt kaufen", "free trial", "sign up",
    "subscribe now", "promo code", "discount code", "limited offer", "limited-time offer",
    "% off", "p.o. box",
    # The legal lines of a colophon (an imprint, "mentions légales", "aviso legal"): who is
    # responsible, where the company is registered, how disputes are settled.
    "geschäftsführer:", "geschäftsführerin:", "geschäftsführung:", "registergericht",
    "ust-idnr", "ust-id-nr", "streitbeilegung", "verbraucherschlichtung", "v.i.s.d.p",
    "urheberrechtlich geschützt", "registered office", "registered in england",
    "company number", "company no.", "directeur de la publication", "hébergeur",
    "informatique et libertés", "tva intracommunautaire", "numéro de tva", "au capital de",
    "rcs ", "siège social", "toute reproduction", "aviso legal", "registro mercantil",
    "domicilio social", "partita iva", "sede legale",
    # The same lines in more languages: rights reserved, the register, who answers for it.
    "tutti i diritti riservati", "riproduzione riservata", "direttore responsabile",
    "registro delle imprese", "alle rechten voorbehouden", "todos os direitos reservados",
    "wszelkie prawa zastrzeżone", "kapitał zakładowy", "alla rättigheter förbehållna",
    "ansvarig utgivare", "všechna práva vyhrazena", "tüm hakları saklıdır",
)  # fmt: skip
_WORDS = re.compile(r"\w+")
# A number of three or more digits that is not a year standing alone ("in 2010"): a phone,
# a postcode, a register number.
_NUMBER = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3}")
_EMAIL = re.compile(r"\w@\w[\w-]*\.\w")


def _boilerplate_line(text: str, handles: bool = True) -> bool:
    """Whether a line reads as a colophon or a promotion (``handles``: an "@" of a social
    handle counts too, not only an e-mail address's)."""
    low = text.lower()
    if "©" in low or "(c) " in low:
        return True
    if "@" in low and (handles or _EMAIL.search(low) is not None):
        return True
    if any(phrase in low for phrase in _BOILER_PHRASES):
        return True
    words = set(_WORDS.findall(low))
    if words & _BOILER_WORDS:
        return True
    return bool(words & _NUMBERED_WORDS) and _NUMBER.search(low) is not None


# Longer lines at the edges of the text are prose, whatever words they hold; above the
# text, where the lead stands, a colophon line is shorter still.
_MAX_EDGE_LINE = 300
_MAX_TOP_LINE = 150

# A promotion opens a sentence with a call to act and names what is offered.
_OFFER_VERBS = (
    "join our", "save ", "get the ", "get our ", "buy now", "shop now", "order now",
    "order your", "subscribe ",
)  # fmt: skip
# Each verb as it opens the text, a sentence or a label's value ("Summer sale: save …").
_OFFER_OPENINGS = tuple((verb, f". {verb}", f": {verb}") for verb in _OFFER_VERBS)
_OFFER_CUES = (
    "join our", "save ", "deal", "discount", "free ", "offer", "coupon", "voucher",
    "per cent", "percent", "% off", "club", "order", "shop", "subscri",
)  # fmt: skip

# A cookie notice is longer than a colophon line; it names cookies and what to do.
_MAX_CONSENT_LINE = 1000
_CONSENT_WORDS = (
    "consent", "accept", "settings", "privacy", "partners", "opt out", "opt-out",
    "einwillig", "zustimm", "akzeptier", "einstellungen", "datenschutz",
    "consentement", "accepter", "paramètres", "consentimiento", "aceptar", "configuración",
    # Italian, Portuguese and Dutch
    "consenso", "accett", "impostazioni", "consentimento", "aceitar", "definições",
    "preferências", "toestemming", "accepteer", "instellingen", "voorkeuren",
)  # fmt: skip

# A notice speaks to the reader, or of itself: "we", "you", "our partners", "Sie", "wir",
# "vous", "nous", "usted", "utilizamos" …, or "this site", "diese Website", "ce site".
_NOTICE_WORDS = frozenset(
    """we us our ours you your yours i wir uns unsere unserer unseren sie ihre ihren ihrer
    du dich dein deine nous notre nos vous votre vos usted ustedes nosotros nuestro nuestra
    nuestros nuestras su sus utilizamos usamos acepta aceptas noi nostri voi vostro
    utilizziamo usiamo accetta tuo tua tuoi tue nós nossos nossas seu seus você vocês
    wij we onze ons uw u jij jouw je""".split()
)
_THIS_SITE = (
    "this site", "this website", "this page", "diese website", "diese seite",
    "dieser website", "dieser seite", "ce site", "cette page", "este sitio", "esta web",
    "esta página", "questo sito", "este site", "deze website", "deze site",
)  # fmt: skip

# A legal notice of the site (its terms of use, a disclaimer) is no story: every line of
# it names the terms of the law (liability, warranties, copyright, jurisdiction, the terms
# themselves) and one at least names the site itself ("this website", "diese Website").
_LEGAL_TERMS = (
    "liab", "warrant", "copyright", "reproduc", "governed by", "jurisdiction", "terms",
    "disclaim", "haftung", "gewähr", "urheberrecht", "gerichtsstand", "vervielfältig",
    "bedingungen", "responsabilit", "garanti", "droit d'auteur", "tribunal", "conditions",
    "derechos de autor", "jurisdic", "condiciones", "diritto d'autore", "condizioni",
    "foro competente", "aansprakelijk", "auteursrecht", "voorwaarden",
)  # fmt: skip
_MIN_LEGAL_LINE = 30
_MIN_LEGAL_LINES = 2
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")


def legal_notice(lines: list[str]) -> bool:
    """Whether the lines of a block are the site's legal notice: two or more lines of 30
    characters and more, each naming a term of the law, one at least naming the site, and
    none quoting anyone (a story about a court's ruling quotes)."""
    lows = [line.lower() for line in lines if len(line) >= _MIN_LEGAL_LINE]
    if len(lows) < _MIN_LEGAL_LINES or not any(site in low for low in lows for site in _THIS_SITE):
        return False
    return all(
        any(term in low for term in _LEGAL_TERMS) and not any(q in low for q in _QUOTE_MARKS)
        for low in lows
    )


# A newsletter offer promises the reader's inbox (a paragraph under 200 characters) and
# asks to sign up or names the letter.
_INBOX = (
    "your inbox", "ihr postfach", "dein postfach", "votre boîte", "ta boîte", "tu bandeja",
    "su bandeja", "la tua casella",
)  # fmt: skip
assert all(
    any(word in place for word in ("inbox", "postfach", "boîte", "bandeja", "casella"))
    for place in _INBOX
)  # the gate of _newsletter_pitch
_LETTER_CUES = (
    "newsletter", "briefing", "sign up", "sign-up", "subscribe", "abonn", "anmeld",
    "inscri", "suscr", "iscriv",
)  # fmt: skip


def keep_flags(paragraphs: list[str]) -> list[bool]:
    """Which paragraphs of the main text are kept (False: page furniture such as "Share")."""
    boiler, cta, dateline = _BOILER.match, _CTA.match, _DATELINE.search
    boiler_low, cta_low = _BOILER_LOW, _CTA_LOW
    flags: list[bool] = []
    keep = flags.append
    for p in paragraphs:
        n = len(p)
        if n > 200:
            keep(True)
            continue
        # A dateline holds a year ("19…"/"20…"): a substring test spares most searches.
        if p.isascii():
            low = p.lower()
            drop = (
                n <= 90
                and (boiler_low(low) or (n <= 70 and ("19" in p or "20" in p) and dateline(p)))
            ) or cta_low(low)
            keep(not drop and not _newsletter_pitch(low))
        else:
            drop = (
                n <= 90 and (boiler(p) or (n <= 70 and ("19" in p or "20" in p) and dateline(p)))
            ) or cta(p)
            keep(not drop and not _newsletter_pitch(p.lower()))
    # Short unfinished lines after the last sentence are page furniture ("Kontakt:", "Teilen"),
    # and so are colophon, contact, paywall and promotion lines at either end of the text
    # (the site's footer or a subscription box read along with the story).
    kept = [i for i, ok in enumerate(flags) if ok]
    while len(kept) > 1:
        last = paragraphs[kept[-1]]
        if (
            (len(last) < 30 and not last.endswith(_SENTENCE_END) and not _sign_off(last))
            or _edge_boilerplate(last)
            or _closing_furniture(last)
        ):
            flags[kept.pop()] = False
        else:
            break
    _notice_run(paragraphs, kept, flags)
    while len(kept) > 1 and _edge_boilerplate(paragraphs[kept[0]], _MAX_TOP_LINE):
        flags[kept.pop(0)] = False
    return flags


# A cookie notice closing the text in a few short paragraphs: its first names cookies and
# speaks to the reader or of the site, the others each name consent, settings, privacy or
# partners.
_MAX_NOTICE_RUN = 4
# ... and one of them asks for consent (a recipe for cookies speaks of oven settings).
_ASKS_CONSENT = ("consent", "consens", "einwillig", "zustimm", "toestemming")


def _notice_run(paragraphs: list[str], kept: list[int], flags: list[bool]) -> None:
    """Drop a cookie notice of several paragraphs at the end of the text (``kept`` and
    ``flags`` updated): "We use cookies … / With your consent, we and our partners … / You
    can change your settings …". Only the notice's first paragraph names cookies; one of
    them asks for consent."""
    tail = kept[-_MAX_NOTICE_RUN:]
    if len(kept) <= len(tail) or any(len(paragraphs[i]) >= _MAX_EDGE_LINE for i in tail[1:]):
        return  # (the story keeps at least one paragraph before the notice)
    for start, i in enumerate(tail):
        if len(paragraphs[i]) < _MAX_CONSENT_LINE and _speaks_of_cookies(paragraphs[i]):
            rest = tail[start + 1 :]
            lows = [paragraphs[j].lower() for j in tail[start:]]
            if (
                rest
                and all(any(word in low for word in _CONSENT_WORDS) for low in lows[1:])
                and any(stem in low for low in lows for stem in _ASKS_CONSENT)
            ):
                for j in tail[start:]:
                    flags[j] = False
                del kept[len(kept) - len(tail) + start :]
            return


# A writer's sign-off: a closing greeting, then (but for a lone "xoxo") a name of one or
# two capitalised words ("xo Anna", "Love, Jess", "Liebe Grüße, Franzi", "Un abrazo, Lucía").
_SIGN_OFF = re.compile(
    r"(?i:(x+o*x*|xo(?:xo)+|love|cheers|hugs|best|regards|warmly|yours|liebe grüße|"
    r"viele grüße|herzliche grüße|lg|gruß|grüße|eure?|deine?|bisous|bises|amitiés|"
    r"à bientôt|saludos|un abrazo|abrazos|besos|baci|un abbraccio|saluti|groetjes|liefs))"
    r"(?:[,!]?\s+([^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)\.?)?"
)


def _sign_off(line: str) -> bool:
    """Whether a short last line is the writer's sign-off (a closing greeting and a name)."""
    m = _SIGN_OFF.fullmatch(line)
    if m is None:
        return False
    name = m.group(2)
    if name is None:
        return m.group(1).lower().startswith("xo")
    return all(word[0].isupper() for word in name.split())


def _closing_furniture(paragraph: str) -> bool:
    """A line closing the text that is a match's team sheet or a markets desk's investment
    disclaimer (with the short lines above it, a "Line-ups" heading and the teams' names)."""
    return team_sheet(paragraph) or investment_disclaimer(paragraph)


def _edge_boilerplate(paragraph: str, longest: int = _MAX_EDGE_LINE) -> bool:
    """A short line at an edge of the text that reads as a colophon, a promotion or a
    paywall's ("Already a subscriber? Log in to continue reading.")."""
    n = len(paragraph)
    return (
        (n < longest and _boilerplate_line(paragraph, handles=False))
        or (n < _MAX_EDGE_LINE and (_promotion(paragraph) or paywall_line(paragraph.lower())))
        or (n < _MAX_CONSENT_LINE and _consent(paragraph))
    )


def _newsletter_pitch(low: str) -> bool:
    """Whether a short paragraph (lower-cased) offers a newsletter: it promises the reader's
    inbox and asks to sign up or names the letter ("Get our morning briefing, straight to
    your inbox … Sign up"). A word every promise of the inbox holds is looked for first:
    most paragraphs hold none."""
    if not (
        "inbox" in low
        or "postfach" in low
        or "boîte" in low
        or "bandeja" in low
        or "casella" in low
    ):
        return False
    return any(place in low for place in _INBOX) and any(cue in low for cue in _LETTER_CUES)


def _consent(text: str) -> bool:
    """Whether a paragraph is a cookie notice: it names cookies and asks for consent or
    points to settings ("We and our partners use cookies … accept all … settings"), and it
    speaks to the reader or of the site itself (a story about cookie banners does not)."""
    low = text.lower()
    if "cookie" not in low or not any(word in low for word in _CONSENT_WORDS):
        return False
    words = set(_WORDS.findall(low))
    return bool(words & _NOTICE_WORDS) or any(site in low for site in _THIS_SITE)


def _speaks_of_cookies(text: str) -> bool:
    """Whether a paragraph names cookies and speaks to the reader or of the site ("We use
    cookies …", "Wij gebruiken cookies …", "Utilizamos cookies …")."""
    low = text.lower()
    if "cookie" not in low:
        return False
    words = set(_WORDS.findall(low))
    return bool(words & _NOTICE_WORDS) or any(site in low for site in _THIS_SITE)


def _promotion(text: str) -> bool:
    """Whether a line is a shop's or a club's offer: a sentence opened by a call to buy,
    join or save (also after a label and a colon: "Summer sale: save …"), and a second offer
    word ("Join our club and get our best deals")."""
    low = text.lower()
    for verb, after_stop, after_colon in _OFFER_OPENINGS:
        if low.startswith(verb) or after_stop in low or after_colon in low:
            break
    else:
        return False
    return sum(1 for cue in _OFFER_CUES if cue in low) >= 2
