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
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from ..ingest.datelines import split_dateline
from ..model import Quote
from ..resolve.names import (canonical_alias, canonical_body, capital_country, fuller_name, is_country, is_demonym, lacks_country, office_words, place_country, role_country,
                             short_form_spelled_out, spelled_out, with_country, without_the)
from .bodies import (BODY_WORDS, COMPANY_WORDS, OUTLET_WORDS, bare_body, bare_writing, body_description, body_kind, body_named_after, body_named_before, bracketed_initials, company_named_after, counted_group, document_owner, last_named_outlet,
                     delegation_heads, joint_writing_author, meeting_pair, name_in_apposition, owner_or, press_voice, voice_owner, writing_author_before)
from .cues import SUBJECT, doc_text, is_cue, is_verb, lemma_of, line_break_before, run_memo_key, sentence_start
from .lexicon import ARABIC_ARTICLE, GROUP_NOUNS, KIN_NOUNS, LEGAL_FORMS, LESSER_WORDS, MEDIA_NOUNS, OFFICE_KINDS, OWN_ACCOUNT_NOUNS, OWNER_WORD, PORTFOLIO_WORDS, POSTED_BODIES, PRONOUN_GENDER, ROLE_ABBREVIATIONS, ROLE_NOUNS, STANDS_FOR, TIME_WORDS, WRITINGS
from .medium import OWN_OUTLET, OWN_WORDS, find_medium, fuller_outlet, guess_own_outlet, interview_marks, names_setting, said_to_outlet
from .speaker_spans import CLOSE_TO, agent_phrase_at, quoted_as_saying
from .people import (DETERMINERS, INNER_PARTICLES, KIND_WORDS, LONE_HONORIFICS, OFFICE, PLACE_NOUNS, SURNAME_HEADS, TITLE_WORDS, VEHICLES, Person, after_job, aged_names, capitalised, caps_family, caps_family_names, collect_people, delegation_led, described_names, doc_ents, ent_bounds, given_before_name, holding, holding_office, honorific, join_tokens, led_names,
                     elided_before, last_seen, legal_form_last, middle_keys, name_key, past_origin, person_by_name, person_ents, proper_speakers, strip_name, titled_names, word_gender)

__all__ = ["Attribution", "resolve_speakers"]

_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# who works for someone and speaks as themselves: "Mr. Obama's adviser" is not Obama
_AIDES = frozenset("adviser advisers advisor advisors aide aides assistant assistants".split())


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
    answer: bool = False  # an answer of a printed interview ("Q: … ¶ A: …"), given to the outlet that prints it


_QUOTED = "sayso.direct_quotes"  # doc.user_data key while resolve_speakers runs: the direct quotes' (start, end)
_REPORTED = "sayso.reported_quotes"  # and the other quotes' (start, end)


class _Stretches:
    """Stretches of characters [a, b), merged, that say by bisection whether they hold a character (the rules ask
    it of every mention of every person)."""

    def __init__(self, pairs) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(pairs):
            if a >= b:
                continue
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, char: int) -> bool:
        k = bisect_right(self.starts, char) - 1
        return k >= 0 and char < self.ends[k]


_NOWHERE = _Stretches(())


def _quoted(doc, char: int) -> bool:
    return char in doc.user_data.get(_QUOTED, _NOWHERE)


def _reported(doc, char: int) -> bool:
    return char in doc.user_data.get(_REPORTED, _NOWHERE)


def _mentions_before(doc, people: list[Person], char: int) -> list[Person]:
    """People mentioned before ``char`` outside quotes, most recent first (every mention collected, also the
    names the NER gave another label: "headed by Head of the Regional Delegation Youssef Haddadin")."""
    last = {}
    for person in people:
        before = [i for i in person.seen or [person.first_token] if doc[i].idx < char and not _quoted(doc, doc[i].idx)]
        if before:
            last[id(person)] = max(before)
    return sorted((p for p in people if id(p) in last), key=lambda p: -last[id(p)])


def _named_in_quiet_paragraph(doc, people: list[Person], at: int) -> list[Person]:
    """The one person the paragraph right before token ``at``'s names, where that paragraph reports nothing (no quote
    marks, no one speaking in it) and ``at``'s own paragraph names no one before it: the one "he" goes on with ("On a
    table in Dr X's office, the registers … were still stacked. ¶ ‘We will start again …,’ he said"), whoever spoke last."""
    start = line_break_before(doc, at)
    # (the pronoun in its paragraph's first sentence: "‘…,’ he said", not "The consul assessed … He said"; or right
    # after the quote that opens the paragraph, over however many sentences: "‘… citizens. If they are not, …,’ she said")
    after_opening_quote = start + 1 < at and doc[start + 1].is_quote and any(t.is_quote for t in doc[max(start + 2, at - 3) : at])
    if start <= 0 or doc[at].sent.start > start + 1 and not after_opening_quote \
            or any(start < i < at for p in people for i in p.seen or ()):
        return []
    before = line_break_before(doc, start)
    while before > 0 and not doc[before + 1 : start].text.strip():
        before = line_break_before(doc, before)  # (past the blank line between paragraphs)
    paragraph = doc[before + 1 : start]
    # (nor one where "he" or a speaking verb goes on with the story's speaker: "He lamented the death of Mr X, …")
    # (an apostrophe a name begins with is no quote mark: "’Mè ’Malineo was blunter.")
    if not paragraph.text.strip() or any(t.is_quote and not (t.i + 1 < len(doc) and elided_before(doc[t.i + 1]))
                                         or t.lower_ in ("he", "she") for t in paragraph) \
            or any(paragraph.start <= p.spoke < paragraph.end for p in people):
        return []
    named = [p for p in people if any(paragraph.start <= i < paragraph.end for i in p.seen or ())]
    return named if len(named) == 1 and not any(is_cue(t) for t in paragraph) else []


def _named_before_cue(doc, a: Attribution, people: list[Person]) -> Person | None:
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
    return person_by_name(people, list(doc[lo + 1 : k]))


def _plural_speaker(doc, a: Attribution) -> bool:
    """Whether ``a``'s speaker is a plural noun phrase ("Local residents", "Diplomats")."""
    if a.speaker is None:
        return False
    last = doc[a.speaker[1] - 1]
    return last.tag_ in ("NNS", "NNPS") and not last.ent_type_


def _same_unnamed(doc, before: Attribution, a: Attribution, words, name: str | None) -> bool:
    """``The official`` right after ``A senior Turkish official`` spoke (in this paragraph or the one before): the
    same unnamed source (``name``, as resolved), not whoever the article last gave an office."""
    if before.speaker is None or a.paragraph - before.paragraph > 2 or not 2 <= len(words) <= 4 or words[0].lower_ != "the" \
            or any(t.pos_ == "ADP" for t in words):  # (a plain "the X", not "the head of the delegation")
        return False
    earlier = doc[before.speaker[0] : before.speaker[1]]
    if a.paragraph - before.paragraph == 2 and earlier[0].lower_ not in ("a", "an", "one"):
        return False  # (a paragraph between only after "a trader …": "M. X did not answer … ¶ The trader concluded")
    head = words[-1].lower_
    if not (head in ROLE_NOUNS or head in GROUP_NOUNS) or not any(t.lower_ == head for t in earlier) and not (
            earlier[0].lower_ == "one" and any(t.lower_ == head + "s" for t in earlier)):  # ("One of the mission's observers")
        return False
    # (or "the source" again, after "The source added" resolved to the unnamed source; or "the spokesman" after "the
    # spokesman of the company", resolved to the company)
    return earlier[0].lower_ in ("a", "an", "one") or earlier[0].lower_ == "the" and name is not None and name.startswith(("a ", "an ")) \
        and [t.lower_ for t in earlier] == [t.lower_ for t in words] \
        or head in _SPOKES and len(earlier) > 2 and earlier[1].lower_ == head and earlier[2].lower_ in ("of", "for") \
        and name is not None and not name.islower()


# the kinds of body a spokesperson speaks for, called by its kind after its name ("A spokesperson for the fund" after
# "the Salève Mine Action Trust Fund")
_SPOKEN_FOR = GROUP_NOUNS | COMPANY_WORDS | {"fund", "foundation", "trust", "bank", "charity", "association", "hospital", "university"}
# who speaks for another, "of" whom they are: "the wife of X", "the lawyer of X" (not X)
_ON_BEHALF = KIN_NOUNS | _SPOKES | {"lawyer", "attorney", "aide", "adviser", "advisor"}


def _of_whom(tokens, n: int) -> bool:
    """Whether the name from ``tokens[n]`` on is whose kin or lawyer the phrase names: "The wife of| Hovhannes Sargsyan"."""
    return n >= 2 and tokens[n - 1].lower_ == "of" and any(t.lower_ in _ON_BEHALF for t in tokens[: n - 1])


def _leads(doc, person: Person, country: str, char: int) -> bool:
    """Whether the article says ``The Turkish delegation was led/headed by … X`` of ``person``, in the paragraph
    of ``char`` or the one before it."""
    return any(i < len(doc) and doc[i].idx < char and doc_text(doc).count("\n\n", doc[i].idx, char) <= 1
               and (led := delegation_led(doc, doc[i : i + 1])) is not None and role_country(led.text) == country
               for i in person.seen or [person.first_token])


def _asked_about(doc, people: list[Person], at: int) -> list[Person]:
    """People named in an ``Asked about …,`` opening of the sentence of token ``at``."""
    start = sentence_start(doc[at])
    if doc[start].lower_ != "asked":
        return []
    # (up to the comma that closes the opening: "Asked whether …, Mølgaard is silent for a moment before he answers" is
    # Mølgaard, named after it)
    comma = next((k for k in range(at - 1, start, -1) if doc[k].text == ","), at)
    return _named_in_sentence_before(doc, people, comma)


def _named_in_sentence_before(doc, people: list[Person], at: int) -> list[Person]:
    """People named in the sentence of token ``at``, before it."""
    found = []
    for tok in doc[sentence_start(doc[at]) : at]:
        if (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "PER")) and capitalised(tok):
            person = person_by_name(people, [tok])
            if person is not None:
                found.append(person)
    return found


_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "csubj"})


_DEATHS = frozenset("kill die execute assassinate bury drown perish".split())


def _dead(doc, person: Person) -> bool:
    """Whether the story says ``person`` is dead or missing at some mention (``_said_dead``). Whoever "he said" means
    at the next paragraph, it is not them: "Santos X, 38, leaves a wife and four children … ¶ He said the divers were
    paid …" is the survivor quoted before. (Kept for the run, by the person's name and first mention: a Person is no
    hashable value.)"""
    memo = doc.user_data.get(_DEAD)
    key = (person.name, person.first_token)
    if memo is not None and key in memo:
        return memo[key]
    found = any(_said_dead(doc, k) for k in person.seen or [person.first_token])
    if memo is not None:
        memo[key] = found
    return found


def _said_dead(doc, k: int) -> bool:
    """Whether the mention at token ``k`` says its person is dead or missing: "the dead X", "the late X", "the missing
    X"; the subject of a death ("Santos X died on the boat", "X was killed", "X remains missing"); or a relative clause
    on the name past its appositives ("Antônio Carlos da Silva, of 41 years, …, who remains missing"), however the
    parser hung it."""
    if k > 0 and doc[k - 1].lower_ in ("dead", "late", "missing"):
        return True
    # (the name's own word the subject: not "Gayane, the engine died")
    head = next((t for t in doc[k : k + 4] if t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and t.pos_ == "PROPN"
                 and all(w.pos_ == "PROPN" for w in doc[k : t.i + 1])), None)
    if head is not None and head.head.i > k and (head.head.lemma_.lower() in _DEATHS or head.head.lower_ == "missing"):
        return True
    end = next((e.end for e in person_ents(doc) if e.start <= k < e.end), k + 1)  # (past the whole name)
    rest = doc[end : doc[k].sent.end]
    relative = _DIED_OR_MISSING.search(rest.text) if len(rest) and "who" in rest.text else None
    if relative is None:
        return False
    at = rest.start_char + relative.start()
    between = rest.text[: relative.start()].strip()
    # (not past a clause or another person, nor outside commas: "According to X, … pilgrims who went missing …", "for X
    # and the families of the three passengers who died"; and not "X, who went missing for a day, is in good health")
    return between[:1] in (",", "") and between[-1:] in (",", "") and not any(is_verb(t) for t in rest if t.idx < at) \
        and not any(k < e.start and e.start_char < at for e in person_ents(doc))


_DIED_OR_MISSING = re.compile(r"\bwho (?:remains|is|are|remain) (?:still )?missing\b|\bwho (?:died|drowned|was killed)\b")
_DEAD = run_memo_key("dead")  # whether each person is dead (a run memo)


def _written(doc, cue: tuple[int, int] | None) -> bool:
    """Whether the cue at ``cue`` is a writing verb ("wrote", "posted", "tweeted"): words given in writing."""
    span = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    return span is not None and len(span) > 0 and lemma_of(span[-1]) in ("write", "post", "tweet")


def _pluperfect(verb) -> bool:
    """"had said", "had told": words the dead may have spoken before."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _sharing(people: list[Person], person: Person, ent) -> list[Person]:
    """``person``, and after a bare surname everyone else who has it: the pronoun's gender decides between them."""
    return [person] + ([p for p in people if p.key == person.key and p is not person] if len(ent) == 1 else [])


# verbs that say someone spoke without reporting what: the quote that opens the next paragraph is what was said
_LEAD_IN_VERBS = frozenset("""describe recall recount speak talk explain testify disagree differ thank welcome praise hail greet
    congratulate apologise apologize evoke decline refuse laugh smile sigh shrug""".split())
# how someone is about to speak, as the sentence before their quote says it: "Professor X … is less categorical."
_STANCE_WORDS = frozenset("""categorical cautious optimistic pessimistic blunt critical nuanced measured sceptical skeptical
    confident emphatic reserved severe harsh alarmed worried bitter prudent circumspect""".split())


def _lead_in(doc, people: list[Person], at: int) -> list[Person]:
    """The subject of the last sentence of the paragraph before the one of token ``at``, where that paragraph ends by
    saying they spoke ("… described the last minutes aboard the ferry.") and ``at``'s paragraph opens with a quote."""
    start = line_break_before(doc, at)
    first = next((t for t in doc[start + 1 : at + 1] if not t.is_space), None)
    if start < 1 or first is None or not first.is_quote:
        return []
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    # (past the paragraphs the same quote ran through: "Dr X … evoked the campaign of 2004. ¶ « In 2004 I was … ¶ « Over
    # there …», she affirmed")
    while k >= 0 and _quoted(doc, doc[k].idx):
        prev = line_break_before(doc, k)
        opener = next((t for t in doc[prev + 1 : k + 1] if not t.is_space), None)
        if prev < 1 or opener is None or not opener.is_quote:
            break
        k = prev - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    sent = doc[k].sent
    root = sent.root
    if root.i == sent.start and root.tag_ == "VBN":
        # (the parser made an opening participle the root: "Reached by telephone by X at the airport …, Dr Y, 41, head
        # of …, evoked the campaign of 2004.": who did the verb it hung on it is the first person after its comma)
        verb = next((t for t in sent if t.head.i == root.i and t.dep_ == "conj" and lemma_of(t) in _LEAD_IN_VERBS), None)
        comma = next((t.i for t in sent if t.text == ","), None)
        ent = next((e for e in person_ents(doc) if comma is not None and verb is not None and comma < e.start < verb.i), None)
        person = person_by_name(people, list(ent)) if ent is not None else None
        return [person] if person is not None else []
    if root.i == sent.start and lemma_of(root) == "ask":
        # ("Asked|ROOT whether she had felt pressure …, the former judge laughed|parataxis.": the verb after the question)
        root = next((t for t in sent if t.head.i == root.i and t.dep_ in ("parataxis", "conj") and lemma_of(t) in _LEAD_IN_VERBS), root)
    if lemma_of(root) not in _LEAD_IN_VERBS and not (root.lower_ in _STANCE_WORDS and any(c.dep_ == "cop" for c in root.children)):
        return []
    subjects = [c for c in root.children if c.dep_ in SUBJECT and c.i < root.i]
    for tok in [t for c in subjects for t in (c, *(a for a in c.children if a.dep_ in ("appos", "conj")))]:
        ent = next((e for e in person_ents(doc) if e.start <= tok.i < e.end), None)
        person = person_by_name(people, list(ent)) if ent is not None else None
        if person is not None:
            return [person]
        if ent is None and doc[tok.left_edge.i].lower_ == "the":
            # (or by the office the article gave them: "Asked whether she had felt pressure, the former judge laughed.")
            holders = [p for p in people if any(tok.lower_ in words for words, _ in p.offices) and (p.seen or [p.first_token])[0] < tok.i]
            if len(holders) == 1:
                return holders
    return []


