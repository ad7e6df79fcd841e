"""Bodies, writings and outlets a speaker phrase stands for.

``the ministry``, ``the statement``, ``the three countries``, ``the newspaper``: words that name an
organisation, a document or an outlet by its kind alone, and the name the article gave it before.
``speakers.py`` asks these when a quote's speaker is such a phrase.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..resolve.names import canonical_body, fuller_name, is_country, is_demonym, lacks_country, role_country
from .cues import doc_text
from .lexicon import CAPITAL, LEGAL_FORMS, LESSER_WORDS, PORTFOLIO_WORDS, SITTINGS, TIME_WORDS, WRITINGS
from .people import DETERMINERS, doc_ents, person_ents, titled_names

__all__ = ["BODY_WORDS", "COMPANY_WORDS", "OUTLET_WORDS", "bare_body", "bare_writing", "body_description", "body_kind", "body_named_before",
           "bracketed_initials", "counted_group", "document_owner", "joint_writing_author", "last_named_outlet", "meeting_pair", "name_in_apposition", "owner_or", "portfolios", "press_voice", "voice_owner",
           "writing_author_before"]


# what a body is called again after its name: "The ministry also denied …"
BODY_WORDS = frozenset("""ministry embassy committee commission council office organization organisation centre center
    department delegation movement administration presidency coalition alliance company club association federation
    foundation institute insurer union bureau charity ngo consortium firm airline shipbuilder manufacturer maker guild cooperative co-operative syndicate
    hospital secretariat consulate bank fund directorate trust panel""".split())
# what a company is called by its kind, for one another: "the consortium Nam Xeng Power … the company"
COMPANY_WORDS = frozenset("company firm consortium shipbuilder manufacturer maker operator carrier insurer exporter importer producer contractor".split())
_BASED = re.compile(r"[A-Z][\w'’]*-based")  # ("the Geneva-based charity")
# words that only say a body is the one in charge: "the competent ministry"
_IN_CHARGE = frozenset({"competent", "relevant", "responsible", "concerned", "respective", "aforementioned", "same"})


def bare_body(span) -> bool:
    """``the ministry``, ``The embassy``: a body named by its article and kind alone (``the ministry's``, as the
    owner of a writing, comes without its article)."""
    if len(span) == 1:
        # (or the kind before a writing: "a ministry statement")
        doc, i = span[0].doc, span[0].i
        return span[0].lower_ in BODY_WORDS and i > 0 and (doc[i - 1].lower_ == "the" or doc[i - 1].lower_ in ("a", "an")
                                                           and i + 1 < len(doc) and doc[i + 1].lower_ in _AUTHORED)
    kind = body_kind(span)
    if kind is None or span[0].lower_ != "the":
        return False
    # (or with where it is based, "the Geneva-based charity", or a word that only says it is the one in charge: "the
    # competent ministry", as machine-translated copy calls a ministry it has named; a company also by its trade or
    # its country: "the salvage company", "the Japanese shipbuilder")
    between = span[1 : kind.i - span.start]
    return not len(between) or len(between) == 1 and (
        _BASED.fullmatch(between[0].text) is not None or between[0].lower_ in _IN_CHARGE
        or kind.lower_ in COMPANY_WORDS and (between[0].is_lower and between[0].pos_ in ("NOUN", "ADJ") or is_demonym(between[0].text)))


def name_in_apposition(doc, lo: int, comma: int) -> str | None:
    """``The operator, Nam Theun Ngai Power Company, …``: the name of a body set off in commas right after its kind
    (tokens ``lo`` to ``comma``, "the" and the kind), ``comma`` the index of the first comma; None where the words are
    no kind or no such name follows."""
    if comma - lo != 2 or doc[lo].lower_ != "the" or doc[lo + 1].lower_ not in BODY_WORDS | COMPANY_WORDS | _OWNERS:
        return None
    if comma + 3 >= len(doc) or doc[comma].text != ",":
        return None
    start = comma + 1 + (doc[comma + 1].lower_ == "the")
    end = start
    while end < len(doc) and ((doc[end].is_title or doc[end].is_upper) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ")
                              or end > start and doc[end].lower_ in _NAME_JOINERS and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1  # (and the small words inside a name: "Naviera Ríos del Sur S.A.")
    if end - start < 2 or end >= len(doc) or doc[end].text not in (",", "(") or not (
            doc[end - 1].lower_ in BODY_WORDS | COMPANY_WORDS | LEGAL_FORMS or any(e.label_ == "ORG" and e.start == start and e.end == end for e in doc_ents(doc))):
        return None
    if doc[lo + 1].lower_ not in BODY_WORDS | COMPANY_WORDS and doc[end - 1].lower_ not in LEGAL_FORMS:
        return None  # (an owner may be a person: only a company by its legal form)
    return canonical_body(doc[start:end].text)


_NAME_JOINERS = frozenset("of and de del la las los y da do dos das".split())
# who owns or runs a thing, a company where its legal form says so: "The owner, Pesquera Caribe Norte S.A., said"
_OWNERS = frozenset("owner owners shipowner".split())


def body_kind(span):
    """The word of ``span`` that says what kind of body it is: its last (``the ministry``), or the one before an
    "in charge" (``the company in charge``); None where that is no body's kind."""
    kind = span[-3] if len(span) >= 3 and span[-2].lower_ == "in" and span[-1].lower_ == "charge" else span[-1]
    if len(span) >= 2 and kind.lower_ == "general" and span[-2].lower_ == "consulate":
        kind = span[-2]  # ("the consulate general")
    return kind if kind.lower_ in BODY_WORDS else None


