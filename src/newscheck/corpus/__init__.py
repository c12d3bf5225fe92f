"""Corpus runs at archive scale: many inputs, many processes or a Dask cluster, reports
streamed to a JSONL or Parquet file that a later run can ``--resume``.

The plain install never imports Dask or pyarrow; the modules that need them import them
when a run asks for them and name ``pip install 'newscheck[scale]'`` when they are missing.
"""

from __future__ import annotations

from newscheck.corpus.dask_recipes import check_records
from newscheck.corpus.inputs import iter_inputs
from newscheck.corpus.run import CorpusRun, UsageError, run_corpus
from newscheck.corpus.summary import Summary

__all__ = ["CorpusRun", "Summary", "UsageError", "check_records", "iter_inputs", "run_corpus"]
