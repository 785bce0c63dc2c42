"""The word classes of the AI-disclosure grammar, in twenty-eight languages.

en, es, fr, de, pt, it, nl; pl, cs, sv, da, no (Norwegian), tr, ru, uk; ja, zh, ko;
fi, ro, hu, id, vi, el, ar, he, hi, th (joined to each class in one block near the end).

A disclosure is read as parts, not matched as a sentence (see ``_ai_grammar``): an
*agent* (AI words, model and product names, automation engines, bot bylines), a *verb* of
making (generated / assisted / translated / summarised), a *scope* noun with or without
deixis ("this article", "la traducción", "KI-generiertes Symbolbild"), *negation*, a
*review clause*, and the markers that make a sentence not a statement about this page
(hedges, conditionals, policies, reported speech, generic plurals).

Every class is one precompiled alternation over all seven languages, except negation and
conditionals, whose short words collide between languages ("no" is "in the" in
Portuguese, "se" is reflexive in Spanish): those are per language.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

from newsmeta._extract import _ai_denial, _ai_forms, _ai_words

__all__ = [
    "AGENT",
    "ASSIST",
    "BOT_BYLINE",
    "CAVEAT",
    "COMPOUND",
    "CONSENT_OR_APP",
    "DEIXIS_AFTER",
    "DEIXIS_VERB",
    "DEMONSTRATIVE",
    "FUNCTION_WORDS",
    "GENERATE",
    "GENERIC_PLURAL",
    "HEDGE",
    "HINT_CAPITALS",
    "HINT_FIRST",
    "HINT_FIRST_SCRIPTS",
    "HINT_NEEDLES",
    "HINT_WEAK",
    "HUMAN_DECLARATION",
    "HUMAN_WRITER",
    "INDEFINITE",
    "LANGUAGES",
    "LATIN_SCRIPT",
    "MARKERS",
    "MODEL",
    "NEGATION",
    "NOT_REVIEWED",
    "PARTIAL",
    "POLICY",
    "PRODUCT_NOUN",
    "REPORTED",
    "REVIEWED",
    "SCOPE_NOUNS",
    "SUMMARISE",
    "TEASER",
    "TRANSLATE",
    "UNSPACED",
    "USE_MORE",
    "WE_WROTE",
    "first_char_gated",
    "first_class",
]

LANGUAGES: tuple[str, ...] = (
    "en", "es", "fr", "de", "pt", "it", "nl",
    "pl", "cs", "sv", "da", "no", "tr", "ru", "uk", "ja", "zh", "ko",
)  # fmt: skip

UNSPACED = frozenset({"ja", "zh", "ko"})
LATIN_SCRIPT = frozenset(
    "en es fr de pt it nl pl cs sv da no nb nn tr fi et lv lt hu ro sk sl hr bs ca eu gl "
    "ga cy is mt sq id ms vi tl sw af lb".split()
)
"""Page languages written in Latin letters: a long region of such a page is not searched
for the AI words of other scripts."""
"""Languages without articles or plurals, whose nouns follow the clause that describes them
("AI가 작성한 기사", "AI生成的图片": "articles written by AI", a class of things)."""

# Scripts without spaces between words (Chinese, Japanese, Korean words glued to particles):
# their words are matched without word boundaries, outside the ``\b(?:…)\b`` groups.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_LATIN_BEFORE = r"(?<![0-9A-Za-z_\u00c0-\u024f\u0370-\u052f-])"
"""Not inside a Latin, Greek or Cyrillic word (CJK letters around "AI" are no word of it)."""
_LATIN_AFTER = r"(?![0-9A-Za-z_\u00c0-\u024f])"

# ----------------------------------------------------------------------------- hints
# Every agent, badge and human declaration below contains at least one hint. A region of
# the page is searched for hints first (``in`` searches at C speed, and one regex that
# skips to capitals); only the text nodes holding a hint are read further.
_HINT_FIRST_WORDS = ("rtifici", "nstlich", "nstmatig", "utomat")
HINT_FIRST: tuple[str, ...] = (
    "AI", "KI", "IA", "GPT", "DeepL", *_HINT_FIRST_WORDS,
    # the same words in a note written in capitals ("ARTIFICIAL INTELLIGENCE")
    *(w.upper() for w in _HINT_FIRST_WORDS),
)  # fmt: skip
"""The hints searched in every region, however long: AI words ("AI", "KI", "IA" as words,
"artifici…", "künstlich…", "kunstmatig…", also in capitals), GPT, DeepL (a machine
translation's credit line closes long stories), automation."""
HINT_FIRST_SCRIPTS: tuple[str, ...] = ("ИИ", "ШІ", "ейросет", "人工智")
"""The first hints in other scripts (the short AI words of ru and uk, neural networks,
"人工智能"): searched only in a text that is not plain ASCII."""
HINT_CAPITALS = re.compile(
    r"Claude|Gemini|Copilot|DeepL|DeepSeek|Midjourney|DALL|Newsroom|LLM|Bot|ElevenLabs|"
    r"Stable Diffusion|Firefly|Sora|Narrative Science|Wordsmith|Retresco"
)
"""Model and product names, bot bylines: searched in short regions (one regex whose
alternatives all start with a capital, so the engine skips to capitals)."""
HINT_NEEDLES: tuple[str, ...] = (
    "utomá", "obot", "obô", "lgori", "aschinell", "askinö", "askino", "ашинн",
    # the long AI words of pl, cs, sv/da/no, tr, ru, uk, ja, ko; automation (ru, uk, tr)
    "ztuczn", "nteligenc", "nstig intelligens", "apay zek", "скусствен", "тучн", "ейромереж",
    "人工知能", "인공지능", "втомат", "otomatik",
    # automated-writing engines named in lower case ("narrative science technology"),
    # robot reporters (ko)
    "arrative science", "로봇",
    # machine translation (zh, ja, ko): "机器翻译", "機械翻訳", "自動翻訳", "자동 번역"
    "器翻", "械翻", "动翻", "動翻", "동 번역", "동번역",
)  # fmt: skip
"""Automation (es, pt, ru, uk, tr), robots, algorithms, machine translation (de, sv, da, no,
ru, uk), and the AI words of the languages a short region is searched for only (a disclosure
in those words outside a note, caption or first or last paragraph says "AI" too): short
regions."""
HINT_WEAK: dict[str, tuple[str, ...]] = {
    "odel": ("anguage model", "prachmodell", "odelo de l"),
    "odèle": ("odèle de l",),
    "uman": ("y human", "y a human", "uman-", "% human", "humanos", "humains"),
    "ensch": ("on Menschen", "enschengemacht"),
    "ngine": ("xtengine", "xt engine"),
    "achine": (
        "achine-translat",
        "achine translat",
        "achine-generat",
        "achine generat",
        "achine learn",
        "achine-learn",
    ),
    "omputer": ("omputer program",),
    # a synthetic voice reading the article ("lu par une voix de synthèse")
    "ynth": (
        "ynthetic voice",
        "oix de synth",
        "oix synth",
        "ynthetische Stimme",
        "ynthetischen Stimme",
        "ynthetischer Stimme",
        "ynthetische stem",
    ),
    "intétic": ("oz sintética",),
    "intetic": ("oce sintetica", "oz sintetica"),
}
"""Substrings too common to be hints ("model", "human", "Menschen", "engine"): when one is
found, the forms a statement uses ("language model", "by humans") are looked for."""

_I = re.IGNORECASE

# ----------------------------------------------------------------------------- agents

_AI_CASED = r"(?:AI|A\.I\.|KI|K\.I\.|IA|I\.A\.|GenAI|LLMs?|NLG|ИИ|ШІ)"
_AI_WORDS = (
    r"(?i:(?:generative|generativen?|generativa|générative|generativa|generatieve)\s+)?"
    r"(?:(?i:artificial\s+intelligence|k[üu]nstliche[rn]?\s+intelligenz|"
    r"inteligencia\s+artificial|intelligence\s+artificielle|intelig[êe]ncia\s+artificial|"
    r"intelligenza\s+artificiale|kunstmatige\s+intelligentie|"
    r"sztuczn\w+\s+inteligencj\w+|umě\w+\s+inteligenc\w+|kunstig\s+intelligens|"
    r"artificiell\s+intelligens|yapay\s+zek[aâ]\w*|искусственн\w+\s+интеллект\w*|"
    r"штучн\w+\s+інтелект\w*|нейросет\w+|нейронн\w+\s+сет\w+|нейромереж\w+|"
    r"人工智能|人工智慧|人工知能|인공지능)|"
    + _AI_CASED
    # "KI-Werkzeuge", "AI tools" written as one compound: the AI word, followed by its tool
    + r"(?:-(?=(?:Werkzeug|Tool|Software|Programm|Sprachmodell|Modell|Assistent|System|Stimme|"
    r"tool|software|model|assistant|system|voice|r[öo]st|stemme|stem|"
    # an AI desk's name ("KI-Redaktion", "AI-redactie"), not a reporter's beat ("KI-Redakteurin")
    r"(?:Redaktion|[Rr]edactie|[Rr]edacci[óo]n|[Rr][ée]daction|[Rr]eda[çc][ãa]o|[Rr]edazione|"
    r"Desk|desk)(?![\w-])))|(?![\w-]*[a-z])))"
)
MODEL = re.compile(
    _LATIN_BEFORE + r"(ChatGPT|GPT-?\d[\w.]*o?|OpenAI|Claude(?:\s\d[\w.]*)?|Gemini|Bard|Copilot|"
    r"Llama\s?\d*|Mistral|Le\sChat|Grok|DeepSeek|Perplexity|DeepL|Midjourney|DALL[-·]?E\s?\d?|"
    r"Stable\sDiffusion|Firefly|Sora|ElevenLabs|Google\s(?:Translate|"
    r"Übersetzer|Traductor|Traduction|Tradutor))" + _LATIN_AFTER
)
"""Model and product names (the name is kept as ``ai_model``)."""
_ENGINES = (
    r"(?i:automation\s+technology|automated\s+(?:\w+\s+){0,2}(?:system|technology|software|process|engine)|"
    r"computer\s+program(?:me)?s?|automation\s+(?:desk|team|unit)|"
    r"natural\s+language\s+generation|(?:large\s+)?language\s+models?|"
    r"sprachmodell\w*|modelos?\s+de\s+(?:lenguaje|linguagem)|mod[èe]les?\s+de\s+langage|"
    r"modell[oi]\s+linguistic[oi]|taalmodel\w*|algoritme\w*|"
    r"traduzione\s+automatica|automatische\s+vertaling|"
    r"text\s*engine|textroboter\w*|schreibroboter\w*|robot(?:s|er)?\b|robô|"
    r"algorithm\w*|algoritmo\w*|algorithme\w*|machine\s+translation|"
    r"machine[- ]learning(?:\s+(?:software|tools?|models?|systems?|programs?))?|"
    r"machine(?=[- ](?:generated|translated))|"
    r"traducci[óo]n\s+autom[áa]tica|traduction\s+automatique|tradu[çc][ãa]o\s+autom[áa]tica|"
    r"maschinelle[rn]?\s+[üu]bersetzung|[üu]bersetzungssoftware|maschinell\b|"
    r"automatically|automatisch|autom[áa]ticamente|automatiquement|automatisiert\w*|"
    r"automatizad[oa]s?|automatis[ée]e?s?|"
    r"automated\s+insights|wordsmith|narrative\s+science|arria|retresco|ax\s+semantics|"
    r"united\s+robots|"
    # a synthetic voice (en, fr, de, es, pt, it, nl): the maker of an audio version
    r"synthetic\s+voices?|voix\s+(?:de\s+synth[èe]se|synth[ée]tiques?)|"
    r"synthetische[rn]?\s+Stimme|vo(?:z|ce)\s+sint[ée]tica|synthetische\s+stem|"
    # pl, cs, sv/da/no, tr, ru, uk: machine translation, automatically
    r"maskin(?:ö|o)versat\w*|t[łl]umaczenie\s+maszynowe|automatyczn\w+|automaticky|"
    r"automatisk\w*|otomatik\w*|автоматическ\w+|автоматичн\w+|машинн\w+\s+перев\w+|"
    r"машинн\w+\s+переклад\w*)"
    r"|(?:机器翻译|機器翻譯|機械翻訳|自动翻译|自動翻譯|自動翻訳|자동\s?번역)"
)
_BOT = (
    r"\b[A-Z][\w-]*Bot\b|\bBot\b|\b[A-Z][\w]*\s+Intelligence\s+(?:Newsroom|Desk)\b"
    # a robot reporter (ko, ja, zh): "AI 기자", "로봇기자", "AI記者", "机器人记者"
    r"|(?:AI|인공지능|로봇)\s?기자|(?:AI|ロボット)記者|(?:AI|机器人|機器人)(?:记者|記者)"
)
AGENT = re.compile(
    _LATIN_BEFORE + _AI_WORDS + r"|" + MODEL.pattern + r"|\b" + _ENGINES + r"|" + _BOT
)
"""Who or what did the work."""
BOT_BYLINE = re.compile(
    r"^\W*(?i:by|von|por|par|de|di|door)\s+(?i:the\s+|el\s+|der\s+|die\s+|la\s+|le\s+|l['’]|o\s+|a\s+|"
    r"il\s+|de\s+|het\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}?(?:(?:"
    + _BOT
    + r"|"
    + MODEL.pattern
    + r"|\b"
    + _ENGINES
    + r")(?:\s+[\w'’.-]+){0,3}|"
    + _AI_WORDS
    # "By AI Staff Writer": the AI with a newsroom role
    # ("Von der KI-Redaktion", "Door de AI-redactie": the desk joined by a hyphen)
    + r"(?:[\s-]*(?i:staff|news|newsroom|desk|writer|reporter|editor|team|correspondent|"
    r"assistant|assistent|asistente|assistente|"
    r"redaktion|redactie|redacci[óo]n|r[ée]daction|reda[çc][ãa]o|redazione)){0,3}"
    + r")(?:\W*$|\s*[,(–—-])"
    # a desk or a person sharing the byline with AI ("By Harbour Times Staff and AI",
    # "Von der Lokalredaktion und KI"): up to six words, then "and/with" and the AI
    + r"|^\W*(?i:by|von|por|par|di|door)\s+(?:[\w'’.-]+\s+){1,6}?"
    r"(?i:and|with|&|und|mit|y|con|et|avec|e|com|en|met)\s+"
    # (the AI with its article: "the", "die", "la", "l'", "de", "a")
    r"(?i:the\s+|an?\s+|der\s+|die\s+|la\s+|el\s+|l['’]|le\s+|de\s+|o\s+)?"
    + _AI_WORDS
    + r"(?:[\s-]*(?i:assistant|assistent|asistente|assistente|tools?|tech|technology)){0,2}\W*$"
    # a byline of a robot reporter, written without "by" ("AI 기자", "[로봇기자]", "AI記者")
    + r"|^\W*(?:AI|인공지능|로봇)\s?기자|^\W*(?:AI|ロボット)記者"
    + r"|^\W*(?:AI|机器人|機器人)(?:记者|記者)"
)
"""A byline whose whole text names a bot, an engine or AI ("By NewsBot", "AI 기자")."""

# ----------------------------------------------------------------------------- verbs

GENERATE = re.compile(
    r"\b(?:generated|written|created|produced|composed|drafted|authored|wrote|writes|"
    r"generates|created|made|compiled|prepared|"
    # a blogger's request ("I asked ChatGPT to write this post", "we had Claude draft it")
    r"(?:asked|prompted|instructed|told|got)\s+[\w.-]+(?:\s+[\w.-]+)?\s+to\s+"
    r"(?:write|draft|generate|create|produce|compose)|"
    r"(?:had|let)\s+(?!to\b)[\w.-]+(?:\s+[\w.-]+)?\s+(?:write|draft|generate|create|produce|"
    r"compose)|"
    # "AI was used to generate this article": the tool made it
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+used\s+to\s+(?:generate|write|create|produce)|"
    r"generiert\w*|erstellt\w*|geschrieben\w*|verfasst\w*|erzeugt\w*|produziert\w*|"
    r"(?:generad|cread|redactad|escrit|producid|elaborad|hech|compuest)[oa]s?|"
    # the reflexive past ("se generó automáticamente", "se redactó con IA")
    r"se\s+(?:gener|redact|cre|escribi|produj|compus)[óoe]|"
    r"g[ée]n[ée]r[ée]e?s?|cr[ée][ée]e?s?|r[ée]dig[ée]e?s?|[ée]crite?s?|produite?s?|"
    r"con[çc]ue?s?|compos[ée]e?s?|"
    r"(?:gerad|criad|escrit|produzid|redigid|elaborad|feit)[oa]s?|"
    r"(?:generat|scritt|creat|prodott|redatt|realizzat|elaborat|compost)[oai]|"
    r"gegenereerd|geschreven|gemaakt|gecre[ëe]erd|opgesteld|geproduceerd|samengesteld|"
    # pl, cs, sv, da/no, tr, ru, uk (participles and past forms; no imperatives: "create
    # your site with AI" is an advert)
    # (participles, not the nouns of the act: "przy przygotowaniu", "при создании", "під час
    # створення" say AI was used in the making)
    r"(?:wygenerowan|napisan|stworzon|przygotowan|opracowan|utworzon)(?:y|a|e|o|i|ych|ym|ej)|"
    r"wygenerował\w*|napisał\w*|stworzył\w*|powsta[łl]\w*|"
    r"vygenerov\w+|vytvořen\w*|vytvořil\w*|napsal\w*|napsán\w*|vznikl\w*|"
    r"genererad\w*|genererat|skriven|skrivet|skrivna|skapad\w*|skapat|producerad\w*|"
    r"framtagen|framtaget|gjord|gjort|"
    r"genereret|generert\w*|skrevet|skabt|skapt|lavet|laget|produceret|produsert|udarbejdet|"
    r"utarbeidet|"
    r"oluşturul\w*|oluşturdu\w*|üretil\w*|üretti\w*|yazıl\w*|yazdı\w*|hazırlanmış\w*|"
    r"hazırlandı\w*|"
    r"сгенерир\w+|создан(?:а|о|ы|н\w+)?|создал\w*|написан(?:а|о|ы|н\w+)?|написал\w*|"
    r"подготовлен(?:а|о|ы|н\w+)?|подготовил\w*|составлен(?:а|о|ы|н\w+)?|"
    r"згенер\w+|створен(?:о|а|і|ий|ого|им|их)|створив\w*|створил\w*|написав\w*|написал\w*|"
    r"підготовлен(?:о|а|і|ий|ого|им|их)|підготува\w*)\b"
    r"|生成(?!AI|式|型|的AI)|作成|執筆し|執筆され|書かれ|書い[たて]|作られ|作っ[たて]|撰写|撰寫|创作|創作|编写|編寫|写成|寫成|"
    r"制作|製作|생성(?!형)|작성|제작",
    _I,
)
ASSIST = re.compile(
    r"\b(?:with\s+(?:the\s+|a\s+little\s+|some\s+)?(?:help|assistance|support|aid)\s+(?:of|from)|"
    r"in\s+(?:collaboration|cooperation|partnership|tandem)\s+with|together\s+with|"
    r"in\s+Zusammenarbeit\s+mit|zusammen\s+mit|en\s+colaboraci[óo]n\s+con|junto\s+con|"
    r"en\s+collaboration\s+avec|em\s+colabora[çc][ãa]o\s+com|"
    r"assisted|aided|supported|helped|edited\s+(?:with|using)|"
    r"with\s+(?:AI|A\.I\.|KI|IA)\s+(?:assistance|help|support)|"
    r"(?:using|with)\s+(?:the\s+)?(?:help|assistance)|to\s+help|helped|"
    r"para\s+ayudar|pour\s+aider|um\s+zu\s+helfen|zur\s+unterst[üu]tzung|unterst[üu]tzend|"
    r"para\s+ajudar|"
    r"mit\s+hilfe|mithilfe|mit\s+unterst[üu]tzung|unterst[üu]tzt\w*|gest[üu]tzt\w*|"
    r"unter\s+zuhilfenahme|"
    r"con\s+(?:la\s+)?(?:ayuda|asistencia|apoyo)|asistid[oa]s?|apoyad[oa]s?|"
    r"avec\s+l['’]\s*(?:aide|assistance|appui)|[àa]\s+l['’]aide|assist[ée]e?s?|aid[ée]e?s?|"
    r"avec\s+le\s+(?:soutien|concours)\s+d|con\s+el\s+(?:apoyo|soporte)\s+de|"
    r"com\s+(?:a\s+|o\s+)?(?:ajuda|aux[íi]lio|apoio|assist[êe]ncia|suporte)|"
    r"assistid[oa]s?|auxiliad[oa]s?|apoiad[oa]s?|"
    r"con\s+l['’]\s*(?:ausilio|aiuto|assistenza|supporto)|con\s+il\s+(?:supporto|contributo|aiuto)|"
    r"in\s+collaborazione\s+con|supportat[oaie]|assistit[oaie]|"
    r"met\s+(?:behulp|hulp|ondersteuning)\s+van|ondersteund|in\s+samenwerking\s+met|geholpen|"
    r"przy\s+pomocy|z\s+pomoc[ąy]|przy\s+wsparciu|ze\s+wsparciem|wspieran\w*|wspomagan\w*|"
    r"s\s+pomocí|za\s+pomoci|s\s+podporou|"
    r"med\s+hj[äæe]lp\s+(?:av|af|fra|från)|ved\s+hj[æe]lp\s+a[fv]|med\s+st[öø]d\s+(?:av|af|fra|från)|"
    r"assister(?:ad|et|t)\w*|"
    r"desteğiyle|desteği\s+ile|yardımıyla|yardımı\s+ile|iş\s?birliğiyle|"
    # in collaboration with (pl, cs, sv, da, no, ru, uk)
    r"we\s+współpracy\s+z|ve\s+spolupráci\s+s|i\s+samarbe(?:te|jde|id)\s+med|"
    r"в\s+сотрудничестве\s+с|совместно\s+с|у\s+співпраці\s+з|спільно\s+з|"
    r"с\s+помощью|при\s+помощи|при\s+поддержке|за\s+допомогою|з\s+допомогою|за\s+підтримки)\b"
    r"|辅助|輔助|协助|協助|借助|帮助|幫助|合作|支援|補助|の助け|協力|共同で|도움|보조|협업",
    _I,
)
PARTIAL = re.compile(
    r"\b(?:partly|partially|in\s+part|portions?|parts\s+of|teilweise|zum\s+teil|"
    r"parcialmente|en\s+parte|partiellement|en\s+partie|in\s+parte|parzialmente|deels|"
    r"gedeeltelijk|voor\s+een\s+deel|częściowo|częśc\w*|částečně|delvis|delar\s+av|dele\s+af|"
    r"deler\s+av|kısmen|частично|частич\w+|частково|частин\w*|"
    # "contains AI-generated passages": parts of it
    r"passages|sections|paragraphs|excerpts)\b"
    r"|部分内容|部分內容|一部を|일부",
    _I,
)
TRANSLATE = re.compile(
    r"\b(?:translat\w+|[üu]bersetz\w+|traduc\w+|tradu[çc]\w+|tradu[iz]\w*|traduit\w*|tradott\w*|"
    r"vertaald|vertaling\w*)\b"
    r"|automatisch\s+[üu]bersetzt|traduzid[oa]s?"
    r"|\b(?:przetłumacz\w*|tłumaczen\w*|přelož\w*|překlad\w*|(?:maskin)?översatt\w*|"
    r"(?:maskin)?oversat\w*|çevril\w*|çeviri\w*|переведен\w*|переведён\w*|перевод\w*|"
    r"переклад\w*)\b|翻訳|翻译|翻譯|번역",
    _I,
)
SUMMARISE = re.compile(
    r"\b(?:summari[sz]\w+|zusammengefasst|resumid[oa]s?|r[ée]sum[ée]e?s?\s+par|riassunt[oaie]|"
    r"sintetizzat[oaie]|samengevat|podsumowan\w*|streszczon\w*|shrnut\w*|sammanfatta\w*|"
    r"opsummer\w*|oppsummer\w*|özetlen\w*|резюмирова\w*|пересказ\w*|підсумова\w*)\b"
    r"|要約|总结|總結|요약",
    _I,
)
COMPOUND = re.compile(
    r"(?<![\w-])(?:AI|KI|IA|A\.I\.)[\s-]?(?:generated|written|created|produced|assisted|"
    r"supported|aided|powered|translated|summar\w+|unterst[üu]tz\w*|"
    r"generiert\w*|erstellt\w*|geschrieben\w*|unterst[üu]tzt\w*|gest[üu]tzt\w*|"
    r"[üu]bersetzt\w*|zusammenfassung|"
    r"generad[oa]s?|g[ée]n[ée]r[ée]e?s?|gerad[oa]s?|generat[oai]|gegenereerd)(?![\w-])"
    r"|(?<![\w-])(?:AI|KI)-(?:generer\w+|genereret|assister\w+|st[øö]tt\w*|stödd\w*|"
    r"generowan\w*|generovan\w*)(?![\w-])"
    r"|\b(?:generated|written|assisted|translated|summari[sz]ed)[\s-]by[\s-](?:AI|A\.I\.)\b"
    # a label that is only "Automated content" / "Contenido automatizado": the badge of an
    # automated text (never inside a longer phrase: "automated news alerts")
    r"|^\W*(?:automated\s+(?:content|story|article|report|text)|automatisierte[rs]?\s+"
    r"(?:Inhalt|Text|Artikel|Beitrag|Meldung)|(?:contenido|texto|art[íi]culo|noticia|"
    r"conte[úu]do|contenu|texte|contenuto|testo|articolo)\s+automati(?:zad|s[ée]|zzat)[oae]?)"
    r"\W*$"
    r"|(?<![\w-])(?:AI|KI|IA)[\s-](?:summary|zusammenfassung|resumen|r[ée]sum[ée]|resumo|"
    r"translation|[üu]bersetzung|traducci[óo]n|traduction|tradu[çc][ãa]o)\b",
    _I,
)
"""Badges and compounds that carry agent and verb in one word ("AI-generated")."""
MODIFY = re.compile(
    r"\b(?:enhanced|retouched|edited|altered|modified|upscaled|restored|colou?ri[sz]ed|"
    r"bearbeitet|ver[äa]ndert|retuschiert|optimiert|"
    r"retocad[oa]s?|editad[oa]s?|modificad[oa]s?|mejorad[oa]s?|"
    r"retouch[ée]e?s?|modifi[ée]e?s?|am[ée]lior[ée]e?s?|"
    r"alterad[oa]s?|melhorad[oa]s?)\b",
    _I,
)
"""Verbs of changing something that exists: AI assisted, it did not make it."""

# ----------------------------------------------------------------------------- scope nouns

SCOPE_NOUNS: dict[str, re.Pattern[str]] = {
    "summary": re.compile(
        r"\b(?:summary|summaries|key\s+points|key\s+takeaways|highlights|tl;?dr|at\s+a\s+glance|"
        r"bullet\s+points|zusammenfassung\w*|das\s+wichtigste|kernpunkte|"
        r"resumen|puntos\s+clave|claves|r[ée]sum[ée]|l['’]essentiel|points\s+cl[ée]s|"
        r"resumo|pontos[\s-]chave|principais\s+pontos|riassunto|sintesi|punti\s+chiave|"
        r"samenvatting|kernpunten|podsumowani\w*|streszczeni\w*|shrnutí|sammanfattning\w*|"
        r"opsummering\w*|oppsummering\w*|sammendrag\w*|özet\w*|кратк\w+\s+содержани\w+|"
        r"резюме|выжимк\w*|підсум\w*)\b|要約|まとめ|摘要|总结|總結|요약",
        _I,
    ),
    "translation": re.compile(
        r"\b(?:translation|[üu]bersetzung|traducci[óo]n|traduction|tradu[çc][ãa]o|traduzione|"
        r"vertaling|tłumaczeni\w*|przekład\w*|překlad\w*|översättning\w*|oversættelse\w*|"
        r"oversettelse\w*|çeviri\w*|перевод\w*|переклад\w*)\b|翻訳|翻译|翻譯|번역",
        _I,
    ),
    "image": re.compile(
        r"\b(?:image|images|photo|photos|picture|illustration|graphic|artwork|"
        r"bild|symbolbild|foto|fotos|illustration|grafik|titelbild|"
        r"imagen|im[áa]genes|ilustraci[óo]n|visuel|imagem|imagens|ilustra[çc][ãa]o|immagin[ei]|"
        r"illustrazion[ei]|afbeelding\w*|illustratie\w*|"
        r"zdjęci\w*|obraz\w*|ilustracj\w*|grafik\w*|obrázek|obrázku|ilustrac\w*|snímek|"
        r"bilden|bilderna|billede\w*|bilde[tr]?|illustrasjon\w*|illustration\w*|"
        r"görsel\w*|fotoğraf\w*|resim\w*|illüstrasyon\w*|"
        r"изображени\w+|иллюстраци\w+|картинк\w+|снимк\w+|фото\w*|зображенн\w+|ілюстраці\w+)\b"
        r"|\w+bild\b|画像|写真|イラスト|图片|圖片|图像|圖像|配图|插图|插圖|照片|이미지|사진|삽화",
        _I,
    ),
    "video": re.compile(
        r"\b(?:video|videos|v[íi]deo|v[íi]deos|vid[ée]o|wideo|videon|videoen|видео|відео)\b"
        r"|動画|视频|視頻|영상",
        _I,
    ),
    "audio": re.compile(
        r"\b(?:audio|voice|narration|podcast|listen|stimme|vorlese\w*|voz|locuci[óo]n|voce|"
        r"voix|[áa]udio|narra[çc][ãa]o|lektor\w*|ljud\w*|lyd\w*|seslendirme\w*|"
        r"озвучк\w*|озвучуванн\w*)\b|音声|语音|語音|音频|음성|오디오",
        _I,
    ),
    "comments": re.compile(
        r"\b(?:comments|kommentare|comentarios|commentaires|coment[áa]rios|commenti|reacties)\b",
        _I,
    ),
    "article": re.compile(
        r"\b(?:articles?|stor(?:y|ies)|texts?|contents?|reports?|posts?|pieces?|page|recaps?|"
        r"item|copy|explainers?|analys[ie]s|features?|columns?|essays?|guides?|newsletters?|"
        r"briefings?|previews?|obituar(?:y|ies)|"
        r"artikel|texte?|beitr[äa]ge?|inhalte?|meldung(?:en)?|bericht(?:e)?|"
        r"art[íi]culos?|textos?|contenidos?|notas?|noticias?|informaci[óo]n|cr[óo]nicas?|"
        r"textes?|contenus?|d[ée]p[êe]ches?|"
        r"artigos?|conte[úu]dos?|mat[ée]rias?|not[íi]cias?|reportage[mn]s?|"
        r"articol[oi]|test[oi]|contenut[oi]|notizi[ae]|pezz[oi]|"
        r"artikelen|teksten|inhoud|berichten?|stuk|"
        r"artykuł\w*|tekst\w*|materiał\w*|treś[cć]\w*|wpis\w*|publikacj\w*|"
        r"článe?k\w*|obsah\w*|"
        r"artikeln|artiklen|artikkel\w*|texten|inneh[åa]ll\w*|indhold\w*|innhold\w*|sak(?:en)?|"
        r"haber\w*|makale\w*|metin\w*|metni\w*|içerik\w*|yazı(?:sı|yı)?|"
        r"стать\w+|текст\w*|материал\w*|публикаци\w+|заметк\w+|"
        r"статт\w+|матеріал\w*|публікаці\w+|новин\w+)\b"
        r"|記事|コラム|文章|(?<=本)文|内容|內容|报道|報導|报导|稿件|기사|본문|콘텐츠",
        _I,
    ),
}
"""The part a statement is about, from its subject noun."""
PRODUCT_NOUN = re.compile(
    # (one or two nouns may come first: "AI-powered news alerts", "audio briefing app",
    # "KI-gestützte Push-Benachrichtigungen")
    r"(?:\s+[^\W\d_][\w-]*){0,2}"
    r"\s+(?:search|assistant|chat(?:bot)?|tools?|features?|recommendations?|app|apps|"
    r"alerts?|notifications?|feeds?|benachrichtigung\w*|alertas?|notificaciones|alertes|"
    r"notifica[çc][õo]es|notifiche|meldingen|"
    r"services?|platform|newsletter|experience|player|widget|"
    r"suche|assistent\w*|empfehlung\w*|funktion\w*|"
    r"b[úu]squeda|asistente|herramientas?|recomendaciones|"
    r"recherche|assistant|outils?|recommandations|"
    r"busca|assistente|ferramentas?|recomenda[çc][õo]es|ricerca|strument[oi]|funzion[ei]|"
    r"zoeken|zoekfunctie|hulpmiddel\w*|functies?|asystent\w*|asistent\w*|assistent\w*|"
    r"asistan\w*|ассистент\w*|помощник\w*|помічник\w*|асистент\w*)\b",
    _I,
)
"""A product or feature noun right after a badge ("AI-powered search"), or after one noun
("AI-powered news alerts"): the badge describes that feature, not the page's content."""
DEIXIS = re.compile(
    r"\b(?:this|these|the\s+(?:above|following|present)|our|"
    r"dies(?:e[rsmn]?)?|vorliegende[rn]?|"
    r"est[ea]s?|esta|el\s+presente|la\s+presente|"
    r"cet(?:te)?|ce|ces|le\s+pr[ée]sent|la\s+pr[ée]sente|"
    r"est[ea]s?|o\s+presente|a\s+presente|"
    r"quest[oaie]|il\s+presente|la\s+presente|dit|deze|"
    r"ten|ta|tego|tej|tym|niniejsz\w+|tento|tato|toto|tohoto|této|tomto|"
    r"denna|detta|den\s+här|det\s+här|denne|dette|bu|"
    r"эт(?:от|а|о|у|ого|ой|ом)|данн\w+|настоящ\w+|ц(?:ей|я|е|ю|ього|ієї|ьому|ій)|"
    r"이|본)\s+(?:\w+\s+)?$"
    r"|(?:この|本|該|该|此|這|这)(?:篇|个|個|則|则|份)?$",
    _I,
)
"""Deixis right before a scope noun (tested on the text before the noun)."""
DEMONSTRATIVE = re.compile(
    r"^\W*(?:[^\W\d_]+\W+){0,2}?(?:this|these|dies(?:e[rsmn]?)?|est[ea]s?|cet(?:te)?|ces|ce|"
    r"quest[oaie]|deze|dit(?=\s+\w*(?:bericht|artikel|stuk|tekst|verslag|overzicht)\b)|"
    r"tento|tato|toto|denna|detta|denne|dette|bu|этот|эта|это|цей|ця|це)\s+"
    r"(?!(?:year|week|month|day|time|morning|evening|summer|spring|autumn|winter|season|"
    r"jahr|woche|monat|tag|sommer|año|semana|mes|día|verano|année|semaine|mois|jour|été|"
    r"ano|mês|dia|verão|anno|settimana|mese|giorno|estate|jaar|week|maand|dag|zomer)\b)[^\W\d_]",
    _I,
)
"""A demonstrative before the verb: "this weather update was produced automatically"."""
DEIXIS_VERB = re.compile(
    r"\b(?:we\s+(?:used|have\s+used|relied|employed)|i\s+used|"
    r"wir\s+(?:haben|nutzten|verwendeten|setzten)|"
    r"(?:utilizamos|usamos|empleamos|hemos\s+(?:utilizado|usado))|"
    r"nous\s+avons\s+(?:utilis[ée]|eu\s+recours)|abbiamo\s+(?:usato|utilizzato|impiegato)|"
    r"(?:we|wij)\s+(?:hebben|gebruikten)|hebben\s+(?:we|wij)|"
    r"(?:utilizamos|usamos|recorremos)|użyliśmy|wykorzystaliśmy|skorzystaliśmy|korzystaliśmy|"
    r"(?:jsme\s+)?(?:použili|využili)(?:\s+jsme)?|vi\s+(?:har\s+)?(?:använt|använde|brugt|brugte|"
    r"anvendt|brukt|brukte|benyttet)|kullandık|yararlandık|"
    r"мы\s+(?:использовали|применили)|ми\s+(?:використали|використовували))\b",
    _I,
)
INDEFINITE: dict[str, re.Pattern[str]] = {
    lang: re.compile(r"\b(?:" + words + r")\s+(?:\w+\s+)?$", _I)
    for lang, words in (
        ("en", r"an?|one|some|many|several"),
        ("es", r"un|una|unos|unas|alg[úu]n\w*|varios|varias"),
        ("fr", r"un|une|des|quelques|plusieurs"),
        ("de", r"ein|eine[mnrs]?|einige\w*|mehrere"),
        ("pt", r"um|uma|uns|umas|alguns|algumas|v[áa]rios|v[áa]rias"),
        ("it", r"un|una|uno|alcuni|alcune|molti|molte|diversi|diverse"),
        ("nl", r"een|enkele|sommige|veel|verschillende"),
        ("pl", r"jak\w+ś|kilka|kilku|wiele|wielu|niektóre|setki|setek"),
        ("cs", r"nějak\w+|několik|mnoho|stovky|stovek"),
        ("sv", r"en|ett|några|många|flera|hundratals"),
        ("da", r"en|et|nogle|mange|flere|hundredvis"),
        ("no", r"en|et|ei|noen|mange|flere|hundrevis"),
        ("tr", r"bir|birkaç|bazı|birçok|yüzlerce"),
        ("ru", r"как\w+-то|нескольк\w+|многи\w+|одн\w+|некотор\w+|сотни|сотен"),
        ("uk", r"як\w+сь|кільк\w+|багат\w+|одн\w+|деяк\w+|сотні|сотень"),
        ("ko", r"여러|많은|수많은|수백|수천|한|일부"),
    )
}
# counted or indefinite nouns in Chinese and Japanese ("一篇", "数百个", "多くの")
INDEFINITE["zh"] = re.compile(
    r"(?:\d|[一两兩几幾数數多百千万萬]+)(?:篇|条|條|则|則|个|個|份|张|張|家)"
)
# (also "一部の記事", "当サイトの記事": some of the site's articles, not this one)
INDEFINITE["ja"] = re.compile(
    r"(?:\d|多く|多数|複数|数百|数千|ある|一部)(?:件|本|枚|つ|の)|[当本]サイト"
)
"""Indefinite articles before a subject noun: some other content, not this page's."""
GENERIC_PLURAL = re.compile(
    r"\b(?:\d[\d.,]*|dozens|hundreds|thousands|many|several|most|all|other|"
    r"articles|stories|texts|posts|reports|contents|pieces|"
    r"texte|beitr[äa]ge|meldungen|inhalte|berichte|"
    r"art[íi]culos|textos|contenidos|notas|noticias|cr[óo]nicas|"
    r"textes|contenus|d[ée]p[êe]ches|"
    r"artigos|conte[úu]dos|mat[ée]rias|not[íi]cias|reportagens|"
    # ("teksten" is left out: it is "the text" in Danish and Norwegian)
    r"articoli|testi|contenuti|notizie|artikelen|berichten|"
    r"artykuły|artykułów|teksty|tekstów|články|článků|artiklar|texter|artikler|tekster|"
    r"haberler\w*|makaleler\w*|metinler\w*|içerikler\w*|статей|текстов|новост\w+|"
    r"статей|текстів|новини|новин)\b",
    _I,
)

# ----------------------------------------------------------------------------- review

_HUMAN_REVIEWER = (
    r"(?:an?\s+|our\s+|the\s+|(?:one|two|three|several|both)\s+(?:of\s+our\s+)?)?"
    r"(?:(?!(?:AI|KI|IA)\b)(?-i:[A-Z])[\w'’.&-]*\s+){0,3}?"
    # one plain modifier naming the desk ("our elections desk", "the sports team"), never
    # a machine
    r"(?:(?!(?:ai|ki|ia|machine|automated|automatic|automation|algorithmic|robot|bot|digital)\b)"
    r"(?-i:[a-z])[\w-]*\s+(?=(?:desk|team|staff|editors?|reporters?|journalists?)\b))?"
    r"(?:human\s+|senior\s+|staff\s+|experienced\s+|news\s+|copy\s+|metro\s+|city\s+)?"
    r"(?:editors?|editorial\s+(?:staff|team|board|desk)|journalists?|newsroom|reporters?|"
    r"staff|humans?|person|people|writers?|authors?|fact[- ]checkers?|desk|team)"
    # a professional named by the job ("checked by a meteorologist", "by our doctors")
    r"|(?:an?|our|the)\s+(?:[a-z][\w-]*\s+)?(?:meteorologists?|doctors?|physicians?|lawyers?|"
    r"attorneys?|experts?|specialists?|analysts?|scientists?|economists?|pharmacists?|nurses?)"
    r"|(?:an?\s+|one\s+)?(?:staff\s+)?members?\s+of\s+(?:our|the)\s+(?:\w+\s+)?"
    r"(?:staff|team|newsroom|desk)"
    r"|(?:der|die|unsere[rn]?|einer?|einem)\s+(?:\w+\s+)?(?:\w*Redaktion|Redakteur\w*|"
    r"Journalist\w*|Menschen|Mitarbeiter\w*)"
    r"|(?:(?:el|la|un|una|nuestr[oa]s?|los|las)\s+)?(?:equipo\s+(?:de\s+)?)?(?:editor(?:es|a)?|"
    r"redacci[óo]n|periodistas?|editorial|humanos?|personas?|secci[óo]n\s+de\s+\w+)"
    r"|(?:(?:la|notre|nos|un|une|le|les|des)\s+)?(?:r[ée]daction|journalistes?|[ée]diteurs?|"
    r"r[ée]dacteurs?|humains?|[ée]quipe\s+[ée]ditoriale)"
    r"|(?:a|o|um|uma|nossa|nosso|nossos|nossas|os|as)?\s*(?:reda[çc][ãa]o|editor(?:es|a)?|"
    r"jornalistas?|equipe|humanos?|pessoas?)"
    r"|(?:(?:la|il|un|una|uno|nostr[aoie]|i|le)\s+)?(?:redazione|giornalist[ai]|redattor[ei]|"
    r"caporedattor[ei]|uman[oi]|person[ae])"
    r"|(?:(?:de|een|onze|ons)\s+)?(?:\w*redactie|redacteur(?:en|s)?|eindredacteur(?:en|s)?|"
    r"journalist(?:en)?|mensen|medewerkers?)"
)
REVIEWED = re.compile(
    r"\b(?:(?:reviewed|edited|fact[- ]checked|verified|checked|curated|overseen|vetted|"
    r"proofread|approved|supervised)(?:,?\s+(?:and\s+)?(?:\w+\s+)?(?:reviewed|edited|"
    r"fact[- ]checked|verified|checked|curated|vetted|proofread|approved))*"
    # what it was checked for or against ("checked for accuracy by", "checked against the
    # recordings by")
    r"(?:\s+(?:for|against|with)(?:\s+[\w'’-]+){1,3}?)?\s+by\s+" + r"(?:" + _HUMAN_REVIEWER + r")"
    r"|^\W*(?:(?:human|two|three|several|both|our|the)\s+)?(?:editors|journalists|reporters|"
    r"fact[- ]checkers)\s+(?:have\s+)?"
    r"(?:reviewed|checked|edited|verified|fact[- ]checked)"
    # a label naming the human step ("Human fact check and edits", "Human review")
    r"|^\W*human\s+(?:fact[- ]?check\w*|review\w*|edit(?:s|ing)|oversight|verification)\b"
    r"|human[- ](?:reviewed|edited|checked|verified)|under\s+(?:human|editorial)\s+"
    r"(?:supervision|oversight|review|control)|(?:an?|the|our)\s+"
    # the outlet's name before the job ("a Harbour Times editor")
    r"(?:(?!(?:AI|KI|IA)\b)(?-i:[A-Z])[\w'’.&-]*\s+){0,3}?(?:(?:human|staff|news|copy|"
    r"senior)\s+)?(?:editor|journalist|reporter|author)s?\s+"
    r"(?:then\s+|also\s+|later\s+|subsequently\s+)?(?:has\s+|have\s+)?"
    r"(?:carefully\s+|thoroughly\s+)?"
    r"(?:reviewed|checked|edited|verified|fact[- ]checked|revised)"
    # people who go on to check, later in the sentence ("Our reporter listened to the
    # recording to confirm each quote"); what they did next ("…, then rewrote and
    # fact-checked it")
    r"|\b(?:an?|the|our)\s+(?:(?:human|staff|news|copy|senior)\s+)?(?:editor|journalist|"
    r"reporter|fact[- ]checker|team|staff|newsroom)s?\s+"
    r"(?:(?!(?:AI|using|with|and)\b)[\w'’,-]+\s+){0,8}?"
    r"(?:to\s+)?(?:confirm|verify|check|review|fact[- ]check|double[- ]check)(?:ed|s)?\b"
    r"|,?\s+then\s+(?:(?:rewrote|revised|edited|reviewed|checked)\s+and\s+)?"
    r"(?:rewrote|revised|edited|reviewed|checked|verified|fact[- ]checked)\s+(?:it|them)\b"
    r"|(?:hat|haben)\s+(?:unsere|die|eine)\s+(?:\w+\s+)?(?:Redaktion|Redakteur\w*|"
    r"Journalist\w*)\s+(?:\w+\s+){0,3}?(?:gepr[üu]ft|[üu]berpr[üu]ft|kontrolliert|verifiziert|"
    r"redigiert|gegengelesen)"
    r"|(?:unsere|die)\s+(?:\w+\s+)?(?:Redaktion|Redakteur\w*|Journalist\w*)\s+(?:hat|haben)\s+"
    r"(?:\w+\s+){0,4}?(?:gepr[üu]ft|[üu]berpr[üu]ft|kontrolliert|verifiziert|redigiert|"
    r"gegengelesen)"
    r"|\b(?:el|la|nuestr[oa]s?|los|las|un|una)\s+(?:equipo|redacci[óo]n|periodistas?|editor(?:es|a)?|"
    r"reporter[oa]s?|secci[óo]n)\s+(?:\w+\s+){0,2}?(?:revis[óo]|revisaron|verific[óo]|verificaron|"
    r"comprob[óo]|comprobaron|cheque[óo]|corrigi[óo]|edit[óo])\b"
    # the verb first, the desk after it ("y la revisó la sección de Deportes")
    r"|\b(?:l[oa]s?\s+)?(?:revis[óo]|revisaron|verific[óo]|verificaron|comprob[óo]|comprobaron|"
    r"corrigi[óo]|edit[óo])\s+(?:el|la|nuestr[oa]s?|los|las|un|una)\s+(?:equipo|redacci[óo]n|"
    r"periodistas?|editor(?:es|a)?|reporter[oa]s?|secci[óo]n(?:\s+de\s+\w+)?)\b"
    r"|(?:von|durch)\s+(?:(?:der|unserer|die|einem|einer|unseren)\s+(?:\w+\s+)?)?"
    # (a desk named in one word: "von der Sportredaktion", "Lokalredaktion")
    r"(?:\w*Redaktion|Redakteur\w*|Journalist\w*|Menschen)\s+(?:\w+\s+){0,3}?"
    r"(?:gepr[üu]ft|[üu]berpr[üu]ft|redigiert|kontrolliert|(?:[üu]ber)?arbeitet|bearbeitet|"
    r"freigegeben|gegengelesen|verifiziert|abgenommen)|redaktionell\s+(?:gepr[üu]ft|[üu]berpr[üu]ft|"
    r"bearbeitet|betreut|kontrolliert)|unter\s+(?:redaktioneller|menschlicher)\s+"
    r"(?:Aufsicht|Kontrolle|Pr[üu]fung)"
    r"|(?:revisad|verificad|supervisad|editad|comprobad|chequead|corregid|checad|conferid)"
    r"[oa]s?\s+(?:[ye]\s+\w+\s+)?(?:por|pel[ao]s?)\s+(?:" + _HUMAN_REVIEWER + r")"
    r"|bajo\s+(?:la\s+)?supervisi[óo]n\s+(?:humana|editorial|de\s+la\s+redacci[óo]n)"
    r"|sob\s+(?:a\s+)?supervis[ãa]o\s+(?:humana|editorial|da\s+reda[çc][ãa]o)"
    r"|(?:relu|v[ée]rifi[ée]|revu|[ée]dit[ée]|valid[ée]|contr[ôo]l[ée]|supervis[ée])e?s?\s+"
    r"(?:et\s+\w+\s+)?par\s+(?:" + _HUMAN_REVIEWER + r")"
    r"|sous\s+(?:la\s+)?supervision\s+(?:humaine|[ée]ditoriale|de\s+la\s+r[ée]daction)"
    r"|(?:rivist|verificat|controllat|revisionat|supervisionat|corrett)[oaie]\s+"
    r"(?:e\s+\w+\s+)?(?:da|dalla|dal|dai|dagli|dalle)\s+(?:" + _HUMAN_REVIEWER + r")"
    r"|sotto\s+(?:la\s+)?supervisione\s+(?:umana|editoriale|della\s+redazione)"
    r"|(?:gecontroleerd|nagekeken|gecheckt|geredigeerd|bewerkt|gecorrigeerd|geverifieerd)\s+"
    r"(?:en\s+\w+\s+)?door\s+(?:" + _HUMAN_REVIEWER + r")"
    r"|door\s+(?:de|onze|een)\s+(?:\w+\s+)?(?:redactie|redacteur\w*|eindredacteur\w*|"
    r"journalist\w*|mensen)\s+(?:\w+\s+){0,2}?(?:gecontroleerd|nagekeken|gecheckt|"
    r"geredigeerd|bewerkt|gecorrigeerd|geverifieerd)"
    r"|onder\s+(?:menselijk|redactioneel)\s+toezicht|redactioneel\s+(?:gecontroleerd|bewerkt)"
    # the desk as the subject ("de sportredactie heeft het nagekeken")
    r"|(?:de|onze|een)\s+(?:\w+\s+)?(?:\w*redactie|redacteur\w*|eindredacteur\w*|journalist\w*)\s+"
    r"(?:heeft|hebben)\s+(?:\w+\s+){0,3}?(?:gecontroleerd|nagekeken|gecheckt|geredigeerd|"
    r"bewerkt|gecorrigeerd|geverifieerd)"
    # pl, cs, sv, da, no: a checking participle, then "by" and the newsroom or a person
    r"|(?:sprawdz|zweryfikowan|zredagowan|przejrzan|zatwierdzon|poprawion)\w*\s+(?:\w+\s+)?"
    r"przez\s+(?:\w+\s+)?(?:redakcj\w+|dziennikar\w+|redaktor\w*|człowiek\w*|ludzi)"
    r"|redakcj\w+\s+(?:\w+\s+)?(?:sprawdził\w*|zweryfikował\w*|zredagował\w*)"
    r"|(?:zkontrolova|ověři|ověřen|upravi|upraven|redigova|prověři)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:redakc\w+|redaktor\w*|novinář\w*|člověk\w*)"
    r"|(?:granskad|granskat|granskats|kontrollerad|kontrollerat|faktagranskad|redigerad|"
    r"redigerat|gennemgået|gennemgåede|kontrolleret|redigeret|faktatjekket|tjekket|"
    r"gjennomgått|kontrollert|redigert|kvalitetssikret|faktasjekket|sjekket)\s+"
    r"(?:og\s+\w+\s+|och\s+\w+\s+)?a[fv]\s+(?:en\s+|et\s+|vår\s+|vores\s+)?"
    r"(?:redaktion\w*|redaksjon\w*|redaktør\w*|redaktör\w*|journalist\w*|människ\w*|"
    r"menneske\w*|medarbejder\w*|medarbeider\w*)"
    # tr, ru, uk: the newsroom as the agent of checking
    r"|(?:editör\w*|muhabir\w*|gazeteci\w*|yayın\s+kurulu\w*)\s+(?:tarafından\s+)?"
    r"(?:\w+\s+)?(?:kontrol\s+edil\w*|incelen\w*|düzenlen\w*|doğrulan\w*|gözden\s+geçiril\w*)"
    r"|(?:провер|отредактирова|вычита|одобр)\w*\s+(?:\w+\s+)?(?:редакци\w+|"
    r"редактор\w*|журналист\w*|человек\w*|людьми)"
    r"|(?:редакци\w+|редактор\w*|журналист\w*)\s+(?:\w+\s+)?(?:проверил\w*|"
    r"отредактировал\w*|вычитал\w*)"
    r"|(?:перевір|відредагова|вичита|схвал)\w*\s+(?:\w+\s+)?(?:редакці\w+|редактор\w*|"
    r"журналіст\w*|людин\w+|людьми)"
    r"|(?:редакці\w+|редактор\w*|журналіст\w*)\s+(?:\w+\s+)?(?:перевіри\w*|"
    r"відредагува\w*))"
    # ja, zh, ko: the newsroom or a person, then the checking verb
    # ("人工" is a person's work, never the first half of "人工智能")
    r"|(?:編集部|編集者|記者|担当者|人間|スタッフ|编辑|編輯|记者|人工(?!智)|编辑部|編輯部|"
    r"기자|편집자|에디터|편집국|데스크)[^。！？.]{0,8}?"
    r"(?:確認|チェック|校閲|監修|精査|审核|審核|审阅|審閱|核实|核實|校对|校對|把关|把關|"
    r"검토|확인|검수|감수)",
    _I,
)
HUMAN_WRITER = re.compile(
    r"\s+(?:(?:by|von|durch|por|par|pel[ao]s?)\s+(?:" + _HUMAN_REVIEWER + r"))(?!\w)",
    _I,
)
"""A person as the agent right after the writing verb ("drafted by a reporter using AI
tools", "escrito por un periodista con ayuda de IA"): the AI was the tool, not the writer."""
WE_WROTE = re.compile(
    r"^\W*(?:we|our\s+(?:reporters?|journalists?|writers?|editors?|staff|team|newsroom))\s+"
    r"(?:\w+\s+)?(?:wrote|drafted|created|produced|composed|compiled|prepared|put\s+together)\b",
    _I,
)
"""People as the subject of the writing verb ("We drafted this explainer with an AI
assistant"): AI helped them."""
NOT_REVIEWED = re.compile(
    r"\b(?:(?:not|never|hasn['’]t|haven['’]t|wasn['’]t|weren['’]t|isn['’]t)\s+(?:been\s+)?"
    r"(?:reviewed|checked|edited|verified|vetted)"
    r"(?:\s+by\s+(?:an?\s+)?(?:human|editor|journalist|person|staff)\w*)?"
    r"|without\s+(?:any\s+)?(?:human|editorial)\s+(?:review|oversight|intervention|editing|"
    r"involvement|input)|no\s+human\s+(?:review|oversight|editing|involvement)|unreviewed"
    r"|ohne\s+(?:redaktionelle|menschliche)\s+(?:Pr[üu]fung|Kontrolle|Bearbeitung|"
    r"[ÜU]berpr[üu]fung)|nicht\s+(?:redaktionell\s+)?(?:gepr[üu]ft|[üu]berpr[üu]ft)"
    r"|sin\s+(?:revisi[óo]n|supervisi[óo]n|intervenci[óo]n)\s+humana|no\s+(?:ha\s+sido|fue)"
    r"\s+revisad[oa]"
    r"|sans\s+(?:relecture|v[ée]rification|intervention|supervision)\s+humaine|"
    r"n['’]a\s+pas\s+[ée]t[ée]\s+(?:relu|v[ée]rifi[ée])e?"
    r"|sem\s+(?:revis[ãa]o|supervis[ãa]o|interven[çc][ãa]o)\s+humana|n[ãa]o\s+foi\s+revisad[oa]"
    r"|senza\s+(?:revisione|supervisione|intervento|controllo)\s+uman[oa]|"
    r"non\s+[èe]\s+stat[oa]\s+(?:rivist|verificat|controllat)[oa]"
    r"|zonder\s+(?:menselijke|redactionele)\s+(?:controle|tussenkomst|redactie)|"
    r"niet\s+(?:gecontroleerd|nagekeken)"
    r"|bez\s+(?:weryfikacji|udziału|nadzoru|kontroli)\s+(?:człowieka|redakcji|redaktora)|"
    r"nie\s+(?:został\w*\s+)?(?:sprawdzon|zweryfikowan)\w*"
    r"|bez\s+(?:lidské\s+)?kontroly(?:\s+redakce)?|nebyl\w*\s+(?:zkontrolován|ověřen)\w*"
    r"|utan\s+(?:mänsklig|redaktionell)\s+granskning|(?:har\s+)?inte\s+(?:granskats|granskad\w*)"
    r"|uden\s+(?:menneskelig|redaktionel)\s+(?:kontrol|gennemgang)|ikke\s+(?:gennemgået|kontrolleret)"
    r"|uten\s+(?:menneskelig|redaksjonell)\s+(?:kontroll|gjennomgang)|ikke\s+(?:gjennomgått|"
    r"kontrollert|kvalitetssikret)"
    r"|(?:editör|insan)\s+(?:kontrolünden|denetiminden)\s+geçme\w*|insan\s+müdahalesi\s+olmadan"
    r"|без\s+(?:участия|проверки|редактирования)\s+(?:человека|редакции|редактора)|"
    r"не\s+(?:проверял\w*|проверен\w*)"
    r"|без\s+(?:участі|перевірки)\s+(?:людини|редакції|редактора)|не\s+перевірен\w*)"
    r"|未经(?:人工|编辑)?(?:审核|核实)|未經(?:人工|編輯)?(?:審核|核實)|未確認"
    r"|(?:人間|編集部|人)による(?:確認|チェック)(?:を経ていない|は行っていません|はしていません)"
    r"|(?:검토|검수)(?:를)?\s*거치지\s*않",
    _I,
)

# ----------------------------------------------------------------------------- not a statement

NEGATION: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:not|never|without|none|no(?!\s+(?:other|later|longer)\b)|n['’]t)\b"
        r"|n['’]t\b|\bno\s+other\b",
        _I,
    ),
    "es": re.compile(r"\b(?:no|nunca|sin|ning[úu]n\w*|jam[áa]s|ni)\b", _I),
    "fr": re.compile(r"\b(?:pas|jamais|sans|aucun\w*|ni|non)\b", _I),
    "de": re.compile(r"\b(?:nicht|kein\w*|ohne|niemals|nie)\b", _I),
    "pt": re.compile(r"\b(?:n[ãa]o|nunca|sem|nenhum\w*|jamais)\b", _I),
    "it": re.compile(r"\b(?:non|mai|senza|nessun\w*|n[ée])\b", _I),
    "nl": re.compile(r"\b(?:niet|nooit|zonder|geen)\b", _I),
    "pl": re.compile(r"\b(?:nie|bez|nigdy|żadn\w*)\b", _I),
    # Czech negates with a prefix: the negated auxiliaries and verbs of making and using
    "cs": re.compile(
        r"\b(?:bez|nikdy|žádn\w*|nebyl\w*|není|nejsou|nepouži\w*|nevyuži\w*|nevytvoři\w*|"
        r"nenapsal\w*|negenerova\w*|nevznikl\w*)\b",
        _I,
    ),
    "sv": re.compile(r"\b(?:inte|ej|aldrig|utan|ingen|inget|inga)\b", _I),
    "da": re.compile(r"\b(?:ikke|aldrig|uden|ingen|intet)\b", _I),
    "no": re.compile(r"\b(?:ikke|aldri|uten|ingen|intet)\b", _I),
    # Turkish negates with a suffix ("-mamış", "-madan"), and with "değil", "olmadan"
    "tr": re.compile(
        r"\b(?:değil\w*|olmadan|olmaksızın|hiçbir|asla|"
        r"\w+(?:mamış|memiş|madan|meden|madı|medi)\w*)\b",
        _I,
    ),
    "ru": re.compile(r"\b(?:не|без|никогда|ни|никак\w*|нет)\b", _I),
    "uk": re.compile(r"\b(?:не|без|ніколи|ні|жодн\w*|немає)\b", _I),
    "ja": re.compile(r"ない|ません|なし|無し|せず|ずに|ず[、。]|不使用"),
    "zh": re.compile(
        r"未(?!来|來|知|满|滿)|没有|沒有|并非|並非|不是|非由|不使用|不含|不涉及|无任何|無任何"
    ),
    "ko": re.compile(r"않|없이|없는|없습니다|아닌|아니|미사용"),
}
HUMAN_DECLARATION = re.compile(
    r"\b(?:(?:written|created|made|produced|crafted|authored)\s+(?:entirely\s+|solely\s+|"
    r"exclusively\s+|only\s+)?by\s+(?:a\s+)?(?:real\s+)?(?:humans?|people|a\s+person)|"
    r"human[- ](?:written|made|authored|created)|100\s?%\s+human|not\s+by\s+AI"
    r"|von\s+Menschen\s+(?:geschrieben|verfasst|erstellt|gemacht)|menschengemacht"
    r"|(?:escrit|hech|cread|redactad)[oa]s?\s+(?:[íi]ntegramente\s+|solo\s+)?por\s+"
    r"(?:personas|humanos|periodistas\s+humanos)"
    r"|(?:[ée]crit|r[ée]dig[ée]|cr[ée][ée]|r[ée]alis[ée])e?s?\s+(?:enti[èe]rement\s+)?par\s+"
    r"des\s+(?:humains|[êe]tres\s+humains|personnes)"
    r"|(?:escrit|feit|criad|produzid)[oa]s?\s+(?:inteiramente\s+)?por\s+(?:humanos|pessoas)"
    r"|(?:scritt|realizzat|creat)[oai]\s+(?:interamente\s+)?da\s+(?:persone|esseri\s+umani)"
    r"|(?:geschreven|gemaakt)\s+door\s+(?:mensen|een\s+mens)|door\s+mensen\s+(?:geschreven|gemaakt))",
    _I,
)
"""Human-authorship declarations: a disclosure of no AI involvement."""
TEASER = re.compile(
    r"^\W*(?:read|see)\s+(?:also|more)\b|^\W*related\s*:|^\W*lesen\s+sie\s+(?:auch|mehr)\b|"
    r"^\W*(?:mehr\s+zum\s+thema|auch\s+interessant)\b|^\W*(?:lea|lee)\s+tambi[ée]n\b|"
    r"^\W*(?:[àa]\s+)?lire\s+aussi\b|^\W*(?:leia|veja)\s+tamb[ée]m\b|^\W*leggi\s+anche\b|"
    r"^\W*(?:lees|zie)\s+ook\b"
    # the title of a page on the outlet's use of AI ("How we use AI", "So setzen wir KI ein",
    # "Así usamos la IA") and a control ("Report AI-generated content"): never a note
    r"|^\W*(?:here['’]s\s+)?how\s+(?:we|our\s+\w+)\s+uses?\b|^\W*so\s+(?:setzen|nutzen)\s+wir\b|"
    r"^\W*wie\s+wir\s+(?:\w+\s+){1,3}(?:einsetzen|nutzen)\b|"
    r"^\W*(?:as[íi]|c[óo]mo)\s+(?:usamos|utilizamos|empleamos)\b|^\W*comment\s+nous\s+utilisons\b|"
    r"^\W*como\s+(?:usamos|utilizamos)\b|^\W*come\s+usiamo\b|^\W*hoe\s+wij?\s+\w+\s+gebruiken\b|"
    r"^\W*(?:report|flag)\s+(?:AI|KI|IA)[\s-]"
    # an advert's label ("Sponsored:", "Anzeige:", "Реклама:", "广告："): an offer, not a note
    r"|^\W*(?:sponsored|advertisement|ad|anzeige|werbung|publicidad|publicit[ée]|publicidade|"
    r"pubblicit[àa]|advertentie|reklama|annons|annonce|annonse|reklam|реклама|广告|廣告|広告|광고)"
    r"\s*[:：]",
    _I,
)
"""A teaser for another story ("Read also: how the council uses AI") or an advert's label
("Anzeige: …"): never a statement."""
CAVEAT = re.compile(
    r"\b(?:may|might|can|could)\s+(?:still\s+|occasionally\s+|sometimes\s+)?(?:contain|include|have)"
    r"\s+(?:some\s+|occasional\s+|minor\s+)?(?:errors|mistakes|inaccuracies|typos)"
    r"|\b(?:errors|mistakes|inaccuracies)\s+(?:may|might|can)\s+(?:occur|appear|happen)"
    r"|\bkann\s+(?:\w+\s+)?Fehler\s+enthalten|\bFehler\s+(?:sind\s+nicht\s+ausgeschlossen|"
    r"k[öo]nnen\s+(?:\w+\s+)?(?:auftreten|vorkommen))"
    r"|\bpuede[n]?\s+contener\s+errores|\bpeu(?:t|vent)\s+contenir\s+des\s+erreurs"
    r"|\bpode[m]?\s+conter\s+erros|\bpu[òo]\s+contenere\s+(?:degli\s+)?errori"
    r"|\bkan\s+fouten\s+bevatten|\bkan\s+inneh[åa]lla\s+fel|\bkan\s+indeholde\s+fejl|"
    r"\bkan\s+inneholde\s+feil|\bmoże\s+zawierać\s+błęd\w*|\bmůže\s+obsahovat\s+chyb\w*|"
    r"\bhata(?:lar)?\s+içerebilir|\bможет\s+содержать\s+ошибк\w*|\bможе\s+містити\s+помилк\w*"
    r"|(?:誤り|間違い|誤情報)(?:が|を)?(?:含まれる|ある)(?:可能性|場合)"
    r"|可能(?:存在|有|出现|出現|含有)?(?:错误|錯誤|误差|誤差|不准确|不準確|偏差)|可能有误|可能有誤"
    r"|오류(?:가|를)?\s*(?:포함|있을)",
    _I,
)
"""The caveat a disclosure adds ("… and may contain mistakes"): not a hedge about the AI."""
HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|maybe|probably|likely|or\s+not|allegedly|"
    r"suspected|whether|"
    r"kann|k[öo]nnen|k[öo]nnte\w*|m[öo]glicherweise|vielleicht|vermutlich|angeblich|oder\s+nicht|ob\b|"
    r"puede|pueden|podr[íi]a\w*|quiz[áa]s?|tal\s+vez|posiblemente|supuestamente|o\s+no\b|"
    r"peut|peuvent|pourrai\w*|peut[- ][êe]tre|probablement|ou\s+pas|ou\s+non|"
    r"pode|podem|poderia\w*|talvez|possivelmente|supostamente|ou\s+n[ãa]o|"
    r"potrebbe(?:ro)?|forse|presumibilmente|o\s+meno|misschien|waarschijnlijk|wellicht|"
    r"zou(?:den)?|of\s+niet|"
    r"może|mogł\w*|prawdopodobnie|być\s+może|czy|možná|pravděpodobně|zda|"
    r"kanske|möjligen|troligen|måske|muligvis|sandsynligvis|kanskje|muligens|trolig|"
    r"belki|muhtemelen|olabilir|может|возможно|вероятно|ли|може|можливо|ймовірно|чи)\b"
    r"|[?？]|かもしれ|かどうか|できます|できる|可能|也许|也許|或许|或許|是否|可以|即可|"
    r"가능성|수\s?있|일지도|여부",
    _I,
)
"""Hedges and questions: "may have been written by ChatGPT … or not"."""
CONDITIONAL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:if|whenever|unless|any\s+use|should|must|will\s+(?:\w+\s+){0,2}(?:be|always)"
        r"|we\s+will)\b",
        _I,
    ),
    "es": re.compile(r"\b(?:si|cuando|cualquier|ser[áa]n?\s+\w+|deber[áa]n?|debe)\b", _I),
    "fr": re.compile(r"\b(?:si|lorsque|quand|toute?\s+utilisation|sera|seront|doit)\b", _I),
    "de": re.compile(
        r"\b(?:wenn|falls|sofern|jede[rn]?\s+(?:Einsatz|Nutzung|Verwendung)|soll|muss|"
        r"(?:wird|werden)\s+(?:\w+\s+){0,3}(?:gekennzeichnet|kenntlich|ausgewiesen|markiert))\b",
        _I,
    ),
    "pt": re.compile(r"\b(?:se|quando|qualquer|ser[áa]|ser[ãa]o|deve)\b", _I),
    "it": re.compile(r"\b(?:se|quando|qualsiasi|qualunque|sar[àa]|saranno|deve|devono)\b", _I),
    "nl": re.compile(r"\b(?:als|wanneer|indien|elke?|zal|zullen|moet|moeten)\b", _I),
    "pl": re.compile(r"\b(?:jeśli|jeżeli|gdy|kiedy|każd\w+|będ\w+|musi|powin\w+)\b", _I),
    "cs": re.compile(r"\b(?:pokud|jestliže|když|každ\w+|bude\w*|musí)\b", _I),
    "sv": re.compile(r"\b(?:om|när|varje|ska|skall|kommer\s+att|måste)\b", _I),
    "da": re.compile(r"\b(?:hvis|når|hver|skal|vil\s+blive|må)\b", _I),
    "no": re.compile(r"\b(?:hvis|når|hver|skal|vil\s+bli|må)\b", _I),
    "tr": re.compile(
        r"\b(?:eğer|durumunda|halinde|her|olacak\w*|edilecek\w*|gerekir|zorunda|"
        r"\w+(?:ırsa|irse|ursa|ürse|arsa|erse))\b",
        _I,
    ),
    "ru": re.compile(r"\b(?:если|когда|любо\w+|будет|будут|должн\w+)\b", _I),
    "uk": re.compile(r"\b(?:якщо|коли|будь-як\w+|буде|будуть|повинн\w+|має\s+бути)\b", _I),
    "ja": re.compile(r"場合は|場合に|際には|ときは|たら|れば|必ず|べき|予定"),
    "zh": re.compile(r"如果|若|凡是|任何|将会|將會|应当|應當|必须|必須|一律"),
    "ko": re.compile(r"경우|때에는|반드시|해야|예정|모든"),
}
"""Conditionals and future rules: policies, not statements about this page."""
POLICY = re.compile(
    r"\b(?:polic(?:y|ies)|guidelines?|principles|standards|charter|"
    r"richtlinie\w*|leitlinie\w*|grunds[äa]tze|"
    r"pol[íi]tica|directrices|principios|normas|"
    r"politique|charte|principes|lignes\s+directrices|"
    r"diretrizes|princ[íi]pios|politica|linee\s+guida|principi|beleid|richtlijnen|principes|"
    r"polityk\w+|zasad\w*|wytyczn\w+|zásad\w*|pravidl\w*|riktlinje\w*|principer|"
    r"retningslinje\w*|principper|prinsipp\w*|politika\w*|ilke\w*|yönerge\w*|"
    r"политик\w+|правил\w+|принцип\w+|політик\w+|принцип\w+)\b"
    r"|方針|ポリシー|ガイドライン|指針|政策|准则|準則|规范|規範|原则|原則|指引|정책|가이드라인|원칙|지침",
    _I,
)
CONSENT_OR_APP = re.compile(
    # a cookie or consent notice ("We and our partners, including AI partners, use cookies")
    r"\b(?:cookies?|cookie-\w+|[çc]erez\w*)\b|\bкуки\b|クッキー|쿠키"
    # an app's download promo ("Download our app for …", "Jetzt die App laden")
    r"|\b(?:download|install|get)\s+(?:our|the)\s+(?:\w+\s+)?app\b"
    r"|\bapp\s+(?:laden|herunterladen|installieren)\b"
    r"|\b(?:descarga|instala|baixe|instale|scarica|installa|download|installeer)\s+"
    r"(?:la|nuestra|o|nosso|a|nossa|l['’]|la\s+nostra|de|onze)\s*app\b"
    r"|\bt[ée]l[ée]charge[rz]\s+(?:l['’]|notre\s+)app(?:lication)?\b",
    _I,
)
"""A cookie notice or an app's download promo: the AI it names is no note on the page."""
REPORTED = re.compile(
    # ("reported and written by our staff" is a newsroom credit, not reported speech)
    r"\b(?:said|says?|told|according\s+to|claims?|claimed|"
    r"reported(?!\s+and\s+(?:written|edited|produced|drafted))|admitted|revealed|"
    r"confirmed|critics|experts?|researchers?|r[äa]umte\s+ein|gab\s+zu|best[äa]tigte|"
    r"admiti[óo]|confirm[óo]|a\s+admis|a\s+confirm[ée]|admitiu|confirmou|"
    r"sagte|sagt|erkl[äa]rte|berichtet\w*|laut|zufolge|"
    r"dijo|afirm[óo]|seg[úu]n|inform[óo]|revel[óo]|"
    r"a\s+d[ée]clar[ée]|selon|affirme|a\s+r[ée]v[ée]l[ée]|"
    r"disse|afirmou|segundo|revelou|"
    r"ha\s+detto|dice|secondo|ha\s+dichiarato|ha\s+affermato|ha\s+rivelato|ha\s+ammesso|"
    r"esperti|ricercatori|critici|zei|zegt|volgens|meldde|verklaarde|gaf\s+toe|"
    r"onderzoekers|deskundigen|"
    r"powiedział\w*|według|twierdz\w+|przyznał\w*|poinformował\w*|eksper\w+|badacz\w*|"
    r"řekl\w*|podle|uvedl\w*|tvrd\w+|odborní\w+|výzkumní\w+|"
    r"sade|sa|säger|enligt|uppger|experter|forskare|sagde|siger|ifølge|oplyser|eksperter|forskere|"
    r"sier|opplyser|dedi|göre|açıkladı|belirtti|iddia\w*|uzman\w*|araştırmacı\w*|"
    r"сказал\w*|заявил\w*|по\s+словам|по\s+данным|сообщил\w*|признал\w*|эксперт\w*|"
    r"исследовател\w+|считают|сказав|сказала|заявив|заявила|за\s+словами|за\s+даними|"
    r"повідомив\w*|повідомила|експерт\w*|дослідник\w*)\b"
    r"|によると|によれば|と述べ|と語っ|と明らかに|と発表|専門家|研究者|表示|(?<!名)称(?!为)|(?<!名)稱(?!為)|"
    r"(?<!数)据(?!库)|(?<!數)據(?!庫)|指出|透露|专家|專家|研究人员|研究人員|承认|承認|"
    r"밝혔|말했|따르면|전했|주장|전문가|연구진|연구자",
    _I,
)
"""Reported speech: news about someone else's use of AI."""

