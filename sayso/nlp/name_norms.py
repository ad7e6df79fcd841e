"""A pipeline component that lets the models read a given name spelled like a verb as a name.

"Said" is a given name across the Arab world, the Comoros and the Horn of Africa ("Ahamada Said Soilihi said …",
"Said Ahamada said …"). The tagger and parser read a token by its norm, and the norm of "Said" is "said": they tag
it a verb, make it the root and hang the sentence on it, so the speaker is lost. Inside a run of names it is a name,
and it is given the norm of a spelling the models read as one; the text stays as written. It stays a verb where it
is one: in a headline in title case ("Clinton Said Dodd-Frank …"), before a pronoun or a function word ("Sachs Said
She …") and at the head of an inverted attribution ("Said Comey: …").
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string

__all__ = ["NAME_NORMS", "norm_names"]

NAME_NORMS = "sayso_name_norms"
# a given name written like a verb -> the norm of a spelling of the name that the training text has
_NAMES = {"Said": "saeed"}
_NAME_HASHES = np.array([hash_string(name) for name in _NAMES], dtype=np.uint64)
# the verbs that show a name at a sentence's start is its subject's: "Said Ahamada said …"
_REPORTING = frozenset("said says told added".split())
_STOPS = frozenset(".!?:;")


@Language.component(NAME_NORMS)
def norm_names(doc):
    """Give "Said" a name's norm between two names, or where it opens a name that a reporting verb follows."""
    if not np.isin(doc.to_array(ORTH), _NAME_HASHES).any():
        return doc  # (most texts have none: no walk over their tokens)
    for tok in doc:
        norm = _NAMES.get(tok.text)
        if norm is None or tok.i + 1 == len(doc) or not _name_word(doc[tok.i + 1]):
            continue
        if tok.i > 0 and _name_word(doc[tok.i - 1]):
            named = not _title_case_line(doc, tok.i)
        else:  # (it opens the sentence or the name: the name's verb must follow it)
            named = any(t.lower_ in _REPORTING and t.is_lower for t in doc[tok.i + 2 : tok.i + 5])
        if named:
            tok.norm_ = norm
    return doc


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a name (not "I", "She", "The", nor a word in capitals)."""
    return tok.is_title and tok.is_alpha and len(tok.text) > 1 and not tok.is_stop


def _title_case_line(doc, i: int) -> bool:
    """Whether token ``i`` stands in a line that capitalises most of its words up to its first stop or quote mark, as
    a headline does ("Clinton Said Financial Reform “…”"; not "Ahamada Said Soilihi, the governor of …, said …")."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = i
    while hi + 1 < len(doc) and "\n" not in doc[hi + 1].text and not (doc[hi + 1].is_quote or doc[hi + 1].text in _STOPS):
        hi += 1
    words = [t for t in doc[lo : hi + 1] if t.is_alpha]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.7 * len(words)
