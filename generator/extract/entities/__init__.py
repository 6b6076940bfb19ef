"""One entity per real thing within an article: names cleaned, variants resolved, ranked.

The recogniser's mentions are cleaned (titles, possessives and a leading "the" stripped, the
titles kept as roles; ``generator/data/titles.txt``), mapped through the curated aliases
(``generator/data/entities.yml`` plus a project's own file), and joined within the article:
acronyms with their expansions, middle-name variants with the plain name, and a lone surname or
first name with the one full name it abbreviates. Bylines, captions, photo credits, datelines,
dates and page debris are not entities. Entities are ranked by salience: mentions, spread, the
lead and the headline.

``entity`` holds the types; ``aliases`` the curation; ``names`` cleans a name (titles, roles,
people's names, acronyms); ``labels`` types it; ``mentions`` mends the recogniser's mentions;
``exclusions`` drops what names nothing; ``resolve`` joins the variants of one article; ``article``
puts them together and ranks the entities.
"""

from .aliases import Aliases, load_aliases, name_key
from .article import article_entities, named_works, sentence_at
from .entity import ArticleEntity
from .exclusions import is_unplaced
from .labels import cued_label, known_label, organisation_heads
from .names import (
    PersonName,
    brand_cased,
    clean_name,
    initial_fits,
    is_acronym,
    short_name_target,
    with_descriptor_before,
)

__all__ = [
    "Aliases",
    "ArticleEntity",
    "PersonName",
    "article_entities",
    "brand_cased",
    "clean_name",
    "cued_label",
    "initial_fits",
    "is_acronym",
    "is_unplaced",
    "known_label",
    "load_aliases",
    "name_key",
    "named_works",
    "organisation_heads",
    "sentence_at",
    "short_name_target",
    "with_descriptor_before",
]
