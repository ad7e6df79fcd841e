"""Who says it: the speaker span of a reporting verb.

The parse's subject of the cue comes first (``subject_of`` follows participles and conjuncts up to a verb
that has one). Where the parser has none, or put it inside the quote or behind a paragraph label, the noun
phrase right before or after the cue stands in (``the minister said``, ``said the minister``). The span is
the name alone, which is what resolution reads; ``Context.full_speaker`` keeps it with its appositive
(``Kenneth Baer, a former official who runs a firm,``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import (ABBREVIATED_TITLES, SITTINGS, SURNAME_TITLES, ADDRESSEE_CUES, ARABIC_ARTICLE, DAY_PARTS, DAY_WORDS, DIGRESSIONS, GROUP_NOUNS, KIN_NOUNS, MEDIA_NOUNS, NOT_MEDIA, OUTLET_NAME_WORDS, OBJECT_CUES, ORIGIN_WORDS, POST_NOMINALS, POSTED_BODIES, ROLE_ABBREVIATIONS, ROLE_NOUNS, STANDS_FOR,
                      TIME_WORDS, TITLES, WHEN_NOUNS, WRITINGS)
from .bodies import BODY_WORDS
from .people import KIND_WORDS, NAME_LINKS, OUTLET_ARTICLES, PATRONYMIC, after_partner, age_openings, doc_ents, ent_bounds, honorific, korean_given, person_ents
from .medium import LEADING_CHANNEL, outlet_name_end, own_words_at
from .tokenizer import GLUED_INITIAL, VOWELLESS
from .cues import CLAUSE, DASHES, SUBJECT, Context, finite_xcomp, first_word, heads_clause, is_acronym_verb, is_cue, is_participle, is_title, is_verb, kept_per_run, lemma_of, let_known, name_follows, second_report, sentence_start, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

_CHANNEL_BEFORE_CUE = re.compile(r"in (?:an? |the )?(?:interview|conversation) (?:to|with) (?:the )?(?:[A-Z][\w-]*\s+){1,4}")
# what a body issues, and the verbs it issues it with: "issued a notice asking …", "released a statement saying …"
_NOTICES = WRITINGS | frozenset("notice circular advisory release note bulletin".split())
_ISSUING = frozenset("issue release publish send post circulate distribute sign deliver file submit lodge".split())
_UP = {"advcl", "xcomp", "conj", "parataxis", "acl", "dep"}  # a participle or second verb takes its subject from its head
_NP_STOP = {"appos", "acl", "acl:relcl", "relcl", "advcl", "parataxis", "punct", "ccomp", "xcomp", "dep", "mark", "nsubj", "cop"}


def _subject_before_then(token):
    """``Asked what she would say, Mrs Bourne was silent for a moment, then said: …``: a verb after ", then" with no
    subject of its own is the next act of the subject of the clause before the comma, however the parser hung the two."""
    doc = token.doc
    if token.head.i != token.i or token.i < 3 or doc[token.i - 1].lower_ != "then" or doc[token.i - 2].text != "," \
            or any(c.dep_ in SUBJECT for c in token.children):
        return None
    start = sentence_start(token)
    for k in range(token.i - 3, start - 1, -1):
        if doc[k].text in (";", ":") or doc[k].is_quote:
            return None
        subject = next((c for c in doc[k].children if c.dep_ in SUBJECT and c.i < k), None)
        # (a clause's subject opens the sentence or follows a comma, whatever the parser hung the clause on; not a
        # reported clause's: "He said the talks failed, then added: …")
        first = first_word(subject).i if subject is not None else 0
        if subject is not None and (first == start or doc[first - 1].text == ","):
            return subject
    return None


@kept_per_run("subjects")
def subject_of(token, depth: int = 0):
    """The subject of a reporting verb, following participles and conjuncts up to their head."""
    if token.tag_ == "VBG" and (named := _with_subject(token)) is not None:
        return named  # "…, with Turkish President Oktay Sancar saying …": his, not the sentence's subject's
    if token.tag_ == "NN" and token.lower_.endswith("ing") and token.dep_ in ("obl", "obj", "nmod") and token.head.pos_ == "VERB" \
            and depth < 3:
        return subject_of(token.head, depth + 1)  # ("The chief ran from house to house shouting|NN, ‘…’": the chief)
    if let_known(token):
        return subject_of(token.head, 3)  # ("X let it|nsubj:pass be known that …": X)
    if (after := _subject_taken_for_object(token)) is not None:
        return after  # "X will remain suspended after the panel at the Games ruled|xcomp yesterday that …": the panel
    if depth == 0 and token.dep_ == "conj" and not is_cue(token.head) and _right_after_and(token.doc, token) \
            and not any(c.dep_ in SUBJECT for c in token.children) and (outer := _outer_report(token.head)) is not None:
        # "The diplomat pointed out that the study … showed that the plumes travelled …, and assured|conj that …": the
        # parser hung the second verb on the last clause's; it goes with the verb that reports them all
        return subject_of(outer, 3)
    if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and token.head.dep_ in SUBJECT and any(
            c.dep_ == "acl" and c.tag_ == "VBD" and c.i < token.i for c in token.head.children):
        # ("the neighbour banged|acl on our wall and shouted|conj, ‘…’": the parser hung both verbs on who did both)
        return token.head
    if depth == 0 and (inverted := _inverted_after_quote(token)) is not None:
        return inverted  # "«…», guaranteed today in Maputo the spokeswoman of Banco X, Y.": the spokeswoman
    if depth < 3 and (first := _verb_before_but(token)) is not None:
        return subject_of(first, 3)  # "The panel … lifted the suspensions of X and Y|nsubj, but said …": the panel
    if depth == 0 and (named := _named_after_fronted_participle(token)) is not None:
        return named  # "Reached by telephone in Kuwait City, X, 34 years old, …, confided|conj to …": X
    if depth == 0 and token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
            and token.head.i < token.i and token.doc[token.i - 1].text == "," and token.tag_ in ("VBD", "VBN", "VBZ") \
            and any(c.dep_ in CLAUSE and heads_clause(c) for c in token.children) \
            and any(a.dep_ == "acl" and a.tag_ == "VBN" and a.right_edge.i == token.i - 2 and any(
                g.dep_ in ("obl:agent", "agent") for g in a.children) for a in token.head.children):
        # "The observer mission|ROOT of …, headed by the … judge X, informed|acl that …": a sentence the parser rooted in
        # its subject, the reporting verb hung on it (not the agent of the aside between)
        return token.head
    if depth == 0 and (antecedent := _who_before_conjunct(token)) is not None:
        return antecedent  # "a trader …, who asked that her name not be published, confided|conj to …": the trader
    participle = is_participle(token) or token.tag_ == "VBN" and any(c.lower_ == "having" for c in token.children)
    # (or the participle a reporting verb hangs on: "…, preferring to describe the meeting as …")
    if (depth == 0 or depth == 1 and any(c.dep_ == "xcomp" and is_cue(c) for c in token.children)) and participle \
            and (_after_comma(token) or token.i > 0 and token.doc[token.i - 1].lower_ == "having"):
        # "…, adding that …" belongs to the sentence's main verb, wherever the parser hung it
        verbs = list(token.doc[sentence_start(token) : token.i])
        verbs.sort(key=lambda v: not is_cue(v))  # "The talks failed, the minister said, adding …": the minister adds
        for verb in verbs:
            # (a finite reporting verb the parser hung on its own subject as "acl": "Governor X affirmed … that …")
            # (or a perfect's participle: "Officials have avoided the word …, preferring to describe …")
            # (or a reporting verb the parser made an adjective, "The minister underlined|JJ that", or hung inside
            # the quote before it: "«…», she affirmed|relcl, adding that …")
            if (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any(
                    c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ in ("has", "have", "had")) for c in verb.children)) \
                    and verb.dep_ not in ("ccomp", "advcl", "acl", "acl:relcl", "relcl", "aux", "aux:pass", "auxpass") \
                    or verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBN") and is_cue(verb) and verb.head.i < verb.i \
                    or verb.dep_ in ("ROOT", "parataxis") and verb.tag_ == "JJ" and is_cue(verb) \
                    or verb.tag_ == "VBD" and is_cue(verb) and any(t.text in _CLOSING for t in verb.doc[max(0, verb.i - 3) : verb.i]):
                subj = subject_of(verb, 3)
                if subj is not None:
                    return subj
    if depth == 0 and finite_xcomp(token) and token.head.dep_ in ("acl:relcl", "relcl"):
        # "A crew member who asked not to be named wrote|xcomp to X that …": a finite verb the parser hung on the
        # relative clause's; whom "who" stands for
        return token.head.head
    if token.dep_ in ("acl:relcl", "relcl") and token.head.i < token.i and not any(c.dep_ in SUBJECT for c in token.children) \
            and any(c.lower_ == "who" and c.i < token.i for c in token.children):
        # "the mountaineer Saran Batbold, who|obj in statements to … promised": whom "who" stands for, by name
        return next((c for c in token.head.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "PER")), token.head)
    if token.dep_ in ("acl:relcl", "relcl") and token.head.i < token.i and token.i > 0 and token.doc[token.i - 1].text == "," \
            and any(c.lower_ in ("which", "whom") and c.dep_ in ("obj", "dobj") for c in token.children):
        # "The group X, which the authorities suspect of the attack, stated …" with "stated" as the relative clause's
        # verb: the clause closed at its comma, and the verb is the group's
        return token.head
    if (closed := _before_relative_clause(token)) is not None:
        return closed  # ("The fund, which did not respond to the questions of X, indicated|acl-of-questions …": the fund)
    if token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ") and token.i > 0 and token.doc[token.i - 1].text == "," \
            and token.head.dep_ == "appos" and token.head.i < token.i and token.head.head.ent_type_ in ("PERSON", "PER") \
            and not any(c.dep_ in SUBJECT for c in token.children):
        # "X, spokeswoman of …, a Mahoran group that campaigns …, wrote|acl-of-group on Facebook that …": the person
        # whose appositives end at the comma, not the last of them
        return token.head.head
    if (whose := _subject_before_whose(token)) is not None:
        return whose
    # (not the end of an office's "of" phrase the parser gave the verb as a second subject: "The coach|nsubj of the
    # … University athletics team|nsubj trapped for 18 hours … has said")
    # (not the holder's name there: "The governor of the … region Mohamed X|nsubj said")
    subjects = [c for c in token.children if c.dep_ in SUBJECT and c.i < token.i]
    if len(subjects) == 2:
        first, second = subjects
        office_of = first.lower_ in ROLE_NOUNS and token.doc[first.i + 1].lower_ == "of"
        if office_of and second.pos_ == "NOUN" and not second.ent_type_ and second.lower_ not in ROLE_NOUNS \
                and not any(t.text == "," or is_verb(t) for t in token.doc[first.i + 1 : second.i]):
            return first
        # (nor the firm the office is of, named after its kind, with the holder joined to it after a comma: "The chief
        # executive of the Greenlandic company Aataaq Gold|nsubj, Aputsiaq Molgaard|conj, declared")
        if office_of and second.pos_ == "PROPN" and second.i > 0 and token.doc[second.i - 1].lower_ in KIND_WORDS \
                and (holder := next((c for c in second.children if c.dep_ == "conj" and c.ent_type_ in ("PERSON", "PER")
                                     and token.doc[c.i - 1].text == ","), None)) is not None:
            return holder
        # (nor the object of a relative clause it gave the verb as a second subject: "A member of the Rwandan
        # delegation|nsubj who requested anonymity|nsubj said")
        if any(c.i < second.i and any(w.lower_ == "who" and w.dep_ in SUBJECT for w in c.children) for c in second.children):
            return first
    # nearest first: a parser can give the verb a second subject inside the quote ("“I am the guy …,” Mr. Clarke said")
    for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
        if _when_or_aside(child):
            continue  # "Tuesday said": the parser took the date for the speaker
        if child.dep_ in SUBJECT and _origin_set_off(child):
            # "Mr Kittipong, 26, from Nakhon Ratchasima|nsubj, said": where he is from, set off after him; he speaks
            comma = next((t.i for t in token.doc[child.left_edge.i : child.i] if t.text == ","), None)
            if comma is not None and comma > child.left_edge.i and token.doc[comma - 1].pos_ == "PROPN":
                return token.doc[comma - 1]
            continue
        if child.dep_ in SUBJECT and any(g.dep_ in SUBJECT and g.lower_ in ("who", "which", "that") for g in child.children):
            continue  # "Nawal Sabbagh, who coordinates tracing work, said" with "coordinates" as a second subject
        if child.dep_ in SUBJECT and child.i > token.i and any(c.dep_ in CLAUSE and token.i < c.i < child.i for c in token.children) \
                and any(c.dep_ in SUBJECT and c.i < token.i for c in token.children):
            continue  # "X, who attended as an observer, said the EU would “…” any return scheme|nsubj that …": the reported
            # clause's words, given to the cue as a second subject
        if child.dep_ in SUBJECT and child.left_edge.lower_ in ("which", "whom") and any(
                c.dep_ in SUBJECT and c.i < child.left_edge.i for c in token.children):
            continue  # "The group X, which the local authorities suspect|nsubj of the attack, stated": the group
        if child.tag_ == "VBG" and child.i < token.i and child.left_edge.i == child.i and any(
                t.text == "," for t in token.doc[child.i : token.i]):
            continue  # "Speaking to reporters at the parliament, Minister X said": a participle's aside, no subject
        if child.dep_ in SUBJECT and child.i < token.i and (named := _who_before_channel(child, token)) is not None:
            return named  # "X, who in statements to the agency MGN|nsubj of her country promised …": X
        expletive = child.lower_ == "it" and child.dep_ == "expl" and any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
        if child.dep_ in SUBJECT and (not child.is_space or any(c.pos_ in ("PROPN", "NOUN") and abs(c.i - child.i) == 1 for c in child.children)) \
                or expletive:
            if child.lower_ in ("which", "who", "that") and child.i >= 2 and child.doc[child.i - 1].text == ",":
                before = child.doc[child.i - 2]  # "the State Department, which described …"
                if before.text in POST_NOMINALS and before.i and before.doc[before.i - 1].ent_type_ in ("PERSON", "PER"):
                    before = before.doc[before.i - 1]  # ("Deirdre Ní Chonaill TD, who attended …": her, not her seat)
                aside = next((t.i for t in before.doc[before.left_edge.i : before.i + 1] if not t.is_punct), before.i)
                if child.lower_ == "who" and any(c.dep_ == "case" for c in before.children) and aside >= 2 \
                        and before.doc[aside - 1].text == "," and before.doc[aside - 2].ent_type_ in ("PERSON", "PER"):
                    before = before.doc[aside - 2]  # ("… Gwenno Llywelyn, on holidays, who indicated": her, not the aside)
                # ("MP Nada Sfeir, head of the … committee, who said": who is the person the office is given to)
                office = next((a for a in [before, *before.ancestors] if a.dep_ == "appos"), None)
                if child.lower_ == "who" and before.ent_type_ not in ("PERSON", "PER") and office is not None \
                        and office.head.i < office.i and office.head.pos_ == "PROPN":
                    return office.head
                # (whatever the NER made of the body the office is of: "Mr. X, director general of Vorombe Air|PERSON,
                # who indicated": the name the parser hangs the clause on)
                if child.lower_ == "who" and office is not None and token.dep_ in ("acl:relcl", "relcl") \
                        and token.head.i == office.head.i < office.i and token.head.ent_type_ in ("PERSON", "PER"):
                    return token.head
                # (nor the body a source is in, whose relative clause it is: "A source in the secretariat, who asked
                # not to be named, informed …" is the source)
                if child.lower_ == "who" and token.dep_ in ("acl:relcl", "relcl") and token.head.i < before.i and before.dep_ in ("nmod", "obl") \
                        and before.head.i == token.head.i and token.head.pos_ == "NOUN":
                    return token.head
                return before
            if child.lower_ == "it" and child.dep_ in ("nsubjpass", "nsubj:pass", "expl"):
                # "It is noted in the statement of the ministry that …": the writing speaks
                # (or before it: "In the written statement of the ministry it was underlined that …"; or the body that
                # met: "At the meeting of the Joint Commission it was emphasized that …")
                return next((c for c in token.children if c.dep_ in ("obl", "prep") and (c.i > token.i or c.i < child.i) and (
                    c.lower_ in WRITINGS or c.dep_ == "prep" and any(g.lower_ in WRITINGS for g in c.children)
                    or c.i < child.i and c.lower_ in SITTINGS and any(g.dep_ == "nmod" and g.lower_ in BODY_WORDS for g in c.children))), None)
            if child.lower_ in ("it", "there", "which", "who", "that"):
                return None
            if child.tag_ == "VBN" and child.i < token.i:
                # "The wife of a captain held|nsubj in Gabon has appealed": the participle's noun, parsed as its subject
                return next((c for c in child.children if c.dep_ in SUBJECT and c.i < child.i), child)
            # "Jonah, one of the two guides from the village|nsubj, put …": the name the parser set apart as whom
            # the sentence addresses, right before the subject it describes
            left = child.left_edge.i
            if left >= 2 and child.ent_type_ not in ("PERSON", "PER") and child.doc[left - 1].text == "," \
                    and (name := child.doc[left - 2]).ent_type_ in ("PERSON", "PER") \
                    and name.dep_ in ("vocative", "dislocated") and name.head.i == token.i \
                    and "," in (child.right_edge.text, child.doc[min(child.right_edge.i + 1, token.i)].text):
                return name
            return child
    doc = token.doc
    if token.dep_ == "acl" and token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ in ("PERSON", "PER") \
            and token.head.lower_ not in ROLE_NOUNS \
            and not _agent_set_off(doc, token.i - 2):
        # (not who heads it: "The organizing committee of the regatta, headed by Sheikh X, informed …")
        # "Member of the … Committee, Thamer al-Kaabi, considered …" hung on "Committee": the name before the verb
        # (an office it hangs on keeps its appositive: "The U.S. representative, Richard Mills, accused …")
        return doc[token.i - 2]
    if token.dep_ == "conj" and doc[token.i - 1].text == "," and (named := _sibling_before_participle(token)) is not None:
        return named
    if (interviewed := _interviewed_before_agent(token)) is not None:
        return interviewed
    if token.dep_ == "conj" and token.i >= 3 and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ in ("PERSON", "PER") \
            and not any(c.dep_ == "cc" for c in token.children) and doc[max(0, ent_bounds(doc[token.i - 2])[0] - 1)].text == ",":
        # "The raids came two days after Somalia's State Minister …, X, told …" with "told" joined to "came": a
        # verb with no "and" right after a name set off by commas is that name's
        return doc[token.i - 2]
    if token.dep_ == "acl" and token.head.lower_ == "part" and depth <= 3 and token.head.head.i != token.head.i \
            and any(c.lower_ == "for" for c in token.head.children):
        # "X has for her part indicated …" hung on "part" (also reached from a participle after it: "…, before
        # precising that …")
        return subject_of(token.head.head, depth + 1)
    if depth < 3 and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in _NOTICES and token.head.i < token.i \
            and token.head.dep_ in ("obj", "dobj") and lemma_of(token.head.head) in _ISSUING:
        # "The association issued a notice on Wednesday asking …": who issued it (not "received a letter saying …")
        return subject_of(token.head.head, depth + 1)
    if (token.dep_ in ("parataxis", "acl", "appos") or token.dep_ == "conj" and token.head.head.i == token.head.i
            and not _set_off(token.head, token)) and token.head.i < token.i and token.head.pos_ in ("PROPN", "NOUN") \
            and not (any(c.dep_ == "case" for c in token.head.children) and token.doc[token.head.i + 1].text == ","):
        # (not a fronted phrase: "On the water file, Minister X affirmed")
        return _antecedent(token.head)  # "Karaduman, for his part, wrote …" parsed with the name as root
    if (then := _subject_before_then(token)) is not None:
        return then
    if token.head.i == token.i:
        # (the first of a series of verbs the parser made a clause of the second, with the series' subject: "The
        # Secretariat … regretted|advcl his death in a communiqué, thanked|ROOT the … authorities and precised|conj that …")
        series = next((c for c in token.lefts if c.dep_ == "advcl" and c.tag_ == "VBD" and c.right_edge.i == token.i - 2
                       and doc[token.i - 1].text == "," and not any(g.dep_ == "mark" for g in c.children)), None)
        subject = next((g for g in series.children if g.dep_ in SUBJECT and g.i < series.i), None) if series is not None else None
        if subject is not None:
            return subject
        # a root with no subject: a name dislocated before it ("Karaduman, for his part, wrote")
        for child in token.lefts:
            # (whatever the tagger made of a name with its initial glued on: "S.Lamrani|MD also noted that …")
            if (child.pos_ in ("PROPN", "NOUN") or GLUED_INITIAL.match(child.text)) and not child.is_space \
                    and not any(c.dep_ in ("case", "mark") for c in child.children) \
                    and not _when_or_aside(child):
                if child.dep_ not in ("obl", "obl:tmod", "obl:npmod", "advmod", "npadvmod", "nmod:tmod") and not _set_off(child, token):
                    return child
                # (or a name the parser began a sentence with after a comma: "One of the crew members, | Wahyudi|advmod,
                # 34, told …")
                if child.ent_type_ in ("PERSON", "PER") and child.is_sent_start and child.i and doc[child.i - 1].text == ",":
                    return child
        # (or the name the parser hung on a fronted phrase: "In statements to “Bawabat Al-Wadi”, Dr. Ayman El-Demerdash|appos,
        # professor …, considered that …")
        # (its auxiliary between: "In Port-au-Prince, the Director General …, X, has saluted …")
        before = token.i - 1 - sum(1 for c in token.lefts if c.dep_ == "aux" and c.i == token.i - 1)
        if before >= 0 and doc[before].text == ",":
            fronted = [c for c in token.lefts if c.dep_ in ("obl", "prep") and any(g.dep_ == "case" for g in c.children)
                       or c.dep_ == "prep"]
            # (or hung on a clause the parser made of the name's apposition: "At the hospital of Ngozi, Mrs X, mother of a
            # boy still hospitalised|advcl, has recounted …")
            fronted += [g for c in token.lefts if c.dep_ == "advcl" for g in c.lefts if g.dep_ in ("obl", "prep")
                        and any(a.dep_ == "case" for a in g.children)]
            # (not the outlet's name after its kind: "According to the Estonian agency Tuulik|PERSON, the director of …, X,")
            # (or hung on the place that ends the phrase: "At the regional hospital of Ngozi|nmod, Mrs X|appos, …")
            named = [a for c in fronted for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > c.i
                     and any(t.ent_type_ in ("PERSON", "PER") for t in a.subtree)
                     and not (a.i == c.i + 1 and c.lower_ in MEDIA_NOUNS)] or [
                a for c in fronted for n in c.children if n.dep_ == "nmod" and n.i > c.i for a in n.children
                if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > n.i and "," in (doc[a.left_edge.i].text, doc[a.left_edge.i - 1].text)
                and any(t.ent_type_ in ("PERSON", "PER") for t in a.subtree)]
            # (or after the kin or office set off before it, whatever the NER made of the name: "At the family house,
            # her father, Pa Alimamy Tholley|ORG, a retired schoolteacher, told …")
            named = named or [a for c in fronted for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                              and a.is_title and a.i > c.i and any(
                                  b.dep_ == "appos" and b.i < a.i and b.pos_ == "NOUN" and b.lower_ in KIN_NOUNS | ROLE_NOUNS
                                  for b in c.children)]
            if named:
                return named[0]
    if depth < 3 and token.dep_ == "xcomp" and token.head.lower_ == "able" and any(c.dep_ == "cop" for c in token.head.children):
        return subject_of(token.head, depth + 1)  # "Austral was able to confirm that …"
    if depth < 3 and _joins_the_report(token):
        # "X said the crew had not been paid and accused the owner of …": X accused, not the crew (a past verb beside
        # the reported clause's perfect)
        return subject_of(token.head.head, depth + 1)
    if depth < 3 and (reporter := _past_beside_present(token)) is not None:
        return subject_of(reporter, depth + 1)
    head = token.head
    if depth < 3 and token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and head.dep_ == "acl" and head.tag_ == "VBN" \
            and head.head.head.i != head.head.i and is_verb(head.head.head):
        # "The SRE celebrated the agreement reached in Marrakech, …, and sustained that …" with "sustained" joined to the
        # participle: the verb of the noun it describes
        return subject_of(head.head.head, depth + 1)
    if token.dep_ == "conj" and (contrasted := _contrasted_subject(token)) is not None:
        return contrasted
    if (closing := _closing_attribution_subject(token)) is not None:
        return closing  # "…, a press statement issued yesterday by the Ministry … indicated.", whatever it was hung on
    if token.dep_ == "conj" and (aside := _aside_subject(token)) is not None:
        return aside
    # (or a predicate with its copula, after "and": "Mrs Bourne was silent for a moment, and then said: …")
    if depth < 3 and token.dep_ in _UP and token.head.i != token.i and (is_verb(token.head) or is_cue(token.head) or token.dep_ == "conj"
                                                                       and any(c.dep_ == "cop" for c in token.head.children)
                                                                       and any(c.dep_ == "cc" for c in token.children)):
        return subject_of(second_report(token) or token.head, depth + 1)
    if token.tag_ in ("NN", "NNS", "JJ") and is_cue(token):
        # a verb the tagger made a noun ("One delegate joked that"): the parser hung its subject as a modifier
        # (or hung the verb on it: "the secretariat of the conference affirms|nmod in a communiqué …")
        if token.dep_ == "nmod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN") \
                and any(t.lower_ == "of" for t in token.lefts):
            return token.head
        return next((c for c in reversed(list(token.lefts)) if c.pos_ in ("NOUN", "PROPN", "ADJ") and c.is_alpha), None)
    doc = token.doc
    if token.i > 0 and GLUED_INITIAL.match(doc[token.i - 1].text) and (token.i == 1 or doc[token.i - 2].is_punct or doc[token.i - 2].is_space):
        return doc[token.i - 1]  # ("B.Garlyyev|AUX expressed confidence that …": a name with its initial glued on, whatever its tag)
    return None


_CLOSING = frozenset(("»", "”", '"', "’’"))


# the conjunctions a parser may take for prepositions, making the subject after them their object
_TAKEN_FOR_PREPOSITIONS = frozenset("after before since until once".split())


def _aside_subject(verb):
    """``The talks had failed, the minister said, and called for a new round``: a verb joined right after an attribution
    set in commas is the next act of that attribution's speaker, not of the reported clause's subject."""
    doc = verb.doc
    if verb.i < 4 or not any(c.dep_ == "cc" and c.i == verb.i - 1 for c in verb.children) or doc[verb.i - 2].text != ",":
        return None
    aside = next((c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.right_edge.i == verb.i - 3
                  and is_cue(c)), None)
    subject = next((c for c in aside.children if c.dep_ in SUBJECT and c.i < aside.i), None) if aside is not None else None
    return subject if subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == "," else None


def _subject_taken_for_object(verb):
    """``… after the anti-doping panel at the Games ruled yesterday that …``, parsed with "after" as a preposition and
    the verb hung elsewhere: the noun right before the verb, the conjunction's "object", is its subject."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    doc = verb.doc
    if verb.dep_ == "ROOT" and doc[verb.i - 1].ent_type_ in ("PERSON", "PER"):
        # (or made the sentence's root, with the sentence's subject as its own: "A row over the tender deepened on
        # Tuesday after Energy Minister Fadi Azar|nmod accused …")
        name = doc[ent_bounds(doc[verb.i - 1])[0] : verb.i].root
        case = next((c for c in name.children if c.dep_ == "case" and c.i == name.left_edge.i), None)
        if name.dep_ == "nmod" and case is not None and case.lower_ in _TAKEN_FOR_PREPOSITIONS \
                and any(c.dep_ in SUBJECT and c.i < case.i for c in verb.children):
            return name
    if any(c.dep_ in SUBJECT for c in verb.children) or verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "dep"):
        return None
    noun = doc[verb.i - 1]
    while noun.head.i < verb.i and noun.head.i != noun.i and noun.head.right_edge.i == verb.i - 1 and noun.dep_ not in ("obl", "obl:tmod"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "obl" or noun.right_edge.i != verb.i - 1:
        return None
    # (back over the phrases the parser hung beside it: "after the panel | at the regatta | in Doha ruled")
    for _ in range(3):
        case = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i), None)
        if case is None or case.lower_ in _TAKEN_FOR_PREPOSITIONS:
            break
        noun = next((c for c in noun.head.children if c.dep_ == "obl" and c.pos_ in ("NOUN", "PROPN")
                     and c.right_edge.i + 1 == noun.left_edge.i), None)
        if noun is None:
            return None
    return noun if case is not None and case.lower_ in _TAKEN_FOR_PREPOSITIONS else None


