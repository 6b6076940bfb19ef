"""What entity extraction gives: an article's entities, and the occurrences they are made of."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleEntity:
    """A person, organisation or place as one article names it."""

    name: str
    label: str
    count: int
    """Mentions in the body."""
    salience: float
    """1.0 for the article's most salient entity, less for the others."""
    roles: tuple[str, ...]
    """Titles it is given ("President", "former Senator"), in order of appearance."""
    sentence: str
    """The first sentence that mentions it."""
    forms: tuple[str, ...]
    """The names it goes by in the article, titles stripped, in order of appearance."""
    located: bool = False
    """Whether the body writes it after "in", "at", "from" and the like once at least."""


@dataclass(frozen=True)
class Occurrence:
    name: str
    form: str
    label: str
    roles: tuple[str, ...]
    paragraph: int
    start: int
    end: int

    @property
    def is_titled(self) -> bool:
        """Whether a title or a role went with this mention of a person."""
        return self.label == "person" and bool(self.roles)
