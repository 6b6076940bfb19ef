"""Sections, topics and keyphrase tags: the default taxonomy, user files, filing and tags."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import require_corpus
from slugify import slugify

from generator import corpora
from generator.extract.topics import (
    Filing,
    TaxonomyError,
    classify,
    keyphrases,
    load_taxonomy,
)
from generator.extract.topics.text import singular
from generator.link.sections import refile
from generator.model import Article, Mention


def article(title: str, *body: str) -> Article:
    return Article(source_file="x.txt", sha256="", title=title, body=body)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "topics.yml"
    path.write_text(text, encoding="utf-8")
    return path


# The default taxonomy


def test_default_taxonomy_is_a_general_news_taxonomy():
    taxonomy = load_taxonomy(None)
    sections = [section for section in taxonomy.sections if section.topics]
    assert len(sections) >= 12
    assert len(taxonomy.topics) >= 60
    names = {section.name for section in taxonomy.sections}
    assert {"World", "Politics", "Business & Economy", "Sport", "Weather"} <= names
    assert all(len(topic.terms) >= 10 for topic in taxonomy.topics)


def test_ids_are_unique_url_slugs():
    taxonomy = load_taxonomy(None)
    ids = [topic.id for topic in taxonomy.topics] + [section.id for section in taxonomy.sections]
    assert all(slugify(id_) == id_ for id_ in ids)
    assert len({topic.id for topic in taxonomy.topics}) == len(taxonomy.topics)


# A user's file


def test_user_file_adds_topics_and_terms(tmp_path):
    path = write(
        tmp_path,
        """
sections:
  sport:
    topics:
      football: {terms: {gaffer: 3}}
      pickleball: {name: Pickleball, terms: [pickleball, dink shot, kitchen line]}
  farming:
    name: Farming
    topics:
      livestock: {terms: {cattle: 3, dairy herd: 3, sheep farmer: 3}}
""",
    )
    taxonomy = load_taxonomy(path)
    default = load_taxonomy(None)
    assert len(taxonomy.topics) == len(default.topics) + 2
    football = next(topic for topic in taxonomy.topics if topic.id == "football")
    assert ("gaffer", 3.0) in football.terms and ("striker", 3.0) in football.terms
    cattle = article("Cattle prices", "The dairy herd and every sheep farmer.")
    filing = classify(cattle, taxonomy=taxonomy)
    assert (filing.section, filing.topics[0].id) == ("Farming", "livestock")
    filing = classify(article("Pickleball", "A dink shot at the kitchen line."), taxonomy=taxonomy)
    assert filing.section_id == "sport" and filing.topics[0].name == "Pickleball"


def test_user_file_weight_zero_removes_a_term(tmp_path):
    path = write(tmp_path, "sections: {sport: {topics: {cricket: {terms: {wicket: 0}}}}}")
    cricket = next(topic for topic in load_taxonomy(path).topics if topic.id == "cricket")
    assert "wicket" not in dict(cricket.terms)


def test_user_file_replaces_the_taxonomy(tmp_path):
    path = write(
        tmp_path,
        """
replace: true
settings: {fallback_section: other}
sections:
  other: {name: Other}
  gardening: {name: Gardening, topics: {roses: {terms: [rose, pruning, greenfly]}}}
