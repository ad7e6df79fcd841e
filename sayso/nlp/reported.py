"""Indirect (reported) speech, read from the dependency parse.

A reporting verb with a clausal complement (``X said that …``), a participle (``…, adding that …``), an
infinitive (``X urged Y to …``), a naming verb and its object (``X described A as B``), the clause before
an attribution (``The talks failed, the minister said.``), an attribution set in commas inside its
statement, ``according to X`` and ``in X's view``. Where the parser missed the clause, the words after the
cue stand in. A reported clause that holds a quoted fragment is mixed; clauses a direct quote already
covers, or reported inside another reported clause, are dropped.
"""
from __future__ import annotations

import bisect
import re

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN

from .lexicon import ADDRESSEE_CUES, BELIEF_VERBS, CAUSE_CUES, CUE_LEMMAS, FINDING_CUES, JUDGING_CUES, MEDIA_NOUNS, OBJECT_CUES, OUTLET_NAME_WORDS, PARTICLE_CUES, ROLE_NOUNS, SPEECH_VERBS, THAT_CUES, TIME_WORDS, VIEW_NOUNS, WHEN_NOUNS, WRITINGS
from .cues import CLAUSE, DASHES, SUBJECT, Context, Found, HashTest, anonymity_formula, asks_anonymity, clauses_hung_on, cue_lemma_tokens, cue_span, finite_xcomp, first_word, heads_clause, is_acronym_verb, is_cue, is_title, is_verb, lemma_of, object_clauses, overlap, second_report, sentence_start, subtree_range, that_follows, trim, word_count
from .speaker_spans import (according_speaker, acts_after_time, after_quote, cited_source, inverted, is_adverbial, modifies_speaker, name_after_first_verb,
                            names_a_source, reduced_relative, speaker_of, subject_of)
from .people import doc_ents, ent_bounds
from .bodies import named_as_outlet

_OBJECT = {"obj", "dobj", "iobj", "dative"}
_WH = {"whether", "if", "which", "what", "who", "whom", "how", "when", "where", "why"}
# verbs whose object states a position: "affirmed Syria's support for …", "reiterated the call for …"
_POSITION_CUES = frozenset("affirm reaffirm stress emphasize emphasise underline underscore reiterate question cite laud".split())
# verbs that judge someone for something: "praised the army for its courage" (the praise is the statement)
_FOR_CUES = frozenset("praise hail thank blame criticize criticise commend condemn slam laud".split())
# verbs whose statement is a question: "questioned whether Obama was prepared …"
_QUESTION_CUES = frozenset("question wonder ask".split())
# verbs whose object, in quote marks, is what was found or denounced: 'reported "serious irregularities" in two towns'
_FINDING_CUES = frozenset("report denounce decry deplore condemn note cite".split())
# verbs whose object may be what they announce, in the words quoted: "announces a joint inquiry and « a … hotline »"
_ANNOUNCING_CUES = frozenset("announce promise".split())
# the words that open a clause of when: "…, when a boy ran through the village"
_WHEN_OPENINGS = frozenset("when while as after before".split())
# reporting verbs that take no object phrase: an object the parser gave them is the reported clause's subject
_NO_OBJECT_VERBS = frozenset("say add insist stress argue claim contend assert believe think".split())
# what one does say as an object ("said the same", "said goodbye")
_SAID_OBJECTS = frozenset(
    """same thing things something nothing anything everything little much more less lot
    goodbye hello yes no thanks prayer prayers words word""".split()
)
_WH_AFTER_THAT = _WH - {"if"}  # "said that if X, Y" is a statement; "that whether" is not


# the small words inside an outlet's name that a tagger may take for a verb: "Gazeta do| Lavrado"
_NAME_LINK_WORDS = frozenset("do da dos das de del di du".split())

def indirect_quotes(ctx: Context, direct: list[Found]) -> list[Found]:
    doc = ctx.doc
    out: list[Found] = []
    # (with the translation in brackets after it: "«Mwen pale avè l de fwa» (I spoke with him twice), declared X")
    taken = [(min(f.start, f.segment.open_start), max(f.end, ctx.after_gloss(f.segment.close_end))) for f in direct
             if f.segment is not None]
    # where a direct quote's own cue sits inside a clause ("she appreciated … what she calls a “war of words”"), the
    # clause holds that quote rather than repeating it
    cues_of_taken = [f.cue for f in direct if f.segment is not None]
    # (a whole quote with no cue of its own, after a comma or a colon, may end a clause: "She added that …, which is a
    # problem because, “In the end, …”")
    ends_clause = [f.cue is None and word_count(ctx.text[f.start : f.end]) >= 6
                   and ctx.text[: f.segment.open_start].rstrip()[-1:] in (",", ":") for f in direct if f.segment is not None]

    # (merged and sorted, so that each token asks one bisection, not every quote)
    merged: list[list[int]] = []
    for a, b in sorted(taken):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def in_direct(char: int) -> bool:
        k = bisect.bisect_right(starts, char) - 1
        return k >= 0 and char < merged[k][1]

    fronted_as: set[int] = set()  # the cues of "As was noted in …, …" (their clause is the rest of the sentence)
    cue_words = cue_lemma_tokens(doc)
    for i in _rule_starts(doc, cue_words):
        tok = doc[i]
        if in_direct(tok.idx) or tok.i in fronted_as:
            continue
        if tok.text == "As" and (found := _as_was_said(ctx, tok)):
            out += found
            fronted_as.update(f.cue_i for f in found)
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            out += _according(ctx, tok)
            continue
        if tok.lower_ == "in" and tok.i + 2 < len(doc):
            out += _in_view(ctx, tok)
            continue
        if tok.lower_ == "so" and tok.i + 2 < len(doc):
            out += _so_says(ctx, tok)
            continue
        if tok.lower_ == "for" and tok.i == sentence_start(tok):
            out += _for_person(ctx, tok)
            continue
        if tok.lower_ in VIEW_NOUNS and tok.i >= 3 and doc[tok.i - 2].lower_ == "of" and doc[tok.i - 1].lower_ == "the":
            out += _of_the_view(ctx, tok)
            continue
        if tok.lower_ == "appeal" and (found := _appeal(ctx, tok)):
            out += found
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOUN_CUES and (noun := _noun_cue(ctx, tok)):
            out += noun
            continue  # (else it may still be a verb the tagger took for a noun: "…, warning that")
        if tok.i not in cue_words or not is_cue(tok) or ctx.segment_at(tok.idx) is not None or _how_of_a_report(tok):
            continue
        out += _reported_clauses(ctx, tok)
    kept = []
    for f in out:
        # (but "“…,” he affirmed, according to the agency X": X passed the quote on, the quote holds it)
        if any(overlap(f.start, f.end, a, b) > 0.3 * (f.end - f.start) and not (
                cue is not None and f.start <= cue[0] < f.end and not ("according" in f.sources and f.cue[0] >= b))
               and not (ends and f.cue is not None and f.cue[1] <= f.start < a and b <= f.end + 1)
               for (a, b), cue, ends in zip(taken, cues_of_taken, ends_clause)):
            continue
        same = next((g for g in kept if g.start == f.start and g.end == f.end), None)
        if same is not None:
            # "denied a report by the Herald that …": the clause is the report's, whoever denies it; "…, TASS reported,
            # citing the ministry": the ministry's
            if "noun" in f.sources and same.cue[0] < f.cue[0] < f.start or f.cue_i is not None and cited_source(doc[f.cue_i]):
                kept[kept.index(same)] = f
                f.kind = indirect_kind(ctx, f)
            continue
        f.kind = indirect_kind(ctx, f)
        if f.kind is None:
            continue
        kept.append(f)
    # a quoted fragment the parser hung on another cue, when a clause already holds the whole quote
    kept = [f for f in kept if not _quote_held_elsewhere(ctx, f, kept)]
    # "According to X, the ministers stressed …": the whole sentence is X's, once
    wrapped = [f for f in kept if "according" in f.sources or "view" in f.sources]
    # "According to the Turkish agency KHA, the Ministry declared that …": an outlet passes the statement on (the
    # medium); the ministry is who made it
    # (so does a statement that names no author: "X told her that …, according to a ministry statement"; not "according
    # to a report by the Roper Center" or "the … Opinion Research", whose author speaks; "…, according to the statement
    # released by the information office of the ministry")
    # (or an outlet by a word of its name: "According to the Slovak News Office (SKN), a spokeswoman … said that")
    relayed = [w for w in wrapped if w.speaker is not None and (any(
        t.lower_ in MEDIA_NOUNS or t.text in OUTLET_NAME_WORDS and t.pos_ == "PROPN" for t in doc[w.speaker[0] : w.speaker[1]])
        or _acronym_outlet(doc, w.speaker) or doc[w.speaker[1] - 1].text in WRITINGS
        or doc[w.speaker[0] : w.speaker[1]].root.lower_ in WRITINGS) and (any(
        f is not w and f.cue is not None and w.start <= f.cue[0] < w.end for f in kept) or any(
        # (or a quote's, whose speaker opens what the source relays: "The chair …, described the deal as “…”,
        # according to the Fijian newspaper X"; not "one diplomat called" deep inside it)
        f.cue is not None and f.speaker is not None and w.start <= f.cue[0] < w.end and doc[f.speaker[0]].idx == w.start
        for f in direct))]
    # ("X said on Tuesday that A, the Cambodian agency APA reported": so does an outlet whose report ends the sentence)
    # (its kind maybe hung elsewhere by the parser: "…, the Mauritanian agency| AMX reported")
    # (or whose report opens it: "The news website Bab24 reported that the minister had told reporters that …")
    relayed += [f for f in kept if (_outlet_report(doc, f) or _outlet_reports_that(doc, f)) and any(
        g is not f and g.cue is not None and g.speaker is not None and f.start <= g.cue[0] < f.end for g in kept)]
    # (or names it after its verb, where the parser found no subject: "X said that …, informs the Bolivian newspaper Y")
    relayed += [f for f in kept if f.speaker is None and f.cue_i is not None and f.end <= f.cue[0] and any(
        t.lower_ in MEDIA_NOUNS for t in doc[f.cue_i + 1 : doc[f.cue_i].sent.end]) and any(
        g is not f and g.cue is not None and f.start <= g.cue[0] < f.end for g in kept)]
    wrapped = [w for w in wrapped if w not in relayed]
    kept = [f for f in kept if f not in relayed and (f in wrapped or not any(w.start <= f.cue[0] < w.end for w in wrapped))]
    _second_clause_of_the_first(ctx, kept)
    return _drop_inner_reports(doc, _drop_reported_inside(_drop_nested(kept)))


def _second_clause_of_the_first(ctx: Context, found: list[Found]) -> None:
    """``X emphasized that the family does not blame anyone …, but that «someone must answer»``: a "that" clause right
    after a statement, which the parser hung on a verb inside it, is the first cue's second statement."""
    for f in found:
        if f.cue is None:
            continue
        first = next((g for g in found if g is not f and g.cue is not None and g.cue[0] < g.start <= f.cue[0] < g.end <= f.start
                      and re.fullmatch(r"\s*,?\s*(?:and|but)\s+that\s*", ctx.text[g.end : f.start])), None)
        if first is not None:
            f.cue, f.speaker, f.cue_i, f.sources = first.cue, first.speaker, first.cue_i, list(first.sources)


def _drop_inner_reports(doc, found: list[Found]) -> list[Found]:
    """A report joined to the verb of another reported clause, in its tense, is part of that statement: "X said the
    authority would cover the costs and had asked the embassy to obtain …" is X's, not also the authority's (unlike
    "X said …, but stressed that …", the speaker's own next act)."""
    def inner(f: Found, g: Found) -> bool:
        if g is f or f.cue_i is None or not (g.start < f.start and f.end <= g.end and g.start <= f.cue[0] < g.end):
            return False
        cue = doc[f.cue_i]
        # (whatever the parser joined it to: "said the ministry "stands behind Beam" and had instructed|conj-of-said …";
        # not in the tense of the report's own verb: "has announced that … and has asked …" is her next act)
        outer = doc[g.cue_i] if g.cue_i is not None else None
        return cue.dep_ == "conj" and outer is not None and outer.tag_ == "VBD" \
            and not any(c.dep_.startswith("aux") for c in outer.children) \
            and any(c.dep_.startswith("aux") and c.lower_ in ("had", "would") for c in cue.children)

    return [f for f in found if not any(inner(f, g) for g in found)]


def _how_of_a_report(tok) -> bool:
    """A gerund after "in" or "by" inside what another cue reports: "X underlined that Laos stands with the poorest
    countries in calling for grants" is one statement of X's, not one of the countries'. (But a reply says what it
    says by its gerund: "X responded to a mother by saying his refusal … was a “manufactured” issue".)"""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.nbor(-1).lower_ in ("in", "by") and any(
        is_cue(a) and lemma_of(a) not in _REPLIES for a in tok.ancestors)


# verbs of answering, whose words follow in "by saying …"
_REPLIES = frozenset("respond reply react answer retort".split())


def _quoted_inside(ctx: Context, noun) -> int | None:
    """The token that closes a quote of three words or more inside the noun phrase of ``noun``, after its first word
    (where the parser may have hung the closing mark on the verb), else None."""
    doc = ctx.doc
    lo, hi = noun.left_edge.i, noun.right_edge.i + 1
    for k in range(lo + 1, min(hi, len(doc))):
        segment = ctx.segment_at(doc[k].idx + len(doc[k].text)) if doc[k].is_quote else None
        if segment is not None and segment.open_start == doc[k].idx and word_count(ctx.text[doc[k].idx : segment.close_end]) >= 3:
            end = ctx.token_at(segment.close_end - 1)
            return end if end <= hi + 1 else None
    return None


def _quote_start(ctx: Context, noun) -> int | None:
    """The token of the quote mark that opens the noun phrase of ``noun`` ('"serious irregularities in …" in two towns',
    the mark the parser may have hung on the verb), else None."""
    k = noun.left_edge.i
    k -= k > 0 and not ctx.doc[k].is_quote and ctx.doc[k - 1].is_quote
    first = ctx.doc[k]
    segment = ctx.segment_at(first.idx + len(first.text)) if first.is_quote else None
    return k if segment is not None and segment.open_start == first.idx else None


def _past_addressee(doc, cue, i: int, j: int) -> int:
    """Where the clause ``doc[i:j]`` of a verb of telling starts past whom it was told, where the parser left that in the
    clause; else ``i``."""
    while i < j and i > cue.i and doc[i].ent_iob_ == "I":
        i += 1  # (not the end of whom it was told: "told Dhoni Post|ORG the organisation was …")
    if i == cue.i + 1 and i < j and doc[i].dep_ in SUBJECT and doc[i].right_edge.i + 1 < j \
            and any(c.dep_ in SUBJECT and c.i > doc[i].right_edge.i for c in doc[i].head.children):
        i = doc[i].right_edge.i + 1  # (nor whom, taken for a second subject: "told Xog|nsubj Times the truck|nsubj had …")
    that = next((m for m in range(i + 1, min(i + 11, j)) if doc[m].lower_ == "that"), None) if i == cue.i + 1 else None
    if that is not None and that + 1 < j:
        whom = doc[i:that]
        # (nor whom, taken for the clause's subject: "told ESIB|nsubj that dissolved oxygen had fallen", "told the Boa Vista
        # news site Gazeta do Lavrado that the family …")
        if that <= i + 4 and all(t.pos_ == "PROPN" or t.is_upper for t in whom) or any(t.lower_ in MEDIA_NOUNS for t in whom) \
                and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP") or t.lower_ in _NAME_LINK_WORDS for t in whom):
            i = that + 1
    while cue.i + 1 < i < j - 1 and doc[i].pos_ == "PROPN" and doc[i].is_title \
            and (doc[i - 1].lower_ in MEDIA_NOUNS or doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title):
        i += 1  # (nor the outlet's name after its kind, with no "that": "told the agency Prensa Cuyuni| she learned …")
    return i


def _asked_in_quote(ctx: Context, cue) -> bool:
    """Whether the sentence of a question's cue opens with the question in quote marks ("“…?” X asked …")."""
    start = sentence_start(cue)
    # (or ends right before it, where the parser ended a sentence at the closing mark)
    seg = ctx.segment_at(ctx.doc[start].idx) or (ctx.segment_at(ctx.doc[start - 1].idx) if start > 0 else None)
    return seg is not None and seg.close_end <= ctx.doc[cue.i].idx and "?" in ctx.text[seg.open_start : seg.close_end]


def _circumstance(ctx: Context, i: int, cue) -> bool:
    """Whether the words from token ``i`` (after a cue that ends its statement) are a circumstance set off by a comma,
    not what was said: "…, the Foreign Office said on Thursday, as senators demanded …" (but "The minister said,
    although the talks had been difficult, progress had been made" reports what follows)."""
    doc = ctx.doc
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if not (cue.i + 1 < i < len(doc) and doc[i - 1].text == ","):
        return False
    # (or how long after what: "…, X told Reuters on Tuesday, ten days after 11 miners died")
    k = i + (doc[i].like_num or doc[i].lower_ in ("a", "few", "several", "some", "two", "three"))
    lead = doc[i].lower_ in _CIRCUMSTANCE or k + 1 < len(doc) and doc[k].lower_ in WHEN_NOUNS and doc[k + 1].lower_ in _CIRCUMSTANCE
    return lead and _fronted_clause(ctx, cue) is not None


_CIRCUMSTANCE = frozenset("as while when after before because since although though amid".split())
# verbs whose clause goes on with "as": "regarded Jordan as a partner"
_REGARD_VERBS = frozenset("regard consider see view describe treat".split())


def _quote_held_elsewhere(ctx: Context, f: Found, kept: list[Found]) -> bool:
    seg = ctx.segment_at(f.start)
    # (not by an outlet's report of the statement, which the quote's own cue makes: "X wrote that «…», the same agency
    # reported" is X's, the agency its medium)
    return seg is not None and f.end <= max(seg.end, seg.close_end) and any(
        g is not f and g.start <= seg.open_start and max(seg.end, seg.close_end) <= g.end + 1
        and not (f.cue is not None and g.start <= f.cue[0] < g.end and _outlet_report(ctx.doc, g)) for g in kept)


