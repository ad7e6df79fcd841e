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
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Quote
from .lexicon import BELIEF_VERBS, CUE_LEMMAS, DOCUMENT_CUES, DOCUMENT_NOUNS, OBJECT_CUES, PARTICLE_CUES, SPEECH_VERBS, TIME_WORDS, VIEW_NOUNS
from ..ingest.datelines import split_dateline
from .marks import Segment, find_segments, paragraph_spans
from .speakers import Attribution, resolve_speakers

__all__ = ["find_quotes"]

_SUBJECT = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_OBJECT = {"obj", "dobj", "iobj", "dative"}
_CLAUSE = {"ccomp"}
_UP = {"advcl", "xcomp", "conj", "parataxis", "acl", "dep"}  # a participle or second verb takes its subject from its head
_NP_STOP = {"appos", "acl", "acl:relcl", "relcl", "advcl", "parataxis", "punct", "ccomp", "xcomp", "dep", "mark"}
_WH = {"whether", "if", "which", "what", "who", "whom", "how", "when", "where", "why"}
_LEAD_DROP = {"that", ",", ":", "—", "–", "-", "and"}
_DASHES = "—–-"
_SENT_END = re.compile(r"[.!?…]")
_MAX_WINDOW = 40  # tokens looked at on either side of a quote for its attribution
_MIN_DIRECT_WORDS = 3  # a shorter quoted stretch needs a clause around it (mixed) to count


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None  # character span
    speaker: tuple[int, int] | None = None  # token span [i, j)
    paragraph: int = 0
    segment: Segment | None = None
    sources: list[str] = field(default_factory=list)  # which rule found it (for debugging)
    follows: _Found | None = None  # a quote-only paragraph continues this quote's speaker
    cue_i: int | None = None  # token index of the cue verb (parse rules only)
    head: int | None = None  # token index of the reported clause's head (parse rules only)


def find_quotes(doc) -> list[Quote]:
    """Every quote in ``doc`` (a parsed spaCy Doc of the whole article text)."""
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    ctx = _Context(doc)
    found = _direct_quotes(ctx)
    found += _indirect_quotes(ctx, found)
    found = _drop_reported_inside(found)
    found.sort(key=lambda f: (f.start, f.end))
    _inherit_speakers(ctx, found)
    index = {id(f): n for n, f in enumerate(found)}
    attributions = [
        Attribution(f.start, f.end, f.kind, f.cue, f.speaker, f.paragraph, index.get(id(f.follows)),
                    ctx.full_speaker.get(f.speaker) if f.speaker is not None else None)
        for f in found
    ]
    return resolve_speakers(doc, attributions)


class _Context:
    """The doc with quick lookups: token at a character, paragraphs, segments."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.paragraphs = paragraph_spans(self.text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.segments = find_segments(self.text)
        self.top = [s for s in self.segments if s.depth == 0]
        self.top_starts = [s.open_start for s in self.top]
        self.full_speaker: dict[tuple[int, int], tuple[int, int]] = {}  # speaker span -> with its appositive
        self._label_ends: dict[int, int] = {}

    def token_at(self, char: int) -> int:
        """Index of the token holding (or starting after) character ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def tokens_between(self, a: int, b: int) -> range:
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b)
        return range(i, j)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def segment_at(self, char: int) -> Segment | None:
        """The outermost quoted segment holding ``char`` (marks included)."""
        k = bisect.bisect_right(self.top_starts, char) - 1
        if k >= 0:
            seg = self.top[k]
            if seg.open_start <= char < max(seg.close_end, seg.end):
                return seg
        return None

    def label_end(self, token) -> int:
        """Index of the first token after a paragraph's capitalised label (``IRAN:``, ``ASTANA (ZNN) –``),
        or the paragraph's first token when it has none. Cached per paragraph."""
        para = self.paragraph_of(token.idx)
        if para not in self._label_ends:
            lo, hi = self.paragraphs[para]
            dateline, rest = split_dateline(self.text[lo:hi], lambda agency: False)
            start = self.token_at(hi - len(rest.lstrip())) if dateline is not None else self.token_at(lo)
            self._label_ends[para] = _label_end(self.doc, start)
        return self._label_ends[para]

    def sentence_bounds(self, a: int, b: int) -> tuple[int, int]:
        """The stretch of text around [a, b) up to sentence ends outside quotes, within the paragraph."""
        p_lo, p_hi = self.paragraphs[self.paragraph_of(a)]
        lo = p_lo
        for m in _SENT_END.finditer(self.text, p_lo, a):
            if self.segment_at(m.start()) is None and self._ends_sentence(m.end(), a):
                lo = m.end()
        hi = p_hi
        for m in _SENT_END.finditer(self.text, b, p_hi):
            if self.segment_at(m.start()) is None and self._ends_sentence(m.end(), p_hi):
                hi = m.end()
                break
        return lo, hi

    def _ends_sentence(self, pos: int, limit: int) -> bool:
        # "U.S. officials", "Lt. Col." and "Aug. 24" do not end sentences: the next word is lower or a number
        rest = self.text[pos:limit].lstrip(" \"”’'»)")
        if not rest:
            return True
        if pos < len(self.text) and not self.text[pos].isspace() and self.text[pos] not in "\"”’'»)":
            return False
        word = self.text[max(0, pos - 5) : pos - 1].split()[-1:] or [""]
        if len(word[0]) <= 3 and word[0][:1].isupper() and word[0].isalpha() and word[0] not in {"He", "It"}:
            return False
        return rest[0].isupper() or rest[0] in "“\"«‘'„"


def _lemma(token) -> str:
    lemma = token.lemma_.lower()
    if lemma in CUE_LEMMAS:
        return lemma
    low = token.lower_
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in CUE_LEMMAS:
            return low[: -len(suffix)] + repl
    return lemma


def _is_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _is_cue(token) -> bool:
    if not _is_verb(token) or token.lower_ in ("so-called",) or token.dep_ in ("amod", "compound"):
        return False
    if (token.tag_ == "VBN" and 0 < token.i < len(token.doc) - 1 and token.nbor(1).pos_ == "NOUN"
            and token.nbor(-1).pos_ in ("DET", "ADJ", "NUM")):
        return False  # "an agreed list"
    if token.tag_ == "VBN" and token.dep_ in ("acl", "acl:relcl") and token.i > 0 and token.nbor(-1).text == ",":
        return False  # "National Guard members, called to service by the governor": a passive description
    lemma = _lemma(token)
    if lemma not in CUE_LEMMAS:
        return False
    if lemma in DOCUMENT_CUES and lemma not in SPEECH_VERBS:
        subject = next((c for c in token.children if c.dep_ in _SUBJECT), None)
        return subject is not None and _lemma(subject) in DOCUMENT_NOUNS  # "the poll shows", not "he shows"
    particle = PARTICLE_CUES.get(lemma)
    if particle and lemma not in SPEECH_VERBS and lemma not in OBJECT_CUES:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == particle
    return True


