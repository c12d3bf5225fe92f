"""Pronoun gender: a he/she that contradicts what the article says about the person meant."""

from newscheck.checkers.pronoun_gender.checker import PronounGenderChecker, PronounGenderOptions

__all__ = ["PronounGenderChecker", "PronounGenderOptions"]
