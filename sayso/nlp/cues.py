"""The shared ground of the quote finders: the article as lookups, the record of a found quote, cue verbs.

``Context`` is the parsed doc with quick lookups (the token at a character, paragraphs, quoted segments,
sentence bounds); ``Found`` is one quote before its speaker's name is resolved. The rest are the word-level
tests every rule uses: whether a token is a verb or a reporting verb (``lemma_of`` mends lemmas the tagger
got wrong), the cue's characters, where a sentence starts, and token spans trimmed to characters.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER

from .lexicon import (BELIEF_VERBS, DAY_PARTS, CUE_LEMMAS, DOCUMENT_CUES, DOCUMENT_NOUNS, FINDING_CUES, MEDIA_NOUNS, OBJECT_CUES, PARTICLE_CUES, ROLE_NOUNS,
                      QUOTE_CUES, SPEECH_VERBS, THAT_CUES, TIME_WORDS, WRITINGS)
from ..ingest.datelines import split_dateline
from .marks import Segment, find_segments, paragraph_spans

RUN_MEMOS: list[str] = []  # doc.user_data keys of the memos a run keeps while it holds the doc (``people.holding``)


DOC_TEXT = "sayso.text"  # doc.user_data key: the text the doc was parsed from (``stage.parse_text``, ``quotes.find_quotes``)


def doc_text(doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` where the doc was parsed or searched for quotes: spaCy builds the text
    anew from every token at each ``doc.text``, which a rule asking for the words before a mention pays for each time."""
    text = doc.user_data.get(DOC_TEXT)
    return text if text is not None else doc.text


def run_memo_key(name: str) -> str:
    """A doc.user_data key for answers kept while a run holds the doc: ``holding`` gives it an empty dict at the start
    and drops it at the end; outside a run ``doc.user_data.get(key)`` is None and nothing is kept."""
    key = "sayso." + name
    RUN_MEMOS.append(key)
    return key


def kept_per_run(name: str):
    """Keep the answers of a function of a token (and more hashable arguments) that hang on the doc alone, by the
    token's index and the arguments, while a run holds the doc: the rules ask the same of the same words again and
    again (what a sentence starts at, whether a verb is a cue, whose it is)."""
    key = run_memo_key(name)

    def keep(func):
        @functools.wraps(func)
        def kept(token, *args):
            memo = token.doc.user_data.get(key)
            if memo is None:
                return func(token, *args)
            at = (token.i, *args) if args else token.i
            try:
                return memo[at]
            except KeyError:
                found = memo[at] = func(token, *args)
                return found
        return kept
    return keep

SUBJECT = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
CLAUSE = {"ccomp"}
DASHES = "—–-"
_LEAD_DROP = {"that", ",", ":", "—", "–", "-", "and"}
_SENT_END = re.compile(r"[.!?…]")
_GLOSS = re.compile(r"[ \t]*\([^()\n]{3,400}\)")


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None  # character span
    speaker: tuple[int, int] | None = None  # token span [i, j)
    paragraph: int = 0
    segment: Segment | None = None
    sources: list[str] = field(default_factory=list)  # which rule found it (for debugging)
    follows: Found | None = None  # a quote-only paragraph continues this quote's speaker
    cue_i: int | None = None  # token index of the cue verb (parse rules only)
    head: int | None = None  # token index of the reported clause's head (parse rules only)


