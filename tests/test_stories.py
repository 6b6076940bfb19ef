"""Story grouping and related articles: synthetic cases and the BASIL corpus."""

from __future__ import annotations

import datetime as dt
import itertools

from conftest import require_corpus

from generator import corpora
from generator.link.boilerplate import without_boilerplate
from generator.link.names import capitalised_names
from generator.link.related import related_articles
from generator.link.stories import average_linkage, group_stories
from generator.link.vectors import ArticleIndex
from generator.model import Article


def article(title: str, *body: str, published: dt.date | None = None) -> Article:
    return Article(source_file=title, sha256=title, title=title, body=body, published=published)


SUMMIT_FOX = article(
    "Khalilzad says Taliban talks in Doha made real progress",
    "U.S. envoy Zalmay Khalilzad said on Saturday that six days of talks with the Taliban in Doha,"
    " Qatar, produced a draft framework for a withdrawal of American troops from Afghanistan.",
    "“We made significant progress on vital issues,” Khalilzad said, adding that a ceasefire and"
    " talks between the Taliban and the Kabul government were still to be agreed.",
    "The Taliban would guarantee that Afghan soil is never used by terrorist groups, officials said.",
)
SUMMIT_NYT = article(
    "U.S. and Taliban Agree in Principle to Afghan Peace Framework",
    "American and Taliban negotiators have agreed in principle to the framework of a peace deal,"
    " Zalmay Khalilzad, the chief U.S. negotiator, said after the talks in Doha ended.",
    "The draft framework would see American troops withdraw from Afghanistan in exchange for a"
    " Taliban promise that terrorist groups will not use Afghan soil, and a ceasefire.",
    "\"We made significant progress on vital issues,\" Khalilzad wrote on Twitter, cautioning that"
    " nothing is agreed until everything is agreed.",
)
FLOOD = article(
    "Floods force thousands from homes in Bangladesh",
    "Monsoon rains swelled rivers across northern Bangladesh, flooding villages and forcing thousands"
    " of families into shelters, the disaster management ministry said.",
    "Rescue boats ferried people from submerged rice fields near Sylhet as water levels kept rising.",
)
BUDGET = article(
    "City council approves school budget after long debate",
    "The Springfield city council voted 7-2 to approve a school budget that adds forty teachers and"
    " repairs the roofs of three elementary schools.",
    "Council members who opposed it said property taxes would rise to pay for the plan.",
)
SPEECH_MARCH = article(
    "President Obama defends health care law in speech to nurses",
    "President Barack Obama defended the Affordable Care Act in a speech to nurses in Washington,"
    " saying the health care law had given millions of Americans insurance coverage.",
    "Obama urged Congress to stop trying to repeal the health care law and to expand Medicaid.",
    published=dt.date(2014, 3, 5),
)
SPEECH_OCTOBER = article(
    "Obama touts health care law in speech to nurses in Boston",
    "President Barack Obama touted the Affordable Care Act in a speech to nurses in Boston, saying"
    " the health care law had given millions of Americans insurance coverage.",
    "Obama urged Congress to stop trying to repeal the health care law and to expand Medicaid.",
    published=dt.date(2014, 10, 20),
)
ARTICLES = [SUMMIT_FOX, FLOOD, SUMMIT_NYT, BUDGET]


def test_two_tellings_of_one_event_group_together_and_others_stay_alone() -> None:
    assert group_stories(ARTICLES) == [(0, 2), (1,), (3,)]


def test_the_order_of_the_articles_does_not_matter() -> None:
    expected = {frozenset(ARTICLES[i] for i in s) for s in group_stories(ARTICLES)}
    for order in itertools.permutations(range(len(ARTICLES))):
        shuffled = [ARTICLES[i] for i in order]
        found = {frozenset(shuffled[i] for i in s) for s in group_stories(shuffled)}
        assert found == expected


def test_speeches_months_apart_are_different_stories() -> None:
    speeches = [SPEECH_MARCH, FLOOD, SPEECH_OCTOBER, BUDGET]
    assert group_stories(speeches) == [(0,), (1,), (2,), (3,)]
    undated = [article(a.title, *a.body) for a in speeches]
    assert group_stories(undated) == [(0, 2), (1,), (3,)]


def test_dates_days_apart_do_not_prevent_grouping() -> None:
    days_apart = [
        article(SUMMIT_FOX.title, *SUMMIT_FOX.body, published=dt.date(2019, 1, 26)),
        article(SUMMIT_NYT.title, *SUMMIT_NYT.body, published=dt.date(2019, 1, 28)),
        FLOOD,
    ]
    assert group_stories(days_apart) == [(0, 1), (2,)]


