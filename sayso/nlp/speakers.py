"""Resolve each quote's speaker to the person or body the article means.

The words at a quote are often "he", "the minister", "Turkey's top diplomat"
or a bare surname. The article named that person earlier, usually with an
office: ``Russian Foreign Minister Sergey Volkonsky`` (premodifier),
``Volkonsky, Russia's foreign minister,`` (appositive) or ``the head of the
delegation, Sergey Volkonsky`` (fronted). We collect those people and offices
once per article, then resolve pronouns to the most recent compatible speaker
or person, roles to the person who holds them, surnames to full names.
Organisations, and unnamed sources ("a Turkish official"), stay as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence
from functools import lru_cache

from ..model import Quote
from .lexicon import GROUP_NOUNS, MEDIA_NOUNS, POSTED_BODIES, PRONOUN_GENDER, ROLE_NOUNS, TIME_WORDS, TITLES, WRITINGS
from ..ingest.datelines import split_dateline
from ..resolve.names import canonical_body, capital_country, fold, fuller_name, is_demonym, office_words, role_country, token_key, with_country
from .cues import is_verb, sentence_start
from .medium import find_medium

__all__ = ["Attribution", "resolve_speakers", "name_key"]

_FEMALE = {"ms", "mrs", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "queen", "woman", "mother", "sister"}
_MALE = {"mr", "spokesman", "chairman", "congressman", "king", "sheikh", "man", "father", "son", "brother", "prince"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# last words of a body's name ("Khabur Valley Television", "Levant Institute", "the Ministry")
_BODY_WORD_ENDINGS = GROUP_NOUNS | MEDIA_NOUNS | frozenset(
    "network press news tv institute forces front company corporation bank university".split())


@dataclass
class Attribution:
    """What ``quotes.py`` found, before names are resolved: spans in characters, speaker in tokens."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    paragraph: int
    follows: int | None = None  # index of the attribution whose speaker this quote-only paragraph continues
    speaker_full: tuple[int, int] | None = None  # the speaker's words with an appositive (the Quote's span)


@dataclass
class _Person:
    name: str
    key: str  # surname key
    first_token: int
    gender: str | None = None
    offices: list[tuple[frozenset[str], str | None]] = field(default_factory=list)  # (office words, country) per role phrase
    first: str | None = None  # first-name key: Rami Haddad and Walid al-Haddad share a surname, not a person
    seen: list[int] | None = None  # token offsets of its mentions
    aside: bool = False  # last quoted in an aside ("Earlier X stated …")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-tolerant key of a surname: the library's word key (case, accents, transliteration folded) of
    the name without its article (al-/el-) and apostrophes."""
    text = fold(name).replace("-", "")  # (fold: case, accents, apostrophes)
    text = re.sub(r"^(al|el|ul|ad|as|ash|at|az|ar)(?=[a-z]{3})", "", text)
    return token_key(text)


# words of an office that precede a name: "Rear Admiral", "Foreign Ministry Spokesperson Ambassador"
_OFFICE = TITLES | ROLE_NOUNS | GROUP_NOUNS | {
    "foreign", "defense", "defence", "interior", "deputy", "vice", "rear", "admiral", "special", "senior",
    "spokesperson", "top", "chief", "former", "acting", "first", "state", "national", "presidential",
    "lieutenant", "major", "colonel", "brigadier", "earlier", "later", "also", "expatriates",
}  # fmt: skip


_TITLE_WORDS = TITLES | ROLE_NOUNS  # a capitalised one before a name makes it a person's


def _strip_name(tokens) -> list:
    """The name in a mention: without possessive, titles, offices ("Russian Foreign Minister")."""
    toks = [t for t in tokens if t.text not in ("'s", "’s", "'", "’")]
    # "Gaziantep Governor Nilüfer Karaağaçlı", "head of the … Commission Brigadier General Rakan al-Suwaydi": the name
    # follows the last office word (when a capitalised name does follow it)
    last = max((n for n, t in enumerate(toks[:-1]) if t.lower_.rstrip(".") in _OFFICE and t.lower_ not in _DETERMINERS), default=None)
    if last is not None and toks[last + 1].is_title and toks[last + 1].pos_ == "PROPN":
        toks = toks[last + 1 :]
    while len(toks) > 1 and (
        toks[0].lower_.rstrip(".") in _OFFICE
        or toks[0].lower_ in _DETERMINERS
        or toks[0].pos_ in ("ADV", "ADP", "DET")
        # (an adjective, unless a capitalised word the tagger got wrong: "Bilal Darwish" with "Bilal" as ADJ)
        or toks[0].pos_ == "ADJ" and (not toks[0].is_title or is_demonym(toks[0].text))
        # (a place: a country or nationality, not a given name the NER took for one: "Rania|LOC Qassem")
        or (toks[0].ent_type_ in ("MISC", "NORP") or toks[0].ent_type_ in ("LOC", "GPE") and (
            role_country(toks[0].text) or toks[1].ent_type_))  # ("Aleppo|LOC Ghassan|PERSON …")
        and not toks[1].ent_type_ in ("MISC", "NORP", "LOC", "GPE")
    ):
        toks = toks[1:]
    if toks and (toks[0].lower_.rstrip(".") in TITLES or toks[0].lower_ in _DETERMINERS):
        toks = toks[1:]
    # "Governor of Aleppo Ghassan al-Mahayni" tagged as one name: the office's place is not the name (a place the
    # article names, or the word after a capitalised office and "of")
    if len(toks) >= 3 and toks[0].i > 1 and toks[0].doc[toks[0].i - 1].lower_ in ("of", "in", "for", "to"):
        office = toks[0].doc[toks[0].i - 2]
        if toks[0].lower_ in _places(toks[0].doc) or office.is_title and office.lower_ in _OFFICE:
            toks = toks[1:]
    # "Obeidat on Sunday": the name ends where the proper nouns do
    for n, t in enumerate(toks):
        if n and t.pos_ in ("ADP", "PUNCT") and t.text not in ("-", "."):
            toks = toks[:n]
            break
    return toks[-4:]


def _places(doc) -> frozenset[str]:
    """The words of the article's place names (kept in ``doc.user_data`` while ``resolve_speakers`` runs)."""
    cached = doc.user_data.get(_PLACES)
    if cached is None:
        cached = frozenset(t.lower_ for e in doc.ents if e.label_ in ("LOC", "GPE") for t in e)
        if _PERSON_ENTS in doc.user_data:  # (only while a run holds the doc)
            doc.user_data[_PLACES] = cached
    return cached


def _join(tokens) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text  # (not doc.text: spaCy rebuilds the whole text on each access)


def _role_words(tokens) -> set[str]:
    return {t.lower_ for t in tokens if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _DETERMINERS}