def agent_phrase_at(doc, comma: int) -> bool:
    """Whether a participle and its "by" follow the comma at token ``comma``: "the committee, headed by Sheikh X,"."""
    return comma + 2 < len(doc) and doc[comma].text == "," and doc[comma + 1].tag_ == "VBN" and doc[comma + 2].lower_ == "by"


def _before_relative_clause(verb):
    """The noun a relative clause set off by commas describes, where the parser hung the verb after the clause's closing
    comma inside it: "The fund, which did not respond to the questions of X, indicated|acl …"; else None."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    for clause in verb.ancestors:
        if clause.dep_ in ("acl:relcl", "relcl") and clause.head.i < clause.i < verb.i:
            who = next((c for c in clause.children if c.dep_ in SUBJECT and c.lower_ in ("which", "who")), None)
            return clause.head if who is not None and doc[who.i - 1].text == "," else None
    return None


def _subject_before_whose(verb):
    """"Ato X, a retired teacher … whose son works|ccomp as a driver in Dubai, told|ROOT MNS that …": the relative clause
    taken for what the verb reports, with the speaker hung on its verb as a first subject; else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    subjects = [c for c in clause.children if c.dep_ in SUBJECT and c.i < clause.i] if clause is not None else []
    if len(subjects) < 2 or not any(t.lower_ in ("whose", "who") for t in doc[subjects[0].i : subjects[-1].i + 1]):
        return None
    return subjects[0]


def _interviewed_before_agent(verb):
    """"a deminer interviewed by the independent site X affirmed|acl that …", the verb hung on the outlet that
    interviewed the speaker: the noun the participle describes; else None."""
    agent = verb.head
    participle = agent.head
    if not (verb.dep_ == "acl" and verb.tag_ == "VBD" and agent.i < verb.i and participle.i < agent.i
            and participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "case" and c.lower_ == "by" for c in agent.children)):
        return None
    doc = verb.doc
    return participle.head if not any(t.text in (",", ";", ":") for t in doc[participle.i : verb.i]) else None


def _agent_set_off(doc, k: int) -> bool:
    """Whether token ``k`` ends a participle's agent set off by commas: ", headed by Sheikh X," (whatever the parser
    hung the name on)."""
    comma = next((j for j in range(k - 1, max(k - 12, 0), -1) if doc[j].text == ","), None)
    return comma is not None and comma + 2 < k and agent_phrase_at(doc, comma)


def _named_after_fronted_participle(verb):
    """The name set off after a participle that opens the sentence, where the parser made the participle the root and
    the reporting verb its conjunct: "Reached by telephone in Kuwait City, Ziad Rahmé|appos, 34 years old, accountant
    …, confided|conj to Le Qadisha that …"; else None."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.tag_ not in ("VBN", "VBG") or head.i != sentence_start(head) \
            or any(c.dep_ in SUBJECT for c in head.children) or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    return next((doc[k + 1] for k in range(head.i + 1, verb.i - 1)
                 if doc[k].text == "," and doc[k + 1].ent_type_ in ("PERSON", "PER")), None)


# spans of time a sentence may be dated by: "a day after the mission reported …"
_TIME_SPANS = frozenset("day days week weeks month months year years hour hours minutes moments night".split())


def acts_after_time(verb):
    """Who acts in a time the parser took for the verb's subject or oblique: "…, a day|nsubj after an observer
    mission|nmod of … reported “…”" is the mission's report (else None)."""
    for c in verb.children:
        if c.i < verb.i and (c.dep_ in SUBJECT or c.dep_.startswith("obl")) and c.lower_ in _TIME_SPANS:
            acting = next((g for g in c.children if g.dep_ in ("nmod", "obl") and g.i > c.i
                           and any(k.dep_ == "case" and k.lower_ in ("after", "before") for k in g.children)), None)
            if acting is not None:
                return acting
    return None


def _who_before_conjunct(verb):
    """Whom "who" stands for, where the parser joined the reporting verb to the last verb of the relative clause set
    off before it: "a trader of the market of Bafatá, who asked that her name|nsubj not be published, confided|conj to
    Le Phare that …" (the clause's subject is not the speaker); else None."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.i > verb.i or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    rel = verb.head
    while rel.dep_ not in ("acl:relcl", "relcl"):
        if rel.dep_ not in CLAUSE and rel.dep_ != "conj" or rel.head.i == rel.i:
            return None
        rel = rel.head
    who = next((c for c in rel.children if c.lower_ == "who" and c.dep_ in SUBJECT), None)
    if who is None or who.i == 0 or doc[who.i - 1].text != "," or rel.head.i > who.i:
        return None
    noun = rel.head  # (the noun the parser hung it on may be the last of a chain: "a trader of the market|nmod of …")
    while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _origin_set_off(noun) -> bool:
    """Whether ``noun`` ends a place someone is from, set off by commas: "X, 26, from Nakhon Ratchasima, said"."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start >= 2 and doc[start - 1].text == "." and VOWELLESS.fullmatch(doc[start - 2].text):
        start -= 2  # (past an atoll's abbreviation: "X, 23, from Hdh. Kulhudhuffushi, told")
    return start >= 2 and doc[start - 1].lower_ == "from" and doc[start - 2].text == "," \
        and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","


def _verb_before_but(verb):
    """``The panel lifted the suspensions of X and Y, but said …`` with "Y" parsed as the subject of "said": a subject
    never stands before the comma of ", but said"; the verb is the first verb's, whose subject it shares."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 1 and doc[k].pos_ == "AUX" and doc[k].head.i == verb.i:
        k -= 1
    if k < 2 or doc[k].lower_ not in ("and", "but") or doc[k - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT and c.i < k - 1), None)
    if subject is None:
        return None
    start = sentence_start(verb)
    return next((t for t in reversed(doc[start : subject.i]) if t.tag_ in ("VBD", "VBZ", "VBP")
                 and any(c.dep_ in SUBJECT and c.i < t.i for c in t.children)), None)


def _closing_attribution_subject(verb):
    """The noun phrase between the last comma and a verb that ends its sentence (``…, a press statement issued
    yesterday by the Ministry … indicated.``), when the parser gave the verb no subject; else None."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].text not in (".", "!", "?") and not doc[nxt].is_space:
        return None
    comma = next((k for k in range(verb.i - 1, max(verb.i - 16, -1), -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= verb.i or doc[comma + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ") or any(
            t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.dep_ in ("acl", "amod")) for t in doc[comma + 1 : verb.i]):
        return None
    roots = [t for t in doc[comma + 1 : verb.i] if not comma < t.head.i < verb.i and t.pos_ in ("NOUN", "PROPN")]
    # (a name the parser split between two heads counts once: "…, Deputy Director General Nguyen|obl Van|obj Thanh of
    # the Department … emphasised.")
    named = {ent_bounds(t) for t in roots if t.ent_type_ in ("PERSON", "PER")}
    if len(roots) > 1 and len(named) == 1 and all(t.ent_type_ in ("PERSON", "PER") for t in roots):
        return roots[0]
    return roots[0] if len(roots) == 1 else None


def _closing_named_subject(verb):
    """The name set off after its office between the last commas before a verb that ends its sentence ("…, the
    director of the Naval Agency, Dorin Cebotari, has informed today."), whatever subject the parser gave the verb."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and (doc[nxt].lower_ in DAY_WORDS or doc[nxt].lower_ in TIME_WORDS):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text not in (".", "!", "?") and not doc[nxt].is_space:
        return None
    comma = verb.i - 1
    while comma >= 0 and (doc[comma].pos_ == "AUX" or doc[comma].pos_ == "ADV"):
        comma -= 1
    if comma < 4 or doc[comma].text != "," or doc[comma - 1].ent_type_ not in ("PERSON", "PER"):
        return None
    start = ent_bounds(doc[comma - 1])[0]
    office = next((k for k in range(start - 2, max(start - 12, -1), -1) if doc[k].text == ","), None)
    if start < 2 or doc[start - 1].text != "," or office is None \
            or not any(t.lower_ in ROLE_NOUNS for t in doc[office + 1 : start - 1]) or any(is_verb(t) for t in doc[office + 1 : start - 1]):
        return None
    return doc[start]


def _contrasted_subject(verb):
    """The subject of a joined verb that the parser hung on the first verb as a "while" phrase: "X has blamed …,
    while an armed group known as Y has denied that …" is the group's denial, not X's."""
    doc = verb.doc
    for c in verb.head.children:
        if c.dep_ in ("obl", "nmod", "npadvmod") and c.pos_ in ("NOUN", "PROPN") and verb.head.i < c.i < verb.i \
                and any(g.dep_ in ("case", "mark") and g.lower_ in ("while", "whereas") for g in c.children) \
                and all(t.dep_ in ("aux", "advmod", "punct") and t.text not in ",;:" for t in doc[c.right_edge.i + 1 : verb.i]):
            # (by its name where it is "known as" one)
            known = next((t for a in c.children if a.dep_ == "acl" and a.lower_ in ("known", "called", "named")
                          for t in a.children if t.pos_ == "PROPN" and t.i > a.i), None)
            return known or c
    return None


def _joins_the_report(verb) -> bool:
    """A past reporting verb the parser joined to the perfect or passive of the clause it follows, not to the verb
    that reported that clause."""
    head = verb.head
    # (or to its progressive, with a past the tagger made a participle: "said families were "still sleeping …" and
    # called|VBN on the consortium to …")
    progressive = verb.tag_ == "VBN" and head.tag_ == "VBG" and any(
        c.dep_ in ("aux", "cop") and c.lower_ in ("were", "was") for c in head.children)
    # (or an appeal after a quoted clause: 'said the nation "never doubted" Mariama and called|VBN on Sierra Leoneans to
    # …', the speaker's next act, whatever the tenses)
    appeal = verb.tag_ in ("VBD", "VBN") and lemma_of(verb) in ("call", "urge", "appeal") and any(
        t.is_quote for t in verb.doc[head.i : verb.i])
    return verb.dep_ == "conj" and (verb.tag_ == "VBD" or progressive or appeal) and head.i < verb.i and head.dep_ == "ccomp" \
        and not any(c.dep_ in SUBJECT or c.dep_.startswith("aux") for c in verb.children) \
        and (progressive or appeal or any(c.dep_.startswith("aux") and c.lower_ in ("had", "has", "have", "been") for c in head.children)) \
        and head.head.tag_ == "VBD" and is_cue(head.head) and is_cue(verb)


def _past_beside_present(verb):
    """The past reporting verb that a past cue with no subject of its own goes with, where the parser joined it to a
    present, an infinitive or a past perfect inside the reported clause: "X warned that three years "pass very fast" and asked …",
    "X recalled that Chile was among the first countries to ask for a pause and affirmed that …". A past verb does
    not share a subject with a present one; the report's verb is past."""
    head = verb.head
    # (a past the tagger took for a participle, with no auxiliary, counts: "… “condemns the attack” and called|VBN on …")
    # (nor with a past perfect: "X said that the Boeing had passed its inspection, and praised its captain …")
    perfect = verb.tag_ == "VBD" and head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or head.i >= verb.i or not is_cue(verb) \
            or head.tag_ not in ("VB", "VBP", "VBZ") and not perfect \
            or any(c.dep_ in SUBJECT or c.dep_.startswith("aux") for c in verb.children):
        return None
    below = head
    for up in head.ancestors:
        # (also a finite verb the parser hung on its subject: "The Ministry specified|acl …")
        if (up.tag_ == "VBD" or up.tag_ == "VBN" and up.dep_ == "acl") and is_cue(up):
            return up
        if _that_as_relative(below) and up.dep_ == "obl":
            below = up
            continue
        below = up
        if up.dep_ not in ("ccomp", "acl", "xcomp", "advcl") and up.head.i != up.i:
            return None
    return None


def _that_as_relative(clause) -> bool:
    """A that-clause the parser made a relative clause of the noun before it: "specified in a communiqué that|mark …"."""
    return clause.dep_ in ("acl:relcl", "relcl") and any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children)


def _with_subject(verb):
    """The noun of ``with`` right before a participle: "with President X saying"."""
    if verb.i == 0 or verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.head.i != noun.i and noun.head.i < verb.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun if any(c.lower_ == "with" and c.dep_ == "case" for c in noun.children) else None


def _sibling_before_participle(verb):
    """The noun the parser joined to the verb's head as a sibling, right before a participle's aside and the verb:
    "…; and the Colombian miner Ferney Rentería|conj, sent back from Keflavík, told|conj the daily …" (or the subject
    of the participle, taken for a sibling verb: "the Peruvian fisherman|nsubj X, sent|conj back from Lima, told|conj")."""
    doc = verb.doc
    if any(c.dep_ in SUBJECT for c in verb.children):
        return None
    sibling = next((c for c in sorted(verb.head.children, key=lambda c: -c.i) if c.dep_ == "conj" and c.i < verb.i), None)
    if sibling is not None and sibling.tag_ in ("VBN", "VBG"):
        sibling = next((c for c in sibling.children if c.dep_ in SUBJECT and c.i < sibling.i), None)
    noun = sibling if sibling is not None and sibling.pos_ in ("PROPN", "NOUN") else None
    if noun is None:
        return None
    end = noun.right_edge.i - (noun.right_edge.text == ",")  # (the comma after it may hang on it)
    if end + 2 >= verb.i or doc[end + 1].text != "," or doc[end + 2].tag_ not in ("VBN", "VBG") \
            or any(t.text in (";", ":") or t.dep_ in SUBJECT or t.i != verb.i and t.dep_ == "conj" and is_verb(t)
                   and t.i != end + 2 for t in doc[noun.i + 1 : verb.i]):
        return None
    return noun


def _inverted_after_quote(token):
    """The speaker set after a verb that follows a closing quote and its comma, where the parser hung the verb on the
    quote's own verb and took the speaker for its object: "… will be paid «as soon as …», guaranteed|conj today at a
    press conference in Maputo the spokeswoman|obj of Banco Licuáti, Célia Nhantumbo." (Portuguese word order)."""
    doc = token.doc
    if token.dep_ != "conj" or token.i < 2 or doc[token.i - 1].text != "," or doc[token.i - 2].text not in _CLOSING \
            or any(c.dep_ in SUBJECT for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.i > token.i
                 and (c.lower_ in ROLE_NOUNS or c.ent_type_ in ("PERSON", "PER"))), None)


