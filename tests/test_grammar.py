"""Grammar checker (GR): Harper offline, LanguageTool through the real client and a stub server.

The LanguageTool tests run language-tool-python against tests/languagetool_stub.py on
127.0.0.1, so offsets, errors and the public-API opt-in are tested end to end with no
network and no LanguageTool download.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
from typing import Any

import pytest

from languagetool_stub import Behaviour, Plant, StubServer
from newscheck.article import Article
from newscheck.checker import CheckerSetup
from newscheck.checkers.grammar import GrammarChecker
from newscheck.checkers.grammar.options import URL_ENV
from newscheck.config import ConfigError, Settings
from newscheck.engine import Engine
from newscheck.models import Report, Status

CLEAN = (
    "The council approved the new budget on Tuesday after a long debate. The leader said "
    "the plan would protect jobs and services, while the opposition warned that taxes "
    "would rise next year. Officials expect the first payments to reach families in March."
)


@pytest.fixture(autouse=True)
def _no_configured_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their server; loopback requests never go through a proxy."""
    monkeypatch.delenv(URL_ENV, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def engine(variety: str = "en-US", select: list[str] | None = None, **options: Any) -> Engine:
    settings = Settings(variety=variety, select=select or [], checkers={"grammar": dict(options)})
    return Engine(settings, checkers={"grammar": GrammarChecker})


def check(text: str, **kwargs: Any) -> Report:
    return engine(**kwargs).check(Article(body=text))


def grammar_result(report: Report) -> Any:
    (result,) = [r for r in report.checkers if r.name == "grammar"]
    return result


def found(report: Report) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in report.findings]


