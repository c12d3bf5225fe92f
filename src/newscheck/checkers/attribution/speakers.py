"""Who a speaker is: how the copy names them, and whom a pronoun speaker stands for.

A standards editor reads a source by how it is named: a person's full name, a role ("the
spokeswoman"), an organisation ("police", "the White House"), or nobody in particular
("sources", "experts"). Vague groups and news outlets are marked as well, because they are
what the findings query.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from newscheck.checkers.attribution.lexicon import Lexicon
from newscheck.checkers.attribution.phrases import DETERMINERS, PRONOUNS, Phrase, is_capitalised
from newscheck.checkers.attribution.view import FieldView
from newscheck.spans import Span

Naming = Literal["full_name", "title", "organisation", "anonymous"]

_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "in", "on", "to"})
_OUTLET_NOUNS = frozenset(
    {"newspaper", "newspapers", "paper", "broadcaster", "magazine", "tabloid", "outlet",
     "outlets", "channel", "station", "media", "daily", "weekly", "network"}
)
_OUTLET_SUFFIXES = frozenset(
    {"News", "Times", "Post", "Journal", "Herald", "Telegraph", "Tribune", "Gazette", "Radio",
     "Television", "TV", "Broadcasting", "Press", "Magazine", "Daily", "Chronicle",
     "Observer", "Inquirer", "Monitor", "Weekly", "Agency", "Wire", "Newswire"}
)
_PRONOUN_FORMS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
_PERSON_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "mother", "father", "wife", "husband", "son", "daughter",
     "brother", "sister", "widow", "pensioner", "driver", "passenger", "fan", "student",
     "worker", "farmer", "shopkeeper", "teacher", "nurse", "doctor", "victim", "survivor",
     "owner", "patient", "customer", "user", "voter", "supporter", "protester", "delegate"}
)


@dataclass
class Speaker:
    """One mention of a source in the copy, classified."""

    span: Span
    text: str
    naming: Naming | None
    vague: bool = False
    outlet: bool = False
    person: bool = False
    gender: str = ""
    pronoun: str = ""
    qualified: bool = False
    """Tied to a named or described body: "Pentagon officials", "union officials"."""
    definite: bool = False
    """Refers back to a source already introduced: "the official", "the researchers"."""
    antecedent: Speaker | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """Identity for counting distinct sources: the resolved speaker's lowercase text."""
        return (self.antecedent or self).text.lower()

    @property
    def resolved(self) -> Speaker:
        return self.antecedent or self

    @property
    def named(self) -> bool:
        """On the record: a person, a role or a body the reader could hold to account."""
        s = self.resolved
        return s.naming in {"full_name", "title", "organisation"} and not s.outlet


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    gender: str


@dataclass
class NameIndex:
    """People named anywhere in a field, in order, to link surnames and resolve pronouns."""

    mentions: list[PersonMention] = field(default_factory=list)
    surnames: dict[str, PersonMention] = field(default_factory=dict)

    def link(self, name: str) -> PersonMention | None:
        words = name.split()
        if not words:
            return None
        return self.surnames.get(words[-1])


