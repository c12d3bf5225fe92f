"""Word misuse: real, correctly spelt words that are the wrong word in their context."""

from newscheck.checkers.word_misuse.checker import WordMisuseChecker, WordMisuseOptions

__all__ = ["WordMisuseChecker", "WordMisuseOptions"]