def _outlet_report(doc, f: Found) -> bool:
    """Whether ``f`` is read back from an outlet's verb after it: "…, the Cambodian agency APA reported" (the kind
    maybe hung elsewhere by the parser: "…, the Mauritanian agency| AMX reported")."""
    return f.speaker is not None and f.cue is not None and f.end <= f.cue[0] and any(
        t.lower_ in MEDIA_NOUNS for t in doc[max(f.speaker[0] - 1, 0) : f.speaker[1]])


def _outlet_reports_that(doc, f: Found) -> bool:
    """Whether ``f`` is an outlet's report of a statement, its verb before the clause: "Tulpar news agency reported
    that …" (not "the newspaper said that …", the paper's own words)."""
    return f.speaker is not None and f.cue_i is not None and f.cue[1] <= f.start \
        and lemma_of(doc[f.cue_i]) == "report" and any(t.lower_ in MEDIA_NOUNS for t in doc[f.speaker[0] : f.speaker[1]])


def _drop_nested(found: list[Found]) -> list[Found]:
    """A clause reported inside another reported clause keeps the outer one only.

    Same cue chain (``said that A, and that B`` parsed twice), or a second cue
    inside the first one's clause (``X said she believes that …``, ``He said
    Obama hopes that …``): what the article reports is X's statement, which
    holds the inner one. The inner cue must head the outer clause, so that a
    second statement beside the first (``…, but pledged to …``) stays.
    """
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    for f in found:
        if any(g.start <= f.start and f.end <= g.end and g.cue == f.cue for g in out):
            continue
        out.append(f)
    heads = {f.head: f for f in out if f.head is not None}
    return [f for f in out if f.cue_i not in heads or not (heads[f.cue_i].start <= f.start and f.end <= heads[f.cue_i].end)]


def _drop_reported_inside(found: list[Found]) -> list[Found]:
    """Two clauses that each hold the other's cue: the one read backwards from its cue is the parser's mistake.
    "X told a briefing that all three countries … had confirmed their attendance" is X's statement; its
    "confirmed" does not report "X told a briefing that all three countries"."""
    def inside(f: Found, g: Found) -> bool:
        return f.cue is not None and g.start <= f.cue[0] < g.end

    return [f for f in found if "parse" not in f.sources or f.cue is None or f.end > f.cue[0] or not any(
        g is not f and inside(f, g) and inside(g, f) for g in found)]


def indirect_kind(ctx: Context, f: Found) -> str | None:
    """mixed when a quoted fragment lies inside the clause; None when the clause is only a scare-quoted word."""
    # (a "so-called" scare quote is the writer's distance, and a name in quotes a name: no words of the speaker's)
    # (nor a term others use, that the speaker reports: "questioned that some media had spoken of a ``Bolivian scandal''")
    inside = [s for s in ctx.top if f.start <= s.open_start < f.end
              and not re.search(r"\bso[- ]called\s*$|\b(?:speak|speaks|spoke|spoken|speaking)\s+of\s+(?:an?\s+|the\s+)?$",
                                ctx.text[max(f.start, s.open_start - 24) : s.open_start], re.I)
              and not _quoted_name(ctx.text[s.start : s.end])]
    if not inside:
        return "indirect"
    quoted = sum(word_count(ctx.text[s.start : s.end]) for s in inside)
    if quoted >= 2 or any(word_count(ctx.text[s.start : s.end]) >= 2 for s in inside):
        return "mixed"
    return "mixed" if quoted >= 1 and word_count(ctx.text[f.start : f.end]) <= 4 else "indirect"