class Context:
    """The doc with quick lookups: token at a character, paragraphs, segments."""

    def __init__(self, doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # (doc.text rebuilds the text on every access)
        self.starts = doc.to_array(IDX).tolist()  # (one array read, not a Token per word)
        self.paragraphs = paragraph_spans(self.text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.segments = find_segments(self.text)
        self.top = [s for s in self.segments if s.depth == 0]
        self.top_starts = [s.open_start for s in self.top]
        self.full_speaker: dict[tuple[int, int], tuple[int, int]] = {}  # speaker span -> with its appositive
        self.speakers: dict[int, tuple[int, int] | None] = {}  # cue token -> its speaker span (speaker_spans.speaker_of)
        self._label_ends: dict[int, int] = {}
        self._bounds: dict[tuple[int, int], tuple[int, int]] = {}  # sentence_bounds by its arguments

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

    def after_gloss(self, close_end: int) -> int:
        """Where the text goes on after a translation in brackets right after a quote's closing mark: ``«Nou pa vle
        pale ak lapolis» (We do not want to talk with the police), he warns`` (else ``close_end``)."""
        m = _GLOSS.match(self.text, close_end, self.paragraphs[self.paragraph_of(close_end)][1])
        return m.end() if m else close_end

    def label_end(self, token) -> int:
        """Index of the first token after a paragraph's capitalised label (``IRAN:``, ``ASTANA (ZNN) –``),
        or the paragraph's first token when it has none. Cached per paragraph."""
        para = self.paragraph_of(token.idx)
        if para not in self._label_ends:
            lo, hi = self.paragraphs[para]
            # ("GENEVA, May 20 (Reuters) -": any capitalised agency in brackets after a place and a date is a label)
            paragraph = self.text[lo:hi]
            dateline, rest = split_dateline(paragraph, lambda agency: agency[:1].isupper() and f"({agency})" in paragraph[:80])
            start = self.token_at(hi - len(rest.lstrip())) if dateline is not None else self.token_at(lo)
            self._label_ends[para] = _label_end(self.doc, start)
        return self._label_ends[para]

    def sentence_bounds(self, a: int, b: int) -> tuple[int, int]:
        """The stretch of text around [a, b) up to sentence ends outside quotes, within the paragraph (kept: the rules
        ask for the same sentences again and again)."""
        found = self._bounds.get((a, b))
        if found is None:
            found = self._bounds[a, b] = self._sentence_bounds(a, b)
        return found

    def _sentence_bounds(self, a: int, b: int) -> tuple[int, int]:
        p_lo, p_hi = self.paragraphs[self.paragraph_of(a)]
        lo = p_lo
        for m in _SENT_END.finditer(self.text, p_lo, a):
            stop = self._stop_end(m.start(), m.end())
            if stop is not None and stop <= a and self._ends_sentence(stop, a):
                lo = stop
        hi = p_hi
        for m in _SENT_END.finditer(self.text, b, p_hi):
            stop = self._stop_end(m.start(), m.end())
            if stop is not None and self._ends_sentence(stop, p_hi):
                hi = stop
                break
        return lo, hi

    def _stop_end(self, start: int, end: int) -> int | None:
        """Where a sentence would end at the stop [start, end): right after it outside quotes, after the closing mark
        when a quote closes on it ('described the decision as “hasty.” It recalled …'), else None (a stop inside
        a quote ends the quoted speaker's sentence, not the narrator's)."""
        seg = self.segment_at(start)
        if seg is None:
            return end
        return seg.close_end if seg.close_end > seg.end and self.text[end : seg.close_end].strip() in _CLOSING_MARKS else None

    def sentence_end(self, token) -> int:
        """Index after the last token of ``token``'s sentence by its punctuation (the parser may cut it short)."""
        return self.token_at(self.sentence_bounds(token.idx, token.idx + 1)[1] - 1) + 1

    def sentence_first(self, token) -> int:
        """Index of the first token of ``token``'s sentence, by the parser or by punctuation, whichever is earlier."""
        return min(sentence_start(token), self.token_at(self.sentence_bounds(token.idx, token.idx + 1)[0]))

    def _ends_sentence(self, pos: int, limit: int) -> bool:
        # "U.S. officials", "Lt. Col." and "Aug. 24" do not end sentences: the next word is lower or a number
        rest = self.text[pos:limit].lstrip(" \"”’'»)")
        if not rest:
            return True
        if pos < len(self.text) and not self.text[pos].isspace() and self.text[pos] not in "\"”’'»)":
            return False
        word = self.text[max(0, pos - 6) : pos - 1].split()[-1:] or [""]
        if len(word[0]) <= 3 and word[0][:1].isupper() and word[0].isalpha() and word[0] not in {"He", "It"} \
                or word[0] in _HONORIFIC_INITIALS:
            return False
        return rest[0].isupper() or rest[0] in "“\"«‘'„"


_CLOSING_MARKS = frozenset({"”", "\"", "»", "’", "'", "’’", "''", "“"})
# "H.E. Dr. Al-Mannai told PNA": His Excellency, His Highness … before a name (the stop is the title's)
_HONORIFIC_INITIALS = frozenset({"H.E", "H.H", "H.R.H", "H.M"})


def _closes_sentence(token) -> bool:
    """Whether only when or where comes after ``token`` up to its sentence's stop: "…, the director …, Dwi Hartono
    Saputra, conveyed|acl here on Saturday." is the claim's attribution, not a description of him."""
    doc = token.doc
    k = token.i + 1
    while k < len(doc) and k - token.i <= 4 and (doc[k].lower_ in TIME_WORDS or doc[k].lower_ in ("here", "there", "on", "this")):
        k += 1
    return k > token.i + 1 and k < len(doc) and doc[k].text == "."


def lemma_of(token) -> str:
    """The token's lemma in lower case, or the cue lemma its form has where the lemmatizer missed it ("precised")."""
    key = (token.lemma, token.lower)  # (string ids: the strings are looked up once per pair, not per call)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) > 200_000:  # (a long-running process meets ever new words)
            _LEMMAS.clear()
        found = _LEMMAS[key] = _cue_lemma(token.lemma_.lower(), token.lower_)
    return found


_LEMMAS: dict[tuple[int, int], str] = {}


# the endings a lemmatizer may leave on a cue ("precised"), with what the lemma ends in instead
_INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("s", ""))


def _cue_lemma(lemma: str, low: str) -> str:
    """The cue lemma of a word with the lemma ``lemma`` (lower case) and the form ``low``, where the lemmatizer
    missed it ("precised"); else ``lemma``."""
    if lemma in CUE_LEMMAS:
        return lemma
    return next((low[: -len(end)] + repl for end, repl in _INFLECTIONS
                 if low.endswith(end) and low[: -len(end)] + repl in CUE_LEMMAS), lemma)


def let_known(token) -> bool:
    """"let it be known that …", the Dutch "liet weten" word for word: a statement, its verb ``known``."""
    return token.lower_ == "known" and token.head.lower_ in ("let", "lets") and token.head.i < token.i


def _inflected_cue(low: str) -> bool:
    """Whether the form ``low`` is a cue lemma with an ending the lemmatizer may have left on it."""
    return any(low.endswith(end) and low[: -len(end)] + repl in CUE_LEMMAS for end, repl in _INFLECTIONS)


class HashTest:
    """The string hashes that pass ``test``, each string tested once (string hashes are the same in every vocab)."""

    def __init__(self, test) -> None:
        self.test = test
        self.verdicts: dict[int, bool] = {}

    def mask(self, hashes, strings):
        """Whether each of ``hashes`` (a numpy array) passes (each distinct hash looked up once, in Python; a lookup
        per token, or ``numpy.isin`` with the few that pass, costs more)."""
        distinct, inverse = np.unique(hashes, return_inverse=True)
        values = distinct.tolist()
        verdicts = self.verdicts
        if len(verdicts) > 200_000:  # (a long-running process meets ever new words)
            verdicts.clear()
        test = self.test
        passes = [v if (v := verdicts.get(h)) is not None else verdicts.setdefault(h, bool(test(strings[h]))) for h in values]
        return np.array(passes, dtype=bool)[inverse]


_CUE_LEMMAS = HashTest(lambda lemma: lemma.lower() in CUE_LEMMAS)
_CUE_FORMS = HashTest(_inflected_cue)


def cue_lemma_tokens(doc) -> set[int]:
    """The tokens whose ``lemma_of`` is a cue lemma: ``is_cue`` is False for every other one. A token is one when its
    lemma is or its form is one with an ending (``_cue_lemma``); each lemma and form is tested once, by its string
    hash, which costs far less than ``is_cue``'s tests on every token."""
    arr = doc.to_array([LEMMA, LOWER])
    strings = doc.vocab.strings
    return set(np.flatnonzero(_CUE_LEMMAS.mask(arr[:, 0], strings) | _CUE_FORMS.mask(arr[:, 1], strings)).tolist())


def is_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_participle(token) -> bool:
    """``…, adding that``: an -ing form after a comma, also where the tagger made a noun of it (``warning that``)."""
    if token.tag_ == "VBG":
        return True
    doc = token.doc
    return (token.lower_.endswith("ing") and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == ","
            and doc[token.i + 1].lower_ == "that" and lemma_of(token) in CUE_LEMMAS)


def tokens_where(doc, mask, stop: int | None = None) -> list:
    """The tokens of ``doc`` before ``stop`` where ``mask`` (a numpy array of booleans, one per token) is true: the
    scans of every token pick theirs from the doc's arrays, as reading each token's attributes in Python cost more
    than the rules."""
    return [doc[i] for i in np.flatnonzero(mask[: None if stop is None else max(stop, 0)]).tolist()]


def _past_relay(doc, k: int) -> int:
    """The comma that closes a relaying aside at token ``k`` (", according to the same agency,"), else ``k``: the
    that-clause of the verb before comes after it ("sustained, according to the same agency, that …", "had sustained
    on Wednesday, quoted by the agency Tirgon, that …")."""
    if k + 2 < len(doc) and doc[k].text == "," and (doc[k + 1].lower_ == "according"
                                                   or doc[k + 1].lower_ in ("quoted", "cited") and doc[k + 2].lower_ == "by"):
        return next((m for m in range(k + 2, min(k + 12, len(doc) - 1)) if doc[m].text == ","), k)
    return k


def _mistagged_verb(token) -> bool:
    """A reporting verb the tagger made a noun or adjective of, right before "that": ``The New York Post reports
    that …`` (after a name), ``The adviser underlined that …``, ``One delegate joked that …`` (an -ed form, which
    is no noun, after any word but an article or preposition)."""
    doc = token.doc
    if token.tag_ not in ("NN", "NNS", "JJ") or not 0 < token.i < len(doc) - 1:
        return False
    k = token.i + 1
    if k + 1 < len(doc) and (doc[k].lower_ in _LINKING_ADVERBS or doc[k].lower_ in _CONTRAST_ADVERBS):
        k += 1  # ("The communiqué specifies moreover that …", "Witnesses … assure however that …")
    if doc[k].lower_ == "in" and token.lower_ in _VERB_ONLY_S:
        # (past the writing it is said in: "the secretariat … affirms|NNS in a communiqué published on its site that …")
        that = next((m for m in range(k + 1, min(k + 10, len(doc) - 1)) if doc[m].lower_ == "that" or doc[m].is_punct), None)
        if that is not None and doc[that].lower_ == "that" and any(t.lower_ in WRITINGS for t in doc[k + 1 : that]):
            k = that
    k = _past_relay(doc, k)
    # ("underlined, that …": machine-translated Russian puts a comma before "that")
    if k + 1 >= len(doc) or doc[k].lower_ != "that" and not (doc[k].text == "," and doc[k + 1].lower_ == "that"):
        return _after_quote_verb(token)
    # (or a that-only cue in its -ed form: "Quispe sustained|JJ that …")
    if lemma_of(token) not in SPEECH_VERBS and not (lemma_of(token) in THAT_CUES and token.lower_.endswith("ed")):
        return False
    prev = doc[token.i - 1]
    if token.lower_.endswith("ed"):
        if prev.pos_ == "AUX" and token.i >= 2 and doc[token.i - 2].lower_ == "it":
            return True  # "… it was underlined that …": the impersonal passive of a writing
        # (or after the comma that closes its subject's appositive or an aside: "…, the volcanologist X, sustained,
        # according to …", "The Ministry …, in a statement, underlined|JJ that …")
        named = prev.text == "," and token.i >= 2 and (doc[token.i - 2].ent_type_ in ("PERSON", "PER") or doc[token.i - 2].pos_ in ("PROPN", "NOUN"))
        return named or prev.text[:1].isalpha() and prev.pos_ not in ("DET", "ADP", "AUX", "PART") and prev.lower_ not in ("the", "a", "an", "to")
    if prev.lower_ in _LINKING_ADVERBS or prev.lower_ in _CONTRAST_ADVERBS:
        prev = doc[token.i - 2] if token.i >= 2 else prev
    if token.tag_ == "NN" and token.lower_ in _VERB_ONLY_BASE and prev.tag_ in ("NNS", "NNPS", "NNP") \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[sentence_start(token) : token.i]):
        return True  # ("Witnesses interrogated by AMX in Tin Adrar assure|NN however that …": no noun at all)
    if token.tag_ != "NNS":
        return False
    if token.dep_ == "ROOT" and (prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "PER") or prev.lower_ in ROLE_NOUNS or prev.lower_ in WRITINGS
                                 or any(c.dep_ in SUBJECT and c.i < token.i for c in token.children)):
        # (also after an office or a writing: "The researcher recalls|NNS that …", "The communiqué specifies"; or with
        # a subject the parser gave it: "The Ministry …, in a communiqué published Sunday evening, affirms|NNS that")
        return True
    if prev.lower_ in _LINKING_ADVERBS and token.i >= 2 and doc[token.i - 2].pos_ in ("NOUN", "PROPN"):
        return True  # ("The Declaration further states|NNS that …": no adverb stands before a plural noun there)
    # ("The Ministry of Energy of Ukraine informs that …": a verb whose -s form is no plural noun, after a name,
    # with no verb before it; not "Fed signals that rates …", "Senate rules that limit …")
    # (or after any noun, these -s forms being no plural: "the secretariat of the conference affirms|NNS in a communiqué
    # … that")
    return token.lower_ in _VERB_ONLY_S and (prev.pos_ in ("PROPN", "NOUN") or prev.ent_type_ == "ORG") \
        and not any(is_verb(t) for t in doc[sentence_start(token) : token.i])


