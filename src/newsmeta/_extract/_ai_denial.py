"""What a negation in an AI note denies: the machine's part, or only an earlier telling.

A correction that adds a disclosure negates a verb of telling, not the use of AI ("An
earlier version did not disclose that AI was used to …", "no indicaba que se utilizó IA",
"ne précisait pas que l'IA …", "nicht erwähnt, dass KI …"): such a negation is masked
before the sentence's negation is looked for, so the note reads as the use it now states.
A denial written as a German or Dutch compound of the machine and its help ("ohne
KI-Hilfe geschrieben", "zonder AI-hulp") is a human declaration, like "not by AI".
"""

from __future__ import annotations

import re

__all__ = ["HUMAN_MORE", "UNDISCLOSED"]

UNDISCLOSED = re.compile(
    r"\b(?:(?:did|does|was|were|had)\s*(?:not|n['’]t)|failed\s+to|neglected\s+to)\s+"
    r"(?:(?:clearly|fully|properly)\s+)?"
    r"(?:disclosed?|noted?|mention(?:ed)?|state[ds]?|sa(?:y|id)|indicated?|make\s+clear|"
    r"made\s+clear|reveal(?:ed)?|specif(?:y|ied)|label(?:l?ed)?|flag(?:ged)?)\s+(?:that|how)\b"
    r"|\bno\s+(?:indicaba|mencionaba|señalaba|informaba|aclaraba|precisaba|revelaba)\s+que\b"
    r"|\bne\s+(?:pr[ée]cisait|mentionnait|indiquait|signalait|r[ée]v[ée]lait)\s+pas\s+que\b"
    r"|\bn['’](?:indiquait|[ée]voquait)\s+pas\s+que\b"
    r"|\bnicht\s+(?:angegeben|erw[äa]hnt|offengelegt|kenntlich\s+gemacht|gekennzeichnet)"
    r"(?:\s+\w+)?\s*,?\s*dass\b"
    r"|\bnon\s+(?:indicava|menzionava|specificava|segnalava)\s+che\b"
    r"|\bn[ãa]o\s+(?:indicava|mencionava|informava|esclarecia)\s+que\b"
    r"|\bniet\s+(?:vermeld|aangegeven|gemeld)\s+dat\b"
    r"|\bniet\s+(?:vermeldde|aangaf|meldde)\s+dat\b",
    re.I,
)
"""A negated verb of telling before the use it now tells (a correction adding a note)."""

HUMAN_MORE = (
    r"|\b(?:ohne|zonder)\s+(?:KI|AI)-(?:Hilfe|Unterst[üu]tzung|Einsatz|Werkzeuge?|Tools?|"
    r"hulp|ondersteuning)\b"
)
"""The machine's help denied as one compound word ("ohne KI-Hilfe", "zonder AI-hulp")."""
