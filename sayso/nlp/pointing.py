"""Attributions that point back at the sentence before: ``About this declared on Monday X.``, ``This was
stated by X.``, ``“…” X came up with the remark while talking to reporters.``

Machine-translated state media keep the Russian order (``Об этом заявил X``): the statement comes first, then
a sentence of its own that says who made it, with the verb before its subject. The words said are the
sentence before (after a dateline, if it opens the paragraph); the speaker is everything after the verb up to
where the circumstances start (``in interview to …``, ``at a briefing``, ``on Monday``), and the person an
office there names (``the head of the center, Major General Anatoly Rudnev``) is who speaks.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LOWER, TAG
from spacy.strings import hash_string

from .cues import CLAUSE, SUBJECT, Context, Found, is_cue, is_verb, lemma_of, tokens_where, trim, word_count
from .lexicon import ADDRESSEE_CUES, BELIEF_VERBS, OUTLET_NAME_WORDS, ROLE_NOUNS, SPEECH_VERBS, TIME_WORDS
from .medium import LEADING_CHANNEL, outlet_name_end, own_words_at
from .reported import split_statements

__all__ = ["pointing_attributions", "trailing_attributions", "venue_speakers"]

# "About this declared", "About that on Tuesday informed", "This was stated (on Monday) by"
# ("The phrase belongs to X", machine-translated Spanish "La frase pertenece a X": whose words the quote before was)
# ("So explained X", machine-translated Spanish "Así lo explicó X")
# ("This is according to X, who said …", as Zambian and Ghanaian papers close a statement; "Such is the conviction of
# X", "Such opinion expressed X", calques of French and Russian)
# (at a word's start, which one of the first letters opens: the scan runs over the whole text, and trying every
# alternative at every character cost more than the rest of the pointing rules)
_OPENING = re.compile(r"(?i)\b(?=[atsi])(?:about (?:this|that|it)\b|(?:this|that) (?:is|was) (?P<according>according to)\b"
                      r"|(?P<such>such is the (?:conviction|opinion|view|position|assessment|belief) of)\b"
                      r"|such (?:an? )?(?:opinion|view|views|assessment|position|point of view)\b|(?:this|that|it) was\b"
                      r"|the (?:phrase|words|quote|remark) (?P<owner>belongs? to|(?:is|are) (?:that|those) of)\b"
                      # ("So explained to this agency the coordinator …, X", Spanish "Así lo explicó")
                      r"|so(?= (?:explained|declared|said|stated|affirmed|informed|indicated|assured|specified|precised|"
                      r"detailed|noted|stressed|expressed)\b))")
_OWNERS = ("according", "such", "owner")
# verbs that voice an opinion, beside the speech verbs: "Such opinion expressed X"
_VOICING = frozenset("express voice share".split())
# where the speaker ends and the circumstances start (not at a full stop: the sentence's bounds already end
# there, and "the U.S. special envoy", "Lt. Gen. X" hold stops)
_CIRCUMSTANCE = re.compile(
    # (not the initials of a body before its officer's name: "the president of the … Officers (NSPO) Dragan X")
    r"(?i)\s*(?:,|;|\((?!(?-i:[A-Z]{2,8})\)\s+(?-i:[A-Z]))|\bin (?:an? )?(?:interview|conversation|statement|comments?|remarks)\b|\bat (?:an?|the) "
    r"(?:briefing|press|meeting|news|conference|session|rally)\b|\bduring\b|\bspeaking\b|\bwhile\b"
    r"|\bthrough (?:an?|the|its) (?:communiqu|statement|note|press release)|\bon (?:"
    + "|".join(sorted(TIME_WORDS)) + r")\b|\bto (?:the )?(?:newspaper|agency|channel|journalists|reporters)\b)")
# circumstances between the verb and the speaker: "stated at the end of the meeting X", "declared after the talks X"
_LEADING_CIRCUMSTANCE = re.compile(
    r"(?:at|after|during|following|on the sidelines of) (?:the |a |an )?(?:[a-z-]+ ){0,4}?(?:of (?:the |a )?)?"
    r"(?:meeting|briefing|talks|session|conference|visit|event|summit|ceremony|negotiations|consultations)\b,?\s*"
    # "told the journalists today in the parliament the Deputy Minister …": where, before who
    r"|in (?:the )?(?:parliament|capital|city|building|hall|ministry|government house|press centre|press center)\s+(?=[A-Z]|the\b)")
_AUDIENCE = frozenset("journalists reporters correspondents press media".split())
# the end of the sentence before, its stop inside or outside a closing quote mark ("… right.» About this", "… here».
# About this")
_SENTENCE_END = re.compile(r"(?:[.!?][»”\"’']*|[»”\"’]\.)$")


def pointing_attributions(ctx: Context) -> list[Found]:
    """One record per ``About this <verb> <speaker>`` / ``This was <verb> by <speaker>`` sentence."""
    found = []
    for m in _OPENING.finditer(ctx.text):
        at = m.start()
        lo, hi = ctx.sentence_bounds(at, m.end())
        before = ctx.text[lo:at].rstrip()
        # (a closing quote before it ends a sentence, whatever the sentence bounds say: "«… right.» About this …")
        if before and not _SENTENCE_END.search(before) or ctx.segment_at(at) is not None:
            continue  # not at a sentence's start, or inside a quote
        owner = next(((m.start(g), m.end(g)) for g in _OWNERS if m.group(g)), None)
        f = _attribution(ctx, at, m.end(), hi, passive=owner is None and m.group(0).lower().endswith("was"), owner=owner)
        if f is not None:
            found.append(f)
    return found


# verbs of a trailing attribution: "…, informed on Thursday at a briefing the deputy head of … X."
_TRAILING = frozenset("""inform declare state report note stress underline say tell indicate affirm specify precise recall add
    explain emphasize emphasise assure confirm""".split())


# verbs of a closing attribution the parser hung inside the clause before it: "…, the head of the delegation recalled."
_CLOSING = frozenset("say tell recall add explain stress note inform".split())
_VBD = np.array([hash_string("VBD")], dtype=np.uint64)
_VBN_VBD = np.array([hash_string("VBN"), hash_string("VBD")], dtype=np.uint64)
# what stands right before a trailing reporting verb: a comma, a dash, a compound past's "has"
_BEFORE_TRAILING = np.array([hash_string(w) for w in (",", "–", "—", "has", "have", "be")], dtype=np.uint64)
_REPORTS = hash_string("reports")


def _tagged(doc, tags) -> list:
    """The tokens with one of the fine ``tags`` (hashes)."""
    return tokens_where(doc, np.isin(doc.to_array(TAG), tags))


def trailing_attributions(ctx: Context) -> list[Found]:
    """``Militants are preparing a provocation, informed on Thursday at a briefing deputy head of the Centre Rear
    Admiral X.``: a reporting verb the parser made a participle of the clause before it, its speaker ending the
    sentence (machine-translated wire copy). One record per such sentence."""
    return _verb_then_speaker(ctx) + _speaker_then_verb(ctx)


def _speaker_then_verb(ctx: Context) -> list[Found]:
    """``Syria and Israel have made progress …, four sources familiar with the negotiations told Reuters.``: a
    wire's closing attribution that the parser hung inside the clause before it (the verb no root of its own)."""
    doc, found = ctx.doc, []
    # (and "reports" the tagger took for a noun, the sentence's last word: "…, the Foreign Affairs ministry reports.")
    reports = [t for t in tokens_where(doc, doc.to_array(LOWER) == _REPORTS) if t.tag_ == "NNS" and t.i + 1 < len(doc)
               and doc[t.i + 1].text == "." and ctx.segment_at(t.idx) is None]
    for verb in _tagged(doc, _VBN_VBD) + reports:
        lemma = lemma_of(verb)
        if verb.lower_ != "reports" and lemma not in _CLOSING and lemma not in _ANNOUNCING:
            continue  # (most verbs close no statement: the cheap test before the office's)
        # (a closing verb after an office and a name set off by commas, the tagger's participle too: ", the District
        # Commissioner of X, Mr. Y, announced|VBN on Thursday …")
        office = _office_then_name(doc, verb.i - 1) if verb.i > 1 and doc[verb.i - 1].text == "," else None
        closing = lemma in _CLOSING and (verb.tag_ == "VBD" or office is not None) or office is not None and lemma in _ANNOUNCING
        if not (verb.lower_ == "reports" or closing and verb.dep_ not in ("ROOT", "parataxis")
                and not any(c.dep_ in CLAUSE for c in verb.children) and ctx.segment_at(verb.idx) is None):
            continue
        # (a long office before the name: ", the Deputy Minister of Ecology of the Republic of Kazakhstan X informed …")
        comma = next((k for k in range(verb.i - 1, max(verb.i - 16, 0), -1) if doc[k].text == ","), None)
        words = doc[comma + 1 : verb.i] if comma is not None else []
        if office is not None:
            comma, words = office - 1, doc[office : verb.i - 1]  # (", the District Commissioner of X, Mr. Y, announced")
        elif comma is None or comma < 4 or any(is_verb(t) or t.is_punct for t in words) \
                or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") or words[0].pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN") \
                or any(t.pos_ == "DET" and t.i > words[0].i and doc[t.i - 1].pos_ != "ADP" for t in words):
            continue  # (the words between the comma and the verb are who spoke: one noun phrase, no clause; not "as
            # the governor said", "a season the coach said")
        lo, hi = ctx.sentence_bounds(verb.idx, verb.idx + 1)
        after = [t for t in doc[verb.i + 1 : ctx.token_at(hi - 1) + 1] if not t.is_space and not t.is_punct]
        # (the sentence ends there: "told Reuters on Friday.", "informed the correspondent of Aral Press."; or in when
        # and where, after a name set off by commas: "announced on Thursday at a press conference in Albina.")
        limit = 10 if office is not None and all(t.pos_ in _WHEN_WHERE for t in after) else 6 if lemma_of(verb) in ADDRESSEE_CUES else 4
        if len(after) > limit or any(is_verb(t) for t in after):
            continue
        first = max(ctx.token_at(lo), ctx.label_end(doc[ctx.token_at(lo)]))
        if lemma_of(verb) not in ("say", "tell") and any(is_cue(t) and lemma_of(t) not in BELIEF_VERBS and any(c.dep_ in CLAUSE for c in t.children)
                                                         for t in doc[first:comma]):
            continue  # (sources that relay a statement the sentence reports: "X told them that …, the sources added."; not
            # an expectation they report: "Kazakhstan expects that …, the deputy minister X informed …")
        speaker = (comma + 1, verb.i - (office is not None))
        # ("A …, but B …, officials from both countries said": two statements)
        for a, b in split_statements(ctx, first, comma):
            content = trim(ctx, a, b)
            if content is None or word_count(ctx.text[content[0] : content[1]]) < 6:
                continue
            ctx.full_speaker.setdefault(speaker, speaker)
            found.append(Found(content[0], content[1], "indirect", (verb.idx, verb.idx + len(verb.text)), speaker,
                               ctx.paragraph_of(content[0]), sources=["trailing"], cue_i=verb.i))
    return found


