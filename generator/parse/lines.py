"""Lines of a scraped page and the features that tell article prose from page debris."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s?$")
CONTINUING = "—–-,;)"
MIN_WRAPPED_CHARS = 40
"""A line broken by wrapping is at least this long; shorter ones end where the page ended them."""
MIN_WRAPPED_LINES = 10
"""A text with fewer long lines is not told to be wrapped at a fixed width."""
MAX_WRAP_WIDTH = 100
"""Texts wrapped at a fixed width are wrapped narrower (e-mail, terminals, copies of print)."""
WRAP_BAND = 25
"""Lines of a text wrapped at a fixed width end within this many characters of it (words are short)."""
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours yourself yourselves said says
    s t one two new year years people like get got it's that's there's""".split()
)

FUNCTION_WORDS = STOP_WORDS | frozenset(
    """el la los las un una unos unas del al y o que en de por para con sin se su sus es son fue como
    más pero le les des du et est une dans sur pas qui ne au aux ce cette il elle ils sont été avec
    der die das den dem ein eine einer und ist sind nicht mit von zu auf für im bei auch sich
    os um uma em na nos nas do da dos é não mais ao lo gli di che per non nel della delle degli è""".split()
)
"""Stop words of English and of the other main languages of European news: prose in Spanish,
French, German, Portuguese or Italian is dense with them too."""
UNIVERSAL_DEBRIS = re.compile(
    r"""^(?:font\s*size|text\s*size|share(?:\s+(?:this|on|via)\b.*)?|tweet|email|print|comments?
    |advertisement|advertising|sponsored(?:\s+content)?|continue\s+reading(?:\s+the\s+main\s+story)?
    |skip\s+(?:to|ad)\b.*|close|menu|search|sign\s+(?:in|up|out)|log\s*(?:in|out)|subscribe(?:\s+now)?
    |loading\.*|read\s+(?:more|now)|show\s+more|see\s+more|more\s+options|full\s+screen|autoplay|replay
    |back\s+to\s+top|view\s+(?:photos|comments|gallery)|next|previous|home(?:\s+page)?|caption
    |not\s+now|turn\s+on(?:\s+notifications)?|allow\s+notifications|no\s+thanks|maybe\s+later
    |be\s+the\s+first\s+to\s+know|related(?:\s+(?:coverage|articles|stories|content|links|posts|reading))?
    |you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)
    |trending(?:\s+now)?)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
BOILERPLATE = re.compile(
    r"""all\s+rights\s+reserved|©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}
    |\b(?:we|site|website)\s+uses?\s+cookies|\bcookies?\b.*\b(?:use|policy|consent|accept|settings|preferences)
    |\b(?:sign\s+up|sign\s+in|log\s+in|register)\b.{0,60}\baccount\b|privacy\s+policy|terms\s+of\s+(?:service|use)
    |by\s+submitting\s+your\s+email|sign\s+up\s+for\s+(?:our|the)
    |(?:subscribe|sign\s+up)\s+to\s+(?:our|the)\s+newsletter|\bsubscribe\s+here\b
    |enable\s+javascript|ad\s+blocker|affiliate\s+(?:links?|commissions?)|may\s+earn\s+an?\s+(?:\w+\s+)?commission
    |your\s+browser|^follow\s+\S+\s+on\s+(?:social|facebook|twitter|instagram)|follow\s+us\s+on|click\s+here|this\s+content\s+is\s+not\s+available
    |\bversion\s+of\s+this\s+(?:article|story)\s+appear|\bthis\s+(?:article|story)\s+appeared\s+in\s+(?:the\s+)?print
    |order\s+reprints|^(?:subscribe|s['’]abonner|abonnez-vous|suscr[ií]b[ae]te|abonnieren|abbonati)\b""",
    re.IGNORECASE | re.VERBOSE,
)
PAGE_CONTROLS = frozenset(
    """share shares tweet email e-mail print comment comments facebook twitter linkedin whatsapp reddit
    pinterest flipboard copy link save bookmark font size text resize a more options print-friendly
    listen gift""".split()
)
"""Words of the buttons around an article; a line of nothing else is debris."""
CONTROL_FILLERS = frozenset("the on this to article story outline min mins minute minutes read".split())
"""Words that go with the buttons' ("Listen 9 min", "Comment on this story"), debris only beside one."""
MAX_CONTROL_WORDS = 12
MAX_BOILERPLATE_WORDS = 60
"""Longer lines are prose even when they mention cookies or a privacy policy."""
_CALL_TO_READ = r"(?:read\s+(?:more|now|the\s+full\s+story|full\s+(?:story|article))|continue\s+reading)"
CALL_TO_READ = re.compile(rf"^(?:{_CALL_TO_READ}|read\s+on)\W*$", re.I)
"""A button to another article: "Read now", "Read on", "Continue reading…"."""
TEASER = re.compile(rf"\S\s+(?=[RC])(?i:{_CALL_TO_READ})\b")
"""Another article's headline and summary with a call to read it, capitalised as a button is: "...
brain area. Read now", "... Continue reading…", buttons' words after it at most."""
IMAGE_PLACEHOLDER = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){0,2}(?i:photo|image|picture|video|graphic)s?$")
"""Where a page had an image: "Epoch Times Photo", "Video", "Photos"."""


