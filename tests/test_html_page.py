"""The reviewer page (--format html) in a real headless chromium: highlights land on the
flagged words even after curly quotes and emoji, filters work, hostile copy runs nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, OtherWordChecker, WordChecker
from headless_chromium import Browser, find_chromium
from newscheck import Article, Engine, Settings
from newscheck.formats.html import render_html
from newscheck.models import Report

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary: install Debian's 'chromium' package (.ci/run does in CI)",
)

TRICKY = Article(
    id="tricky",
    title="Ferry “alpha” service resumes: alpha",
    body=(
        "The 🚢 ferry’s crew said “we’re back” and alpha returned 👩‍👩‍👧.\r\n"  # noqa: RUF001 (curly quotes are the point)
        "Second line 🇬🇧 with ferry and alpha.\n\n"
        "A paragraph with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 then alpha at the end: alpha"  # noqa: RUF001
    ),
)
HOSTILE = Article(
    id="hostile",
    title="<script>window.__pwned='title'</script> alpha",
    body=(
        "alpha <script>window.__pwned = 'body'; alert(1)</script>\n"
        '<img src=x onerror="window.__pwned=\'img\'"> and "><svg onload=alert(2)> alpha\n'
        "</mark></div><script>window.__pwned='close'</script> --> ]]> alpha"
    ),
)


def _engine() -> Engine:
    settings = Settings.model_validate({"checkers": {"other": {"word": "ferry"}}})
    return Engine(settings, checkers={"word": WordChecker, "other": OtherWordChecker})


def _page(tmp_path: Path, *articles: Article) -> tuple[Path, list[Report]]:
    engine = _engine()
    reports = [engine.check(a) for a in articles]
    page = tmp_path / "report.html"
    page.write_text(render_html(list(zip(articles, reports, strict=True))), encoding="utf-8")
    return page, reports


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("no chromium binary: install Debian's 'chromium' package")
    b = Browser(CHROMIUM)
    try:
        yield b
    finally:
        b.close()


# Each mark: its finding keys, its text, and its offset in code points within its field.
MARKS_JS = """
Array.from(document.querySelectorAll('[data-field] mark')).map(function(m){
  var field=m.closest('[data-field]');
  var range=document.createRange();
  range.setStart(field,0);range.setEnd(m,0);
  return {keys:m.dataset.findings, text:m.textContent, field:field.dataset.field,
          offset:Array.from(range.toString()).length};
})
"""


@needs_chromium
def test_highlights_land_on_the_exact_words_after_quotes_and_emoji(
    browser: Browser, tmp_path: Path
) -> None:
    page, (report,) = _page(tmp_path, TRICKY)
    assert len(report.findings) >= 7
    browser.open(page)
    marks = browser.evaluate(MARKS_JS)
    by_key = {m["keys"]: m for m in marks}
    assert len(marks) == len(report.findings)
    for i, finding in enumerate(report.findings):
        mark = by_key[f"r0-f{i}"]
        assert (mark["field"], mark["text"], mark["offset"]) == (
            finding.field,
            finding.text,
            finding.start,
        )
    # The field's text in the page is the article's, character for character.
    body = browser.evaluate("document.querySelector('[data-field=body]').textContent")
    assert body == TRICKY.body


@needs_chromium
def test_filters_by_checker_and_severity_hide_list_items_and_highlights(
    browser: Browser, tmp_path: Path
) -> None:
    page, (report,) = _page(tmp_path, TRICKY)
    ferries = sum(f.checker == "other" for f in report.findings)
    assert 0 < ferries < len(report.findings)
    browser.open(page)
    visible = """[document.querySelectorAll('li.finding:not(.hidden)').length,
                  document.querySelectorAll('mark:not(.off)').length]"""
    assert browser.evaluate(visible) == [len(report.findings)] * 2
    browser.evaluate(
        "var s=document.getElementById('filter-checker');s.value='other';"
        "s.dispatchEvent(new Event('change'))"
    )
    assert browser.evaluate(visible) == [ferries, ferries]
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('mark:not(.off)')).every(m=>m.textContent==='ferry')"
    )
    browser.evaluate(
        "document.getElementById('filter-checker').value='';"
        "var b=document.querySelector('input.filter-severity[value=warning]');"
        "b.checked=false;b.dispatchEvent(new Event('change'))"
    )
    assert browser.evaluate(visible) == [0, 0]  # every test finding is a warning


@needs_chromium
def test_hostile_article_runs_nothing_and_shows_as_text(browser: Browser, tmp_path: Path) -> None:
    page, _ = _page(tmp_path, HOSTILE)
    browser.open(page)
    state = browser.evaluate(
        """JSON.stringify({pwned: window.__pwned === undefined ? null : window.__pwned,
            scripts: document.scripts.length, imgs: document.images.length,
            svgs: document.querySelectorAll('svg').length,
            title: document.querySelector('[data-field=title]').textContent,
            body: document.querySelector('[data-field=body]').textContent})"""
    )
    seen = json.loads(state)
    assert seen == {
        "pwned": None,
        "scripts": 1,
        "imgs": 0,
        "svgs": 0,
        "title": HOSTILE.title,
        "body": HOSTILE.body,
    }
    dialogs = [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert dialogs == []


def test_page_is_self_contained_and_escapes_text(tmp_path: Path) -> None:
    page, _ = _page(tmp_path, HOSTILE)
    html = page.read_text(encoding="utf-8")
    assert html.count("<script>") == 1
    for reference in ("src=", 'href="http', "@import", "url("):
        assert reference not in html.replace("src=x", "")
    assert "&lt;script&gt;window.__pwned" in html


@needs_chromium
@pytest.mark.skipif(
    not os.environ.get("NEWSCHECK_SCREENSHOT"), reason="set NEWSCHECK_SCREENSHOT=1 to refresh"
)
def test_refresh_docs_screenshot_of_a_seed_article(browser: Browser, tmp_path: Path) -> None:
    """Refreshes docs/html-report.png from the CLI's page for a seed article."""
    import subprocess
    import sys

    seed = FIXTURES / "seeds" / "north-korea-missile-japan.txt"
    page = tmp_path / "seed.html"
    with page.open("wb") as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "newscheck",
                "check",
                "--format",
                "html",
                str(seed.relative_to(ROOT)),
            ],
            stdout=out,
            cwd=ROOT,
            check=False,
            timeout=300,
        )
    browser.open(page)
    (ROOT / "docs" / "html-report.png").write_bytes(browser.screenshot(1280, 1000))