def _subjects_before(doc, people: list[Person], at: int, speakers: Sequence[Person] = ()) -> list[Person]:
    """People who are the subject of a main clause earlier in the paragraph, most recent first: the one
    "he" most likely continues ("Volkonsky struck a more optimistic tone. '…,' he said"). Where the parser gave no
    clause a person for its subject, the names it hung elsewhere, most recent first, but the last of ``speakers`` (who
    spoke last) before a name inside a relative clause on them: "…, the Governor, X, who had accompanied Y to the
    burials, confided that … He estimated" is X."""
    found: list[Person] = []
    k = at - 1
    loose: list[Person] = []  # names the parser hung elsewhere, neither object nor after a preposition
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        t = doc[k]
        k -= 1
        if _quoted(doc, t.idx) or _reported(doc, t.idx):
            # "“I told Lavrov …,” he said": a name inside the quote is not who "he" is; nor is the subject of what
            # was reported ("According to her, the special envoy … will work … She added")
            continue
        # (an "object" of no verb is a parse gone wrong: "Fatah|ROOT spokesman Munther|obj al-Hamdan, in a …, responded")
        if t.ent_type_ in ("PERSON", "PER") and (t.dep_ not in ("obj", "iobj", "dobj", "pobj", "flat", "compound")
                                               or t.dep_ == "obj" and not is_verb(t.head)) \
                and not any(c.dep_ == "case" for c in t.children):
            ent = next((e for e in person_ents(doc) if e.start <= t.i < e.end), None)
            person = person_by_name(people, list(ent)) if ent is not None else None
            if person is not None and person not in loose:
                loose += [p for p in _sharing(people, person, ent) if p not in loose]
        # (or the noun the parser rooted a sentence in, its reporting verb hung on it: "The prosecutor|ROOT
        # specified|acl that …")
        if t.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") and not (
                t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.i == t.i + 1 and is_cue(c) for c in t.children)):
            continue
        clause = t.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # ("pointed out that A, and that his counterpart, X, had promised …": still A's clause)
        # (a clause with its "that" is reported, however the parser hung it: "…, and that his counterpart, X, had …")
        # (but the subject of a relative clause whose "that" is its object is someone who acts: "a word that the
        # commission head refused to use. «…», he declared")
        relative = clause.dep_ in ("relcl", "acl:relcl") and t.lower_ not in ("who", "which", "that") \
            and any(m.lower_ == "that" and m.tag_ == "WDT" and m.i < t.i for m in clause.children)
        if not relative and (clause.dep_ in _CLAUSE_DEPS or any(m.dep_ == "mark" and m.lower_ == "that" for m in t.head.children)):
            continue
        if t.head.lemma_.lower() in _DEATHS:
            continue  # "Their mother, Nesrin, was killed in 2021. She said …": the dead do not speak
        if t.lower_ in ("he", "she") and not found:
            # "He said his counterpart, X, had promised … He added": the story's speaker goes on (the earlier "he"),
            # not a name inside what he said
            return []
        # (or a name the parser hung on the subject as its compound: "Mrs. X|compound, mother|nsubj of the oiler Y, …")
        names = [t] + [c for c in t.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < t.i
                       and c.ent_type_ in ("PERSON", "PER") and t.ent_type_ not in ("PERSON", "PER")]
        if honorific(t) and (flat := [c for c in t.children if c.dep_ == "flat"]):
            names.insert(0, flat[-1])  # (the name after the title the parser made the head: "Ms|nsubj Uí Mhurchú paused")
        for tok in names:
            # (an "el-"/"al-" name is no title case: "el-Mahaini|ORG told")
            if tok.ent_type_ not in ("PERSON", "PER") and capitalised(tok) and tok.pos_ == "PROPN" and tok.lower_ not in OFFICE:
                kunya = tok.i > 0 and doc[tok.i - 1].lower_ in SURNAME_HEADS  # (or "Ms Uí Mhurchú")
                # (with the given names the parser hung on it: "Walid|compound Amine|compound Merabet|nsubj smiled",
                # not his father's shared surname alone)
                known = person_by_name(people, [doc[tok.i - 1], tok] if kunya else [tok])  # a name the NER missed: "Umm Khalil says"
                given = [c for c in tok.children if c.dep_ in ("compound", "flat") and c.i < tok.i and c.pos_ == "PROPN"]
                if given and (known is None or given[0].text not in known.name) and all(capitalised(w) for w in doc[given[0].i : tok.i]):
                    known = person_by_name(people, list(doc[given[0].i : tok.i + 1])) or known
                # (or the surnames it hung on the given name: "Yolanda|nsubj Bushey|flat Zeledón|flat|ORG, 29, sat …")
                rest = [c for c in tok.children if c.dep_ == "flat" and c.i > tok.i]
                if known is None and rest and all(capitalised(w) for w in doc[tok.i : rest[-1].i + 1]):
                    known = person_by_name(people, list(doc[tok.i : rest[-1].i + 1]))
                if known is not None and known not in found:
                    found.append(known)
                    break
            if tok.lower_ in ROLE_NOUNS and not tok.ent_type_ and any(c.lower_ == "the" for c in tok.children):
                # "the elder poured tea. “…,” he said": the office's holder, if the article gave it to someone
                # (the holder may be named inside the phrase: "The co-chair of … from the Syrian side Yusuf al-Khatib")
                end = doc[tok.right_edge.i]
                holder = _office_holder(join_tokens(list(doc[tok.left_edge.i : tok.i + 1])), tok.lower_,
                                        _mentions_before(doc, people, end.idx + len(end.text)))
                if holder is not None and holder not in found:
                    found.append(holder)
                break
            # (the article may hang on a compound: "A|det WCU|compound official")
            if tok.lower_ in ROLE_NOUNS and not tok.ent_type_ and doc[tok.left_edge.i].lower_ in ("a", "an") \
                    and tok.left_edge.i == tok.sent.start:  # (not "Sheikh X, a tribal elder …, urged", parsed backwards)
                # "A senior Turkish diplomat told the Ledger … He added": an unnamed source, as the article words it
                # (unless an appositive names them: "A UNHCR spokesperson in Beirut, Lisa Abou Khaled, said")
                # (or the first name its relative clause gives: "A mother of four …, who asked that only her first
                # name, Hodan, be used, said")
                named = next((p for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                              for e in person_ents(doc) if e.start <= c.i < e.end
                              for p in [person_by_name(people, list(e))] if p is not None), None) or next(
                    (p for c in tok.children if c.dep_ in ("acl:relcl", "relcl") and c.i > tok.i
                     for e in person_ents(doc) if c.left_edge.i < e.start - 1 and e.end <= c.right_edge.i
                     and doc[e.start - 1].text == "," and doc[e.start - 2].lower_ == "name"
                     for p in [person_by_name(people, list(e))] if p is not None), None) or next(
                    # (or a name set off by commas the parser hung deeper: "A Jordanian truck driver waiting at the
                    # crossing, Abu Mahmoud, said")
                    (p for e in person_ents(doc) if tok.i < e.start <= tok.right_edge.i and doc[e.start - 1].text == ","
                     and e.end < len(doc) and doc[e.end].text == "," for p in [person_by_name(people, list(e))] if p is not None), None)
                # (with what it is of: "A member of the Uzbek delegation, who …")
                of = next((c for c in tok.children if c.i > tok.i and c.left_edge.i == tok.i + 1 and c.dep_ in ("nmod", "prep")
                           and doc[tok.i + 1].lower_ == "of"), None)
                end = of.i + 1 if of is not None else tok.i + 1
                words = [t for t in doc[tok.left_edge.i : end] if not t.is_punct]
                if not found:
                    found.append(named or Person(_plain(join_tokens(words)), name_key(tok.text), tok.i))
                break
            if tok.ent_type_ in ("PERSON", "PER"):
                ent = next((e for e in person_ents(doc) if e.start <= tok.i < e.end), None)
                person = person_by_name(people, list(ent)) if ent is not None else None
                if person is not None and person not in found:
                    found += [p for p in _sharing(people, person, ent) if p not in found]
                break
    if found or not speakers or speakers[0] not in loose[1:]:
        return found or loose
    last = [last_seen(p, at - 1) for p in (speakers[0], loose[0])]
    if min(last) < 0 or last[0] > last[1] or doc[last[0]].sent.start != doc[last[1]].sent.start \
            or not any(t.lower_ in ("who", "whom", "which") for t in doc[last[0] : last[1]]):
        return loose
    # (the one who spoke, named first in the sentence, before the name inside the relative clause on them)
    return [speakers[0]] + [p for p in loose if p is not speakers[0]]


def _portfolio_then_name(doc, ent) -> bool:
    """Whether the NER took an office's portfolio and its holder's name for one body: "Minister for | Fisheries and
    Aquaculture Mavis Hawa Koomson"."""
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") \
            or doc[ent.start - 2].lower_ not in ROLE_NOUNS:
        return False
    name = strip_name(list(ent))
    return len(name) >= 2 and name[0].i > ent.start and all(
        t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "of", "the") for t in doc[ent.start : name[0].i])


# where an unnamed speaker is, after the noun: "a farmer in Kök-Tash", "a source at the ministry", "a diplomat with
# knowledge of the talks" (not when or how he spoke: "on Monday", "at a briefing", "on condition of anonymity")
_WHERE = frozenset("in at from on near with inside outside below above across along".split())
_OCCASIONS = frozenset("briefing conference meeting session summit hearing interview condition behalf request".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten several some many dozens hundreds".split())


def _described_where(tokens, cut: int) -> int | None:
    """The end of an unnamed speaker's description with the place it gives after its noun at ``cut`` ("A company engineer
    at the dam|, who …"), up to a comma, bracket, relative pronoun or verb; None where the phrase is no such description."""
    head, first = tokens[cut - 1], tokens[0]
    plural = head.tag_ == "NNS" and not any(t.lower_ in DETERMINERS or t.pos_ == "PRON" for t in tokens[:cut])
    if tokens[cut].lower_ not in _WHERE or head.pos_ != "NOUN" or not (first.lower_ in ("a", "an") or first.lower_ in _NUMBERS
                                                                       or first.like_num or plural):
        return None
    end = cut + 1
    while end < len(tokens) and tokens[end].text not in (",", "(", ";", ":", "—", "–") and not (
            tokens[end].pos_ in ("VERB", "AUX") and tokens[end].dep_ not in ("amod", "compound")) \
            and tokens[end].lower_ not in ("who", "whom", "which", "that"):
        end += 1
    tail = tokens[cut + 1 : end]
    if not tail or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS or t.lower_ in _OCCASIONS for t in tail):
        return None
    after = tail[-1].i + 1  # (and not where the parser cut the phrase short: "an official at the water| directorate")
    if after < len(tail[-1].doc) and tail[-1].doc[after].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return end


def _own_account(tokens) -> bool:
    """``his words``, ``her information``, ``its website``: what a source says through is the source's own (not ``his
    sources``)."""
    return len(tokens) >= 2 and tokens[0].lower_ in ("his", "her", "its", "their") and tokens[-1].lower_ in OWN_ACCOUNT_NOUNS


# a body's kind, then its name: "the armed group Jabhat al-Wadi", "the insurer Boreal Mutual"
# (with the article dropped, as translations from Slavic languages do: "Company Neretva Konstrukt from Mostar")
_KIND_THEN_NAME = re.compile(r"(?:[Tt]he |[Aa]n? )?(?:[a-z-]+ )?(?P<kind>[a-z]+|^Company|^Firm) "
                             rf"(?P<name>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|{ARABIC_ARTICLE}[\w'’-]+)){{0,5}})")


