"""Pronoun gender (PG): real sentences that must be flagged, and many that must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checkers.pronoun_gender import PronounGenderChecker
from newscheck.checkers.pronoun_gender.names import lookup, table
from newscheck.checkers.pronoun_gender.pronouns import counterpart, find_pronouns
from newscheck.checkers.pronoun_gender.rules import RULES
from newscheck.config import Settings
from newscheck.engine import Engine
from newscheck.models import Finding, Report, Severity

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newscheck" / "checkers" / "pronoun_gender" / "data"
ENGINE = Engine(Settings(select=["PG", "PG002"]), checkers={"pronoun_gender": PronounGenderChecker})

WATSON = (
    "The coordinated action demonstrates renewed cooperation between the United States, "
    "Japan and South Korea, White House security spokeswoman Adrienne Watson said in a "
    "statement. “The diplomatic door is not closed yet,” Watson said. “But Pyongyang must "
    "stop its destabilizing actions immediately.”\n\n"
    "He also said that North Korea is becoming increasingly desperate."
)


def check(body: str, title: str = "") -> Report:
    return ENGINE.check(Article(title=title, body=body))


def pg(report: Report, code: str = "PG001") -> list[Finding]:
    return report.by_rule(code)


def data(report: Report) -> dict[str, object]:
    return next(c.data for c in report.checkers if c.name == "pronoun_gender")


# -- hits -----------------------------------------------------------------------------------


def test_spokeswoman_then_he_also_said_is_flagged_with_she() -> None:
    [finding] = pg(check(WATSON))
    assert finding.text == "He"
    assert WATSON[finding.start : finding.end] == "He"
    assert finding.suggestions == ["She"]
    assert "Adrienne Watson" in finding.message
    assert "spokeswoman" in finding.message
    assert finding.message.endswith('"He" probably refers to her.')
    assert finding.confidence >= 0.9
    assert finding.severity is Severity.ERROR


def test_offsets_stay_exact_after_curly_quotes_and_emoji() -> None:
    body = "🎉🎉 “Big news” 🚀 " + WATSON
    [finding] = pg(check(body))
    assert body[finding.start : finding.end] == "He"
    assert finding.start == WATSON.index("He also") + len("🎉🎉 “Big news” 🚀 ")


def test_honorific_is_evidence() -> None:
    body = (
        "Mr Ahmed Karimi, the chief executive of the company, said profits had risen. "
        "She added that the firm would hire 200 staff next year."
    )
    [finding] = pg(check(body))
    assert finding.text == "She"
    assert finding.suggestions == ["He"]
    assert "Mr Ahmed Karimi" in finding.message


@pytest.mark.parametrize(
    ("sentence", "pronoun", "suggestion"),
    [
        ("His decision was final.", "His", "Her"),
        ("The decision was his alone to make.", "his", "hers"),
        ("Colleagues described him as calm under pressure.", "him", "her"),
        ("HE WILL BE MISSED, the orchestra said.", "HE", "SHE"),
    ],
)
def test_suggestion_matches_the_case_of_the_pronoun(
    sentence: str, pronoun: str, suggestion: str
) -> None:
    # Object pronouns are the riskiest to resolve and stay below the default threshold.
    engine = Engine(
        Settings(select=["PG"], checkers={"pronoun_gender": {"min_confidence": 0.5}}),
        checkers={"pronoun_gender": PronounGenderChecker},
    )
    body = "Dame Sarah Connolly, the mezzo-soprano, retired on Monday. " + sentence
    findings = [f for f in engine.check(body).by_rule("PG001") if f.text == pronoun]
    assert [f.suggestions for f in findings] == [[suggestion]]


def test_counterpart_reads_what_follows_her_and_his() -> None:
    body = "He met her. She took his coat. The coat was his. She drove her car herself."
    doc = Document(Article(body=body))
    swapped = [(p.text, counterpart(p)) for p in find_pronouns(doc.body)]
    assert swapped == [
        ("He", "She"),
        ("her", "him"),
        ("She", "He"),
        ("his", "her"),
        ("his", "hers"),
        ("She", "He"),
        ("her", "his"),
        ("herself", "himself"),
    ]


# GAP coreference data (Google, Apache-2.0; tests/data/gap_LICENSE): Wikipedia snippets from
# gap-development.tsv rows 631, 1959 and 1900, each with its gold pronoun's gender flipped as
# in benchmarks/pronoun_gender.py, and as written.
GAP = [
    (
        "Thomas Hermanns (b. 5 March 1963) is a German TV-presenter, director, TV-author and "
        "comedian. {} is known for his comedy-show Quatsch Comedy Club.",
        "He",
        "She",
    ),
    (
        "When asked how {} felt about Fey's portrayal, Sarah Palin replied, ``I watched with "
        "the volume all the way down and I thought it was hilarious....",
        "she",
        "he",
    ),
    (
        "Kimberley Santos won the 1980 Miss World contest (representing Guam) after Germany 's "
        "Gabriella Brum resigned the day after {} victory.",
        "her",
        "his",
    ),
]


@pytest.mark.parametrize(("template", "written", "flipped"), GAP)
def test_gap_flipped_pronoun_is_found_and_original_is_clean(
    template: str, written: str, flipped: str
) -> None:
    at = template.index("{}")
    [finding] = pg(check(template.format(flipped)))
    assert (finding.start, finding.text, finding.suggestions) == (at, flipped, [written])
    assert pg(check(template.format(written))) == []


# -- must stay quiet -----------------------------------------------------------------------


def test_corrected_copy_is_clean() -> None:
    assert pg(check(WATSON.replace("He also said", "She also said"))) == []


def test_pronouns_inside_quotations_are_the_source_s_words() -> None:
    body = (
        "Ms Ellen Parks, the council's leader, defended the plan. "
        "“He told us the bridge was safe and he was wrong,” she said."
    )
    assert pg(check(body)) == []


def test_two_people_of_different_genders_in_one_paragraph() -> None:
    body = (
        "Prime Minister Theresa May met President Donald Trump at the White House on Friday. "
        "She said the talks had been productive, and he praised her for her candour. "
        "He later told reporters that his country would stand by Britain."
    )
    assert pg(check(body)) == []


def test_person_described_as_non_binary_is_never_gendered() -> None:
    body = (
        "Jennifer Alvarez, who is non-binary, founded the studio in 2015. "
        "He said the award was a surprise."
    )
    report = check(body)
    assert pg(report) == []
    [person] = data(report)["people"]  # type: ignore[misc]
    assert person["name"] == "Jennifer Alvarez"
    assert person["gender"] is None


def test_they_them_pronouns_mark_the_person() -> None:
    body = (
        "Mary Okafor (they/them) leads the union's campaign. "
        "Okafor said the strike would go ahead. He added that talks had failed."
    )
    assert pg(check(body)) == []


def test_unisex_first_name_is_not_gender_evidence() -> None:
    for pronoun in ("He", "She"):
        body = (
            f"Jordan Ellis won the regional final on Sunday. {pronoun} said the victory "
            "was the best moment of the season."
        )
        report = check(body)
        assert pg(report) == []
        [person] = data(report)["people"]  # type: ignore[misc]
        assert person["name"] == "Jordan Ellis"


def test_person_with_no_evidence_is_not_forced_into_a_gender() -> None:
    body = "Okonkwo said the deal was done. She declined to comment further."
    report = check(body)
    assert pg(report) == []


def test_a_country_as_she_is_a_style_point_not_a_person() -> None:
    body = (
        "The United States has come out strongly to defend her friends in the East, "
        "Japan and South Korea."
    )
    report = check(body)
    assert pg(report) == []
    [style] = pg(report, "PG002")
    assert style.text == "her"
    assert style.suggestions == ["its"]
    assert style.severity is Severity.INFO


def test_country_rule_is_off_by_default() -> None:
    engine = Engine(Settings(), checkers={"pronoun_gender": PronounGenderChecker})
    body = "Britain said she would defend her interests."
    assert engine.check(body).by_rule("PG002") == []


# WinoBias (Zhao et al. 2018, MIT, uclanlp/corefBias): anti-stereotyped sentences are correct
# English; flagging them would be bias. Occupations are no evidence of gender.
WINOBIAS = [
    "The developer argued with the designer because she did not like the design.",
    "The mechanic gave the clerk a present because she won the lottery.",
    "The developer argued with the designer and slapped him in the face.",
    "The mover said thank you to the housekeeper because he is grateful.",
    "The CEO raised the salary of the receptionist because she is generous.",
    "The nurse notified the patient that his shift would be ending in an hour.",
]


@pytest.mark.parametrize("sentence", WINOBIAS)
def test_winobias_anti_stereotyped_sentences_stay_clean(sentence: str) -> None:
    assert pg(check(sentence)) == []


def test_generic_he_or_she_is_left_alone() -> None:
    body = (
        "Speaker Michael Martin ruled on Monday. The Speaker chairs debates in the Commons. "
        "He or she is always an MP chosen by colleagues, and his or her word is final."
    )
    assert pg(check(body)) == []


def test_spokesman_is_weak_evidence() -> None:
    body = (
        "A government spokesman, Alex Morgan, said the talks would resume. "
        "She said both sides wanted a deal."
    )
    assert pg(check(body)) == []


PENN = (
    "Penn was elected as a Democrat to Congress in 1849. He served as a delegate to the "
    "national convention in 1852. Penn was elected again in 1851. {pronoun} was reelected "
    "to the next Congress and served until 1853."
)


def test_a_surname_called_he_elsewhere_makes_a_lone_she_a_suspect() -> None:
    # One "He" (evidence 1.0 x its share) is below the 1.0 a name or title needs, but the
    # writer's own pronoun for the person is enough for a suspect when nothing backs "She".
    body = PENN.format(pronoun="She")
    [finding] = pg(check(body))
    assert finding.text == "She"
    assert finding.suggestions == ["He"]
    assert "Penn" in finding.message
    assert pg(check(PENN.format(pronoun="He"))) == []


def test_she_for_another_woman_after_a_man_s_pronouns_stays_quiet() -> None:
    body = (
        "Penn was elected as a Democrat to Congress in 1849. He served as a delegate to the "
        "national convention in 1852. His successor, Mary Lowell, was elected in 1855. She "
        "was reelected to the next Congress and served until 1859."
    )
    assert pg(check(body)) == []


def test_a_surname_with_a_gendered_role_is_a_person_who_can_be_checked() -> None:
    body = (
        "Born in Glasgow, Ure was the daughter of a civil engineer. {pronoun} went to the "
        "Mount School in York, and trained for the stage in London."
    )
    [finding] = pg(check(body.format(pronoun="He")))
    assert finding.text == "He"
    assert "daughter" in finding.message
    assert pg(check(body.format(pronoun="She"))) == []


def test_man_named_in_a_quote_does_not_take_the_speaker_s_pronoun() -> None:
    body = (
        "“I spoke to John Smith yesterday and the deal is close,” Angela Merkel told "
        "reporters. She said an agreement could be signed next week."
    )
    assert pg(check(body)) == []


# -- data for reviewers and later checkers ---------------------------------------------------


def test_people_and_their_evidence_are_exposed() -> None:
    report = check(WATSON)
    people = data(report)["people"]
    watson = next(p for p in people if p["name"] == "Adrienne Watson")  # type: ignore[union-attr]
    assert watson["field"] == "body"
    assert watson["gender"] == "female"
    kinds = {e["kind"] for e in watson["evidence"]}
    assert {"role", "first_name"} <= kinds
    spans = [WATSON[s:e] for s, e in watson["spans"]]
    assert spans == ["Adrienne Watson", "Watson"]
    metrics = next(c.metrics for c in report.checkers if c.name == "pronoun_gender")
    assert metrics["gendered_pronouns"] == 1.0


def test_his_wife_names_the_wife() -> None:
    body = (
        "Tom Baker arrived with his wife, Nadia Baker, who chairs the charity. "
        "He said the evening had raised £20,000."
    )
    report = check(body)
    assert pg(report) == []
    nadia = next(p for p in data(report)["people"] if p["name"] == "Nadia Baker")  # type: ignore[union-attr]
    assert any(e["kind"] == "role" and e["text"] == "wife" for e in nadia["evidence"])


# -- a role in a possessive phrase names the appositive, never the possessor ----------------

FAMILY = (
    "John Penn, 54, was elected mayor in 2010. Penn's wife, Mary Penn, runs the family "
    "bakery. He said the town needed a new school."
)


def people_by_name(report: Report) -> dict[str, dict[str, object]]:
    return {p["name"]: p for p in data(report)["people"]}  # type: ignore[index, union-attr]


def roles(person: dict[str, object]) -> set[str]:
    return {e["text"] for e in person["evidence"] if e["kind"] == "role"}  # type: ignore[attr-defined, index]


@pytest.mark.parametrize(
    "body",
    [
        FAMILY,
        # The man known only by title and surname must not become the wife.
        FAMILY.replace("John Penn, 54, was elected mayor", "Mayor Penn, 54, was elected"),
        FAMILY.replace("John Penn, 54, was elected mayor", "Mayor Penn, 54, was elected").replace(
            "Penn's wife", "His wife"
        ),
    ],
    ids=["full-name", "title-and-surname", "his-wife"],
)
def test_penn_s_wife_mary_penn_is_mary_not_penn(body: str) -> None:
    report = check(body)
    assert pg(report) == []
    people = people_by_name(report)
    assert roles(people["Mary Penn"]) == {"wife"}
    husband = next(p for name, p in people.items() if name != "Mary Penn")
    assert "wife" not in roles(husband)
    assert husband["gender"] != "female"


@pytest.mark.parametrize(
    "sentence",
    [
        "Penn's wife, Mary Penn, runs the family bakery and calls himself an early riser.",
        "Penn's wife, Mary Penn, runs the family bakery. Mrs Penn calls himself an early riser.",
    ],
    ids=["same-sentence", "next-sentence"],
)
def test_wrong_reflexive_for_the_wife_is_still_flagged(sentence: str) -> None:
    # "himself" can only be bound by its clause's subject, Mary Penn: no reader disagrees.
    body = f"John Penn, 54, was elected mayor in 2010. {sentence}"
    [finding] = pg(check(body))
    assert finding.text == "himself"
    assert finding.suggestions == ["herself"]
    assert "Mary Penn" in finding.message
    assert "wife" in finding.message


def test_wrong_reflexive_for_the_husband_is_still_flagged() -> None:
    body = (
        "John Penn, 54, was elected mayor in 2010 and calls herself a reluctant politician. "
        "Penn's wife, Mary Penn, runs the family bakery."
    )
    [finding] = pg(check(body))
    assert finding.text == "herself"
    assert "John Penn" in finding.message


def test_penn_s_daughter_anna_said_she_stays_quiet() -> None:
    body = (
        "John Penn, 54, was elected mayor in 2010. Penn's daughter, Anna, said she would run "
        "for office."
    )
    report = check(body)
    assert pg(report) == []
    people = people_by_name(report)
    assert roles(people["Anna"]) == {"daughter"}
    assert roles(people["John Penn"]) == set()


def test_a_surname_two_people_share_is_neither_of_them() -> None:
    body = (
        "John Penn, 54, was elected mayor in 2010. His wife, Mary Penn, runs the family "
        "bakery. Penn said the shop would stay open. He added that the town needed a new school."
    )
    report = check(body)
    assert pg(report) == []
    people = people_by_name(report)
    lone = [body.index("Penn said"), body.index("Penn said") + 4]
    assert lone not in people["John Penn"]["spans"]  # type: ignore[operator]
    assert lone not in people["Mary Penn"]["spans"]  # type: ignore[operator]
    # Either of them: a person of its own, known only from the pronouns pinned on it.
    assert {e["kind"] for e in people["Penn"]["evidence"]} <= {"pronoun"}  # type: ignore[attr-defined, index]


def test_a_title_tells_which_penn_is_meant() -> None:
    body = (
        "John Penn, 54, was elected mayor in 2010. His wife, Mary Penn, runs the family "
        "bakery. Mrs Penn said the shop would stay open."
    )
    mary = people_by_name(check(body))["Mary Penn"]
    assert [body.index("Penn said"), body.index("Penn said") + 4] in mary["spans"]  # type: ignore[operator]


def test_a_full_name_is_not_merged_with_another_first_name() -> None:
    # "Grigoris" is not in the name table; the person is known from "lawyer" before him.
    body = (
        "Defence lawyer Grigoris Ioanidis said the verdict was unjust. Maria Ioanidis, who "
        "chairs the residents' group, said the family would appeal."
    )
    people = people_by_name(check(body))
    assert {"Grigoris Ioanidis", "Maria Ioanidis"} <= set(people)
    assert people["Grigoris Ioanidis"]["gender"] is None


# -- rules, data files and cost -------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    engine = Engine(Settings(select=[code]), checkers={"pronoun_gender": PronounGenderChecker})
    assert code in [f.rule for f in engine.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code not in [f.rule for f in engine.check(rule.better).findings]  # type: ignore[attr-defined]


def test_name_table_loads_and_ships_its_licence() -> None:
    # Load time is measured in benchmarks/pronoun_gender.py, never asserted here.
    table.cache_clear()
    names = table()
    assert len(names) > 10_000
    assert (DATA / "LICENSES" / "nomquamgender-MIT.txt").read_text().startswith("Copyright")
    assert "nomquamgender" in (DATA / "README.md").read_text()
    adrienne, jean = lookup("Adrienne"), lookup("Jean")
    assert adrienne is not None and adrienne.gender == "female"
    assert jean is not None and jean.gender is None
    assert lookup("José") is not None
