"""Near neighbours of a word: the real words a writer may have meant instead.

A neighbour is within two edits of the written word, or sounds one phoneme apart from it
(CMU pronunciations). The table is precomputed by `build_neighbours` and loaded once per
process. Inflections of the same word (profit/profits, invade/invaded) are left out: choosing
between them is grammar, not word choice, and the model's taste for one over the other is
the commonest source of false alarms.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NEIGHBOUR_TABLE = Path(__file__).resolve().parent / "model" / "neighbours.tsv.gz"

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Endings that make another form of the same word: choosing between forms is grammar.
_SUFFIXES = (
    "'s", "s'", "ies", "ied", "ier", "iest", "ily", "ingly", "edly", "es", "ed", "ing", "er",
    "ers", "or", "ors", "est", "ly", "s", "d", "y", "ment", "ments", "ion", "ions", "ive",
    "al", "ally", "ness", "ity", "able", "ible", "ance", "ence", "ant", "ent", "ism", "ist",
    "ists", "ise", "ize", "ised", "ized", "ful", "less", "n", "en",
)
_KEEPS_E = ("ed", "ing", "er", "ers", "est", "ion", "ions", "ive", "al", "ity", "able", "ible",
            "ance", "ence", "ism", "ist", "ists", "or", "ors", "en", "edly", "ingly")
# Irregular forms of common verbs, one verb a line.
_IRREGULAR = """
arise arose arisen; awake awoke awoken; bear bore born borne; beat beaten; become became;
begin began begun; bend bent; bet; bind bound; bite bit bitten; bleed bled; blow blew blown;
break broke broken; breed bred; bring brought; build built; burn burnt; buy bought;
catch caught; choose chose chosen; cling clung; come came; creep crept; deal dealt; dig dug;
do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten;
fall fell fallen; feed fed; feel felt; fight fought; find found; flee fled; fly flew flown;
forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got gotten; give gave given; go went gone; grind ground; grow grew grown; hang hung;
have had has; hear heard; hide hid hidden; hold held; keep kept; kneel knelt; know knew known;
lay laid; lead led; lean leant; leap leapt; learn learnt; leave left; lend lent; lie lay lain;
light lit; lose lost; make made; mean meant; meet met; mislead misled; mistake mistook mistaken;
overcome overcame; oversee oversaw overseen; overtake overtook overtaken; pay paid; prove proven;
ride rode ridden; ring rang rung; rise rose risen; run ran; say said; see saw seen; seek sought;
sell sold; send sent; shake shook shaken; shine shone; shoot shot; show shown; shrink shrank shrunk;
sing sang sung; sink sank sunk; sit sat; slay slew slain; sleep slept; slide slid; speak spoke
spoken; speed sped; spend spent; spin spun; spit spat; spring sprang sprung; stand stood;
steal stole stolen; stick stuck; sting stung; stink stank stunk; stride strode; strike struck;
strive strove striven; swear swore sworn; sweep swept; swim swam swum; swing swung; take took
taken; teach taught; tear tore torn; tell told; think thought; throw threw thrown; tread trod
trodden; undergo underwent undergone; understand understood; undertake undertook undertaken;
wake woke woken; wear wore worn; weave wove woven; weep wept; win won; wind wound;
withdraw withdrew withdrawn; write wrote written; be was were been is are am
"""
_FORMS: dict[str, int] = {
    word: n for n, group in enumerate(_IRREGULAR.split(";")) for word in group.split()
}
# British spellings mapped to American, so that "defence" and "defense" count as one word.
_VARIANTS = (
    (re.compile(r"isation"), "ization"), (re.compile(r"is(e|ed|es|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"), (re.compile(r"our"), "or"),
    (re.compile(r"tre(s?)$"), r"ter\1"), (re.compile(r"([^aeiou])re(s?)$"), r"\1er\2"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"), (re.compile(r"ence(s?)$"), r"ense\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"), (re.compile(r"amme(s?)$"), r"am\1"),
    (re.compile(r"ae"), "e"), (re.compile(r"oe"), "e"), (re.compile(r"ll"), "l"),
    (re.compile(r"eable"), "able"), (re.compile(r"gement"), "gment"),
)


def _adjacent_keys() -> dict[str, frozenset[str]]:
    """Keys that touch on a staggered QWERTY board (each row sits half a key to the right)."""
    where = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    return {
        ch: frozenset(
            other
            for other, (r2, x2) in where.items()
            if other != ch and abs(r - r2) <= 1 and abs(x - x2) <= 1
        )
        for ch, (r, x) in where.items()
    }


ADJACENT_KEYS = _adjacent_keys()


def _stems(word: str) -> set[str]:
    stems = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            stems.add(base)
            if suffix in _KEEPS_E:
                stems.add(base + "e")
            if suffix.startswith("i") and suffix not in _KEEPS_E:
                stems.add(base + "y")
            if len(base) > 3 and base[-1] == base[-2]:
                stems.add(base[:-1])
    return stems


def is_inflection(a: str, b: str) -> bool:
    """True when the two are forms of one word: profit/profits, grow/grew, recover/recovery."""
    if a in _FORMS and _FORMS[a] == _FORMS.get(b):
        return True
    return bool(_stems(a) & _stems(b))


def american(word: str) -> str:
    for pattern, repl in _VARIANTS:
        word = pattern.sub(repl, word)
    return word


def is_spelling_variant(a: str, b: str) -> bool:
    """British and American spellings of one word: defence/defense, totalling/totaling."""
    return a.replace("'", "") == b.replace("'", "") or american(a) == american(b)


def related(a: str, b: str) -> bool:
    """Two forms or spellings of one word, never a slip from one to the other."""
    return is_inflection(a, b) or is_spelling_variant(a, b)


_VOWELS = frozenset("aeiouy")
_ALIKE = (
    frozenset("bp"),
    frozenset("dt"),
    frozenset("gkcq"),
    frozenset("csz"),
    frozenset("fv"),
    frozenset("mn"),
    frozenset("gj"),
    frozenset("lr"),
)
_QUIET = frozenset("hrlnw")  # letters easily dropped or added when writing by ear


def _substitution_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x in _VOWELS and y in _VOWELS:
        return 0.5
    if any(x in group and y in group for group in _ALIKE):
        return 0.5
    if y in ADJACENT_KEYS.get(x, frozenset()):
        return 0.6
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    ch = word[i]
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.4  # a doubled letter written once, or a single one doubled
    if ch in _VOWELS:
        return 0.6
    if ch in _QUIET:
        return 0.8
    return 1.0


def edit_cost(a: str, b: str) -> float:
    """Weighted optimal-string-alignment distance: how easily a writer slips from b to a.

    Vowel swaps, voiced/unvoiced pairs (p/b, t/d), adjacent keys, doubled letters and
    transpositions are cheap; an arbitrary consonant swap costs a full edit.
    """
    rows, cols = len(a) + 1, len(b) + 1
    d = [[0.0] * cols for _ in range(rows)]
    for i in range(1, rows):
        d[i][0] = d[i - 1][0] + _indel_cost(a, i - 1)
    for j in range(1, cols):
        d[0][j] = d[0][j - 1] + _indel_cost(b, j - 1)
    for i in range(1, rows):
        for j in range(1, cols):
            best = min(
                d[i - 1][j] + _indel_cost(a, i - 1),
                d[i][j - 1] + _indel_cost(b, j - 1),
                d[i - 1][j - 1] + _substitution_cost(a[i - 1], b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, d[i - 2][j - 2] + 0.6)
            d[i][j] = best
    return d[-1][-1]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A real word near the written one, with how it is near."""

    word: str
    cost: float  # weighted edit cost (`edit_cost`)
    sounds: int  # phoneme distance; 9 when unknown or far

    @property
    def sound_alike(self) -> bool:
        return self.sounds <= 1


def _parse(entry: str) -> Neighbour:
    word, cost, sounds = entry.rsplit(":", 2)
    return Neighbour(word, float(cost), int(sounds))


class NeighbourTable:
    """Lookup of a word's neighbours; rows are parsed on first use and then cached."""

    def __init__(self, path: Path = NEIGHBOUR_TABLE) -> None:
        self._raw: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as rows:
            for row in rows:
                word, _, rest = row.rstrip("\n").partition("\t")
                self._raw[word] = rest
        self._parsed: dict[str, tuple[Neighbour, ...]] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, word: object) -> bool:
        return word in self._raw

    def words(self) -> list[str]:
        return list(self._raw)

    def neighbours(self, word: str) -> tuple[Neighbour, ...]:
        found = self._parsed.get(word)
        if found is None:
            raw = self._raw.get(word, "")
            found = tuple(_parse(e) for e in raw.split()) if raw else ()
            self._parsed[word] = found
        return found


@lru_cache(maxsize=1)
def load_neighbours() -> NeighbourTable:
    """The shipped table, loaded once per process."""
    return NeighbourTable()