def _collect_people(doc, extra=()) -> list[_Person]:
    """Every PERSON the article names, with the offices it gives them, in order of first mention.

    ``extra`` are speaker spans made of proper nouns that the NER missed.
    """
    people: list[_Person] = []
    mentions = _person_ents(doc) + list(extra)
    mentions.sort(key=lambda e: e.start)
    for ent in mentions:
        toks = _strip_name(list(ent))
        if not toks or all(t.lower_.rstrip(".") in _OFFICE for t in toks):
            continue
        name = _join(toks)
        key, first = _name_keys(toks)
        spans = role_spans(doc, ent)
        roles = set().union(*(_role_words(span) for span in spans))
        person = _find(people, key, first, ent.start)
        if person is None:
            if first is None:
                full = _full_name(doc, toks[-1], name)
                first = name_key(full.split()[0]) if " " in full else None
                name = full
            person = _Person(name, key, ent.start, first=first, seen=[])
            people.append(person)
        elif first is not None and person.first is None:
            person.name, person.first = name, first  # the fuller form wins ("Lavrov" first, "Sergey Lavrov" later)
        person.seen.append(ent.start)
        person.offices += [(office_words(span.text), role_country(span.text)) for span in spans]
        words = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 3) : ent.start]} | roles
        if person.gender is None:
            person.gender = "f" if words & _FEMALE else "m" if words & _MALE else None
    _add_unlabelled_mentions(doc, people)
    return people


def _add_unlabelled_mentions(doc, people: list[_Person]) -> None:
    """Every capitalised word that is a collected person's surname is a mention of them, whatever the NER said:
    "Every morning Umm Khalil walks …", with the name tagged only later, still gives "she" someone to be."""
    by_key: dict[str, list[_Person]] = {}
    for person in people:
        by_key.setdefault(person.key, []).append(person)
    found: dict[int, set[int]] = {}
    for tok in doc:
        if not tok.is_title or tok.ent_type_ in ("PERSON", "PER") or tok.lower_.rstrip(".") in _OFFICE or tok.lower_ in _KUNYA:
            continue
        # ("Khalil" after "Umm" is the mother's kunya, not her son Khalil)
        key = _name_keys([doc[tok.i - 1], tok])[0] if tok.i and doc[tok.i - 1].lower_ in _KUNYA else name_key(tok.text)
        same = by_key.get(key)
        if same is not None and len(same) == 1:
            found.setdefault(id(same[0]), set()).add(tok.i)
    for person in people:
        if id(person) in found:
            person.seen = sorted(set(person.seen or ()) | found[id(person)])


def _person_ents(doc) -> list:
    """The PERSON entities, with a name the NER cut in two ("Jens" "Aaltonen") joined again.

    Computed once per ``resolve_speakers`` run (kept in ``doc.user_data`` for its duration)."""
    cached = doc.user_data.get(_PERSON_ENTS)
    if cached is not None:
        return cached
    # (not a lone pronoun or function word the NER took for a name: "Mine too")
    # (nor a dateline's place in capitals: "MINSK, May 3."; nor an office alone the NER took for a name: "The Minister
    # called for …")
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "PER") and not all(t.pos_ in ("PRON", "DET", "ADV", "ADP") for t in e)
            and not _inside_office(doc, e) and not all(t.lower_.rstrip(".") in _OFFICE or t.lower_ in _DETERMINERS for t in e)
            and not (len(e) == 1 and e[0].is_upper and len(e[0]) > 2 and e.end < len(doc) and doc[e.end].text in (",", "("))]
    joined: list = []
    for ent in ents:
        if joined and joined[-1].end == ent.start:
            joined[-1] = doc[joined[-1].start : ent.end]
        else:
            joined.append(ent)
    # a given name the NER left out, between an office and the name ("Foreign Minister Mu'ayyad | Jabbar al-Khafaji")
    for n, ent in enumerate(joined):
        k = ent.start - 1
        if k >= 1 and doc[k].pos_ == "PROPN" and _capitalised(doc[k]) and not doc[k].ent_type_ and doc[k].lower_ not in _OFFICE \
                and doc[k - 1].lower_.rstrip(".") in _OFFICE:
            joined[n] = ent = doc[k : ent.end]
    # and a surname the NER left out or gave another label ("Saule | Zhunusova told", "Dr. Faisal | Mekdad received"):
    # a lone capitalised proper noun right after a lone given name, ending the noun phrase, that is no country
    for n, ent in enumerate(joined):
        end = ent.end
        given = [t for t in ent if t.lower_.rstrip(".") not in TITLES and t.lower_.rstrip(".") not in _OFFICE]
        if len(given) <= 2 and end < len(doc) and doc[end].pos_ == "PROPN" and _capitalised(doc[end]) \
                and doc[end].lower_.rstrip(".") not in _OFFICE and not role_country(doc[end].text) \
                and (not doc[end].ent_type_ or doc[end].ent_iob_ == "B" and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")) \
                and (end + 1 == len(doc) or doc[end + 1].pos_ not in ("PROPN", "NOUN")):
            joined[n] = doc[ent.start : end + 1]
    return joined


def _capitalised(tok) -> bool:
    """A name's word: a capital first ("Mu'ayyad", which is no title case) or after an article ("al-Khafaji")."""
    return tok.text[:1].isupper() or re.match(r"(?:al|el|ad|as|ash|at|az|ar|ud|ul)-[A-Z]", tok.text) is not None


def _inside_office(doc, ent) -> bool:
    """``the Minister of Water Resources of Syria …``: a name-like run between an office's "of"s is its portfolio
    (whether the NER took the office in or not)."""
    def office(k: int) -> bool:
        return 0 <= k and k + 1 < len(doc) and doc[k].is_title and doc[k].lower_ in _OFFICE and doc[k + 1].lower_ == "of"

    then_of = ent[-1].lower_ == "of" or ent.end < len(doc) and doc[ent.end].lower_ == "of"
    return then_of and (office(ent.start - 2) or office(ent.start))


def _full_name(doc, surname, name: str) -> str:
    """``Seitkali`` -> ``Dauren Seitkali`` when the article writes the full name somewhere (the NER may miss it)."""
    key = name_key(surname.text)
    for tok in doc:
        if tok.i > 0 and name_key(tok.text) == key:
            first = doc[tok.i - 1]
            # (a given name inside the same entity, whatever its label: "Youssef Haddadin" tagged ORG after an office)
            if first.lower_ in _KUNYA:
                continue  # "Umm Khalil" is the mother, not her son Khalil's full name
            same_entity = tok.ent_iob_ == "I" and first.ent_type_ == tok.ent_type_
            if first.pos_ == "PROPN" and first.is_title and first.lower_.rstrip(".") not in _OFFICE and (
                    first.ent_type_ not in ("ORG", "LOC", "GPE", "MISC") or same_entity):
                return doc[first.i : tok.i + 1].text
    return name


def _office_start(doc, lo: int, hi: int) -> int:
    """Where an office in doc[lo:hi] starts: after the last place/time word ("on Monday Turkish Foreign
    Minister"), or at a later determiner ("Geneva the Russian presidential envoy")."""
    start = lo
    for j in range(lo, hi):
        # (an acronym the tagger made a preposition is the office's: "UN humanitarian coordinator X")
        if doc[j].pos_ == "ADP" and doc[j].lower_ not in ("of", "from", "for") and not (doc[j].is_upper and len(doc[j]) > 1) \
                or doc[j].lower_ in TIME_WORDS:
            start = j + 1
        elif doc[j].pos_ == "DET" and j > start and doc[j - 1].lower_ not in ("of", "from", "for"):  # (not "Head of the …")
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
            person_tokens = {i for e in _person_ents(doc) if e.end <= ent.start for i in range(e.start, e.end)}
        return k in person_tokens

    # (an office word or an acronym whatever its tag: "WHO spokeswoman" can come out as a pronoun and a verb)
    while k >= 0 and ent.start - k <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", "“", "\"") and (
            doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET", "ADP", "NUM") or doc[k].lower_ in ROLE_NOUNS
            or doc[k].is_upper and len(doc[k]) > 1 and doc[k].is_alpha) and not (
            a_name(k) and doc[k].lower_ not in _OFFICE):  # ("Head" tagged as a name is still the office)
        k -= 1
    start = _office_start(doc, k + 1, ent.start)
    pre = doc[start : ent.start]
    if any(t.lower_ in ROLE_NOUNS for t in pre):
        spans.append(pre)
    else:
        start = ent.start
    # appositive: "Volkonsky, Russia's deputy foreign minister, said"
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        k = ent.end + 1
        while k < len(doc) and k - ent.end <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        app = doc[ent.end + 1 : k]
        # closed by punctuation: "al-Khaddad, the Russian diplomat informed" is the next clause's subject
        closed = k >= len(doc) or doc[k].is_space or doc[k].text in (",", ".", ";", ":", "(", ")") \
            or doc[k - 1].lower_ in ("who", "which", "that")  # "a Beirut-based analyst who has followed …"
        whose = next((t.i for t in app if t.lower_ == "whose"), None)
        if whose is not None and whose > app.start:  # "the tribal elder whose son was released": the office ends there
            app, closed = doc[app.start : whose], True
        if closed and any(t.lower_ in ROLE_NOUNS for t in app):
            spans.append(app)
        # "Jafarian, who heads the Iranian delegation,"
        if ent.end + 3 < len(doc) and doc[ent.end + 1].lower_ == "who" and doc[ent.end + 2].lower_ in ("heads", "leads", "chairs"):
            k = ent.end + 3
            while k < len(doc) and k - ent.end <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            spans.append(doc[ent.end + 2 : k])
    # fronted: "the head of the Iranian delegation, Hossein Jafarian,"
    # (also before a premodified name: "the special representative of the President, Deputy Minister X")
    if start >= 2 and doc[start - 1].text == ",":
        k = start - 2
        while k >= 0 and start - k <= 16 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
            k -= 1
        k += 1
        while k < start - 1 and (doc[k].pos_ == "ADP" or doc[k].lower_ in TIME_WORDS):  # "on Monday the special …"
            k += 1
        front = doc[k : start - 1]
        # (not a list: "Deputy Minister Bashar al-Jaafari, Pedersen's deputy …" names someone else before the comma)
        possessive = ent.end < len(doc) and doc[ent.end].text in ("'s", "’s")
        names_someone = any(t.ent_type_ in ("PERSON", "PER") and t.is_title and t.lower_.rstrip(".") not in _OFFICE for t in front)
        if any(t.lower_ in ROLE_NOUNS for t in front) and not possessive and not names_someone:
            spans.append(front)
    return spans