@dataclass(frozen=True)
class Line:
    """One non-blank line of the page, white space normalised."""

    index: int
    text: str
    broken: bool = False
    """Its text stops where wrapping at a fixed width broke it and a line that starts a new paragraph
    follows (a headline or a heading never is)."""

    @property
    def words(self) -> list[str]:
        """The words of the line, without digits and punctuation."""
        return WORD.findall(self.text)


def clean_text(text: str) -> str:
    """Unify line breaks and spaces and drop control and format characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\n\t" or not category.startswith("C"):
            kept.append(" " if category == "Zs" else char)
    return "".join(kept)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, single-spaced, with hard-wrapped sentences joined again, and
    in a text wrapped at a fixed width, the rest of a paragraph once one of its sentences was
    (lines that each end a headline or a sentence stay apart)."""
    raws = [" ".join(raw.split()) for raw in clean_text(text).split("\n")]
    width = wrap_width(raws)
    joined: list[str] = []
    broken: list[bool] = []
    previous, carried_on = "", False
    for line in raws:
        wrapped = bool(line and previous and width) and is_wrapped(previous, line, width, carried_on)
        carried_on = bool(line and previous and (is_continuation(joined[-1], line) or wrapped))
        if carried_on:
            joined[-1] = f"{joined[-1]} {line}"
        elif line:
            if previous and width:
                broken[-1] = _breaks_at(previous, line, width)
            joined.append(line)
            broken.append(False)
        previous = line
    return [Line(index, line, cut) for index, (line, cut) in enumerate(zip(joined, broken))]


def wrap_width(lines: list[str]) -> int | None:
    """The width at which a text was hard-wrapped, if it was: its long lines mostly end within
    ``WRAP_BAND`` characters of their 90th percentile length, at most ``MAX_WRAP_WIDTH``."""
    long = sorted(len(line) for line in lines if len(line) >= MIN_WRAPPED_CHARS)
    if len(long) < MIN_WRAPPED_LINES:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    near = sum(width - WRAP_BAND <= length <= width for length in long)
    return width if width <= MAX_WRAP_WIDTH and near >= 0.5 * len(long) else None


def is_wrapped(previous: str, line: str, width: int, within: bool) -> bool:
    """Whether the line ``previous`` of a text wrapped at ``width`` runs on into ``line``.

    Neither is longer than that. A line in lower case or opening with a dash carries on whatever
    ended the one before (the source broke lines too); otherwise the first word of ``line`` would
    not have fit on ``previous``, which is ``within`` a paragraph already joined or ends with a
    word that ends no sentence ("... sometime between" + "8 AM"). A short ``line`` carries the
    paragraph on only to the end of a sentence after one broken off ("Tunisians alike."; not a
    credit or a name under a headline), and a byline never does.
    """
    if max(len(previous), len(line)) > width + 2 or re.match(r"by\b", line, re.IGNORECASE):
        return False
    if line[0].islower() or line[0] in CONTINUING:
        return True
    if not _breaks_at(previous, line, width) or not (within or previous.split()[-1].lower() in STOP_WORDS):
        return False
    return len(line) >= MIN_WRAPPED_CHARS or not ends_sentence(previous) and ends_sentence(line)