# --- Harper, offline -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors denied any criminal criminal activity.", ("GR001", "criminal criminal")),
        ("The firm appointed a independent auditor.", ("GR002", "a")),
        ("He said an bid would follow.", ("GR002", "an")),
        ("Police said she were arrested on Monday.", ("GR003", "were")),
        ("The company said it have made a loss.", ("GR003", "have")),
        ("They was told to leave.", ("GR003", "was")),
        ("The regulator ruled on Monday. It say the advert misled viewers.", ("GR003", "say")),
        ("Demand has helped pushed prices higher.", ("GR004", "pushed")),
        ("Sales rose in March , the firm said.", ("GR006", " ")),
        ("The minister's annoucement came on Friday.", ("GR009", "annoucement")),
    ],
)
def test_harper_finds_real_slips(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(check(text))


def test_clean_copy_is_quiet() -> None:
    report = check(CLEAN, variety="en-GB")
    assert report.findings == []
    assert grammar_result(report).status is Status.OK


@pytest.mark.parametrize(
    "text",
    [
        "He is an MP and an FBI adviser, not a US official.",
        "It was an honour and an historic day for an unidentified donor.",
        "Adriano scored in Serie A on Sunday and Group A is open.",
        "Chart stars Duran Duran are back, and he had had enough.",
        "He beat Holm in the final and she cut the ribbon.",
        "The charges levelled against him are false, he said.",
        "If he were elected, he would resign, as it were.",
        "Did he have a choice? Made it have a point.",
        "The union insisted that he have the final say.",
        "The .com boom and the .post domain were discussed.",
    ],
)
def test_news_english_is_not_flagged(text: str) -> None:
    assert found(check(text, variety="en-GB")) == []


def test_findings_inside_direct_quotes_are_dropped_by_default() -> None:
    text = 'The coach said: "We was robbed and the the referee knew it."'
    report = check(text)
    assert report.findings == []
    assert grammar_result(report).metrics["in_quotes"] >= 2
    quoted = found(check(text, check_quotes=True))
    assert ("GR001", "the the") in quoted
    assert ("GR003", "was") in quoted


def test_variety_of_english_is_the_configured_one() -> None:
    british = "The colour of the theatre was changed."
    american = "The color of the theater was changed."
    assert found(check(british, variety="en-GB")) == []
    assert found(check(american, variety="en-US")) == []
    assert ("GR011", "colour") in found(check(british, variety="en-US"))
    assert ("GR011", "color") in found(check(american, variety="en-GB"))


def test_names_are_checked_only_when_selected() -> None:
    text = "Prime Minister Tony Bliar said the plan would work."
    assert found(check(text)) == []
    assert ("GR010", "Bliar") in found(check(text, select=["GR010"]))


def test_dictionary_additions_silence_a_name() -> None:
    text = "The striker Zlatkovic scored twice."
    assert ("GR010", "Zlatkovic") in found(check(text, select=["GR010"]))
    assert found(check(text, select=["GR010"], words=["Zlatkovic"])) == []


def test_harper_rules_can_be_switched_by_name() -> None:
    text = "Prices rose 10-15% last year."
    assert found(check(text, select=["GR007"])) == [("GR007", "-")]
    assert found(check(text, select=["GR007"], harper_rules={"NumericRangeEnDash": False})) == []


def test_linter_is_built_on_first_check_and_per_thread() -> None:
    checker = GrammarChecker(CheckerSetup(options={}, variety="en-GB"))
    harper_backend = checker.backends[0]
    assert not hasattr(harper_backend._local, "state")  # type: ignore[attr-defined]
    eng = Engine(Settings(variety="en-GB"), checkers={"grammar": GrammarChecker})
    texts = [f"Report {i}: the the council said it have a plan." for i in range(6)]
    expected = [found(eng.check(t)) for t in texts]
    results: dict[int, list[tuple[str, str]]] = {}

    def work(i: int) -> None:
        results[i] = found(eng.check(texts[i]))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert [results[i] for i in range(len(texts))] == expected


def test_no_backend_is_skipped_with_the_reason() -> None:
    report = check(CLEAN, harper=False)
    result = grammar_result(report)
    assert result.status is Status.SKIPPED
    assert "languagetool_url" in (result.error or "")
    assert report.complete


# --- LanguageTool through the real client and the stub -----------------------------------

needs_lt = pytest.mark.skipif(
    importlib.util.find_spec("language_tool_python") is None,
    reason="needs the languagetool extra: pip install 'newscheck[languagetool]'",
)


def lt_check(text: str, lt: StubServer, **options: Any) -> Report:
    options.setdefault("harper", False)
    return check(text, languagetool_url=lt.url, **options)


@needs_lt
def test_languagetool_offsets_are_exact_after_astral_characters() -> None:
    body = "Fans 😀😀 cheered \U0001d49c lot. He ate a apple and the 🍎🍎 pie was gone."
    plants = [
        Plant("a apple", "EN_A_VS_AN", "MISC", "misspelling", ("an apple",)),
        Plant("🍎🍎 pie", "EMOJI_STYLE", "STYLE", "style", ("pie",)),
    ]
    with StubServer(Behaviour(plants=plants)) as lt:
        report = lt_check(body, lt, select=["GR002", "GR008"])
    assert grammar_result(report).status is Status.OK
    assert found(report) == [("GR002", "a apple"), ("GR008", "🍎🍎 pie")]
    for f in report.findings:
        assert body[f.start : f.end] == f.text


@needs_lt
def test_languagetool_sends_the_variety_and_drops_confusables() -> None:
    plants = [
        Plant("its", "IT_IS", "CONFUSED_WORDS", "misspelling", ("it's",)),
        Plant("he have", "HE_VERB_AGR", "GRAMMAR", "grammar", ("he has",)),
    ]
    with StubServer(Behaviour(plants=plants)) as lt:
        report = lt_check("The board said its view is that he have to go.", lt, variety="en-GB")
        form = lt.checks[0]
    assert found(report) == [("GR003", "he have")]
    assert form["language"] == ["en-GB"]
    assert "CONFUSED_WORDS" in form["disabledCategories"][0]


@needs_lt
def test_languagetool_spelling_respects_the_news_dictionary() -> None:
    plants = [
        Plant("eurozone", "MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", ("euro zone",)),
        Plant("reseach", "MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", ("research",)),
    ]
    with StubServer(Behaviour(plants=plants)) as lt:
        report = lt_check("New reseach on the eurozone economy.", lt)
    assert found(report) == [("GR009", "reseach")]


@needs_lt
def test_duplicates_between_backends_keep_the_more_specific() -> None:
    text = "The firm appointed a independent auditor."
    plants = [Plant("a independent", "SOME_GRAMMAR_RULE", "GRAMMAR", "grammar", ("an",))]
    with StubServer(Behaviour(plants=plants)) as lt:
        report = lt_check(text, lt, harper=True)
    assert found(report) == [("GR002", "a")]
    assert grammar_result(report).metrics["duplicates"] == 1


@needs_lt
def test_environment_variable_points_at_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    plants = [Plant("he have", "HE_VERB_AGR", "GRAMMAR", "grammar", ("he has",))]
    with StubServer(Behaviour(plants=plants)) as lt:
        monkeypatch.setenv(URL_ENV, lt.url)
        report = check("Officials said he have resigned.", harper=False)
    assert found(report) == [("GR003", "he have")]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@needs_lt
def test_refused_connection_is_an_error_not_a_clean_report() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    report = check(CLEAN, harper=False, languagetool_url=url)
    result = grammar_result(report)
    assert result.status is Status.ERROR
    assert url in (result.error or "")
    assert not report.complete


@needs_lt
def test_timeout_is_an_error() -> None:
    with StubServer(Behaviour(delay_s=2.0)) as lt:
        report = lt_check(CLEAN, lt, timeout_s=0.2)
    assert grammar_result(report).status is Status.ERROR


@needs_lt
@pytest.mark.parametrize(
    "behaviour",
    [
        Behaviour(status=500, body="Error: Internal Error: java.lang.RuntimeException"),
        Behaviour(status=500, body='{"error": "overloaded"}'),
        Behaviour(status=200, body="<html>proxy login</html>"),
    ],
    ids=["500-text", "500-json", "not-json"],
)
def test_error_responses_are_errors(behaviour: Behaviour) -> None:
    with StubServer(behaviour) as lt:
        report = lt_check(CLEAN, lt)
    assert grammar_result(report).status is Status.ERROR
    assert not report.complete


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    report = check(CLEAN, harper=False, languagetool_url="http://127.0.0.1:9")
    result = grammar_result(report)
    assert result.status is Status.ERROR
    assert "pip install 'newscheck[languagetool]'" in (result.error or "")


class _RecordingClient:
    built: list[dict[str, Any]] = []  # noqa: RUF012 (a test double's shared log)

    def __new__(cls, *args: Any, **kwargs: Any) -> _RecordingClient:
        return super().__new__(cls)

    def __init__(self, **kwargs: Any) -> None:
        _RecordingClient.built.append(kwargs)
        self.disabled_categories: set[str] = set()

    def check(self, text: str) -> list[Any]:
        return []


@pytest.fixture
def recording_client(monkeypatch: pytest.MonkeyPatch) -> type[_RecordingClient]:
    import language_tool_python

    _RecordingClient.built = []
    monkeypatch.setattr(language_tool_python, "LanguageTool", _RecordingClient)
    return _RecordingClient


@needs_lt
@pytest.mark.parametrize(
    "url",
    ["https://api.languagetool.org", "https://languagetool.org/api/", "api.languagetoolplus.com"],
)
def test_public_api_is_refused_without_opt_in(
    url: str, recording_client: type[_RecordingClient]
) -> None:
    with pytest.raises(ConfigError, match="allow_public_api"):
        engine(languagetool_url=url)
    assert recording_client.built == []


@needs_lt
def test_public_api_from_environment_is_refused_without_opt_in(
    monkeypatch: pytest.MonkeyPatch, recording_client: type[_RecordingClient]
) -> None:
    monkeypatch.setenv(URL_ENV, "https://api.languagetool.org")
    report = check(CLEAN)
    result = grammar_result(report)
    assert result.status is Status.ERROR
    assert "allow_public_api" in (result.error or "")
    assert recording_client.built == []


@needs_lt
def test_public_api_with_opt_in_builds_the_client(
    recording_client: type[_RecordingClient],
) -> None:
    report = check(
        CLEAN,
        harper=False,
        languagetool_url="https://api.languagetool.org",
        allow_public_api=True,
        variety="en-GB",
    )
    assert grammar_result(report).status is Status.OK
    assert recording_client.built == [
        {"language": "en-GB", "remote_server": "https://api.languagetool.org"}
    ]
