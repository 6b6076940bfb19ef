"""Sections, topics and keyphrase tags of articles."""

from .filing import Filing, TopicScore, classify, section_for
from .phrases import keyphrases
from .taxonomy import Section, Taxonomy, TaxonomyError, Topic, load_taxonomy

__all__ = [
    "Filing",
    "Section",
    "Taxonomy",
    "TaxonomyError",
    "Topic",
    "TopicScore",
    "classify",
    "keyphrases",
    "load_taxonomy",
    "section_for",
]