def _after_quote_verb(token) -> bool:
    """An -ed reporting verb the tagger made an adjective after a quote and its speaker: ``"…," Samdech Deputy Prime
    Minister underlined|JJ, adding …``; or one in the present the tagger made a plural noun, as Finnish copy puts it:
    ``”…”, the ministry's consular director Pekka Lehtonen estimates|NNS.``"""
    doc = token.doc
    if not token.lower_.endswith(("ed", "s")) or doc[token.i + 1].text not in (",", ".", ";") or doc[token.i - 1].pos_ not in ("PROPN", "NOUN") \
            or lemma_of(token) not in SPEECH_VERBS and lemma_of(token) not in THAT_CUES:
        return False
    k = token.i - 1
    if token.lower_.endswith("ed"):
        while k > 0 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].is_title:
            k -= 1  # (the speaker's words, back to the quote that closes before them)
        return k < token.i - 1 and doc[k].is_quote and k > 0 and doc[k - 1].text in (",", "!", "?", ".")
    # (the present: a person's name ends the speaker's words, which run back to the quote and its comma)
    if doc[token.i - 1].ent_type_ not in ("PERSON", "PER") and not (doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title):
        return False
    while k > 0 and k > token.i - 9 and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or doc[k].lower_ in ("'s", "’s")):
        k -= 1
    return k < token.i - 1 and k > 0 and (doc[k].text == "," and doc[k - 1].is_quote or doc[k].is_quote and doc[k - 1].text in (",", "!", "?", "."))


_LINKING_ADVERBS = frozenset("further also again moreover additionally".split())
_VERB_ONLY_S = frozenset("informs stresses emphasizes emphasises underlines affirms declares announces assures reiterates denies".split())
_VERB_ONLY_BASE = frozenset("assure affirm declare emphasize emphasise reiterate specify indicate".split())
_CONTRAST_ADVERBS = frozenset("however nevertheless nonetheless though".split())


