"""The people an article names, with the offices it gives them.

A name comes from the NER, or from a title, an age or an office that says a run of proper nouns is a person's
(the NER misses many transliterated names). Each person gets a spelling-tolerant surname key, a first-name key,
a gender when a title or role says it, and the offices given to them (premodifiers, appositives, fronted
appositives), so that ``speakers.py`` can resolve "he", "the minister" or a bare surname to them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.attrs import IDX, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Span
from spacy.symbols import PROPN

from ..ingest.furniture import classify_line
from ..resolve.names import fold, is_country, is_demonym, office_words, place_country, role_country, token_key
from .cues import RUN_MEMOS, SUBJECT, HashTest, doc_text, is_verb, run_memo_key, tokens_where
from .tokenizer import GLUED_INITIAL
from .marks import elided_name_at
from .lexicon import (ABBREVIATED_TITLES, FOREIGN_BODY_FIRSTS, OFFICE_KINDS, CAMEL_CASE, CHINESE_SURNAMES, GROUP_NOUNS, HUNGARIAN_SURNAMES, KIN_NOUNS, KOREAN_SURNAMES, LEGAL_FORMS, LESSER_WORDS, MEDIA_NOUNS, MINISTRY_INITIALS, ROLE_ABBREVIATIONS, ORIGIN_WORDS, OUTLET_NAME_WORDS, PORTFOLIO_WORDS, POST_NOMINALS, RANK_ABBREVIATIONS, ROLE_NOUNS,
                      TIME_WORDS, TITLES, US_STATE_ABBREVIATIONS)

__all__ = ["LONE_HONORIFICS", "Person", "after_partner", "age_openings", "caps_family_names", "collect_people", "legal_form_last", "middle_keys", "name_key", "role_spans", "word_gender"]

_FEMALE = {"ms", "mrs", "miss", "madam", "mme", "daw", "spokeswoman", "chairwoman", "congresswoman", "queen", "woman", "lady", "mother", "sister",
           "wife", "widow", "daughter", "grandmother", "granddaughter", "aunt", "niece", "umm", "chumteav", "adi", "mammy", "ramatoa",
           "w/ro", "w/t", "weyzero", "woizero", "ibu", "mè", "make", "dona", "doña", "dra", "licda"}
_MALE = {"mr", "mgr", "monseigneur", "u", "spokesman", "chairman", "congressman", "king", "sheikh", "man", "father", "son", "brother", "prince",
         "husband", "widower", "grandfather", "grandson", "uncle", "nephew", "abu", "ratu", "pa", "andriamatoa", "ato", "bapak", "pak", "ntate", "babe"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# titles written in lower case before a name: "the compañera Xiomara Castellón" (Nicaraguan state copy)
_LOWER_TITLES = frozenset("compañero compañera companero companera comrade mr. mr drs. drs ir. ir ing. dr. dr".split())
# (and the Dutch titles of graduates, written in lower case before the name in Surinamese copy: "mr. Carla X", "ir. X")
# the words of a Khmer or Bhutanese honorific, which the copy also uses alone for its bearer: "Samdech Moha Bovor
# Thipadei Hun Manet … Samdech Thipadei said", "Lok Chumteav Chea Sophara … Lok Chumteav added", "Lyonpo Kinga Jamtsho
# … Lyonpo said", "According to Dasho"; and the Nicaraguan "compañero" ("expressed the compañera")
LONE_HONORIFICS = frozenset("samdech thipadei techo chumteav oknha lok neak moha bovor akka sena padei lyonpo dasho".split()) \
    | _LOWER_TITLES - {"comrade"}

# last words of a body's name ("Khabur Valley Television", "Levant Institute", "the Ministry")
_BODY_WORD_ENDINGS = GROUP_NOUNS | MEDIA_NOUNS | frozenset(
    "network press news tv institute forces front company corporation consortium bank university guard pharmaceuticals association"
    " authority society foundation league club guild force presidium air airways airlines trust fund maritime shipping logistics"
    " holdings trading".split())  # ("Marowijne Gold|PERSON Trading N.V.")
# the last word of an institution's name, whatever title-like word opens it: "the General Hospital", "Royal Academy", "the
# General Directorate of …"
_INSTITUTION_ENDINGS = frozenset("hospital clinic university college school academy institute directorate inspectorate secretariat".split())
_BODY_ENDINGS = _BODY_WORD_ENDINGS | _INSTITUTION_ENDINGS  # (either: no person's name ends so)


@dataclass
class Person:
    """One person of the article: the fullest name it gives, and what it says about them."""

    name: str
    key: str  # surname key
    first_token: int
    gender: str | None = None
    offices: list[tuple[frozenset[str], str | None]] = field(default_factory=list)  # (office words, country) per role phrase
    first: str | None = None  # first-name key: Rami Haddad and Walid al-Haddad share a surname, not a person
    seen: list[int] | None = None  # token offsets of its mentions
    aside: bool = False  # last quoted in an aside ("Earlier X stated …")
    spoke: int = -1  # the token where their latest statement's speaker stands
    aliases: set[str] = field(default_factory=set)  # surname keys of other names the article gives them ("known as Abu Fahd")
    honorifics: frozenset[str] = frozenset()  # lone honorifics given before the name ("Samdech Thipadei Hun Manet")


@lru_cache(maxsize=65536)
def name_key(name: str, article: bool = True) -> str:
    """A spelling-tolerant key of a surname: the library's word key (case, accents, transliteration folded) of
    the name without its article (al-/el-) and apostrophes. ``article`` False: a given name's, which has no article
    to take off ("Alimamy" and "Adama" are no al-Imamy and ad-Ama, whom a shared shape would make one)."""
    # (an initial glued to the surname is no part of it: "E.Kholodkov", as Azerbaijani and Russian agencies write)
    text = fold(re.sub(r"^[A-Z]\.(?=[A-Z][a-z]{2})", "", name)).replace("-", "")  # (fold: case, accents, apostrophes)
    if article:
        text = re.sub(r"^(al|el|ul|ad|as|ash|at|az|ar)(?=[a-z]{3})", "", text)
    return token_key(text)


# words of an office that precede a name: "Rear Admiral", "Foreign Ministry Spokesperson Ambassador"
OFFICE = TITLES | ROLE_NOUNS | GROUP_NOUNS | {
    "foreign", "defense", "defence", "interior", "deputy", "vice", "rear", "admiral", "special", "senior",
    "spokesperson", "top", "chief", "former", "acting", "first", "state", "national", "presidential",
    "lieutenant", "major", "colonel", "brigadier", "earlier", "later", "also", "expatriates",
    "squadron", "wing", "flight", "marshal",  # (air force ranks: "Squadron Leader", "Wing Commander")
    "joint", "additional", "permanent",  # (civil service grades: "Joint Secretary (Fisheries) X", "Permanent Secretary")
}  # fmt: skip


TITLE_WORDS = TITLES | ROLE_NOUNS  # a capitalised one before a name makes it a person's


def strip_name(tokens) -> list:
    """The name in a mention: without possessive, titles, offices ("Russian Foreign Minister").

    Kept by its tokens while a run holds the doc: the rules ask for the same mention's name about three times."""
    tokens = list(tokens)
    if not tokens:
        return []
    memo = tokens[0].doc.user_data.get(_STRIPPED)
    if memo is None:
        return _strip_name(tokens)
    key = tuple(t.i for t in tokens)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _strip_name(tokens)
    return list(found)


# the first halves of Italian double given names: "Gian Luca", "Pier Paolo" (the NER leaves them out of the name)
_GIVEN_NAME_HEADS = frozenset({"Gian", "Pier"})


def _opens_with_ma(toks) -> bool:
    """Whether ``toks`` open with the Filipino "Ma." of María, its stop split off, before the rest of the given name."""
    return len(toks) > 2 and toks[0].text == "Ma" and toks[1].text == "." and toks[2].is_title


def _with_name_head(doc, name):
    """The name with the part of its given name that the NER or the tokenizer left before it: the Filipino "Ma." of
    María ("Ma. Luisa G. Abrenica"), the "Gian" of "Gian Luca Venturelli"."""
    if name.start >= 2 and len(name) >= 2 and _opens_with_ma(doc[name.start - 2 : name.start + 1]):
        return doc[name.start - 2 : name.end]
    if name.start >= 1 and doc[name.start - 1].text in _GIVEN_NAME_HEADS and len(name) >= 2 and name[0].is_title:
        return doc[name.start - 1 : name.end]
    return name


def _given_nana(toks) -> bool:
    """Whether "Nana" opens ``toks`` as a given name (the Georgian "Nana Tsikarishvili"), not as an Akan chief's title:
    before one name word, in an article that never writes it before a longer name ("Nana Kobina Ansah II", then "Nana
    Ansah")."""
    if len(toks) != 2 or toks[0].text != "Nana" or not toks[1].is_title:
        return False
    doc = toks[0].doc
    return not any(t.text == "Nana" and t.i + 2 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 2].is_title
                   and doc[t.i + 2].pos_ == "PROPN" for t in doc)


def after_partner(doc, i: int) -> bool:
    """Whether token ``i`` follows a partner's name and "&" in a firm's name: "Kessler & |Aumann Gleisbau"."""
    return i >= 2 and doc[i - 1].text == "&" and doc[i - 2].is_title


def _nickname_at(doc, i: int, j: int) -> bool:
    """Whether doc[i:j] is a nickname in quote marks inside a name: "Danilo| 'Danny' |R. Cabahug", "Joseph “Joe” Kamau"."""
    return 0 < i and 3 <= j - i <= 4 and j < len(doc) and doc[i].is_quote and doc[j - 1].is_quote \
        and all(t.is_title and t.is_alpha for t in doc[i + 1 : j - 1]) and doc[i - 1].is_title and doc[j].is_title


def _around_nickname(doc, ent):
    """The whole name around a nickname the NER took for it: "Cristina 'Tina|PERSON' V. Buenaflor"."""
    lo, hi = ent.start - 1, ent.end + 1
    # (where the NER took the given name for one too, the names are joined across the nickname below)
    if not (lo > 0 and hi < len(doc) and _nickname_at(doc, lo, hi)) or doc[lo - 1].ent_type_ in ("PERSON", "PER"):
        return ent
    while lo > 0 and ent.start - lo < 4 and doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    while hi < len(doc) and hi - ent.end < 4 and (doc[hi].is_title and doc[hi].pos_ == "PROPN" or _INITIAL.fullmatch(doc[hi].text)):
        hi += 1
    if lo < ent.start - 1 and hi > ent.end + 1 and not _INITIAL.fullmatch(doc[hi - 1].text):
        return Span(doc, lo, hi, label=ent.label)
    return ent


def _strip_name(tokens: list) -> list:
    # (a nickname in quote marks is no part of the name: "Feliciano 'Sonny' T. Baluyot" is Feliciano T. Baluyot)
    nick = next(((n, m) for n in range(1, len(tokens) - 2) for m in (n + 2, n + 3)
                 if m < len(tokens) - 1 and _nickname_at(tokens[0].doc, tokens[n].i, tokens[m].i + 1)), None)
    if nick is not None:
        tokens = tokens[: nick[0]] + tokens[nick[1] + 1 :]
    toks = [t for t in tokens if t.text not in ("'s", "’s", "'", "’")]
    # (the father's titles after "bin" are neither the son's offices nor his name: "Suhaimi bin Haji Matusin", "Roslan
    # bin Pengiran Haji Ahmad" are Suhaimi bin Matusin and Roslan bin Ahmad)
    link = next((n for n, t in enumerate(toks[:-2]) if n and t.lower_ in _FATHER_LINKS), len(toks))
    father = link + 1
    while father < len(toks) - 1 and toks[father].lower_.rstrip(".") in TITLES and toks[father + 1].is_title:
        father += 1
    toks = toks[: link + 1] + toks[father:]
    # (an outlet's name the NER ran into the name after it: "The Cedar Ledger| Nadim Khoury|PERSON")
    toks = toks[max((n + 1 for n, t in enumerate(toks[:-2]) if t.text in OUTLET_NAME_WORDS and t.is_title), default=0):]
    # (or a body's last word before a name with its initial glued on: "… Herders' Association| Ch.Tsogzolmaa")
    toks = toks[next((n for n, t in enumerate(toks) if n and GLUED_INITIAL.match(t.text)), 0):]
    # "Gaziantep Governor Nilüfer Karaağaçlı", "head of the … Commission Brigadier General Rakan al-Suwaydi": the name
    # follows the last office word (when a capitalised name does follow it)
    # (or its initials, as Kenyan copy writes a cabinet secretary: "Agriculture CS Josephine X")
    # (not a middle initial that spells a title too: "Ingvild M. Sorhaug")
    last = max((n for n, t in enumerate(toks[:min(link, len(toks) - 1)]) if (t.lower_.rstrip(".") in OFFICE or t.text in ROLE_ABBREVIATIONS) and t.lower_ not in DETERMINERS
                and not (n and len(t.text.rstrip(".")) == 1)
                and not _given_sultan(toks[n:]) and not _given_nana(toks[n:]) and not _inner_name_word(toks, n)), default=None)
    if last is not None and toks[last + 1].is_title and toks[last + 1].pos_ == "PROPN":
        toks = toks[last + 1 :]
        while len(toks) > 2 and toks[0].lower_ in _BODY_ENDINGS:
            toks = toks[1:]  # (the rest of a body an office word opens: "of the Police| Force Michal Bystrický")
    if len(toks) >= 3 and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in _DISTRICT_OFFICES \
            and _given_name_sex(toks[0].text) is None and _given_name_sex(toks[1].text) is not None:
        toks = toks[1:]  # (the district, as Pakistani copy names it after the office: "Deputy Commissioner Shigar| Nadeem X")
    while len(toks) > 1 and toks[-1].text in POST_NOMINALS:
        toks = toks[:-1]  # ("Deirdre Ní Chonaill TD", "John Smith MP": the seat after the name)
    # (the Filipino "Ma." of María opens the name: "Ma. Luisa G. Abrenica"; so does the "Gian" of "Gian Luca")
    while len(toks) > 1 and not _given_sultan(toks) and not (toks[0].lower_ in IRISH_PARTICLES and toks[1].is_title) \
            and not _opens_with_ma(toks) and not _given_nana(toks) \
            and not (toks[0].text in _GIVEN_NAME_HEADS and toks[1].is_title) and (
        toks[0].lower_.rstrip(".") in OFFICE
        or toks[0].text == "Rumah" and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].text == "Tuai"  # (the Iban "Tuai Rumah X")
        or toks[0].lower_ in ABBREVIATED_TITLES  # (titles in a row: Romanian "Dr. chem. X", "conf. univ. dr. X")
        or toks[0].text in MINISTRY_INITIALS
        or toks[0].lower_ in DETERMINERS
        # (not a given name the tagger called a proper noun and gave an adverb's part of speech: "Sherly|ADV|NNP Kurian")
        or toks[0].pos_ in ("ADV", "ADP", "DET") and not (toks[0].tag_ == "NNP" and toks[0].ent_type_ in ("PERSON", "PER"))
        # (the end of a state's name: "Minister of Foreign Affairs of the Kyrgyz Republic | Zheenbek Toktogulov")
        or toks[0].lower_ in _STATE_WORDS and toks[1].is_title
        # ("Envoy for the Middle East Gennady Voronin", "Minister of Water Resources|ORG Aoun Diab|ORG")
        or (toks[0].lower_ in _REGION_WORDS or toks[0].lower_ in PORTFOLIO_WORDS) and len(toks) > 2
        # (and the place an envoy is for: "Special Envoy for the Okamuli Basin Rafael Echenique")
        or len(toks) > 2 and toks[0].lower_ in _GEO_NOUNS or len(toks) > 3 and toks[1].lower_ in _GEO_NOUNS and toks[0].is_title
        # (and the last word of a body's name: "of the Caspian Environment Secretariat| Liesbeth van Rooyen")
        or toks[0].lower_ in _BODY_ENDINGS and len(toks) > 2 and toks[1].is_title
        # (and the rest of a portfolio: "Minister for Fisheries and Aquaculture Mavis Hawa Koomson")
        or toks[0].lower_ == "and" and len(toks) > 3 and toks[1].lower_ in PORTFOLIO_WORDS
        # (and the adjective of a portfolio: "Minister of Environmental Protection Dragana Vuksanović")
        or toks[0].pos_ == "ADJ" and toks[1].lower_ in PORTFOLIO_WORDS and len(toks) > 3
        # (an adjective, unless a capitalised word the tagger got wrong: "Bilal Darwish" with "Bilal" as ADJ)
        or toks[0].pos_ == "ADJ" and (not toks[0].is_title or is_demonym(toks[0].text))
        # (a nationality the NER took into the name: "the Tajik|PERSON Shodmon Nazarsoda")
        or len(toks) > 2 and (is_demonym(toks[0].text) and toks[0].text[-1:] != "s" or toks[0].text in _NATIONALS)
        # (the end of a body an office is of, where a name begins: "Secretary of Migrant Workers|ORG Rosario|B-PERSON")
        or toks[0].ent_type_ == "ORG" and toks[0].ent_iob_ == "I" and toks[1].ent_iob_ == "B" and toks[1].ent_type_ in ("PERSON", "PER")
        # (a place: a country or nationality, not a given name the NER took for one: "Rania|LOC Qassem")
        # (a nationality, not a given name the NER called MISC: "Ihor|MISC Tkachuk")
        # (but a party before a name the NER found: "Democrat|MISC John Smith")
        # (but a given name before a long name: "Yesenia|MISC Marisol Rivas de Mejía")
        # (but a given name, whatever its tag: "Her brother, Esteban|MISC|ADJ Arguedas Vindas"; or before a middle
        # initial: "Ingvild|MISC M. Sorhaug")
        or (toks[0].ent_type_ in ("MISC", "NORP") and not given_before_name(toks)
            and not (len(toks) >= 3 and toks[0].pos_ == "PROPN" and _INITIAL.fullmatch(toks[1].text) and not is_demonym(toks[0].text))
            and (toks[0].pos_ != "PROPN" or is_demonym(toks[0].text)
                                                      or role_country(toks[0].text) is not None
                                                      or toks[1].ent_type_ in ("PERSON", "PER") and toks[1].lower_ not in _PARTICLES
                                                      and (len(toks) < 4 or toks[0].lower_ in TITLES))
            or toks[0].ent_type_ in ("LOC", "GPE") and not _run_into_country(toks[0]) and (
            role_country(toks[0].text) or toks[1].ent_type_ and not _given_name_as_place(toks[0])))  # ("Aleppo|LOC Ghassan|PERSON …")
        and not toks[1].ent_type_ in ("MISC", "NORP", "LOC", "GPE")
    ):
        toks = toks[1:]
    if len(toks) > 2 and toks[0].text == "El" and toks[1].lower_ in ("hadj", "hadji", "hadja", "haj"):
        toks = toks[1:]  # (the pilgrim's title in two words: "El Hadj Salif Ouédraogo")
    if toks and (toks[0].lower_.rstrip(".") in TITLES and not _given_sultan(toks) and not _given_nana(toks) or toks[0].lower_ in DETERMINERS
                 or toks[0].text == "don" and len(toks) > 1  # (the Spanish "don Rafael", in lower case: not "Don Smith")
                 or _burmese_young(toks[0]) or toks[0].text == "Me" and honorific(toks[0])
                 or toks[0].text == "Pr" and len(toks) > 1):  # (the French professor's "Pr X", with no stop)
        toks = toks[1:]
    # (and the rest of a body's name between the office and the name: "The spokeswoman of Zallaq Air| Maryam Isa Al-Doseri")
    cut = max((n + 1 for n, t in enumerate(toks[:-2]) if n and t.is_title and t.lower_ in _BODY_ENDINGS), default=0)
    if cut and all(capitalised(t) for t in toks[cut:]) and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in ("of", "at"):
        toks = toks[cut:]
    if len(toks) < len(tokens) and all(t.lower_ in PORTFOLIO_WORDS or t.lower_ == "and" for t in toks):
        return []  # (an office with no name: "Minister of Communication and Relations|PERSON")
    # (nor the last words of a body's name the mention runs on from: "The biologist of the Coastal University of Santa
    # Elena|ORG Gabriela Estefanía Loor Macías")
    # (a body's by its words: "of", "University"; not a title and given name the NER took for one: "Fr Donncha|ORG")
    if len(toks) >= 3 and toks[0].ent_iob_ == "I" and toks[0].ent_type_ == "ORG":
        inside = next((n for n, t in enumerate(toks) if t.ent_iob_ != "I" or t.ent_type_ != "ORG"), len(toks))
        lo, hi = ent_bounds(toks[0])
        if len(toks) - inside >= 2 and all(t.is_title for t in toks[inside:]) \
                and any(t.lower_ == "of" or t.lower_ in _BODY_ENDINGS for t in toks[0].doc[lo:hi]):
            toks = toks[inside:]
    # "Governor of Aleppo Ghassan al-Mahayni" tagged as one name: the office's place is not the name (a place the
    # article names, or the word after a capitalised office and "of")
    if len(toks) >= 3 and toks[0].i > 1 and toks[0].doc[toks[0].i - 1].lower_ in ("of", "in", "for", "to", "the", "from"):
        office = toks[0].doc[toks[0].i - 2]
        # (or a city the tables know, no given name, after "from" or "in": "the marine biologist from Guayaquil| Doménica
        # Salvatierra Holguín")
        if toks[0].lower_ in _places(toks[0].doc) or office.is_title and office.lower_ in OFFICE or _home_before_name(toks[0]):
            toks = toks[1:]
        # (or a country or bloc: "of Bolivia Felix Condori", "of the European Union Annelies Verhoeven")
        else:
            run = next((n for n, t in enumerate(toks) if not capitalised(t)), len(toks))  # (the capitalised words)
            behind = _behind_a_country(toks[0].doc, toks[0].doc[toks[0].i : toks[0].i + run])
            toks = list(behind) + toks[run:] if behind is not None else toks
    # "Obeidat on Sunday": the name ends where the proper nouns do
    # (but a Welsh "ap" goes on to the father's name: "Dafydd Rhys ap Ifan")
    for n, t in enumerate(toks):
        if n and t.pos_ in ("ADP", "PUNCT") and t.text not in ("-", ".") \
                and not (t.text in _ADP_LINKS and n + 1 < len(toks) and toks[n + 1].is_title):
            toks = toks[:n]
            break
    # (a patronymic chain is one name: "Ali bin Nasser Al Maskari", "Muna bint Saif Al Kindi"; so is a Spanish name
    # with "de": "Luz Marina Cárdenas de Ospina", and a Portuguese one with "do": "Maria do Rosário Lopes Tavares")
    # (and an Arabic one with its article or "Ould" inside: "Awad El Karim Youssef Dafallah", "Sidi Mohamed Ould Cheikh Ahmed")
    words = 6 if any(t.lower_ in PATRONYMIC for t in toks[1:-1]) \
        else 5 if any(t.lower_ in _GIVEN_NAME_LINKS | {"de", "del", "y"} or t.text in _INNER_ARABIC for t in toks[1:-1]) else 4
    return toks[-(words + _opens_with_ma(toks)) :]  # ("Ma." and its stop: one word)


# the article and the "son of" inside an Arabic or Mauritanian name, capitalised
_INNER_ARABIC = frozenset({"El", "Al", "Ould"})


