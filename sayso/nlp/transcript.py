"""Interview transcripts and headline attributions: a line that opens with a person's name and a colon.

State media publish interviews as transcripts (``Sergey Lavrov: We have always said …``, ``PENCE: Well, look
…``) and sum statements up as ``Lavrov: talks in Astana were useful``. The words after the colon are that
person's: a direct quote when the line reads as a full sentence, else (a headline) indirect. The cue is the
colon. A label that names no person of the article (``IRAN:``, ``Question:``, ``ASTANA, March 3:``) is no
speaker: the name, or its last word, must be a person the NER found somewhere in the article.

An interview printed as questions and answers (``Q: Did you expect …?`` then ``A: No. …``) gives the answers to the
interviewee: the person named last before the first question of the run. They have no cue.
"""
from __future__ import annotations

import re

from .cues import Context, Found, word_count
from .people import name_key

__all__ = ["transcript_quotes"]

# a line's label: up to five words before a colon, then the words said
# (the line may open with a quote mark, as a transcript quoted paragraph by paragraph does: '"WALLACE: Let's …')
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:[\"“«][ \t]*)?([^\W\d_][^\n:;,.!?\"“”«»()]{0,60}?)[ \t]*:[ \t]+(?=\S)")
_MIN_WORDS = 4  # "Lavrov: no." is too little to attribute
# a question's or an answer's label
_QA_LINE = re.compile(r"(?m)^[ \t]*(Q|A|Question|Answer)[ \t]*:[ \t]+(?=\S)")


def transcript_quotes(ctx: Context) -> list[Found]:
    """One record per line that a person of the article signs with ``Name:``."""
    doc, text = ctx.doc, ctx.text
    people = {name_key(e[-1].text) for e in doc.ents if e.label_ in ("PERSON", "PER")}
    found: list[Found] = _answers(ctx) if "A:" in text or "Answer:" in text else []
    for m in _LABEL_LINE.finditer(text):
        label = m.group(1).split()
        if not 1 <= len(label) <= 5 or not all(w[:1].isupper() for w in label) or name_key(label[-1]) not in people:
            continue
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        segment = ctx.segment_at(m.start(1))
        quoted_line = segment is not None and text[m.start() : segment.open_start].strip() == ""
        if quoted_line and segment.close_end >= end and text[end - 1] in "\"”»":
            end -= 1  # (the line's own closing mark)
        content = text[start:end]
        if word_count(content) < _MIN_WORDS or segment is not None and not quoted_line:
            continue
        colon = text.rindex(":", m.start(1), m.end())
        lo, hi = ctx.token_at(m.start(1)), ctx.token_at(colon)
        if not 0 <= lo < hi or doc[hi].text != ":":
            continue  # the tokenizer kept the colon inside a word ("10:30"): not a label
        kind = "direct" if content.rstrip("”’\"»)")[-1:] in ".!?…" else "indirect"
        speaker = (lo, hi)
        ctx.full_speaker.setdefault(speaker, speaker)
        found.append(Found(start, end, kind, (colon, colon + 1), speaker, ctx.paragraph_of(start), sources=["transcript"]))
    return found


def _answers(ctx: Context) -> list[Found]:
    """One record per answer of a question-and-answer interview, its speaker the person named last before the run's
    first question (``In a WhatsApp exchange …, Dr Sovannary answered two questions. ¶ Q: … ¶ A: …``)."""
    doc, text = ctx.doc, ctx.text
    found: list[Found] = []
    asked = last = None  # (where the run's first question starts; where its last line ends)
    for m in _QA_LINE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group(1) in ("Q", "Question"):
            if asked is None or text[last:m.start()].strip():  # (a new run, after prose)
                asked = m.start()
            last = end
            continue
        if asked is None or text[last:m.start()].strip():
            continue  # (an "A:" with no question before it)
        last = end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        who = next((e for e in reversed(doc.ents) if e.label_ in ("PERSON", "PER") and e.end_char <= asked), None)
        if who is None or word_count(text[m.end() : end]) < _MIN_WORDS:
            continue
        found.append(Found(m.end(), end, "direct", None, (who.start, who.end), ctx.paragraph_of(m.end()), sources=["answer"]))
    return found
