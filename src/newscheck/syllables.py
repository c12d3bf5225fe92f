"""English syllable counts for readability formulas, offline and without a start-up cost.

textstat looks words up in the CMU Pronouncing Dictionary, which costs a second to load (and
0.7.13 tries to download it). Here a rule-based counter handles every word, and a table of the
CMU words it gets wrong (data/readability/syllables.tsv, built by
scripts/build_syllable_table.py) corrects it: counts agree with CMU's first pronunciation on
every word in the dictionary, and words outside it still get a reasonable guess. The table
loads on the first lookup, once per process, in a few milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parent / "data" / "readability" / "syllables.tsv"

_VOWELS = re.compile(r"[aeiouy]+")
# Vowel pairs and endings that are two syllables though they form one vowel group.
_HIATUS = re.compile(
    r"(?:"
    r"(?<=[bdmprvfh])ia|ia(?=t)"  # media, trial, indian; giant, associate
    r"|(?<=[^ct])ie(?=nce|nt)|ie(?=ty)|(?<=sc)ie"  # audience, client; society; science
    r"|(?<=[aeiou])y(?=[aeiou])(?!e[ds]?$|ing)"  # player, beyond; not played, saying
    r"|(?<=[^qg])ua"  # actual, situation, usual; not equal, language
    r"|(?<=[^q])uo|uu"  # duo, vacuum; not quote
    r"|(?<=[^qg])ue(?=l|t|nt|nce)"  # fuel, duet, fluent
    r"|(?<=[bdprvmf])io(?!ur)|(?<=[^s]h)io"  # radio, period, champion; not behaviour, fashion
    r"|(?<=l)(?<!ll)io"  # lion, portfolio; not million
    r"|eo(?!u|r)"  # video, rodeo; not courageous, theory
    r"|oe(?!s?$)"  # poem; not toe, goes
    r"|iu|ii"  # stadium, hawaii
    r"|ao|oa(?=[^cdfhkrstmnlbgpvwx]|$)"  # chaos, boa; not boat, road
    r"|(?<=[aeiouy])ing"  # being, going, trying
    r"|(?<=[^aeiouy])ism$"  # realism
    r"|[pr]ean"  # european, korean
    r"|(?<=\w[rd])eas?$|(?<=cr)ea(?=t)|(?<=th)ea"  # idea, area; create; theatre
    r"|(?:^|(?<=h)|(?<=fl)|(?<=sc)|(?<=dev)|(?<=^s))ours?$"  # our, hour, flour; not four
    r"|(?<=[lsprvnkd])ier(?=s?$)"  # earlier, carrier
    r")"
)
# A silent e inside a compound or before a suffix: likely, statement, safety.
_SILENT_MID = re.compile(
    r"(?<=[aeiouy][^aeiouy])(?<!ir)e(?=(?:ly|ment|ness|ful|less|some|thing|where|way|man|men"
    r"|ship|hold|house|line|side|time|work|ward|board|land|like|weight|ty)"
    r"(?:s|ed|ing|ly|er|ers)?$)"
)
_SYLLABIC = "bcdfgkptvz"  # -le, -re, -les, -red stay a syllable after these: table, centre
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")
_CONTRACTIONS = frozenset({"ll", "re", "ve", "d", "m", "s"})
_INITIALISM = 3  # all-capital words this short are spelled out: UK, BBC, HIV


def count_syllables(word: str) -> int:
    """Syllables in one word token as newscheck tokenises it ("U.S.", "AOL's", "2,000").

    Figures count as one syllable, as Flesch's instructions (and textstat) count them: a
    reader takes in "1,029" at a glance, and spelling it out would make every figure-heavy
    business story look hard. Short all-capital words are read letter by letter (UK = 2).
    """
    if not word or word[0].isdigit():
        return 1 if word else 0
    if "-" in word:
        return sum(count_syllables(part) for part in word.split("-") if part) or 1
    if "." in word:  # an initialism such as "U.S." or "a.m."
        return _spelled(word.replace(".", ""))
    letters = word.rstrip("'\u2019s") if word.endswith(("s", "'s", "\u2019s")) else word
    if letters.isupper() and 0 < len(letters) <= _INITIALISM and letters.isascii():
        return _spelled(letters)
    return _count_lower(word.lower().replace("\u2019", "'"))


@lru_cache(maxsize=65536)
def _count_lower(word: str) -> int:
    word = _ascii(word)
    table = syllable_table()
    known = table.get(word)
    if known is not None:
        return known
    if "'" in word:
        base, _, suffix = word.partition("'")
        if base.endswith("n") and suffix == "t":  # isn't, couldn't; can't, don't
            stem = base[:-1]
            return _count_lower(stem) + (0 if stem.endswith(("a", "e", "o")) else 1)
        if suffix in _CONTRACTIONS:  # AOL's, we'll, they're
            extra = 1 if suffix == "s" and base.endswith(_SIBILANT_ENDS) else 0
            return _count_lower(base) + extra if base else 1
        if not suffix:  # players'
            return _count_lower(base) if base else 1
        word = word.replace("'", "")
    return heuristic_syllables(word)


def heuristic_syllables(word: str) -> int:
    """Rule-based count for a lower-case ASCII word: vowel groups, silent e, hiatus.

    About 92% of CMU dictionary words (98% of running news words) come out right; the
    table corrects the rest, so the rules matter for names and new words.
    """
    w = "".join(ch for ch in word if "a" <= ch <= "z")
    if not w:
        return 1
    n = len(_VOWELS.findall(w))
    if n == 0:  # "mr", "bbc": read letter by letter
        return _spelled(w)
    if n > 1:
        n -= _silent_ending(w) + len(_SILENT_MID.findall(w))
    n += len(_HIATUS.findall(w))
    return max(1, n)


def _silent_ending(w: str) -> int:
    """1 when the final e, -es or -ed adds no syllable: make, makes, walked."""
    if w.endswith("e"):
        if w.endswith("ue"):
            return 1 if w[-3:-2] in ("g", "q") else 0  # league, unique; not value, issue
        if w.endswith(("le", "re")) and w[-3:-2] and w[-3] in _SYLLABIC:
            return 0  # table, centre
        return 0 if w.endswith(("ee", "ie", "ye", "oe", "ire")) else 1
    if len(w) <= 3 or not w.endswith(("es", "ed")):
        return 0
    before = w[-3]
    if before in "lr" and w[-4] in _SYLLABIC:
        return 0  # tables, centred
    if w.endswith("es"):
        return 0 if before in "aeiouysxzcg" or w.endswith(("ches", "shes", "ires")) else 1
    return 0 if before in "aeiouytd" or w.endswith("ired") else 1


def _spelled(letters: str) -> int:
    """Syllables of a word read letter by letter: every letter one, W three."""
    letters = "".join(ch for ch in letters if ch.isalpha())
    return sum(3 if ch in "wW" else 1 for ch in letters) or 1


def _ascii(word: str) -> str:
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


_table: dict[str, int] | None = None


def syllable_table() -> dict[str, int]:
    """The CMU corrections, read on first use and kept for the life of the process."""
    global _table  # noqa: PLW0603 (a process-wide cache, loaded lazily on purpose)
    if _table is None:
        _table = load_table(TABLE_PATH)
    return _table


def load_table(path: Path) -> dict[str, int]:
    """Parse ``word<TAB>syllables`` lines; ``#`` lines are provenance comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = (line.partition("\t") for line in lines if line and line[0] != "#")
    return {word: int(count) for word, _, count in pairs}