def _burmese_young(tok) -> bool:
    """"Ma" and "Ko" as the Burmese honorifics of a young woman and a young man ("Ma Ei Thandar Phyo", "Ko Htet Aung
    Lin"): before a name of two words or more, in an article that writes Burmese honorifics ("U", "Daw"), or "Ma"
    before a woman's given name; not the Chinese family name ("Ma Zhaoxu") nor the Korean one ("Ko Min-jun")."""
    doc = tok.doc
    if tok.text not in ("Ma", "Ko") or tok.i + 2 >= len(doc) or not (doc[tok.i + 1].is_title and doc[tok.i + 2].is_title):
        return False
    # (or the Liberian "Ma", before a woman's given name: "Ma Comfort Jallah")
    return _writes_burmese_honorifics(doc) or tok.text == "Ma" and _given_name_sex(doc[tok.i + 1].text) == "f"


def _writes_burmese_honorifics(doc) -> bool:
    cached = doc.user_data.get(_BURMESE)
    if cached is None:
        cached = doc.user_data[_BURMESE] = any(
            t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN" for t in _honorific_tokens(doc, ("U", "Daw")))
    return cached


def _honorific_tokens(doc, words: tuple[str, ...]) -> list:
    """The tokens of ``doc`` spelled as one of ``words``, read off the doc's array (most articles have none)."""
    orth = doc.to_array(ORTH)
    # (compared word by word: ``numpy.isin`` sorts the whole array, which costs more for a few words)
    return tokens_where(doc, np.logical_or.reduce([orth == doc.vocab.strings[w] for w in words]))


def _offices_in(phrase: str) -> list[str]:
    """Two offices held at once are two: "Deputy Prime Minister and Minister of Foreign and Expatriates Affairs" is a
    deputy prime minister and a (full) foreign minister."""
    phrase = _STATE_OF.sub("", phrase)  # ("Minister of Foreign Affairs of the State of Qatar": Qatar's, no minister of state)
    return _AND_OFFICE.split(phrase)


_STATE_OF = re.compile(r"\b(?:the\s+)?State\s+of\s+(?=(?:the\s+)?[A-Z])(?!State\b)")
_AND_OFFICE = re.compile(r"\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary|Director|Chairman|Head|Governor|Ambassador|"
                         r"Envoy|Spokesperson|Spokesman|Spokeswoman|Commander)\b)")


# plain nouns of the role list that are also words of names: "Rajendra Man Shrestha", "Hyun Son Kim"; and a title
# that Somali and Gulf names carry inside them: "Ahmed Nur Sheikh Ali"
_NAME_PART_ROLES = frozenset("man son sheikh shaikh".split())


def _inner_name_word(toks, n: int) -> bool:
    """Whether ``toks[n]``, a role noun, is a word inside a name: capitalised after a given name."""
    return 0 < n and toks[n].lower_ in _NAME_PART_ROLES and toks[n].is_title and toks[n - 1].is_title \
        and toks[n - 1].lower_ not in OFFICE and not role_country(toks[n - 1].text)


def given_before_name(toks) -> bool:
    """Whether ``toks`` open with a given name before the rest of a name, whatever the tagger made of it."""
    return toks[0].is_title and toks[1].is_title and toks[1].pos_ in ("PROPN", "NOUN") \
        and _given_name_sex(toks[0].text) is not None and not is_demonym(toks[0].text) and role_country(toks[0].text) is None


def _given_sultan(toks) -> bool:
    """"H.E. Sultan Hamad Al Dhaheri": after an honorific, "Sultan" is a given name, not a title."""
    k = toks[0].i
    return toks[0].lower_ == "sultan" and len(toks) >= 3 and k > 0 and honorific(toks[0].doc[k - 1])


def honorific(tok) -> bool:
    """A title that only a person's name follows, with or without its stop ("H.E.", "Dr", "Mr."; the Burmese "U",
    "Daw", "Ma"; "Me", a French lawyer's "Maître"; the siSwati "Babe", "Make" and "Indvuna", Mr, Mrs and headman)."""
    # (and the French "Pr", a professor's, not "PR")
    return (tok.lower_ in ABBREVIATED_TITLES or tok.lower_ + "." in ABBREVIATED_TITLES) and tok.text != "PR" \
        or tok.text in ("U", "Daw", "Me", "Babe", "Make", "Indvuna") \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title and tok.doc[tok.i + 1].pos_ == "PROPN" or _burmese_young(tok)


def _after_burmese_honorific(doc, ent):
    """A Burmese name the NER cut short after its honorific: "U Nyunt Win| Maung|PERSON" is Nyunt Win Maung."""
    start = ent.start
    while start >= 2 and ent.start - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].ent_iob_ == "O" and doc[start - 1].text not in ("U", "Daw"):
        start -= 1
    return doc[start : ent.end] if start < ent.start and doc[start - 1].text in ("U", "Daw") else ent


def _in_quote_marks(doc, e) -> bool:
    """A title in quote marks ("the evening programme “Esti Órák|PERSON”") or a nickname ("known as “Captain Cool”"),
    not a name."""
    start = e.start - 1 if e.start > 1 and doc[e.start - 1].lower_ in TITLE_WORDS and doc[e.start - 2].is_quote else e.start
    # (or a word of a short title: "the campaign «Esmeraldas sin Cólera|PERSON»", "«Manabí|PERSON sin Cólera»")
    opening = next((k for k in range(start - 1, max(start - 4, 0) - 1, -1) if doc[k].is_quote), None)
    closing = next((k for k in range(e.end, min(e.end + 3, len(doc))) if doc[k].is_quote), None)
    return opening is not None and closing is not None and (opening == start - 1 or doc[opening].is_left_punct) \
        and all(t.is_alpha for t in doc[opening + 1 : start]) and all(t.is_alpha for t in doc[e.end : closing])


def _head_before(doc, ent):
    """A name whose first word the NER left out at the start of a sentence or of an appositive, though the parse hangs
    the rest on it: "Trần| Quang Vinh|PERSON, director of …" (a Vietnamese family name first), "Tenzing| Norbu
    Lama|PERSON", "The president of the union, Blaise| Nkwenti Fomban|PERSON, said"."""
    if ent.start == 0 or ent.label_ not in ("PERSON", "PER"):
        return ent
    head = doc[ent.start - 1]
    # (a given name in "-ing" the tagger took for a verb, as the sentence's subject: "Tenzing|VBG Norbu Lama|PERSON, …")
    if not ((head.is_sent_start or head.i > 0 and doc[head.i - 1].text == ",") and head.is_title and head.is_alpha and head.ent_iob_ == "O"
            and (head.pos_ == "PROPN" or head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubj:pass"))
            and any(t.head.i == head.i for t in ent)) or head.lower_ in TITLE_WORDS or honorific(head) \
            or role_country(head.text) or place_country(head.text) or is_country(head.text):
        return ent
    return doc[head.i : ent.end]


def _burmese_names(doc, persons: list) -> list:
    """The words after a Burmese honorific, in an article that writes them, name a person whatever the NER made of
    them: "U Zaw Min|O Htike|MISC", "Ma Thandar|ORG Win" (up to four capitalised words, no office or place)."""
    if not _writes_burmese_honorifics(doc):
        return []
    taken = {t.i for e in persons for t in e}
    found = []
    for tok in _honorific_tokens(doc, ("U", "Daw", "Ma", "Ko")):
        if not (tok.text in ("U", "Daw") or _burmese_young(tok)) or tok.i + 1 >= len(doc) or tok.i + 1 in taken:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].is_title and doc[end].is_alpha and end not in taken \
                and doc[end].lower_ not in OFFICE and not role_country(doc[end].text) and not place_country(doc[end].text):
            end += 1
        if end > tok.i + 1:
            found.append(doc[tok.i + 1 : end])
    return found


def _places(doc) -> frozenset[str]:
    """The words of the article's place names (kept in ``doc.user_data`` while ``resolve_speakers`` runs)."""
    cached = doc.user_data.get(_PLACES)
    if cached is None:
        cached = frozenset(t.lower_ for e in doc_ents(doc) if e.label_ in ("LOC", "GPE") for t in e)
        if _PERSON_ENTS in doc.user_data:  # (only while a run holds the doc)
            doc.user_data[_PLACES] = cached
    return cached


def join_tokens(tokens) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return doc[tokens[0].i : tokens[-1].i + 1].text  # (not doc.text: spaCy rebuilds the whole text on each access)
    # (words with a gap, a nickname left out: "Feliciano| 'Sonny' |T. Baluyot")
    runs = [[tokens[0]]]
    for t in tokens[1:]:
        if t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return " ".join(doc[run[0].i : run[-1].i + 1].text for run in runs)


def _role_words(tokens) -> set[str]:
    return {t.lower_ for t in tokens if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in DETERMINERS}


def elided_before(tok) -> bool:
    """Whether the token before ``tok`` is the apostrophe its name begins with ("'|Mamello Tšoeu")."""
    doc, k = tok.doc, tok.i - 1
    if k < 0 or doc[k].text not in ("'", "’") or doc[k].whitespace_:
        return False
    around = doc[max(k - 1, 0) : tok.i + 2]  # (a few tokens' text, not doc.text, which spaCy rebuilds on each access)
    return elided_name_at(around.text, doc[k].idx - around.start_char)


def collect_people(doc, extra=()) -> list[Person]:
    """Every PERSON the article names, with the offices it gives them, in order of first mention.

    ``extra`` are speaker spans made of proper nouns that the NER missed.
    """
    people: list[Person] = []
    ents = person_ents(doc)
    # (an extra mention inside a name the entities hold is that name: "Jean-Claude | Kabongo Mwamba")
    # (nor a place the article names as one: "the chief officer of the ship, retained in the port of Port Louis, Mauritius";
    # nor the end of a place's name or a body's name glossed in brackets, as ``person_ents`` drops them)
    places = _used_as_place(doc) if extra else frozenset()
    # (nor a company by its legal form, whatever found it: "chairman of Halda Stitchworks Ltd")
    mentions = ents + [_past_body_name(doc, _with_name_head(doc, e)) for e in extra
                       if not any(n.start <= e.start and e.end <= n.end and len(n) > len(e) for n in ents)
                       and e.text not in places and not legal_form_last(e, 1) and not _in_quote_marks(doc, e)
                       and not _ends_place(doc, e) and not _glossed_body(doc, e)]
    mentions.sort(key=lambda e: e.start)
    own_parts = _own_parts(doc)
    for ent in mentions:
        toks = strip_name(list(ent))
        if _in_byline(doc, ent):
            continue  # (who wrote the story is no one it quotes: "By Jelena Marković and Arta Gjoka" is no "she")
        if not toks or all(t.lower_.rstrip(".") in OFFICE for t in toks) or _geo_name(toks) or _names_a_place_after(toks[-1]) \
                or len(toks) > 1 and toks[-1].lower_ in _MASTHEAD_WORDS or _office_after_the(doc, toks):
            continue  # (nor a place: "the Litani River"; nor an outlet: "Kaah Dispatch"; nor an office: "The District Commissioner")
        name = join_tokens(toks)
        if elided_before(toks[0]):
            # (the apostrophe a Sesotho name begins with, straight however the outlet prints it: "'Mamello Tšoeu" for
            # "’Mamello Tšoeu", one person in every story)
            name = "'" + name
        if len(toks) >= 2 and caps_family(toks[0]) and toks[1].is_title:
            name = toks[0].text.title() + name[len(toks[0].text):]  # ("N'Guessan Kouadio Sylvère")
        key, first = _name_keys(toks)
        spans = role_spans(doc, ent)
        if toks[0].i > ent.start and any(t.lower_ in ROLE_NOUNS for t in doc[ent.start : toks[0].i]):
            spans.append(doc[ent.start : toks[0].i])  # (an office the NER took into the name: "CEO|PERSON Jhang Schmit")
        roles = set().union(*(_role_words(span) for span in spans))
        person = _find(people, toks, key, first, ent.start)
        full = None
        if person is None:
            full = _full_name(doc, toks) if first is None else _longer_before(doc, toks) if len(toks) == 2 else None
            # (the longer form is someone already collected, by that very name: "Mr Said Ahamada" after "Interior Minister
            # Mohamed Said Ahamada" is the minister, not a second person of his name; but a mention with an office of its
            # own is another of the family, by the name it is given: "PML-N President Nawaz Sharif" after "Chief Minister
            # Maryam Nawaz Sharif")
            known = next((p for p in people if full is not None and p.name == full.text), None)
            if known is not None and not spans:
                person = known
            elif known is not None:
                full = None
        if person is None:
            if full is not None:
                # (and the offices given it there: "Official Spokesperson … Ambassador Hany Fathallah", untagged)
                first, name = _name_keys(list(full))[1], full.text
                spans += [span for span in role_spans(doc, full) if span.end <= ent.start or span.start >= ent.end]
                roles = set().union(*(_role_words(span) for span in spans))
            person = Person(name, key, ent.start, first=first, seen=[])
            if full is not None and full.start < ent.start and not any(
                    k <= full.start < k + len(p.name.split()) for p in people for k in p.seen or ()):
                # (named whole before, where the NER saw no name: "Máire Uí Mhurchú was speaking …" before "Ms Uí
                # Mhurchú told …"; not inside another's name: "TANOH Amenan Clarisse")
                person.first_token, person.seen = full.start, [full.start]
            people.append(person)
        elif first is not None and (person.first is None or person.first == "bin" != first) \
                and not _MALAYSIAN_PATRONYMIC & set(person.name.lower().split()):
            # the fuller form wins ("Lavrov" first, "Sergey Lavrov" later; not "Dayang Nurul Huda" after "Nurul Huda binti
            # Abas", whose key is her given name)
            person.name, person.first = name, first
        person.seen.append(ent.start)
        person.offices += [(office_words(part), role_country(span.text)) for span in spans for part in _offices_in(span.text)]
        if (led := delegation_led(doc, ent)) is not None:
            person.offices.append((office_words(f"head of {led.text}"), role_country(led.text)))
        # (a rank abbreviated before the name, inside the mention or right before it: "Capt. Stelios Haralambous" is
        # "the captain")
        person.offices += [(frozenset({RANK_ABBREVIATIONS[t.lower_.rstrip(".")]}), None)
                           for t in doc[max(0, ent.start - 1) : toks[0].i] if t.lower_.rstrip(".") in RANK_ABBREVIATIONS]
        # (the words before the name, and an honorific the NER took into it: "Mr Kato", "U Zaw Lin Tun")
        # (not whose kin or agent the words before "of" name: "the wife of Rentería Mosquera" is no woman)
        before = ent.start if ent.start and doc[ent.start - 1].lower_ == "of" else max(0, ent.start - 3)
        words = {t.lower_.rstrip(".") for t in doc[before : ent.start + 1]} | roles
        young = next((t for t in (ent[0], doc[ent.start - 1] if ent.start > 0 else None) if t is not None and _burmese_young(t)), None)
        if young is not None:
            words.add("miss" if young.text == "Ma" else "mr")  # (a young woman, "Ma"; a young man, "Ko")
        if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("a", "an", "the"):
            words |= {t.lower_ for t in doc[ent.end + 2 : ent.end + 4]}  # "Fatima, a mother of five"
        elif ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 2].lower_ == "of":
            words.add(doc[ent.end + 1].lower_)  # (or with no article: "Comfort Jallah, mother of the cadet", not "whose son")
        if person.gender is None:
            person.gender = "f" if words & _FEMALE else "m" if words & _MALE else (own_parts and _own_part(doc, ent, own_parts)) \
                or _surname_gender(toks) or _given_name_gender(toks) or (_pronoun_after(doc, ent) if len(person.seen) == 1 else None)
        person.honorifics |= _honorifics_before(doc, toks[0].i)
    _add_unlabelled_mentions(doc, people)
    _add_aliases(doc, people)
    return people


_LED = frozenset(("headed", "led", "chaired"))


def delegation_led(doc, ent):
    """The delegation ``ent`` heads, as the sentence says it: "The Tajik government delegation was headed by First
    Deputy Minister … X, the Kyrgyz delegation by Deputy Chairman … Y" (the verb left out before the second);
    else None."""
    k = ent.start - 1
    while k > 0 and ent.start - k <= 16 and doc[k].lower_ != "by" and (doc[k].is_title or doc[k].lower_ in ("of", "and", "the")):
        k -= 1  # (back over the office before the name)
    if k < 2 or doc[k].lower_ != "by":
        return None
    j = k - 1
    if doc[j].lower_ in _LED:
        j -= 1
        while j > 0 and doc[j].lower_ in ("was", "is", "were", "are", "be", "been", "will", "has", "had"):
            j -= 1
    elif not any(t.lower_ in _LED and t.nbor(1).lower_ == "by" for t in doc[doc[j].sent.start : j]):
        return None  # (a verb left out only after it was said once)
    if doc[j].lower_ not in ("delegation", "team"):
        return None
    lo = j
    while lo > 0 and j - lo < 4 and doc[lo - 1].pos_ in ("ADJ", "PROPN", "NOUN") and not doc[lo - 1].is_punct:
        lo -= 1
    return doc[lo : j + 1]


def _add_aliases(doc, people: list[Person]) -> None:
    """"Sheikh Nasser bin Awadh al-Kathlani, known as Abu Fahd, stated …": "Abu Fahd" is his name too (and "X, whom
    the whole quarter calls Abu Charbel,")."""
    lower = doc.to_array(LOWER)
    for i in np.flatnonzero((lower[2:-2] == _KNOWN) | (lower[2:-2] == _WHOM)) + 2:
        t = doc[int(i)]
        if t.lower_ == "whom":
            # (who calls him so: "whom the whole quarter calls", "whom everyone calls")
            among = next((k for k in range(t.i + 1, min(t.i + 6, len(doc) - 1)) if doc[k].lower_ in ("calls", "call")), None)
        # (also known among some: "known in the family as Abu Hani", "known to everyone at base camp as", "known across
        # the district simply as “Dheere”")
        elif doc[t.i + 1].lower_ in ("in", "to", "among", "across", "throughout", "simply", "locally", "widely"):
            among = next((k for k in range(t.i + 1, min(t.i + 8, len(doc) - 1)) if doc[k].lower_ == "as"), None)
        else:
            among = t.i + 1
        # (or in a relative clause: "X, 29, who is known to everyone as ‘Kancha’")
        relative = t.i >= 3 and doc[t.i - 1].lower_ in ("is", "was") and doc[t.i - 2].lower_ == "who"
        if among is None or doc[among].lower_ not in ("as", "calls", "call") or doc[t.i - 1].text not in (",", "also") and not relative:
            continue
        comma = t.i - 3 if relative else t.i - 1 if doc[t.i - 1].text == "," else t.i - 2
        if comma >= 2 and doc[comma - 1].like_num and doc[comma - 2].text == ",":
            comma -= 2  # (past the age)
        start = end = among + 1 + (among + 2 < len(doc) and doc[among + 1].is_quote)  # (the nickname in quote marks)
        while end < min(len(doc), start + 4) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == start or comma < 1 or doc[comma].text != ",":
            continue
        # (whose mention ends at the comma)
        person = next((p for p in people for k in p.seen or [p.first_token] if k < comma <= k + len(p.name.split())), None)
        if person is None:
            continue
        alias = _name_keys(list(doc[start:end]))[0]
        person.aliases.add(alias)
        for other in [p for p in people if p.key == alias and p is not person]:  # (one person, not two)
            person.seen = sorted(set(person.seen or ()) | set(other.seen or ()))
            person.gender = person.gender or other.gender
            people.remove(other)


def _own_parts(doc) -> list[int]:
    """The tokens where "for his part" or "for her part" starts (found in the doc's arrays: reading its words one by
    one costs)."""
    lower = doc.to_array(LOWER)
    if len(lower) < 3:
        return []
    hits = (lower[:-2] == _FOR) & np.isin(lower[1:-1], _HIS_HER) & (lower[2:] == _PART)
    return np.flatnonzero(hits).tolist()


def _pronoun_after(doc, ent) -> str | None:
    """The gender of the first "he"/"she" (or "his", "her") after a name's first mention in its sentence, where no one else is
    named between: "Shondell Pereira has not moved her husband's boots", "Troy Pereira, 31, left them there …, the last
    time he came down the river". Not past a "whose" (someone else's: "X, whose handling she has criticised"); not
    after a possessive ("Asked about X's visit, she said")."""
    if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
        return None
    for t in doc[ent.end : min(ent.sent.end, ent.end + 25)]:
        if t.ent_type_ in ("PERSON", "PER") or t.lower_ in KIN_NOUNS or t.lower_ in ROLE_NOUNS or t.lower_ in ("whose", "whom") or t.is_quote:
            return None
        # (a subject or a possessive only: "who visited the harbour with her" is someone else)
        if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj") or t.lower_ in ("his", "her") and t.dep_ in ("nmod:poss", "poss"):
            return "m" if t.lower_ in ("he", "his") else "f"
    return None


def _own_part(doc, ent, parts: list[int]) -> str | None:
    """The gender the name's own clause gives it: "Professor X, quoted by …, has for his part affirmed" is a man."""
    k = next((p for p in parts if ent.end <= p < min(ent.sent.end, ent.end + 30) - 2), None)
    if k is None:
        return None
    for t in doc[ent.end : k]:
        if t.ent_type_ in ("PERSON", "PER") and not any(b.lower_ == "by" for b in doc[max(ent_bounds(t)[0] - 4, 0) : t.i]) \
                or t.text in (";", "«", "“", '"'):
            return None  # (someone else's clause, not a source set in the name's: "quoted by the agency X"; or the words
            # quoted)
    return "m" if doc[k + 1].lower_ == "his" else "f"


# the kind of a body or a vessel said right before its name: "the trading company Petrokwanza Comercial", "the insurer
# Boreal Mutual", "the tanker Sapphire Meridian", "the armed group Jabhat al-Wadi"
_VESSELS = frozenset("tanker vessel ship ferry freighter trawler yacht brig schooner barque carrier satellite spacecraft probe".split())
# what an owner, a captain or a driver is of: no body with officers in view ("the ferry's owner")
VEHICLES = _VESSELS | frozenset("boat plane aircraft helicopter bus truck lorry train car".split())
KIND_WORDS = _VESSELS | frozenset("""company firm corporation consortium conglomerate insurer bank airline charity ngo foundation
    organization organisation group militia movement maker manufacturer shipyard carrier operator
    cooperative co-operative syndicate""".split())


def _after_kind(doc, i: int, kinds: frozenset[str]) -> bool:
    """Whether the name at token ``i`` follows one of the ``kinds`` it is of, maybe in quote marks: "the tanker Sapphire
    Meridian", "the tanker „Vesna Star”"."""
    return i > 0 and doc[i - 1].lower_ in kinds or i > 1 and doc[i - 1].is_quote and doc[i - 2].lower_ in kinds