def _cue_span(ctx: _Context, token) -> tuple[int, int]:
    """The cue's characters: the verb, its particle (pointed out), a dash glued before it (— said)."""
    start, end = token.idx, token.idx + len(token.text)
    particle = PARTICLE_CUES.get(_lemma(token))
    if particle and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == particle:
        nxt = ctx.doc[token.i + 1]
        end = nxt.idx + len(nxt.text)
    if token.i > 0:
        prev = ctx.doc[token.i - 1]
        if prev.text in ("—", "–", "-", "--") and prev.i > 0 and ctx.doc[prev.i - 1].text in (",", "»", "”", "\"", "“"):
            start = prev.idx
    return start, end


def _subject(token, depth: int = 0):
    """The subject of a reporting verb, following participles and conjuncts up to their head."""
    participle = token.tag_ == "VBG" or token.tag_ == "VBN" and any(c.lower_ == "having" for c in token.children)
    if depth == 0 and participle and token.i > 0 and (token.doc[token.i - 1].text == "," or token.doc[token.i - 1].lower_ == "having"):
        # "…, adding that …" belongs to the sentence's main verb, wherever the parser hung it
        verbs = list(token.doc[_sentence_start(token) : token.i])
        verbs.sort(key=lambda v: not _is_cue(v))  # "The talks failed, the minister said, adding …": the minister adds
        for verb in verbs:
            if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ not in ("ccomp", "advcl", "acl", "acl:relcl", "relcl"):
                subj = _subject(verb, 3)
                if subj is not None:
                    return subj
    # nearest first: a parser can give the verb a second subject inside the quote ("“I am the guy …,” Mr. Clarke said")
    for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
        if child.lower_ in TIME_WORDS:
            continue  # "Tuesday said": the parser took the date for the speaker
        if child.dep_ in _SUBJECT and (not child.is_space or any(c.pos_ in ("PROPN", "NOUN") and abs(c.i - child.i) == 1 for c in child.children)):
            if child.lower_ in ("which", "who", "that") and child.i >= 2 and child.doc[child.i - 1].text == ",":
                return child.doc[child.i - 2]  # "the State Department, which described …"
            if child.lower_ in ("it", "there", "which", "who", "that"):
                return None
            return child
    if (token.dep_ in ("parataxis", "acl", "appos") or token.dep_ == "conj" and token.head.head.i == token.head.i
            and not _set_off(token.head, token)) and token.head.i < token.i and token.head.pos_ in ("PROPN", "NOUN"):
        return token.head  # "Karaduman, for his part, wrote …" parsed with the name as root
    if token.head.i == token.i:
        # a root with no subject: a name dislocated before it ("Karaduman, for his part, wrote")
        for child in token.lefts:
            if child.pos_ in ("PROPN", "NOUN") and not child.is_space and not any(c.dep_ in ("case", "mark") for c in child.children):
                if child.dep_ not in ("obl", "obl:tmod", "obl:npmod", "advmod", "npadvmod", "nmod:tmod") and not _set_off(child, token):
                    return child
    if depth < 3 and token.dep_ in _UP and token.head.i != token.i and _is_verb(token.head):
        return _subject(token.head, depth + 1)
    return None


def _set_off(noun, verb) -> bool:
    """A dash between a noun and a later verb: the noun is a gloss ("— a negotiator of the
    impossible — and said"), not the verb's subject."""
    return any(t.text in _DASHES or t.text == "--" for t in noun.doc[noun.i + 1 : verb.i])


def _root(token):
    """The top of ``token``'s tree (``sent.root`` can be a paragraph-break token)."""
    seen = 0
    while token.head.i != token.i and seen < 200:
        token, seen = token.head, seen + 1
    return token


