"""The NLP stage: Article -> Article with its named mentions and its quotes, attributed.

Picklable and free of global state: it holds the *name* of the spaCy
pipeline, and ``load_nlp`` loads it once per process on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Quote
from .cues import DOC_TEXT
from .load import load_nlp
from .mentions import find_mentions
from .quotes import find_quotes

__all__ = ["NlpStage", "annotate_quotes", "parse_text"]

# a paragraph with the blank lines after it: a text is the concatenation of its chunks
_CHUNK = re.compile(r"\S(?:.|\n(?!\s*\n))*\s*|\s+")


def parse_text(text: str, nlp=None):
    """``text`` parsed paragraph by paragraph into one Doc whose text is exactly ``text``.

    A parser trained on sentences reads a paragraph break ("\n\n", a token of
    its own) at the start of a sentence as a word and hangs the sentence's
    subject on it. Parsed one paragraph at a time, the break only ever trails
    its paragraph, where it does no harm, and no sentence spans two paragraphs.
    """
    from spacy.tokens import Doc

    nlp = nlp or load_nlp()
    chunks = _CHUNK.findall(text)
    doc = nlp(text) if len(chunks) <= 1 else Doc.from_docs(list(nlp.pipe(chunks)), ensure_whitespace=False)
    doc.user_data[DOC_TEXT] = text  # (spaCy rebuilds doc.text from every token at each access: see ``doc_text``)
    return doc


def annotate_quotes(text: str, nlp=None) -> tuple[Quote, ...]:
    """The quotes of ``text``, parsed with ``nlp`` (default: the configured pipeline)."""
    return tuple(find_quotes(parse_text(text, nlp)))


@dataclass(frozen=True)
class NlpStage:
    """Parse once; find the quotes, then the named mentions (with the quotes' resolved speakers)."""

    model: str | None = None  # a spaCy pipeline name or path; None: the setting, else the bundled one

    def __call__(self, article: Article) -> Article:
        doc = parse_text(article.text, load_nlp(self.model))
        quotes = tuple(find_quotes(doc, article.place, article.title, article.outlet))
        return article.replace(quotes=quotes, mentions=find_mentions(doc, quotes))
