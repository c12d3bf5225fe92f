"""Page chrome (PC): navigation, link lists, prompts, bylines, bios and captions in the copy.

`detect_chrome` is importable without the checker (and so without the analysis), because the
analysis calls it while it builds a `Document`; the checker class is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newscheck.checkers.page_chrome.detect import ChromeBlock, detect_chrome

if TYPE_CHECKING:
    from newscheck.checkers.page_chrome.checker import PageChromeChecker

__all__ = ["ChromeBlock", "PageChromeChecker", "detect_chrome"]


def __getattr__(name: str) -> Any:
    if name == "PageChromeChecker":
        from newscheck.checkers.page_chrome.checker import PageChromeChecker  # noqa: PLC0415

        return PageChromeChecker
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
