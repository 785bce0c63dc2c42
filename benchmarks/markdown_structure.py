"""How much of the structure inside the chosen body region the Markdown keeps.

Reads the zyte pages of the shared benchmark corpus (``corpus/manifest.jsonl``, source
``zyte``; ``--source`` picks another), extracts each page, finds the region the body scorer
chose (the locator of the body's evidence; pages whose body came from JSON-LD are counted
apart) and lists the headings (``h1``-``h6``, the headline excepted) and lists (``ul``/``ol``)
inside it. A heading is kept when the Markdown has a heading line with its text; a list when
the Markdown has a list line with the text of its first item. Printed: the share kept of all
of them, and of those whose text is in the plain body (the rest are left out of the body as
boilerplate, by design).

    python benchmarks/markdown_structure.py                # zyte pages
    python benchmarks/markdown_structure.py --show 5       # also list missed elements

Without the corpus (a fresh checkout) it says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html

import newsmeta
from newsmeta import SourceKind

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("NEWSMETA_BENCH", HERE.parent.parent / "shared" / "bench"))
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_HEADING_LINE = re.compile(r"^#{1,6}\s+(.*)$")
_UNESCAPE = re.compile(r"\\(.)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _md_text(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    line = _UNESCAPE.sub(r"\1", line).replace("**", "").replace("*", "").replace("`", "")
    return _norm(line)


def _text(el: lxml.html.HtmlElement) -> str:
    return _norm(" ".join(el.itertext()))


def _first_item_text(el: lxml.html.HtmlElement) -> str:
    for li in el.iterchildren("li"):
        own = [li.text or ""]
        for child in li:
            if not isinstance(child.tag, str):  # a comment
                own.append(child.tail or "")
                continue
            if child.tag in ("ul", "ol"):
                break
            own.append(" ".join(child.itertext()))
            own.append(child.tail or "")
        text = _norm(" ".join(own))
        if text:
            return text
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default="zyte")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N missed elements")
    args = parser.parse_args(argv)
    manifest = CORPUS / "corpus" / "manifest.jsonl"
    if not manifest.exists():
        print(f"benchmark corpus not found at {manifest}: nothing to measure")
        return 0
    counts: Counter[str] = Counter()
    articles: list[newsmeta.Article] = []
    shown = 0
    records = [json.loads(line) for line in manifest.open(encoding="utf-8")]
    records = [r for r in records if r["source"] == args.source][: args.limit]
    for rec in records:
        html = gzip.decompress((CORPUS / "corpus" / rec["path"]).read_bytes())
        article = newsmeta.extract(html, rec["url"])
        articles.append(article)
        counts["pages"] += 1
        evidence = article.provenance.evidence_for("body")
        if not evidence or evidence[0].source is not SourceKind.CONTENT:
            counts["pages without a visible-text body"] += 1
            continue
        tree = lxml.html.fromstring(html)
        found = tree.xpath(evidence[0].locator)
        if not found:
            counts["region not found"] += 1
            continue
        region = found[0]
        markdown = newsmeta.to_markdown(article)
        # The body's paragraphs and lines: a heading or an item is one of them when kept.
        body = {
            _norm(line) for para in (article.body or "").split("\n\n") for line in para.split("\n")
        }
        heading_lines = set()
        list_lines = set()
        for line in markdown.split("\n"):
            match = _HEADING_LINE.match(line)
            if match:
                heading_lines.add(_md_text(match.group(1)))
            match = _LIST_LINE.match(line)
            if match:
                list_lines.add(_md_text(match.group(1)))
        title = _norm(article.title or "")
        for el in region.iter(*_HEADINGS, "ul", "ol"):
            is_heading = el.tag in _HEADINGS
            text = _text(el) if is_heading else _first_item_text(el)
            if not text or (is_heading and text == title):
                continue
            kind = "headings" if is_heading else "lists"
            counts[kind] += 1
            in_body = text in body
            counts[f"{kind} in body"] += in_body
            kept = text in (heading_lines if is_heading else list_lines)
            counts[f"{kind} kept"] += kept
            counts[f"{kind} in body kept"] += kept and in_body
            if in_body and not kept and shown < args.show:
                shown += 1
                print(f"  missed {kind[:-1]} {text[:80]!r} on {rec['url']}", file=sys.stderr)

    def share(kept: str, total: str) -> str:
        return f"{counts[kept] / counts[total]:.3f}" if counts[total] else "n/a"

    print(f"Markdown structure on {counts['pages']} {args.source} pages")
    print(f"(pages whose body came from JSON-LD: {counts['pages without a visible-text body']})")
    print()
    print("| element | in region | kept | share | in body | kept | share |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in ("headings", "lists"):
        print(
            f"| {kind} | {counts[kind]} | {counts[kind + ' kept']} | "
            f"{share(kind + ' kept', kind)} | {counts[kind + ' in body']} | "
            f"{counts[kind + ' in body kept']} | "
            f"{share(kind + ' in body kept', kind + ' in body')} |"
        )
    both = counts["headings"] + counts["lists"]
    kept = counts["headings kept"] + counts["lists kept"]
    in_body = counts["headings in body"] + counts["lists in body"]
    kept_body = counts["headings in body kept"] + counts["lists in body kept"]
    print()
    print(f"all: {kept}/{both} = {kept / both:.3f}" if both else "all: n/a")
    print(f"in body: {kept_body}/{in_body} = {kept_body / in_body:.3f}" if in_body else "")
    # to_markdown throughput on these articles (best of 5 passes over all of them).
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for article in articles:
            newsmeta.to_markdown(article)
        best = min(best, time.perf_counter() - start)
    if articles and best > 0:
        print(f"to_markdown: {len(articles) / best:,.0f} articles/s ({len(articles)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
