"""Named mentions of an article: the NER's entities, plus quote speakers it missed.

Each mention is a span of the article's text, trimmed of what is not the name
("the", a possessive "'s"). A quote whose speaker the NER did not tag (a name
it missed, or "the minister" resolved to "Sergey Volkonsky") adds a mention
with that resolved ``name``, so the quote can carry its speaker's entity.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Mention, Quote
from ..resolve.names import is_demonym, is_generic, parse_name
from .cues import doc_text
from .lexicon import GROUP_NOUNS, PRONOUN_GENDER
from .people import person_ents, role_spans

__all__ = ["find_mentions", "KIND_OF_LABEL"]

# labels of other pipelines (OntoNotes, WikiNER) in our four kinds; others are not names of entities
KIND_OF_LABEL = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG", "NORP": None,
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
}  # fmt: skip
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_MODIFIER = re.compile(r"-(?:led|backed|sponsored|mediated|brokered|based|controlled|held|run|made|owned|linked|"
                       r"affiliated|allied|funded|supported|style|era|born|bound|friendly|centred|centered)$")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading article, a trailing possessive or surrounding punctuation."""
    span = text[start:end]
    lead = _LEAD.match(span)
    if lead:
        start += lead.end()
    span = text[start:end]
    tail = _POSSESSIVE.search(span)
    if tail:
        end -= len(tail.group(0))
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    tail = re.search(r"\s+(?:and|of|the|for|in)$", text[start:end])  # "Ministry of Foreign Affairs and"
    if tail:
        end -= len(tail.group(0))
    modifier = _MODIFIER.search(text[start:end])  # "UN-sponsored", "Turkish-backed": the name is before the hyphen
    if modifier and modifier.start() > 0:
        end = start + modifier.start()
    return start, end


def find_mentions(doc, quotes: Sequence[Quote] = ()) -> tuple[Mention, ...]:
    """The named mentions of a parsed article, in text order, none overlapping."""
    text = doc_text(doc)
    mentions: list[Mention] = []
    # a person's span as the speakers see it: with the given name the NER left out ("Minister Damber | Bahadur
    # Thapalia"), so that the mention and its quotes' speaker name one person
    ents = list(doc.ents)
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}  # (indexed by token: articles have many names)
    people = []
    for p in person_ents(doc):
        inside = {ent_at[i] for i in range(p.start, p.end) if i in ent_at}
        # (or one the NER missed: "B.Enkhjargal")
        if any(e.label_ in ("PERSON", "PER") and _within(e, p) for e in inside) or not inside:
            people.append(p)
            if not any(_within(e, p) for e in inside):
                ents.append(p)
    ents.sort(key=lambda e: e.start)
    owner: dict[int, object] = {}
    for p in people:
        for i in range(p.start, p.end):
            owner.setdefault(i, p)
    used: set[int] = set()
    for ent in ents:
        kind = KIND_OF_LABEL.get(ent.label_)
        around = owner.get(ent.start)
        around = around if around is not None and _within(ent, around) else None
        if around is not None:  # (one mention for the whole name, whatever the NER made of its parts)
            if around.start in used:
                continue
            used.add(around.start)
            ent, kind = around, "PERSON"
        if kind is None:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if kind == "ORG" and mentions and _owned_by(text, mentions[-1], start, end):
            start = mentions.pop().start  # "Russia's" + "Foreign Ministry": one ministry, not a country and one
        elif end - start < 2 or kind == "PERSON" and parse_name(text[start:end], kind) is None:
            continue  # "Brigadier" alone: an office the NER took for a name
        mentions.append(Mention(start, end, kind, role=_role(ent) if kind == "PERSON" else None))
    # "Turkish" alone says where, not who (CoNLL tags nationalities MISC): kept only inside an office's name
    mentions = [m for m in mentions if not (m.kind == "MISC" and is_demonym(m.text_in(text)))]
    mentions.extend(_speaker_mentions(text, mentions, quotes))
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _within(inner, outer) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _owned_by(text: str, before: Mention, start: int, end: int) -> bool:
    """Whether an office ("Foreign Ministry") belongs to the country just before it ("Russia's", "Russian")."""
    between = text[before.end : start]
    country = before.kind == "LOC" and re.fullmatch(r"['’]s\s+", between) or (
        before.kind == "MISC" and is_demonym(before.text_in(text)) and re.fullmatch(r"\s+", between))
    if not country:
        return False
    name = parse_name(text[start:end], "ORG")
    return name is not None and is_generic(name)


def _role(ent) -> str | None:
    """The office the article gives a person at this mention: "Russia's deputy foreign minister"."""
    for span in role_spans(ent.doc, ent):
        words = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
        if words:
            return ent.doc[words[0].i : words[-1].i + 1].text  # (not doc.text: spaCy rebuilds the whole text each time)
    return None


def _speaker_mentions(text: str, mentions: list[Mention], quotes: Iterable[Quote]) -> list[Mention]:
    """A mention for each resolved speaker span the NER left untagged, of the kind its name has elsewhere."""
    kinds = {text[m.start : m.end]: m.kind for m in mentions}
    added: dict[tuple[int, int], Mention] = {}
    for quote in quotes:
        if quote.speaker_start is None or not quote.speaker_name:
            continue
        span = (quote.speaker_start, quote.speaker_end)
        if span in added or any(m.start < span[1] and span[0] < m.end for m in mentions):
            continue
        kind = _speaker_kind(quote.speaker_name, text[span[0] : span[1]], kinds)
        if kind is not None:
            added[span] = Mention(span[0], span[1], kind, name=quote.speaker_name)
    return list(added.values())


def _speaker_kind(name: str, words: str, kinds: dict[str, str]) -> str | None:
    """PERSON or ORG for a speaker's resolved name; None for an unnamed source ("a Turkish official")."""
    if name in kinds:
        return kinds[name]
    if not name[:1].isupper() or words.lower() in PRONOUN_GENDER and name == words:
        return None  # lower-case: "a Turkish official", "opposition sources"
    for known, kind in kinds.items():
        if kind == "PERSON" and known.split()[-1] == name.split()[-1]:
            return "PERSON"
    last = name.split()[-1].lower()
    if last in GROUP_NOUNS:
        return "ORG"
    return "PERSON" if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) else None