def _kind_after(doc, end: int) -> bool:
    """Whether a comma and a body's kind follow token ``end``: ", the Bosnian company", ", a Greek shipowner"."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    k = end + 2
    while k < min(len(doc), end + 5) and (doc[k].pos_ == "ADJ" or is_demonym(doc[k].text)):
        k += 1
    return k < len(doc) and doc[k].lower_ in KIND_WORDS and (k + 1 == len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN"))


# the prefix of a ship's name: "MV Coral Meridian", "M/T Sapphire" (not "MS", which is also "Ms")
_VESSEL_PREFIXES = frozenset("MV M/V MT M/T FV F/V".split())
# a company's legal form, the last word of its name
# what a word names when it stands before one of these: "the Khimdo settlement" is a place, whatever the NER says
PLACE_NOUNS = frozenset("""settlement village town valley camp base shelter airport airstrip district region area province wilaya
    township county commune municipality parish suburb neighbourhood neighborhood jetty harbour harbor market beach island""".split())
# the kinds of place whose name follows them with "of": "the canton of X", "the cantons of X and Y"
_PLACE_KINDS = frozenset("canton district province region municipality parish commune county department governorate port".split())
# the words that name a part of a region before its name: "the middle Atrato", "the upper Zambezi"
_REGION_PARTS = frozenset("middle upper lower northern southern eastern western central greater".split())
# the kind of a body that opens its name in French, Spanish or Portuguese: "Collectif Mayotte Debout", "Comité Sud"
_BODY_OPENINGS = frozenset("collectif comite association syndicat federation coordination mouvement ligue observatoire "
                           "fondation institut colectivo comision sindicato federacion coletivo comissao".split())
# the offices whose "of" names a place: "the prefect of Mayotte", "the governor of Anjouan", "the police of Domoni"
_PLACE_OFFICES = frozenset("prefect sub-prefect governor mayor police gendarmerie".split())
# the labels a lone word's mentions are counted by, a person's against a place's
_LONE_LABELS = frozenset("PERSON PER LOC GPE".split())
# the same kinds counted, as in "the provinces of Ngozi and Kirundo"
_PLACE_PLURALS = frozenset("settlements villages towns districts regions provinces wilayas townships counties communes municipalities".split())
# a kind of place written before its name: "on the river Xe Xeng", "the glacier Inylchek"
_GEO_KINDS = frozenset("river lake glacier".split())


def _used_as_place(doc) -> frozenset[str]:
    """Names the article uses as places ("waiting at Khimdo", "the Khimdo settlement", "Jatisari Kulon village"): no person by that
    name, where the NER took one of their mentions for a person's (kept in ``doc.user_data`` while a run holds the doc:
    the person entities and the extra names both ask)."""
    cached = doc.user_data.get(_USED_AS_PLACE)
    return cached if cached is not None else _find_used_as_place(doc)


def _find_used_as_place(doc) -> frozenset[str]:
    found = set()
    openings = set()
    listed = set()  # (the last words of the places a list after "the provinces of" names)
    arr = doc.to_array([POS, IS_TITLE])
    # (the last word of a run of proper nouns, with a word after it)
    last = np.zeros(len(doc), dtype=bool)
    last[:-1] = arr[1:, 0] != PROPN
    for t in tokens_where(doc, (arr[:, 0] == PROPN) & (arr[:, 1] == 1) & last):
        lo = t.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title:
            lo -= 1
        if lo < t.i and t.i - lo <= 2 and doc[t.i + 1].lower_ in PLACE_NOUNS:
            found.add(doc[lo : t.i + 1].text)  # (a longer name: "from Jatisari Kulon village")
        lead = doc[lo - 1].lower_ if lo >= 2 else ""
        if lead == "of" and doc[lo - 2].lower_ in _PLACE_PLURALS or lead in ("and", ",") and doc[lo - 2].text in listed:
            # (and of a list of places, of more than one word too: "the wilayas of Adrar, Tagant, Hodh Ech Chargui and
            # Tiris Zemmour")
            listed.add(t.text)
            found.add(doc[lo : t.i + 1].text)
        before = doc[t.i - 1].lower_ if t.i else ""
        # (or "the province of Niassa", "the district of Lago", as translations write a place; or what a prefect, a
        # governor or a mayor has in charge: "the prefect of Mayotte|PERSON said")
        of_place = before == "of" and t.i >= 2 and (doc[t.i - 2].lower_ in PLACE_NOUNS or doc[t.i - 2].lower_ in _PLACE_PLURALS
                                                    or doc[t.i - 2].lower_ in _PLACE_OFFICES and lo == t.i)
        # (and the next of a list of places: "the provinces of Ngozi and Kirundo")
        # (not a subject after a place: "Talking … by phone from Matara, Hiếu said")
        of_place = of_place or before in ("and", ",") and lo == t.i and t.i >= 2 and doc[t.i - 2].text in found \
            and t.dep_ not in SUBJECT
        # (or where someone is from, set off by commas: "Nikos Varvakis, 54, from Chios, is …")
        origin = before == "from" and t.i >= 2 and doc[t.i - 2].text == "," and doc[t.i + 1].text in (",", ".")
        # (or a body's seat, with its holder named after a comma: "the Union of Importing Traders of Maradi, Hadjia X")
        seat = before == "of" and lo == t.i and t.i >= 2 and doc[t.i - 2].is_title and doc[t.i + 1].text == "," \
            and t.i + 2 < len(doc) and doc[t.i + 2].ent_type_ in ("PERSON", "PER") and doc[t.i + 2].ent_iob_ == "B"
        # (or a place with its country after a comma: "going to Kousseri, in Cameroon")
        located = before in ("to", "in", "from") and lo == t.i and t.i + 3 < len(doc) and doc[t.i + 1].text == "," \
            and doc[t.i + 2].lower_ == "in" and is_country(doc[t.i + 3].text)
        # (a lone word before a place's kind: "the Khimdo settlement", "Tobin Jelkan, 31, of Laura village")
        kind_after = before in ("the", "of", "from", "in", "near") and doc[t.i + 1].lower_ in PLACE_NOUNS
        # (or where a sentence opens, kept apart from the lists above: "In Quibdó, the wife of …", not "In Stavanger,
        # Kjærvik's mother …")
        if lo == t.i and before == "in" and doc[t.i - 1].is_sent_start and doc[t.i + 1].text == ",":
            openings.add(t.text)
        # (or where a group or a thing is, a name of up to three words: "Elders in Ceel Xamar", "its base in Ceel Xamar")
        where = lead == "in" and t.i - lo <= 2 and doc[lo - 2].pos_ == "NOUN" and not doc[lo - 2].is_space \
            and doc[t.i + 1].text not in ("'s", "’s")
        # (or after a place's kind, a name of more than one word too: "the mayor of the border district of El Cenepa, in
        # Amazonas, X"; after a plural kind, the list rule above has it)
        if where or lead == "of" and lo < t.i <= lo + 2 and doc[lo - 2].lower_ in PLACE_NOUNS:
            found.add(doc[lo : t.i + 1].text)
        if lead == "at" and lo < t.i <= lo + 2 and doc[t.i + 1].text not in ("'s", "’s"):
            found.add(doc[lo : t.i + 1].text)  # (and of more than one word: "a pit wall collapsed at Arawai Landing")
        if before == "at" or kind_after or of_place or origin or seat or located:
            found.add(t.text)
        if lo > 0 and doc[lo - 1].lower_ in _GEO_KINDS and t.i - lo <= 2:
            found.add(doc[lo : t.i + 1].text)  # (or its kind before it, as translations write one: "the river Xe Xeng")
        after = t.i + 2 if doc[t.i + 1].like_num and t.i + 2 < len(doc) else t.i + 1
        if t.i - lo <= 2 and doc[after].lower_ in _GEO_NOUNS:
            found.add(doc[lo : t.i + 1].text)  # (or after it, past a number: "the Nam Xeng 2 dam")
        # (or a city with its country after a comma: "in the port of Port Louis, Mauritius, informed")
        if t.i - lo <= 2 and t.i + 3 < len(doc) and doc[t.i + 1].text == "," and is_country(doc[t.i + 2].text) \
                and doc[t.i + 3].text in (",", ".", ";"):
            found.add(doc[lo : t.i + 1].text)
    # (or a lone word before someone's role, whatever the tagger made of it: "the mother of a Cork|NOUN nurse")
    lower = doc.to_array(LOWER)
    after_a = np.zeros(len(doc), dtype=bool)
    after_a[1:] = np.isin(lower[:-1], _A_AN)
    for t in tokens_where(doc, (arr[:, 1] == 1) & after_a):
        if t.i < len(doc) - 1 and doc[t.i + 1].lower_ in ROLE_NOUNS and t.ent_type_ in ("PERSON", "PER") \
                and ent_bounds(t) == (t.i, t.i + 1):
            found.add(t.text)
    return frozenset(found | openings)
# the last word of a place's name, never of a person's
_GEO_NOUNS = frozenset("river sea lake mountains valley desert strait islands plateau canal dam reservoir barrage basin"
                       " point reef lagoon peninsula gulf atoll"  # (a headland: "off Chiroroni Point")
                       " chhu".split())  # (a Bhutanese river: "the Mo Chhu")


def _geo_name(toks) -> bool:
    """Whether the name ends in a place's word ("the Litani River", "the Chiluango Dam"; not "Ruud van Dam"), or
    opens with the Arabic one ("Jebel Ressas", "Wadi Sawran")."""
    return len(toks) > 0 and (toks[-1].lower_ in _GEO_NOUNS and not (len(toks) > 1 and toks[-2].lower_ in ("van", "ten", "ter"))
                              or len(toks) > 1 and toks[0].text in _GEO_HEADS)


def _in_byline(doc, ent) -> bool:
    """Whether ``ent`` stands in a byline: a short line of its own that the cleaner would take for one
    (``classify_line``), where a story parsed without the cleaner still has it."""
    memo = doc.user_data.get(_BYLINES)
    if memo is None:
        lines = _byline_lines(doc)
    elif (lines := memo.get("lines")) is None:
        lines = memo["lines"] = _byline_lines(doc)
    return any(lo <= ent.start_char < hi for lo, hi in lines)


_BYLINES = run_memo_key("bylines")  # the doc's byline lines (a run memo)


def _byline_lines(doc) -> list[tuple[int, int]]:
    """The character spans of the doc's lines that are bylines: at most 16 tokens (most lines are longer and are no
    byline), which ``classify_line`` takes for one. Read once per doc, not around every mention."""
    text, starts = doc_text(doc), doc.to_array(IDX).tolist()
    found, at = [], 0
    for line in text.split("\n"):
        end = at + len(line)
        if line.strip() and bisect_left(starts, end) - bisect_left(starts, at) <= 16 \
                and classify_line(line.strip()) == "byline":
            found.append((at, end))
        at = end + 1
    return found


def _names_a_place_after(tok) -> bool:
    """Whether a name's last word modifies a place's word right after it, maybe past the place's other name: "the
    Ujmani|PERSON/Gazivode reservoir", "the Ujmani reservoir"."""
    head = tok.head
    return tok.dep_ == "compound" and tok.i < head.i <= tok.i + 3 and head.lower_ in _GEO_NOUNS


# the Arabic words for a mountain and a valley, before a place's name
_GEO_HEADS = frozenset("Jebel Djebel Jbel Jabal Wadi Oued Ouadi".split())


# the last word of a body's or a gathering's name, never of a person's (not all of _BODY_WORD_ENDINGS: "Margaret
# Court" and "Gregory House" are people)
_BODY_OR_GATHERING = frozenset("summit conference forum board commission committee council ministry agency embassy authority office association federation union panel secretariat directorate inspectorate bureau department presidium"
                               " travel tours voyages logistics agencies".split())  # (and a trade's: "who owns Marula Lane Travel|PERSON")
# the last word of a state's name, never the first of a person's
_STATE_WORDS = frozenset("republic federation kingdom emirates emirate sultanate confederation".split())
# the last word of an outlet's name, never of a person's: "Speaking to Kaah Dispatch by phone, …"
_MASTHEAD_WORDS = frozenset(w.lower() for w in OUTLET_NAME_WORDS)


def _honorifics_before(doc, i: int) -> frozenset[str]:
    """The lone honorific right before token ``i`` (and inside the mention, where the NER took it in)."""
    j = i
    while j > 0 and (doc[j - 1].is_title or doc[j - 1].lower_ in _LOWER_TITLES) and doc[j - 1].lower_ in LONE_HONORIFICS:
        j -= 1
    return frozenset(doc[k].lower_ for k in range(j, i))


def word_gender(word: str) -> str | None:
    """The sex a title or kin word says ("Mrs", "mother", "the lady" -> "f"), else None."""
    low = word.lower().rstrip(".")
    return "f" if low in _FEMALE else "m" if low in _MALE else None


def _surname_gender(toks) -> str | None:
    """A Slavic surname says its bearer's sex: Tojiboyeva and Ivanova are women, Tojiboyev and Ivanov men."""
    if len(toks) < 2 or not toks[-1].is_title:
        return None
    last = toks[-1].lower_
    # (and a Czech, Slovak or Polish one: Pešková, Kouřimská and Nowicka are women, Novotný and Nowicki men; a
    # Lithuanian wife's -ienė and daughter's -aitė, -ytė, -utė, with or without the dot: Žukauskienė, Petrauskaitė)
    return "f" if last.endswith(("ova", "eva", "ovna", "evna", "ová", "ská", "cká", "ska", "cka", "ienė", "iene", "aitė",
                                 "aite", "ytė", "utė", "ūtė")) \
        else "m" if last.endswith(("ov", "ev", "ovich", "evich", "ský", "cký", "ski", "cki")) else None


def legal_form_last(ent, shortest: int = 2) -> bool:
    """Whether a name of ``shortest`` words or more ends in a company's legal form ("Nankai Deep Minerals Co."), not
    in a surname that is spelled as one after a given name ("Domingos Nhaga Co", the Bissau-Guinean Có)."""
    last = ent[-1]
    if len(ent) < shortest or last.lower_.rstrip(".") not in LEGAL_FORMS and last.lower_ not in LEGAL_FORMS:
        return False
    return not (last.text == "Co" and len(ent) > 1 and _given_name_sex(ent[0].text) is not None)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """A given name's spelling key -> "f" or "m", from ``sayso/data/given_names.csv``."""
    lines = resources.files("sayso").joinpath("data/given_names.csv").read_text("utf-8").splitlines()
    rows = [line.split(",") for line in lines if line and not line.startswith("#")]
    keys: dict[str, set[str]] = {}
    for name, sex in rows[1:]:  # (after the header)
        keys.setdefault(token_key(name), set()).add(sex)
    # keyed as spellings are ("Yevgeniy" and "Evgeny" are one), leaving out a key two sexes share ("Valery", "Valérie")
    return {key: sexes.pop() for key, sexes in keys.items() if len(sexes) == 1}


def _given_name_sex(word: str) -> str | None:
    """"f" or "m" where ``word`` is a given name that says its bearer's sex ("Lusine", "Yevgeniy"), else None."""
    return _given_names().get(token_key(word.split("-")[0]))


def _given_name_gender(toks) -> str | None:
    """A given name says its bearer's sex ("Lusine Ter-Ghazaryan", "Tea Bakradze" are women), where the name has
    more than one word: a lone word may be a surname."""
    if len(toks) < 2 or not toks[0].is_title:
        return None
    return _given_name_sex(toks[1].text if hungarian_order(toks) else toks[0].text)


def hungarian_order(toks) -> bool:
    """Whether a name is written Hungarian style, the family name first: "Kovács Eszter", "Nagy Péter", and a family
    name of no list that is Hungarian by its letters before a given name: "Csörgő Bálint", "Kövesdi Gyula"."""
    if len(toks) != 2 or _given_name_sex(toks[1].text) is None:
        return False
    return toks[0].lower_ in HUNGARIAN_SURNAMES or _HUNGARIAN_LOOK.search(toks[0].text) is not None \
        and _given_name_sex(toks[0].text) is None


# a Hungarian word by its letters: ő or ű, or a digraph (cs, gy, sz, zs, ny, ty) or a closing "i" with an accented vowel
_HUNGARIAN_LOOK = re.compile(r"[őűŐŰ]|(?i:(?:cs|gy|sz|zs|ny|ty).*[áéíóöú]|[áéíóöú].*(?:cs|gy|sz|zs|ny|ty|i$))")


def _add_unlabelled_mentions(doc, people: list[Person]) -> None:
    """Every capitalised word that is a collected person's surname is a mention of them, whatever the NER said:
    "Every morning Umm Khalil walks …", with the name tagged only later, still gives "she" someone to be."""
    by_key: dict[str, list[Person]] = {}
    for person in people:
        by_key.setdefault(person.key, []).append(person)
    found: dict[int, set[int]] = {}
    for tok in tokens_where(doc, doc.to_array(IS_TITLE) == 1):
        if tok.ent_type_ in ("PERSON", "PER") or tok.lower_.rstrip(".") in OFFICE or tok.lower_ in KUNYA:
            continue
        # ("Khalil" after "Umm" is the mother's kunya, not her son Khalil)
        key = _name_keys([doc[tok.i - 1], tok])[0] if tok.i and doc[tok.i - 1].lower_ in SURNAME_HEADS \
            else name_key(tok.text)  # (nor "Mhurchú" after "Uí" her daughter Ní Mhurchú)
        same = by_key.get(key)
        if same is None and _given_name_sex(tok.text) is not None and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            # (or a known given name alone, of the one person who bears it: "Luana|LOC recounted the night" after
            # "Luana Bittencourt Vieira")
            same = [p for p in people if p.first == key and len(p.name.split()) > 1] or None
        if same is not None and len(same) == 1:
            found.setdefault(id(same[0]), set()).add(tok.i)
    for person in people:
        if id(person) in found:
            person.seen = sorted(set(person.seen or ()) | found[id(person)])


# a regnal number after a name: "Nana Kobina Ansah II"
_REGNAL = frozenset("II III IV V VI".split())
# what an office is "of" when its holder is not named: "Secretary of State", "Minister of Defence", "Chief of Staff"
_OFFICE_OBJECTS = frozenset("state defence defense justice finance health interior staff police".split())


def _in_quoted_title(doc, ent) -> bool:
    """Whether ``ent`` lies in a short title in quote marks, with a few capitalised words beside it: the book "Blue
    Helmets, Green Flag" (not a name the quote marks hug alone, which the caller weighs)."""
    closing = next((k for k in range(ent.end, min(ent.end + 6, len(doc))) if doc[k].is_quote), None)
    if closing is None:
        return False
    opening = next((k for k in range(ent.start - 1, max(ent.start - 7, -1), -1) if doc[k].is_quote), None)
    return opening is not None and closing - opening - 1 > len(ent) and all(
        t.is_title or t.is_punct for t in doc[opening + 1 : closing])


def _constituency(doc, ent) -> bool:
    """A member of parliament's seat, whatever the NER took it for: "The MP for Shama|PERSON", "(MP) for Shama",
    "the Member of Parliament for Keta|PERSON"."""
    k = ent.start - 2
    if k > 0 and doc[k].text == ")":
        k -= 1
    return k >= 0 and doc[ent.start - 1].lower_ == "for" and (doc[k].text in ("MP", "MPs") or doc[k].lower_ == "parliament")


# offices that South Asian copy follows with their district before the holder's name: "Deputy Commissioner Skardu X"
_DISTRICT_OFFICES = frozenset("commissioner superintendent".split())
# offices held of a place or a body, never of a person: "the mayor of X, Y" names the place, then the mayor
_OFFICES_OF_PLACES = frozenset("mayor governor prefect president director chairman chairwoman chairperson head rector dean "
                               "manager ceo commander".split())


def _given_name_as_place(tok) -> bool:
    """A one-word place the NER saw that no table knows as one: a given name, before a name ("Gwenno|LOC Haf Llywelyn")."""
    return tok.ent_type_ in ("LOC", "GPE") and tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") \
        and tok.pos_ == "PROPN" and tok.is_title and not is_country(tok.text) and place_country(tok.text) is None \
        and not role_country(tok.text)


def _home_before_name(tok, places: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``tok`` is the city a person is from, after "from" or "in" and before their name (a city the tables
    know, or one of ``places``; no given name): "the marine biologist from Guayaquil| Doménica Salvatierra Holguín"."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].lower_ in ("from", "in") and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title \
        and (place_country(tok.text) is not None or tok.text in places) and _given_name_sex(tok.text) is None


def _after_the(doc, i: int) -> bool:
    """Whether token ``i`` stands right after a lower-case "the", where no one's name starts: "the miners' leader of
    the Chocó Ferney Rentería Mosquera", "the Miners of the Atrato"."""
    return i > 0 and doc[i - 1].text == "the"


# the small words inside a Romance place's name: "Portezuelo de las Vicuñas", "Villa del Mar"
_PLACE_LINKS = frozenset("de del la las los el di da do dos das".split())


def _ends_place(doc, ent) -> bool:
    """Whether ``ent`` ends a place's name the NER cut in two: "Portezuelo de|LOC las Vicuñas|PERSON"."""
    k = ent.start
    while k > 0 and doc[k - 1].lower_ in _PLACE_LINKS and doc[k - 1].is_lower:
        k -= 1
    return k < ent.start and any(t.ent_type_ in ("LOC", "GPE", "FAC") for t in doc[max(k - 1, 0) : ent.start])


def _glossed_body(doc, ent) -> bool:
    """Whether ``ent`` is a body's name in one language with its name in another in brackets after it: "Tîm Achub
    Mynydd Pumlumon|PERSON (Pumlumon Mountain Rescue Team|ORG)"."""
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 1].ent_type_ != "ORG":
        return False
    gloss = set()
    for t in doc[ent.end + 1 : ent.end + 12]:
        if t.text == ")":
            break
        if t.ent_type_ == "ORG" and t.is_title:
            gloss.add(t.text)
    return any(t.text in gloss for t in ent)


def _outside_previous(spans: list) -> list:
    """``spans`` (in text order) without one that lies inside the span before it (a half the NER tagged apart)."""
    return [e for n, e in enumerate(spans) if not (n and spans[n - 1].start <= e.start and e.end <= spans[n - 1].end)]


def _with_surnames_joined(doc, ent):
    """``ent`` with the second surname a Catalan or Spanish name joins with "i" or "y", whatever the NER made of either
    half: "Jordi Puigvert|PERSON i Casademunt|PERSON", "Pere Oliveras i Bosch|PERSON" (a given name and a surname on the
    left, one surname on the right: not "Pedro y Juan", nor "Carlos Pérez y María López")."""
    def surname(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].pos_ == "PROPN" and capitalised(doc[k]) and doc[k].ent_type_ in ("", "PERSON", "PER")

    start, end = ent.start, ent.end
    if end + 1 < len(doc) and doc[end].text in ("i", "y") and len(ent) >= 2 and surname(end + 1) and not surname(end + 2):
        end += 2
    elif len(ent) == 1 and start >= 3 and doc[start - 1].text in ("i", "y") and surname(start - 2) and surname(start - 3) \
            and not doc[start - 2].ent_type_ and not surname(end):
        start -= 3
        if surname(start - 1) and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in OFFICE:
            start -= 1  # (two given names: "Maria Dolors Pujol i Serra")
    return doc[start:end]


OUTLET_ARTICLES = frozenset("Le La Les L' El O".split())  # (the article that opens an outlet's name in Romance copy)


def _after_outlet(ent, outlets: set[str]):
    """The person's name after an outlet's name that ``ent`` opens with (one of ``outlets``, named alone elsewhere),
    where a given name starts the rest: else None."""
    for k in range(2, len(ent) - 1):
        if ent[:k].text in outlets and ent[k].is_title and _given_name_sex(ent[k].text):
            return ent[k:]
    return None