def _quoted_name(text: str) -> bool:
    """``the group "Liwa Ansar al-Sahel"``, ``the plan „Steppe Corridor“``: capitalised words, a name."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or re.match(r"(?:al|el|ad|ash|ar|as|of|the|and|de|du|la)(?:-|$)", w)
                                        for w in words)


def _verb_first_content(ctx: Context, cue) -> tuple[int, int] | None:
    """``And stressed El-Sayyad, in statements to Al-Fanous, the necessity of …``, ``described El-Sayyad the Red Sea
    coast as “…”``: what was said after a verb that comes before its subject is the rest of the sentence past the name
    and its aside (up to a participle that goes on: ", pointing out that")."""
    doc = ctx.doc
    name = name_after_first_verb(ctx, cue)
    if name is None or name.end >= len(doc):
        return None
    end = ctx.sentence_end(cue)
    k = name.end
    if doc[k].text == ",":  # (past the aside set off in commas: ", in statements to Al-Fanous,")
        close = next((j for j in range(k + 1, min(k + 16, end)) if doc[j].text == ","), None)
        if close is None or any(is_verb(t) and t.tag_ not in ("VBN", "VBG") for t in doc[k + 1 : close]):
            return None
        k = close + 1
    if k < end and doc[k].lower_ == "to":  # (past whom it was said to: "to Al-Fanous that …")
        k = next((j for j in range(k + 1, min(k + 6, end)) if doc[j].lower_ == "that"), k)
    if k < end and doc[k].lower_ == "that":
        k += 1
    if k >= end or doc[k].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return None
    going_on = next((j for j in range(k + 2, end - 1) if doc[j].text == "," and doc[j + 1].tag_ == "VBG" and is_cue(doc[j + 1])), end)
    return (k, going_on) if going_on - k >= 3 else None


# what tells where or when "said this" was said, right after it
_AFTER_SAID_THIS = frozenset("to when at after in while during before on".split())
# the verbs that tell it again so (not "blame this on …")
_SAYING_THIS = frozenset("say tell state disclose reveal announce explain express convey share mention stress emphasise emphasize".split())


def _reported_clauses(ctx: Context, cue) -> list[Found]:
    """``X said (that) …``, ``…, adding that …``, ``X urged Y to …``, ``X described A as B``, ``…, X said.``"""
    doc = ctx.doc
    lemma = lemma_of(cue)
    if _medium_aside(ctx, cue):
        return []
    aside = _parenthetical(ctx, cue) or _as_noted(ctx, cue)
    if aside is not None:
        return [aside]
    if after_quote(cue):
        return []  # "«…», — told el-Hatib to journalists": the quote's attribution, no statement of its own
    if cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ == "this" and doc[cue.i + 2].lower_ in _AFTER_SAID_THIS \
            and lemma in _SAYING_THIS:
        # "X said this to reporters after chairing a briefing", "He said this when met at …": the statement before, told
        # again where and when it was made (not "said this week that …")
        return []
    if lemma_of(cue) in ("respond", "reply", "answer") and any(c.lower_ in ("not", "n't", "never") for c in cue.children):
        return []  # ("did not respond to the questions … about the vehicle that it lost": no answer, so no statement)
    if cue.dep_ == "xcomp" and lemma_of(cue.head) in ("decline", "refuse", "ask") and not finite_xcomp(cue):
        # "He declined to comment on reports that …": the reports' words, not his; "Asked to describe the device, …":
        # what he was asked (not a finite verb the parser hung there: "A crew member who asked not to be named wrote …")
        return []
    if asks_anonymity(cue):
        return []  # "who asked that her name not be published": no statement, whatever else the words hold
    if lemma == "recall" and cue.tag_ in ("VB", "VBN") and any(c.lower_ == "it" and c.i < cue.i for verb in {cue, cue.head}
                                                              for c in verb.children) \
            or cue.tag_ == "VB" and lemma_of(cue.head) == "let" and any(c.lower_ == "us" for c in cue.head.children):
        # "It is to be recalled that …", "It is necessary to recall that …", "Let us recall that …": the narrator's
        # reminder (not a body's "It recalled that …")
        return []
    if cue.tag_ == "VBN" and any(c.lower_ == "it" and c.dep_ in ("expl", "nsubjpass", "nsubj:pass") for c in cue.children) \
            and any(c.lower_ in ("should", "must") for c in cue.children) \
            and not any(c.dep_ in ("obl", "obl:agent", "agent", "prep") for c in cue.children):
        return []  # "It should be noted that …": the narrator's remark (not "It was noted in the statement that …")
    if lemma in OBJECT_CUES and cue.dep_ in ("acl:relcl", "relcl") and cue.head.lower_ == "what":
        return []  # "what he called “…”": the label alone (the direct pass), or part of the clause that holds it
    if lemma in OBJECT_CUES and _naming(cue):
        return []
    found = []
    spans: list[tuple[int, int]] = []
    # "stressed, however, that …" can come out as parataxis or advcl: a "that" says it is the complement
    # (and a question's clause by its wh-word: "questioned why|advmod the ministry had allowed|advcl …")
    # (past "for his part" after the verb, as French copy puts it: "asked for his part why no patrol boat had been sent")
    after = cue.i + 1 + 3 * (cue.i + 3 < len(doc) and doc[cue.i + 1].lower_ == "for" and doc[cue.i + 3].lower_ == "part"
                             and doc[cue.i + 2].lower_ in ("his", "her", "its", "their"))
    clauses = [c for c in cue.children if c.i > cue.i and (c.dep_ in CLAUSE or c.dep_ in ("parataxis", "advcl", "dep")
                                                           and (_that_mark(c) is not None or lemma in _QUESTION_CUES
                                                                and c.left_edge.i == after and c.left_edge.lower_ in _WH)
                                                           or _having_done(c))]
    if after > cue.i + 1 and lemma in _QUESTION_CUES:  # (the question the parser hung on "part" as its relative clause)
        clauses += [c for c in doc[cue.i + 3].children if c.dep_ in ("acl:relcl", "relcl", "acl") and c.left_edge.i == after
                    and c.left_edge.lower_ in _WH]
    if clauses:  # and "said A, and that B" with B hung on the cue as a second verb (else the fallbacks below read it)
        clauses += [c for c in cue.children if c.i > clauses[0].i and c.dep_ == "conj" and _that_mark(c) is not None]
    clauses += _clause_on_a_date(cue) + _clause_on_the_addressee(cue) + (object_clauses(cue) if lemma in THAT_CUES else [])
    clauses += _clause_on_the_speaker(cue) + _clause_on_a_circumstance(cue) + _clause_on_the_outlet(cue)
    clauses = [_past_outlet_name(c) for c in clauses]
    # (nor a clause after a second reporting verb of the cue's, which reports it: "X assessed that A, and stated that
    # B", with B hung on "assessed")
    clauses = [c for c in clauses if not any(v.dep_ == "conj" and cue.i < v.i < c.left_edge.i and is_cue(v) and that_follows(v)
                                             for v in cue.children)]
    # ("said on Thursday, as reported by state television, that …" with the aside hung on the verb as its clause)
    # (nor "who asked not to be named", whatever the parser hung it as)
    clauses = [c for c in clauses if not _medium_aside(ctx, c) and not anonymity_formula(c)]
    asked_in_quote = lemma in _QUESTION_CUES and _asked_in_quote(ctx, cue)
    if asked_in_quote and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in _WH:
        clauses = []  # (nor when it was asked, the question being the quote before: "“…?” Ms X asked when the Times reached her")
    # (nor what a place is, after its comma: "told the Post from Skardu, where he is waiting …")
    clauses = [c for c in clauses if not any(t.lower_ == "where" and doc[t.i - 1].text == "," and doc[t.i - 2].pos_ == "PROPN"
                                             for t in doc[c.left_edge.i : c.left_edge.i + 2])]
    # (nor a circumstance after the attribution's comma: "…, the Foreign Office said on Thursday, as senators demanded …")
    clauses = [c for c in clauses if not _circumstance(ctx, c.left_edge.i, cue)]
    # "…, the sources added.": an attribution hung on the verb as its clause is no statement of the verb's;
    # nor is "…, adding that …" (a report of its own, which the parser may hang on the verb as its clause)
    # (nor "…, said one person briefed on the talks", an inverted attribution with its speaker after it)
    clauses = [c for c in clauses if not (is_cue(c) and (c.right_edge.i <= c.i + 1 or c.left_edge.i == c.i and inverted(c))
                                          and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
               and not (c.tag_ == "VBG" and c.i > 0 and doc[c.i - 1].text == "," and c.left_edge.i == c.i and is_cue(c))
               # ("told Reuters, pointing at the hill", "said, smiling": what the speaker did, not what was said)
               and not (c.tag_ == "VBG" and c.i > 0 and doc[c.i - 1].text == "," and c.left_edge.i >= c.i - 1
                        and not is_cue(c) and _that_mark(c) is None  # (a gerund subject has a verb: "replacing X would be …")
                        and not any(t.tag_ in ("MD", "VBZ", "VBD", "VBP") for t in c.subtree))]
    # "explained that the Ministry has requested, through the Embassy, that …": a second that-clause right after a
    # reported verb that has none is that verb's object, however the parser hung it on the cue (one statement)
    absorbed: dict[int, int] = {}
    for c in [c for c in clauses if c.dep_ in ("parataxis", "advcl", "dep") and _that_mark(c) is not None]:
        inner = next((d for d in clauses if d.i < c.i and d.dep_ in CLAUSE and lemma_of(d) in CUE_LEMMAS
                      and not any(g.dep_ in CLAUSE for g in d.children)
                      and all(t.is_punct for t in doc[subtree_range(d)[1] : c.left_edge.i])), None)
        if inner is not None:
            absorbed[inner.i] = subtree_range(c)[1]
            clauses.remove(c)
    # "said he took his boat out …, with his sons, when a boy ran through the village": a clause of when, after the
    # statement's comma, tells when it happened, however the parser hung it on the cue (one statement)
    for c in [c for c in clauses if (when := first_word(c)).lower_ in _WHEN_OPENINGS and when.i > 0 and doc[when.i - 1].text == ","]:
        before = next((d for d in clauses if d.i < c.i and d.dep_ in CLAUSE
                       and absorbed.get(d.i, subtree_range(d)[1]) in (when.i - 1, when.i)), None)
        if before is not None:
            absorbed[before.i] = subtree_range(c)[1]
            clauses.remove(c)
    if lemma in CAUSE_CUES:
        clauses = []  # (what it gives a cause for is its object, whatever clause the parser found near it)
    if inverted(cue):  # "…, said Mr. Barrett, the lawyer": a name after an inverted cue is who, not what
        clauses = [c for c in clauses if heads_clause(c) and not reduced_relative(c)]  # (nor "said one person briefed on …")
    heads: dict[int, int] = {}  # clause start -> its head token
    for clause in clauses:
        i, j = subtree_range(clause)
        j = max(j, absorbed.get(clause.i, j))
        # (the complementizer by its tag, whatever the parser hung it as)
        mark = _that_mark(clause) or next((t for t in doc[i : clause.i] if t.lower_ == "that" and t.tag_ == "IN"), None)
        lead = next((t for t in doc[i : mark.i] if not t.is_punct), None) if mark is not None and mark.i > i else None
        # (or what the parser hung as punctuation: "told Sawt al-Wadi|UH that …")
        if lead is not None and (all(t.is_punct or t.pos_ == "ADV" or t.dep_ == "punct" for t in doc[i : mark.i]) or (
                doc[mark.i - 1].text == "," and lead.lower_ in ("according", "as", "in") and not any(
                    is_verb(t) and not t.ent_type_ and not (lead.lower_ == "as" and t.i == lead.i + 1 and t.tag_ == "VBN")
                    and not (t.tag_ == "VBN" and doc[t.i + 1].lower_ == "by") for t in doc[lead.i + 1 : mark.i]))):
            # ", however, that …", "said, according to the agency, that …", "said, as reported by state television,
            # that …", "said, in remarks carried by the agency X, that …": the clause starts at its "that"
            i = mark.i
        elif lead is not None and lead.i == cue.i + 1 and lead.lower_ in ("to", "for") and mark.i - lead.i <= 6 \
                and not any(is_verb(t) and t.pos_ != "PROPN" for t in doc[lead.i + 1 : mark.i]):
            i = mark.i  # ("said to Emajõe Kaja that …", the parser hanging whom it was said to on the clause)
        i = _stolen_subject(cue, clause, i)
        i = _subject_after_writing(cue, clause, i)
        first = next((t for t in doc[i:j] if not t.is_punct), None)
        if first is not None and first.i == cue.i + 2 and doc[cue.i + 1].text == "," and first.lower_ in _MANNER:
            continue  # "…,” Akbulut said, turning to the government benches": how, not what
        if first is not None and first.i == cue.i + 2 and doc[cue.i + 1].text == "," and mark is None \
                and (first.lower_ == "to" or first.pos_ == "ADP" and not any(is_verb(t) for t in doc[first.i : j])):
            continue  # "…,” Aydemir said, to applause from lawmakers": the scene, no clause
        heads[i] = clause.i
        for conj in clause.children:
            # "said that A, and that B": one record per clause
            if conj.dep_ == "conj" and any(m.lower_ == "that" for m in conj.children if m.i < conj.i):
                ci, cj = subtree_range(conj)
                while ci < conj.i and (doc[ci].is_punct or doc[ci].lower_ in ("and", "but", "that")):
                    ci += 1  # (", but that the drought …": the clause after its "that")
                spans.append((ci, _to_quote_end(ctx, ci, cj)))  # (", but that X had done “exactly what …”")
                j = min(j, ci)
            elif second_report(conj):  # "said A would begin, but cautioned that B": B is the second verb's
                j = min(j, subtree_range(conj)[0])
        if not is_verb(clause) and j < len(doc) and doc[j].text == "," and not any(is_verb(t) for t in doc[i:j]):
            # ("declared that his brother Iago|ccomp, of 34 years …, «has not slept» since …": a clause the parser cut
            # at its subject's aside goes on to its verb, up to a second "that" or the sentence's end)
            end = ctx.sentence_end(cue)
            k = next((k for k in range(j, end - 2) if doc[k].text == "," and doc[k + 1].lower_ == "and" and doc[k + 2].lower_ == "that"), end)
            if any(is_verb(t) for t in doc[j:k]):
                j = k
        j = _rest_of_sentence(ctx, cue, clause, _across_false_split(ctx, _stray_tail(cue, clause, j)))
        # "said Cairo regarded Jordan | as “a partner …”": the "as" of the clause's verb, which the parser hung elsewhere
        if j < len(doc) and doc[j].lower_ == "as" and clause.lemma_.lower() in _REGARD_VERBS and doc[j].head.left_edge.i == j \
                and doc[j].head.i > j:
            j = doc[j].head.right_edge.i + 1
        j = _to_quote_end(ctx, i, j)
        # "with Moscow and Ankara, its partners as guarantors …": an appositive the parser hung on the cue
        j = max([j] + [c.right_edge.i + 1 for c in cue.children if c.dep_ == "parataxis" and c.pos_ in ("NOUN", "PROPN")
                       and c.left_edge.i in (j, j + 1) and doc[j].text == "," and not any(is_verb(t) for t in c.subtree)])
        if cue.tag_ == "VBD" and any(c.dep_ == "aux" for c in clause.children):
            # (a second verb of the cue's that the parser lost in the clause, as second_report finds them: "said the
            # level had returned to normal, but advised|amod residents downstream|VBP not to return …")
            j = next((m for m in range(clause.i + 1, j - 2) if doc[m].text == "," and doc[m + 1].lower_ in ("and", "but")
                      and doc[m + 2].tag_ in ("VBD", "VBN") and lemma_of(doc[m + 2]) in SPEECH_VERBS
                      and not any(c.dep_ in SUBJECT or c.dep_ == "aux" for c in doc[m + 2].children)), j)
        # ("said the convoy had arrived as planned, the agency reported" with "reported" hung inside the clause)
        spans.append((i, _before_attribution(doc, i, j)))
        spans += _second_that_clause(ctx, cue, j)
    # (a clause joined to the next may end in an attribution the parser made a clause of the cue's: "said earlier that
    # …, the Mauritanian agency AMX reported")
    spans = [(i, _before_attribution(doc, i, j)) for i, j in _join_listed(doc, spans)]
    if lemma in FINDING_CUES:
        # what a newsroom found out is the rest of its sentence, however the parser cut it ("HPW has learned that the
        # vessel's insurer, a London-based P&I club, has already appointed …")
        spans = _that_clause(ctx, cue) or spans
    if spans and (named := name_after_first_verb(ctx, cue)) is not None:
        # (not the name after a verb before its subject, which the parser made its clause: "And said Mr. Ahmed|ccomp …")
        spans = [(i, j) for i, j in spans if not cue.i < i < named.end]
    first = _verb_first_content(ctx, cue) if not spans else None
    if first is not None:
        spans.append(first)  # (not the object the parser made of the name after the verb: "described El-Sayyad| …")
    elif not clauses and lemma not in BELIEF_VERBS:
        # "told his advisers to figure out …" (an infinitive the parser may call advcl)
        # (or as an oblique: "calling on the Council to “shoulder …”")
        # (not a name the parser hung as one: "told Nepali daily The Himalayan Mirror|xcomp"; nor an adverb it made
        # one: "urged Zimbabweans abroad|xcomp to use …")
        xcomp = [c for c in cue.children if c.i > cue.i and (c.dep_ == "xcomp" and c.pos_ not in ("PROPN", "ADV") or (
            c.dep_ == "advcl" or c.dep_ == "obl" and is_verb(c)) and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children))]
        obj = [c for c in cue.children if c.dep_ in _OBJECT and c.i > cue.i]
        # ("urged all sides to put detainees first" with the infinitive hung on "sides")
        xcomp = xcomp or [g for o in obj[:1] for g in o.children if g.dep_ == "acl" and any(
            m.dep_ == "mark" and m.lower_ == "to" for m in g.children)]
        # (or a quoted infinitive the parser read as a noun after "to": "asked the CNE to “recount|obl, in the presence
        # of the observers, …”")
        xcomp = xcomp or [c for c in cue.children if c.i > cue.i and c.dep_ == "obl" and c.i >= 2 and doc[c.i - 1].is_quote
                          and doc[c.i - 2].lower_ == "to" and c.tag_ in ("NN", "VB")]
        as_what = [c for c in cue.children if c.i > cue.i and c.dep_ in ("obl", "prep", "advcl") and first_word(c).lower_ == "as"]
        # (a subject the parser hung elsewhere counts: "Contacted by this newspaper, the spokesman …, X, qualified|advcl
        # the accusation as «…»")
        labelled = _labelled_after_outlet(doc, cue) if lemma in OBJECT_CUES and not obj else None
        if labelled is not None:
            spans.append(labelled)  # ("described to Zembra FM the manoeuvre as «…»", the object hung on the outlet)
        elif (lemma in OBJECT_CUES or lemma in JUDGING_CUES and as_what) and obj and (
                subject_of(cue) is not None or as_what and speaker_of(ctx, cue) is not None):
            # (and "dismissed the so-called “administration” as a project of the PKK")
            # "described the talks as constructive", "called the meeting “fruitful”"
            # (an oblique only with its "as": "described the last minutes on the radio's programme" states nothing)
            # (nor, after a person, a phrase of another preposition with no quoted label in it: "her lawyer called her
            # with the news" is a telephone call; not "called the statements of the militants about … „fabrications“")
            # (or an office: "had called the Tunisian president", "called the foreign minister in for a consultation")
            called = obj[0].pos_ == "PRON" or obj[0].ent_type_ in ("PERSON", "PER") or obj[0].lower_ in ROLE_NOUNS
            # (nor a circumstance's clause right after the object: "called the Tunisian president, while …"; nor a
            # participle after a comma: "called out the senator for her ways, tweeting …")
            complement = [c for c in list(cue.children) + list(obj[0].children) if c.i > obj[0].i and not (
                any(m.dep_ == "mark" and m.lower_ in _SUBORDINATORS for m in c.children)
                and all(t.is_punct for t in doc[obj[0].right_edge.i + 1 : c.left_edge.i])) and not (
                c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ",") and (
                c.dep_ in ("xcomp", "oprd", "amod", "ccomp") or c.dep_ in ("obl", "advcl", "prep", "acl", "nmod")
                and (lemma != "describe" or first_word(c).lower_ == "as" or c.lower_ == "as")
                # (nor such a phrase in quote marks: "called her «at three o'clock in the night»", a call)
                and not (called and c.left_edge.pos_ == "ADP" and c.left_edge.lower_ != "as"
                         and (not any(t.is_quote and t.is_left_punct for t in c.subtree) or doc[c.left_edge.i - 1].is_quote)))]
            if complement:
                spans.append((obj[0].left_edge.i, max(c.right_edge.i for c in complement) + 1))
        elif lemma in CAUSE_CUES and obj and subject_of(cue) is not None \
                and not any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children) \
                and (to := next((c for c in list(cue.children) + list(obj[0].children) if c.i > obj[0].i and c.dep_ in ("obl", "prep", "nmod")
                                 and c.left_edge.lower_ in CAUSE_CUES[lemma]), None)) is not None \
                and (lemma != "compare" or any(t.is_quote for t in to.subtree)):
            # "attributes the collapse to a seismic event": the cause it gives, with what it is the cause of (and a
            # relative clause on the cause: "…to the volume of the flood, which, according to his calculations, exceeded …")
            end = to.right_edge.i + 1
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which" and doc[end + 1].head.i > end:
                end = max(end, doc[end + 1].head.right_edge.i + 1)
            spans.append((obj[0].left_edge.i, end))
        elif xcomp and lemma in ("urge", "call", "ask", "request", "demand", "warn", "tell", "accuse", "promise", "pledge", "vow", "threaten",
                                 "appeal", "instruct", "advise", "implore", "invite", "exhort", "direct") \
                and not anonymity_formula(xcomp[0]) and not any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children):
            # (not "had been asked to contribute": who was asked is no speaker)
            # "called on President Obama to retaliate": who was called on is part of what was demanded
            # ("appealed to the government to bring him home": who was appealed to, as well)
            on = [c for c in cue.children if cue.i < c.i < xcomp[0].i and c.dep_ == "obl" and any(
                g.dep_ == "case" and (g.lower_ == "on" or g.lower_ == "to" and lemma == "appeal") for g in c.children)]
            start = obj[0].left_edge.i if obj else on[0].left_edge.i + 1 if on else xcomp[0].left_edge.i
            end = xcomp[0].right_edge.i + 1
            # ("… to “shoulder its responsibilities” and to put an end …", the second infinitive hung anywhere)
            # (or one it forbids: "… to keep their receipts and not to deal with “…”")
            to = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("not", "never"))
            if to + 1 < len(doc) and doc[end].lower_ in ("and", "or") and doc[to].lower_ == "to" and is_verb(doc[to + 1]):
                end = max(end, doc[to + 1].right_edge.i + 1)
            elif end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].tag_ == "VB" and doc[end + 1].dep_ == "conj" \
                    and (doc[end + 1].head.i in range(xcomp[0].left_edge.i, end) or doc[end + 1].head.i == cue.i) \
                    and not any(c.dep_ in SUBJECT for c in doc[end + 1].children):
                # (or bare: 'to "really call out Russia on this" and consider …', an infinitive whatever the parser
                # hung it on; not "… and said the roads were closed", the speaker's next act)
                end = doc[end + 1].right_edge.i + 1
            # (and its condition, hung on the cue: "promised not to descend | until the last porter is evacuated")
            end = max([end] + [c.right_edge.i + 1 for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == end
                               and c.left_edge.lower_ in ("until", "unless", "before", "once")])
            # (and into a quote that goes on with it: 'called on police to release the videos "as a matter of …"'; or
            # one that opens on its last word: 'who promise them transfer “| in exchange for money”'; or one that
            # closes after the stop: 'not to deal with “any person claiming … for a fee|.”')
            spans.append((start, _to_quote_end(ctx, start, end) if end < len(doc) and (doc[end].is_quote or doc[end - 1].is_quote or (
                doc[end].text in (".", "!", "?") and end + 1 < len(doc) and doc[end + 1].is_quote)) else end))
        elif xcomp and lemma in ("declare", "affirm", "assure", "claim", "state", "deny", "admit", "confess") \
                and not any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children) \
                and any(m.lower_ == "to" and m.dep_ == "mark" for m in xcomp[0].children):
            # what the speaker declared of themselves, in an infinitive: "declared to Le Lagunaire not to understand
            # « how … »" (machine-translated French), "claimed to have seen the crew"
            spans.append((xcomp[0].left_edge.i, xcomp[0].right_edge.i + 1))
        elif lemma == "call" and cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ == "on" and subject_of(cue) is not None \
                and doc[cue.i + 2].tag_ not in ("PRP$", "WP$") \
                and (to := next((k for k in range(cue.i + 3, min(cue.i + 25, len(doc) - 1)) if doc[k].lower_ == "to"
                                 and doc[k + 1].is_lower and doc[k + 1].pos_ not in ("DET", "PROPN", "NUM", "PRON")), None)) \
                and not any(is_verb(t) and t.dep_ != "amod" and not _in_relative(t, cue.i + 2) or t.is_punct and t.text != ","
                            for t in doc[cue.i + 2 : to]) \
                and (to - cue.i < 12 or doc[to - 1].text == ","):
            # (not "called on his return to Najaf for …"; but "called on neighbouring|VBG countries to halt|NN …")
            # (the addressees may be listed, with an aside: "called on the flag State, Mongolia, and the Republic of
            # Cyprus, where the owning company is registered, to shoulder …")
            # "called on farmers to adhere|RB to the plan": the tagger lost the infinitive; the words say it
            spans.append((cue.i + 2, ctx.sentence_end(cue)))
        elif lemma in _POSITION_CUES and obj and obj[0].pos_ == "NOUN" and subject_of(cue) is not None and not (
                lemma == "laud" and obj[0].right_edge.i - obj[0].left_edge.i < 3) \
                and cited_source(cue) is None and not (lemma == "cite" and names_a_source(obj[0])) \
                and not _that_taken_for_det(cue, obj[0]) and not inverted(cue):
            # (not the speaker after an inverted cue: "«…», affirmed yesterday|obj the president|obj of the association")
            # (not "Fans lauded the singer"; nor "X, citing a senior official, reported"; nor "which cited the spokeswoman")
            # "Jafarian affirmed his country's support for Syria in facing …": the position stated
            # (and the infinitive the parser hung on the cue: "stressed the need| to coordinate with …")
            spans.append((obj[0].left_edge.i, max(obj[0].right_edge.i, max((c.right_edge.i for c in cue.children if c.i > obj[0].i
                                                                              and (c.dep_ in ("obl", "advcl") or c.dep_ == "xcomp"
                                                                                   and c.left_edge.i == obj[0].right_edge.i + 1
                                                                                   and c.left_edge.lower_ == "to")
                                                                              and not is_cue(c)), default=0)) + 1))
        elif lemma in _FINDING_CUES and obj and obj[0].pos_ == "NOUN" and (mark := _quote_start(ctx, obj[0])) is not None \
                and subject_of(cue) is not None:
            # "an observer mission … reported "serious irregularities in …" in two towns": the finding it reported, in
            # its own words, and where
            spans.append((mark, max([obj[0].right_edge.i] + [c.right_edge.i for c in cue.children if c.i > obj[0].i and c.dep_ == "obl"]) + 1))
        elif lemma in _FINDING_CUES | _ANNOUNCING_CUES and obj and obj[0].pos_ == "NOUN" and subject_of(cue) is not None \
                and (inner := _quoted_inside(ctx, obj[0])) is not None:
            # "announces a joint inquiry and « a search-and-rescue hotline open day and night »", "denounced a detention
            # « made to calm the families »": the object, with the words it quotes (a clause or a phrase, not a scare
            # quote of a word or two)
            spans.append((obj[0].left_edge.i, max(obj[0].right_edge.i, inner) + 1))
        elif lemma == "accuse" and obj:
            spans.append((obj[0].left_edge.i, max(t.i for t in cue.subtree) + 1))
        elif lemma in _FOR_CUES and obj and subject_of(cue) is not None and (reason := next((
                c for c in cue.children if c.i > obj[0].i and c.dep_ in ("obl", "advcl", "prep") and (c.left_edge.lower_ == "for" or any(
                    g.dep_ == "case" and g.lower_ == "for" for g in c.children))), None)
                or next((c for c in obj[0].children if c.i > obj[0].i and (c.dep_ in ("acl", "advcl") and c.left_edge.lower_ == "for"
                         and c.tag_ == "VBG" or lemma == "blame" and c.dep_ == "nmod" and c.left_edge.lower_ == "for")), None)):
            # "hailed the Government for “putting the life of every Zimbabwean first”": whom, and what for (also hung
            # on whom: "blamed the mission for|acl failing to act on warnings", "blamed the company for the|nmod delay")
            spans.append((obj[0].left_edge.i, _to_quote_end(ctx, obj[0].left_edge.i, reason.right_edge.i + 1)))
        elif lemma in ("call", "appeal") and subject_of(cue) is not None:
            # "X called for an independent inquiry": what was demanded (to the close of a quote it opens)
            spans += [(i, _to_quote_end(ctx, i, j)) for i, j in _called_for(cue)]
    if not spans:
        spans += _that_clause(ctx, cue)
    if lemma == "say":  # ("add", "stress" … do take objects: "to add water to the agenda")
        spans += _object_clause(ctx, cue, min((i for i, _ in spans), default=None))
    elif lemma in SPEECH_VERBS and not spans and lemma not in ADDRESSEE_CUES and _object_acts(cue):
        # "They noted his attorney offered to have X appear …": an object that acts is the clause's subject
        spans += _object_clause(ctx, cue)
    elif lemma in ("believe", "think") and not spans:
        # (a view, only where the object holds a verb of its own: "believes Tehran's outreach to Muscat and Doha|nsubj
        # is|cop “more than tactical”", not "believes the report")
        spans += [(i, j) for i, j in _object_clause(ctx, cue) if any(
            t.tag_ in ("VBZ", "VBP", "VBD", "MD") and t.head.dep_ not in ("acl:relcl", "relcl", "acl") for t in doc[i:j])]
    spans = [(i, j) for i, j in spans if not _circumstance(ctx, i, cue)]
    after_cue = next((t for t in doc[cue.i + 1 : cue.i + 3] if not t.is_space and t.dep_ not in ("compound:prt", "prt")), None)
    # (or after whom it was said to: "declared to the faithful: «…»")
    colon = next((t for t in doc[cue.i + 1 : cue.i + 7] if t.text == ":" or not (t.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ")
                                                                                or t.is_space)), None)
    # (a belief's clause is never read backwards; "lets know", the Dutch "laat weten", is a statement: "…, he lets know.")
    lets_know = lemma == "know" and cue.head.lower_ in ("lets", "let")
    if not spans and (lemma not in BELIEF_VERBS or lets_know) and not (after_cue is not None and after_cue.text == ":") \
            and not (colon is not None and colon.text == ":"):
        # (not "Interrupted several times, she went on: “…”": the statement follows the colon)
        tail = _fronted_clause(ctx, cue)
        speaker = speaker_of(ctx, cue)
        # "X, who studies tax policy, said …": the clause before the cue is the speaker's relative clause
        # (nor the sentence a relative clause hangs on: "… to meet X, whom she described as “…”")
        # (nor the sentence a "whose" clause hangs on: "X is no relation of Y, whose handling she has criticised")
        if tail is not None and any(t.lower_ in ("whom", "whose") for t in doc[tail[1] : cue.i]):
            tail = None
        if tail is not None and not (speaker is not None and speaker[0] <= tail[0] < speaker[1]):
            spans.append(tail)
            # (its head, so that a belief heading it is no statement of its own: "The mediators believe …, said one
            # person briefed on the talks" is the person's)
            # (a belief only: "Karaduman told them that …, the sources added" stays Karaduman's statement)
            root = next((t for t in doc[tail[0] : tail[1]] if t.head.i == t.i or not tail[0] <= t.head.i < tail[1]), None)
            if root is not None and lemma_of(root) in BELIEF_VERBS:
                heads[tail[0]] = root.i
    if not spans and lemma in SPEECH_VERBS:
        spans += _clause_after(ctx, cue)
    # a question reported is a statement (with its own subject before it: "Asked whether …, X said" is the reporter's)
    # (not where the question asked is the quote before it: "“Where he was in August?” Ms X asked when the Times reached
    # her")
    question = lemma in _QUESTION_CUES and cue.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ in SUBJECT and c.i < cue.i for c in cue.children) and not asked_in_quote
    # (a clause before its cue is two statements where it goes on with one of its own: "A …, but B …, officials said")
    spans = [part for span in spans for part in (split_statements(ctx, *span) if span[1] <= cue.i else [span])]
    for i, j in [part for span in spans for part in _cut_clause(ctx, *span)]:
        # (a clause a fallback read to the sentence's end stops before its closing attribution too: "regretted that
        # the freeze was decided without any consultation, the agency reported")
        j = _before_attribution(doc, i, j) if i > cue.i else j
        head = heads.get(i)
        if i <= cue.i < j:
            j = cue.i if i < cue.i else j
            i = cue.i + 1 if i == cue.i else i
        if i < j and doc[i].text == "," and doc[i + 1].lower_ in ("whom", "which", "who", "whose"):
            continue  # (the rest after a cut: ", whom she described as …" is a relative clause, no statement)
        if lemma in ADDRESSEE_CUES:
            i = _past_addressee(doc, cue, i, j)
        if i >= j or doc[i].lower_ in _WH and not question or (
                i + 1 < len(doc) and doc[i].lower_ == "that" and doc[i + 1].lower_ in _WH_AFTER_THAT
                # (but "stressed that what happened “does not represent …”": what happened is the clause's subject)
                and not (doc[i + 1].lower_ == "what" and doc[i + 1].head.dep_ in ("nsubj", "csubj", "nsubj:pass"))):
            continue  # "said what the talks would bring" names no statement; "questioned whether …" is one
        if i == cue.i + 1 and doc[i].lower_ == "about" and doc[i].dep_ == "case":
            continue  # (nor what one thought about, the parser having made a clause of it: "thought about the folks …")
        if i > cue.i and j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "where" \
                and doc[j + 1].head.head.i == cue.i and doc[j + 1].head.i > j:
            # (and the place's relative clause the parser hung on the cue: "… at the Ministry of Malians Abroad, where
            # it will deposit a list …")
            j = doc[j + 1].head.right_edge.i + 1
        span = trim(ctx, i, j)
        if span is None:
            continue
        speaker = speaker_of(ctx, cue)
        if lemma in BELIEF_VERBS and speaker is None:
            continue
        if speaker is not None and (speaker[0] <= doc[i].i < speaker[1] or cue.i < i <= speaker[0] and speaker[1] == j):
            continue  # (nor words that end in the speaker: "“…,” said the cook|VERB Liis Tamm|ccomp")
        inside = ctx.segment_at(doc[i].idx)
        if inside is not None and inside.start < doc[i].idx and not inside.open_start <= cue.idx < inside.close_end:
            continue  # a piece of a quote the parser hung on the cue: 'fire "unless attacked first"'
        found.append(Found(span[0], span[1], "indirect", cue_span(ctx, cue), speaker, ctx.paragraph_of(span[0]),
                            sources=["parse"], cue_i=cue.i,
                           # (a clause read backwards from its cue has no head here: "A told B that …, the sources added")
                           head=head if head is not None else _clause_head(doc, i, j) if i > cue.i else None))
    return found


def _clause_head(doc, i: int, j: int) -> int | None:
    """The one word of doc[i:j] that hangs outside it: the clause's head, however the clause was found ("said in a
    statement that Syria condemns …", with the clause parsed as the statement's relative clause)."""
    roots = [t.i for t in doc[i:j] if not t.is_punct and (not i <= t.head.i < j or t.head.i == t.i)]
    return roots[0] if len(roots) == 1 else None


