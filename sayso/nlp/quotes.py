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
``reported.py`` the parse, ``transcript.py`` lines signed ``Name:``, ``pointing.py`` ``About this declared X``. This module runs both passes, lets a quote with no
cue of its own take the speaker it continues, and hands the result to
``speakers.py``, which resolves the names.
"""
from __future__ import annotations

from ..model import Quote
from .cues import DOC_TEXT, Context, Found, doc_text, lemma_of, overlap
from .lexicon import BELIEF_VERBS
from .people import holding
from .pointing import pointing_attributions, trailing_attributions, venue_speakers
from .direct import direct_quotes
from .reported import indirect_kind, indirect_quotes
from .transcript import transcript_quotes
from .speakers import Attribution, resolve_speakers

__all__ = ["find_quotes"]


def find_quotes(doc, place: str | None = None, title: str | None = None, outlet: str | None = None) -> list[Quote]:
    """Every quote in ``doc`` (a parsed spaCy Doc of the whole article text); ``place``: the dateline's place, when
    cleaning took the dateline off the text; ``title``: the headline, when it took that off; ``outlet``: the
    article's own outlet, if known."""
    text = doc.user_data[DOC_TEXT] = doc_text(doc)  # (built once: every rule that reads the text before a word reuses it)
    if not text.strip() or len(doc) == 0:
        return []
    with holding(doc):
        return _find_all(Context(doc, text), place, title, outlet)


def _find_all(ctx: Context, place: str | None, title: str | None, outlet: str | None) -> list[Quote]:
    doc, text = ctx.doc, ctx.text
    lines = transcript_quotes(ctx)
    found = direct_quotes(ctx)
    indirect = indirect_quotes(ctx, found)
    found = _held_in_clauses(ctx, found, indirect)
    # "The guarantors said they rejected «…»": a quoted clause whose cue sits inside another statement is part of it
    found = [f for f in found if not _reported_within(ctx, f, indirect)] + _unreported_within(ctx, indirect)
    # a transcript line is its speaker's, whatever quotes and clauses it holds
    found = lines + [f for f in found if not any(t.start <= f.start < t.end for t in lines)]
    found = _point_back(ctx, found, pointing_attributions(ctx) + trailing_attributions(ctx))
    found.sort(key=lambda f: (f.start, f.end))
    venue_speakers(ctx, found)
    _inherit_speakers(ctx, found)
    index = {id(f): n for n, f in enumerate(found)}
    attributions = [
        Attribution(f.start, f.end, f.kind, f.cue, f.speaker, f.paragraph, index.get(id(f.follows)),
                    ctx.full_speaker.get(f.speaker) if f.speaker is not None else None, answer="answer" in f.sources)
        for f in found
    ]
    return resolve_speakers(doc, attributions, text, place, title, outlet)


def _held_in_clauses(ctx: Context, found: list[Found], clauses: list[Found]) -> list[Found]:
    """The direct quotes left once those a reported clause holds are dropped: a fragment in lower case with no cue of
    its own, or the clause's ("X manifested that the State will present its request in 2027, “without renouncing to
    our principles”." is one mixed statement, not a clause and a quote)."""
    text = ctx.text
    return [f for f in found if f.segment is None or not text[f.segment.start : f.segment.start + 1].islower() or not any(
        (f.cue is None or f.cue == g.cue) and g.start <= f.segment.start and f.segment.end <= g.end for g in clauses)]


def _unreported_within(ctx: Context, clauses: list[Found]) -> list[Found]:
    """The clauses left once those inside another clause's content that report nothing are dropped: one with no
    speaker ("urged the families not to trust messages …, including one claiming that the crew had been arrested":
    what the message claims is no statement of anyone's) or an infinitive ("urged families to report agencies that
    withhold allotments": a report asked for, not made); and a belief that opens another's reported clause."""
    def unreported(f: Found) -> bool:
        cue = ctx.doc[f.cue_i] if f.cue_i is not None else None
        return f.speaker is None or cue is not None and cue.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "mark" for c in cue.children)

    def heads_another(f: Found) -> bool:
        # (a belief whose subject opens another speaker's reported clause is that speaker's report: "Kazakhstan expects
        # that …, the Deputy Minister … informed the correspondent of Aral Press")
        cue = ctx.doc[f.cue_i] if f.cue_i is not None else None
        return cue is not None and f.speaker is not None and lemma_of(cue) in BELIEF_VERBS and any(
            g is not f and g.cue != f.cue and g.speaker is not None and g.start == ctx.doc[f.speaker[0]].idx for g in clauses)

    return [f for f in clauses if f.cue is None or not heads_another(f) and (not unreported(f) or not any(
        g is not f and g.speaker is not None and g.start <= f.cue[0] and f.end <= g.end for g in clauses))]


def _reported_within(ctx: Context, f: Found, clauses: list[Found]) -> bool:
    """Whether ``f``, a quoted clause with its own cue, is the very clause another verb reports (the other clause
    starts with ``f``'s speaker); "According to her office, she called it ‘…’" relays, and keeps both."""
    # (its speaker a pronoun that stands for the reporting verb's subject: "The guarantors said they rejected «…»")
    if f.kind != "mixed" or f.cue is None or f.speaker is None or f.speaker[1] - f.speaker[0] != 1 \
            or ctx.doc[f.speaker[0]].pos_ != "PRON":
        return False
    return any(
        g.start <= f.cue[0] and f.end <= g.end and g.cue != f.cue and g.speaker != f.speaker
        and not ({"according", "view"} & set(g.sources)) and g.start == ctx.doc[f.speaker[0]].idx for g in clauses)


def _point_back(ctx: Context, found: list[Found], pointing: list[Found]) -> list[Found]:
    """``X expects that … About this declared Y.``: the sentence is Y's statement, once; what the parse read into
    it (X as a believer) and out of the pointing sentence itself (``informed journalists …``) gives way."""
    kept = []
    for p in pointing:
        quoted = [f for f in found if f.segment is not None and overlap(f.start, f.end, p.start, p.end) > 0.5 * (p.end - p.start)]
        for f in quoted:
            if f.cue == p.cue or f.cue is None:
                # "«…» About this stated at the end of the meeting X.": X, not "this" (nor nobody, where the parse
                # gave the quote no cue)
                f.cue, f.speaker = p.cue, p.speaker
        if quoted:
            continue  # a direct quote with its own attribution
        p.kind = indirect_kind(ctx, p)
        kept.append(p)
    if not kept:
        return found
    sentences = [(p.start, p.cue[1]) for p in kept]
    return kept + [f for f in found if f.segment is not None or f.cue is None or not any(
        a <= f.cue[0] < b or a <= f.start < b for a, b in sentences)]


# ---------------------------------------------------------------------------- continuation


def _inherit_speakers(ctx: Context, found: list[Found]) -> None:
    """A quote with no attribution of its own continues the speaker of the quote before it.

    Within a paragraph (“A,” she said. “B.”) it shares that quote's cue and
    speaker; a paragraph that is only a quote takes the previous paragraph's
    speaker, with no cue of its own. Anything else with no cue is dropped, unless
    it has a speaker of its own (an interview's answer).
    """
    prev: Found | None = None
    kept = []
    for f in found:
        if f.cue is None and f.speaker is None:
            if prev is None or f.paragraph - prev.paragraph > 1:
                continue
            if f.paragraph == prev.paragraph:
                f.cue, f.speaker = prev.cue, prev.speaker
            else:
                f.follows = prev
        kept.append(f)
        if f.segment is None or f.segment.depth == 0:
            prev = f  # (not a quote inside a quote: the next paragraph goes on with who quoted it)
    found[:] = kept
