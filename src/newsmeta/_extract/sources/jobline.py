"""A byline printed as the name and then the job, with no "by" before it ("김민수 기자",
"山田太郎 記者", "张伟 记者"), and the Korean wire lead ("(서울=연합뉴스) 김민수 기자 = …").

Korean, Japanese and Chinese newsrooms put the reporter's job after the name instead of a
marker before it, so the "By …" line reader never opens such a line. Read only near the
headline (the byline zone), only when no marked byline was found, and only a line that is
the name and the job alone (an e-mail address may follow), or the head of the first
paragraph of a wire story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from newsmeta._extract._authored import byline_candidate
from newsmeta._extract._candidates import Candidate
from newsmeta._extract._values import byline_authors

__all__ = ["job_lines"]

_JOBS = ("기자", "특파원", "記者", "记者", "特派員", "特派员")
_MAX_LOOKED = 60
_MAX_LINE = 80
# A name in Hangul (2-4 syllables) or in Han characters (2-4), then the job; on a wire lead
# the place and agency in brackets come first and "=" follows the job.
_JOB_LINE = re.compile(
    r"^(?P<wire>[(\[]\s*[^()\[\]=]{1,20}=[^()\[\]=]{1,30}[)\]]\s*)?"
    r"(?P<name>[가-힣]{2,4}|[\u4e00-\u9fff]{2,4})\s*(?:선임|수석|객원|전문)?"
    r"(?:기자|특파원|記者|记者|特派員|特派员)"
    r"(?P<end>\s*=|\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$)"
)


def job_lines(zone: Sequence[HtmlElement]) -> list[Candidate]:
    """The writer of the first "name + job" line among the first elements of ``zone``."""
    for el in zone[:_MAX_LOOKED]:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "h1", "h2"):
            continue
        head = (el.text or "").strip()
        # (every job word is in Hangul or Han characters: an ASCII line holds none)
        if not head or head.isascii() or not any(job in head[:_MAX_LINE] for job in _JOBS):
            continue
        found = _JOB_LINE.match(head)
        if found is None:
            continue
        if found.group("wire") is None:
            if found.group("end").strip() == "=" or len(el):
                continue  # a name and job alone in their element, without markup inside
        elif found.group("end").strip() != "=":
            continue
        authors = byline_authors(found.group("name") + " 기자")
        if len(authors) != 1 or authors[0].name != found.group("name"):
            continue
        return [byline_candidate(authors, el, found.group(0).strip(), 0.56)]
    return []
