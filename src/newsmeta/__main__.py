"""``python -m newsmeta``: the command line."""

from __future__ import annotations

from newsmeta._cli import main

raise SystemExit(main())
