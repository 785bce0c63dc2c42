"""Whose act a short plain paragraph reports: the page's own people, or someone else.

A short body paragraph with no class is placed as a label when it is one phrase ("Produced
with the help of AI."). A one-sentence paragraph with a subject of its own before the
machine ("该公司利用AI生成了广告。", "同社はAIで広告を作成した。", "학생들이 AI로 과제를
작성했다.", "นักเรียนใช้ AI ช่วยเขียนการบ้าน") is news about that subject's use of AI, unless the
subject is the page's own people ("記者がAIを活用して…", "我们用AI…"). Scripts that do not
space their words make such sentences look as short as a label, so the subject decides
there (a spaced language's sentence of that length is counted by its words).

In the spaced languages a short sentence is told from a label by its finite verb of use
between a subject and the machine ("Students used AI to …", "La mairie a utilisé l'IA …",
"Die Firma hat die Werbung mit KI erstellt."): a label has no subject before its machine
("Fully AI-generated.", "Written with AI assistance."), and a subject of the page's own
people ("We used AI to …", "Our reporter used AI …") is the page's note.
"""

from __future__ import annotations

import re

__all__ = ["others_act", "others_use", "own_use"]

# The page's own people: first-person words and newsroom jobs, in the languages of the
# lexicon (a subject of these is the publisher speaking of its own work)
_OWN = re.compile(
    r"\b(?:we|us|our|ours|i|my|wir|uns\w*|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?|n[óo]s|"
    r"noss[oa]s?|noi|nostr[oaie]|wij|onze|ons|my|nasz\w*|n[áa]s|na[šs]\w*|vi|v[åa]r\w*|"
    r"vores|biz|bizim|мы|наш\w*|ми|kami|kita|me|meid[äa]n|noi|ημε[ίι]ς|h[ãa]y|"
    r"chúng\s+tôi|reporters?|journalists?|editors?|staff|newsroom|desk|team|authors?|writers?|"
    r"redak\w+|r[ée]dact\w+|redacci[óo]n|reda[çc][ãa]o|redazione|redactie|periodistas?|"
    r"journaliste?s?|jornalistas?|giornalist[ai]|dziennikar\w+|novin[áa][řr]\w*|"
    r"редакц\w+|журналист\w*|редакці\w+|журналіст\w*|toimit\w+|gazeteci\w*|edit[öo]r\w*|"
    r"wartawan|redaksi|phóng\s+viên|biên\s+tập)\b"
    r"|記者|編集|筆者|執筆者|当社|弊社|本紙|私たち|我们|我們|本报|本報|本台|记者|编辑|編輯|小编|"
    r"기자|편집|필자|우리|저희|본지|เรา|ผู้สื่อข่าว|กองบรรณาธิการ|ผู้เขียน|นักข่าว",
    re.I,
)
# A label's lead-in before a colon ("注：", "หมายเหตุ:") is no subject
_LEAD_IN = re.compile(r"^.*[:：]\s*", re.S)
_MAX_SUBJECT = 24
# The shape of a subject before the machine, by language: a topic or subject particle
# (ja, ko), a noun of two characters or more (zh), any Thai word (th). A bare adverb
# ("一部", "일부") is no subject.
_SUBJECT = {
    "ja": re.compile(r"[^\s、。]\s*(?:は|が)\s*$"),
    "ko": re.compile(r"[\uac00-\ud7af](?:은|는|이|가|께서)\s*$"),
    "zh": re.compile(r"[\u4e00-\u9fff]{2,}\s*$"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
}
# The words of means between a user and the machine ("该公司利用AI", "นักเรียนใช้ AI"): the
# subject is before them
_MEANS = {
    "zh": re.compile(r"(?:借助|采用|採用|使用|利用|运用|運用|通过|通過|经过|經過|经|經|以|用)\s*$"),
    "th": re.compile(r"(?:โดยใช้|ใช้|ด้วย|โดย|จาก|ผ่าน)\s*$"),
}
# A passive agent marker ("广告由AI生成"): the subject is the thing made, not a user
_PASSIVE_ZH = re.compile(r"(?:由|被)\s*$")


def others_act(before: str, language: str) -> bool:
    """Whether ``before`` (a short sentence's words before the machine, its verb or its
    badge) is a subject other than the page's own people, in a script that does not space
    its words (``language`` ja, zh, ko or th)."""
    shape = _SUBJECT.get(language)
    if shape is None:
        return False
    subject = _LEAD_IN.sub("", before).strip(" \t\n※*（(「【")
    if language == "zh" and _PASSIVE_ZH.search(subject):
        return False
    means = _MEANS.get(language)
    if means is not None:
        subject = means.sub("", subject).rstrip()
    if not subject or len(subject) > _MAX_SUBJECT:
        return False
    return shape.search(subject) is not None and _OWN.search(subject) is None


# A spaced language's subject of one to four words, then its finite verb of use right
# before the machine ("Students used", "La mairie a utilisé l'", "Gli studenti hanno usato
# l'"), or its auxiliary, an object and "with" ("Die Firma hat die Werbung mit").
_ARTICLE = (
    r"(?:\s*(?:the|an?|l['’]|la|le|les|el|los|las|die|der|den|de|het|o|os|a|as|il|lo|gli)\s*)?"
)
_USE_VERB = re.compile(
    r"^\s*(?P<subject>[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:"
    r"(?:(?:a|ont|avaient|avait|ha|han|hanno|haben|hat|hatten|hatte|has|have|had|heeft|"
    r"hebben|tem|t[eê]m)\s+)?"
    r"(?:used|uses|use|employed|utili[sz]ed|turned\s+to|relied\s+on|"
    r"nutzten|nutzte|nutzt|nutzen|benutzten|benutzte|verwendeten|verwendete|"
    r"utilis[ée]e?s?|utilisent|utilise|eu\s+recours\s+[àa]|"
    r"usaron|us[óo]|usan?|usado|utiliz[óo]|utilizaron|utilizan?|utilizado|recurri[óo]\s+a|"
    r"recurrieron\s+a|emplearon|emple[óo]|"
    r"usato|usano|utilizzato|utilizzano|utilizza|"
    r"gebruikten|gebruikte|gebruiken|gebruikt|"
    r"usou|usaram|usam|utilizou|utilizaram|utilizam|"
    # round 10: the Nordic and Polish past tenses; a German perfect's auxiliary right
    # before the machine, its participle after ("Schüler haben KI eingesetzt")
    r"anv[äa]nde|brugte|brukte|u[żz]yli|u[żz]y[łl]\w*|wykorzystali|wykorzysta[łl]\w*|"
    r"(?<=\w\s)(?:haben|hatten|heeft|hebben))" + _ARTICLE + r"|"
    r"(?:hat|haben|hatte|hatten|heeft|hebben|had|has|have)\s+"
    r"(?:[\w'’-]+\s+){1,4}(?:mit|met|with)" + _ARTICLE + r")\s*$",
    re.I,
)


def others_use(before: str) -> bool:
    """Whether ``before`` (a short sentence's words before the machine, in a spaced
    language) is a subject other than the page's own people with its verb of use:
    "Students used", "Die Firma hat die Werbung mit" (not "Fully", "We used", "Our
    reporter used")."""
    found = _USE_VERB.match(_LEAD_IN.sub("", before))
    return found is not None and _OWN.search(found.group("subject")) is None


# The page's own people as a sentence's subject, not only a newsroom word: a first-person
# possessive ("Our reporter", "Nuestro periodista", "Nasza redakcja") or the newsroom
# itself with its article ("The author", "La rédaction", "Die Redaktion", "Redaktionen")
_OWN_SUBJECT = re.compile(
    r"^(?:our|my|unser\w*|nuestr[oa]s?|notre|nos|nosso|nossa|o\s+nosso|a\s+nossa|"
    r"il\s+nostro|la\s+nostra|nostr[oa]|onze|ons|nasz\w*|v[åa]r\w*|vores)\s+\w+"
    r"|^(?:the|this)\s+(?:reporter|author|writer|editor|journalist|newsroom)s?$"
    r"|^(?:la\s+r[ée]daction|die\s+redaktion|la\s+redacci[óo]n|la\s+redazione|"
    r"a\s+reda[çc][ãa]o|de\s+redactie|redaktionen|redakcja)$",
    re.I,
)


def own_use(before: str) -> bool:
    """Whether ``before`` (a sentence's words before the machine, in a spaced language) is
    the page's own people with their verb of use: "Our reporter used", "La rédaction a
    utilisé l'", "Nasza redakcja użyła" (not "Students used", "Reporters used")."""
    found = _USE_VERB.match(_LEAD_IN.sub("", before))
    return found is not None and _OWN_SUBJECT.match(found.group("subject").strip()) is not None
