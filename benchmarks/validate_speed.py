"""Validation speed: newsmeta.validate vs jsonschema (and fastjsonschema when installed).

The record is a realistic, fully populated article: 20 comments, and every optional field
of every model set, provenance (evidence, rejected candidates, warnings) and disclosure
signals included; built deterministically. Rounds are interleaved and medians reported
(records per second). ``json.loads`` of the same record's JSON text runs in the same rounds
as a fixed reference: on a loaded machine the ratio to it is steadier than records/s.

    python benchmarks/validate_speed.py [--rounds 7] [--seconds 0.5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import jsonschema

from newsmeta import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AIPart,
    AISignal,
    Article,
    Author,
    AuthorKind,
    Block,
    BlockKind,
    Comment,
    Evidence,
    ExtractionWarning,
    Image,
    Inline,
    Organization,
    Provenance,
    SourceKind,
    to_dict,
    validate,
)
from newsmeta._validate import FORMAT_CHECKS
from newsmeta.schema import format_checker, json_schema

_WORDS = [
    "migration",
    "trade",
    "talks",
    "border",
    "agreement",
    "officials",
    "security",
    "economy",
    "minister",
    "president",
    "crossing",
    "reopening",
    "priority",
    "region",
    "strategy",
    "productive",
    "meeting",
    "asylum",
    "journey",
    "record",
]


_IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def build_record(n_comments: int = 20, seed: int = 7) -> dict[str, Any]:
    """A deterministic, realistic article record with ``n_comments`` comments."""
    rnd = random.Random(seed)

    def sentence(n: int) -> str:
        return " ".join(rnd.choice(_WORDS) for _ in range(n)).capitalize() + "."

    tz = dt.timezone(dt.timedelta(hours=-6))
    base = dt.datetime(2023, 12, 29, 10, 0, tzinfo=tz)
    comments = []
    for i in range(n_comments):
        comments.append(
            Comment(
                id=f"comment-{1000 + i}",
                parent_id=f"comment-{1000 + (i - 1) // 2}" if i else "comment-999",
                text=" ".join(sentence(rnd.randint(8, 14)) for _ in range(2)),
                author=Author(
                    name=f"Reader {i} {rnd.choice(['García', 'Smith', 'Müller', 'Okafor'])}",
                    kind=AuthorKind.PERSON,
                    email=f"reader{i}@example.com",
                    url=f"https://example.com/users/reader-{i}",
                    same_as=(f"https://social.example/@reader{i}",),
                    job_title="Reader",
                    image=f"https://example.com/users/reader-{i}.png",
                ),
                date_published=base + dt.timedelta(hours=i, minutes=7 * i),
                url=f"https://example.com/2023/12/29/mexico-us-talks#comment-{1000 + i}",
                upvotes=rnd.randint(0, 200),
                downvotes=rnd.randint(0, 20),
                date_label=f"{i + 1} hours ago",
            )
        )
    evidence = tuple(
        Evidence(
            field=f,
            source=SourceKind.JSON_LD,
            locator=f"/0/{f}",
            raw=sentence(4),
            confidence=0.9,
            precision="second" if f.startswith("date") else "day",
            reason="kept: the most confident candidate",
            position="header",
        )
        for f in ("title", "authors", "date_published", "date_modified", "description", "image")
    )
    rejected = tuple(
        Evidence(
            field=f,
            source=SourceKind.OPENGRAPH,
            locator=f"meta[property='og:{f}']",
            raw=sentence(3),
            confidence=0.4,
            precision="day",
            reason="outvoted by the JSON-LD value",
            position="furniture",
        )
        for f in ("title", "date_published")
    )
    lead = Image(
        url="https://example.com/img/talks.jpg",
        alt="Delegations at the table",
        caption="The delegations met for two days.",
        credit="Photo: Example Agency",
        width=1200,
        height=800,
        lead=True,
        ai_generated=False,
    )
    publisher = Organization(
        name="Example News",
        url="https://example.com/",
        logo="https://example.com/logo.png",
        same_as=("https://social.example/@examplenews", "https://wiki.example/Example_News"),
    )
    article = Article(
        title="Mexico and US Strike Key Agreements in Bilateral Talks Focused on Migration",
        url="https://example.com/2023/12/29/mexico-us-talks",
        canonical_url="https://example.com/2023/12/29/mexico-us-talks",
        language="en",
        description=sentence(25),
        body="\n\n".join(" ".join(sentence(18) for _ in range(3)) for _ in range(4)),
        authors=(
            Author(
                name="Newsroom AI Desk",
                kind=AuthorKind.ORGANIZATION,
                url="https://example.com/authors/ai-desk",
                email="desk@example.com",
                same_as=("https://social.example/@aidesk",),
                job_title="Automated desk",
                image="https://example.com/authors/ai-desk.png",
            ),
            Author(
                name="Alicia Editor",
                url="https://example.com/authors/alicia",
                email="alicia@example.com",
                same_as=("https://social.example/@alicia",),
                job_title="Editor",
                image="https://example.com/authors/alicia.png",
            ),
        ),
        publisher=publisher,
        site_name="Example News",
        date_created=dt.datetime(2023, 12, 28, 22, 15),
        date_published=dt.date(2023, 12, 29),
        date_modified=base,
        section="World",
        categories=("Americas", "Politics"),
        tags=("Mexico", "United States", "migration", "trade"),
        image="https://example.com/img/talks.jpg",
        blocks=_blocks(lead),
        images=(lead,),
        license="https://creativecommons.org/licenses/by/4.0/",
        word_count=612,
        comments=tuple(comments),
        comment_count=n_comments,
        comments_open=True,
        comment_form_fields=("name", "email", "message"),
        rating=AggregateRating(value=3.58, rating_count=12, review_count=0),
        ai_disclosure=AIDisclosure(
            involvement=AIInvolvement.GENERATED,
            reviewed_by_human=True,
            label="Content created by AI",
            label_language="en",
            ai_model="example-lm-2",
            ai_provider="Example AI",
            methodology_url="https://example.com/about/ai",
            digital_source_type=_IPTC,
            signals=tuple(
                AISignal(
                    kind=kind,
                    raw="Content created by AI",
                    locator="/html/body/div[1]",
                    spec="iptc" if kind == "digital-source-type" else "newsroom-banner",
                    involvement=AIInvolvement.GENERATED,
                    reviewed_by_human=True,
                    digital_source_type=_IPTC,
                    confidence=0.95,
                    verified=False,
                    scope="article",
                    agent="AI",
                    placement="banner",
                )
                for kind in ("banner", "review-note", "digital-source-type")
            ),
            locator="/html/body/div[1]",
            parts=(
                AIPart(
                    scope="image",
                    involvement=AIInvolvement.GENERATED,
                    reviewed_by_human=True,
                    label="Illustration generated with AI",
                    locator="/html/body/figure[1]/figcaption",
                    ai_model="example-image-1",
                ),
            ),
        ),
        provenance=Provenance(
            source_url="https://example.com/2023/12/29/mexico-us-talks",
            canonical_url="https://example.com/2023/12/29/mexico-us-talks",
            publisher=publisher,
            license="https://creativecommons.org/licenses/by/4.0/",
            based_on=("https://wire.example/2023/12/29/talks",),
            extracted_at=dt.datetime(2024, 7, 30, 12, 0, tzinfo=dt.timezone.utc),
            rendered_earliest=dt.datetime(2024, 7, 30, 9, 0, tzinfo=dt.timezone.utc),
            rendered_latest=dt.datetime(2024, 7, 30, 11, 30, tzinfo=dt.timezone.utc),
            render_label="3 hours ago",
            warnings=(
                ExtractionWarning(
                    code="date-conflict", message="two dates disagree", locator="/html/head"
                ),
            ),
            evidence=evidence,
            rejected=rejected,
        ),
    )
    return to_dict(article)


def _blocks(lead: Image) -> tuple[Block, ...]:
    """A body of every block kind, with every inline mark."""

    def runs(text: str) -> tuple[Inline, ...]:
        return (
            Inline(text=text + " "),
            Inline(text="emphasised", emphasis=True),
            Inline(text=" and ", strong=True),
            Inline(text="code", code=True),
            Inline(text=" link", href="https://example.com/source"),
        )

    def cell(text: str, header: bool) -> Block:
        return Block(kind=BlockKind.CELL, inlines=runs(text), header=header)

    return (
        Block(kind=BlockKind.HEADING, level=2, inlines=runs("What was agreed")),
        Block(kind=BlockKind.PARAGRAPH, inlines=runs("The talks ended with three deals")),
        Block(
            kind=BlockKind.LIST,
            ordered=True,
            children=tuple(
                Block(kind=BlockKind.ITEM, inlines=runs(f"Point {i}")) for i in range(3)
            ),
        ),
        Block(
            kind=BlockKind.QUOTE,
            children=(Block(kind=BlockKind.PARAGRAPH, inlines=runs("A first step")),),
        ),
        Block(kind=BlockKind.CODE, literal="deal = sign(a, b)\nprint(deal)"),
        Block(kind=BlockKind.FIGURE, image=lead),
        Block(kind=BlockKind.EMBED, media="video", url="https://video.example/talks"),
        Block(
            kind=BlockKind.TABLE,
            children=(
                Block(kind=BlockKind.ROW, children=(cell("Item", True), cell("Value", True))),
                Block(kind=BlockKind.ROW, children=(cell("Trade", False), cell("Up", False))),
            ),
        ),
    )


def missing_fields(record: dict[str, Any]) -> list[str]:
    """Pointers of the schema properties the record leaves out (empty: fully populated)."""
    schema = json_schema()
    defs = schema["$defs"]
    out: list[str] = []

    def walk(node: dict[str, Any], value: Any, path: str) -> None:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in ("Block", "Inline"):  # each kind of block uses its own fields
                return
            node = defs[name]
        if node.get("type") == "object":
            for name, sub in node["properties"].items():
                if name not in value:
                    out.append(f"{path}/{name}")
                else:
                    walk(sub, value[name], f"{path}/{name}")
        elif node.get("type") == "array":
            if not value:
                out.append(path)
            for i, item in enumerate(value):
                walk(node["items"], item, f"{path}/{i}")

    walk(schema, record, "")
    return out


def _rate(func: Callable[[], Any], seconds: float) -> tuple[float, float]:
    """(records/s by wall clock, records/s by this process's CPU time)."""
    n = 0
    start = time.perf_counter()
    cpu = time.process_time()
    end = start + seconds
    while True:
        func()
        n += 1
        now = time.perf_counter()
        if now >= end:
            return n / (now - start), n / max(time.process_time() - cpu, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.5)
    args = parser.parse_args()

    record = build_record()
    assert missing_fields(record) == [], missing_fields(record)  # every optional field is set
    size = len(json.dumps(record, ensure_ascii=False).encode())
    schema = json_schema(Article)
    js = jsonschema.Draft202012Validator(schema, format_checker=format_checker())
    assert validate(record) == [] and not list(js.iter_errors(record))

    text = json.dumps(record, ensure_ascii=False)
    contenders: dict[str, Callable[[], Any]] = {
        "json.loads (reference)": lambda: json.loads(text),
        "newsmeta.validate": lambda: validate(record),
        "jsonschema Draft202012Validator": lambda: list(js.iter_errors(record)),
    }
    try:
        import fastjsonschema  # type: ignore[import-not-found]

        fast = fastjsonschema.compile(schema, formats={k: v for k, v in FORMAT_CHECKS.items()})
        contenders["fastjsonschema (first error only)"] = lambda: fast(record)
    except ImportError:
        pass
    except Exception as exc:  # fastjsonschema cannot compile this schema
        print(f"fastjsonschema skipped: {exc}")

    wall: dict[str, list[float]] = {name: [] for name in contenders}
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.rounds):
        for name, func in contenders.items():
            w, c = _rate(func, args.seconds)
            wall[name].append(w)
            cpu[name].append(c)

    print(
        f"record: {size:,} bytes of JSON, {len(record['comments'])} comments; "
        f"{args.rounds} interleaved rounds of {args.seconds}s, medians"
    )
    print(
        f"{'validator':36} {'records/s':>10} {'ms/record':>10} {'records/CPU-s':>14}"
        f" {'x json.loads':>13}"
    )
    reference = cpu["json.loads (reference)"]
    for name in contenders:
        med = statistics.median(wall[name])
        med_cpu = statistics.median(cpu[name])
        # the ratio to the reference within each round, then the median of the rounds
        ratio = statistics.median(c / r for c, r in zip(cpu[name], reference))
        print(f"{name:36} {med:10,.0f} {1000 / med:10.3f} {med_cpu:14,.0f} {ratio:13.3f}")


if __name__ == "__main__":
    main()