# ----------------------------------------------------------------------------- language

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the this was is by with and of using an our has been were".split()),
    "es": frozenset(
        "el la este esta fue por con y de los las del ha sido una en que al a su".split()
    ),
    "fr": frozenset("le la cet cette a été par avec et de les des du une est en au aux".split()),
    "de": frozenset("der die das dieser dieses diese wurde von mit und ist den dem ein".split()),
    "pt": frozenset("o a este esta foi por com e da do pela pelo uma os as de dos das em".split()),
    # (words another language read here shares are left out: "il", "lo", "door", "van")
    # ("con", "per", "di", "da", "una", "e": shared with es/pt, a tie the page's lang decides)
    "it": frozenset(
        "gli questo questa stato stata dal dalla della delle degli è che nel "
        "con per di da una e".split()
    ),
    "nl": frozenset("het dit deze werd met een dat voor wordt zijn".split()),
    "pl": frozenset("ten ta to został została zostało przez przy pomocy jest był była się".split()),
    "cs": frozenset("tento tato toto byl byla bylo je pomocí který která jsme".split()),
    "sv": frozenset("denna detta är var av och har som för på med ett inte".split()),
    "da": frozenset("denne dette er var af og har som for på med blev ikke af".split()),
    "no": frozenset("denne dette er var av og har som for på med ble ikke".split()),
    "tr": frozenset("bu bir ve ile tarafından için olarak da de".split()),
    "ru": frozenset("этот эта это был была было и с в на по для".split()),
    "uk": frozenset("цей ця це був була було і та з у в на за для".split()),
}
# Letters only one of the languages read here writes (the page's ``lang`` still wins ties).
MARKERS: tuple[tuple[str, str], ...] = (
    ("ã", "pt"), ("õ", "pt"), ("ç", "pt"), ("ñ", "es"), ("ß", "de"),
    ("ł", "pl"), ("ą", "pl"), ("ę", "pl"), ("ż", "pl"), ("ř", "cs"), ("ů", "cs"), ("ě", "cs"),
    ("ı", "tr"), ("ğ", "tr"), ("ş", "tr"),
    ("ы", "ru"), ("э", "ru"), ("ъ", "ru"), ("і", "uk"), ("ї", "uk"), ("є", "uk"),
)  # fmt: skip


