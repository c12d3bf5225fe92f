"""A self-contained reviewer page: the article with each finding highlighted at its span.

Rendered from (Article, Report) pairs because a report does not carry the body. The page has
no external assets (inline CSS and one inline script, allowed by hash in a Content Security
Policy), so it can be mailed or attached to a ticket. Every piece of article text is escaped,
and the policy forbids any other script, so hostile copy cannot run in a reviewer's browser.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape
from itertools import pairwise

from newscheck.article import Article
from newscheck.models import Finding, Report, Severity, Status

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header.page{padding:.6em 1.2em;background:#222;color:#fff}
.controls{padding:.6em 1.2em;background:#eee;border-bottom:1px solid #ccc}
.controls label{margin-right:1.2em}
section.report{padding:1em 1.2em;border-bottom:2px solid #ccc}
.verdict{display:inline-block;padding:.1em .6em;border-radius:4px;color:#fff;font-weight:bold}
.verdict-pass{background:#2e7d32}.verdict-warn{background:#b26a00}.verdict-fail{background:#c62828}
.layout{display:flex;gap:1.5em;align-items:flex-start}
.copy{flex:3;background:#fff;padding:1em;border:1px solid #ddd;max-width:48em}
.field{white-space:pre-wrap;overflow-wrap:anywhere}
h2.field{font-size:1.4em;margin:0 0 .8em}
aside{flex:2;min-width:16em}
ol.findings{padding-left:1.2em}
ol.findings li{margin-bottom:.7em}
ol.findings li.hidden,table tr.hidden{display:none}
mark{background:#fff3b0;border-bottom:2px solid #b26a00;padding:0 1px}
mark.sev-error{background:#ffd6d6;border-color:#c62828}
mark.sev-info{background:#e3f0ff;border-color:#1565c0}
mark.off{background:none;border-color:transparent}
mark:target,mark.focus{outline:2px solid #000}
.rule{font-family:ui-monospace,monospace;font-weight:bold}
.sev{font-size:.8em;text-transform:uppercase;color:#555}
.suggestion{color:#2e7d32}
table.scores{border-collapse:collapse;margin:.6em 0}
table.scores td,table.scores th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
.error{color:#c62828;font-weight:bold}
"""

_SCRIPT = """
(function(){
  var checker=document.getElementById('filter-checker');
  var boxes=document.querySelectorAll('input.filter-severity');
  function apply(){
    var sev={};boxes.forEach(function(b){sev[b.value]=b.checked;});
    var want=checker.value,shown={};
    document.querySelectorAll('li.finding').forEach(function(li){
      var on=(!want||li.dataset.checker===want)&&sev[li.dataset.severity];
      li.classList.toggle('hidden',!on);if(on){shown[li.dataset.key]=true;}
    });
    document.querySelectorAll('mark').forEach(function(m){
      var on=m.dataset.findings.split(' ').some(function(k){return shown[k];});
      m.classList.toggle('off',!on);
    });
  }
  checker.addEventListener('change',apply);
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
"""


def render_html(pairs: Sequence[tuple[Article | None, Report]]) -> str:
    """One page for all the reports, in input order."""
    checkers = sorted({c.name for _, r in pairs for c in r.checkers})
    sections = "\n".join(_section(i, a, r) for i, (a, r) in enumerate(pairs))
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{script_hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    first = pairs[0][1] if pairs else None
    title = _name(first) if first is not None and len(pairs) == 1 else f"{len(pairs)} articles"
    options = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in checkers)
    boxes = "".join(
        f'<label><input type="checkbox" class="filter-severity" value="{s.value}" checked> '
        f"{s.value}</label>"
        for s in _SEVERITIES
    )
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>newscheck: {escape(title)}</title>\n<style>{_STYLE}</style></head>\n<body>\n"
        f'<header class="page"><strong>newscheck</strong> review: {escape(title)}</header>\n'
        '<div class="controls"><label>Checker <select id="filter-checker">'
        f'<option value="">all</option>{options}</select></label> Severity: {boxes}</div>\n'
        f"{sections}\n<script>{_SCRIPT}</script>\n</body></html>\n"
    )


def _name(report: Report) -> str:
    return report.article.title or report.article.path or report.article.id or "Article"