# how a statement was sent, after "by": "assured by telephone to Intipress that …" is no passive
_MEANS = frozenset("telephone phone e-mail email mail video videoconference videolink letter message text sms fax".split())


def that_follows(token) -> bool:
    """``X, informed in Bratislava that …``: a reporting verb set off by a comma whose "that" follows within a few
    words of place, time or addressee (machine-translated Spanish and French), not a passive description ("members,
    called to service by the governor")."""
    doc = token.doc
    if lemma_of(token) not in SPEECH_VERBS and lemma_of(token) not in THAT_CUES:  # (or a that-only cue: "X, sustained in …")
        return False
    # (an outlet's name in quote marks may stand between: 'affirmed in statements to “Bawabat Al-Wadi” on the
    # sidelines of the summit that …')
    # (or a long name of the outlet it was said for: "affirmed on Thursday for the Malaysian publication The X that …")
    outlet = sent = False
    for k in range(token.i + 1, min(token.i + 16, len(doc))):
        if doc[k].lower_ == "that":
            return doc[k - 1].text != "," and (k - token.i <= 7 or outlet or any(doc[m].is_quote for m in range(token.i + 1, k)))
        # (a writing's participle is no verb of its own, and whom it was sent to the outlet: "assured in a communiqué sent to
        # La Veranada that …")
        # (or whom with: "sustained in dialogue with the station Radio Nahuel that …"; or where it was said: "disclosed at
        # a press briefing at the ministry that …")
        outlet = outlet or doc[k].lower_ in ("for", "to", "with") and (k - token.i <= 4 or sent) \
            or doc[k].lower_ in ("at", "during") and k - token.i <= 2
        sent = doc[k].tag_ == "VBN" and doc[k - 1].lower_ in WRITINGS
        if is_verb(doc[k]) and not sent or doc[k].is_punct and not doc[k].is_quote or doc[k].is_space or k - token.i > 6 and not (
                doc[k].is_quote or any(doc[m].is_quote for m in range(token.i + 1, k)) or outlet and k - token.i <= 12 and (
                doc[k].pos_ in ("PROPN", "DET", "ADJ", "NOUN") or doc[k].is_title)):
            return False
    return False


def _colon_quote_follows(token) -> bool:
    """``Her mother, X, lamented to the Post: "…"``: a speech verb set off by a comma whose quote follows a colon
    within a few words of addressee, not a passive description."""
    return lemma_of(token) in SPEECH_VERBS and _colon_quote_within(token, 8)


def _colon_quote_within(token, words: int) -> bool:
    """Whether a colon and a quote mark follow ``token`` within ``words`` words with no verb or stop between."""
    doc = token.doc
    for k in range(token.i + 1, min(token.i + words, len(doc) - 1)):
        if doc[k].text == ":":
            return doc[k + 1].is_quote or doc[k + 1].is_space and k + 2 < len(doc) and doc[k + 2].is_quote
        if is_verb(doc[k]) or doc[k].is_punct:
            return False
    return False


def _as_quote_follows(token) -> bool:
    """``The engineer X, who led the night team, described to Zembra FM the manoeuvre as «a surgery …»``: a judging
    verb set off by a comma whose "as" and quote follow its object, not a passive description ("described by
    neighbours as quiet")."""
    doc = token.doc
    if lemma_of(token) not in OBJECT_CUES or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ == "by":
        return False
    for k in range(token.i + 1, min(token.i + 14, len(doc) - 1)):
        if doc[k].lower_ == "as":
            return doc[k + 1].is_quote
        if doc[k].is_punct:
            return False
    return False


def _aside_then_that(token) -> bool:
    """``X, considered, as reported by the website Y, that …``: a verb set off by commas whose that-clause follows an
    aside is a statement (machine-translated Arabic), not a passive description."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
        # (or where it was said, no commas: "X, expected in a statement to Silphium that …")
        that = next((m for m in range(token.i + 2, min(token.i + 10, len(doc))) if doc[m].lower_ == "that"), None)
        return that is not None and any(t.lower_ in _SAID_IN for t in doc[token.i + 2 : that]) \
            and not any(is_verb(t) or t.is_punct for t in doc[token.i + 2 : that])
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    return any(doc[m].text == "," and doc[m + 1].lower_ == "that" for m in range(token.i + 2, min(token.i + 16, len(doc) - 1)))


# what a statement was made in: "in a statement to Silphium", "in declarations to …"
_SAID_IN = frozenset("statement statements declaration declarations interview communique communiqué remarks".split())


def _verb_read_as_adjective(token) -> bool:
    """``X informed AMN that …`` parsed with the verb as an adjective of the outlet's initials: still the verb; so is
    one right after its subject's noun, before its object and a "that" clause ("The Tajik side expressed|amod
    confidence that …", not "an expressed hope that")."""
    doc = token.doc
    return token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and 0 < token.i and token.i + 2 < len(doc) \
        and token.head.i == token.i + 1 and doc[token.i + 2].lower_ == "that" \
        and (doc[token.i + 1].is_upper and len(doc[token.i + 1]) > 1 or doc[token.i - 1].pos_ in ("NOUN", "PROPN"))


# the same formula by its words, however the parser hung them: "who asked that only his first name, Baraka, be used"
ANONYMITY_WORDS = re.compile(r"\s+(?:(?:that\s+)?(?:only\s+)?(?:his|her|their)\s+(?:\w+\s+)?(?:name|identity)\b[^.;]{0,40}?\bbe"
                             # (or "who asked not to have her name published")
                             r"|not\s+to\s+have\s+(?:his|her|their)\s+(?:\w+\s+)?(?:name|identity))"
                             r"\s+(?:used|published|printed|given|revealed|disclosed|withheld|mentioned)\b", re.I)


# what a paper does with a source's name ("who asked that his name not be printed")
_SHOW_NAME = frozenset("publish print use give reveal disclose mention".split())


def anonymity_formula(verb) -> bool:
    """``who asked not to be named``, ``who asked that her name not be published``: the formula of an unnamed source,
    no statement."""
    lemma = lemma_of(verb)
    # (or French "garder l'anonymat": "who asked to keep the anonymity", "to remain anonymous"; or Spanish "mantener su
    # identidad en reserva": "who asked to keep his identity reserved")
    if lemma in ("keep", "preserve", "maintain", "remain", "stay") and (any(c.lower_ in ("anonymity", "anonymous") for c in verb.children) or any(
            c.lower_ in ("identity", "name") for c in verb.children) and any(t.lower_ in ("reserved", "secret", "confidential") for t in verb.subtree)):
        return True
    if lemma in _SHOW_NAME and any(c.lower_ in ("not", "never") for c in verb.children) \
            and any(c.dep_ in ("obj", "dobj") and c.lower_ in ("name", "identity") for c in verb.children):
        return True  # ("who asked not to publish his name", as machine-translated copy has it)
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return False
    return lemma in ("name", "identify", "quote") or lemma in _SHOW_NAME and any(
        c.dep_ in SUBJECT and c.lower_ in ("name", "identity") for c in verb.children)


