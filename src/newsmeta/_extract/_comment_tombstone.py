"""The placeholder a comment system prints where a comment was deleted or removed by its
moderators ("This comment has been deleted.", "[removed]", "Kommentar gelöscht", "Ce
commentaire a été supprimé par un modérateur", "このコメントは削除されました"): no reader's
words, so no comment; its replies answer the comment it answered.
"""

from __future__ import annotations

import re

__all__ = ["is_tombstone"]

# The whole text of a placeholder, in the languages of the comment words (en, de, fr, es,
# pt, it, nl, pl, ru, tr, ja, ko, he, ar), with an optional "by a moderator" tail.
_BY_MOD = (
    r"(?:\s+(?:by\s+(?:a|the)\s+)?(?:moderators?|moderation|editors?|author|user|admin)"
    r"|\s+(?:par|por|pelo|pela|dal|dalla|door|przez)\s+"
    r"(?:(?:un|une|le|la|el|los|o|a|il|la|de)\s+)?\w+|\s+модератором)?"
)
_TOMBSTONE = re.compile(
    r"^\W*(?:"
    # English
    r"(?:\[\s*)?(?:deleted|removed)(?:\s+by\s+\w+)?(?:\s*\])?|"
    r"(?:this\s+)?(?:comment|post|reply|message)\s+(?:has\s+been\s+|was\s+|is\s+)?"
    r"(?:deleted|removed|hidden)" + _BY_MOD + r"|"
    # German
    r"(?:dieser\s+)?(?:kommentar|beitrag)\s+(?:wurde\s+)?(?:(?:von|vom|durch)\s+(?:der\s+|dem\s+)?"
    r"\w+\s+)?(?:gelöscht|entfernt|ausgeblendet)(?:\s+worden)?|gelöscht|"
    # French
    r"(?:ce\s+)?(?:commentaire|message)\s+(?:a\s+été\s+)?(?:supprimé|retiré|masqué)"
    + _BY_MOD
    + r"|"
    # Spanish, Portuguese
    r"(?:este\s+)?(?:comentario|comentário|mensaje|mensagem)\s+(?:(?:ha|fue|foi)\s+(?:sido\s+)?)?"
    r"(?:eliminado|borrado|removido|excluído|apagado|ocultado)" + _BY_MOD + r"|"
    # Italian
    r"(?:questo\s+)?(?:commento|messaggio)\s+(?:è\s+stato\s+)?(?:rimosso|eliminato|cancellato)"
    + _BY_MOD
    + r"|"
    # Dutch, Polish
    r"(?:deze\s+)?(?:reactie|bericht)\s+(?:is\s+)?verwijderd" + _BY_MOD + r"|"
    r"(?:ten\s+)?komentarz\s+(?:został\s+)?usunięty" + _BY_MOD + r"|"
    # Russian, Turkish
    r"(?:этот\s+)?(?:комментарий|сообщение)\s+(?:был\s+)?удал[её]н" + _BY_MOD + r"|"
    r"(?:bu\s+)?(?:yorum|mesaj)\s+(?:silindi|silinmiştir|kaldırıldı|kaldırılmıştır)|"
    # Japanese, Korean, Hebrew, Arabic
    r"(?:この)?(?:コメント|投稿)は削除されました|削除されました|"
    r"(?:이\s*)?(?:댓글은\s*)?삭제(?:된\s*댓글입니다|되었습니다)|"
    r"(?:התגובה|ההודעה)\s+(?:נמחקה|הוסרה)(?:\s+על\s+ידי\s+\S+)?|"
    r"تم\s+(?:حذف|إزالة)\s+(?:هذا\s+)?(?:التعليق|الرد)"
    r")\W*$",
    re.I,
)
_MAX_CHARS = 90  # a placeholder is one short line


def is_tombstone(text: str) -> bool:
    """Whether a comment's whole text is the placeholder of a deleted or removed comment."""
    return len(text) <= _MAX_CHARS and _TOMBSTONE.match(text) is not None