def body_description(span) -> str | None:
    """The word a body phrase (see ``bare_body``) describes its body with: "salvage" in "the salvage company",
    "Japanese" in "the Japanese shipbuilder"; None where there is none, or only one that says it is in charge."""
    kind = body_kind(span)
    between = span[1 : kind.i - span.start] if kind is not None else ()
    return between[0].text if len(between) == 1 and between[0].lower_ not in _IN_CHARGE else None


def owner_or(doc, words):
    """The author's words of a writing (``the statement of the ministry`` -> ``the ministry``) or of a press office
    (``a statement by the ministry’s media office`` -> ``the ministry``), else ``words``."""
    owner = document_owner(list(words)) or voice_owner(list(words))
    return owner_or(doc, doc[owner[0] : owner[1]]) if owner and owner[1] - owner[0] < len(words) else words


def body_named_after(doc, at: int, word: str) -> str | None:
    """The body named with ``word`` soon after token ``at``, when the article says who before it names them: "…,
    according to a ministry statement carried by … ¶ The Ministry of Foreign Affairs and Expatriates said …"."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    ent = next((e for e in doc_ents(doc) if at < e.start < at + 150 and e.label_ == "ORG" and len(e) > 1 and pattern.search(e.text)), None)
    return canonical_body(ent.text) if ent is not None else None


def company_named_after(doc, at: int) -> str | None:
    """The company the story names by its legal form soon after token ``at`` (without the form), for a lead that says
    only "the company said …" before it: "… ¶ The owner, Halvard Maritime Ltd, a Limassol firm …"."""
    ent = next((e for e in doc_ents(doc) if at < e.start < at + 80 and e.label_ == "ORG" and len(e) > 2
                and e[-1].lower_ in LEGAL_FORMS and all(t.is_title for t in e[:-1])), None)
    return canonical_body(ent[:-1].text) if ent is not None else None


# an airline's name, whose last word says its kind ("Vorombe Air", "Kenya Airways")
_AIRLINE_NAME = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:Air|Airlines|Airways)\b")


def body_named_before(doc, at: int, word: str, resolved: Sequence[str | None] = (), described_as: str | None = None) -> str | None:
    """The body the article last named with ``word`` before token ``at``: a speaker's resolved name
    (``resolved``, in text order) first, else an organisation entity with the country said before it (``described_as``:
    the word the speaker phrase describes it with, "the salvage company")."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    spoke = next((n for n in reversed(resolved) if n and pattern.search(n) and not n.islower()), None)  # (not "the ministry")
    if spoke is not None:
        return spoke
    # (an organisation entity, or a long name the NER took for a place: "the Russian Centre for Reconciliation of …";
    # or one the body's kind ends: "the Anti-Doping Appeals Panel|MISC", "the Chinese Consulate General|MISC")
    ent = next((e for e in reversed(doc_ents(doc)) if e.end <= at and pattern.search(e.text) and len(e) > 1 and (
        e.label_ == "ORG" or e.label_ in ("LOC", "MISC") and (len(e) >= 4 or (e[-1].lower_ == word or e[-1].lower_ == "general"
                                                                                and e[-2].lower_ == word) and all(t.is_title for t in e))
        and not any(t.ent_type_ in ("PERSON", "PER") for t in e))), None) \
        or next((e for e in reversed(doc_ents(doc)) if e.label_ == "ORG" and e.end <= at and pattern.search(e.text)), None)
    if ent is None:
        # (a body called by its kind with its name: "the organization Hjalparbru|PERSON", "X, the Geneva-based charity";
        # a company by the same word first, else by any word for one: "the consortium Nam Xeng Power … the company")
        named = _named_by_kind(doc, at, {word}, described_as) or (
            _named_by_kind(doc, at, COMPANY_WORDS, described_as) if word in COMPANY_WORDS else None)
        if named is not None:
            return canonical_body(named.text)
        # (or one whose name says its kind, whatever the NER made of it: "the Vorombe|LOC Air plane … the airline")
        if word == "airline" and (said := list(_AIRLINE_NAME.finditer(doc[:at].text))):
            return canonical_body(said[-1].group(0))
        # (a name the NER did not tag as one: "of the Russian Foreign Ministry Ivan Korovin")
        before = doc[max(0, at - 300) : at].text
        fuller = fuller_name(before, word.capitalize())
        if fuller is None and word == "ministry":
            # (or the ministry of the minister the story is about: "The Minister of Water Resources … the ministry")
            portfolio = portfolios(doc, at)
            fuller = f"Ministry of {portfolio[-1]}" if portfolio else None
        return canonical_body(fuller) if fuller else None
    end = _listed_portfolios_end(doc, ent)
    # (not the name of its officer the NER ran into it: "the Caspian Environment Secretariat Liesbeth van Rooyen|MISC")
    cut = next((t.i + 1 for t in ent[:-2] if t.lower_ == word), None)
    if cut is not None and any(p.start == cut for p in person_ents(doc) + titled_names(doc)):
        end = cut
    if end < len(doc) and doc[end].lower_ in ("of", "for") \
            and (rest := next((e for e in doc_ents(doc) if e.start == end + 1 and e.label_ == "ORG"), None)) is not None:
        end = rest.end  # (a name the NER cut at its "for": "the Salève Trust Fund|ORG for Mine Action|ORG")
    elif end + 1 < len(doc) and doc[end].lower_ == "on" and _named_topic(doc[end + 1]):
        # (or at its "on": "the Joint Commission|ORG on Cross-Border Movement")
        end += 1
        while end < len(doc) and (_named_topic(doc[end]) or doc[end].lower_ in ("and", "of") and end + 1 < len(doc)
                                  and _named_topic(doc[end + 1])):
            end += 1
    lo = ent.start  # "the Syrian Interior Ministry", "Iran's Foreign Ministry"
    if lo >= 2 and doc[lo - 1].text in ("–", "-", "—") and is_country(doc[lo - 2].text):
        lo -= 2  # (two countries' body, the first cut off at the dash: "the Lesotho–|South Africa Joint Commission|ORG")
    elif lo >= 1 and role_country(doc[lo - 1].text) and is_demonym(doc[lo - 1].text):
        lo -= 1
    elif lo >= 2 and doc[lo - 1].text in ("'s", "’s") and role_country(doc[lo - 2].text):
        lo -= 2
    initials = bracketed_initials(doc, end)  # ("the Ministry of National Defence (MSB)": the body its initials name)
    if lacks_country(ent.text) and initials and canonical_body(initials) != initials:
        return canonical_body(initials)
    return canonical_body(doc[lo:end].text)