def _where_one_is_from(doc, k: int) -> bool:
    """Whether token ``k`` opens where one of a trade or a kind is from: "A farmer from| Nad Ali, who asked …"."""
    return k > 2 and doc[k - 1].lower_ == "from" and doc[k - 2].lower_ in ROLE_NOUNS and doc[k - 3].lower_ in ("a", "an", "the", "one")


def _from_by_phone_or_age(doc, at: int) -> bool:
    """Whether the "from" at token ``at`` says where one spoke from by phone ("by phone from", "over the telephone
    from") or where one of an age set off by commas is from ("X, 23, from …", past an island's abbreviation: "from
    Hdh. Kulhudhuffushi")."""
    before = list(doc[max(0, at - 3) : at])
    return any(t.lower_ in ("phone", "telephone", "line") for t in before[-2:]) \
        or len(before) == 3 and before[0].text == "," and before[1].like_num and before[2].text == ","


def person_ents(doc) -> list:
    """The PERSON entities, with a name the NER cut in two ("Jens" "Aaltonen") joined again.

    Computed once per run that holds the doc (kept in ``doc.user_data`` for its duration)."""
    cached = doc.user_data.get(_PERSON_ENTS)
    if cached is not None:
        return cached
    # (not a lone pronoun or function word the NER took for a name: "Mine too")
    # (nor a dateline's place in capitals: "MINSK, May 3."; nor an office alone the NER took for a name: "The Minister
    # called for …")
    not_people = set(_used_as_place(doc))  # (the places, and the bodies below)
    named = [e for e in doc_ents(doc) if e.label_ in ("PERSON", "PER")]
    # (names of several words the article gives a body or a place more often than a person, or calls a body by its
    # kind: "the Azerbaijani company Silk Wing Cargo" is no person in "contacted by Silk Wing Cargo|PERSON"; "Abu
    # al-Khasib|PERSON" is the district "in Fao and Abu al-Khasib|LOC")
    labels = Counter((e.text, e.label_ in ("ORG", "LOC", "GPE")) for e in doc_ents(doc)
                     if len(e) > 1 and e.label_ in ("ORG", "LOC", "GPE", "PERSON", "PER") and not _with_patronymic(e))
    not_people |= {text for (text, org), n in labels.items() if org and n > labels[text, False]}
    # (a lone word the article gives a place more often than a person, and no person's name holds: "the crew is in
    # Koror|PERSON" beside "in Koror|LOC since Thursday", "by telephone from Koror|LOC")
    lone = Counter((e.text, e.label_ in ("PERSON", "PER")) for e in doc_ents(doc) if len(e) == 1 and e.label_ in _LONE_LABELS)
    if any(person for _, person in lone):
        name_words = {t.text for e in named if len(e) > 1 for t in e}
        not_people |= {text for (text, person), n in lone.items() if not person and n > lone[text, True]
                       and lone[text, True] and text not in name_words}
    # (nor the end of a place's name, nor a body's name glossed in brackets, nor a word of it alone: "Pumlumon|PERSON
    # volunteers mark 50 years" after "Tîm Achub Mynydd Pumlumon|PERSON (Pumlumon Mountain Rescue Team|ORG)")
    glossed = [e for e in named if _glossed_body(doc, e)]
    not_people |= {e.text for e in named if _ends_place(doc, e)}
    not_people |= {e.text for e in glossed} | {t.text for e in glossed for t in e}
    not_people |= {e.text for e in doc_ents(doc) if len(e) > 1 and e.start > 0 and (
        doc[e.start - 1].lower_ in KIND_WORDS and not _holder_after_body(doc, e)
        or doc[e.start - 1].lower_.endswith("-flagged"))}  # (and "the Togo-flagged X")
    # (or before its kind in apposition: "on the Kalypso Merino, a livestock carrier taking …")
    # (or any craft, as the head of that phrase: "The Mwezi Mwema, a fibreglass boat carrying …", not "X, a bus driver")
    not_people |= {e.text for e in doc_ents(doc) if e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ in ("a", "an")
                   and (kind := next((t for t in doc[e.end + 2 : e.end + 5] if t.lower_ in VEHICLES), None)) is not None
                   and all(t.is_lower for t in doc[e.end + 2 : kind.i])
                   and (kind.lower_ in _VESSELS or kind.i + 1 == len(doc) or doc[kind.i + 1].pos_ not in ("NOUN", "PROPN"))}
    firsts = {e[0].text for e in doc_ents(doc) if e.label_ == "ORG" and len(e) > 1}  # (the first words of bodies' names)
    # (or in commas after its kind, or what an office is of, with the holder named next: "The president of the operating
    # company, Vicuñas Andinas|PERSON, Ramiro Echeverría Lascano|PERSON", "the mayor of Alto Ñirehue|PERSON, Héctor X")
    not_people |= {e.text for e in doc_ents(doc) if e.start > 1 and (
                       doc[e.start - 1].text == "," and doc[e.start - 2].lower_ in KIND_WORDS
                       or doc[e.start - 1].lower_ == "of" and (doc[e.start - 2].lower_ in _OFFICES_OF_PLACES or e.start > 2
                                                                and doc[e.start - 2].lower_ == "general" and doc[e.start - 3].lower_ in _OFFICES_OF_PLACES)
                       and e.text.split()[0] not in firsts)  # (a firm's short name is left to the rules on firms)
                   and e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].ent_type_ in ("PERSON", "PER")}
    # (nor a body named in the French order, its kind first: "Collectif Mayotte Debout|PERSON", "Comité Sud|PERSON")
    not_people |= {e.text for e in named if _body_named_first(e[-1])}
    # (nor a body's name with the country of its branch: "Halda Stitchworks Madagascar|PERSON" beside "Halda Stitchworks
    # Ltd|ORG")
    orgs = {e[:-1].text for e in doc_ents(doc) if e.label_ == "ORG" and len(e) > 2}
    not_people |= {e.text for e in named if len(e) > 2 and e[:-1].text in orgs
                   and (is_country(e[-1].text) or place_country(e[-1].text) is not None)}
    # (nor a body's short name as an owner: "Meranti|PERSON's head of claims" after "Meranti Cargo Assurance|ORG")
    not_people |= {e.text for e in named if len(e) == 1 and e.text in firsts
                   and e.end < len(doc) and doc[e.end].text in ("'s", "’s")}
    # (nor a place the article names elsewhere, with "the" before it: "The Galápagos|PERSON do not have …"; nor a lone
    # word with "the" before it in running text, which no one's name has: "the Miners of the Atrato|PERSON"; a body's
    # initials are left to the rules on bodies: "the KARA|PERSON said")
    places = {e.text for e in doc_ents(doc) if e.label_ in ("LOC", "GPE")}
    not_people |= {e.text for e in named if len(e) == 1 and e.start > 0
                   and (doc[e.start - 1].lower_ == "the" and e.text in places or _after_the(doc, e.start) and e[0].is_title
                        # (or a part of a region: "the middle Atrato|PERSON", "the upper Zambezi")
                        or _after_the(doc, e.start - 1) and doc[e.start - 1].lower_ in _REGION_PARTS)}
    # (nor a lone word the article tags a place elsewhere, where it is where one is from: "told … over phone from
    # Chandina|PERSON", "X, 29, from Chandina|LOC in Cumilla"; nor, tagged so or not, where one spoke from by phone or
    # where one of a given age is from: "spoke to Faru Post by phone from Kulhudhuffushi|PERSON", "X, 23, from Hdh.
    # Kulhudhuffushi|PERSON")
    not_people |= {e.text for e in named if len(e) == 1 and e.start > 0
                   and doc[e.start - 1].lower_ == "from" and (e.text in places or _from_by_phone_or_age(doc, e.start - 1))}
    # (nor a name of several words right after "in" that a comma or a stop closes: "concentrated since Tuesday in Santa
    # María de Nieva|PERSON, and …", where no one is; but a city the tables know may open a name the NER ran into it:
    # "the honorary consul … in Antananarivo Jiří Ryšavý|PERSON, who …")
    not_people |= {e.text for e in named if len(e) > 1 and e.start > 0
                   and doc[e.start - 1].lower_ == "in" and e.end < len(doc) and doc[e.end].text in (",", ".", ";")
                   and place_country(e[0].text) is None}
    # (nor a lone word after "in" set off by commas before the sentence goes on: "On the margin of the river, in
    # Boane|PERSON, Gazeta found …")
    not_people |= {e.text for e in named if len(e) == 1 and e.start > 1 and doc[e.start - 1].lower_ == "in"
                   and doc[e.start - 2].text == "," and e.end < len(doc) and doc[e.end].text == ","}
    # (nor, after "in", the last word of a place the article names whole: "in Anzali|PERSON" after "the port of Bandar
    # Anzali|LOC")
    place_ends = {e[-1].text for e in doc_ents(doc) if len(e) > 1 and e.label_ in ("LOC", "GPE")}
    not_people |= {e.text for e in named if len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ in ("in", "from")
                   and e.text in place_ends}
    # (nor a place its kind names, in the plural too: "in the cantons of Eloy Alfaro|PERSON and San Lorenzo", "the
    # parish of X")
    not_people |= {e.text for e in named if e.start > 1 and doc[e.start - 1].lower_ == "of"
                   and (doc[e.start - 2].lower_ in _PLACE_KINDS or doc[e.start - 2].lower_[:-1] in _PLACE_KINDS)}
    # (nor, of any length, where one of a trade or a kind is from: "A farmer from Nad Ali|PERSON, who asked …")
    not_people |= {e.text for e in named if _where_one_is_from(doc, e.start)}
    # (nor a body's short name in brackets after it: "the Multiactive Cooperative of Miners of the Atrato|ORG
    # (Coomiatrato|PERSON)")
    not_people |= {e.text for e in named if len(e) == 1 and e.start > 1
                   and doc[e.start - 1].text == "(" and doc[e.start - 2].ent_type_ == "ORG"
                   and e.end < len(doc) and doc[e.end].text == ")"}
    # (or in an appositive after it: "built by Neretva Konstrukt|PERSON, the Bosnian company whose bridge …")
    not_people |= {e.text for e in doc_ents(doc) if len(e) > 1 and _kind_after(doc, e.end)}
    # (nor a ship by its prefix, whatever the NER took of it: "the container ship MV Coral Meridian|PERSON", "MV Coral
    # Meridian|PERSON", "MV Coral Meridian|PERSON" with the prefix inside)
    not_people |= {e.text for e in named if _named_ship(doc, e)}
    # (and a name with a patronymic, whatever label the NER gave it: "hydrologist Zhumaliev Aibek Toktosunovich|ORG")
    ents = [e for e in (_around_nickname(doc, _past_body_name(doc, _past_discourse_word(e))) for e in doc_ents(doc)) if (e.label_ in ("PERSON", "PER") or _with_patronymic(e)) and not (all(t.pos_ in ("PRON", "DET", "ADV", "ADP") for t in e) and not (
                len(e) == 1 and e[0].is_title and not e[0].is_sent_start and not e[0].is_stop))  # (but "Her son Ondřej|RB")
            and not _inside_office(doc, e) and not all(t.lower_.rstrip(".") in OFFICE or t.lower_ in DETERMINERS for t in e)
            and not (len(e) == 1 and e[0].is_upper and len(e[0]) > 2 and e.end < len(doc) and doc[e.end].text in (",", "("))
            and not ((text := e.text) in not_people or len(e) == 1 and is_demonym(text) or is_country(text) or place_country(text)
                     or e.end < len(doc) and is_country(doc[e.start : e.end + 1].text))  # ("the Holy| See")
            # (nor a country, a city, a place or a people: "Türkiye|PERSON's foreign minister", "Muscat and Doha|PERSON",
            # "at Khimdo", "the Azerbaijani|PERSON president")
            and e[-1].lower_ not in MEDIA_NOUNS  # (nor an outlet: "told The Cedar Daily|PERSON")
            # (nor a body named in its own language: "Stichting Veilig Rivier|PERSON", "the Stichting| Veilig Rivier|PERSON")
            and e[0].lower_ not in FOREIGN_BODY_FIRSTS and not (e.start > 0 and doc[e.start - 1].lower_ in FOREIGN_BODY_FIRSTS)
            and not _office_after_the(doc, list(e))  # (nor "The District Commissioner|PERSON informed")
            and not (len(e) == 1 and e[0].lower_ in _MASTHEAD_WORDS)  # ("told the Herald|PERSON")
            and not (e[0].lower_ in _MASTHEAD_WORDS and e.start > 0 and doc[e.start - 1].text == "The")  # ("told The Daily| Jamdani")
            and not (e.start > 1 and doc[e.start - 1].lower_ in MEDIA_NOUNS and not doc[e.start - 1].is_title
                     and doc[e.start - 2].lower_ in ("news", "state", "'s", "’s"))  # ("Bahrain's state news agency Sadaf|PERSON")
            and not (len(e) == 1 and e.text in US_STATE_ABBREVIATIONS and e.start > 1 and doc[e.start - 1].text == ","
                     and doc[e.start - 2].is_title)  # (nor a US state after its town: "of Ashton, Md.|PERSON, who")
            and not (len(e) == 1 and CAMEL_CASE.fullmatch(e.text))  # (nor a brand: "a message of WhatsApp|PERSON")
            and not (len(e) > 1 and e[-1].lower_ in _BODY_OR_GATHERING)  # (nor "the Extraordinary Summit|PERSON")
            # (nor the first words of a body's name: "Nam Xeng Power|PERSON Consortium")
            and not (e.end < len(doc) and doc[e.end].is_title and doc[e.end].lower_ in _BODY_ENDINGS)
            and not _constituency(doc, e)
            # (nor the partner's name in a firm's: "Kessler & Aumann|PERSON Gleisbau", "Kessler & Aumann|PERSON's director")
            and not after_partner(doc, e.start)
            and not _in_quote_marks(doc, e)
            and not _in_quoted_title(doc, e)  # (nor words of one: the book "Blue Helmets|PERSON, Green Flag|PERSON")
            # (nor an outlet's title after its kind: "told for the daily „Mostarski|PERSON dnevnik“")
            and not (e.start > 1 and doc[e.start - 1].is_quote and doc[e.start - 2].lower_ in MEDIA_NOUNS)
            and not legal_form_last(e)  # (nor a company: "Nankai Deep Minerals Co.|PERSON")
            # (nor one its kind names: "the trading company Petrokwanza Comercial|PERSON", "the tanker Sapphire Meridian")
            and not (_after_kind(doc, e.start, KIND_WORDS) and not _holder_after_body(doc, e))
            # (nor the last words of an office's portfolio: "Minister of Energy and Water|PERSON, Hon. …")
            # (its first words may be adjectives: "Ministry of Maritime Affairs and Insular Policy|PERSON")
            # (or of any capitalised words the portfolio ends in: "Minister for Ocean and Seabed Resources|PERSON, Hon. X")
            and not (e[-1].lower_ in PORTFOLIO_WORDS and all(t.lower_ in PORTFOLIO_WORDS or t.pos_ == "ADJ" or len(e) <= 3 and t.is_title for t in e)
                     and e.start > 1 and doc[e.start - 1].lower_ in ("and", ",") and _in_portfolio(doc, e.start - 1))
            # (nor an office before its holder's appositive: "The Minister of Water Resources|PERSON, Eng. X",
            # "Quneitra Governor|PERSON, Nidal al-Hourani,")
            # ("Director of Public Diplomacy", "Ambassador of Fiji", "Vice Minister of|PERSON Ecology|ORG")
            # (or before the place it is held in: "the Director of Plant Protection|PERSON in the Red Sea State, Eng. X")
            and not ((of := _office_of(e)) is not None and (e.end < len(doc) and doc[e.end].text in (",", "in", "at") or e[-1].pos_ != "PROPN"
                                                            or not of or is_country(of)))
            and not (len(e) >= 2 and e[-1].lower_ in OFFICE and e.end + 1 < len(doc) and doc[e.end].text == ","
                     and doc[e.end + 1].ent_type_ in ("PERSON", "PER"))
            # (nor an office with what it is of: "the Secretary of State|PERSON", "Secretary of State|PERSON")
            and not (e[-1].lower_ in _OFFICE_OBJECTS and e.end - 3 >= 0 and doc[e.end - 2].lower_ == "of"
                     and doc[e.end - 3].lower_ in ROLE_NOUNS and e.start >= e.end - 3)]
    # (a name with its initial glued on is whole: "Climber Ts.Munkh-Erdene|PERSON" is the climber Ts.Munkh-Erdene)
    ents = [next((doc[t.i : e.end] for t in e[1:] if GLUED_INITIAL.match(t.text)), e) for e in ents]
    ents = [_behind_a_country(doc, e) or e for e in ents]  # ("of Bolivia Felix Condori|PERSON")
    # (nor an outlet named with its article right before the name, as French copy puts it: "confided to Le Qadisha
    # Georges Fakhoury|PERSON, adviser to …", where the article names Le Qadisha alone elsewhere)
    alone = {e.text for e in doc_ents(doc) if 2 <= len(e) <= 3 and e[0].text in OUTLET_ARTICLES}
    ents = [_after_outlet(e, alone) or e for e in ents] if alone else ents
    # (nor what "the" stands before, which no name has: "the miners' leader of the Baudó Wilmer Asprilla Mosquera|PERSON")
    ents = [doc[e.start + 1 : e.end] if len(e) >= 3 and _after_the(doc, e.start) and e[1].is_title else e for e in ents]
    # (nor the place the person is from, before the name: "the marine biologist from Guayaquil Doménica Salvatierra|PERSON")
    ents = [doc[e.start + 1 : e.end] if len(e) >= 3 and _home_before_name(e[0], places) else e for e in ents]
    ents = [_head_before(doc, _after_burmese_honorific(doc, e)) for e in ents]
    ents += [n for e in doc_ents(doc) if e.label_ not in ("PERSON", "PER") and (n := _behind_a_country(doc, e)) is not None]
    ents = sorted(ents + _mislabelled_names(doc, ents) + _glued_names(doc, ents) + _burmese_names(doc, ents), key=lambda e: e.start)
    joined: list = []
    for ent in ents:
        # (also across a nickname in quote marks, where the NER cut the name: "Feliciano 'Sonny'| T. Baluyot",
        # "Carmelita 'Lita' B.| Javellana")
        # (or across the Mauritanian "Ould" the NER left out: "Mr. Brahim| Ould |Ahmedou Zeine")
        if joined and (joined[-1].end == ent.start or _nickname_at(doc, joined[-1].end, ent.start)
                       or _nickname_at(doc, joined[-1].end, ent.start - 1) and _INITIAL.fullmatch(doc[ent.start - 1].text)
                       or joined[-1].end + 1 == ent.start and doc[joined[-1].end].text in ("Ould", "Ben", "Bin", "Ibn")
                       # (or the particle of a Portuguese or Spanish given name: "Maria| do |Rosário Lopes Tavares")
                       or joined[-1].end + 1 == ent.start and doc[joined[-1].end].text in _GIVEN_NAME_LINKS | {"de", "del"}
                       and joined[-1][-1].is_title):
            joined[-1] = doc[joined[-1].start : ent.end]
        else:
            joined.append(ent)
    joined = [_with_surnames_joined(doc, e) for e in joined]
    joined = _outside_previous(joined)
    joined = [_with_name_head(doc, e) for e in joined]
    # a name the NER cut after a particle, whatever it made of the rest ("Adel bin|PERSON Hamad Al-Ruwaili|ORG")
    for n, ent in enumerate(joined):
        end = ent.end
        if ent[-1].lower_ in _PARTICLES and ent[-1].lower_ not in ("umm", "um", "bint") or ent[-1].lower_ in ("al", "el", "de", "van", "von"):
            while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" and capitalised(doc[end]):
                end += 1
            joined[n] = doc[ent.start : end]
    # or a particle the NER left out, after a given name ("Dr. Khalid|PERSON bin Jassim Al-Suwaidi|PERSON", "Dr
    # Hazlina|PERSON binti Kamarulzaman|PERSON", "Prakash a/l Muniandy")
    for n, ent in enumerate(joined):
        end = ent.end
        if end + 1 < len(doc) and (doc[end].lower_ in NAME_LINKS or doc[end].lower_ == "ben" or doc[end].lower_ in _MALAYSIAN_PATRONYMIC) \
                and not doc[end].ent_type_ \
                and capitalised(ent[-1]) and doc[end + 1].pos_ == "PROPN" and capitalised(doc[end + 1]):
            end += 1
            while end < len(doc) and end - ent.end < 5 and doc[end].pos_ == "PROPN" and capitalised(doc[end]):
                end += 1
            joined[n] = doc[ent.start : end]
    # or its regnal number
    joined = [doc[e.start : e.end + 1] if e.end < len(doc) and doc[e.end].text in _REGNAL else e for e in joined]
    # or the surnames after two given names, which the NER left untagged, up to the punctuation that closes the name
    # ("the Vice Minister for Africa, Yarisbel Coromoto|PERSON Urdaneta Briceño, …")
    joined = [_with_surnames(doc, e) for e in joined]
    # or a given name and its "bin" the NER left out before the rest ("Sheikh Khalifa bin | Salim Al Rawahi|PERSON")
    for n, ent in enumerate(joined):
        start = ent.start
        while start >= 2 and doc[start - 1].lower_ in PATRONYMIC and doc[start - 2].is_title \
                and doc[start - 2].pos_ in ("PROPN", "NOUN") and doc[start - 2].lower_.rstrip(".") not in OFFICE:
            start -= 2
        joined[n] = doc[start : ent.end]
    joined = _outside_previous(joined)
    # or the Irish particle its surname opens with ("Pádraig Ó | Floinn|PERSON")
    joined = [doc[e.start - 1 : e.end] if e.start and doc[e.start - 1].lower_ in IRISH_PARTICLES and doc[e.start - 1].is_title
              else e for e in joined]
    # a given name the NER left out, between an office and the name ("Foreign Minister Mu'ayyad | Jabbar al-Khafaji")
    for n, ent in enumerate(joined):
        k = ent.start - 1
        # (or between an office's country and the name: "… of the United Arab Emirates Saeed | Obaid Al-Nuaimi")
        # (or before a name that opens with a particle, whatever the NER made of it: "Mounir|MISC | Ben Slimane")
        particle = len(ent) >= 2 and ent[0].lower_ in _PARTICLES and doc[k].ent_iob_ != "I" and not role_country(doc[k].text)
        # (or a hyphenated given name, as French-speaking Africa writes them: "its executive secretary, Jean-Claude |
        # Kabongo Mwamba")
        hyphenated = k >= 0 and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+-[A-ZÀ-Þ][a-zà-ÿ]+", doc[k].text) is not None \
            and not any(half in OFFICE for half in doc[k].lower_.split("-"))  # (not "Secretary-General")
        run_in = _run_into_country(doc[k])  # ("of the Republic of Kazakhstan Daniyar|LOC | Amangeldiuly …")
        # (or a Gulf family name with its article, set off after an office: "…, the chief executive of the committee,
        # Maitha | Al Romaithi|PERSON")
        arabic = k >= 1 and len(ent) >= 2 and ent[0].text in ("Al", "El") and doc[k - 1].text == ","
        # (a given name the tagger made a noun counts: "Augusto|NOUN Salaverry Oyague")
        if k >= 1 and (doc[k].pos_ == "PROPN" or doc[k].tag_ == "NNP" and _given_name_sex(doc[k].text)) and capitalised(doc[k]) \
                and (not doc[k].ent_type_ or particle or run_in) and doc[k].lower_ not in OFFICE and doc[k].lower_ not in _BODY_ENDINGS \
                and (doc[k - 1].lower_.rstrip(".") in OFFICE or any(is_country(doc[a:k].text) for a in range(max(0, k - 3), k)) or run_in
                     or particle or arabic or hyphenated and len(ent) >= 2 and not role_country(doc[k].text)
                     # (or after her nationality: "the Fijian Mereani | Tucana Volavola")
                     or len(ent) >= 2 and is_demonym(doc[k - 1].text) and not role_country(doc[k].text)
                     # (or a given name the NER left out as a city's: "Santiago | Paredes Vinueza")
                     or len(ent) >= 2 and not doc[k].ent_type_ and _given_name_sex(doc[k].text) and not role_country(doc[k].text)):
            joined[n] = ent = doc[k : ent.end]
    # or a given name it took for a place no table knows, right before the rest ("Gwenno|LOC Haf Llywelyn, 34, from …")
    for n, ent in enumerate(joined):
        k = ent.start - 1
        if k >= 0 and len(ent) >= 2 and _given_name_as_place(doc[k]) and (k == 0 or not doc[k - 1].is_title):
            joined[n] = doc[k : ent.end]
    # or given names the NER left out between a title and the rest ("Dr. Rodrigo Ernesto | Alvarenga Quintanilla"), or
    # one it called MISC after a comma before a long name ("in Santa Ana, Yesenia|MISC | Marisol Rivas de Mejía") or
    # before a middle initial ("the director of the fund, Ingvild|MISC | M. Sorhaug,")
    for n, ent in enumerate(joined):
        k = ent.start
        while k > 1 and ent.start - k < 3 and doc[k - 1].pos_ == "PROPN" and capitalised(doc[k - 1]) \
                and doc[k - 1].ent_type_ in ("", "MISC") and doc[k - 1].lower_.rstrip(".") not in OFFICE \
                and not role_country(doc[k - 1].text) and not is_demonym(doc[k - 1].text) and not honorific(doc[k - 1]):
            k -= 1
        if k < ent.start and (honorific(doc[k - 1]) and all(not t.ent_type_ for t in doc[k : ent.start]) or doc[k - 1].text == ","
                              and ent.start - k == 1 and doc[k].ent_type_ == "MISC" and (len(ent) >= 3 or _INITIAL.fullmatch(ent[0].text))):
            joined[n] = ent = doc[k : ent.end]
    # or a given name the NER gave a label of its own, right before the rest ("Adelaide|ORG Sambo Cassoma|PERSON")
    # (with a family name the NER left unlabelled between: "Lucía|LOC Mendoza Quispe|PERSON")
    for n, ent in enumerate(joined):
        k = ent.start - 1
        if k >= 1 and len(ent) == 1 and doc[k].is_title and doc[k].pos_ == "PROPN" and not doc[k].ent_type_:
            k -= 1
        if k >= 0 and (len(ent) >= 2 or k < ent.start - 1) and doc[k].is_title and doc[k].ent_type_ not in ("", "PERSON", "PER") \
                and doc[k].ent_iob_ == "B" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I") and _given_name_sex(doc[k].text) \
                and not role_country(doc[k].text) and place_country(doc[k].text) is None:
            joined[n] = ent = doc[k : ent.end]
    # or a family name in capitals before the given names, as West African copy writes it ("Mrs. DIABATÉ | Aya Florence")
    for n, ent in enumerate(joined):
        # (not a body's initials after "the": "Director of … at the CAA| Ebrahim Khalil Al-Ghatam")
        if ent.start and caps_family(doc[ent.start - 1]) and ent[0].is_title and not _after_the(doc, ent.start - 1):
            joined[n] = ent = doc[ent.start - 1 : ent.end]
    # and a surname the NER left out or gave another label ("Saule | Zhunusova told", "Dr. Faisal | Mekdad received"):
    # a lone capitalised proper noun right after a lone given name, ending the noun phrase, that is no country
    for n, ent in enumerate(joined):
        end = ent.end
        given = [t for t in ent if t.lower_.rstrip(".") not in TITLES and t.lower_.rstrip(".") not in OFFICE]
        # (whatever its tag, where its shape says it is a name: "Adil Khalid | al-Du'ayj|RB", "Ryu | Seong-hoon|NN")
        shaped = end < len(doc) and (doc[end].text[:1].islower() or korean_given(ent[-1], doc[end]))
        def lone(k: int) -> bool:  # a capitalised word no entity holds beyond itself, that is no office or country
            return (doc[k].pos_ == "PROPN" or k == end and shaped) and capitalised(doc[k]) and doc[k].lower_.rstrip(".") not in OFFICE \
                and not role_country(doc[k].text) \
                and (not doc[k].ent_type_ or doc[k].ent_iob_ == "B" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I"))

        def ends(k: int) -> bool:
            return k == len(doc) or doc[k].pos_ not in ("PROPN", "NOUN")

        if len(given) <= 2 and end < len(doc) and lone(end):
            if ends(end + 1):
                joined[n] = doc[ent.start : end + 1]
            elif len(given) == 1 and end + 1 < len(doc) and lone(end + 1) and ends(end + 2):
                joined[n] = doc[ent.start : end + 2]  # (a Spanish double surname: "Ximena|PERSON Arriaga Landeros|ORG")
    return joined


# what an office may be "of" before its holder's name, beyond a country: "the European Union Annelies Verhoeven"
_BLOCS = frozenset({"European Union", "United Nations", "African Union", "Arab League"})


# what a town is called before its name: "the city of Fergana"
_SETTLEMENTS = frozenset("city town village district region province municipality".split())


def _behind_a_country(doc, ent):
    """The name after the country (or bloc) an office is of, where the NER ran them into one entity: "Minister of
    Foreign Affairs of Bolivia Felix Condori|PERSON", "negotiator of the European Union Annelies Verhoeven|ORG";
    else None."""
    k = ent.start - 1
    if k >= 1 and doc[k].lower_ == "the":
        k -= 1
    # (an office's "of", not "the Kuwait Red Crescent Society"; or a nationality set off after an office: "The chair
    # of the coalition, the Fijian Litia Naceva|ORG, who …", not "the Palestinian Islamic Jihad")
    of = k >= 0 and doc[k].lower_ == "of"
    apposed = ent.start >= 2 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 2].text == ","
    # (or the city an office is in: "the honorary consul of the Czech Republic in Antananarivo Jiří Ryšavý|PERSON")
    seat = ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and any(t.lower_ in ROLE_NOUNS for t in doc[max(0, ent.start - 9) : ent.start])
    # (or the town one is from: "Resident of the city of Fergana| Abdurashid Tursunovich Yo'ldoshev|LOC")
    town = of and k >= 1 and doc[k - 1].lower_ in _SETTLEMENTS
    for k in range(1, min(4, len(ent) - 1)):
        head, rest = ent[:k].text, ent[k:]
        # (a country's, not a body's: not "of the Paraguayan College of| Hydraulic Engineers")
        # (a seat the tables do not know, before a known given name: "expert from the … University in Malacky| Tomáš
        # Vrabec|ORG")
        if (of and not any(t.lower_ in _INSTITUTION_ENDINGS for t in ent[:k]) and (is_country(head) or role_country(head) or head in _BLOCS)
                or apposed and k == 1 and is_demonym(head)
                or (seat or town) and (place_country(head) is not None or k == 1 and _given_name_sex(ent[1].text) is not None)) \
                and len(rest) >= 2 and all(
                capitalised(t) and t.pos_ in ("PROPN", "NOUN") and not role_country(t.text) and t.lower_ not in OFFICE
                and t.lower_ not in _BODY_WORD_ENDINGS for t in rest) and rest[-1].lower_ not in _BODY_OR_GATHERING \
                and not (ent.end < len(doc) and doc[ent.end].lower_ in _BODY_OR_GATHERING):
            # (nor the rest of a body's name: "of the Bangladesh| Gulf Recruiting Agencies|LOC Forum")
            return rest
    return None


