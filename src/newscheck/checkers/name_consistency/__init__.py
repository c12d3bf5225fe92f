"""Name consistency (NM): one spelling, a full name first, one title through the story."""

from newscheck.checkers.name_consistency.checker import NameConsistencyChecker

__all__ = ["NameConsistencyChecker"]
