"""The word-misuse data files parse and keep the shape documented in their README."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newscheck" / "checkers" / "word_misuse" / "data"
CONFUSABLES = DATA / "confusables"
REFERENTS = DATA / "referents.toml"
ZESCH_SOURCE = ROOT.parent.joinpath(
    "shared", "data", "lexicons", "zesch_rwse_checker", "rwse_checker", "data", "en_sets_ci.txt"
)

SET_KEYS = {"words", "gloss", "pos", "note", "news", "holdout", "added"}
FORBIDDEN = {"inversion", "invasion"}  # left to the checker's statistical channel
MAX_GLOSS_WORDS = 12
UN_MEMBERS = 193


def is_holdout(words: list[str]) -> bool:
    """The README's fixed rule: about one set in five is kept out of tuning."""
    key = "|".join(sorted(words)).encode("utf-8")
    return int(hashlib.sha1(key).hexdigest(), 16) % 5 == 0


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


FILES = sorted(CONFUSABLES.glob("*.toml"))
LOADED = {path.name: _load(path) for path in FILES}
ALL_SETS = [(name, i, s) for name, doc in LOADED.items() for i, s in enumerate(doc["sets"])]


def _sid(name: str, index: int, words: list[str]) -> str:
    return f"{name}#{index}({'/'.join(words)})"


def test_the_expected_source_families_exist() -> None:
    assert {"zesch.toml", "usage.toml", "homophones.toml"} <= set(LOADED)