def _np_span(ctx: _Context, head) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``head``, without appositives or relative clauses."""
    keep = {head.i}

    def walk(tok) -> None:
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i == tok.i + 1 + sum(
                    1 for t in tok.doc[tok.i + 1 : child.i] if t.pos_ == "PROPN"):
                keep.add(child.i)  # "Attorney General Roy Cooper": a name right after its office, no comma between
                walk(child)
                continue
            if child.dep_ in _NP_STOP or (child.dep_ == "cc" and tok is head):
                if child.dep_ == "punct" and child.text in ("-", "'", "’", "."):
                    keep.add(child.i)
                continue
            keep.add(child.i)
            walk(child)

    walk(head)
    lo = hi = head.i
    while lo - 1 in keep and ctx.doc[lo - 1].text != ",":
        lo -= 1
    while hi + 1 in keep and ctx.doc[hi + 1].text not in (",", "(", ":", ";"):
        hi += 1
    # a name right after its office is part of the speaker: "Iran's spokesman Mahmoud Rezvanifar"
    if hi + 1 < len(ctx.doc) and ctx.doc[hi + 1].ent_type_ in ("PERSON", "PER") and not ctx.doc[hi].ent_type_:
        hi += 1
    # an entity the span cuts into is taken whole
    for k in (lo, hi):
        tok = ctx.doc[k]
        if tok.ent_type_:
            ent = next((e for e in ctx.doc.ents if e.start <= k < e.end), None)
            if ent is not None:
                lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
    # "with Syria's foreign minister saying": a preposition the parser hung on the subject is not the speaker
    while lo < hi and (ctx.doc[lo].is_punct or ctx.doc[lo].is_space or ctx.doc[lo].lower_ in ("and", "but")
                       or ctx.doc[lo].pos_ == "ADP" and ctx.doc[lo].head.i >= lo):
        lo += 1
    while hi > lo and ctx.doc[hi].is_space:
        hi -= 1
    return lo, hi + 1


def _relative_start(doc, lo: int, hi: int) -> int:
    """Where a relative clause starts in doc[lo:hi] (``a tribal elder whose son has been detained``), else hi:
    its verbs belong to the aside, not to the sentence."""
    return next((j for j in range(lo, hi) if doc[j].lower_ in ("who", "whose", "which")), hi)


def _is_adverbial(tok) -> bool:
    """A word between a speaker and its verb ("also", "has", "not"); a noun the parser called advmod is not one."""
    return tok.pos_ in ("ADV", "AUX") or tok.dep_ in ("aux", "neg") or tok.dep_ == "advmod" and tok.pos_ not in ("NOUN", "PROPN", "PRON")


def _surface_speaker(ctx: _Context, cue, after: bool):
    """A noun phrase right after the cue (said the minister) or right before it (the minister said)."""
    doc = ctx.doc
    if after:
        k = cue.i + 1
        if k < len(doc) and doc[k].lower_ in TIME_WORDS:
            return None  # "said Tuesday": when, not who
        while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") and doc[k].text not in ",.":
            k += 1
            if doc[k - 1].pos_ in ("PROPN", "NOUN", "PRON") and (k >= len(doc) or doc[k].pos_ not in ("PROPN", "NOUN")):
                head = doc[k - 1]  # "said Rep. G.K. Butterfield": the name's head, so that its title comes along
                for _ in range(k - cue.i):  # bounded: a broken parse can hold a cycle
                    if not cue.i < head.head.i < k or head.head.i == head.i:
                        break
                    head = head.head
                return head
        return None
    k = cue.i - 1
    while k >= 0 and _is_adverbial(doc[k]):
        k -= 1
    if k >= 1 and doc[k].text == ",":  # "Mitch McConnell, R-Ky., said": step over the appositive
        opening = next((j for j in range(k - 1, max(k - 20, -1), -1) if doc[j].text == ","), None)
        # an appositive, a participle's aside ("Caferiyan, speaking to Iranian state television, described")
        # or a relative clause ("Bassam Nouri, who attended the meeting, said")
        if opening is not None and (not any(_is_verb(doc[j]) for j in range(opening + 1, _relative_start(doc, opening + 1, k)))
                                    or doc[opening + 1].tag_ == "VBG" and not any(_is_verb(doc[j]) for j in range(opening + 2, k))):
            k = opening - 1
    if k >= 1 and doc[k].text == ")":  # "Jim Jordan (R-Ohio), …, said": step over the aside
        opening = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), None)
        if opening is not None:
            k = opening - 1
    # (or the last word of a name the tagger got wrong: "Mahmoud al-Tayyan" with al-Tayyan as a verb)
    if k >= 0 and not doc[k].is_space and (doc[k].pos_ in ("PROPN", "NOUN", "PRON") or doc[k].ent_type_ in ("PERSON", "PER", "ORG")
                                            or k > 0 and doc[k - 1].pos_ == "PROPN" and not doc[k].is_punct and doc[k].text[:1].isalpha()):
        return doc[k]
    return None


_LABEL_MARKS = frozenset(":–—-(")


def _label_end(doc, start: int) -> int:
    """End of a label in capitals that opens a paragraph: a dateline left in the body (``ASTANA (ZNN) –``)
    or a factbox heading (``IRAN:``). Such labels are where the story is, never who speaks."""
    k, depth, marked = start, 0, False
    while k < len(doc) and k - start < 12:
        t = doc[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not (t.is_punct or t.is_space or (t.is_upper and len(t.text) > 1)):
            break
        marked = marked or t.text in _LABEL_MARKS
        k += 1
    if k == start or not marked or not doc[start].is_upper:
        return start
    return k


def _past_label(ctx: _Context, subj, cue):
    """The subject a paragraph label hid from the parser: ``IRAN: Envoy X said``, ``ASTANA (ZNN) – Iran's envoy, X, said``."""
    end = ctx.label_end(subj)
    if subj.i >= end or end >= cue.i:
        return subj
    top = ctx.doc[end]
    for _ in range(cue.i - end):  # bounded: a broken parse can hold a cycle
        if top.head.i == top.i or not end <= top.head.i < cue.i:
            break
        top = top.head
    if top.pos_ in ("NOUN", "PROPN", "PRON"):
        return top
    return _surface_speaker(ctx, cue, after=False)


_ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "ask", "urge", "warn", "remind", "brief"})


def _speaker_of(ctx: _Context, cue) -> tuple[int, int] | None:
    subj = _subject(cue)
    if subj is not None:
        subj = _past_label(ctx, subj, cue)
    if subj is not None and subj.i < cue.i and _inverted(cue) and cue.lemma_ not in _ADDRESSEE_CUES:
        # "…, said Mr. Barrett": a subject found before an inverted cue came from another verb's clause
        subj = _surface_speaker(ctx, cue, after=True) or subj
    if subj is None:
        # "told ZNN's correspondent": what follows a verb of telling is who heard it, never who spoke;
        # and what follows an uninverted cue ("His aides say it is …") is the reported clause
        before = _surface_speaker(ctx, cue, after=False)
        # and after "called" or "described" comes what was named
        after = None if cue.lemma_ in _ADDRESSEE_CUES or _lemma(cue) in OBJECT_CUES or before is not None and not _inverted(cue) \
            else _surface_speaker(ctx, cue, after=True)
        subj = after or before
        if subj is None:
            return None
    if any(c.lower_ == "whose" for c in subj.children):  # "X, an elder whose son …, urged": the son is not the speaker
        subj = _surface_speaker(ctx, cue, after=False)
        if subj is None:
            return None
    span = _np_span(ctx, subj)
    if subj.pos_ == "NOUN" and span[0] > 0 and ctx.doc[span[0] - 1].text == "," and span[1] <= cue.i:
        # "Rep. Dana Holt (R-Ohio), a member of the panel, said": the office is the name's appositive
        named = _surface_speaker(ctx, cue, after=False)
        if named is not None and named.pos_ == "PROPN" and named.i < span[0]:
            subj, span = named, _np_span(ctx, named)
    # a subject inside the quote is the parser's mistake: the words next to the cue are the speaker, if any
    if ctx.segment_at(ctx.doc[span[0]].idx) is not None:
        near = None if cue.lemma_ in _ADDRESSEE_CUES else _surface_speaker(ctx, cue, after=True)
        near = near or _surface_speaker(ctx, cue, after=False)
        if near is None or ctx.segment_at(near.idx) is not None:
            return None
        subj, span = near, _np_span(ctx, near)
    if span not in ctx.full_speaker:
        ctx.full_speaker[span] = _with_appositive(ctx, subj, span, cue)
    return span


