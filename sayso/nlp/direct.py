"""Direct quotes: the segments in quote marks (``marks.py``) and the cue and speaker of each.

A quote takes its cue from the words around it in its sentence: a reporting verb right after it (``“…,”
she said``) or before the colon, comma or dash that opens it (``She said: “…”``). A quote embedded in the
sentence is the label a naming verb gives its object (``called the talks «a step forward»``, mixed) or the
end of a clause (``insisted that «…»``); with neither, the indirect pass decides. A title in quote marks
is no quote, and a short one counts only where its cue plainly owns it.
"""
from __future__ import annotations

import re

from .lexicon import JUDGING_CUES, OBJECT_CUES, ROLE_NOUNS, TIME_WORDS, TITLES
from .marks import Segment
from .cues import CLAUSE, DASHES, SUBJECT, Context, Found, after_be, asks_anonymity, called_off, cue_span, group_naming, inside_report, is_cue, is_title, is_verb, lemma_of, word_count
from .speaker_spans import according_speaker, noun_phrase_at, speaker_of

_MIN_DIRECT_WORDS = 3  # a shorter quoted stretch needs a clause around it (mixed) to count


def _prev_char(ctx: Context, pos: int, lo: int) -> str:
    k = pos - 1
    while k >= lo and ctx.text[k].isspace():
        if ctx.text[k] == "\n":
            return ""  # a quote that opens a line is embedded in nothing before it
        k -= 1
    return ctx.text[k] if k >= lo else ""


# "Those were the words of her husband, X", "This was the plea of his mother, Madam X", "These words are those of X"
# (machine-translated French), "This was highlighted by Mr X at a meeting …": who said the quote the paragraph before holds
_WORDS_OF = re.compile(r"\s*(?:Those|These|That|This|Such)\s+(?:words\s+)?(?P<cue>(?:were|was|are|is)\s+(?:the\s+)?"
                       r"(?:words|plea|message|appeal|cry|reaction|verdict|answer|assessment|prayer|those)\s+of"
                       r"|(?:was|were)\s+(?:highlighted|stated|said|underlined|emphasi[sz]ed|stressed|noted|declared|affirmed|"
                       r"announced|sustained|pointed\s+out)(?=\s+by\s))(?:\s+by)?\s+")