def _parenthetical(ctx: Context, cue) -> Found | None:
    """``The museum, Mr. Obama said, would make visitors face uncomfortable truths.``: an attribution set in
    commas inside the statement reports the whole sentence (its words included: one span holds both sides)."""
    doc = ctx.doc
    if lemma_of(cue) in BELIEF_VERBS:
        return None
    # the words right before the cue, whatever the parser made of them ("The museum, Mr. Obama said")
    k = cue.i - 1
    while k >= 0 and is_adverbial(doc[k]):
        k -= 1
    lo = k
    while lo >= 0 and k - lo < 8 and (doc[lo].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM") or doc[lo].text in (".", "-")
                                      or doc[lo].lower_ in ("of", "to", "for", "at") and lo < k and doc[lo + 1].pos_ != "ADP"):
        lo -= 1  # (with "advisers to Mr. Obama", "the head of the delegation")
    if lo == k or lo < 0 or doc[lo].text != ",":
        return None
    if doc[lo + 1].lower_ in ("which", "who", "whom", "that"):
        return None  # "The word "moratorium", which Tokyo rejects, does not appear …": a relative clause
    speaker = (lo + 1, k + 1)
    # the sentence by the parser, within the sentence by punctuation (either may be wrong, rarely both)
    c_lo, c_hi = ctx.sentence_bounds(cue.idx, cue.idx + 1)
    # (its first word after the stop: the closing mark of a quote that ended the sentence before is no part of it,
    # 'was “more than tactical.” Regional capitals have learned …, she said, …')
    start = max(sentence_start(cue), ctx.tokens_between(c_lo, c_hi).start)
    while start < lo and doc[start].is_space:
        start += 1
    if lo - start < 2 or doc[lo].text != ",":
        return None
    k = cue.i + 1  # "said on Monday," / "said in an interview,"
    while k < len(doc) and k - cue.i <= 5 and doc[k].text != "," and not is_verb(doc[k]) and not doc[k].is_quote:
        if doc[k].lower_ == "that":
            return None  # "Quoting a source, the agency said that A, B and C …": the clause follows the cue
        k += 1
    end = min(cue.sent.end, ctx.token_at(c_hi - 1) + 1)
    if k >= end or doc[k].text != "," or end - k < 4 or ctx.segment_at(doc[start].idx) is not None:
        return None
    after = doc[k + 1]
    if doc[start].tag_ in ("VBN", "VBG") and doc[start].lower_ not in _TENSE_AUX or after.is_quote:
        # "Asked to describe the device, O'Neill said, “…”": the question before, his own words after in quote marks
        return None
    if after.tag_ == "VBG" or _participle_cue(after) or after.lower_ in ("as", "before", "after", "because", "although", "though", "when") \
            or after.lower_ in ("and", "but", "while") and not _goes_on_about_another(doc, k + 2, end):
        return None  # "…, the minister said, adding that …": a statement of its own follows, not the rest of this one
    if any(doc[m].lower_ in WHEN_NOUNS and doc[m + 1].lower_ in ("after", "before", "since") for m in range(k + 1, min(k + 4, end - 1))):
        return None  # (nor when it was said: "…, X told Reuters on Tuesday, ten days after 11 miners died")
    if any(doc[m].text == "," and doc[m + 1].lower_ == "that" for m in range(k + 1, min(k + 14, end - 1))):
        return None  # "Erdem said, in remarks carried by the agency Y, that …": an aside, then the clause
    if doc[lo - 1].lower_ in ("that", "which", "who"):
        start = k + 1  # "…, something that, he pointed out, “inflates the figures …”": what the relative clause says
    span = trim(ctx, start, end)
    if span is None:
        return None
    ctx.full_speaker.setdefault(speaker, speaker)  # (only now: a rejected candidate must not fill the cache)
    return Found(span[0], span[1], "indirect", cue_span(ctx, cue), speaker, ctx.paragraph_of(span[0]),
                  sources=["parse", "aside"], cue_i=cue.i)


# the auxiliaries a reported clause goes on with after an aside, where the speaker's own next act is a plain past
_TENSE_AUX = frozenset("had would could will was were has have is are".split())


def _goes_on_about_another(doc, i: int, end: int) -> bool:
    """``…, she said, and her condition was stable``: after the aside's "and", a clause whose subject is someone or
    something else than the speaker still belongs to what was said; "and he added that …", "and called on …" and a
    new report ("and the ministry confirmed …") do not."""
    subject = next((t for t in doc[i:end] if t.dep_ in SUBJECT and t.head.i >= i and t.head.i < end), None)
    if subject is None and i < end and doc[i].lower_ in _TENSE_AUX and doc[i].head.dep_ == "conj":
        return True  # (the reported clause goes on in its own tense: "Her son had phoned, she said, and had asked …")
    if subject is None or subject.i > i + 6 or subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they", "we", "i"):
        return False
    return not is_cue(subject.head) and not any(c.dep_ in CLAUSE for c in subject.head.children)


def _medium_aside(ctx: Context, cue) -> bool:
    """``X said on Thursday, as reported by Syrian state television, that …``: a passive "as" aside with an agent,
    beside another reporting verb of the sentence, names the medium of that verb's statement, no statement of its own."""
    if not (any(m.dep_ == "mark" and m.lower_ == "as" for m in cue.children) and any(
            c.dep_ in ("obl:agent", "agent") for c in cue.children)):
        return False
    doc = ctx.doc
    # (the verb it hangs on, before it: not "As reported by the press service, the delegations confirmed …")
    return any(is_cue(t) and t.i < cue.i and (t.is_ancestor(cue) or not cue.is_ancestor(t) and any(
        c.dep_ in CLAUSE for c in t.children)) for t in doc[sentence_start(cue) : ctx.sentence_end(cue)])


def _as_noted(ctx: Context, cue) -> Found | None:
    """``As the minister noted, the talks …`` and ``The talks failed, as the minister noted.``: the main clause is
    what was said."""
    doc = ctx.doc
    first, last = ctx.token_at(ctx.sentence_bounds(cue.idx, cue.idx + 1)[0]), ctx.sentence_end(cue)
    if doc[first].lower_ == "as" and 1 < cue.i - first <= 8 and cue.i + 1 < last and doc[cue.i + 1].text == "," \
            and lemma_of(cue) in ("report", "inform", "write") and all(
                t.pos_ in ("DET", "NOUN", "PROPN", "ADP", "ADJ") for t in doc[first + 1 : cue.i]):
        # "As the correspondent of the agency reports, the participants … adopted …", however the parser read it
        return None if _reports_speech(doc, cue.i + 2, last) else _as_aside(ctx, cue, cue.i + 2, last, (first + 1, cue.i))
    after = cue.i + 1 + (cue.i + 1 < last and doc[cue.i + 1].dep_ == "compound:prt")
    as_at = next((k for k in range(cue.i - 2, max(first, cue.i - 9), -1) if doc[k].lower_ == "as" and doc[k - 1].text == ","), None)
    if as_at is not None and cue.tag_ in ("VBD", "VBZ") and after < last and doc[after].text == "," \
            and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADP", "ADJ", "NUM", "PART") for t in doc[as_at + 1 : cue.i]) \
            and any(is_verb(t) for t in doc[after + 1 : last]) and not any(c.dep_ in CLAUSE for c in cue.children):
        # set in commas inside the statement, whatever the parser hung the aside on: "Hawaii, as one of Mr. X's
        # advisers pointed|acl out, normally does not get …" (the whole sentence, as below)
        return _as_aside(ctx, cue, first, last, (as_at + 1, cue.i))
    # (the "as" maybe hung on the subject: "As many tax experts, including Mr. X, have pointed out, …")
    as_mark = any(m.dep_ == "mark" and m.lower_ == "as" and m.i < cue.i for m in cue.children) or (
        doc[first].lower_ == "as" and doc[first].dep_ == "case" and doc[first].head.dep_ in SUBJECT
        and doc[first].head.head.i == cue.i)
    if not as_mark or speaker_of(ctx, cue) is None \
            or any(c.dep_ in CLAUSE and not is_acronym_verb(c) for c in cue.children) or lemma_of(cue) in BELIEF_VERBS:
        return None
    mark = next((m.i for m in cue.children if m.dep_ == "mark" and m.lower_ == "as" and m.i < cue.i), None)
    if mark is not None and mark > first and doc[mark - 1].text in (".", "!", "?"):
        first = mark  # (a sentence of its own that the sentence bounds ran on into: "… in the Red Sea. As reported …, …")
    if cue.left_edge.i <= first + 1:  # fronted: the rest of the sentence after the aside (its comma)
        comma = next((k for k in range(cue.i + 1, last) if doc[k].text == ","), None)
        i, j = min(cue.right_edge.i, comma if comma is not None else cue.right_edge.i) + 1, last
        if lemma_of(cue) in ("write", "report") and _reports_speech(doc, i, j):
            return None
    elif cue.right_edge.i + 2 >= last and not any(c.dep_ in ("obl", "prep") and any(
            g.dep_ == "case" and g.lower_ in ("for", "on", "against", "about", "of") for g in c.children) for c in cue.children):
        # closing: the sentence before it (not what one called for as one did it: "X was emotional as she called for
        # the ratification of …")
        i, j = first, cue.left_edge.i
    elif (mark := next(m.i for m in cue.children if m.dep_ == "mark" and m.lower_ == "as")) - first >= 2 and doc[mark - 1].text == "," \
            and (after := cue.right_edge.i + (doc[cue.right_edge.i].text != ",")) < last and doc[after].text == "," \
            and any(is_verb(t) for t in doc[after + 1 : last]) \
            and not any(c.dep_ in ("obl:agent", "agent") for c in cue.children):  # (not "X, as reported by Y TV, said …")
        # set in commas inside the statement: "The trade turnover …, as he emphasized, can be doubled …", the whole
        # sentence (one span holds both sides, as for "The museum, Mr. Obama said, would …")
        i, j = first, last
    else:
        return None
    span = trim(ctx, i, j)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 4:
        return None
    return Found(span[0], span[1], "indirect", cue_span(ctx, cue), speaker_of(ctx, cue), ctx.paragraph_of(span[0]),
                 sources=["parse", "as"], cue_i=cue.i)


def _reports_speech(doc, i: int, j: int) -> bool:
    """Whether doc[i:j] reports someone's words with a verb and a clause of its own: after "As the Pwani Mirror wrote,"
    the outlet only relays what "the spokesman … said that …", its medium, not its speaker."""
    return any(is_cue(t) and (t.dep_ == "ROOT" or any(c.dep_ in SUBJECT and c.i >= i for c in t.children))
               and any(c.dep_ in CLAUSE for c in t.children) for t in doc[i:j])


def _as_aside(ctx: Context, cue, i: int, j: int, speaker: tuple[int, int]) -> Found | None:
    """The statement doc[i:j] of an "as" aside read off the text, its speaker the words between "as" and the cue."""
    span = trim(ctx, i, j)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 4:
        return None
    ctx.full_speaker.setdefault(speaker, speaker)
    return Found(span[0], span[1], "indirect", cue_span(ctx, cue), speaker, ctx.paragraph_of(span[0]), sources=["as"], cue_i=cue.i)


def _participle_cue(tok) -> bool:
    """``warning``, ``adding``, ``noting``: a reporting verb's -ing form, whatever tag the tagger gave it."""
    stem = tok.lower_[:-3] if tok.lower_.endswith("ing") else ""
    return bool(stem) and (stem in CUE_LEMMAS or stem + "e" in CUE_LEMMAS)


def _in_relative(tok, start: int) -> bool:
    """Whether ``tok`` lies in a relative clause that opens after token ``start`` ("…, where the company is registered,")."""
    return any(a.dep_ in ("acl:relcl", "relcl") and a.left_edge.i > start for a in [tok, *tok.ancestors])


def _called_for(cue) -> list[tuple[int, int]]:
    """The object of "for" after the cue, in UD (obl + case) or ClearNLP (prep + pobj) labels (not after an object
    of the verb's own: "called out Senator Jones for her ways" is what she was blamed for)."""
    doc = cue.doc
    for child in cue.children:
        if child.i < cue.i:
            continue
        if any(t.head.i == cue.i and t.pos_ in ("PROPN", "NOUN", "PRON") and t.lower_ not in TIME_WORDS
               and not any(c.dep_ == "case" for c in t.children) for t in doc[cue.i + 1 : child.left_edge.i]):
            continue  # (but "called on Friday for …", "called on his return to Najaf for …" are demands)
        if child.dep_ == "prep" and child.lower_ == "for":
            return [(g.left_edge.i, g.right_edge.i + 1) for g in child.children if g.dep_ == "pobj"][:1]
        if child.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "for" for g in child.children):
            if child.lower_ in WHEN_NOUNS or child.lower_ in ("second", "seconds", "years"):
                return []  # ("allowed to call for five minutes": how long, not what was demanded)
            return [(child.left_edge.i + 1, child.right_edge.i + 1)]
        if child.dep_ in ("advcl", "obl") and child.tag_ == "VBG" and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children):
            return [(child.left_edge.i + 1, child.right_edge.i + 1)]  # "called for reducing the tax rate"
    return []