def _resolve(doc, span: tuple[int, int], char: int, people: list[Person], recent: list[Person]) -> str | None:
    tokens = list(doc[span[0] : span[1]])
    owner = document_owner(tokens) or voice_owner(tokens) or _issuer_before_according(doc, span)
    if owner is not None:
        return _resolve(doc, owner, char, people, recent)
    if (joint := joint_writing_author(doc, span)) is not None:
        return joint
    if (named := name_in_apposition(doc, span[0], span[1])) is not None:
        return named  # "The operator, Nam Theun Ngai Power Company, which …, said": the name it is given
    if _own_account(tokens) and tokens[0].lower_ in ("his", "her"):
        return _resolve(doc, (span[0], span[0] + 1), char, people, recent)  # "According to his words/estimates": his
    if len(tokens) >= 5 and tokens[-1].text == ")" and tokens[-3].text == "(" and tokens[-2].is_upper:
        # "the Latvian Olympic Committee (LOK)": the name, its initials read after it as below
        return _resolve(doc, (span[0], span[1] - 3), char, people, recent)
    short = doc[span[1] + 1] if span[1] + 2 < len(doc) and doc[span[1]].text == "(" and doc[span[1] + 2].text == ")" else None
    if short is not None and short.is_title and canonical_body(short.text) != short.text:
        # "the Secretariat of State in the Offices of Foreign Relations … (Chancellery)": the body its short name says
        return canonical_body(short.text)
    cited = next((n for n in range(len(tokens) - 3) if " ".join(t.lower_ for t in tokens[n : n + 3]) == "with reference to"), None)
    if cited is not None:  # "the agency LNA with reference to the Syrian Defense Ministry": the ministry speaks
        return _resolve(doc, (tokens[cited + 3].i, span[1]), char, people, recent)
    # an office whose holder's name ends the phrase: "The co-chair of … from the Syrian side Yusuf al-Khatib"
    tail = 0  # the run of proper nouns that ends the phrase
    # (a given name the tagger made an adjective counts by its tag: "the inspector of the organization Wanjiru|ADJ|NNP
    # Odhiambo")
    while tail < min(3, len(tokens) - 1) and ((tokens[-1 - tail].pos_ == "PROPN" or tokens[-1 - tail].tag_ == "NNP"
                                               and tokens[-1 - tail].ent_type_ in ("PERSON", "PER")) and (
            tokens[-1 - tail].is_title or "-" in tokens[-1 - tail].text or caps_family(tokens[-1 - tail]))
            or tail and tokens[-1 - tail].lower_ in INNER_PARTICLES and tokens[-2 - tail].is_title):
        tail += 1  # (a particle inside the name: "UN Special Envoy Pieter van Oost")
    if tail and place_country(join_tokens(tokens[-tail:])):
        tail = 0  # (a place, no name: "VTN's correspondent in New Delhi")
    # (the office may have been left out of the phrase: "Chairman of | the Chess Federation of Tajikistan Farrukh
    # Sharifzoda", where the parser made the name the subject)
    office_before = span[0] >= 2 and doc[span[0] - 1].lower_ == "of" and doc[span[0] - 2].lower_ in ROLE_NOUNS
    if tail >= 2 and (office_before or any(t.lower_ in ROLE_NOUNS for t in tokens[:-tail])) \
            and not any(t.lower_ in ("for", "to") and n + 1 < len(tokens) and tokens[n + 1].lower_.rstrip(".") in OFFICE
                        for n, t in enumerate(tokens)):  # ("a spokesperson for envoy X" speaks for X; "envoy for Syria X" is X)
        # (the run may begin with the office's place: "of agriculture of Kazakhstan Bauyrzhan Temirkhanov")
        # (not whose kin or lawyer speaks: "The wife of Hovhannes Sargsyan" is not Sargsyan)
        named = next((p for size in range(tail, 1, -1) if not _of_whom(tokens, len(tokens) - size)
                      and (p := person_by_name(people, tokens[-size:])) is not None), None)
        if named is not None:
            return named.name
    # "The Northern Coordination Council on Tuesday", "the embassy in Astana": the speaker ends before the place or time
    # (but "the Iranian embassy in Moscow" and "the embassy of the Comoros in Cairo" are the embassy's name)
    # (a "for" between capitalised words is the name's: "the Russian Centre for Reconciliation of the Opposing Sides",
    # "the Coordination Headquarters for the Treatment of Prisoners of War")
    cut = next((n for n, t in enumerate(tokens) if n and t.pos_ == "ADP" and t.lower_ != "of" and not (
        t.lower_ == "in" and _posted_before(tokens[:n])) and not (
        t.lower_ == "for" and tokens[n - 1].is_title and n + 1 < len(tokens) and (tokens[n + 1].is_title or (
            tokens[n + 1].lower_ == "the" and n + 2 < len(tokens) and tokens[n + 2].is_title))) and not (
        # (and a ministry's "Relations with Parliament")
        t.lower_ == "with" and tokens[n - 1].text == "Relations" and n + 1 < len(tokens) and tokens[n + 1].is_title) and not (
        # (and whom an unnamed source is close to: "A source close to the file", up to a comma)
        t.lower_ in ("to", "with") and tokens[n - 1].lower_ in CLOSE_TO)), None)
    if cut is None and any(t.lower_ in CLOSE_TO for t in tokens[1:]):
        cut = next((n for n, t in enumerate(tokens) if n and t.text == ","), None)  # (", who requested anonymity")
    whose = None  # "advisers to Mr. Obama": whose advisers, kept in the words though they are not Obama
    if cut is not None and tokens[cut].lower_ in ("for", "of") and tokens[cut - 1].lower_ in _SPOKES \
            and not any(t.lower_.rstrip(".") in TITLE_WORDS for t in tokens[cut + 1 :]):
        # "A spokesperson for the International Committee of the Red Cross (ICRC)": the body speaks
        if any(e.label_ == "ORG" and tokens[cut].i < e.start < span[1] for e in doc_ents(doc)):
            lo = tokens[cut].i + 1
            while lo < span[1] and doc[lo].lower_ in DETERMINERS:
                lo += 1
            end = next((t.i for t in tokens[cut + 1 :] if t.text in ("(", ",") or t.pos_ == "ADP" and t.lower_ != "of"), span[1])
            return canonical_body(doc[lo:end].text)
        rest = [t.lower_ for t in tokens[cut + 1 :]]
        if len(rest) == 2 and rest[0] == "the" and rest[1] in _SPOKEN_FOR:
            # "A spokesperson for the council" after "the Tel Tamr Civil Council": the body last named
            body = body_named_before(doc, span[0], rest[1])
            if body is not None:
                return body
    low = [t.lower_ for t in tokens]
    if 6 <= len(low) <= 7 and low[0] in ("a", "an", "the") and low[1] in _SPOKES and low[2] in ("of", "for") \
            and low[3] == "the" and low[-1] in GROUP_NOUNS - _SPOKES and all(
                t.is_title or t.is_upper or is_demonym(t.text) for t in tokens[4:-1]):
        # "A spokesperson of the GB government", "a spokesman for the Punjab government": the body, named by its place
        # (as the article spelled the place out before: "the Gilgit-Baltistan government … the GB government")
        place = _place_spelled_out(doc_text(doc)[: doc[span[0]].idx], tokens[4].text) if len(tokens) == 6 else None
        return canonical_body(f"{place} {tokens[5].text}" if place else join_tokens(tokens[4:]))
    if len(low) >= 5 and low[0] == "the" and low[1] in _SPOKES | {"secretariat"} and low[2:4] == ["of", "the"] \
            and low[4] in _SPOKEN_FOR and (len(low) == 5 or tokens[5].pos_ == "ADP"):
        # "the secretariat of the panel", "the spokesman of the committee": the body last named (and how he was
        # reached after it: "said the spokesman of the company on request")
        body = body_named_before(doc, span[0], low[4])
        if body is not None:
            return body
    if cut is not None and tokens[cut].lower_ in ("to", "for") and cut + 1 < len(tokens):
        ent = next((e for e in person_ents(doc) if e.start == tokens[cut + 1].i or e.start == tokens[cut + 1].i + 1), None)
        whose = join_tokens(tokens[: ent.end - tokens[0].i]) if ent is not None and ent.end <= span[1] else None
    if cut is not None and (end := _described_where(tokens, cut)) is not None:
        # "A fisherman from Gurunagar", "a source at the ministry", "elders in Ceel Xamar": an unnamed speaker keeps
        # where he is, which tells him from others
        whose = join_tokens(tokens[:end])
    tokens = tokens[:cut]
    owners = next((n for n, t in enumerate(tokens) if t.lower_ not in DETERMINERS and not OWNER_WORD.fullmatch(t.text)), 0)
    if owners and any(OWNER_WORD.fullmatch(t.text) for t in tokens[:owners]) and tokens[owners].is_title:
        tokens = tokens[owners:]  # "the Saudi-owned pan-Arab Al-Ufuq TV": the outlet's name
    if len(tokens) > 2 and tokens[0].lower_ in ("h.e.", "h.h.") and tokens[1].lower_ == "the":
        tokens = tokens[1:]  # "H.E. the Minister of State": the office
    if not tokens:
        return None
    text = join_tokens(tokens)
    named = re.fullmatch(r"(?:the |a )?[a-z]+ [«“\"]([^«»“”\"]{2,60})[»”\"]", text)
    if named is not None:
        return named.group(1)  # "the company «Vorsklaenergo»": the name it is given
    kind = _KIND_THEN_NAME.fullmatch(text)
    if kind is not None and kind["kind"].lower() in KIND_WORDS:
        return canonical_body(kind["name"])  # "The armed group Jabhat al-Wadi": the name it is given
    low = [t.lower_ for t in tokens]
    # "the 52-year-old said", and the French "declared the aforementioned" (le susnommé) or "the concerned"
    # (l'intéressé): like "he" or "she"
    stands_for = text.lower()[4:] if text.lower().startswith("the ") and text.lower()[4:] in STANDS_FOR else None
    aged = re.fullmatch(r"the \d+-year-old", text.lower()) is not None or stands_for not in (None, "latter")
    if stands_for == "latter":
        # "… the young Amine's father. The latter added": the person named last, whoever spoke before
        return next((p.name for p in _mentions_before(doc, people, char)), None)
    # "His Excellency affirmed": like "he"
    excellency = len(tokens) == 2 and low[0] in ("his", "her") and low[1] in ("excellency", "highness", "eminence", "majesty")
    if len(tokens) == 1 and low[0] in PRONOUN_GENDER or aged or excellency:
        gender = "any" if aged else ("m" if low[0] == "his" else "f") if excellency else PRONOUN_GENDER[low[0]]
        if gender in ("m", "f", "any"):
            # "Earlier el-Hadad stated …" is an aside: "He added" after it still means the story's speaker
            story = [p for p in recent if not p.aside] + [p for p in recent if p.aside]
            # "Asked about Şaban's remarks, he said": who was asked about is not who answers
            asked = _asked_about(doc, people, span[0])
            if low[0] in ("him", "her") and not excellency and lemma_of(tokens[0].head) != "quote":
                # "Shalkhub, according to him, asked …": an object pronoun is not its own clause's subject (but "X told
                # Istmo Press …, and the agency AIP quoted him as saying" is X)
                asked = asked + _named_in_sentence_before(doc, people, span[0])
            # (with no one quoted yet: the subject of the paragraph before, not its object)
            before = _subjects_before(doc, people, max(line_break_before(doc, span[0]), 0)) if not story else []
            # (or one who was just said to speak: "X, a teacher, described the last minutes on the radio. ¶ “…,” she
            # said" is X, whoever was quoted before)
            lead_in = _lead_in(doc, people, span[0])
            sentence_end = tokens[0].sent.end
            quiet = _named_in_quiet_paragraph(doc, people, span[0])
            for person in _subjects_before(doc, people, span[0], story) + lead_in + quiet + story + before + _mentions_before(doc, people, char):
                if person in asked or span[0] < min(person.seen or [person.first_token]) < sentence_end \
                        or _dead(doc, person) and not _pluperfect(tokens[0].head):
                    continue  # (nor one first named later in the pronoun's own sentence: "He also commented on remarks by
                    # X, who told …, saying …" is the story's speaker, though X's words came first)
                if gender == "any" or person.gender in (None, gender):
                    person.gender = person.gender or (gender if gender != "any" else None)
                    return person.name
            return None
        return None  # "they", "it": left to the text (see speaker_text)
    if low[0] in ("i", "we", "you", "me", "us") and not honorific(tokens[0]):  # (not "Me Sami Trabelsi", a lawyer)
        return None
    office = ROLE_ABBREVIATIONS.get(tokens[-1].text) or (_office_abbreviated(doc[: span[0]].text, tokens[-1].text)
                                                          if len(tokens) == 2 and tokens[-1].is_upper else None)
    if office is not None and low[0] == "the":
        # "the CS" after "Cabinet Secretary Jeremiah Kimutai", "the Deputy FM", "the RC" after "Regional Commissioner
        # (RC) X": the office written out
        phrase = re.sub(rf"\b{tokens[-1].text}\b", office, text)
        # (whom the article named after that very abbreviation, in the sentence that gave the office, first: "The PCA
        # (chairman of the board) and CEO of …, Aurélio X", whatever other chairman spoke since)
        in_view = _in_view(doc, people, char, recent)
        holder = next((p for p in in_view for k in p.seen or () if k < span[0] and doc[k - 1].text == ","
                       and any(t.text == tokens[-1].text for t in doc[doc[k].sent.start : k])), None) \
            or _office_holder(phrase, office.split()[-1], in_view) \
            or next((p for p in in_view for k in p.seen or () if k > 0 and doc[k - 1].text == tokens[-1].text), None)
        # (or whom the article named right after the abbreviation, where it recorded no office: "Agriculture CS|LOC
        # Josephine X")
        if holder is not None:
            return holder.name
    consular = _consular_unit(doc, char, text) if "onsular" in text else None
    if consular is not None:
        return consular
    lower_body = re.fullmatch(r"(?:[Tt]he )?((?:[A-Z][a-z]+ ){0,2}(?:(?!the |its |his |her |this |that )[a-z]+ ){1,2}ministry"
                              r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"  # ("the foreign ministry of Hungary")
                              r"|ministry of [a-z]+(?: and [a-z]+)?"
                              r"|[A-Z][a-z]+ (?:provincial|regional|district|municipal|state|county|city) (?:[a-z]+ )?"
                              r"(?:government|administration|council))", text)
    if lower_body is not None and whose is None and (lower_body.group(1).islower() or not lower_body.group(1).endswith(
            "ministry") or is_demonym(" ".join(lower_body.group(1).split()[:-2]))):  # ("the South Korean foreign ministry")
        # "the foreign ministry (in Ulaanbaatar)", "the Niassa provincial government" as British copy writes them: the
        # body, named as it is when capitalised
        return canonical_body(re.sub(r"\b(?!of\b|and\b)[a-z]", lambda m: m.group(0).upper(), lower_body.group(1)))
    if not text.islower() and canonical_body(text) != text and not any(
            t.ent_type_ in ("PERSON", "PER") and not is_country(t.text) for t in tokens):
        # a body the alias table knows, before any title is stripped ("General Security"; "the embassy of the Comoros"
        # with the country mistaken for a person)
        return canonical_body(text)
    if len(tokens) == 1 and low[0] in ("who", "which", "that") and tokens[0].head.dep_ in ("acl:relcl", "relcl", "acl"):
        # "voters who said …": the words stay "who", the speaker is the noun the relative clause hangs on
        noun = tokens[0].head.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.i < tokens[0].i and not noun.is_space:
            left, right = noun.left_edge.i, tokens[0].i
            while left < noun.i and (doc[left].pos_ in ("ADP", "PUNCT") or doc[left].dep_ in ("case", "fixed")):
                left += 1  # "(many) of the voters": from "the"; ", according to chairperson X, who": from "chairperson"
            while right > noun.i + 1 and doc[right - 1].is_punct:
                right -= 1
            if not all(noun.left_edge.i <= t.i <= noun.right_edge.i for t in doc[noun.i + 1 : right]):
                right = noun.i + 1  # (to the relative pronoun: "chairperson Davies Phiri, who", the name the noun's own)
            return _resolve(doc, (left, right), char, people, recent)
    bare = {w for w in low if w not in DETERMINERS}
    if bare and bare <= LONE_HONORIFICS:
        # "Samdech Thipadei said": the person last in view whom the article gave that honorific
        titled = next((p for p in _in_view(doc, people, char, recent) if bare <= p.honorifics), None)
        if titled is not None:
            return titled.name
    # a name the article gave a person earlier wins over whatever label the NER put on it here
    # (or "LAVROV:", or "al-Haddad" at a sentence's start that the tagger did not take for a proper noun)
    if (tokens[-1].pos_ == "PROPN" or tokens[-1].is_title or tokens[-1].is_upper and len(tokens[-1]) > 2 or tokens[-1].ent_type_) \
            and not any(_of_whom(tokens, n) for n in range(2, len(tokens))):  # (not "The wife of| X")
        # (the end of a name the article gives whole right there: "Jean-Claude | Kabongo Mwamba")
        known = next((p for p in people for k in p.seen or () if span[0] - 3 <= k < span[0] and doc[k : span[1]].text == p.name),
                     None) or person_by_name(people, tokens)
        if known is not None:
            return _agreeing(doc, span, known, people, recent[0] if recent else None).name
    # (after the cut: "advisers to Mr. Obama" are not Obama)
    # (nor whose aide speaks: "One of Mr. Obama's climate advisers" is not Obama)
    persons = [e for e in person_ents(doc) if span[0] <= e.start < span[0] + len(tokens) and not _of_whom(tokens, e.start - tokens[0].i)
               and not (e.end + 1 < span[0] + len(tokens) and doc[e.end].text in ("'s", "’s") and doc[span[0] + len(tokens) - 1].lower_ in _AIDES)]
    if (not persons and whose is None and tokens[-1].pos_ == "PROPN" and not any(t.ent_type_ and t.text not in ROLE_ABBREVIATIONS for t in tokens)
            and strip_name(tokens)  # ("The Deputy Minister": an office, no name)
            and not all(t.lower_.rstrip(".") in OFFICE for t in strip_name(tokens))  # (nor "the Secretary")
            and not any(t.lower_ == "of" and n and tokens[n - 1].lower_ in ROLE_NOUNS for n, t in enumerate(tokens))  # ("the Minister of State")
            and tokens[-1].lower_ not in TIME_WORDS):
        persons = [doc[span[0] : span[1]]]
    if persons:
        p = person_by_name(people, list(persons[0]))
        if p is not None or strip_name(list(persons[0])):
            return p.name if p else join_tokens(strip_name(list(persons[0])))
    head = tokens[-1]
    for t in tokens:
        if t.lower_ == "of":
            head = tokens[tokens.index(t) - 1] if tokens.index(t) > 0 else head
            break
    if head.lower_ in ("correspondent", "reporter") and head.i > span[0] and (
            low[0] == "its" or doc[head.i - 1].text in ("'s", "’s")):
        # "Its correspondent in Riyadh described …", "Al-Ufuq TV's correspondent (in Kuwait) said": an unnamed
        # correspondent speaks for the outlet
        if low[0] == "its":
            return last_named_outlet(doc_text(doc)[: doc[span[0]].idx])
        return _resolve(doc, (span[0], head.i - 1), char, people, recent)
    if head.lower_ in _SPOKES and len(tokens) >= 3:
        # a body the alias table knows speaks through its spokesperson, whoever else is one: "the occupation army
        # spokesman" after "The Presidency spokesman, X"
        body = join_tokens(tokens[:-1])
        if canonical_body(body) != body:
            return canonical_body(body)
    # (or after a Khmer honorific, as "the": "Samdech Deputy Prime Minister underlined")
    # (not a body named like an office: "the Transportation Ministry's Directorate General of Civil Aviation", "the consulate
    # general said")
    body_general = head.lower_ == "general" and head.i > 0 and doc[head.i - 1].lower_ in ("directorate", "secretariat", "inspectorate", "consulate")
    if head.lower_ in ROLE_NOUNS and not body_general and (low[0] in ("the", "his", "her", "its") or low[0] in LONE_HONORIFICS
                                      or any(t.text in ("'s", "’s") for t in tokens) or head.pos_ == "NOUN"):
        if low[0] not in ("a", "an"):
            candidates = _in_view(doc, people, char, recent)
            office = " ".join(t.text for t in tokens if t.lower_ not in LONE_HONORIFICS)
            holder = _office_holder(office, head.lower_, candidates, subjects=_subjects_before(doc, people, span[0]))
            if holder is None and head.lower_ == "doctor" and len(tokens) == 2:
                # ("According to the doctor" after "Dr Mamadou Diop": the one the article titled "Dr" last in view)
                holder = next((p for p in candidates if any(k and doc[k - 1].lower_.rstrip(".") == "dr" for k in p.seen or ())), None)
            if holder is None and low[0] == "the":
                holder = _named_later(text, head.lower_, people, span[0], alone=_quoted(doc, char))
            # (not a spokesperson: the minister last in view does not speak for himself through one)
            possessed_kin = low[0] in ("his", "her") and head.lower_ in KIN_NOUNS
            # (nor the office of a vessel or vehicle, which no one in view need hold: "the ferry's owner")
            of_a_thing = any(t.text in ("'s", "’s") and n and tokens[n - 1].lower_ in VEHICLES for n, t in enumerate(tokens))
            # (nor someone inside another's words, whom no one was said to be: "“…, the officer told us, ‘…’”")
            if holder is None and low[0] in ("the", "his", "her", "its") and not head.lower_.endswith("s") \
                    and head.lower_ not in _SPOKES and not of_a_thing and not _quoted(doc, doc[span[0]].idx):
                # nobody was given the office: the person last in view, from that country if it says one (or if the
                # article said it with the office before: "the Qatari envoy had asked … | the envoy said")
                country = role_country(text) or (_country_said_with(doc, head.lower_, span[0])
                                                 if head.lower_ not in _GENERIC_OFFICES else None)
                pool = [p for p in candidates if country is None or not _countries_of(p) or country in _countries_of(p)]
                sex = word_gender(head.lower_)  # ("The lady recounted": a woman)
                pool = [p for p in pool if sex is None or p.gender in (None, sex)]
                if head.lower_ in _GENERIC_OFFICES:  # ("the official" is no one the article gave only a private role)
                    pool = [p for p in pool if not p.offices or any(not _private(words) for words, _ in p.offices)]
                if head.i + 2 < span[1] and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].is_title \
                        and (doc[head.i + 2].lower_ in PORTFOLIO_WORDS or doc[head.i + 2].lower_ == "foreign"):
                    # (an office with its portfolio is only someone the article gave that office: "the Minister of
                    # Justice" is not the captain last named)
                    pool = [p for p in pool if any(head.lower_ in words for words, _ in p.offices)]
                # (last seen outside quotes: "“I had to tell her that Verónica and Mercedes had not survived …”, said the
                # diplomat" is not Mercedes; and an expert outside what others said: "X noted that the chair, Y, had
                # achieved … | «…», — emphasized the expert" is X)
                commentator = head.lower_ in _COMMENTATORS
                # ("the young woman" is no one the article gave an office: not the captain last named)
                private = head.lower_ in _PLAIN_PERSONS
                # (nor is "the scientist" the mother of the one the story is about: someone known only as kin last)
                demote_kin = head.lower_ not in KIN_NOUNS and head.lower_ not in _PRIVATE_ROLES and head.lower_ not in _PLAIN_PERSONS
                # (but the one who spoke last, whatever her trade: "«…», precised the young woman" after the GIS
                # specialist's words)
                last_speaker = recent[0] if private and recent else None
                pool.sort(key=lambda p: (country is not None and country not in _countries_of(p), p is not last_speaker,
                                         private and any(not _private(words) for words, _ in p.offices),
                                         demote_kin and bool(p.offices) and all(words & ROLE_NOUNS <= KIN_NOUNS for words, _ in p.offices), -last_seen(
                    p, span[0], keep=lambda i: not _quoted(doc, doc[i].idx) and not (commentator and _reported(doc, doc[i].idx)))))
                holder = pool[0] if pool else None
                if possessed_kin and holder is not None:
                    # "his father" is not the man who spoke last but one of his family, if the article names one: "Khaled
                    # al-Tayyan, the son of Sheikh Mahmoud al-Tayyan … His father said" (and no one in "The president,
                    # X, said … The geologist Y … His wife told")
                    owner = next((p for p in recent + _mentions_before(doc, people, char)
                                  if p.gender in (None, PRONOUN_GENDER.get(low[0]))), None)  # (whose: the last speaker first)
                    holder = next((p for p in pool if owner is not None and p is not owner and p.key == owner.key), None)
            if holder is None and not candidates:  # a lead paragraph names the office before the story names the person
                only = _office_holder(text, head.lower_, people, only=True)
                country = role_country(text)
                # (the one holder the article names later wins only from the lead's country: "Türkiye's foreign
                # minister said …" with Özdemiroğlu named next is not the "Foreign Minister Hişam ez-Zubi" met later)
                if only is None or country is not None and country not in _countries_of(only):
                    holder = _named_next(doc, people, span, country) or only
                    if holder is not None and holder is not only and not holder.offices:
                        # (the lead gave the office the story never repeats with the name: "the prefect of Mayotte
                        # said … | X said …" makes X "The prefect" who speaks later)
                        holder.offices.append((office_words(text), country))
                else:
                    holder = only
            if holder is not None:
                return holder.name
    country = role_country(text) if len(tokens) == 3 and low[0] == "the" and low[2] in ("side", "delegation") else None
    if country is not None:
        # "The Turkish delegation was led by … X. The Turkish side insisted …": who leads that country's delegation,
        # as the paragraph or the one before says; else a side is its country, and a delegation whoever the article
        # last gave an office of that country
        pool = recent + _mentions_before(doc, people, char)
        led = [p for p in pool if _leads(doc, p, country, char)]
        if led:
            return led[0].name
        if low[2] == "side":
            # (far from where the article said who led it, the side is the country: "The Tajik side also noted that …")
            return country
        led = [p for p in pool if country in _countries_of(p)]
        if led:
            return led[0].name
    if len(tokens) == 2 and low[0] in ("the", "this") and head.lower_ in OUTLET_WORDS:
        # "The newspaper … had reported": the outlet the article last named with that word
        named = last_named_outlet(doc_text(doc)[: doc[span[0]].idx], head.lower_)
        if named is not None:
            return named
    if head.lower_ in _SPOKES and len(tokens) >= 2 and tokens[-2].lower_ in _SPOKEN_FOR:
        # "A ministry spokesperson told …" after "The Ministry of National Defence said …", "A company spokeswoman" after
        # "Pesquera Caribe Norte S.A., the Bilwi company …": the body last named
        # (with the portfolio it names: "A Foreign Ministry spokesperson" is not the Ministry of Fisheries)
        body = body_named_before(doc, span[0], tokens[-2].lower_)
        portfolio = [t.text for t in tokens[:-2] if t.is_title and t.lower_ not in DETERMINERS]
        if body is not None and all(word in body for word in portfolio):
            return body
    ministry = re.fullmatch(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s ((?:[a-z]+ ){1,2}ministry)", text)
    if ministry is not None and role_country(ministry.group(1)):
        return canonical_body(f"{ministry.group(1)}'s {ministry.group(2).title()}")  # "Egypt's foreign ministry"
    if head is not tokens[-1] and head.i > span[0] + 1 and given_before_name([doc[head.i - 1], head]):
        # "Director Gerrit-Jan Lammers of Stichting IJsselbron": a given name and a surname, then the body they are of
        name = strip_name(list(doc[span[0] : head.i + 1]))
        known = person_by_name(people, name) if name else None
        return known.name if known is not None else join_tokens(name) or None
    # a nationality says where an unnamed source is from ("a Turkish diplomatic source"), not who speaks
    # (not an adjective the NER took for a name at a sentence's start: "Diplomatic|MISC sources said")
    orgs = [e for e in doc_ents(doc) if e.label_ in ("ORG", "LOC", "GPE", "NORP", "MISC") and span[0] <= e.start < span[1]
            and e.start < span[0] + len(tokens) and not is_demonym(e.text) and e.text not in ROLE_ABBREVIATIONS  # (nor "the PCA|ORG")
            and not (all(t.pos_ == "ADJ" and not t.is_upper for t in e) and e.start == e.sent.start)
            # (nor a country that owns the body: "Madagascar's pilots' union" is the union)
            and not (e.end < head.i and doc[e.end].text in ("'s", "’s") and is_country(e.text) and head.lower_ in GROUP_NOUNS)]
    # (and a body's mission by what it is of: "the observer mission of the West African Electoral Institute" speaks for the
    # institute; not "the delegation of Iran", nor "the Permanent Mission of …", a name)
    sent_by = head.lower_ in ("mission", "delegation") and head.is_lower and head.i + 1 < span[1] and doc[head.i + 1].lower_ == "of" \
        and orgs and orgs[0].start > head.i and not is_country(orgs[0].text)
    if orgs and (head.lower_ in GROUP_NOUNS or head.ent_type_ or head.lower_ in _SPOKES or head.lower_ == "statement" or sent_by):
        named = _person_behind_label(doc, head, people)
        if named is not None:
            return named
        ent = orgs[0]
        if _portfolio_then_name(doc, ent):
            return join_tokens(strip_name(list(ent)))  # "Minister for Fisheries and Aquaculture Mavis Hawa Koomson|ORG"
        # the organisation's name with its country in front ("the Turkish Foreign Ministry"), up to the cut
        toks = tokens[next(n for n, t in enumerate(tokens) if t.i >= ent.start or t.ent_type_):] if head.ent_type_ else list(ent)
        if toks and toks[0].i > span[0] and is_demonym(doc[toks[0].i - 1].text):
            toks = [doc[toks[0].i - 1], *toks]  # ("the press service of the Belarusian|MISC Foreign Ministry|ORG")
        while toks and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        # an outlet's description before its name: "the Kuwaiti daily Al-Sahil", "Saudi-owned pan-Arab Al-Ufuq TV"
        described = [n for n, t in enumerate(toks) if t.i < ent.start and not t.is_title and not t.is_upper
                     and (t.lower_ in MEDIA_NOUNS or "-" in t.text)]
        if head.ent_type_ and described:
            toks = toks[described[-1] + 1 :]
        if not head.ent_type_ and toks:
            # "the press service of the Ministry of Agriculture of the Russian Federation": the ministry with its country
            rest = tokens[next(n for n, t in enumerate(tokens) if t.i >= toks[0].i):]
            whole = join_tokens(rest)
            if canonical_body(whole) != whole:
                return canonical_body(whole)
            # (with the capitalised words the NER left before it: "The Friendly| Islands Seafarers'|ORG Union")
            first = next((n for n, t in enumerate(tokens) if t.lower_ not in DETERMINERS), 0)
            if any(t.text in ("'", "’") for t in rest) and all(t.is_title for t in tokens[first:] if t.i < rest[0].i):
                rest, whole = tokens[first:], join_tokens(tokens[first:])
            if rest[-1].is_title and all(t.is_title or t.lower_ in ("of", "for", "the", "and") or t.text in ("'", "’") for t in rest):
                return whole  # (a name the NER cut at "for": "the Coordination Headquarters for the Treatment of …")
        # (a mission with the city it is in keeps it: "the Bangladesh High Commission in Pretoria")
        if toks and (toks[-1].lower_ in _MISSIONS or len(toks) > 1 and toks[-2].lower_ == "high" and toks[-1].lower_ == "commission") \
                and toks[-1].i + 2 < span[1] and doc[toks[-1].i + 1].lower_ == "in" \
                and place_country(doc[toks[-1].i + 2].text) is not None:
            toks = [*toks, doc[toks[-1].i + 1], doc[toks[-1].i + 2]]
        return canonical_body(join_tokens(toks)) or None
    if whose is None and len(tokens) == 2 and low[0] == "the" and tokens[1].pos_ == "PROPN" and tokens[1].is_title \
            and low[1] not in ROLE_NOUNS | WRITINGS | TITLE_WORDS and canonical_body(text) == text:
        return tokens[1].text  # (a body's one-word name without its article, the NER's or not: "the Gendarmerie stated")
    return canonical_body(_plain(whose or text))


# a state's missions abroad, named with their city
_MISSIONS = frozenset("embassy consulate consulate-general mission".split())  # (and a "High Commission")
# a company's legal form after its name, which the name does without
_LEGAL_FORM = re.compile(rf"(?<=\S)(?:\s+(?:{'|'.join(map(re.escape, sorted(LEGAL_FORMS, key=len, reverse=True)))}))+"
                         r"(?:\s+of\s+[A-Z][\w'’-]+)?$", re.IGNORECASE)  # (and its seat: "Halvard Maritime Ltd of Limassol")
# a foreign ministry's unit that speaks for its citizens abroad, as translated copy writes it in lower case
_CONSULAR = re.compile(r"(?:[Tt]he )?[Cc]onsular ([Dd]epartment|[Ss]ervices?|[Ss]ection|[Dd]irectorate)(?: of the (.+?))?")
_MINISTRY = re.compile(r"\b[Mm]inistry\b")


def _person_behind_label(doc, head, people: list[Person]) -> str | None:
    """A known person the NER took for a body, by surname after the words of their job: "The consul Ticona
    Arce|ORG" after "Marcelo Ticona Arce" (a name of two words or more there is a person already: see
    ``people.after_job``)."""
    ent = next((e for e in doc_ents(doc) if e.start <= head.i < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "MISC") or len(ent) > 3 or not after_job(doc, ent):
        return None
    known = person_by_name(people, list(ent))
    return known.name if known is not None and len(known.name.split()) > len(ent) else None


def _consular_unit(doc, char: int, text: str) -> str | None:
    """``the consular department of the Foreign Ministry`` is the ministry's Consular Department, and so is ``the
    consular department`` after it (the ministry's country is added as for the ministry)."""
    unit = _CONSULAR.fullmatch(text)
    if unit is None:
        return None
    ministry = unit.group(2)
    if ministry is None:
        named = list(_CONSULAR.finditer(doc_text(doc)[:char]))
        ministry = next((m.group(2) for m in reversed(named) if m.group(2) and _MINISTRY.search(m.group(2))), "Foreign Ministry")
    ministry = re.split(r"[,.;]", ministry)[0].strip()
    if not _MINISTRY.search(ministry):
        return None
    return f"Consular {unit.group(1).title()} of the {canonical_body(ministry[:1].upper() + ministry[1:])}"


def _fuller_body(text: str, name: str, char: int, end: int) -> str:
    """``the Organising Committee`` after ``the Corniche Games Organising Committee``: a body's name of capitalised
    words that a longer name the article gave before ends with (or begins) is that body (not a state body: its
    country is found apart); a company by the first word of its name: "Inyoni said in a statement" after "the Inyoni
    Sugar Milling Company"."""
    if re.fullmatch(r"[A-Z][\w'’-]+", name):
        longer = [re.sub(r"['’]s$", "", m.group(0)) for m in re.finditer(rf"\b{re.escape(name)}(?: [A-Z][\w'’-]*){{1,4}}", text[:char])]
        longer = [n for n in longer if n.split()[-1].lower() in BODY_WORDS]
        return longer[-1] if longer else name
    if not re.fullmatch(r"(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)+", name) or lacks_country(name) \
            or name.split()[-1].lower() not in BODY_WORDS | GROUP_NOUNS:
        return name
    bare = re.sub(r"^the ", "", name)
    fuller = fuller_name(text[:char], bare)
    if fuller is not None and len(fuller) > len(bare) and fuller.split()[-1] == bare.split()[-1]:
        return fuller
    # (or one it begins: "the Nereid Institute" after "the Nereid Institute for Deep-Sea Research", "the Joint
    # Commission" after "the Joint Commission on Water and Border Issues"; not "the Council on Tuesday"), up to ``end``,
    # the end of the speaker's own words, where the NER may have cut the name: "the meeting of the Joint Commission| on
    # Water and Border Issues"
    longer = list(re.finditer(rf"\b{re.escape(bare)}\s+(?:for|of|on(?!\s+(?i:{'|'.join(TIME_WORDS)})\b))\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,3}}", text[:end]))
    return longer[-1].group(0) if longer else name


def _issuer_before_according(doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """"X expressed deep regret …, according to a statement released yesterday": a writing nobody is said to have
    issued is the statement of the sentence's subject, a body or a person."""
    lo = span[0] + (doc[span[0]].lower_ in ("a", "an", "the"))
    if span[0] < 2 or [t.lower_ for t in doc[span[0] - 2 : span[0]]] != ["according", "to"] or lo >= span[1] \
            or doc[lo].lower_ not in WRITINGS:
        return None
    root = doc[span[0]].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < span[0] - 2), None)
    if subject is None or subject.right_edge.i >= span[0] - 2 or not (
            subject.ent_type_ in ("ORG", "PERSON", "PER") or subject.lower_ in BODY_WORDS):
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _posted_before(tokens) -> bool:
    """The words before an "in" end with a mission abroad: "the embassy", "the embassy of the Comoros"."""
    if tokens and tokens[-1].lower_ in POSTED_BODIES:
        return True
    of = next((n for n in range(len(tokens) - 1, 0, -1) if tokens[n].lower_ == "of"), None)
    if of is None:
        return False
    body = tokens[of - 2] if of >= 2 and tokens[of - 1].lower_ == "general" else tokens[of - 1]  # (consulate general)
    return body.lower_ in POSTED_BODIES and is_country(
        join_tokens([t for t in tokens[of + 1 :] if t.lower_ != "the"]))


def _office_abbreviated(before: str, abbreviation: str) -> str | None:
    """The office the article spelled out before ``abbreviation``: "Regional Commissioner (RC) X … the RC" -> "regional
    commissioner" (the initials of its last words), "Regional Health Officer Dr X … the RHO" -> "regional health
    officer", or None."""
    if not re.fullmatch(r"[A-Z]{2,4}", abbreviation):
        return None
    # (or with no initials in brackets, the office before its holder's name: "Regional Health Officer Dr X … the RHO")
    brackets = f"({abbreviation})" in before
    shape = rf"((?:[A-Z][a-z]+\s+){{2,4}})\({abbreviation}\)" if brackets else rf"(?=\b((?:[A-Z][a-z]+\s+){{{len(abbreviation)}}}))"
    for m in re.finditer(shape, before):
        words = m.group(1).split()[-len(abbreviation):]
        if "".join(w[0] for w in words) == abbreviation and words[-1].lower() in ROLE_NOUNS:
            return " ".join(words).lower()
    return None


def _place_spelled_out(before: str, initials: str) -> str | None:
    """The place the article spelled out before its ``initials``: "Gilgit-Baltistan" for "GB", "Khyber Pakhtunkhwa" for
    "KP" (capitalised words joined by spaces or hyphens whose first letters they are), or None."""
    if not re.fullmatch(r"[A-Z]{2,4}", initials):
        return None
    pattern = r"[- ]".join([r"[A-Z][a-z]+"] * len(initials))
    return next((m.group(1) for m in re.finditer(rf"(?=\b({pattern})\b)", before)  # (overlapping: "The Gilgit-Baltistan")
                 if "".join(w[0] for w in re.split(r"[- ]", m.group(1))) == initials), None)


# kinds of business that a name in apposition names: "the tour operator, X", "the Kenyan airline, Y"
_BUSINESSES = frozenset("operator firm airline carrier shipowner owner-operator builder contractor constructor caterer".split())
_BODY_KINDS = BODY_WORDS | _BUSINESSES


def _press_office_named(doc, before: list[Attribution], names: list[str | None], words) -> str | None:
    """The body whose press service (office, centre) spoke last, where the speaker is "the press service" alone."""
    if len(words) != 3 or not press_voice(words):
        return None
    voice = words[2].lower_
    return next((names[m] for m in range(len(before) - 1, -1, -1) if names[m] and before[m].speaker is not None
                 and any(t.lower_ == voice for t in doc[before[m].speaker[0] : before[m].speaker[1] + 4])), None)


def _name_after_kind(words, name: str | None) -> str | None:
    """A body named with its kind before its name is its name: "The Malagasy airline Vorombe Air" -> "Vorombe Air",
    "the humanitarian organization Helios Medical Relief" -> "Helios Medical Relief"; else ``name``."""
    if name is None or len(words) < 3 or words[0].lower_ != "the":
        return name
    kind = next((t for t in words[1:-1] if t.is_lower and (t.lower_ in KIND_WORDS or t.lower_ in _BODY_KINDS)), None)
    # (its description may say where it is based: "The Koror-based shark-conservation group Reef Apex Trust")
    if kind is None or not all(t.is_lower or is_demonym(t.text) or t.text in ("'", "’") or OWNER_WORD.fullmatch(t.text)
                               for t in words[1 : kind.i - words.start]):
        return name
    rest = words[kind.i - words.start + 1 :]
    if legal_form_last(rest):
        rest = rest[:-1]  # (without its legal form, as the name is given: "The company Cuyuni Star Mining Inc.")
    if not all(t.is_title or t.is_upper or t.text in ("&", "-") for t in rest) or not name.lower().endswith(rest.text.lower()):
        return name
    return canonical_body(rest.text)


def _they_at(doc, cue: tuple[int, int]) -> str | None:
    """The body an impersonal "they" speaks for, named right after the cue: "they informed at the Ministry of …"."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    k = span.end if span is not None else len(doc)
    if k + 2 >= len(doc) or doc[k].lower_ not in ("at", "in", "from") or doc[k + 1].lower_ != "the":
        return None
    ent = next((e for e in doc_ents(doc) if e.start in (k + 1, k + 2) and e.label_ == "ORG"), None)
    return canonical_body(doc[k + 2 : ent.end].text) if ent is not None and doc[k + 2].lower_ in BODY_WORDS else None


def _ends_in_office(doc, lo: int, comma: int) -> bool:
    """Whether the clause doc[lo:comma] ends in an office it names, past its verb: "(who) spoke through his Special
    Assistant on Media|," (a name set off after it is that office's)."""
    return any(t.lower_ in ROLE_NOUNS and t.dep_ not in SUBJECT and all(x.pos_ in ("ADP", "PROPN", "NOUN", "ADJ", "DET") for x in doc[t.i + 1 : comma])
               for t in doc[lo:comma])


def _name_past_offices(doc, hi: int) -> int | None:
    """The end of a name that closes the sentence after more offices set off by commas from token ``hi`` on, as
    machine-translated French puts an inverted speaker ("…, announced the Minister of the Interior, in charge of
    Information, Spokesman of the Government, M. X."); None if no such name."""
    j = hi
    for passed in range(4):
        if j >= len(doc) or doc[j].text != ",":
            return None
        k = j + 1
        while k < len(doc) and (honorific(doc[k]) or doc[k].text in ("M.", "Mme")):  # (and the French Monsieur's "M.")
            k += 1
        if k < len(doc) and doc[k].ent_type_ in ("PERSON", "PER") and (doc[k].ent_iob_ == "B" or k > j + 1) \
                and doc[k].lower_ not in ROLE_NOUNS:
            if not passed:
                return None  # (a name right after the office's comma is the appositive's: left to the rules below)
            end = next((e.end for e in person_ents(doc) if e.start <= k < e.end), None)
            return end if end is not None and (end == len(doc) or doc[end].text in (".", ";") or doc[end].is_space) else None
        j = next((m for m in range(k, min(k + 7, len(doc))) if doc[m].text == ","), None)
        if j is None or j == k or not all(t.is_title or t.lower_ in ("of", "the", "and", "for", "in", "charge") for t in doc[k:j]) \
                or not (doc[k].lower_ == "in" and k + 1 < j and doc[k + 1].lower_ == "charge" or any(t.lower_ in ROLE_NOUNS for t in doc[k:j])):
            return None
    return None


def _named_in_apposition(doc, a: Attribution) -> tuple[int, int] | None:
    """``Russia's envoy, Sergei Volkonsky,``: an office whose appositive names the person speaks as that person."""
    if a.speaker is None:
        return None
    lo, hi = a.speaker
    full = a.speaker_full
    if a.cue is not None and a.cue[0] < doc[lo].idx and (named := _name_past_offices(doc, hi)) is not None:
        return lo, named  # ("…, announced the Minister of the Interior, in charge of Information, Spokesman of …, M. X.")
    if full is not None and hi - lo == 1 and full[0] == lo and 3 <= full[1] - hi <= 4 and doc[hi].text == "," \
            and (doc[lo].ent_type_ in ("LOC", "GPE") or place_country(doc[lo].text)) and given_before_name(doc[hi + 1 : full[1]]) \
            and all(t.pos_ == "PROPN" and t.is_title for t in doc[hi + 1 : full[1]]):
        # (a name the parser hung on the place before it: "the chief pilot of the aircraft grounded in Somaliland,
        # Aleksandr Gnatenko|LOC, had told")
        return hi + 1, full[1]
    if full is None or full == a.speaker:
        # (or a name set off by commas that the parser hung elsewhere: "The director of the General Maritime
        # Directorate, Artan Pllumbi|nmod, in an interview with …, made known")
        # (or after a participle's words that go on describing the office: "The ambassador of Ecuador resident in
        # Abuja and accredited to Chad, Mrs. X, reached by telephone by ATPN, confirmed")
        comma = next((j for j in range(hi, min(hi + 8, len(doc))) if doc[j].text == ","), None)
        # (past where the office is, set off in commas: "The director of the Centre of … of Cluj, in Romania, X,")
        where = next((j for j in range(comma + 3, min(comma + 6, len(doc))) if doc[j].text == ","), None) \
            if comma is not None and comma + 2 < len(doc) and doc[comma + 1].lower_ == "in" else None
        if where is not None and all(t.pos_ == "PROPN" and t.ent_type_ in ("LOC", "GPE") for t in doc[comma + 2 : where]):
            comma = where
        # (never past the cue or a reported clause's "that": "The researcher recalls|NNS that the chief of …, X,")
        cue_char = a.cue[0] if a.cue is not None else -1
        # (nor past the sentence: "…”, said the diplomat. ¶ According to the diplomat, the sister X, …")
        according = lo >= 2 and doc[lo - 1].lower_ == "to" and doc[lo - 2].lower_ == "according"
        # (a relative clause on the office may stand before the name: "The orthopaedic surgeon who operated on him, Rui
        # Tavares Amaral, confirmed")
        relative = hi < len(doc) and doc[hi].lower_ in ("who", "that") and doc[hi].dep_ in SUBJECT
        full = None if comma is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not (t.tag_ == "VBD" and doc[t.i - 1].lower_ == "and")
                                            and not relative
                                            or t.idx == cue_char or t.pos_ == "SCONJ" or t.is_space or t.text in ".!?;:"
                                            for t in doc[hi:comma]) else next(
            # (its nationality before it too: "The commander of the container ship X, the Croatian Davor Y, had …"; not
            # what "According to X," goes on to say: "According to the diplomat, the sister X, of 34 years, remains …")
            # (or a body's name, after its kind: "The company behind the licence application, Nareau Ocean Minerals,")
            ((lo, e.end) for e in [*person_ents(doc), *((o for o in doc_ents(doc) if o.label_ == "ORG" and comma < o.start <= comma + 2)
                                                        if any(t.lower_ in _BODY_KINDS for t in doc[lo:hi]) else ())]
             if comma < e.start <= comma + (2 if according else 3) and all(
                t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ == "the" or is_demonym(t.text) for t in doc[comma + 1 : e.start])
             and e.end < len(doc) and doc[e.end].text == ","), None)
        if full is None:
            return None
    # (a person named inside the office is its holder, unless as its possessor: "Pedersen's spokeswoman, Jenifer Fenton,")
    # (or one of a group: "One of the returned sailors, … Sherzod Tojiboyev,")
    # (or a body whose appositive names it: "The insurer, Pojišťovna Vltava, said")
    # (or one of the speaker's: "His company, Nkhata Lake Lines, said")
    # (or a kind of business with its country: "The Hungarian tour operator, Szavanna Tours, said")
    # (whoever's it is: "The P&I club of the ship, Fjordvik Mutual, indicated")
    # (or what it stands behind: "The company behind the licence application, Nareau Ocean Minerals, …")
    # (of a thing of two words too: "The Spanish manufacturer of the cable car, Cordatec Ripollès,")
    whose = next((j for j in (hi - 3, hi - 4) if lo + 2 <= j and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("the", "its")
                  and all(t.is_lower for t in doc[j + 2 : hi])), None)
    if whose is None:
        whose = next((j for j in range(lo + 2, hi - 1) if doc[j].lower_ in ("behind", "for") and doc[j - 1].lower_ in _BODY_KINDS
                      and all(t.is_lower for t in doc[j:hi])), hi)
    # (a region's adjective as much as a country's: "The Catalan manufacturer, Cordatec Ripollès,")
    body = hi - lo == 2 and (bare_body(doc[lo:hi]) or doc[lo].lower_ in ("his", "her", "its", "their") and doc[lo + 1].lower_ in BODY_WORDS) \
        or 2 <= whose - lo <= 5 and doc[lo].lower_ == "the" and doc[whose - 1].lower_ in _BODY_KINDS \
        and all(t.is_lower or t.is_upper or is_demonym(t.text) or t.is_title and (t.pos_ == "ADJ" or t.ent_type_ == "MISC") or t.text in ("'", "’")
                for t in doc[lo + 1 : whose - 1])
    # (a former office too: "the ex-administrator of the district, Tomás Fumo,")
    # (or a kin's: "The father of the young Amine, Mr Mohamed Benkhelifa,")
    # (or a place the parser made the subject, with the person who spoke there after it: "At Beer Galool, a village of
    # some 600 families …, the elder Jama Ilmi Farah, 78, told"; only a person then)
    place = hi - lo >= 2 and doc[lo].lower_ in ("a", "the") and doc[lo + 1].lower_ in PLACE_NOUNS \
        and (lo + 2 == hi or doc[lo + 2].pos_ in ("ADP", "ADV", "PUNCT"))  # (not "the camp director")
    if not place and not any(re.sub(r"^(?:ex|former)-", "", t.lower_) in ROLE_NOUNS or t.text in ROLE_ABBREVIATIONS for t in doc[lo:hi]) \
            and not (doc[lo].lower_ == "the" and doc[lo + 1].lower_ in KIN_NOUNS) \
            and doc[lo : lo + 2].text.lower() != "one of" and not body or any(
            e.start < hi and e.end > lo and not (e.end < hi and doc[e.end].text in ("'s", "’s")) and strip_name(list(e))
            # (an office the NER took for a name is none: "the Minister of Popular Power|PERSON for …, X")
            # (nor after "of", the office's body or person: "The managing director of Kymothoe|PERSON, Spyridon X,"; nor
            # after a business's kind: "The director of the Bosnian constructor Neretva Konstrukt|PERSON, Almir X,")
            and not (lo < e.start and (_after_of(doc, e.start) or doc[e.start - 1].lower_ in KIND_WORDS | _BUSINESSES))
            for e in person_ents(doc)):
        return None
    if hi < len(doc) and agent_phrase_at(doc, hi):
        return None  # ("The organizing committee of the games, headed by Sheikh X,": the committee speaks, not its head)
    # (past a relative clause on it, only a name set off by a comma: "The secretary general of the X Foundation, which
    # donated the cargo, Abdurakhman Y"; not one inside the clause: "The foundation, which did not answer the questions
    # of Sahel Matin,")
    # (nor one set off after an office the clause names, which is that office's: "The commissioner, who spoke through
    # his Special Assistant on Media, Hajiya X, told our correspondent")
    relative = hi + 1 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in ("which", "who", "whose")
    inside = [e for e in person_ents(doc) if hi <= e.start and e.end <= full[1]
              and not all(t.lower_.rstrip(".") in OFFICE for t in e)  # "Brigadier" tagged as a name
              and not (relative and (doc[e.start - 1].text != "," or _ends_in_office(doc, hi + 2, e.start - 1)))]
    if inside:
        return inside[0].start, inside[0].end
    if place:
        return None
    # (or a name the NER gave another label, set off by a comma: "Nabavi’s lawyer in Qamishli, Shiyar|LOC Hamo,")
    end = full[1]
    comma = max((t.i for t in doc[hi:end] if t.text == ","), default=None)
    if relative and comma is not None and _ends_in_office(doc, hi + 2, comma):
        return None
    run = doc[comma + 1 : end] if comma is not None else None
    if run is not None:
        run = doc[past_origin(doc, run.start, run.end) : run.end]  # ("Its captain, the Albanian Gezim|LOC Hoxholli,")
    if run is not None and 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" and capitalised(t) and not role_country(t.text) for t in run):
        return run.start, run.end
    # (or a company the office is: "The tanker's owner, Piraeus-based Pelagic Crest Shipping, said")
    if run is not None:
        lo = next((t.i for t in run if t.lower_ not in DETERMINERS and not OWNER_WORD.fullmatch(t.text)), run.end)
        if lo < run.end and doc[lo].ent_type_ == "ORG" and doc[lo].ent_iob_ == "B" and ent_bounds(doc[lo]) == (lo, run.end):
            return lo, run.end
        # (or after its kind and country, whatever the NER made of it: "The shipowner, the Panamanian company Corvina
        # Bulk Shipping|PERSON, pointed out")
        kind = lo
        # (or its town: "The vessel's owner, the Vigo company Armadora Corvo Mariño|PERSON, said")
        while kind < run.end and (is_demonym(doc[kind].text) or doc[kind].lower_ in KIND_WORDS | _BUSINESSES
                                  or kind + 1 < run.end and doc[kind].is_title and doc[kind + 1].lower_ in KIND_WORDS | _BUSINESSES):
            kind += 1
        if kind > lo and doc[kind - 1].lower_ in KIND_WORDS | _BUSINESSES and run.end - kind >= 2 \
                and all(t.pos_ == "PROPN" and capitalised(t) for t in doc[kind : run.end]):
            return kind, run.end
        # (or a company's name that says it is one, whatever the NER made of it: "The owner of the acid, the
        # Taiwanese-owned Lantai Trading Company|MISC, said")
        if run.end - lo >= 2 and doc[run.end - 1].lower_ in COMPANY_WORDS | {"corporation", "group"} \
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[lo : run.end]):
            return lo, run.end
        # (or the body's own name, whatever the NER cut of it: "The competent ministry, the Ministry of Maritime
        # Affairs and Insular Policy|PERSON, said")
        if lo + 2 < run.end and doc[lo].is_title and doc[lo].lower_ in BODY_WORDS and doc[lo + 1].lower_ in ("of", "for") \
                and doc[run.end - 1].is_title and all(t.is_title or t.lower_ in ("of", "for", "and", "the") for t in doc[lo : run.end]):
            return lo, run.end
    return None


