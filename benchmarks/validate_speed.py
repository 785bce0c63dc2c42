"""Validation speed: newsmeta.validate vs jsonschema (and fastjsonschema when installed).

The record is a realistic article with 20 comments (about 15 KB of JSON), built
deterministically. Rounds are interleaved and medians reported (records per second).

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

from newsmeta._models import (
    AggregateRating,
    AIDisclosure,
    AIInvolvement,
    AISignal,
    Article,
    Author,
    Comment,
    Evidence,
    Organization,
    Provenance,
    SourceKind,
)
from newsmeta._schema import json_schema
from newsmeta._serialize import to_dict
from newsmeta._validate import FORMAT_CHECKS, format_checker, validate

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
                parent_id=f"comment-{1000 + i - 1}" if i % 3 == 2 else None,
                text=" ".join(sentence(rnd.randint(8, 14)) for _ in range(2)),
                author=Author(
                    name=f"Reader {i} {rnd.choice(['García', 'Smith', 'Müller', 'Okafor'])}",
                    email=f"reader{i}@example.com",
                    url=f"https://example.com/users/reader-{i}",
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
            precision="second" if f.startswith("date") else None,
        )
        for f in ("title", "authors", "date_published", "date_modified", "description", "image")
    )
    article = Article(
        title="Mexico and US Strike Key Agreements in Bilateral Talks Focused on Migration",
        url="https://example.com/2023/12/29/mexico-us-talks",
        canonical_url="https://example.com/2023/12/29/mexico-us-talks",
        language="en",
        description=sentence(25),
        body="\n\n".join(" ".join(sentence(18) for _ in range(3)) for _ in range(4)),
        authors=(
            Author(name="Newsroom AI Desk", url="https://example.com/authors/ai-desk"),
            Author(name="Alicia Editor", email="alicia@example.com", job_title="Editor"),
        ),
        publisher=Organization(
            name="Example News", url="https://example.com/", logo="https://example.com/logo.png"
        ),
        site_name="Example News",
        date_published=dt.date(2023, 12, 29),
        date_modified=base,
        section="World",
        categories=("Americas", "Politics"),
        tags=("Mexico", "United States", "migration", "trade"),
        image="https://example.com/img/talks.jpg",
        word_count=612,
        comments=tuple(comments),
        comment_count=n_comments,
        comments_open=True,
        comment_form_fields=("name", "email", "message"),
        rating=AggregateRating(value=3.58, rating_count=12, review_count=0),
        ai_disclosure=AIDisclosure(
            involvement=AIInvolvement.GENERATED,
            label="Content created by AI",
            label_language="en",
            digital_source_type="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
            signals=(
                AISignal(
                    kind="banner",
                    raw="Content created by AI",
                    locator="/html/body/div[1]",
                    involvement=AIInvolvement.GENERATED,
                ),
            ),
        ),
        provenance=Provenance(
            source_url="https://example.com/2023/12/29/mexico-us-talks",
            extracted_at=dt.datetime(2024, 7, 30, 12, 0, tzinfo=dt.timezone.utc),
            evidence=evidence,
        ),
    )
    return to_dict(article)


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
    size = len(json.dumps(record, ensure_ascii=False).encode())
    schema = json_schema(Article)
    js = jsonschema.Draft202012Validator(schema, format_checker=format_checker())
    assert validate(record) == [] and not list(js.iter_errors(record))

    contenders: dict[str, Callable[[], Any]] = {
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
    print(f"{'validator':36} {'records/s':>10} {'ms/record':>10} {'records/CPU-s':>14}")
    for name in contenders:
        med = statistics.median(wall[name])
        med_cpu = statistics.median(cpu[name])
        print(f"{name:36} {med:10,.0f} {1000 / med:10.3f} {med_cpu:14,.0f}")


if __name__ == "__main__":
    main()
