"""Keyphrase tags: the phrases that set an article apart from the rest of its corpus.

Candidates are runs of one to four words inside a clause (links, e-mail addresses, handles and
hashtags left out) that hold no number (nor "28-year-old",
"291m"), neither start nor end with a stop word, end in a word that can be a noun and hold no word
that can only be a verb but for a participle before a noun ("rising prices", not "help formulate"
or "Flynn pleaded guilty"; ``data/word_classes.tsv``, from lemminflect's lexicon, says which);
only names may hold "of", "the", "for", "de" or "&" ("Bank of England"), and a lower-case word
may not run into a capitalised one ("director Sam Raimi"). No phrase in the text stops inside a
name ("Las" of "Las Vegas-style", "Ruud van" of "Ruud van Nistelrooy"); one ending in a possessive
leaves it out ("American football's" -> "American football"); an "-ing" word before a determiner is
a verb with its object ("using the helmet"), and so is a word that may be a verb after "to" or
"will" ("to meet expectations"). Candidates are grouped by normal form
(lower case, singular by Harman's S stemmer with the sibilant rule, see :mod:`.text`) and scored
by tf-idf over the articles given:

- a phrase found in more than half of the articles (and in three at least) says nothing and is
  dropped;
- a phrase must recur, in the article or in another one; a single lower-case word must be in the
  headline or occur three times, and one that every twentieth news article uses ("country",
  "government") must be in the headline;
- a phrase that mostly occurs inside one longer phrase ("Tony" in "Tony Blair") is a fragment, and
  so is one that starts inside a capitalised run ("Amendment concerns" of "First Amendment concerns");
- a headline's phrases count double, when the body uses them too;
- rarity is judged against news at large as well (``data/background.tsv``, see
  :mod:`.build_background`), so that an archive of a few articles does not get "country" as a tag.

Each tag is shown in its shortest (singular) spelling, in its most frequent casing. Ties are broken
alphabetically, so the tags of a corpus do not depend on anything but its text.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from generator.model import Article

from .text import singular

TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|&|[^\w\s]")
"""Words (hyphenated ones whole) and single punctuation marks, which end a clause."""

NOT_WORDS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)[@#]\w+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co|uk)\b(?:/\S*)?"
)
"""Links, domains, e-mail addresses, handles and hashtags: no words of the text ("https", "co" of a
tweet's link)."""
STOP_WORDS = frozenset(
    """a about above after again against ago all almost along already also although always am
    among an and another any anyone anything are around as at away back be became because become
    been before being below between both but by can cannot could did do does doing done down
    during each either else enough even ever every few first for from further get gets getting
    give given go going gone got had has have having he her here hers herself him himself his how
    however i if in including into is it its itself just last later least less like made make
    many may me might more most much must my myself near need never new next no nor not now of
    off often on once one only or other others our ours ourselves out over own per perhaps put
    rather really said same say saying says see seen several she should since so some something
    still such take than that the their theirs them themselves then there these they this those
    though three through to today together told too two under until up upon us use used very
    want was way we week well were what when where whether which while who whom whose why will
    with within without would year yet you your yours yourself yourselves mr mrs ms dr st
    according added adding asked back can't didn't doesn't don't isn't it's there's that's
    wasn't won't i'm he's she's we're they're you're i've we've you've they've i'd we'd you'd
    he'd she'd they'd i'll we'll you'll he'll she'll they'll monday tuesday wednesday thursday
    friday saturday sunday january february april june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec unless four five six seven eight nine ten
    eleven twelve twenty thirty forty fifty second third fourth fifth sixth
    seventh eighth ninth tenth behind due worth longer pretty bit lot whole able half million billion
    yeah yep yes oh ok okay wow hey hi hello um uh hmm ah huh please thanks
    trillion thousand thousands hundred hundreds dozen dozens percent despite amid amidst toward towards
    via unlike versus across beyond besides except throughout former latter no-one""".split()
)
VERBAL_WORDS = frozenset(
    """nothing everything anyone everyone someone somebody nobody anybody whatever whoever
    wrote written tell tells told said says went gone came come comes took taken gave give
    gives knew known thought think thinks felt feel feels kept keep left leave leaves meant
    mean means met paid pay saw sent set sat stood spoke spoken brought bring began begun
    became become found find finds held hold holds heard hear hears lost lose led lead leads
    let lie lies ran run runs sought spent won win wins bless blessed making makes made continue
    doing seems seemed getting giving taking coming threw thrown grew grown drew drawn flew flown
    wore worn tore torn swore sworn broke broken chose chosen rose risen fell fallen struck fought
    bought caught taught built sold fled hid hidden rode ridden drove driven ate eaten sang sung
    swam rang sank stole stolen froze frozen woke woken forgot forgotten shook shaken stuck dug
    hung slid bent lent dealt slept swept wept crept knelt arose arisen awoke bore borne""".split()
)
"""Pronouns and verbs that no tag begins or ends with ("Mary Cheney wrote", "God bless")."""
CALENDAR_WORDS = frozenset(
    "March May EST EDT CST CDT MST MDT PST PDT GMT BST UTC ET PT".split()
)
"""Capitalised words of dates and times that the stop words, in lower case, do not cover."""
TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col sgt capt adm cmdr supt insp det atty".split())
"""Abbreviated titles, which end a name's phrase ("Missouri Sen."), never a tag."""
NOUNS_IN_LY = frozenset(
    "family rally ally italy july supply assembly monopoly anomaly butterfly reply belly bully "
    "jelly lily fly daily weekly monthly quarterly".split()
)
NOUNS_IN_ED = frozenset("need speed seed feed breed greed creed deed weed hundred shed bed red ted".split())
WORD_CLASSES_FILE = Path(__file__).resolve().parents[2] / "data" / "word_classes.tsv"
VERB, OTHER, NOUN_OR_VERB, NAME = "verb", "other", "noun-verb", "name"
"""Kinds of word: only a verb, no noun nor verb, a verb's base form and a noun (from
``WORD_CLASSES_FILE``), capitalised."""
VERB_MARKERS = frozenset(
    "to will would could should can cannot may might must shall won't wouldn't couldn't shouldn't can't "
    "didn't don't doesn't".split()
)
"""Words after which a word that may be a verb is one, with its object: "to boost client bases"."""
DETERMINERS = frozenset("a an the this that these those his her their its our my your some every".split())
"""Words that, after an "-ing" word, make it a verb with an object ("using the helmet"), not a noun."""
PARTICIPLE_ENDINGS = ("ing", "ed")
"""A word that can only be a verb is in no tag, unless a participle before a noun ("rising prices")."""
INNER_WORDS = frozenset({"of", "the", "for", "de", "&"})
"""Stop words allowed inside a name: "Bank of England", "Marks & Spencer", "Tour de France"."""
NAME_PARTICLES = frozenset("van von der den de da di du del della dos das la le bin ibn al el ter ten".split())
"""Lower-case words inside a person's name ("Ruud van Nistelrooy"): no tag ends with one there."""
MODIFIERS_ONLY = frozenset("best worst latest biggest greatest largest smallest top".split())
"""Words that begin a tag ("best actress", "biggest lender") and end none ("best"), nor one whose
last word cannot be a noun ("best supporting" of "best supporting actor")."""
HONORIFICS = frozenset({"sir", "dame"})
"""Words before a name that are never a tag by themselves ("Sir Paul")."""
BACKGROUND_FILE = Path(__file__).resolve().parents[2] / "data" / "background.tsv"
PRIOR_ARTICLES = 200
"""How many articles of the archive the background is worth: it decides for a small archive and
barely moves a large one."""
MAX_WORDS = 4
MAX_DF = 0.5
"""Phrases found in more than this share of the articles, and in ``MIN_DF_DROPPED`` at least, are dropped."""
MIN_DF_DROPPED = 3
"""Two articles sharing a phrase is a link between them, not a sign that the phrase says nothing."""
FRAGMENT_SHARE = 0.67
"""A phrase is a fragment when at least this share of its occurrences are in one longer phrase."""
COMMON_WORD_REPEATS = 3
"""How often a single lower-case word not in the headline must occur to be a tag."""
COMMON_IN_NEWS = 0.05
"""A single word found in this share of news at large (the background) is a tag only when the headline has it."""
TITLE_WEIGHT = 2
"""The factor on a phrase that the headline uses too."""


@dataclass
class _Phrases:
    """The candidate phrases of one article, by normal form."""

    body: Counter[str] = field(default_factory=Counter)
    title: Counter[str] = field(default_factory=Counter)
    spelling: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Counts of (normal form, spelling) pairs in the body (headlines are often capitalised)."""
    title_spelling: dict[str, str] = field(default_factory=dict)
    count: Counter[str] = field(default_factory=Counter)
    """Body and title together."""


def keyphrases(
    articles: Sequence[Article], k: int = 5, names: Sequence[Collection[str]] | None = None
) -> list[tuple[str, ...]]:
    """Up to ``k`` tags for each article, best first, in the order of ``articles``.

    ``names`` are, per article, the names of its entities: they have pages of their own, so
    neither they, their words ("Flynn" of "Michael Flynn"), phrases holding them nor capitalised
    runs holding their words ("Representative Blake") are its tags.
    """
    found = [_candidates(article) for article in articles]
    for phrases, article_names in zip(found, names or ()):
        excluded = {_normal(part) for name in article_names for part in (name, *name.split())}
        full_names = {_normal(name) for name in article_names if " " in name.strip()}
        capitalised = {key for (key, spelling) in phrases.spelling if _is_capitalised(spelling)}
        possessive = {key for (key, spelling) in (*phrases.spelling, *phrases.title_spelling.items())
                      if any(_normal(word[:-2]) in excluded for word in spelling.split() if word.endswith(("'s", "’s")))}
        for key in list(phrases.count):
            if (
                key in excluded
                or key in possessive  # "Biden's behavior"
                or not full_names.isdisjoint(_spans(key))
                or key in capitalised and any(word in excluded for word in key.split())
                or key in capitalised and _is_demonym_of(key, excluded)  # "Russian" beside "Russia"
            ):
                del phrases.count[key]
    df: Counter[str] = Counter()
    for phrases in found:
        df.update(phrases.count.keys())
    chosen = [_best(phrases, df, len(articles), k, background()) for phrases in found]
    wanted = {key for keys in chosen for key in keys}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    fallback: dict[str, str] = {}
    for phrases in found:
        for (key, spelling), count in phrases.spelling.items():
            if key in wanted:
                spellings[key][spelling] += count
        for key, spelling in phrases.title_spelling.items():
            if key in wanted:
                fallback.setdefault(key, spelling)
    shown = fallback | {key: _spelling(counts) for key, counts in spellings.items()}
    return [tuple(shown[key] for key in keys) for keys in chosen]


DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i")


def _is_demonym_of(key: str, names: Collection[str]) -> bool:
    """A single word that names the people of one of ``names`` by its first four letters and the
    ending of a demonym: "russian" of "russia", "chinese" of "china", "swedish" of "sweden"."""
    return (
        " " not in key
        and key.endswith(DEMONYM_ENDINGS)
        and any(len(name) >= 4 and name[:4] == key[:4] and name != key for name in names)
    )


def candidate_phrases(article: Article) -> set[str]:
    """The normal forms of the article's candidate phrases."""
    return set(_candidates(article).count)


@dataclass(frozen=True)
class Background:
    """How many articles of a general news corpus use each common phrase."""

    articles: int
    df: dict[str, int]


@cache
def background() -> Background:
    lines = BACKGROUND_FILE.read_text(encoding="utf-8").splitlines()
    articles = int(lines[0].split("\t")[1])
    return Background(articles, {key: int(n) for key, n in (line.split("\t") for line in lines[1:])})


def _is_capitalised(spelling: str) -> bool:
    """A capitalised run, the words that may sit inside a name aside ("Boehner of Ohio")."""
    return all(word[:1].isupper() for word in spelling.split() if word not in INNER_WORDS)


def _normal(text: str) -> str:
    return " ".join(singular(token) for token in TOKEN.findall(text) if token[0].isalnum())


def _candidates(article: Article) -> _Phrases:
    phrases = _Phrases()
    for clause in _clauses(article.title):
        for key, spelling in _phrases(clause, in_headline=True):
            phrases.title[key] += 1
            phrases.title_spelling.setdefault(key, spelling)
    for text in (article.standfirst, *article.body):
        for clause in _clauses(text or ""):
            for key, spelling in _phrases(clause):
                phrases.body[key] += 1
                phrases.spelling[key, spelling] += 1
    phrases.count = phrases.body + phrases.title
    return phrases


def _clauses(text: str) -> list[list[str]]:
    clauses: list[list[str]] = [[]]
    for token in TOKEN.findall(NOT_WORDS.sub(" . ", text)):
        if token[0].isalnum() or token == "&":
            clauses[-1].append(token)
        elif clauses[-1]:
            clauses.append([])
    return clauses


@dataclass(frozen=True)
class _Words:
    """What the phrase rules need to know of each word of a clause."""

    lower: list[str]
    bare: list[str]
    """The words without a possessive "'s", as a phrase that ends there spells them."""
    normal: list[str]
    capital: list[bool]
    stop: list[bool]
    """Stop words, name particles between names included: no phrase starts or ends with one."""
    edge: list[bool]
    """Words that may start or end a phrase."""
    particle: list[bool]
    name_goes_on: list[bool]
    """The next word continues the name this word is part of (outside headlines)."""
    kinds: list[str | None]
    verb_first: list[bool]
    """A word that may be a verb, after "to" or "will": it begins no phrase of several words."""

    @classmethod
    def of(cls, clause: list[str], in_headline: bool) -> _Words:
        lower = [word.lower().replace("’", "'") for word in clause]
        bare = [word[:-2] if _is_possessive(word) else word for word in clause]
        base = [word.lower().replace("’", "'") for word in bare]
        capital = [word[0].isupper() for word in clause]
        size = len(clause)
        particle = [
            0 < at < size - 1 and word in NAME_PARTICLES and capital[at - 1] and capital[at + 1]
            for at, word in enumerate(lower)
        ]
        stop = [
            word in STOP_WORDS or word in INNER_WORDS or word in HONORIFICS or word[0].isdigit()
            or _is_calendar_or_code(spelling) or is_particle
            for word, spelling, is_particle in zip(base, clause, particle)
        ]
        edge = [
            not is_stop and len(word) > 1 and not _verbal(word)
            and not (word.endswith("ing") and at + 1 < size and (lower[at + 1] in DETERMINERS or lower[at + 1] == "to"))
            # "using the", "aiming to"
            for at, (word, is_stop) in enumerate(zip(base, stop))
        ]
        names_stand_out = not in_headline and not (size > 2 and all(capital))  # not "ANALYSTS SAID"
        name_goes_on = [
            names_stand_out and at + 1 < size and capital[at + 1] and (capital[at] or lower[at] in NAME_PARTICLES)
            for at in range(size)
        ]
        classes = [
            word_classes().get(word) if not is_capital or at == 0 else NAME  # "Considering", opening a sentence
            for at, (word, is_capital) in enumerate(zip(lower, capital))
        ]
        return cls(
            lower=lower,
            bare=bare,
            normal=[singular(word) for word in bare],
            capital=capital,
            stop=stop,
            edge=edge,
            particle=particle,
            name_goes_on=name_goes_on,
            kinds=[None if kind == NOUN_OR_VERB else kind for kind in classes],
            verb_first=[at > 0 and kind == NOUN_OR_VERB and lower[at - 1] in VERB_MARKERS
                        for at, kind in enumerate(classes)],
        )

    def starts_inside_a_name(self, start: int) -> bool:
        """"Amendment concerns" of "First Amendment concerns", "England governor" of "Bank of
        England governor"; not "Kabul" of "Most of Kabul"."""
        capital, stop = self.capital, self.stop
        if not capital[start] or start == 0:
            return False
        if capital[start - 1]:
            return not (start == 1 and stop[0])
        return start > 1 and _joins_a_name(self.lower[start - 1]) and capital[start - 2] and not stop[start - 2]


def _phrases(clause: list[str], in_headline: bool = False) -> list[tuple[str, str]]:
    """The candidate phrases of a clause: (normal form, spelling).

    No phrase stops short of the name it is part of, except in a headline or a clause in capitals,
    where every word may be capitalised."""
    words = _Words.of(clause, in_headline)
    lower, capital, kinds = words.lower, words.capital, words.kinds
    found = []
    for start in range(len(clause)):
        if not words.edge[start] or words.starts_inside_a_name(start):
            continue
        name = previous = capital[start]
        inner = False
        for end in range(start + 1, min(start + MAX_WORDS, len(clause)) + 1):
            word = end - 1
            if word > start and words.verb_first[start]:
                break  # "meet expectations" of "to meet expectations"; "meet" alone may be a noun
            if words.stop[word]:
                if lower[word] not in INNER_WORDS and not words.particle[word]:
                    break
                inner = True
                continue
            if capital[word] and not previous:
                break  # "director Sam Raimi": a description running into a name
            if kinds[word] == VERB and (previous or not lower[word].endswith(PARTICIPLE_ENDINGS)):
                break  # "help formulate", "Trump obstructed justice"; not "deteriorating situation"
            if kinds[word] == VERB and _is_plural(lower[word - 1]) and kinds[word - 1] is None:
                break  # "taxes eroding incentives", "ministers backed plans"; not "role playing games"
            name, previous = name and capital[word], capital[word]
            if (
                words.edge[word]
                and lower[word] not in MODIFIERS_ONLY
                and not (lower[start] in MODIFIERS_ONLY and kinds[word] in (VERB, OTHER))  # "best supporting"
                and (name or not inner)
                and not words.name_goes_on[word]
                and _may_head_a_phrase(kinds, lower, word, start)
            ):
                found.append((" ".join(words.normal[start:end]), " ".join([*clause[start:word], words.bare[word]])))
    return found


@cache
def word_classes() -> dict[str, str]:
    """Lower-case words -> ``VERB``, ``OTHER`` or ``NOUN_OR_VERB`` (see :mod:`.build_word_classes`)."""
    lines = WORD_CLASSES_FILE.read_text(encoding="utf-8").splitlines()
    return {word: kind for word, kind in (line.split("\t") for line in lines)}


def _may_head_a_phrase(kinds: Sequence[str | None], lower: Sequence[str], word: int, start: int) -> bool:
    """Whether ``word`` can end a noun phrase that starts at ``start``: a noun, a name, a word the
    lexicon does not know ("covid"), or a gerund alone or after a word that is no name nor only a
    verb ("gambling", "consumer spending", not "Trump speaking"); not "guilty" or "apologise"."""
    if kinds[word] in (None, NAME):
        return True
    before = kinds[word - 1] if word > start else None
    return kinds[word] == VERB and lower[word].endswith("ing") and before in (None, OTHER)


def _is_plural(word: str) -> bool:
    """A plural noun, as its ending tells: "taxes", "ministers"; not "process", "news", "its"."""
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news", "'s"))
        and singular(word) != word
    )