def _titled_names(doc) -> list:
    """Names after an office or title, whatever label the NER gave them: ``Minister Walid al-Haddad``,
    ``Analyst Dauren Seitkali``. The NER often misses transliterated names; the title says it is a person."""
    spans = []
    n = len(doc)
    places = _places(doc)  # ("Governor of Aleppo Fayez …")
    for t in doc:
        # ("Secretary of …", "the head of the delegation from …", "envoy for Syria X", "ambassador to Damascus X")
        of = t.i + 1 < n and doc[t.i + 1].lower_ in ("of", "from", "for", "to")
        # (a lower-case office too, before a name of two or more words: "his Syrian counterpart Faisal Mekdad")
        lower = not (t.text[:1].isupper() or of)
        if not ((t.text[:1].isupper() or of or t.lower_ in ROLE_NOUNS) and t.lower_.rstrip(".") in _TITLE_WORDS):
            continue
        j = t.i + 1
        if j < n and doc[j].lower_.rstrip(".") in _OFFICE:
            continue  # the title goes on ("Rear Admiral …"): the run starts at its last word
        if j < n and doc[j].lower_ in ("for", "to") and not (j + 1 < n and (role_country(doc[j + 1].text) or doc[j + 1].lower_ in places)):
            continue  # ("envoy for Syria X", "ambassador to Damascus X": a place; not "the envoy for Water Resources …")
        if j < n and doc[j].lower_ in ("of", "from", "for", "to"):
            # "Head of the Regional Delegation Youssef Haddadin", "the Minister of Water Resources of Syria Samer
            # Khaddour declared": the name is the run of proper nouns that ends the phrase
            run = _name_ending_office(doc, j, min(j + 14, n), places)
            if run is not None:
                spans.append(run)
            continue
        k = j
        # (a given name the NER took for a place, unless it is a country: "negotiator Rania|LOC Qassem")
        while (k < n and k - j < 4 and doc[k].pos_ == "PROPN" and any(ch.isupper() for ch in doc[k].text)
               and (doc[k].ent_type_ in ("", "PERSON", "PER", "ORG") or doc[k].ent_type_ in ("LOC", "GPE") and k == j
                    and k + 1 < n and doc[k + 1].pos_ == "PROPN" and not doc[k + 1].ent_type_ and not role_country(doc[k].text))
               and doc[k].lower_ not in GROUP_NOUNS):
            k += 1
        if k - j >= (2 if lower else 1) and not any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(j, k)) \
                and not (lower and (doc[k - 1].lower_ in _BODY_WORD_ENDINGS or role_country(doc[j].text))):  # ("host Qatar Airways")
            spans.append(doc[j:k])
    return spans


def _aged_names(doc) -> list:
    """Names given with an age, whatever label the NER gave them: ``Hiba, 19, waved …``, ``Nabavi, 34, was …``."""
    spans = []
    for t in doc[:-3]:
        if t.text == "," and doc[t.i + 1].like_num and doc[t.i + 2].text == "," and t.i > 0:
            end = t.i
            start = end - 1
            while start > 0 and start > end - 3 and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]):
                start -= 1
            if doc[start].pos_ == "PROPN" and _capitalised(doc[start]) and not role_country(doc[start].text) \
                    and not any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(start, end)):
                spans.append(doc[start:end])
    return spans


def _name_ending_office(doc, lo: int, hi: int, places: set[str]):
    """The first run of two or three capitalised proper nouns in doc[lo:hi] that ends its noun phrase (a verb,
    punctuation or a preposition follows), leading place names left out: a person's name after a long office."""
    k = lo
    while k < hi:
        if not (doc[k].pos_ == "PROPN" and doc[k].is_title):
            k += 1
            continue
        end = k
        while end < hi and doc[end].pos_ == "PROPN" and (doc[end].is_title or "-" in doc[end].text) and end - k < 5:
            end += 1
        # (a body's name may lead the run: "Supreme National Security Council Ali Shamkhani" names after "Council")
        start = max([k] + [m + 1 for m in range(k, end) if doc[m].lower_ in GROUP_NOUNS])
        while start < end and (doc[start].ent_type_ in ("LOC", "GPE") or role_country(doc[start].text) or doc[start].lower_ in _OFFICE
                               or doc[start].lower_ in GROUP_NOUNS or doc[start].lower_ in places):
            start += 1
        follows = doc[end] if end < len(doc) else None
        # (not "of": "Water Resources | of Syria" is still the office)
        closes = follows is None or follows.is_punct or is_verb(follows) or follows.pos_ == "ADP" and follows.lower_ != "of" \
            or follows.lower_.endswith("ed")
        # (not a body the NER named as such, from its first word: "a correspondent for Khabur Valley Television")
        named_body = doc[end - 1].lower_ in _BODY_WORD_ENDINGS
        if closes and 2 <= end - start <= 3 and not named_body:
            # (a name the NER found is collected anyway; nothing after the first name is the office's holder)
            return None if any(doc[m].ent_type_ in ("PERSON", "PER") for m in range(start, end)) else doc[start:end]
        k = end
    return None


