"""The curated entities (``generator/data/entities.yml`` and a project's own file): canonical
names, aliases, types, descriptions and names to ignore; ``name_key``, how names are compared."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType

from generator import yaml_io

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_ALIASES = DATA_DIR / "entities.yml"
LABELS = ("person", "organization", "place")
_LABEL_SYNONYMS = {
    "person": "person",
    "people": "person",
    "per": "person",
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
    "place": "place",
    "location": "place",
    "loc": "place",
    "gpe": "place",
}


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form names are compared in: case, accents, full stops, spacing, a plural's apostrophe
    ("Bankers' Association") and a leading "the" ignored, "&" read as "and" ("Marks and Spencer")."""
    text = unicodedata.normalize("NFKD", name).replace("’", "'").casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = " ".join(re.sub(r"[.,]|(?<=s)'(?!\w)", "", text).replace(" & ", " and ").split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Curated:
    """An entity as the curation file declares it."""

    name: str
    label: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Aliases:
    """Curated canonical names, types, descriptions and ignored names, looked up by name."""

    entries: Mapping[str, Curated]
    """By the key of the canonical name."""
    targets: Mapping[str, str]
    """The key of every known name or alias -> the key of its canonical name."""
    ignored: frozenset[str]

    def entry(self, name: str) -> Curated | None:
        key = name_key(name)
        for _ in range(8):  # follow chains (a user alias of a default name), never loop
            target = self.targets.get(key, key)
            if target == key:
                break
            key = target
        return self.entries.get(key)

    def canonical(self, name: str) -> str:
        """The curated name of ``name``, or ``name`` itself."""
        entry = self.entry(name)
        return entry.name if entry else name

    def label(self, name: str) -> str | None:
        entry = self.entry(name)
        return entry.label if entry else None

    def description(self, name: str) -> str | None:
        entry = self.entry(name)
        return entry.description if entry else None

    def variants(self, name: str) -> tuple[str, ...]:
        """The curated name of ``name`` and its aliases."""
        entry = self.entry(name)
        return (entry.name, *entry.aliases) if entry else (name,)

    def is_ignored(self, name: str) -> bool:
        return name_key(name) in self.ignored

    @cached_property
    def acronyms(self) -> tuple[str, ...]:
        """The curated names and aliases that are acronyms of three or more capitals ("GOP", "NATO")."""
        return tuple(sorted({
            name for entry in self.entries.values() for name in (entry.name, *entry.aliases)
            if re.fullmatch(r"[A-Z]{3,}", name)
        }))


def load_aliases(user_file: Path | None = None) -> Aliases:
    """The shipped curation, extended and overridden by a project's ``entities.yml``.

    A ``user_file`` that does not exist is no curation, like ``None``; one that cannot be read
    raises ``ValueError`` naming it.
    """
    entries: dict[str, Curated] = {}
    targets: dict[str, str] = {}
    ignored: set[str] = set()
    for path in (DEFAULT_ALIASES, user_file):
        if path is None or not path.exists():
            continue
        declared, ignore = _read_curation(path)
        ignored |= {name_key(name) for name in ignore}
        for item in declared:
            key = name_key(item.name)
            old = entries.get(key)
            if old:
                item = Curated(
                    name=item.name,
                    label=item.label or old.label,
                    aliases=tuple(dict.fromkeys((*old.aliases, *item.aliases))),
                    description=item.description or old.description,
                )
            entries[key] = item
            ignored.discard(key)
        for item in declared:
            key = name_key(item.name)
            targets[key] = key
            for alias in item.aliases:
                if name_key(alias) != key:
                    targets[name_key(alias)] = key
    return Aliases(MappingProxyType(entries), MappingProxyType(targets), frozenset(ignored))


def _read_curation(path: Path) -> tuple[list[Curated], list[str]]:
    try:
        data = yaml_io.load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml_io.YAMLError) as error:
        raise ValueError(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'entities' and 'ignore'")
    items = []
    for raw in data.get("entities") or []:
        if not isinstance(raw, dict) or not raw.get("name"):
            raise ValueError(f"{path}: every entity needs a 'name': {raw!r}")
        label = raw.get("type")
        if label is not None and str(label).casefold() not in _LABEL_SYNONYMS:
            raise ValueError(f"{path}: {raw['name']}: type must be one of {', '.join(LABELS)}")
        items.append(
            Curated(
                name=str(raw["name"]).strip(),
                label=_LABEL_SYNONYMS[str(label).casefold()] if label is not None else None,
                aliases=tuple(str(alias).strip() for alias in raw.get("aliases") or ()),
                description=str(raw["description"]).strip() if raw.get("description") else None,
            )
        )
    return items, [str(name) for name in data.get("ignore") or ()]
