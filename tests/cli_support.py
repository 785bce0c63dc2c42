"""Run the command line through its public entry point, the ``newsmeta`` console script.

``run_cli(argv)`` loads the callable that the installed ``newsmeta`` command runs (the
``console_scripts`` entry point declared in ``pyproject.toml``; ``python -m newsmeta`` runs the
same one) and calls it in this process, so tests can use ``capsys`` and ``monkeypatch`` and
still only go in the way users do.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points


@functools.cache
def _console_script() -> Callable[[Sequence[str] | None], int]:
    (point,) = entry_points(group="console_scripts", name="newsmeta")
    command: Callable[[Sequence[str] | None], int] = point.load()
    return command


def run_cli(argv: Sequence[str]) -> int:
    """Exit code of ``newsmeta *argv`` (run in this process)."""
    return _console_script()(list(argv))
