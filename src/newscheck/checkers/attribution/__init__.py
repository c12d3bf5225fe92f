"""Source attribution (SA): who says what in an article, and the sourcing an editor queries."""

from newscheck.checkers.attribution.checker import AttributionChecker, AttributionOptions

__all__ = ["AttributionChecker", "AttributionOptions"]