def _inverted(cue) -> bool:
    """Whether the speaker comes after the cue: ``…,” said the minister``, ``— said X``, a sentence that opens with it."""
    doc = cue.doc
    if cue.tag_ == "VBG" or _lemma(cue) in OBJECT_CUES:
        return False  # "…, calling it …", "X, in Geneva, called the deal …": never followed by their speaker
    k = cue.i - 1
    while k >= 0 and _is_adverbial(doc[k]):
        k -= 1
    if not (k < 0 or doc[k].is_punct or doc[k].is_space):
        return False
    # "Rami Haddad, of the Forum, said the round …": a comma that closes an appositive, and a clause follows
    return not any(c.i > cue.i and (c.dep_ in _CLAUSE or c.lower_ == "that") and any(_is_verb(t) for t in c.subtree)
                   for c in cue.children) and not (cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "that")


def _surface_appositive(ctx: _Context, comma: int, cue) -> int:
    """End of ``, a former official who …`` after a speaker: up to the comma before its cue
    (``X, a …, said``) or, after the cue (``said X, a …``), to the sentence's end."""
    doc = ctx.doc
    if comma < cue.i:
        k = cue.i - 1
        while k > comma and _is_adverbial(doc[k]):
            k -= 1
        return k if doc[k].text == "," and k - comma <= 30 else comma
    end = comma + 1
    limit = min(doc[comma].sent.end, comma + 30)
    while end < limit and not doc[end].is_space and doc[end].text not in (";", ":", ".", "(", "“", "\"", "«", "—", "--"):
        if doc[end].text == "," and end + 1 < limit and (doc[end + 1].tag_ == "VBG" or doc[end + 1].is_punct):
            break
        end += 1
    return end if end < limit or limit == doc[comma].sent.end else comma


def _with_appositive(ctx: _Context, head, span: tuple[int, int], cue) -> tuple[int, int]:
    """The speaker's whole noun phrase: ``Kenneth Baer, a former official who runs a firm,`` (the speaker's
    span as the text gives it; the name alone, ``span``, is what resolution reads)."""
    doc = ctx.doc
    lo, hi = span
    lo = _office_run(doc, lo)
    if hi + 2 < len(doc) and doc[hi].text == "(" and doc[hi + 2].text == ")" or hi + 3 < len(doc) and doc[hi].text == "(" \
            and doc[hi + 3].text == ")":  # "Rep. Gwen Moore (D-Wis.)": the party tag belongs to the name
        hi = hi + 3 if doc[hi + 2].text == ")" else hi + 4
    if hi >= len(doc) or doc[hi].text not in (",", "(", "and"):
        return lo, hi
    end = hi
    for child in head.children:
        if child.i >= hi and child.dep_ in ("appos", "acl:relcl", "relcl", "acl", "conj"):
            end = max(end, child.right_edge.i + 1)
    if end == hi and doc[hi].text == "," and hi + 1 < len(doc) and (
            doc[hi + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[hi + 1].lower_ == "who"):
        end = _surface_appositive(ctx, hi, cue)  # the parser left the appositive unattached
    if end == hi:
        return lo, hi
    stop = min((t.i for t in doc[hi:end] if t.i == cue.i or t.is_space or t.text in (";", ":")
                or ctx.segment_at(t.idx) is not None), default=end)
    end = stop
    while end > hi and doc[end - 1].is_punct:
        end -= 1
    return (lo, end) if end > hi else (lo, hi)


def _office_run(doc, lo: int) -> int:
    """Start of the office words before a name, however the parser split them: "Tulsa police Chief Chuck Jordan"."""
    if doc[lo].pos_ != "PROPN":
        return lo
    k = lo - 1
    while (k >= 0 and lo - k <= 6 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[k].is_space
           and doc[k].lower_ not in TIME_WORDS and (doc[k].text[:1].isupper() or doc[k + 1].text[:1].isupper())
           # not over a place right before a name: "In Geneva Lavrov said"
           and not (doc[k].ent_type_ and doc[k + 1].ent_iob_ == "B" and doc[k + 1].ent_type_ in ("PERSON", "PER"))):
        k -= 1
    return k + 1


# ---------------------------------------------------------------------------- direct quotes


def _prev_char(ctx: _Context, pos: int, lo: int) -> str:
    k = pos - 1
    while k >= lo and ctx.text[k].isspace():
        k -= 1
    return ctx.text[k] if k >= lo else ""


def _window_cue(ctx: _Context, a: int, b: int, *, first: bool, limit: int):
    """The first (or last) reporting verb among the tokens of [a, b) outside quotes, within ``limit`` words."""
    tokens = [i for i in ctx.tokens_between(a, b) if ctx.segment_at(ctx.doc[i].idx) is None]
    if not first:
        tokens = tokens[::-1]
    words = depth = 0
    for i in tokens:
        tok = ctx.doc[i]
        depth = max(0, depth + (tok.text == "(") - (tok.text == ")")) if first else depth
        if not (tok.is_punct or tok.is_space or depth):
            words += 1  # punctuation and asides are free: "Jim Jordan (R-Ohio), an oversight panel member, said"
        if words > limit:
            break
        if _is_cue(tok):
            return tok
        if tok.lower_ == "according" and i + 1 < len(ctx.doc) and ctx.doc[i + 1].lower_ == "to":
            return tok
    return None


def _speaker_right_after(ctx: _Context, cue, char: int) -> bool:
    """Whether the cue's speaker is the first thing after ``char`` (punctuation aside)."""
    speaker = _speaker_of(ctx, cue)
    if speaker is None:
        return False
    before = [ctx.doc[i] for i in ctx.tokens_between(char, ctx.doc[speaker[0]].idx)]
    # nothing but the speaker's office may stand between: “…,” Senate Majority Leader Mitch McConnell said
    return all(t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in before)


_TITLE_SMALL = frozenset("a an and at by for from in of on or over the to under with vs".split())


def _is_title(content: str) -> bool:
    """A title in quote marks: two or more words, each capitalised but the small ones, nothing ending a sentence."""
    words = re.findall(r"[\w'’-]+", content)
    if len(words) < 2 or content.rstrip()[-1:] in (".", ",", "!", "?", ";"):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL or w[:1].isdigit() for w in words)


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _direct_quotes(ctx: _Context) -> list[_Found]:
    found: list[_Found] = []
    for seg in ctx.segments:
        if seg.continued:
            continue  # part of the quote opened in an earlier paragraph
        end = seg.end
        if seg.continues:
            end = _quote_end(ctx, seg)
        content = ctx.text[seg.start : seg.end]
        if _word_count(content) == 0:
            continue
        para = ctx.paragraph_of(seg.open_start)
        p_lo, p_hi = ctx.paragraphs[para]
        if seg.depth > 0:
            outer = next((o for o in ctx.top if o.open_start < seg.open_start and seg.end <= max(o.end, o.close_end)), None)
            lo = outer.start if outer else p_lo
            before = _prev_char(ctx, seg.open_start, lo)
            if before not in (":", ","):
                continue
            # inside a quote every token is "in a segment": look at the raw tokens instead
            cue = _nested_cue(ctx, lo, seg.open_start)
            if cue is None or _word_count(content) < _MIN_DIRECT_WORDS:
                continue
            found.append(_Found(seg.start, end, "direct", _cue_span(ctx, cue), _speaker_of(ctx, cue), para, seg))
            continue
        before = _prev_char(ctx, seg.open_start, p_lo)
        s_lo, s_hi = ctx.sentence_bounds(seg.open_start, seg.close_end)
        after_text = ctx.text[seg.close_end : s_hi].lstrip()
        embedded = before.isalnum() or before in ("(", "'", "’")
        if embedded:
            named = None if _is_title(content) else _object_cue_before(ctx, seg, s_lo)
            if named is not None:  # called the talks «a step forward»: what was said is the object and its label
                cue, first, speaker = named
                found.append(_Found(ctx.doc[first].idx, max(end, seg.close_end), "mixed", _cue_span(ctx, cue), speaker, para, seg))
                continue
            clause = _clause_quote(ctx, seg, s_lo)
            if clause is None:
                continue  # a fragment inside narration: the indirect pass decides (mixed or scare quote)
            kind, cue = clause
            found.append(_Found(seg.start, end, kind, _cue_span(ctx, cue), _speaker_of(ctx, cue), para, seg))
            continue
        words = _word_count(content)
        if _is_title(content):
            continue  # her 2023 book, “The Long Table”: a name, not words anyone said
        right = _window_cue(ctx, seg.close_end, s_hi, first=True, limit=8)
        if right is None and content.rstrip()[-1:] == ",":  # “…,” then a speaker with a long office, then the verb
            right = _window_cue(ctx, seg.close_end, s_hi, first=True, limit=24)
        left = None
        if before in (":", ",") or before in _DASHES or before == "":
            left = _window_cue(ctx, s_lo, seg.open_start, first=False, limit=12)
            if left is None and before in (":", ","):
                left = _continued(ctx, seg.open_start)
        if before in (":", ",") and left is not None:
            cue = left
        elif right is not None and (
            after_text[:1] in (",", "—", "–", "-") or not after_text[:1] or after_text[:1].islower()
            # or a new sentence that starts with the attribution: "The minister said this on Monday"
            or right.idx - seg.close_end < 40
            # or “…,” and a long speaker before the verb: “…,” Senate Majority Leader X, R-Ky., said
            or content.rstrip()[-1:] in (",", "?", "!") and _speaker_right_after(ctx, right, seg.close_end)
        ):
            cue = right
        else:
            cue = left
        # a short quote with no cue of its own only as the second half of “A,” X said. “B.”
        goes_on = bool(found) and found[-1].paragraph == para and found[-1].kind == "direct" and found[-1].cue is not None \
            and before in (".", "!", "?") and content.rstrip()[-1:] in (".", "!", "?")
        if cue is None and words < _MIN_DIRECT_WORDS + 2 and not goes_on:
            continue
        # a short quote needs a colon before it, or to be a whole utterance its cue follows: “I would,” she said
        utterance = cue is right and content.rstrip()[-1:] in (",", "?", "!", ".")
        if cue is not None and words < _MIN_DIRECT_WORDS and before not in (":",) and not utterance:
            continue
        f = _Found(seg.start, end, "direct", None, None, para, seg)
        if cue is not None:
            f.cue = _cue_span(ctx, cue)
            f.speaker = _according_speaker(ctx, cue) if cue.lower_ == "according" else _speaker_of(ctx, cue)
        f.sources.append("marks")
        found.append(f)
    return found