def _named_topic(token) -> bool:
    """A capitalised word of what a body's name says it is on ("Cross-Border Movement"), not a place or a day."""
    return token.is_title and token.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") and token.lower_ not in TIME_WORDS


def _listed_portfolios_end(doc, ent) -> int:
    """Where a ministry's name ends when it lists its portfolios and the NER cut it at the first comma: "the Ministry of
    Labour|ORG, Social Security and Migration" (else ``ent.end``)."""
    if not (len(ent) >= 3 and ent[0].lower_ == "ministry" and ent[1].lower_ == "of"):
        return ent.end
    k, joined = ent.end, False
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title:
        k += 1
        while k < len(doc) and (doc[k].is_title or doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title):
            joined = joined or doc[k].lower_ == "and"
            k += 1
    return k if joined else ent.end


def _named_by_kind(doc, at: int, kinds, described_as: str | None = None):
    """The name the article last gave a body of one of ``kinds`` before token ``at``, whatever the NER made of it:
    after its kind ("the humanitarian organization Helios Medical Relief", "the salvage company Remolques del Sur|PERSON",
    "the Algeciras-based firm X", "the Malagasy airline Vorombe Air|PERSON"), before it in apposition ("Helios Medical
    Relief, the Geneva-based charity"), or, for a company, with its legal form ("Kurenami Shipbuilding Co.").
    ``described_as``: a word the speaker phrase describes it with ("the Azerbaijani company"): one the article
    described so first; a country's, only one."""
    found = []
    for e in reversed(doc_ents(doc)):
        if e.end > at or not e[0].is_title and not e[0].is_upper:
            continue
        if e.start > 1 and doc[e.start - 1].lower_ in kinds and (e.label_ == "ORG" or any(
                doc[k].lower_ in ("the", "a", "an") and _described(doc[k + 1 : e.start - 1]) for k in range(max(0, e.start - 4), e.start - 1))):
            found.append((e, doc[max(0, e.start - 4) : e.start - 1]))
        # (not the object of a phrase before the speaker: "Hired by the Tanoa Cable Consortium, the firm said")
        elif e.end < at and e.end + 3 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ in ("the", "a", "an") \
                and not _after_preposition(doc, e.start) \
                and (kind := next((t for t in doc[e.end + 2 : e.end + 5] if t.lower_ in kinds and t.is_lower), None)) is not None \
                and _described(doc[e.end + 2 : kind.i]):
            found.append((e, doc[e.end + 2 : kind.i]))
        elif kinds is COMPANY_WORDS and len(e) > 1 and e[-1].lower_ in LEGAL_FORMS:
            found.append((e, doc[e.start : e.start]))
    if described_as is not None:
        named = next((e for e, words in found if any(t.lower_ == described_as.lower() for t in words)), None)
        if named is not None or is_demonym(described_as):
            return named
    return found[0][0] if found else None