def _breaks_at(previous: str, line: str, width: int) -> bool:
    """Whether wrapping at ``width`` could have put the first word of ``line`` on a line of its own
    after ``previous``: it would not have fit."""
    return len(previous) <= width + 2 and len(previous) + 1 + len(line.split()[0]) >= width - 2


def is_continuation(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence that ``previous``, a long line, broke off."""
    if len(previous) < MIN_WRAPPED_CHARS or ends_sentence(previous) or re.match(r"by\b", line, re.IGNORECASE):
        return False
    return line[0].islower() or line[0] in CONTINUING


def stop_word_density(words: list[str]) -> float:
    """The share of ``words`` that are stop words: high in prose, low in menus and headlines."""
    return sum(word.lower() in FUNCTION_WORDS for word in words) / len(words) if words else 0.0


def content_words(words: list[str]) -> list[str]:
    """The words of ``words`` that are not stop words, lower-cased and without a possessive or plural "s"."""
    lowered = (POSSESSIVE.sub("", word.casefold()) for word in words)
    return [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in lowered if word not in STOP_WORDS]


def lowercase_ratio(words: list[str]) -> float:
    """The share of ``words`` that start in lower case: high in prose, low in Title Case furniture."""
    return sum(word[0].islower() for word in words) / len(words) if words else 0.0


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (or a clause), closing quotes and brackets aside."""
    return bool(SENTENCE_END.search(text))


def is_debris(text: str) -> bool:
    """Universal page furniture: share buttons, menus' stock words, legal and subscription prompts."""
    if UNIVERSAL_DEBRIS.match(text) or IMAGE_PLACEHOLDER.match(text):
        return True
    if (teaser := TEASER.search(text)) and set(WORD.findall(text[teaser.end() :].casefold())) <= PAGE_CONTROLS:
        return True
    words = WORD.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).casefold())  # "GiftOutline": two buttons
    if len(words) <= MAX_CONTROL_WORDS and _is_page_controls(words):
        return True
    return len(words) < MAX_BOILERPLATE_WORDS and bool(BOILERPLATE.search(text))


def _is_page_controls(words: list[str]) -> bool:
    """Buttons' words with at most their fillers: "Share", "Listen 9 min Comment on this story"."""
    return any(word in PAGE_CONTROLS for word in words) and all(
        word in PAGE_CONTROLS or word in CONTROL_FILLERS for word in words
    )


def prose_score(text: str) -> float:
    """How much a line reads like article prose, 0 (furniture) to about 1 (a full paragraph)."""
    words = WORD.findall(text)
    if len(words) < 3 or is_debris(text):
        return 0.0
    length = min(len(words) / 25, 1.0)
    shape = 0.5 * min(stop_word_density(words) / 0.3, 1.0) + 0.3 * min(lowercase_ratio(words) / 0.6, 1.0)
    shape += 0.2 * ends_sentence(text)
    return length * shape


def is_title_case_run_item(text: str) -> bool:
    """A short line most of whose words are capitalised, like a menu entry or a linked headline."""
    words = WORD.findall(text)
    return 0 < len(words) <= 16 and not ends_sentence(text) and lowercase_ratio(words) < 0.5


def is_short_sentence(text: str) -> bool:
    """A brief line written as a sentence, like "It failed." or "Officials declined to comment."."""
    words = WORD.findall(text)
    return len(words) >= 2 and ends_sentence(text) and lowercase_ratio(words) >= 0.5 and not is_debris(text)