def _proper_speakers(doc, attributions) -> list:
    """Speaker spans that end in proper nouns but hold no entity: names the NER missed; and a surname the
    NER mislabelled where the article names that person elsewhere ("Jafarian" tagged MISC)."""
    spans = []
    surnames = {name_key(e[-1].text) for e in _person_ents(doc)}
    for a in attributions:
        if a.speaker is None:
            continue
        span = doc[a.speaker[0] : a.speaker[1]]
        name = _strip_name(list(span))
        if not name or not all(t.pos_ == "PROPN" or t.text in ("-",) for t in name) or any(t.lower_ in TIME_WORDS for t in name):
            continue  # "on Tuesday" is when, not who
        if not any(t.ent_type_ for t in span) or name_key(name[-1].text) in surnames and not any(
                t.ent_type_ in ("LOC", "GPE") for t in name):
            spans.append(doc[name[0].i : name[-1].i + 1])
    return spans


def _find(people: list[_Person], key: str, first: str | None, at: int) -> _Person | None:
    """The person a name means: same surname and first name; a bare surname means the one last mentioned."""
    same = [p for p in people if p.key == key]
    if first is not None:
        return next((p for p in same if p.first is None or _same_given(p.first, first)), None)
    if not same:
        return None
    return max(same, key=lambda p: _last_seen(p, at))


def _same_given(a: str, b: str) -> bool:
    """Two given-name keys of one person: equal, or one's shape (vowel runs as one mark) begins the other's
    (Muhammed Javad and Mohammad-Javad; Khaled and Khalil, Mahmoud and Mohammed, Ahmad and Hamid stay two)."""
    if a == b:
        return True
    a, b = (re.sub(r"[aeiou]+", "V", k) for k in (a, b))
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))


def _person_by_name(people: list[_Person], tokens) -> _Person | None:
    toks = _strip_name(tokens)
    if not toks:
        return None
    key, first = _name_keys(toks)
    return _find(people, key, first, toks[0].i)


_KUNYA = frozenset("umm um abu ibn bint".split())


def _name_keys(toks) -> tuple[str, str | None]:
    """(surname key, first-name key) of a name's tokens. A kunya is one name: "Umm Khalil" is not her son Khalil."""
    if len(toks) >= 2 and toks[-2].lower_ in _KUNYA:
        return name_key(toks[-2].text + toks[-1].text), None
    return name_key(toks[-1].text), (name_key(toks[0].text) if len(toks) > 1 else None)


_QUOTED = "sayso.direct_quotes"  # doc.user_data keys while resolve_speakers runs: the direct quotes' (start, end)
_PERSON_ENTS = "sayso.person_ents"  # and the article's person entities
_PLACES = "sayso.places"  # and the words of its place names


def _quoted(doc, char: int) -> bool:
    return any(a <= char < b for a, b in doc.user_data.get(_QUOTED, ()))


def _mentions_before(doc, people: list[_Person], char: int) -> list[_Person]:
    """People mentioned before ``char`` outside quotes, most recent first (every mention collected, also the
    names the NER gave another label: "headed by Head of the Regional Delegation Youssef Haddadin")."""
    last = {}
    for person in people:
        before = [i for i in person.seen or [person.first_token] if doc[i].idx < char and not _quoted(doc, doc[i].idx)]
        if before:
            last[id(person)] = max(before)
    return sorted((p for p in people if id(p) in last), key=lambda p: -last[id(p)])


# what a body is called again after its name: "The ministry also denied …"
_BODY_WORDS = frozenset("""ministry embassy committee commission council office organization organisation centre center
    department delegation movement administration presidency coalition alliance""".split())


def _bare_body(span) -> bool:
    """``the ministry``, ``The embassy``: a body named by its article and kind alone (``the ministry's``, as the
    owner of a writing, comes without its article)."""
    if len(span) == 1:
        return span[0].lower_ in _BODY_WORDS and span[0].i > 0 and span[0].doc[span[0].i - 1].lower_ == "the"
    return len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in _BODY_WORDS


def _named_before_cue(doc, a: Attribution, people: list[_Person]) -> _Person | None:
    """The person an appositive names right before the cue, set in commas: ``…, Abu Mahmoud, said``."""
    if a.cue is None:
        return None
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    k = cue[0].i - 1
    if k <= a.speaker[1] or doc[k].text != ",":
        return None
    lo = k - 1
    while lo > a.speaker[1] and doc[lo].pos_ == "PROPN":
        lo -= 1
    if doc[lo].text != "," or not 1 <= k - lo - 1 <= 3:
        return None
    return _person_by_name(people, list(doc[lo + 1 : k]))


def _plural_speaker(doc, a: Attribution) -> bool:
    """Whether ``a``'s speaker is a plural noun phrase ("Local residents", "Diplomats")."""
    if a.speaker is None:
        return False
    last = doc[a.speaker[1] - 1]
    return last.tag_ in ("NNS", "NNPS") and not last.ent_type_


def _same_unnamed(doc, before: Attribution, a: Attribution, words, name: str | None) -> bool:
    """``The official`` right after ``A senior Turkish official`` spoke (in this paragraph or the one before): the
    same unnamed source (``name``, as resolved), not whoever the article last gave an office."""
    if before.speaker is None or a.paragraph - before.paragraph > 1 or not 2 <= len(words) <= 4 or words[0].lower_ != "the" \
            or any(t.pos_ == "ADP" for t in words):  # (a plain "the X", not "the head of the delegation")
        return False
    earlier = doc[before.speaker[0] : before.speaker[1]]
    head = words[-1].lower_
    if not (head in ROLE_NOUNS or head in GROUP_NOUNS) or not any(t.lower_ == head for t in earlier):
        return False
    # (or "the source" again, after "The source added" resolved to the unnamed source)
    return earlier[0].lower_ in ("a", "an") or earlier[0].lower_ == "the" and name is not None and name.startswith(("a ", "an ")) \
        and [t.lower_ for t in earlier] == [t.lower_ for t in words]


def _owner_or(doc, words):
    """The author's words of a writing (``the statement of the ministry`` -> ``the ministry``), else ``words``."""
    owner = _document_owner(list(words))
    return doc[owner[0] : owner[1]] if owner else words