def asks_anonymity(verb) -> bool:
    """``who asked not to be named``, ``who requested that her name not be published``: a request to stay unnamed, no
    statement, whatever else the words hold."""
    return lemma_of(verb) in ("ask", "request") and (
        any(anonymity_formula(c) for c in verb.children if c.dep_ in CLAUSE or c.dep_ == "xcomp")
        # (matched in the words after the verb, not in doc.text, which spaCy rebuilds whole on every access)
        or ANONYMITY_WORDS.match(verb.doc[verb.i : verb.i + 30].text, len(verb.text)) is not None)


def finite_xcomp(verb) -> bool:
    """``A crew member who asked not to be named wrote|xcomp to X that …``: a finite verb the parser hung on another as
    its infinitive complement (not "declined to comment", "asked to describe")."""
    return verb.dep_ == "xcomp" and verb.tag_ in ("VBD", "VBZ") and not any(c.lower_ == "to" for c in verb.children)


def name_follows(verb) -> bool:
    """``…, where they are in good health, informed Foreign Minister X at a press conference``: a speaker's office
    and name right after the verb, as machine-translated copy puts them, however the parser hung the verb."""
    doc, k = verb.doc, verb.i + 1
    while k < min(len(doc), verb.i + 5) and doc[k].is_title and doc[k].ent_type_ not in ("PERSON", "PER"):
        k += 1
    return k < len(doc) and doc[k].ent_type_ in ("PERSON", "PER") and doc[k].ent_iob_ == "B" and (k == verb.i + 1 or doc[k - 1].pos_ != "ADP")


def after_be(token) -> bool:
    """Whether a form of "be" stands before ``token`` past adverbs and their commas, whatever the parser hung it on."""
    k = token.i - 1
    while k >= 0 and (token.doc[k].pos_ == "ADV" or token.doc[k].text == "," or token.doc[k].lower_ in ("if", "though")):
        k -= 1
    return k >= 0 and token.doc[k].lower_ in ("is", "are", "was", "were", "be", "been", "being")


def group_naming(token) -> bool:
    """Whether ``token`` is the present "call" of a group naming a thing after "what": "what the soldiers call «the red
    map»", "in what specialists call a “temperature excursion”" (unlike "what she calls “…”", one speaker's label)."""
    return token.tag_ == "VBP" and lemma_of(token) == "call" and any(t.lower_ == "what" for t in token.doc[max(0, token.i - 4) : token.i]) \
        and any(c.dep_ in SUBJECT and (c.lower_ == "they" or c.tag_ == "NNS") for c in token.children)


def called_off(token) -> bool:
    """``the owners called off their strike (“for the sake of the families”)``: nothing said, no label given."""
    return token.lower_ in ("call", "calls", "called", "calling") and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "off"