# ----------------------------------------------------------------------------- more languages
# fi, ro, hu, id, vi (Latin letters), el (Greek), ar (Arabic): one entry per word class,
# joined to the classes above. Arabic glues its article and prepositions to the noun
# ("بالذكاء", "والمقال"): its nouns are matched without a word boundary before them.

_MORE = ("fi", "ro", "hu", "id", "vi", "el", "ar", "he", "hi")
LANGUAGES = (*LANGUAGES, *_MORE)
_AR = r"(?:[وفبل]?ال|لل)?"
"""The Arabic article and the prepositions glued before it."""
_HE = r"(?<![\u05d0-\u05ea])[הבוכלמש]{0,2}"
"""The Hebrew article, conjunction and prepositions glued before a word."""
# (Devanagari vowel signs are no word characters for ``re``: Hindi words are matched as
# plain strings)


def _joined(pattern: re.Pattern[str], more: str) -> re.Pattern[str]:
    return re.compile(pattern.pattern + "|" + more, pattern.flags)


AGENT = _joined(
    AGENT,
    r"(?i:\b(?:teko[äa]ly\w*|inteligen[țţt]\w*\s+artificial\w*|mesters[ée]ges\s+intelligenci\w*|"
    r"kecerdasan\s+buatan|tr[íi]\s+tu[ệe]\s+nh[âa]n\s+t[ạa]o|τεχνητ\w+\s+νοημοσ[ύυ]ν\w+|"
    # automatically
    r"automat|automaattisesti|automatikusan|otomatis|t[ựu]\s+đ[ộo]ng|αυτ[όο]ματα)\b)"
    r"|(?<!\w)" + _AR + r"ذكاء\s+" + _AR + r"اصطناعي|تلقائيا|آليا"
    r"|" + _HE + r"בינה\s+מלאכותית|" + _HE + r"אוטומטית|कृत्रिम\s+बुद्धिमत्ता|एआई|स्वचालित",
)
GENERATE = _joined(
    GENERATE,
    r"\b(?:tuotettu|tuottanut|tuottama\w*|luotu|luonut|luoma\w*|kirjoitettu|kirjoittanut|"
    r"kirjoittama\w*|laadittu|laatinut|generoitu|generoima\w*|tehty|"
    # (no "generate", "create": English imperatives)
    r"generat[ă]?|creat[ă]|scris[ăe]?|realizat[ăe]?|produs[ăe]?|redactat[ăe]?|"
    r"gener[áa]lt\w*|gener[áa]lta|k[ée]sz[üu]lt|k[ée]sz[íi]tette|k[ée]sz[íi]tett\w*|[íi]rta|"
    r"l[ée]trehozott\w*|"
    r"dibuat|dihasilkan|ditulis|disusun|diproduksi|"
    r"đư[ợo]c\s+t[ạa]o|t[ạa]o\s+ra|t[ạa]o\s+b[ởo]i|đư[ợo]c\s+vi[ếe]t|vi[ếe]t\s+b[ởo]i|"
    r"bi[êe]n\s+so[ạa]n|"
    r"δημιουργ[ήη]θηκε|δημιουργημ[ée]ν\w+|γρ[άα]φτηκε|γραμμ[ée]ν\w+|παρ[άα]χθηκε|"
    r"συντ[άα]χθηκε|παρ[ήη]χθη)\b"
    r"|تم\s+إنشاء|تمت\s+كتابة|تم\s+توليد|تم\s+إعداد|تمت\s+صياغة|أنشئ|أُنشئ|كُتب|مولّد|مولد|"
    r"ولّد|أعده|أعدها|كتبه|كتبها"
    r"|" + _HE + r"(?:נכתבה?|נוצרה?|הופקה?|חוברה?|נערכה?\s+על\s+ידי)(?![\u05d0-\u05ea])"
    r"|तैयार\s+(?:किया|की)\s+गई?|लिखा\s+गया|लिखी\s+गई|बनाया\s+गया|बनाई\s+गई|जनरेट",
)
ASSIST = _joined(
    ASSIST,
    r"\b(?:avulla|avustuksella|avustama\w*|tuella|cu\s+ajutorul|asistat[ăe]?|"
    r"cu\s+sprijinul|cu\s+asisten[țţt]a|seg[íi]ts[ée]g[ée]vel|t[áa]mogat[áa]s[áa]val|"
    r"k[öo]zrem[űu]k[öo]d[ée]s[ée]vel|dengan\s+bantuan|dibantu|berbantuan|"
    r"v[ớo]i\s+s[ựu]\s+h[ỗo]\s+tr[ợo]|h[ỗo]\s+tr[ợo]\s+b[ởo]i|tr[ợo]\s+gi[úu]p|"
    r"με\s+τη\s+βο[ήη]θεια|με\s+την\s+υποστ[ήη]ριξη)\b"
    r"|بمساعدة|بالاستعانة|بدعم\s+من"
    r"|בעזרת|בסיוע|की\s+मदद\s+से|की\s+सहायता\s+से",
)
TRANSLATE = _joined(
    TRANSLATE,
    r"\b(?:k[äa][äa]nnet\w*|k[äa][äa]nn[öo]s\w*|k[äa][äa]nt[äa]\w*|konek[äa][äa]nn\w*|"
    r"tradus\w*|ford[íi]t\w*|leford[íi]t\w*|diterjemahkan|terjemahan|dịch|"
    r"μεταφρ[άα]\w+|μετ[άα]φραση\w*)\b|ترجم\w*|مترجم|" + _HE + r"(?:תורגמה?|תרגום)|अनुवाद",
)
SUMMARISE = _joined(
    SUMMARISE,
    r"\b(?:tiivist\w*|rezumat\w*|[öo]sszefoglal\w*|diringkas|dirangkum|ringkasan|"
    r"t[óo]m\s+t[ắa]t|περ[ιί]ληψ\w*|συν[οό]ψ\w*)\b|ملخص|تلخيص|لخص|"
    + _HE
    + r"(?:סוכמה?|תקציר)|सारांश",
)
_MORE_NOUNS = {
    "summary": r"\b(?:tiivistelm[äa]\w*|yhteenveto\w*|rezumat\w*|[öo]sszefoglal\w*|"
    r"ringkasan|rangkuman|t[óo]m\s+t[ắa]t|περ[ιί]ληψη\w*)\b|"
    + _AR
    + r"ملخص|"
    + _HE
    + r"(?:תקציר|סיכום)|सारांश",
    "translation": r"\b(?:k[äa][äa]nn[öo]s\w*|traducere\w*|ford[íi]t[áa]s\w*|terjemahan|"
    r"b[ảa]n\s+d[ịi]ch|μετ[άα]φραση\w*)\b|" + _AR + r"ترجمة|" + _HE + r"תרגום|अनुवाद",
    "image": r"\b(?:kuva|kuvan|kuvat|kuvitus\w*|valokuva\w*|imagin\w+|fotografi\w+|"
    r"ilustra[țţt]i\w+|k[ée]p|k[ée]pet|k[ée]pek|k[ée]pen|fot[óo]\w*|illusztr[áa]ci[óo]\w*|"
    r"gambar|ilustrasi|h[ìi]nh\s+ảnh|ảnh|minh\s+h[ọo]a|εικ[όο]να\w*|φωτογραφ[ίι]\w+|"
    r"εικονογρ[άα]φηση)\b|" + _AR + r"صور|" + _HE + r"(?:תמונה|תמונות|איור|צילום)|तस्वीर|चित्र|फोटो",
    "video": r"\b(?:videoclip\w*|vide[óo]\w*|β[ίι]ντεο)\b|" + _AR + r"فيديو",
    "audio": r"\b(?:[äa][äa]niversio\w*|felolvas[áa]s\w*|suara|gi[ọo]ng\s+đ[ọo]c|"
    r"ηχητικ\w+|φων[ήη])\b|" + _AR + r"صوت",
    "article": r"\b(?:artikkel\w*|juttu\w*|jutun|teksti\w*|uutinen|uutise\w*|sis[äa]lt[öo]\w*|"
    r"articol\w*|textul\w*|con[țţt]inut\w*|[șşs]tire\w*|materialul|cikk\w*|sz[öo]veg\w*|"
    r"tartalom|tartalm\w*|h[íi]r|h[íi]rt|[íi]r[áa]s\w*|berita|tulisan|konten|naskah|"
    r"b[àa]i\s+vi[ếe]t|b[àa]i\s+b[áa]o|n[ộo]i\s+dung|b[ảa]n\s+tin|"
    r"[άα]ρθρο\w*|κε[ίι]μεν\w+|περιεχ[όο]μεν\w+|ε[ίι]δηση)\b"
    r"|" + _AR + r"(?:مقال|محتوى|خبر|نص|تقرير)|" + _HE + r"(?:כתבה|מאמר|תוכן|טקסט|ידיעה)"
    r"|लेख|खबर|ख़बर|सामग्री|आर्टिकल",
}
for _scope, _words in _MORE_NOUNS.items():
    SCOPE_NOUNS[_scope] = _joined(SCOPE_NOUNS[_scope], _words)
