"""Quoted segments of a text, found from its quote marks alone.

News text uses every mark there is: “…” "…" ‘…’ '…' «…» „…“ ‚…‘ ``…'' ‘‘…’’ ''…''
and “…’’, and the Nordic ”…” and »…«. A quote may run over paragraphs (a paragraph that leaves it open
continues in the next paragraph *that opens with a quote mark*), may never
close (it then ends with its paragraph, never later), and may hold another
quote. Apostrophes (don’t, ministers’) look like closing single marks, so a
single mark only opens or closes where the letters around it say so.

A paragraph that opens with a dialogue dash (Nordic "– Text, says X.", Spanish
"—Text —said X—, …") is speech without marks: its words run to the comma
before a short lower-case tail, or to a dash set inside the paragraph.

This module knows almost nothing of language: it pairs marks and reads
dashes, commas and case (and a few English words that go on with a sentence
after its comma), which keeps it fast, total (any string gives an answer) and
easy to test.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["Segment", "elided_name_at", "find_segments", "paragraph_spans", "OPENERS", "CLOSERS"]

# opener -> the closers it accepts. Doubled marks come first so that ‘‘ is one mark.
_PAIRS: dict[str, tuple[str, ...]] = {
    "``": ("''", "’’", "”", '"'),
    "‘‘": ("’’", "”", "''"),
    "''": ("''", "’’", "”"),  # ''…'' (typewriter doubled apostrophes, common in archived newspaper text)
    "“": ("”", "’’", "''", "“", '"'),  # “…“ appears in careless typing; „…“ is German
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‹": ("›",),
    # Finnish and Swedish ”…” and Danish, German, Slovenian »…«: a closing-shaped mark that opens (see _can_open)
    "”": ("”",),
    "»": ("«",),
    "›": ("‹",),
    '"': ('"', "”", "’’"),
    "‘": ("’", "‘"),
    "‚": ("‘", "’"),
    "'": ("'", "’"),
}
OPENERS = tuple(_PAIRS)
# (and the inner quote of a Nordic ”…”, which opens with ’ only there: see _scan_paragraph)
_CLOSING = {**_PAIRS, "’": ("’",)}
CLOSERS = tuple(sorted({c for cs in _PAIRS.values() for c in cs}, key=len, reverse=True))
_SINGLE = {"‘", "'", "‚", "’"}
_MARK = re.compile("``|''|‘‘|’’|[“”„«»‹›\"‘’‚']")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(frozen=True)
class Segment:
    """Text between an opening mark and its closing mark (or the paragraph's end)."""

    start: int  # first character after the opening mark
    end: int  # the closing mark's offset (or where the paragraph ends)
    open_start: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (== end when unclosed)
    depth: int = 0  # 0: outermost, 1: a quote inside a quote...
    closed: bool = True
    continues: bool = False  # the quote goes on in the next paragraph (see ``continuation``)
    continued: bool = False  # this segment continues a quote opened in an earlier paragraph


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines, stripped."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


# a Sesotho married woman's name or title, whose elided "'M" is part of it ("'Mè 'Mamello Tsoeu", "'Malineo Phafane"),
# not an opening mark ("'Maybe Pretoria …'" is)
_ELIDED_NAME = re.compile(r"Mè\b|(?!(?:Maybe|Major|Madam|Maseru|Malawi|Manila|Madrid|Maputo|Making|March)\b)Ma[a-z]{3,}(?=\s+[A-Z])")


def elided_name_at(text: str, i: int) -> bool:
    """Whether the apostrophe at ``i`` begins a name ("'Mamello", "’Malineo"), after a space or the text's start."""
    return text[i : i + 1] in ("'", "’") and (i == 0 or not _is_word(text[i - 1])) and _ELIDED_NAME.match(text, i + 1) is not None


def _can_open(text: str, i: int, mark: str, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if after.isspace() and mark not in ("«", "„"):
        return False  # a mark followed by a space closes (or is stray)
    if mark in ("'", "‘", "‚"):
        # an apostrophe between letters (don't, al-Mu'allem, ‘ayn) never opens, nor one that a name begins with
        return not _is_word(before) and (_is_word(after) or after in "“\"«$€£(") \
            and not (mark == "'" and elided_name_at(text, i))
    if mark in ('"', "''"):
        return not _is_word(before) or before in "(["
    if mark in ("”", "»", "›"):
        # (only before a word and after none: "said.” ”" or "» ," never open)
        return (before.isspace() or i == lo or before in "([—–-:") and (_is_word(after) or after in "‘'\"“„«…")
    return True


def _can_close(text: str, i: int, mark: str, hi: int) -> bool:
    after = text[i + len(mark)] if i + len(mark) < hi else " "
    before = text[i - 1] if i > 0 else " "
    if mark in ("’", "'", "‘"):
        # ministers’ is a possessive unless a single quote is open; don’t never closes
        return not _is_word(after) and not before.isspace()
    return True


def _family(mark: str) -> str:
    """Straight (typewriter), curly (typeset) or angle marks."""
    if mark in ('"', "'", "''", "``"):
        return "straight"
    return "angle" if mark in ("«", "»", "‹", "›") else "curly"


def _scan_paragraph(text: str, lo: int, hi: int, carried: str | None) -> tuple[list[Segment], str | None]:
    """Pair the marks of one paragraph; ``carried`` is an opener left open by the paragraph before."""
    segments: list[Segment] = []
    stack: list[tuple[str, int, int, bool]] = []  # (opener, mark offset, content start, continued)
    pos = lo
    if carried is not None:
        m = _MARK.match(text, lo)
        # a paragraph continues the open quote only with a mark of the same kind: after an open
        # straight "…, a paragraph opening with a curly “ is a new quote (text pasted from elsewhere)
        if m and m.group() in OPENERS and _family(m.group()) == _family(carried):
            stack.append((m.group(), m.start(), m.end(), True))
            pos = m.end()
    for m in _MARK.finditer(text, pos, hi):
        mark, i = m.group(), m.start()
        if stack and mark in _CLOSING[stack[-1][0]] and _can_close(text, i, mark, hi):
            opener, o_at, c_start, cont = stack.pop()
            segments.append(Segment(c_start, i, o_at, m.end(), depth=len(stack), continued=cont))
            continue
        # a closer of an outer quote closes every single-mark quote opened inside it
        outer = next((k for k in range(len(stack) - 2, -1, -1) if mark in _CLOSING[stack[k][0]]), None)
        if outer is not None and mark not in _SINGLE and _can_close(text, i, mark, hi):
            while len(stack) > outer + 1:
                stack.pop()
            opener, o_at, c_start, cont = stack.pop()
            segments.append(Segment(c_start, i, o_at, m.end(), depth=len(stack), continued=cont))
            continue
        # (a quote inside French-style « … », marked with the same spaces inside: « … they answer us: “ Brother, … ” … »)
        spaced = mark == "“" and stack and stack[-1][0] == "«" and text[stack[-1][1] + 1 : stack[-1][1] + 2].isspace() \
            and text[i + 1 : i + 2].isspace() and " ”" in text[i:hi]
        if mark in _PAIRS and len(stack) < 4 and (spaced or _can_open(text, i, mark, lo)):
            stack.append((mark, i, m.end(), False))
        elif mark == "’" and stack and stack[-1][0] == "”" and _can_open(text, i, "”", lo):
            # (inside a Nordic ”…”, a quote inside it opens with ’ too: ”The captain said: ’Nobody is left alone.’”)
            stack.append(("’", i, m.end(), False))
    left = None
    # whatever is still open ends with the paragraph; only the outermost may continue.
    # A lone single mark is usually an apostrophe the rules let through ('90s, ‘ayn),
    # so it counts as an unclosed quote only when it opens the paragraph or follows a colon.
    for depth, (opener, o_at, c_start, cont) in enumerate(stack):
        # (or when a colon opens it: "Father Koen says: ‘Let her first get better. …" left open at the paragraph's end)
        if opener in _SINGLE and o_at != lo and not (opener in ("‘", "'") and text[lo:o_at].rstrip().endswith(":")):
            continue
        segments.append(Segment(c_start, hi, o_at, hi, depth=depth, closed=False, continued=cont))
        if depth == 0:
            left = opener
    segments.sort(key=lambda s: (s.start, s.depth))
    return segments, left


# a paragraph of dialogue opens with a dash, as Nordic and Spanish copy print speech: "– Text, says X." "—Text —said X—."
_DASH_OPEN = re.compile(r"[–—][ \u00a0]?(?=[^\W\d_]|[¡¿“\"«„])")
# the end of a sentence inside a paragraph: a stop, then a capital
_STOP = re.compile(r"[.!?…]+[”\"»’]?\s+(?=[^\W\d_a-z])")
# Spanish dialogue sets the speaker's words off with dashes inside the paragraph: " —said his mother— "
_INNER_DASH = re.compile(r"\s[—–](?=[a-záéíóúñ])")
_DASH = re.compile(r"[—–]")
# an attribution set off by a comma and a dash, as Serbian and Montenegrin copy writes it: "…, – said Vujošević."
_DASHED_ATTRIBUTION = re.compile(r",\s[—–]\s?(?=[a-z])")
# an attribution set off by spaced dashes, as Portuguese dialogue writes it: "— We have nothing left — lamented the old
# fisherman. — Now the fish die."
_SPACED_DASH = re.compile(r"\s[—–]\s+(?=[a-z])")
_SPACED_TAIL_END = re.compile(r"[.!?…](?=\s|$)|\s[—–]\s")
# (nor the rest of the speaker's own sentence after an aside in dashes: "— The river — our river — is dead.")
_NOT_ATTRIBUTION = frozenset("is are was were be been has have had will would can could shall should may might must do does did".split())
# words that go on with the speaker's own sentence after a comma ("…, and I have …"), not with who spoke
_GOES_ON = frozenset("""and but or nor so yet because since as if when while though although which who whom whose
    that where what not than then i we you it this there here our my
    with without in at on for from to by of after before under over into during""".split())


def _attribution_at(text: str, lo: int, hi: int) -> int | None:
    """Where the speaker's words stop inside the sentence ``lo``…``hi`` of a dash paragraph: the last comma before a
    short tail of lower-case attribution (", says his partner X to Tjäder."), or None."""
    comma = text.rfind(", ", lo, hi)
    while comma > lo:
        tail = text[comma + 2 : hi].split()
        if tail and tail[0][:1].islower() and tail[0].lower().strip(",.") not in _GOES_ON and len(tail) <= 14 \
                and "," not in " ".join(tail[:-1]) and not (tail[0] in ("he", "she", "they") and len(tail) > 4):
            return comma
        comma = text.rfind(", ", lo, comma)
    return None


def _spaced_attribution(text: str, dash, hi: int) -> int | None:
    """Where the attribution after the spaced dash ``dash`` (a match of ``_SPACED_DASH``) ends: at its stop, or at the
    dash that opens the speaker's next words; None when the words after the dash are no short attribution."""
    m = _SPACED_TAIL_END.search(text, dash.end(), hi)
    stop = m.start() if m is not None else hi
    tail = text[dash.end() : stop].split()
    if not 1 <= len(tail) <= 14 or tail[0].strip(",") in _GOES_ON or tail[0].strip(",") in _NOT_ATTRIBUTION:
        return None
    return m.end() if m is not None and m.group(0) in ".!?…" else stop


def _dash_dialogue(text: str, lo: int, hi: int) -> list[Segment]:
    """The speaker's words of a paragraph that opens with a dialogue dash: up to the attribution, and on after it
    (``– He sounded tired, says X. But he laughed …`` is two; ``—We prayed —said his mother— and we will …`` too)."""
    m = _DASH_OPEN.match(text, lo, hi)
    if m is None or len(text[m.end() : hi].split()) < 3:
        return []
    segments: list[Segment] = []
    start, open_at = m.end(), lo
    while start < hi:
        inner = _INNER_DASH.search(text, start, hi)
        stops = [s.end() for s in _STOP.finditer(text, start, hi)] + [hi]
        end, resume = hi, None
        # (a comma and a dash say where the words stop; no earlier comma does: "– For three days …. Fourteen thousand
        # heads, twenty people. Nobody slept …, – he added.")
        dashed = _DASHED_ATTRIBUTION.search(text, start, hi)
        spaced = _SPACED_DASH.search(text, start, hi)
        if spaced is not None and (inner is None or spaced.start() < inner.start()) \
                and (dashed is None or spaced.start() < dashed.start()) \
                and (tail_end := _spaced_attribution(text, spaced, hi)) is not None:
            stops = []  # ("— We have nothing left in the nets — lamented the old fisherman.")
            end, resume = spaced.start(), tail_end
        for k, stop in enumerate(stops):
            if dashed is not None and (inner is None or dashed.start() < inner.start()):
                if stop <= dashed.start():
                    continue
                end, resume = dashed.start(), stop
                break
            if inner is not None and inner.start() < stop:
                # " —said his mother— and we …": the words go on after the closing dash (or the next sentence)
                close = _DASH.search(text, inner.end(), hi)
                end = inner.start()
                resume = close.end() if close is not None else None
                break
            at = _attribution_at(text, stops[k - 1] if k else start, stop)
            if at is not None:
                end, resume = at, stop
                break
        if end > start:
            segments.append(Segment(start, end, open_at, end))
        if resume is None or resume >= hi:
            break
        while resume < hi and (text[resume].isspace() or text[resume] in ",.;"):
            resume += 1
        open_at = resume
        if resume + 1 < hi and text[resume] in "—–" and text[resume + 1].isspace():
            resume += 1  # (the dash that opens the speaker's next words: "— answered the old man. — Now the fish …")
            while resume < hi and text[resume].isspace():
                resume += 1
        start = resume
    return segments


def find_segments(text: str) -> list[Segment]:
    """Every quoted segment of ``text``, in order of their opening marks."""
    out: list[Segment] = []
    carried: str | None = None
    for lo, hi in paragraph_spans(text):
        dialogue = _dash_dialogue(text, lo, hi) if text[lo] in "–—" else []
        if dialogue:
            # (its marks are quotes inside the speaker's words)
            inner, _ = _scan_paragraph(text, lo, hi, None)
            out.extend(sorted(dialogue + [replace(s, depth=s.depth + 1) for s in inner if any(
                d.start <= s.open_start and s.close_end <= d.end for d in dialogue)], key=lambda s: (s.start, s.depth)))
            carried = None
            continue
        segments, left = _scan_paragraph(text, lo, hi, carried)
        if carried is not None and segments and segments[0].continued:
            prev = _last_open(out)
            if prev is not None:
                out[prev] = replace(out[prev], continues=True)
        out.extend(segments)
        carried = left
    return out


def _last_open(segments: list[Segment]) -> int | None:
    for k in range(len(segments) - 1, -1, -1):
        if segments[k].depth == 0:
            return k if not segments[k].closed else None
    return None
