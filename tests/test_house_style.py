"""House style as data: style files, the bundled AP example, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.checker import Checker
from newscheck.checkers.house_style import HouseStyleChecker
from newscheck.checkers.house_style.style_files import bundled_styles, load_styles
from newscheck.config import ConfigError, Settings
from newscheck.engine import Engine

HS = ["HS001", "HS002", "HS003"]
CHECKERS: dict[str, type[Checker]] = {"house_style": HouseStyleChecker}  # type: ignore[dict-item]
STORY = """The government's chief science advisor said on Tuesday that the country was moving
towards a ban on disposable vapes, and that 40 per cent of retailers already backed it.

"We are heading towards a healthier generation," the minister told reporters. Afterwards, she
said the plan was okay with the health care unions and that healthcare providers would be
consulted by e-mail.

Critics said the department would utilize the ban irregardless of the evidence."""


def _engine(options: dict[str, object] | None = None, select: list[str] = HS) -> Engine:
    settings = Settings(select=select, checkers={"house_style": options or {}})
    return Engine(settings, checkers=CHECKERS)


def test_bundled_ap_style_flags_substitutions_with_suggestions_in_their_case() -> None:
    report = _engine().check(STORY)
    got = sorted((f.rule, f.text, tuple(f.suggestions)) for f in report.findings)
    assert got == [
        ("HS001", "irregardless", ("regardless",)),
        ("HS001", "utilize", ()),
        ("HS002", "Afterwards", ("Afterward",)),
        ("HS002", "advisor", ("adviser",)),
        ("HS002", "e-mail", ("email",)),
        ("HS002", "okay", ("OK",)),
        ("HS002", "per cent", ("percent",)),
        ("HS002", "towards", ("toward",)),  # the one in the quotation is left alone
        ("HS003", "healthcare", ("health care",)),
    ]
    utilize = next(f for f in report.findings if f.text == "utilize")
    assert utilize.severity.value == "info" and "style rule ap-utilize" in utilize.message
    assert report.checkers[0].data["hits"]["ap-toward"] == 1


def test_off_by_default_and_words_inside_other_words_do_not_match() -> None:
    settings = Settings(checkers={"house_style": {}})
    assert Engine(settings, checkers=CHECKERS).checker_names == []
    text = "The e-mailer's okayish draft went untowardsly.\n\nNothing else happened."
    assert not _engine().check(text).findings


def _style(folder: Path, body: str, name: str = "house.toml") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


def test_a_newsroom_style_folder_with_case_and_quote_options(tmp_path: Path) -> None:
    style = _style(
        tmp_path / "style",
        """
[[rule]]
id = "no-brexit-caps"
kind = "prefer"
phrases = ["BREXIT"]
prefer = "Brexit"
message = "We write Brexit in title case."
case_sensitive = true
severity = "error"
link = "https://example.org/style#brexit"

[[rule]]
id = "no-slammed"
kind = "avoid"
phrases = ["slammed"]
message = "Say who criticised what, and how."
in_quotes = true
""",
    )
    text = (
        "MPs debated BREXIT again on Monday, and Brexit talks resume next week.\n\n"
        '"They slammed the door," one MP said. Unions slammed the plan.'
    )
    report = _engine({"styles": [str(style)]}).check(text)
    got = [(f.rule, f.text, f.severity.value) for f in report.findings]
    assert got == [
        ("HS002", "BREXIT", "error"),
        ("HS001", "slammed", "warning"),
        ("HS001", "slammed", "warning"),
    ]
    assert "https://example.org/style#brexit" in report.findings[0].message


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('[[rule]]\nid = "x"\nkind = "prefer"\nphrases = ["a"]\nmessage = "m"\n', "needs 'prefer'"),
        (
            '[[rule]]\nid = "x"\nkind = "consistency"\nphrases = ["a"]\nmessage = "m"\n',
            "at least two",
        ),
        ('[[rule]]\nid = "x"\nkind = "ban"\nphrases = ["a"]\nmessage = "m"\n', "kind"),
        ('[[rule]]\nid = "x"\nkind = "avoid"\nphrases = ["a"]\nmesage = "m"\n', "mesage"),
        ("[[rule]\n", "not valid TOML"),
    ],
)
def test_a_broken_style_file_is_a_configuration_error_naming_it(
    tmp_path: Path, body: str, problem: str
) -> None:
    style = _style(tmp_path / "style", body)
    with pytest.raises(ConfigError, match=r"house\.toml") as info:
        _engine({"styles": [str(style)]})
    assert problem in str(info.value)


def test_unknown_style_and_duplicate_ids_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="bundled styles: ap-example"):
        _engine({"styles": ["no-such-style"]})
    with pytest.raises(ConfigError, match="also in"):
        _engine({"styles": ["ap-example", str(bundled_styles() / "ap-example")]})


def test_the_bundled_example_has_every_kind() -> None:
    kinds = {r.kind for r in load_styles(["ap-example"])}
    assert kinds == {"avoid", "prefer", "consistency"}