def _join_listed(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``notes that A: B, C and D`` parsed as four clauses of one cue is one statement: clauses that follow
    each other with only punctuation or "and" between them, and no "that" of their own, are joined; so are
    clauses with nothing at all between them."""
    out: list[tuple[int, int]] = []
    for i, j in sorted(spans):
        listed = out and 0 <= i - out[-1][1] <= 2 and doc[i].lower_ != "that" and all(
            t.is_punct or t.lower_ in ("and", "but") for t in doc[out[-1][1] : i]) and ":" in doc[out[-1][0] : j].text
        # or one clause the parser read as two, with nothing between them ("that the centre's main achievement |
        # so far is psychological", "was running out of money | just as thousands … began returning")
        split = out and i == out[-1][1] and doc[i].lower_ not in ("that", "and", "but") and not doc[i].is_punct
        # or an appositive the parser made a clause ("with Moscow and Ankara, | its partners as guarantors"): no verb
        apposed = out and 0 <= i - out[-1][1] <= 1 and doc[out[-1][1]].text == "," and not any(
            is_verb(t) or t.lower_ == "that" for t in doc[i:j])
        if listed or split or apposed:
            out[-1] = (out[-1][0], max(j, out[-1][1]))
        else:
            out.append((i, j))
    return out


def _stolen_subject(cue, clause, i: int) -> int:
    """``said the tax breaks used by Trump “do nothing …”``: a clause without a subject of its own, after an
    object the parser gave to a verb that takes none, starts at that object (the clause's real subject)."""
    if lemma_of(cue) not in _NO_OBJECT_VERBS or _that_mark(clause) is not None or any(
            c.dep_ in SUBJECT for c in clause.children):
        return i
    obj = next((c for c in cue.children if c.dep_ in _OBJECT and cue.i < c.i < i and c.lower_ not in _SAID_OBJECTS), None)
    # (an adjective too, heading words of its own: "said his running mate presidential|ADJ nominee X's tweet … was")
    return obj.left_edge.i if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or obj.pos_ == "ADJ" and obj.n_lefts
                                                   and lemma_of(cue) not in ADDRESSEE_CUES) else i


def _subject_after_writing(cue, clause, i: int) -> int:
    """``said in a statement that arrivals|VBZ of … had risen``: a clause left without its subject, which the parser hung
    as a relative clause on the writing it was said in, starts after that writing's "that"."""
    doc = cue.doc
    if any(c.dep_ in SUBJECT for c in clause.children) or not cue.i < i <= clause.i:
        return i
    that = next((t for t in doc[cue.i + 1 : i] if t.lower_ == "that" and t.i > 0 and doc[t.i - 1].lower_ in WRITINGS), None)
    if that is None or any(t.is_punct for t in doc[that.i + 1 : i]):
        return i
    return that.i + 1


def _object_acts(cue) -> bool:
    """Whether the cue's object has a verb of its own right after it, with an object or an infinitive of its own
    (``noted his attorney offered to have …``; not a reduced relative: ``noted the rule adopted last year``)."""
    obj = next((c for c in cue.children if c.dep_ in _OBJECT and c.i > cue.i), None)
    return obj is not None and any(c.dep_ == "acl" and c.i == obj.i + 1 and (c.tag_ == "VBD" or c.tag_ == "VBN" and any(
        g.dep_ in ("xcomp", "obj", "dobj", "ccomp") and g.i > c.i for g in c.children)) for c in obj.children)


def _object_clause(ctx: Context, cue, before: int | None = None) -> list[tuple[int, int]]:
    """``Many Democrats say Mrs. Clinton's advantage obscures concerns …`` parsed as an object of "say" (the
    tagger made an adjective of the verb): "say" reports the words from there on. With a clause found at
    ``before`` (``said the communique contained “…”, but that …``), only when the object has a verb of its own,
    up to that clause."""
    doc = ctx.doc
    obj = next((c for c in cue.children if c.dep_ in _OBJECT and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in _SAID_OBJECTS or subject_of(cue) is None:
        return []
    if cue.i > 0 and inverted(cue) and doc[cue.i - 1].text == ",":
        return []  # "…, said the Special Envoy X": the object the parser found is who spoke
    if obj.lemma_.lower() in _SPANS_OF_TIME and obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ in _TIME_AFTER:
        return []  # (nor a time: "“…,” she said several months after her release")
    start = obj.left_edge.i
    if any(t.is_punct or t.is_quote for t in doc[cue.i + 1 : start]):
        return []
    end = ctx.sentence_end(cue)
    if before is not None:
        if before <= start or not any(c.dep_ == "acl" and c.i == obj.i + 1 and c.tag_ in ("VBD", "VBN") for c in obj.children):
            return []
        end = before
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("that", "but", "and")):
            end -= 1
    return [(start, end)] if end - start >= 5 else []


# words that open a circumstance's clause, never what was said or what something was called
_SUBORDINATORS = frozenset("while when whereas because although though after before since until once".split())
_CIRCUMSTANCE_OPENERS = _SUBORDINATORS | {"as"}  # ("told reporters as he left the terminal")


# a time the parser took for what was said: "she said several months after her release", "said two days later"
_SPANS_OF_TIME = frozenset("second minute hour day week month year decade moment time".split())
_TIME_AFTER = frozenset("after before later earlier ago since into".split())


# participles of how a speaker spoke, never what: "said, turning to the government benches"
_MANNER = frozenset("""turning looking gesturing waving smiling laughing standing sitting holding raising shaking nodding
    glancing walking leaving banging reading""".split())


def _clause_on_the_speaker(cue) -> list:
    """``The diplomatic source specified to VTA, that the booking … has begun`` parsed as "source" with two relative
    clauses: a that-clause after the cue, hung on the noun the cue hangs on, is the cue's."""
    if cue.dep_ != "acl" or cue.head.pos_ not in ("NOUN", "PROPN") or cue.head.i > cue.i:
        return []
    return [g for g in cue.head.children if g.dep_ in ("acl:relcl", "relcl") and g.i > cue.i
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < g.i for m in g.children)
            and not any(s.dep_ in SUBJECT and s.lower_ == "that" for s in g.children)]


def _clause_on_the_addressee(cue) -> list:
    """``told his counterparts that Türkiye had submitted …``, parsed as a relative clause of "counterparts"."""
    if lemma_of(cue) not in ADDRESSEE_CUES:
        return []
    # (with a subject of its own: in "the counterparts that he met", "that" is no mark)
    found = [g for g in clauses_hung_on(cue, lambda c: c.dep_ in _OBJECT, ("acl:relcl", "relcl"))
             if any(s.dep_ in SUBJECT and s.lower_ != "that" for s in g.children)]
    # (or with no "that" at all, where "there" opens it: "told Azerbaijan's AZX agency there were no lights at all"; or
    # a pronoun after a name, who meets no one in a relative clause: "told the Herald she had spoken to …")
    # (or after an outlet by its kind and name: "told the agency Prensa Sul| she learned of it …")
    doc = cue.doc
    return found + [g for c in cue.children if c.dep_ in _OBJECT and c.i > cue.i for g in c.children
                    if g.dep_ in ("acl:relcl", "relcl") and (g.left_edge.i == c.i + 1 or c.lower_ in MEDIA_NOUNS and all(
                        t.pos_ == "PROPN" and t.is_title for t in doc[c.i + 1 : g.left_edge.i])) and (
                        g.left_edge.lower_ == "there" or (c.pos_ == "PROPN" or c.lower_ in MEDIA_NOUNS)
                        and g.left_edge.lower_ in ("he", "she", "they", "we"))
                    and g not in found]


# the circumstances of a saying that a misparsed that-clause can hang on: "said while addressing a gathering … that",
# "said in a statement issued here that", "said on the air of the telethon X that" (not "in a sign that …", "after
# learning that …": those clauses are no one's words)
_SAYING_PARTICIPLES = frozenset("address speak talk issue release publish post distribute email e-mail send circulate relay forward".split())
_SAYING_OCCASIONS = frozenset("air telethon broadcast programme program sidelines".split())


def _clause_on_a_circumstance(cue) -> list:
    """``said while addressing a gathering … here that …``, ``said in a statement issued here that …``, ``said on the
    air of the telethon X that …``: a that-clause (its "that" a complementizer, with a subject of its own) the parser
    hung on the circumstances of the saying is the cue's."""
    hosts = []
    for c in cue.children:
        if c.i < cue.i:
            continue
        if c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN") and lemma_of(c) in _SAYING_PARTICIPLES:
            hosts.append(c)
        elif c.dep_ in ("obl", "nmod") and c.lower_ in WRITINGS:
            hosts += [c] + [a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.i > c.i
                            and lemma_of(a) in _SAYING_PARTICIPLES]
        elif c.dep_ in ("obl", "nmod") and c.lower_ in _SAYING_OCCASIONS:
            hosts.append(c)
    # (or on who passed it on: "said in a message relayed by the ship's operator, X, that his crew had …")
    hosts += [a for h in hosts if h.tag_ == "VBN" for a in h.children if a.dep_ in ("obl:agent", "agent", "obl") and a.i > h.i
              and any(g.dep_ == "case" and g.lower_ == "by" for g in a.children)]
    return [g for h in hosts for g in h.children if g.i > h.i and g.dep_ in CLAUSE | {"acl", "acl:relcl", "relcl"}
            and (m := _that_mark(g)) is not None and m.tag_ in ("IN", "WDT")  # (its own subject makes it no relative)
            and any(s.dep_ in SUBJECT and s.lower_ != "that" for s in g.children)]


def _clause_on_the_outlet(cue) -> list:
    """``has indicated to ANDI that the seven wounded …``, with the outlet's acronym tagged a verb and the clause hung
    on it."""
    def outlet(c) -> bool:
        return c.dep_ in ("obl", "nmod") and (c.pos_ == "PROPN" or is_acronym_verb(c)) and any(
            g.dep_ == "case" and g.lower_ == "to" for g in c.children)

    deps = ("ccomp", "acl", "acl:relcl", "relcl")
    # (or on the last word of its name: "indicated to Le Rônier|VB|flat that …")
    return clauses_hung_on(cue, outlet, deps) + [
        g for c in cue.children if c.i > cue.i and outlet(c) for f in c.children if f.dep_ == "flat" and f.i > c.i
        for g in f.children if g.dep_ in deps and g.left_edge.i == f.i + 1 and g.left_edge.lower_ == "that"]


def _labelled_after_outlet(doc, cue) -> tuple[int, int] | None:
    """``described to Zembra FM the manoeuvre of Thursday as «a surgery at 36,000 kilometres»``: the object after
    whom it was said to, to the end of the quoted label its "as" gives, whatever the parser hung it on."""
    k = cue.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "to" or not doc[k + 1].is_title:
        return None
    k += 1
    while k < len(doc) and (doc[k].is_title or doc[k].is_upper) and doc[k].pos_ == "PROPN":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ("the", "his", "her", "its", "their", "this"):
        return None
    start = k
    for m in range(start + 1, min(start + 14, len(doc) - 1)):
        if doc[m].lower_ == "as" and doc[m + 1].is_quote:
            close = next((n for n in range(m + 2, min(m + 40, len(doc))) if doc[n].is_quote), None)
            return (start, close + 1) if close is not None else None
        if doc[m].is_punct:
            return None
    return None


def _clause_on_a_date(cue) -> list:
    """``told a newspaper last week that the centre was …``, parsed as a relative clause of "week" (or ``said earlier
    that …`` as a clause of "earlier")."""
    return clauses_hung_on(cue, lambda c: c.lower_ in WHEN_NOUNS or c.lower_ in TIME_WORDS, ("acl:relcl", "relcl", "acl", "ccomp"))


def _to_quote_end(ctx: Context, i: int, j: int) -> int:
    """A clause that opens a quote runs at least to its close: ``seen ``fewer incidents, faster answers''``, where
    the parser hung the words after the comma elsewhere; and into a quote that goes on with its sentence."""
    doc = ctx.doc
    if j <= i or j >= len(doc):
        return j
    k = j + 1 if doc[j].text == "," and j + 1 < len(doc) else j  # (or after a comma: "…in Aleppo, «if the partners …»")
    nxt = ctx.segment_at(doc[k].idx)
    if nxt is not None and nxt.open_start == doc[k].idx and ctx.text[nxt.start : nxt.start + 3].lstrip()[:1].islower():
        # not to open fire "unless attacked first": the words go on in it, and after it to the sentence's end
        # when nothing there reports anything ("«if the partners will not be in a condition» to do it before summer")
        end = ctx.token_at(nxt.close_end - 1) + 1
        stop = next((t.i for t in doc[end : end + 14] if t.is_space or t.text in (".", "!", "?")), None)
        if stop is not None and stop > end and not any(is_cue(t) or t.text in (",", ";", ":") or t.is_quote for t in doc[end:stop]):
            end = stop
        return end
    seg = ctx.segment_at(doc[j - 1].idx)
    if seg is None or not doc[i].idx <= seg.open_start or seg.close_end <= doc[j - 1].idx + len(doc[j - 1]):
        return j
    return max(j, ctx.token_at(seg.close_end - 1) + 1)


def _across_false_split(ctx: Context, j: int) -> int:
    """``must take into account | Ankara’s “legitimate security concerns” along its border, and said …``: where the
    parser began a sentence with no stop before it, the clause runs on through that piece, up to a second report
    the parser joined to it."""
    doc = ctx.doc
    if j >= len(doc) or j == 0 or not doc[j].is_sent_start or doc[j - 1].is_space or doc[j - 1].is_quote \
            or doc[j - 1].text in (".", "!", "?", ":", ";") or not doc[j].text[:1].isalpha():
        return j
    root = doc[j].sent.root
    end = root.right_edge.i + 1
    for c in root.children:
        if c.dep_ == "conj" and is_cue(c):
            end = min(end, c.left_edge.i)
    return max(j, end)


def _stray_tail(cue, clause, j: int) -> int:
    """``said it hoped to send a second, larger convoy early next week`` where the parser hung ``convoy`` (a noun,
    as parataxis) and what follows on the cue: the clause runs on to the end of those pieces. So does a
    ``that`` clause right after it (``has proven in its first days that …``) that the parser hung higher up."""
    if clause.i < cue.i:
        return j
    doc = cue.doc
    while j < len(doc) and doc[j].lower_ == "that" and doc[j].dep_ == "mark" and not doc[j - 1].is_punct and doc[j].head.i > j:
        j = doc[j].head.right_edge.i + 1
    tail = sorted((c for c in cue.children if c.i >= j), key=lambda c: c.i)
    # (a "when" clause in the present right after it, hung on a past cue, goes with what was said, not with the saying:
    # "questioned that some foreign media had spoken of a ``Bolivian scandal'' when the fund's offices are in Geneva")
    # (whatever the parser hung it as: "… when the management … are in Geneva|obl"; with no comma before it, past the
    # closing quote mark the parser may hang on it: not "…, while two other rowers have not commented")
    when = next((c for c in tail if c.dep_ in ("advcl", "obl", "parataxis") and (w := first_word(c)).lower_ == "when"
                 and w.i in (j, j + 1) and doc[w.i - 1].text != ","), None)
    if when is not None and cue.tag_ == "VBD" and any(t.tag_ in ("VBP", "VBZ") for t in when.subtree):
        return when.right_edge.i + 1
    # "said the council had not been consulted | and would “study the text …”": a verb with a modal and no
    # subject of its own, hung on the cue, goes on with the reported clause
    for c in tail:
        if c.dep_ == "conj" and not is_cue(c) and not any(g.dep_ in SUBJECT for g in c.children) and any(
                g.dep_ == "aux" and g.tag_ == "MD" and g.i < c.i for g in c.children) and c.left_edge.i <= j + 1:
            j = c.right_edge.i + 1
    tail = [c for c in tail if c.i >= j]
    # the noun completes a phrase the clause left open ("a second, | larger convoy"), unlike a comment on the
    # statement ("…, a claim that Kassab described as …")
    def completes(c) -> bool:
        k = c.left_edge.i if doc[c.left_edge.i].text == "," else c.left_edge.i - 1  # the comma before it
        return k >= 1 and doc[k].text == "," and (doc[k - 1].pos_ in ("ADJ", "DET", "NUM") or doc[k - 1].tag_ in ("JJ", "DT", "CD"))

    # a second object after the clause is the parser's mistake ("says the candidate will announce plans | Friday for
    # a new program"); so is "…, only to …" hung on the cue
    broken = any(c.dep_ in _OBJECT and c.i == j for c in tail) or any(
        c.dep_ in ("parataxis", "advcl") and c.left_edge.lower_ in ("only", ",") and any(
            m.lower_ == "only" for m in c.children if m.i < c.i) for c in tail) or any(
        # ('were "identical" | regarding the need to …': what the clause is about, hung on the cue)
        c.dep_ in ("obl", "nmod", "prep") and c.left_edge.lower_ in ("regarding", "concerning")
        and (c.left_edge.i == j or c.left_edge.i == j + 1 and doc[j].is_quote) for c in tail)
    if not broken and not any(c.dep_ == "parataxis" and c.pos_ in ("NOUN", "ADJ", "PROPN") and completes(c) for c in tail):
        return j
    if broken:
        return max([j] + [c.right_edge.i + 1 for c in tail if not (is_cue(c) or c.tag_ == "VBG" or c.is_punct)])
    end = j
    for c in tail:
        if c.dep_ in ("parataxis", "obl", "obl:unmarked", "obl:npmod", "obl:tmod", "advmod", "nmod") and not is_verb(c):
            end = max(end, c.right_edge.i + 1)
        elif not c.is_punct:
            break  # "… and added", "…, adding that": the cue's own next act
    return end


# words after a comma that go on with what was said, whatever the parser hung them on
_SPELLING_OUT = frozenset("including notably especially particularly namely".split())


def _rest_of_sentence(ctx: Context, cue, clause, j: int) -> int:
    """``says it would depress revenue in the early years | as investors delayed sales, but would …``: where the
    parser hung the rest of the reported sentence outside the clause, the clause runs on to the sentence's end,
    unless something there reports, cites, quotes or sets the scene on its own."""
    doc = ctx.doc
    if clause.i < cue.i or j >= len(doc):
        return j
    end = ctx.sentence_end(cue)
    # (a verb inside a quoted fragment is the speaker's word, no report of its own: "the auxiliary motor, which “did not
    # respond” when …")
    stop = next((t.i for t in doc[j:end] if _reports_outside_quotes(ctx, t) or t.is_quote and not _fragment_mark(ctx, t, end)
                 or t.is_space or t.lower_ == "according"), None)
    if stop is not None:
        # up to the comma before it ("…, the agency added", "…, and called on …"), if there is one, or its "and"
        end = stop - 1 if stop - 1 > j and doc[stop - 1].lower_ in ("and", "but") else \
            next((k for k in range(stop - 1, j, -1) if doc[k].text in (",", ";", "(") or doc[k].text in DASHES), j)
    while end > j and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("and", "but")):
        end -= 1
    if end <= j:
        return j
    k = j
    while k < end and doc[k].is_quote and (seg := ctx.segment_at(doc[k].idx)) is not None and seg.open_start < doc[j].idx:
        k += 1  # (the closing mark of a fragment the clause ends in)
    first = doc[k]
    if first.is_punct and first.text != "," and not (first.text == ":" and not any(t.is_quote for t in doc[k + 1 : end])):
        # a dash, a bracket, a colon before a quote: an aside or a second statement (not a colon that spells the
        # clause out: "… three things are happening at once: Home values are rising …")
        return j
    if first.text == "," and (k + 1 >= end or doc[k + 1].tag_ in ("VBG", "VBN", "WDT", "WP", "WRB", "IN", "TO")
                              or doc[k + 1].lower_ in ("as", "while", "when", "who", "which")) \
            and not (k + 1 < end and doc[k + 1].lower_ in _SPELLING_OUT):
        # ", speaking to reporters", ", in a statement", ", who …": the scene, not the statement (but "…,
        # including a contamination of the fuel" spells out what was said)
        return j
    relative = next((t.i for t in doc[k + 2 : min(end, k + 6)] if t.tag_ == "WDT" or t.lower_ == "that"), None)
    if first.text == "," and doc[k + 1].pos_ == "DET" and relative is not None and not any(t.pos_ == "ADP" for t in doc[k + 2 : relative]):
        # ", a decision which …", ", a move that …": a comment on the statement (not a list's next item: "…
        # called for tax fairness, the closure of loopholes that benefit only the wealthy and …")
        return j
    return end