@kept_per_run("cues")
def is_cue(token) -> bool:
    if group_naming(token):
        return False
    if called_off(token):
        return False
    if not (is_verb(token) or is_participle(token) or _mistagged_verb(token)) or token.lower_ in ("so-called",) \
            or token.dep_ in ("amod", "compound") and not _verb_read_as_adjective(token) and not (token.tag_ == "JJ" and _mistagged_verb(token)) \
            and not (token.tag_ in ("VBD", "VBN") and _after_closing_quote(token)):  # ("“…”, commented|amod Stancheva.",
        # "« … », summarised|VBN|amod Pr X.")
        return False
    if (token.tag_ == "VBN" and 0 < token.i < len(token.doc) - 1 and token.nbor(1).pos_ == "NOUN"
            and token.nbor(-1).pos_ in ("DET", "ADJ", "NUM")):
        return False  # "an agreed list"
    if token.lower_ == "agreed" and token.dep_ == "acl" and token.head.i == token.i - 1 and token.head.pos_ == "NOUN" \
            and not any(c.dep_ in SUBJECT or c.dep_ in CLAUSE for c in token.children) and not _after_closing_quote(token):
        return False  # "the first day of the shared schedule agreed|VBD|acl in Vienna": what was agreed, a noun's modifier
    if token.lower_ in ("know", "knows", "knew", "known") and any(
            c.dep_ in ("obj", "dobj") and c.i + 1 < len(token.doc) and token.doc[c.i + 1].lower_ == "as" for c in token.children):
        return False  # "where they know her as «la Capitanita»": what she is called, no statement
    if token.dep_ == "ccomp" and token.head.i < token.i and any(c.lower_ in ("what", "whatever") and c.dep_ in ("obj", "dobj")
                                                                and c.i < token.i for c in token.head.children) \
            and not any(t.is_quote for t in token.doc[token.head.i : token.i]):  # (not the verb after a quote's close)
        # "Asked what she would tell the company, X was silent", with the "what" hung on "Asked": what was said is the
        # "what", and the clause the parser gave the verb is the narrator's
        return False
    if token.text == "Said" and 0 < token.i < len(token.doc) - 1 and (
            token.nbor(-1).lower_ in ("bin", "ibn", "bint", "abu", "abou", "al", "el") or token.nbor(-1).is_title
            and token.nbor(-1).pos_ == "PROPN" and token.nbor(1).is_title and token.nbor(1).pos_ == "PROPN"):
        return False  # a name: "Ghanem bin Said Al-Hajri", "Nouri Said Hamdan"
    if token.tag_ == "VBN" and token.dep_ in ("acl", "acl:relcl") and token.i > 0 and token.nbor(-1).text == "," and not (
            token.i + 1 < len(token.doc) and token.nbor(1).lower_ in ("for", "on") and token.lower_ == "called") and not (
            token.lower_ == "accused" and any(c.dep_ in ("obj", "dobj") and c.i == token.i + 1 for c in token.children)) \
            and not _aside_then_that(token) and not that_follows(token) and not _colon_quote_follows(token) and not _as_quote_follows(token) \
            and not name_follows(token) and not _closes_sentence(token) \
            and not any(c.dep_ in ("ccomp", "advcl") and c.i > token.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                        for c in token.children):  # ("X, affirmed in declarations to Y (AC) that …": its own that-clause)
        # "National Guard members, called to service by the governor": a passive description
        # (but "X, director of Y, called for more investment" and "X, the U.S. representative, accused Damascus of …"
        # are X's acts, whatever the parser made of them)
        return False
    if token.tag_ in ("VBN", "VBD") and any(
            # (an agent with its "by": not the subject after a verb that opens the sentence, as copy translated from
            # Arabic writes it: "Confirmed Dr. X|obl:agent, Undersecretary of …, that …")
            (c.dep_ in ("obl:agent", "agent", "obl") and (c.lower_ == "by" or any(g.dep_ == "case" and g.lower_ == "by" for g in c.children)))
            and c.lower_ not in _MEANS and not token.doc[c.left_edge.i - 1].is_quote  # (not "for a landing ‘by the book’")
            and not any(s.dep_ in SUBJECT for s in token.children) for c in token.children if c.i > token.i) \
            and not any(m.lower_ == "as" for m in token.children if m.i < token.i) and not (
                token.i > 0 and token.nbor(-1).lower_ in ("as", "was", "were", "is", "are", "been")):
        # "a return scheme agreed last month by Jordan and Syria": a passive description (not "as reported by X",
        # "it was noted by X")
        return False
    if token.tag_ == "VBN" and any(c.lower_ == "what" and c.i >= 2 and token.doc[c.i - 2].lower_ == "according"
                                   for c in token.children):
        return False  # "according to what was reported by X": the "according to" reports it, with X as its source
    if token.tag_ == "VBN" and 0 < token.i < len(token.doc) - 1 and token.nbor(-1).lower_ == "as" and token.nbor(1).text == ",":
        return False  # "As reported, on November 1 the ministry announced …": the outlet's own earlier report
    if token.tag_ == "VBN" and token.dep_ == "acl" and token.lower_ in ("called", "dubbed", "termed", "labeled", "labelled") \
            and not (token.i + 1 < len(token.doc) and token.nbor(1).lower_ in ("for", "on")):
        return False  # "a mountain stream called Miracle Run": a name given, not words said
    if token.lower_ in ("called", "dubbed", "termed", "nicknamed") and (any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
                                                                       or after_be(token)) \
            and not any(c.dep_ in ("obl:agent", "agent") for c in token.children):
        # "On the quay the nodules are already called ‘stone potatoes’", "an arrangement that is often, if loosely,
        # called a “wet lease”": a name, by no one
        return False
    if token.tag_ == "VBP" and token.dep_ in ("acl:relcl", "relcl") and (who := next(
            (c for c in token.children if c.dep_ in SUBJECT and c.lower_ in ("who", "that") and c.i > 0), None)) is not None \
            and token.doc[who.i - 1].tag_ == "NNS" and not any(c.dep_ == "det" for c in token.doc[who.i - 1].children):
        # "intermediaries who promise them transfer …": what a kind of people do, no one's statement (the noun before
        # "who", whatever the parser hung the clause on)
        return False
    if token.lower_ == "written" and token.i >= 3 and token.nbor(-1).lower_ in ("was", "were", "is", "are") \
            and token.nbor(-2).lower_ in ("which", "whom") and token.nbor(-3).lower_ in ("on", "in"):
        return False  # "placards on which was written „We paid“": an inscription, no one's statement
    if token.lower_ in ("accused", "suspected") and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of":
        return False  # "the armed group accused of the assault denied …": a passive description, whatever its tag
    if token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children):
        return False  # "Kadzik's refusal to answer": an infinitive that names an act, not a report of one
    lemma = lemma_of(token)
    if lemma not in CUE_LEMMAS:
        return False
    if lemma in BELIEF_VERBS and any(c.dep_ in ("aux:pass", "auxpass") for c in token.children) and not let_known(token):
        return False  # "a second convoy was expected “in the coming days”": nobody's belief
    if lemma == "ask" and token.tag_ in ("VBN", "VBD") and (token.i == 0 or token.nbor(-1).is_space or token.nbor(-1).text in ".!?"):
        return False  # "Asked about a report …, Volkonsky said": the reporter's question, nobody's statement
    if lemma in DOCUMENT_CUES and lemma not in SPEECH_VERBS:
        subject = next((c for c in token.children if c.dep_ in SUBJECT), None)
        return subject is not None and lemma_of(subject) in DOCUMENT_NOUNS  # "the poll shows", not "he shows"
    if lemma == "maintain" and any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" for c in token.children):
        return False  # "he maintains conversations with the ministry": keeps something up, says nothing
    if lemma == "request":
        # a request is reported by what it asks for ("requested the Nepali side to allow …", "requested that …"), not
        # "who requested anonymity"
        return any(c.i > token.i and (c.dep_ in CLAUSE or any(m.dep_ == "mark" and m.lower_ in ("to", "that") for m in c.children))
                   for c in [*token.children, *(g for o in token.children if o.dep_ in ("obj", "dobj") for g in o.children)])
    if lemma in FINDING_CUES:
        # what a newsroom found out and reports as its own ("has learnt", "could learn"): no person's discovery
        subject = next((c for c in token.children if c.dep_ in SUBJECT), None)
        # (the tagger may take an acronym for a pronoun: "ČTP|PRP has learnt")
        # (a newsroom: "Kaah Dispatch", "the newspaper"; not "Regional capitals have learned that …")
        return subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" or subject.lower_ in MEDIA_NOUNS) \
            and subject.ent_type_ not in ("PERSON", "PER") and any(c.dep_ in CLAUSE for c in token.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "could") for c in token.children)
    if lemma in QUOTE_CUES:
        # ("spoke" only before whom it spoke to, how and from where, then a colon and the quote: "X spoke to Faru Post
        # by phone from Kulhudhuffushi: ‘…’"; never after a quote: '… prefer "return", Syrian officials speak of …')
        if lemma == "speak":
            return _colon_quote_within(token, 12)
        return _after_closing_quote(token) or token.i + 2 < len(token.doc) and (
            token.nbor(1).text == ":" and token.nbor(2).is_quote or token.nbor(1).lower_ == "that" and token.nbor(1).dep_ == "mark")
    if lemma in THAT_CUES:
        # (or after the quote it closes: '"We came to make the money arrive," sustained the chancellor')
        # (past when it was said: "had recognised Thursday night that …", "sustained on Monday that …")
        k = token.i + 1
        while k < len(token.doc) and k - token.i <= 3 and (token.doc[k].lower_ in TIME_WORDS or token.doc[k].lower_ in _WHEN_SMALL):
            k += 1
        if k < len(token.doc) and token.doc[k].lower_ in _ASIDE_HEADS:
            # (and past whom it was said to: "sustained before the Seychellois newspaper Seselwa Times that …"; or
            # where: "sustained in a message to the Emirati press that …"; or how: "assessed by telephone from Koror
            # that …")
            k = next((m for m in range(k + 1, min(k + 9, len(token.doc))) if token.doc[m].lower_ == "that"
                      or token.doc[m].is_punct or is_verb(token.doc[m])), k)
        k = _past_relay(token.doc, k)
        k = k + 1 if k + 1 < len(token.doc) and token.doc[k].text == "," and token.doc[k + 1].lower_ == "that" else k
        return _after_closing_quote(token) or k < len(token.doc) and token.doc[k].lower_ == "that" or token.i + 2 < len(token.doc) and (
            token.nbor(1).text == "," and token.nbor(2).lower_ == "that") or any(
            # (a that-clause after an aside the parser hung as parataxis: "guaranteed this Wednesday, in Luanda, that …")
            (c.dep_ in CLAUSE or c.dep_ in ("parataxis", "advcl", "dep")) and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children) or bool(object_clauses(token)) or _verb_read_as_adjective(token) or lemma == "direct" and any(
            # (or whom it directed to do what: "directed the Ministry of Foreign Affairs to present a statement")
            c.dep_ in ("xcomp", "advcl") and c.i > token.i and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
            for c in token.children)
    particle = PARTICLE_CUES.get(lemma)
    if particle and lemma not in SPEECH_VERBS and lemma not in OBJECT_CUES:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == particle
    return True


