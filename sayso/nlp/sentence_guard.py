"""A pipeline component that tells the parser where no sentence can start.

The parser chooses sentence boundaries as it parses, and on news copy it breaks
inside noun phrases: "co-chair | of the Tel Tamr Civil Council", "told Kaniya |
Press that …", "Ambassador | Hany Fathallah said". A sentence never starts right
after a word (only after a full stop, a colon, a quote mark, a dash, a comma the
parser may still split at, or a line break; nor after a title such as "H.E." or
"Dr.", nor after a bracket closed inside a sentence), so the tokens there are marked
``is_sent_start = False`` before the parser runs; the parser keeps such marks and
parses the words as one sentence. The NER keeps to the same sentences, so it sees
the whole noun phrase too.

After a comma the choice stays the parser's: "…, Paula Greenhalgh, spokesperson
for OCHA, told reporters" parses better when it may start a sentence there.
"""
from __future__ import annotations

import re

from spacy.language import Language

from .lexicon import ABBREVIATED_TITLES, SURNAME_TITLES
from .tokenizer import ABBREVIATIONS, CURRENCY_ABBREVIATIONS, VOWELLESS

__all__ = ["SENTENCE_GUARD", "guard_sentences"]

SENTENCE_GUARD = "sayso_sentence_guard"
# a token that ends in a letter or digit: a word ("U.S." ends in its stop and may end a sentence)
_WORD_END = re.compile(r"[^\W_]$")
# a person's initials before the name ("R.M.D.K. Samarakoon", "K.G. Chandrika Nawaratne"), which end no sentence
# (unlike a place's: "… in the U.S. The president …")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,6}")
# (or one initial, after an office and before a name: "Secretary to the Ministry of Fisheries N. Wijesekara stated"; not
# "… under Plan B. He said")
_INITIAL = re.compile(r"[A-Z]\.")
_PLACE_INITIALS = frozenset(a for a in ABBREVIATIONS if _INITIALS.fullmatch(a)) | {"U.S.S.R."}  # (the tokenizer's)


@Language.component(SENTENCE_GUARD)
def guard_sentences(doc):
    """Mark every token right after a word as no sentence start (the parser may still end a sentence anywhere
    else)."""
    for tok in doc[1:]:
        before = doc[tok.i - 1].text
        if _stamped(doc, tok.i):
            tok.is_sent_start = True
        elif _WORD_END.search(before) or _title_before(doc, tok.i) or _inner_bracket(doc, tok.i) \
                or _INITIALS.fullmatch(before) and before not in _PLACE_INITIALS and tok.is_title \
                or _INITIAL.fullmatch(before) and tok.is_title and not tok.is_stop and doc[tok.i - 2].is_title \
                or _after_vowelless_abbreviation(doc, tok.i) or before in CURRENCY_ABBREVIATIONS and tok.like_num:
            tok.is_sent_start = False
    return doc


def _title_before(doc, i: int) -> bool:
    """Whether token ``i`` follows an abbreviated title ("Dr.", "H.E.", the French "M."), or one whose stop the
    tokenizer split off ("said Barr. Ebiere X"), but not a surname written like one after a given name ("William
    Barr. The …")."""
    before = doc[i - 1].text.lower()
    if before in ABBREVIATED_TITLES:
        return True
    if doc[i - 1].text == "M." and doc[i].is_title and (i < 2 or not doc[i - 2].is_title):
        return True  # (the French Monsieur after a comma or a verb: "…, M. Diallo affirmed"; not "Group M. The …")
    if before != "." or i < 2 or doc[i - 2].whitespace_ or doc[i - 2].text.lower() + "." not in SURNAME_TITLES:
        return False
    return doc[i].is_title and not (i >= 3 and doc[i - 3].is_title)


def _after_vowelless_abbreviation(doc, i: int) -> bool:
    """Whether token ``i``, a capitalised word, follows a stop the tokenizer split off an abbreviation with no vowel:
    "Aminath Liusha Hassan, 23, from Hdh. Kulhudhuffushi, told …" is one sentence."""
    return i >= 2 and doc[i - 1].text == "." and doc[i].is_title and not doc[i - 2].whitespace_ \
        and VOWELLESS.fullmatch(doc[i - 2].text) is not None


def _inner_bracket(doc, i: int) -> bool:
    """Whether token ``i`` follows a bracket closed inside a sentence: "Regional Commissioner (RC) Halima Msuya"
    (not after "(…)." nor at a line's end)."""
    return doc[i - 1].text == ")" and not doc[i].is_space and i >= 2 and doc[i - 2].text not in (".", "!", "?")


# a live blog's entry time at the start of a line: "09:15 GMT – …", "10:40 –", "1540 GMT:"
_STAMP = re.compile(r"\d{1,2}[:.]?\d{2}(?:\s*(?:GMT|UTC|[ap]\.?m\.?|local(?: time)?|[A-Z]{2,4}))?\s*[–—:-]\s*")


def _stamped(doc, i: int) -> bool:
    """Whether token ``i`` opens an entry after a live blog's time stamp, which starts a sentence of its own: parsed
    with the stamp, "09:15 GMT – The agency reported, citing …" hangs the report on the time."""
    if doc[i - 1].text not in ("–", "—", ":", "-"):
        return False
    start = i - 1
    while start > 0 and i - start <= 6 and "\n" not in doc[start - 1].text:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text:
        return False  # (a stamp is a line's first words)
    return _STAMP.fullmatch(doc[start:i].text) is not None