def _after_of(doc, i: int) -> bool:
    """Whether token ``i`` follows "of", past an article and adjectives ("of the young Amine")."""
    k = i - 1
    while k > 0 and k > i - 4 and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    return doc[k].lower_ == "of"


# offices that any holder of a more precise one also has: a foreign minister is a diplomat and an official (and a
# "functionary", as machine-translated Spanish calls one: "The functionary precised that …")
_GENERIC_OFFICES = frozenset({"diplomat", "official", "representative", "functionary", "negotiator"})  # ("the Mozambican negotiator": its country's official)
# who comments on a story rather than acts in it: "the expert" is a speaker, not someone a speaker talked about
_COMMENTATORS = frozenset("expert analyst specialist scholar researcher economist observer commentator".split())
# a person by sex and age alone: "the young woman recounted"
_PLAIN_PERSONS = frozenset("woman man lady girl boy youth".split())
# roles that hold no public office: "the Venezuelan official" is the vice minister, never the seafarer beside him
_PRIVATE_ROLES = frozenset("""neighbour neighbor interpreter translator pensioner retiree herder pastoralist villager trader
    sailor seafarer engineer mechanic fisherman nurse survivor pilot climber mountaineer guide
    farmer resident witness woman man father son elder younger wife husband daughter mother sister brother widow uncle
    cousin nephew niece grandson granddaughter grandfather grandmother doctor teacher pharmacist surgeon bosun boatswain
    navigator loadmaster co-pilot copilot lady owner founder journalist correspondent reporter editor author athlete driver
    sprinter runner thrower weightlifter coach player footballer boxer swimmer cyclist wrestler teammate cadet trainee
    student instructor principal volunteer rescuer""".split())