def _continued(ctx: _Context, open_start: int):
    """``She continued: “…”``: a verb that introduces a quote only right before its colon or comma."""
    i = ctx.token_at(open_start) - 1
    while i >= 0 and ctx.doc[i].text in (":", ",") or i >= 0 and ctx.doc[i].is_space:
        i -= 1
    tok = ctx.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.pos_ == "VERB" and _lemma(tok) in _INTRODUCING else None


_INTRODUCING = frozenset("continue begin start go conclude finish yell shout scream chant whisper cry".split())


def _nested_cue(ctx: _Context, lo: int, hi: int):
    for i in reversed(ctx.tokens_between(lo, hi)):
        tok = ctx.doc[i]
        if tok.idx < lo:
            break
        if _is_cue(tok):
            return tok
    return None


def _object_cue_before(ctx: _Context, seg: Segment, s_lo: int):
    """``called it «a provocation»``, ``described the talks as “useful and clear”``: a naming verb with a subject,
    then its object, then the quoted label. (cue token, first token of the object, speaker span) or None."""
    doc = ctx.doc
    toks = list(ctx.tokens_between(s_lo, seg.open_start))[-7:]
    for n in range(len(toks) - 2, -1, -1):
        tok = doc[toks[n]]
        between = [doc[i] for i in toks[n + 1 :]]
        if any(_is_verb(t) or t.is_punct or t.is_quote for t in between):
            break
        if tok.pos_ == "VERB" and _lemma(tok) in OBJECT_CUES:
            speaker = _speaker_of(ctx, tok)
            # with no speaker found, only a verb that has one in the text (not "a plan called …")
            finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.lower_ == "having" for c in tok.children)
            return (tok, toks[n + 1], speaker) if speaker is not None or finite else None
    return None


def _clause_quote(ctx: _Context, seg: Segment, s_lo: int):
    """A quote introduced inside the sentence: ``insisted that «…»`` (mixed) or ``said “We …”`` (direct)."""
    toks = list(ctx.tokens_between(s_lo, seg.open_start))
    if not toks:
        return None
    last = ctx.doc[toks[-1]]
    tail = ctx.text[seg.close_end : seg.close_end + 3].lstrip(" ")
    if tail[:1] not in (".", "", "!", "?") and seg.end != len(ctx.text) and not ctx.text[seg.end - 1 : seg.end] in ".!?":
        return None
    if _is_cue(last):
        return ("direct" if ctx.text[seg.start : seg.start + 1].isupper() else "mixed"), last
    if last.lower_ == "that" and len(toks) >= 2:
        for i in reversed(toks[:-1][-6:]):
            if _is_cue(ctx.doc[i]):
                return "mixed", ctx.doc[i]
    return None


