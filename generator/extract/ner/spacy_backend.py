"""``ner: spacy``: a spaCy pipeline that the user installed finds the names instead of the CRFs.

Install the extra (``pip install 'newsdocs[spacy]'``) and a pipeline with an entity recogniser
or an EntityRuler: a package (``python -m spacy download en_core_web_sm``) or a folder saved
with ``nlp.to_disk``. Its labels are mapped onto newsdocs' three types; others (dates, money,
nationalities...) are left out, so every later stage sees the same kind of ``Mention`` as from
the built-in recogniser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from generator.model import Mention

LABELS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "misc",
    "MISC": "misc",
}
"""spaCy's labels (OntoNotes and CoNLL style) -> newsdocs' entity types."""


class RecogniserError(RuntimeError):
    """A configured recogniser that cannot be loaded; the message says what to install."""


class SpacyRecogniser:
    """Tags paragraphs with a spaCy pipeline, loaded by package name or folder."""

    def __init__(self, model: str) -> None:
        try:
            import spacy
        except ImportError:
            raise RecogniserError("ner: spacy needs spaCy: pip install 'newsdocs[spacy]'") from None
        try:
            self.nlp = spacy.load(model)
        except OSError as error:
            raise RecogniserError(
                f"spaCy pipeline {model!r} cannot be loaded: install it (python -m spacy download {model})"
                f" or give the folder of a saved pipeline as spacy_model ({error})"
            ) from None
        if not any(pipe in self.nlp.pipe_names for pipe in ("ner", "entity_ruler")):
            raise RecogniserError(f"spaCy pipeline {model!r} has no 'ner' or 'entity_ruler' component")

    def tag_paragraphs(self, paragraphs: Sequence[str]) -> list[Mention]:
        """People, organisations and places in the paragraphs of one document."""
        mentions = []
        for number, doc in enumerate(self.nlp.pipe(paragraphs)):
            for entity in doc.ents:
                label = LABELS.get(entity.label_)
                if label:
                    mentions.append(Mention(entity.text, label, number, entity.start_char, entity.end_char))
        return mentions


def model_fingerprint(model: str) -> str:
    """What identifies the pipeline's output: spaCy's version and the model's files or version."""
    digest = hashlib.sha256(model.encode())
    for package in ("spacy", model):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except (metadata.PackageNotFoundError, ValueError):
            pass
    folder = Path(model)
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