def _private(office: frozenset[str]) -> bool:
    """Whether an office's words name only private roles ("seafarer", "mother of four")."""
    roles = office & ROLE_NOUNS
    return bool(roles) and roles <= _PRIVATE_ROLES


def _countries_of(person: Person) -> set[str]:
    return {country for _, country in person.offices if country}


def _office_holder(phrase: str, head: str, candidates: list[Person], only: bool = False,
                   subjects: Sequence[Person] = ()) -> Person | None:
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
            if head in _GENERIC_OFFICES and _private(words):
                continue
            # (a generic office with the same qualifier: "the UN official" for "UN humanitarian coordinator X")
            kin = any(nouns & kind and words & kind for kind in OFFICE_KINDS)  # ("the envoy" for an ambassador)
            if nouns & words or head in _GENERIC_OFFICES and (country is not None and country in countries or (wanted - nouns) & words) \
                    or kin:
                # (a deputy minister is not "the minister", while another minister is in view)
                # (but a deputy minister is as much "the Iranian diplomat" or "the official" as the minister)
                # (nor is a minister of state at the foreign ministry "the foreign minister")
                lesser = bool(words & LESSER_WORDS or {"minister", "state"} <= words) and not wanted & (LESSER_WORDS | {"state"}) \
                    and head not in _GENERIC_OFFICES
                best = max(best, 10 * len(nouns & words) + len(wanted & words) + (5 if country in countries else 0) + kin
                           - (8 if lesser else 0))
        if only and best and not (_jurisdiction(phrase, wanted - set().union(*(w for w, _ in person.offices)))
                                  or nouns & _GENERIC_OFFICES):
            # before the story names anyone, the office must be theirs word for word, but for where they hold it: "The
            # governor of Lower Dhaweyn region" is the only "Governor X" the story names later
            best = 0.0
        if best:
            # (between holders of the same office, one the paragraph made a subject: "Her fellow co-chair, X, was more
            # blunt. The co-chair said …" is X, though the other co-chair spoke before; not a minister named in
            # what the speaker said)
            fits.append((best, person in subjects, -rank, person))
    if not fits or only and len(fits) > 1:
        return None
    return max(fits, key=lambda f: f[:3])[3]