def _joins_a_name(word: str) -> bool:
    """A word that joins two capitalised words into one name: "of", "de", "&", "for", "van"..."""
    return word in INNER_WORDS and word != "the" or word in NAME_PARTICLES


def _is_possessive(word: str) -> bool:
    """A word ending in a possessive "'s" ("football's"): a phrase that ends there leaves it out."""
    return len(word) > 2 and word.endswith(("'s", "’s", "'S", "’S"))


def _is_calendar_or_code(word: str) -> bool:
    """A capitalised month or time zone ("March", "EDT"), or a party and state ("D-Mass")."""
    return word in CALENDAR_WORDS or re.fullmatch(r"[DRI]-[A-Z][\w.]*", word) is not None


def _verbal(word: str) -> bool:
    """An adverb ("reportedly"), a past tense ("released"), a listed verb or pronoun, a title."""
    return (
        word in VERBAL_WORDS
        or word in TITLE_ABBREVIATIONS
        or (word.endswith("ly") and word not in NOUNS_IN_LY)
        or (word.endswith("ed") and word not in NOUNS_IN_ED)
    )


def _spelling(counts: Counter[str]) -> str:
    """The shortest spelling (the singular), in its most frequent casing, lower case on a tie."""
    shortest = min(len(spelling) for spelling in counts)
    return min(
        (spelling for spelling in counts if len(spelling) == shortest),
        key=lambda spelling: (-counts[spelling], spelling != spelling.lower(), spelling),
    )