def _capital_runs(view: FieldView, lex: Lexicon) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    toks = view.tokens
    i = 0
    while i < len(toks):
        if toks[i].is_word and is_capitalised(view, i, lex):
            j = i + 1
            while j < len(toks) and (
                (toks[j].is_word and is_capitalised(view, j, lex))
                or (toks[j].text == "." and toks[j - 1].is_word and len(toks[j - 1].text) <= 3
                    and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def build_names(view: FieldView, lex: Lexicon) -> NameIndex:
    """Find people: a title before a name ("Mr Smith") or a known first name ("Adrienne ...")."""
    index = NameIndex()
    toks = view.tokens
    for first, last in _capital_runs(view, lex):
        words = [j for j in range(first, last) if toks[j].is_word]
        if not words or view.in_quote(first):
            continue
        whole = " ".join(toks[j].text for j in words)
        if whole in lex.places or (toks[words[0]].text in lex.places and len(words) <= 2):
            continue
        words = _from_first_name(view, words, lex)
        name_words, gender, titled = _strip_titles(view, words, lex)
        prev = words[0] - 1
        while prev >= 0 and not toks[prev].is_word and toks[prev].text == ".":
            prev -= 1
        if prev >= 0 and toks[prev].lower in lex.titles:
            titled = True
            gender = gender or lex.titles[toks[prev].lower]
        if prev >= 0 and toks[prev].lower in lex.roles | lex.female_words | lex.male_words:
            titled = True
            gender = gender or _word_gender(toks[prev].lower, lex)
        if not name_words:
            continue
        texts = [toks[j].text for j in name_words]
        known_first = lex.is_first_name(texts[0]) and len(texts) >= 2
        if _organisation_words(view, name_words, lex) and not (
            (known_first or titled) and texts[-1] not in _STRONG_ORG
        ):
            continue
        if not (titled or known_first):
            continue
        if " ".join(texts) in lex.places or texts[0] in lex.places:
            continue
        gender = gender or (lex.name_gender(texts[0]) if len(texts) >= 2 else "")
        mention = PersonMention(
            toks[name_words[0]].start, toks[name_words[-1]].end, " ".join(texts), gender
        )
        existing = index.surnames.get(texts[-1])
        if existing is not None and len(texts) == 1:
            mention = replace(mention, name=existing.name, gender=existing.gender or gender)
        elif existing is not None and not existing.gender:
            existing.gender = gender
        if len(texts) >= 2 or texts[-1] not in index.surnames:
            index.surnames[texts[-1]] = mention
        index.mentions.append(mention)
    return index


_STRONG_ORG = frozenset(
    {"Ministry", "Department", "Inc", "Corp", "Ltd", "Plc", "PLC", "LLC", "Company", "Council",
     "Committee", "Commission", "University", "Bank", "Party", "Agency", "Association"}
)


def _from_first_name(view: FieldView, words: list[int], lex: Lexicon) -> list[int]:
    """"Oscar-winner Andrea Arnold" → "Andrea Arnold": a run may start before the name."""
    toks = view.tokens
    for k, j in enumerate(words[:-1]):
        if k and lex.is_first_name(toks[j].text) and toks[j].lower not in lex.titles:
            return words[k:]
    return words


def _word_gender(low: str, lex: Lexicon) -> str:
    if low in lex.female_words:
        return "f"
    if low in lex.male_words:
        return "m"
    return lex.titles.get(low, "")


def _strip_titles(view: FieldView, words: list[int], lex: Lexicon) -> tuple[list[int], str, bool]:
    """Drop leading titles and places ("US President", "Prime Minister") from a name."""
    gender = ""
    titled = False
    toks = view.tokens
    k = 0
    while k < len(words) - 1:
        low = toks[words[k]].lower
        text = toks[words[k]].text
        if low in lex.titles:
            gender = gender or lex.titles[low]
            titled = True
        elif text in lex.places or low in lex.roles:
            titled = titled or low in lex.roles
        elif low in lex.title_modifiers and _title_follows(view, words, k + 1, lex):
            pass
        else:
            break
        k += 1
    return words[k:], gender, titled


def _title_follows(view: FieldView, words: list[int], k: int, lex: Lexicon) -> bool:
    while k < len(words) - 1:
        low = view.tokens[words[k]].lower
        if low in lex.titles or low in lex.roles:
            return True
        if low not in lex.title_modifiers:
            return False
        k += 1
    return False


def _organisation_words(view: FieldView, words: list[int], lex: Lexicon) -> bool:
    toks = view.tokens
    last = toks[words[-1]].text
    if last in lex.org_name_words or last in _OUTLET_SUFFIXES:
        return True
    return any(_acronym(toks[j].text) for j in words)


def _acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and text.replace(".", "").isalpha()


def describe(
    view: FieldView, phrase: Phrase, lex: Lexicon, names: NameIndex
) -> Speaker | None:
    """Classify the speaker phrase; None when it does not look like a source at all."""
    toks = view.tokens
    text = view.text
    span = Span(toks[phrase.first].start, toks[phrase.last - 1].end)
    head = [j for j in range(*phrase.head) if toks[j].is_word]
    if not head:
        return None
    if len(head) == 1 and toks[head[0]].lower in PRONOUNS:
        low = toks[head[0]].lower
        gender = "m" if low == "he" else "f" if low == "she" else ""
        return Speaker(span, toks[head[0]].text, None, gender=gender, pronoun=low)
    whole = text[span.start : span.end].lower()
    if phrase.appositive:
        a, b = phrase.appositive
        whole += " " + text[toks[a].start : toks[b - 1].end].lower()
    anonymous = any(p in whole for p in lex.anonymous_phrases)
    core = head
    for pos, j in enumerate(head):
        if pos > 0 and toks[j].lower in _PREPOSITIONS and not _inside_name(view, head, pos, lex):
            core = head[:pos]
            break
    qualifier = head[len(core) :]
    qualified = any(is_capitalised(view, j, lex) for j in qualifier)
    body = [j for j in core if toks[j].lower not in DETERMINERS] or core
    det = toks[core[0]].lower if toks[core[0]].lower in DETERMINERS else ""
    surface = text[toks[body[0]].start : toks[body[-1]].end]
    bare = surface[:-2] if surface.endswith(("'s", "\u2019s")) else surface
    appositive_role = _appositive_gender(view, phrase, lex)
    if anonymous:
        return Speaker(span, surface, "anonymous")
    if bare in lex.outlets:
        return Speaker(span, bare, "organisation", outlet=True)
    caps = [j for j in body if is_capitalised(view, j, lex)]
    last = body[-1]
    if caps and caps[-1] == last:
        return _named(view, span, body, lex, names, appositive_role)
    head_word = toks[last].lower
    return _common(span, surface, det, head_word, body, view, lex, qualified or bool(caps))


def _inside_name(view: FieldView, words: list[int], pos: int, lex: Lexicon) -> bool:
    """"of" inside a name or title: "Secretary of State Madeleine Albright", "Bank of
    England"."""
    if view.tokens[words[pos]].lower != "of" or pos + 1 >= len(words):
        return False
    return is_capitalised(view, words[pos - 1], lex) and is_capitalised(
        view, words[pos + 1], lex
    )


def _appositive_gender(view: FieldView, phrase: Phrase, lex: Lexicon) -> str:
    """A gendered noun in the phrase or its appositive: "spokeswoman", "the mother of"."""
    for run in (phrase.head, phrase.appositive):
        if run is None:
            continue
        for j in range(*run):
            low = view.tokens[j].lower
            if low in _PRONOUN_FORMS:
                continue
            if low in lex.female_words:
                return "f"
            if low in lex.male_words:
                return "m"
    return ""


def _named(
    view: FieldView,
    span: Span,
    body: list[int],
    lex: Lexicon,
    names: NameIndex,
    role_gender: str,
) -> Speaker:
    toks = view.tokens
    k = len(body) - 1
    while k > 0 and is_capitalised(view, body[k - 1], lex):
        k -= 1
    run = body[k:]
    run_text = view.text[toks[run[0]].start : toks[run[-1]].end]
    lead = [toks[j].lower for j in body[:k]]
    if run_text in lex.outlets or toks[run[-1]].text in _OUTLET_SUFFIXES:
        return Speaker(span, run_text, "organisation", outlet=True)
    if run_text in lex.places or _place_led(run, view, lex):
        return Speaker(span, run_text, "organisation")
    if _organisation_words(view, run, lex):
        return Speaker(span, run_text, "organisation")
    name_words, gender, titled = _strip_titles(view, run, lex)
    name = " ".join(toks[j].text for j in name_words)
    if name_words and toks[name_words[0]].lower in lex.titles and len(name_words) == 1:
        return Speaker(span, run_text, "title", person=True, gender=gender)
    for low in lead:
        gender = gender or _word_gender(low, lex)
        titled = titled or low in lex.roles
    gender = gender or role_gender
    linked = names.link(name)
    if linked is not None:
        return Speaker(
            span, linked.name, "full_name", person=True, gender=gender or linked.gender
        )
    if len(name_words) >= 2 or titled:
        gender = gender or lex.name_gender(toks[name_words[0]].text)
        return Speaker(span, name, "full_name", person=True, gender=gender)
    # One capitalised word nobody titled: in news copy that is far more often a company
    # ("Vodafone said") than a surname whose full name the article never gave.
    return Speaker(span, name, "organisation")


def _place_led(run: list[int], view: FieldView, lex: Lexicon) -> bool:
    toks = view.tokens
    if len(run) > 3:
        return False
    first_two = " ".join(toks[j].text for j in run[:2])
    return first_two in lex.places or (len(run) <= 2 and toks[run[0]].text in lex.places)


def _common(
    span: Span,
    surface: str,
    det: str,
    head: str,
    body: list[int],
    view: FieldView,
    lex: Lexicon,
    qualified: bool,
) -> Speaker | None:
    toks = view.tokens
    words = [toks[j].lower for j in body]
    if not is_capitalised(view, body[0], lex):
        surface = surface[:1].lower() + surface[1:]  # "Experts say" at a sentence start
    text = surface if det not in _INDEFINITE else f"{det} {surface}"
    definite = det in _DEFINITE
    qualified = qualified or any(
        w in lex.organisations or w.endswith(("'s", "\u2019s")) for w in words[:-1]
    )
    if head in _OUTLET_NOUNS or (head == "agency" and "news" in words):
        return Speaker(span, text, "organisation", outlet=True, vague=det == "" and not qualified)
    quantified = det in lex.quantifiers or any(w in lex.quantifiers for w in words[:1])
    if head in lex.vague_authority or head in lex.vague_groups:
        vague = not qualified and not definite
        return Speaker(span, text, "anonymous", vague=vague, qualified=qualified,
                       definite=definite)
    if quantified and head.endswith("s") and not qualified:
        return Speaker(span, text, "anonymous", vague=True)
    if head in lex.anonymous:
        return Speaker(span, text, "anonymous", qualified=qualified, definite=definite)
    if head in lex.organisations:
        return Speaker(span, text, "organisation")
    if head in lex.roles:
        naming: Naming = "anonymous" if det in _INDEFINITE and not qualified else "title"
        gender = next((g for w in words if (g := _word_gender(w, lex))), "")
        return Speaker(span, text, naming, person=True, gender=gender)
    if head in lex.female_words or head in lex.male_words or head in _PERSON_NOUNS or (
        head.endswith("-year-old")
    ):
        gender = _word_gender(head, lex)
        naming = "anonymous" if det in _INDEFINITE or not det else "title"
        return Speaker(span, text, naming, person=True, gender=gender)
    return None


def resolve_pronouns(speakers: list[Speaker], names: NameIndex) -> None:
    """Point each he/she/it/they speaker at the source the copy makes clear, if any.

    He or she goes to the latest earlier speaker of a compatible gender who is a person, or
    failing that to the latest compatible person named before; it and they go to the latest
    earlier organisation or group speaker. A pronoun left unresolved keeps ``naming`` None.
    """
    earlier: list[Speaker] = []
    for sp in sorted(speakers, key=lambda s: s.span.start):
        if sp.pronoun in {"he", "she"}:
            sp.antecedent = _person_for(sp, earlier, names)
        elif sp.pronoun in {"it", "they", "we"}:
            sp.antecedent = _body_for(sp, earlier)
        if (sp.antecedent is None and not sp.pronoun) or sp.antecedent is not None:
            earlier.append(sp)


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _person_for(sp: Speaker, earlier: list[Speaker], names: NameIndex) -> Speaker | None:
    for prev in reversed(earlier):
        target = prev.resolved
        if target.person and _compatible(sp.gender, target.gender):
            if sp.span.start - prev.span.end > 2500:
                break
            return target
    for mention in reversed(names.mentions):
        if mention.end <= sp.span.start and _compatible(sp.gender, mention.gender):
            return Speaker(
                Span(mention.start, mention.end), mention.name, "full_name", person=True,
                gender=mention.gender,
            )
    return None


def _body_for(sp: Speaker, earlier: list[Speaker]) -> Speaker | None:
    for prev in reversed(earlier):
        target = prev.resolved
        if sp.span.start - prev.span.end > 1500:
            return None
        if target.person:
            if sp.pronoun == "it":
                continue
            return None
        if target.naming in {"organisation", "anonymous", "title"}:
            return target
    return None


def has_incompatible_person(sp: Speaker, earlier: list[Speaker], names: NameIndex) -> bool:
    """True when people are named before the pronoun but none of its gender."""
    before = [m for m in names.mentions if m.end <= sp.span.start]
    people = [s.resolved for s in earlier if s.resolved.person]
    return bool(before or people) and all(
        not _compatible(sp.gender, p.gender) for p in [*people]
    ) and all(not _compatible(sp.gender, m.gender) for m in before)
