from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.config import ConfigError, find_config, load_config_file, resolve_settings


def test_pyproject_tool_table_is_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newscheck]\nselect = ["RD"]\nvariety = "en-GB"\n'
        "[tool.newscheck.thresholds]\npass = 90\nwarn = 70\n",
        encoding="utf-8",
    )
    article = tmp_path / "desk" / "today" / "story.txt"
    article.parent.mkdir(parents=True)
    article.write_text("Body.", encoding="utf-8")
    assert find_config(article) == tmp_path / "pyproject.toml"
    settings = resolve_settings(None, article)
    assert settings.select == ["RD"]
    assert settings.variety == "en-GB"
    assert settings.thresholds.pass_at == 90


def test_newscheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newscheck]\nselect = ["RD"]\n')
    (tmp_path / "newscheck.toml").write_text('select = ["WM"]\n')
    assert resolve_settings(None, tmp_path).select == ["WM"]


def test_pyproject_without_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "a.txt") is None or find_config(tmp_path / "a.txt") != (
        tmp_path / "pyproject.toml"
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("selectt = ['RD']\n", "unknown key 'selectt'"),
        ("variety = 'en-AU'\n", "'variety'"),
        ("fail_under = 140\n", "'fail_under'"),
        ("[thresholds]\npass = 50\nwarn = 70\n", "thresholds"),
        ("severity = { RD001 = 'fatal' }\n", "severity.RD001"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_config_is_a_clear_error_naming_the_key(
    tmp_path: Path, content: str, needle: str
) -> None:
    path = tmp_path / "newscheck.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle.replace("[", r"\[")) as info:
        load_config_file(path)
    assert str(path) in str(info.value)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config_file(tmp_path / "absent.toml")