def _best(phrases: _Phrases, df: Counter[str], total: int, k: int, news: Background) -> list[str]:
    """The normal forms of the article's best phrases."""
    count = phrases.count
    fragments = _fragments(count)
    written_lower = {key for key, spelling in phrases.spelling if spelling.islower()}
    share = PRIOR_ARTICLES / news.articles
    scores = {}
    for key, n in count.items():
        if phrases.body:
            weight = phrases.body[key] * (TITLE_WEIGHT if key in phrases.title else 1)
        else:
            weight = n
        length = key.count(" ") + 1
        if not weight or key in fragments or df[key] > max(MAX_DF * total, MIN_DF_DROPPED - 1):
            continue
        if n < 2 and df[key] < 2:
            continue  # a tag recurs, in the article or in another one
        if length == 1 and key not in phrases.title and phrases.body[key] < COMMON_WORD_REPEATS and key in written_lower:
            continue  # "pursue", "local": a plain word written in lower case needs the headline or a few repeats
        if length == 1 and key not in phrases.title and news.df.get(key, 0) >= COMMON_IN_NEWS * news.articles:
            continue  # "country", "government": a word of every twentieth news article needs the headline
        rarity = math.log(1 + (total + PRIOR_ARTICLES) / (df[key] + share * news.df.get(key, 0)))
        scores[key] = weight * rarity * (1 + 0.5 * (length - 1))
    chosen: list[str] = []
    for key in sorted(scores, key=lambda key: (-scores[key], key)):
        if len(chosen) == k:
            break
        if not any(_inside(key, other) or _inside(other, key) for other in chosen):
            chosen.append(key)
    return chosen


def _fragments(count: Counter[str]) -> set[str]:
    """The phrases most of whose occurrences are inside one longer phrase."""
    inside: dict[str, int] = defaultdict(int)
    for key, n in count.items():
        words = key.split()
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if part in count and n > inside[part]:
                    inside[part] = n
    return {part for part, n in inside.items() if n >= FRAGMENT_SHARE * count[part]}


def _inside(short: str, long: str) -> bool:
    return f" {short} " in f" {long} "


def _spans(key: str) -> set[str]:
    """Every run of words of ``key``: the phrases ``_inside`` it."""
    words = key.split()
    return {" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)}