""",
    )
    taxonomy = load_taxonomy(path)
    assert [section.id for section in taxonomy.sections] == ["other", "gardening"]
    roses = article("Pruning roses", "Greenfly on a rose.")
    election = article("Election result", "Voters went to the polls.")
    assert classify(roses, taxonomy=taxonomy).section == "Gardening"
    assert classify(election, taxonomy=taxonomy).section == "Other"


def test_user_file_errors(tmp_path):
    with pytest.raises(TaxonomyError, match="fallback"):
        load_taxonomy(write(tmp_path, "replace: true\nsections: {a: {name: A}}"))
    with pytest.raises(TaxonomyError):
        load_taxonomy(write(tmp_path, "sections: {sport: {terms: 3}}"))
    with pytest.raises(TaxonomyError, match="twice"):
        load_taxonomy(write(tmp_path, "sections: {weather: {topics: {football: {terms: [fog]}}}}"))


# Filing


@pytest.mark.parametrize(
    ("title", "body", "section", "topic"),
    [
        (
            "United held at Anfield",
            "The striker scored twice before the goalkeeper was sent off in the Premier League "
            "match.",
            "sport",
            "football",
        ),
        (
            "Central bank raises interest rates",
            "The Federal Reserve lifted rates again as inflation stayed high, economists said.",
            "business",
            "economy",
        ),
        (
            "Senate passes spending bill",
            "Lawmakers in Congress voted 60-40; the legislation now goes to the House of "
            "Representatives.",
            "politics",
            "parliament",
        ),
        (
            "Storm brings gales and flooding",
            "Forecasters issued flood warnings as heavy rain and high winds swept the coast.",
            "weather",
            None,
        ),
        (
            "New phone has a better camera",
            "The smartphone runs on 5G networks and the handset ships with more storage.",
            "technology",
            "mobile-telecoms",
        ),
        (
            "Man jailed for murder",
            "A jury at the crown court found him guilty of murder; he was sentenced to life in "
            "prison.",
            "crime",
            None,
        ),
    ],
)
def test_classify_short_articles(title, body, section, topic):
    filing = classify(article(title, body))
    assert filing.section_id == section
    if topic:
        assert filing.topics[0].id == topic


def test_filing_is_ranked_and_frozen():
    filing = classify(
        article(
            "Cup final",
            "The striker scored a penalty and the goalkeeper saved a free kick at Wembley stadium.",
        )
    )
    scores = [topic.score for topic in filing.topics]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert 1 <= len(filing.topics) <= 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        filing.section = "World"  # type: ignore[misc]


def test_without_evidence_the_fallback_section():
    assert classify(article("Untitled", "It was a quiet afternoon.")) == Filing("News", "news", ())


def test_mentions_are_evidence_through_the_terms():
    text = article(
        "A decision on Thursday", "The Bank of England said little; the prime minister said more."
    )
    plain = classify(text)
    mentioned = classify(text, [Mention("Bank of England", "organization", 0, 4, 19)])
    assert plain.section_id == "politics"
    assert mentioned.section_id == "business"
    assert mentioned.topics[0].id == "economy"


DESK_CONVENTIONS = [
    (  # Politics takes the policy stories that ministers and parties drive
        article(
            "Schools bill splits MPs",
            "The education secretary told MPs the schools bill would raise standards for pupils and teachers.",
            "Labour and the Conservatives clashed in the Commons over the bill; the prime minister backed it.",
        ),
        "politics", "education",
        article("Pupils back at school", "Teachers welcomed pupils back to school; exams start in May."), "education",
    ),
    (  # Entertainment takes the arrests and trials of stars
        article(
            "Singer misses bail deadline",
            "The singer was arrested by police and charged with assault after a fight.",
            "He will appear in court next month, his lawyer said; the band cancelled its tour.",
        ),
        "entertainment", "crime",
        article("Man charged over robbery", "Police arrested a man who was charged with robbery and assault."), "crime",
    ),
]


@pytest.mark.parametrize(("story", "desk", "without", "plain", "plain_desk"), DESK_CONVENTIONS)
def test_a_desk_convention_files_the_stories_it_names(tmp_path, story, desk, without, plain, plain_desk):
    assert classify(story).section_id == desk
    assert classify(plain).section_id == plain_desk
    no_precedence = load_taxonomy(write(tmp_path, "settings: {precedence: {}}"))
    assert classify(story, taxonomy=no_precedence).section_id == without


def test_a_precedence_must_name_defined_sections(tmp_path):
    with pytest.raises(TaxonomyError, match="precedence"):
        load_taxonomy(write(tmp_path, "settings: {precedence: {politics: {share: 0.5}}}"))
    with pytest.raises(TaxonomyError, match="not defined: gardening"):
        load_taxonomy(write(tmp_path, "settings: {precedence: {politics: {over: [gardening], share: 0.5}}}"))


def filing(*scores: tuple[str, float]) -> Filing:
    best = max(scores, key=lambda item: item[1])[0]
    return Filing(best.title(), best, (), tuple(sorted(scores)))


def test_the_other_articles_on_an_articles_entities_settle_its_section_when_in_doubt():
    taxonomy = load_taxonomy()
    politics = [filing(("politics", 10.0))] * 3
    in_doubt = filing(("politics", 8.0), ("world", 10.0))
    clear = filing(("politics", 2.0), ("world", 20.0))
    names = [["Tony Blair"]] * 3 + [["Tony Blair", "G8"], ["Tony Blair"]]
    refiled = refile([*politics, in_doubt, clear], names, taxonomy)
    assert [f.section_id for f in refiled] == ["politics"] * 4 + ["world"]
    assert refiled[3].section == "Politics" and refiled[3].section_scores == in_doubt.section_scores
    few = refile([*politics[:2], in_doubt], [["Tony Blair"]] * 3, taxonomy)  # two other articles do not vote
    assert few[-1].section_id == "world"


def test_entity_votes_are_a_setting(tmp_path):
    taxonomy = load_taxonomy(write(tmp_path, "settings: {entity_votes: {share: 0}}"))
    assert taxonomy.settings.entity_votes.min_articles == 3
    politics = [filing(("politics", 10.0))] * 3
    refiled = refile([*politics, filing(("politics", 8.0), ("world", 10.0))], [["Tony Blair"]] * 4, taxonomy)
    assert refiled[-1].section_id == "world"
    with pytest.raises(TaxonomyError, match="entity_votes"):
        load_taxonomy(write(tmp_path, "settings: {entity_votes: 3}"))


def test_title_weighs_more_than_body():
    body = ("The minister spoke.", "The match was played.")
    assert classify(article("Election called", *body)).section_id == "politics"
    assert classify(article("Cup final", *body)).section_id == "sport"


# Keyphrases


CORPUS = [
    article(
        "Mobile phones in schools",
        "City council officials said mobile phones distract pupils.",
        "A mobile phone ban starts in 2025, the city council said. Tony Blair backed it.",
        "Tony Blair said a mobile phone was a tool.",
    ),
    article("Budget vote", "The city council approved the budget.", "The budget rises by 3%."),
    article("Library opens", "The city council opened a library.", "The library has 20,000 books."),
    article("Bus routes", "The city council cut two bus routes.", "Bus routes 4 and 7 go."),
]


@pytest.mark.parametrize(("word", "normal"), [
    ("phones", "phone"), ("matches", "match"), ("policies", "policy"), ("taxes", "tax"), ("Obama's", "obama"),
    ("trans", "trans"), ("news", "news"), ("politics", "politics"), ("status", "status"), ("class", "class"),
])
def test_plurals_fold_and_words_that_only_end_in_s_do_not(word: str, normal: str):
    assert singular(word) == normal


def test_keyphrases_normalise_plurals_and_case():
    tags = keyphrases(CORPUS)[0]
    assert "mobile phone" in tags
    assert "mobile phones" not in tags and "Mobile phones" not in tags
    assert "Tony Blair" in tags


def test_keyphrases_drop_corpus_common_phrases_and_fragments():
    tags = keyphrases(CORPUS)
    assert all("city council" not in (tag.lower() for tag in article_tags) for article_tags in tags)
    assert "Tony" not in tags[0] and "Blair" not in tags[0]
    assert "budget" in tags[1] and "library" in tags[2] and "bus routes" in tags[3]


def test_keyphrases_edges_numbers_and_order():
    first = keyphrases(CORPUS, k=10)
    stop = {"the", "a", "of", "and", "in", "said", "was"}
    for tags in first:
        for tag in tags:
            words = tag.lower().split()
            assert words[0] not in stop and words[-1] not in stop
            assert not all(word.replace(",", "").isdigit() for word in words)
    assert keyphrases(CORPUS, k=10) == first
    assert len(keyphrases(CORPUS, k=2)[0]) == 2


def test_keyphrases_names_may_hold_stop_words_descriptions_do_not_run_into_names():
    first = article(
        "Rates held",
        "The Bank of England held rates, and the Bank of England will meet again.",
        "The director Sam Raimi spoke, and the director Sam Raimi left.",
        "The number of phishing attacks grew, and the number of phishing sites grew.",
    )
    tags = keyphrases([first, *CORPUS[1:]], k=10)[0]
    assert "Bank of England" in tags and "Sam Raimi" in tags
    assert not any("director Sam" in tag or "number of" in tag for tag in tags)


def test_keyphrases_leave_out_the_names_of_the_articles_entities():
    tags = keyphrases(CORPUS, names=[{"Tony Blair"}, set(), set(), set()])[0]
    assert not any("Tony" in tag or "Blair" in tag for tag in tags)
    assert "mobile phone" in tags


def test_a_demonym_of_a_place_the_article_names_is_no_tag():
    deal = article(
        "Brewer sold to Russian and Chinese buyers",
        "Russian banks, Russian drinkers and Russian officials welcomed the brewery deal in Russia; Chinese"
        " banks, Chinese investors and Chinese officials in China said little.",
    )
    tags = keyphrases([deal, *CORPUS[1:]], k=10, names=[{"Russia"}, set(), set(), set()])[0]
    assert "Russian" not in tags and "Chinese" in tags  # China is no entity of the article here


def test_keyphrases_do_not_begin_or_end_with_adverbs_past_tenses_or_titles():
    verbal = article(
        "Senator quits",
        "Missouri Sen. Jane Roe reportedly resigned, and Missouri Sen. Jane Roe wrote a farewell letter.",
        "Nothing changed after the farewell letter was released, a spokesman reportedly said.",
    )
    for tag in keyphrases([verbal, *CORPUS[1:]], k=10)[0]:
        for word in (tag.split()[0].lower(), tag.split()[-1].lower()):
            assert word not in {"reportedly", "released", "resigned", "wrote", "nothing", "sen"}, tag


def test_keyphrases_hold_no_name_of_the_article_nor_a_capitalised_run_with_its_words():
    resign = article(
        "Congressman resigns",
        "Representative Blake Farenthold resigned, and Representative Blake Farenthold thanked his staff.",
        "The sexual harassment claims against Representative Blake Farenthold led to a sexual harassment inquiry.",
    )
    tags = keyphrases([resign, *CORPUS[1:]], k=10, names=[{"Blake Farenthold"}, set(), set(), set()])[0]
    assert "sexual harassment" in tags
    assert not any("Blake" in tag or "Farenthold" in tag for tag in tags), tags


def test_a_plain_word_is_a_tag_when_the_headline_has_it_or_it_recurs():
    envoy = article(
        "Envoy urges Taliban to end violence",
        "The envoy will pursue peace talks, and local leaders will pursue them too, officials said of the violence.",
        "Local traders fear more violence as the Taliban fighters advance on the provincial capital.",
    )
    tags = [tag.lower() for tag in keyphrases([envoy, *CORPUS[1:]], k=10)[0]]
    assert "violence" in tags
    assert "pursue" not in tags and "local" not in tags


def test_keyphrases_are_noun_phrases_not_clauses_or_verb_phrases():
    court = article(
        "Flynn pleaded guilty as consumer spending fell",
        "Flynn pleaded guilty, and Flynn pleaded guilty again, to help formulate a response; aides help formulate"
        " it, sexual and guilty as they are.",
        "Consumer spending fell, illegal gambling grew, and consumer spending and gambling were rising concerns,"
        " like rising prices and the rising prices of gambling.",
        "Despite urging, aides said so; despite urging, they left.",
    )
    tags = [tag.lower() for tag in keyphrases([court, *CORPUS[1:]], k=10)[0]]
    assert "consumer spending" in tags and "gambling" in tags and "rising prices" in tags
    for tag in tags:
        assert not {"pleaded", "formulate", "guilty", "sexual", "despite"} & set(tag.split()), tag


def test_keyphrases_stop_before_a_participle_that_a_plural_noun_acts_with():
    budget = article(
        "Ministers back plans for higher taxes",
        "Finance ministers backed plans for higher taxes, with higher taxes eroding incentives, as finance"
        " ministers backed plans again and higher taxes eroding incentives worried the chief operating officer.",
        "The chief operating officer said the role playing games market and the role playing games makers were"
        " aiming to grow; the market is aiming to grow.",
    )
    tags = [tag.lower() for tag in keyphrases([budget, *CORPUS[1:]], k=20)[0]]
    assert "chief operating officer" in tags and "role playing games" in tags and "higher taxes" in tags
    assert not {tag for tag in tags if "backed" in tag or "eroding" in tag or tag == "aiming"}, tags


def test_keyphrases_hold_no_ages_amounts_or_irregular_past_tenses():
    sport = article(
        "Striker threw the game",
        "The 28-year-old striker threw the ball, and the 28-year-old striker threw it again for a 291m fee.",
        "The club paid 291m for the striker, whose transfer fee broke records.",
    )
    for tag in keyphrases([sport, *CORPUS[1:]], k=10)[0]:
        assert not any(word[0].isdigit() or word in {"threw", "broke"} for word in tag.lower().split()), tag


def test_keyphrases_hold_no_piece_of_a_link_address_handle_or_hashtag():
    tweet = article(
        "Fire emojis for the hush money payment",
        "He posted fire emojis https://t.co/AbC123 and pic.twitter.com/xyz, tagging @ellenschmidttt #DingDing.",
        "The hush money payment drew fire emojis https://t.co/XyZ789 from www.example.org and mail to tips@nyt.com.",
        "More fire emojis followed: https://t.co/Qq11 https://t.co/Rr22 @ellenschmidttt @ellenschmidttt #DingDing.",
    )
    tags = [tag.lower() for tag in keyphrases([tweet, *CORPUS[1:]], k=20)[0]]
    assert "fire emoji" in tags or "fire emojis" in tags
    for word in ("https", "co", "pic", "twitter", "com", "xyz", "ellenschmidttt", "dingding", "www", "example", "tips"):
        assert not any(word in tag.split() for tag in tags), (word, tags)


def test_an_interjection_is_no_tag():
    chat = article(
        "Yeah, the porn actor said: okay",
        "\"Yeah,\" the porn actor said. \"Yeah, okay. Yeah.\" Okay, said the porn actor's lawyer; okay.",
    )
    tags = [tag.lower() for tag in keyphrases([chat, *CORPUS[1:]], k=10)[0]]
    assert "porn actor" in tags and not {"yeah", "okay"} & set(tags), tags


def test_keyphrases_hold_no_name_tails_possessives_of_names_dates_or_party_tags():
    speech = article(
        "Akin's comments spark First Amendment concerns",
        "Akin's comments in March drew First Amendment concerns, and Senator Roe (D-Mass.) said Akin's comments"
        " raised First Amendment concerns again at 9 a.m. EDT, before the March vote on the First Amendment.",
        "Continue reading about the First Amendment concerns and the free speech debate over free speech.",
    )
    tags = keyphrases([speech, *CORPUS[1:]], k=10, names=[{"Todd Akin", "Akin", "Jane Roe"}, set(), set(), set()])[0]
    assert "free speech" in tags
    for tag in tags:
        assert not tag.startswith(("Amendment", "Akin")) and tag not in {"March", "EDT", "D-Mass"}, tag
        assert "Continue" not in tag, tag


def test_keyphrases_stop_neither_inside_a_name_nor_at_a_possessive_or_a_verb_with_its_object():
    match = article(
        "Striker fit for the American football final",
        "Ruud van Nistelrooy scored, Sir Alex Ferguson said, and Ruud van Nistelrooy scored again in the Las"
        " Vegas-style final, the Las Vegas-style game of the year.",
        "November's final drew American football's biggest crowd; American football's fans, using the helmet"
        " cam, kept using the helmet cam and using a phone, and the former champion was there.",
        "The Bank of England governor spoke; the Bank of England governor and no-one else spoke again.",
        "Clubs hope to boost ticket sales and will boost ticket sales again; ticket sales fell.",
        "The best actress award went to her; she was the best, and the best actress award was the best of all.",
        "He won best supporting actor, she best supporting actress; best supporting actor went to him again.",
    )
    tags = [tag.lower() for tag in keyphrases([match, *CORPUS[1:]], k=20)[0]]
    assert "american football" in tags
    assert not {"ruud van", "las", "sir", "november", "using", "former", "england governor", "no-one",
                "boost ticket sales", "best", "best supporting"} & set(tags), tags
    assert "ticket sales" in tags and "best actress award" in tags
    assert not any(tag.endswith(("'s", "’s")) for tag in tags), tags


def test_keyphrases_do_not_end_with_ordinals_or_loose_qualifiers():
    race = article(
        "Kaiser Chiefs came fifth in the chart race",
        "The band Kaiser Chiefs came fifth, a bit longer in the chart than last year, and the chart race"
        " stayed close; the band came fifth again after a bit longer on tour, with the chart race due soon.",
    )
    for tag in keyphrases([race, *CORPUS[1:]], k=10)[0]:
        assert tag.split()[-1].lower() not in {"fifth", "longer", "due"} and not tag.lower().startswith("bit"), tag


def test_keyphrases_are_no_bare_quantities():
    deal = article(
        "Half the million-dollar fund goes to schools",
        "Half of the fund, about a million dollars, goes to schools; the other half of the million goes to"
        " roads, and a dozen schools got hundreds of new books.",
        "Officials said half the million would reach schools by spring, a dozen more in the autumn.",
    )
    for tag in keyphrases([deal, *CORPUS[1:]], k=10)[0]:
        assert not {"half", "million", "dozen", "hundreds"} & set(tag.lower().split()), tag


# The BBC corpus


DESKS = {
    "business": "business",
    "technology": "tech",
    "sport": "sport",
    "entertainment": "entertainment",
    "politics": "politics",
}
"""Section id -> BBC desk, as in ``benchmarks/sections_bbc.py``."""


def plain_article(path: Path) -> Article:
    """A corpus file: title line, blank line, paragraphs."""
    title, _, rest = path.read_bytes().decode("utf-8", errors="replace").strip().partition("\n")
    return article(title.strip(), *(p.strip() for p in rest.split("\n\n") if p.strip()))


def test_bbc_section_accuracy():
    require_corpus("bbc")
    items = list(corpora.bbc_articles())
    right = sum(
        DESKS.get(classify(plain_article(item.path)).section_id) == item.meta["desk"]
        for item in items
    )
    assert right / len(items) >= 0.88


def test_in_a_small_archive_a_shared_phrase_links_and_common_words_give_way_to_rare_ones():
    first = article(
        "Taliban take a seventh provincial capital",
        "The government said the country would resist as the Taliban took a seventh provincial capital.",
        "The government asked the country for calm; the country waited for the government and ceasefire talks.",
        "Ceasefire talks began in the city.",
    )
    second = article(
        "Envoy presses Taliban",
        "The insurgents hold six provincial capitals, and the envoy seeks a ceasefire agreement.",
        "A ceasefire agreement is the aim.",
    )
    tags = [[tag.lower() for tag in article_tags] for article_tags in keyphrases([first, second], k=3)]
    assert "provincial capital" in tags[0] and "provincial capital" in tags[1]
    assert "country" not in tags[0] and "government" not in tags[0]


def test_peoples_names_are_no_evidence_of_a_topic():
    body = ("Bill Gates and Mac Miller met at a charity gala in Seattle on Friday, where the pair talked for an hour.",)
    article = Article(source_file="a.txt", sha256="0", title="Bill Gates meets Mac Miller at charity gala", body=body)
    people = [Mention("Bill Gates", "person", 0, 0, 10), Mention("Mac Miller", "person", 0, 15, 25)]
    assert "Computing & software" in [t.name for t in classify(article).topics]  # "mac", taken for a word
    topics = [t.name for t in classify(article, people).topics]
    assert topics[0] == "Charity & volunteering"
    assert not {"Computing & software", "Parliament & legislation"} & set(topics)
