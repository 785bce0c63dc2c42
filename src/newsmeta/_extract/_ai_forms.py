"""Word forms of the AI-disclosure grammar added in round 7 (joined to ``_ai_lexicon``).

Plain pattern strings, one per word class, like ``_ai_words``: ``_ai_lexicon`` and
``_ai_grammar`` join each to its class before the classes are compiled and gated.
"""

from __future__ import annotations

__all__ = [
    "AGENT_MORE",
    "AI_INFO_LABEL",
    "ASSIST_MORE",
    "AUDIO_NOUNS_MORE",
    "CJK_PERSON_WRITER",
    "HINTS_MORE",
    "MODIFY_MORE",
    "NEWSLETTER_PROMO",
    "READ_ALOUD_MORE",
    "REVIEWED_MORE",
    "SE_USE",
    "SYNTHETIC_VOICE_MORE",
    "TRANSLATE_MORE",
    "WEAK_MORE",
]

AGENT_MORE = (
    # machine translation and automation (nl, es, pt, it): "machinaal vertaald",
    # "se generó de forma automática", "gerada de forma automática", "in modo automatico"
    r"(?i:\b(?:machinaal|(?:de|en)\s+(?:forma|manera|modo)\s+autom[áa]tica|"
    r"in\s+(?:modo|maniera)\s+automatic[ao])\b)"
    # round 8: software as the writer only with the data it wrote from ("written by
    # software using figures from the league", "von einer Software auf Grundlage von Daten
    # … geschrieben"); a bare "software" is too common an agent
    r"|(?i:\bsoftware(?=\s+(?:using|with|from|based\s+on)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:data|figures|results|statistics|stats|filings)\b)"
    r"|\bSoftware(?=\s+(?:auf\s+(?:Grundlage|Basis)\s+von|anhand\s+von|aus)\s+"
    r"(?:\w+\s+){0,2}?Daten\b))"
)
"""Makers named by an adverb or a manner phrase (the machine did it)."""

SYNTHETIC_VOICE_MORE = (
    # a computer voice (nl); (the synthetic voices of ja, zh, ko are no agent of their own:
    # "詐欺グループがAIによる合成音声を使っていた" is news, read only as a predicate below)
    r"(?i:\b(?:computerstem\w*|computergegenereerde\s+stem\w*)\b)"
    # round 8: a synthetic narration (en) is the voice of the audio version
    r"|(?i:\b(?:synthetic|synthesi[sz]ed|computer-generated)\s+narration\b)"
)
"""A synthetic voice: the maker of an audio version."""

READ_ALOUD_MORE = (
    # "이 기사는 AI 음성으로 제공됩니다", "AI音声でお届けします": a voice that delivers the
    # article is its reader; a synthetic voice as the predicate ("…はAIによる合成音声です")
    r"음성으로\s?(?:제공|들려|전해)|音声で(?:お届け|提供|読み上げ)|语音(?:播报|朗读)|"
    r"(?:に|で)よる合成音声|合成音声(?:です|で)"
    # round 8: "Listen: synthetic narration" (the narration noun makes it the audio version)
    r"|(?i:\b(?:synthetic|synthesi[sz]ed|computer-generated)\s+narration\b)"
)
"""Verbs (and predicates) of a voice reading the article (ko, ja, zh)."""

ASSIST_MORE = (
    # vi: "có sự hỗ trợ của AI" (with the support of), "nhờ sự hỗ trợ"
    r"\b(?:c[óo]\s+s[ựu]\s+h[ỗo]\s+tr[ợo]|nh[ờo]\s+s[ựu]\s+h[ỗo]\s+tr[ợo])\b"
    # round 9: th "ใช้ AI ช่วย" (the AI used as a helper, its verb after it)
    r"|ใช้\s?(?:AI|เอไอ|ปัญญาประดิษฐ์)\s?ช่วย"
)
"""Phrases of helping (the writer made the text, the AI helped)."""

AUDIO_NOUNS_MORE = (
    # round 8: an AI news anchor reads the article ("AI 앵커가 읽어주는 기사입니다")
    r"(?:AI|인공지능)\s?앵커|AI(?:アナウンサー|キャスター)|AI(?:主播|播音员)"
    # round 9: the invitation to listen names the audio version, as "Listen" does
    # ("Escucha esta noticia con voz generada por IA", "Écouter l'article (voix de synthèse)")
    r"|(?i:\b(?:esc[úu]ch(?:a|e|ala|ela|ar)|[ée]cout(?:er|ez|e)|ascolta(?:re)?|ou[çc]a|ouvir|"
    r"luister|lyssna|pos[łl]uchaj|s[łl]uchaj)\b)"
)
"""The reader of an audio version named by its job (ko, ja, zh)."""

