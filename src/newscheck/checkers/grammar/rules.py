"""The grammar rules (GR): one code per kind of problem, whichever backend found it.

A backend's own rule ids (Harper's ``AnA``, LanguageTool's ``EN_A_VS_AN``) map onto these
codes in `mapping`, so a newsroom selects, ignores and re-grades problems, not backends.
Confusable words (its/it's, their/there, affect/effect) have no GR code: word misuse (WM)
owns them, and the backends' rules for them are switched off.
"""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

DOUBLED_WORD = Rule(
    code="GR001",
    name="doubled-word",
    severity=Severity.ERROR,
    summary="The same word twice in a row.",
    what=(
        "A word repeated with nothing but a space between ('the the', 'to to'). Repeats "
        "that English allows ('had had', 'that that') and doubled names ('Duran Duran') "
        "are left alone."
    ),
    why=(
        "The commonest slip of editing on screen: a phrase is rewritten and one word of "
        "the old version survives. Readers notice it at once and it looks careless in print."
    ),
    example="The minister said the the plan would be published on Monday.",
    better="The minister said the plan would be published on Monday.",
)

ARTICLE_MISMATCH = Rule(
    code="GR002",
    name="article-mismatch",
    severity=Severity.ERROR,
    summary="'a' before a vowel sound or 'an' before a consonant sound.",
    what=(
        "An indefinite article that does not match the sound of the next word: 'a "
        "independent inspector', 'an bid'. Abbreviations are read letter by letter ('an "
        "MP', 'a US official'); 'an' before an h-word ('an historic') and the letter A "
        "used as a name ('Group A') are not flagged."
    ),
    why=(
        "These slips come from late edits (an adjective added or removed before the noun) "
        "and are obvious to every reader."
    ),
    example="The council has appointed a independent inspector to review the case.",
    better="The council has appointed an independent inspector to review the case.",
)

AGREEMENT = Rule(
    code="GR003",
    name="subject-verb-agreement",
    severity=Severity.ERROR,
    summary="A verb that does not agree with its subject pronoun.",
    what=(
        "A pronoun subject followed by a verb form of the wrong number or person: 'he "
        "have', 'they was', 'it were'. Past tenses that look like present ones ('he beat') "
        "and pronouns that are objects ('against him are') are not flagged."
    ),
    why=(
        "Agreement errors read as careless or as machine translation, and in a quotation "
        "attributed in paraphrase they can misrepresent the speaker."
    ),
    example="Last month the minister told reporters that they was confident of a deal.",
    better="Last month the minister told reporters that they were confident of a deal.",
)

VERB_FORM = Rule(
    code="GR004",
    name="wrong-verb-form",
    severity=Severity.WARNING,
    summary="A verb form that does not fit the word before it.",
    what=(
        "A past form where the base form or past participle is needed: 'helped pushed', "
        "'will launched', 'did not went', 'should have ran'."
    ),
    why=(
        "Usually a half-finished edit ('has pushed' changed to 'helped push'); the sentence "
        "no longer parses and readers stop."
    ),
    example="Rising demand has helped pushed oil prices to a record high.",
    better="Rising demand has helped push oil prices to a record high.",
)

GRAMMAR_ERROR = Rule(
    code="GR005",
    name="grammar-error",
    severity=Severity.WARNING,
    summary="Another grammatical error that a grammar backend is confident about.",
    what=(
        "Grammar problems without a more specific GR code: two subject pronouns in a row "
        "('he we was') offline; with a LanguageTool server, the matches of its GRAMMAR "
        "category that no other GR code covers."
    ),
    why="Broken sentences cost readers' trust; each of these needs a person to look.",
    example="Last month the coach said he we were hopeful of a deal.",
    better="Last month the coach said we were hopeful of a deal.",
)

PUNCTUATION = Rule(
    code="GR006",
    name="punctuation-spacing",
    severity=Severity.WARNING,
    summary="A space before a comma or full stop, or none after a comma.",
    what=(
        "Misplaced spaces around punctuation: 'in March , the company said', "
        "'Party,said', 'in Nairobi .'; with a LanguageTool server, its PUNCTUATION "
        "category. Domain names ('.com') and spaced ellipses are not flagged."
    ),
    why="They are invisible in the CMS and glaring on the page, and trivial to fix.",
    example="Sales rose 5% in March , the company said.",
    better="Sales rose 5% in March, the company said.",
)

