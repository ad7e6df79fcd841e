"""News-grade tokenizer rules for the sayso English pipeline.

Registered as the spaCy callback ``sayso.news_tokenizer.v1``. The training
configs call it in ``[initialize.before_init]`` (``--code sayso/nlp/tokenizer.py``),
so the rules are *serialised with the pipeline* (its tokenizer/ folder): loading
the bundled model does not need this module. ``customize_tokenizer`` applies the
same rules to any English pipeline.

What it changes relative to spaCy's English defaults:
* doubled quotes as one token: opening ``‘‘`` / ```` `` ```` / ``,,`` and closing
  ``’’`` / ``''`` (defaults split ``‘‘`` into two tokens);
* intra-word ASCII hyphens are *not* split ("al-Bab", "U.S.-led", "pro-government"
  stay one token, as in CoNLL-2003 and news style), while em dash, en dash, "--"
  and "---" between words are split off as separate tokens (attribution
  separators: ``said—Smith`` -> ``said``, ``—``, ``Smith``);
* dashes are also prefixes / suffixes (``—quietly``, ``left—``);
* month / title abbreviations with a period stay whole ("Aug.", "Sept.", "Gov.",
  "Lt.", "No.") and "U.S." / "U.N." / "U.K." / "E.U." variants are exceptions;
* number + unit: "20km" -> "20", "km" (spaCy default), "20 km" untouched;
* a name with its initial glued on, as Mongolian copy writes it, stays one token
  ("Ch.Ganzorig", "Ts.Munkh-Erdene"; spaCy splits a stop between a small and a
  capital letter).
"""
from __future__ import annotations

import re
from typing import Callable

import spacy
from spacy.lang.char_classes import ALPHA, CONCAT_QUOTES
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

DASHES = r"—|–|--|---|——"
OPEN_DOUBLE = ["‘‘", "``", ",,"]
CLOSE_DOUBLE = ["’’", "''"]
ABBREVIATIONS = [
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "Sen.", "Rep.", "Rev.", "Prof.",
    "Dr.", "Dra.", "Lic.", "Licda.", "Mr.", "Mrs.", "Ms.", "Mme.", "Mgr.", "Msgr.", "Amb.", "Brig.", "Eng.", "St.", "Jr.", "Sr.", "No.", "Nos.", "Co.", "Corp.", "Inc.", "Ltd.", "N.V.", "B.V.", "Hon.",
    "Assoc.", "Asst.", "Bros.", "Dept.", "Univ.", "Ave.", "Blvd.", "Mt.", "Ft.", "approx.", "est.", "vs.", "etc.",
    "U.S.", "U.N.", "U.K.", "E.U.", "U.A.E.", "U.S.A.", "D.C.", "N.Y.", "L.A.",
    "Ph.D.", "Ph.D",  # ("doctor (Ph.D) B.Solongo": a degree, not "Ph", ".", "D")
    "Dipl.-Ing.", "Dr.-Ing.",  # (German engineers' titles: "managing director Dipl.-Ing. Torsten X")
]
# currencies written short before the amount: "nets worth Rs. 180,000", "Ksh. 4,000" (the amount never opens a sentence)
CURRENCY_ABBREVIATIONS = ["Rs.", "Tk.", "Ksh.", "Kshs.", "Shs."]
ABBREVIATIONS += CURRENCY_ABBREVIATIONS
# Romanian academic titles, in lower case before a name: "conf. univ. dr. X", "Dr. chem. X", "prof. ing. X" (never in
# capitals: "ING." and "DR." end sentences)
LOWER_TITLES = ["conf.", "univ.", "dr.", "prof.", "lect.", "ing.", "chem.",
                "mr.", "drs.", "ir."]  # (and the Dutch ones of Surinamese copy: "mr. Carla X", a lawyer; "drs. X", "ir. X")
