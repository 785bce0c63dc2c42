"""Test tiers: the tests marked ``slow`` are left out of the quick tier.

``pytest -m "not slow" tests examples`` is the tier to run while developing (under a minute
on the project machine); CI runs everything. A test is slow when it takes about a second or
more: whole property-based modules (fuzzing, the error contract) and the tests listed below
(measured with ``pytest --durations``). Marking them here, by node id, keeps the test files
themselves free of tier bookkeeping; a name that no longer matches a test is reported
as a warning of a full run.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

SLOW_MODULES = frozenset({"test_error_contract.py", "test_fuzz.py"})
"""Modules of property-based tests, slow as a whole."""

SLOW_TESTS = frozenset(
    {
        "tests/dates/test_humanize.py::test_round_trip_contains_the_instant",
        "tests/dates/test_renderers.py::test_labels_grow_monotonically_with_distance",
        "tests/dates/test_robustness.py::test_text_fuzz",
        "tests/hostile/test_hostile_dates.py::test_date_flood_is_capped",
        "tests/hostile/test_hostile_jsonld.py::test_100000_jsonld_blocks",
        "tests/hostile/test_hostile_jsonld.py::test_100000_named_nodes_with_raised_byte_limit",
        "tests/hostile/test_hostile_parse_guards.py::test_100000_itemscope_itemprop_elements",
        "tests/hostile/test_hostile_reproducers.py::test_batch_of_bad_inputs_same_records_in_same_order_with_1_and_4_jobs",
        "tests/hostile/test_hostile_reproducers.py::test_one_long_text_node_stays_within_10x_the_input",
        "tests/hostile/test_hostile_structure.py::test_10_mb_of_tiny_elements",
        "tests/hostile/test_hostile_structure.py::test_10_mb_page",
        "tests/hostile/test_hostile_structure.py::test_1_mb_comment_section_is_linear",
        "tests/hostile/test_hostile_structure.py::test_5_mb_attribute_values",
        "tests/hostile/test_hostile_structure.py::test_content_after_an_11_mb_node_is_kept_or_warned",
        "tests/test_batch.py::test_worker_dying_while_the_consumer_waits",
        "tests/test_jsonld_interchange.py::test_plain_schema_org_round_trip_keeps_every_expressible_field",
        "tests/test_jsonld_interchange.py::test_round_trip_with_extensions_is_lossless",
        "tests/test_schema.py::test_generated_instances_validate_against_their_schema",
        "tests/test_serialize.py::test_article_round_trip_keeps_date_kinds_and_offsets",
        "tests/test_serialize.py::test_every_model_round_trips_through_dict_and_json",
        "tests/test_serialize.py::test_no_nulls_and_no_empty_lists_are_written",
        "tests/test_validate.py::test_agrees_with_jsonschema_on_mutated_records",
        "tests/test_validate.py::test_every_problem_has_a_pointer_a_known_code_and_a_sentence",
        "tests/test_validate.py::test_generated_instances_are_valid_for_both_validators",
        "tests/testing/test_fixtures_factories.py::test_articles_do_not_depend_on_the_hash_seed",
        "tests/testing/test_fixtures_plugin.py::test_plugin_fixtures_with_the_default_seed",
        "tests/testing/test_fixtures_plugin.py::test_plugin_import_is_cheap_and_needs_no_hypothesis",
        "tests/testing/test_fixtures_plugin.py::test_plugin_options_are_documented_in_help",
        "tests/testing/test_fixtures_plugin.py::test_plugin_seed_option",
        "tests/testing/test_fixtures_render.py::test_any_valid_article_renders_and_keeps_its_headline",
        "tests/testing/test_fixtures_roundtrip.py::test_extract_gives_back_the_rendered_article",
        "tests/testing/test_fixtures_strategies.py::test_from_type_of_article_still_works",
        "tests/testing/test_fixtures_strategies.py::test_pages_from_arbitrary_articles",
    }
)
"""Slow tests by node id (parameters left out: every parameter set is slow)."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seen: set[str] = set()
    for item in items:
        node = item.nodeid.split("[", 1)[0]
        if Path(str(item.fspath)).name in SLOW_MODULES or node in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
            seen.add(node)
    # only a full collection of tests/ can tell a stale name from a deselected one
    args = [str(a) for a in config.args]
    if args == ["tests"] or args == ["tests", "examples"] or not args:
        stale = sorted(SLOW_TESTS - seen)
        if stale:
            warnings.warn(
                pytest.PytestWarning(f"tests/conftest.py lists tests that do not exist: {stale}"),
                stacklevel=1,
            )