# the words an aside between a that-only cue and its clause opens with: "sustained before …", "assessed by telephone …"
_ASIDE_HEADS = frozenset("before to in by from over via through".split())
# the small words of a time after a verb: "on Monday", "last night", "this morning"
_WHEN_SMALL = frozenset({"on", "last", "this"}) | DAY_PARTS


def clauses_hung_on(token, keep, deps: tuple[str, ...]) -> list:
    """That-clauses the parser hung on a dependent of ``token`` after it (one ``keep`` accepts) instead of on the
    verb: the clause starts with "that" right after that dependent."""
    return [g for c in token.children if c.i > token.i and keep(c) for g in c.children
            if g.dep_ in deps and g.left_edge.i == c.i + 1 and g.left_edge.lower_ == "that"]


def inside_report(tok) -> bool:
    """Whether ``tok`` sits in the clause of a reporting verb: "warned that Damascus would not accept what he called
    “…”" (what is inside belongs to that report)."""
    return any(a.dep_ in CLAUSE and is_cue(a.head) for a in [tok, *tok.ancestors])


def is_acronym_verb(tok) -> bool:
    """An outlet's acronym the tagger made a verb ("As informed SIA a source …")."""
    return tok.pos_ in ("VERB", "AUX") and tok.is_upper and tok.is_alpha and len(tok) >= 2


def second_report(token):
    """``said a campaign would begin on Sunday, but cautioned that …``: a reporting verb the parser joined to the
    clause of the report before it, whose tense says it goes with that report's verb (and shares its subject).
    That verb, or None. (Up through a clause that is no report: "said in a statement it regretted that the round
    had ended …, and urged all sides …" goes with "said".)"""
    head = token.head
    # (a that-clause the parser made a relative clause of the statement it was said in counts: "said in a statement
    # from Larnaca that|mark the Boeing had passed …, and praised …")
    relative = head.dep_ in ("acl:relcl", "relcl") and any(c.lower_ == "that" and c.dep_ == "mark" for c in head.children) \
        and head.head.dep_ in ("obl", "nmod") and head.head.head.i < head.head.i
    # (a participle form too, after the comma: "noted that 37 citizens have been detained, and called|VBN on …")
    if not (token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and is_cue(token) and (head.dep_ == "ccomp" or relative)
            and not any(c.dep_ in SUBJECT or c.dep_ == "aux" for c in token.children)):
        return None
    verb = head.head.head if relative else head.head
    while not is_cue(verb) and verb.tag_ == "VBD" and verb.dep_ == "ccomp":
        verb = verb.head
    # (or a past the tagger made a participle, with its subject: "Al-Saadi pointed|VBN out that …, and called on …")
    if not ((verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children))
            and is_cue(verb)):
        return None
    # the first clause's modal ("would begin") is not the second verb's; nor, after ", and", its perfect ("said the
    # participants had called on donors …, and confirmed that …")
    doc = token.doc
    cc = next((c for c in token.children if c.dep_ == "cc" and c.i < token.i), None)
    comma = cc is not None and cc.i > 0 and doc[cc.i - 1].text == ","
    if token.tag_ == "VBN" and not comma:
        return None
    # (or its present tense after the comma: 'said the motion "closes the door …", and called on …')
    tense = comma and head.tag_ in ("VBZ", "VBP")
    return verb if tense or any(c.dep_ == "aux" and (c.tag_ == "MD" or comma) for c in head.children) else None


# what one expresses that a clause states: "expressed the hope that …" (not "the same hope that he had voiced")
_STANCE_NOUNS = frozenset("""hope confidence belief conviction concern fear expectation assurance wish regret satisfaction
    disappointment dismay doubt optimism surprise alarm""".split())


def _after_closing_quote(token) -> bool:
    """Whether ``token`` comes right after a quote that closes on a comma (',” said', '», — noted'), or after it and its
    subject (',” he hammered')."""
    doc = token.doc
    k = token.i - 1
    subject = next((c for c in token.children if c.dep_ in SUBJECT and c.i < token.i), None)
    if subject is not None and subject.right_edge.i == k and subject.right_edge.i - subject.left_edge.i < 4:
        k = subject.left_edge.i - 1
    dash = k
    while k >= 0 and doc[k].text in ("—", "–", "-"):
        k -= 1
    return k >= 1 and (doc[k].is_quote and doc[k].text not in ("“", "«", "„") and doc[k - 1].text == ","
                       or doc[k].text == "," and doc[k - 1].is_quote and (doc[k - 1].text not in ("“", "«", "„")
                                                                          or _closes_low_quote(doc, k - 1))
                       # (or the comma and dash that close a dialogue dash's words: "— … Then they left, — specified X")
                       or doc[k].text == "," and k < dash and doc[line_break_before(doc, k) + 1].text in ("—", "–"))


def _closes_low_quote(doc, k: int) -> bool:
    """Whether the “ at token ``k`` closes a quote that „ opened (German and Bulgarian marks: „…“)."""
    for j in range(k - 1, max(-1, k - 300), -1):
        if doc[j].text in ("„", "“", "”") or doc[j].is_space and "\n" in doc[j].text:
            return doc[j].text == "„"
    return False