def _antecedent(noun):
    """``noun``, or who the relative clause it ends speaks of: "A source close to the delegation, who requested the
    anonymity, | affirmed …" hung on "anonymity" is the source (or where the parser left it: the delegation); or the
    office it is the place of: "with the leader of the losing list accusing …" hung on "list" is the leader."""
    while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.lower_ in ROLE_NOUNS \
            and any(c.lower_ == "of" and c.dep_ == "case" for c in noun.children):
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("obj", "dobj") or verb.dep_ not in ("acl:relcl", "relcl") or verb.head.i >= verb.i \
            or not any(c.lower_ in ("who", "which") and c.dep_ in SUBJECT for c in verb.children):
        return noun
    head = verb.head
    if head.dep_ in ("obl", "nmod") and head.head.pos_ == "ADJ":
        # ("A source close to the delegation": the parser made "close" the root and the source its subject)
        return next((c for c in head.head.children if c.dep_ in SUBJECT and c.pos_ in ("NOUN", "PROPN")), head)
    if head.dep_ in ("obl", "nmod") and head.head.dep_ == "acl" and head.head.tag_ == "VBG" and head.head.head.pos_ == "NOUN" \
            and any(c.lower_ == "who" for c in verb.children):
        # ("A Lebanese nurse working in a hospital of Salmiya, who requested anonymity, affirmed": who is the nurse)
        return head.head.head
    return head


def _who_before_channel(subject, verb):
    """The person a relative "who" stands for, where the parser took the outlet named after it for the verb's
    subject: "Enjargal Batbayar, who in statements to the agency MGN of her country promised …"; or a noun of the
    relative clause: "The prelate, who obtained in 2024 the release|nsubj of two nuns …, said"."""
    doc = subject.doc
    who = next((t for t in doc[max(0, subject.i - 8) : subject.i] if t.lower_ == "who"), None)
    if who is None or who.i < 2:
        return None
    comma = who.i - 1
    # (or after a short appositive that the "who" hangs on: "Captain X, a Georgian who has commanded the MV Y|nsubj
    # since …, told …")
    while comma > who.i - 4 and comma > 1 and doc[comma].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and doc[comma].ent_type_ not in ("PERSON", "PER"):
        comma -= 1
    if doc[comma].text != ",":
        return None
    before = doc[comma - 1]
    if before.ent_type_ in ("PERSON", "PER") and any(t.lower_ in ("to", "with") for t in doc[who.i : subject.i]):
        return before
    # (the relative clause has its verb before the noun and closes with a comma before the reporting verb)
    if (before.ent_type_ in ("PERSON", "PER") or before.lower_ in ROLE_NOUNS) and verb.i > subject.i \
            and any(is_verb(t) for t in doc[who.i + 1 : subject.i]) and not any(t.text == "," for t in doc[who.i : subject.i]) \
            and any(t.text == "," for t in doc[subject.i : verb.i]):
        return before
    return None


def _when_or_aside(token) -> bool:
    """A word the parser may take for a verb's subject that says when, or that the sentence steps aside:
    "Tuesday", "Last week", "Meantime"."""
    return token.lower_ in TIME_WORDS or token.lower_ in DIGRESSIONS or token.lower_ in WHEN_NOUNS and any(
        c.lower_ in ("last", "this", "next", "that", "every") for c in token.children)


def _after_comma(token) -> bool:
    """A participle that opens a phrase after a comma: "…, adding that …", "…, while pledging to …"."""
    doc = token.doc
    k = token.i - 1
    if k >= 0 and doc[k].lower_ in ("while", "before", "after"):
        k -= 1
    while k >= 0 and doc[k].is_quote:  # ("…on a large scale,” while pledging …")
        k -= 1
    return k >= 0 and doc[k].text == ","


def _set_off(noun, verb) -> bool:
    """A dash between a noun and a later verb: the noun is a gloss ("— a negotiator of the
    impossible — and said"), not the verb's subject."""
    return any(t.text in DASHES or t.text == "--" for t in noun.doc[noun.i + 1 : verb.i])


# what a source is near to: "A source close to the file", "officials familiar with the talks"
CLOSE_TO = frozenset(("close", "near", "familiar"))
# what a speaker's words came through, hung on the speaker: "X in a statement said"
_CHANNEL_NOUNS = frozenset("interview conversation statement communique communiqué release message letter post".split())
# where or in whose turn one spoke, hung on the speaker: "Georgian minister in his turn emphasized", "said Tavakoli on
# the joint briefing", "X for her part"
_SETTING_NOUNS = frozenset("turn part side briefing conference meeting session summit forum".split())
_ARTICLE_LED = re.compile(rf"{ARABIC_ARTICLE}[A-Z]")
# what opens a phrase that says when or where, never part of the speaker it comes before
_SCENE_PREPOSITIONS = frozenset("in at on during after before since".split())


def _np_span(ctx: Context, head) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``head``, without appositives or relative clauses."""
    doc = ctx.doc
    # "Mining, Blue Economy and Maritime Affairs Cabinet Secretary Jeremiah Kimutai": a portfolio's list parsed as the
    # subject, the office and its holder as its last conjunct: the holder speaks
    conj = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if conj and doc[head.i + 1].text == "," and head.ent_type_ not in ("PERSON", "PER"):
        last = conj[-1]
        words = doc[last.left_edge.i : last.right_edge.i + 1]
        office = next((t for t in reversed(words) if t.is_title and t.lower_ in ROLE_NOUNS), None)
        if office is not None and office.i + 1 < len(doc) and doc[office.i + 1].ent_type_ in ("PERSON", "PER"):
            end = office.i + 1
            while end < len(doc) and doc[end].ent_type_ in ("PERSON", "PER") and doc[end].pos_ == "PROPN":
                end += 1
            return office.i, end
    # "X, Chairwoman of Sri Lanka's … Authority, was quoted …" with the name parsed as a compound of the body: the
    # person her office is given to speaks, not the body it is of
    named = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.ent_type_ in ("PERSON", "PER")
                  and any(a.dep_ == "appos" and doc[a.i - 1].text == "," for a in c.children)), None)
    if named is not None and head.ent_type_ not in ("PERSON", "PER"):
        return ent_bounds(named)
    keep = {head.i}

    def walk(tok) -> None:
        for child in tok.children:
            # (the words between by case too: "Deputy Foreign|ADJ Minister")
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i == tok.i + 1 + sum(
                    1 for t in tok.doc[tok.i + 1 : child.i] if t.pos_ == "PROPN" or t.is_title):
                keep.add(child.i)  # "Attorney General Roy Cooper": a name right after its office, no comma between
                walk(child)
                continue
            if child.dep_ == "acl" and tok.lower_ in WRITINGS and child.tag_ == "VBN" and child.i == tok.i + 1:
                keep.update(range(child.left_edge.i, child.right_edge.i + 1))  # "the statement issued by the Command"
                continue
            if child.i > head.i and (child.lower_ in _CHANNEL_NOUNS and any(
                    c.dep_ == "case" and c.lower_ in ("in", "during") for c in child.children)
                    or child.lower_ in _SETTING_NOUNS and any(
                    c.dep_ == "case" and c.lower_ in ("in", "on", "at", "during", "for", "from") for c in child.children)):
                # "Political scientist X in the conversation with Khazar Press stated", "the Ministry of Foreign Affairs
                # in a statement said": the channel, not X
                continue
            if child.i > head.i and child.lower_ in MEDIA_NOUNS and child.is_lower and any(
                    c.dep_ == "case" and c.lower_ in ("for", "to") for c in child.children) \
                    and all(c.dep_ in ("case", "det") for c in child.children):
                # ("«…,« said Ana Kovač for the agency": whom it was said for; not "A spokeswoman for the European
                # Maritime Safety Agency")
                continue
            if child.i < head.i and child.left_edge.dep_ == "case" and child.left_edge.i == head.left_edge.i \
                    and child.left_edge.lower_ in _SCENE_PREPOSITIONS:
                continue  # ("In the meantime the Chadian minister X stated": a phrase that sets the scene opens it)
            if child.i > head.i and child.lower_ in WHEN_NOUNS and any(g.lower_ in ("last", "this", "yesterday") for g in child.children):
                continue  # ("The Prime Minister last night said": when, not who)
            if child.dep_ == "nsubj" and child.i < tok.i and tok.pos_ == "NOUN" and child.tag_ in ("NN", "NNS") \
                    and not any(c.dep_ == "cop" for c in tok.children):
                # (a noun the tagger made a verb, its subject hung on the head: "A Tamil Nadu fisheries|nsubj
                # department official, who …, said")
                keep.add(child.i)
                walk(child)
                continue
            if child.dep_ in _NP_STOP or (child.dep_ == "cc" and tok is head):
                if child.dep_ == "punct" and child.text in ("-", "'", "’", "."):
                    keep.add(child.i)
                continue
            keep.add(child.i)
            walk(child)

    walk(head)
    lo = hi = head.i
    while lo - 1 in keep and ctx.doc[lo - 1].text != ",":
        lo -= 1
    if lo == head.i and head.lower_ in STANDS_FOR and lo > 0 and doc[lo - 1].lower_ == "the":
        lo -= 1  # ("The concerned|amod declared", its article hung elsewhere)
    # (a plural possessive inside a body's name, where the parser ended the phrase: "The Manila-based Anchorline
    # Fishers' Welfare Network said")
    if lo >= 2 and doc[lo - 1].text in ("'", "’") and not doc[lo - 2].whitespace_ and doc[lo - 2].lower_.endswith("s") \
            and doc[lo - 2].is_title and doc[lo].is_title:
        lo -= 2
        while lo > 0 and (doc[lo - 1].is_title or "-" in doc[lo - 1].text) and doc[lo - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            lo -= 1
        if lo > 0 and doc[lo - 1].lower_ == "the":
            lo -= 1
    while hi + 1 in keep and ctx.doc[hi + 1].text not in (",", "(", ":", ";"):
        hi += 1
    # (and what a source is close to, where the parser made "close" the root and the source its subject: "A source
    # close to the file| assured …")
    close = head.head
    if head.dep_ in SUBJECT and close.i == hi + 1 and close.pos_ == "ADJ" and close.lower_ in CLOSE_TO:
        hi = max((c.right_edge.i for c in close.children if c.i > close.i and c.dep_ in ("obl", "nmod", "prep")), default=hi)
    # a title alone is no speaker: "H.E.|nsubj Dr. Salma bint Rashid Al Busaidi, …" is the name after it
    # (also one whose stop the tokenizer split off: "said Barr.| Ebiere X", "Cllr."; not "William Barr. He")
    stop = bool(hi + 2 < len(doc) and doc[hi + 1].text == "." and not doc[hi].whitespace_ and doc[hi + 2].pos_ != "PRON" \
        and doc[hi + 2].is_title and (doc[hi].lower_ + "." in ABBREVIATED_TITLES | SURNAME_TITLES or VOWELLESS.fullmatch(doc[hi].text)) \
        and not (hi > 0 and doc[hi - 1].is_title))
    if doc[hi].lower_.rstrip(".") in TITLES or doc[hi].lower_ in ("h.e.", "h.h.") or stop:
        hi += bool(stop)
        while hi + 1 < len(doc) and hi - head.i < 8 and (doc[hi + 1].is_title and not doc[hi + 1].is_punct
                                                         or doc[hi + 1].lower_ in PATRONYMIC or doc[hi + 1].lower_ == "al"):
            hi += 1
    # (also a name the NER missed, after its honorific: "President of the Myanmar Chess Federation U Kyaw Min Htut")
    if hi + 2 < len(doc) and honorific(doc[hi + 1]) and doc[hi + 2].is_title and doc[hi + 2].pos_ == "PROPN":
        hi += 2
        while hi + 1 < len(doc) and doc[hi + 1].is_title and doc[hi + 1].pos_ == "PROPN" and hi - head.i < 12:
            hi += 1
    # a name right after its office is part of the speaker: "Iran's spokesman Mahmoud Rezvanifar", "Secretary of
    # State for Northern Ireland|GPE Hilary Benn" (the parser may hang the name elsewhere)
    if hi + 1 < len(ctx.doc) and ctx.doc[hi + 1].ent_type_ in ("PERSON", "PER") and (
            not ctx.doc[hi].ent_type_ or ctx.doc[hi + 1].ent_iob_ == "B"):
        hi += 1
        while hi + 1 < len(ctx.doc) and ctx.doc[hi + 1].ent_iob_ == "I" and ctx.doc[hi + 1].ent_type_ in ("PERSON", "PER"):
            hi += 1
    # (and past the body's initials to the name after them: "Chairman of the … Federation (MMSF) U Kyaw Thiha Lwin said")
    if hi + 4 < len(doc) and doc[hi + 1].text == "(" and doc[hi + 2].is_upper and doc[hi + 3].text == ")" \
            and any(t.lower_ in ROLE_NOUNS for t in doc[lo : hi + 1]):
        end = hi + 4
        while end < len(doc) and end - hi <= 9 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        # (or the sentence's end, after its verb: "…, stated for the agency the president of the … (NSPO) Dragan X.")
        if end - hi - 4 >= 2 and end < len(doc) and (is_verb(doc[end]) or doc[end].text == "," or doc[end].text == "."
                                                        and any(is_verb(t) for t in doc[doc[lo].sent.start : lo])):
            hi = end - 1
    # an entity the span cuts into is taken whole
    for k in (lo, hi):
        tok = ctx.doc[k]
        if tok.ent_type_:  # (by its IOB marks: doc.ents builds every entity on each look-up)
            start, end = ent_bounds(tok)
            if GLUED_INITIAL.match(ctx.doc[lo].text):
                start = lo  # (not back over an outlet the NER ran into the name: "to Tulpar Inform A.Zhumaliev|MISC")
            elif tok.ent_type_ in ("PERSON", "PER") and doc[start].text in OUTLET_ARTICLES and (named := next((
                    e for e in person_ents(ctx.doc) if start < e.start <= k < e.end), None)):
                start = named.start  # (nor over one that the names keep apart: "to Le Qadisha Georges Fakhoury|PERSON")
            lo, hi = min(lo, start), max(hi, end - 1)
    # and a name goes on back over its "bin": "Dr. Khalid bin | Jassim Al-Suwaidi" (as the NER may cut it)
    while lo >= 2 and ctx.doc[lo - 1].lower_ in ("bin", "ibn", "ben", "bint") and ctx.doc[lo - 2].pos_ == "PROPN" \
            and ctx.doc[lo - 2].text[:1].isupper():
        lo -= 2
        while lo >= 1 and ctx.doc[lo - 1].pos_ == "PROPN" and ctx.doc[lo - 1].text[:1].isupper() and hi - lo < 8:
            lo -= 1
    # and on over one the NER cut at, or a Welsh "ap": "team leader Dafydd Rhys | ap Ifan", "Khalid | bin Jassim"
    while hi + 2 < len(doc) and doc[hi + 1].lower_ in NAME_LINKS and doc[hi].pos_ == "PROPN" \
            and doc[hi + 2].pos_ == "PROPN" and doc[hi + 2].text[:1].isupper():
        hi += 2
        while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].text[:1].isupper() and hi - lo < 8:
            hi += 1
    # (and on over an article-led word the tagger made punctuation: "an armed group known as Jabhat al-Wadi|PUNCT")
    while hi + 1 < len(doc) and doc[hi].pos_ == "PROPN" and _ARTICLE_LED.match(doc[hi + 1].text):
        hi += 1
    # "with Syria's foreign minister saying": a preposition the parser hung on the subject is not the speaker
    while lo < hi and (ctx.doc[lo].is_punct or ctx.doc[lo].is_space or ctx.doc[lo].lower_ in ("and", "but")
                       or ctx.doc[lo].pos_ == "ADP" and ctx.doc[lo].head.i >= lo):
        lo += 1
    while hi > lo and ctx.doc[hi].is_space:
        hi -= 1
    # (nor an outlet's name the NER ran into the speaker's, nor when: "declared to The Cedar Ledger| Nadim
    # Khoury|PERSON on Friday evening")
    outlet = max((j for j in range(lo, min(hi, head.i)) if doc[j].text in OUTLET_NAME_WORDS and doc[j].is_title
                  and doc[j + 1].is_title and doc[j + 1].ent_type_ in ("PERSON", "PER")), default=None)
    if outlet is not None:
        lo = outlet + 1
        hi = next((j - 1 for j in range(head.i + 1, hi) if doc[j].lower_ == "on" and doc[j + 1].lower_ in TIME_WORDS), hi)
    owner = hi + 1 if hi + 1 < len(doc) and doc[hi + 1].text in ("'s", "’s") else hi if doc[hi].text in ("'s", "’s") else None
    if owner is not None and owner + 1 < len(doc) and doc[owner - 1].pos_ == "PROPN" and doc[owner + 1].pos_ in ("NOUN", "ADJ"):
        # (a body's own unit that speaks for it: "…, confirms the Foreign Ministry's press service to Tjäder")
        k = owner + 1
        while k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
            k += 1
        hi = k if doc[k].pos_ == "NOUN" else hi
    if hi > lo and doc[hi].text == "," and hi + 2 < len(doc) and doc[hi + 1].ent_type_ in ("PERSON", "PER"):
        # (an entity the NER ran over the office's comma: "the Tajik Prosecutor General's Office|ORG ,|ORG Dzjamsjed
        # Rachmonov, said": on to the name set off after it)
        hi += 1
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I" and doc[hi + 1].ent_type_ in ("PERSON", "PER"):
            hi += 1
    if after_partner(doc, lo) and doc[lo].is_title:
        lo -= 2  # (a firm's partners, the parser hung on the last: "Kessler & |Aumann Gleisbau said")
    return lo, hi + 1


def _relative_start(doc, lo: int, hi: int) -> int:
    """Where a relative clause starts in doc[lo:hi] (``a tribal elder whose son has been detained``), else hi:
    its verbs belong to the aside, not to the sentence."""
    return next((j for j in range(lo, hi) if doc[j].lower_ in ("who", "whose", "which")), hi)


def is_adverbial(tok) -> bool:
    """A word between a speaker and its verb ("also", "has", "not"); a noun the parser called advmod is not one,
    nor a name the tagger called an adverb ("UNHCR said", "Ter-Ghazaryan|MISC called")."""
    if tok.ent_type_ in ("ORG", "PERSON", "PER", "MISC") or tok.is_upper and len(tok) > 1 and tok.is_alpha:
        return False
    return tok.pos_ in ("ADV", "AUX") or tok.dep_ in ("aux", "neg") or tok.dep_ == "advmod" and tok.pos_ not in ("NOUN", "PROPN", "PRON")


def _ends_according(doc, subj) -> bool:
    """Whether ``subj`` ends an "According to …" phrase the parser cut in two: "According to the Trinidadian newspaper
    The Caroni Record|nsubj, ambassador X, … said"."""
    if subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return False
    for j in range(subj.left_edge.i - 1, max(0, subj.left_edge.i - 8) - 1, -1):
        if doc[j].text in (",", ".", "!", "?", ";", ":") or doc[j].is_space:
            return False
        if doc[j].lower_ == "according":
            return True
    return False


