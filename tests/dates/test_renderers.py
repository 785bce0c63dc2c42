"""The renderer rules, seen through humanize and parse_relative: the parsed range of a label
holds every instant a renderer labels that way, labels are monotone, month arithmetic clamps."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from newsmeta import RENDERERS, humanize, parse_relative


def test_month_arithmetic_clamps_to_month_end() -> None:
    def pendulum(then: datetime, now: datetime) -> str:
        return humanize(then, now=now, renderer="pendulum")

    # a month after Jan 31 is the last day of February (28 or 29 days later)
    assert pendulum(datetime(2023, 1, 31), datetime(2023, 2, 28)) == "1 month ago"
    assert pendulum(datetime(2023, 1, 31), datetime(2023, 2, 27, 23)) == "4 weeks ago"
    assert pendulum(datetime(2024, 2, 29), datetime(2024, 3, 29)) == "1 month ago"
    assert pendulum(datetime(2024, 2, 29), datetime(2024, 3, 28, 23)) == "4 weeks ago"
    # timeago.js counts calendar months: 7 only from the 29th on
    since = datetime(2023, 12, 29)
    assert humanize(since, now=datetime(2024, 7, 28), renderer="timeago.js") == "6 months ago"
    assert humanize(since, now=datetime(2024, 7, 29), renderer="timeago.js") == "7 months ago"


@pytest.mark.parametrize("renderer", RENDERERS)
def test_inverse_ranges_contain_every_forward_result(renderer: str) -> None:
    rnd = random.Random(RENDERERS.index(renderer))
    scales = [120, 7200, 3 * 86400, 60 * 86400, 800 * 86400, 5000 * 86400]
    for _ in range(600):
        now = datetime(2020, 1, 1) + timedelta(seconds=rnd.randrange(0, 6 * 365 * 86400))
        age = rnd.uniform(0, rnd.choice(scales))
        for then in (now - timedelta(seconds=age), now + timedelta(seconds=age)):
            label = humanize(then, now=now, renderer=renderer)
            parsed = parse_relative(label, now=now, language="en")
            assert parsed is not None, label
            assert renderer in parsed.renderers, (label, parsed.renderers)
            assert parsed.earliest <= then <= parsed.latest, (label, then, parsed)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_labels_grow_monotonically_with_distance(renderer: str) -> None:
    """As an instant ages, its label moves on and never comes back: each label is one run."""
    for p in (datetime(2023, 12, 29), datetime(2024, 1, 31, 13, 5), datetime(2023, 2, 28)):
        done: set[str] = set()
        current = None
        for minutes in range(0, 900 * 24 * 60, 97):
            label = humanize(p, now=p + timedelta(minutes=minutes), renderer=renderer)
            if label != current:
                assert label not in done, (p, minutes, label)
                if current is not None:
                    done.add(current)
                current = label
        assert len(done) >= 10


def test_keys_no_renderer_prints_are_not_credited_to_it() -> None:
    now = datetime(2024, 3, 10, 12)

    def renderers(label: str, language: str = "en") -> tuple[str, ...]:
        parsed = parse_relative(label, now=now, language=language)
        assert parsed is not None, label
        return parsed.renderers

    assert "moment" not in renderers("1 minute ago")  # moment says "a minute"
    assert "moment" in renderers("a minute ago")
    assert "timeago.js" not in renderers("a minute ago")  # timeago: "1 minute"
    assert "timeago.js" in renderers("1 minute ago")
    assert "wordpress" not in renderers("5 minutes ago")  # WordPress: "5 mins"
    assert renderers("5 mins ago") == ("wordpress",)
    assert "wordpress" in renderers("hace 5 minutos", "es")
    assert "date-fns" not in renderers("3 hours ago")  # date-fns: "about 3 hours"
    assert renderers("about 3 hours ago") == ("date-fns",)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_parse_relative_is_tight_against_brute_force(renderer: str) -> None:
    """Scan instants (400 steps) around each label's range and check that the parsed
    range is, to one step, the union of the instants the able renderers label that way."""
    now = datetime(2024, 3, 10, 12)
    for age in (3, 30, 50, 100, 400, 3000, 4000, 9000, 50000, 200000, 900000):
        label = humanize(now - timedelta(seconds=age), now=now, renderer=renderer)
        r = parse_relative(label, now=now)
        assert r is not None
        if r.direction == "now":
            continue
        step = max(0.5, age / 100)
        hits = [
            k * step
            for k in range(400)
            if any(
                humanize(now - timedelta(seconds=k * step), now=now, renderer=name) == label
                for name in r.renderers
            )
        ]
        assert hits, label
        oldest, newest = now - timedelta(seconds=max(hits)), now - timedelta(seconds=min(hits))
        assert r.earliest <= oldest and r.latest >= newest
        slack = timedelta(seconds=step) + timedelta(seconds=1)
        assert oldest - r.earliest <= slack, (label, oldest, r.earliest)
        assert r.latest - newest <= slack, (label, newest, r.latest)
