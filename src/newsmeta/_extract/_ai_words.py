"""Word forms of the AI-disclosure grammar added in round 6 (joined to ``_ai_lexicon``).

Plain pattern strings, one per word class; ``_ai_lexicon`` joins each to its class before
the classes are compiled and gated, so the grammar reads them like its own words.
"""

from __future__ import annotations

__all__ = [
    "ASSIST_AGENT_FIRST",
    "AUDIO_NOUNS",
    "DEIXIS_VERB",
    "GENERATE_PASSIVE",
    "READ_ALOUD",
    "SUMMARY_NOUNS",
    "SYNTHETIC_HINTS",
    "SYNTHETIC_LABEL",
    "SYNTHETIC_VOICE",
    "SYNTHETIC_VOICE_HINTS",
    "TEASER",
    "USE_PASSIVE",
]

GENERATE_PASSIVE = (
    # the Swedish s-passive: supine ("har skapats") and past ("skapades")
    r"\b(?:skapa(?:ts|des)|skrivits|skrevs|generera(?:ts|des)|produc?era(?:ts|des)|"
    r"gjorts|gjordes|framst[äa]llts|framst[äa]lldes|utformats|sammanst[äa]llts|"
    r"tagits\s+fram|togs\s+fram)\b"
)
"""Verbs of making in the passive forms the participle list lacks."""

READ_ALOUD = (
    r"\b(?:l[äa]ses\s+upp|l[äa]sts\s+in|uppl[äa]st|inl[äa]st|l[æe]ses\s+op|oppl[æe]st|"
    r"lest\s+(?:opp|inn)|leses\s+opp|innlest|lukee|luettu|lukenut|namluven\w*|namluvil\w*|[čc]te|"
    r"czyta|czytany|czytana|odczytywan\w*|seslendiril\w*|seslendirdi\w*|"
    # the present tense: "an automated voice reads this story", "liest", "lee", "lit", "legge"
    r"reads|narrates|voices|liest|gelesen|lee|narra|lit|legge|l[êe])\b"
)
"""Reading verbs of sv, da, no, fi, cs, pl, tr (an audio version's making)."""

AUDIO_NOUNS = (
    # (a voice with its maker only: "röst", "ääni", "hlas", "głos" are also a vote)
    r"\b(?:(?:AI|KI)-r[öo]st\w*|syntetisk\w*\s+r[öo]st\w*|datorr[öo]st\w*|"
    r"(?:AI|KI)-stem(?:me)?\w*|syntetisk\w*\s+stemme\w*|"
    r"teko[äa]ly[äa][äa]n\w*|synteetti\w+\s+[äa][äa]n\w*|kone[äa][äa]n\w*|"
    r"(?:syntetick\w+|uměl\w+)\s+hlas\w*|hlas\w*\s+umělé\s+inteligence|"
    r"(?:syntetyczn\w+|sztuczn\w+)\s+g[łl]os\w*|g[łl]os\w*\s+(?:AI|sztucznej)|"
    r"yapay\s+zek[âa]\s+sesi\w*|sentetik\s+ses\w*)\b"
)
"""The voice reading an article (sv, da/no/nl, fi, cs, pl, tr)."""

SUMMARY_NOUNS = r"\b(?:resum[ée]et|resum[ée]en|sammendraget|tiivistelm[äa])\b"
"""Summary nouns with a suffixed article (da, no)."""

ASSIST_AGENT_FIRST = (
    # the AI as the subject that helped: "La IA ayudó a redactar", "l'IA a aidé à écrire"
    r"\b(?:ayud[óo]\s+(?:a|en)|ha\s+ayudado\s+(?:a|en)|ajudou\s+(?:a|na|no|nas|nos)|"
    r"a\s+aid[ée]\s+(?:[àa]|dans)|ha\s+aiutato\s+(?:a|nella|nel)|"
    r"aiut[òo]\s+a|half\s+(?:beim|bei|mit)|hat\s+(?:beim|bei)\s+\w+\s+geholfen|hielp\s+(?:bij|met)|"
    r"heeft\s+geholpen|avusti|auttoi|hj[äa]lpte\s+(?:till|oss)|hjalp\s+(?:med|os|oss)|"
    r"pomog[łl]\w*|pomaga[łl]\w*|pomohl\w*|yard[ıi]mc[ıi]\s+oldu)\b"
)
"""Verbs of helping whose subject is the agent (the writer made the text, the AI helped)."""