DEIXIS = _joined(
    DEIXIS,
    r"\b(?:t[äa]m[äa]|t[äa]m[äa]n|t[äa]ss[äa]|t[äa]t[äa]|acest|aceast[ăa]|acestui|acestei|"
    r"ez\s+a|ezt\s+a|ennek\s+a|αυτ[όο]\s+το|αυτ[ήη]\s+η|αυτο[ύυ]\s+του|αυτ[ήη]ς\s+της|"
    r"το\s+παρ[όο]ν|η\s+παρο[ύυ]σα)\s+(?:\w+\s+)?$|(?:هذا|هذه)\s+$|(?:यह|इस)\s+$",
)
DEIXIS_AFTER = re.compile(r"\s*(?:ini|n[àa]y)\b|\s*ה?(?:זו|זה|זאת)(?![\u05d0-\u05ea])", _I)
"""Deixis written after its noun (id "artikel ini", vi "bài viết này", he "הכתבה הזו")."""
INDEFINITE.update(
    {
        lang: re.compile(r"\b(?:" + words + r")\s+(?:\w+\s+)?$", _I)
        for lang, words in (
            ("fi", r"er[äa]s|er[äa][äa]n|joitakin|monet|useat|sadat|satoja"),
            ("ro", r"un|o|unor|unei|multe|c[âa]teva|sute"),
            ("hu", r"egy|n[ée]h[áa]ny|sok|t[öo]bb|sz[áa]mos|t[öo]bbsz[áa]z"),
            ("id", r"sebuah|beberapa|banyak|ratusan|ribuan"),
            ("vi", r"m[ộo]t|nhi[ềe]u|c[áa]c|nh[ữu]ng|h[àa]ng\s+tr[ăa]m"),
            ("el", r"[έε]να|μια|μ[ίι]α|[έε]νας|πολλ[άα]|μερικ[άάέ]|εκατοντ[άα]δες"),
            ("ar", r"عدة|بعض|مئات|آلاف"),
            ("he", r"כמה|הרבה|מאות|אלפי"),
            ("hi", r"एक|कई|कुछ|सैकड़ों"),
        )
    }
)
NEGATION.update(
    {
        "fi": re.compile(r"\b(?:ei|eik[äa]|ilman|mit[äa][äa]n)\b", _I),
        "ro": re.compile(r"\b(?:nu|f[ăa]r[ăa]|niciun\w*|nicio)\b", _I),
        "hu": re.compile(r"\b(?:nem|n[ée]lk[üu]l|sem|semmilyen)\b", _I),
        "id": re.compile(r"\b(?:tidak|tanpa|bukan|tak|belum)\b", _I),
        "vi": re.compile(r"\b(?:kh[ôo]ng|ch[ưu]a|ch[ẳa]ng)\b", _I),
        "el": re.compile(r"\b(?:δεν|χωρ[ίι]ς|μην|ο[ύυ]τε)\b", _I),
        "ar": re.compile(r"\b(?:لم|لا|ليس|لن|بدون|دون)\b"),
        "he": re.compile(r"(?<![\u05d0-\u05ea])(?:לא|ללא|בלי|אין|מבלי)(?![\u05d0-\u05ea])"),
        "hi": re.compile(r"नहीं|बिना|न\s+तो"),
    }
)
CONDITIONAL.update(
    {
        "fi": re.compile(r"\b(?:jos|kun|tulee|t[äa]ytyy|pit[äa][äa])\b", _I),
        "ro": re.compile(r"\b(?:dac[ăa]|c[âa]nd|va|vor|trebuie)\b", _I),
        "hu": re.compile(r"\b(?:ha|amennyiben|kell|fog|fogja|fogjuk)\b", _I),
        "id": re.compile(r"\b(?:jika|jikalau|apabila|bila|akan|harus|wajib)\b", _I),
        "vi": re.compile(r"\b(?:n[ếe]u|khi|s[ẽe]|ph[ảa]i)\b", _I),
        "el": re.compile(r"\b(?:αν|ε[άα]ν|[όο]ταν|θα|πρ[έε]πει)\b", _I),
        "ar": re.compile(r"\b(?:إذا|إن|عندما|سوف|سيتم|يجب)\b"),
        "he": re.compile(
            r"(?<![\u05d0-\u05ea])(?:אם|כאשר|כש|ייכתב|יסומן|חייב\w*)(?![\u05d0-\u05ea])"
        ),
        "hi": re.compile(r"अगर|यदि|जब\s|होगा|होगी|चाहिए"),
    }
)
REVIEWED = _joined(
    REVIEWED,
    r"\b(?:(?:toimitu\w*|toimittaj\w*)\s+(?:\w+\s+){0,3}?(?:tarkist|tarkast|toimitt|editoi)\w*"
    r"|(?:tarkistettu|tarkastettu|toimitettu|editoitu)\s+(?:\w+\s+)?(?:toimitu\w*|toimittaj\w*)"
    r"|(?:verificat|revizuit|editat|corectat)[ăe]?\s+(?:[șşs]i\s+\w+\s+)?de\s+(?:c[ăa]tre\s+)?"
    r"(?:(?:un|o)\s+)?(?:editor\w*|jurnalist\w*|redactor\w*|redac[țţt]i\w*|echip\w+)"
    r"|(?:szerkeszt[őo]\w*|[úu]js[áa]g[íi]r[óo]\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:ellen[őo]rizt\w*|[áa]tn[ée]zt\w*|lektor[áa]lt\w*)"
    r"|(?:ditinjau|diperiksa|disunting|diverifikasi)\s+(?:\w+\s+)?(?:oleh\s+)?(?:tim\s+)?"
    r"(?:redaksi|editor|jurnalis|wartawan|manusia)"
    r"|(?:bi[êe]n\s+t[ậa]p\s+vi[êe]n|ph[óo]ng\s+vi[êe]n|ban\s+bi[êe]n\s+t[ậa]p|t[òo]a\s+so[ạa]n)"
    r"\s+(?:\w+\s+){0,2}?(?:ki[ểe]m\s+tra|duy[ệe]t|r[àa]\s+so[áa]t|hi[ệe]u\s+đ[íi]nh)"
    r"|(?:ki[ểe]m\s+tra|duy[ệe]t|r[àa]\s+so[áa]t|hi[ệe]u\s+đ[íi]nh)\s+b[ởo]i\s+"
    r"(?:bi[êe]n\s+t[ậa]p\s+vi[êe]n|ph[óo]ng\s+vi[êe]n|ban\s+bi[êe]n\s+t[ậa]p|t[òo]a\s+so[ạa]n)"
    r"|(?:ελ[έε]γχθηκε|επιμελ[ήη]θηκε|αναθεωρ[ήη]θηκε)\s+(?:\w+\s+){0,2}?(?:απ[όο]\s+)?"
    r"(?:τη\s+|την\s+|τον\s+|[έε]ναν?\s+)?(?:σ[ύυ]νταξη|συντ[άα]κτ\w+|δημοσιογρ[άα]φ\w+|"
    r"επιμελητ\w+))\b"
    r"|(?:راجع|مراجعت|دقق|تدقيق|حرر)\S*\s+(?:\S+\s+){0,3}?\S*(?:محرر|صحفي|التحرير)"
    r"|(?:נבדק|נערך|נבדקה|נערכה|עבר\S*\s+עריכה)\s+(?:\S+\s+){0,3}?\S*(?:עורך|עורכ|מערכת|עיתונא)"
    r"|(?:संपादक|पत्रकार|संपादकीय\s+टीम)\S*\s+(?:\S+\s+){0,3}?(?:जांच|जाँच|समीक्षा)",
)
_PERSON = (
    r"(?!(?:AI|KI|IA|Google|Microsoft|Adobe|Automated|Narrative|United|Stable)\b)(?!"
    + MODEL.pattern
    + r")(?-i:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
    r"(?![\w'’-])(?!\s+(?-i:[A-Z]))"
)
"""A person's name (two capitalised words, no third), not a product or an AI name."""
REVIEWED = _joined(
    REVIEWED,
    r"\b(?:reviewed|edited|fact[- ]checked|verified|checked|proofread|approved)\s+by\s+" + _PERSON,
)
POLICY = _joined(
    POLICY,
    r"\b(?:periaat\w*|ohjeist\w*|linjau\w*|politic\w*|principii\w*|ghidul\w*|ir[áa]nyelv\w*|"
    r"szab[áa]lyzat\w*|kebijakan|pedoman|prinsip|ch[íi]nh\s+s[áa]ch|nguy[êe]n\s+t[ắa]c|"
    r"πολιτικ[ήη]\w*|κατευθυντ[ήη]ρι\w+|αρχ[έε]ς)\b|سياس[ةا]\w*|مبادئ|إرشادات|מדיניות|"
    r"הנחיות|नीति|दिशानिर्देश",
)
REPORTED = _joined(
    REPORTED,
    r"\b(?:sanoi|kertoi|mukaan|v[äa]itt[äa][äa]|asiantuntij\w*|tutkij\w*|a\s+spus|"
    r"a\s+declarat|potrivit|conform|afirm[ăa]|exper[țţt]i\w*|cercet[ăa]tori\w*|mondta|szerint|"
    r"k[öo]z[öo]lte|[áa]ll[íi]tja|szak[ée]rt[őo]\w*|kutat[óo]\w*|kata|ujar|menurut|"
    r"mengatakan|pakar|peneliti|cho\s+bi[ếe]t|chuy[êe]n\s+gia|nh[àa]\s+nghi[êe]n\s+c[ứu]u|"
    r"δ[ήη]λωσε|ε[ίι]πε|σ[ύυ]μφωνα\s+με|ειδικο[ίι]|ερευνητ[έε]ς)\b"
    r"|\b(?:قال|قالت|وفقا|بحسب|حسب|أكد|خبراء|باحثون)\b"
    r"|(?<![\u05d0-\u05ea])(?:אמר|אמרה|לדברי|לפי|מומחים|חוקרים)(?![\u05d0-\u05ea])"
    r"|कहा|के\s+अनुसार|विशेषज्ञ|शोधकर्ता",
)
HEDGE = _joined(
    HEDGE,
    r"\b(?:saattaa|ehk[äa]|mahdollisesti|luultavasti|poate|probabil|posibil|tal[áa]n|lehet|"
    r"val[óo]sz[íi]n[űu]leg|esetleg|mungkin|barangkali|kemungkinan|c[óo]\s+th[ểe]|c[óo]\s+l[ẽe]|"
    r"[íi]σως|μπορε[ίι]|πιθαν[ώω]ς|πιθαν[όο]ν)\b|\b(?:ربما|يمكن|يحتمل)\b"
    r"|(?<![\u05d0-\u05ea])(?:אולי|ייתכן|עשוי\w*)(?![\u05d0-\u05ea])|शायद|संभवतः|सकता\s+है",
)
CAVEAT = _joined(
    CAVEAT,
    r"\bvoi\s+sis[äa]lt[äa][äa]\s+virhei\w*|\bpoate\s+con[țţt]ine\s+erori|"
    r"\btartalmazhat\s+hib[áa]\w*|\bmungkin\s+mengandung\s+kesalahan|"
    r"\bc[óo]\s+th[ểe]\s+(?:ch[ứu]a\s+|c[óo]\s+)?(?:l[ỗo]i|sai\s+s[óo]t)|"
    r"\bμπορε[ίι]\s+να\s+περι[έε]χει\s+(?:λ[άα]θη|σφ[άα]λματα)|قد\s+يحتوي\s+على\s+أخطاء",
)
USE_MORE = (
    r"\b(?:k[äa]ytt[äa]en|k[äa]ytetty|k[äa]ytettiin|hy[öo]dynt[äa]en|hy[öo]dynnetty|"
    r"folosind|utiliz[âa]nd|folosit[ăe]?|felhaszn[áa]l[áa]s[áa]val|haszn[áa]lat[áa]val|"
    r"menggunakan|digunakan|memanfaatkan|dimanfaatkan|s[ửu]\s+d[ụu]ng|"
    r"χρησιμοποι[ήη]θηκε|χρησιμοποι[ώω]ντας|με\s+χρ[ήη]ση)\b|باستخدام|استخدام|استُخدم|"
    r"באמצעות|שימוש\s+ב|का\s+उपयोग|का\s+इस्तेमाल|की\s+मदद"
)
"""Verbs of using, in the languages above (joined to the grammar's own)."""
FUNCTION_WORDS.update(
    {
        "fi": frozenset("tämä tämän on ja oli se kanssa avulla ei joka myös että".split()),
        # (words the languages above share are left out: "este", "is", "van", "a")
        "ro": frozenset("acest această și cu fost în pe care din pentru".split()),
        "hu": frozenset("ez és egy volt hogy nem által cikk".split()),
        "id": frozenset("ini yang dan dengan oleh untuk dari dalam adalah itu telah".split()),
        "vi": frozenset("này được bởi và của với là có cho trong các những một đã".split()),
        "el": frozenset("το η ο και με από της του να είναι αυτό".split()),
        "ar": frozenset("هذا هذه من في على تم مع عن".split()),
    }
)
MARKERS = (
    *MARKERS,
    ("ő", "hu"), ("ű", "hu"), ("ț", "ro"), ("ș", "ro"), ("ţ", "ro"),
    ("ư", "vi"), ("ơ", "vi"), ("đ", "vi"), ("ạ", "vi"), ("ệ", "vi"), ("ộ", "vi"),
)  # fmt: skip
# the AI words of fi, hu, id, vi are searched in long regions too (a note closing a long story
# says "tekoäly", not "AI"); automation only in short ones
HINT_FIRST = (*HINT_FIRST, "ekoäly", "esterséges", "ecerdasan", "nhân tạo")
HINT_NEEDLES = (*HINT_NEEDLES, "otomatis", "tự động", "υτόματ", "تلقائي", "آليا")
HINT_FIRST_SCRIPTS = (*HINT_FIRST_SCRIPTS, "εχνητ", "ذكاء", "בינה מלאכותית", "कृत्रिम", "एआई")


