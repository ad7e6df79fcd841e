"""Find who said what in a parsed article: direct, indirect and mixed quotes.

Two passes meet here. Quote marks (``marks.py``) give the *direct* quotes; the
words around each one (a comma, colon or dash, a reporting verb, its subject)
give its cue and speaker. The dependency parse gives *indirect* speech: a
reporting verb with a clausal complement (``X said that …``), a participle
(``…, adding that …``), ``according to X``, ``in X's view``, ``X described A
as B``. A reported clause that holds a quoted fragment is *mixed*. A quoted
fragment that nobody says (``the “liberated” areas``) is not a quote.

The parse of news text is imperfect, so every rule that reads it also has a
surface fallback, and the rules accept both label sets spaCy pipelines use
(Universal Dependencies: ``obj``, ``obl``, ``nmod:poss``; ClearNLP: ``dobj``,
``pobj``, ``poss``): nothing here depends on sayso's own pipeline.

The parts live beside this module: ``cues.py`` holds what they share (the doc's
lookups, the ``Found`` record, the reporting-verb tests), ``speaker_spans.py``
finds who a cue's speaker is, ``direct.py`` reads the quote marks and
``reported.py`` the parse, ``transcript.py`` lines signed ``Name:``. This module runs both passes, lets a quote with no
cue of its own take the speaker it continues, and hands the result to
``speakers.py``, which resolves the names.
"""
from __future__ import annotations

from ..model import Quote
from .cues import Context, Found
from .direct import direct_quotes
from .reported import indirect_quotes
from .transcript import transcript_quotes
from .speakers import Attribution, resolve_speakers

__all__ = ["find_quotes"]


def find_quotes(doc) -> list[Quote]:
    """Every quote in ``doc`` (a parsed spaCy Doc of the whole article text)."""
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    ctx = Context(doc, text)
    lines = transcript_quotes(ctx)
    found = direct_quotes(ctx)
    found += indirect_quotes(ctx, found)
    # a transcript line is its speaker's, whatever quotes and clauses it holds
    found = lines + [f for f in found if not any(t.start <= f.start < t.end for t in lines)]
    found.sort(key=lambda f: (f.start, f.end))
    _inherit_speakers(ctx, found)
    index = {id(f): n for n, f in enumerate(found)}
    attributions = [
        Attribution(f.start, f.end, f.kind, f.cue, f.speaker, f.paragraph, index.get(id(f.follows)),
                    ctx.full_speaker.get(f.speaker) if f.speaker is not None else None)
        for f in found
    ]
    return resolve_speakers(doc, attributions, text)


# ---------------------------------------------------------------------------- continuation


def _inherit_speakers(ctx: Context, found: list[Found]) -> None:
    """A quote with no attribution of its own continues the speaker of the quote before it.

    Within a paragraph (“A,” she said. “B.”) it shares that quote's cue and
    speaker; a paragraph that is only a quote takes the previous paragraph's
    speaker, with no cue of its own. Anything else with no cue is dropped.
    """
    prev: Found | None = None
    kept = []
    for f in found:
        if f.cue is None:
            if prev is None or f.paragraph - prev.paragraph > 1:
                continue
            if f.paragraph == prev.paragraph:
                f.cue, f.speaker = prev.cue, prev.speaker
            else:
                f.follows = prev
        kept.append(f)
        prev = f
    found[:] = kept