def _quote_end(ctx: _Context, seg: Segment) -> int:
    """Where a quote that runs over paragraphs finally closes."""
    k = ctx.segments.index(seg)
    end = seg.end
    for nxt in ctx.segments[k + 1 :]:
        if nxt.depth == 0 and nxt.continued:
            end = nxt.end
            if not nxt.continues:
                break
        elif nxt.depth == 0:
            break
    return end


def _according_speaker(ctx: _Context, according) -> tuple[int, int] | None:
    doc = ctx.doc
    k = according.i + 2
    if k >= len(doc):
        return None
    j = k
    while j < len(doc) and doc[j].text not in (",", ".", ";", ":", "(", "“", "\"", "«") and not (
        doc[j].pos_ in ("VERB", "AUX") and doc[j].tag_ not in ("VBN", "VBG")
    ):
        j += 1
    return (k, j) if j > k else None


# ---------------------------------------------------------------------------- indirect speech


def _indirect_quotes(ctx: _Context, direct: list[_Found]) -> list[_Found]:
    doc = ctx.doc
    out: list[_Found] = []
    taken = [(min(f.start, f.segment.open_start), max(f.end, f.segment.close_end)) for f in direct if f.segment is not None]

    def in_direct(char: int) -> bool:
        return any(a <= char < b for a, b in taken)

    for tok in doc:
        if in_direct(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            out += _according(ctx, tok)
            continue
        if tok.lower_ == "in" and tok.i + 2 < len(doc):
            out += _in_view(ctx, tok)
            continue
        if not _is_cue(tok) or ctx.segment_at(tok.idx) is not None:
            continue
        out += _reported_clauses(ctx, tok)
    kept = []
    for f in out:
        if any(_overlap(f.start, f.end, a, b) > 0.3 * (f.end - f.start) for a, b in taken):
            continue
        if any(g.start == f.start and g.end == f.end for g in kept):
            continue
        f.kind = _indirect_kind(ctx, f)
        if f.kind is None:
            continue
        kept.append(f)
    # "According to X, the ministers stressed …": the whole sentence is X's, once
    wrapped = [f for f in kept if "according" in f.sources or "view" in f.sources]
    kept = [f for f in kept if f in wrapped or not any(w.start <= f.cue[0] < w.end for w in wrapped)]
    return _drop_nested(kept)


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """A clause reported inside another reported clause keeps the outer one only.

    Same cue chain (``said that A, and that B`` parsed twice), or a second cue
    inside the first one's clause (``X said she believes that …``, ``He said
    Obama hopes that …``): what the article reports is X's statement, which
    holds the inner one. The inner cue must head the outer clause, so that a
    second statement beside the first (``…, but pledged to …``) stays.
    """
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[_Found] = []
    for f in found:
        if any(g.start <= f.start and f.end <= g.end and g.cue == f.cue for g in out):
            continue
        out.append(f)
    heads = {f.head: f for f in out if f.head is not None}
    return [f for f in out if f.cue_i not in heads or not (heads[f.cue_i].start <= f.start and f.end <= heads[f.cue_i].end)]


def _drop_reported_inside(found: list[_Found]) -> list[_Found]:
    """Two clauses that each hold the other's cue: the one read backwards from its cue is the parser's mistake.
    "X told a briefing that all three countries … had confirmed their attendance" is X's statement; its
    "confirmed" does not report "X told a briefing that all three countries"."""
    def inside(f: _Found, g: _Found) -> bool:
        return f.cue is not None and g.start <= f.cue[0] < g.end

    return [f for f in found if "parse" not in f.sources or f.cue is None or f.end > f.cue[0] or not any(
        g is not f and inside(f, g) and inside(g, f) for g in found)]


def _indirect_kind(ctx: _Context, f: _Found) -> str | None:
    """mixed when a quoted fragment lies inside the clause; None when the clause is only a scare-quoted word."""
    inside = [s for s in ctx.top if f.start <= s.open_start < f.end]
    if not inside:
        return "indirect"
    quoted = sum(_word_count(ctx.text[s.start : s.end]) for s in inside)
    if quoted >= 2 or any(_word_count(ctx.text[s.start : s.end]) >= 2 for s in inside):
        return "mixed"
    return "mixed" if quoted >= 1 and _word_count(ctx.text[f.start : f.end]) <= 4 else "indirect"


def _trim(ctx: _Context, i: int, j: int) -> tuple[int, int] | None:
    """Character span of tokens [i, j) without a leading ``that``/punctuation and trailing punctuation."""
    doc = ctx.doc
    while i < j and (doc[i].is_space or doc[i].lower_ in _LEAD_DROP or (doc[i].is_punct and doc[i].text not in "“\"«„‘'")):
        i += 1
    while j > i and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text not in "”\"»’'“")):
        j -= 1
    if j - i < 2:
        return None
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    # a closing mark without its opener (the clause starts inside a quote) is dropped
    return start, end