def _body_named_before(doc, at: int, word: str, resolved: Sequence[str | None] = ()) -> str | None:
    """The body the article last named with ``word`` before token ``at``: a speaker's resolved name
    (``resolved``, in text order) first, else an organisation entity with the country said before it."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    spoke = next((n for n in reversed(resolved) if n and pattern.search(n)), None)
    if spoke is not None:
        return spoke
    ent = next((e for e in reversed(doc.ents) if e.label_ == "ORG" and e.end <= at and pattern.search(e.text)), None)
    if ent is None:
        # (a name the NER did not tag as one: "of the Russian Foreign Ministry Ivan Korovin")
        fuller = fuller_name(doc[max(0, at - 300) : at].text, word.capitalize())
        return canonical_body(fuller) if fuller else None
    lo = ent.start  # "the Syrian Interior Ministry", "Iran's Foreign Ministry"
    if lo >= 1 and role_country(doc[lo - 1].text) and is_demonym(doc[lo - 1].text):
        lo -= 1
    elif lo >= 2 and doc[lo - 1].text in ("'s", "’s") and role_country(doc[lo - 2].text):
        lo -= 2
    return canonical_body(doc[lo : ent.end].text)


_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
_GROUP_MEMBERS = frozenset("countries states guarantors nations capitals sides parties powers".split())
_LISTED = re.compile(r"\b((?:[A-Z][\w-]*,\s+)+[A-Z][\w-]*,?\s+and\s+[A-Z][\w-]*|[A-Z][\w-]*\s+and\s+[A-Z][\w-]*)\b")


def _leads(doc, person: _Person, country: str) -> bool:
    """Whether the article says ``The Turkish delegation was led/headed by … X`` of ``person``."""
    for i in person.seen or [person.first_token]:
        before = doc[max(0, i - 12) : i]
        words = [t.lower_ for t in before]
        if "by" in words and any(w in ("led", "headed") for w in words) and "delegation" in words \
                and role_country(before.text) == country:
            return True
    return False


def _asked_about(doc, people: list[_Person], at: int) -> list[_Person]:
    """People named in an ``Asked about …,`` opening of the sentence of token ``at``."""
    start = sentence_start(doc[at])
    return _named_in_sentence_before(doc, people, at) if doc[start].lower_ == "asked" else []


def _named_in_sentence_before(doc, people: list[_Person], at: int) -> list[_Person]:
    """People named in the sentence of token ``at``, before it."""
    found = []
    for tok in doc[sentence_start(doc[at]) : at]:
        if (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "PER")) and _capitalised(tok):
            person = _person_by_name(people, [tok])
            if person is not None:
                found.append(person)
    return found


def _counted_group(doc, span) -> str | None:
    """``the three countries``, ``the three guarantor states``: the countries the article last listed in that
    number (``adopted by Russia, Turkey and Iran``), named as listed."""
    words = [t.lower_ for t in span]
    guarantors = words[0] == "the" and len(words) <= 4 and (
        words[-1] in ("guarantors", "guarantor") or words[-2:-1] == ["guarantor"] and words[-1] in _GROUP_MEMBERS)
    if not guarantors and (len(words) < 3 or words[0] != "the" or words[1] not in _COUNTS or words[-1] not in _GROUP_MEMBERS):
        return None
    if not guarantors or words[1] in _COUNTS:
        before = doc[max(0, span.start - 400) : span.start].text
        for m in reversed(list(_LISTED.finditer(before))):
            names = [n for n in re.split(r",\s+|,?\s+and\s+", m.group(1)) if n]
            if len(names) == _COUNTS.get(words[1], 3) and all(role_country(n) and not is_demonym(n) for n in names):
                return m.group(1)
    # in a story of the Astana format, "the guarantors" and "the three countries" are its three guarantors
    if (guarantors or words[1] == "three") and any(t.lower_ == "astana" for t in doc):
        return _ASTANA_GUARANTORS
    return None


_ASTANA_GUARANTORS = "Russia, Turkey and Iran"


def _bare_writing(span) -> bool:
    """``the statement``, ``the letter``: a writing named by its article alone, whose author was named before."""
    words = [t.lower_ for t in span]
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in WRITINGS


def _document_owner(tokens) -> tuple[int, int] | None:
    """The author of a writing that speaks: its possessor (``Lanskoy's``) or what follows ``from``/``by``."""
    at = next((n for n, t in enumerate(tokens) if t.lower_ in WRITINGS), None)
    if at is None:
        return None
    lo = next((n for n in range(at) if tokens[n].text in ("'s", "’s")), None)
    if lo is not None:
        first = next((n for n in range(lo) if tokens[n].lower_ not in _DETERMINERS), lo)
        return (tokens[first].i, tokens[lo].i) if first < lo else None
    if at + 2 < len(tokens) and tokens[at + 1].lower_ in ("from", "by", "of"):
        return tokens[at + 2].i, tokens[-1].i + 1
    if at + 3 < len(tokens) and tokens[at + 1].tag_ == "VBN" and tokens[at + 2].lower_ == "by":
        return tokens[at + 3].i, tokens[-1].i + 1  # "the statement issued by the army's General Command"
    return None


_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "csubj"})


def _subjects_before(doc, people: list[_Person], at: int) -> list[_Person]:
    """People who are the subject of a main clause earlier in the paragraph, most recent first: the one
    "he" most likely continues ("Volkonsky struck a more optimistic tone. '…,' he said")."""
    found: list[_Person] = []
    k = at - 1
    loose: list[_Person] = []  # names the parser hung elsewhere, neither object nor after a preposition
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        t = doc[k]
        k -= 1
        if _quoted(doc, t.idx):
            continue  # "“I told Lavrov …,” he said": a name inside the quote is not who "he" is
        if t.ent_type_ in ("PERSON", "PER") and t.dep_ not in ("obj", "iobj", "dobj", "pobj", "flat", "compound") \
                and not any(c.dep_ == "case" for c in t.children):
            ent = next((e for e in _person_ents(doc) if e.start <= t.i < e.end), None)
            person = _person_by_name(people, list(ent)) if ent is not None else None
            if person is not None and person not in loose:
                loose.append(person)
        if t.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") or t.head.dep_ in _CLAUSE_DEPS:
            continue
        if t.lower_ in ("he", "she") and not found:
            # "He said his counterpart, X, had promised … He added": the story's speaker goes on (the earlier "he"),
            # not a name inside what he said
            return []
        names = [t] + [c for c in t.children if c.dep_ == "appos"]
        for tok in names:
            if tok.ent_type_ not in ("PERSON", "PER") and tok.is_title and tok.pos_ == "PROPN" and tok.lower_ not in _OFFICE:
                kunya = tok.i > 0 and doc[tok.i - 1].lower_ in _KUNYA
                known = _person_by_name(people, [doc[tok.i - 1], tok] if kunya else [tok])  # a name the NER missed: "Umm Khalil says"
                if known is not None and known not in found:
                    found.append(known)
                    break
            if tok.lower_ in ROLE_NOUNS and not tok.ent_type_ and any(c.lower_ == "the" for c in tok.children):
                # "the elder poured tea. “…,” he said": the office's holder, if the article gave it to someone
                # (the holder may be named inside the phrase: "The co-chair of … from the Syrian side Yusuf al-Khatib")
                end = doc[tok.right_edge.i]
                holder = _office_holder(_join(list(doc[tok.left_edge.i : tok.i + 1])), tok.lower_,
                                        _mentions_before(doc, people, end.idx + len(end.text)))
                if holder is not None and holder not in found:
                    found.append(holder)
                break
            if tok.lower_ in ROLE_NOUNS and not tok.ent_type_ and any(c.lower_ in ("a", "an") for c in tok.children) \
                    and tok.left_edge.i == tok.sent.start:  # (not "Sheikh X, a tribal elder …, urged", parsed backwards)
                # "A senior Turkish diplomat told the Ledger … He added": an unnamed source, as the article words it
                # (unless an appositive names them: "A UNHCR spokesperson in Beirut, Lisa Abou Khaled, said")
                named = next((p for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                              for e in _person_ents(doc) if e.start <= c.i < e.end
                              for p in [_person_by_name(people, list(e))] if p is not None), None)
                words = [t for t in doc[tok.left_edge.i : tok.i + 1] if not t.is_punct]
                if not found:
                    found.append(named or _Person(_plain(_join(words)), name_key(tok.text), tok.i))
                break
            if tok.ent_type_ in ("PERSON", "PER"):
                ent = next((e for e in _person_ents(doc) if e.start <= tok.i < e.end), None)
                person = _person_by_name(people, list(ent)) if ent is not None else None
                if person is not None and person not in found:
                    found.append(person)
                break
    return found or loose


