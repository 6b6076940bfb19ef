"""The parse stage on small synthetic pages written for these tests, one rule at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
import textwrap

import pytest

from generator.model import Article, Author, Figure, SourceFile
from generator.parse import NotAnArticle, parse_article

TITLE = "Valley Farmers Count the Cost of a Dry Spring"
PROSE = [
    "The regional council voted on Tuesday to extend the water restrictions for another month, citing a dry spring"
    " and low reservoir levels across the valley.",
    "Farmers in the northern districts said the decision would force them to delay planting, and several asked the"
    " council to offer compensation for lost income.",
    "A spokesperson for the council said the restrictions would be reviewed at the next meeting, and that an"
    " emergency fund was being discussed with the province.",
    "Residents have been asked to water gardens only in the evening and to report leaks, which the utility says"
    " account for a fifth of the water it loses each year.",
]
CANAL = "A dry canal near the village of Mora."


def parse(text: str) -> Article:
    return parse_article(SourceFile("page.txt", text, "utf-8", hashlib.sha256(text.encode()).hexdigest()))


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


SEED_A_STYLE = page(
    "Council Warns Valley Farmers to Save Water, Offers Relief Talks",
    "By Marta Kowalczyk",
    "August 10, 2021 Updated: August 10, 2021",
    "Font Size:",
    "Share",
    "Tweet",
    "A dry irrigation canal outside the village of Mora on Aug. 9, 2021. (Jan Novak/AP Photo)",
    "Epoch Times Photo",
    *PROSE,
    "The Associated Press contributed to this report.",
    "From NTD News",
    "By Marta Kowalczyk",
    "Marta Kowalczyk",
)

SEED_B_STYLE = page(
    "Water Envoy Pleads With Farmers To Spare The Old Wells",
    "Harriet Okafor Deputy News Editor",
    "August 11, 2021 3:04 PM ET",
    "Font Size:",
    PROSE[0] + " (RELATED: Valley Reservoir Falls To Its Lowest Level In A Decade)",
    PROSE[1],
    "A farmer checks a dry well near Mora on August 9, 2021. (Photo by JOHN DOE/AFP via Getty Images)",
    PROSE[2],
    PROSE[3],
    "Harriet Okafor Deputy News Editor",
    "Harriet Okafor has covered farming and water in the valley since 2019, first for the radio and now for us.",
)


def test_seed_a_style_page():
    article = parse(SEED_A_STYLE)
    assert article.title == "Council Warns Valley Farmers to Save Water, Offers Relief Talks"
    assert article.authors == (Author("Marta Kowalczyk"),)
    assert article.published == dt.date(2021, 8, 10)
    assert article.updated == dt.date(2021, 8, 10)
    assert article.outlet == "NTD News"
    caption = "A dry irrigation canal outside the village of Mora on Aug. 9, 2021."
    assert article.figures == (Figure(caption, "Jan Novak/AP Photo"),)
    assert article.credits == ("The Associated Press contributed to this report.",)
    assert article.body == tuple(PROSE)


def test_seed_b_style_page():
    article = parse(SEED_B_STYLE)
    assert article.title == "Water Envoy Pleads With Farmers To Spare The Old Wells"
    assert article.authors == (Author("Harriet Okafor", "Deputy News Editor"),)
    assert article.published == dt.date(2021, 8, 11)
    assert article.body[:-1] == tuple(PROSE)
    assert "Harriet Okafor Deputy News Editor" not in article.body
    assert article.related == ("Valley Reservoir Falls To Its Lowest Level In A Decade",)
    assert article.figures == (
        Figure("A farmer checks a dry well near Mora on August 9, 2021.", "Photo by JOHN DOE/AFP via Getty Images"),
    )


def test_a_last_photo_after_the_prose_is_a_figure():
    article = parse(page(
        "Council Warns Valley Farmers to Save Water, Offers Relief Talks",
        "By Marta Kowalczyk",
        *PROSE,
        "Epoch Times Photo",
        "Farmers inspect a dry canal outside Mora on Aug. 9, 2021. (Jan Novak/AP Photo)",
        "The Associated Press contributed to this report.",
        "From NTD News",
    ))
    assert article.body == tuple(PROSE)
    assert article.figures == (Figure("Farmers inspect a dry canal outside Mora on Aug. 9, 2021.", "Jan Novak/AP Photo"),)
    assert article.outlet == "NTD News"


def test_an_opening_line_unrelated_to_the_body_is_not_the_title():
    article = parse(page(
        "Ready to publish?",
        "Change the story's title, subtitle, and visibility as needed",
        "Sign in / Sign up", "Next story", "Next story", "Featured", "Publish changes", "Mar 17 11 min",
        "The author chose to make this story unlisted, which means only people with a link can see it.",
        "Yes, show me sharing options",
        TITLE,
        *PROSE,
    ))
    assert article.title == TITLE


def test_a_teasers_headline_after_read_on_is_not_the_title():
    article = parse(page(
        "Shop Subscribe", "Latest Video The Bests Review Shop", "Valley news, tips and more.", TITLE,
        "You may also like", "Gizmodo", "Trump Shocked to Learn 3M Selling Masks Overseas", "Matt Novak",
        "Today 7:30AM", "Two Cents", "Here's When You'll Get Your Relief Check", "Lisa Rowan", "An hour ago",
        "Read on", "The 50 most important valley farms", "Read on",
        "Valley Council Has Some Neat New Water Wells In The Works", "Subscribe To Our Newsletter",
        "Marta Kowalczyk", "9/11/13 10:00AM", *PROSE,
    ))
    assert article.title == TITLE


def test_an_author_box_below_a_short_article_is_not_its_header():
    article = parse(page(
        "Physics", "Biology", "All Articles",
        "Water Envoy Pleads With Farmers To Spare The Old Wells",
        "By Harriet Okafor",
        *PROSE[:3],
        "Harriet Okafor",
        "Contributing Correspondent",
        "May 20, 2019",
        "Share this article",
    ))
    assert article.body == tuple(PROSE[:3])
    assert article.authors == (Author("Harriet Okafor", "Contributing Correspondent"),)
    assert article.published == dt.date(2019, 5, 20)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe", (Author("Jane Doe"),)),
        ("By Jane Doe and John Roe", (Author("Jane Doe"), Author("John Roe"))),
        ("By JANE DOE, JOHN O'ROE", (Author("Jane Doe"), Author("John O'Roe"))),
        ("by Jane Doe @janedoe August 1, 2016: 12:41 PM ET", (Author("Jane Doe"),)),
        ("Jane Doe Senior Political Correspondent", (Author("Jane Doe", "Senior Political Correspondent"),)),
        ("By Jane Doe, Staff Writer", (Author("Jane Doe", "Staff Writer"),)),
        ("By Ana de la Cruz", (Author("Ana de la Cruz"),)),
        ("Jane Doe, @janedoe", (Author("Jane Doe"),)),
        ("By Jane Doe, Senior Staff Technologist, VCLU Speech, Privacy, and Technology Project",
         (Author("Jane Doe", "Senior Staff Technologist"),)),
        ("By Richard (R.J.) Eskow and William (Bill) Roe", (Author("Richard Eskow"), Author("William Roe"))),
    ],
)
def test_byline_forms(byline, authors):
    assert parse(page(TITLE, byline, *PROSE)).authors == authors


def test_bare_name_next_to_a_date_is_an_author():
    article = parse(page(TITLE, "Jane Doe", "JAN. 13, 2017", *PROSE))
    assert article.authors == (Author("Jane Doe"),)
    assert article.published == dt.date(2017, 1, 13)


def test_a_bare_name_the_headline_holds_is_its_subject_not_its_author():
    article = parse(page("Jane Doe's $150K Pearl Dress -- STOLEN!!!", "Jane Doe", "JAN. 13, 2017 7:11 AM PST", *PROSE))
    assert article.authors == ()
    assert article.published == dt.date(2017, 1, 13)
    assert parse(page(TITLE, "Jane Doe", "JAN. 13, 2017 7:11 AM PST", *PROSE)).authors == (Author("Jane Doe"),)


def test_name_after_a_lone_by_is_an_author():
    article = parse(page(TITLE, "By", "JANE DOE", *PROSE))
    assert article.authors == (Author("Jane Doe"),)


def test_photo_credit_is_not_an_author():
    article = parse(page(TITLE, "Photo: Jane Doe/Reuters", *PROSE))
    assert article.authors == ()


def test_repeated_bylines_make_one_author():
    text = page(TITLE, "By Jane Doe", "By Jane Doe", "2021-08-10", *PROSE, "By Jane Doe")
    assert parse(text).authors == (Author("Jane Doe"),)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("2021-08-10", dt.date(2021, 8, 10), None),
        ("Published 3:04 PM ET Tue, 10 Aug 2021", dt.date(2021, 8, 10), None),
        ("Published June 1, 2020 Updated August 12, 2021", dt.date(2020, 6, 1), dt.date(2021, 8, 12)),
        ("JAN. 13, 2017", dt.date(2017, 1, 13), None),
        ("Valley TimesMarch 3, 2022", dt.date(2022, 3, 3), None),
        ("August 10, 2021Updated: August 11, 2021", dt.date(2021, 8, 10), dt.date(2021, 8, 11)),
        ("30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", dt.date(2015, 4, 30), dt.date(2015, 4, 30)),
        ("Publicado el 1 de mayo de 2015", dt.date(2015, 5, 1), None),
        ("3. März 2021, 14:05 Uhr, aktualisiert 4. März 2021", dt.date(2021, 3, 3), dt.date(2021, 3, 4)),
        ("04.05.2015 à 13h36", dt.date(2015, 5, 4), None),
    ],
)
def test_dates(line, published, updated):
    article = parse(page(TITLE, "By Jane Doe", line, *PROSE))
    assert (article.published, article.updated) == (published, updated)


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("April 17, 2015 -- ", dt.date(2015, 4, 17)),
        ("WASHINGTON, Aug. 10, 2021 (Reuters) - ", dt.date(2021, 8, 10)),
        ("NEW YORK, March 3 - ", None),
        ("Since March 3, 2021 - ", None),
    ],
)
def test_a_dated_dateline_opening_the_body_dates_an_undated_page(lead, published):
    article = parse(page(TITLE, lead + PROSE[0], *PROSE[1:]))
    assert article.published == published
    assert article.body[0] == lead + PROSE[0]


def test_the_header_date_wins_over_a_dateline():
    article = parse(page(TITLE, "By Jane Doe", "June 1, 2020", "April 17, 2015 -- " + PROSE[0], *PROSE[1:]))
    assert article.published == dt.date(2020, 6, 1)


def test_no_date_is_none():
    article = parse(page(TITLE, *PROSE))
    assert (article.published, article.updated) == (None, None)


@pytest.mark.parametrize(
    ("lines", "figure"),
    [
        ([f"{CANAL} (Jan Novak/AP Photo)"], Figure(CANAL, "Jan Novak/AP Photo")),
        ([CANAL, "Photo: Reuters"], Figure(CANAL, "Reuters")),
        ([CANAL, "Getty Images"], Figure(CANAL, "Getty Images")),
        ([f"{CANAL} Jan Novak/Valley Times"], Figure(CANAL, "Jan Novak/Valley Times")),
        ([f"{CANAL} Jan Novak / AP"], Figure(CANAL, "Jan Novak / AP")),
        ([f"{CANAL} Image Credit: janek / Shutterstock"], Figure(CANAL, "janek / Shutterstock")),
        (["Aerial view of the Mora canal Courtesy of Valley Water District"],
         Figure("Aerial view of the Mora canal", "Courtesy of Valley Water District")),
        (["Farmer Jan Novak Courtesy of the Artist/Valley Gallery"],
         Figure("Farmer Jan Novak", "Courtesy of the Artist/Valley Gallery")),
        ([f"{CANAL} Photographs: courtesy of Jan Novak"], Figure(CANAL, "courtesy of Jan Novak")),
    ],
)
def test_figures_are_kept_out_of_the_body(lines, figure):
    article = parse(page(TITLE, PROSE[0], PROSE[1], *lines, PROSE[2], PROSE[3]))
    assert article.figures == (figure,)
    assert article.body == tuple(PROSE)


def test_a_slideshows_captions_are_figures():
    slideshow = f"1 / 3: {CANAL} 2 / 3: Farmers queue for water at the village pump. Jan Novak/Valley Times"
    article = parse(page(TITLE, PROSE[0], PROSE[1], slideshow, PROSE[2], PROSE[3]))
    assert article.figures == (
        Figure(CANAL), Figure("Farmers queue for water at the village pump.", "Jan Novak/Valley Times")
    )
    assert article.body == tuple(PROSE)


def test_a_sentence_ending_in_a_slash_of_common_words_is_prose():
    line = "The vote on the water limits was close in the end. Farmers/residents split evenly"
    assert parse(page(TITLE, *PROSE, line)).body[-1] == line


def test_subheadings_between_paragraphs_are_marked():
    article = parse(page(TITLE, PROSE[0], "What the farmers want", PROSE[1], PROSE[2], "Will the rain come?", PROSE[3]))
    assert [article.body[i] for i in article.headings] == ["What the farmers want", "Will the rain come?"]
    assert article.body[article.headings[0] + 1] == PROSE[1]


def test_a_summary_that_the_lead_repeats_after_its_dateline_is_kept_once():
    article = parse(page(TITLE, PROSE[0], f"MORA, Spain -- {PROSE[0]}", *PROSE[1:]))
    assert article.body == (f"MORA, Spain -- {PROSE[0]}", *PROSE[1:])


def test_other_articles_teasers_among_and_after_the_paragraphs_are_no_body():
    teaser_box = ("Scientists find a new way to map aquifers", "How deep is the valley's water? New survey tells.",
                  "Read now")
    related = [f"Farm {n}: drought relief fund opens to growers Growers of the valley can apply for up to"
               f" ${n},000 from the province's relief fund until the end of the month. Read now" for n in (1, 2, 3)]
    article = parse(page(TITLE, PROSE[0], PROSE[1], *teaser_box, PROSE[2], PROSE[3], "Related coverage", *related,
                         "email email print share share"))
    assert article.body == tuple(PROSE)
    own = parse(page(TITLE, *PROSE, "Read more"))  # a paragraph of the article's own before the button
    assert own.body == tuple(PROSE)
    newsletter = page(TITLE, *[line.replace(" Read now", " Continue reading…") for line in related],
                      "Follow Us On Social Media", "Facebook", "YouTube", "Valley Times Health", "Valley Times Weather")
    with pytest.raises(NotAnArticle, match="only headlines and menu entries"):
        parse(newsletter)


@pytest.mark.parametrize("line", [
    "The council said it would",  # a clause broken off
    "Farmers were angry.",  # a short sentence
    "A dry canal near Mora | Photo by Jan Novak",  # a caption
])
def test_short_lines_that_are_no_headings(line):
    assert parse(page(TITLE, PROSE[0], line, PROSE[1], PROSE[2], PROSE[3])).headings == ()


def test_a_wrapped_line_runs_on_after_a_dangling_word_or_into_a_dash():
    lines = ["Our sources say the council told farmers it would act sometime between", "8 AM and 9 PM on Wednesday.",
             "", "The valley's famous old canal", "-- dug by hand in 1890 -- was dry by noon on the day of the vote."]
    filler = textwrap.wrap(" ".join(PROSE * 2), 72)
    article = parse(page(TITLE, "By Jane Doe", "", *filler, "", *lines))
    assert article.body[-2:] == (" ".join(lines[:2]), " ".join(lines[3:]))


def test_a_text_wrapped_at_a_fixed_width_keeps_its_paragraphs_whole():
    wrapped = []
    for paragraph in PROSE:
        wrapped += [*textwrap.wrap(paragraph + " The Valley Water Board met again on Monday.", 60), ""]
    article = parse(page(TITLE, "By Jane Doe", "", *wrapped))
    assert len(article.body) == len(PROSE)
    assert article.body[1].startswith(PROSE[1])


def test_contributor_credits():
    text = page(TITLE, *PROSE, "Reporting by Jane Doe; Editing by John Roe")
    article = parse(text)
    assert article.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    assert article.body == tuple(PROSE)


def test_related_lines_and_inline_links():
    text = page(
        TITLE,
        PROSE[0],
        "(RELATED: Farmers Sell Their Herds)",
        "RELATED: Reservoir Levels Fall Again",
        PROSE[1] + " (RELATED: Farmers Ask For Help)",
        "Read more: How the Valley Shares Its Water",
        PROSE[2],
        PROSE[3],
    )
    article = parse(text)
    assert article.related == (
        "Farmers Sell Their Herds",
        "Reservoir Levels Fall Again",
        "Farmers Ask For Help",
        "How the Valley Shares Its Water",
    )
    assert article.body == tuple(PROSE)


def test_menus_share_buttons_and_footers_are_dropped():
    menu = ["Home", "World", "Politics", "Business", "Tech", "Sports", "Opinion", "Sign In", "Subscribe"]
    footer = [
        "Advertisement", "Continue reading the main story", "Share", "Tweet",
        "© 2021 Valley Times. All rights reserved.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.", "Privacy Policy",
        "Terms of Service", "Most Popular", "Rain Finally Reaches the Coast", "City Opens Two New Parks",
        "Schools Add Summer Classes",
    ]
    disclosure = ("All products recommended by the Valley Times are selected by our editors. If you buy something"
                  " through one of our links, we may earn an affiliate commission.")
    text = page(*menu, TITLE, "By Jane Doe", PROSE[0], PROSE[1],
                "Advertisement", PROSE[2], PROSE[3], disclosure, *footer)
    article = parse(text)
    assert article.title == TITLE
    assert article.body == tuple(PROSE)
    assert article.authors == (Author("Jane Doe"),)


def test_standfirst():
    dek = "Growers say the new limits will cost them a season, and ask for help from the province."
    article = parse(page(TITLE, dek, "By Jane Doe", "2021-08-10", *PROSE))
    assert article.standfirst == dek
    assert article.body == tuple(PROSE)


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = PROSE[0][:70].rsplit(" ", 1)
    text = page(TITLE, wrapped[0], wrapped[1] + PROSE[0][70:], *PROSE[1:])
    assert parse(text).body[0] == PROSE[0]


def test_title_is_kept_as_plain_text():
    title = 'title: "Drought" <script>alert(1)</script> & --- # not: yaml'
    article = parse(page(title, *PROSE))
    assert article.title == title


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        (" \n\t\n  ", "empty"),
        ("\x00\x01\x02binary\x03\x04\x05\x06\x07\x08" * 20, "printable"),
        ("Just a title", "body"),
        ("1234 5678 !!!! ---- ++++ 9999\n" * 10, "letters"),
    ],
)
def test_not_an_article(text, reason):
    with pytest.raises(NotAnArticle, match=reason):
        parse(text)


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["From Valley News"], "Valley News"),
        (["From Valley Health LiveWell."], "Valley Health LiveWell"),
        (["From:", "Valley Herald"], "Valley Herald"),
        ([f"{TITLE} | The Valley Times"], "The Valley Times"),
        (["© 2021 The Valley Times. All rights reserved."], "The Valley Times"),
        (["© 2021 The Valley Times Company"], "The Valley Times"),  # its legal form is no part of the site's name
        (["© 2021 Valley Wire, LLC. All rights reserved."], "Valley Wire"),
        (["Recommended from around the web"], None),
        (["Share", "Tweet", "Email", "Jane Doe is a senior reporter for The Valley Times.", "Privacy Policy",
          "© 2021 Valley Media Group. All rights reserved."], "The Valley Times"),  # not the company owning it
        (["More from Valley Wire", "Follow Us", "© 2021 Valley Media Group. All rights reserved."], "Valley Wire"),
        (["Jane Doe is a reporter for Valley Times Tech", "© 2021 Valley Times. All rights reserved."],
         "Valley Times"),  # a section of the site the copyright names
        (["(Abdullah Sahil/AP Photo)", "(J. Scott Applewhite/AP)"], None),  # a wire's photographers name no site
        (["(Emily Monforte/For The Valley Times)"], "The Valley Times"),
        (["More from World News", "More from Politics", "Join Now"], None),  # the site's sections
        (["Join Our Newsletter", "Join the Conversation"], None),  # calls to action
    ],
)
def test_outlet(lines, outlet):
    assert parse(page(TITLE, "By Jane Doe", *PROSE, *lines)).outlet == outlet


def test_title_tail_with_site_name_is_dropped():
    article = parse(page(f"{TITLE} | The Valley Times", *PROSE))
    assert article.title == TITLE


def test_title_found_below_a_menu_by_its_byline_and_shared_words():
    menu = ["Skip to main content", "News", "Sport", "Culture", "Lifestyle", "Newsletters", "Search jobs", "Archive"]
    headline = "Dry Spring Leaves Valley Farmers Counting the Cost"
    text = page(*menu, headline, "By Jane Doe", "March 3, 2022", *PROSE, *menu)
    article = parse(text)
    assert article.title == headline
    assert article.authors == (Author("Jane Doe"),)
    assert article.published == dt.date(2022, 3, 3)
    assert article.body == tuple(PROSE)


def test_a_teaser_listed_twice_is_not_the_title_for_it():
    teaser = "Festival organisers unveil a bigger stage for next summer"
    article = parse(page("Menu", teaser, "Sport", "Culture", teaser, TITLE, "By Jane Doe", *PROSE))
    assert article.title == TITLE


def test_a_long_headline_without_a_full_stop_wins_over_a_teaser_with_its_byline():
    teasers = ["Most Read", "The quest to save the old harbour", "Henry Grabar", "Log out"]
    headline = "Water restrictions are a lie: the council, the farmers and the truth about the valley's dry spring"
    standfirst = "Officials talk a good game about sharing. The province's plan is really just a subsidy for the few."
    article = parse(page(*teasers, "Sunday, Feb 1, 2015 11:57 AM UTC", headline, standfirst,
                         "Richard (R.J.) Eskow", "Share", *PROSE))
    assert article.title == headline
    assert article.body[-len(PROSE) :] == tuple(PROSE) and not any("quest" in p for p in article.body)


def test_readers_comments_after_the_article_are_not_its_body():
    comments = [
        "Residents who lost their crops last summer should be paid in full before any new restrictions are voted,"
        " and the council knows it, whatever the spokesperson says about reviewing the rules next month.",
        "The reservoir was low because the council sold water to the golf course all spring, and nobody asked the"
        " farmers in the northern districts what they thought of that decision at the time it was taken.",
    ]
    form = ["View comments (27)", "Read the Terms of Use", "Your name *", "Comment *", "Plain text", "Anonymous"]
    article = parse(page(TITLE, "By Jane Doe", "Comments", *PROSE, *form, *comments, *comments[::-1], "reply"))
    assert article.body == tuple(PROSE)


def test_a_title_far_above_the_body_is_found_by_the_byline_below_it():
    scorecard = [f"Score {number}" for number in range(35)] + ["Pros", "Cons"] * 20
    text = page("Buy Now", "Login", TITLE, "But only the keenest farmers will notice.", "Jane Doe, @janedoe",
                "11.03.17 in Farming", "Share", *scorecard, *PROSE)
    article = parse(text)
    assert (article.title, article.authors) == (TITLE, (Author("Jane Doe"),))


def test_a_live_feed_beside_the_article_is_not_its_body():
    items = [
        "The regional council has approved a new plan for the old harbour wall, which storms damaged in the winter,"
        " and the work will start in the spring once the contract has been signed by the port authority and the"
        " two fishing cooperatives that use the quay every day of the year.",
        "Farmers in the east said on Monday that the new rules on water would cost them a month of their harvest,"
        " and their union asked the minister to meet them before the end of the week to talk about the help that"
        " the government had promised them in the autumn.",
    ]
    feed = ["Live"]
    for minute in range(1, 13):
        feed += [f"14:{59 - 4 * minute:02d}", items[minute % 2] if minute % 3 == 0 else f"Headline number {minute}"]
    article = parse(page(TITLE, "By Jane Doe", *PROSE, *feed))
    assert article.body == tuple(PROSE)


def test_the_items_of_a_list_the_article_opens_with_a_colon_are_paragraphs():
    items = ["The council must keep the old wells open to farmers", "He is confident the reservoir will fill by June",
             "The valley needs a new plan in order to save water"]
    article = parse(page(TITLE, "By Jane Doe", *PROSE[:2], "In a long interview, the mayor also said:", *items,
                         *PROSE[2:], "Most Read", "Bridge Repairs Start Next Week"))
    assert article.body == (*PROSE[:2], "In a long interview, the mayor also said:", *items, *PROSE[2:])


def test_a_bare_name_above_a_relative_date_is_the_byline_that_marks_the_title():
    text = page("My Topics", "Video", TITLE, "Valley Insider", "Alex Perry", "1 day ago", "Share", "Tweet",
                "Rain Finally Reaches the Coast", "City Opens Two New Parks: what's the difference?", *PROSE)
    article = parse(text)
    assert (article.title, article.authors) == (TITLE, (Author("Alex Perry"),))


def test_a_long_line_of_prose_without_a_full_stop_is_no_headline():
    note = ("NOTE: Losses include charges of 4.0 mln dlrs in both 1986 periods vs 14.4 mln dlrs in both 1985"
            " periods for write-down of oil and gas properties")
    table = ["Shr loss 72 cts vs loss 1.48 dlrs", "Net loss 4,466,006 vs loss 9,091,688", "Revs 608,181 vs 1,280,727",
             "Avg shrs 6,194,000 vs 6,155,461", "First half", "Shr loss 77 cts vs loss 1.51 dlrs",
             "Net loss 4,752,455 vs loss 9,265,457", "Revs 1,444,149 vs 2,791,188", "Avg shrs 6,174,731 vs 6,155,461"]
    article = parse(page("VALLEY RESOURCES CORP 2ND QTR LOSS", *table, note))
    assert article.title == "VALLEY RESOURCES CORP 2ND QTR LOSS" and note in article.body


def test_headlines_of_other_stories_are_not_the_body():
    teasers = ["Most Read", "Rain Finally Reaches the Coast", "City Opens Two New Parks", "Schools Add Summer Classes",
               "Bridge Repairs Start Next Week", "Museum Extends Its Opening Hours"]
    article = parse(page(TITLE, *PROSE, *teasers))
    assert article.body == tuple(PROSE)


def test_a_feed_of_teasers_longer_than_the_article_is_not_the_body():
    teaser = (
        "Officials in the eastern district said on Monday that a new plan to repair the old harbour wall would be put"
        " to residents at a meeting next month, after storms in the winter damaged the road along the sea front."
    )
    feed = [
        line
        for number in range(6)
        for line in (f"Harbour Plan Number {number}", teaser, "Valley News", f"{number}0 Comments")
    ]
    article = parse(page(*feed, "Help", "Terms", TITLE, "By Jane Doe", *PROSE, "What to Read Next"))
    assert article.title == TITLE
    assert article.authors == (Author("Jane Doe"),)
    assert article.body == tuple(PROSE)


def test_bracketed_related_line():
    text = page(TITLE, PROSE[0], "[Read: How the valley shares its water]", *PROSE[1:])
    article = parse(text)
    assert article.related == ("How the valley shares its water",)
    assert article.body == tuple(PROSE)


def test_a_single_word_between_prose_is_no_heading():
    assert parse(page(TITLE, PROSE[0], "biggersmaller", *PROSE[1:])).body == tuple(PROSE)


def test_short_paragraphs_between_prose_are_kept():
    text = page(TITLE, PROSE[0], "It failed.", PROSE[1], "What comes next", *PROSE[2:])
    assert parse(text).body == (PROSE[0], "It failed.", PROSE[1], "What comes next", *PROSE[2:])


def test_a_page_without_prose_keeps_its_lines():
    lines = ("Qtly div 25 cts vs 25 cts prior", "Pay April 30", "Record April 15")
    article = parse(page("VALLEY GRAIN CO <VGC> QTLY DIVIDEND", *lines))
    assert article.title == "VALLEY GRAIN CO <VGC> QTLY DIVIDEND"
    assert article.body == lines


def test_job_title_on_the_line_below_a_name():
    text = page(TITLE, "Jane Doe", "Deputy News Editor", "August 12, 2021", *PROSE)
    assert parse(text).authors == (Author("Jane Doe", "Deputy News Editor"),)


def test_a_paragraph_met_twice_is_kept_once():
    text = page(TITLE, PROSE[0], PROSE[1], "Caption", PROSE[1], *PROSE[2:])
    assert parse(text).body == tuple(PROSE)


def test_a_credit_without_a_caption_is_still_a_figure():
    article = parse(page(TITLE, "By Jane Doe", "Font Size:",
                         "(Photo by JOHN DOE/AFP via Getty Images)", *PROSE))
    assert article.figures == (Figure("", "Photo by JOHN DOE/AFP via Getty Images"),)
    assert article.body == tuple(PROSE)


def test_byline_name_repeated_at_the_end_is_not_a_paragraph():
    bio = "Jane Doe is a reporter covering farming and water policy in the valley, based in Mora."
    article = parse(page(TITLE, "By Jane Doe", *PROSE, "Jane Doe", bio))
    assert "Jane Doe" not in article.body
    assert article.body == (*PROSE, bio)


def test_standfirst_is_not_a_sponsor_line():
    sponsor = "Our series on the future of farming in the valley is supported by"
    article = parse(page(TITLE, sponsor, "By Jane Doe", "2021-08-10", *PROSE))
    assert article.standfirst is None


def test_an_all_caps_headline_is_no_byline():
    article = parse(page("VALLEY GRAIN NAMES NEW MANAGING DIRECTOR", *PROSE))
    assert article.title == "VALLEY GRAIN NAMES NEW MANAGING DIRECTOR"
    assert article.authors == ()


@pytest.mark.parametrize(
    ("sign_off", "authors"),
    [
        ("Contact Marta Kowalczyk at mkowalczyk@valleynews.example or 555-0100.", ("Marta Kowalczyk",)),
        ("• Ivo Santos, a columnist for the Valley Post, farms near Mora.", ("Ivo Santos",)),
        ("Reporting by Ana Ruiz in Mora; Editing by Tom Hale", ("Ana Ruiz",)),
        ("Tom Hale is a freelance arts and culture writer living in Mora.", ("Tom Hale",)),
        ("For news updates, follow Ana Ruiz on Facebook, Twitter and Instagram.", ("Ana Ruiz",)),
        ("Salman Rushdie, the author, sent his regards to the farmers.", ()),  # a name in the story, no sign-off
        ("Contact the council at info@council.example.", ()),
    ],
)
def test_an_article_without_a_byline_is_signed_off_by_its_writer(sign_off: str, authors: tuple[str, ...]) -> None:
    article = parse(page(TITLE, "", *PROSE, sign_off))
    assert tuple(a.name for a in article.authors) == authors


def test_a_bare_name_under_the_title_that_opens_the_writers_biography_is_the_author() -> None:
    bio = "Ana Ruiz is a registered dietitian with Valley Health. For more recipes, visit its blog."
    article = parse(page(TITLE, "Ana Ruiz", "", *PROSE, bio))
    assert [a.name for a in article.authors] == ["Ana Ruiz"]


def test_a_byline_wins_over_a_sign_off() -> None:
    article = parse(page(TITLE, "By Marta Kowalczyk", "", *PROSE, "Contact Ivo Santos at ivo@valleynews.example."))
    assert [a.name for a in article.authors] == ["Marta Kowalczyk"]


def test_a_by_line_below_the_article_is_not_its_byline() -> None:
    book = ("The Dry Years", "A History of the Valley", "By Ivo Santos", "Mora Press. 320 pp. $28")
    article = parse(page(TITLE, "", *PROSE, *book))
    assert article.authors == ()
    assert article.body == tuple(PROSE)


def test_a_sign_off_just_below_the_article_names_its_writer() -> None:
    article = parse(page(TITLE, "", *PROSE, "Advertisement", "Contact Ana Ruiz at aruiz@valleynews.example.",
                         "Follow @AnaRuiz", "Most Read", "Home", "Sport", "Weather"))
    assert [a.name for a in article.authors] == ["Ana Ruiz"]
    assert article.body == tuple(PROSE)