def _after_preposition(doc, i: int) -> bool:
    """Whether the name at token ``i`` is a preposition's object ("by the Tanoa Cable Consortium")."""
    k = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    return k > 0 and doc[k - 1].pos_ == "ADP"


def _described(words) -> bool:
    """Whether ``words`` only describe a body before its kind: a trade, a country, a base ("salvage", "Japanese",
    "Geneva-based"), whose members it is ("the fishers' cooperative"), or nothing."""
    return all(t.is_lower and t.pos_ in ("NOUN", "ADJ") or is_demonym(t.text) or _BASED.fullmatch(t.text)
               or t.text in ("'", "’", "'s", "’s") and t.i > 0 and t.doc[t.i - 1].is_lower for t in words)


def bracketed_initials(doc, end: int) -> str | None:
    """The initials in brackets right after a name ending at token ``end``: "The Ministry of National Defence (MSB)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        return doc[end + 1].text
    return None


def portfolios(doc, at: int) -> list[str]:
    """The portfolios of the ministers named before token ``at`` (not a deputy's or a prime minister's, nor the
    holder's name after it): "The Minister of Water Resources, Eng. X" -> "Water Resources"."""
    found = []
    names = {i for e in person_ents(doc) for i in range(e.start, e.end)}
    for tok in doc[:at]:
        # (or written before the office: "Foreign Minister X" -> "Foreign Affairs", "Health Minister X" -> "Health")
        before = doc[tok.i - 1] if tok.i else None
        if tok.text == "Minister" and before is not None and before.is_title and (before.lower_ == "foreign" or before.lower_ in PORTFOLIO_WORDS) \
                and not (tok.i > 1 and doc[tok.i - 2].lower_ in LESSER_WORDS):
            found.append("Foreign Affairs" if before.lower_ == "foreign" else before.text)
            continue
        if not (tok.text == "Minister" and tok.i + 2 < at and doc[tok.i + 1].lower_ == "of") or tok.i and doc[tok.i - 1].lower_ in LESSER_WORDS | {"prime"}:
            continue
        words = []
        for w in doc[tok.i + 2 : at]:
            if w.i in names or not (w.is_title or w.lower_ == "and" and words):
                break
            words.append(w.text)
        while words and words[-1] == "and":
            words.pop()
        if words and not role_country(" ".join(words)):
            found.append(" ".join(words))
    return found



_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
_GROUP_MEMBERS = frozenset("countries states guarantors nations capitals sides parties powers".split())
_STATE = r"(?:the\s+)?((?:State|Kingdom|Sultanate|Republic)\s+of\s+[A-Z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
_TWO_STATES = re.compile(rf"\b{_STATE}\s+and\s+{_STATE}")
_LISTED = re.compile(r"\b((?:[A-Z][\w-]*,\s+)+[A-Z][\w-]*,?\s+and\s+[A-Z][\w-]*|[A-Z][\w-]*\s+and\s+[A-Z][\w-]*)\b")


def counted_group(doc, span, title: str | None = None) -> str | None:
    """``the three countries``, ``the three guarantor states``: the countries the article last listed in that
    number (``adopted by Russia, Turkey and Iran``), named as listed; ``the two sides``: also the two the headline
    (``title``, else the text's first line) names."""
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
        if _COUNTS.get(words[1]) == 2:
            # "the UAE and the State of Kuwait affirmed … The two sides called on …": the two countries, as the
            # country table names them (else the two the headline names: "Oman and Jordan stress coordination …")
            if not title:
                opening = doc[: span.start].text  # (spaCy rebuilds a text on each access: once)
                title = opening[: opening.find("\n")] if "\n" in opening else ""
            headline = title
            for m in [*_TWO_STATES.finditer(headline), *_TWO_STATES.finditer(before)][::-1]:
                pair = [role_country(m.group(1)), role_country(m.group(2))]
                if all(pair) and pair[0] != pair[1] and not any(is_demonym(m.group(k)) for k in (1, 2)):
                    return f"{pair[0]} and {pair[1]}"
    # in a story of the Astana format, "the guarantors" and "the three countries" are its three guarantors
    if (guarantors or words[1] == "three") and any(t.lower_ == "astana" for t in doc):
        return _ASTANA_GUARANTORS
    return None


_ASTANA_GUARANTORS = "Russia, Turkey and Iran"


# the two who met, as a story sums them up after the meeting: "The two sides stressed …", "the two ministers underlining"
_PAIR_WORDS = frozenset("sides parties ministers leaders presidents counterparts interlocutors diplomats men women officials".split())
_PAIR_ANY = frozenset({"sides", "parties", "interlocutors"})  # (these need no number: "The sides expressed confidence")
# a meeting of two, as the sentence that reports it says: "X met with Y", "received a phone call from Y", "held a
# telephone conversation with Y" (not "the call reviewed", which names no one met)
_MEETING = re.compile(r"\b(?:met|meets|meeting)\b|\b(?:call|conversation|talks)\s+(?:with|from)\b", re.IGNORECASE)
# a text two people signed, both named after it: "the joint communiqué signed in Moroni on Monday by X and Y"
_SIGNED_BY_TWO = re.compile(r"\bsigned\b[^.;]{0,60}?\bby\b")


def meeting_pair(doc, span, people, previous: str | None) -> str | None:
    """``The two sides``, ``the two ministers``: the two people of the meeting the story last reported, within the
    few sentences before, as ``X and Y``: the last one named before the meeting's words and the first after them
    (``X held a telephone conversation with Y``); where no one is named before them (``The minister had a telephone
    conversation with Mr. Y``), the one who met is ``previous``, the speaker just before. ``people``: the article's
    people (``people.Person``)."""
    words = [t.lower_ for t in span]
    counted = len(words) == 3 and words[0] == "the" and words[1] == "two" or len(words) == 2 and words[0] == "both"
    if not (counted and words[-1] in _PAIR_WORDS or words == ["the", words[-1]] and words[-1] in _PAIR_ANY):
        return None
    sent, looked = span[0].sent, 0
    while looked < 6:
        end = min(sent.end, span.start)
        if (signed := _SIGNED_BY_TWO.search(doc[sent.start : end].text)) is not None:
            at = doc[sent.start].idx + signed.end()
            firsts = sorted((min(k), p.name) for p in people if " " in p.name
                            if (k := [i for i in p.seen or [p.first_token] if sent.start <= i < end and doc[i].idx > at]))
            names = list(dict.fromkeys(n for _, n in firsts))
            return f"{names[0]} and {names[1]}" if len(names) == 2 else None
        if (meeting := _MEETING.search(doc[sent.start : end].text)) is not None:
            at = doc[sent.start].idx + meeting.start()
            # (by every mention the people step found, whatever the NER made of the name; not a lone word of an
            # office it took for one: "the Minister of Agriculture, Water and Land Reform of Namibia Tangeni Amukvaya")
            seen = {p.name: [i for i in p.seen or [p.first_token] if sent.start <= i < end] for p in people if " " in p.name}
            before = max(((max(k), n) for n, k in seen.items() if k and doc[max(k)].idx < at), default=(0, previous))[1]
            after = min(((min(k), n) for n, k in seen.items() if k and doc[min(k)].idx > at), default=(0, None))[1]
            if before and after and before != after and any(p.name == before for p in people):
                return f"{before} and {after}"
            return None
        if sent.start == 0:
            return None
        looked += not sent.text.isspace()
        sent = doc[sent.start - 1].sent
    return None


# the delegations of talks, as a story sums them up: "the two delegations said in a joint communiqué"
_DELEGATIONS = re.compile(r"(?:the\s+(?:two\s+)?|both\s+)delegations", re.IGNORECASE)
# where a story says who led one ("X, who led the Pristina delegation", "the state secretary who headed the Belgrade
# delegation") or who signed for both ("a joint communiqué signed by X and the head of …, Y")
_LED_DELEGATION = re.compile(r"\b(?:led|headed|leads|heads)\s+(?:[\w'’-]+\s+){0,4}?delegation\b")
_SIGNED_BY = re.compile(r"\bsigned\s+by\b")


def delegation_heads(doc, said: str, people) -> str | None:
    """``the two delegations``, ``the delegations`` (``said``: the speaker as resolved so far): the two people the story
    gives as their heads, as ``X and Y`` in the order the story first names them; None unless there are two.
    ``people``: the article's people (``people.Person``)."""
    if not _DELEGATIONS.fullmatch(said.strip()):
        return None
    heads = {p.name: p.first_token for p in people if any("delegation" in words for words, _ in p.offices)}
    text = doc_text(doc)
    starts = [t.idx for t in doc]

    def named_before(char: int, within: int) -> None:
        at = bisect.bisect_left(starts, char)
        near = [(max(k), p) for p in people if " " in p.name
                and (k := [s for s in p.seen or [p.first_token] if at - within <= s < at])]
        if near:
            _, holder = max(near, key=lambda n: n[0])
            heads.setdefault(holder.name, holder.first_token)

    for m in _LED_DELEGATION.finditer(text):
        named_before(m.start(), 12)  # ("Lulzim Rexhbecaj, the minister who led the Prishtina delegation")
    for m in _SIGNED_BY.finditer(text):
        end = text.find(".", m.end())
        at, stop = bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, end if end >= 0 else len(text))
        for p in people:  # ("signed by Babe Dlamini and the head of the Mozambican delegation, … Ms Ermelinda Macuacua")
            if " " in p.name and any(at <= s < stop for s in p.seen or [p.first_token]):
                heads.setdefault(p.name, p.first_token)
    if len(heads) != 2:
        return None
    first, second = sorted(heads, key=heads.get)
    return f"{first} and {second}"