def _outer_report(verb):
    """The outermost reporting verb, with a subject of its own, whose reported clause holds ``verb``; None where
    ``verb`` is in no reported clause."""
    outer = None
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        if is_cue(verb) and any(c.dep_ in SUBJECT for c in verb.children):
            outer = verb
    return outer


def _right_after_and(doc, verb) -> bool:
    """Whether ``verb`` follows "and" or "but" right away, or with its auxiliary between ("… and has asked")."""
    k = verb.i - 1
    if k >= 1 and doc[k].pos_ == "AUX" and doc[k].head.i == verb.i:
        k -= 1
    return k >= 0 and doc[k].lower_ in ("and", "but")


# what may stand before a verb that opens its clause: "And stressed X …"
_BEFORE_FIRST_VERB = frozenset({"and", "also", "then"})


def name_after_first_verb(ctx: Context, cue):
    """The name right after a verb that opens its sentence (after "And", or an opening phrase and its comma), as copy
    translated from Arabic puts the verb before its subject: "Confirmed Dr. X, Undersecretary of …, that …", "And
    stressed El-Sayyad …", "For his part, confirmed Eng. X, head of …, to Al-Fanous that …"; or None."""
    doc = ctx.doc
    start = sentence_start(cue)
    if not (cue.tag_ in ("VBD", "VBN") and subject_of(cue) is None and (
            all(t.lower_ in _BEFORE_FIRST_VERB or t.is_space for t in doc[start : cue.i])
            # (an opening phrase of circumstance, not the subject's appositive: "The inspector …, X, informed AMN that")
            # (nor one that ends on a name in commas, who speaks: "In the village of X, the head of the association,
            # Gulnara Y, told Karadeniz Ajansı that …")
            or cue.i > start + 1 and doc[cue.i - 1].text == "," and doc[start].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ")
            and not any(is_verb(t) for t in doc[start : cue.i]) and doc[cue.i - 2].ent_type_ not in ("PERSON", "PER"))):
        return None
    # (a body after a verb of telling is whom it was told: "informed AMN")
    labels = ("PERSON", "PER") if lemma_of(cue) in ADDRESSEE_CUES else ("PERSON", "PER", "ORG")
    named = next((e for e in doc_ents(doc) if e.label_ in labels and e.start in (cue.i + 1, cue.i + 2, cue.i + 3)
                  and all(t.lower_ in ABBREVIATED_TITLES or t.text == "." for t in doc[cue.i + 1 : e.start])), None)
    if named is None and cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ == "PROPN" and doc[cue.i + 1].is_title:
        # (or a surname the article gave a person before, whatever the NER made of it here: "And stressed El-Naggar|LOC")
        end = cue.i + 1
        while end < len(doc) and end - cue.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if any(e.end <= cue.i and e[-1].text == doc[end - 1].text for e in person_ents(doc)):
            named = doc[cue.i + 1 : end]
    if named is None and cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ in ("the", "his", "her"):
        # (or an office the article gave a person, as the agency calls him again: "And affirmed the Minister, in a
        # press point …, that", "And stressed His Excellency the necessity of …")
        end = cue.i + 2
        while end < min(len(doc), cue.i + 5) and (doc[end].is_title or doc[end].pos_ == "ADJ") \
                and doc[end].lower_ not in ROLE_NOUNS and doc[end].lower_ != "excellency":
            end += 1
        if end < len(doc) - 1 and (doc[end].lower_ in ROLE_NOUNS or doc[end].lower_ == "excellency") and doc[end].is_title \
                and (doc[end + 1].text == "," or doc[end + 1].lower_ in ("the", "that", "to")):
            named = doc[cue.i + 1 : end + 1]
        # (or the office and its holder's name in commas after it: "For his part, confirmed the owner of the X Company,
        # Mr. Y, to Silphium that …", "And announced His Excellency the Director General of …, Eng. Y, that …")
        comma = next((k for k in range(cue.i + 2, min(len(doc) - 2, cue.i + 16)) if doc[k].text == ","), None)
        holder = next((e for e in person_ents(doc) if comma is not None and comma < e.start <= comma + 3
                       and all(t.lower_ in ABBREVIATED_TITLES or t.text == "." for t in doc[comma + 1 : e.start])), None)
        if holder is not None and holder.end < len(doc) and doc[holder.end].text == "," \
                and any(t.lower_ in ROLE_NOUNS for t in doc[cue.i + 2 : comma]) and not any(is_verb(t) for t in doc[cue.i + 1 : comma]):
            named = holder
    return named


def _past_age_or_origin(doc, k: int) -> int:
    """The token before an age or an origin set off after a name, where the age or origin ends at token ``k`` (a comma
    after it): ", 19", ", of 22 years", ", aged 68" (the ages ``people.age_openings`` knows), ", from Vemasse"; else
    ``k``."""
    openings = age_openings(doc)
    age = next((m for m in (k - 1, k - 2, k - 3) if m >= 1 and openings[m] and doc[m].text == ","
                and not any(t.text in (",", "(", ")") for t in doc[m + 1 : k + 1])), None)
    if age is not None:
        return age - 1
    origin = next((j for j in (k - 1, k - 2) if j >= 2 and doc[j].lower_ == "from" and doc[j - 1].text == ","), None)
    if origin is not None and all(t.is_title for t in doc[origin + 1 : k + 1]):
        return origin - 2
    return k


def _surface_speaker(ctx: Context, cue, after: bool):
    """A noun phrase right after the cue (said the minister) or right before it (the minister said)."""
    doc = ctx.doc
    if after:
        k = cue.i + 1
        if k < len(doc) and doc[k].dep_ in ("compound:prt", "prt") and doc[k].head.i == cue.i:
            k += 1  # (past its particle: "„…,“ pointed out Vučković")
        # (past the time: "…, affirmed today the Chilean chancellor, X", "declared on Monday the minister")
        # (and its part: "– declared Thursday evening to Zembra FM X")
        while k + 1 < len(doc) and (doc[k].lower_ in DAY_WORDS or doc[k].lower_ in ("on", "this") and doc[k + 1].lower_ in DAY_WORDS
                                    or doc[k].lower_ in DAY_PARTS and doc[k - 1].lower_ in DAY_WORDS):
            k += 1
        k = _past_place(doc, k)  # (and the place: "…,” said from Geneva its spokeswoman, X")
        # (and a manner in commas: "«…», declared, in tears, the widow, X")
        close = next((j for j in range(k + 2, min(k + 6, len(doc))) if doc[j].text == ","), None) \
            if k < len(doc) and doc[k].text == "," else None
        if close is not None and close + 1 < len(doc) and (doc[close + 1].lower_ in ("the", "his", "her", "their") or doc[close + 1].tag_ == "PRP$") \
                and not any(is_verb(t) or t.pos_ in ("PROPN", "PRON") for t in doc[k + 1 : close]):
            k = close + 1
        audience = noun_phrase_at(doc, k + 1) if k + 1 < len(doc) and doc[k].lower_ == "to" else None
        if audience is not None and (own := own_words_at(doc, k + 1)):
            if k + 1 + own >= len(doc) or doc[k + 1 + own].is_punct:
                return None  # ("declared to our editorial staff, in the family home, that …": no speaker after it)
            k += 1 + own  # "…, confirmed to this medium sources of the Chancellery"
        elif audience is not None and (audience[0].lower_ in NOT_MEDIA or _noun_phrase_after(doc, _past_place(doc, audience[1])) is not None):
            # "…, declared to journalists the director of the department X" (or to an outlet: "…", declared Thursday
            # to AMX the Minister of Equipment, Mr. X"; "affirmed to Intipress from Bratislava the captain …")
            k = _past_place(doc, audience[1])
        elif k + 2 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].ent_type_ == "ORG" and doc[k + 1].ent_iob_ == "B" \
                and (end := ent_bounds(doc[k + 1])[1]) < len(doc) and (doc[end].pos_ in ("DET", "PROPN", "ADJ") or doc[end].tag_ == "PRP$"):
            k = end  # "«…», declared to MPA his mother, X": the outlet, whatever its tag, then who spoke
        elif k + 3 < len(doc) and doc[k].lower_ == "to" and (end := next((j for j in range(k + 1, min(k + 5, len(doc)))
                                                                          if not doc[j].is_title), k + 1)) > k + 1 \
                and end + 1 < len(doc) and doc[end].lower_ in ("the", "his", "her", "its", "their") and doc[end + 1].lower_ in ROLE_NOUNS | KIN_NOUNS:
            k = end  # (whatever the NER made of the outlet's name: "”, precised to Quillay|PERSON the president of …, X")
        elif k + 3 < len(doc) and doc[k].lower_ == "to" and (end := outlet_name_end(doc, k + 1)) is not None:
            k = end  # ("», declared to The Sannine Daily Charbel Abi Raad": the outlet by its name's word, then who spoke)
        elif lemma_of(cue) in ADDRESSEE_CUES and k + 2 < len(doc) and doc[k].ent_type_ and doc[k].text[:1].isupper() \
                and (end := ent_bounds(doc[k])[1]) + 1 < len(doc) and (doc[end].lower_ == "the" or doc[end].tag_ == "PRP$") \
                and doc[end + 1].lower_ in ROLE_NOUNS | KIN_NOUNS:
            k = end  # ("” – told Délkör|VBG his mother, X": whom it told, whatever its tag, then who spoke)
        elif k + 3 < len(doc) and doc[k].lower_ == "to" and (named := next((
                e for e in person_ents(doc) if k + 2 < e.start <= k + 4 and doc[k + 1].ent_iob_ == "B"
                and ent_bounds(doc[k + 1])[1] > e.start and all(t.is_title for t in doc[k + 1 : e.start])), None)) is not None:
            k = named.start  # ("», confided to Le Qadisha Georges Fakhoury|PERSON, adviser …": the outlet inside the name)
        channel = LEADING_CHANNEL.match(ctx.text, doc[k].idx) if k < len(doc) else None
        if channel is not None:  # "», – stated for the daily «X» the director of …": the outlet, then who spoke
            k = next((t.i for t in doc[k:] if t.idx >= channel.end()), k)
        named = _office_then_name(doc, k) or _lower_office_then_name(doc, k)
        if named is not None:
            return named
        found = noun_phrase_at(doc, k) if k < len(doc) and doc[k].lower_ != "that" else None  # ("had demanded Tuesday that")
        if found is not None and lemma_of(cue) in ADDRESSEE_CUES:
            # "», — told CTA the deputy minister X", "…, informed journalists on Wednesday the deputy minister X": who
            # heard it (and when), then who spoke (machine-translated word order)
            found = _noun_phrase_after(doc, found[1]) or found
        return found[0] if found is not None else None
    k = cue.i - 1
    while k >= 0 and (is_adverbial(doc[k]) or doc[k].pos_ == "AUX" and doc[k].head.i == cue.i and doc[k].dep_ == "aux"
                      or doc[k].lower_ in ("today", "yesterday") and doc[k].head.i == cue.i):
        k -= 1  # (and its auxiliary: "X, the aide of …, had demanded"; and the day: "X, M.P., today| posited")
    if k >= 3 and doc[k].lower_ == "part" and doc[k - 1].lower_ in ("his", "her", "its", "their") and doc[k - 2].lower_ == "for":
        # "X has for her part announced": past the aside, and the auxiliary before it (machine-translated French)
        k -= 3
        while k >= 0 and doc[k].pos_ in ("AUX", "VERB") and doc[k].lower_ in ("has", "have", "had", "is", "was"):
            k -= 1
    if k >= 4 and doc[k].text == "," and doc[k - 1].is_quote \
            and (opening := next((j for j in range(k - 2, max(k - 7, 0), -1) if doc[j].is_quote), None)) is not None \
            and doc[opening - 1].text == "," and all(t.is_title or not t.is_alpha for t in doc[opening + 1 : k - 1]):
        k = opening - 1  # (past a programme's name in quote marks: "…, speaking to X's morning show, ‘Ekuseni’, said")
    # "X, who is on a working visit in Baku, in interview to AMI informed that …": the channel, then who spoke
    # (or "Political scientist X in the conversation with Khazar Press stated")
    k = next((j - 1 for j in range(max(0, k - 8), k) if doc[j].lower_ == "in"
              and ((m := LEADING_CHANNEL.match(ctx.text, doc[j].idx)) is not None and m.end() == cue.idx
                   or _CHANNEL_BEFORE_CUE.fullmatch(ctx.text, doc[j].idx, cue.idx))), k)
    if k >= 2 and doc[k].lower_ in TIME_WORDS and doc[k - 1].lower_ in ("on", "last", "this"):
        k -= 2  # "Foreign Minister X on Tuesday urged …" (with the parser's split before "on")
    if k >= 3 and doc[k].text == "," and doc[k - 1].text == ")":
        # "X (quoted by the Bahraini agency Sadaf), affirmed": past the brackets, whatever the parser made of them
        opening = next((j for j in range(k - 2, max(k - 14, 0), -1) if doc[j].text in ("(", ")")), None)
        if opening is not None and doc[opening].text == "(" and doc[opening - 1].pos_ in ("PROPN", "NOUN") \
                and doc[opening + 1].tag_ in ("VBN", "VBG"):  # (an aside, not a name's initials: "(OCHA)", "(Cyprus)")
            k = opening - 1
    if k >= 3 and doc[k].text == ",":
        # (a relative clause with commas of its own: "Yusmary Rondon, whose son Kelvin, 19, was among the dead, had told";
        # "Dwayne Abrams, of 22 years, who remains hospitalized in Bartica, affirmed")
        named = _antecedent_at(doc, rel) if (rel := _relative_opening(doc, k, 25)) is not None else None
        if named is not None:
            k = named[1] - 1
        # (or the writing it was said in, with commas of its own: "The company X, in a communiqué read in Georgetown by
        # the lawyer Y, assured"; "The Village Council, in a letter read on this station's programme, “Creek Talk”, on
        # Tuesday, asked")
        writing = next((j for j in range(k - 1, max(k - 30, 1), -1) if doc[j].text == "," and doc[j + 1].lower_ in ("in", "through")
                        and any(t.lower_ in WRITINGS for t in doc[j + 2 : min(j + 5, k)])), None) if named is None else None
        if writing is not None and doc[writing - 1].pos_ in ("PROPN", "NOUN") and not any(
                t.text in (";", ":") or t.is_sent_start for t in doc[writing : k]):
            k = writing - 1
    if k >= 1 and doc[k].text == ",":  # "Mitch McConnell, R-Ky., said": step over the appositive
        # (not a comma inside a quoted title: "X, author of the book "Blue Helmets, Green Flag", said")
        opening = next((j for j in range(k - 1, max(k - 30, -1), -1) if doc[j].text == "," and not _in_quoted_title(ctx, doc[j])), None)
        # an appositive, a participle's aside ("Caferiyan, speaking to Iranian state television, described")
        # or a relative clause ("Bassam Nouri, who attended the meeting, said")
        # (or a past participle's: "A Turkish diplomat, asked about the issue this week, said")
        participle = doc[opening + 1].tag_ == "VBG" if opening is not None else False
        participle = participle or opening is not None and doc[opening + 1].tag_ in ("VBN", "VBD") and doc[opening + 1].lower_.endswith("ed") \
            and not any(c.dep_ in SUBJECT and c.i > opening for c in doc[opening + 1].children) \
            and (not doc[opening + 1].is_ancestor(cue) or _relayed_by(doc, opening + 1))  # (not "…, denied the report, having called it …")
        # (its honorific before it too: "the managing director of Kymothoe|PERSON, Mr. Spyridon X, has affirmed")
        first = opening + 2 if opening is not None and honorific(doc[opening + 1]) else opening + 1 if opening is not None else None
        if first is not None and (doc[first].ent_type_ in ("PERSON", "PER") and doc[first].ent_iob_ == "B" and ent_bounds(doc[first])[1] == k
                                  # (or, after an honorific, whatever the NER made of it: "the Minister of Lands, Babe
                                  # Sipho Shongwe|LOC, told")
                                  or first > opening + 1 and first < k <= first + 3 and all(t.is_title and t.pos_ == "PROPN" for t in doc[first:k])) \
                and any(t.lower_ in ROLE_NOUNS for t in doc[max(0, opening - 6) : opening]):
            return doc[k - 1]  # "the director of Neretva Konstrukt, Almir X, assured", parsed apart: the name set off
        # (an office the tagger made a verb is still a noun: ", specialist|NOUN|VB in adaptation …,")
        if opening is not None and (not any(is_verb(doc[j]) and not (doc[j].pos_ == "NOUN" and doc[j].lower_ in ROLE_NOUNS)
                                            for j in range(opening + 1, _relative_start(doc, opening + 1, k)))
                                    or participle and not any(is_verb(doc[j]) and not (doc[j].tag_ == "VB" and doc[j - 1].tag_ in ("NN", "NNP", "POS"))
                                                              for j in range(opening + 2, k))
                                    # (or what people call them: "Captain X, as older people here still call him, answered")
                                    or doc[opening + 1].lower_ == "as" and doc[k - 1].lower_ in ("him", "her", "them")
                                    and any(lemma_of(t) in ("call", "know", "name") for t in doc[opening + 2 : k - 1])):
            # (a noun the tagger made a bare verb is no verb of the aside: "speaking to X's morning show|VB")
            stepped_name = any(t.ent_type_ in ("PERSON", "PER") for t in doc[opening + 1 : k])  # (what was stepped over)
            k = opening - 1
            # (and a place of origin set off before it: "the chief officer, native of Puerto Cabello, Carabobo state,"; or
            # joined to an office set off before it: "X, boatswain of the ship and native of La Ceiba, Atlántida,")
            origin = next((j for j in range(k - 1, max(k - 6, 0), -1) if doc[j].text in (",", "and")), None)
            if origin is not None and doc[origin + 1].lower_ in ORIGIN_WORDS and not any(is_verb(doc[j]) for j in range(origin + 1, k + 1)):
                k = origin - 1
                office = next((j for j in range(k, max(k - 8, 0), -1) if doc[j].text == ","), None) if doc[origin].text == "and" else None
                if office is not None and any(t.lower_ in ROLE_NOUNS for t in doc[office + 1 : origin]):
                    k = office - 1
            k = _past_age_or_origin(doc, k)  # (and an age set off before that: "Able Seaman X, 34, from Ada, said")
            # (and an office set off before that, after a name: "X, the executive director of Africa Rivers Watch|VB, a
            # Kampala-based advocacy group, said")
            aside = next((j for j in range(k - 1, max(k - 12, 0), -1) if doc[j].text == ","), None)
            if aside is not None and not stepped_name and doc[k].ent_type_ not in ("PERSON", "PER") \
                    and doc[aside - 1].ent_type_ in ("PERSON", "PER") and any(t.lower_ in ROLE_NOUNS for t in doc[aside + 1 : k + 1]) \
                    and not any(is_verb(t) and not t.ent_type_ for t in doc[aside + 1 : k + 1]):
                k = aside - 1
    # "…, a senior commander who spoke on condition of anonymity told X": the noun the relative clause describes
    who = next((j for j in range(k - 1, max(k - 12, 0), -1) if doc[j].lower_ == "who" and doc[j].dep_ in SUBJECT), None)
    if who is not None and doc[who].head.right_edge.i == k and doc[who].head.dep_ in ("acl:relcl", "relcl") \
            and doc[who].head.head.i == who - 1 and doc[who - 1].pos_ == "NOUN":
        k = who - 1
    if k >= 1 and doc[k].text == ")":  # "Jim Jordan (R-Ohio), …, said": step over the aside
        opening = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), None)
        if opening is not None:
            k = opening - 1
    # (or the last word of a name the tagger got wrong: "Mahmoud al-Tayyan" with al-Tayyan as a verb)
    # (or a name alone before the verb that opens its sentence, whatever its tag: "Ter-Ghazaryan|JJ called …")
    # (or with its initial glued on: "Earlier F.Hasanzade|ADJ, speaking at …, stressed")
    if k >= 0 and not doc[k].is_space and (doc[k].pos_ in ("PROPN", "NOUN", "PRON") or doc[k].ent_type_ in ("PERSON", "PER", "ORG")
                                            or GLUED_INITIAL.match(doc[k].text)
                                            or k > 0 and doc[k - 1].pos_ == "PROPN" and not doc[k].is_punct and doc[k].text[:1].isalpha()
                                            and doc[k].pos_ != "CCONJ"
                                            or k == sentence_start(cue) and doc[k].is_title and doc[k].ent_type_
                                            and doc[k].lower_ not in DIGRESSIONS
                                            # ("The aforementioned|amod declared: «…»", with no subject the parser found)
                                            or k >= 1 and doc[k].lower_ in STANDS_FOR and doc[k - 1].lower_ == "the"):
        tok = doc[k]
        # "A Turkish diplomat in Astana": the place is part of the speaker, whose head is the diplomat
        # (UD: diplomat -nmod-> Astana; ClearNLP: diplomat -prep-> in -pobj-> Astana)
        for _ in range(4):
            # (and from a second conjunct to the first: "the chairperson of the Survivors and Families Committee")
            joined = tok.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.children)  # (not a comma's "conj")
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ in ("nmod", "obl") or joined else tok
            # (and from a participle's object or place to whom it describes: "a woman filling canisters at the tap")
            participle = head.head if head is tok and tok.dep_ in ("obj", "dobj") else tok.head if tok.dep_ in ("obl", "nmod") else None
            if participle is not None and participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.i < tok.i \
                    and participle.head.i < participle.i and participle.head.pos_ == "NOUN":
                head = participle.head
            # ("Those close to him say": not "him")
            heads = ("NOUN", "PROPN", "ADJ") if tok.pos_ == "PRON" else ("NOUN", "PROPN")
            if head.pos_ == "ADJ" and head.lower_ in CLOSE_TO and head.i < tok.i:
                # ("A source close to the file assured …", the parser having made "close" the root and the source its
                # subject: not "the file")
                head = next((c for c in head.children if c.dep_ in SUBJECT and c.pos_ in heads and c.i < head.i), head)
            # (nor the word that opens the sentence, the parser's head of all: "Meantime, the Deputy Minister … X")
            # (a name goes no higher, unless it is where someone is, whatever the NER made of it: "Dr X of the … Centre
            # in Bloemfontein|PERSON, who …, told")
            placed = any(c.dep_ == "case" and c.lower_ in ("in", "at", "from") for c in tok.children)
            if head.i >= tok.i or head.pos_ not in heads or tok.ent_type_ in ("PERSON", "PER") and not placed or head.i == cue.i \
                    or head.lower_ in DIGRESSIONS or joined and _leaves_body(tok, head):
                break
            tok = head
        return tok
    return None