AI_INFO_LABEL = (
    # round 8: the platform label "AI info" as a whole label (a badge, button or tooltip:
    # AI took part, no maker named); never inside a sentence
    r"|^\W*AI\s+info\W*$"
)
"""A platform's AI label that names no maker (the whole label only)."""

CJK_PERSON_WRITER = (
    # round 8: a person as the subject, the AI as the instrument ("記者がAIを活用して執筆",
    # "기자가 AI를 활용해 작성", "记者借助AI撰写"): the person wrote it, the AI assisted
    r"(?:記者|編集部|筆者|執筆者|編集者)(?:が|は)[^。]{0,12}?(?:AI|人工知能)[^。]{0,6}?を"
    r"(?:活用|使用|使って|使い|利用|用い)"
    r"|(?:기자|편집자|필자)(?:가|는|들이)\s?[^.]{0,12}?(?:AI|인공지능)[^.]{0,4}?[를을]\s?"
    r"(?:활용|사용|이용)"
    r"|(?:记者|編輯|编辑|作者)(?:借助|利用|使用|运用|運用)"
)
"""A person writing with the AI as a tool in Japanese, Korean and Chinese."""

REVIEWED_MORE = (
    # round 9: human oversight named as a manner, as "under human supervision" in en
    r"(?i:\b(?:(?:con|bajo)\s+supervisi[óo]n\s+(?:humana|editorial|period[íi]stica)|"
    r"sous\s+(?:supervision|contr[ôo]le)\s+(?:humaine?|[ée]ditorial[e]?)|"
    r"(?:con|sotto)\s+(?:la\s+)?supervisione\s+(?:umana|editoriale)|"
    r"(?:com|sob)\s+supervis[ãa]o\s+(?:humana|editorial)|"
    r"unter\s+(?:menschlicher|redaktioneller)\s+(?:Aufsicht|Kontrolle)|"
    r"onder\s+(?:menselijk|redactioneel)\s+toezicht)\b)"
)
"""A review named as the manner of the making (es, fr, it, pt, de, nl)."""

NEWSLETTER_PROMO = (
    # round 9: a newsletter sign-up promo ("Sign up for our weekly AI newsletter, written by
    # our technology desk"): the AI it names is the newsletter's topic, like an app promo's
    r"\b(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?"
    r"newsletters?\b"
    r"|\b(?:abonnieren\s+sie|abonniere)\s+(?:unseren|den)\s+(?:[\w-]+\s+){0,3}?newsletter\b"
    r"|\bsuscr[íi]b(?:ete|ase)\s+a\s+(?:nuestr[oa]|la|el)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:newsletter|bolet[íi]n)\b"
    r"|\babonnez-vous\s+[àa]\s+(?:notre|la)\s+(?:[\w-]+\s+){0,3}?newsletter\b"
    r"|\biscriviti\s+alla\s+(?:nostra\s+)?(?:[\w-]+\s+){0,3}?newsletter\b"
    r"|\bassine\s+(?:a\s+)?(?:nossa\s+)?(?:[\w-]+\s+){0,3}?newsletter\b"
    r"|\bmeld\s+je\s+aan\s+voor\s+(?:onze|de)\s+(?:[\w-]+\s+){0,3}?nieuwsbrief\b"
)
"""A newsletter's sign-up promo (en, de, es, fr, it, pt, nl)."""

MODIFY_MORE = (
    # round 9: text refined or polished with AI tools (the writer's text, changed)
    r"\b(?:refined|polished|tightened)\b"
)
"""Verbs of changing a text that exists (en)."""

HINTS_MORE: tuple[str, ...] = ("achinaal", "utomaatt")
"""Needles searched in short regions (nl machine translation, fi "automaattisesti")."""

WEAK_MORE: dict[str, tuple[str, ...]] = {
    "omputer": ("omputerstem", "omputergegenereerde stem"),
    # round 8: software that wrote from data
    "arration": (
        "ynthetic narration",
        "ynthesized narration",
        "ynthesised narration",
        "omputer-generated narration",
    ),
    "oftware": ("oftware using", "oftware auf Grundlage", "oftware auf Basis", "oftware anhand"),
}
"""Forms looked for when the weak hint is found."""

# round 10: the Spanish impersonal "se" with a past of using ("Se usaron herramientas de
# IA para …", "Se empleó IA en …"), which the participle list lacks
SE_USE = r"\bse\s+(?:usaron|us[óo]|emple[óo]|emplearon)\b"
"""Verbs of using in the Spanish impersonal passive."""

# round 10: the Dutch infinitive of translating ("AI werd gebruikt om dit artikel te vertalen")
TRANSLATE_MORE = r"\bte\s+vertalen\b"
"""Translating in a Dutch purpose clause."""