# what a body writes, as the author of what it says: its writings and its press releases ("a press release of the
# Ministry …", "The press release stressed"; a release that only relays another's words is no writing of WRITINGS)
_AUTHORED = WRITINGS | {"release"}


def bare_writing(span) -> bool:
    """``the statement``, ``the letter``, ``the press release``: a writing named by its article alone, whose author
    was named before."""
    words = [t.lower_ for t in span if t.lower_ != "press"]
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in _AUTHORED


def writing_author_before(doc, words) -> tuple[int, int] | None:
    """``The statement underlined …`` after ``a press statement issued yesterday by the Ministry of Foreign Affairs``:
    the author the text last gave a writing of the same kind, before ``words`` (a bare writing), or None."""
    kind = words[-1].lower_
    # (the last one only: "said in a statement published on the ministry's website" is the speaker's own, whoever's
    # statement was named before it)
    last = next((t for t in reversed(doc[max(0, words.start - 600) : words.start]) if t.lower_ == kind), None)
    return document_owner(list(doc[last.left_edge.i : last.right_edge.i + 1])) if last is not None else None


# a joint body by its name: "the India–Sri Lanka Joint Working Group on Fisheries", "the Joint Commission on Water and
# Border Issues"
_JOINT_BODY = re.compile(r"((?:[A-Z][\w'’–-]*\s+){0,3}Joint\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Group|Commission|Committee|Council|Panel|Board)"
                         r"(?:\s+(?:on|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)")