def _section(index: int, article: Article | None, report: Report) -> str:
    head = f'<section class="report" id="r{index}">\n'
    where = report.article.path or report.article.id or ""
    label = f"<p>{escape(where)}</p>\n" if where else ""
    if report.error is not None:
        return f'{head}{label}<p class="error">Not checked: {escape(report.error)}</p>\n</section>'
    verdict = report.verdict.value
    state = "" if report.complete else ' <span class="error">incomplete: a checker failed</span>'
    summary = (
        f'<p><span class="verdict verdict-{verdict}">{verdict.upper()}</span> '
        f"score {report.score:.1f}/100, {report.article.words} words{state}</p>\n"
    )
    keyed = [(f"r{index}-f{i}", f) for i, f in enumerate(report.findings)]
    if article is not None:
        title = _field(article.title, "title", keyed)
        body = _field(article.body, "body", keyed)
        heading = f'<h2 class="field" data-field="title">{title}</h2>\n' if title else ""
        copy = (
            f'<article class="copy">{heading}'
            f'<div class="field" data-field="body">{body}</div></article>\n'
        )
    else:
        copy = '<article class="copy"><p>The article text is not available.</p></article>\n'
    return (
        f"{head}{label}{summary}{_scores(report)}"
        f'<div class="layout">{copy}<aside><h3>Findings ({len(keyed)})</h3>'
        f"{_finding_list(keyed)}</aside></div>\n</section>"
    )


def _scores(report: Report) -> str:
    rows = []
    for c in report.checkers:
        score = f"{c.score:.1f}" if c.status is Status.OK and c.score is not None else "—"
        status = c.status.value + (f": {c.error}" if c.error else "")
        rows.append(
            f'<tr data-checker="{escape(c.name)}"><td>{escape(c.name)}</td>'
            f"<td>{escape(status)}</td><td>{score}</td><td>{c.findings}</td></tr>"
        )
    return (
        '<table class="scores"><tr><th>Checker</th><th>Status</th><th>Score</th>'
        f"<th>Findings</th></tr>{''.join(rows)}</table>\n"
    )


def _finding_list(keyed: list[tuple[str, Finding]]) -> str:
    items = []
    for key, f in keyed:
        suggestion = (
            f' <span class="suggestion">Suggestion: {escape(" / ".join(f.suggestions))}</span>'
            if f.suggestions
            else ""
        )
        items.append(
            f'<li class="finding" id="{key}" data-key="{key}" data-checker="{escape(f.checker)}"'
            f' data-severity="{f.severity.value}" data-field="{f.field}" data-start="{f.start}"'
            f' data-end="{f.end}"><a class="rule" href="#{key}-m">{escape(f.rule)}</a> '
            f'<span class="sev">{f.severity.value}</span> {escape(f.name)} '
            f"({f.field} {f.line}:{f.column})<br>“{escape(f.text)}”: {escape(f.message)}"
            f"{suggestion}</li>"
        )
    return f'<ol class="findings">{"".join(items)}</ol>'


def _field(text: str, field: str, keyed: list[tuple[str, Finding]]) -> str:
    """The field's text with a ``<mark>`` on every stretch that findings cover.

    Spans may overlap, so the text is cut at every span edge and each piece is marked with
    all the findings covering it; the first piece of a finding carries its anchor id.
    """
    own = [(k, f) for k, f in keyed if f.field == field and f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for _, f in own), *(f.end for _, f in own)})
    out: list[str] = []
    anchored: set[str] = set()
    for lo, hi in pairwise(cuts):
        covering = [(k, f) for k, f in own if f.start <= lo and hi <= f.end]
        piece = _text(text[lo:hi])
        if not covering:
            out.append(piece)
            continue
        worst = max(covering, key=lambda kf: kf[1].severity.rank)[1]
        starting = [k for k, f in covering if f.start == lo and k not in anchored]
        anchored.update(starting)
        ident = f' id="{starting[0]}-m"' if starting else ""
        out.extend(f'<span id="{k}-m"></span>' for k in starting[1:])
        keys = " ".join(k for k, _ in covering)
        tip = "; ".join(f"{f.rule}: {f.message}" for _, f in covering)
        out.append(
            f'<mark{ident} class="sev-{worst.severity.value}" data-findings="{keys}" '
            f'title="{escape(tip)}">{piece}</mark>'
        )
    return "".join(out)


def _text(text: str) -> str:
    """Escaped article text; a carriage return as a reference, since HTML parsing would
    turn a literal CR LF into LF and shift every later highlight by one."""
    return escape(text).replace("\r", "&#13;")
