"""Page chrome (PC): furniture found as whole blocks, copy left alone, rule docs hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.article import Article
from newscheck.checkers.page_chrome import PageChromeChecker, detect_chrome
from newscheck.config import Settings
from newscheck.engine import Engine
from newscheck.segment import split_paragraphs

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
STORY = (
    "Floods closed more than 200 schools across the region on Monday after a week of heavy "
    "rain.\n\nThe regional education office said pupils would be taught online until the "
    "water receded."
)


def blocks(text: str, title: str = "") -> list[tuple[str, str]]:
    return [
        (b.kind, text[b.span.start : b.span.end])
        for b in detect_chrome(text, split_paragraphs(text), title)
    ]


def engine(select: list[str] | None = None) -> Engine:
    return Engine(Settings(select=select or []), checkers={"page_chrome": PageChromeChecker})


def test_breadcrumb_and_you_are_here_are_one_navigation_block() -> None:
    text = "You are here\nHome > World > Asia > Floods close schools\n\n" + STORY
    assert blocks(text) == [
        ("navigation", "You are here\nHome > World > Asia > Floods close schools")
    ]


def test_related_heading_takes_its_list_of_links_and_stops_at_prose() -> None:
    text = (
        STORY + "\n\nRelated Articles\n\nRiver levels fall in the north\n\nSchools reopen "
        "after storm\n\nThe council will meet on Friday to decide whether to reopen the bridge."
    )
    assert blocks(text) == [
        (
            "related",
            "Related Articles\n\nRiver levels fall in the north\n\nSchools reopen after storm",
        )
    ]


def test_comment_form_and_share_buttons() -> None:
    text = (
        STORY + "\n\nShare this:\nTwitter\nFacebook\n\nLeave a Reply\n\nYour email address will "
        "not be published. Required fields are marked *\nComment *\nName *"
    )
    found = blocks(text)
    assert found[0] == (
        "prompt",
        "Share this:\nTwitter\nFacebook\n\nLeave a Reply\n\nYour email "
        "address will not be published. Required fields are marked *\nComment *\nName *",
    )
    assert len(found) == 1


def test_byline_date_and_source_line() -> None:
    text = "By Jane Doe\nPublished 3 March 2023\n\n" + STORY + "\n\nSource: Reuters"
    assert blocks(text) == [
        ("byline", "By Jane Doe\nPublished 3 March 2023"),
        ("byline", "Source: Reuters"),
    ]


def test_author_bio_at_the_end_but_not_a_source_the_story_names() -> None:
    bio = "Maria Lopez is a freelance journalist who writes about education. She lives in Lisbon."
    assert blocks(STORY + "\n\n" + bio) == [("bio", bio)]
    sourced = "Maria Lopez, a parent, said the closures were chaotic.\n\n" + STORY + "\n\n" + bio
    assert blocks(sourced) == []


def test_captions_by_credit_marker_and_participle() -> None:
    credit = "Pupils wade through a flooded playground. Photo: AFP"
    marker = "Jane Doe (left) with the mayor on Monday."
    participle = "The education minister, speaking at a news conference in the capital."
    for caption in (credit, marker, participle):
        assert blocks(caption + "\n\n" + STORY) == [("caption", caption)]


def test_headline_repeated_from_title_or_after_a_breadcrumb() -> None:
    title = "Floods close schools across the region"
    assert blocks(title + "\n\n" + STORY, title) == [("headline", title)]
    text = "Home > World > " + title + "\n\n" + title + "\n\n" + STORY
    assert blocks(text)[1] == ("headline", title)


@pytest.mark.parametrize(
    "copy",
    [
        "Russia and China",  # a crosshead
        "New ways",
        "By Tuesday, the water had risen above the flood wall.",
        "By comparison, sales rose 5% last year.",
        "Residents, standing outside their homes, watched the fire spread.",
        "Mr Smith, speaking on Tuesday, said the plan would go ahead.",
        "Saturday, 26 February",
        "Sales rose to £5m / $9m / €7m in the year.",
        "Share prices fell sharply on Monday after the announcement.",
        "Jones is a reporter for the local paper who was arrested in May.",
    ],
)
def test_copy_that_looks_a_little_like_furniture_stays(copy: str) -> None:
    text = STORY + "\n\n" + copy + "\n\n" + STORY
    assert blocks(text) == []


def test_a_source_who_is_a_journalist_is_not_a_bio() -> None:
    text = (
        "Evan Gershkovich was detained in March.\n\n" + STORY + "\n\nEvan Gershkovich is a "
        "reporter for the Wall Street Journal who covered Russia for six years."
    )
    assert blocks(text) == []


def test_checker_reports_each_block_once_with_its_span() -> None:
    text = "You are here\nHome > World > Floods\n\n" + STORY + "\n\nLeave a Reply"
    report = engine().check(Article(body=text))
    assert [(f.rule, f.start, f.end) for f in report.findings] == [
        ("PC001", 0, 34),
        ("PC003", len(text) - len("Leave a Reply"), len(text)),
    ]
    result = report.checkers[0]
    assert result.metrics["chrome_blocks"] == 2.0
    assert result.data["chrome"][0] == {"kind": "navigation", "start": 0, "end": 34}


@pytest.mark.parametrize("rule", PageChromeChecker.rules, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    checker = engine([code])
    assert code in [f.rule for f in checker.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code not in [f.rule for f in checker.check(rule.better).findings]  # type: ignore[attr-defined]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds absent")
def test_seed_furniture_is_found() -> None:
    from newscheck.loaders import load_article

    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        report = engine().check(load_article(path))
        found += [(f.rule, f.text.split("\n")[0]) for f in report.findings]
    rules = {rule for rule, _ in found}
    assert {"PC001", "PC002", "PC003", "PC004", "PC005", "PC006", "PC007"} <= rules
    assert ("PC002", "Similar Articles") in found
    assert ("PC003", "Leave a Reply") in found
    assert ("PC004", "Source: BNR") in found


def test_exclude_chrome_off_still_reports_chrome_but_hides_nothing() -> None:
    from newscheck import Engine, Settings
    from newscheck.analysis import Document
    from newscheck.article import Article

    body = (
        "Home > World > Europe\n\n"
        "The council approved the new budget on Tuesday after a long debate over school "
        "funding and road repairs in the northern districts.\n\n"
        "Related Articles\n\n"
        "Leave a Reply"
    )
    hidden = Document(Article(body=body))
    shown = Document(Article(body=body), exclude_chrome=False)
    assert hidden.body.chrome == shown.body.chrome and shown.body.chrome
    assert shown.body.excluded == [] and hidden.body.excluded
    assert len(shown.body.paragraphs) > len(hidden.body.paragraphs)
    report = Engine(Settings(select=["PC"], exclude_chrome=False)).check(body)
    assert report.findings