TYPOGRAPHY = Rule(
    code="GR007",
    name="typography",
    severity=Severity.INFO,
    summary="Typographic house style: dashes in ranges, ellipses, capitalisation.",
    what=(
        "An en dash for ranges of numbers ('10\u201315%'), an ellipsis character, two hyphens "
        "for a dash; with a LanguageTool server, its TYPOGRAPHY and CASING categories."
    ),
    why=(
        "House styles differ (many newsrooms use a hyphen in ranges), so this is off by "
        "default: select GR007 where the house style asks for it."
    ),
    example="Prices rose 10-15% last year.",
    better="Prices rose 10\u201315% last year.",
    default_enabled=False,
)

STYLE = Rule(
    code="GR008",
    name="wordy-style",
    severity=Severity.INFO,
    summary="A wordier or weaker phrase where a plainer one exists.",
    what=(
        "Style advice from the backends: 'all of the' for 'all the', redundant words, "
        "clichés; with a LanguageTool server, its STYLE, REDUNDANCY and PLAIN_ENGLISH "
        "categories."
    ),
    why=(
        "Useful in an edit, but matters of taste: on clean BBC copy Harper's style rules "
        "raise several findings per 1,000 words. Off by default."
    ),
    example="All of the shops were closed.",
    better="The shops were closed.",
    default_enabled=False,
)

MISSPELLING = Rule(
    code="GR009",
    name="misspelt-word",
    severity=Severity.WARNING,
    summary="A lower-case word that is not in the dictionary and is close to one that is.",
    what=(
        "A word not in the backend's dictionary for the article's variety of English nor "
        "in newscheck's news dictionary, whose best suggestion is one or two letters away "
        "('reseach', 'accomodate'). Capitalised words are names (GR010); fragments of "
        "figures ('£1.2bn') and hyphenated compounds are skipped."
    ),
    why=("Typos are the first thing readers see and the easiest thing to fix before publication."),
    example="The council will publish its reseach next week.",
    better="The council will publish its research next week.",
)

NAME_SPELLING = Rule(
    code="GR010",
    name="name-spelling",
    severity=Severity.WARNING,
    summary="A capitalised word that no dictionary knows: check the spelling of the name.",
    what=(
        "A capitalised word, usually a name, that is neither in the backend's dictionary "
        "nor in newscheck's news dictionary, with the nearest known spellings as "
        "suggestions ('Bliar': Blair?)."
    ),
    why=(
        "Misspelt names are among the most corrected errors in news, but most names in "
        "the news are in no dictionary: on clean BBC copy this flags about 25 words per "
        "1,000. Off by default; select GR010 for a name check against the news dictionary "
        "and your additions (option `words`)."
    ),
    example="Prime Minister Tony Bliar said the plan would work.",
    better="Prime Minister Tony Blair said the plan would work.",
    default_enabled=False,
)

VARIETY_SPELLING = Rule(
    code="GR011",
    name="other-variety-spelling",
    severity=Severity.WARNING,
    summary="A spelling from the other variety of English ('color' in British copy).",
    what=(
        "A word spelt the American way in copy checked as en-GB ('color', 'theater'), or "
        "the British way in en-US copy ('colour', 'theatre'). The variety is the `variety` "
        "setting. -ize spellings are accepted in British copy."
    ),
    why=(
        "A house style picks one variety; mixed spellings look unedited, and syndicated "
        "copy from the other side of the Atlantic needs converting."
    ),
    example="The colour of the flag was changed at the theatre.",
    better="The color of the flag was changed at the theater.",
)

RULES = (
    DOUBLED_WORD,
    ARTICLE_MISMATCH,
    AGREEMENT,
    VERB_FORM,
    GRAMMAR_ERROR,
    PUNCTUATION,
    TYPOGRAPHY,
    STYLE,
    MISSPELLING,
    NAME_SPELLING,
    VARIETY_SPELLING,
)