def _subject_after_opening_participle(ctx: Context, cue):
    """``Recalling that the protocol …, the deputy said …``: a participle that opens its sentence is said by the
    subject of the sentence's finite verb after it, however the parser hung that verb."""
    doc = ctx.doc
    if cue.tag_ != "VBG" or sentence_start(cue) != cue.i:
        return None
    clauses = [c for c in cue.children if c.dep_ in CLAUSE]
    for verb in doc[cue.i + 1 : ctx.sentence_end(cue)]:
        if verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.is_ancestor(verb) or c == verb for c in clauses):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT and c.i < verb.i), None)
            if subject is not None and any(t.text == "," for t in doc[cue.i : subject.left_edge.i]):
                return subject
            return None
    return None


def _in_quoted_title(ctx: Context, tok) -> bool:
    """Whether ``tok`` lies inside a short quoted name in title case ("Blue Helmets, Green Flag"), not a quote."""
    seg = ctx.segment_at(tok.idx)
    return seg is not None and word_count(ctx.text[seg.start : seg.end]) <= 8 and is_title(ctx.text[seg.start : seg.end])


def _leaves_body(tok, head) -> bool:
    """Whether a conjunct inside a body's name hangs outside it: "…, the Ministry of Foreign Affairs and International
    Trade|conj said", with "Trade" hung on a noun of the clause before."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    # (a body set off by its comma and article; not the rest of a long name the NER cut: "the Ministry of Labour, |
    # Social Security and Migration")
    return ent is not None and ent.label_ == "ORG" and len(ent) > 2 and not ent.start <= head.i < ent.end \
        and ent.start >= 2 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 2].text == ","


_OWNER_MARKS = frozenset({"'s", "’s"})


def _owner_mark(doc, k: int) -> bool:
    """Whether token ``k`` makes the word before it an owner: "the company's", "the miners'"."""
    return doc[k].lower_ in _OWNER_MARKS or doc[k].text in ("'", "’") and k > 0 and doc[k - 1].lower_.endswith("s") \
        and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "ADJ", "PROPN")


def noun_phrase_at(doc, k: int):
    """(head, end) of the noun phrase that starts at token ``k`` (``said Rep. G.K. Butterfield``: the name's head,
    so that its title comes along), or None."""
    if k < len(doc) and doc[k].lower_ in TIME_WORDS:
        return None  # "said Tuesday": when, not who
    if k + 2 < len(doc) and doc[k].lower_ == "one" and doc[k + 1].lower_ == "of" and (group := noun_phrase_at(doc, k + 2)) is not None:
        return doc[k], group[1]  # "said … one of the Georgian sailors": the one, of the group
    start = k
    # (a noun by its tag, whatever its part of speech: "said the cook|NN|VERB Liis Tamm")
    # (and an owner's "'s": "says the company's chief executive, X, to Qilaat"; or a plural's "'": "the miners' leader")
    # (and a participle that describes the noun: "noted the esteemed|VBN|amod head of the delegation")
    while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") or doc[k].tag_ in ("NN", "NNS")
                            or k > start and _owner_mark(doc, k) or doc[k].dep_ == "amod" and doc[k].tag_ == "VBN"
                            and doc[k].head.i > k) and doc[k].text not in ",.":
        k += 1
        # (by the tag too: "the general" can come out tagged NN but ADJ by part of speech; and "the aforementioned",
        # an adjective that stands for the person last named)
        # (and a name whatever its tag: "says Sæbø|ADJ to Sjømerke")
        # (and an office the tagger made an adjective: "the company's chief executive|JJ")
        if (doc[k - 1].pos_ in ("PROPN", "NOUN", "PRON") or doc[k - 1].tag_.startswith("NN") or doc[k - 1].lower_ in ROLE_NOUNS
                or doc[k - 1].lower_ in STANDS_FOR and k >= start + 2 or doc[k - 1].ent_type_ in ("PERSON", "PER")) and (
                k >= len(doc) or doc[k].pos_ not in ("PROPN", "NOUN") and not _owner_mark(doc, k) and doc[k].lower_ not in ROLE_NOUNS):
            head = doc[k - 1]
            for _ in range(k - start):  # bounded: a broken parse can hold a cycle
                if not start <= head.head.i < k or head.head.i == head.i:
                    break
                head = head.head
            return (head, k) if head.lower_ not in TIME_WORDS and head.lower_ not in WHEN_NOUNS else None  # ("told me this week")
    return None


def _past_label(ctx: Context, subj, cue):
    """The subject a paragraph label hid from the parser: ``IRAN: Envoy X said``, ``ASTANA (ZNN) – Iran's envoy, X, said``."""
    end = ctx.label_end(subj)
    if subj.i >= end or end >= cue.i:
        return subj
    top = ctx.doc[end]
    for _ in range(cue.i - end):  # bounded: a broken parse can hold a cycle
        if top.head.i == top.i or not end <= top.head.i < cue.i:
            break
        top = top.head
    # (not a word the parser left on the label, the name still to come: "TURKEY: Deputy| Foreign Minister X said")
    if top.pos_ in ("NOUN", "PROPN", "PRON") and not any(
            t.pos_ in ("NOUN", "PROPN") for t in ctx.doc[top.right_edge.i + 1 : cue.i]):
        return top
    return _surface_speaker(ctx, cue, after=False)


def _relative_antecedent(doc, span: tuple[int, int] | None, cue) -> tuple[int, int] | None:
    """The name a relative clause describes, where the parser took a noun inside the clause for the cue's subject:
    "Yusmary Rondon, whose son Kelvin, 19, was among the dead|nsubj, had told", "Ramsarup, whose declarations were
    translated by an interpreter|nsubj of his delegation, affirmed"; else None."""
    # (a noun after a preposition is no subject: "among| the dead", "by| an interpreter")
    if span is None or span[1] > cue.i or span[0] < 1 or doc[span[0] - 1].pos_ != "ADP" and doc[span[0]].pos_ != "ADP" \
            or not any(t.text == "," for t in doc[span[1] : cue.i]) \
            or not all(t.text == "," or is_adverbial(t) for t in doc[span[1] : cue.i]):
        return None
    rel = _relative_opening(doc, span[0], 16)
    return _antecedent_at(doc, rel) if rel is not None else None


def _relative_opening(doc, k: int, within: int) -> int | None:
    """The nearest ", who" or ", whose" before token ``k`` (at most ``within`` tokens back), not past the sentence's start,
    a stop, a semicolon, a colon or a quote mark; else None."""
    at = next((j for j in range(k - 1, max(k - within, 1), -1) if doc[j].lower_ in ("whose", "who") and doc[j - 1].text == ","
               or doc[j].is_sent_start or doc[j].text in (";", ":", ".") or doc[j].is_quote), None)
    return at if at is not None and doc[at].lower_ in ("whose", "who") else None


def _antecedent_at(doc, rel: int) -> tuple[int, int] | None:
    """The name a relative clause opened by token ``rel`` (", who", ", whose") describes, past an age or origin set off
    after it; None unless it is a name, or where it follows a preposition ("In Vaiusu, whose fishermen …" is a place)."""
    if doc[rel].lower_ not in ("whose", "who") or rel < 2 or doc[rel - 1].text != ",":
        return None
    end = _past_age_or_origin(doc, rel - 2)
    if doc[end].pos_ != "PROPN" or not doc[end].text[:1].isupper():
        return None
    start = end
    while start > 0 and end - start < 4 and (doc[start - 1].pos_ == "PROPN" or doc[start].ent_iob_ == "I") and doc[start - 1].text[:1].isupper():
        start -= 1
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return None
    return start, end + 1


def speaker_of(ctx: Context, cue) -> tuple[int, int] | None:
    """Token span of the speaker of ``cue`` (its name, without appositive), once per cue."""
    if cue.i not in ctx.speakers:
        span = _find_speaker(ctx, cue)
        span = _relative_antecedent(ctx.doc, span, cue) or span
        if span is not None and span[1] - span[0] > 1 and ctx.doc[span[0]].lower_ == "as" and ctx.doc[span[0]].dep_ == "case":
            span = (span[0] + 1, span[1])  # (an "as" the parser hung on the subject: "As many tax experts have pointed out")
        while span is not None and span[1] - span[0] > 1 and ctx.doc[span[1] - 1].text in (".", ",", ";", ":", "!", "?"):
            span = (span[0], span[1] - 1)  # (not the stop of a sentence the parser ended at an initial: "said R.| X.")
        if span is not None and _interview_label(ctx.doc, span):
            # (an interview's "Q:" is no one: "Q: INPESCA says …" is INPESCA, the words between the label and the verb)
            lo, hi = span[1] + 1, cue.i
            span = (lo, hi) if lo < hi and not any(is_verb(t) or t.is_punct for t in ctx.doc[lo:hi]) else None
        ctx.speakers[cue.i] = span
    return ctx.speakers[cue.i]


# verbs whose passive subject heard the statement, its agent made it: "X was informed by Y that …"
_TOLD_BY = frozenset("inform tell assure notify brief advise".split())


def _inverted_after_clause(cue) -> bool:
    """``…, informed the head of the department X.``: a verb joined by a comma alone to the clause before it, with no
    subject and no clause of its own, then an office or a name up to the sentence's end."""
    doc = cue.doc
    if cue.dep_ not in ("conj", "advcl", "parataxis") or cue.head.i >= cue.i or doc[cue.i - 1].text != "," \
            or any(c.dep_ in SUBJECT and c.i < cue.i or c.dep_ in CLAUSE and c.lower_ not in DAY_WORDS for c in cue.children):
        return False  # (a day the parser made a clause is none: "…, assured this Wednesday|ccomp the Vice Chancellor, X")
    if cue.i >= 3 and doc[cue.i - 2].ent_type_ in ("PERSON", "PER") and doc[max(0, ent_bounds(doc[cue.i - 2])[0] - 1)].text == ",":
        return False  # (a name set off by commas before it speaks: "…, its commissioner, X, told the Herald.")
    end = next((t.i for t in doc[cue.i + 1 :] if t.text in (".", "!", "?", ";") or t.is_space), len(doc))
    rest = doc[cue.i + 1 : end]
    # (an office, a name or a body: "informed this Tuesday the Secretariat of State … (Chancellery) through a communiqué";
    # after "told", a body alone is whom it told: "…, X, who leads the network, told Htamane Review by phone"; not after
    # "informs", which translated copy puts before the body that informs: "…, informs the Foreign Ministry's Citizens' Service")
    speakers = ("PERSON", "PER") if lemma_of(cue) == "tell" else ("PERSON", "PER", "ORG")
    return 1 < len(rest) <= 25 and not any(is_verb(t) and not t.is_title for t in rest) and any(
        t.lower_ in ROLE_NOUNS or t.ent_type_ in speakers for t in rest)


def _kin_named_before(doc, subj):
    """``Daw X, wife of cook U Y, said`` with Y parsed as the subject: X, whose kin the appositive names."""
    k = subj.i - 1
    while k > 0 and k > subj.i - 8 and doc[k].text != ",":
        k -= 1
    if k < 2 or doc[k].text != "," or not (doc[k + 1].lower_ in KIN_NOUNS and doc[k + 2].lower_ == "of"):
        return None
    name = doc[k - 1]
    if not (name.ent_type_ in ("PERSON", "PER") or name.pos_ == "PROPN" and name.is_title):
        return None
    return name.head if name.dep_ == "flat" and name.head.i < name.i else name


_SELF_NAMING = frozenset("identify introduce present".split())


def _named_in_relative(subj, cue):
    """``a woman who identifies herself as the Lithuanian surgeon X says``, ``A mother …, who asked that only her first
    name, Hodan, be used, said``: the person whom the speaker's relative clause names (the noun alone names no one)."""
    if subj.pos_ != "NOUN":
        return None
    for rel in subj.children:
        if rel.dep_ not in ("acl:relcl", "relcl") or rel.left_edge.i <= cue.i <= rel.right_edge.i:
            continue  # (not for the relative clause's own verb: "who asked that …")
        for t in rel.subtree:
            if t.ent_type_ not in ("PERSON", "PER") or t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I":
                continue  # (the name's last word, its head)
            if t.dep_ == "appos" and t.head.lower_ == "name" or lemma_of(t.head) in _SELF_NAMING and any(
                    c.lower_ in ("herself", "himself") for c in t.head.children):
                return t
    return None


def _source_or_place(subj) -> bool:
    """Whether the parser's subject is the object of "according to" or of "in"/"at" a place (which the NER may have
    taken for a name too, with the name set off after it: "Back in Sarai| Amanat|PERSON, Haji X, said", the "in" hung
    on the place's first word)."""
    place = subj.ent_type_ in ("LOC", "GPE") or any(a.dep_ == "appos" and a.i > subj.i and _comma_before(a) for a in subj.children)
    cases = [*subj.children, *(g for k in subj.children if k.dep_ == "compound" and k.i < subj.i for g in k.children)]
    return any(c.dep_ == "case" and (c.lower_ == "according" or c.lower_ in ("in", "at") and c.i < subj.i and place) for c in cases)


def _comma_before(appos) -> bool:
    """Whether an appositive is set off by a comma, before it or as its own first token (the parser hangs it either way)."""
    doc = appos.doc
    return "," in (doc[appos.left_edge.i - 1].text, doc[appos.left_edge.i].text)


def _interview_label(doc, span: tuple[int, int]) -> bool:
    """Whether ``span`` is the "Q" or "A" that opens a line of a printed interview, before its colon."""
    k = span[0]
    return span[1] == k + 1 and doc[k].text in ("Q", "A") and k + 1 < len(doc) and doc[k + 1].text == ":" \
        and (k == 0 or doc[k - 1].is_space or doc[k - 1].text == "\n")