def _resolve(doc, span: tuple[int, int], char: int, people: list[_Person], recent: list[_Person]) -> str | None:
    tokens = list(doc[span[0] : span[1]])
    owner = _document_owner(tokens)
    if owner is not None:
        return _resolve(doc, owner, char, people, recent)
    cited = next((n for n in range(len(tokens) - 3) if " ".join(t.lower_ for t in tokens[n : n + 3]) == "with reference to"), None)
    if cited is not None:  # "the agency LNA with reference to the Syrian Defense Ministry": the ministry speaks
        return _resolve(doc, (tokens[cited + 3].i, span[1]), char, people, recent)
    # an office whose holder's name ends the phrase: "The co-chair of … from the Syrian side Yusuf al-Khatib"
    tail = 0  # the run of proper nouns that ends the phrase
    while tail < min(3, len(tokens) - 1) and tokens[-1 - tail].pos_ == "PROPN" and (tokens[-1 - tail].is_title or "-" in tokens[-1 - tail].text):
        tail += 1
    if tail >= 2 and any(t.lower_ in ROLE_NOUNS for t in tokens[:-tail]) \
            and not any(t.lower_ in ("for", "to") and n + 1 < len(tokens) and tokens[n + 1].lower_.rstrip(".") in _OFFICE
                        for n, t in enumerate(tokens)):  # ("a spokesperson for envoy X" speaks for X; "envoy for Syria X" is X)
        # (the run may begin with the office's place: "of agriculture of Kazakhstan Bauyrzhan Temirkhanov")
        named = next((p for size in range(tail, 1, -1) if (p := _person_by_name(people, tokens[-size:])) is not None), None)
        if named is not None:
            return named.name
    # "The Northern Coordination Council on Tuesday", "the embassy in Astana": the speaker ends before the place or time
    # (but "the Iranian embassy in Moscow" is the embassy's name)
    cut = next((n for n, t in enumerate(tokens) if n and t.pos_ == "ADP" and t.lower_ != "of" and not (
        t.lower_ == "in" and tokens[n - 1].lower_ in POSTED_BODIES)), None)
    whose = None  # "advisers to Mr. Obama": whose advisers, kept in the words though they are not Obama
    if cut is not None and tokens[cut].lower_ in ("for", "of") and tokens[cut - 1].lower_ in _SPOKES \
            and not any(t.lower_.rstrip(".") in _TITLE_WORDS for t in tokens[cut + 1 :]):
        # "A spokesperson for the International Committee of the Red Cross (ICRC)": the body speaks
        if any(e.label_ == "ORG" and tokens[cut].i < e.start < span[1] for e in doc.ents):
            lo = tokens[cut].i + 1
            while lo < span[1] and doc[lo].lower_ in _DETERMINERS:
                lo += 1
            end = next((t.i for t in tokens[cut + 1 :] if t.text in ("(", ",") or t.pos_ == "ADP" and t.lower_ != "of"), span[1])
            return canonical_body(doc[lo:end].text)
    if cut is not None and tokens[cut].lower_ in ("to", "for") and cut + 1 < len(tokens):
        ent = next((e for e in _person_ents(doc) if e.start == tokens[cut + 1].i or e.start == tokens[cut + 1].i + 1), None)
        whose = _join(tokens[: ent.end - tokens[0].i]) if ent is not None and ent.end <= span[1] else None
    tokens = tokens[:cut]
    if not tokens:
        return None
    text = _join(tokens)
    low = [t.lower_ for t in tokens]
    aged = re.fullmatch(r"the \d+-year-old", text.lower()) is not None  # "the 52-year-old said": like "he" or "she"
    if len(tokens) == 1 and low[0] in PRONOUN_GENDER or aged:
        gender = "any" if aged else PRONOUN_GENDER[low[0]]
        if gender in ("m", "f", "any"):
            # "Earlier el-Hadad stated …" is an aside: "He added" after it still means the story's speaker
            story = [p for p in recent if not p.aside] + [p for p in recent if p.aside]
            # "Asked about Şaban's remarks, he said": who was asked about is not who answers
            asked = _asked_about(doc, people, span[0])
            if low[0] in ("him", "her"):
                # "Shalkhub, according to him, asked …": an object pronoun is not its own clause's subject
                asked = asked + _named_in_sentence_before(doc, people, span[0])
            for person in _subjects_before(doc, people, span[0]) + story + _mentions_before(doc, people, char):
                if person in asked:
                    continue
                if gender == "any" or person.gender in (None, gender):
                    person.gender = person.gender or (gender if gender != "any" else None)
                    return person.name
            return None
        return None  # "they", "it": left to the text (see speaker_text)
    if low[0] in ("i", "we", "you", "me", "us"):
        return None
    if not text.islower() and canonical_body(text) != text and not any(t.ent_type_ in ("PERSON", "PER") for t in tokens):
        return canonical_body(text)  # a body the alias table knows, before any title is stripped ("General Security")
    if len(tokens) == 1 and low[0] in ("who", "which", "that") and tokens[0].head.dep_ in ("acl:relcl", "relcl", "acl"):
        # "voters who said …": the words stay "who", the speaker is the noun the relative clause hangs on
        noun = tokens[0].head.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.i < tokens[0].i and not noun.is_space:
            left = noun.left_edge.i
            while left < noun.i and doc[left].pos_ in ("ADP", "PUNCT"):
                left += 1  # "(many) of the voters": from "the"
            return _resolve(doc, (left, noun.i + 1), char, people, recent)
    # a name the article gave a person earlier wins over whatever label the NER put on it here
    # (or "LAVROV:", or "al-Haddad" at a sentence's start that the tagger did not take for a proper noun)
    if tokens[-1].pos_ == "PROPN" or tokens[-1].is_title or tokens[-1].is_upper and len(tokens[-1]) > 2 or tokens[-1].ent_type_:
        known = _person_by_name(people, tokens)
        if known is not None:
            return known.name
    # (after the cut: "advisers to Mr. Obama" are not Obama)
    persons = [e for e in _person_ents(doc) if span[0] <= e.start < span[0] + len(tokens)]
    if (not persons and whose is None and tokens[-1].pos_ == "PROPN" and not any(t.ent_type_ for t in tokens)
            and _strip_name(tokens)  # ("The Deputy Minister": an office, no name)
            and tokens[-1].lower_ not in TIME_WORDS):
        persons = [doc[span[0] : span[1]]]
    if persons:
        p = _person_by_name(people, list(persons[0]))
        if p is not None or _strip_name(list(persons[0])):
            return p.name if p else _join(_strip_name(list(persons[0])))
    head = tokens[-1]
    for t in tokens:
        if t.lower_ == "of":
            head = tokens[tokens.index(t) - 1] if tokens.index(t) > 0 else head
            break
    if head.lower_ in ROLE_NOUNS and (low[0] in ("the", "his", "her", "its") or any(t.text in ("'s", "’s") for t in tokens) or head.pos_ == "NOUN"):
        if low[0] not in ("a", "an"):
            candidates = recent + [p for p in _mentions_before(doc, people, char) if p not in recent]
            holder = _office_holder(text, head.lower_, candidates)
            if holder is None and low[0] == "the":
                holder = _named_later(text, head.lower_, people, span[0])
            # (not a spokesperson: the minister last in view does not speak for himself through one)
            if holder is None and low[0] in ("the", "his", "her", "its") and not head.lower_.endswith("s") \
                    and head.lower_ not in _SPOKES:
                # nobody was given the office: the person last in view, from that country if it says one
                country = role_country(text)
                pool = [p for p in candidates if country is None or not _countries_of(p) or country in _countries_of(p)]
                pool.sort(key=lambda p: (country is not None and country not in _countries_of(p), -_last_seen(p, span[0])))
                holder = pool[0] if pool else None
            if holder is None and not candidates:  # a lead paragraph names the office before the story names the person
                holder = _office_holder(text, head.lower_, people, only=True)
            if holder is not None:
                return holder.name
    country = role_country(text) if len(tokens) == 3 and low[0] == "the" and low[2] in ("side", "delegation") else None
    if country is not None:
        # "The Turkish delegation was led by … X. The Turkish side insisted …": who leads that country's delegation,
        # else whoever the article last gave an office of that country
        pool = recent + _mentions_before(doc, people, char)
        led = [p for p in pool if _leads(doc, p, country)] or [p for p in pool if country in _countries_of(p)]
        if led:
            return led[0].name
    if len(tokens) == 2 and low[0] in ("the", "this") and head.lower_ in _OUTLET_WORDS:
        # "The newspaper … had reported": the outlet the article last named with that word
        named = _last_named_outlet(doc.text[: doc[span[0]].idx], head.lower_)
        if named is not None:
            return named
    if head.lower_ in _SPOKES and len(tokens) >= 2 and tokens[-2].lower_ in GROUP_NOUNS:
        # "A ministry spokesperson told …" after "The Ministry of National Defence said …": the body last named
        body = _body_named_before(doc, span[0], tokens[-2].lower_)
        if body is not None:
            return body
    # a nationality says where an unnamed source is from ("a Turkish diplomatic source"), not who speaks
    orgs = [e for e in doc.ents if e.label_ in ("ORG", "LOC", "GPE", "NORP", "MISC") and span[0] <= e.start < span[1]
            and e.start < span[0] + len(tokens) and not is_demonym(e.text)]
    if orgs and (head.lower_ in GROUP_NOUNS or head.ent_type_ or head.lower_ in _SPOKES or head.lower_ == "statement"):
        ent = orgs[0]
        # the organisation's name with its country in front ("the Turkish Foreign Ministry"), up to the cut
        toks = tokens[next(n for n, t in enumerate(tokens) if t.i >= ent.start or t.ent_type_):] if head.ent_type_ else list(ent)
        while toks and toks[0].lower_ in _DETERMINERS:
            toks = toks[1:]
        if not head.ent_type_ and toks:
            # "the press service of the Ministry of Agriculture of the Russian Federation": the ministry with its country
            whole = _join(tokens[next(n for n, t in enumerate(tokens) if t.i >= toks[0].i):])
            if canonical_body(whole) != whole:
                return canonical_body(whole)
        return canonical_body(_join(toks)) or None
    return canonical_body(_plain(whose or text))


