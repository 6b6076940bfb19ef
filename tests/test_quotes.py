"""Attributed quotes and the quotes that several articles share."""

from __future__ import annotations

import pytest

from generator.extract.quotes import Quote, extract_quotes, shared_quotes, shingles
from generator.model import Article


def quotes(*paragraphs: str) -> list[tuple[str, str, int, bool]]:
    article = Article(source_file="a.txt", sha256="0", title="Title", body=paragraphs)
    return [(q.speaker, q.text, q.paragraph, q.speaker_is_name) for q in extract_quotes(article)]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text", "is_name"),
    [
        ("“We made significant progress,” Khalilzad said.", "Khalilzad", "We made significant progress", True),
        ('Trump said: "We will build the wall."', "Trump", "We will build the wall.", True),
        (
            '"It is a sad day for the country," said Nancy Pelosi, the House speaker.',
            "Nancy Pelosi",
            "It is a sad day for the country",
            True,
        ),
        (
            "“The program is lawful and overseen,” according to the department.",
            "the department",
            "The program is lawful and overseen",
            False,
        ),
        ('"We stand by the decision," the statement said.', "the statement", "We stand by the decision", False),
        (
            "“It is a remarkable commentary on the race,” NRSC spokesman Brian Walsh said.",
            "Brian Walsh",
            "It is a remarkable commentary on the race",
            True,
        ),
        (
            "“Romney is out of touch,” a statement from the Democratic committee said.",
            "a statement from the Democratic committee",
            "Romney is out of touch",
            False,
        ),
        (
            "“I think he was condescending,” said Rep. Jason Chaffetz (R-Utah).",
            "Rep. Jason Chaffetz",
            "I think he was condescending",
            True,
        ),
        (
            "Cheney, who married her partner last year, wrote: “For the record, I love my sister.”",
            "Cheney",
            "For the record, I love my sister.",
            True,
        ),
        (
            "Sen. Ted Cruz told reporters on Tuesday: “This is not over.”",
            "Sen. Ted Cruz",
            "This is not over.",
            True,
        ),
    ],
)
def test_attributed_quotes(paragraph: str, speaker: str, text: str, is_name: bool) -> None:
    assert quotes(paragraph) == [(speaker, text, 0, is_name)]


def test_a_pronoun_is_the_last_named_speaker() -> None:
    found = quotes(
        "Rain fell all day.",
        "“We will win this vote,” Pelosi said. “We have the numbers,” she added.",
    )
    assert found == [
        ("Pelosi", "We will win this vote", 1, True),
        ("Pelosi", "We have the numbers", 1, True),
    ]


def test_a_quote_right_after_an_attributed_one_has_its_speaker() -> None:
    found = quotes("“We are ready,” said Josh Horowitz, the director. “We will push this thing.”")
    assert [speaker for speaker, *_ in found] == ["Josh Horowitz", "Josh Horowitz"]


def test_a_quote_split_by_its_attribution_gives_two_quotes() -> None:
    found = quotes('"The first part," Obama said, "and the second part of it."')
    assert [(speaker, text) for speaker, text, _, _ in found] == [
        ("Obama", "The first part"),
        ("Obama", "and the second part of it."),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        'He called the report "fake news" and walked away.',
        "“We will win,” he said.",
        "Brat told “America’s News HQ” that he would keep fighting.",
        "The senator was “deeply troubled” by the decision.",
        "“This is a quote with no speaker,” and others agreed to it.",
        "Mr. Obama said on “The Tonight Show Starring Jimmy Fallon” that he would not.",
    ],
)
def test_unattributed_quotes_and_titles_are_left_out(paragraph: str) -> None:
    assert quotes(paragraph) == []


def test_shingles_normalise_case_punctuation_and_apostrophes() -> None:
    assert shingles("We can’t stop NOW, and we won't stop.") == shingles("we cant stop now and we wont stop")
    assert shingles("Too short") == frozenset()
    assert len(shingles("one two three four five six seven eight nine ten")) == 3


def test_shared_quotes_match_versions_cut_differently() -> None:
    long = Quote("Khalilzad", "We made significant progress on vital issues, and we will meet again soon", 0)
    cut = Quote("Zalmay Khalilzad", "we made significant progress on vital issues, and we will", 2)
    nominal = Quote("the envoy", "We made significant progress on vital issues and we will", 1, False)
    other = Quote("Pelosi", "The House will vote on the bill next week, whatever happens", 0)
    shared = shared_quotes([[long], [other], [cut, other], [nominal]])
    assert [(s.articles, s.text) for s in shared] == [((0, 2, 3), long.text), ((1, 2), other.text)]
    assert shared[0].speaker in {"Khalilzad", "Zalmay Khalilzad"}
    assert shared_quotes([[long], [other]]) == []


def test_a_verb_after_a_finished_quote_that_opens_the_next_one_is_not_its_attribution() -> None:
    article = Article(source_file="a.txt", sha256="0", title="T", body=(
        'Ms Hewitt said: "We have doubled maternity pay since we were elected."',
        'Mr Blair said: "We will be unremittingly New Labour." He added: "We will win the vote."',
    ))
    assert [(q.speaker, q.text) for q in extract_quotes(article)] == [
        ("Ms Hewitt", "We have doubled maternity pay since we were elected."),
        ("Mr Blair", "We will be unremittingly New Labour."),
        ("Mr Blair", "We will win the vote."),
    ]


def test_a_straight_quote_left_open_ends_where_the_next_opens_not_at_the_next_mark() -> None:
    found = quotes(
        'Mr Brown said: "To be honest I do not think you can rely on his judgement. "Mr Blair and I are making'
        ' the same decisions." He also said that Mr Baume was never at their meetings. Mr Baume told BBC News'
        ' there were sometimes "conflicting and competing agendas" between them.'
    )
    texts = [text for _, text, _, _ in found]
    assert texts[:2] == ["To be honest I do not think you can rely on his judgement.",
                         "Mr Blair and I are making the same decisions."]
    assert all("never at their meetings" not in text for text in texts)
    assert [speaker for speaker, *_ in found] == ["Mr Brown", "Mr Brown", "Mr Baume"]
