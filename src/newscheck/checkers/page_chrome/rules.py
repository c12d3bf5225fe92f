"""PC rules: one per kind of page furniture, so a desk can switch off the kinds it keeps."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

_WHY = (
    "Copy scraped from a web page or taken from a syndication feed often brings the page's "
    "furniture with it. Published as it is, it tells readers the story was lifted, and it "
    "pollutes everything measured on the copy: word counts, reading grade, names and numbers."
)

_STORY = (
    "Floods closed more than 200 schools across the region on Monday after a week of heavy "
    "rain.\n\n"
    "The regional education office said pupils would be taught online until the water "
    "receded."
)

RULES = (
    Rule(
        code="PC001",
        name="navigation-in-copy",
        severity=Severity.WARNING,
        summary="Site navigation or a breadcrumb trail is part of the copy.",
        what=(
            "Lines that belong to the page around the article: a breadcrumb trail (short "
            'labels joined by arrows, chevrons or slashes, such as "Home > World > Asia"), '
            'a menu bar, "You are here", "Skip to content", "Back to top".'
        ),
        why=_WHY,
        example="You are here\nHome > World > Asia > Floods close schools\n\n" + _STORY,
        better=_STORY,
    ),
    Rule(
        code="PC002",
        name="related-links-in-copy",
        severity=Severity.WARNING,
        summary="A block of links to other articles is part of the copy.",
        what=(
            'A "Related articles", "You may also like", "Read more" or "Most read" '
            'heading, with the list of headlines under it, or a one-line "Read more: ..." '
            "link between paragraphs."
        ),
        why=_WHY,
        example=_STORY + "\n\nRelated Articles\n\nRiver levels fall in the north\n\n"
        "Schools reopen after storm",
        better=_STORY,
    ),
    Rule(
        code="PC003",
        name="reader-prompt-in-copy",
        severity=Severity.WARNING,
        summary="A prompt to comment, share, follow or subscribe, or an advert, is in the copy.",
        what=(
            'Comment headings and comment forms ("Leave a Reply", "Your email address will '
            'not be published"), share and follow buttons ("Share this:", "Follow us on '
            'Twitter"), newsletter sign-ups, comment counters and "Advertisement" slots.'
        ),
        why=_WHY,
        example=_STORY + "\n\nShare this:\nFacebook\nTwitter\n\nLeave a Reply",
        better=_STORY,
    ),
    Rule(
        code="PC004",
        name="byline-or-credit-in-copy",
        severity=Severity.WARNING,
        summary="A byline, date stamp, source line, tags or a copyright notice is in the copy.",
        what=(
            'Lines that a CMS keeps in fields of their own: "By Jane Doe", "Published 3 '
            'March 2023", "5 min read", a bare "Source: Reuters" line, "Tags: ...", '
            '"(c) 2023 ... All rights reserved". A date line without a label is flagged only '
            "at the top or bottom of the copy or beside other furniture."
        ),
        why=_WHY,
        example="By Jane Doe\nPublished 3 March 2023\n\n" + _STORY + "\n\nSource: Reuters",
        better=_STORY,
    ),
    Rule(
        code="PC005",
        name="author-bio-in-copy",
        severity=Severity.WARNING,
        summary="The writer's biography is stuck to the end of the copy.",
        what=(
            "One of the last paragraphs introduces someone the story never mentions as a "
            'writer ("Jane Doe is a journalist who writes for ...", "Jane Doe covers '
            '..."), or follows an "About the author" heading; the rest of that bio goes '
            "with it."
        ),
        why=_WHY,
        example=_STORY + "\n\nMaria Lopez is a freelance journalist who writes about "
        "education and the environment. She lives in Lisbon.",
        better=_STORY,
    ),
    Rule(
        code="PC006",
        name="caption-in-copy",
        severity=Severity.WARNING,
        summary="An image caption sits in the copy as if it were a paragraph.",
        what=(
            'A paragraph shaped like a caption: one that ends with a photo credit ("Image: '
            '...", "(AP Photo/...)", "REUTERS/..."), that places people in a picture '
            '("(left)", "(right)"), or a verbless "Name, standing in front of ..." line.'
        ),
        why=_WHY,
        example="Pupils wade through a flooded playground in the city centre. Photo: AFP\n\n"
        + _STORY,
        better=_STORY,
    ),
    Rule(
        code="PC007",
        name="headline-repeated-in-copy",
        severity=Severity.WARNING,
        summary="The headline is repeated as a line of the body.",
        what=(
            "A line near the top of the body that is the headline again: the title, or "
            "when the article has no title, the last crumb of a breadcrumb trail or a "
            "headline line that appears twice."
        ),
        why=_WHY,
        example="Floods close schools across the region\n\nFloods close schools across the "
        "region\n\n" + _STORY,
        better="Floods close schools across the region\n\n" + _STORY,
    ),
)

RULE_OF_KIND = {
    "navigation": "PC001",
    "related": "PC002",
    "prompt": "PC003",
    "byline": "PC004",
    "bio": "PC005",
    "caption": "PC006",
    "headline": "PC007",
}