def _subtree_range(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _reported_clauses(ctx: _Context, cue) -> list[_Found]:
    """``X said (that) …``, ``…, adding that …``, ``X urged Y to …``, ``X described A as B``, ``…, X said.``"""
    doc = ctx.doc
    lemma = _lemma(cue)
    aside = _parenthetical(ctx, cue)
    if aside is not None:
        return [aside]
    found = []
    spans: list[tuple[int, int]] = []
    # "stressed, however, that …" can come out as parataxis or advcl: a "that" says it is the complement
    clauses = [c for c in cue.children if c.i > cue.i and (c.dep_ in _CLAUSE or c.dep_ in ("parataxis", "advcl", "dep")
                                                           and _that_mark(c) is not None)]
    if _inverted(cue):  # "…, said Mr. Barrett, the lawyer": a name after an inverted cue is who, not what
        clauses = [c for c in clauses if c.pos_ not in ("PROPN", "NOUN") or any(_is_verb(t) for t in c.subtree)]
    heads: dict[int, int] = {}  # clause start -> its head token
    for clause in clauses:
        i, j = _subtree_range(clause)
        mark = _that_mark(clause)
        if mark is not None and mark.i > i:  # ", however, that …": the clause starts at its "that"
            i = mark.i
        heads[i] = clause.i
        for conj in clause.children:
            # "said that A, and that B": one record per clause
            if conj.dep_ == "conj" and any(m.lower_ == "that" for m in conj.children if m.i < conj.i):
                ci, cj = _subtree_range(conj)
                spans.append((ci, cj))
                j = min(j, ci)
        spans.append((i, j))
        spans += _second_that_clause(ctx, cue, j)
    spans = _join_listed(doc, spans)
    if not clauses and lemma not in BELIEF_VERBS:
        # "told his advisers to figure out …" (an infinitive the parser may call advcl)
        xcomp = [c for c in cue.children if c.i > cue.i and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "to" for m in c.children))]
        obj = [c for c in cue.children if c.dep_ in _OBJECT and c.i > cue.i]
        if lemma in OBJECT_CUES and obj and _subject(cue) is not None:
            # "described the talks as constructive", "called the meeting “fruitful”"
            complement = [c for c in list(cue.children) + list(obj[0].children) if c.i > obj[0].i and c.dep_ in ("xcomp", "obl", "advcl", "oprd", "prep", "acl", "amod", "nmod", "ccomp")]
            if complement:
                spans.append((obj[0].left_edge.i, max(c.right_edge.i for c in complement) + 1))
        elif xcomp and lemma in ("urge", "call", "ask", "demand", "warn", "tell", "accuse", "promise", "pledge", "vow", "threaten"):
            start = obj[0].left_edge.i if obj else xcomp[0].left_edge.i
            spans.append((start, xcomp[0].right_edge.i + 1))
        elif lemma == "accuse" and obj:
            spans.append((obj[0].left_edge.i, max(t.i for t in cue.subtree) + 1))
        elif lemma in ("call", "appeal") and _subject(cue) is not None:
            spans += _called_for(cue)  # "X called for an independent inquiry": what was demanded
    if not spans:
        spans += _that_clause(ctx, cue)
    if not spans and lemma not in BELIEF_VERBS:
        tail = _fronted_clause(ctx, cue)
        speaker = _speaker_of(ctx, cue)
        # "X, who studies tax policy, said …": the clause before the cue is the speaker's relative clause
        if tail is not None and not (speaker is not None and speaker[0] <= tail[0] < speaker[1]):
            spans.append(tail)
    if not spans and lemma in SPEECH_VERBS:
        spans += _clause_after(ctx, cue)
    for i, j in [part for span in spans for part in _cut_clause(ctx, *span)]:
        head = heads.get(i)
        if i <= cue.i < j:
            j = cue.i if i < cue.i else j
            i = cue.i + 1 if i == cue.i else i
        if i >= j or doc[i].lower_ in _WH or (i + 1 < len(doc) and doc[i].lower_ == "that" and doc[i + 1].lower_ in _WH - {"if"}):
            continue
        span = _trim(ctx, i, j)
        if span is None:
            continue
        speaker = _speaker_of(ctx, cue)
        if lemma in BELIEF_VERBS and speaker is None:
            continue
        if speaker is not None and speaker[0] <= doc[i].i < speaker[1]:
            continue
        found.append(_Found(span[0], span[1], "indirect", _cue_span(ctx, cue), speaker, ctx.paragraph_of(span[0]),
                            sources=["parse"], cue_i=cue.i, head=head))
    return found


def _parenthetical(ctx: _Context, cue) -> _Found | None:
    """``The museum, Mr. Obama said, would make visitors face uncomfortable truths.``: an attribution set in
    commas inside the statement reports the whole sentence (its words included: one span holds both sides)."""
    doc = ctx.doc
    if _lemma(cue) in BELIEF_VERBS:
        return None
    # the words right before the cue, whatever the parser made of them ("The museum, Mr. Obama said")
    k = cue.i - 1
    while k >= 0 and _is_adverbial(doc[k]):
        k -= 1
    lo = k
    while lo >= 0 and k - lo < 8 and (doc[lo].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM") or doc[lo].text in (".", "-")):
        lo -= 1
    if lo == k or lo < 0 or doc[lo].text != ",":
        return None
    speaker = (lo + 1, k + 1)
    ctx.full_speaker.setdefault(speaker, speaker)
    # the sentence by the parser, within the sentence by punctuation (either may be wrong, rarely both)
    c_lo, c_hi = ctx.sentence_bounds(cue.idx, cue.idx + 1)
    start = max(_sentence_start(cue), ctx.token_at(c_lo))
    while start < lo and doc[start].is_space:
        start += 1
    if lo - start < 2 or doc[lo].text != ",":
        return None
    k = cue.i + 1  # "said on Monday," / "said in an interview,"
    while k < len(doc) and k - cue.i <= 5 and doc[k].text != "," and not _is_verb(doc[k]) and not doc[k].is_quote:
        k += 1
    end = min(cue.sent.end, ctx.token_at(c_hi - 1) + 1)
    if k >= end or doc[k].text != "," or end - k < 4 or ctx.segment_at(doc[start].idx) is not None:
        return None
    after = doc[k + 1]
    if after.tag_ == "VBG" or after.lower_ in ("and", "but", "while", "as", "before", "after", "because", "although", "though", "when"):
        return None  # "…, the minister said, adding that …": a statement of its own follows, not the rest of this one
    span = _trim(ctx, start, end)
    if span is None:
        return None
    return _Found(span[0], span[1], "indirect", _cue_span(ctx, cue), speaker, ctx.paragraph_of(span[0]),
                  sources=["parse", "aside"], cue_i=cue.i)


def _called_for(cue) -> list[tuple[int, int]]:
    """The object of "for" after the cue, in UD (obl + case) or ClearNLP (prep + pobj) labels."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "for":
            return [(g.left_edge.i, g.right_edge.i + 1) for g in child.children if g.dep_ == "pobj"][:1]
        if child.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "for" for g in child.children):
            return [(child.left_edge.i + 1, child.right_edge.i + 1)]
    return []


def _join_listed(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``notes that A: B, C and D`` parsed as four clauses of one cue is one statement: clauses that follow
    each other with only punctuation or "and" between them, and no "that" of their own, are joined."""
    out: list[tuple[int, int]] = []
    for i, j in sorted(spans):
        if out and 0 <= i - out[-1][1] <= 2 and doc[i].lower_ != "that" and all(
                t.is_punct or t.lower_ in ("and", "but") for t in doc[out[-1][1] : i]) and ":" in doc[out[-1][0] : j].text:
            out[-1] = (out[-1][0], max(j, out[-1][1]))
        else:
            out.append((i, j))
    return out


def _that_mark(clause):
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i), None)