# Thai: its words are not spaced and its vowel signs are no word characters for ``re``, so
# its words are matched as plain strings, each class joined as above
LANGUAGES = (*LANGUAGES, "th")
UNSPACED = UNSPACED | {"th"}
AGENT = _joined(AGENT, r"ปัญญาประดิษฐ์|เอไอ|โดยอัตโนมัติ")
GENERATE = _joined(
    GENERATE,
    r"สร้าง(?:ขึ้น)?(?:โดย|ด้วย|จาก)|เขียน(?:ขึ้น)?โดย|ผลิตโดย|จัดทำ(?:ขึ้น)?โดย|เรียบเรียงโดย",
)
ASSIST = _joined(ASSIST, r"(?:ด้วย|โดย)ความช่วยเหลือ(?:ของ|จาก)|ช่วยเขียน")
TRANSLATE = _joined(TRANSLATE, r"แปล")
SUMMARISE = _joined(SUMMARISE, r"สรุป")
for _scope, _words in (
    ("summary", r"บทสรุป|สรุป"),
    ("translation", r"คำแปล|การแปล"),
    ("image", r"ภาพ"),
    ("article", r"บทความ|ข่าว|เนื้อหา|ข้อความ"),
):
    SCOPE_NOUNS[_scope] = _joined(SCOPE_NOUNS[_scope], _words)
