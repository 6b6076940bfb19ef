"""Rebuild ``data/word_classes.tsv``: the English words that cannot be a noun, from lemminflect.

    pip install -e '.[tags-build]' && python -m generator.extract.topics.build_word_classes

lemminflect's lexicon gives the parts of speech each word can have. The lower-case words with no
noun reading are written, each with ``verb`` (it can only be a verb: "formulate", "pleaded") or
``other`` (an adjective, adverb and the like: "guilty", "fearsome"); every other word can head a
keyphrase (see ``phrases``). Verbs in their base form that are nouns too are written with
``noun-verb`` ("face", "boost"): after "to" or "will" they begin no phrase of several words.
Deterministic, a second. The file is what the build reads, so that the lexicon (about 110 MB in
memory) is not loaded with it.
"""

from __future__ import annotations

from lemminflect import Lemmatizer

from .phrases import WORD_CLASSES_FILE

NOUNS = {"NOUN", "PROPN"}


def main() -> None:
    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("load")  # the lexicon loads on first use
    rows = []
    for word, classes in lemmatizer.lemma_dict.items():
        if word != word.lower() or not classes:
            continue
        if not NOUNS & set(classes):
            rows.append(f"{word}\t{'verb' if set(classes) == {'VERB'} else 'other'}")
        elif word in classes.get("VERB", ()):
            rows.append(f"{word}\tnoun-verb")
    WORD_CLASSES_FILE.write_text("\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{WORD_CLASSES_FILE.name}: {len(rows)} words that cannot be a noun, or are a verb's base form too")


if __name__ == "__main__":
    main()
