"""Loaders: every format, the bad-input rules, and exact character preservation."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscheck.article import Article
from newscheck.loaders import (
    FORMATS,
    LoadError,
    detect_format,
    iter_articles,
    load_article,
    load_text,
)
from newscheck.loading.source import os_error

DATA = Path(__file__).parent / "data" / "loaders"
EXAMPLE = Path(__file__).parents[1] / "fixtures" / "example-article.html"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def error_of(call: Callable[[], object]) -> LoadError:
    """The LoadError ``call`` raises, checked to be a single line."""
    with pytest.raises(LoadError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message and message.strip() == message
    return info.value


def load_error(path: Path | str, **options: int) -> str:
    return str(error_of(lambda: load_article(path, **options)))  # type: ignore[arg-type]


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


# --- plain text ---------------------------------------------------------------------------


def test_txt_first_line_then_blank_line_is_the_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Council backs lane\n\n\nThe council voted.\nIt was close.\n")
    article = load_article(path)
    assert article.title == "Council backs lane"
    assert article.body == "The council voted.\nIt was close."
    assert article.path == str(path)


def test_txt_without_blank_second_line_is_all_body(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", "Line one\nLine two\n\nLine three\n"))
    assert article.title == ""
    assert article.body == "Line one\nLine two\n\nLine three"


def test_txt_single_paragraph_with_trailing_blank_lines_is_all_body(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", "Only one paragraph here.\n\n\n"))
    assert (article.title, article.body) == ("", "Only one paragraph here.")


def test_txt_leading_blank_line_means_no_title(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", "\n\nFirst para\n\nSecond para"))
    assert (article.title, article.body) == ("", "First para\n\nSecond para")


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.eml", "Subject line\n\nBody text."))
    assert (article.title, article.body) == ("Subject line", "Body text.")


def test_crlf_is_kept_inside_the_body_and_cut_from_the_title(tmp_path: Path) -> None:
    raw = "Title here\r\n\r\nPara one.\r\nPara two.\r\n"
    article = load_article(write(tmp_path, "a.txt", raw))
    assert article.title == "Title here"
    assert article.body == "Para one.\r\nPara two."
    assert article.body in raw


def test_exact_characters_are_preserved(tmp_path: Path) -> None:
    body = (
        "\u201cIt\u2019s done,\u201d she said \u2014 \U0001f389\U0001f1ec\U0001f1e7 "
        "\U0001d518\U0001d52b\U0001d526 caf\u0065\u0301 \u00a0non-breaking \u200bzero-width "
        "\U0001f469\u200d\U0001f52c \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587\n\tindented line"
    )
    raw = f"\ufeffA \u2018quoted\u2019 title \U0001f600\n\n{body}\n"
    article = load_article(write(tmp_path, "a.txt", raw))
    assert article.title == "A \u2018quoted\u2019 title \U0001f600"
    assert article.body == body
    json_path = write(tmp_path, "a.json", json.dumps({"title": "t", "text": body + "\n"}))
    assert load_article(json_path).body == body + "\n"  # explicit fields are kept exactly


# --- markdown -----------------------------------------------------------------------------


def test_markdown_front_matter_sets_metadata_and_keeps_the_heading() -> None:
    article = load_article(DATA / "front-matter.md")
    assert article.title == "Harbour board approves new ferry timetable"
    assert article.id == "harbour-2024-117"
    assert article.byline == "Sam Ortiz"
    assert article.published == "2024-06-03"
    assert article.url == "https://news.example/harbour/ferry-timetable"
    assert article.language == "en-US"
    assert article.body.startswith("# A heading that stays in the body\n\nThe harbour board")
    assert "**summer ferry timetable**" in article.body
    assert article.body.endswith("said board chair Lena Hart.")


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    raw = "\n# Storm closes   pier #\n\nThe pier *closed* on Friday.\n\n## Background\n\nMore.\n"
    article = load_article(write(tmp_path, "a.md", raw))
    assert article.title == "Storm closes   pier"
    assert article.body == "The pier *closed* on Friday.\n\n## Background\n\nMore."


def test_markdown_front_matter_without_title_uses_heading(tmp_path: Path) -> None:
    raw = "---\nbyline: Jo Lee\npublished: '2024-02-02'\n---\n# Heading title\nBody.\n"
    article = load_article(write(tmp_path, "a.markdown", raw))
    assert (article.title, article.body) == ("Heading title", "Body.")
    assert (article.byline, article.published) == ("Jo Lee", "2024-02-02")


def test_markdown_setext_heading_is_the_title(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "Setext title\n============\n\nBody.\n"))
    assert (article.title, article.body) == ("Setext title", "Body.")


def test_markdown_h2_or_plain_first_line_is_not_a_title(tmp_path: Path) -> None:
    assert load_article(write(tmp_path, "a.md", "## Sub\n\nBody.")).title == ""
    assert load_article(write(tmp_path, "b.md", "Plain first line\n\nBody.")).title == ""


def test_markdown_unclosed_front_matter_is_body(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "---\ntitle: nope\nStory text.\n"))
    assert article.title == ""
    assert article.body == "---\ntitle: nope\nStory text."


def test_markdown_crlf_front_matter(tmp_path: Path) -> None:
    raw = "---\r\ntitle: CRLF title\r\n---\r\n\r\nLine one.\r\nLine two.\r\n"
    article = load_article(write(tmp_path, "a.md", raw))
    assert (article.title, article.body) == ("CRLF title", "Line one.\r\nLine two.")


def test_markdown_heading_only_is_empty(tmp_path: Path) -> None:
    message = load_error(write(tmp_path, "a.md", "# Only a heading\n"))
    assert message == "{} is empty: it has a title but no body text".format(tmp_path / "a.md")


# --- HTML ---------------------------------------------------------------------------------


def test_example_article_returns_the_story_only() -> None:
    article = load_article(EXAMPLE)
    assert article.title == "Riverton council approves protected cycle lane on Mill Road"
    assert article.byline == "Priya Nair"
    assert article.published == "2024-05-14"
    assert article.language == "en-GB"
    assert article.url is not None and article.url.endswith("/mill-road-cycle-lane-approved")
    assert article.body.startswith("Riverton\u2019s council has approved a protected cycle lane")
    assert "\u201cWe are not against bikes,\u201d he said." in article.body
    assert article.body.endswith("coming from the council\u2019s own budget.")
    assert not article.body.startswith(article.title)
    for chrome in (
        "Home",
        "Sport",
        "Related stories",
        "New bus timetable",
        "All rights",
        "Privacy",
        "cookies",
        "dataLayer",
        "gtag",
        "console.log",
        "Share on",
    ):
        assert chrome not in article.body, chrome


def test_hostile_html_drops_scripts_and_handlers() -> None:
    article = load_article(DATA / "hostile.html")
    assert article.title == "Pier reopens after storm repairs"
    assert "The town pier reopened on Saturday" in article.body
    assert "40 timber supports" in article.body
    for bad in ("alert", "INJECTED", "javascript", "onerror", "enable JavaScript", "<"):
        assert bad not in article.body, bad


def test_html_with_only_script_and_img_has_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", "<script>alert(1)</script><img src=x onerror=alert(1)>")
    assert load_error(path) == f"no article text found in {path}"


def test_not_html_in_an_html_file_is_read_as_text(tmp_path: Path) -> None:
    text = "Plain words in an .html file, with no markup at all. Still a story."
    assert load_article(write(tmp_path, "a.htm", text)).body == text


def test_html_fragment_without_html_tag(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", "<p>A fragment paragraph with a handful of words.</p>")
    assert load_article(path).body == "A fragment paragraph with a handful of words."


def test_html_meta_charset_is_honoured_when_not_utf8(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 opens</title></head>'
        "<body><article><p>The caf\u00e9 \u201cBean\u201d opened on Monday to long queues."
        "</p></article></body></html>"
    )
    article = load_article(write(tmp_path, "a.html", page.encode("cp1252")))
    assert article.title == "Caf\u00e9 opens"
    assert article.body == "The caf\u00e9 \u201cBean\u201d opened on Monday to long queues."


@pytest.mark.parametrize(
    "markup",
    [
        "<span>x</span>" * 750_000,  # 10 MB of tags
        "<html><body>" + "<div>" * 40_000 + "</div>" * 40_000 + "</body></html>",
        "<p>" + "<b>text</b>" * 31_000 + "</p>",
    ],
    ids=["10MB-of-tags", "deep-nesting", "just-over-element-cap"],
)
def test_markup_floods_are_refused_quickly(tmp_path: Path, markup: str) -> None:
    path = write(tmp_path, "a.html", markup)
    start = time.perf_counter()
    message = load_error(path, max_chars=10_000_000)
    assert time.perf_counter() - start < 30  # a hang guard, not a speed target (see benchmarks)
    assert "too much markup" in message or "no article text found" in message


def test_deep_but_legal_nesting_gives_text_or_clear_error(tmp_path: Path) -> None:
    markup = "<html><body>" + "<div>" * 5_000 + "<p>Deep words.</p>" + "</div>" * 5_000
    path = write(tmp_path, "a.html", markup)
    item = next(iter_articles(path))
    assert isinstance(item, Article | LoadError)


# --- JSON ---------------------------------------------------------------------------------


def test_json_article(tmp_path: Path) -> None:
    record = {
        "id": "x-1",
        "title": "Title",
        "text": "Body text.",
        "byline": "By Lee",
        "url": "https://x.example/1",
        "published": "2024-01-02",
        "language": "en",
        "section": ["ignored", "unknown key"],
    }
    article = load_article(write(tmp_path, "a.json", json.dumps(record)))
    assert article.model_dump() == {
        **{key: value for key, value in record.items() if key not in ("text", "section")},
        "body": "Body text.",
        "path": str(tmp_path / "a.json"),
    }


def test_json_body_key_numeric_id_and_nulls(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", '{"id": 42, "body": "B.", "title": null, "url": null}')
    article = load_article(path)
    assert (article.id, article.title, article.body, article.url) == ("42", "", "B.", None)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"text": 5}', "'text' must be a string, not a number"),
        ('{"body": null}', "'body' must be a string, not null"),
        ('{"text": "x", "title": ["a"]}', "'title' must be a string, not an array"),
        ('{"text": "x", "byline": {"n": 1}}', "'byline' must be a string, not an object"),
        ('{"text": "x", "id": true}', "'id' must be a string or a whole number, not a boolean"),
        ('{"title": "x"}', "missing 'text' (or 'body')"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('"just a string"', "expected a JSON object, got a string"),
        ('{"text": "\\ud800 lone"}', "the body has an unpaired surrogate (\\ud800 at character 0)"),
    ],
)
def test_json_wrong_shapes_name_the_key(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path, "a.json", content)
    assert load_error(path) == f"{path}: {problem}"


def test_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", '{\n  "text": "x",\n  "title": \n}')
    assert load_error(path) == f"{path} is not valid JSON: Expecting value (line 4, column 1)"


@pytest.mark.parametrize("content", ["[" * 100_000, '{"id": ' + "9" * 5000 + "}"])
def test_pathological_json_is_a_load_error(tmp_path: Path, content: str) -> None:
    assert "is not valid JSON" in load_error(write(tmp_path, "a.json", content))


def test_json_blank_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", '{"title": "T", "text": "  \\n "}')
    assert load_error(path) == f"{path} is empty: it has a title but no body text"


# --- JSONL corpora ------------------------------------------------------------------------


def test_jsonl_broken_line_in_the_middle_loses_nothing_else() -> None:
    items = list(iter_articles(DATA / "corpus.jsonl"))
    assert len(items) == 3
    first, broken, last = items
    assert isinstance(first, Article) and first.id == "a1" and first.byline == "Ana Ruiz"
    assert isinstance(broken, LoadError)
    assert str(broken).startswith(f"{DATA / 'corpus.jsonl'} line 3 is not valid JSON: ")
    assert (broken.line, broken.path) == (3, str(DATA / "corpus.jsonl"))
    assert isinstance(last, Article)
    assert last.id == "corpus.jsonl:4"  # no id: file name and line number
    assert (last.title, last.body) == ("No id here", "Market traders welcomed the decision.")
    assert last.path == str(DATA / "corpus.jsonl")


def test_jsonl_every_kind_of_bad_line(tmp_path: Path) -> None:
    lines = [
        b'\xef\xbb\xbf{"text": "bom line"}',
        b'{"text": "caf\xe9"}',
        b'{"text": 12}',
        b'{"title": "no text"}',
        b'{"text": "' + b"y" * 200 + b'"}',
        b'{"text": "   "}',
        b"   ",
        b'{"text": "last",\r',
    ]
    path = write(tmp_path, "c.jsonl", b"\n".join(lines) + b'\n{"text": "end"}\r\n')
    items = list(iter_articles(path, max_chars=100))
    messages = [str(item) if isinstance(item, LoadError) else item.body for item in items]
    assert messages == [
        "bom line",
        f"{path} line 2 is not valid UTF-8 (byte 0xe9 at offset 37)",
        f"{path} line 3: 'text' must be a string, not a number",
        f"{path} line 4: missing 'text' (or 'body')",
        f"{path} line 5 is too long: 200 characters, over the limit of 100 "
        "(setting max_article_chars)",
        f"{path} line 6 is empty",
        f"{path} line 8 is not valid JSON: Expecting property name enclosed in double quotes "
        "(column 18)",
        "end",
    ]


def test_jsonl_overlong_line_is_skipped_and_the_next_loads(tmp_path: Path) -> None:
    content = b'{"text": "' + b"z" * 5000 + b'"}\n{"text": "after"}\n'
    items = list(iter_articles(write(tmp_path, "c.jsonl", content), max_chars=100))
    assert isinstance(items[0], LoadError) and "line 1 is too large" in str(items[0])
    assert "max_article_chars" in str(items[0])
    assert isinstance(items[1], Article) and items[1].body == "after"
    assert items[1].id == "c.jsonl:2"


def test_jsonl_gz_corpus(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"text": "one"}\n{"text": "two"}\n')
    assert [getattr(item, "body", None) for item in iter_articles(path)] == ["one", "two"]


def test_truncated_gzip_corpus_reports_and_stops(tmp_path: Path) -> None:
    data = gzip.compress(b'{"text": "one"}\n' * 2000)
    items = list(iter_articles(write(tmp_path, "c.jsonl.gz", data[: len(data) // 2])))
    assert isinstance(items[-1], LoadError) and "cannot be read after line" in str(items[-1])
    assert all(isinstance(item, Article) for item in items[:-1])


def test_jsonl_binary_or_empty_corpus_gives_one_error(tmp_path: Path) -> None:
    gz = write(tmp_path, "c.jsonl", gzip.compress(b'{"text": "x"}\n'))
    assert [str(item) for item in iter_articles(gz)] == [
        f"{gz} looks like a binary file, not an article (gzip-compressed? name it .jsonl.gz)"
    ]
    empty = write(tmp_path, "e.jsonl", "\n  \n")
    assert [str(item) for item in iter_articles(empty)] == [f"{empty} is empty"]


def test_load_article_refuses_a_corpus(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", '{"text": "x"}\n')
    assert "iter_articles()" in load_error(path)


def test_iter_articles_yields_one_item_for_single_files(tmp_path: Path) -> None:
    good = write(tmp_path, "a.txt", "Body.")
    assert [item.body for item in iter_articles(good) if isinstance(item, Article)] == ["Body."]
    items = list(iter_articles(tmp_path / "missing.md"))
    assert len(items) == 1 and isinstance(items[0], LoadError)


def test_iter_articles_checks_arguments_eagerly(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        iter_articles(tmp_path / "x", format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_chars must be positive"):
        iter_articles(tmp_path / "x", max_chars=0)


# --- decoding and bad input ---------------------------------------------------------------


def test_bom_is_removed(tmp_path: Path) -> None:
    assert load_article(write(tmp_path, "a.txt", b"\xef\xbb\xbfT\n\nB")).title == "T"
    assert load_article(write(tmp_path, "a.json", b'\xef\xbb\xbf{"text": "B"}')).body == "B"


def test_invalid_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfCaf\xe9 society")
    assert load_error(path) == f"{path} is not valid UTF-8 (byte 0xe9 at offset 6)"


def test_utf16_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Hello".encode("utf-16"))
    assert load_error(path) == f"{path} is UTF-16 text; save it as UTF-8"


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n\x00\x01", bytes(range(1, 32)) * 20],
)
def test_binary_files_are_refused(tmp_path: Path, content: bytes) -> None:
    for name in ("a.txt", "a.html", "a.json", "a.md"):
        path = write(tmp_path, name, content)
        assert load_error(path) == f"{path} looks like a binary file, not an article"


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  ", b"\xef\xbb\xbf", "\u3000\n".encode()])
def test_empty_and_whitespace_only_files(tmp_path: Path, content: bytes) -> None:
    for name in ("a.txt", "a.md", "a.html", "a.json"):
        path = write(tmp_path, name, content)
        assert load_error(path) == f"{path} is empty"


def test_text_over_the_limit_names_the_setting(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "word " * 30)
    assert load_error(path, max_chars=100) == (
        f"{path} is too long: 149 characters, over the limit of 100 (setting max_article_chars)"
    )


def test_ten_megabytes_over_the_limit_is_refused_fast(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"All work and no play. " * 476_663)  # 10 MB
    message = load_error(path)
    # trailing white space is not part of the body: one character fewer than the file
    assert message.startswith(f"{path} is too long: 10,486,585 characters")
    assert "max_article_chars" in message
    message = load_error(path, max_chars=100_000)  # over the raw cap: refused unread
    assert message == (
        f"{path} is too large: 10,486,586 bytes, over 1,000,000 "
        "(the limit is 10 times setting max_article_chars)"
    )


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert load_error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'} does not exist"
    assert load_error(tmp_path) == f"{tmp_path} is a directory, not an article file"
    assert [str(item) for item in iter_articles(tmp_path / "x.jsonl")] == [
        f"{tmp_path / 'x.jsonl'} does not exist"
    ]
    assert "not a valid file name" in load_error("bad\x00name.txt")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "x")
    path.chmod(0)
    assert load_error(path) == f"{path} cannot be read: permission denied"


def test_os_errors_become_load_errors() -> None:
    assert str(os_error("a.txt", PermissionError(13, "Permission denied"))) == (
        "a.txt cannot be read: permission denied"
    )
    assert str(os_error("a.txt", OSError(5, "Input/output error"))) == (
        "a.txt cannot be read: Input/output error"
    )


def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, "line\nbreak.txt", "")
    assert load_error(path) == f"{tmp_path}/line\\x0abreak.txt is empty"


# --- stdin --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "title", "body"),
    [
        (b"Piped title\n\nPiped body.\n", "Piped title", "Piped body."),
        (b'  {"title": "J", "text": "Json body."}', "J", "Json body."),
        (b"---\ntitle: M\n---\nMd body.", "M", "Md body."),
        (
            b"<!DOCTYPE html><html><body><p>Html body text here.</p></body></html>",
            "",
            "Html body text here.",
        ),
    ],
    ids=["txt", "json", "md", "html"],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, title: str, body: str
) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    article = load_article("-")
    assert (article.title, article.body, article.path) == (title, body, "-")


def test_stdin_format_override_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"# Heading\n\nbody"))
    assert load_article("-", format="txt").title == "# Heading"
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"# Heading\n\nbody"))
    assert load_article("-").title == "Heading"  # sniffed as Markdown
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"\xff\xfe\x00"))
    assert str(error_of(lambda: load_article("-"))) == "<stdin> is UTF-16 text; save it as UTF-8"
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"x" * 1001))
    assert str(error_of(lambda: load_article("-", max_chars=100))) == (
        "<stdin> is too large: more than 1,000 bytes "
        "(the limit is 10 times setting max_article_chars)"
    )


def test_stdin_jsonl_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b'{"text": "a"}\n{"text": 1}\n'))
    items = list(iter_articles("-", format="jsonl"))
    assert isinstance(items[0], Article) and items[0].id == "<stdin>:1"
    assert str(items[1]) == "<stdin> line 2: 'text' must be a string, not a number"


# --- load_text and helpers ----------------------------------------------------------------


def test_load_text_keeps_text_exactly() -> None:
    text = "  Leading space and trailing newline\r\n"
    article = load_text(text, title="T", id="t1")
    assert (article.body, article.title, article.id, article.path) == (text, "T", "t1", None)
    assert str(error_of(lambda: load_text(" \n"))) == "text is empty"
    assert "text is too long: 11 characters" in str(
        error_of(lambda: load_text("x" * 11, max_chars=10))
    )


def test_detect_format() -> None:
    assert detect_format("-") is None
    assert [detect_format(f"a.{ext}") for ext in ("TXT", "md", "htm", "json", "ndjson")] == [
        "txt",
        "md",
        "html",
        "json",
        "jsonl",
    ]
    assert detect_format(Path("c.jsonl.GZ")) == "jsonl"
    assert detect_format("notes") == "txt"
    assert set(FORMATS) == {"txt", "md", "html", "json", "jsonl"}


# --- properties ---------------------------------------------------------------------------

_SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".html", ".xyz"]
_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(data=st.binary(max_size=600), suffix=st.sampled_from(_SUFFIXES))
def test_arbitrary_bytes_only_ever_give_load_errors(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = write(tmp_path, f"fuzz{suffix}", data)
    try:
        article = load_article(path, max_chars=400)
    except LoadError as exc:
        assert "\n" not in str(exc)
    else:
        assert article.body.strip()
    for item in iter_articles(path, max_chars=400):
        assert isinstance(item, Article | LoadError)


# Any text but lone surrogates and control characters (which read as binary data).
_TEXTY = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\t\n\r\x0b\x0c"),
    max_size=300,
)


@_SETTINGS
@given(text=_TEXTY, suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))
def test_arbitrary_text_only_ever_gives_load_errors(tmp_path: Path, text: str, suffix: str) -> None:
    path = write(tmp_path, f"fuzz{suffix}", text)
    for item in iter_articles(path):
        assert isinstance(item, Article | LoadError)


@_SETTINGS
@given(text=_TEXTY, markdown=st.booleans())
def test_text_fields_are_exact_slices_of_the_file(
    tmp_path: Path, text: str, markdown: bool
) -> None:
    path = write(tmp_path, "fuzz.md" if markdown else "fuzz.txt", text)
    item = next(iter_articles(path))
    if isinstance(item, Article):
        assert item.body in text and item.title in text
        assert item.body == item.body.rstrip()


@_SETTINGS
@given(body=_TEXTY.filter(str.strip), title=_TEXTY, ascii_only=st.booleans())
def test_json_round_trip_is_exact(tmp_path: Path, body: str, title: str, ascii_only: bool) -> None:
    record = json.dumps({"title": title, "text": body}, ensure_ascii=ascii_only)
    path = write(tmp_path, "r.jsonl", f"{record}\n{record}\n")
    items = list(iter_articles(path))
    assert [(item.title, item.body) for item in items if isinstance(item, Article)] == [
        (title, body),
        (title, body),
    ]