_WHEN_WHERE = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ"})
# the verbs an official closes a statement with, besides _CLOSING's: "…, the District Commissioner, Mr. X, announced …"
_ANNOUNCING = frozenset("announce state declare confirm".split())


def _office_then_name(doc, close: int) -> int | None:
    """The first token of ``the OFFICE, NAME`` set off by commas before the comma at ``close`` (", the District
    Commissioner of Marowijne, Mr. Iwan Ramdin, announced …"), else None: an office with its role noun after "the", then
    a name of up to five capitalised words."""
    mid = next((k for k in range(close - 1, max(close - 7, 0), -1) if doc[k].text == ","), None)
    if mid is None or mid + 1 >= close or not all(t.is_title or t.text.endswith(".") and t.text[:1].isalpha() for t in doc[mid + 1 : close]):
        return None
    start = next((k for k in range(mid - 1, max(mid - 12, 0), -1) if doc[k].text == ","), None)
    office = doc[start + 1 : mid] if start is not None else []
    if not len(office) or office[0].lower_ != "the" or not any(t.lower_ in ROLE_NOUNS for t in office) \
            or any(is_verb(t) or t.is_punct for t in office):
        return None
    return start + 1


def _verb_then_speaker(ctx: Context) -> list[Found]:
    doc, found = ctx.doc, []
    arr = doc.to_array([TAG, LOWER])
    after = np.zeros(len(doc), dtype=bool)
    after[1:] = np.isin(arr[:-1, 1], _BEFORE_TRAILING)
    for verb in tokens_where(doc, np.isin(arr[:, 0], _VBN_VBD) & after):  # (read off the doc's arrays: most verbs follow no comma)
        # (also in a compound past, as translations from French write it: "…, has indicated this Friday its executive
        # secretary, X")
        aux = verb.i > 3 and verb.tag_ == "VBN" and doc[verb.i - 1].lower_ in ("has", "have") and doc[verb.i - 2].text == ","
        # (or after a dash, as Hungarian copy writes it: "… next week – informed Délkör on Thursday the Ministry of …")
        dash = verb.i > 2 and doc[verb.i - 1].text in ("–", "—")
        # (or French's "a fait savoir": "…, let it be known the Prosecutor of the Republic, M. X.")
        let_known = verb.i > 4 and verb.lower_ == "known" and doc[verb.i - 4].text == "," \
            and [t.lower_ for t in doc[verb.i - 3 : verb.i]] == ["let", "it", "be"]
        if not (let_known and ctx.segment_at(verb.idx) is None) and not (
                verb.i > 2 and (doc[verb.i - 1].text == "," or aux or dash) and lemma_of(verb) in _TRAILING
                and (verb.dep_ in ("acl", "advcl", "conj") or (aux or dash) and verb.dep_ in ("ccomp", "parataxis")
                     or verb.dep_ == "parataxis" and lemma_of(verb) not in ("say", "tell"))
                and not any(c.dep_ in CLAUSE for c in verb.children) and ctx.segment_at(verb.idx) is None
                # (nor a verb with its own subject before it: "“…,” his wife, X, told The Periyar Courier at …")
                and not any(c.dep_ in SUBJECT and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)):
            continue
        lo, hi = ctx.sentence_bounds(verb.idx, verb.idx + 1)
        rest = [t for t in doc[verb.i + 1 : ctx.token_at(hi - 1) + 1] if not t.is_space]
        if any(t.lower_ == "that" and t.pos_ == "SCONJ" or verb.dep_ == "parataxis" and is_verb(t) for t in rest):
            continue  # (a verb with its own clause after it: "X, who asked not to be named, indicated to Y that …")
        if len(rest) > 3 and lemma_of(verb) in ADDRESSEE_CUES and rest[0].pos_ == "PROPN" and rest[1].lower_ == "on" \
                and rest[2].lower_ in TIME_WORDS and rest[3].lower_ == "the":
            rest = rest[1:]  # ("informed Délkör on Thursday the Ministry": whom it told, when, then who)
        if lemma_of(verb) == "tell" and rest:
            # ("…, told The Periyar Courier at …": a paper by its name's last word is whom it was told)
            start = k = int(rest[0].lower_ == "the")
            while k < min(len(rest), 5) and rest[k].is_title and rest[k].text not in OUTLET_NAME_WORDS:
                k += 1
            if start < k < len(rest) and rest[k].text in OUTLET_NAME_WORDS:
                rest = rest[k + 1 :]
        speaker = _speaker_after(ctx, rest, hi)
        named = [t for t in doc[speaker[1][0] : speaker[1][1]] if t.text[:1].isupper()] if speaker is not None else []
        # (or a body by one word after "the": "…, informed this Friday the Chancellery through a communiqué")
        # (not a paper by its short name, whom it was told: "…, informed the Post on Saturday")
        body = len(named) == 1 and named[0].ent_type_ in ("ORG", "LOC") and named[0].i == speaker[1][0] + 1 and doc[speaker[1][0]].lower_ == "the" \
            and named[0].text not in OUTLET_NAME_WORDS
        if speaker is None or speaker[1][1] - speaker[1][0] < 2 or len(named) < 2 and not body or named[-1].i != speaker[1][1] - 1 or not all(
                t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in named[-2:]) \
                or any(t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") or t.is_quote for t in doc[speaker[1][0] : speaker[1][1]]):
            continue  # (the sentence must end with who spoke, by name: a person's or a body's, "… of Foreign Affairs and
            # Trade"; not what someone did or a title: ", recalled Mr. X talking about "Collapse: How Societies …")
        first = max(ctx.token_at(lo), ctx.label_end(doc[ctx.token_at(lo)]))
        content = trim(ctx, first, verb.i - (4 if let_known else 2 if aux else 1))
        if content is None or word_count(ctx.text[content[0] : content[1]]) < 4:
            continue
        ctx.full_speaker.setdefault(speaker[0], speaker[1])
        cue_start = doc[verb.i - 3].idx if let_known else verb.idx  # (the cue is the whole phrase: "let it be known")
        found.append(Found(content[0], content[1], "indirect", (cue_start, verb.idx + len(verb.text)), speaker[0],
                           ctx.paragraph_of(content[0]), sources=["pointing", "trailing"], cue_i=verb.i))
    return found


def _attribution(ctx: Context, at: int, after: int, hi: int, passive: bool, owner: tuple[int, int] | None = None) -> Found | None:
    doc = ctx.doc
    toks = [doc[i] for i in ctx.tokens_between(after, hi) if not doc[i].is_space]
    # the verb: within a few words ("About this on Tuesday informed", "This was stated on Monday by")
    verb = next((t for t in toks[:5] if (lemma_of(t) in SPEECH_VERBS or lemma_of(t) in _VOICING) and t.lower_.endswith("ed")
                 or t.lower_ in ("said", "told", "wrote")), None)
    if owner is not None:
        verb = doc[ctx.token_at(owner[0])]  # ("The phrase belongs to X": X said it)
    if verb is None:
        return None
    cue = owner or (verb.idx, verb.idx + len(verb.text))
    rest = [t for t in toks if t.i > verb.i and t.idx >= cue[1]]
    if passive:
        by = next((n for n, t in enumerate(rest[:6]) if t.lower_ == "by"), None)
        if by is None:
            return None  # "This was said to be …" or "It was reported that …": no speaker named
        rest = rest[by + 1 :]
        if any(t.lower_ == "that" for t in rest):
            return None  # "It was informed by X that …": the clause after is the statement, not the sentence before
    found = _speaker_after(ctx, rest, hi)
    if found is None:
        return None
    name, full = found
    content = _sentence_before(ctx, at)
    if content is None:
        return None
    ctx.full_speaker.setdefault(name, full)
    return Found(content[0], content[1], "indirect", cue, name, ctx.paragraph_of(content[0]), sources=["pointing"], cue_i=verb.i)


def _speaker_after(ctx: Context, rest: list, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(name, full span) of the speaker that the tokens ``rest`` after a reporting verb name, past the audience, the
    time and the circumstances (``informed journalists on Monday at a briefing the deputy head of … X``)."""
    doc = ctx.doc
    while rest:
        if rest[0].lower_ in _AUDIENCE or rest[0].lower_ in TIME_WORDS or rest[0].lower_ == "on" or (
                rest[0].lower_ == "this" and len(rest) > 1 and rest[1].lower_ in TIME_WORDS) or (
                rest[0].lower_ in ("to", "the") and len(rest) > 1 and rest[1].lower_ in _AUDIENCE):
            rest = rest[1:]  # "informed journalists the head of …", "declared (to journalists) on Monday X"
            continue
        if rest[0].lower_ == "to" and len(rest) > 1 and (end := outlet_name_end(doc, rest[1].i)) is not None:
            rest = [t for t in rest if t.i >= end]  # "declared to The Sannine Daily Charbel Abi Raad"
            continue
        if rest[0].lower_ == "to" and len(rest) > 1 and (own := own_words_at(doc, rest[1].i)):
            rest = rest[1 + own :]  # "So explained to this agency the coordinator …"
            continue
        if rest[0].lower_ == "by" and len(rest) > 2 and rest[1].lower_ in ("telephone", "phone"):
            rest = rest[2:]  # ("… to this newspaper by telephone the commander of …")
            continue
        told = next((n for n, t in enumerate(rest[1:4], 1) if not t.text[:1].isupper()), None) if rest[0].lower_ == "to" else None
        if told is not None and told > 1 and rest[told].lower_ == "the":
            rest = rest[told:]  # (an outlet the table does not know: "precised to Quillay the president of …")
            continue
        lead = LEADING_CHANNEL.match(ctx.text, rest[0].idx) or _LEADING_CIRCUMSTANCE.match(ctx.text, rest[0].idx)
        if lead is None:
            break
        # "declared in interview to CTA the Deputy Foreign Minister …", "stated at the end of the meeting X"
        rest = [t for t in rest if t.idx >= lead.end()]
    if not rest or rest[0].is_punct:
        return None
    start = rest[0].idx
    cut = _CIRCUMSTANCE.search(ctx.text, start, hi)
    # (a comma after the office and before the name belongs to the speaker: "the head of the center, Major General X")
    while cut is not None and cut.group(0).strip() == "," and _name_follows(ctx, cut.end(), hi):
        cut = _CIRCUMSTANCE.search(ctx.text, cut.end(), hi)
    end = cut.start() if cut is not None else hi
    speaker = list(ctx.tokens_between(start, end))
    speaker = [i for i in speaker if not doc[i].is_space and not doc[i].is_punct or doc[i].text in (",", ".", "-")]
    while speaker and doc[speaker[-1]].is_punct:
        speaker.pop()
    if not speaker or len(speaker) > 24:
        return None
    full = (speaker[0], speaker[-1] + 1)
    person = [e for e in doc[full[0] : full[1]].ents if e.label_ in ("PERSON", "PER")]
    comma = max((i for i in speaker if doc[i].text == ","), default=None)
    if not person and comma is not None and _name_follows(ctx, doc[comma].idx + 1, hi):
        person = [doc[comma + 1 : full[1]]]  # (the name after the office's comma, whatever the NER made of it)
    name = (person[-1].start, person[-1].end) if person else full
    return name, full


def _name_follows(ctx: Context, pos: int, hi: int) -> bool:
    """Whether a person's name (with a title or rank before it) comes right after ``pos``."""
    doc = ctx.doc
    run = []
    for i in ctx.tokens_between(pos, hi)[:6]:
        if doc[i].ent_type_ in ("PERSON", "PER"):
            return True
        if not doc[i].text[:1].isupper() and not doc[i].is_space:
            break
        run.append(doc[i])
    # (or a name the NER missed, closed by a comma: "the president of the … Club, Raúl Quiroga Funes, who asked …")
    named = [t for t in run if not t.is_space]
    if len(named) >= 2 and all(t.pos_ == "PROPN" for t in named) and named[-1].i + 1 < len(doc) and doc[named[-1].i + 1].text == ",":
        return True
    toks = [doc[i] for i in ctx.tokens_between(pos, hi)[:16] if not doc[i].is_space]
    # (or after the rest of the office's portfolio, in lower case: "the deputy minister of labour, social security and
    # migration Nurbek Asanaliev.")
    words = [t for t in toks if t.text not in (".", "!", "?")]
    if words and words[-1].ent_type_ in ("PERSON", "PER") and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ", "ADP", "DET") for t in words):
        return True
    # (or after a second office: "…, head of the Armenian delegation in the commission Vahagn Ter-Mkrtchyan.")
    if not toks or toks[0].lower_ not in ROLE_NOUNS or any(is_verb(t) or t.text in (",", ";", "(") for t in toks):
        return False
    tail = [t for t in toks if t.text not in (".", "!", "?")][-2:]
    return len(tail) == 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)


def _sentence_before(ctx: Context, at: int) -> tuple[int, int] | None:
    """The sentence before ``at`` (in this paragraph, else the last of the one before), without a dateline."""
    para = ctx.paragraph_of(at)
    p_lo = ctx.paragraphs[para][0]
    end = at
    if not ctx.text[p_lo:at].strip():
        if para == 0:
            return None
        end = ctx.paragraphs[para - 1][1]
    last = len(ctx.text[:end].rstrip()) - 1  # the previous sentence's full stop
    while last > 0 and ctx.text[last] in "»”\"'’":
        last -= 1  # (inside its closing quote mark, which the parser may make a sentence of its own)
    if last < 0:
        return None
    lo, _ = ctx.sentence_bounds(last, last + 1)
    first = max(ctx.token_at(lo), ctx.label_end(ctx.doc[ctx.token_at(lo)]))
    while first < len(ctx.doc) and ctx.doc[first].idx < lo:
        first += 1
    span = trim(ctx, first, ctx.token_at(end - 1) + 1)
    if span is None or word_count(ctx.text[span[0] : span[1]]) < 4:
        return None
    return span


# "“…” Secretary X came up with the remark while talking to reporters.", "“…,” X made the comments at …", "“…” He
# said this while addressing …" (South Asian English): the sentence after a quote names who said it, its object
# pointing back at the quote
_VENUE_VERBS = frozenset("say state make express come pass give share offer".split())
_POINTERS = frozenset("this these that those".split())
_REMARKS = frozenset("remark remarks comment comments view views word words statement statements observation observations".split())


def venue_speakers(ctx: Context, found: list[Found]) -> None:
    """Give a direct quote with no attribution the speaker and verb of a venue sentence right after it. The venue
    sentence is no record of its own: its content is only "this" (the gold set's rule for "He said this while …")."""
    doc = ctx.doc
    for f in found:
        if f.segment is None or f.segment.depth or f.cue is not None or f.speaker is not None or not f.segment.closed:
            continue
        hi = ctx.paragraphs[f.paragraph][1]
        toks = [doc[i] for i in ctx.tokens_between(f.segment.close_end, hi)[:16]]
        while toks and toks[0].text in (",", "."):
            toks = toks[1:]
        # (who spoke is a noun phrase from the quote's end to the verb, whatever the parser hung it on: "Chief Election
        # Commissioner Nurul|dep Huda|advmod made the comment")
        k = next((n for n, t in enumerate(toks) if lemma_of(t) in _VENUE_VERBS and t.tag_.startswith("VB")), None)
        if not k or not (toks[0].text[:1].isupper() and toks[0].lower_ not in _POINTERS and toks[0].lower_ != "it"
                         or toks[0].lower_ in ("he", "she", "they")) or any(
                t.is_punct and t.text not in ("’", "'", "-", ".") or t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()
                for t in toks[:k]):
            continue  # (not "This was the remark of …", nor a clause of its own before the verb)
        verb = toks[k]
        end = _pointer_end(doc, verb)
        if end is None:
            continue
        f.cue = (verb.idx, doc[end - 1].idx + len(doc[end - 1].text))
        f.speaker = (toks[0].i, verb.i)
        ctx.full_speaker.setdefault(f.speaker, f.speaker)
        f.sources.append("venue")


def _pointer_end(doc, verb) -> int | None:
    """The end (token) of the object that points back, right after the verb: "said this", "made the remarks", "came up
    with the remark", "expressed these views" (None if there is none)."""
    k = verb.i + 1
    if lemma_of(verb) == "come":
        if not (k + 1 < len(doc) and doc[k].lower_ == "up" and doc[k + 1].lower_ == "with"):
            return None
        k += 2
    if k < len(doc) and doc[k].lower_ in _POINTERS:
        if k + 1 < len(doc) and doc[k + 1].lower_ in _REMARKS:
            return k + 2  # "these views"
        return k + 1 if lemma_of(verb) in ("say", "state") else None  # ("said this", not "made this possible")
    if k + 1 < len(doc) and doc[k].lower_ in ("the", "such") and doc[k + 1].lower_ in _REMARKS:
        return k + 2  # "made the remarks", "came up with the remark"
    return None
