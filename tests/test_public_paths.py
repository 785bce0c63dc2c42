"""Tests use public paths: no test file imports an underscore (private) module.

The public API is what ``newsmeta`` and its public submodules export in ``__all__``;
underscore modules are private, so tests go through ``newsmeta``, ``newsmeta.dates``,
``newsmeta.batch``, ``newsmeta.schema``, ``newsmeta.strategies``, ``newsmeta.testing`` and the
command line (``tests/cli_support.run_cli``). Strings that merely name a private module are
fine; importing one is not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEST_FILES = sorted(
    [*ROOT.joinpath("tests").rglob("*.py"), *ROOT.joinpath("examples").rglob("*.py")]
)


def _private(dotted: str) -> bool:
    """True for ``newsmeta._x``, ``newsmeta.testing._y``: a private part (not a dunder)."""
    parts = dotted.split(".")
    return parts[0] == "newsmeta" and any(
        part.startswith("_") and not part.endswith("__") for part in parts[1:]
    )


def private_imports(source: str) -> Iterator[str]:
    """The private newsmeta modules (or private names of newsmeta) that ``source`` imports."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if _private(alias.name))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if _private(node.module):
                yield node.module
            elif node.module.split(".")[0] == "newsmeta":
                for alias in node.names:
                    if _private(f"{node.module}.{alias.name}"):
                        yield f"{node.module}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _private(node.args[0].value)
        ):
            yield node.args[0].value


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import newsmeta._extract", ["newsmeta._extract"]),
        ("import newsmeta._dates as d", ["newsmeta._dates"]),
        ("from newsmeta._extract._page import Page", ["newsmeta._extract._page"]),
        ("from newsmeta import _batch, extract", ["newsmeta._batch"]),
        ("from newsmeta.testing import _roundtrip", ["newsmeta.testing._roundtrip"]),
        ("def f():\n    from newsmeta._cli import main", ["newsmeta._cli"]),
        ("importlib.import_module('newsmeta._serialize')", ["newsmeta._serialize"]),
        ("import newsmeta\nfrom newsmeta import __version__, extract", []),
        ("from newsmeta.dates import parse_date\nimport newsmeta.testing", []),
        ("TEXT = 'errors never leak from newsmeta._extract'", []),
        ("from . import _helper\nimport _thread", []),
    ],
)
def test_the_scan_finds_private_imports(source: str, found: list[str]) -> None:
    assert list(private_imports(source)) == found


def test_no_test_imports_an_underscore_module() -> None:
    offenders = {}
    for path in TEST_FILES:
        name = path.relative_to(ROOT).as_posix()
        found = sorted(set(private_imports(path.read_text(encoding="utf-8"))))
        if found:
            offenders[name] = found
    assert not offenders, (
        f"tests must use public paths (see tests/test_public_paths.py): {offenders}"
    )
    assert len(TEST_FILES) > 100
