"""Headline against body (HB): the headline's figures and names must be in the story."""

from newscheck.checkers.headline_body.checker import HeadlineBodyChecker

__all__ = ["HeadlineBodyChecker"]
