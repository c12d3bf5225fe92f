"""Finding messages in newscheck's voice; backends' own wording is kept where it is specific."""

from __future__ import annotations

from newscheck.checkers.grammar.issue import Issue


def message(written: str, issue: Issue) -> str:
    """What the subeditor reads: the problem, then the fix when there is one."""
    fix = issue.suggestions[0] if issue.suggestions else None
    code = issue.code
    if code == "GR001":
        return f"'{written}': the word is doubled." + (f" Use '{fix}'." if fix else "")
    if code == "GR002" and fix is not None:
        return f"Use '{fix}' here: the article must match the sound of the next word."
    if code == "GR003" and fix is not None:
        return f"'{written}' does not agree with its subject; use '{fix}'."
    if code == "GR009":
        return f"'{written}' looks misspelt" + (f"; did you mean '{fix}'?" if fix else ".")
    if code == "GR010":
        return f"'{written}' is in no dictionary: check the spelling of this name." + (
            f" Nearest known: {', '.join(issue.suggestions[:3])}." if fix else ""
        )
    if code == "GR011" and fix is not None:
        return f"'{written}' is spelt the other variety's way; this copy uses '{fix}'."
    return issue.message
