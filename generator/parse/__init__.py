"""The parse stage: a scraped page's text in, an ``Article`` out.

The page is read line by line (``lines``): each line gets a kind (``kinds``) from small
recognisers (bylines, dates, captions and credits, contributor lines, related links, universal
debris) or, failing those, from how much it reads like prose. The article's body is the densest
run of prose; its title is the line that best looks like a headline near that run (``title``);
authors, dates, outlet and credits are read around them (``header``); paragraphs, figures and
related links come out of the run (``body``). ``text`` puts it together; ``html`` turns a saved
web page into such text first, and adds what its metadata says.
"""

from generator.model import Article, SourceFile
from generator.parse.errors import NotAnArticle
from generator.parse.html import is_html, parse_page
from generator.parse.text import parse_text

__all__ = ["NotAnArticle", "parse_article"]


def parse_article(source: SourceFile) -> Article:
    """The article of an input: a saved web page (``.html``) or a page's copied text (``.txt``)."""
    return parse_page(source) if is_html(source) else parse_text(source)