DEIXIS_AFTER = _joined(DEIXIS_AFTER, r"\s*(?:ชิ้น)?นี้")
INDEFINITE["th"] = re.compile(r"(?:หลาย|บาง)\s*$")
NEGATION["th"] = re.compile(r"ไม่|ปราศจาก")
CONDITIONAL["th"] = re.compile(r"หาก|ถ้า|จะ|ต้อง")
REVIEWED = _joined(
    REVIEWED,
    r"ตรวจสอบ(?:แล้ว)?โดย\s*(?:กอง)?บรรณาธิการ|(?:กอง)?บรรณาธิการ\s*(?:ได้)?ตรวจสอบ|ผ่านการตรวจสอบ",
)
POLICY = _joined(POLICY, r"นโยบาย|แนวทาง")
REPORTED = _joined(REPORTED, r"กล่าว|ระบุว่า|ตามที่|ผู้เชี่ยวชาญ|นักวิจัย")
HEDGE = _joined(HEDGE, r"อาจ")
USE_MORE += r"|โดยใช้"
HINT_FIRST_SCRIPTS = (*HINT_FIRST_SCRIPTS, "ปัญญาประดิษฐ์", "เอไอ")


# ----------------------------------------------------------------------------- speed
# A case-blind alternation of cased words gives Python's ``re`` no first-character prefix:
# at each position it tries every alternative. A lookahead for the class of the letters
# the alternatives can start with (derived from the pattern itself, so it cannot go stale)
# rejects most positions in one step; the matches are the same, spans and groups included.