def ent_bounds(tok) -> tuple[int, int]:
    """[start, end) of the entity ``tok`` is in, by the IOB marks (``doc.ents`` builds every entity on each call)."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _run_into_country(tok) -> bool:
    """Whether ``tok`` is a given name the NER ran into the country before it: "of the Republic of Kazakhstan
    Daniyar|LOC Amangeldiuly Sarsembin"."""
    doc = tok.doc
    if tok.ent_iob_ != "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I" or not tok.is_title:
        return False
    return role_country(doc[ent_bounds(tok)[0] : tok.i].text) is not None and role_country(tok.text) is None


def _office_of(ent) -> str | None:
    """What ``ent`` is an office of, where it opens with one: "Water Resources" for "Minister of Water Resources",
    "Environment" for "Vice Minister of Environment"; else None."""
    k = 0
    while k < len(ent) - 2 and ent[k].lower_ in LESSER_WORDS:
        k += 1
    if k < len(ent) - 2 and ent[k].lower_ in OFFICE and ent[k + 1].lower_ in OFFICE and ent[k + 2].lower_ == "of":
        k += 1  # (an office of two words: "Director General of Civil Aviation")
    return ent[k + 2 :].text if len(ent) >= k + 2 and ent[k].lower_ in OFFICE and ent[k + 1].lower_ == "of" else None


def _mislabelled_names(doc, persons: list) -> list:
    """Full names the NER gave another label, where it tags one of their words a person elsewhere: "talks between
    Zhao Hongbin|LOC, the Chinese government's special envoy" and later "Zhao|PERSON said"; or where an honorific
    says it is a person's: "H.E. Khalifa Obaid Al Ketbi|ORG"."""
    single = {e[0].text for e in persons if len(e) == 1}
    lasts = {e[-1].text for e in persons}
    found = [e for e in doc_ents(doc) if e.label_ in ("LOC", "GPE", "ORG", "MISC", "NORP") and 2 <= len(e) <= 3
             and (e[0].text in single or e[-1].text in single) and all(t.pos_ == "PROPN" and t.is_title for t in e)
             and not any(role_country(t.text) or place_country(t.text) for t in e)]
    for e in doc_ents(doc):
        lead = 1 if honorific(e[0]) else 0
        if e.label_ in ("ORG", "MISC", "LOC", "GPE") and (lead or e.start and honorific(doc[e.start - 1]) or _after_office(doc, e.start)) \
                and 2 <= len(e) - lead <= 5 and e[-1].pos_ == "PROPN" \
                and all(t.pos_ in ("PROPN", "ADJ", "NOUN") and capitalised(t) for t in e[lead:]) \
                and not any(t.lower_ in OFFICE or role_country(t.text) for t in e[lead:]):
            found.append(e[lead:])
        elif e.label_ in ("ORG", "MISC") and 2 <= len(e) <= 3 and after_job(doc, e):
            found.append(e)
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and 3 <= len(e) <= 5 and place_country(e[0].text) \
                and _given_name_sex(e[1].text) is not None and all(t.is_title for t in e[1:]):
            found.append(e[1:])  # ("The physiotherapist from Florianópolis| Luana Bittencourt Vieira|ORG")
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and 2 <= len(e) <= 3 and _apposed_name(doc, e):
            found.append(e)
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and len(e) == 2 and all(capitalised(t) for t in e) and hungarian_order(e):
            found.append(e)  # ("Csörgő Bálint|ORG, the PhD student": a Hungarian family name, then a given name)
        elif e.label_ in ("ORG", "LOC", "GPE") and (tail := _name_at_end(doc, e)) is not None:
            found.append(tail)
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and len(e) == 2 and _given_name_sex(e[0].text) is not None \
                and all(t.pos_ == "PROPN" and t.is_title for t in e) and e[-1].lower_ not in OFFICE | _BODY_WORD_ENDINGS \
                and e.end < len(doc) and doc[e.end].tag_ in ("VBD", "VBZ"):
            found.append(e)  # ("… in Batken region Almazbek Sydykov|ORG welcomed …": a given name, then the verb it does)
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and len(e) == 1 and _given_name_sex(e[0].text) is not None \
                and e.end + 1 < len(doc) and not doc[e.end].ent_type_ and doc[e.end].pos_ == "PROPN" and capitalised(doc[e.end]) \
                and doc[e.end].lower_ not in OFFICE | _BODY_WORD_ENDINGS and doc[e.end + 1].tag_ in ("VBD", "VBZ"):
            found.append(doc[e.start : e.end + 1])  # ("Florence|LOC Lemaire-Dubreuil said": and a surname the NER left out)
        elif e.label_ in ("ORG", "MISC", "LOC", "GPE") and 2 <= len(e) <= 4 and e[-1].text in lasts \
                and _given_name_sex(e[0].text) is not None and all(
                    t.pos_ == "PROPN" and (t.is_title or t.text in _LOWER_PARTICLES) for t in e):
            # ("His cardiologist Arjen de Vos|ORG", then "De Vos|PERSON says": a given name, and a surname the NER
            # gave a person elsewhere)
            found.append(e)
    return found


def _name_at_end(doc, e):
    """A person's name the NER ran into the end of the body or place before it, as a state agency writes an office
    and its holder with no comma between: "the Prosecutor General's Office of the Republic of Tajikistan| Jamshed
    Rahmonov|ORG informed", "the Kyrgyz delegation by Deputy Chairman of the Cabinet of Ministers| Nurbek Toktogulov|ORG."
    (a given name, then a surname, at the entity's end, right before a verb, a comma or the sentence's stop)."""
    if len(e) < 4 or e.end >= len(doc) or not (doc[e.end].pos_ in ("VERB", "AUX") or doc[e.end].text in (",", ".", ";")):
        return None
    given, last = e[-2], e[-1]
    # (a given name the table knows, or any after an office: "Sri Lanka's Fisheries Secretary| Nilanthi Wijesekera|ORG")
    known = _given_name_sex(given.text) is not None or e[-3].is_title and e[-3].lower_ in ROLE_NOUNS and given.pos_ in ("PROPN", "ADJ")
    if not (given.is_title and last.is_title and last.pos_ == "PROPN" and known) \
            or is_demonym(given.text) or role_country(given.text) or place_country(given.text) \
            or not (role_country(e[-3].text) or e[-3].is_title and (e[-3].lower_ in OFFICE | _BODY_WORD_ENDINGS
                                                                   or e[-3].lower_[:-1] in ROLE_NOUNS)):  # ("Cabinet of Ministers")
        return None  # (the word before it ends the body's name: a country, an office, a body's word)
    return doc[given.i : e.end]


def _after_office(doc, i: int) -> bool:
    """Whether an office's title ends right before token ``i`` ("Regional Commissioner (RC) | Halima Msuya")."""
    k = _before_initials(doc, i - 1)
    return k >= 0 and doc[k].is_title and doc[k].lower_ in ROLE_NOUNS


def after_job(doc, e) -> bool:
    """Title-case words right after a job's word in lower case name a person: "Maritime law lecturer Margus
    Šults|MISC" (not a body: "the engineer Nordic Drilling Group")."""
    job = doc[e.start - 1] if e.start else None
    return job is not None and job.is_lower and job.lower_ in ROLE_NOUNS and all(t.is_title and t.is_alpha for t in e) \
        and e[-1].lower_ not in _BODY_ENDINGS \
        and not any(t.lower_ in OFFICE or role_country(t.text) or place_country(t.text) for t in e)


def _before_initials(doc, k: int) -> int:
    """Token ``k``, or the one before the office's initials that end there: "Regional Commissioner (RC)" (or before
    a rank's retirement: "Squadron Leader (retd)")."""
    return k - 3 if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(" and (
        doc[k - 1].is_upper or doc[k - 1].lower_.rstrip(".") in _RETIRED) else k


_RETIRED = frozenset({"retd", "rtd", "retired", "r"})


def _apposed_name(doc, e) -> bool:
    """``One of the survivors, Ágnes Fehérvári|MISC, a teacher …``: title-case words set off by commas after a
    person's noun (or before "a teacher" or "mother of …") name that person, whatever label the NER gave them."""
    if not (e.start >= 2 and doc[e.start - 1].text == "," and e.end + 1 < len(doc) and doc[e.end].text in (",", ".")):
        return False
    if not all(t.is_title and (t.is_alpha or all(part.isalpha() for part in t.text.split("-"))) for t in e) \
            or any(role_country(t.text) or place_country(t.text) or t.lower_ in OFFICE for t in e):
        return False
    if _given_name_sex(e[0].text) is not None and doc[e.start - 2].lower_ in ROLE_NOUNS:
        return True  # (or right after an office, to the sentence's end: "… and the French ambassador, Thibault Garnier-Moreau|MISC.")
    if _given_name_sex(e[0].text) is not None and (of := next((k for k in range(e.start - 2, max(e.start - 7, 0), -1)
                                                               if doc[k].lower_ == "of"), None)) is not None \
            and doc[of - 1].lower_ in ROLE_NOUNS and all(t.is_title or t.lower_ == "the" for t in doc[of + 1 : e.start - 1]):
        # (or after an office of a body, to the sentence's end: "guaranteed … the spokeswoman of Banco Licuáti, Célia
        # Nhantumbo|LOC.", from a given name on)
        return True
    if doc[e.end].text != ",":
        return False
    noun = doc[e.start - 2]
    after = doc[e.end + 1 : e.end + 4]
    return noun.pos_ == "NOUN" and (noun.lower_ in ROLE_NOUNS or noun.lemma_.lower() in ROLE_NOUNS) or (
        len(after) >= 2 and after[0].lower_ in ("a", "an") and any(t.lower_ in ROLE_NOUNS for t in after[1:])) or (
        # (or whose kin it is: "In Paynesville, Comfort Jallah|LOC, mother of the cadet, told …")
        len(after) >= 2 and after[0].lower_ in KIN_NOUNS and after[1].lower_ == "of")



# the links inside a Portuguese compound given name: "Maria do Rosário", "Maria das Dores"
_GIVEN_NAME_LINKS = frozenset("do da dos das".split())
# words that open a sentence and link it to the one before, never a name's: "«Therefore Kazakhstan|PERSON as the host …"
_DISCOURSE_WORDS = frozenset("therefore however meanwhile moreover furthermore nevertheless nonetheless thus hence besides".split())


def _past_discourse_word(ent):
    """``ent`` without a linking word the NER took into it at the start of a sentence."""
    if len(ent) > 1 and ent[0].lower_ in _DISCOURSE_WORDS:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label)
    return ent


def _past_body_name(doc, ent):
    """``ent`` without the body's name the NER ran into its holder's, after the office and the body's kind: "the director
    of the organization Hjalparbru| Baldur Torgeirson", where the story names the body alone elsewhere ("Hjalparbru did
    not answer")."""
    if len(ent) < 3 or doc[ent.start - 1].lower_ not in KIND_WORDS or not _after_office_of(doc, ent.start - 1):
        return ent
    body, given = ent[0].text, ent[1].text
    if any(t.text == body and t.i != ent.start and (t.i + 1 == len(doc) or doc[t.i + 1].text != given) for t in doc):
        return Span(doc, ent.start + 1, ent.end, label=ent.label)
    return ent


def _holder_after_body(doc, ent) -> bool:
    """A person's name right after the body whose office comes before it, as machine-translated copy has it: "the
    inspector of the organization Wanjiru Odhiambo|PERSON" (not the organization's name)."""
    return ent.label_ in ("PERSON", "PER") and _after_office_of(doc, ent.start - 1)


def _after_office_of(doc, k: int) -> bool:
    """Whether token ``k`` (a body's kind) follows an office's "of the": "the inspector of the| organization"."""
    return k >= 3 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of" and doc[k - 3].lower_ in ROLE_NOUNS


def _named_ship(doc, ent) -> bool:
    """Whether ``ent`` is (part of) the capitalised words after a ship's prefix ("MV Coral Meridian")."""
    k = ent.start
    while k > 0 and k > ent.start - 3 and doc[k - 1].is_title and doc[k - 1].text not in _VESSEL_PREFIXES:
        k -= 1
    return ent[0].text in _VESSEL_PREFIXES or k > 0 and doc[k - 1].text in _VESSEL_PREFIXES


def _with_surnames(doc, ent):
    """``ent`` (two or more capitalised words) with the one or two untagged surnames after it that end at a comma or a
    stop, as Spanish and Portuguese names carry two: no office, place or country among them."""
    end = ent.end
    if len(ent) < 2 or not all(t.is_title for t in ent):
        return ent
    # (a hyphenated one too, as Arabic names are written: "Dr. Abdel Hakim|PERSON El-Sayyad,")
    while end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and all(part.isalpha() for part in doc[end].text.split("-")) \
            and not doc[end].ent_type_ and doc[end].lower_ not in OFFICE and not role_country(doc[end].text) \
            and place_country(doc[end].text) is None:
        end += 1
    return doc[ent.start : end] if end > ent.end and end < len(doc) and doc[end].text in (",", ".", ";") else ent


# (each word tested once, by its string's hash: a Token object per word costs more than the test)
_GLUED = HashTest(lambda w: "." in w[1:3] and GLUED_INITIAL.match(w) is not None and w.split(".")[0].lower() not in ("st", "mt", "ft"))


def _glued_names(doc, persons: list) -> list:
    """Names written with the patronymic's initial glued on ("Ch.Ganzorig", "B.Enkhjargal"), whatever the NER made
    of them: no place or body is written so (but "St.Petersburg", "Mt.Everest" are)."""
    glued = np.flatnonzero(_GLUED.mask(doc.to_array(ORTH), doc.vocab.strings)).tolist()
    if not glued:
        return []
    taken = {t.i for e in persons for t in e}
    return [doc[i : i + 1] for i in glued if i not in taken]


def caps_family(tok) -> bool:
    """A family name written in capitals before the given names: ``N'GUESSAN Kouadio Sylvère``, ``KONÉ Mariam``."""
    return tok.text.isupper() and sum(ch.isalpha() for ch in tok.text) >= 3 and tok.pos_ in ("PROPN", "NOUN") \
        and not role_country(tok.text) and tok.lower_.rstrip(".") not in OFFICE and "." not in tok.text  # (nor "R.M.D.K.")


def capitalised(tok) -> bool:
    """A name's word: a capital first ("Mu'ayyad", which is no title case) or after an article, as it sounds before
    the name ("al-Khafaji", "ez-Zubi", "esh-Shaer", "an-Nahhas")."""
    return tok.text[:1].isupper() or _ARTICLE_NAME.match(tok.text) is not None


_ARTICLE_NAME = re.compile(r"(?:al|el|[ae](?:dh?|sh?|th?|z|r|n)|ud|ul)-[A-Z]")


def _inside_office(doc, ent) -> bool:
    """``the Minister of Water Resources of Syria …``: a name-like run between an office's "of"s is its portfolio
    (whether the NER took the office in or not)."""
    def office(k: int) -> bool:
        return 0 <= k and k + 1 < len(doc) and doc[k].is_title and doc[k].lower_ in OFFICE and doc[k + 1].lower_ == "of"

    # (or a second portfolio: "the Minister of Public Health and of the Fight against AIDS, Dr X")
    then_of = ent[-1].lower_ == "of" or ent.end < len(doc) and doc[ent.end].lower_ == "of" \
        or ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" and doc[ent.end + 1].lower_ == "of"
    return then_of and (office(ent.start - 2) or office(ent.start))