# what an outlet is called, and the words that mean the same outlet later: "the daily Yeni Sabah … The newspaper"
_OUTLET_WORDS = {"newspaper": ("newspaper", "daily", "weekly"), "daily": ("newspaper", "daily"), "agency": ("agency",),
                 "channel": ("channel", "television", "TV"), "broadcaster": ("broadcaster", "channel", "television")}


def _last_named_outlet(before: str, word: str) -> str | None:
    """The name after the last ``newspaper``/``daily``/``agency`` … in ``before`` (``the Istanbul-based daily Yeni Sabah``)."""
    kinds = "|".join(_OUTLET_WORDS[word])
    matches = list(re.finditer(rf"\b(?:{kinds})\s+(?:«([^»]{{2,60}})»|“([^”]{{2,60}})”|((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){{0,3}}))", before))
    if not matches:
        return None
    m = matches[-1]
    return next(g for g in m.groups() if g)


def _named_in_apposition(doc, a: Attribution) -> tuple[int, int] | None:
    """``Russia's envoy, Sergei Volkonsky,``: an office whose appositive names the person speaks as that person."""
    if a.speaker_full is None or a.speaker_full == a.speaker:
        return None
    lo, hi = a.speaker
    # (a person named inside the office is its holder, unless as its possessor: "Pedersen's spokeswoman, Jenifer Fenton,")
    if not any(t.lower_ in ROLE_NOUNS for t in doc[lo:hi]) or any(
            e.start < hi and e.end > lo and not (e.end < hi and doc[e.end].text in ("'s", "’s")) for e in _person_ents(doc)):
        return None
    inside = [e for e in _person_ents(doc) if hi <= e.start and e.end <= a.speaker_full[1]
              and not all(t.lower_.rstrip(".") in _OFFICE for t in e)]  # "Brigadier" tagged as a name
    if inside:
        return inside[0].start, inside[0].end
    # (or a name the NER gave another label, set off by a comma: "Nabavi’s lawyer in Qamishli, Shiyar|LOC Hamo,")
    end = a.speaker_full[1]
    comma = max((t.i for t in doc[hi:end] if t.text == ","), default=None)
    run = doc[comma + 1 : end] if comma is not None else None
    if run is not None and 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" and _capitalised(t) and not role_country(t.text) for t in run):
        return run.start, run.end
    return None


# offices that any holder of a more precise one also has: a foreign minister is a diplomat and an official
_GENERIC_OFFICES = frozenset({"diplomat", "official", "representative"})


def _last_seen(person: _Person, at: int) -> int:
    return max([i for i in person.seen or [person.first_token] if i <= at] or [-1])


def _countries_of(person: _Person) -> set[str]:
    return {country for _, country in person.offices if country}


def _office_holder(phrase: str, head: str, candidates: list[_Person], only: bool = False) -> _Person | None:
    """The person ``phrase`` ("the Russian envoy", "Turkey's top diplomat") calls by the office the article gave
    them, most recent first. The country must not contradict theirs; ``only``: exactly one holder, or nobody."""
    wanted, country = office_words(phrase), role_country(phrase)
    nouns = wanted & ROLE_NOUNS or {head}
    fits = []
    for rank, person in enumerate(candidates):
        countries = _countries_of(person)
        if country is not None and countries and country not in countries:
            continue
        best = 0.0
        for words, _ in person.offices:
            # (a generic office with the same qualifier: "the UN official" for "UN humanitarian coordinator X")
            if nouns & words or head in _GENERIC_OFFICES and (country is not None and country in countries or (wanted - nouns) & words):
                best = max(best, 10 * len(nouns & words) + len(wanted & words) + (5 if country in countries else 0))
        if only and best and not (wanted <= set().union(*(w for w, _ in person.offices)) or nouns & _GENERIC_OFFICES):
            best = 0.0  # before the story names anyone, the office must be theirs word for word
        if best:
            fits.append((best - rank * 0.1, person))
    if not fits or only and len(fits) > 1:
        return None
    return max(fits, key=lambda f: f[0])[1]