def object_clauses(token) -> list:
    """``expressed the hope that the sides would …``: a that-clause the parser hung on the verb's object, or made a
    second verb of ``token`` ("expressed hope | that … will be settled" read as a conjunct)."""
    objects = {c.i for c in token.children if c.dep_ in ("obj", "dobj")}
    # (or as a relative clause, "that" then a mark and the clause with a subject of its own: not "the concerns
    # that he raised")
    relative = [g for g in clauses_hung_on(token, lambda c: c.i in objects and c.lower_ in _STANCE_NOUNS
                                           and not any(m.lower_ in ("same", "very", "only") for m in c.children),
                                           ("acl:relcl", "relcl"))
                if any(m.dep_ == "mark" and m.i == g.left_edge.i for m in g.children)
                and any(s.dep_ in SUBJECT and s.lower_ != "that" for s in g.children)]
    return clauses_hung_on(token, lambda c: c.i in objects, ("acl", "ccomp")) + relative + [
        c for c in token.children if c.dep_ == "conj" and c.left_edge.lower_ == "that" and c.left_edge.i - 1 in objects]


def cue_span(ctx: Context, token) -> tuple[int, int]:
    """The cue's characters: the verb, its particle (pointed out), a dash glued before it (— said)."""
    start, end = token.idx, token.idx + len(token.text)
    particle = PARTICLE_CUES.get(lemma_of(token))
    if particle and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == particle:
        nxt = ctx.doc[token.i + 1]
        end = nxt.idx + len(nxt.text)
    if token.i > 0:
        prev = ctx.doc[token.i - 1]
        if prev.text in ("—", "–", "-", "--") and prev.i > 0 and ctx.doc[prev.i - 1].text in (",", "»", "”", "\"", "“"):
            start = prev.idx
    return start, end


def line_break_before(doc, at: int) -> int:
    """The token holding the last line break before token ``at`` (where its paragraph starts), or -1 if none."""
    k = at - 1
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        k -= 1
    return k


@kept_per_run("sentence_starts")
def sentence_start(tok) -> int:
    """Where ``tok``'s sentence starts, undoing the parser's split after a comma and a closing quote mark
    (``Clinton "is the only candidate," | Newton said.``): a comma never ends a sentence, nor does a quote that
    the sentence goes on after in lower case. Kept per token while a run holds the doc (the rules ask for the same
    sentences again and again)."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(3):  # bounded: one split per quoted stretch is what the parser does
        if doc[start].text == "," and start > 0:  # (or a sentence that begins with the comma itself)
            start = doc[start - 1].sent.start
            continue
        if start > 0 and doc[start - 1].text in ("«", "“", "„"):  # ("the newspaper « | Yerkri Dzayn» he added")
            start = doc[start - 1].sent.start
            continue
        k = start - 1
        while k >= 0 and (doc[k].is_quote or doc[k].is_space and "\n" not in doc[k].text):
            k -= 1
        # (nor does a word: "Russian Foreign Minister Sergey | Lavrov and …" is the parser's split; nor a closing quote
        # before a word in lower case: 'will not sign "a border on paper" | while the violations …')
        # (nor a title's closing mark with no stop before it: 'In the interview to the newspaper «Belaruskaya Zarya» |
        # Es-Savvaf noted …')
        if k < 0 or doc[k].text != "," and not (doc[k].is_alpha and k == start - 1 and doc[start].is_alpha) and not (
                k < start - 1 and doc[start].is_lower and doc[start].is_alpha and doc[k].text not in (".", "!", "?")) \
                and not (k < start - 1 and doc[k].is_alpha and doc[k + 1].text in ("»", "”") and doc[start].text[:1].isalpha()):
            break
        start = doc[k].sent.start
    return start


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


_TITLE_SMALL = frozenset("a an and at by for from in of on or over the to under with vs".split())


def is_title(content: str) -> bool:
    """A title in quote marks: two or more words, each capitalised but the small ones, nothing ending a sentence."""
    words = re.findall(r"[\w'’-]+", content)
    if len(words) < 2 or content.rstrip()[-1:] in (".", ",", "!", "?", ";"):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL or w[:1].isdigit() for w in words)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def _opens_segment(ctx: Context, token) -> bool:
    """Whether ``token`` is a mark that opens a quote, whatever its shape (the Nordic ”…” and »…«)."""
    if token.text not in "”»›":
        return False
    seg = ctx.segment_at(token.idx)
    return seg is not None and seg.open_start == token.idx


def trim(ctx: Context, i: int, j: int) -> tuple[int, int] | None:
    """Character span of tokens [i, j) without a leading ``that``/punctuation and trailing punctuation."""
    doc = ctx.doc
    if i < j:
        label = ctx.label_end(doc[i])
        if i < label < j:
            i = label  # a dateline is never what was said ("ASTANA (Kazinform) - The next meeting …, X said")
    while i < j and (doc[i].is_space or doc[i].lower_ in _LEAD_DROP or (doc[i].is_punct and doc[i].text not in "“\"«„‘'"
                                                                         and not _opens_segment(ctx, doc[i]))
                     or doc[i].lower_ in _CONTRAST_ADVERBS and i + 1 < j and doc[i + 1].text == ","):
        i += 1  # (nor the narrator's "however,": "In his understanding, however, «…»")
    # (nor who relayed it, at the end: "…, according to the Slovak agency SKN.")
    # (not an aside the clause goes on after, its head past it: "Decisive are, according to X, the data of …")
    relayed = next((m for m in range(i + 1, j - 2) if doc[m].text == "," and doc[m + 1].lower_ == "according"
                    and doc[m + 2].lower_ == "to" and not any(is_verb(t) for t in doc[m + 3 : j])
                    and not any(t.text == "," and t.i < doc[m].sent.root.i for t in doc[m + 3 : j])), None)
    if relayed is not None:
        j = relayed
    while j > i and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text not in "”\"»’'“")):
        j -= 1
    if j - i < 2:
        return None
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    # (and the mark that closes a quote the span opens, wherever the parser hung it: 'in facing “all forms of foreign
    # interference|”')
    seg = ctx.segment_at(end) if j < len(doc) and doc[j].idx == end and doc[j].is_quote else None
    if seg is not None and start <= seg.open_start < end and seg.close_end == end + len(doc[j].text):
        end = seg.close_end
    return start, end


def subtree_range(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def first_word(phrase):
    """The first word of ``phrase``'s subtree, past the punctuation the parser may hang on it: "described the
    resignation of X, the former ambassador, |, as «…»"."""
    return next((t for t in phrase.subtree if not t.is_punct), phrase)


def heads_clause(tok) -> bool:
    """Whether ``tok`` heads a clause: a verb, or a noun or adjective with a copula ("the talks were useful").
    A name with a relative clause ("Victor Cha, who served …") heads a noun phrase, not a clause."""
    # (a plain "acl" verb is the parser's reading of "said the ruling ignored …", not a relative clause)
    return is_verb(tok) or any(c.dep_ in ("cop", "aux", "aux:pass") or c.dep_ == "acl" and is_verb(c) for c in tok.children)