class _Starts:
    """The class fragments a match can start with (``cased``: case-sensitive ones,
    ``blind``: ones under a scoped ``(?i:…)``), whether it can start where ``^`` matches,
    and whether it can be empty."""

    __slots__ = ("anchored", "blind", "cased", "empty")

    def __init__(self) -> None:
        self.cased: set[str] = set()
        self.blind: set[str] = set()
        self.anchored = False
        self.empty = False

    def take(self, other: _Starts) -> None:
        self.cased |= other.cased
        self.blind |= other.blind
        self.anchored = self.anchored or other.anchored


def _class_item(sub: Any, arg: Any, c: Any) -> str | None:
    """One item of a parsed character class as class text (a literal, a small range, a
    digit or space category), or None for any other (a word class, a negation …)."""
    if sub is c.LITERAL:
        return re.escape(chr(arg))
    if sub is c.RANGE and arg[1] - arg[0] < 256:
        return f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}"
    if sub is c.CATEGORY and arg is c.CATEGORY_DIGIT:
        return r"\d"
    if sub is c.CATEGORY and arg is c.CATEGORY_SPACE:
        return r"\s"
    return None


def _starts(items: Any, c: Any, blind: bool, at_start: bool = False) -> _Starts | None:
    """How a parsed (sub)pattern's matches start, or None when that is not known from
    literals, small classes and the groups, branches and repeats made of them.

    Zero-width items before the first character (``\\b``, look-arounds) constrain where a
    match starts but not its first character: they are stepped over, and so is ``^`` when
    the pattern is only matched ``at_start`` of a text.
    """
    out = _Starts()
    for op, av in items:
        if op is c.AT:
            if not at_start and (av is c.AT_BEGINNING or av is c.AT_BEGINNING_STRING):
                out.anchored = True  # the rest starts where ``^`` matches, whatever it reads
                return out
            continue
        if op is c.ASSERT or op is c.ASSERT_NOT:
            continue
        got: _Starts | None
        if op is c.LITERAL or op is c.IN:
            pairs = [(c.LITERAL, av)] if op is c.LITERAL else av
            got = _Starts()
            for sub, arg in pairs:
                item = _class_item(sub, arg, c)
                if item is None:
                    return None
                (got.blind if blind else got.cased).add(item)
        elif op is c.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & ~re.IGNORECASE:
                return None  # a scoped flag that changes what a class or ^ means
            got = _starts(sub, c, blind or bool(add & re.IGNORECASE), at_start)
        elif op is c.BRANCH:
            got = _Starts()
            for alternative in av[1]:
                one = _starts(alternative, c, blind, at_start)
                if one is None:
                    return None
                got.take(one)
                got.empty = got.empty or one.empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            got = _starts(av[2], c, blind, at_start)
            if got is not None:
                got.empty = got.empty or av[0] == 0
        else:
            return None  # any character, a negated literal, a back-reference …
        if got is None:
            return None
        out.take(got)
        if not got.empty:
            return out
    out.empty = True
    return out