SYNTHETIC_LABEL = (
    # a label that is only "Synthetic content" / "Altered or synthetic content" (never
    # inside a longer phrase: "synthetic media can mislead voters")
    r"|^\W*(?:(?:altered|edited|manipulated|modified)\s+or\s+)?synthetic\s+"
    r"(?:content|media|image|imagery|video|audio|voice)\W*$"
    r"|^\W*(?:synthetische[rs]?|k[üu]nstlich\s+erzeugte[rs]?)\s+(?:Inhalte?|Medien|Bild|Video)\W*$"
    r"|^\W*(?:contenido|imagen|v[íi]deo)\s+sint[ée]tic[oa]\W*$"
    r"|^\W*(?:contenu|m[ée]dia|image|vid[ée]o)\s+synth[ée]tique\W*$"
    r"|^\W*(?:conte[úu]do|imagem)\s+sint[ée]tic[oa]\W*$"
    r"|^\W*(?:contenuto|immagine)\s+sintetic[oa]\W*$"
)
"""Platform labels of synthetic media, whole labels only (the badge of generated media)."""

SYNTHETIC_HINTS: dict[str, tuple[str, ...]] = {
    "ynth": ("ynthetic content", "ynthetic media", "ynthetic image", "ynthetic video",
             "ynthetic audio", "ynthetische Inhalt", "ynthetische Medien", "ontenu synth",
             "mage synth", "idéo synth", "édia synth"),
    "intétic": ("ontenido sintétic", "magen sintétic", "ídeo sintétic", "onteúdo sintétic",
                "magem sintétic"),
    "intetic": ("ontenido sintetic", "ontenuto sintetic", "mmagine sintetic"),
}  # fmt: skip
"""The forms the labels use, looked for when a weak hint ("ynth") is found."""

TEASER = (
    # a link to the outlet's page on how it uses or labels AI ("Learn how we label
    # AI-generated content", "Erfahren Sie, wie wir KI einsetzen"): never a note
    r"|^\W*(?:learn|find\s+out|read|see|discover)\s+(?:more\s+)?(?:about\s+)?how\s+"
    r"(?:we|our\s+\w+)\b|^\W*erfahren\s+sie(?:\s+mehr)?,?\s+wie\s+wir\b|"
    r"^\W*(?:conoce|descubre|lee)\s+c[óo]mo\s+(?:usamos|utilizamos|etiquetamos|marcamos)\b|"
    r"^\W*d[ée]couvrez\s+comment\s+nous\b|^\W*(?:saiba|veja)\s+como\s+(?:usamos|utilizamos)\b|"
    r"^\W*scopri\s+come\s+(?:usiamo|utilizziamo)\b|^\W*lees\s+hoe\s+wij?\b"
)
"""Links to a page on the outlet's AI practice (joined to the teaser class)."""

USE_PASSIVE = r"\b(?:anv[äa]nts|nyttjats|utnyttjats|anlitats)\b"
"""Verbs of using in the Swedish s-passive ("Ingen AI har använts")."""

SYNTHETIC_VOICE = (
    r"\b(?:syntetisk\w*\s+(?:r[öo]st\w*|stemme\w*)|synteetti\w+\s+[äa][äa]n\w*|"
    r"syntetyczn\w+\s+g[łl]os\w*|syntetick\w+\s+hlas\w*|sentetik\s+ses\w*|"
    # an artificial or automated voice (en, de, es, fr, it, pt)
    r"(?:artificial|automated|computer(?:-generated)?)\s+voices?|k[üu]nstliche[rn]?\s+Stimme|"
    r"vo(?:z|ce)\s+(?:artificial[e]?|autom[áa]tica)|voix\s+artificielle)"
)
"""A synthetic, artificial or automated voice: the maker of an audio version."""

SYNTHETIC_VOICE_HINTS: dict[str, tuple[str, ...]] = {
    "yntetisk": ("yntetisk röst", "yntetiska röst", "yntetisk stemme", "yntetiske stemme"),
    "ynteett": ("ynteettinen ään", "ynteettisellä ään", "ynteettisen ään"),
    "yntetyczn": ("yntetyczny głos", "yntetycznym głos", "yntetycznego głos"),
    "yntetick": ("yntetický hlas", "yntetickým hlas"),
    "entetik": ("entetik ses",),
    "omputer": ("omputer voice", "omputer-generated voice"),
}
"""The forms a synthetic voice takes, looked for when the weak hint is found."""

DEIXIS_VERB = (
    r"\b(?:our|unsere?|nuestr[oa]s|nos|nossos|nostri)\s+(?:reporters?|journalists?|editors?|"
    r"newsroom|staff|redaktion|redakteure|periodistas|journalistes|jornalistas|giornalisti)\s+"
    r"(?:used|have\s+used|relied|nutzten|verwendeten|utilizaron|usaron|ont\s+utilis[ée]|"
    r"usaram|utilizzato|hanno\s+usato)\b"
)
"""The outlet's people as the subject of using ("Our reporters used an AI tool …"): this page."""