def _words_of_after(ctx: Context, seg: Segment, para: int, p_lo: int, p_hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue (characters) and speaker (tokens) of the sentence right after a quote that opens a paragraph, or of
    the paragraph after a quote that fills one, when it names who said the quote."""
    if ctx.text[p_lo : seg.open_start].strip():
        return None
    if ctx.text[seg.close_end : p_hi].strip():
        lo, hi = seg.close_end, p_hi
    elif para + 1 < len(ctx.paragraphs):
        lo, hi = ctx.paragraphs[para + 1]
    else:
        return None
    m = _WORDS_OF.match(ctx.text, lo, hi)
    if m is None:
        return None
    doc = ctx.doc
    k = ctx.token_at(m.end())
    phrase = noun_phrase_at(doc, k)
    if phrase is None:
        return None
    end = phrase[1]
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in ("PERSON", "PER"):
        end = next((t.i for t in doc[end + 1 :] if t.ent_iob_ != "I" and t.i > end + 1), len(doc))  # (her husband, X)
    return (m.start("cue"), m.end("cue")), (k, end)


def _colon_paragraph_cue(ctx: Context, para: int):
    """The reporting verb of the paragraph before ``para`` where it ends in a colon, for a quote that opens ``para``:
    "Addressing the press, the District Commissioner stated: ¶ “On behalf of the Government …”"."""
    if para == 0:
        return None
    lo, hi = ctx.paragraphs[para - 1]
    tail = ctx.text[lo:hi].rstrip()
    if not tail.endswith(":"):
        return None
    colon = lo + len(tail) - 1
    return _window_cue(ctx, ctx.sentence_bounds(colon, colon + 1)[0], colon, first=False, limit=12)


def _window_cue(ctx: Context, a: int, b: int, *, first: bool, limit: int):
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
        if is_cue(tok) and not (first and asks_anonymity(tok)):  # (not "…,” a farmer who asked not to be named told X")
            # (a verb in a relative clause is someone else's: "M. Sarr warned those who call for the street: «…»"
            # is Sarr's warning, when the clause hangs on a cue of the window; not "in a video where she said, “…”")
            if not first and tok.dep_.endswith("relcl") and any(
                    c.dep_ in SUBJECT and c.lower_ in ("who", "that", "which") for c in tok.children):
                head = next((h for h in tok.ancestors if is_cue(h) and a <= h.idx < b), None)
                return head if head is not None else tok
            return tok
        if tok.lower_ == "according" and i + 1 < len(ctx.doc) and ctx.doc[i + 1].lower_ == "to":
            return tok
    return None


def _speaker_right_after(ctx: Context, cue, char: int) -> bool:
    """Whether the cue's speaker is the first thing after ``char`` (punctuation aside)."""
    speaker = speaker_of(ctx, cue)
    if speaker is None:
        return False
    before = [ctx.doc[i] for i in ctx.tokens_between(char, ctx.doc[speaker[0]].idx)]
    # nothing but the speaker's office may stand between: “…,” Senate Majority Leader Mitch McConnell said
    return all(t.is_punct or t.is_space or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in before)


def direct_quotes(ctx: Context) -> list[Found]:
    found: list[Found] = []
    for seg in ctx.segments:
        if seg.continued:
            continue  # part of the quote opened in an earlier paragraph
        end = seg.end
        if seg.continues:
            end = _quote_end(ctx, seg)
        content = ctx.text[seg.start : seg.end]
        if word_count(content) == 0:
            continue
        lower = content.lstrip()[:1].islower()  # (past the space inside French marks: "« will take place »")
        para = ctx.paragraph_of(seg.open_start)
        p_lo, p_hi = ctx.paragraphs[para]
        if seg.depth > 0:
            outer = next((o for o in ctx.top if o.open_start < seg.open_start and seg.end <= max(o.end, o.close_end)), None)
            lo = outer.start if outer else p_lo
            before = _prev_char(ctx, seg.open_start, lo)
            said = _said_right_before(ctx, lo, seg.open_start) if before not in (":", ",") else None
            if before not in (":", ",") and said is None:
                continue
            # inside a quote every token is "in a segment": look at the raw tokens instead
            cue = said or _nested_cue(ctx, lo, seg.open_start)
            if cue is None or word_count(content) < _MIN_DIRECT_WORDS:
                continue
            found.append(Found(seg.start, end, "direct", cue_span(ctx, cue), speaker_of(ctx, cue), para, seg))
            continue
        inserted = _inserted_attribution(ctx, seg, end, para)
        if inserted:
            found += inserted
            continue
        before = _prev_char(ctx, seg.open_start, p_lo)
        s_lo, s_hi = ctx.sentence_bounds(seg.open_start, seg.close_end)
        after = ctx.after_gloss(seg.close_end)
        if after != seg.close_end:  # («…» (its translation), he warns): the sentence goes on after the brackets
            s_hi = max(s_hi, ctx.sentence_bounds(after, after + 1)[1])
        after_text = ctx.text[after : s_hi].lstrip()
        # (or after a bracket closed inside the clause: "the results published by the Commission (CNE) « do not resist a
        # recount »")
        embedded = before.isalnum() or before in ("(", "'", "’") or before == ")" and lower
        if embedded:
            named = None if is_title(content) else _object_cue_before(ctx, seg, s_lo)
            if named is not None:  # called the talks «a step forward»: what was said is the object and its label
                cue, first, speaker = named
                lo, hi = (ctx.doc[first].idx, _inverted_object_end(ctx, first, max(end, seg.close_end))) if first is not None else (seg.start, end)
                found.append(Found(lo, hi, "mixed", cue_span(ctx, cue), speaker, para, seg))
                continue
            called = _what_called(ctx, seg, s_lo)
            if called is not None:  # slammed what she called “the language of the barracks”: the label is hers
                # (who "she" is: the subject of the verb "what" hangs on, when there is one: "who rejected what he called")
                verb = next((a for a in called.ancestors if is_verb(a)), None)
                speaker = speaker_of(ctx, verb) if verb is not None and is_cue(verb) else None
                found.append(Found(seg.start, end, "mixed", cue_span(ctx, called), speaker or speaker_of(ctx, called), para, seg))
                continue
            clause = _clause_quote(ctx, seg, s_lo)
            if clause is None:
                continue  # a fragment inside narration: the indirect pass decides (mixed or scare quote)
            kind, cue = clause
            found.append(Found(seg.start, end, kind, cue_span(ctx, cue), speaker_of(ctx, cue), para, seg))
            continue
        judged = _cue_before_setting(ctx, list(ctx.tokens_between(s_lo, seg.open_start)), judging=True) \
            if before == "," and lower and (after_text[:1] in (".", "!", "?", "") or _SETTING_TAIL.match(ctx.text, after)) else None
        if judged is not None:  # "had saluted on Saturday, in a communiqué, «the professionalism of …»": its object
            found.append(Found(seg.start, end, "mixed", cue_span(ctx, judged), speaker_of(ctx, judged), para, seg))
            continue
        words = word_count(content)
        if before == "," and lower and content.rstrip()[-1:] not in (",", ".", "!", "?") \
                and after_text[:1].isalpha() and after_text[:1].islower():
            continue  # "…in Aleppo, «if the partners will not be in a condition» to do it": a fragment of the clause
        if is_title(content):
            continue  # her 2023 book, “The Long Table”: a name, not words anyone said
        right = _window_cue(ctx, after, s_hi, first=True, limit=8)
        if right is None and content.rstrip()[-1:] == ",":  # “…,” then a speaker with a long office, then the verb
            right = _window_cue(ctx, after, s_hi, first=True, limit=24)
        left = None
        if before in (":", ",") or before in DASHES or before == "":
            left = _window_cue(ctx, s_lo, seg.open_start, first=False, limit=12)
            if left is None and before in (":", ","):
                left = _continued(ctx, seg.open_start)
            if left is None and before == "":
                left = _colon_paragraph_cue(ctx, para)
        if before in (":", ",") and left is not None:
            cue = left
        elif right is not None and (
            after_text[:1] in (",", "—", "–", "-") or not after_text[:1] or after_text[:1].islower()
            # or a new sentence that starts with the attribution: "The minister said this on Monday"
            or right.idx - after < 40
            # or “…,” and a long speaker before the verb: “…,” Senate Majority Leader X, R-Ky., said
            or content.rstrip()[-1:] in (",", "?", "!") and _speaker_right_after(ctx, right, after)
        ):
            cue = right
        else:
            cue = left
        if cue is not None and cue is left and before == "," and lower and (cue.lower_ == "according" or any(
                ctx.doc[i].lower_ == "that" and ctx.doc[i].pos_ == "SCONJ" or ctx.doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD")
                for i in ctx.tokens_between(cue.idx + len(cue.text), seg.open_start))):
            # ("affirmed that the Games, held under the slogan "…", "have shown …"": the rest of the clause its "that"
            # opened, or the clause the cue reports: "According to her, tonight's vigil will be the last one, „and this
            # time it is a celebration“"; the indirect pass reads it as a mixed quote)
            continue
        if cue is not None and right is not None and before == "," and lower and right.tag_ == "VBG" \
                and right.i + 1 < len(ctx.doc) and ctx.doc[right.i + 1].lower_ == "that" and after_text[:1] == ",":
            # ("pointed out that A, “even if they are few”, adding that B": the participle reports its own clause, and
            # the fragment belongs to the clause before it, which the indirect pass reads as a mixed quote)
            continue
        if cue is None and seg.continues:
            cue = _closing_cue(ctx, seg)  # “A … | “B,” said Nasrin: a quote over paragraphs, attributed where it closes
        words_of = _words_of_after(ctx, seg, para, p_lo, p_hi) if cue is None and not seg.continues else None
        if words_of is not None:  # “…” ¶ Those were the words of her husband, X, who …: the speaker comes after
            f = Found(seg.start, end, "direct", words_of[0], words_of[1], para, seg, sources=["marks", "words of"])
            found.append(f)
            continue
        # a short quote with no cue of its own only as the second half of “A,” X said. “B.”
        goes_on = bool(found) and found[-1].paragraph == para and found[-1].kind == "direct" and found[-1].cue is not None \
            and before in (".", "!", "?") and content.rstrip()[-1:] in (".", "!", "?")
        byline = _dash_byline(ctx, seg, p_hi) if cue is None or cue is not right else None
        if byline is not None:
            cue = None  # a signature beats any verb before the quote
        if cue is None and words < _MIN_DIRECT_WORDS + 2 and not goes_on and byline is None:
            continue
        if cue is None and byline is None and before == "," and lower:
            continue  # ("According to her, the agent …, “did not stop asking …”": a fragment of the sentence's clause)
        # a short quote needs a colon before it, or to be a whole utterance its cue follows: “I would,” she said
        utterance = cue is right and content.rstrip()[-1:] in (",", "?", "!", ".")
        if cue is not None and words < _MIN_DIRECT_WORDS and before not in (":",) and not utterance:
            continue
        f = Found(seg.start, end, "direct", None, None, para, seg)
        if cue is not None:
            f.cue = cue_span(ctx, cue)
            f.speaker = according_speaker(ctx, cue) if cue.lower_ == "according" else speaker_of(ctx, cue)
        elif byline is not None:
            f.cue, f.speaker = byline
            ctx.full_speaker.setdefault(f.speaker, f.speaker)
        f.sources.append("marks")
        found.append(f)
    return found


# the narrator's words set off by dashes inside the quote marks, as Lithuanian, Polish and Russian copy writes dialogue:
# "„I know he is strong, – said to Nerija Press his wife. – He has survived worse storms.“", "«…, — said X.»"
_INSERTION = re.compile(r"(?P<stop>[,.!?…])\s*[–—]\s+(?P<words>[^–—«»“”„\"\n]{3,160}?)[.,:]?(?:\s*[–—]\s+(?=\S)|\s*$)")


def _inserted_attribution(ctx: Context, seg: Segment, end: int, para: int) -> list[Found]:
    """The quote in ``seg`` (ending at ``end``) cut where the narrator's attribution stands inside its marks, set off
    by dashes (see ``_INSERTION``): one direct quote before it and one after (if any), both the attribution's."""
    content = ctx.text[seg.start : end]
    for m in _INSERTION.finditer(content):
        lo, hi = seg.start + m.start("words"), seg.start + m.end("words")
        tokens = [ctx.doc[i] for i in ctx.tokens_between(lo, hi)]
        if not tokens or not tokens[0].is_lower:
            continue
        # (a cue verb among the narrator's first words: "said to Nerija Press the wife …", "he added")
        cue = next((t for t in tokens[:3] if is_cue(t) and is_verb(t) and t.tag_ != "VBG"), None)
        if cue is None:
            continue
        first_end = seg.start + m.start("stop") + (0 if m["stop"] == "," else 1)
        parts = [(seg.start, first_end), (seg.start + m.end(), end)]
        cue_at, speaker = cue_span(ctx, cue), speaker_of(ctx, cue)
        return [Found(a, b, "direct", cue_at, speaker, para, seg, sources=["marks", "inserted"])
                for a, b in parts if word_count(ctx.text[a:b]) > 0]
    return []


def _dash_byline(ctx: Context, seg: Segment, p_hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“Maybe we can build a wall.” ― Steve Quinlan``: a dash and a name that end the paragraph sign the quote.
    (cue: the dash, speaker: the name up to its first comma) or None."""
    doc = ctx.doc
    line_end = ctx.text.find("\n", seg.close_end, p_hi)  # (a line of its own is a paragraph here)
    toks = [doc[i] for i in ctx.tokens_between(seg.close_end, p_hi if line_end < 0 else line_end) if not doc[i].is_space]
    if len(toks) < 2 or toks[0].text not in _BYLINE_DASHES:
        return None
    name = toks[1 : next((n for n, t in enumerate(toks) if n > 1 and t.text in (",", "(")), len(toks))]
    if not 1 <= len(name) <= 5 or not name[0].is_title or any(is_verb(t) or t.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") for t in name):
        return None
    if len(toks) > 12:  # a name and a short description ("…, 23, a student"), not another sentence
        return None
    return cue_span(ctx, toks[0]), (name[0].i, name[-1].i + 1)


_BYLINE_DASHES = frozenset("—–―")


def _continued(ctx: Context, open_start: int):
    """``She continued: “…”``: a verb that introduces a quote only right before its colon or comma."""
    i = ctx.token_at(open_start) - 1
    while i >= 0 and ctx.doc[i].text in (":", ",") or i >= 0 and ctx.doc[i].is_space:
        i -= 1
    tok = ctx.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.pos_ == "VERB" and lemma_of(tok) in _INTRODUCING else None


_INTRODUCING = frozenset("continue begin start go conclude finish yell shout scream chant whisper cry".split())


def _nested_cue(ctx: Context, lo: int, hi: int):
    """The cue of a quote inside another, in its sentence before it (not "know" in "we did not know anything. Then
    Bálint sent …: »…«"); or the verb that sent a message the quote is ("sent a single sentence: »…«")."""
    doc = ctx.doc
    toks = list(reversed(ctx.tokens_between(lo, hi)))
    for n, i in enumerate(toks):
        tok = doc[i]
        if tok.idx < lo or n and tok.text in (".", "!", "?"):
            break
        if is_cue(tok) or n <= 1 and tok.lower_ in _SHOUTING:
            return tok  # (a participle the tagger made a noun too: "ran from house to house shouting|NN, ‘…’")
    before = next((doc[i] for i in toks if not doc[i].is_punct and not doc[i].is_space), None)
    if before is not None and before.lower_ in _MESSAGE_NOUNS and before.head.pos_ == "VERB" and before.head.i < before.i \
            and any(c.dep_ in SUBJECT for c in before.head.children):
        return before.head
    return None


# participles that give someone's words right after them, whatever the tagger made of them
_SHOUTING = frozenset("saying shouting yelling screaming crying calling".split())
# verbs that give someone's words with no colon or comma before them, inside a quote: "She said to me “Maman, …”"
_SAYING = frozenset("say tell ask shout repeat reply answer".split())


def _said_right_before(ctx: Context, lo: int, hi: int):
    """The verb right before a quote inside another, whom it was said to between ("She said to me “…”", "the
    administration told us «wait, …»"), or None; a past only (not what is said again and again: "When people ask me
    “who fired first?”", "a sentence that says “as soon as practicable”")."""
    doc = ctx.doc
    words = [doc[i] for i in ctx.tokens_between(lo, hi)][-3:]
    if words and words[-1].lower_ in ("me", "us", "him", "her", "them", "you"):
        words.pop()
        if words and words[-1].lower_ == "to":
            words.pop()
    return words[-1] if words and words[-1].tag_ in ("VBD", "VBN") and lemma_of(words[-1]) in _SAYING else None


# what a quote after a colon may be the words of: "sent a single sentence: »I live«", "wrote a text message: “…”"
_MESSAGE_NOUNS = frozenset("message sentence text sms note line".split())


def _object_cue_before(ctx: Context, seg: Segment, s_lo: int):
    """``called it «a provocation»``, ``described the talks as “useful and clear”``: a naming verb with a subject,
    then its object, then the quoted label. (cue token, first token of the object, speaker span) or None; the first
    token None where the label alone is the statement ("a claim X rejected as “…”")."""
    doc = ctx.doc
    toks = list(ctx.tokens_between(s_lo, seg.open_start))[-7:]
    for n in range(len(toks) - 2, -1, -1):
        tok = doc[toks[n]]
        between = [doc[i] for i in toks[n + 1 :]]
        # (nor what is done in place of the label: "to call the hotline instead of ‘relying on rumours’")
        if any(is_verb(t) or t.is_punct or t.is_quote or t.lower_ in ("instead", "rather") for t in between):
            break
        if tok.pos_ == "VERB" and lemma_of(tok) in JUDGING_CUES and [t.lower_ for t in between] == ["as"] \
                and tok.tag_ in ("VBD", "VBZ", "VBP") and (speaker := speaker_of(ctx, tok)) is not None:
            return tok, None, speaker  # ("a claim Toaliu rejected as “a question of metres”": the label alone is his)
        if tok.pos_ == "VERB" and (lemma_of(tok) in OBJECT_CUES or tok.lemma_.lower() == "name"):
            if group_naming(tok):
                return None  # ("in what specialists call a “temperature excursion”": a group's name for a thing)
            if doc[toks[n + 1]].lower_ in ("for", "on", "upon"):
                return None  # "called for “an urgent increase” in …": a demand, which the indirect pass reads whole
            if called_off(tok):
                return None
            if doc[toks[n + 1]].lower_ in ("itself", "themselves") or tok.tag_ in ("VBN", "VBD") and after_be(tok) \
                    and not any(c.dep_ in ("obl:agent", "agent") for c in tok.children):
                # "The group, which calls itself “Liwa al-Fajr”", "an arrangement that is often, if loosely, called a
                # “wet lease”": the name it goes by, no one's words
                return None
            inner = toks[-1] + 2  # (the first word inside the marks)
            if lemma_of(tok) == "call" and (doc[toks[n + 1]].pos_ == "PRON" or doc[toks[n + 1]].ent_type_ in ("PERSON", "PER")) \
                    and inner < len(doc) and doc[inner].pos_ == "ADP" and doc[inner].lower_ != "as":
                return None  # "called her «at three o'clock in the night»": when the call came, no label
            # ("named the situation «a humanitarian threat»": the machine-translated "called", with its quoted label)
            speaker = speaker_of(ctx, tok)
            # with no speaker found, only a verb that has one in the text (not "a plan called …")
            finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.lower_ == "having" for c in tok.children)
            # (the object after the speaker, where the verb comes first: "described El-Sayyad| the Red Sea coast as “…”")
            first = speaker[1] if speaker is not None and speaker[0] == toks[n + 1] and speaker[1] <= toks[-1] else toks[n + 1]
            return (tok, first, speaker) if speaker is not None or finite else None
    return None


def _inverted_object_end(ctx: Context, first: int, end: int) -> int:
    """``qualified as «exemplary» the conduct of the cadet``: machine-translated Spanish puts what was judged after its
    label; the statement runs to its end (the object's last word before the comma), else ends at ``end``."""
    doc = ctx.doc
    if doc[first].lower_ != "as":
        return end
    k = ctx.token_at(end) if end < len(ctx.text) else len(doc)
    while k < len(doc) and doc[k].idx < end:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ("the", "his", "her", "its", "their"):
        return end
    stop = next((m for m in range(k + 1, min(k + 12, len(doc))) if doc[m].is_punct or doc[m].is_space or is_verb(doc[m])), None)
    return doc[stop - 1].idx + len(doc[stop - 1].text) if stop is not None and doc[stop].text in (",", ".", ";") else end


def _what_called(ctx: Context, seg: Segment, s_lo: int):
    """``what she called “…”``, ``what he termed «…»``: the naming verb right before the quote, after "what" and
    its subject (the cue token), or None."""
    doc = ctx.doc
    toks = [doc[i] for i in list(ctx.tokens_between(s_lo, seg.open_start))[-4:]]
    if len(toks) < 3 or not (lemma_of(toks[-1]) in OBJECT_CUES and toks[-1].tag_ in ("VBD", "VBZ", "VBP")):
        return None
    what = next((t for t in toks[:-1] if t.lower_ == "what"), None)
    if what is None or not all(t.pos_ in ("PRON", "PROPN", "NOUN", "DET") for t in doc[what.i + 1 : toks[-1].i]):
        return None
    # (not inside a reported clause, which holds it: "warned that Damascus would not accept what he called “…”")
    if inside_report(toks[-1]):
        return None
    # (nor the name a group uses for a thing: "what they call “lajan Kowèt”")
    if group_naming(toks[-1]):
        return None
    return toks[-1]


def _clause_quote(ctx: Context, seg: Segment, s_lo: int):
    """A quote introduced inside the sentence: ``insisted that «…»`` (mixed) or ``said “We …”`` (direct)."""
    toks = list(ctx.tokens_between(s_lo, seg.open_start))
    if not toks:
        return None
    last = ctx.doc[toks[-1]]
    tail = ctx.text[seg.close_end : seg.close_end + 3].lstrip(" ")
    if tail[:1] not in (".", "", "!", "?") and seg.end != len(ctx.text) and not ctx.text[seg.end - 1 : seg.end] in ".!?" \
            and not _SETTING_TAIL.match(ctx.text, seg.close_end):
        return None
    if not is_cue(last):
        last = _cue_before_setting(ctx, toks) or last
    if is_cue(last) or lemma_of(last) in JUDGING_CUES:
        if lemma_of(last) in OBJECT_CUES and last.dep_ in ("acl:relcl", "relcl") and is_title(ctx.text[seg.start : seg.end]):
            return None  # "at gatherings that they called „Thursdays for Gjoko“": the name they gave a thing
        if ctx.text[seg.start : seg.start + 1].islower() and inside_report(last):
            return None  # "declared that Baku expects «concrete results»": a fragment of the outer report
        return ("direct" if ctx.text[seg.start : seg.start + 1].isupper() else "mixed"), last
    if last.lower_ == "that" and len(toks) >= 2:
        for i in reversed(toks[:-1][-6:]):
            if is_cue(ctx.doc[i]):
                return "mixed", ctx.doc[i]
    return None


# where the words were given, after the quote that ends the sentence: "condemned «…» in a statement."
_SETTING_TAIL = re.compile(r"\s*,?\s*(?:in|on|during|through|via)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:statement|communiqu[eé]|message|post|tweet|speech|address|letter|press\s+release)"
                           r"(?:\s+(?:on|this|last)\s+\w+)?\s*[.!?]")


def _cue_before_setting(ctx: Context, toks: list[int], judging: bool = False):
    """The cue before the day and the setting that stand between it and its quoted object: "had saluted on Saturday,
    in a communiqué, «the professionalism of …»", "hailed in a message “…”"; None unless the words between are only
    such (no verb, no object of the cue's own). ``judging``: only a verb that judges its object (the quote after a
    comma is then the object, not a sentence of its own)."""
    doc = ctx.doc
    for n in range(len(toks) - 2, max(len(toks) - 10, -1), -1):
        tok = doc[toks[n]]
        if not (lemma_of(tok) in JUDGING_CUES or not judging and is_cue(tok)):
            continue
        between = [doc[i] for i in toks[n + 1 :]]
        if between[0].pos_ == "ADP" or between[0].text == "," or between[0].lower_ in TIME_WORDS:
            if not any(is_verb(t) or t.is_quote or t.lower_ == "that" or t.dep_ in SUBJECT
                       or t.head == tok and t.dep_ in ("obj", "dobj", "ccomp", "xcomp") for t in between) \
                    and any(t.lower_ in _SETTING_NOUNS for t in between):
                return tok
        return None
    return None


_SETTING_NOUNS = frozenset("statement communiqué communique message post tweet speech address letter release".split())


def _closing_cue(ctx: Context, seg: Segment):
    """The cue right after the close of a quote that runs over paragraphs, when the attribution stands there
    (“A … ¶ “B,” said Nasrin, a mother of four), else None."""
    last = _last_part(ctx, seg)
    if last is seg or last.continues or not last.closed:
        return None
    _, s_hi = ctx.sentence_bounds(last.open_start, last.close_end)
    after = ctx.text[last.close_end : s_hi].lstrip()
    cue = _window_cue(ctx, last.close_end, s_hi, first=True, limit=8)
    # (or “B,” and the speaker before the verb: “B,” Ms Odera told the Daily Beacon)
    content = ctx.text[last.start : last.end].rstrip()
    if cue is None or not (after[:1] in (",", "—", "–", "-") or after[:1].islower()
                           or content[-1:] in (",", "?", "!") and _speaker_right_after(ctx, cue, last.close_end)):
        return None
    # (by name only: "the WHO Representative said" there is the speaker the first paragraph went on with anyway,
    # where the paragraph before reported what someone said; not after a mere lead-in: "The ambassador … recounted
    # to this agency the days after the tragedy. ¶ “A … ¶ “B”, said the diplomat.")
    speaker = speaker_of(ctx, cue)
    named = speaker is not None and any(t.ent_type_ in ("PERSON", "PER") and t.lower_ not in ROLE_NOUNS and t.lower_ not in TITLES
                                        for t in ctx.doc[speaker[0] : speaker[1]])
    # (or someone new, whom an indefinite phrase brings in: "“A … ¶ “B”, said … one of the Georgian sailors")
    new = speaker is not None and ctx.doc[speaker[0]].lower_ in ("a", "an", "one")
    return cue if named or new or speaker is not None and not _reports_before(ctx, seg) else None


def _reports_before(ctx: Context, seg: Segment) -> bool:
    """Whether the paragraph before ``seg``'s reports speech: a quote, or a cue with a clause."""
    para = ctx.paragraph_of(seg.open_start)
    if para == 0:
        return False
    lo, hi = ctx.paragraphs[para - 1]
    if any(lo <= s.open_start < hi for s in ctx.segments):
        return True
    return any(is_cue(ctx.doc[i]) and any(c.dep_ in CLAUSE for c in ctx.doc[i].children) for i in ctx.tokens_between(lo, hi))


def _quote_end(ctx: Context, seg: Segment) -> int:
    """Where a quote that runs over paragraphs finally closes."""
    return _last_part(ctx, seg).end


def _last_part(ctx: Context, seg: Segment) -> Segment:
    """The paragraph's segment where a quote that runs over paragraphs ends (``seg`` itself when none goes on)."""
    k = ctx.segments.index(seg)
    last = seg
    for nxt in ctx.segments[k + 1 :]:
        if nxt.depth == 0 and nxt.continued:
            last = nxt
            if not nxt.continues:
                break
        elif nxt.depth == 0:
            break
    return last