def joint_writing_author(doc, span: tuple[int, int]) -> str | None:
    """``the joint statement issued after the meeting``, which names no author: the joint body the story named last
    before it (within about two paragraphs' worth of text), else None."""
    words = [t.lower_ for t in doc[span[0] : span[1]]]
    if not any(w == "joint" and k + 1 < len(words) and words[k + 1] in _AUTHORED for k, w in enumerate(words)) \
            or any(t.is_title and t.i > span[0] for t in doc[span[0] : span[1]]):
        return None
    start = doc[span[0]].idx
    named = list(_JOINT_BODY.finditer(doc_text(doc)[max(0, start - 1500) : start]))
    return canonical_body(re.sub(r"^The\s+", "", named[-1].group(1))) if named else None


def document_owner(tokens) -> tuple[int, int] | None:
    """The author of a writing that speaks: its possessor (``Lanskoy's``) or what follows ``from``/``by``; or the body
    whose meeting it is (``the meeting of the Joint Commission``)."""
    at = next((n for n, t in enumerate(tokens) if t.lower_ in _AUTHORED or t.lower_ in SITTINGS and n + 2 < len(tokens)
               and tokens[n + 1].lower_ == "of"), None)
    if at is None:
        return None
    lo = next((n for n in range(at) if tokens[n].text in ("'s", "’s")), None)
    if lo is not None:
        first = next((n for n in range(lo) if tokens[n].lower_ not in DETERMINERS), lo)
        return (tokens[first].i, tokens[lo].i) if first < lo else None
    if at + 2 < len(tokens) and tokens[at + 1].lower_ in ("from", "by", "of"):
        # (to the end of the author's name: "a press release of the Ministry of … | issued this morning")
        # (not a participle before its noun: "of the esteemed President")
        end = next((t.i for t in tokens[at + 2 :] if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and t.head.i <= t.i
                    or t.text in (",", ";", "(")), tokens[-1].i + 1)
        return tokens[at + 2].i, end
    k = at + 1
    if k < len(tokens) and tokens[k].lower_ in _RELAYED:
        # "a ministry statement carried by the state news agency Nashmi": the agency passed it on; the ministry wrote it
        lead = [n for n in range(at) if tokens[n].pos_ in ("NOUN", "PROPN") and tokens[n].lower_ not in TIME_WORDS]
        return (tokens[lead[0]].i, tokens[at].i) if lead and lead == list(range(lead[0], at)) else None
    if k < len(tokens) and tokens[k].tag_ == "VBN":  # "the statement issued (later) by the army's General Command"
        # (also past where and when: "A statement issued in Accra on Thursday by the Ministry of …")
        by = next((n for n in range(k + 1, min(len(tokens) - 1, k + 10)) if tokens[n].lower_ == "by"), None)
        if by is not None and all(t.pos_ in ("ADV", "ADP", "DET", "PROPN", "NOUN", "NUM") and t.lower_ not in WRITINGS
                                  for t in tokens[k + 1 : by]):
            return tokens[by + 1].i, tokens[-1].i + 1
    # "An OCHA statement issued later in the day": a name before the writing
    named = [n for n in range(at) if tokens[n].pos_ == "PROPN" and (tokens[n].is_upper or tokens[n].is_title)
             and tokens[n].lower_ not in TIME_WORDS and tokens[n].ent_type_ not in ("LOC", "GPE", "DATE")]
    # (not "the Cedar Post"; nor "A Monday statement", "the Geneva statement")
    if named and named == list(range(named[0], at)) and tokens[at].pos_ != "PROPN":
        return tokens[named[0]].i, tokens[at].i
    return None


