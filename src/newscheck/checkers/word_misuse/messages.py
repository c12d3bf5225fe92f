"""Messages in a subeditor's words: what the written word means and what was probably meant."""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.checkers.word_misuse.lexicon import ConfusionSet


def _either(words: Sequence[str]) -> str:
    quoted = [f"'{w}'" for w in words]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def confusable(written: str, meant: str, cset: ConfusionSet) -> str:
    """"flout: to disregard a rule; did you mean 'flaunt', to show off?"."""
    said = cset.explain(cset.member(written) or written)
    want = cset.explain(meant)
    head = f"'{written}': {said}" if said else f"'{written}' is easily confused with '{meant}'"
    tail = f"did you mean '{meant}', {want}?" if want else f"did you mean '{meant}'?"
    note = f" ({cset.note})" if cset.note else ""
    return f"{head}; {tail}{note}"


def improbable(written: str, meant: Sequence[str]) -> str:
    return (
        f"'{written}' is a real word but makes little sense here; did you mean {_either(meant)}? "
        "A spell checker cannot catch this: both are correctly spelt."
    )


def wrong_referent(written: str, use: str, place: str, kind: str, note: str = "") -> str:
    if kind == "article":
        return f"'{use}' takes no article: write '{use}', not '{written}'."
    extra = f" {note}" if note else ""
    return f"'{written}' is not how to refer to {place}; write '{use}'.{extra}"