def _full_name(doc, toks):
    """``Seitkali`` -> ``Dauren Seitkali`` when the article writes the full name somewhere (the NER may miss it);
    ``Abi Nader`` -> ``Joseph Abi Nader``: the span of that full name, or None. ("Abi Nader" alone has no given
    name.)"""
    if GLUED_INITIAL.match(toks[-1].text):
        return None  # ("Ts.Munkh-Erdene" is whole: not "Climber Ts.Munkh-Erdene")
    if len(toks) == 2 and toks[0].lower_ in KUNYA:
        return None  # ("Abu Charbel" is whole: "Charbel" is his son's name, not his own with a given name lost)
    if _kin_given_name(toks):
        return None  # (a given name, not the end of a longer name)
    key = name_key(toks[-1].text)
    particle = len(toks) == 2 and toks[0].lower_ in _PARTICLES - KUNYA - _GIVEN_TOO
    for i in _name_words(doc).get(key, ()):
        tok = doc[i]
        if tok.i > 0:
            first = doc[tok.i - 1]
            if particle and first.lower_ in _PARTICLES and first.i > 0:
                first = doc[first.i - 1]
            elif first.lower_ in KUNYA:
                continue  # "Umm Khalil" is the mother, not her son Khalil's full name
            # (a given name inside the same entity, whatever its label: "Youssef Haddadin" tagged ORG after an office)
            # (where the name ends the entity: not "Vienna Water| Dialogue Facility|ORG" for a "Water")
            same_entity = tok.ent_iob_ == "I" and first.ent_type_ == tok.ent_type_ \
                and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
            # (by the tag too: "Hany|NNP" can come out a NOUN by part of speech)
            # (or inside the same entity whatever its tag: "Lars|NNS Brøndum|NNP")
            if (first.pos_ == "PROPN" or first.tag_ == "NNP" or same_entity) and first.is_title \
                    and first.lower_.rstrip(".") not in OFFICE and (
                    first.ent_type_ not in ("ORG", "LOC", "GPE", "MISC") or same_entity):
                given = doc[first.i - 1] if first.i > 0 else None
                if given is not None and given.is_title and given.pos_ == "PROPN" and _given_name_sex(first.text) is None \
                        and _given_name_sex(given.text) is not None and given.ent_type_ not in ("ORG", "LOC", "GPE"):
                    first = given  # (a Spanish name of two surnames: "Daniela| Arguedas Vindas|PERSON")
                return doc[first.i : tok.i + 1]
    return None


def _longer_before(doc, toks):
    """The span of a longer form of the name ``toks`` written earlier, its first words untagged: "The Dominican youth
    Yeimy Altagracia Rosario Peña" before "Rosario Peña|PERSON" (a Spanish name of two surnames); else None."""
    size = len(toks)
    for i in _name_words(doc).get(name_key(toks[-1].text), ()):
        if i >= toks[0].i:
            break  # (in order: an earlier mention only)
        start = i - size + 1
        if start < 1 or any(doc[start + m].text != toks[m].text for m in range(size)):
            continue
        k = start
        # (untagged, or inside one entity with the rest, whatever its label: "Yeimy Altagracia Rosario Peña|ORG")
        while k > 0 and start - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title \
                and (not doc[k - 1].ent_type_ or doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == doc[k].ent_type_) \
                and doc[k - 1].lower_.rstrip(".") not in OFFICE and not role_country(doc[k - 1].text) \
                and not _after_the(doc, k - 1):  # (not what "the" stands before: "of the Baudó| Wilmer …")
            k -= 1
        if k < start:
            return doc[k : i + 1]
    return None


def _name_words(doc) -> dict[str, list[int]]:
    """The tokens with a capital letter, by name key (kept in ``doc.user_data`` while a run holds the doc)."""
    cached = doc.user_data.get(_NAME_WORDS)
    if cached is None:
        cached = {}
        strings = doc.vocab.strings
        keys: dict[int, str | None] = {}  # (each distinct word tested once, by its string: no Token objects)
        for i, orth in enumerate(doc.to_array("ORTH").tolist()):
            if orth not in keys:
                word = strings[orth]
                # (most words are in lower case: ``islower`` tells them apart before a walk over the letters)
                keys[orth] = name_key(word) if not word.islower() and any(ch.isupper() for ch in word) else None
            if (key := keys[orth]) is not None:
                cached.setdefault(key, []).append(i)
        if _PERSON_ENTS in doc.user_data:  # (only while a run holds the doc)
            doc.user_data[_NAME_WORDS] = cached
    return cached


def _ends_in_a_name(app) -> bool:
    """An office with its own holder's name: the next of a list of people ("X, the Personal Envoy of the UN
    Secretary-General for Sudan Mr. Y,"), not X's appositive."""
    if len(app) < 3 or app[0].ent_type_ in ("PERSON", "PER") or _body_named_first(app[-1]):
        return False
    # (in a long one, whatever the NER made of the name: "… of the Arab Republic of Egypt Hesham Fawzy Rashwan|LOC")
    # (not a country the NER took for a name: "a sociologist at the University of the Comoros|PERSON")
    return app[-1].ent_type_ in ("PERSON", "PER") and not _office_as_name(app[-1]) and not is_country(app[-1].text) or all(
        t.pos_ == "PROPN" and t.is_title and (t.ent_type_ in ("", "PERSON", "PER") or len(app) > 12) and t.lower_ not in OFFICE
        and t.lower_ not in _BODY_WORD_ENDINGS and not role_country(t.text) for t in app[-2:])


def _body_named_first(tok) -> bool:
    """Whether the entity ending at ``tok`` is a body named in the French order, its kind first ("spokeswoman of
    Collectif Mayotte Debout|PERSON"), whatever the NER labelled it."""
    start = ent_bounds(tok)[0]
    return bool(tok.ent_type_) and start < tok.i and fold(tok.doc[start].text) in _BODY_OPENINGS


def _office_as_name(tok) -> bool:
    """Whether the PERSON entity ending at ``tok`` is an office with its portfolio, not a name: "Mozambique's
    Director of Bridges|PERSON" (its first word an office's, then "of")."""
    doc, k = tok.doc, tok.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return doc[k].lower_ in ROLE_NOUNS and any(t.lower_ == "of" for t in doc[k + 1 : tok.i])


def _office_start(doc, lo: int, hi: int) -> int:
    """Where an office in doc[lo:hi] starts: after the last place/time word ("on Monday Turkish Foreign
    Minister"), or at a later determiner ("Geneva the Russian presidential envoy")."""
    start = lo
    inner = ("of", "from", "for", "at")  # ("Head of the …"; "Minister of State at the Ministry of Foreign Affairs")
    for j in range(lo, hi):
        # (where an office is held, after it: "Minister of State at the Ministry …", "The plenipotentiary representative
        # of the Government … in Batken region X")
        if doc[j].lower_ in ("at", "in") and any(doc[m].lower_ in ROLE_NOUNS for m in range(start, j)):
            continue
        # (an acronym the tagger made a preposition is the office's: "UN humanitarian coordinator X")
        # (nor an office's "to": "Secretary to the Ministry of Fisheries", "Adviser to the President")
        to_office = doc[j].lower_ == "to" and j > lo and doc[j - 1].lower_ in ROLE_NOUNS
        if doc[j].pos_ == "ADP" and doc[j].lower_ not in inner and not (doc[j].is_upper and len(doc[j]) > 1) and not to_office \
                or doc[j].lower_ in TIME_WORDS or doc[j].lower_ == "at":
            start = j + 1
        elif doc[j].pos_ == "DET" and j > start and doc[j - 1].lower_ not in inner and not (
                doc[j - 1].lower_ == "to" and j >= 2 and doc[j - 2].lower_ in ROLE_NOUNS):
            start = j
    return start


def role_spans(doc, ent) -> list:
    """Offices given to a name: premodifiers, an appositive after it, a fronted appositive before it."""
    spans = []
    # premodifiers: "Russian Foreign Minister Sergey Volkonsky", "Iran's envoy Hossein Jafarian"
    k = ent.start - 1
    person_tokens: set[int] | None = None  # tokens of the kept person names before (not "Water Resources"), when needed

    def a_name(k: int) -> bool:
        nonlocal person_tokens
        if doc[k].ent_type_ not in ("PERSON", "PER"):
            return False
        if person_tokens is None:
            person_tokens = {i for e in person_ents(doc) if e.end <= ent.start for i in range(e.start, e.end)}
        return k in person_tokens

    # (an office word or an acronym whatever its tag: "WHO spokeswoman" can come out as a pronoun and a verb)
    def portfolio_comma(k: int) -> bool:  # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates X"
        return doc[k].text == "," and 0 < k < ent.start - 1 and doc[k - 1].is_title and doc[k + 1].is_title \
            and _in_portfolio(doc, k) and any(doc[j].lower_ == "and" for j in range(k + 1, min(k + 4, ent.start)))

    k = _before_initials(doc, k)  # (past the office's initials: "Regional Commissioner (RC) Mwanaisha Kitwana")
    while k >= 0 and ent.start - k <= 18 and not doc[k].is_space and (
            doc[k].text not in (",", ".", ";", ":", "(", "“", "\"") or portfolio_comma(k)) and (
            doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET", "ADP", "NUM") or doc[k].lower_ in ROLE_NOUNS or portfolio_comma(k)
            or doc[k].is_upper and len(doc[k]) > 1 and doc[k].is_alpha
            # ("Minister of Foreign Affairs and Egyptian Expatriates": an "and" inside a capitalised portfolio)
            or doc[k].lower_ == "and" and k > 0 and doc[k - 1].is_title and doc[k + 1].is_title and _in_portfolio(doc, k)
            # (or between two offices: "Official Spokesperson and Director of Public Diplomacy")
            or doc[k].lower_ == "and" and k > 0 and doc[k - 1].lower_ in ROLE_NOUNS and doc[k + 1].lower_ in ROLE_NOUNS
            # (or the apostrophe a Sesotho name or honorific begins with: "the Honourable Minister 'Mè 'Mamello X")
            or elided_before(doc[k + 1])) and not (
            a_name(k) and doc[k].lower_ not in OFFICE):  # ("Head" tagged as a name is still the office)
        k -= 1
    start = _office_start(doc, k + 1, ent.start)
    # (whose kin the phrase names is someone else: "mother of the oiler Yonas Haile" makes him the oiler, not a mother)
    start = max([start] + [j + 1 for j in range(start + 1, ent.start) if doc[j].lower_ == "of" and doc[j - 1].lower_ in KIN_NOUNS])
    pre = doc[start : ent.start]
    # (not where the office ends with where its holder is from: "the 21-year-old deck cadet from| Toebesa")
    if any(t.lower_ in ROLE_NOUNS for t in pre) and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("from", "in", "at")):
        spans.append(pre)
    else:
        start = ent.start
    # appositive: "Volkonsky, Russia's deputy foreign minister, said"
    comma = ent.end
    if comma + 3 < len(doc) and doc[comma].text == "," and doc[comma + 1].like_num and doc[comma + 2].text == ",":
        comma += 2  # (past an age: "Ryu Seong-hoon, 56, the captain of …")
    if comma + 1 < len(doc) and doc[comma].text == ",":
        k = comma + 1
        # (an official title may run long: "Deputy Prime Minister and Chairman of the Inter-Ministerial Committee for
        # the Protection of Cambodian Workers Abroad")
        # (an office the tagger made a verb is still one: "Rosario Peña, the also cadet|VERB of …")
        while k < len(doc) and k - comma <= 20 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and (
                doc[k].pos_ not in ("VERB", "AUX") or doc[k].lower_ in ROLE_NOUNS and k > comma + 1 and doc[k - 1].lower_ in ("the", "also")):
            k += 1
        app = doc[comma + 1 : k]
        # closed by punctuation: "al-Khaddad, the Russian diplomat informed" is the next clause's subject
        closed = k >= len(doc) or doc[k].is_space or doc[k].text in (",", ".", ";", ":", "(", ")") \
            or doc[k - 1].lower_ in ("who", "which", "that")  # "a Beirut-based analyst who has followed …"
        whose = next((t.i for t in app if t.lower_ == "whose"), None)
        # "the tribal elder whose son was released": the office ends there ("X, whose son, Y, …": none is X's)
        if whose is not None:
            app, closed = doc[app.start : whose], True
        # (not a circumstance: "X, in the presence of the Federal Minister of Health, Dr. Y"; nor the next of a list
        # of people: "X, the Personal Envoy of the UN Secretary-General for Sudan Mr. Y,"; nor the next person's office,
        # fronted: "The Deputy Minister …, X, and the Minister of Home Affairs, Y, met")
        if closed and any(t.lower_ in ROLE_NOUNS for t in app) and not (len(app) and (app[0].pos_ == "ADP" or app[0].lower_ in ("and", "or"))) \
                and not _ends_in_a_name(app):
            spans.append(app)
        # "Jafarian, who heads the Iranian delegation,"
        if ent.end + 3 < len(doc) and doc[ent.end + 1].lower_ == "who" and doc[ent.end + 2].lower_ in ("heads", "leads", "chairs"):
            k = ent.end + 3
            while k < len(doc) and k - ent.end <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            spans.append(doc[ent.end + 2 : k])
    # fronted: "the head of the Iranian delegation, Hossein Jafarian,"
    # (also before a premodified name: "the special representative of the President, Deputy Minister X"; and over a
    # title the tokenizer cut from its stop: "The Minister of Water Resources, Eng. X")
    if start >= 3 and doc[start - 1].text == "." and doc[start - 2].lower_ in TITLES:
        start -= 2
    elif start >= 2 and (doc[start - 1].is_title and (doc[start - 1].lower_.rstrip(".") in TITLES or honorific(doc[start - 1]))
                         or doc[start - 1].lower_ == "the") and doc[start - 2].text == ",":
        start -= 1  # ("The Minister of Fisheries, Honourable X", "… of sea transportation, Capt. X", "…, the Peruvian diplomat X",
        # "the Minister of Public Health, Pr X")
    # (and the office before that one: "His Excellency the Minister of Communication …, Spokesman of the Government,
    # Mr. X")
    for _ in range(2):
        front = _fronted_office(doc, ent, start, a_name, portfolio_comma)
        if front is None:
            break
        spans.append(front)
        start = front.start
    return spans


def _fronted_office(doc, ent, start: int, a_name, portfolio_comma):
    """The office set off by a comma before ``start`` (where ``ent``'s own words begin), or None."""
    if start >= 2 and doc[start - 1].text == ",":
        k = start - 2
        if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].is_upper:
            k -= 3  # (past the body's initials: "The inspector … of the International Federation … (IFSU), Mr. X")
        # (a name's word the tagger made a verb is no verb: "the special envoy of … the United|VERB Nations for …")
        # (nor is the comma of a portfolio: "the Namibian Minister of Agriculture, Water and Land Reform, X")
        # (nor past the "that" of a reported clause: "The researcher recalls|NNS that the chief of Gran Chemen, X,")
        # (nor past a dateline's spaced dash: "MASERU -- The Deputy Minister of Home Affairs, X")
        while k >= 0 and start - k <= 16 and not doc[k].is_space and (doc[k].text not in (",", ".", ";", ":", "(", ")") or portfolio_comma(k)) \
                and not (doc[k].text in ("--", "—", "–", "-") and doc[k].whitespace_ and k and doc[k - 1].whitespace_) and (
                doc[k].pos_ not in ("VERB", "AUX") or doc[k].is_title and doc[k].ent_type_) and not (doc[k].lower_ == "that" and doc[k].pos_ == "SCONJ"):
            k -= 1
        k += 1
        if k >= 2 and doc[k - 1].text == "," and doc[k].lower_ == "in" and k + 1 < start - 1 \
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[k + 1 : start - 1]):
            # (past where the office's place lies, set off by commas: "the mayor of the district of El Cenepa, in
            # Amazonas, Rolando X")
            return _fronted_office(doc, ent, k, a_name, portfolio_comma)
        # "on Monday the special …", "X, and the Minister of …, Y"
        while k < start - 1 and (doc[k].pos_ == "ADP" or doc[k].lower_ in TIME_WORDS or doc[k].lower_ in ("and", "or")):
            k += 1
        front = doc[k : start - 1]
        # (not a list: "Deputy Minister Bashar al-Jaafari, Pedersen's deputy …" names someone else before the comma)
        possessive = ent.end < len(doc) and doc[ent.end].text in ("'s", "’s")
        # (a name the NER found there, not an office it took for one: "The Minister|PERSON of Water Resources|PERSON")
        names_someone = any(t.ent_type_ in ("PERSON", "PER") and t.is_title and t.lower_.rstrip(".") not in OFFICE
                            and t.lower_ not in PORTFOLIO_WORDS and a_name(t.i) for t in front)
        if any(t.lower_ in ROLE_NOUNS for t in front) and not possessive and not names_someone:
            return front
    return None


def _in_portfolio(doc, k: int) -> bool:
    """Whether the "and" at ``k`` joins the words of an office's portfolio ("Minister of Foreign Affairs and Egyptian
    Expatriates", "Union Minister for Sports and Youth Affairs"), not two people ("Sergey Lavrov and Turkish Foreign
    Minister …"): an "of" or "for" comes before it, no office."""
    if doc[k - 1].lower_ in OFFICE and doc[k - 1].lower_ not in ROLE_NOUNS:
        return True  # ("Deputy Foreign and Expatriates Minister X")
    for j in range(k - 1, max(k - 6, -1), -1):
        if doc[j].lower_ in ("of", "for"):
            return True
        if doc[j].lower_ in ROLE_NOUNS:
            return False
    return False


# (the string hashes of a few words the scans below look for: the same in every vocab)
_COMMA, _A, _AN, _BY = hash_string(","), hash_string("a"), hash_string("an"), hash_string("by")
_OPEN, _CLOSE, _YEARS, _OLD = hash_string("("), hash_string(")"), hash_string("years"), hash_string("old")
_OF, _AGED = hash_string("of"), hash_string("aged")
_A_AN = np.array([_A, _AN], dtype=np.uint64)
_FOR, _PART, _KNOWN, _WHOM = hash_string("for"), hash_string("part"), hash_string("known"), hash_string("whom")
_HIS_HER = np.array([hash_string("his"), hash_string("her")], dtype=np.uint64)
_TITLE_LOWERS = HashTest(lambda low: low.rstrip(".") in TITLE_WORDS)


def age_openings(doc):
    """The mask of ``_comma_number_comma``, read once while a run holds the doc (the speaker rules ask it around many
    names)."""
    memo = doc.user_data.get(_AGES)
    if memo is None:
        return _comma_number_comma(doc)
    if (mask := memo.get("mask")) is None:
        mask = memo["mask"] = _comma_number_comma(doc)
    return mask


_AGES = run_memo_key("age_openings")  # where the ages after names start (a run memo)


def _comma_number_comma(doc):
    """Where an age after a name starts: ", NUMBER ," ("Hiba, 19, waved"), ", NUMBER years old ," (machine-translated
    French: "Walid Amine Merabet, 20 years old, swept …"), ", of NUMBER years ," or ", aged NUMBER ," (machine-translated
    Portuguese "de 68 anos": "Gazeta found Celestino Tembe|ORG, of 68 years, whose …") or "( NUMBER )" (Dutch and
    Flemish: "Jana De Smet (18)")."""
    arr = doc.to_array([ORTH, LIKE_NUM])
    n = len(doc)
    mask = np.zeros(n, dtype=bool)
    mask[:-2] = ((arr[:-2, 0] == _COMMA) & (arr[2:, 0] == _COMMA) | (arr[:-2, 0] == _OPEN) & (arr[2:, 0] == _CLOSE)) \
        & (arr[1:-1, 1] == 1)
    if n > 4:
        mask[:-4] |= (arr[:-4, 0] == _COMMA) & (arr[1:-3, 1] == 1) & (arr[2:-2, 0] == _YEARS) & (arr[3:-1, 0] == _OLD) \
            & (arr[4:, 0] == _COMMA)
        mask[:-4] |= (arr[:-4, 0] == _COMMA) & (arr[1:-3, 0] == _OF) & (arr[2:-2, 1] == 1) & (arr[3:-1, 0] == _YEARS) \
            & (arr[4:, 0] == _COMMA)
    if n > 3:
        mask[:-3] |= (arr[:-3, 0] == _COMMA) & (arr[1:-2, 0] == _AGED) & (arr[2:-1, 1] == 1) & (arr[3:, 0] == _COMMA)
    return mask


def titled_names(doc) -> list:
    """Names after an office or title, whatever label the NER gave them: ``Minister Walid al-Haddad``,
    ``Analyst Dauren Seitkali``. The NER often misses transliterated names; the title says it is a person."""
    spans = []
    n = len(doc)
    places = _places(doc)  # ("Governor of Aleppo Fayez …")
    arr = doc.to_array(LOWER)
    for t in tokens_where(doc, _TITLE_LOWERS.mask(arr, doc.vocab.strings)):
        i, low = t.i, t.lower_
        # ("Secretary of …", "the head of the delegation from …", "envoy for Syria X", "ambassador to Damascus X")
        of = i + 1 < n and doc[i + 1].lower_ in ("of", "from", "for", "to")
        # (a lower-case office too, before a name of two or more words: "his Syrian counterpart Faisal Mekdad")
        lower = not (t.text[:1].isupper() or of)
        if not (t.text[:1].isupper() or of or low in ROLE_NOUNS or low in _LOWER_TITLES):
            continue
        j = t.i + 1
        if j < n and doc[j].lower_.rstrip(".") in OFFICE:
            continue  # the title goes on ("Rear Admiral …"): the run starts at its last word
        if j < n and doc[j].lower_ in ("for", "to") and not (j + 1 < n and (role_country(doc[j + 1].text) or doc[j + 1].lower_ in places
                                                                           or any(doc[m].lower_ in _GEO_NOUNS for m in range(j + 1, min(j + 5, n)))
                                                                           or t.is_title and doc[j + 1].lower_ in PORTFOLIO_WORDS)):
            continue  # ("envoy for Syria X", "ambassador to Damascus X", "envoy for the Okamuli Basin X": a place; "State
            # Minister for Water Resources X": a portfolio; not "the envoy for Water Resources …")
        if j < n and doc[j].lower_ in ("of", "from", "for", "to"):
            # "Head of the Regional Delegation Youssef Haddadin", "the Minister of Water Resources of Syria Samer
            # Khaddour declared": the name is the run of proper nouns that ends the phrase
            run = _name_ending_office(doc, j, min(j + 20, n), places)
            if run is not None:
                spans.append(run)
            continue
        k = j
        # (a given name the NER took for a place, unless it is a country: "negotiator Rania|LOC Qassem")
        while (k < n and k - j < 4 and (doc[k].pos_ == "PROPN" and any(ch.isupper() for ch in doc[k].text)
                                        or k > j and doc[k].lower_ in INNER_PARTICLES and k + 1 < n and doc[k + 1].is_title)
               and (doc[k].ent_type_ in ("", "PERSON", "PER", "ORG")
                    # (or a name the NER took for something else whole: "the compañera Xiomara|B-MISC Castellón|I-MISC")
                    or doc[k].ent_type_ == "MISC" and doc[k].ent_iob_ == ("B" if k == j else "I")
                    or doc[k].ent_type_ in ("LOC", "GPE") and k == j
                    and k + 1 < n and doc[k + 1].pos_ == "PROPN" and not doc[k + 1].ent_type_ and not role_country(doc[k].text)
                    # (or a place entity that swallowed the title and the name: "… Opposing Sides Rear Admiral X Y|LOC")
                    or doc[k].ent_iob_ == "I" and t.ent_iob_ in ("B", "I") and t.ent_type_ == doc[k].ent_type_ and not role_country(doc[k].text)
                    # (or a name the NER took for a place, after a title it took for one too: "Undersecretary|LOC
                    # Carolina Benavente Rojas|LOC"; not a place the tables know)
                    or doc[k].ent_type_ in ("LOC", "GPE") and t.ent_type_ == doc[k].ent_type_ and not role_country(doc[k].text)
                    and place_country(doc[k].text) is None)
               and doc[k].lower_ not in GROUP_NOUNS):
            k += 1
        if k - j >= (2 if lower else 1) and not any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(j, k)) \
                and not (lower and (doc[k - 1].lower_ in _BODY_WORD_ENDINGS or role_country(doc[j].text))) \
                and doc[k - 1].lower_ not in _INSTITUTION_ENDINGS:  # ("host Qatar Airways", "the General Hospital")
            spans.append(doc[j:k])
    # (nor a ship's name after its prefix: "the chief engineer of the MV Pelagia Dawn")
    return [span for span in spans if not _named_ship(doc, span)]