def _second_that_clause(ctx: _Context, cue, j: int) -> list[tuple[int, int]]:
    """``warned that A, and that B`` where the parser hung the second clause on the verb: B up to the sentence's end."""
    doc = ctx.doc
    k = j
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ not in ("and", "but") or doc[k + 1].lower_ != "that":
        return []
    end = ctx.token_at(ctx.sentence_bounds(doc[k].idx, doc[k].idx + 1)[1] - 1) + 1
    return [(k + 2, end)] if end - (k + 2) >= 3 else []


def _clause_after(ctx: _Context, cue) -> list[tuple[int, int]]:
    """``Kevin Sullivan says he instructed staff …`` when the parser lost the clause: a subject and a finite
    verb right after the cue, up to the sentence's end."""
    doc = ctx.doc
    # the sentence by its punctuation: the parser may have cut it ("… instructed staff | Monday to check …")
    end = ctx.token_at(ctx.sentence_bounds(cue.idx, cue.idx + 1)[1] - 1) + 1
    k = cue.i + 1
    while k < end and (doc[k].lower_ in TIME_WORDS or doc[k].lower_ in ("that", "on")):
        k += 1
    if k >= end or doc[k].pos_ not in ("PRON", "PROPN", "NOUN", "DET", "NUM", "ADJ") or doc[k].lower_ in _WH:
        return []
    finite = next((j for j in range(k + 1, min(end, k + 8)) if doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    if finite is None or any(doc[j].is_punct for j in range(k, finite)) or end - k < 4:
        return []
    return [(k, end)]


def _that_clause(ctx: _Context, cue) -> list[tuple[int, int]]:
    """``told the Courier that …`` when the parser missed the clause: an object, then ``that``."""
    doc = ctx.doc
    end = cue.sent.end
    k = cue.i + 1
    if k < end and doc[k].lower_ in PARTICLE_CUES.values():
        k += 1
    start = k
    while k < end and k - start <= 8 and doc[k].lower_ != "that":
        if _is_verb(doc[k]) or doc[k].text in (",", ";", ":", "“", "\"", "«"):
            return []
        k += 1
    if k >= end or doc[k].lower_ != "that" or end - k < 3:
        return []
    return [(k + 1, end)]



def _cut_clause(ctx: _Context, i: int, j: int) -> list[tuple[int, int]]:
    """A reported clause split where a second one starts (``…, and that B``) or a participle takes over (``…, adding that``)."""
    doc = ctx.doc
    parts = []
    start = i
    for k in range(i + 1, j):
        tok = doc[k]
        if tok.lower_ == "that" and doc[k - 1].lower_ in ("and", "but") and k - start > 2:
            parts.append((start, k - 1))
            start = k + 1
        elif doc[k - 1].text == "," and tok.tag_ == "VBG" and _is_cue(tok):
            j = k - 1
            break
    parts.append((start, j))
    return [(a, b) for a, b in parts if b > a]


def _modifies_speaker(verb) -> bool:
    """``retired`` in "…,” retired Air Force general X said": a participle opening the speaker's phrase."""
    doc = verb.doc
    if verb.dep_ in ("amod", "compound"):
        return True
    return (verb.tag_ in ("VBN", "VBD") and verb.i > 0 and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote)
            and verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("ADJ", "NOUN", "PROPN"))


def _sentence_start(tok) -> int:
    """Where ``tok``'s sentence starts, undoing the parser's split after a comma and a closing quote mark
    (``Clinton "is the only candidate," | Newton said.``): a comma never ends a sentence."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(3):  # bounded: one split per quoted stretch is what the parser does
        k = start - 1
        while k >= 0 and (doc[k].is_quote or doc[k].is_space and "\n" not in doc[k].text):
            k -= 1
        if k < 0 or doc[k].text != ",":
            break
        start = doc[k].sent.start
    return start


def _fronted_clause(ctx: _Context, cue) -> tuple[int, int] | None:
    """``The talks failed, the minister said (on Monday).``: the clause before the attribution."""
    doc = ctx.doc
    sent_start = _sentence_start(cue)
    k = cue.i - 1
    # walk back over the speaker (or nothing, in "…, said the minister")
    while k > sent_start and doc[k].text != ",":
        if doc[k].pos_ == "VERB" and not _modifies_speaker(doc[k]):
            return None
        k -= 1
    if k <= sent_start + 2 or doc[k].text != ",":
        return None
    start = sent_start
    while start < k and doc[start].is_space:
        start += 1
    if doc[start].lower_ in ("according", "in", "asked") or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[start:k]):
        return None  # "According to X, Y said …": the fronted part is no clause of its own
    # a sentence that opens with a quote that has its own record is not reported twice
    if ctx.segment_at(doc[start].idx) is not None:
        return None
    return start, k


def _according(ctx: _Context, according) -> list[_Found]:
    """``According to X, …`` and ``…, according to X.``"""
    doc = ctx.doc
    sent = according.sent
    speaker = _according_speaker(ctx, according)
    if speaker is None:
        return []
    cue = (according.idx, doc[according.i + 1].idx + len(doc[according.i + 1].text))
    if according.i == sent.start or (according.i > sent.start and doc[according.i - 1].is_punct and doc[according.i - 1].text != ","):
        i, j = speaker[1], sent.end
    else:
        i, j = sent.start, according.i
        if speaker[1] < sent.end - 1:
            j2 = speaker[1]
            # "X, according to Y, said …" keeps the whole clause
            if doc[j2].text == "," and sent.end - j2 > 4:
                i, j = sent.start, sent.end
    span = _trim(ctx, i, j)
    if span is None or span[1] - span[0] < 8:
        return []
    if i == sent.start and j == sent.end:
        span = (doc[sent.start].idx, span[1])
    return [_Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["according"])]


def _in_view(ctx: _Context, tok) -> list[_Found]:
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
    span = _trim(ctx, after + 1, sent.end)
    if span is None:
        return []
    cue = (tok.idx, cue_end_tok.idx + len(cue_end_tok.text))
    return [_Found(span[0], span[1], "indirect", cue, speaker, ctx.paragraph_of(span[0]), sources=["view"])]


# ---------------------------------------------------------------------------- continuation


def _inherit_speakers(ctx: _Context, found: list[_Found]) -> None:
    """A quote with no attribution of its own continues the speaker of the quote before it.

    Within a paragraph (“A,” she said. “B.”) it shares that quote's cue and
    speaker; a paragraph that is only a quote takes the previous paragraph's
    speaker, with no cue of its own. Anything else with no cue is dropped.
    """
    prev: _Found | None = None
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