def _has_prefix(items: Any, c: Any, flags: int) -> bool:
    """Whether ``re`` finds the pattern's first characters itself (it scans for a literal or
    a class the pattern opens with, when not case-blind over cased letters)."""
    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][3]
    if not items:
        return False
    op, av = items[0]
    blind = bool(flags & re.IGNORECASE)

    def uncased(code: int) -> bool:
        return not blind or chr(code).lower() == chr(code).upper()

    if op is c.LITERAL:
        return uncased(av)
    if op is c.IN:
        return all(sub is c.LITERAL and uncased(arg) for sub, arg in av)
    if op is c.BRANCH:
        return all(alt and alt[0][0] is c.LITERAL and uncased(alt[0][1]) for alt in av[1])
    return False


def first_char_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches can start with, when
    they are known and ``re`` does not scan for them itself; else ``pattern`` itself."""
    try:
        parser: Any = importlib.import_module(
            "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
        )
        constants: Any = importlib.import_module(
            "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
        )
        parsed = parser.parse(pattern.pattern, pattern.flags)
        blind = bool(pattern.flags & re.IGNORECASE)
        starts = _starts(parsed, constants, blind)
        if starts is None or _has_prefix(parsed, constants, pattern.flags):
            return pattern
    except Exception:  # a private module changed: no gate, the same matches
        return pattern
    if starts.empty or not (starts.cased or starts.blind):
        return pattern
    if blind:
        starts.cased |= starts.blind
        starts.blind = set()
    gates = ["^"] if starts.anchored else []
    if starts.cased:
        gates.append(f"[{''.join(sorted(starts.cased))}]")
    if starts.blind:
        gates.append(f"(?i:[{''.join(sorted(starts.blind))}])")
    return re.compile(f"(?={'|'.join(gates)})(?:{pattern.pattern})", pattern.flags)


def first_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching one character: every character a match of ``pattern`` at the start
    of a text (``pattern.match(text)``) can begin with, and maybe more; None when not known
    (then any character may begin one)."""
    try:
        parser: Any = importlib.import_module(
            "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
        )
        constants: Any = importlib.import_module(
            "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
        )
        starts = _starts(parser.parse(pattern.pattern, pattern.flags), constants, False, True)
    except Exception:  # a private module changed: no class
        return None
    if starts is None or starts.empty or starts.anchored:
        return None
    blind = [f"(?i:[{''.join(sorted(starts.blind))}])"] if starts.blind else []
    cased = [f"[{''.join(sorted(starts.cased))}]"] if starts.cased else []
    return re.compile("|".join(cased + blind), pattern.flags) if cased or blind else None


# round 6 (``_ai_words``): Swedish s-passive, the AI as the helper, synthetic-media labels
GENERATE = _joined(GENERATE, _ai_words.GENERATE_PASSIVE)
ASSIST = _joined(ASSIST, _ai_words.ASSIST_AGENT_FIRST)
COMPOUND = re.compile(COMPOUND.pattern + _ai_words.SYNTHETIC_LABEL, COMPOUND.flags)
TEASER = re.compile(TEASER.pattern + _ai_words.TEASER, TEASER.flags)
SCOPE_NOUNS["audio"] = _joined(SCOPE_NOUNS["audio"], _ai_words.AUDIO_NOUNS)
SCOPE_NOUNS["summary"] = _joined(SCOPE_NOUNS["summary"], _ai_words.SUMMARY_NOUNS)
AGENT = _joined(AGENT, _ai_words.SYNTHETIC_VOICE)
DEIXIS_VERB = _joined(DEIXIS_VERB, _ai_words.DEIXIS_VERB)
USE_MORE = USE_MORE + "|" + _ai_words.USE_PASSIVE
for _weak, _forms in (*_ai_words.SYNTHETIC_HINTS.items(), *_ai_words.SYNTHETIC_VOICE_HINTS.items()):
    HINT_WEAK[_weak] = (*HINT_WEAK.get(_weak, ()), *_forms)
# round 7 (``_ai_forms``): manner phrases of automation, synthetic voices (nl, ja, zh, ko)
AGENT = _joined(AGENT, _ai_forms.AGENT_MORE)
AGENT = _joined(AGENT, _ai_forms.SYNTHETIC_VOICE_MORE)
ASSIST = _joined(ASSIST, _ai_forms.ASSIST_MORE)
HINT_NEEDLES = (*HINT_NEEDLES, *_ai_forms.HINTS_MORE)
for _weak, _forms in _ai_forms.WEAK_MORE.items():
    HINT_WEAK[_weak] = (*HINT_WEAK.get(_weak, ()), *_forms)
# round 8 (``_ai_forms``): an AI anchor as the reader, the "AI info" platform label
SCOPE_NOUNS["audio"] = _joined(SCOPE_NOUNS["audio"], _ai_forms.AUDIO_NOUNS_MORE)
COMPOUND = re.compile(COMPOUND.pattern + _ai_forms.AI_INFO_LABEL, COMPOUND.flags)
# round 9 (``_ai_forms``): human oversight as a manner in six languages
REVIEWED = _joined(REVIEWED, _ai_forms.REVIEWED_MORE)
CONSENT_OR_APP = _joined(CONSENT_OR_APP, _ai_forms.NEWSLETTER_PROMO)
MODIFY = _joined(MODIFY, _ai_forms.MODIFY_MORE)
# round 10 (``_ai_denial``): the machine's help denied as one compound word
HUMAN_DECLARATION = re.compile(
    HUMAN_DECLARATION.pattern + _ai_denial.HUMAN_MORE, HUMAN_DECLARATION.flags
)
# round 10 (``_ai_forms``): the Spanish impersonal "se usaron", the Dutch "te vertalen"
USE_MORE = USE_MORE + "|" + _ai_forms.SE_USE
TRANSLATE = _joined(TRANSLATE, _ai_forms.TRANSLATE_MORE)

AGENT = first_char_gated(AGENT)
ASSIST = first_char_gated(ASSIST)
CAVEAT = first_char_gated(CAVEAT)
COMPOUND = first_char_gated(COMPOUND)
DEIXIS = first_char_gated(DEIXIS)
DEIXIS_VERB = first_char_gated(DEIXIS_VERB)
GENERATE = first_char_gated(GENERATE)
HEDGE = first_char_gated(HEDGE)
HUMAN_DECLARATION = first_char_gated(HUMAN_DECLARATION)
MODEL = first_char_gated(MODEL)
MODIFY = first_char_gated(MODIFY)
NOT_REVIEWED = first_char_gated(NOT_REVIEWED)
PARTIAL = first_char_gated(PARTIAL)
POLICY = first_char_gated(POLICY)
REPORTED = first_char_gated(REPORTED)
REVIEWED = first_char_gated(REVIEWED)
SUMMARISE = first_char_gated(SUMMARISE)
TRANSLATE = first_char_gated(TRANSLATE)
for _table in (SCOPE_NOUNS, NEGATION, CONDITIONAL, INDEFINITE):
    for _key, _pattern in _table.items():
        _table[_key] = first_char_gated(_pattern)
