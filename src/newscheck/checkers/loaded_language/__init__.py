"""Loaded language (LL): judgements and loaded verbs of saying in the reporter's own voice."""

from newscheck.checkers.loaded_language.checker import LoadedLanguageChecker

__all__ = ["LoadedLanguageChecker"]