# what an outlet does with someone else's writing: "carried by", "relayed by", "published by" it (or how it reached
# the outlet: "a statement received by Zaqura")
_RELAYED = frozenset("carried relayed published broadcast quoted cited circulated received obtained".split())
VOICES = frozenset("office service department centre center bureau".split())
PRESS_WORDS = frozenset({"media", "press", "information"})  # (what a voice is of: "the press service", "its media office")
# those who run a body and speak for it: "the direction of the hospital" (the Spanish "la dirección del hospital")
_RUNNERS = frozenset("direction management administration leadership".split())


def press_voice(tokens) -> bool:
    """Whether ``tokens`` open with a press office by its kind: "the press service", "the media office"."""
    return len(tokens) >= 3 and tokens[0].lower_ == "the" and tokens[1].lower_ in PRESS_WORDS and tokens[2].lower_ in VOICES


def voice_owner(tokens) -> tuple[int, int] | None:
    """The body whose press office speaks: ``the ministry’s media office``, ``the press service of the ministry`` are
    the ministry."""
    if len(tokens) >= 4 and tokens[-1].lower_ in VOICES and tokens[-2].lower_ in PRESS_WORDS \
            and tokens[-3].text in ("'s", "’s"):
        return tokens[0].i, tokens[-3].i
    if len(tokens) == 6 and press_voice(tokens) and tokens[3].lower_ == "of" and tokens[4].lower_ == "the" \
            and (tokens[5].lower_ in BODY_WORDS or tokens[5].is_upper):
        return tokens[4].i, tokens[5].i + 1  # (a body by its kind or its initials: "the ministry", "the MFA")
    if len(tokens) == 5 and tokens[0].lower_ == "the" and tokens[1].lower_ in _RUNNERS and tokens[2].lower_ == "of" \
            and tokens[3].lower_ == "the" and tokens[4].lower_ in BODY_WORDS:
        return tokens[3].i, tokens[4].i + 1
    return None