def _jurisdiction(phrase: str, extra: set[str]) -> bool:
    """Whether the words ``extra`` of an office ``phrase`` only say where it is held: its words after "of" that name a
    place ("of Lower Dhaweyn region"), not a portfolio ("of Health")."""
    where = re.search(r"\bof\s+(.+)", phrase)
    if where is None:
        return not extra
    tail = re.findall(r"[\w'’-]+", where.group(1))
    place = {w.lower() for w in tail if w[0].isupper() or w.lower() in PLACE_NOUNS}
    return extra <= place and not {w.lower() for w in tail} & PORTFOLIO_WORDS


def _agreeing(doc, span: tuple[int, int], person: Person, people: list[Person], last: Person | None = None) -> Person:
    """Of two people with one surname, the one the pronoun after the name fits: "Asked about the federation's
    complaint, Karam said his ministry …" is the minister, not Joelle Karam, who spoke last. With no pronoun to
    decide, the one who spoke last where they spoke after the other was named: "A row … after Energy Minister Fadi
    Azar accused his cousin, MP Nayla Azar, … ¶ “…,” the minister told reporters. Azar said …" is the minister."""
    named = strip_name(list(doc[span[0] : span[1]]))
    if len(named) == 1 and _dead(doc, person) and not _pluperfect(named[0].head):
        # (not one the story says is dead, where someone living bears the name: "Kingsman said" after the survivor Elvis
        # Kingsman Pantin, whose cousin Santos Kingsman Müller died, is Elvis)
        word = name_key(named[0].text)
        living = [p for p in people if p is not person and not _dead(doc, p)
                  and (p.key == word or word in middle_keys(p))]
        if living:
            return max(living, key=lambda p: last_seen(p, span[0] - 1))
    same = [p for p in people if p.key == person.key and p is not person]
    if not same:
        return person
    if len(named) > 1:
        return person  # (a name given whole is that person's: "his wife, Valbona Hoxholli, who told … that he is …")
    # (the title before the surname says which: "Mrs Dube" is the mother, not Mr Themba Dube; the siSwati "Make
    # Dlamini" is the woman)
    titled = next((g for t in doc[max(0, span[0] - 1) : span[1] - 1] if t.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "babe", "make", "ntate", "mè")
                   and (g := word_gender(t.text)) is not None), None)
    if titled is not None and person.gender is not None:
        return person if person.gender == titled else next((p for p in same if p.gender == titled), person)
    # (and an office before it: "Minister Dlamini" is the minister, not the mill's manager Nomsa Dlamini, who spoke last)
    office = doc[named[0].i - 1].lower_ if named and named[0].i > 0 and doc[named[0].i - 1].lower_ in ROLE_NOUNS else None
    holders = holding_office(office, [person, *same]) if office is not None else []
    if len(holders) == 1:
        return holders[0]
    end = doc[span[1] - 1].sent.end
    pronoun = next((t for t in doc[span[1] : min(end, span[1] + 12)] if t.lower_ in ("he", "his", "him", "she", "her")), None)
    if pronoun is None:
        # (the surname, not a given name: "Marko" is not his sister Milica Đurović)
        return last if last in same and named and name_key(named[0].text) == person.key and last.spoke > max(
            last_seen(p, span[0] - 1) for p in [person, *same] if p is not last) else person
    if person.gender is None or PRONOUN_GENDER[pronoun.lower_] == person.gender:
        return person
    return next((p for p in same if p.gender in (None, PRONOUN_GENDER[pronoun.lower_])), person)


def _country_said_with(doc, role: str, at: int) -> str | None:
    """The country the article last gave an office before token ``at`` ("the Qatari envoy" -> Qatar)."""
    for t in reversed(doc[max(0, at - 400) : at]):
        if t.lower_ == role and t.i > 0 and is_demonym(doc[t.i - 1].text):
            return role_country(doc[t.i - 1].text)
    return None


# what makes an office a deputy's
_DEPUTY_WORDS = frozenset("deputy vice assistant acting".split())


def _named_later(phrase: str, head: str, people: list[Person], at: int, alone: bool = False) -> Person | None:
    """``About this declared the head of the department of … . According to Artyom Zhuravsky, who heads the
    department since 2021, …``: an office the article gives its holder only after the quote (the first person
    named later whose office shares the office noun and one more word). ``alone``: an office of one word will do,
    where the one person named later with it is the only one it can mean (inside someone's words: "“The captain came
    down once and said: ’…’”" before "The captain, X, …")."""
    wanted, country = office_words(phrase), role_country(phrase)
    nouns = wanted & ROLE_NOUNS or {head}
    ranks = wanted & _DEPUTY_WORDS  # (a deputy's office is never the head's: "the deputy director of the Civil Protection")
    later = sorted((p for p in people if p.first_token > at), key=lambda p: p.first_token)
    # (nor another country's: "the head of the Kyrgyz delegation" is not "The head of the Tajik … delegation, X")
    found = next((p for p in later for words, where in p.offices if nouns & words and len(wanted & words) >= 2
                  and ranks == words & _DEPUTY_WORDS and (country is None or where in (None, country))), None)
    if found is None and alone and len(wanted) == 1:
        holders = [p for p in later if any(words & ROLE_NOUNS == wanted for words, _ in p.offices)]
        found = holders[0] if len(holders) == 1 else None
    return found



def _in_view(doc, people: list[Person], char: int, recent: list[Person]) -> list[Person]:
    """Who an office may mean at ``char``: the speakers so far, latest first, then the people mentioned before."""
    return recent + [p for p in _mentions_before(doc, people, char) if p not in recent]


def _named_next(doc, people: list[Person], span: tuple[int, int], country: str | None) -> Person | None:
    """``Türkiye's foreign minister said on Thursday that … | Speaking … with his Syrian counterpart X, Kerem
    Altunbaş said``: a lead that names only an office, before anyone is named, means the first person the next
    paragraph (or, where that names no one, the one after it) names who holds no office of another country."""
    later = sorted((p for p in people if p.first_token >= span[1]), key=lambda p: p.first_token)
    breaks = [doc[span[1] : p.first_token].text.count("\n\n") for p in later]
    # (or the paragraph after it, where the next one only tells what happened and names no one: "…, the prefect of X
    # said on Sunday. | At least 17 people died … | Y said the boat …")
    later = [p for p, n in zip(later, breaks) if n == 1] or ([later[0]] if later and breaks[0] == 2 else [])
    wanted = office_words(doc[span[0] : span[1]].text)
    # (who speaks there, by name: the subject of a reporting verb; holding no other office, from no other country;
    # or whom it gives the lead's very office: "The South Korean captain of a cargo ship … | Ryu Seong-hoon, 56, the
    # captain of the …")
    # (a spokesman's lead is whoever speaks next, whatever his title: "Japan's top government spokesman … | …, Chief
    # Cabinet Secretary Masahiro Iwabuchi told")
    # (by any word of the name, however the parser hung its first: "Máire|advmod Uí Mhurchú|nsubj was speaking")
    return next((p for p in later if (any(_speaks(t) for t in doc[p.first_token : p.first_token + len(p.name.split())])
                                      and (not p.offices or wanted & _SPOKES or any(wanted & words for words, _ in p.offices))
                                      or any(wanted & words & ROLE_NOUNS for words, _ in p.offices))
                 and (country is None or not _countries_of(p) or country in _countries_of(p))), None)


def _speaks(token) -> bool:
    """Whether ``token`` is in the subject of a reporting verb: "…, Kerem Altunbaş said"; or of the lead's own words
    for it, as British and Irish copy goes on from a lead: "Máire Uí Mhurchú was speaking at a vigil …"."""
    return any(t.dep_ in SUBJECT and (is_cue(t.head) or t.head.tag_ == "VBG" and lemma_of(t.head) in ("speak", "talk")
                                      and any(a.lower_ in ("was", "were") for a in t.head.children))
               for t in [token, *token.ancestors])


def _digression(doc, char: int) -> bool:
    """Whether the sentence at ``char`` opens with a word that steps back from the story ("Earlier", "Previously"):
    a flashback, after which "he" is still the story's speaker. ("Meanwhile, Ambassador X told …" moves the story
    on to X.)"""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and doc[sentence_start(span[0])].lower_ in _FLASHBACKS


_FLASHBACKS = frozenset({"earlier", "previously"})


_NAMED = re.compile(r"(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ ){1,3}?named ([A-Z][\w'’-]*(?:\s+(?:[A-Z]|al-|el-)[\w'’-]*){0,2})")
_GAVE_NAME = re.compile(r"\bgave (?:his|her|their) (?:first )?name (?:only )?as ([A-Z][\w'’-]*(?:\s+(?:[A-Z]|al-|el-)[\w'’-]*){0,2})")
# "The group, which calls itself “Kata'ib Raydan”, said": the name it gives itself
_CALLS_ITSELF = re.compile(r"\b(?:which|that|who) calls? (?:itself|themselves) (?:the )?[«“\"]?([A-Z][\w'’-]*(?:\s+(?:[A-Z]|al-|el-)[\w'’-]*){0,3})")


def _setting_before(doc, a: Attribution) -> bool:
    """Whether a pronoun that opens the speaker's sentence follows a sentence of the same paragraph that says where
    they spoke: "Speaking to reporters at Khimdo later in the day, Minister X rejected the charge. He said that …"."""
    if a.speaker is None or a.speaker[1] - a.speaker[0] != 1 or doc[a.speaker[0]].lower_ not in ("he", "she", "they"):
        return False
    sent = doc[a.speaker[0]].sent
    if sent.start != a.speaker[0] or sent.start == 0 or "\n" in doc[sent.start - 1].text:
        return False
    before = doc[sent.start - 1].sent
    return names_setting(doc, (before.start_char, before.start_char + 1))


def _speaker_to_cue(doc, a: Attribution) -> str:
    """The words from the speaker to the cue (or to the speaker's appositive's end): "a mother of four who gave her
    name as Umm Yazan", "One of them, a driver who gave his name as Abu Firas,"."""
    end = a.speaker_full[1] if a.speaker_full is not None else a.speaker[1]
    if a.cue is not None:
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if cue is not None and len(cue) and a.speaker[1] <= cue[0].i <= a.speaker[1] + 16:
            end = max(end, cue[0].i)
    return doc[a.speaker[0] : end].text


def _home_country(doc, text: str, place: str | None, title: str | None = None) -> str | None:
    """The country of the story's dateline (``Baghdad, TNA –``; ``Aleppo, SANA –`` if the story names Syria):
    a state body the story names without its country is that country's. ``text`` is the doc's text. With no
    dateline, the country the headline (``title``, else the text's first line) says the story's people are from."""
    if place is None:
        for para in text.split("\n\n", 3)[:3]:
            dateline, _ = split_dateline(para.strip(), lambda agency: True)
            if dateline is not None:
                place = dateline.place
                break
        else:
            # (the text's first line when it reads as one: short, no full stop, a paragraph of its own)
            first, _, rest = text.partition("\n\n")
            headline = title if title is not None else first if rest and "\n" not in first and len(first.split()) <= 20 \
                and not first.rstrip().endswith(".") else None
            return _headline_country(headline) if headline else None
    capital = capital_country(place)
    if capital is not None:
        return capital
    # (away from a capital a dateline says where the reporter is, not always whose ministries the story is about:
    # "GAZIANTEP, Turkey (X) -" over a story on Syria)
    # ("Santiago de Chile": a city named with its country)
    country = place_country(place) or (place.split()[-1] if place and is_country(place.split()[-1]) else None)
    # (or the headline says the story's people are from there: "Swedish engineer safe" over "Luleå, 3 March –")
    return country if any(role_country(e.text) == country for e in doc_ents(doc)) or (
        country is not None and title is not None and _headline_country(title) == country) else None


def _headline_country(title: str) -> str | None:
    """The country of the first nationality a headline gives, or of the first town it names where the story's people
    are from, not where they went: "Maldivian officer on Coral Meridian safe", "Szeged PhD student survived the eruption
    in Vanuatu" (a country's own papers follow their own people abroad, and name their own ministry without its
    country)."""
    words = re.findall(r"[\w'’-]+", title)
    for k, word in enumerate(words):
        if not word[:1].isupper():
            continue
        if is_demonym(word):
            # (a nationality of people, not of whoever struck them: "Russian drone attack on Kharkiv")
            following = next((w.lower() for w in words[k + 1 :] if w[1:].islower()), "")  # (past "PhD", "UN")
            if following in ROLE_NOUNS or following in KIN_NOUNS or following in _PEOPLE_WORDS \
                    or following.endswith("s") and (following[:-1] in ROLE_NOUNS or following[:-1] in _PEOPLE_WORDS):
                return role_country(word)
            continue
        if not is_country(word) and (k == 0 or words[k - 1].lower() not in _PLACE_PREPOSITIONS) \
                and (country := place_country(word)) is not None:
            return country
    return None


# people a headline's nationality is the nationality of, besides offices and kin: "Nigerien traders", "Ghanaian sailors"
_PEOPLE_WORDS = frozenset("""trader citizen national hostage crew family families child children couple tourist pilgrim
                          anesthesiologist worker man men woman women girl boy nun monk missionary""".split())
# words before a place where the story's people went or are: "freed in Samoa", "stranded off Djibouti"
_PLACE_PREPOSITIONS = frozenset("in at on to from near off into across over outside inside".split())


# parts of a body that speak for it: "the SARC branch in Quneitra", "the ICRC delegation in Damascus"
_UNITS = frozenset("branch office mission delegation team unit bureau".split())


def _body_subject_before(doc, i: int, names: Sequence[str | None]) -> str | None:
    """The body the sentence before token ``i`` has for its subject, by name: "The group NightCrane claimed the attack
    … It wrote …", "The company thus changes its version. … it had assured …" (the company named before); None for a
    person, a pronoun or anything else."""
    sent = doc[i].sent
    if sent.start == 0 or i != next((t.i for t in sent if not t.is_space and not t.is_punct), -1) and not (
            doc[i].dep_ in SUBJECT and doc[i].head.i == sent.root.i):
        return None  # (its sentence's subject only: not "it" inside what someone else said)
    prev = doc[sent.start - 1].sent
    if prev.text.count("\n\n") > 1 or not prev.text.strip():
        return None
    subjects = [c for c in prev.root.children if c.dep_ in SUBJECT and c.i < prev.root.i]
    if any(c.pos_ == "PRON" for c in subjects):
        return None
    if subjects and is_verb(prev.root):
        # (all of it, however the parser split it: "The group|nsubj NightCrane|nsubj claimed")
        lo, last = subjects[0].left_edge.i, subjects[-1]
        hi = next((t.i for t in doc[last.i + 1 : last.right_edge.i + 1] if t.text in (",", "(") or t.lower_ in ("who", "which", "that")),
                  last.right_edge.i + 1)
    else:  # (or the words before its first verb, where the parser made the subject the root: "The group|ROOT X claimed|acl")
        lo = prev.start
        hi = next((t.i for t in prev if is_verb(t) or t.text in (",", "(")), prev.start)
    words = doc[lo:hi]
    if not len(words) or any(t.ent_type_ in ("PERSON", "PER") for t in words):
        return None
    named = next((e for e in doc_ents(doc) if e.label_ == "ORG" and lo <= e.start and e.end <= hi), None)
    if named is not None:
        return canonical_body(named.text)
    if (apposed := name_in_apposition(doc, lo, hi)) is not None:
        return apposed  # ("The operator, X Company, has stopped arguing.")
    if bare_body(owner := owner_or(doc, words)):
        return body_named_before(doc, lo, body_kind(owner).lower_, names, body_description(owner))
    return None


def _unit_of_body(doc, words) -> str | None:
    """``the Syrian Arab Red Crescent (SARC) | branch in Quneitra``: a body's part that the parser cut off from the
    body's name speaks for the body."""
    if words[0].lower_ not in _UNITS or words[0].pos_ != "NOUN":
        return None
    k = words[0].i - 1
    if k > 1 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3  # ("(SARC)")
    ent = next((e for e in doc_ents(doc) if e.label_ == "ORG" and e.end == k + 1), None) if k >= 0 else None
    return canonical_body(ent.text) if ent is not None else None


def _quoting_outlet(doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The words naming who passed a statement on in ``X quoted Y as saying …`` (X), as a token span."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    quoted = quoted_as_saying(span[-1]) if span is not None and len(span) else None
    if quoted is None:
        return None  # (not "X was quoted as saying by the agency SIA": the agency names itself)
    verb = quoted.head
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children):
        return None  # ("X was quoted by Greek news agency Kyma as saying …": X is who spoke; the agency names itself)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects and verb.dep_ == "acl" and verb.head.i < verb.i and (verb.head.dep_ == "ROOT" or verb.head.pos_ in ("NOUN", "PROPN")
                                                                     and verb.head.i + 3 >= verb.i):
        # (the verb parsed as a reduced relative: "Czech news agency|ROOT ČKA quoted|acl …", "…, and the state
        # agency|conj AIP quoted|acl him as saying")
        subjects = [verb.head]
    if not subjects or any(c.ent_type_ in ("PERSON", "PER") or c.lower_ in PRONOUN_GENDER for c in subjects):
        return None  # ("Biden quoted his late father as saying …": a person passing words on is no medium)
    end = subjects[-1].i + 1
    while end < verb.i and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ == "ORG"):
        end += 1  # (the outlet's name after its kind, whatever the parser made of it: "Czech news agency ČTP|PRP quoted")
    return subjects[0].left_edge.i, end