def _fragment_mark(ctx: Context, tok, end: int) -> bool:
    """A mark of a quoted fragment that opens and closes inside the sentence (before token ``end``) and starts in
    lower case: ``would be «a bet with the life of the hostages»`` goes on with the clause."""
    seg = ctx.segment_at(tok.idx)
    doc = ctx.doc
    return seg is not None and seg.close_end <= doc[end - 1].idx + len(doc[end - 1]) and ctx.text[seg.start : seg.start + 1].islower() \
        and seg.open_start >= doc[tok.i].sent.start_char


def _reports(tok) -> bool:
    """A cue that reports something of its own (``, the minister said``, ``and added that``), unlike a verb that
    merely can report (``would eventually add $84 billion``, ``and thought of the days``)."""
    if not is_cue(tok) or _how_of_a_report(tok):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # ("…, and called on workers to …": the speaker's next act, as in _cut_clause; "…, told Lakay Info": an attribution)
    return nxt is None or nxt.is_punct or nxt.lower_ == "that" or tok.nbor(-1).lower_ in ("and", "but", ",") or any(
        c.dep_ in SUBJECT or c.dep_ in CLAUSE or c.dep_ == "xcomp" for c in tok.children)


def _reports_outside_quotes(ctx: Context, tok) -> bool:
    """A cue that reports something of its own (``_reports``) outside any quote: a verb inside a quoted fragment is the
    speaker's word."""
    return _reports(tok) and ctx.segment_at(tok.idx) is None


def _having_done(c) -> bool:
    """"recounted to Ruvubu Presse having given the syrup …": a perfect gerund right after the cue's words is what was
    recounted, however the parser hung it (not one after a comma: "…, having met the envoy twice", a circumstance)."""
    doc, lo = c.doc, c.left_edge.i
    return c.dep_ == "advcl" and c.tag_ == "VBN" and doc[lo].lower_ == "having" and lo > 0 and not doc[lo - 1].is_punct


def _that_mark(clause):
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i), None)


def _second_that_clause(ctx: Context, cue, j: int) -> list[tuple[int, int]]:
    """``warned that A, and that B`` where the parser hung the second clause on the verb: B up to the sentence's end."""
    doc = ctx.doc
    k = j
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ not in ("and", "but") or doc[k + 1].lower_ != "that":
        return []
    end = ctx.sentence_end(doc[k])
    end = _before_attribution(doc, k + 2, end)
    return [(k + 2, end)] if end - (k + 2) >= 3 else []


def _before_attribution(doc, i: int, j: int) -> int:
    """The end of doc[i:j] before a closing attribution (``…, the sources added.``), if it has one (``trim`` cuts a
    closing ``…, according to X``)."""
    # ("…, informs the Bolivian newspaper La Voz del Illimani.": an outlet passing it on, the parser hung inside)
    for c in range(max(i + 1, j - 10), j - 1):
        if doc[c].text == "," and lemma_of(doc[c + 1]) in ("inform", "report", "write") and doc[c + 1].tag_ in ("VBZ", "VBD") \
                and any(t.lower_ in MEDIA_NOUNS for t in doc[c + 2 : j]) and not any(is_verb(t) for t in doc[c + 2 : j]):
            return c
    k = j - 1
    while k > i and doc[k].is_punct:
        k -= 1
    after = j
    while after < len(doc) and after - j < 3 and doc[after].pos_ == "PROPN":
        after += 1
    if k > i and not is_cue(doc[k]) and after < len(doc) and doc[after].tag_ in ("VBD", "VBZ") and is_cue(doc[after]):
        k = after  # (the outlet's name and verb just after it: "…, the Mauritanian agency| AMX reported")
    if k <= i or not is_cue(doc[k]):
        return j
    m = k - 1
    while m > i and k - m <= 6 and doc[m].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        m -= 1
    return m if m < k - 1 and doc[m].text == "," else j


def _clause_after(ctx: Context, cue) -> list[tuple[int, int]]:
    """``Kevin Sullivan says he instructed staff …`` when the parser lost the clause: a subject and a finite
    verb right after the cue, up to the sentence's end."""
    doc = ctx.doc
    # the sentence by its punctuation: the parser may have cut it ("… instructed staff | Monday to check …")
    end = ctx.sentence_end(cue)
    k = cue.i + 1
    # (past whom it was told, the clause taken for its relative clause: "told the Tribune | she had not slept")
    heard = next((c for c in cue.children if c.dep_ in _OBJECT and c.left_edge.i == k and c.i + 1 < end), None) \
        if lemma_of(cue) in ADDRESSEE_CUES else None
    if heard is not None and any(g.dep_ in ("acl:relcl", "relcl") and g.left_edge.i == heard.i + 1 for g in heard.children):
        k = heard.i + 1
    while k < end and (doc[k].lower_ in TIME_WORDS or doc[k].lower_ in ("that", "on")):
        k += 1
    if k >= end or doc[k].pos_ not in ("PRON", "PROPN", "NOUN", "DET", "NUM", "ADJ") or doc[k].lower_ in _WH:
        return []
    # (or a past the tagger made a participle between two nouns: "said Mr X's sample contained|VBN veltramine …")
    # (a long subject too: "many of whom say the president's claims about potential retaliation from other foreign
    # governments are unfounded", with a term in quote marks: "by saying his refusal to use the words “…” was …")
    # (not a relative clause's: "criticised its exclusion from the talks that opened in Geneva", "recalled the doses it
    # had|aux supplied|relcl to the province", an active one with a subject of its own)
    finite = next((j for j in range(k + 1, min(end, k + 12)) if doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD")
                   and doc[j - 1].lower_ not in ("that", "which", "who") and doc[j].dep_ not in ("acl:relcl", "relcl")
                   and not (doc[j].dep_ in ("aux", "aux:pass", "auxpass") and doc[j].head.dep_ in ("acl:relcl", "relcl")
                            and doc[j].head.head.i >= k and any(c.dep_ == "nsubj" and doc[j].head.head.i < c.i < j for c in doc[j].head.children)) or (
        doc[j].tag_ == "VBN" and doc[j].dep_ == "amod" and doc[j - 1].pos_ in ("NOUN", "PROPN") and j + 1 < end
        and doc[j + 1].pos_ in ("NOUN", "DET"))), None)
    # (nor a circumstance's clause: "told reporters as he left the terminal"; what was said follows it after a "that":
    # "told reporters as he left the venue that Tehran had come …")
    circumstance = next((j for j in range(k, finite) if doc[j].lower_ in _CIRCUMSTANCE_OPENERS and doc[j].pos_ == "SCONJ"), None) \
        if finite is not None and lemma_of(cue) in ADDRESSEE_CUES else None
    if circumstance is not None:
        that = next((j for j in range(circumstance + 2, end) if doc[j].lower_ == "that" and doc[j].dep_ == "mark"), None)
        return [(that + 1, end)] if that is not None and end - that > 4 else []
    if finite is not None and doc[finite].dep_ in ("acl", "advcl") and any(doc[j].lower_ in _CIRCUMSTANCE_OPENERS for j in range(k, finite)):
        return []  # (nor the verb of a circumstance after the object: "announced the freeze on Monday after an audit found …")
    if finite is None or any(doc[j].is_punct and not (doc[j].is_quote and lemma_of(cue) not in ADDRESSEE_CUES)
                             or doc[j].lower_ == "that" and not is_verb(doc[j + 1]) for j in range(k, finite)) or end - k < 4:
        return []
    if any(doc[j].dep_ == "conj" and doc[j].head.i == cue.i for j in range(k, finite + 1)):
        return []  # ("rejected the accusations and said that …": the speaker's next act, no clause of the first)
    return [(k, end)]


def _that_clause(ctx: Context, cue) -> list[tuple[int, int]]:
    """``told the Courier that …`` when the parser missed the clause: an object, then ``that``."""
    doc = ctx.doc
    end = cue.sent.end
    k = cue.i + 1
    if k < end and doc[k].lower_ in PARTICLE_CUES.values():
        k += 1
    if k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ == "that":
        k += 1  # "informed, that …" (a machine-translated comma)
    while k < end and (doc[k].lower_ in TIME_WORDS or doc[k].lower_ in ("this", "last", "on") and k + 1 < end
                       and doc[k + 1].lower_ in TIME_WORDS):
        k += 1  # "had indicated Monday, in declarations relayed by …, that …", "guaranteed this Wednesday, in Luanda, that"
    if k < end and doc[k].text == ",":  # "considered, as reported by the Dijla Now website, that …"
        m = next((m for m in range(k + 1, min(k + 16, end - 1)) if doc[m].text == "," and doc[m + 1].lower_ == "that"), None)
        k = m + 1 if m is not None else k
    if k < end and doc[k].text == "(":  # "stressed (quoted by the agency) that …"
        close = next((m for m in range(k + 1, min(k + 16, end)) if doc[m].text == ")"), None)
        if close is not None:
            k = close + 1
    start, titled, when = k, 0, 0
    first = name_after_first_verb(ctx, cue) if k < end and doc[k].lower_ in ("the", "his", "her") else None
    if first is not None and first.start > k and doc[first.end].text == ",":
        # (past the office and its holder that the verb put before the clause, and whom it was said to: "For his
        # part, confirmed the owner of the X Company, Mr. Y, to Silphium that …")
        k = next((m for m in range(first.end + 1, min(end, first.end + 8)) if doc[m].lower_ == "that"
                  and all(t.lower_ == "to" or t.pos_ == "PROPN" or t.text == "," for t in doc[first.end + 1 : m])), k)
    while k < end and k - start - titled - when <= (12 if titled else 8) and doc[k].lower_ != "that":
        close = _title_close(doc, k, end)
        if close is not None:  # an outlet's name in quote marks: 'in statements to “Bawabat Al-Wadi” on the sidelines …'
            titled += close + 1 - k
            k = close + 1
            continue
        if doc[k].tag_ == "VBN" and (doc[k - 1].lower_ in WRITINGS or doc[k - 1].lower_[:-1] in WRITINGS):
            # (the writing it was said in: "affirms in a communiqué published on its site that …", "had said in
            # statements published on Sunday by the Cypriot newspaper X that …", whose outlet does not count)
            published = next((m for m in range(k + 1, min(end, k + 14)) if doc[m].lower_ == "that"), None)
            if published is not None and not any(is_verb(t) or t.is_punct for t in doc[k + 1 : published]):
                titled += published - k
                k = published
                break
            k += 1
            continue
        if doc[k].tag_ == "VBG" and doc[k - 1].lower_ in ("before", "after", "while") and lemma_of(doc[k]) not in CUE_LEMMAS \
                and lemma_of(doc[k]) not in _LEARNING:
            # (when: "told the Kumul Times by phone from Djibouti before boarding that …"; not "said after learning that
            # his son had been killed", what he learnt)
            k, when = k + 1, when + 2
            continue
        if doc[k].lower_ == "to" and (media := next((m for m in range(k + 1, min(k + 5, end)) if doc[m].lower_ in MEDIA_NOUNS), None)) \
                is not None and media + 1 < end and doc[media + 1].pos_ == "PROPN":
            # (past the outlet it was said to, named after its kind: "said in a written reply to the Cypriot news site
            # Limassol Wire on Friday that …")
            m = media + 1
            while m < end and doc[m].pos_ == "PROPN" and doc[m].is_title:
                m += 1
            titled += m - k
            k = m
            continue
        if doc[k].lower_ == "on" and k + 1 < end and doc[k + 1].lower_ in TIME_WORDS:
            k, when = k + 2, when + 2  # (and when: "… on Friday that")
            continue
        if doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in ("which", "who") and (
                close := next((m for m in range(k + 2, min(k + 14, end - 1)) if doc[m].text == ","), None)) is not None:
            # (past a relative clause on where it was said from: "said for Sidro by telephone from the ship, which is
            # sailing towards Rotterdam, that …")
            titled += close + 1 - k
            k = close + 1
            continue
        # (an outlet's initials the tagger made a verb are none: "recounted to AMN|VB by telephone that …")
        # (nor a compound adjective's participle: "told the London-based|VBN Al-Rased news website that …"; nor a
        # writing's: "said in a written|VBN statement last night that …")
        if doc[k].text == "," and (close := next((m for m in range(k + 2, min(k + 6, end - 1)) if doc[m].text == ","
                                                  and doc[m + 1].lower_ == "that"), None)) is not None \
                and all(t.pos_ == "PROPN" for t in doc[k + 1 : close]):
            k = close + 1  # (past the name of whom it was said to: "to the public broadcaster of his country, Brimvarp, that")
            break
        # (nor a participle before its noun: "told the opening|amod session of the commission that …")
        if is_verb(doc[k]) and not (doc[k].is_upper and len(doc[k]) > 1) and doc[k].dep_ != "amod" \
                and not (doc[k].tag_ == "VBN" and (doc[k - 1].text == "-" or "-" in doc[k].text)) \
                and not (doc[k].tag_ == "VBN" and k + 1 < end and doc[k + 1].lower_ in WRITINGS) \
                or doc[k].text in (",", ";", ":", "“", "\"", "«"):
            return []
        k += 1
    if k >= end or doc[k].lower_ != "that" or end - k < 3 or doc[k].tag_ == "WDT" and (
            doc[k + 1].pos_ == "AUX" or doc[k].dep_ in SUBJECT and doc[k + 1].tag_ in ("VBD", "MD")
            and doc[k].head.i == k + 1 and doc[k + 1].dep_ in ("acl:relcl", "relcl") and doc[k + 1].head.i == k - 1
            # (but a name or an outlet's initials take no such clause after a verb of telling: "told ESIB that dissolved
            # oxygen had recovered", with "dissolved" read as the relative clause's verb)
            and not (lemma_of(cue) in ADDRESSEE_CUES and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].is_upper and len(doc[k - 1]) > 1))):
        # (nor a relative "that" of the noun before it: "a more isolationist foreign policy that was …", "describe the
        # device that caused the explosion")
        return []
    if any(c.dep_ == "advmod" and c.lower_ in ("not", "n't", "never") for c in cue.children) and doc[k - 1].pos_ == "NOUN" \
            and doc[k - 1].is_lower and doc[k - 1].lower_ not in MEDIA_NOUNS:
        return []  # ("did not specify the cost of the compensation that it intends to pay": what was not said, of a thing)
    # (up to a comment on it: "…, a claim that Kassab described as “…”", someone else's words about the claim)
    comment = next((m for m in range(k + 2, end - 4) if doc[m].text == "," and doc[m + 1].lower_ in ("a", "an")
                    and doc[m + 2].pos_ == "NOUN" and doc[m + 3].lower_ in ("that", "which")
                    and any(is_cue(t) for t in doc[m + 4 : m + 8])), None)
    # (or up to the cue's own next act: "affirms that «…» has been detected to this stage, but recommends …")
    next_act = next((m for m in range(k + 3, end - 1) if doc[m].text == "," and doc[m + 1].lower_ in ("and", "but")
                     and doc[m + 2].dep_ == "conj" and doc[m + 2].head.i == cue.i and _reports(doc[m + 2])), None)
    # (or up to a semicolon before another's report: "declared to Le Tamarinier that …; the Rwandan minister … told …")
    semicolon = next((m for m in range(k + 3, end - 1) if doc[m].text == ";"
                      and any(_reports_outside_quotes(ctx, t) for t in doc[m + 1 : end])), None)
    return [(k + 1, next((m for m in (comment, next_act, semicolon) if m is not None), end))]


def _that_taken_for_det(cue, obj) -> bool:
    """``stressing that humanitarian action "knows no borders"``: the parser made the "that" of a clause the
    determiner of its subject, which the cue took for its object; a finite verb follows the "object"."""
    doc = cue.doc
    if obj.left_edge.i != cue.i + 1 or doc[cue.i + 1].lower_ != "that":
        return False
    k = obj.right_edge.i + 1
    while k < len(doc) and doc[k].is_quote:
        k += 1
    return k < len(doc) and doc[k].tag_ in ("VBZ", "VBD", "VBP", "MD")


# verbs of finding out, whose that-clause is what was found out, no one's words
_LEARNING = frozenset("learn hear see find discover realize realise read notice know understand".split())


def _title_close(doc, k: int, end: int) -> int | None:
    """The closing mark of a name in quote marks opening at ``k`` (``“Bawabat Al-Wadi”``: two to five capitalised
    words), else None."""
    if doc[k].text not in ("“", "\"", "«"):
        return None
    close = next((m for m in range(k + 2, min(k + 7, end)) if doc[m].is_quote), None)
    return close if close is not None and all(doc[m].text[:1].isupper() for m in range(k + 1, close)) else None


def _past_outlet_name(clause):
    """``told the Greenlandic site Qilaat|ccomp that the firm was calm``: a name the parser made the clause, with the
    that-clause right after it hung on it, is whom it was told; the that-clause is the clause."""
    if clause.pos_ != "PROPN" or is_verb(clause):
        return clause
    inner = next((g for g in clause.children if g.dep_ in CLAUSE and g.i > clause.i and _that_mark(g) is not None), None)
    if inner is None or inner.left_edge.i - 1 != max([clause.i] + [c.i for c in clause.children if c.dep_ == "flat"]):
        return clause
    return inner