# what an outlet is called, and the words that mean the same outlet later: "the daily Yeni Sabah … The newspaper"
OUTLET_WORDS = {"newspaper": ("newspaper", "daily", "weekly"), "daily": ("newspaper", "daily"), "agency": ("agency",),
                 "channel": ("channel", "television", "TV"), "broadcaster": ("broadcaster", "channel", "television")}


def named_as_outlet(before: str, acronym: str) -> bool:
    """Whether ``before`` (the article up to here) named the acronym as an outlet: "The Slovak news agency SKN
    reported …" makes a later "…, according to SKN," a relay, not a speaker."""
    kinds = "|".join(sorted({k for ks in OUTLET_WORDS.values() for k in ks}))
    return re.search(rf"\b(?:{kinds})\s+{re.escape(acronym)}\b", before) is not None


# an agency named as one, as a speaker: "the International Organization for Migration (IOM) said", "the UN Refugee
# Agency warned" (not one named in passing: "supplies from the World Food Programme")
_NAMED_AGENCY = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,4}(?:Organi[sz]ation|Programme|Agency|Fund)"
                           r"(?:\s+for\s+(?:[A-Z][\w'’-]*)(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2})?)"
                           r"(?=(?:\s*\([A-Z]{2,8}\))?,?\s+(?:said|says|reported|warned|stated|announced|added|noted|urged|called))")


def last_named_outlet(before: str, word: str | None = None) -> str | None:
    """The name after the last ``newspaper``/``daily``/``agency`` … in ``before`` (``the Istanbul-based daily Yeni Sabah``),
    or before a channel's ``TV`` (``Al-Sumud TV``); for ``agency`` also the last agency named as one (``the International
    Organization for Migration``), if later. ``word`` None: an outlet of any kind ("Its correspondent")."""
    kinds = "|".join(OUTLET_WORDS[word] if word else sorted({k for ks in OUTLET_WORDS.values() for k in ks}))
    # (a name's capital may lie beyond ASCII: "the Czech news agency ČTP")
    matches = list(re.finditer(rf"\b(?:{kinds})\s+(?:«([^»]{{2,60}})»|“([^”]{{2,60}})”|((?:[{CAPITAL}][\w'’-]*)(?:\s+[{CAPITAL}][\w'’-]*){{0,3}}))", before))
    if word in (None, "channel", "broadcaster"):
        matches += _CHANNEL_NAME.finditer(before)
        matches.sort(key=lambda m: m.start())
    named = list(_NAMED_AGENCY.finditer(before)) if word in (None, "agency") else []
    if named and (not matches or named[-1].start() > matches[-1].start()):
        return canonical_body(re.sub(r"^The\s+", "", named[-1].group(1)))
    if not matches:
        return None
    m = matches[-1]
    return next(g for g in m.groups() if g)


# a channel named with its kind last: "Al-Sumud TV", "Sahel Radio" (not "state TV")
# (each part of a hyphened word capitalised: "Al-Ufuq TV" after "Saudi-owned pan-Arab")
_CHANNEL_NAME = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*\s+){1,3}(?:TV|Television|Radio))\b")