def _with_its_country(doc, text: str, a: Attribution, name: str, home: str | None) -> str:
    """A state body named without its country, with the country it has: the one "its" stands for ("Its Foreign
    Ministry"), the one of the place it is said to be in ("The Health Ministry in Beirut"), the one the story gave that
    body before ("Russia's Central Bank … The Central Bank said"), else the dateline's, unless the sentence makes
    another country its actor ("NAIROBI - Ethiopia accused Eritrea …, the Foreign Ministry said")."""
    lo, hi = a.speaker_full or a.speaker
    if doc[a.speaker[0]].lower_ == "its":
        country = _possessor_country(doc, a.speaker[0])
        return with_country(name, country) if country else name
    # (the place it is said to be in comes first: "the foreign ministry in Ulaanbaatar" after "South Africa's foreign
    # ministry")
    place = re.search(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", doc[lo:hi].text)
    where = place_country(place.group(1)) if place is not None else None
    if where is not None:
        return with_country(name, where)
    bare = re.sub(r"^(?:the|The)\s+", "", name)
    before = text[: doc[lo].idx]
    named = [m for m in re.finditer(rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?i:{re.escape(bare)})\b", before)
             if role_country(m.group(1))]
    countries = {role_country(m.group(1)) for m in named}
    if named and (len(countries) == 1 or home not in countries):
        # (with two countries' ministries named before, the dateline's keeps its claim: "the Turkish Defense Ministry
        # said … The Syrian Defense Ministry named … The Defense Ministry denied" in a story from Ankara)
        return with_country(name, role_country(named[-1].group(1)))
    sent = doc[lo].sent
    previous = doc[sent.start - 1].sent if sent.start and "\n\n" not in doc[sent.start - 1].text else None
    if home is None or any(_other_country_acts(s, home, doc[lo].idx) for s in (sent, previous) if s is not None):
        return name  # (nor the sentence before in its paragraph: "Mali's junta said … The Army said …" from Dakar)
    return with_country(name, home)


def _other_country_acts(sent, home: str, speaker: int) -> bool:
    """Whether ``sent`` makes a country other than ``home`` its actor: a subject ("Ethiopia accused …"), a possessor
    ("Myanmar's military …") or a subject's nationality ("Syrian government forces shelled …"); not a named person's
    nationality after the speaker at character ``speaker`` ("The Chancellery informed that the Haitian X will …")."""
    for e in sent.ents:
        country = role_country(e.text)
        if country is None or country == home or e.start_char > speaker and e.end < len(sent.doc) \
                and (sent.doc[e.end].ent_type_ in ("PERSON", "PER") or sent.doc[e.end].pos_ == "PROPN" and sent.doc[e.end].is_title):
            continue
        root = e.root
        # (a possessor of the subject, not of any noun: "The refusal of visas to … Myanmar's delegation …, the ministry
        # said" from Bratislava is the Slovak ministry)
        if root.dep_ in SUBJECT or root.dep_ in ("nmod:poss", "poss", "amod", "compound") and root.head.dep_ in SUBJECT:
            return True
    return False


def _possessor_country(doc, i: int) -> str | None:
    """``The Syrian government … condemned the reopening. Its Foreign Ministry said``: the country of the subject
    "its" stands for, in its own sentence or the one before."""
    sent = doc[i].sent
    for s in (sent, doc[sent.start - 1].sent) if sent.start else (sent,):
        for t in reversed([t for t in s if t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and t.i < i]):
            country = role_country(doc[t.left_edge.i : t.i + 1].text)
            if country is not None:
                return country
        if s is not sent:  # (a parse with no subject there: the noun phrase that opens the sentence)
            opening = next((t.i for t in s if is_verb(t) or t.text == ","), s.end)
            return role_country(doc[s.start : opening].text)
    return None


# a state's institution named by its country and kind: "the Israeli military", "the Syrian government"
_STATE_BODY = re.compile(r"(?:the|The)\s+((?P<demonym>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:military|army|government|police|navy|"
                         r"armed forces|authorities|presidency|cabinet|parliament))")


def _plain(text: str) -> str:
    # a state's institution is named without its article ("Israeli military"), an unnamed source keeps its words,
    # with a lower-case article ("a Turkish official")
    body = _STATE_BODY.fullmatch(text)
    # (of one word or two: "the South Korean military", "the Turkish Cypriot government")
    if body is not None and (is_demonym(body["demonym"]) or is_demonym(body["demonym"].split()[0])):
        return body.group(1)
    first, _, rest = text.partition(" ")
    head = re.split(r" (?:of|in) ", rest)[0].split()[-1:] if rest else []  # (past its place: "the Japanese Embassy in X")
    if first.lower() == "the" and rest[:1].isupper() and rest.split()[-1][:1].isupper() and head and (
            head[0].lower() in GROUP_NOUNS or len(rest.split()) >= 2 and head[0].lower() in BODY_WORDS | COMPANY_WORDS):
        # a body's proper name: "the Spanish Ministry of Transport", "the Japanese Embassy in Nukualofa", "the Nam Theun
        # Ngai Power Company"
        return rest
    if (first.lower() in DETERMINERS or first.lower() == "one" and rest.startswith("of ")) and rest:
        return first.lower() + " " + rest  # (also "One of the mission's observers")
    return text


# a state's mission abroad, whose staff "the diplomats" are
_MISSION = re.compile(r"\b(?:Embassy|Consulate|Consulate-General|Mission)\b")
# words for a body of any kind, after its name: "the dependency", "the institution"
_ANY_BODY = frozenset({"dependency", "institution", "entity"})
# the story's own outlet speaking for itself: "this medium", "our correspondent", "the correspondent of the agency",
# "According to our informations"
_OWN_VOICE = re.compile(rf"{OWN_WORDS.pattern}|(?:the|our)\s+(?:correspondent|reporter)\s+of\s+(?:the|this|our)\s+"
                        r"(?:agency|news\s+agency|newspaper|paper|channel|station|portal|website)|our\s+informations?")


# a verb's "to" before the outlet it spoke to, past the day: "declared (on Friday) to"
_TO_OUTLET = re.compile(r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?to\s+[\"“«]?[A-Z]")


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "hand")  # (a person by what they do: "deminer", "survivor", "machinist", "guardian", "deckhand")


def _head_noun(name: str) -> str:
    """The noun a description of someone unnamed is about: "member" in "a member of the Kyrgyz delegation", but
    "observers" in "one of the mission's observers" ("fisherman" in "a fisherman from Gurunagar", "engineer" in "a company
    engineer at the dam")."""
    words = re.split(rf" (?:of|{'|'.join(_WHERE)}) ", name)[0].split()
    return words[-1] if len(words) > 1 and words[-1] not in ("one", "some", "several", "two", "three") else name.split()[-1]


def _last_outside(quoted: list[bool]) -> int | None:
    """The index of the last statement so far that lies inside no other quote."""
    return next((m for m in range(len(quoted) - 1, -1, -1) if not quoted[m]), None)


def _unnamed_just_before(doc, before: Attribution, a: Attribution, name: str, people: list[Person]) -> bool:
    """Whether ``before``, the statement right before ``a`` (in its paragraph, or in the one before a quote attributed
    after it or a pronoun that opens its paragraph), is by a person the article describes and does not name
    (``name``: "a civilian deminer"), with no one named between its speaker and ``a``'s."""
    head = _head_noun(name)
    # ("A younger crew member, who asked not to be named, said … ¶ "…," he said."; "… he asked. ¶ He was of the view
    # that …")
    return (before.paragraph == a.paragraph or before.paragraph == a.paragraph - 1 and (
                a.kind == "direct" and a.cue is not None and a.cue[0] >= a.end
                or a.speaker is not None and doc_text(doc)[: doc[a.speaker[0]].idx].rstrip(" ").endswith("\n"))) \
        and before.speaker is not None and a.speaker is not None \
        and (head in ROLE_NOUNS or head.endswith(_AGENT_ENDINGS)) \
        and not any(before.speaker[1] <= k < a.speaker[0] for p in people for k in p.seen or [p.first_token])


def _interviews(doc, text: str, attributions: list[Attribution], outlet: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, text, outlet) of each sentence that opens an interview and reports nothing itself: "Speaking to
    LŽA by phone from Port-au-Prince, Žukauskienė described her ten days in captivity.", "… the United Nations
    special envoy Inés Montalbán sat down with the Lake Geneva Courier for twenty minutes"."""
    cues = [b.cue[0] for b in attributions if b.cue is not None]
    found = []
    seen = set()
    for at in interview_marks(text):  # (the sentences that speak of one: walking them all costs more)
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start in seen:
            continue
        sent = span[0].sent
        if any(sent.start_char <= c < sent.end_char for c in cues):
            seen.add(sent.start)  # (a sentence that reports is no interview's opening, whichever of its marks)
            continue
        # (read from the words that open it, as their verb's: "X recounted to Tocororo Daily …" is X's telling; from
        # each mark in turn: "Reached by telephone in Dalanzadgad, the compañera Y recounted to Tocororo Daily …")
        medium, interview = find_medium(doc, (at, at + 1), outlet)
        if medium is not None and interview:
            seen.add(sent.start)
            said = sent.text
            if sent[0].lower_ in ("he", "she") and sent.start > 0 and "\n" not in doc[sent.start - 1].text:
                # (a pronoun's, who the sentence before names: "… Dwayne Abrams, 22, was pulled alive … He spoke to
                # Akawaio Voice in English.")
                said = doc[sent.start - 1].sent.text + " " + said
            found.append((sent.start_char, sent.end_char, said, medium))
    return found


def _interview_named(interviews: list[tuple[int, int, str, str]], a: Attribution, name: str, after: int,
                     person: Person | None) -> str | None:
    """The outlet of the last interview before the quote, and after character ``after``, that names its speaker: the
    speaker's words that follow belong to it ("… sat down with the Lake Geneva Courier … ¶ Montalbán, a former
    Spanish diplomat, was careful … “We have a humanitarian corridor …,” she said"), by name or by an office the article
    gave them ("In telephone declarations to La Bocamina …, the engineer recounted …"). A body by its whole name: the
    last word of "Ivorian Foreign Ministry" names no one ("Contacted by Lagune Infos, the Ministry of Economy …")."""
    surname = name.split()[-1] if person is not None else name
    # (or the office the article gave them, or her given name alone: "the compañera Yudelkis recounted")
    also = {f"the {w}" for words, _ in person.offices for w in words & ROLE_NOUNS} | {name.split()[0]} \
        if person is not None else set()

    def names_them(said: str) -> bool:
        words = re.findall(r"[\w'’-]+", said)
        return any(" ".join(pair).lower() in also for pair in zip(words, words[1:])) or any(w in also for w in words)

    # (the name outside the outlet's: "Kaah Dispatch has learned" is no one "Speaking to Kaah Dispatch")
    # (and the surname as the end of a name, not inside another's: "Holguín" in "Mercedes Holguín Zambrano" is her
    # mother's, not Doménica Salvatierra Holguín's)
    return next((medium for start, end, said, medium in reversed(interviews)
                 if after < start and end <= a.start
                 and (_ends_a_name(bare := said.replace(medium, ""), surname) or names_them(bare))), None)


def _ends_a_name(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word that no capitalised word follows (the end of a name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum() \
                and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()):
            return True
        at = text.find(word, at + 1)
    return False


def resolve_speakers(doc, attributions: list[Attribution], text: str | None = None, place: str | None = None,
                     title: str | None = None, outlet: str | None = None) -> list[Quote]:
    """Quotes with ``speaker_name`` resolved and ``medium`` filled, in text order (``text``: the doc's, if known;
    ``place`` and ``title``: the dateline's place and the headline, if cleaning took them off the text; ``outlet``:
    the article's own)."""
    doc.user_data[_QUOTED] = _Stretches((a.start, a.end) for a in attributions if a.kind == "direct")
    doc.user_data[_REPORTED] = _Stretches((a.start, a.end) for a in attributions if a.kind != "direct")
    try:
        with holding(doc):
            return _resolve_all(doc, attributions, text, place, title, outlet)
    finally:  # (the quotes' bounds hold only for this run, whatever happens in it)
        doc.user_data.pop(_QUOTED, None)
        doc.user_data.pop(_REPORTED, None)


# words of a public body's name: no company ("the company" is not the ministry that spoke before)
_PUBLIC_BODY = re.compile(r"\b(?:Ministry|Department|Agency|Office|Authority|Council|Commission|Committee|Government|Embassy|"
                          r"Administration|Presidency|Directorate|Service|Force|Forces|Army|Police|United Nations|UN)\b")
# a body's office that speaks for it: "the press service" after "the press service of Silk Wing Cargo"
_PRESS_OFFICE = re.compile(r"the ((?:press|media|information) (?:service|office|centre|center|department))")


def _resolve_all(doc, attributions: list[Attribution], text: str | None, place: str | None, title: str | None,
                 outlet: str | None) -> list[Quote]:
    people = collect_people(doc, proper_speakers(doc, attributions) + titled_names(doc) + aged_names(doc) + described_names(doc) + led_names(doc)
                            + caps_family_names(doc))
    media_at_cue: dict[tuple[int, int], tuple[str | None, bool]] = {}  # cue -> find_medium's answer
    for a in attributions:
        if a.cue is not None and a.cue not in media_at_cue:  # (the clauses and segments of one cue share its sentence)
            media_at_cue[a.cue] = find_medium(doc, a.cue, outlet)
    # (the story's own outlet is no person, whatever the NER made of "declared to Le Lagunaire"; nor is any outlet a
    # statement was given to, the own one of a story that does not say whose it is: "confided to Le Murdjadjo")
    told = {m.casefold() for m, _ in media_at_cue.values() if m} | ({outlet.casefold()} if outlet else set())
    people = [p for p in people if p.name.casefold() not in told]
    names: list[str | None] = []
    quoted: list[bool] = []  # whether each quote lies inside another (direct) quote
    # name -> (medium, given in an interview, paragraph, where)
    media_by_speaker: dict[str, tuple[str | None, bool, int, int]] = {}
    recent: list[Person] = []
    roles_named: dict[str, str] = {}  # an office's words -> the person they resolved to
    spelled: dict[str, str | None] = {}  # a medium's short form (initials, first word) -> the name the story gives it
    quotes = []
    text = doc_text(doc) if text is None else text
    interviews = _interviews(doc, text, attributions, outlet)
    home = _home_country(doc, text, place, title)
    # (whose own interviews a story's quotes are, if it does not say)
    own = outlet or guess_own_outlet(text, [m for m, _ in media_at_cue.values() if m and m != OWN_OUTLET]
                                     + [m for _, _, _, m in interviews if m != OWN_OUTLET])
    if own is not None and outlet is None:  # (a guessed own outlet is an outlet wherever it stands: "explained to the X")
        media_at_cue.update({cue: find_medium(doc, cue, own) for cue, (medium, _) in media_at_cue.items() if medium is None})
    for n, a in enumerate(attributions):
        name = None
        if a.follows is not None and a.follows < n:
            name = names[a.follows]
        elif a.speaker is not None:
            char = doc[a.speaker[0]].idx
            apposed = _named_in_apposition(doc, a)
            name = (_resolve(doc, apposed or a.speaker, char, people, recent) or "").strip() or None
            name = _fuller_body(text, name, char, doc[a.speaker[1] - 1].idx + len(doc[a.speaker[1] - 1])) if name else None
            # ("Steppe Core Drilling LLP": the company by its name; not the person "Domingos Nhaga Co")
            name = _LEGAL_FORM.sub("", name) if name and not (name.endswith(" Co") and any(p.name == name for p in people)) \
                else name or None
            words = doc[a.speaker[0] : a.speaker[1]]
            name = _name_after_kind(words, name)
            # (a body the alias table knows by another name, whatever the NER made of it: "Wisma Putra", the seat of
            # Malaysia's foreign ministry)
            if name:
                name = canonical_alias(name, "ORG") or name
            if name is not None and words[0].lower_ not in ("a", "an") and any(t.lower_ in ROLE_NOUNS for t in words):
                # an office the article already gave a person stays theirs: "Türkiye's foreign minister said …, adding"
                holder = next((p for p in people if p.name == name), None)
                before = roles_named.get(words.text.lower())
                if holder is not None and before is not None and before != name and len(words) == 2 and name not in names \
                        and not any(words[-1].lower_ in office for office, _ in holder.offices):
                    # (not whoever came into view since, given no such office and no words: "the captain" after "such
                    # ships have long been called „Noah's arks“" is still the captain the story's "the captain" was)
                    name = before
                elif holder is not None:
                    roles_named[words.text.lower()] = name
                else:
                    name = roles_named.get(words.text.lower(), name)
            group = counted_group(doc, words, title)
            # (or an office whose holder's name the parser hung elsewhere, right before the cue: "Assistant to the
            # President … – Head of the Department of …, Vüqar Səfərli, stressed")
            named = _named_before_cue(doc, a, people) if words[0].lower_ in ("a", "an") or words[0].lower_.rstrip(".") in OFFICE \
                and not any(p.name == name for p in people) else None
            if group is not None:
                name = group
            elif (pair := meeting_pair(doc, words, people, names[-1] if names else None)) is not None:
                name = pair  # "X held a telephone conversation with Y. … The sides expressed confidence …"
            elif name is not None and (heads := delegation_heads(doc, name, people)) is not None:
                name = heads  # "the two delegations said in a joint communiqué", and "the communiqué" they wrote
            elif (unit := _unit_of_body(doc, words)) is not None:
                name = unit  # "the Syrian Arab Red Crescent (SARC) | branch in Quneitra announced": the body's branch
            elif named is not None:
                name = named.name  # "A Jordanian truck driver waiting at the crossing, Abu Mahmoud, said"
            elif (same := next((m for m in range(n - 1, max(n - 4, -1), -1)
                                if _same_unnamed(doc, attributions[m], a, words, names[m])), None)) is not None:
                # "A senior Turkish official … told SNA that … The official said …" (with his own words between: "…
                # ,” he said. ¶ According to the commander, …")
                name = names[same]
            elif len(words) == 1 and words[0].lower_ in ("he", "she") and (last := _last_outside(quoted)) is not None \
                    and names[last] and names[last].startswith(("a ", "an ")) and (
                    name is None and _head_noun(names[last]) in ROLE_NOUNS and attributions[last].paragraph >= a.paragraph - 1
                    or _unnamed_just_before(doc, attributions[last], a, names[last], people)):
                # "A senior commander … told the agency … “…,” he said": the unnamed source, named no one (and in the
                # same paragraph, with no one named since, whoever else is in view: "A civilian deminer from Nieva …
                # indicated that … «…», he said"; not whom the source quoted: "“… A boy asked, ‘…’,” a woman told …
                # ¶ She said …")
                name = names[last]
            elif len(words) == 1 and words[0].lower_ == "they" and a.cue is not None and (where := _they_at(doc, a.cue)) is not None:
                name = where  # "…, they informed at the Ministry of Foreign Affairs" (Slovenian "so sporočili na ministrstvu")
            elif len(words) == 1 and words[0].lower_ == "they" and n and names[-1] and attributions[n - 1].paragraph >= a.paragraph - 1 \
                    and (re.search(r"\band\b", names[-1]) or _plural_speaker(doc, attributions[n - 1])):
                name = names[-1]  # "In it, the three countries said … They also called for …", "Residents said … They added"
            elif (press := _press_office_named(doc, attributions[:n], names, words)) is not None:
                name = press  # "informed the press service of the Agency for … ¶ According to the press service, …"
            # (not where the body's name follows in apposition: "The company that built the dam, Neretva Konstrukt, said")
            elif apposed is None and bare_body(owner := owner_or(doc, words)):  # (also "the statement of the ministry")
                # (or, for a writing's author named only by its kind, the body named next: "according to a ministry
                # statement carried by …" in a lede)
                kind = body_kind(owner).lower_
                # (or its name right after: "citing the salvage company Remolques del Sur|PERSON, that …")
                after = next((e for e in doc_ents(doc) if e.start == owner.end and (e[0].is_title or e[0].is_upper)), None) \
                    if owner.end == a.speaker[1] else None
                name = (canonical_body(after.text) if after is not None else None) \
                    or body_named_before(doc, a.speaker[0], kind, names, body_description(owner)) or (
                    body_named_after(doc, a.speaker[1], kind) if owner[0].i > a.speaker[0] and owner[0].is_lower else None) or (
                    # (the lead's "the company said", the company named next by its legal form)
                    company_named_after(doc, a.speaker[1]) if kind in COMPANY_WORDS and n == 0 else None) or (
                    # (a company by its kind, its name no word of it: "Silk Wing Cargo said … The company also
                    # described …": the body that spoke just before, if no person and no public body)
                    names[-1] if kind == "company" and n and names[-1] and attributions[n - 1].paragraph >= a.paragraph - 1
                    and not any(p.name == names[-1] for p in people) and not names[-1].islower()
                    and not _PUBLIC_BODY.search(names[-1]) else None) or name
            elif len(words) == 2 and words[0].lower_ == "the" and words[1].is_title and not words[1].ent_type_ in ("PERSON", "PER"):
                # "The Syrian Observatory … said … According to the Observatory, …": the body named in full before
                name = next((m for m in reversed(names) if m and m.split()[-1:] == [words[1].text] and m != words[1].text), None) \
                    or (body_named_before(doc, a.speaker[0], words[1].lower_, names) if words[1].lower_ not in ROLE_NOUNS else None) \
                    or name  # ("the Centre": "the Russian Centre for …"; not "The Minister", an office)
            elif len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in _ANY_BODY:
                # "The Secretariat of Foreign Relations … In a statement, the dependency detailed …": the body that
                # spoke last, whatever its kind (a Spanish "dependencia")
                name = next((m for m in reversed(names) if m and not m.islower() and not any(p.name == m for p in people)), name)
            elif len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ == "authority" \
                    and (official := next((p for p in _subjects_before(doc, people, a.speaker[0]) if p.offices), None)) is not None \
                    and body_named_before(doc, a.speaker[0], "authority", names) is None:
                # "The Undersecretary of Sport, X, manifested … “…”, affirmed the authority": the official the paragraph
                # is about, as Spanish copy calls one ("la autoridad"), where no body is named an Authority
                name = official.name
            elif (office := _PRESS_OFFICE.fullmatch(words.text.lower())) is not None:
                # "the press service of Silk Wing Cargo told AZX … According to the press service, …": the body
                # whose press service spoke before
                name = next((names[m] for m in range(n - 1, -1, -1) if names[m] and attributions[m].speaker is not None
                             and office.group(1) in doc[attributions[m].speaker[0] : attributions[m].speaker[1]].text.lower()), name)
            elif (writing := bare_writing(words)) or re.fullmatch(r"(?:the )?same sources?", words.text.lower()) \
                    or words.text.lower() == "the source" and n and attributions[n - 1].paragraph >= a.paragraph - 2 \
                    and not any(b.speaker is not None and "source" in doc[b.speaker[0] : b.speaker[1]].text.lower()
                                for b in attributions[:n]):
                # "The statement added that …", "…, according to the same source": whoever spoke last (or the author
                # the text gave the last statement: "a press statement issued yesterday by the Ministry …"); so is
                # "According to the source" where no source was named before, as Portuguese copy calls the last
                # speaker ("segundo a fonte")
                author = writing_author_before(doc, words) if writing else None
                # (a body or a person by name: not an office alone, "a message of the esteemed President of …")
                named_author = author is not None and any(t.ent_type_ in ("ORG", "PERSON", "PER") or t.lower_ in BODY_WORDS
                                                          for t in doc[author[0] : author[1]])
                # (whoever spoke last in the story's own voice: not someone a quote quoted, "“Mr X told us, ‘…’”")
                name = (_resolve(doc, author, char, people, recent) if named_author else None) \
                    or next((names[m] for m in range(n - 1, -1, -1) if names[m] and not quoted[m]), name)
            elif words.text.lower() in ("the diplomats", "the diplomatic mission") \
                    and (mission := next((m for m in reversed(names) if m and _MISSION.search(m)), None)) is not None:
                name = mission  # "According to the embassy, … the diplomats specified": its staff speak for it
            elif len(words) == 1 and words[0].lower_ == "it" and words[0].idx < a.start \
                    and (body := _body_subject_before(doc, a.speaker[0], names)) is not None:
                # "The group NightCrane claimed the attack … It wrote there that …": the body just named (not "…, it
                # said" after what it said, which is the last speaker's)
                name = body
            elif words[0].lower_ == "its" and (_own_account(words) or words[-1].lower_ in WRITINGS or words[-1].lower_ == "release") \
                    and doc[a.speaker[0]].sent.start == a.speaker[0] - 2 and doc[a.speaker[0] - 2].lower_ == "according" \
                    and (body := _body_subject_before(doc, a.speaker[0] - 2, names)) is not None:
                # "The operator, X Company, has stopped arguing. According to its press release, …": the body just named
                name = body
            elif (len(words) == 1 and words[0].lower_ == "it" or _own_account(words) and words[0].lower_ == "its") \
                    and n and names[-1] and attributions[n - 1].paragraph >= a.paragraph - 1:
                # "The ministry said … It added that …", "…, according to its website": the body that spoke just
                # before, if not a person
                if not any(p.name == names[-1] for p in people):
                    name = names[-1]
        outer = next((m for m in range(n - 1, -1, -1) if attributions[m].kind == "direct"
                      and attributions[m].start < a.start and a.end <= attributions[m].end), None)
        if outer is not None and a.speaker is not None and a.speaker[1] - a.speaker[0] == 1 \
                and (gender := PRONOUN_GENDER.get(doc[a.speaker[0]].lower_)) in ("m", "f"):
            # a "he" inside someone's quote is whom they spoke of, the person last named before it, never the quote's
            # own speaker ("the nurse evoked the co-pilot, X. “He repeated: ‘…’”"; "“He said to me, ‘Pak, I am
            # alive’,” Suparman said"), not the story's last speaker
            # (named inside that quote first, as a subject: "„Ragnhejdur, the Icelandic surgeon, held all of us
            # together. Every morning she said: ‚…‘“"; not "about the Hermon positions")
            at = doc[a.speaker[0]].idx
            inside = sorted((p for p in people for i in p.seen or () if attributions[outer].start <= doc[i].idx < at
                             and doc[i : i + len(p.name.split())].root.dep_ in SUBJECT),
                            key=lambda p: -max(doc[i].idx for i in p.seen if doc[i].idx < at))
            # (or by the given name alone, as a wife calls him: "“Gonzalo called me from … He said to me: «…»")
            inside += [p for t in reversed(doc[max(0, a.speaker[0] - 80) : a.speaker[0]]) if t.dep_ in SUBJECT
                       and t.is_title and t.idx >= attributions[outer].start and not doc[t.i + 1].is_title
                       and not doc[t.i - 1].is_title for p in people
                       if p.first == name_key(t.text, article=False) and p.name.split()[0] == t.text]
            name = next((p.name for p in inside + _mentions_before(doc, people, at)
                         if p.name != names[outer] and p.gender in (None, gender)), name)
        if name and a.speaker is not None and name.isupper() and 2 <= len(name) <= 8 and (full := spelled_out(text, name)):
            name = canonical_body(full)  # "the OKRBC" after "the Okamuli River Basin Commission (OKRBC)"
        elif name and a.speaker is not None and (full := short_form_spelled_out(text[: a.start], name)):
            name = canonical_body(full)  # "NTN Power" after "the dam's operator, Nam Theun Ngai Power Company,"
        if name and a.speaker is not None and lacks_country(name) and (initials := bracketed_initials(doc, a.speaker[1])) \
                and canonical_body(initials) != initials:
            name = canonical_body(initials)  # "The Ministry of National Defence (MSB) said": the body its initials name
        if name and a.speaker is not None and name not in names and lacks_country(name):
            # "the Ministry of Justice" in a story from Baghdad is Iraq's (and a body the story left without its
            # country stays so: "…, the Defense Ministry said. | The ministry said …")
            name = _with_its_country(doc, text, a, name, home)
        if a.speaker is not None and (given := _GAVE_NAME.search(to_cue := _speaker_to_cue(doc, a)) or _CALLS_ITSELF.search(to_cue)
                                      or _NAMED.match(doc[a.speaker[0] : min(len(doc), a.speaker[1] + 5)].text)):
            # "a mother of four who gave her name as Umm Yazan said", "The group, which calls itself “X”, said", "a
            # teacher named Gulistan"
            name = given.group(1)
        if outlet and a.speaker is not None and _OWN_VOICE.fullmatch(doc[a.speaker[0] : a.speaker[1]].text.lower()):
            name = outlet  # "According to what this medium could learn", "As the correspondent of the agency reports"
        # (a speaker inside someone's quote is the story's speaker no more than anyone the quote mentions)
        person = next((p for p in people if p.name == name), None) if outer is None else None
        if person is not None:
            recent = [p for p in recent if p is not person]
            # "Earlier el-Hadad stated …" is an aside: "He added" after it still means the story's speaker
            recent.insert(0, person)
            person.aside = a.cue is not None and _digression(doc, a.cue[0])
            person.spoke = a.speaker[0] if a.speaker is not None else person.spoke
        names.append(name)
        quoted.append(outer is not None)
        # a speaker's later statements belong to the interview they gave ("About this declared … in interview to CTA
        # …"; "told Global Wire. … In the same interview, she said"), not to any outlet they once spoke to
        medium, interview = media_at_cue[a.cue] if a.cue is not None else (None, False)
        if medium is not None and a.speaker is not None and a.cue is not None and doc[a.speaker[0]].idx > a.cue[0] \
                and medium == doc[a.speaker[0] : a.speaker[1]].text:
            medium = None  # "», — told Sherzod": who told, not whom
        if medium is not None and name is not None and medium.casefold() == name.casefold():
            medium = None  # "…, the agency APA reported": the outlet's own report, no medium
        # the lede's "X told RIA-N" opens the interview the story is made of: X's later words belong to it (not "reports X
        # with reference to the ministry"; but "declared to X", as machine-translated French has it: "«…», declared to
        # The Sannine Daily Charbel Abi Raad")
        interview = interview or medium is not None and a.paragraph == attributions[0].paragraph \
            and (text[a.cue[0] : a.cue[1]].lower() in ("told", "tells") or _TO_OUTLET.match(text, a.cue[1]) is not None
                 or said_to_outlet(doc, a.cue, medium))
        # so does "X told YNA" in YNA's own story: the agency's own interview
        # (not its report of a body's words: "…, reports PressUA with reference to the press service of …")
        # (as is "told this newspaper", whoever the paper is; not "as the agency was informed in the ministry")
        said = text[a.cue[0] : a.cue[1]].lower() if a.cue is not None else ""
        interview = interview or (medium is not None and own is not None and medium.casefold() == own.casefold()
                                  and said not in ("reports", "reported", "informs", "writes", "wrote")) \
            or (medium == OWN_OUTLET and said != "informed")
        if a.cue is not None and (passer := _quoting_outlet(doc, a.cue)) is not None:
            # ("Syrian state media quoted X as saying …", "The newspaper quoted a senior official as saying:")
            passed = _resolve(doc, passer, doc[passer[0]].idx, people, recent)
            same = re.fullmatch(r"the same (newspaper|daily|agency|channel)", doc[passer[0] : passer[1]].text.lower())
            if same is not None:  # ("The same newspaper quoted X as saying": the one named last)
                passed = last_named_outlet(doc_text(doc)[: doc[passer[0]].idx], same.group(1))
            medium = passed if passed and not passed.startswith(("the ", "a ")) else medium  # (not "the newspaper")
        held = media_by_speaker.get(name) if name else None
        # (not words the sentence says were given elsewhere: "In a communiqué published Monday, the company had assured …")
        elsewhere = medium is None and name and a.follows is None and a.cue is not None and (
            names_setting(doc, a.cue) or _setting_before(doc, a))
        lead = _interview_named(interviews, a, name, held[3] if held else -1, next((p for p in people if p.name == name), None)) \
            if medium is None and name and a.follows is None and not elsewhere else None
        if lead is not None:
            medium = lead  # "Speaking to LŽA by phone, X described her days in captivity. “…,” she said"
            media_by_speaker[name] = (medium, True, a.paragraph, a.start)
        elif medium is None and name and a.follows is None:
            # (the story's own outlet, wherever the person goes on: its reporter spoke with them; not a body's statement)
            own_talk = held is not None and own is not None and held[0] is not None and any(p.name == name for p in people) \
                and without_the(held[0]).casefold() == without_the(own).casefold()
            medium = held[0] if held is not None and (held[1] or interview or own_talk or a.paragraph - held[2] <= 1) and not elsewhere else None
            if medium is not None:
                # (and on: a run of paragraphs by the speaker belongs to the conversation that opened it)
                media_by_speaker[name] = (medium, held[1], a.paragraph, a.start)
            if elsewhere and held is not None and not (held[1] and _written(doc, a.cue)):
                # "The spokeswoman later told journalists … She rejected …": what follows was said there too (not after
                # a post she wrote between the answers of an interview: "Speaking to the Daily Manel, X said … ¶ In a
                # Facebook post …, X wrote: ¶ “…” ¶ … X said …" goes on with the interview)
                media_by_speaker[name] = (None, False, a.paragraph, a.start)
        elif medium is not None and name:
            media_by_speaker[name] = (medium, interview, a.paragraph, a.start)
        if a.answer and own is not None and own != OWN_OUTLET:
            medium = own  # (the questions are the outlet's own: "Q: … ¶ A: …" after "The Brief reached X by telephone")
        if a.follows is not None and a.follows < n:
            medium = quotes[a.follows].medium
            if medium is not None and name and held is not None and held[0] == medium:
                # (a quote-only paragraph goes on with the conversation: "…,” he said. | “…” | Mr. X described …")
                media_by_speaker[name] = (medium, held[1], a.paragraph, a.start)
        if outer is not None:
            medium = None  # a quote inside another quote reached the speaker of the outer one, not an outlet
        sp = (None, None)
        if a.speaker is not None:
            lo, hi = a.speaker_full or a.speaker
            sp = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        if medium is not None:
            # (an outlet by the initials the story spells out somewhere: "told SWS" where the dateline's outlet is
            # "… Lesotho State Information Agency (LSIA) …"; "told LSIA" then is that agency, by its name; or by the
            # first word of the name the story gives it: "told Gazeta" for "Gazeta do Lavrado")
            if medium not in spelled:
                spelled[medium] = spelled_out(text, medium) if medium.isupper() and 2 <= len(medium) <= 8 \
                    else fuller_outlet(text, medium)
            medium = spelled[medium] or medium
        cue = a.cue or (None, None)
        end = a.end
        while end > a.start and text[end - 1].isspace():
            end -= 1
        quotes.append(
            Quote(a.start, end, a.kind, cue[0], cue[1], sp[0], sp[1], speaker_name=name, medium=medium)
        )
    return quotes