def _cut_clause(ctx: Context, i: int, j: int) -> list[tuple[int, int]]:
    """A reported clause split where a second one starts (``…, and that B``) or a participle takes over (``…, adding that``)."""
    doc = ctx.doc
    parts = []
    start = i
    for k in range(i + 1, j):
        tok = doc[k]
        if tok.lower_ == "that" and doc[k - 1].lower_ in ("and", "but") and k - start > 2:
            parts.append((start, k - 1))
            start = k + 1
        elif tok.tag_ == "VBG" and is_cue(tok) and doc[k - 1].text == ",":
            j = k - 1
            break
        elif tok.tag_ == "VBG" and is_cue(tok) and doc[k - 1].is_quote and doc[k - 2].text == ",":
            j = k  # (after a quote that closes on its comma, the quote mark kept: "…,” directing that …")
            break
        elif doc[k - 1].lower_ in ("and", "but") and is_cue(tok) and lemma_of(tok) not in BELIEF_VERBS and (tok.tag_ in ("VBD", "VBZ") or tok.tag_ == "VBN" and not any(
                c.dep_.startswith("aux") for c in tok.children)) and not any(c.dep_ in SUBJECT for c in tok.children) \
                and not ((seg := ctx.segment_at(tok.idx)) is not None and seg.open_start >= doc[i].idx):
            # "… had respected the pause and accused armed groups of …", "…, but argued that …": the speaker's next act,
            # not theirs (also a past the tagger took for a participle: "… “condemns the attack” and called|VBN on …")
            # (not inside a quote the clause opened: 'that humanitarian action "knows no borders and asks nobody …"')
            j = k - 1
            break
        elif tok.text == "," and k + 3 < j and doc[k + 1].lower_ == "and" and doc[k + 2].lower_ in ("he", "she", "they") \
                and doc[k + 3].tag_ in ("VBD", "VBZ") and is_cue(doc[k + 3]):
            j = k  # "…”, and he added that …": the speaker's next statement, where the parser ran the two together
            break
        elif tok.text == "," and k + 2 < j and doc[k + 1].lower_ in ("while", "whereas") and any(
                t.tag_ in ("VBD", "VBZ") and is_cue(t) and not any(c.dep_ in SUBJECT and c.i < k for c in t.children)
                for t in doc[k + 2 : max(j, ctx.sentence_end(tok))]):
            j = k  # "…, while the caterer's director, X, told SAQR that …": another speaker's statement
            break
        elif tok.text == "," and k + 3 < j and doc[k + 1].lower_ in ("although", "though") \
                and doc[k + 2].lower_ in ("he", "she", "they") and any(t.tag_ == "VBD" for t in doc[k + 3 : min(j, k + 6)]):
            j = k  # "…, although he again refused to pledge …": the reporter's remark on what the speaker did
            break
    parts.append((start, j))
    return [(a, b) for a, b in parts if b > a]


# verbs that tell of their object: "recounts the night of Thursday", "described the last minutes" (no "…, X said")
_TELLING_OF = frozenset("recount describe relate narrate detail evoke recall".split())


def _fronted_clause(ctx: Context, cue) -> tuple[int, int] | None:
    """``The talks failed, the minister said (on Monday).``: the clause before the attribution."""
    if cited_source(cue) is not None:
        # "…, TASS reported, citing the ministry": the clause before "TASS" (none where the participle leads the
        # sentence: "Pohled24.cz, citing a source, wrote that …")
        return _fronted_clause(ctx, cue.head) if cue.head.i != cue.i else None
    doc = ctx.doc
    if cue.lower_ == "know" and cue.dep_ == "xcomp" and cue.head.lower_ in ("lets", "let"):
        return _fronted_clause(ctx, cue.head)  # "…, he lets know.": back from "lets"
    if cue.tag_ == "VBG" and cue.i and doc[cue.i - 1].text == ",":
        return None  # "…, referring to the paragraphs on …": a participle reports what follows it
    if any(c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "n't", "never") for c in cue.children) \
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in cue.children):
        return None  # "X wrote that …, while Y and Z have not commented publicly": no words of theirs before
    if any(c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i < cue.i and any(
            s.dep_ in SUBJECT and s.left_edge.i == c.i + 1 for s in cue.children) for c in cue.children):
        return None  # ("… out of the bond that the owner, X, posted on Tuesday": a relative clause the parser marked)
    sent_start = sentence_start(cue)
    k = cue.i - 1
    subject = next((c for c in cue.children if c.dep_ in SUBJECT and c.i < cue.i), None)
    if acts_after_time(cue) is not None:
        return None  # ("…, a day|nsubj after an observer mission reported …": no one's words before it)
    lead = first_word(subject) if subject is not None else None
    if lead is not None and (lead.lower_ in _CIRCUMSTANCE or lead.i > 0 and doc[lead.i - 1].lower_ in _CIRCUMSTANCE) \
            and any(c.dep_ in ("obj", "dobj", *CLAUSE) and c.i > cue.i for c in cue.children):
        # "…, the Foreign Office said, as senators demanded a briefing": a circumstance with its own object, no
        # attribution (unlike "…, as the minister said")
        return None
    if lemma_of(cue) in _TELLING_OF and any(c.dep_ in ("obj", "dobj") and c.i > cue.i and c.pos_ == "NOUN"
                                            and c.lower_ not in TIME_WORDS and c.lower_ not in ROLE_NOUNS for c in cue.children):
        # "Reached by telephone …, X recounts the night of Thursday.": what it tells of is its object (not who tells it,
        # after the verb: "…, recounted the chief physician …, X, to the daily Y")
        return None
    # walk back over the speaker (or nothing, in "…, said the minister")
    label = ctx.label_end(cue)
    if sent_start < label <= cue.i:  # (a sentence that begins in a dateline: "MOSCOW, May 6. /CTA/. The format …")
        sent_start = label
    while k > sent_start and doc[k].text != ",":
        # (a writing's participle is part of the speaker: "…, a press statement issued yesterday by the Ministry …
        # indicated.")
        # (nor a relative clause on the speaker: "…, a senior commander who spoke on condition of anonymity told X.")
        if doc[k].pos_ == "VERB" and not modifies_speaker(doc[k]) and not (
                doc[k].tag_ == "VBN" and doc[k].dep_ == "acl" and doc[k].head.lower_ in WRITINGS and doc[k].head.i < k) \
                and not any(c.dep_ in SUBJECT and c.lower_ in ("who", "that") and c.i == k - 1 for c in doc[k].children):
            return None
        if doc[k].lower_ in ("that", "which", "whom", "who") and cue.dep_ in ("relcl", "acl:relcl", "acl"):
            return None  # "…, a claim that Kassab described as …", "…, X, who asked for …": the cue sits in a relative clause
        k -= 1
    named = speaker_of(ctx, cue) if k == cue.i - 1 and doc[k].text == "," else None
    if named is not None and named[0] - 2 > sent_start and doc[named[0] - 1].text == "," and (named[1] == k or named[1] < k and (
            doc[named[1]].text == "," and doc[named[1] + 1].lower_ in ("who", "whose"))):
        # (a speaker set off by commas, and the office apposed before it: "…, the head of the provincial department,
        # Mohammad Daud Ishaqzai, said in a conversation with …", however the parser hung the name; or with a
        # relative clause: "…, Daw X, who leads the … Network, told …")
        k = named[0] - 1
        office = next((m for m in range(k - 1, max(sent_start, k - 12), -1) if doc[m].text == ","), None)
        if office is not None and doc[office + 1].lower_ in ("the", "a", "an") and any(t.lower_ in ROLE_NOUNS for t in doc[office + 1 : k]) \
                and not any(is_verb(t) for t in doc[office + 1 : k]):
            k = office
    if k <= sent_start + 2 or doc[k].text != ",":
        return None
    if doc[k + 1].lower_ in ("and", "but", "or") and cue.dep_ == "conj" and (cue.head.dep_ in ("ccomp", "parataxis") or (
            subject is None and not (is_cue(cue.head) and cue.head.i == k - 1))):
        # (nor a second verb of the subject, joined to the clause it reported: "X admitted that …, but rejected …",
        # "X said that the Boeing had passed …, and praised …"; unless it goes on from an attribution: "…, he said, and
        # never told him …")
        return None
    start = sent_start
    while start < k and doc[start].is_space:
        start += 1
    # (a finite verb in a relative clause makes no clause: "Sheikh X, an elder whose son has been detained, urged")
    # (a "do" the tagger took for an infinitive counts: "the police and the mission "do not yet agree" on …")
    finite = any((t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("do", "does", "did") and t.dep_ == "aux") and not any(
        a.dep_ in ("acl:relcl", "relcl") and a.i >= start for a in [t, *t.ancestors]) for t in doc[start:k])
    # (or a verb the parser made a reduced relative of the cue's subject: "The convoy … crossed the line, X said")
    subjects = {c.i for c in cue.children if c.dep_ in SUBJECT and c.i < k}
    finite = finite or any(t.tag_ == "VBN" and t.dep_ in ("acl", "acl:relcl") and t.head.i in subjects for t in doc[start:k])
    # (or a past tense after its subject that the tagger took for a participle on the next noun: "The patient|NOUN
    # presented|VBN,amod « signs of … », specified the chief physician"; not "The reported attacks, …")
    finite = finite or any(t.tag_ == "VBN" and t.dep_ in ("amod", "conj", "acl") and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "PUNCT")
                           and any(a.i in subjects for a in t.ancestors) for t in doc[start + 2 : k])
    # (or a present tense the tagger took for an infinitive, with its subject: "Malaysia welcomes|VB the decision …")
    finite = finite or any(t.tag_ == "VB" and t.dep_ in CLAUSE and t.head.i == cue.i and doc[t.i - 1].dep_ in SUBJECT
                           and doc[t.i - 1].head.i == t.i for t in doc[start + 1 : k])
    comma = next((m for m in range(start, k) if doc[m].text == ","), k)
    view = doc[start].lower_ == "in" and any(t.lower_ in VIEW_NOUNS or t.lower_ in ("turn", "part", "response") or t.text in ("'s", "’s")
                                             for t in doc[start:comma])  # (nor "In his turn, the ministry, as transmits …")
    if doc[start].lower_ in ("according", "asked") or view or not finite:
        # "According to X, Y said …", "In X's view, …": the fronted part is no clause of its own (but "In the past 24
        # hours, the Centre registered …, the statement … said" is)
        return None
    # a sentence that opens with a quote that has its own record is not reported twice
    if ctx.segment_at(doc[start].idx) is not None:
        return None
    # (nor one the parser ran into the sentence before: "X invited the organisers to « draw the lessons ». « One does
    # not send … », he launched.")
    last = ctx.segment_at(doc[k - 1].idx if doc[k - 1].is_quote else doc[k].idx)
    if last is not None and ctx.text[: last.open_start].rstrip()[-1:] in (".", "!", "?") and last.open_start > doc[start].idx:
        return None
    return start, k


def _according(ctx: Context, according) -> list[Found]:
    """``According to X, …`` and ``…, according to X.``"""
    doc = ctx.doc
    sent = according.sent
    speaker = according_speaker(ctx, according)
    if speaker is None:
        return []
    cue = (according.idx, doc[according.i + 1].idx + len(doc[according.i + 1].text))
    before = according.i - 1
    while before > sent.start and doc[before].is_quote and doc[before - 1].text == ",":
        before -= 1  # ("…wherever they hide,” according to the agency": the comma inside the quote)
    if according.i == sent.start or (according.i > sent.start and doc[before].is_punct and doc[before].text != ","):
        # (to the sentence's end by its punctuation too: the parser may split "… the settlement | Deir Hafer was …")
        i, j = speaker[1], max(sent.end, ctx.sentence_end(according))
        if doc[i].text == "(":
            # "According to the Slovak News Office (SKN), …": past the source's acronym
            i = next((k + 1 for k in range(i + 1, min(j, i + 8)) if doc[k].text == ")"), i)
        elif doc[i].text == "," and (named := next((e for e in doc_ents(doc) if e.start == i + 1 and e.label_ in ("PERSON", "PER")), None)) \
                is not None and named.end < j and doc[named.end].text == ",":
            i = named.end  # ("According to the doctor treating him, Inês Furtado Medeiros, he is …": past her name)
        if doc[speaker[0] - 1].lower_ == "what":
            # "According to what this medium could learn, the Chancellery …": past the verb of the finding
            i = next((k + 1 for k in range(i, min(j, i + 6)) if doc[k].text == ","), i)
        cited = _cited_in_aside(doc, i, j)
        if cited is None and i + 2 < j and doc[i].text == "," and doc[i + 1].lower_ in ("quoted", "cited") and doc[i + 2].lower_ == "by":
            i = next((k + 1 for k in range(i + 3, min(j, i + 12)) if doc[k].text == ","), i)  # (past the relay: the medium)
        elif cited is not None:
            # "According to the agency X, which cited the spokeswoman …, Y, the trekkers …": Y's (X the medium)
            speaker, i = cited
        elif i + 1 < j and doc[i].text == "," and doc[i + 1].lower_ in ("who", "which"):
            # "According to X, who heads the department since 2021, the agreement …": past the speaker's aside
            i = next((k for k in range(i + 2, min(j, i + 25)) if doc[k].text == ","), i)
        elif i + 2 < j and doc[i].text == "," and any(t.ent_type_ in ("PERSON", "PER") for t in doc[speaker[0] : speaker[1]]) \
                and (close := next((k for k in range(i + 2, min(j - 1, i + 14)) if doc[k].text == ","), None)) is not None \
                and any(t.lower_ in ROLE_NOUNS for t in doc[i + 1 : close]) and not any(is_verb(t) for t in doc[i + 1 : close]):
            i = close  # ("According to X, Mozambique's Director of Bridges, the tolls …": past the person's office)
        def named_subject(v) -> bool:  # (or no subject, where the parser hung the name on the source: "…, Yue | warned")
            subjects = [c for c in v.children if c.dep_ in SUBJECT]
            before = subjects[0].subtree if subjects else doc[i : v.i] if not any(is_verb(t) for t in doc[i : v.i]) else ()
            return any(t.ent_type_ in ("PERSON", "PER") for t in before)

        if any(is_cue(v) and (any(c.dep_ in CLAUSE for c in v.children) or lemma_of(v) in CAUSE_CUES) and named_subject(v)
               for v in doc[i:j]):
            # "According to participants, the Chinese representative, Yue Xiaoming, warned that …": a person named as
            # the speaker of what is reported speaks (the source only relays it)
            return []
    elif according.i >= 2 and doc[according.i - 1].text == "," and doc[according.i - 2].lower_ in ("which", "who") \
            and speaker[1] + 1 < sent.end and doc[speaker[1]].text == ",":
        # "… the agreement, a text which, according to the Chancellor X, “opens the door …”": what the relative clause
        # goes on to say
        i, j = speaker[1] + 1, max(sent.end, ctx.sentence_end(according))
    else:
        i, j = sent.start, according.i
        if any(is_cue(t) and (any(c.dep_ in CLAUSE for c in t.children) or that_follows(t)) for t in doc[i:j]):
            # "X informed that A and that B, according to the Slovak agency SKN": the agency only relays X's words
            # (its medium), however the parser hung the clauses
            return []
        if speaker[1] < sent.end - 1:
            j2 = speaker[1]
            if doc[j2].text == "(":  # (past the source's initials: "according to … National Information Desk (NID), that")
                j2 = next((k + 1 for k in range(j2 + 1, min(sent.end - 1, j2 + 6)) if doc[k].text == ")"), j2)
            # "X, according to Y, said …" keeps the whole clause
            # (but not the source's own relative clause, a statement of its own: "…, according to chairperson X, who
            # said the group had used the ferry “for years”")
            # (however short what follows, where the sentence's head is in it: "The data, according to X, are decisive.")
            if doc[j2].text == "," and (sent.end - j2 > 4 or sent.root.i > j2) and doc[j2 + 1].lower_ not in ("who", "which"):
                if (doc[j2 + 1].lower_ == "that" or doc[j2 + 1].lower_ in ("without", "while", "but") and not any(
                        is_cue(t) for t in doc[j2 + 1 : sent.end])) and any(is_cue(t) for t in doc[sent.start : according.i]):
                    # "She told Sfeir, according to a statement from the embassy, that …", "X said on Monday that …,
                    # according to the agency YHA, without referring to …": it only relays
                    return []
                i, j = sent.start, sent.end
    found = []
    for a, b in split_statements(ctx, i, j):
        span = trim(ctx, a, b)
        if span is None or span[1] - span[0] < 8:
            continue
        if a == sent.start and b == sent.end:
            span = (doc[sent.start].idx, span[1])
        found.append(Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["according"]))
    return found


def split_statements(ctx: Context, i: int, j: int) -> list[tuple[int, int]]:
    """The statements in tokens ``i``…``j`` after "According to X," or "For X,", or before their cue ("A …, but B …,
    officials said"): "A …, and B …" is two, as the annotators of our gold set read it in all their later sets, where
    B has a subject of its own; none goes into a clause with a speaker of its own ("…, but analysts warned that …")."""
    doc = ctx.doc
    cuts = []
    for k in range(i + 2, j - 1):
        if doc[k].lower_ in ("and", "but") and doc[k - 1].text == "," and ctx.segment_at(doc[k].idx) is None:
            verb = next((t for t in doc[k + 1 : j] if is_verb(t)), None)
            if verb is not None and is_cue(verb) and any(c.dep_ in SUBJECT and c.i > k for c in verb.children):
                j = k - 1
                break
            # (not the second clause of a statement the source relays: "According to the agency X, Y stated that A,
            # and that B")
            if doc[k + 1].lower_ != "that" and (_own_clause(doc, k + 1, j) or _tagged_clause(doc, k + 1, j)):
                cuts.append(k)
    return list(zip([i] + [k + 1 for k in cuts], [k - 1 for k in cuts] + [j]))


