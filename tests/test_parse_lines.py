"""The parse stage's building blocks: line features, bylines, dates, captions, related links."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import Author, Figure
from generator.parse.bylines import is_name_line, normalise_name, parse_byline
from generator.parse.credits import is_contributor_credit
from generator.parse.dates import find_dates, is_date_line
from generator.parse.figures import credit_of, split_caption
from generator.parse.lines import content_words, is_debris, prose_score, split_lines
from generator.parse.related import cut_related, related_headline

WELL = "Farmers wait at a dry well near Mora on Aug. 9, 2021."


def test_prose_scores_above_furniture():
    prose = "The council said on Tuesday that it would extend the limits for another month, citing the dry spring."
    assert prose_score(prose) > 0.6
    for furniture in ("Home", "Share on Facebook", "Most Popular Stories This Week", "Sign up for our newsletter"):
        assert prose_score(furniture) < 0.3, furniture


@pytest.mark.parametrize("prose", [
    "El gobierno de Roma rechazó su extradición a Turquía y el caso abrió una crisis con Ankara.",
    "Le gouvernement a annoncé mardi que les restrictions seraient prolongées pour un mois de plus.",
    "Die Regierung hat am Dienstag mitgeteilt, dass die Regeln für einen weiteren Monat gelten.",
])
def test_prose_in_other_european_languages_scores_as_prose(prose: str):
    assert prose_score(prose) > 0.5


@pytest.mark.parametrize(
    "line",
    ["Font Size:", "Share", "Tweet", "Advertisement", "Continue reading the main story", "Epoch Times Photo",
     "© 2021 Valley Times. All rights reserved.", "We use cookies to give you the best experience on our site.",
     "Sign up for a free account to save articles", "Share Tweet Email Print", "Font Size A A A",
     "Be the first to know", "Not Now", "Turn On", "Related coverage", "You may also like", "Most Read",
     "A version of this article appears in print on March 4, 2021, Section A, Page 1 of the Valley edition.",
     "This story appeared in the print edition of the Valley Times. Order Reprints | Today's Paper",
     "Subscribe to The Valley Times from $1 a week", "S'abonner au Monde à partir de 1 €", "Read now",
     "Cannabis for pain 'lacks evidence' Reviews of the evidence find it of poor quality. Read now email email",
     "WATER RISK – A chemical in drinking water could impede growth. Continue reading…",
     "Welcome to the Valley Times Health Newsletter. If it is not delivered to you yet, please subscribe here.",
     "Follow KGW on social media: Facebook | Twitter | Instagram | YouTube", "GiftOutline Gift Article"],
)
def test_universal_debris(line):
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    ["Share prices rose sharply on Tuesday after the council vote.", "Printing presses", "Council pulls its flood video",
     "Related charges were filed against two aides.", "Not now, the minister said.",
     "The Valley Times ended its print edition in 2009 and now appears only online.",
     "Farmers who read now the council's letter will find no relief in it.",
     "Millions follow him on Twitter, where he posts daily about the council.",
     "What the council decided, and what it means for the valley's farmers this summer: read on.",
     "Those who want the details of the council's plan for the valley's wells can read more."],
)
def test_prose_that_starts_like_debris_is_not_debris(line):
    assert not is_debris(line)


def test_split_lines_joins_wrapped_sentences_only():
    text = (
        "The council voted on Tuesday to extend the water\nlimits for a month.\n"
        "Valley Farmers Count the Cost of a Dry Spring\nby Jane Doe\n"
        "Jane Doe\non\nMarch 3"
    )
    assert [line.text for line in split_lines(text)] == [
        "The council voted on Tuesday to extend the water limits for a month.",
        "Valley Farmers Count the Cost of a Dry Spring",
        "by Jane Doe",
        "Jane Doe",
        "on",
        "March 3",
    ]


def test_split_lines_drops_control_characters_and_odd_spaces():
    assert [line.text for line in split_lines("A\u00a0title\x00\r\n\u200bBody\tline\r\n")] == ["A title", "Body line"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", (Author("Jane Doe"),)),
        ("BY JANE DOE AND JOHN ROE", (Author("Jane Doe"), Author("John Roe"))),
        ("By Jane Doe | Valley Times", (Author("Jane Doe"),)),
        ("by Jane Doe22 Dec 2016651", (Author("Jane Doe"),)),
        ("By Jane Doe in London", (Author("Jane Doe"),)),
        ("Posted by Jane Doe", (Author("Jane Doe"),)),
        ("Author: Jane Doe", (Author("Jane Doe"),)),
        ("By Jane Doe for The Valley Times", (Author("Jane Doe"),)),
        ("By JANE DOE Associated Press", (Author("Jane Doe"),)),
        ("By Jane Doe CNN", (Author("Jane Doe"),)),
        ("By submitting your email you agree", ()),
        ("By the numbers", ()),
        ("Jane Doe Deputy News Editor", ()),
    ],
)
def test_parse_byline(line, authors):
    assert parse_byline(line) == authors


def test_bare_byline_with_role():
    assert parse_byline("Jane Doe Deputy News Editor", bare=True) == (Author("Jane Doe", "Deputy News Editor"),)


@pytest.mark.parametrize(
    "line", ["Getty Images", "Share This Article", "Yahoo FinanceOctober", "Staff Writer", "Jane Doe CNN"]
)
def test_not_a_name(line):
    assert not is_name_line(line)


def test_normalise_name():
    assert normalise_name("JANE O'DOE") == "Jane O'Doe"
    assert normalise_name("Jane McDoe") == "Jane McDoe"


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("August 10, 2021 Updated: August 10, 2021", dt.date(2021, 8, 10), dt.date(2021, 8, 10)),
        ("JAN. 13, 2017", dt.date(2017, 1, 13), None),
        ("2021-08-10", dt.date(2021, 8, 10), None),
        ("2021/08/10 14:03", dt.date(2021, 8, 10), None),
        ("Published 3:04 PM ET Tue, 10 Aug 2021", dt.date(2021, 8, 10), None),
        ("Updated August 12, 2021", None, dt.date(2021, 8, 12)),
        ("9/11/13 10:00AM", dt.date(2013, 9, 11), None),
        ("Sept. 31, 2021", None, None),
    ],
)
def test_find_dates(line, published, updated):
    dates = find_dates(line)
    assert (dates.published, dates.updated) == (published, updated)


def test_date_line_is_mostly_a_date():
    assert is_date_line("Posted on Tuesday, March 3, 2022 at 9:00 a.m. EST")
    assert not is_date_line("The council met on March 3, 2022 to discuss the water limits again.")


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        (f"{WELL} (Jan Novak/AP Photo)", Figure(WELL, "Jan Novak/AP Photo")),
        (f"{WELL} (Photo by JOHN DOE/AFP via Getty Images)", Figure(WELL, "Photo by JOHN DOE/AFP via Getty Images")),
        (f"{WELL} (Jan Novak / Valley Times)", Figure(WELL, "Jan Novak / Valley Times")),
        ("The council said the limits would stay (for now).", None),
        ("The games include several sequels (MP2 / MP3 SP)", None),
        ("Peace reigned through the cosmos for a thousand years. [MP / MPH / MP2]", None),
        (f"{WELL} (Graphic images of his right eye at the first visit can be found here.)", None),
        (f"{WELL} (Photo courtesy of the family.)", Figure(WELL, "Photo courtesy of the family.")),
        (f"{WELL}CreditCreditJan Novak/EPA, via Shutterstock", Figure(WELL, "Jan Novak/EPA, via Shutterstock")),
        (f"{WELL} Image Credit: Jan Novak / Shutterstock", Figure(WELL, "Jan Novak / Shutterstock")),
        (f"{WELL} Credits: NASA/Jan Novak", Figure(WELL, "NASA/Jan Novak")),
        ("The bank said. Credit Suisse shares fell by a third on the news from Zurich.", None),
        ("She said the rescue of Credit Suisse by UBS came just in time for the markets.", None),
    ],
)
def test_split_caption(line, figure):
    assert split_caption(line) == figure


@pytest.mark.parametrize(
    ("line", "credit"),
    [("Photo: Reuters", "Reuters"), ("Getty Images", "Getty Images"), ("Jan Novak/Reuters", "Jan Novak/Reuters"),
     ("Photograph: Jan Novak/AP", "Jan Novak/AP"),
     ("Credit Jan Novak/Agence France-Presse", "Jan Novak/Agence France-Presse"), ("(Photo by Jan Novak/AFP)", "Photo by Jan Novak/AFP"),
     ("Weak dollar hits Reuters", None)],
)
def test_credit_of(line, credit):
    assert credit_of(line) == credit


def test_contributor_credits():
    assert is_contributor_credit("The Associated Press contributed to this report.")
    assert is_contributor_credit("Reporting by Jane Doe; Editing by John Roe")
    assert is_contributor_credit("John Roe contributed reporting from Mora.")
    assert not is_contributor_credit("Reporting on the drought has been difficult, she said.")


def test_related_links():
    assert cut_related("Farmers asked for help. (RELATED: Reservoir Falls) The council agreed.") == (
        "Farmers asked for help. The council agreed.",
        ("Reservoir Falls",),
    )
    assert cut_related("No links here.") == ("No links here.", ())
    assert related_headline("RELATED: Reservoir Falls") == "Reservoir Falls"
    assert related_headline("Read more: Reservoir Falls") == "Reservoir Falls"
    assert related_headline("SEE RELATED STORY: Reservoir Falls") == "Reservoir Falls"
    assert related_headline("Related stories are below") is None


def test_content_words_drop_stop_words_possessives_and_plurals():
    assert content_words(["The", "Gaming's", "richest", "Universes", "Taliban’s"]) == [
        "gaming",
        "richest",
        "universe",
        "taliban",
    ]


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("Listen 9 min Comment on this story Comment Gift Article Share", True),
        ("Print this article", True),
        ("The story", False),
        ("Read the story", False),
    ],
)
def test_a_line_of_buttons_is_debris(line: str, debris: bool) -> None:
    assert is_debris(line) is debris