def _find_speaker(ctx: Context, cue) -> tuple[int, int] | None:
    doc = ctx.doc
    first = None  # (a name after a verb that opens its sentence, where the parser found no subject)
    # (or with the outlet after the verb: "…, reports PressUA with reference to the press service of …")
    outlet = 1 if cue.i + 5 < len(doc) and doc[cue.i + 1].pos_ == "PROPN" else 0
    if cue.i + 4 + outlet < len(doc) and cue.lower_ in ("reports", "reported", "informs", "informed") \
            and [t.lower_ for t in doc[cue.i + 1 + outlet : cue.i + 4 + outlet]] == ["with", "reference", "to"]:
        # "…, Ukrvisnyk reports with reference to the Sumy Regional Military Administration.": who it cites speaks
        lo = cue.i + 4 + outlet
        end = ctx.sentence_end(cue)
        while end > lo and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > lo and not any(is_verb(t) for t in doc[lo:end]):
            return lo, end
    if cue.tag_.startswith("NN"):
        # "The Ministry of Energy of Ukraine informs that …" with the verb tagged as a noun: the words before it
        lo = ctx.sentence_first(cue)
        while lo < cue.i and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        hi = cue.i - 1 if doc[cue.i - 1].pos_ == "ADV" else cue.i  # (not its adverb: "The Declaration further states")
        if lo < hi and not any(is_verb(t) or t.is_punct for t in doc[lo:hi]):
            return lo, hi
    translated = _translated_speaker(ctx, cue)
    if translated is not None:
        return translated
    # ("…, the daily Ha-Boker reported on Friday, citing security sources": the participle's source, as when the
    # participle is the cue)
    cited = _cited_source(ctx, cue) or next((_cited_source(ctx, c) for c in cue.children if cited_source(c) is not None), None) \
        or next((_cited_source(ctx, c) for s in cue.children if s.dep_ in SUBJECT and s.i < cue.i
                 for c in s.children if cited_source(c) is not None), None) \
        or next((_cited_source(ctx, t) for t in ctx.doc[max(0, cue.i - 12) : cue.i - 1] if t.tag_ == "VBG" and ctx.doc[cue.i - 1].text == ","
                 and not any(p.text == "," for p in ctx.doc[t.i + 1 : cue.i - 1]) and cited_source(t) is not None), None)
    if cited is not None:
        return cited
    if cue.lower_ == "saying" and lemma_of(cue.head) == "quote" and cue.head.i < cue.i \
            and any(c.dep_ in ("aux:pass", "auxpass") for c in cue.head.children):
        # "X, whose country …, was quoted by Chile's Austral news agency as saying": who was quoted (the parser may
        # hang the passive on the aside's verb)
        subject = next((c for c in cue.head.children if c.dep_ in SUBJECT), None) or _surface_speaker(ctx, cue.head, after=False)
        if subject is not None:
            span = _np_span(ctx, subject)
            # (with the name its appositive gives: "Gabon's Minister of Fisheries, Ms. X, was quoted by …")
            ctx.full_speaker.setdefault(span, _with_appositive(ctx, subject, span, cue))
            return span
    quoted = quoted_as_saying(cue)
    if quoted is not None:
        span = _np_span(ctx, quoted)  # "Syrian state media quoted governor X as saying …": X spoke
        ctx.full_speaker.setdefault(span, span)
        return span
    # (a past the tagger took for a participle too, and a "that" clause the parser hung as parataxis or an adverbial:
    # "He regretted, however, that the villages were|parataxis left …, and informed|VBN that …")
    if cue.dep_ == "conj" and (cue.tag_ == "VBD" or cue.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in cue.children)) \
            and _right_after_and(ctx.doc, cue) and not any(c.dep_ in SUBJECT for c in cue.children) \
            and (cue.head.dep_ in CLAUSE or cue.head.dep_ in ("parataxis", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cue.head.children)) \
            and cue.head.head.i < cue.head.i and is_cue(cue.head.head) \
            and (not is_cue(cue.head) or any(c.dep_ in ("aux:pass", "auxpass") for c in cue.head.children)) \
            and ctx.segment_at(cue.idx) is None:
        # "A pilgrim … affirmed that the group was informed of nothing …, and accused|conj the agency of …": the
        # speaker's next act, which the parser hung on the reported verb (the clause is cut there too); the speaker
        # of the outermost report ("The diplomat pointed out that the study showed that A, and assured that B")
        top = cue.head.head
        while top.dep_ in CLAUSE and top.head.i < top.i and is_cue(top.head):
            top = top.head
        return speaker_of(ctx, top)
    if cue.dep_ == "conj" and cue.tag_ in ("VBD", "VBN") and _right_after_and(ctx.doc, cue) and ctx.doc[cue.i - 2].text == "," \
            and not any(c.dep_ in SUBJECT for c in cue.children) and cue.head.dep_ == "advcl" and cue.head.head.dep_ in CLAUSE \
            and is_cue(cue.head.head.head) and cue.head.head.head.i < cue.head.i and not is_cue(cue.head) \
            and ctx.segment_at(cue.idx) is None:
        # "He said the federation would stay away … unless India named a date …, and called|conj-of-named on Colombo
        # to …": after a comma, the speaker's next act, which the parser hung on the verb of a condition in what he said
        return speaker_of(ctx, cue.head.head.head)
    if any(c.dep_ in ("nsubj:pass", "nsubjpass") and c.lower_ == "it" for c in cue.children) and (agent := _agent_after(cue)) is not None:
        # "It was informed by X that …", "It was stated by the Ministry that …", as Brunei's state prose has it: the
        # passive's agent speaks
        return _agent_span(ctx, agent)
    subj = subject_of(cue)
    # ("…, a day|nsubj after an observer mission … reported “…”": the mission, however the parser hung the day)
    acting = acts_after_time(cue)
    if acting is not None:
        subj = acting
    if subj is not None and subj.i == cue.head.i and cue.dep_ in ("acl", "acl:relcl", "relcl") \
            and (named := _name_before_aside(ctx, cue)) is not None:
        subj = named  # ("X, whose ruling … provoked the walkout, assured|acl …": X, not the walkout)
    if subj is not None and subj.i < cue.i and (_source_or_place(subj) or _ends_according(ctx.doc, subj)):
        # "According to the Togolese news agency TIP, the minister … X announced …" parsed with the outlet as the
        # subject: who announced is the noun phrase after its comma (also after where: "Back in Honiara|nsubj, the
        # moderator of …, Rev. X, said")
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.i < cue.i
                     and _comma_before(c)), None) or _surface_speaker(ctx, cue, after=False)
    if subj is not None and subj.dep_ in ("nsubj:pass", "nsubjpass") and subj.head.i == cue.i and lemma_of(cue) in _TOLD_BY \
            and (agent := _agent_after(cue)) is not None:
        # "As NIA Navid was informed by the press service of the WCU, …": who informed speaks, not who was told
        subj = next((c for c in agent.children if c.dep_ == "pobj"), agent)
    if subj is not None and subj.i < cue.i and (named := _closing_named_subject(cue)) is not None and named.i > subj.i:
        subj = named  # "The captain …, is in good health|nsubj …, the director of the Naval Agency, X, has informed today."
    if subj is not None and subj.i < cue.i and (seg := ctx.segment_at(subj.idx)) is not None and ctx.segment_at(cue.idx) is None \
            and ctx.token_at(seg.close_end) == cue.i - 1 and ctx.doc[cue.i - 1].text == "," and subj.is_title \
            and word_count(ctx.text[seg.start : seg.end]) <= 4:
        subj = _surface_speaker(ctx, cue, after=False)  # ("X, speaking to the station's show, ‘Ekuseni|nsubj’, said": X)
    elif subj is not None and subj.i < cue.i and ctx.segment_at(subj.idx) is not None and ctx.segment_at(cue.idx) is None \
            and (surface := _surface_speaker(ctx, cue, after=False)) is not None and surface.i > subj.i \
            and ctx.segment_at(surface.idx) is None:
        subj = surface  # "“Pasang did not …,” X, 41, the sirdar of the team, informed|advcl the Post": not the quote's "Pasang"
    elif subj is not None and subj.i < cue.i and _inverted_after_clause(cue):
        # "The Agency suspended …, informed the head of the department X.": who informed follows (machine-translated
        # inversion), not the subject of what was informed
        subj = _surface_speaker(ctx, cue, after=True) or subj
    if subj is not None:
        subj = _kin_named_before(ctx.doc, subj) or _past_label(ctx, subj, cue)
    if subj is not None:
        subj = _named_in_relative(subj, cue) or subj
    if subj is not None and subj.i < cue.i and (
            subj.pos_ == "VERB" and subj.tag_ in ("VBN", "VBD") and ctx.doc[subj.i + 1].text == ","
            or subj.i == sentence_start(cue) and subj.lower_.endswith("ing") and subj.tag_ in ("NN", "VBG")
            and ctx.doc[subj.i + 1].pos_ in ("DET", "PROPN", "ADJ") and not any(c.dep_ == "conj" for c in subj.children)
            and any(t.text == "," for t in ctx.doc[subj.i + 1 : cue.i])):
        # "Contacted|nsubj, Labour Counsellor X said", "Meeting|nsubj Chilean Foreign Minister X on the same day, the
        # Deputy FM said": a participle that opens the sentence is no one; who speaks stands before the cue
        subj = _surface_speaker(ctx, cue, after=False)
    if subj is not None and subj.i < cue.i and subj.left_edge.i >= 2 and ctx.doc[subj.left_edge.i - 1].text == "(" \
            and ctx.doc[subj.left_edge.i - 2].ent_type_ in ("PERSON", "PER"):
        subj = ctx.doc[subj.left_edge.i - 2]  # "lawmaker Péter Varjú-Nagy (Zöld Út) said": the party in brackets is his
    if subj is not None and subj.lower_ == "recall" and subj.i + 1 < len(ctx.doc) and ctx.doc[subj.i + 1].lower_ == "that":
        subj = None  # (machine-translated "Recall that on 24 November the Minister … informed that …": no one)
    if subj is not None and subj.i < cue.i and cue.dep_ == "conj" and subj.head.i != cue.i and ctx.doc[cue.i - 1].text == "," \
            and (surface := _surface_speaker(ctx, cue, after=False)) is not None and surface.i > subj.right_edge.i \
            and (surface.ent_type_ in ("PERSON", "PER") or surface.lower_ in ROLE_NOUNS
                 or surface.pos_ == "PROPN" and any(honorific(t) for t in ctx.doc[max(0, surface.i - 3) : surface.i])) \
            and any(t.text == "," for t in ctx.doc[subj.right_edge.i : surface.left_edge.i + 1]) \
            and not any(t.lower_ in ("which", "who", "whom", "whose") for t in ctx.doc[max(0, surface.left_edge.i - 3) : surface.i]):
        # (not a relative clause's subject: "…, such as one in Kiev, which John Tefft, then …, praised|conj")
        # "The mill will pay for …, the Honourable Minister …, Babe X, told ESIB": a verb the parser joined to the
        # reported clause's is the speaker's set off before it, not the subject's of what was told
        subj = surface
    if subj is not None and subj.i < cue.i and subj.ent_type_ not in ("PERSON", "PER") and ctx.doc[cue.i - 1].text == ",":
        # "Roj Hesen, co-chair of the Tel Tamr Civil Council, told …" with the council as the subject: a name, then
        # its office set off by commas, then the verb; the named person speaks (the surface reading is sought only
        # where a comma closes the office)
        surface = _surface_speaker(ctx, cue, after=False)
        doc = ctx.doc
        # (or a relative clause on the name: "…, Daw X, who leads the … Network, told Htamane Review", with "teams" of
        # the clause before as the subject)
        if surface is not None and surface.ent_type_ in ("PERSON", "PER") and surface.i + 2 < cue.i and doc[surface.i + 1].text == "," \
                and (surface.i < subj.i and any(t.lower_ in ROLE_NOUNS for t in doc[surface.i + 2 : subj.i])
                     or surface.i > subj.i and doc[surface.i + 2].lower_ == "who" and subj.lower_ not in ROLE_NOUNS
                     and not subj.is_ancestor(surface) and any(t.text == "," for t in doc[subj.i : surface.i])):
            subj = surface
    if is_participle(cue) and _after_comma(cue):
        # "Governor X said … that the convoy will arrive, adding: …" with no subject the parser gave "said": the
        # participle goes with the reporting verb before it, not with the reported clause's subject
        # (a past tense the tagger took for a participle counts: "The … diplomat affirmed|VBN that …")
        # (or a compound past with its subject: "« … », has she declared, precising that …")
        # (never a verb inside a quote before it: "« … each day one announces us a plane … », — deplored Mr. X")
        main = next((t for t in reversed(ctx.doc[sentence_start(cue) : cue.i]) if is_cue(t)
                     and ctx.segment_at(t.idx) is ctx.segment_at(cue.idx) and (
            t.tag_ in ("VBD", "VBZ") or t.tag_ == "VBN" and t.dep_ == "ROOT" and any(c.dep_ in SUBJECT for c in t.children)
            and not any(c.dep_ in ("aux", "aux:pass", "auxpass") for c in t.children)
            or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in t.children)
            # (or with its subject after it: "« … », has declared the minister …, specifying that …")
            and (any(c.dep_ in SUBJECT for c in t.children) or inverted(t)))), None)
        # (or whose speaker comes after it: "…, indicated a diplomatic source in Dakar, specifying that …")
        if main is not None and (subj is None or ctx.segment_at(subj.idx) is not None and ctx.segment_at(main.idx) is None
                                 or main.i < subj.i and not subj.is_ancestor(cue) and main.is_ancestor(subj)
                                 or subj.i < main.i and inverted(main) and _surface_speaker(ctx, main, after=True) is not None):
            return speaker_of(ctx, main)
    if subj is not None and (cue.dep_ == "parataxis" or cue.dep_ == "advcl" and cue.tag_ in ("VBD", "VBZ", "VBP")) \
            and subj.head.i != cue.i and subj.i < cue.i:
        # "Russia expects …, Russian Deputy Foreign Minister X told TASS": the parser hung X on the clause; the
        # subject it found is the statement's, and the words right before the cue are who spoke (also with the cue
        # hung as an adverbial clause: "Security forces … arrested …, a senior commander … told|advcl X")
        surface = _surface_speaker(ctx, cue, after=False)
        if surface is not None and surface.i > subj.i and surface.pos_ in ("PROPN", "NOUN") and any(
                t.text == "," for t in ctx.doc[subj.i : surface.left_edge.i + 1]) \
                and not any(t.lower_ == "who" for t in ctx.doc[subj.i : surface.i]):  # (not "X, who … to MGN promised")
            subj = surface
    if subj is not None and subj.i < cue.i and inverted(cue) and (lemma_of(cue) not in ADDRESSEE_CUES or after_quote(cue)
                                                                   or _audience_then_speaker(cue)):
        # "…, said Mr. Barrett": a subject found before an inverted cue came from another verb's clause
        subj = _surface_speaker(ctx, cue, after=True) or subj
    if subj is None and cue.dep_ == "conj" and cue.head.i < cue.i and is_cue(cue.head) and _right_after_and(ctx.doc, cue) \
            and (first := speaker_of(ctx, cue.head)) is not None:
        # "his mother, X, manifested to AON that … and asked the authorities to …", with no subject the parser gave
        # either verb: the second says what the first's speaker said too (not "and", the word before it)
        return first
    if subj is None:
        # "told ZNN's correspondent": what follows a verb of telling is who heard it, never who spoke;
        # and what follows an uninverted cue ("His aides say it is …") is the reported clause
        before = _surface_speaker(ctx, cue, after=False)
        # and after "called" or "described" comes what was named
        # and after "…, saying" comes what was said
        # (unless an office and a name follow the verb after a comma: "…, informed Foreign Minister X at a …")
        # (nor a noun phrase, then "to" whom it told: "…, informs the Foreign Ministry to Sjømerke.")
        told = lemma_of(cue) in ADDRESSEE_CUES and not after_quote(cue) and not (ctx.doc[cue.i - 1].text == "," and (
            name_follows(cue) or _speaker_then_audience(ctx.doc, cue)))
        after = None if told or lemma_of(cue) in OBJECT_CUES \
            or before is not None and not inverted(cue) or cue.tag_ == "VBG" else _surface_speaker(ctx, cue, after=True)
        if after is not None and not after_quote(cue) and any(
                c.dep_ in CLAUSE and c.i > cue.i and c.left_edge.i <= after.i <= c.right_edge.i and heads_clause(c)
                and not reduced_relative(c) for c in cue.children):
            # "— and said Switzerland would continue …": the subject of what was said (but after a quote and its dash
            # the quote is what was said: "« … », — deplored Mr. X, who specified that …")
            after = None
        first = name_after_first_verb(ctx, cue)
        subj = (first.root if first is not None else None) or after or before or _name_before_aside(ctx, cue) \
            or _subject_after_opening_participle(ctx, cue)
        if subj is None:
            return _shared_speaker(ctx, cue)
    if _inside_report_before(ctx, subj, cue):
        return _shared_speaker(ctx, cue)  # "She assessed that the embankments «passed the exam», but pointed out …": hers
    if subj.i < cue.i and not subj.is_space and (_merged_statement(ctx, subj, cue) or _in_aside(ctx, subj, cue)):
        subj = _surface_speaker(ctx, cue, after=False)
        if subj is None:
            return None
    if subj.lower_ == "what" and subj.i and doc[subj.i - 1].lower_ in ("is", "was") and subj.i < cue.i:
        # "«…» It is what declared yesterday the Minister …" (French "C'est ce qu'a déclaré"): who follows the verb
        subj = _surface_speaker(ctx, cue, after=True)
        if subj is None:
            return None
    if subj.lower_ in WRITINGS and any(c.lower_ == "in" for c in subj.children):
        # "The Ministry … in its statement called …": the ministry, not its statement (hung on it either way)
        owner = subj.head if subj.head.pos_ in ("NOUN", "PROPN") and subj.head.i < subj.i else next(
            (c for c in subj.children if c.dep_ in SUBJECT and c.i < subj.i and c.pos_ in ("NOUN", "PROPN")), None)
        subj = owner or subj
    if any(c.lower_ == "whose" for c in subj.children):  # "X, an elder whose son …, urged": the son is not the speaker
        subj = _surface_speaker(ctx, cue, after=False)
        if subj is None:
            return None
    if subj.is_punct and subj.i < cue.i:
        # (a bracket the parser made the subject: "Vujošević (58)|, who has sailed for 35 years, assessed": the name)
        subj = _surface_speaker(ctx, cue, after=False)
        if subj is None or subj.is_punct:
            return None
    span = _np_span(ctx, subj)
    if first is not None and subj.i == first.root.i and span[1] > first.end and doc[first.end].text != ",":
        span = (span[0], first.end)  # (not what the parser hung on the name: "described El-Sayyad| the Red Sea coast as …")
    if span[1] - span[0] == 1 and doc[span[0]].text in ROLE_ABBREVIATIONS:
        # "the Deputy FM said" with "FM" hung apart from its words: the office abbreviated, all of it
        lo = _office_run(doc, span[0])
        span = (lo - 1 if lo > 0 and doc[lo - 1].lower_ == "the" else lo, span[1])
    # (a verb hung inside its own subject: "the secretariat of the conference affirms|nmod"; or the verb of the
    # subject's first report: "The press statement underlined that …, and called on …")
    cut = next((t.i for t in doc[max(span[0], subj.i + 1) : span[1]] if t.i == cue.i or t.pos_ == "VERB" and is_cue(t)), None)
    if cut is not None:
        span = (span[0], cut)
    if span[0] <= cue.i < subj.i < span[1]:
        span = (cue.i + 1, span[1])  # (the cue the parser hung on its speaker: "“…”, commented|amod Stancheva.")
    # "The GOP presidential nominee argued", parsed with two subjects: the words before belong to the speaker
    lo = span[0]
    while lo > 0 and doc[lo - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and (
            doc[lo - 1].head.i == cue.i and doc[lo - 1].dep_ in SUBJECT or lo <= doc[lo - 1].head.i < span[1]) \
            and not any(c.dep_ == "case" for c in doc[lo - 1].children):  # (not "In the meantime| the minister")
        lo -= 1
    if (own := own_words_at(doc, lo)) and lo + own < span[1]:
        lo += own  # ("confirmed to this medium| sources of …": the outlet heard them, parsed as their modifier)
    if lo >= 2 and doc[lo - 1].lower_ == "of" and doc[lo - 2].lower_ in KIN_NOUNS and doc[lo - 2].dep_ in SUBJECT \
            and (doc[lo - 2].head.i == cue.i or lo <= doc[lo - 2].head.i < span[1]):
        lo = doc[lo - 2].left_edge.i  # ("The wife of| Aram Hakobyan …", the name parsed as the subject: she speaks)
    span = (lo, span[1])
    if subj.pos_ == "NOUN" and span[0] > 0 and ctx.doc[span[0] - 1].text == "," and span[1] <= cue.i:
        # "Rep. Dana Holt (R-Ohio), a member of the panel, said": the office is the name's appositive
        named = _surface_speaker(ctx, cue, after=False)
        if named is not None and named.pos_ == "PROPN" and named.i < span[0]:
            subj, span = named, _np_span(ctx, named)
    # a subject inside the quote is the parser's mistake: the words next to the cue are the speaker, if any
    # (unless the cue is inside that quote too: "one of the ministers told me, ‘…’" is a nested attribution)
    seg = ctx.segment_at(ctx.doc[span[0]].idx)
    if seg is not None and ctx.segment_at(cue.idx) is seg:
        seg = None
    if seg is not None and cue.i > 0 and ctx.doc[cue.i - 1].lower_ in ("and", "but"):
        return _shared_speaker(ctx, cue)  # "X insisted that … “concerns” along its border, and said …": X's
    if seg is not None:
        # ("«…», — told the general": after a quote and its dash, who follows a verb of telling speaks; after a
        # naming verb comes what it named)
        naming = lemma_of(cue) in OBJECT_CUES or cue.lemma_.lower() == "name"
        near = None if lemma_of(cue) in ADDRESSEE_CUES and not after_quote(cue) or naming else _surface_speaker(ctx, cue, after=True)
        near = near or _surface_speaker(ctx, cue, after=False) or _host_of_title(ctx, seg)
        if near is None or ctx.segment_at(near.idx) is not None:
            return None
        subj, span = near, _np_span(ctx, near)
    span = _through_office_name(ctx.doc, _through_quoted_name(ctx.doc, span)) if span[0] > cue.i else _back_over_portfolios(ctx.doc, span)
    span = _back_over_body(ctx.doc, span)
    span = _past_reached_by(ctx.doc, span)
    after = span[0] > cue.i  # (the word order that puts the outlet after the speaker)
    span = _before_outlet(ctx.doc, span) if after else span
    if span not in ctx.full_speaker:
        full = _past_reached_by(ctx.doc, _with_appositive(ctx, subj, span, cue))
        ctx.full_speaker[span] = _before_outlet(ctx.doc, full) if after else full
    return span


def _past_reached_by(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without how the words reached the outlet, which the parser made part of the name after it: "said for
    Vrmac by satellite phone| Radovan Vujošević"."""
    lo = by = span[0]
    while by > 0 and doc[by - 1].lower_ in _REACHED_BY_WORDS:
        by -= 1
    if by == 0 or doc[by - 1].lower_ != "by":
        return span
    while lo + 1 < span[1] and doc[lo].lower_ in _REACHED_BY_WORDS:
        lo += 1
    return lo, span[1]


# how a statement reached an outlet: "by satellite phone", "by e-mail"
_REACHED_BY_WORDS = frozenset("telephone phone satellite mobile video e-mail email".split())


def _before_outlet(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the outlet a speaker after the verb was speaking "to", which the parser joined to the name: "says
    the organisation's director, Katja Almqvist, to Qilaat" is Almqvist (Danish and Norwegian word order)."""
    to = next((m for m in range(span[0] + 1, span[1] - 1) if doc[m].lower_ == "to"), None)
    if to is None:
        return span
    # (past the day, German word order: "said managing director X on Thursday to the agency Y")
    end = to - 1 - (doc[to - 2].lower_ in ("on", "this", "last")) if doc[to - 1].lower_ in DAY_WORDS and to - 2 > span[0] else to
    # (after the name or its comma only: "Ambassador to Kazakhstan Adnan Mahfouz" is an office)
    if not (doc[end - 1].text == "," or doc[end - 1].ent_type_ in ("PERSON", "PER") and doc[end - 1].lower_ not in ROLE_NOUNS) \
            or not all(t.is_title or t.pos_ == "PROPN" or t.lower_ == "the" or t.lower_ in MEDIA_NOUNS
                       for t in doc[to + 1 : span[1]]) or not any(t.is_title for t in doc[to + 1 : span[1]]):
        return span
    return span[0], end - 1 if doc[end - 1].text == "," else end


def _back_over_body(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``the Prosecutor's Office of| the province of Umnugovi informed``: a place the parser made the speaker, after the
    "of" of the body whose it is, starts at that body (or at the office: "The Director General of the| Plant Protection
    Directorate at the Federal Ministry …, Dr. X, has warned")."""
    lo = span[0]
    name = lo  # (past the body's name the parser left out: "… of the Plant Protection| Directorate")
    while name > 0 and lo - name < 4 and doc[name - 1].is_title and doc[name - 1].pos_ == "PROPN":
        name -= 1
    if doc[name].lower_ != "the" and name >= 1 and doc[name - 1].lower_ == "the":
        name -= 1
    # (in lower case too, where the body's name is capitalised: "the president of| the Rameswaram Mechanised Boat
    # Owners' Association, S. Arulanandam, told")
    office = name >= 2 and doc[name].lower_ == "the" and doc[name - 1].lower_ == "of" and doc[name - 2].lower_ in ROLE_NOUNS \
        and (doc[name - 2].is_title or doc[name + 1].is_title and name >= 3 and doc[name - 3].lower_ == "the")
    if office:
        lo = name
    if lo < 2 or doc[lo - 1].lower_ != "of" or (not doc[lo - 2].is_title or doc[lo - 2].lower_ not in BODY_WORDS) and not office:
        return span
    k = lo - 2
    while k > 0 and (doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k - 1].text in ("'s", "’s")):
        k -= 1
    return (k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k), span[1]


def _back_over_portfolios(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``the Ministry of Foreign Affairs, of African Integration and of Ivorians Abroad affirmed``: the last of a body's
    or an office's portfolios, each after its "of", that the parser cut from the rest, is the whole body or office."""
    k = span[0] - 1
    while k > span[0] - 3 and k > 0 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k -= 1  # (the portfolio's words the parser left out: "Border| Issues")
    if k >= 3 and doc[k].lower_ == "and" and all(t.is_title for t in doc[k + 1 : span[1]]):
        # (or of one portfolio joined by "and": "the Joint Intergovernmental Commission on Water and| Border Issues")
        for m in range(k - 1, max(k - 8, 1), -1):
            if doc[m].lower_ in ("on", "for", "of") and doc[m - 1].is_title and doc[m - 1].lower_ in BODY_WORDS:
                lo = m - 1
                while lo > 0 and doc[lo - 1].is_title and doc[lo - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
                    lo -= 1
                return (lo - 1 if lo > 0 and doc[lo - 1].lower_ == "the" else lo, span[1])
            if not doc[m].is_title:
                break
        return span
    if k < 3 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in ("and", ","):
        return span
    for m in range(k - 1, max(k - 20, 1), -1):
        if doc[m].lower_ == "of" and (doc[m - 1].lower_ in BODY_WORDS or doc[m - 1].lower_ in ROLE_NOUNS) and doc[m - 1].is_title:
            return (m - 2 if m >= 2 and doc[m - 2].lower_ == "the" else m - 1, span[1])
        if not (doc[m].is_title or doc[m].lower_ in (",", "and", "of", "the")):
            break
    return span


def _through_quoted_name(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``— said the deputy of the faction «Hayrenik» Narek Hovakimyan``: an office that goes on over the quoted name
    of a body to its holder's name (which the parser cut off at the quote mark)."""
    k = span[1]
    if k >= len(doc) or not doc[k].is_quote or doc[k].text not in ("«", "“", "\"", "„"):
        return span
    close = next((m for m in range(k + 1, min(k + 6, len(doc))) if doc[m].is_quote), None)
    if close is None:
        return span
    end = close + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - close <= 3:
        end += 1
    return (span[0], end) if end - close >= 3 else span


def _through_office_name(doc, span: tuple[int, int]) -> tuple[int, int]:
    """``— noted the Executive Secretary of the Commission Selma Haufiku``: an office that goes on over what it is of to
    its holder's name, with no comma between (the parser hangs the name on the office as its appositive)."""
    head = doc[span[1] - 1]
    if head.lower_ not in ROLE_NOUNS or span[1] >= len(doc) or doc[span[1]].lower_ != "of":
        return span
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > span[1]
                 and not any(doc[m].text == "," for m in range(span[1], c.i))), None)
    return (span[0], name.right_edge.i + 1) if name is not None else span


def cited_source(cue) -> Token | None:
    """``…, TASS reported, citing the Russian Foreign Ministry``: the object of a participle "citing"/"quoting"
    after another reporting verb is the statement's source (the verb's subject passed it on)."""
    doc = cue.doc
    # (or set off by commas before it, on the verb or on its subject: "The daily Yom Hadash, citing a senior official,
    # reported that …")
    verb = cue.head.head if cue.head.dep_ in SUBJECT and cue.head.i < cue.i else cue.head
    source_end = cue.right_edge.i + 1
    if lemma_of(verb) not in ("report", "write") and cue.tag_ == "VBG":
        # (whatever the parser hung the participle on: "The news server Pohled24.cz, citing a source at the insurer,
        # wrote that …" with "citing" the root, "The daily|obl Yom Hadash, citing …, reported")
        comma = next((t for t in doc[cue.i + 1 : min(len(doc), cue.i + 12)] if t.text == ","), None)
        if comma is not None and comma.i + 1 < len(doc) and doc[comma.i + 1].pos_ == "VERB" \
                and lemma_of(doc[comma.i + 1]) in ("report", "write"):
            verb, source_end = doc[comma.i + 1], comma.i
    if lemma_of(cue) not in ("cite", "quote") or cue.tag_ != "VBG" or cue.i == 0 or doc[cue.i - 1].text != "," \
            or lemma_of(verb) not in ("report", "say", "write", "inform") or verb.i > cue.i and not (
                source_end + 1 < len(doc) and doc[source_end].text == "," and source_end + 1 == verb.i
                and lemma_of(verb) in ("report", "write") and doc[cue.i - 1].head.ent_type_ not in ("PERSON", "PER")):
        return None  # (not "Marco Rubio, citing the review, said …": what a person cites does not speak)
    # (a source, not a reason: "…, McConnell said, citing the release of political prisoners")
    return next((c for c in cue.children if c.dep_ in ("obj", "dobj") and c.i > cue.i and names_a_source(c)), None)


def names_a_source(tok) -> bool:
    """Whether the head of what is cited is someone or something that speaks (not a reason: "citing the release")."""
    return tok.ent_type_ in ("ORG", "PERSON", "PER") or tok.lower_ in GROUP_NOUNS or tok.lower_ in _CITED_PEOPLE \
        or tok.lower_ in MEDIA_NOUNS or tok.lower_ in WRITINGS


def quoted_as_saying(cue) -> Token | None:
    """``Syrian state media quoted Quneitra governor X as saying …`` (the cue "quoted" or "saying"): the quoted
    person, whose words the verb's subject passed on; the verb is the person's head."""
    verb = cue.head if cue.lower_ == "saying" else cue
    if cue.lower_ == "saying" and verb.dep_ in ("obj", "dobj", "xcomp") and lemma_of(verb.head) == "quote":
        verb = verb.head  # (the "as saying" hung on whom: "quoted the carrier's director general, X, as saying")
    # (or on how whom it quoted spoke: "quoted a company engineer, speaking on condition of anonymity, as saying")
    if cue.lower_ == "saying" and verb.lower_ == "speaking" and verb.dep_ == "advcl" and lemma_of(verb.head) == "quote":
        verb = verb.head
    elif cue.lower_ == "saying" and verb.lower_ == "speaking" and verb.dep_ == "acl" and verb.head.dep_ in ("obj", "dobj") \
            and lemma_of(verb.head.head) == "quote":
        verb = verb.head.head  # (the participle hung on whom: "quoted a ministry engineer|obj, speaking|acl …")
    if lemma_of(verb) != "quote" or verb.tag_ == "VBG":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj", "xcomp") and c.i > verb.i and c.pos_ != "VERB"), None)
    speaking = [g for c in [*verb.children, *(obj.children if obj is not None else ())] if c.dep_ in ("advcl", "acl")
                and c.lower_ == "speaking" for g in c.children]
    saying = next((c for c in [*verb.children, *(obj.children if obj is not None else ()), *speaking] if c.i > verb.i
                   and c.lower_ == "saying" and any(m.lower_ == "as" for m in c.children)), None)
    if saying is None:
        return None
    return obj if obj is not None and obj.i < saying.i else None


def _cited_source(ctx: Context, cue) -> tuple[int, int] | None:
    """The token span of ``cited_source``, its whole noun phrase the speaker's words too."""
    source = cited_source(cue)
    if source is None:
        return None
    span = _np_span(ctx, source)
    ctx.full_speaker.setdefault(span, span)
    return span


def _host_of_title(ctx: Context, seg):
    """``X in conversation with the newspaper «Y» named …``, parsed with Y as the subject: the noun the outlet's
    phrase hangs on (X), found by walking up from the word before the title ("newspaper")."""
    doc = ctx.doc
    k = ctx.token_at(seg.open_start) - 1
    if k < 0 or doc[k].lower_ not in MEDIA_NOUNS:
        return None
    tok = doc[k]
    for _ in range(6):  # bounded: a broken parse can hold a cycle
        if tok.head.i >= tok.i or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("PROPN", "NOUN") and not any(c.dep_ in ("case", "prep") for c in tok.children if c.i < tok.i) \
                and tok.dep_ not in ("pobj", "nmod", "obl"):
            return tok
    return None


def _agent_after(cue):
    """The passive's agent after the verb ("stated by the Ministry"), if the parser found one."""
    return next((c for c in cue.children if c.dep_ in ("obl:agent", "agent") and c.i > cue.i), None)


def _agent_span(ctx: Context, agent) -> tuple[int, int]:
    """The words of a passive's agent, without its "by"."""
    head = next((g for g in agent.children if g.dep_ == "pobj"), agent) if agent.dep_ == "agent" else agent
    lo, hi = _np_span(ctx, head)
    return (lo + 1 if ctx.doc[lo].lower_ == "by" else lo), hi


def _translated_speaker(ctx: Context, cue) -> tuple[int, int] | None:
    """Two word orders of machine-translated state media: ``As informed CTA a source in the Ministry, …`` (the
    outlet, then who spoke) and ``In the Iranian embassy in Moscow CTA was informed that …`` (who spoke, as a
    place, then the outlet as a passive subject)."""
    children = list(cue.children)
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and not any(c.dep_ in SUBJECT for c in children):
        objects = [c for c in children if c.dep_ in ("obj", "dobj", "iobj") and c.i > cue.i]
        outlet = next((c for c in children if c.i == cue.i + 1 and is_acronym_verb(c)), None)
        if outlet is not None:  # ("As informed SIA|VB a source …": the tagger's verb is the outlet, its object who spoke)
            objects = [outlet] + [c for c in outlet.children if c.dep_ in ("obj", "dobj", "iobj") and c.i > outlet.i]
        if len(objects) >= 2:
            last = objects[-1]
            return _np_span(ctx, last)
        opening = cue.tag_ == "VBN" and cue.i > 0 and ctx.doc[cue.i - 1].lower_ == "as" and (
            cue.i == 1 or ctx.doc[cue.i - 2].text in (".", "!", "?", "\n\n") or ctx.doc[cue.i - 1].is_sent_start)
        if len(objects) == 1 and outlet is None and opening and _is_body(objects[0]):
            return _np_span(ctx, objects[0])  # ("As informed (earlier) the press service of the ministry, …": the body)
        # "As informed CTA in the press service of the Ministry, …": the outlet, then the body as a place
        body = _body_in(ctx, cue, lambda c: c.i > cue.i and c.left_edge.i <= cue.i + 3)
        if body is not None:
            return body
        # (or the outlet's correspondent: "As clarified to the correspondent of KyrN in the press service of …")
        told = next((c for c in children if c.i > cue.i and c.dep_ == "obl" and c.left_edge.lower_ == "to" and (c.lower_ in MEDIA_NOUNS or c.lower_ in _HEARERS)), None)
        body = _body_in(ctx, told, lambda c: c.i > told.i) if told is not None else None
        if body is not None:
            return body
        # "As reported by the press service of the Foreign Ministry, …": the passive's agent
        agent = _agent_after(cue)
        if agent is not None:
            return _agent_span(ctx, agent)
    if any(c.dep_ in ("aux:pass", "auxpass") for c in children) and lemma_of(cue) in ADDRESSEE_CUES:
        # (before it at the sentence's start, or right after it: "as CTA was told in the Turkish Foreign Ministry")
        # (or after the outlet it was told to: "As it was informed to ArmVector in the press service of …")
        to = cue.i + 1 < len(ctx.doc) and ctx.doc[cue.i + 1].lower_ == "to"
        return _body_in(ctx, cue, lambda c: c.left_edge.i == sentence_start(cue) or c.left_edge.i == cue.i + 1
                        or to and cue.i + 2 < c.left_edge.i <= cue.i + 5)
    return None


# who heard it for an outlet: "told the correspondent of KyrN"
_HEARERS = frozenset("correspondent correspondents journalist journalists reporter reporters".split())


def _is_body(head) -> bool:
    return head.lower_ in GROUP_NOUNS or head.lower_ in POSTED_BODIES or head.lower_ in BODY_WORDS


def _body_in(ctx: Context, cue, where) -> tuple[int, int] | None:
    """The body in an ``in …`` phrase of ``cue`` (a verb, or the correspondent told) that ``where`` accepts (``in the
    press service of the Ministry``)."""
    doc = ctx.doc
    place = next((c for c in cue.children if c.dep_ in ("obl", "prep", "nmod") and c.left_edge.lower_ == "in" and where(c)), None)
    if place is None:
        return None
    head = place if place.dep_ != "prep" else next((g for g in place.children if g.dep_ == "pobj"), place)
    if not _is_body(head):
        return None
    # the body's phrase, up to the outlet named before "was informed"
    end = head.right_edge.i + 1
    while end - 1 > head.i and (doc[end - 1].is_upper and doc[end - 1].dep_ in ("flat", "compound", "appos")
                                or doc[end - 1].text in (",", ";")):
        end -= 1
    return head.left_edge.i + (1 if doc[head.left_edge.i].pos_ == "ADP" else 0), end


def _shared_speaker(ctx: Context, cue) -> tuple[int, int] | None:
    """``X called her « … » — a negotiator of the impossible — and said …``: a cue after "and" with no subject the
    parse can find shares the speaker of the cue before it in the sentence."""
    if cue.i == 0 or ctx.doc[cue.i - 1].lower_ not in ("and", "but"):
        return None
    before = _cue_before(ctx, cue)
    return speaker_of(ctx, before) if before is not None else None


def _cue_before(ctx: Context, cue):
    """The last cue before the "and"/"but" in front of ``cue``, in its sentence (the parser may cut at «»)."""
    return next((t for t in reversed(ctx.doc[ctx.sentence_first(cue) : cue.i - 1]) if is_cue(t)), None)


def _inside_report_before(ctx: Context, subj, cue) -> bool:
    """Whether the subject the parser gave a cue after "and"/"but" is one inside what the cue before it reported
    (the parser hung the second cue on the reported clause's verb, and it took that verb's subject)."""
    doc = ctx.doc
    # (", but" after a that-clause: not "The lawsuit says the company hid the defects and claimed …", where the
    # company claimed)
    if not (1 < subj.i < cue.i and doc[cue.i - 1].lower_ in ("and", "but") and doc[cue.i - 2].text == ","):
        return False
    before = _cue_before(ctx, cue)
    return before is not None and before.i < subj.i and any(
        c.dep_ in CLAUSE and c.i > before.i and c.left_edge.i <= subj.i <= c.right_edge.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in before.children)


def _in_aside(ctx: Context, subj, cue) -> bool:
    """``al-Khaddad, in conversation with the TV channel Al-Sham Al-Youm, called …``: a subject the parser found
    in a prepositional aside set in commas before the cue is part of the aside."""
    doc = ctx.doc
    k = cue.i - 1
    while k > subj.i and is_adverbial(doc[k]):
        k -= 1
    if doc[k].text != ",":
        return False
    start = ctx.sentence_first(cue)  # (the parser may cut there)
    opening = next((j for j in range(subj.i - 1, max(subj.i - 16, start - 1), -1) if doc[j].text == ","), None)
    return opening is not None and opening > start and opening + 1 < subj.i and (doc[opening + 1].pos_ == "ADP" or _relayed_by(doc, opening + 1)) \
        and doc[opening - 1].pos_ in ("PROPN", "NOUN") and not any(t.text == "," for t in doc[subj.i : k])


def _relayed_by(doc, k: int) -> bool:
    """An aside that names who passed the words on, at token ``k``: "quoted by the agency AZX", "cited by X"."""
    return k + 1 < len(doc) and doc[k].lower_ in ("quoted", "cited", "relayed", "carried") and doc[k + 1].lower_ == "by"


def _merged_statement(ctx: Context, subj, cue) -> bool:
    """``The first convoy … crossed the line on Thursday, the Red Crescent said``, parsed with "convoy crossed" as a
    noun phrase and the subject of "said": a subject before the last comma, and a noun phrase between that comma
    and the cue (not closed by a comma of its own, as an appositive is), is the statement's, not the speaker."""
    doc = ctx.doc
    comma = next((k for k in range(cue.i - 1, subj.i, -1) if doc[k].text == ","), None)
    if comma is None or comma == cue.i - 1 or cue.i - comma > 8:
        return False
    between = doc[comma + 1 : cue.i]
    return (any(is_verb(t) and t.dep_ in ("acl", "acl:relcl", "relcl") for t in doc[subj.i : comma])
            and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PUNCT", "NUM") or is_adverbial(t) for t in between)
            and (surface := _surface_speaker(ctx, cue, after=False)) is not None
            # (a noun phrase, or a name before the auxiliary alone; not the relative clause's object: "The
            # manager of the station that tried to reach the satellite, X, had told …")
            and (any(t.pos_ in ("PROPN", "NOUN") for t in between) or surface.pos_ == "PROPN"))


def _audience_then_speaker(cue) -> bool:
    """``…, informed journalists on Wednesday the deputy minister X``: a verb of telling after a comma whose object
    is an audience, with a noun phrase after it."""
    doc = cue.doc
    audience = noun_phrase_at(doc, cue.i + 1) if cue.i + 2 < len(doc) else None
    if cue.i == 0 or doc[cue.i - 1].text != "," or audience is None or audience[0].lower_ not in NOT_MEDIA:
        return False
    return _noun_phrase_after(doc, audience[1]) is not None


def _past_place(doc, k: int) -> int:
    """Token ``k``, or the token after the place that starts there: "from Geneva", "in Addis Ababa" (or after how it
    was said from there, in commas: "…, by telephone from the hospital of Toamasina (Madagascar), the chief …"; or with
    none: "said to Sakartvelo Press by telephone one of the sailors")."""
    if k + 2 < len(doc) and doc[k].lower_ == "by" and doc[k + 1].lower_ in ("telephone", "phone"):
        return _past_place(doc, k + 2)
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "by" and doc[k + 2].lower_ in ("telephone", "phone"):
        depth = 0
        for j in range(k + 3, min(k + 20, len(doc))):
            depth += (doc[j].text == "(") - (doc[j].text == ")")
            if doc[j].text == "," and depth == 0:
                return j + 1
            if doc[j].text in (".", ";", ":") or doc[j].is_quote:
                break
        return k
    if k + 2 < len(doc) and doc[k].lower_ in ("from", "in") and doc[k + 1].ent_type_ in ("LOC", "GPE") \
            and doc[k + 1].ent_iob_ == "B":
        k += 2
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
    return k


def _office_then_name(doc, k: int):
    """``…, said Deputy Natural Resources and Environmental Sustainability Minister Datuk Dr X.``: a long office in
    title case that ends the sentence in a person's name, however the parser cut it; the name's last word, or None."""
    if k >= len(doc) or not doc[k].is_title or doc[k].ent_type_ in ("PERSON", "PER"):
        return None
    j = k
    while j < len(doc) and j - k < 14 and doc[j].ent_type_ not in ("PERSON", "PER") and (
            doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") or doc[j].lower_ in ("and", "of", "for", "&")):
        j += 1
    if j == k or j >= len(doc) or doc[j].ent_type_ not in ("PERSON", "PER"):
        return None
    end = ent_bounds(doc[j])[1]
    return doc[end - 1] if end == len(doc) or doc[end].text in (".", ",", ";") or doc[end].is_space else None


def _lower_office_then_name(doc, k: int):
    """``„…“, said managing director Dipl.-Ing. Torsten X on Thursday to …``: an office in lower case with no article
    (as German copy puts it before the name), its holder's titles, then the name, however the parser read "managing";
    the name's last word, or None."""
    j = k
    while j < len(doc) and j - k < 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if j == k or doc[j - 1].lower_ not in ROLE_NOUNS or doc[k].lower_ in ("the", "a", "an", "to", "that"):
        return None
    while j < len(doc) and honorific(doc[j]):
        j += 1
    if j >= len(doc) or doc[j].ent_type_ not in ("PERSON", "PER"):
        return None
    return doc[ent_bounds(doc[j])[1] - 1]


def _speaker_then_audience(doc, cue) -> bool:
    """Whether a noun phrase follows ``cue``, then "to" and whom it told: "…, informs the Foreign Ministry to Sjømerke"."""
    found = noun_phrase_at(doc, cue.i + 1) if cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ in ("DET", "PROPN", "ADJ") else None
    return found is not None and found[1] + 1 < len(doc) and doc[found[1]].lower_ == "to" and doc[found[1] + 1].pos_ == "PROPN"


def _noun_phrase_after(doc, k: int):
    """(head, end) of a noun phrase at token ``k``, past a time phrase (``on Wednesday``), that starts like a
    speaker's (an article, a name or an adjective), or None."""
    if k + 1 < len(doc) and doc[k].lower_ in ("on", "in", "at") and doc[k + 1].lower_ in TIME_WORDS:
        k += 2
    # (or a possessive: "– told Délkör his mother, X"; or one of a group: "… one of the Georgian sailors")
    return noun_phrase_at(doc, k) if k < len(doc) and (doc[k].pos_ in ("DET", "PROPN", "ADJ") or doc[k].tag_ == "PRP$"
                                                       or doc[k].lower_ == "one" and k + 1 < len(doc) and doc[k + 1].lower_ == "of") else None


def after_quote(cue) -> bool:
    """``«…», — told el-Hatib to journalists``: a cue right after a quote and its dash, which the speaker follows."""
    doc = cue.doc
    # (past its auxiliary, as German copy has the pluperfect: "„…“, had said its chairman X")
    first = cue.i - 1 if cue.i and doc[cue.i - 1].lower_ in ("had", "has") and doc[cue.i - 1].head.i == cue.i else cue.i
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == "," or doc[k].text in DASHES):
        k -= 1
    if k < first - 1 and k >= 0 and doc[k].text == ")":
        # "«Mwen pale avè l de fwa» (I spoke with him twice), declared X": the quote's translation between them
        # (not a nickname's gloss after the subject: 'The commissioner, X, known as "Dheere" (the tall one), told …')
        opening = next((m for m in range(k - 1, max(-1, k - 80), -1) if doc[m].text in ("(", ")")), None)
        return opening is not None and doc[opening].text == "(" and opening > 0 and doc[opening - 1].is_quote \
            and not any(c.dep_ in SUBJECT and c.i < cue.i for c in cue.children)
    # (or a comma alone before a verb in the present with no subject before it and a name after it: "«… who will buy
    # our fish?», asks X, fisherman", not "The book, “The Guarantors”, argues that …")
    # (not after a fragment quoted inside a claim: "… gives the fishers ‘breathing space’, says ambassador X")
    # (or in the past, after a quote that is a sentence of its own: "« What is deposited … stay in the abyss », warned
    # Loor|obj.")
    if k >= 1 and cue.i + 1 < len(doc) and not any(c.dep_ in SUBJECT and c.i < cue.i for c in cue.children) \
            and (doc[cue.i + 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN") or doc[cue.i + 1].tag_ == "PRP$") and (
            # (a question's closing mark right before the verb: "“Will it rain?” asked the grandson")
            k == first - 1 and doc[k].is_quote and doc[k - 1].text in ("?", "!") and _quote_opens_sentence(doc, k)
            # (or a dialogue dash's words, which have no marks: "— Will the fish come back? — asked the grandson")
            or k < first - 1 and any(doc[m].text in DASHES for m in range(k + 1, first)) and _opens_with_dash(doc, k)):
        return True
    return k < first - 1 and k >= 0 and doc[k].is_quote and (any(doc[m].text in DASHES for m in range(k + 1, cue.i)) or (
        (cue.tag_ == "VBZ" or (cue.tag_ == "VBD" or first < cue.i) and _quote_opens_sentence(doc, k))
        and k == first - 2 and cue.i + 1 < len(doc) and (doc[cue.i + 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN") or doc[cue.i + 1].tag_ == "PRP$")
        and not any(c.dep_ in SUBJECT and c.i < cue.i for c in cue.children) and not _quoted_fragment_before(doc, k)))


def _opens_with_dash(doc, k: int) -> bool:
    """Whether the paragraph of token ``k`` opens with a dialogue dash (looked for at most 120 tokens back)."""
    m = k
    while m > 0 and k - m < 120 and "\n" not in doc[m - 1].text and "\n" not in doc[m - 1].whitespace_:
        m -= 1
    return (m == 0 or k - m < 120) and doc[m].text in DASHES


def _opening_mark(doc, close: int, window: int) -> int | None:
    """The quote mark nearest before the one at token ``close``, within ``window`` tokens."""
    return next((m for m in range(close - 1, max(-1, close - window), -1) if doc[m].is_quote), None)


def _quote_opens_sentence(doc, close: int) -> bool:
    """Whether the quote that closes at token ``close`` opens its paragraph or follows a sentence's end."""
    opening = _opening_mark(doc, close, 150)
    return opening is not None and opening + 1 < close and (opening == 0 or doc[opening - 1].is_space or doc[opening - 1].text in (".", "!", "?", ":"))


def _quoted_fragment_before(doc, close: int) -> bool:
    """Whether the quote that closes at token ``close`` is a few words in lower case inside a sentence of narration."""
    opening = _opening_mark(doc, close, 12)
    return opening is not None and opening > 0 and opening + 1 < close and doc[opening + 1].is_lower \
        and doc[opening - 1].is_alpha and not doc[opening].is_sent_start


# who may be cited as a source: "citing officials", "citing diplomats"
_CITED_PEOPLE = ROLE_NOUNS | frozenset(w + "s" for w in ROLE_NOUNS) | {
    "diplomats", "officials", "source", "sources", "witnesses", "residents", "company", "firm"}
# reporting verbs whose object is whom they address or judge ("…, accused Damascus of …"): never inverted
_OBJECT_TAKERS = frozenset("accuse urge blame criticize criticise praise condemn thank reject dismiss attribute ascribe".split())


@kept_per_run("inverted")
def inverted(cue) -> bool:
    """Whether the speaker comes after the cue: ``…,” said the minister``, ``— said X``, a sentence that opens with it."""
    doc = cue.doc
    if cue.tag_ == "VBG" or lemma_of(cue) in OBJECT_CUES or lemma_of(cue) in _OBJECT_TAKERS or cue.lemma_.lower() == "name":
        # "…, calling it …", "X, in Geneva, called the deal …", "X, for its part, named the incident …": never
        # followed by their speaker
        return False
    if any(c.i > cue.i and c.dep_ in ("obl", "prep", "advcl") and c.left_edge.lower_ == "as" for c in cue.children):
        return False  # "…, lauded the aid as “…”": what it was judged, not who judged it
    k = cue.i - 1
    while k >= 0 and is_adverbial(doc[k]):
        k -= 1
    if not (k < 0 or doc[k].is_punct or doc[k].is_space):
        return False
    if k >= 0 and doc[k].text == ",":
        # "A statement from the ministry, carried by state media, said …": the comma closes an aside after the subject
        opening = next((j for j in range(k - 1, max(k - 12, -1), -1) if doc[j].text == ","), None)
        # (not a "subject" that is a verb, the parser's reading of a whole reported clause: "Six traders figure|nsubj
        # among the dead …, in Chad, has confirmed Wednesday the Ministry …")
        if opening is not None and (doc[opening + 1].tag_ in ("VBN", "VBG") or doc[opening + 1].pos_ == "ADP") and any(
                c.dep_ in SUBJECT and c.i < opening and not c.tag_.startswith("VB") for c in cue.children):
            return False
        # ("The ship's owner, Corvina Bulk Shipping, has denied any wrongdoing": the comma closes the subject's appositive;
        # also after an opening phrase: "In Nairobi, the executive secretary …, Dr X, had affirmed Wednesday to …")
        start = sentence_start(cue)
        if any(c.dep_ in SUBJECT and c.i < k and c.pos_ in ("NOUN", "PROPN") and (c.left_edge.i == start or (
                c.left_edge.i > start + 1 and doc[c.left_edge.i - 1].text == ","
                # (or after the source that relays it: "According to the same daily, the head of …, X, compared …")
                and not any((is_verb(t) and doc[start].lower_ != "according") or t.is_punct for t in doc[start : c.left_edge.i - 1])))
               and any(a.dep_ == "appos" and a.right_edge.i == k - 1 and "," in (doc[a.left_edge.i].text, doc[a.left_edge.i - 1].text)
                       for a in c.children)
               for c in cue.children):
            return False
        # (or right after the quote it attributes: "“…,” his wife, Sherly X, told The Periyar Courier")
        if any(c.dep_ in SUBJECT and c.i < k and c.pos_ in ("NOUN", "PROPN") and (first := first_word(c).i) >= 2
               and doc[first - 1].is_quote and doc[first - 2].text in (",", "?", "!")
               and any(a.dep_ == "appos" and a.right_edge.i == k - 1 for a in c.children) for c in cue.children):
            return False
        # ("His wife, Madame X|nsubj, declared to our editorial staff …": a name set off by commas, parsed as a second
        # subject)
        if any(c.dep_ in SUBJECT and c.i < k and c.ent_type_ in ("PERSON", "PER") and c.right_edge.i in (k - 1, k)
               and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," for c in cue.children):
            return False
        # ("A mother of four …, who asked that only her first name, Hodan, be used, said …": the comma closes the
        # subject's relative clause; "said" takes no object but the words it reports, unlike "…, has demanded a ransom")
        if lemma_of(cue) == "say" and any(c.dep_ in SUBJECT and c.i < k and c.pos_ in ("NOUN", "PROPN") and any(
                r.dep_ in ("acl:relcl", "relcl") and r.right_edge.i == k - 1 and r.left_edge.i > 0
                and "," in (doc[r.left_edge.i].text, doc[r.left_edge.i - 1].text) for r in c.children) for c in cue.children):
            return False
    # "Rami Haddad, of the Forum, said the round …": a comma that closes an appositive, and a clause follows
    # (by the parse, or by the words when the parser ended the sentence at the cue: "said Ivanka Trump's statement didn't …")
    if any(c.i > cue.i and (c.dep_ in CLAUSE or c.lower_ == "that") and heads_clause(c) and not reduced_relative(c)
           for c in cue.children):
        return False
    if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "that":
        return False
    if any(c.dep_ in SUBJECT and c.i < cue.i for c in cue.children) and any(
            t.text in ("'s", "’s") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN" for t in doc[cue.i + 2 : cue.i + 6]) \
            and any(t.tag_.startswith("VB") for t in doc[cue.i + 3 : cue.sent.end]):
        # ("X said Mr Kittipong's sample contained|VBN …": a clause whose subject someone owns, after its speaker; not
        # "…, confirms the Foreign Ministry's press service to Tjäder.")
        return False
    for t in doc[cue.i + 1 : cue.i + 9]:
        if t.is_punct or t.is_space:
            break
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not reduced_relative(t):
            return False
    return True


def reduced_relative(verb) -> bool:
    """``…, said one person briefed on the talks``: a participle that describes the source (the tagger may call it a
    past tense), not the verb of a reported clause."""
    doc = verb.doc
    return verb.lower_ in ("briefed", "involved", "informed") and 0 < verb.i < len(doc) - 1 \
        and doc[verb.i - 1].pos_ in ("NOUN", "PROPN") and doc[verb.i + 1].lower_ in ("on", "about", "in", "with")


def _surface_appositive(ctx: Context, comma: int, cue) -> int:
    """End of ``, a former official who …`` after a speaker: up to the comma before its cue
    (``X, a …, said``) or, after the cue (``said X, a …``), to the sentence's end."""
    doc = ctx.doc
    if comma < cue.i:
        k = cue.i - 1
        while k > comma and is_adverbial(doc[k]):
            k -= 1
        if doc[k].ent_type_ in ("PERSON", "PER") and k - comma <= 16 and not any(is_verb(t) or t.text in (",", ";", ":") for t in doc[comma + 1 : k]):
            return k + 1  # "the head of the Iranian delegation, senior assistant to the Minister Ali Khaji said"
        return k if doc[k].text == "," and k - comma <= 30 else comma
    end = comma + 1
    limit = min(doc[comma].sent.end, comma + 30)
    while end < limit and not doc[end].is_space and doc[end].text not in (";", ":", ".", "(", "“", "\"", "«", "—", "--"):
        if doc[end].text == "," and end + 1 < limit and (doc[end + 1].tag_ == "VBG" or doc[end + 1].is_punct):
            break
        end += 1
    return end if end < limit or limit == doc[comma].sent.end else comma


def _with_appositive(ctx: Context, head, span: tuple[int, int], cue) -> tuple[int, int]:
    """The speaker's whole noun phrase: ``Kenneth Baer, a former official who runs a firm,`` (the speaker's
    span as the text gives it; the name alone, ``span``, is what resolution reads)."""
    doc = ctx.doc
    lo, hi = span
    lo = _office_run(doc, lo)
    if hi + 2 < len(doc) and doc[hi].text == "(" and doc[hi + 2].text == ")" or hi + 3 < len(doc) and doc[hi].text == "(" \
            and doc[hi + 3].text == ")":  # "Rep. Gwen Moore (D-Wis.)": the party tag belongs to the name
        hi = hi + 3 if doc[hi + 2].text == ")" else hi + 4
    if hi + 2 < len(doc) and doc[hi].lower_ in ("for", "of") and doc[hi - 1].text == ")" and doc[hi + 1].is_title:
        # (the office's place after its initials: "The Member of Parliament (MP) for Shama, Hon. X,")
        j = hi + 1
        while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            j += 1
        hi = j if j < len(doc) and doc[j].text == "," else hi
    # (past a relative clause with no "that": "The colleague she refers to, the Kyrgyz hydrologist X, told …")
    contact = next((c for c in head.children if c.dep_ in ("acl:relcl", "relcl") and c.left_edge.i == hi
                    and c.left_edge.pos_ == "PRON" and c.left_edge.lower_ not in ("who", "which", "that", "whose")), None)
    if contact is not None and contact.right_edge.i + 1 < len(doc) and doc[contact.right_edge.i + 1].text == "," \
            and contact.right_edge.i < cue.i:
        hi = contact.right_edge.i + 1
    if hi >= len(doc) or doc[hi].text not in (",", "(", "and"):
        return lo, hi
    end = hi
    for child in head.children:
        if child.i < hi:
            continue
        if child.dep_ == "acl" and child.lower_ in ("quoted", "cited"):
            # (up to, not over, the outlet that relayed it: "X, quoted by the state-run SLNN, said" is X; "The widow
            # of the navigator, Y (quoted by the agency KZNews), had recounted" is the widow, Y)
            end = max(end, child.left_edge.i)
        # (and a name the parser hung on the head past the comma: "…, the Kyrgyz hydrologist Aibek Jumaliev|nmod,")
        elif child.dep_ in ("appos", "acl:relcl", "relcl", "acl", "conj") \
                or child.dep_ == "nmod" and child.pos_ == "PROPN" and not any(g.dep_ == "case" for g in child.children):
            end = max(end, child.right_edge.i + 1)
    if end == hi and doc[hi].text == "," and hi + 1 < len(doc) and (
            doc[hi + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[hi + 1].lower_ == "who"):
        end = _surface_appositive(ctx, hi, cue)  # the parser left the appositive unattached
    if end == hi:
        return lo, hi
    if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ in ("PERSON", "PER"):
        end = ent_bounds(doc[end])[1]  # (a name the parser cut: "…, Chair of … Lusine| Ter-Ghazaryan|nmod from …,")
    elif end < len(doc) and korean_given(doc[end - 1], doc[end]):
        end += 1  # (or a Korean given name the NER left out: "Choi's wife, Lee| Su-bin|punct, told …")
    # (nor a statement of its own: "«…», — deplored Mr. X, who specified that …" ends at "who")
    stop = min((t.i for t in doc[hi:end] if t.i == cue.i or t.is_space or t.text in (";", ":")
                or ctx.segment_at(t.idx) is not None
                or is_cue(t) and any(c.dep_ in CLAUSE and c.i > t.i and heads_clause(c) for c in t.children)), default=end)
    end = stop
    if end < len(doc) and doc[end].text in ("«", "“", "„"):
        return lo, hi  # "As it is underlined in the document, Kazakhstan «remains …»": the statement's subject
    while end > hi and doc[end - 1].is_punct:
        end -= 1
    return (lo, end) if end > hi else (lo, hi)


def _office_run(doc, lo: int) -> int:
    """Start of the office words before a name, however the parser split them: "Tulsa police Chief Chuck Jordan"."""
    if doc[lo].pos_ != "PROPN":
        return lo
    k = lo - 1
    while (k >= 0 and lo - k <= 6 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[k].is_space
           and doc[k].lower_ not in TIME_WORDS and (doc[k].text[:1].isupper() or doc[k + 1].text[:1].isupper())
           # not over a place right before a name: "In Geneva Lavrov said"
           and not (doc[k].ent_type_ and doc[k + 1].ent_iob_ == "B" and doc[k + 1].ent_type_ in ("PERSON", "PER"))):
        k -= 1
    if k >= 0 and k + 1 < lo and doc[k].lower_ in ("to", "with"):
        return lo  # (an outlet the words were given to: "said in the commentary to Tulpar Inform A.Zhumaliev")
    return k + 1


def modifies_speaker(verb) -> bool:
    """``retired`` in "…,” retired Air Force general X said": a participle opening the speaker's phrase."""
    doc = verb.doc
    if verb.dep_ in ("amod", "compound"):
        return True
    return (verb.tag_ in ("VBN", "VBD") and verb.i > 0 and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote)
            and verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("ADJ", "NOUN", "PROPN"))


def _name_before_aside(ctx: Context, cue):
    """``Natalia Hrytsenko, whose son, Andriy Hrytsenko, …, was captured …, said …`` parsed with no subject: the
    name that opens the sentence (or follows its office there), when a relative aside follows it and a comma closes
    the aside before the cue."""
    doc = ctx.doc
    if not cue.i or doc[cue.i - 1].text != ",":
        return None
    lo = sentence_start(cue)
    while lo < cue.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # (or after its office, with no verb before it: "The president of the council, the Albanian ambassador Erion
    # Kerçiku, whose decision … provoked the walkout, assured …")
    ent = next((e for e in doc.ents if lo <= e.start < cue.i and e.label_ in ("PERSON", "PER", "ORG")
                and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "whose", "which", "that") for t in doc[lo : e.start])), None)
    if ent is None or ent.end + 2 >= cue.i or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("who", "whose"):
        return None
    return ent.root


def according_speaker(ctx: Context, according) -> tuple[int, int] | None:
    doc = ctx.doc
    k = according.i + 2
    if k + 1 < len(doc) and doc[k].lower_ == "what":
        k += 1  # ("According to what this medium could learn, …": the medium)
        # (or whom the passive names: "according to what was reported by the direction of the hospital", the Spanish
        # "según lo informado por")
        by = next((m for m in range(k, min(k + 4, len(doc) - 1)) if doc[m].lower_ == "by"), None)
        if by is not None and doc[k].pos_ == "AUX" and all(t.pos_ == "AUX" or t.tag_ == "VBN" for t in doc[k:by]):
            k = by + 1
    if k >= len(doc):
        return None
    j = k
    # (to the next finite verb: "the conservative-leaning Tax Foundation" is tagged an adjective, whatever its UPOS)
    # (nor past a paragraph break: "… of BiH.|\n\n" with the full stop kept on the initials)
    while j < len(doc) and doc[j].text not in (",", ".", ";", ":", "(", "“", "\"", "«") and not (
        doc[j].pos_ in ("VERB", "AUX") and doc[j].tag_ not in ("VBN", "VBG") and doc[j].tag_[:2] in ("VB", "MD")
    ) and not (doc[j].is_space and "\n" in doc[j].text):
        j += 1
    # (a manner, not a source, inside a clause: "insist on the exchange according to the "all for all" formula")
    mid_clause = according.i > 0 and not doc[according.i - 1].is_punct and not doc[according.i - 1].is_space
    if j == k or all(t.pos_ == "DET" for t in doc[k:j]) or mid_clause and doc[j - 1].lower_ in _MANNER_NOUNS:
        return None
    # (nor right after a verb that reports nothing, to a source that is no one: "were treated according to the values of …")
    if mid_clause and doc[according.i - 1].tag_ in ("VBN", "VBD", "VB", "VBG") and not is_cue(doc[according.i - 1]) \
            and not any(t.ent_type_ or t.lower_ in ROLE_NOUNS or t.lower_ in GROUP_NOUNS or t.lower_ in MEDIA_NOUNS for t in doc[k:j]):
        return None
    return k, j


# what "according to" a manner of doing follows, never a speaker
_MANNER_NOUNS = frozenset("formula principle scheme plan schedule procedure format model pattern rules rule".split())