def test_canonical_names_are_used_when_given() -> None:
    names = [{"Zalmay Khalilzad", "Taliban"}, {"Bangladesh"}, {"Zalmay Khalilzad", "Taliban"}, set()]
    assert group_stories(ARTICLES, names) == [(0, 2), (1,), (3,)]


def test_the_order_and_repetition_of_names_do_not_matter() -> None:
    lists = [["Zalmay Khalilzad", "Taliban", "Doha"], ["Bangladesh"], ["Taliban", "Zalmay Khalilzad"], []]
    sets = [set(reversed(found * 2)) for found in lists]
    assert ArticleIndex.build(ARTICLES, lists).names == ArticleIndex.build(ARTICLES, sets).names


def test_no_articles_and_one_article() -> None:
    assert group_stories([]) == []
    assert group_stories([FLOOD]) == [(0,)]


def test_average_linkage_does_not_chain() -> None:
    scores = {(0, 1): 0.9, (1, 2): 0.8, (2, 3): 0.9}
    assert average_linkage(scores, [None] * 4, 0.6, 7) == [[0, 1], [2, 3]]
    assert average_linkage(scores, [None] * 4, 0.15, 7) == [[0, 1, 2, 3]]


def test_an_article_left_alone_joins_the_story_it_is_closest_to_at_a_lower_bar() -> None:
    # 2, a short copy, is close to 0 and 1 but not as close as they are to each other; 3 and 4 are
    # another story, and 5 is alone and stays so
    scores = {(0, 1): 0.6, (0, 2): 0.16, (1, 2): 0.12, (3, 4): 0.5, (2, 3): 0.05, (4, 5): 0.05}
    assert average_linkage(scores, [None] * 6, 0.18, 7) == [[0, 1], [2], [3, 4], [5]]
    assert average_linkage(scores, [None] * 6, 0.18, 7, join_alone=0.13) == [[0, 1, 2], [3, 4], [5]]
    days = [dt.date(2020, 1, 1), dt.date(2020, 1, 2), dt.date(2020, 1, 20), None, None, None]
    assert average_linkage(scores, days, 0.18, 7, join_alone=0.13) == [[0, 1], [2], [3, 4], [5]]


def test_a_story_never_spans_more_days_than_allowed() -> None:
    days = [dt.date(2020, 1, 1), dt.date(2020, 1, 6), dt.date(2020, 1, 11)]
    scores = {(0, 1): 0.9, (1, 2): 0.95, (0, 2): 0.9}
    assert average_linkage(scores, days, 0.5, 7) == [[0], [1, 2]]
    assert average_linkage(scores, days, 0.5, 10) == [[0, 1, 2]]


def test_a_prebuilt_index_gives_the_same_stories() -> None:
    index = ArticleIndex.build(ARTICLES)
    assert group_stories(ARTICLES, index=index) == group_stories(ARTICLES)


COMMENT_POLICY = (
    "Comments our editors find particularly useful or relevant are displayed in Top Comments, as are"
    " comments by users with these badges; replies to those posts appear here, with posts by staff writers.",
    "Post reporters or editors recommend this comment or reader post.",
    "You must be logged in to report a comment.",
    "World Watchers consistently offer thought-provoking, timely comments on international affairs.",
    "Culture Connoisseurs consistently offer thought-provoking, timely comments on the arts and entertainment.",
)


def test_an_outlets_boilerplate_does_not_join_its_articles_into_one_story() -> None:
    match = article("Rovers win the cup final", "Rovers beat United 2-1 in the cup final at the national stadium.",
                    "The winning goal came in the last minute from a corner kick.")
    unrelated = (FLOOD, BUDGET, SPEECH_MARCH, match)
    wrapped = [article(a.title, *a.body, *COMMENT_POLICY) for a in unrelated]
    assert group_stories([*wrapped, SUMMIT_FOX, SUMMIT_NYT]) == [(0, 1, 2, 3), (4, 5)]  # what boilerplate does
    stripped = without_boilerplate([*wrapped, SUMMIT_FOX, SUMMIT_NYT])
    assert [a.body for a in stripped[:4]] == [a.body for a in unrelated]
    assert group_stories(stripped) == [(0,), (1,), (2,), (3,), (4, 5)]


def test_a_paragraph_three_tellings_share_is_not_boilerplate() -> None:
    statement = "“We made significant progress on vital issues,” the envoy said in a statement released on Saturday."
    tellings = [article(title, lead, statement) for title, lead in (
        ("Envoy upbeat after Doha round", SUMMIT_FOX.body[0]), ("Insurgents agree draft framework", SUMMIT_NYT.body[0]),
        ("A breakthrough in Qatar", "Six days of talks in Qatar ended with a draft deal on the withdrawal of troops."))]
    assert without_boilerplate(tellings) == tellings