_DIGRESSIONS = frozenset("earlier previously meanwhile separately".split())


def _named_later(phrase: str, head: str, people: list[_Person], at: int) -> _Person | None:
    """``About this declared the head of the department of … . According to Artyom Zhuravsky, who heads the
    department since 2021, …``: an office the article gives its holder only after the quote (the first person
    named later whose office shares the office noun and one more word)."""
    wanted = office_words(phrase)
    nouns = wanted & ROLE_NOUNS or {head}
    later = sorted((p for p in people if p.first_token > at), key=lambda p: p.first_token)
    return next((p for p in later for words, _ in p.offices if nouns & words and len(wanted & words) >= 2), None)


def _digression(doc, char: int) -> bool:
    """Whether the sentence at ``char`` opens with a word that steps aside from the story ("Earlier", "Meanwhile")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and doc[sentence_start(span[0])].lower_ in _DIGRESSIONS


_GAVE_NAME = re.compile(r"\bgave (?:his|her|their) (?:first )?name as ([A-Z][\w'’-]*(?:\s+(?:[A-Z]|al-|el-)[\w'’-]*){0,2})")


def _speaker_to_cue(doc, a: Attribution) -> str:
    """The words from the speaker to the cue (or to the speaker's appositive's end): "a mother of four who gave her
    name as Umm Yazan", "One of them, a driver who gave his name as Abu Firas,"."""
    end = a.speaker_full[1] if a.speaker_full is not None else a.speaker[1]
    if a.cue is not None:
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if cue is not None and len(cue) and a.speaker[1] <= cue[0].i <= a.speaker[1] + 16:
            end = max(end, cue[0].i)
    return doc[a.speaker[0] : end].text


def _home_country(text: str) -> str | None:
    """The country whose capital the story's dateline names (``Baghdad, TNA –``), if any."""
    for para in text.split("\n\n")[:3]:
        dateline, _ = split_dateline(para.strip(), lambda agency: True)
        if dateline is not None:
            return capital_country(dateline.place)
    return None


def _plain(text: str) -> str:
    # an unnamed source keeps its words, with a lower-case article: "a Turkish official"
    first, _, rest = text.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        return first.lower() + " " + rest
    return text


def resolve_speakers(doc, attributions: list[Attribution], text: str | None = None, place: str | None = None) -> list[Quote]:
    """Quotes with ``speaker_name`` resolved and ``medium`` filled, in text order (``text``: the doc's, if known;
    ``place``: the dateline's, if cleaning took it off the text)."""
    doc.user_data[_QUOTED] = sorted((a.start, a.end) for a in attributions if a.kind == "direct")
    doc.user_data[_PERSON_ENTS] = _person_ents(doc)
    try:
        return _resolve_all(doc, attributions, text, place)
    finally:  # (the doc's lookups hold only for this run, whatever happens in it)
        for key in (_QUOTED, _PERSON_ENTS, _PLACES):
            doc.user_data.pop(key, None)


def _resolve_all(doc, attributions: list[Attribution], text: str | None, place: str | None) -> list[Quote]:
    people = _collect_people(doc, _proper_speakers(doc, attributions) + _titled_names(doc) + _aged_names(doc))
    names: list[str | None] = []
    media_by_speaker: dict[str, tuple[str, bool, int]] = {}  # name -> (medium, given in an interview, paragraph)
    recent: list[_Person] = []
    quotes = []
    text = doc.text if text is None else text
    home = capital_country(place) or _home_country(text)
    for n, a in enumerate(attributions):
        name = None
        if a.follows is not None and a.follows < n:
            name = names[a.follows]
        elif a.speaker is not None:
            char = doc[a.speaker[0]].idx
            name = (_resolve(doc, _named_in_apposition(doc, a) or a.speaker, char, people, recent) or "").strip() or None
            words = doc[a.speaker[0] : a.speaker[1]]
            group = _counted_group(doc, words)
            named = _named_before_cue(doc, a, people) if words[0].lower_ in ("a", "an") else None
            if group is not None:
                name = group
            elif named is not None:
                name = named.name  # "A Jordanian truck driver waiting at the crossing, Abu Mahmoud, said"
            elif n and _same_unnamed(doc, attributions[n - 1], a, words, names[-1]):
                name = names[-1]  # "A senior Turkish official … told SNA that … The official said …"
            elif len(words) == 1 and words[0].lower_ == "they" and n and names[-1] and attributions[n - 1].paragraph >= a.paragraph - 1 \
                    and (re.search(r"\band\b", names[-1]) or _plural_speaker(doc, attributions[n - 1])):
                name = names[-1]  # "In it, the three countries said … They also called for …", "Residents said … They added"
            elif _bare_body(owner := _owner_or(doc, words)):  # (also "the statement of the ministry": the ministry's)
                name = _body_named_before(doc, a.speaker[0], owner[-1].lower_, names) or name
            elif len(words) == 2 and words[0].lower_ == "the" and words[1].is_title and not words[1].ent_type_ in ("PERSON", "PER"):
                # "The Syrian Observatory … said … According to the Observatory, …": the body named in full before
                name = next((m for m in reversed(names) if m and m.split()[-1:] == [words[1].text] and m != words[1].text), name)
            elif _bare_writing(words):
                # "The statement added that …": the statement of whoever spoke last
                name = next((n for n in reversed(names) if n), name)
            elif len(words) == 1 and words[0].lower_ == "it" and n and names[-1] and attributions[n - 1].paragraph >= a.paragraph - 1:
                # "The ministry said … It added that …": the body that spoke just before, if not a person
                if not any(p.name == names[-1] for p in people):
                    name = names[-1]
        if name and home:
            name = with_country(name, home)  # "the Ministry of Justice" in a story from Baghdad is Iraq's
        if a.speaker is not None and (given := _GAVE_NAME.search(_speaker_to_cue(doc, a))):
            name = given.group(1)  # "a mother of four who gave her name as Umm Yazan said"
        person = next((p for p in people if p.name == name), None)
        if person is not None:
            recent = [p for p in recent if p is not person]
            # "Earlier el-Hadad stated …" is an aside: "He added" after it still means the story's speaker
            recent.insert(0, person)
            person.aside = a.cue is not None and _digression(doc, a.cue[0])
        names.append(name)
        # a speaker's later statements belong to the interview they gave ("About this declared … in interview to CTA
        # …"; "told Global Wire. … In the same interview, she said"), not to any outlet they once spoke to
        medium, interview = find_medium(doc, a.cue) if a.cue is not None else (None, False)
        if medium is None and name and a.follows is None:
            held = media_by_speaker.get(name)
            medium = held[0] if held is not None and (held[1] or interview or a.paragraph - held[2] <= 1) else None
        elif medium is not None and name:
            media_by_speaker[name] = (medium, interview, a.paragraph)
        if a.follows is not None and a.follows < n:
            medium = quotes[a.follows].medium
        sp = (None, None)
        if a.speaker is not None:
            lo, hi = a.speaker_full or a.speaker
            sp = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        cue = a.cue or (None, None)
        end = a.end
        while end > a.start and text[end - 1].isspace():
            end -= 1
        quotes.append(
            Quote(a.start, end, a.kind, cue[0], cue[1], sp[0], sp[1], speaker_name=name, medium=medium)
        )
    return quotes