def aged_names(doc) -> list:
    """Names given with an age, whatever label the NER gave them: ``Hiba, 19, waved …``, ``Nabavi, 34, was …``."""
    spans = []
    for t in tokens_where(doc, age_openings(doc), stop=len(doc) - 3):
        if t.i > 0:
            end = t.i
            start = end - 1
            while start > 0 and start > end - 3 and doc[start - 1].pos_ == "PROPN" and capitalised(doc[start - 1]):
                start -= 1
            if doc[start].pos_ == "PROPN" and capitalised(doc[start]) and not role_country(doc[start].text) \
                    and doc[end - 1].lower_ not in TIME_WORDS \
                    and not any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(start, end)):
                spans.append(doc[start:end])  # (not a day and its date: "rescued on Friday (6)")
    return spans


def caps_family_names(doc) -> list:
    """Names with the family name in capitals first, as West African copy writes them, whatever the NER made of them:
    ``KOUASSI Aka Bertrand``, ``KONÉ Mariam`` (a family name, then one or two given names)."""
    spans = []
    for t in tokens_where(doc, doc.to_array(IS_UPPER) == 1, stop=len(doc) - 1):
        if not caps_family(t) or len(t) < 4 or t.i > 0 and caps_family(doc[t.i - 1]) or _after_the(doc, t.i):
            continue
        end = t.i + 1
        # (whatever the tagger made of a given name: "KOUASSI Aka|RB Bertrand")
        while end < len(doc) and end - t.i <= 3 and doc[end].is_title and doc[end].is_alpha and not doc[end].is_stop \
                and doc[end].lower_ not in OFFICE and not role_country(doc[end].text):
            end += 1
        if end - t.i >= 2 and not any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(t.i, end)):
            spans.append(doc[t.i : end])
    return spans


_LED_BY = frozenset("led headed chaired founded".split())


def led_names(doc) -> list:
    """Names of who leads a body, whatever label the NER gave them: ``The Ibar Valley Farmers' Union, led by Miloš
    Radonjić|ORG, said``. Two or three capitalised words right after "led by" (not "led by the …", a body)."""
    spans = []
    for t in tokens_where(doc, doc.to_array(LOWER) == _BY):
        if t.i == 0 or doc[t.i - 1].lower_ not in _LED_BY:
            continue
        start = end = t.i + 1
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and capitalised(doc[end]):
            end += 1
        toks = doc[start:end]
        if 2 <= len(toks) and not any(x.ent_type_ in ("PERSON", "PER", "LOC", "GPE") or role_country(x.text)
                                      or x.lower_ in _BODY_WORD_ENDINGS or x.lower_.rstrip(".") in OFFICE for x in toks):
            spans.append(toks)
    return spans


def described_names(doc) -> list:
    """Names the next words describe as a person, whatever label the NER gave them: ``Hiroko Tsutsumi, a professor
    of marine policy, said``. A name of two or more capitalised words that opens its clause, then ", a/an ROLE"."""
    spans = []
    n = len(doc)
    arr = doc.to_array([ORTH, LOWER])
    comma_article = np.zeros(n, dtype=bool)
    comma_article[:-1] = (arr[:-1, 0] == _COMMA) & ((arr[1:, 1] == _A) | (arr[1:, 1] == _AN))
    for t in tokens_where(doc, comma_article, stop=n - 3):
        k = t.i + 2
        while k < n and k < t.i + 5 and doc[k].pos_ in ("ADJ", "PROPN", "NOUN") and doc[k].lower_ not in ROLE_NOUNS:
            k += 1
        if not (k < n and doc[k].lower_ in ROLE_NOUNS and doc[k].tag_ == "NN"):
            continue
        start = t.i
        while start > 0 and start > t.i - 3 and doc[start - 1].pos_ == "PROPN" and capitalised(doc[start - 1]):
            start -= 1
        toks = doc[start : t.i]
        # (at the start of its clause, not inside a body's name: "the Levant Institute, a think tank")
        opens = start == 0 or doc[start - 1].is_sent_end or doc[start].is_sent_start or doc[start - 1].is_punct
        if len(toks) >= 2 and opens and not any(x.ent_type_ in ("PERSON", "PER") or role_country(x.text)
                                                or x.lower_ in _BODY_WORD_ENDINGS for x in toks):
            spans.append(toks)
    return spans


# words of a region's name, never of a person's: "the Middle East", "the Far East", "the Gulf"
_REGION_WORDS = frozenset("middle far near east west north south central eastern western northern southern gulf".split())


def _proper(token) -> bool:
    """A proper noun by its part of speech, or by its tag inside a place the NER found ("Irakli|ADJ|NNP|LOC
    Zhghenti": a name it took for one; not "International|ADJ|NNP Cooperation" in a body's name)."""
    return token.pos_ == "PROPN" or token.tag_ == "NNP" and token.ent_type_ in ("LOC", "GPE")


_SAINT_WORDS = frozenset("San Santa Santo São Sao Saint Sainte St. Sankt".split())


def _name_ending_office(doc, lo: int, hi: int, places: set[str]):
    """The first run of two to four capitalised proper nouns in doc[lo:hi] that ends its noun phrase (a verb,
    punctuation or a preposition follows), leading place names left out: a person's name after a long office."""
    k = lo
    # (within the sentence: "… noted the head of the Kazakh delegation. ¶ «Therefore Kazakhstan as the host …»")
    # (not the stop of a title: "Ch.| Nadeem Akhtar Warraich")
    hi = next((m for m in range(lo, hi) if doc[m].text in ("!", "?", ";") or doc[m].is_space and "\n" in doc[m].text
               or doc[m].text == "." and not (m > lo and len(doc[m - 1].text) <= 3 and doc[m - 1].text[:1].isupper())), hi)
    while k < hi:
        if not (_proper(doc[k]) and doc[k].is_title):
            k += 1
            continue
        end = k
        while end < hi and end - k < 5 and (_proper(doc[end]) and (doc[end].is_title or "-" in doc[end].text)
                                            or doc[end].lower_ in INNER_PARTICLES and end + 1 < hi and doc[end + 1].is_title):
            end += 1
        # (a body's name may lead the run: "Supreme National Security Council Ali Shamkhani" names after "Council")
        # (or a body's kind: "the executive secretary of the Caspian Environment Secretariat Liesbeth van Rooyen")
        start = max([k] + [m + 1 for m in range(k, end) if doc[m].lower_ in GROUP_NOUNS or doc[m].lower_ in _BODY_ENDINGS])
        while start > k and end < hi and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # (the name goes on past a long body's: "Okamuli River Basin Commission Selma Khaufiku")
        if doc[start].text in _SAINT_WORDS or _after_kind(doc, start, _VESSELS) \
                or _after_kind(doc, start, KIND_WORDS) and doc[start - 1].is_lower and _given_name_sex(doc[start].text) is None:
            # (a place named for a saint is no one: "cadet of the … School of San Pedro de Macorís"; nor a vessel or a
            # body its kind names: "The captain of the tanker „Vesna Star”", "her colleagues of the organization
            # Furrowline International:"; not a given name after the kind, its body's name left out: "the director of
            # the company Vitalii Kobzar")
            start = end
        # (a place ends where its entity does: "Egypt Hesham|I-LOC Fawzy|I-LOC Rashwan" is a country and a name the NER
        # took in with it)
        while start < end and (role_country(doc[start].text) or doc[start].lower_ in OFFICE or doc[start].lower_ in GROUP_NOUNS
                               # (the last word of a country's name: "the United Arab| Emirates Khalifeh Obeid Al-Ketbi")
                               or any(is_country(doc[a : start + 1].text) for a in range(max(lo, start - 3), start))
                               # (or its first: "… of the Marine Environment of Sri| Lanka, Dharshani Wikramasinghe")
                               or any(is_country(doc[start:b].text) for b in range(start + 2, min(end, start + 4) + 1))
                               or doc[start].lower_ in PORTFOLIO_WORDS
                               or doc[start].lower_ in _REGION_WORDS  # ("Envoy for the Middle East Gennady|I-LOC Voronin")
                               # (or the word right after "the", which no name has: "the miners' leader of the Chocó|MISC
                               # Ferney Rentería Mosquera")
                               or start == k and _after_the(doc, k) and end - start >= 3
                               or (doc[start].ent_type_ in ("LOC", "GPE") or doc[start].lower_ in places)
                               and not (start + 1 < end and doc[start + 1].ent_iob_ == "I")
                               and not (start > k and doc[start - 1].lower_ in _REGION_WORDS and doc[start].ent_iob_ == "I")):
            start += 1
        start = max([start] + [m + 1 for m in range(start, end - 2) if doc[m].lower_ in _GEO_NOUNS])  # ("the Okamuli Basin X Y")
        follows = doc[end] if end < len(doc) else None
        # (not "of": "Water Resources | of Syria" is still the office)
        # (or "and" before another office: "… of Iran Mohsen Rahimpour and the Minister of State …")
        # (not a possessive: "the Myanmar Merchant Seafarers' Federation" goes on)
        closes = follows is None or follows.is_punct and follows.text not in ("'", "’") or is_verb(follows) \
            or follows.pos_ == "ADP" and follows.lower_ != "of" or follows.lower_.endswith("ed") or follows.pos_ == "ADV" and follows.is_lower \
            or follows.lower_ == "and" and end + 1 < len(doc) and (
                doc[end + 1].lower_ in DETERMINERS or doc[end + 1].lower_.rstrip(".") in OFFICE)
        # (not a body the NER named as such, from its first word: "a correspondent for Khabur Valley Television")
        named_body = doc[end - 1].lower_ in _BODY_WORD_ENDINGS or _geo_name(doc[start:end])  # (or a place: "of the Chiluango Dam")
        # (or a place its kind names: "a lawmaker from the Caspian port of Bandar Anzali")
        named_body = named_body or start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _PLACE_KINDS
        # (nor a body the NER named whole, with its holder set off after it: "the executive administrator of
        # Petrokwanza Comercial|ORG, Manuel Bento Quissanga")
        named_body = named_body or follows is not None and follows.text == "," and doc[start].ent_iob_ == "B" \
            and all(doc[m].ent_type_ == "ORG" for m in range(start, end)) and end + 1 < len(doc) and doc[end + 1].ent_type_ in ("PERSON", "PER")
        if start >= 2 and doc[start - 1].lower_ in _PARTICLES and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title:
            start -= 2  # ("… for Foreign Affairs Adel bin Hamad Al-Ruwaili": the given name before "bin")
        # (nor where the holder is from: "boatswain of the ship and native of La Ceiba")
        origin = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ORIGIN_WORDS
        if closes and 2 <= end - start <= 4 and not named_body and not origin:
            # (a name the NER found is collected anyway; nothing after the first name is the office's holder)
            return None if any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(start, end)) else doc[start:end]
        k = end
    return None


def proper_speakers(doc, attributions) -> list:
    """Speaker spans that end in proper nouns but hold no entity: names the NER missed; a name it mislabelled
    that "who" follows; and a surname it mislabelled where the article names that person elsewhere ("Jafarian"
    tagged MISC)."""
    spans = []
    surnames = {name_key(e[-1].text) for e in person_ents(doc)}
    for a in attributions:
        if a.speaker is None:
            continue
        span = doc[a.speaker[0] : a.speaker[1]]
        named = _name_after_office(doc[slice(*a.speaker_full)] if a.speaker_full else span)
        if named is not None:
            spans.append(named)
            continue
        name = strip_name(list(span))
        name = next((name[n:] for n in range(1, len(name)) if GLUED_INITIAL.match(name[n].text)), name)  # ("Climber Ts.X")
        if name and name[-1].ent_type_ in ("PERSON", "PER"):
            # (a body's name before the person's is no part of it: "Director General of Silk Wing Cargo| Elnur Bağırov")
            # (not a lone word the NER called a body: "(CDO) Keshab|ORG Raj Pokharel")
            name = name[max((n + 1 for n, t in enumerate(name) if t.ent_type_ == "ORG" and (b := ent_bounds(t))[1] - b[0] > 1),
                            default=0):]
        # (a person's name the NER took for a body's, or into the body's name before it, right after an office: "DFA
        # spokesperson Ma. Lourdes Ventura|ORG said", "The spokeswoman of Zallaq Air Maryam Isa Al-Doseri|ORG told")
        held = _held_in_body_name(doc, name)
        if held is not None:
            spans.append(held)
            continue
        # ("Fatmire Sylejmani|ORG, the board's chief engineer, said": a person's office set off after it, whatever the
        # tagger made of the given name: "Miloš|ADJ Radonjić|ORG, president of the … Union, told")
        office = len(name) == 2 and name[0].ent_type_ == "ORG" and all(t.is_title and t.is_alpha for t in name) \
            and _office_apposed(doc, name[-1].i + 1) and name[-1].lower_ not in _BODY_ENDINGS
        # (a particle inside the name is no proper noun: "Pieter van| Oost")
        if not name or not office and not all(t.pos_ == "PROPN" or t.text in ("-",) or 0 < n < len(name) - 1 and t.lower_ in INNER_PARTICLES
                                              for n, t in enumerate(name)) or any(t.lower_ in TIME_WORDS for t in name):
            continue  # "on Tuesday" is when, not who
        if all(t.lower_ in PORTFOLIO_WORDS or t.lower_ == "and" for t in name):
            continue  # ("THE Minister of Health", where the NER found no name: the portfolio)
        end = name[-1].i + 1
        # ("Haitham al-Masri|ORG, who headed the delegation, wrote": who is a person's)
        # (not "Amnesty International, who documented …"; nor "A farmer from Nad Ali, who asked …", where he is from)
        who = len(name) >= 2 and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who" \
            and name[-1].lower_ not in _BODY_WORD_ENDINGS and not _where_one_is_from(doc, name[0].i)
        # ("Fatima|LOC, a mother of five from Ghor province, told …": an appositive that says who she is)
        kin = end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an") \
            and any(doc[j].lower_ in _FEMALE | _MALE for j in (end + 2, end + 3))
        # (a given name the NER called MISC: "Ihor|MISC Tkachuk")
        # (not a body's: "The Tuna Guild|MISC of the Equatorial Pacific")
        misc = len(name) >= 2 and all(t.ent_type_ in ("", "MISC") for t in span) and not any(is_demonym(t.text) for t in name) \
            and name[-1].lower_ not in _BODY_ENDINGS
        # (a surname after initials, whatever the NER made of the office before them: "Secretary to the Ministry of
        # Fisheries R.M.D.K.|ORG Samarakoon")
        initials = len(name) >= 2 and all(re.fullmatch(r"(?:[A-Z]\.)+", t.text) for t in name[:-1]) and name[-1].ent_type_ in ("", "ORG")
        if not any(t.ent_type_ for t in span) or who or kin or misc or initials or office or name_key(name[-1].text) in surnames and not any(
                t.ent_type_ in ("LOC", "GPE") for t in name):
            start = name[0].i
            # (and a given name before it that the parser cut off: "… administration Ihor|MISC | Tkachuk called …")
            # (not before a name with its initial glued on: "to Tulpar Inform A.Zhumaliev")
            # (or two given names, one known, before a two-word family name: "… of Santa Elena|ORG Gabriela Estefanía |
            # Loor Macías")
            while (len(name) == 1 and start == name[0].i or len(name) == 2 and name[0].i - start < 2) and start > 0 \
                    and not GLUED_INITIAL.match(name[0].text) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ in ("", "MISC") and doc[start - 1].lower_.rstrip(".") not in OFFICE \
                    and not role_country(doc[start - 1].text) and doc[start - 1].lower_ not in TIME_WORDS \
                    and (len(name) == 1 or not is_demonym(doc[start - 1].text)):
                start -= 1
            if len(name) == 2 and not any(_given_name_sex(t.text) for t in doc[start : name[0].i]):
                start = name[0].i
            spans.append(doc[start:end])
    return spans


def _office_apposed(doc, end: int) -> bool:
    """Whether a comma at ``end`` opens an office closed by the next comma: ", the board's chief engineer,", ", president
    of the Ibar Valley Farmers' Union,"."""
    if end + 3 >= len(doc) or doc[end].text != ",":
        return False
    if doc[end + 1].lower_ in ROLE_NOUNS and doc[end + 2].lower_ == "of":
        return any(doc[k].text == "," for k in range(end + 3, min(end + 12, len(doc))))
    if doc[end + 1].lower_ not in ("the", "its", "a", "an"):
        return False
    close = next((k for k in range(end + 2, min(end + 9, len(doc))) if doc[k].text == ","), None)
    return close is not None and doc[close - 1].lower_ in ROLE_NOUNS and doc[close - 1].lower_ not in GROUP_NOUNS


def _held_in_body_name(doc, name):
    """The person's name at the end of ``name`` (a speaker's words, all tagged ORG) from a known given name on, where
    an office stands right before the entity, or before it and the body's name: else None."""
    if len(name) < 2 or not all(t.ent_type_ == "ORG" and t.pos_ == "PROPN" for t in name) or name[-1].lower_ in _BODY_ENDINGS:
        return None
    given = next((n for n, t in enumerate(name) if t.is_title and _given_name_sex(t.text)), None)
    if given is None or len(name) - given < 2:
        return None
    start = ent_bounds(name[0])[0]
    before = [t.lower_ for t in doc[max(0, start - 3) : start] if not t.is_punct]
    if given == 0 and before[-1:] and before[-1] not in ROLE_NOUNS and len(before) >= 2 and before[-2] in ROLE_NOUNS:
        before = before[:-1]  # (past an abbreviated given name the NER left out: "spokesperson Ma.| Lourdes Ventura")
    office = bool(before) and before[-1] in ROLE_NOUNS if given == 0 else len(before) >= 2 and before[-1] == "of" and before[-2] in ROLE_NOUNS
    return doc[name[given].i : name[-1].i + 1] if office else None


def past_origin(doc, start: int, end: int) -> int:
    """Where a name set off after an office starts, past where the person is from and what they do: "the Albanian|
    Gezim Hoxholli", "the Kyrgyz hydrologist| Aibek Jumaliev"."""
    lead = start
    # (and the Spanish "the also doctor X", el también médico: an office she holds too)
    while lead < end and (doc[lead].lower_ in ("the", "a", "an", "also") or is_demonym(doc[lead].text)
                          or doc[lead].is_lower and doc[lead].lower_ in ROLE_NOUNS):
        lead += 1
    return lead if lead > start and end - lead >= 2 else start


# a word of a name, hyphens and apostrophes inside it: "Haytham", "Al-Sha'er"
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*")


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and _NAME_WORD.fullmatch(tok.text) is not None


def _name_after_office(span):
    """The name set off after an office that the tagger and the NER got wrong: "the Vice Minister of Consular and
    Migratory Affairs|PERSON, Óscar|NOUN Rolando Ulloa Ferrera|ORG": capitalised words, none a body's or a place's."""
    comma = next((t.i for t in reversed(span) if t.text == ","), None)
    if comma is None or not any(t.lower_ in ROLE_NOUNS for t in span.doc[span.start : comma]):
        return None
    end = span.end
    while end < len(span.doc) and end - comma <= 5 and _name_word(span.doc[end]) and span.doc[end].pos_ == "PROPN":
        end += 1  # (and on to the comma that closes it, where the parser hung the rest elsewhere)
    name = span.doc[past_origin(span.doc, comma + 1, end) : end]
    if not 2 <= len(name) <= 5 or any(t.ent_type_ in ("PERSON", "PER") for t in name) or not all(
            _name_word(t) and t.lower_ not in OFFICE and t.lower_ not in _BODY_WORD_ENDINGS
            and t.lower_ not in _INSTITUTION_ENDINGS and not is_country(t.text) and not is_demonym(t.text)
            and place_country(t.text) is None for t in name):
        return None
    return name


def _titled(toks) -> bool:
    """A lone name right after a title: "Dr. Nawal", "Gen. Sharfi"."""
    doc, k = toks[0].doc, toks[0].i - 1
    return len(toks) == 1 and k >= 0 and doc[k].lower_.rstrip(".") in TITLES


def _given_alone(toks) -> bool:
    """A lone name that may be a given name: no country or city ("Sherzod", not "Israel" after "Israel Katz")."""
    return len(toks) == 1 and not is_country(toks[0].text) and place_country(toks[0].text) is None


# a given name's initial, or its first two letters ("J.", "Kh.", "Sh.")
_INITIAL = re.compile(r"[A-Z][a-z]?\.")
# two or three given names' initials glued together ("T.V.", "S.M.")
_INITIALS_GLUED = re.compile(r"(?:[A-Z]\.){2,3}")


def _called_so_before(same: list[Person], toks, at: int) -> Person | None:
    """The one of ``same`` (people of one surname) whom the article already called by the words ``toks`` before token
    ``at``: "Arguedas Vindas" stays Daniela Arguedas Vindas after her brother Esteban Arguedas Vindas is named."""
    doc, words = toks[0].doc, [t.text for t in toks]
    return next((p for p in same for k in p.seen or () if k < at and k != toks[0].i
                 and [t.text for t in doc[k : k + len(words)]] == words), None)