def _so_says(ctx: Context, so) -> list[Found]:
    """``So far the station has received only fragments, so the CEO.``: German copy's "so" (as says) after the words,
    their speaker closing the sentence, a name or an office."""
    doc = ctx.doc
    if so.i < 6 or doc[so.i - 1].text != "," or ctx.segment_at(so.idx) is not None:
        return []
    end = next((k for k in range(so.i + 1, min(so.i + 7, len(doc))) if doc[k].is_punct or doc[k].is_space), None)
    if end is None or end == so.i + 1 or doc[end].text not in (".", ";"):
        return []
    words = doc[so.i + 1 : end]
    named = all(t.pos_ == "PROPN" and t.is_title for t in words)
    office = words[0].lower_ == "the" and len(words) > 1 and words[-1].lower_ in ROLE_NOUNS and all(t.pos_ != "VERB" for t in words)
    start = sentence_start(so)
    if not (named or office) or any(is_cue(t) for t in doc[start : so.i]):
        return []  # (nor "…, he said, so the minister": words with a cue of their own)
    span = trim(ctx, start, so.i - 1)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 4:
        return []
    return [Found(span[0], span[1], "indirect", (so.idx, so.idx + len(so.text)), (so.i + 1, end), ctx.paragraph_of(span[0]),
                  sources=["according"])]


def _own_clause(doc, i: int, j: int) -> bool:
    """Whether tokens ``i``…``j`` open with a clause of their own: a subject in its first words, and a finite verb it
    hangs on ("the embassy in Astana is in daily contact …", "Charbel has not yet decided whether …")."""
    subject = next((t for t in doc[i : min(j, i + 8)] if t.dep_ in SUBJECT), None)
    if subject is None or not i <= subject.head.i < j or subject.head.i < subject.i:
        return False
    head = subject.head
    return head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "aux:pass", "auxpass", "cop") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in head.children)


def _tagged_clause(doc, i: int, j: int) -> bool:
    """Whether tokens ``i``…``j`` open with a noun phrase and its finite verb by their tags alone (past an aside in
    commas, or the mark of a quote that opens at the verb), where the parser made the noun a conjunct: "…, and about
    forty students|conj slept|acl in a church", "…, and bottom|conj trawling|VBG « must end »"."""
    n = i
    while n < j and doc[n].pos_ in ("DET", "ADV", "NUM", "ADJ"):
        n += 1
    if n >= j or doc[n].pos_ not in ("NOUN", "PROPN") and not (n > i and doc[n].tag_ == "VBG"):
        return False
    while n < j and (doc[n].pos_ in ("NOUN", "PROPN") or doc[n].tag_ == "VBG" and n > i):
        n += 1
    if n + 1 < j and doc[n].is_quote:
        n += 1
    if n < j and doc[n].text == ",":  # ("…, and about 640 foreign students, most of them from Iraq, …, will have to")
        n = next((m for m in range(n + 1, min(j, n + 25)) if doc[m].tag_.startswith("VB") or doc[m].tag_ == "MD"), j)
        if doc[n - 1].text != ",":
            return False
    return n < j and doc[n].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _acronym_outlet(doc, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` are one acronym the article named as an outlet before."""
    words = [t for t in doc[span[0] : span[1]] if t.lower_ != "the"]
    return len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0].text) is not None \
        and named_as_outlet(doc[: span[0]].text, words[0].text)


def _cited_in_aside(doc, i: int, j: int) -> tuple[tuple[int, int], int] | None:
    """After "According to X" (token ``i`` its comma): the source X cites in an aside (", which cited the spokeswoman
    of the ministry, Y," / ", citing Y,") as a token span, and where the statement starts; else None."""
    k = i + 1
    if k < j and doc[k].lower_ in ("which", "who"):
        k += 1
    if not (i < j and doc[i].text == "," and k < j and lemma_of(doc[k]) in ("cite", "quote")) \
            or k + 1 < j and doc[k + 1].lower_ == "by":
        return None  # (not who relays the source: "According to the doctor, quoted by the radio Niokolo FM, …")
    comma = next((m for m in range(k + 2, min(j, k + 15)) if doc[m].text == ","), None)
    if comma is None:
        return None
    end = comma
    # (with the person's name in apposition: "…, Daniela Kouřimská, the trekkers …")
    name = next((m for m in range(comma + 1, min(j, comma + 6)) if doc[m].text == ","), None)
    if name is not None and all(t.ent_type_ in ("PERSON", "PER") for t in doc[comma + 1 : name]):
        end = name
    return (k + 1, end), end + 1


# nouns that report a statement with its source: "Trump's claim that …", "a report in Yeni Ufuk that …"
_NOUN_CUES = frozenset("claim report assertion allegation announcement statement warning".split())


def _noun_cue(ctx: Context, noun) -> list[Found]:
    """``Trump's claim that there have been …``, ``a report in the Turkish daily Yeni Ufuk that Ankara was …``:
    a reporting noun with its source (a possessor, or ``in``/``by``/``from`` X) and a that-clause."""
    doc = ctx.doc
    that = next((t for t in doc[noun.i + 1 : min(noun.i + 10, len(doc))] if t.lower_ == "that"), None)
    # (a complementizer, by its tag, whatever the parser hung it as: not the relative "that" of "the report that X read")
    if that is None or that.dep_ != "mark" and that.tag_ != "IN" or any(is_verb(t) for t in doc[noun.i + 1 : that.i]) or that.head.i < that.i:
        return []
    if any(c.lower_ == "according" for c in noun.children):
        return []  # "told Sfeir, according to a statement from the embassy, that …": the statement only relays
    if noun.dep_ in ("obl", "nmod") and noun.head.i < noun.i and is_cue(noun.head):
        return []  # "X said in a statement from Larnaca that …": the channel of the verb's report, not one of its own
    source = next((c for c in noun.children if c.dep_ in ("nmod:poss", "poss") and c.pos_ in ("PROPN", "NOUN")), None)
    if source is not None:
        speaker = (source.left_edge.i, source.i + 1)
    else:
        source = next((c for c in noun.children if c.i < that.i and c.dep_ in ("nmod", "prep") and any(
            g.lower_ in ("in", "by", "from") for g in [c, *c.children] if g.i <= c.i)), None)
        if source is None:
            return []  # "the claim that the convoy was attacked": whose claim, the text does not say
        first = source.left_edge.i + 1 if source.left_edge.pos_ == "ADP" else source.left_edge.i
        speaker = (first, source.right_edge.i + 1)
    clause = that.head
    span = trim(ctx, that.i, clause.right_edge.i + 1)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 3:
        return []
    ctx.full_speaker.setdefault(speaker, speaker)
    return [Found(span[0], span[1], "indirect", cue_span(ctx, noun), speaker, ctx.paragraph_of(span[0]),
                  sources=["noun"], cue_i=noun.i)]


# verbs that make an appeal: "launched an appeal to …" (the French "lancer un appel à …")
_APPEAL_VERBS = frozenset("launch make issue address renew reiterate".split())


def _appeal(ctx: Context, noun) -> list[Found]:
    """``X launched an appeal to the operators of the port to contribute …``: like ``X urged the operators to …``,
    the addressee and what they are asked to do (the cue the verb and its appeal)."""
    doc = ctx.doc
    verb = noun.head
    if noun.dep_ not in ("obj", "dobj") or verb.i > noun.i or lemma_of(verb) not in _APPEAL_VERBS \
            or noun.i + 3 >= len(doc) or doc[noun.i + 1].lower_ != "to" or ctx.segment_at(noun.idx) is not None:
        return []
    end = ctx.sentence_end(noun)
    # (the addressee, then "to" and a verb: what they are asked to do)
    asked = next((k for k in range(noun.i + 3, min(end - 1, noun.i + 16)) if doc[k].lower_ == "to" and doc[k].tag_ == "TO"
                  and (doc[k + 1].tag_ == "VB" or doc[k + 1].is_quote)), None)
    speaker = speaker_of(ctx, verb)
    span = trim(ctx, noun.i + 2, end) if asked is not None else None
    if span is None or speaker is None:
        return []
    cue = (verb.idx, noun.idx + len(noun.text))
    return [Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["appeal"], cue_i=verb.i)]


def _of_the_view(ctx: Context, noun) -> list[Found]:
    """``The envoy was of the view that A, and that B``: the subject of the copula holds the view stated."""
    doc = ctx.doc
    cop = next((c for c in noun.children if c.dep_ == "cop" and c.i == noun.i - 3), None)
    that = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if cop is None or that is None or that.lower_ != "that":
        return []
    speaker = speaker_of(ctx, noun)
    if speaker is None:
        return []
    cue = (cop.idx, noun.idx + len(noun.text))
    found = []
    for i, j in _cut_clause(ctx, that.i + 1, ctx.sentence_end(noun)):
        span = trim(ctx, i, j)
        if span is not None:
            found.append(Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["view"]))
    return found


# the words a rule of ``indirect_quotes`` starts at, other than cues and nouns of statements (by their string hashes)
_START_ORTHS = np.array([hash_string("As")], dtype=np.uint64)
_START_LOWERS = np.array([hash_string(w) for w in sorted(VIEW_NOUNS | {"according", "in", "for", "appeal", "so"})], dtype=np.uint64)
_NOUN_CUE_LEMMAS = HashTest(lambda lemma: lemma.lower() in _NOUN_CUES)


# how a place or a thing is commonly named, not what anyone said of it: "the Dantokpa market, popularly called “Tokpa”"
_NAMING_ADVERBS = frozenset("popularly locally commonly affectionately colloquially".split())


def _naming(cue) -> bool:
    """A participle that names a thing (``popularly called “Tokpa”``, ``a market called “Tokpa”``), with no one
    saying it: no auxiliary, and a modifier of a noun or after an adverb of naming."""
    doc = cue.doc
    if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in ("on", "upon", "for"):
        return False  # ("called on the government to …", "called for …": a demand)
    if _labelled_after_outlet(doc, cue) is not None:
        return False  # ("X, who led the team, described|acl to Zembra FM the manoeuvre as «…»": said to an outlet)
    if any(c.lower_ in ("itself", "themselves") and c.dep_ in ("obj", "dobj") for c in cue.children):
        return True  # "The group, which calls itself “Liwa al-Fajr”, said …": the name it goes by
    # (or an aside on what people call someone: "Captain X, as older people here still call him, answered")
    if cue.i >= 2 and any(c.lower_ == "as" and c.dep_ == "mark" and c.i < cue.i for c in cue.children) and any(
            c.lower_ in ("him", "her", "them", "it") and c.dep_ in ("obj", "dobj") and c.i == cue.i + 1 for c in cue.children):
        return True
    # (or a relative clause that gives a thing its name in quote marks: "gatherings that they called „Thursdays for Gjoko“")
    if cue.dep_ in ("acl:relcl", "relcl") and cue.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("xcomp", "oprd") and doc[c.left_edge.i].is_quote and is_title(doc[c.left_edge.i + 1 : c.right_edge.i].text)
            for c in cue.children):
        return True
    return cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass", "auxpass") for c in cue.children) and (
        cue.dep_ in ("acl", "amod") or cue.i > 0 and doc[cue.i - 1].lower_ in _NAMING_ADVERBS)


def _rule_starts(doc, cue_words: set[int]) -> list[int]:
    """The tokens, in order, that some rule of ``indirect_quotes`` may start at: its cues, the nouns of statements, and
    the words that open "As …", "according to", "in X's view", "For X, …" and "of the view". Picked from the doc's
    arrays, as reading every token's attributes in Python cost more than the rules."""
    arr = doc.to_array([ORTH, LOWER, POS, LEMMA])
    starts = ((arr[:, 0, None] == _START_ORTHS).any(axis=1) | (arr[:, 1, None] == _START_LOWERS).any(axis=1)
              | (arr[:, 2] == NOUN) & _NOUN_CUE_LEMMAS.mask(arr[:, 3], doc.vocab.strings))
    return sorted(cue_words.union(np.flatnonzero(starts).tolist()))


def _as_was_said(ctx: Context, tok) -> list[Found]:
    """``As was noted in the message, …``, ``As was emphasized by the Chairman … X, …``: a fronted passive report
    (machine-translated Russian): the rest of the sentence is what the agent, or the writing, said."""
    doc = ctx.doc
    if tok.i and not (doc[tok.i - 1].is_space or doc[tok.i - 1].text in (".", "!", "?")):
        return []  # (it opens a sentence)
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 2 and doc[k].lower_ in ("was", "were", "is", "are", "has", "have", "had", "been"):
        k += 1
    if k == tok.i + 1 or k + 2 >= len(doc) or doc[k].tag_ != "VBN" or lemma_of(doc[k]) not in SPEECH_VERBS \
            or doc[k + 1].lower_ not in ("by", "in"):
        return []
    cue, end = doc[k], ctx.sentence_end(doc[k])
    comma = next((m for m in range(k + 3, min(k + 20, end)) if doc[m].text == ","), None)
    if comma is None or any(is_verb(t) for t in doc[k + 2 : comma]):
        return []
    span = trim(ctx, comma + 1, end)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 4:
        return []
    speaker = (k + 2, comma)
    ctx.full_speaker.setdefault(speaker, speaker)
    return [Found(span[0], span[1], "indirect", (doc[tok.i + 1].idx, cue.idx + len(cue.text)), speaker,
                  ctx.paragraph_of(span[0]), sources=["as-was"], cue_i=cue.i)]


def _for_person(ctx: Context, tok) -> list[Found]:
    """``For the glaciologist X, of the University of Y, the tragedy "was announced"``: a view, as Spanish, French and
    Portuguese copy words it ("Para el canciller, …", "Pour le ministre, …"); only a person holds one ("For the first
    time, …", "For his part, …", "For many residents, …" report nothing)."""
    doc = ctx.doc
    end = ctx.sentence_end(tok)
    comma = next((k for k in range(tok.i + 2, min(end, tok.i + 15)) if doc[k].text == ","), None)
    if comma is not None:
        holder, start = doc[tok.i + 1 : comma], comma + 1
    elif tok.i + 3 < end and doc[tok.i + 1].lower_ in ("him", "her") and doc[tok.i + 2].lower_ == "it" \
            and doc[tok.i + 3].lower_ in ("is", "was"):
        holder, start = doc[tok.i + 1 : tok.i + 2], tok.i + 2  # (German copy keeps no comma: "For him it is too early to …")
    else:
        return []
    pronoun = len(holder) == 1 and holder[0].lower_ in ("him", "her")
    named = _surname_named_before(holder)
    if not (pronoun or named or holder.root.lower_ in ROLE_NOUNS or any(t.ent_type_ in ("PERSON", "PER") for t in holder)) \
            or holder.root.ent_type_ in ("ORG", "GPE", "LOC") and not named:
        return []
    # past an aside: ", of the University of Y,", ", researcher at the Centre for Strategic Studies of Dakar,"
    # (or the holder's name after the office: "For the president of the … Federation (FECADE), Rodrigue X, …")
    while start < end and (doc[start].lower_ in ("of", "who", "a", "an") or holder.root.lower_ in ROLE_NOUNS and start == holder.end + 1
                           and doc[start].ent_type_ in ("PERSON", "PER") and ent_bounds(doc[start])[1] < end
                           and doc[ent_bounds(doc[start])[1]].text == ","
                           or doc[start].lower_ in ROLE_NOUNS and not any(
            is_verb(t) and not t.is_title for t in doc[start + 1 : next((k for k in range(start, min(end, start + 15)) if doc[k].text == ","), end)])):
        start = next((k + 1 for k in range(start + 1, min(end, start + 15)) if doc[k].text == ","), end)
    # (a finite verb, whatever the tagger made of a negated "do" after a quote mark: "« do|VB not resist a recount »")
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("do", "does", "did") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("not", "n't")
               for t in doc[start:end]):
        return []
    cue = (tok.idx, tok.idx + len(tok.text))
    found = []
    for a, b in split_statements(ctx, start, end):  # ("For the vice chancellor, A, and B": two statements)
        span = trim(ctx, a, b)
        if span is not None and word_count(ctx.text[span[0] : span[1]]) >= 4:
            found.append(Found(span[0], span[1], "indirect", cue, (holder.start, holder.end), ctx.paragraph_of(span[0]),
                               sources=["view"]))
    return found


def _surname_named_before(holder) -> bool:
    """``For Aránguiz|LOC, …``: a lone word the article gave earlier as a person's surname is that person, whatever
    the NER made of it here."""
    if len(holder) != 1 or holder[0].pos_ != "PROPN":
        return False
    # (a surname of two may come first: "Verónica Aránguiz Troncoso")
    return any(e.label_ in ("PERSON", "PER") and e.end <= holder.start and any(t.text == holder[0].text for t in e[1:])
               for e in doc_ents(holder.doc))


def _in_view(ctx: Context, tok) -> list[Found]:
    """``In X's view, …``, ``In the opinion of X, …``, ``In X's words, …``"""
    doc = ctx.doc
    sent = tok.sent
    j = tok.i + 1
    while j < min(len(doc), tok.i + 8) and doc[j].lower_ not in VIEW_NOUNS and doc[j].text != ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in VIEW_NOUNS:
        return []
    noun = doc[j]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
        k = noun.i + 2
        m = k
        while m < len(doc) and doc[m].text not in (",", "."):
            m += 1
        speaker = (k, m)
        cue_end_tok = doc[noun.i + 1]
        after = m
    else:
        owner = [t for t in doc[tok.i + 1 : noun.i] if t.text not in ("'s", "’s", "'", "’") and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not owner:
            return []
        speaker = (owner[0].i, owner[-1].i + 1)
        cue_end_tok = noun
        after = noun.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return []
    if after + 1 < len(doc) and doc[after + 1].lower_ in ("who", "whom", "whose"):
        # "In the opinion of the envoy, who spoke with RIMAQ before …, the summit could close …": past who it was
        after = next((m for m in range(after + 2, min(after + 25, sent.end)) if doc[m].text == ","), after)
    # (set off inside the clause it is about, as "according to X" may be: "The 72-hour rule, in the view of the union's
    # chairwoman, is “a good first step”": the whole sentence, where only its subject comes before)
    inside = tok.i > sent.start + 1 and doc[tok.i - 1].text == "," and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (";", ":") or t.is_quote for t in doc[sent.start : tok.i])
    cue = (tok.idx, cue_end_tok.idx + len(cue_end_tok.text))
    found = []
    # (up to a statement of its own: "In Vogt's view, A, and she doubted that B")
    for a, b in split_statements(ctx, sent.start if inside else after + 1, sent.end):
        span = trim(ctx, a, b)
        if span is not None:
            found.append(Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["view"]))
    return found
