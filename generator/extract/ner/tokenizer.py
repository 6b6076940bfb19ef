"""A fast regular-expression tokenizer for news text, close to the CoNLL-2003 conventions.

Abbreviations keep their periods ("U.S.", "N.Y.", "Mr."), hyphenated words stay whole
("Bosnian-Serb"), possessives and other clitics split off ("Khalilzad" + "'s"), and
quotes, brackets and dashes are tokens of their own.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TITLES = (
    "Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Sen|Rep|Gov|Pres|Rev"
    "|Hon|Inc|Corp|Ltd|Co|Bros|Mt|Ft|Ave|Blvd|Rd|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    "|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Dept|Univ|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla"
    "|Ga|Ill|Ind|Kan|Ky|La|Md|Mo|Mont|Pa|Vt|Mass|Mich|Minn|Miss|Neb|Nev|Okla|Ore|Penn|Tenn"
    "|Tex|Va|Wash|Wis|Wyo"
)
_CLITIC = r"['’](?:[sSdDmM]|ll|LL|re|RE|ve|VE)(?![^\W_])"
_TOKEN = re.compile(
    rf"""
    [a-z]+(?![\w.'’&-]) | [A-Z][a-z]+(?![\w.'’&-])           # plain words first: most tokens, fast
    | (?:[^\W\d_]\.){{2,}}(?:[^\W\d_](?![^\W_]))?(?:-[^\W_]+)*  # U.S. N.Y. a.m. U.S.-led
    | [A-Z]\.(?=\s+[A-Z])                              # initials: R. Irani
    | (?:{_TITLES})\.(?=[\s,;:)]|$)                     # Mr. Gen. Inc. Jr.,
    | [A-Z]-(?:(?:{_TITLES})\.|(?:[A-Z]\.)+)             # R-Ky. D-N.Y.
    | (?<![^\n])\d{{1,3}}\.(?=\s)                         # list numbers: "4. Maarten"
    | [$£€]?\d+(?:[.,:/-]\d+)*(?:%|[^\W\d_]+)?(?:-[^\W_]+)*  # 1,000 3.5 10th 12-year-old
    | [A-Z]{{1,2}}\$                                     # US$ C$
    | n['’]t(?![^\W_])                                 # n't
    | {_CLITIC}                                        # 's 'll
    | [^\W_]+?(?=n['’]t(?![^\W_]))                     # do(n't)
    | [^\W_]+(?:(?:[-&.]|['’](?!(?:[sSdDmM]|ll|LL|re|RE|ve|VE)(?![^\W_])))[^\W_]+)*
    | -{{2,}}|\.{{2,}}|[`']{{2}}
    | \S
    """,
    re.VERBOSE,
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with their character offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


_ENDERS = frozenset({".", "!", "?", "..."})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})


def split_sentences(tokens: list[Token]) -> list[list[Token]]:
    """Group tokens into sentences at end punctuation (and any closing quote after it)."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    closing = False
    quotes = 0
    for token in tokens:
        text = token.text
        if closing and (text not in _CLOSERS or (text == '"' and quotes % 2 == 0)):
            sentences.append(current)
            current = []
            closing = False
            quotes = 0
        current.append(token)
        quotes += text == '"'
        if text in _ENDERS:
            closing = True
    if current:
        sentences.append(current)
    return sentences
