"""Batch extraction: many pages in, one result per page out, in input order.

``extract_many`` runs in this process for small batches and in a bounded process pool for
large ones; ``iter_inputs`` reads files, directories, stdin, JSON Lines and WARC files.
See docs/batch.md.
"""

from __future__ import annotations

from newsmeta._batch import BatchInput, BatchResult, extract_many, input_kind, iter_inputs

__all__ = ["BatchInput", "BatchResult", "extract_many", "input_kind", "iter_inputs"]
