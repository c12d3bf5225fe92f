"""newscheck: check a news article before it is published and return a scored report.

>>> import newscheck
>>> report = newscheck.check("The minister said it's budget was approved.")  # doctest: +SKIP
>>> [f.rule for f in report.findings]  # doctest: +SKIP
"""

from __future__ import annotations

from newscheck._version import __version__
from newscheck.analysis import Document, FieldAnalysis
from newscheck.api import check, check_many
from newscheck.article import Article
from newscheck.checker import CheckContext, Checker, CheckerOptions, CheckerSetup, CheckerSkipped
from newscheck.config import ConfigError, Settings, load_config_file
from newscheck.engine import Engine
from newscheck.gate import GateResult, gate
from newscheck.loaders import LoadError, iter_articles, load_article
from newscheck.models import (
    CheckerResult,
    Finding,
    Report,
    Severity,
    Status,
    Verdict,
)
from newscheck.rules import Rule

__all__ = [
    "Article",
    "CheckContext",
    "Checker",
    "CheckerOptions",
    "CheckerResult",
    "CheckerSetup",
    "CheckerSkipped",
    "ConfigError",
    "Document",
    "Engine",
    "FieldAnalysis",
    "Finding",
    "GateResult",
    "LoadError",
    "Report",
    "Rule",
    "Settings",
    "Severity",
    "Status",
    "Verdict",
    "__version__",
    "check",
    "check_many",
    "gate",
    "iter_articles",
    "load_article",
    "load_config_file",
]
