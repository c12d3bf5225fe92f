"""Grammar (GR): Harper offline by default, a newsroom's LanguageTool server when configured."""

from newscheck.checkers.grammar.checker import GrammarChecker
from newscheck.checkers.grammar.options import GrammarOptions

__all__ = ["GrammarChecker", "GrammarOptions"]
