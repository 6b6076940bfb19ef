"""Comparing the tellings of one story: numbers, names, the neutral headline, inferred dates."""

from __future__ import annotations

import datetime as dt

from generator.link.compare import figures, names_only_one_gives, number_differences
from generator.link.story_index import infer_dates, neutral_headline
from generator.model import Article


def _article(*body: str, published: dt.date | None = None, title: str = "T") -> Article:
    return Article(source_file=f"seeds/{abs(hash(body))}.txt", sha256="0" * 64, title=title, body=body,
                   published=published)


def test_figures_name_what_they_count() -> None:
    found = figures(_article("Insurgents took a seventh provincial capital on Monday as 2,500 fighters advanced; "
                             "3 million people fled and twenty-one soldiers died in 2021."))
    assert [(counted, f.value) for counted, f in found] == [
        ("capital", 7), ("fighter", 2500), ("people", 3_000_000), ("soldier", 21)]
    assert found[0][1].phrase == "seventh provincial capital"


def test_differing_counts_are_reported_with_each_telling() -> None:
    one = _article("The Taliban have seized a seventh provincial capital.")
    two = _article("The insurgents now hold six of Afghanistan's 34 provincial capitals.")
    (difference,) = number_differences([one, two])
    assert difference.counted == "capital"
    assert [(i, [f.phrase for f in fs]) for i, fs in difference.figures] == [
        (0, ["seventh provincial capital"]), (1, ["six of Afghanistan's 34 provincial capitals"])]
    assert [f.value for _, fs in difference.figures for f in fs] == [7, 6]


def test_agreeing_counts_are_no_difference() -> None:
    assert number_differences([_article("Police arrested 12 people."), _article("Officers held 12 people.")]) == ()


def test_a_telling_that_shares_a_count_and_adds_another_group_is_no_difference() -> None:
    senate = _article("All 33 Senate Democrats voted yes.")
    house = _article("The 33 Democrats in the Senate voted yes, and 10 Democrats in the House voted no.")
    assert number_differences([senate, house]) == ()
    assert len(number_differences([senate, _article("Some 31 Democrats voted yes.")])) == 1


def test_names_only_one_article_gives() -> None:
    assert names_only_one_gives([["Taliban", "Doha", "NATO"], ["Taliban", "Doha", "Kunduz"]]) == (("NATO",), ("Kunduz",))
    credits = [["Taliban", "Fox News", "NATO"], ["Taliban", "New York Times"]]  # "told Fox News"
    assert names_only_one_gives(credits, ["Fox News", "The New York Times"]) == (("NATO",), ())


def test_neutral_headline_shares_most_words_with_the_others() -> None:
    titles = ["Envoy urges Taliban to halt offensive", "Taliban offensive: envoy urges halt in Doha talks",
              "Outrage as weak White House begs terrorists"]
    assert neutral_headline(titles) == titles[0]


def test_inferred_date_only_when_the_text_pins_the_news_cycle() -> None:
    tuesday = dt.date(2021, 8, 10)
    dated = _article("The envoy arrived on Tuesday.", published=tuesday)
    same_cycle = _article("The department announced Monday that the envoy would travel.")
    other_week = _article("The talks began on Thursday.")
    no_weekday = _article("The talks went on.")
    members = [dated, same_cycle, other_week, no_weekday]
    assert infer_dates(members, [10, 11, 12, 13]) == {11: tuesday}


def test_inferred_date_when_the_latest_weekday_named_is_the_story_day() -> None:
    tuesday = dt.date(2021, 8, 10)
    dated = _article("The envoy arrived on Tuesday.", published=tuesday)
    backstory = _article("The department announced Monday he had left Sunday; a commander spoke Tuesday.")
    assert infer_dates([dated, backstory], [0, 1]) == {1: tuesday}


def test_no_inferred_date_when_the_story_spans_several_days() -> None:
    members = [_article("x", published=dt.date(2021, 8, 2)), _article("y", published=dt.date(2021, 8, 10)),
               _article("It happened on Monday.")]
    assert infer_dates(members, [0, 1, 2]) == {}