def _find(people: list[Person], toks, key: str, first: str | None, at: int) -> Person | None:
    """The person the name ``toks`` (whose keys are ``key`` and ``first``) means at token ``at``: same surname and
    first name; a bare surname means the one last mentioned."""
    titled, alone = _titled(toks), _given_alone(toks)
    same = [p for p in people if p.key == key] or [p for p in people if key in p.aliases]
    # (not an Irish surname's other form: Ms Uí Mhurchú is not her daughter, Ms Ní Mhurchú)
    irish = len(toks) >= 2 and toks[-2].lower_ in IRISH_PARTICLES
    if first is not None and len(toks) == 2 and not any(p.key == key for p in people):
        # the same two names the other way round: "Clarisse Uwase" after "Uwase Clarisse", as a Rwandan (or Hungarian,
        # or Mozambican) name comes back in Western order a paragraph later; its surname alone means her from then on
        keys = _name_keys([toks[1], toks[0]])
        swapped = [p for p in people if (p.key, p.first) == keys and len(p.name.split()) == 2]
        if len(swapped) == 1:
            swapped[0].aliases.add(key)
            return swapped[0]
    if not same:
        # (the first part of a double surname, as another outlet shortens it: "Tamar Beridze" after "Tamar
        # Beridze-Lomidze"; under the same given name, or alone where one person has it)
        double = [p for p in people if "-" in (last := p.name.split()[-1]) and len(part := last.split("-")[0]) > 3
                  and part.lower() not in _PARTICLES and name_key(part) == key
                  and (first is None or p.first is None or _same_given(p.first, first))]
        same = double if len(double) == 1 else []
    if not same and not irish and len(skeleton := _skeleton(key)) >= 6:
        # a surname spelled yet another way ("Rahimzoy" for Rahimzai, "Arkadiy Pozdnyshov" for Arkady Pozdnyshev): the
        # one person with its consonants (and given name)
        near = [p for p in people if _skeleton(p.key) == skeleton and (first is None or p.first is None or _same_given(p.first, first))]
        same = near if len(near) == 1 else []
    if not same and not irish and len(key) >= (7 if first is not None else 8):
        # (or a long surname one letter off under the same given name or alone, as an outlet misspells it a paragraph
        # later: "Irakli Chkartishvili" after "Irakli Chkhartishvili")
        near = [p for p in people if first in (None, p.first) and _one_letter_off(p.key, key)]
        same = near if len(near) == 1 else []
    if first is not None and len(toks) == 2 and _INITIAL.fullmatch(toks[0].text):
        # "J. Rahmonov" after "Jamshed Rahmonov", as a state agency shortens a name: the one of that surname whose
        # given name the initial begins
        # (or whose middle initial it is: "J. Kilua", the NER having cut "Ms Freda| J. Kilua")
        initialled = [p for p in same if p.first is not None and len(p.name.split()) > 1 and not _INITIAL.fullmatch(p.name.split()[0])
                      and (p.name.split()[0].lower().startswith(toks[0].text.rstrip(".").lower()) or toks[0].text in p.name.split()[1:-1])]
        if len(initialled) == 1:
            return initialled[0]
    if len(toks) == 2 and _INITIALS_GLUED.fullmatch(toks[0].text):
        # "T.V. Kurian" after "Thomas Varghese Kurian", as Indian copy shortens a name: the one of that surname whose
        # given names the initials begin, one each
        letters = toks[0].text.replace(".", "")
        initialled = [p for p in same if len(words := p.name.split()) == len(letters) + 1
                      and "".join(w[0] for w in words[:-1]).upper() == letters]
        if len(initialled) == 1:
            return initialled[0]
    if first is not None:
        # (or a middle name, where the parser cut the mention from the full one: "Senator Javed | Iqbal Warraich";
        # not "Nawaz Sharif" after "Maryam Nawaz Sharif")
        # ("Ben Slimane" and "Mounir Ben Slimane": "Ben" may be a given name or the surname's particle; not Ben and
        # Chris Wallace)
        return next((p for p in same if p.first is None or _same_given(p.first, first)
                     or "bin" in (p.first, first) and _GIVEN_TOO & {t.lower_ for t in toks} & set(p.name.lower().split())), None) or next(
            (p for p in same if first in middle_keys(p) and any(s <= at <= s + 3 for s in p.seen)
             and all(w.isalpha() and w.lower() not in OFFICE for w in p.name.split())), None) or _called_so_before(same, toks, at) \
            or _name_within(people, toks, at) or next(
            # (or the saint's part of a Portuguese compound given name: "Rosário Tavares" is Maria do Rosário Lopes Tavares)
            (p for p in same if any(w.lower() in _GIVEN_NAME_LINKS and name_key(v) == first
                                    for w, v in zip(p.name.split()[1:-2], p.name.split()[2:-1]))), None)
    if titled:
        # "Sheikh Khalifa", "Dr. Muna": Gulf copy calls a person with a patronymic chain by the given name
        given = [p for p in people if p.first == key and any(f" {w} " in p.name.lower() for w in PATRONYMIC)]
        if len(given) == 1:
            return given[0]
    kin = _kin_given_name(toks)  # (nor anyone's middle name)
    if first is None and not kin:
        # (a Spanish first surname: "Ferrer" after "Lucía Ferrer Amat"; the one last seen where another person has it
        # as the last surname: "Salas" after "Álvaro Chumpitaz Salas … Jorge Luis Salas Mendívil")
        middle = [p for p in people if len(p.name.split()) >= 3 and key in middle_keys(p)]
        if same and middle:
            # (of those who bear it first or last, the one the title says or last seen: "Mrs. Haylock" after Nelson Wood
            # Haylock is his mother, Marlene Haylock Wood)
            return _of_several(same + middle, toks, at - 1)  # (not this mention, which one of them may hold already)
    if not same and first is None and not kin:
        # (or one half of a double-barrelled surname: "Chisale" after "Grace Nyirenda-Chisale")
        middle = middle or [p for p in people if "-" in p.name.split()[-1] and len(p.name.split()) >= 2
                            and key in {name_key(w) for w in p.name.split()[-1].split("-")}]
        if len(middle) == 1:
            return middle[0]
        if len(middle) > 1 and not same:
            # (a first surname several people bear: "Mrs. Bushey" after Arnoldo Bushey Pantin and his widow Yolanda Bushey
            # Zeledón is the widow; "Kingsman said" right after "Elvis Kingsman Pantin, … cousin of the dead Santos" is Elvis)
            return _of_several(middle, toks, at)
    if not same:
        # a lone given name after a title that no surname matches: the one person of that given name ("Dr. Nawal"
        # after "Dr. Nawal Al-Tayeb Hamid", as Sudanese and Gulf agencies write; not "Israel" after "Israel Katz")
        # (or a given name alone, as machine-translated Central Asian copy calls a person named in full before:
        # "— told Sherzod" after "Sherzod Tojiboyev")
        given = [p for p in people if p.first == key and (titled or alone and p.first_token < at)]
        return given[0] if len(given) == 1 else None
    return _of_several(same, toks, at)


def middle_keys(person: Person) -> set[str]:
    """The keys of the words between a person's first and last name: the first of two Spanish surnames ("Bushey" in
    Hazel Bushey Kingsman), a middle name."""
    return {name_key(w) for w in person.name.split()[1:-1]}


def _of_several(same: list[Person], toks, at: int) -> Person:
    """The one of ``same``, who all bear the name ``toks``, that it means at token ``at``: the one whose sex the title
    before it says ("Mr. Jelkan" after "Lijon Jelkan told …" is her husband, Tobin), or whose office it says ("Minister
    Dlamini" after the minister Bongani Dlamini and the mill's manager Nomsa Dlamini, whom the story named last), else
    the one last mentioned."""
    before = toks[0].doc[toks[0].i - 1] if toks[0].i else None
    sex = word_gender(before.text) if before is not None else None
    if sex is not None and len(same) > 1:
        same = [p for p in same if p.gender == sex] or same
    if before is not None and len(same) > 1 and (office := RANK_ABBREVIATIONS.get(before.lower_.rstrip("."), before.lower_)) in ROLE_NOUNS:
        same = holding_office(office, same) or same
    return max(same, key=lambda p: last_seen(p, at))


def holding_office(word: str, candidates: list[Person]) -> list[Person]:
    """Those of ``candidates`` the story gave an office with the role noun ``word``, or one that goes by its name
    ("Captain Abrams" for the toshao, the village captain)."""
    kinds = [kind for kind in OFFICE_KINDS if word in kind]
    return [p for p in candidates if any(word in words or any(words & kind for kind in kinds) for words, _ in p.offices)]


def _kin_given_name(toks) -> bool:
    """Whether ``toks`` is one name word right after a kin noun, a given name: "My son Abdi" is no Yussuf Abdi
    Kheire, whose father Abdi was."""
    return len(toks) == 1 and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in KIN_NOUNS


def _name_within(people: list[Person], toks, at: int) -> Person | None:
    """The one person whose longer name a name of two or more words begins or ends: a Malay given name ("Azman Shah"
    for Azman Shah Ismail), a Spanish pair of surnames ("Sotomayor Lagos" for Paulina Sotomayor Lagos). A pair of
    surnames only without an office of its own and paragraphs after the full name: "Maryam Nawaz Sharif … Later,
    Nawaz Sharif told" and "PML-N President Nawaz Sharif" are her father."""
    if len(toks) < 2:
        return None
    doc = toks[0].doc
    words = [name_key(t.text) for t in toks]
    found = []
    for p in people:
        names = [name_key(w) for w in p.name.split()]
        if len(names) <= len(words) or p.first_token >= at or any(w.lower().rstrip(".") in OFFICE for w in p.name.split()):
            continue  # (nor a name still holding its office: "U.N. Secretary-General Antonio Guterres")
        if names[: len(words)] == words:
            found.append(p)
        elif names[-len(words):] == words:
            # (or the same mention, cut after its family name in capitals: "Dr. BROU | Koffi Jean-Marc")
            cut = at < p.first_token + len(names) and caps_family(doc[p.first_token])
            later = "\n\n" in doc[p.first_token : at].text and _own_office_or_none(doc, toks[0].i, p)
            if cut or later:
                found.append(p)
    return found[0] if len(found) == 1 else None


# titles of courtesy, no office: "Mr. Houmed Guedi" after "its Director General, Mr. Abdourahman Houmed Guedi"
_COURTESY = frozenset("mr mrs ms miss dr prof sir madam mme".split())


def _own_office_or_none(doc, i: int, person: Person) -> bool:
    """No office before token ``i``, or just the one the article gave ``person``: "Minister Salazar Vega" after "The
    sports minister, Ana María Salazar Vega" (not "PML-N President Nawaz Sharif" after "PML-N Vice President Maryam
    Nawaz Sharif")."""
    k = i
    while k > 0 and doc[k - 1].lower_.rstrip(".") in OFFICE:
        k -= 1
    if k == i:
        return True
    before = office_words(doc[k:i].text) & OFFICE - _COURTESY
    # (or the office's words ran just before the full name: "the consul of Bolivia in Beijing, accredited also before
    # Mongolia, Marcelo Ticona Arce" is "The consul Ticona Arce")
    return not before or any(before == words & OFFICE for words, _ in person.offices) or before <= {
        t.lower_ for t in doc[max(0, person.first_token - 16) : person.first_token]}


def _one_letter_off(a: str, b: str) -> bool:
    """Two keys one letter apart: one added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """A name key's consonants, each run as one, with its number of vowel groups and whether it ends in a vowel:
    rahimsai and rahimsui give rhms3v; Petrov and Petrova, Mahmoud and Mohammed, Rahman and Rahmani stay apart."""
    consonants = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", key))
    groups = len(re.findall(r"[aeiouy]+", key))
    return f"{consonants}{groups}{'v' if key[-1:] in 'aeiouy' else 'c'}"


def _same_given(a: str, b: str) -> bool:
    """Two given-name keys of one person: equal, or one's shape (vowel runs as one mark) begins the other's
    (Muhammed Javad and Mohammad-Javad; Khaled and Khalil, Mahmoud and Mohammed, Ahmad and Hamid stay two)."""
    if a == b:
        return True
    if _h_less(a) == _h_less(b):
        return True  # (an "h" between vowels comes and goes: Vahagn and Vaagn; not Tahir and Tariq)
    if a.replace("x", "ks") == b.replace("x", "ks"):
        return True  # (Olexandr and Oleksandr; given names only: Dixon and Dickson are two surnames)
    a, b = (re.sub(r"[aeiou]+", "V", k) for k in (a, b))
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))


def _h_less(key: str) -> str:
    return re.sub(r"([aeiou])\1+", r"\1", re.sub(r"(?<=[aeiou])h(?=[aeiou])", "", key))  # (vahagn -> vaagn -> vagn)


def person_by_name(people: list[Person], tokens) -> Person | None:
    toks = strip_name(tokens)
    if not toks:
        return None
    key, first = _name_keys(toks)
    return _find(people, toks, key, first, toks[0].i)


KUNYA = frozenset("umm um abu ibn bint".split())
# lower-case words inside a European or Arabic name: "Pieter van Oost", "Ursula von der Leyen", "Adel bin Hamad"
INNER_PARTICLES = frozenset("van von der de den bin ibn ap".split())
# a surname's first word: "Joseph Abi Nader" (also "Abou Nader"), "Ahmed Abu Zeid"; "bin" and "ben" only after a
# given name ("Adel bin Hamad Al-Ruwaili"; "Ben Wallace" is Ben)
# the first word of an Irish surname, part of it ("Máire Uí Mhurchú" and her daughter "Siobhán Ní Mhurchú" are
# Ms Uí Mhurchú and Ms Ní Mhurchú; "Pádraig Ó Floinn" is Mr Ó Floinn)
IRISH_PARTICLES = frozenset("ó ní nic uí mhic mac".split())
_PARTICLES = KUNYA | IRISH_PARTICLES | frozenset("abi abou bou bin ben".split())
SURNAME_HEADS = KUNYA | IRISH_PARTICLES  # (the words a surname's key keeps: "Umm Khalil", "Uí Mhurchú")
# a Dutch or Flemish surname's first word, capitalised in Belgium: "Pieter Van Acker" is "Van Acker", no given name "Van"
# a national by the noun that is not the country's adjective: "the Dane Mads Nørholm"
_NATIONALS = frozenset("""Dane Swede Finn Pole Scot Briton Brit Turk Dutchman Dutchwoman Frenchman Frenchwoman Englishman
                       Englishwoman Irishman Irishwoman Welshman Welshwoman Icelander Greenlander""".split())
_DUTCH_PARTICLES = frozenset("Van Vanden Vander De Den Der Ter Ten".split())
_LOWER_PARTICLES = frozenset(p.lower() for p in _DUTCH_PARTICLES) | {"von", "da", "do", "dos", "del", "di", "du", "la", "le"}
_GIVEN_TOO = frozenset({"bin", "ben"})
PATRONYMIC = frozenset({"bin", "bint", "ibn"})  # ("son/daughter of" inside a Gulf name)
WELSH_PATRONYMIC = frozenset({"ap", "ferch"})  # (and inside a Welsh one: "Dafydd Rhys ap Ifan")
FAROESE_LINKS = frozenset({"á", "í"})  # (and a Faroese surname after a farm: "Turið á Brekku")
_ADP_LINKS = WELSH_PATRONYMIC | FAROESE_LINKS  # (the links the tagger may take for prepositions)
NAME_LINKS = PATRONYMIC | _ADP_LINKS  # (any, lower-case inside one name)
# "daughter of" in a Malay name, "son/daughter of" in an Indian-Malaysian one: what follows is the father's given name
# (and "child of" in an Iban one: "Jimbun anak Lambat")
_MALAYSIAN_PATRONYMIC = frozenset({"binti", "bte", "a/l", "a/p", "s/o", "d/o", "anak"})
_FATHER_LINKS = PATRONYMIC | _MALAYSIAN_PATRONYMIC  # (the words a father's name follows)
# a given name in pinyin syllables: "Mingyuan", "Lihua", "Yi" (not "Wood", "France")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?)+", re.IGNORECASE)


# a patronymic written last, after the given name ("Zhumaliev Aibek Toktosunovich"; not the Kazakh "Daniyar
# Amangeldiuly Sarsembin", whose patronymic stands in the middle), and a Russian-style family name
SLAVIC_PATRONYMIC = re.compile(r"[A-Z][a-z]{2,}(?:ovich|evich|ovna|evna|ichna|uly|kyzy|qyzy|uulu)")
_SLAVIC_FAMILY = re.compile(r"[A-Z][a-z]{2,}(?:ov|ova|ev|eva)")


def _with_patronymic(ent) -> bool:
    """A name that ends in a patronymic: "Zhumaliev Aibek Toktosunovich", whatever the NER labelled it."""
    return 2 <= len(ent) <= 4 and SLAVIC_PATRONYMIC.fullmatch(ent[-1].text) is not None and all(t.is_title for t in ent)


def family_first(toks) -> bool:
    """Whether a name is written family name first, Russian style: "Zhumaliev Aibek Toktosunovich", "Toktorov Bakyt"."""
    if len(toks) == 3 and SLAVIC_PATRONYMIC.fullmatch(toks[2].text) and not SLAVIC_PATRONYMIC.fullmatch(toks[1].text):
        return True
    return len(toks) == 2 and _SLAVIC_FAMILY.fullmatch(toks[0].text) is not None and _SLAVIC_FAMILY.fullmatch(toks[1].text) is None \
        and SLAVIC_PATRONYMIC.fullmatch(toks[1].text) is None


def korean_given(family, given) -> bool:
    """``given`` is a romanised Korean given name after the family name ``family``: two syllables joined by a
    hyphen ("Ji-ho", "Seong-hoon")."""
    return family.lower_ in KOREAN_SURNAMES and re.fullmatch(r"[A-Z][a-z]{1,5}-[a-z]{2,5}", given.text) is not None


def _name_keys(toks) -> tuple[str, str | None]:
    """(surname key, first-name key) of a name's tokens. A kunya is one name: "Umm Khalil" is not her son Khalil;
    a particle is the surname's: "Joseph Abi Nader" is Joseph of the Abi Naders."""
    if len(toks) >= 3 and toks[-1].text in _REGNAL:
        toks = toks[:-1]  # ("Kobina Ansah II" is of the Ansahs)
    if len(toks) == 2 and toks[0].lower_ in CHINESE_SURNAMES and toks[1].text[:1].isupper() and "-" not in toks[0].text \
            and _PINYIN.fullmatch(toks[1].text):
        return name_key(toks[0].text), name_key(toks[1].text)  # "Zhou Mingyuan", "Wang Yi": the family name comes first
    if len(toks) == 2 and korean_given(toks[0], toks[1]):
        return name_key(toks[0].text), name_key(toks[1].text)  # "Moon Ji-ho", "Ryu Seong-hoon": so does a Korean one
    if hungarian_order(toks):
        return name_key(toks[0].text), name_key(toks[1].text)  # "Kovács Eszter": and a Hungarian one
    if len(toks) >= 2 and caps_family(toks[0]) and toks[1].is_title:
        return name_key(toks[0].text), name_key(toks[1].text)  # "KONÉ Mariam": the family name in capitals, first
    if len(toks) == 2 and toks[0].lower_ in ("al", "el"):
        return name_key(toks[1].text), None  # "Al Rawahi": the family name alone
    if family_first(toks):
        return name_key(toks[0].text), name_key(toks[1].text)  # "Zhumaliev Aibek Toktosunovich", "Toktorov Bakyt"
    if len(toks) >= 3 and toks[-2].lower_ in _MALAYSIAN_PATRONYMIC:
        # "Hazlina binti Kamarulzaman", "Prakash a/l Muniandy": a father's name, no family name; she is Dr Hazlina
        return name_key(toks[0].text), None
    if len(toks) >= 3 and any(t.lower_ in PATRONYMIC for t in toks[1:-1]):
        # "Khalifa bin Salim Al Rawahi": the given name first, the family name last
        return name_key(toks[-1].text), name_key(toks[0].text, article=False)
    if len(toks) >= 2 and (toks[-2].lower_ in _PARTICLES or toks[-2].text in _DUTCH_PARTICLES) \
            and not (len(toks) == 2 and toks[0].lower_ in _GIVEN_TOO):
        # ("Abi Nader" and "Abou Nader" are one family; "Abu Jamil" is no Jamil)
        surname = toks[-2].text + toks[-1].text if toks[-2].lower_ in SURNAME_HEADS else toks[-1].text
        return name_key(surname), (name_key(toks[-3].text, article=False) if len(toks) >= 3 else None)
    if len(toks) >= 3 and _LEADING_INITIALS.fullmatch(toks[0].text) and toks[1].is_alpha and toks[1].is_title:
        # "W.M. Tharushi Senanayake": the initials of family names first, as Sri Lankan copy writes them; she is not
        # her father, "W.M. Sunil Senanayake"
        return name_key(toks[-1].text), name_key(toks[1].text, article=False)
    # (a Dutch surname at a sentence's start has no given name: "Van der Kolk was arrested")
    return name_key(toks[-1].text), (name_key(toks[0].text, article=False) if len(toks) > 1 and toks[0].text not in _DUTCH_PARTICLES else None)


_LEADING_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


_ENTS = "sayso.ents"  # doc.user_data keys while a run holds the doc (``holding``): its entities
_PERSON_ENTS = "sayso.person_ents"  # its person entities
_PLACES = "sayso.places"  # and the words of its place names
_NAME_WORDS = "sayso.name_words"  # and its capitalised words by name key
_BURMESE = "sayso.burmese"  # and whether it writes Burmese honorifics
_USED_AS_PLACE = "sayso.used_as_place"  # and the names it uses as places
_STRIPPED = run_memo_key("stripped_names")  # and ``strip_name`` by the mention's tokens (a run memo)


@contextmanager
def holding(doc):
    """Keep the article's entities, person entities and place words in ``doc.user_data`` while the block runs, with
    an empty dict for each run memo (``cues.run_memo_key``): every rule asks for them many times per article (and
    ``doc.ents`` builds every entity anew each time). A nested hold keeps the outer one's."""
    if _ENTS in doc.user_data:
        yield
        return
    doc.user_data[_ENTS] = tuple(_without_dangling_word(e) for e in doc.ents)
    doc.user_data.update({key: {} for key in RUN_MEMOS})
    doc.user_data[_USED_AS_PLACE] = _find_used_as_place(doc)
    doc.user_data[_PERSON_ENTS] = person_ents(doc)
    try:
        yield
    finally:  # (the lookups hold only for this run, whatever happens in it)
        for key in (_ENTS, _PERSON_ENTS, _PLACES, _NAME_WORDS, _BURMESE, _USED_AS_PLACE, *RUN_MEMOS):
            doc.user_data.pop(key, None)


def _office_after_the(doc, toks) -> bool:
    """Whether the capitalised words ``toks`` are an office after "the", which no name has after it: "The District
    Commissioner informed", whatever label the NER gave it."""
    k = toks[0].i
    return k > 0 and doc[k - 1].lower_ == "the" and toks[-1].lower_ in ROLE_NOUNS and all(t.is_title for t in toks)


def _without_dangling_word(ent):
    """A body's or a place's entity without a function word the NER left at its end: "the Brinemark Foundation of|
    Monaco" (a person's is left to the rules on names: "the Minister of Energy and|PERSON Mines" is none)."""
    if ent.label_ in ("PERSON", "PER"):
        return ent
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].lower_ in ("of", "for", "and", "the"):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label)


def doc_ents(doc) -> tuple:
    """``doc.ents``, kept while a run holds the doc."""
    cached = doc.user_data.get(_ENTS)
    return cached if cached is not None else doc.ents


def last_seen(person: Person, at: int, keep=None) -> int:
    """The token of the person's last mention at or before ``at`` (-1 if none); ``keep``: only mentions at tokens
    it accepts."""
    return max([i for i in person.seen or [person.first_token] if i <= at and (keep is None or keep(i))] or [-1])
