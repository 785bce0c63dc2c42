"""The renderer rules: inverse ranges agree with the forward rules; labels are monotone."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from newsmeta import RENDERERS, humanize, parse_relative
from newsmeta._dates._renderers import Key, add_months, ages, cal_months, forward, rank


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(datetime(2023, 1, 31), 1) == datetime(2023, 2, 28)
    assert add_months(datetime(2024, 1, 31), 1) == datetime(2024, 2, 29)
    assert add_months(datetime(2023, 12, 29), 2) == datetime(2024, 2, 29)
    assert add_months(datetime(2024, 3, 31), -1) == datetime(2024, 2, 29)
    assert cal_months(datetime(2023, 12, 29), datetime(2024, 7, 28)) == 6
    assert cal_months(datetime(2023, 12, 29), datetime(2024, 7, 29)) == 7


@pytest.mark.parametrize("renderer", RENDERERS)
def test_inverse_ranges_contain_every_forward_result(renderer: str) -> None:
    rnd = random.Random(RENDERERS.index(renderer))
    scales = [120, 7200, 3 * 86400, 60 * 86400, 800 * 86400, 5000 * 86400]
    for _ in range(1500):
        now = datetime(2020, 1, 1) + timedelta(seconds=rnd.randrange(0, 6 * 365 * 86400))
        age = rnd.uniform(0, rnd.choice(scales))
        for then in (now - timedelta(seconds=age), now + timedelta(seconds=age)):
            key = forward(renderer, then, now)
            span = ages(renderer, key, "en")
            assert span is not None, key
            assert span[0] <= age < span[1], (key, age, span)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_labels_grow_monotonically_with_distance(renderer: str) -> None:
    for p in (datetime(2023, 12, 29), datetime(2024, 1, 31, 13, 5), datetime(2023, 2, 28)):
        previous = None
        for minutes in range(0, 900 * 24 * 60, 97):
            rk = rank(forward(renderer, p, p + timedelta(minutes=minutes)))
            if previous is not None:
                assert rk >= previous, (p, minutes)
            previous = rk


def test_keys_no_renderer_prints_have_no_range() -> None:
    assert ages("moment", Key("minute", 1, "num"), "en") is None  # moment says "a minute"
    assert ages("timeago.js", Key("minute", 1, "one"), "en") is None  # timeago: "1 minute"
    assert ages("wordpress", Key("minute", 5, "num"), "en") is None  # WordPress: "5 mins"
    assert ages("wordpress", Key("minute", 5, "num"), "es") is not None
    assert ages("date-fns", Key("hour", 3, "num"), "en") is None  # date-fns: "about 3 hours"


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