@pytest.mark.parametrize("name", sorted(LOADED))
def test_source_block(name: str) -> None:
    doc = LOADED[name]
    assert set(doc) == {"source", "sets"}, f"{name}: unexpected top-level keys"
    for key in ("name", "reference", "licence"):
        value = doc["source"].get(key)
        assert isinstance(value, str) and value.strip(), f"{name}: [source] needs {key}"
    first = (CONFUSABLES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# "), f"{name}: start with a one-line description comment"


def test_every_set_has_the_documented_shape() -> None:
    problems: list[str] = []
    for name, i, s in ALL_SETS:
        words = s.get("words")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            problems.append(f"{name}#{i}: words must be a list of strings")
            continue
        sid = _sid(name, i, words)
        if extra := set(s) - SET_KEYS:
            problems.append(f"{sid}: unknown keys {sorted(extra)}")
        if len({w.lower() for w in words}) != len(words) or len(words) < 2:
            problems.append(f"{sid}: needs at least two distinct words")
        for w in words:
            if w != w.strip() or not w or "\u2019" in w:
                problems.append(f"{sid}: bad word {w!r} (spaces or curly apostrophe)")
        gloss = s.get("gloss", {})
        if set(gloss) != set(words):
            problems.append(f"{sid}: glosses {sorted(gloss)} do not match the words")
        for w, g in gloss.items():
            if not isinstance(g, str) or not g.strip():
                problems.append(f"{sid}: empty gloss for {w!r}")
            elif len(g.split()) > MAX_GLOSS_WORDS:
                problems.append(f"{sid}: gloss for {w!r} is longer than {MAX_GLOSS_WORDS} words")
        for key in ("pos", "note"):
            if key in s and not (isinstance(s[key], str) and s[key].strip()):
                problems.append(f"{sid}: {key} must be a non-empty string")
        for key in ("news", "holdout"):
            if key in s and s[key] is not True:
                problems.append(f"{sid}: write {key} = true or leave it out")
        if "added" in s and not set(s["added"]) <= set(words):
            problems.append(f"{sid}: added words must be members of the set")
    assert not problems, "\n".join(problems)


def test_no_pair_of_words_is_in_two_sets() -> None:
    owner: dict[frozenset[str], str] = {}
    clashes: list[str] = []
    for name, i, s in ALL_SETS:
        sid = _sid(name, i, s["words"])
        for a, b in combinations(s["words"], 2):
            pair = frozenset((a.lower(), b.lower()))
            if pair in owner:
                clashes.append(f"{sorted(pair)} in {owner[pair]} and {sid}")
            owner[pair] = sid
    assert not clashes, "\n".join(clashes)


def test_invasion_and_inversion_are_left_to_the_statistical_channel() -> None:
    found = [
        _sid(name, i, s["words"])
        for name, i, s in ALL_SETS
        if FORBIDDEN & {w.lower() for w in s["words"]}
    ]
    assert not found


def test_enough_sets() -> None:
    assert len(ALL_SETS) >= 300


def test_holdout_follows_the_rule_and_is_about_a_fifth() -> None:
    wrong = [
        _sid(name, i, s["words"])
        for name, i, s in ALL_SETS
        if bool(s.get("holdout", False)) != is_holdout(s["words"])
    ]
    assert not wrong, f"holdout flag disagrees with the README rule: {wrong}"
    share = sum(bool(s.get("holdout")) for _, _, s in ALL_SETS) / len(ALL_SETS)
    assert 0.15 <= share <= 0.25, f"{share:.1%} of sets are held out"
    held_files = {name for name, _, s in ALL_SETS if s.get("holdout")}
    assert held_files == set(LOADED), "held-out sets should be spread across the files"


def test_zesch_license_is_shipped() -> None:
    text = (DATA / "LICENSES" / "zesch-rwse-checker-MIT.txt").read_text(encoding="utf-8")
    assert "MIT License" in text
    assert "Torsten Zesch" in text
    assert "Torsten Zesch" in LOADED["zesch.toml"]["source"]["licence"]


@pytest.mark.skipif(not ZESCH_SOURCE.is_file(), reason="shared Zesch data not present")
def test_zesch_sets_match_their_source() -> None:
    lines = ZESCH_SOURCE.read_text(encoding="utf-8").splitlines()
    source = {frozenset(line.strip().split(",")) for line in lines if line.strip()}
    ours = {
        frozenset(w.lower() for w in s["words"] if w not in s.get("added", []))
        for s in LOADED["zesch.toml"]["sets"]
    }
    assert ours == source


REF = _load(REFERENTS)
PLACES = REF["places"]


def test_referent_source_block() -> None:
    for key in ("name", "reference", "licence"):
        assert isinstance(REF["source"].get(key), str) and REF["source"][key].strip()


def test_referent_table_covers_the_un_and_more() -> None:
    assert len(PLACES) >= 190
    members = [p for p in PLACES if p.get("status") == "UN member state"]
    assert len(members) == UN_MEMBERS
    for name in (
        "Taiwan",
        "Kosovo",
        "Palestine",
        "Hong Kong",
        "Scotland",
        "Wales",
        "England",
        "Northern Ireland",
    ):
        assert any(p["name"] == name for p in PLACES), name
    institutions = {i["name"] for i in REF["institutions"]}
    for name in (
        "United Nations",
        "European Union",
        "Nato",
        "White House",
        "Kremlin",
        "Pentagon",
        "Downing Street",
    ):
        assert name in institutions, name


def test_every_place_has_names_and_demonyms() -> None:
    problems: list[str] = []
    for place in PLACES:
        name = place.get("name", "?")
        for key in ("name", "iso", "status", "capital", "adjective", "person", "people"):
            value = place.get(key)
            if not (isinstance(value, str) and value.strip()):
                problems.append(f"{name}: missing {key}")
        aliases = place.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            problems.append(f"{name}: aliases must be a list of strings")
        if place.get("the") and f"the {name}" not in aliases:
            problems.append(f"{name}: takes 'the', so list 'the {name}' among its aliases")
        for item in place.get("wrong", []):
            if not (item.get("text") and item.get("use")) or set(item) - {"text", "use", "note"}:
                problems.append(f"{name}: wrong entries need text and use (and maybe note)")
    assert not problems, "\n".join(problems)
    for key in ("name", "iso"):
        dupes = [k for k, n in Counter(p[key] for p in PLACES).items() if n > 1]
        assert not dupes, f"duplicate {key}: {dupes}"


def test_the_brief_examples_are_present() -> None:
    by_name = {p["name"]: p for p in PLACES}
    north = by_name["North Korea"]
    assert north["adjective"] == "North Korean"
    assert north["people"] == "North Koreans"
    assert {"the North", "Pyongyang"} <= set(north["aliases"])
    assert {w["text"] for w in north["wrong"]} >= {"the Northerner"}
    assert by_name["Netherlands"]["adjective"] == "Dutch"
    assert by_name["Switzerland"]["adjective"] == "Swiss"
    assert by_name["Philippines"]["person"] == "Filipino"


def test_institutions_have_a_name_and_aliases() -> None:
    for inst in REF["institutions"]:
        assert inst["name"].strip()
        assert isinstance(inst["aliases"], list)
        assert inst["adjective"].strip()
        for item in inst.get("wrong", []):
            assert item["text"] and item["use"]