# "son/daughter of" inside an Indian-Malaysian name: "Prakash a/l Muniandy" (not "a", "/", "l")
NAME_PARTICLES = ["a/l", "a/p", "s/o", "d/o"]
# the Amharic courtesy titles written short with a slash: "W/ro Zeyneba Hassen" (Weyzero, Mrs), "W/t" (Weyzerit, Miss)
SLASHED_TITLES = ["W/ro", "W/t", "w/ro", "w/t"]


# a short capitalised word with no vowel, which only an abbreviation is: "Hdh." (an atoll's), "Sgt.", "Dr."
VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,3}")
# (a patronymic's initial, one or two letters, glued to the given name)
GLUED_INITIAL = re.compile(r"^[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _infixes(defaults):
    out = []
    for pat in defaults:
        if "(?:-|" in pat:
            # spaCy's hyphen infix: keep only the long dashes
            out.append(r"(?<=[{a}0-9])(?:{d})(?=[{a}0-9])".format(a=ALPHA, d=DASHES))
        else:
            out.append(pat)
    # dash directly between a closing quote / punctuation and a word
    out.append(r"(?<=[{q}.,;:!?)\]])(?:{d})(?=[{a}{q}])".format(q=CONCAT_QUOTES, d=DASHES, a=ALPHA))
    # a closing quote glued to the word before and a dash after it: ready”—said -> ready ” — said
    # (pieces an infix splits off are not searched for suffixes again, so the quote needs its own rule)
    out.append(r"(?<=[{a}0-9.,!?])[{q}](?=(?:{d}))".format(a=ALPHA, q=CONCAT_QUOTES, d=DASHES))
    return out


def customize_tokenizer(nlp: Language) -> Language:
    """Apply the news tokenizer rules to ``nlp.tokenizer`` in place; return nlp."""
    tok = nlp.tokenizer
    prefixes = OPEN_DOUBLE + ["—", "–", "--"] + list(nlp.Defaults.prefixes)
    suffixes = CLOSE_DOUBLE + ["—", "–", "--"] + list(nlp.Defaults.suffixes)
    infixes = _infixes(nlp.Defaults.infixes)
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.token_match = GLUED_INITIAL.match
    add_abbreviations(nlp)
    return nlp


def add_abbreviations(nlp: Language) -> None:
    """Keep each abbreviation's stop on it ("Hon. Nalin Rupasinghe"): also on a pipeline loaded from disk, whose
    tokenizer keeps the special cases of the day it was trained."""
    for abbr in ABBREVIATIONS:
        for form in {abbr, abbr.upper() if abbr.islower() else abbr}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in LOWER_TITLES + NAME_PARTICLES + SLASHED_TITLES:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


# quote marks the training text hardly has (UD-EWT: 62 curly pairs against 5,502 straight; CoNLL and GUM: none), and
# that the model would otherwise read as unknown words: "called on the UN « to …»" made « a noun and the root
QUOTE_ALIASES = ("“", "”", "„", "‟", "«", "»", "‹", "›", "‘‘", "’’", ",,")


def alias_quote_marks(nlp: Language) -> None:
    """Let the model see every double quote mark as the straight one it was trained on: the same norm, prefix,
    suffix and shape (the features a token's vector is hashed from). The text and the tokens stay as written."""
    straight = nlp.vocab['"']
    for mark in QUOTE_ALIASES:
        lex = nlp.vocab[mark]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = straight.norm_, straight.prefix_, straight.suffix_, straight.shape_


@spacy.registry.callbacks("sayso.news_tokenizer.v1")
def make_news_tokenizer_callback() -> Callable[[Language], Language]:
    return customize_tokenizer


if __name__ == "__main__":  # a quick look: python -m sayso.nlp.tokenizer
    nlp = customize_tokenizer(spacy.blank("en"))
    for s in [
        "‘‘We won’t go,’’ said Smith – the U.S. envoy – on Aug. 24 near al-Bab, 20 km north.",
        "The ``rebels'' fled 20km from Aleppo -- officials said—quietly. “Yes,” he said.",
        "U.S.-backed forces, Sept. 3, 2016; \"Yes,\" he said.—Reuters",
    ]:
        print(" | ".join(t.text for t in nlp(s)))