def test_wire_copy_under_headlines_on_one_subject_is_not_boilerplate() -> None:
    copies = [article(title, *SUMMIT_FOX.body) for title in (
        "Taliban talks make progress, envoy says", "Envoy hails progress in Taliban talks", "Progress in Doha talks")]
    assert without_boilerplate(copies) == copies


def test_the_same_table_filled_in_for_two_companies_is_no_story() -> None:
    def results(company: str, figures: tuple[str, str, str]) -> Article:
        return article(f"{company} <X> 4TH QTR NET", f"Shr {figures[0]} cts vs 12 cts", f"Net {figures[1]} vs 987,000",
                       f"Revs {figures[2]} mln vs 11.1 mln", "Note: Full name is the company's.")
    tultex, tultex_again, dahlberg = (results("TULTEX CORP", ("10", "1,234,000", "12.3")),
                                      results("TULTEX CORP", ("11", "1,334,000", "12.9")),
                                      results("DAHLBERG INC", ("10", "1,234,000", "12.4")))
    assert group_stories([tultex, dahlberg, tultex_again]) == [(0, 2), (1,)]


def test_one_shared_place_is_no_event() -> None:
    cars = article(
        "How to inspect a used car before you buy it",
        "Buying a used car in El Paso is risky: check the tyres, the brakes and the engine before a test drive.",
        "Dealers say a mechanic's inspection of a second-hand vehicle costs little and saves a lot of money.",
        "Look for rust under the doors, uneven wear on the tyres and warning lights on the dashboard.",
    )
    grant = article(
        "Scientist wins a tuberculosis research grant",
        "A researcher in El Paso was awarded a grant from the National Institutes of Health to study tuberculosis.",
        "The laboratory will test new drugs against the bacteria that cause the disease in patients.",
        "Tuberculosis still kills more than a million people a year, the university said in a statement.",
    )
    others = [SUMMIT_FOX, SUMMIT_NYT, FLOOD, BUDGET, SPEECH_MARCH]
    names = [["El Paso"], ["El Paso", "National Institutes of Health"], *(capitalised_names(a) for a in others)]
    assert group_stories([cars, grant, *others], names=names) == [(0,), (1,), (2, 3), (4,), (5,), (6,)]


def test_capitalised_names_skip_honorifics_and_sentence_openers() -> None:
    found = capitalised_names(article("t", "The talks ended. President Barack Obama met Sen. Ted Cruz."))
    assert found == ("barack obama", "ted cruz")


def test_related_articles_leave_out_the_own_story() -> None:
    articles = [SUMMIT_FOX, SUMMIT_NYT, FLOOD, BUDGET, SPEECH_MARCH]
    stories = group_stories(articles)
    related = related_articles(articles, None, stories, k=2)
    assert len(related) == len(articles)
    for number, found in enumerate(related):
        own = next(story for story in stories if number in story)
        assert len(found) <= 2 and not set(found) & set(own)


def test_related_articles_find_the_closest_other_story() -> None:
    taliban_again = article(
        "Taliban attack in Kabul tests Afghan peace talks",
        "A Taliban attack in Kabul killed twelve people days after Zalmay Khalilzad said talks in Doha"
        " had made progress towards the withdrawal of American troops from Afghanistan.",
    )
    articles = [SUMMIT_FOX, SUMMIT_NYT, FLOOD, BUDGET, taliban_again]
    stories = [(0, 1), (2,), (3,), (4,)]
    related = related_articles(articles, None, stories)
    assert related[4][:1] in ((0,), (1,))
    assert related[0] == (4,)


def test_a_weak_likeness_across_sections_is_no_relation() -> None:
    recruit = article(
        "Michigan lands running back from Ohio",
        "Michigan got a commitment on Tuesday from a running back in Ohio, the third recruit of its class.",
    )
    flood_in_ohio = article(
        "Flooding closes roads in Ohio",
        "Flooding closed roads across Ohio on Tuesday, and officials asked residents to stay home.",
    )
    articles = [recruit, flood_in_ohio]
    stories = [(0,), (1,)]
    assert related_articles(articles, None, stories, ["Sport", "Sport"]) == [(1,), (0,)]
    assert related_articles(articles, None, stories, ["Sport", "World"]) == [(), ()]



def bcubed_f1(stories: list[tuple[int, ...]], labels: list[str]) -> float:
    precision = recall = 0.0
    for story in stories:
        for i in story:
            same = sum(labels[j] == labels[i] for j in story)
            precision += same / len(story)
            recall += same / labels.count(labels[i])
    precision, recall = precision / len(labels), recall / len(labels)
    return 2 * precision * recall / (precision + recall)


def test_basil_events_are_found() -> None:
    require_corpus("basil")
    files = list(corpora.basil_articles())
    stories = group_stories([corpora.plain_article(f.path) for f in files])
    assert bcubed_f1(stories, [f.meta["triplet_uuid"] for f in files]) >= 0.96
