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
import unicodedata
from dataclasses import dataclass

from ..model import Quote
from .lexicon import GROUP_NOUNS, PRONOUN_GENDER, ROLE_NOUNS, TIME_WORDS, TITLES
from ..resolve.names import is_demonym
from .medium import find_medium

__all__ = ["Attribution", "resolve_speakers", "name_key"]

_FEMALE = {"ms", "mrs", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "queen", "woman", "mother", "sister"}
_MALE = {"mr", "spokesman", "chairman", "congressman", "king", "sheikh", "man", "father", "son", "brother", "prince"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


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
    roles: set[str]
    gender: str | None = None
    first: str | None = None  # first-name key: Rami Haddad and Walid al-Haddad share a surname, not a person
    seen: list[int] | None = None  # token offsets of its mentions


def name_key(name: str) -> str:
    """A spelling-tolerant key of a surname: case, accents, al-/el-, apostrophes, -y/-iy, doubled letters folded."""
    text = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`ʻʼ‘-]", "", text)
    text = re.sub(r"^(al|el|ul|ad|as|ash|at|az|ar)(?=[a-z]{3})", "", text)
    text = re.sub(r"(iy|yi|y)$", "i", text)
    return re.sub(r"(.)\1+", r"\1", text)


# words of an office that precede a name: "Rear Admiral", "Foreign Ministry Spokesperson Ambassador"
_OFFICE = TITLES | ROLE_NOUNS | GROUP_NOUNS | {
    "foreign", "defense", "defence", "interior", "deputy", "vice", "rear", "admiral", "special", "senior",
    "spokesperson", "top", "chief", "former", "acting", "first", "state", "national", "presidential",
    "lieutenant", "major", "colonel", "brigadier", "earlier", "later", "also", "expatriates",
}  # fmt: skip


def _strip_name(tokens) -> list:
    """The name in a mention: without possessive, titles, offices ("Russian Foreign Minister")."""
    toks = [t for t in tokens if t.text not in ("'s", "’s", "'", "’")]
    while len(toks) > 1 and (
        toks[0].lower_.rstrip(".") in _OFFICE
        or toks[0].lower_ in _DETERMINERS
        or toks[0].pos_ in ("ADJ", "ADV", "ADP", "DET")
        or toks[0].ent_type_ in ("MISC", "NORP", "LOC", "GPE")
        and not toks[1].ent_type_ in ("MISC", "NORP", "LOC", "GPE")
    ):
        toks = toks[1:]
    if toks and (toks[0].lower_.rstrip(".") in TITLES or toks[0].lower_ in _DETERMINERS):
        toks = toks[1:]
    # "Obeidat on Sunday": the name ends where the proper nouns do
    for n, t in enumerate(toks):
        if n and t.pos_ in ("ADP", "PUNCT") and t.text not in ("-", "."):
            toks = toks[:n]
            break
    return toks[-4:]


def _join(tokens) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _role_words(tokens) -> set[str]:
    return {t.lower_ for t in tokens if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _DETERMINERS}


def _collect_people(doc, extra=()) -> list[_Person]:
    """Every PERSON the article names, with the offices it gives them, in order of first mention.

    ``extra`` are speaker spans made of proper nouns that the NER missed.
    """
    people: list[_Person] = []
    mentions = [e for e in doc.ents if e.label_ in ("PERSON", "PER")] + list(extra)
    mentions.sort(key=lambda e: e.start)
    for ent in mentions:
        toks = _strip_name(list(ent))
        if not toks or all(t.lower_.rstrip(".") in _OFFICE for t in toks):
            continue
        name = _join(toks)
        key = name_key(toks[-1].text)
        first = name_key(toks[0].text) if len(toks) > 1 else None
        roles = _roles_near(doc, ent)
        person = _find(people, key, first, ent.start)
        if person is None:
            if first is None:
                full = _full_name(doc, toks[-1], name)
                first = name_key(full.split()[0]) if " " in full else None
                name = full
            person = _Person(name, key, ent.start, set(), first=first, seen=[])
            people.append(person)
        elif first is not None and person.first is None:
            person.name, person.first = name, first  # the fuller form wins ("Lavrov" first, "Sergey Lavrov" later)
        person.seen.append(ent.start)
        person.roles |= roles
        words = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 3) : ent.start]} | roles
        if person.gender is None:
            person.gender = "f" if words & _FEMALE else "m" if words & _MALE else None
    return people


def _full_name(doc, surname, name: str) -> str:
    """``Seitkali`` -> ``Dauren Seitkali`` when the article writes the full name somewhere (the NER may miss it)."""
    key = name_key(surname.text)
    for tok in doc:
        if tok.i > 0 and tok.i != surname.i and name_key(tok.text) == key:
            first = doc[tok.i - 1]
            if first.pos_ == "PROPN" and first.is_title and first.lower_.rstrip(".") not in _OFFICE and first.ent_type_ not in ("ORG", "LOC", "GPE", "MISC"):
                return doc.text[first.idx : tok.idx + len(tok.text)]
    return name


def _roles_near(doc, ent) -> set[str]:
    roles: set[str] = set()
    for span in role_spans(doc, ent):
        roles |= _role_words(span)
    return roles


def role_spans(doc, ent) -> list:
    """Offices given to a name: premodifiers, an appositive after it, a fronted appositive before it."""
    spans = []
    # premodifiers: "Russian Foreign Minister Sergey Volkonsky", "Iran's envoy Hossein Jafarian"
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 8 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", "“", "\"") and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET", "ADP", "NUM") and not doc[k].ent_type_ == "PERSON":
        k -= 1
    start = k + 1
    for j in range(k + 1, ent.start):  # "on Monday Turkish Foreign Minister": the office starts after the last such word
        if doc[j].pos_ == "ADP" and doc[j].lower_ != "of" or doc[j].lower_ in TIME_WORDS:
            start = j + 1
        elif doc[j].pos_ == "DET" and j > start:  # "Geneva the Russian presidential envoy"
            start = j
    pre = doc[start : ent.start]
    if any(t.lower_ in ROLE_NOUNS for t in pre):
        spans.append(pre)
    # appositive: "Volkonsky, Russia's deputy foreign minister, said"
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        k = ent.end + 1
        while k < len(doc) and k - ent.end <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        app = doc[ent.end + 1 : k]
        if any(t.lower_ in ROLE_NOUNS for t in app):
            spans.append(app)
    # fronted: "the head of the Iranian delegation, Hossein Jafarian,"
    if ent.start >= 2 and doc[ent.start - 1].text == ",":
        k = ent.start - 2
        while k >= 0 and ent.start - k <= 12 and not doc[k].is_space and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
            k -= 1
        front = doc[k + 1 : ent.start - 1]
        if any(t.lower_ in ROLE_NOUNS for t in front):
            spans.append(front)
    return spans


def _proper_speakers(doc, attributions) -> list:
    """Speaker spans that end in proper nouns but hold no entity: names the NER missed."""
    spans = []
    for a in attributions:
        if a.speaker is None:
            continue
        span = doc[a.speaker[0] : a.speaker[1]]
        name = _strip_name(list(span))
        if (name and all(t.pos_ == "PROPN" or t.text in ("-",) for t in name) and not any(t.ent_type_ for t in span)
                and not any(t.lower_ in TIME_WORDS for t in name)):  # "on Tuesday" is when, not who
            spans.append(doc[name[0].i : name[-1].i + 1])
    return spans


def _find(people: list[_Person], key: str, first: str | None, at: int) -> _Person | None:
    """The person a name means: same surname and first name; a bare surname means the one last mentioned."""
    same = [p for p in people if p.key == key]
    if first is not None:
        return next((p for p in same if p.first in (first, None)), None)
    if not same:
        return None
    return max(same, key=lambda p: max([i for i in p.seen or [p.first_token] if i <= at] or [-1]))


def _person_by_name(people: list[_Person], tokens) -> _Person | None:
    toks = _strip_name(tokens)
    if not toks:
        return None
    first = name_key(toks[0].text) if len(toks) > 1 else None
    return _find(people, name_key(toks[-1].text), first, toks[0].i)


def _mentions_before(doc, people: list[_Person], char: int) -> list[_Person]:
    """People mentioned before ``char``, most recent first."""
    seen: list[_Person] = []
    for ent in reversed([e for e in doc.ents if e.label_ in ("PERSON", "PER") and e.start_char < char]):
        p = _person_by_name(people, list(ent))
        if p is not None and p not in seen:
            seen.append(p)
    return seen


def _resolve(doc, span: tuple[int, int], char: int, people: list[_Person], recent: list[_Person]) -> str | None:
    tokens = list(doc[span[0] : span[1]])
    # "The Northern Coordination Council on Tuesday", "the embassy in Astana": the speaker ends before the place or time
    cut = next((n for n, t in enumerate(tokens) if n and t.pos_ == "ADP" and t.lower_ != "of"), None)
    tokens = tokens[:cut]
    if not tokens:
        return None
    text = _join(tokens)
    low = [t.lower_ for t in tokens]
    if len(tokens) == 1 and low[0] in PRONOUN_GENDER:
        gender = PRONOUN_GENDER[low[0]]
        if gender in ("m", "f"):
            for person in recent + _mentions_before(doc, people, char):
                if person.gender in (None, gender):
                    person.gender = person.gender or gender
                    return person.name
            return None
        return None  # "they", "it": left to the text (see speaker_text)
    if low[0] in ("i", "we", "you", "me", "us"):
        return None
    # a name the article gave a person earlier wins over whatever label the NER put on it here
    if tokens[-1].pos_ == "PROPN" or tokens[-1].is_title:
        known = _person_by_name(people, tokens)
        if known is not None:
            return known.name
    persons = [e for e in doc.ents if e.label_ in ("PERSON", "PER") and span[0] <= e.start < span[1]]
    if (not persons and tokens[-1].pos_ == "PROPN" and not any(t.ent_type_ for t in tokens)
            and tokens[-1].lower_ not in TIME_WORDS):
        persons = [doc[span[0] : span[1]]]
    if persons:
        p = _person_by_name(people, list(persons[0]))
        return p.name if p else _join(_strip_name(list(persons[0])))
    head = tokens[-1]
    for t in tokens:
        if t.lower_ == "of":
            head = tokens[tokens.index(t) - 1] if tokens.index(t) > 0 else head
            break
    if head.lower_ in ROLE_NOUNS and (low[0] in ("the", "his", "her", "its") or any(t.text in ("'s", "’s") for t in tokens) or head.pos_ == "NOUN"):
        if low[0] not in ("a", "an"):
            words = _role_words(tokens) - {"the", "of", "'s", "’s"}
            best, best_score = None, 0
            candidates = recent + [p for p in _mentions_before(doc, people, char) if p not in recent]
            for rank, person in enumerate(candidates):
                score = len(words & person.roles) * 10 - rank * 0.1
                if head.lower_ in person.roles and score > best_score:
                    best, best_score = person, score
            if best is not None:
                return best.name
            if low[0] in ("the", "his", "her", "its") and not head.lower_.endswith("s") and candidates:
                return candidates[0].name
    # a nationality says where an unnamed source is from ("a Turkish diplomatic source"), not who speaks
    orgs = [e for e in doc.ents if e.label_ in ("ORG", "LOC", "GPE", "NORP", "MISC") and span[0] <= e.start < span[1]
            and e.start < span[0] + len(tokens) and not is_demonym(e.text)]
    if orgs and (head.lower_ in GROUP_NOUNS or head.ent_type_ or head.lower_ in ("spokesperson", "spokesman", "spokeswoman", "statement")):
        ent = orgs[0]
        # the organisation's name with its country in front ("the Turkish Foreign Ministry"), up to the cut
        toks = tokens[next(n for n, t in enumerate(tokens) if t.i >= ent.start or t.ent_type_):] if head.ent_type_ else list(ent)
        while toks and toks[0].lower_ in _DETERMINERS:
            toks = toks[1:]
        return _join(toks) or None
    return _plain(text)


def _plain(text: str) -> str:
    # an unnamed source keeps its words, with a lower-case article: "a Turkish official"
    first, _, rest = text.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        return first.lower() + " " + rest
    return text


def resolve_speakers(doc, attributions: list[Attribution]) -> list[Quote]:
    """Quotes with ``speaker_name`` resolved and ``medium`` filled, in text order."""
    people = _collect_people(doc, _proper_speakers(doc, attributions))
    names: list[str | None] = []
    media_by_speaker: dict[str, str] = {}
    recent: list[_Person] = []
    quotes = []
    text = doc.text
    for n, a in enumerate(attributions):
        name = None
        if a.follows is not None and a.follows < n:
            name = names[a.follows]
        elif a.speaker is not None:
            char = doc[a.speaker[0]].idx
            name = _resolve(doc, a.speaker, char, people, recent)
        person = next((p for p in people if p.name == name), None)
        if person is not None:
            recent = [person] + [p for p in recent if p is not person]
        names.append(name)
        medium = find_medium(doc, a.cue) if a.cue is not None else None
        if medium is None and name and a.follows is None:
            medium = media_by_speaker.get(name)
        elif medium is not None and name:
            media_by_speaker[name] = medium
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
