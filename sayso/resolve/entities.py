"""Cluster name mentions across articles into entities, and say why each name joined.

Two passes, each deterministic in the whole set of mentions, so the order in
which articles arrive never changes the result:

1. **Within an article** a bare surname ("Lavrenyev"), an acronym ("SNB") or
   a shorter or generic form ("the Foreign Ministry", "Hamdani Brigade")
   joins the full name the same article gives: the nearest one before it
   when several fit, because that is how a reporter writes.
2. **Across articles** full names join when their normalized keys agree
   (``names.py``); people need the same surname key and compatible given
   names, so Hafez and Bashar al-Assad stay two. A bare surname, an acronym or
   a shorter form that an article never spelled out joins an entity only
   when exactly one entity in the whole set fits; when several fit it stays
   on its own, since a false merge puts one person's words in another's mouth.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Sequence

from .names import Name, canonical_alias, fold, initials, is_generic, is_generic_word, parse_name

__all__ = ["NameMention", "Cluster", "cluster_mentions", "resolve_mentions", "Corrections"]


@dataclass(frozen=True)
class NameMention:
    """One named mention: ``text`` at ``start``/``end`` in document ``article``."""

    article: str
    start: int
    end: int
    text: str
    kind: str  # "PERSON" | "ORG" | "LOC" | "MISC"


@dataclass(frozen=True)
class Corrections:
    """What a user decided, applied on every resolution so it survives re-processing and new ingests.

    ``aliases`` maps (kind, folded name) to a canonical name (``sayso entities
    import``); ``merges`` are pairs of (kind, name) to put in one entity;
    ``splits`` are (kind, entity name, alias) whose mentions must leave it.
    """

    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    merges: tuple[tuple[str, str, str, str], ...] = ()
    splits: tuple[tuple[str, str, str], ...] = ()

    @cached_property
    def split_keys(self) -> frozenset[tuple[str, str, str]]:
        """(kind, folded entity name, folded alias) of every split."""
        return frozenset((k, fold(e), fold(a)) for k, e, a in self.splits)


@dataclass
class Cluster:
    """One entity: its mentions (indices into the input) and each name it goes by, with the reason it joined."""

    kind: str
    name: str
    members: list[int]
    aliases: dict[str, str]  # display name -> why it belongs to this entity


@dataclass
class _Local:
    """What one article says about one entity: its names and mentions."""

    article: str
    kind: str
    names: list[Name]
    members: list[int]
    reasons: dict[str, str] = field(default_factory=dict)  # display -> reason it joined within the article

    @property
    def full(self) -> Name:
        """The fullest name the article gives it."""
        return max(self.names, key=lambda n: (len(n.words), len(n.display), n.display))

    @property
    def partial(self) -> str | None:
        return partial_kind(self.full)


def partial_kind(name: Name) -> str | None:
    """Why ``name`` alone cannot say who it is across articles: "surname", "acronym", "generic", or None."""
    if name.alias or name.patronymic:
        return None
    if name.kind == "PERSON" and len(name.words) == 1:
        return "surname"
    if name.kind == "ORG" and name.acronym:
        return "acronym"
    if is_generic(name):
        return "generic"
    return None


class _Sets:
    """Union-find over integers, joining towards the smaller id so the result is order-free."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _given_match(a: Name, b: Name) -> bool:
    """Given names agree: equal, one the start of the other (a middle name), one missing, or a vowel apart.

    "A vowel apart" needs a second given name that agrees ("Damber Bahadur" /
    "Dambar Bahadur"): Jamil and Jamal al-Hamdani are two men.
    """
    ga, gb = a.given, b.given
    if not ga or not gb:
        return True
    return "".join(ga) == "".join(gb) or ga[0] == gb[0] or (len(ga) > 1 and _vowel_key(ga) == _vowel_key(gb))


def _vowel_key(given: tuple[str, ...]) -> tuple[str, ...]:
    """Given names with the first one's vowels blanked: the transliterations of one name ("Damber", "Dambar")."""
    return (re.sub(r"[aeiou]", "*", given[0]), *given[1:])


def _person_keys(name: Name) -> list[tuple]:
    """The keys on which two full names of a person join across articles (see ``_strong_clusters``)."""
    if name.patronymic:
        return [("patronymic", name.words[0], name.patronymic)]
    keys = [("given", name.surname, "".join(name.given)), ("first", name.surname, name.given[0]),
            ("all", "".join(name.words))]  # Kim Jong Un / Kim Jong-un, Ali Reza / Alireza
    if len(name.given) > 1:
        keys.append(("vowels", name.surname, _vowel_key(name.given)))
    return keys


def _patronymic_keys(name: Name) -> list[tuple]:
    """The "B.Enkhjargal" forms a two-word full name can take in a Mongolian outlet: "Enkhjargal Batbayar"."""
    if name.patronymic:
        return _person_keys(name)
    if name.kind != "PERSON" or len(name.words) != 2:
        return []
    last = fold(name.display.split()[-1])
    return [("patronymic", name.given[0], last[:n]) for n in (1, 2)]


def _nearest(candidates: list[_Local], at: int, starts: Sequence[int]) -> _Local:
    """The candidate mentioned last before position ``at``, else the first after it."""
    before = [(max(starts[m] for m in c.members if starts[m] <= at), i) for i, c in enumerate(candidates)
              if any(starts[m] <= at for m in c.members)]
    if before:
        return candidates[max(before)[1]]
    return min(candidates, key=lambda c: min(starts[m] for m in c.members))


def _principal(candidates: list[_Local], at: int, starts: Sequence[int]) -> _Local:
    """The person a bare surname means among several of that name: the one the article names most.

    "Scott Peterson ... his wife, Laci Peterson ... Peterson said": reporters
    give the main person the surname and relatives their first names.
    """
    most = max(len(c.members) for c in candidates)
    return _nearest([c for c in candidates if len(c.members) == most], at, starts)


def _fits(part: Name, whole: Name, partial: str) -> bool:
    """Whether the partial name ``part`` can stand for the full name ``whole``."""
    if part.kind != whole.kind or part.key == whole.key:
        return False
    if partial == "surname":
        # (or a Spanish first surname: "Salazar" for Ana María Salazar Vega)
        return len(whole.words) > 1 and whole.surname == part.surname or (
            len(whole.words) > 2 and whole.words[-2] == part.surname and not is_generic_word(whole.surname))
    if partial == "acronym":
        return not whole.acronym and initials(whole) == part.acronym
    # a shorter or generic form: all its words in the longer name, and the same head; one word is too little
    # ("Europe" is not "GM Europe") unless it is a generic office ("the Ministry")
    if len(part.words) < 2 and partial != "generic":
        return False
    return set(part.words) < set(whole.words) and part.head == whole.head


_REASON_IN_ARTICLE = {
    "surname": "surname only, full name in the same article",
    "acronym": "acronym of a name in the same article",
    "generic": "short form of a name in the same article",
    None: "short form of a name in the same article",
}


def _group_article(article: str, items: list[tuple[int, Name]], starts: Sequence[int]) -> list[_Local]:
    """The entities of one article: equal keys first, then partial names to the full name they stand for."""
    by_key: dict[tuple, _Local] = {}
    for index, name in items:
        local = by_key.get(name.key)
        if local is None:
            local = by_key[name.key] = _Local(article, name.kind, [], [])
        local.names.append(name)
        local.members.append(index)
    locals_ = list(by_key.values())
    _join_people(locals_)
    _relabel_surnames(locals_)
    kept: list[_Local] = []
    full = [loc for loc in locals_ if loc.partial is None]
    for local in locals_:
        kind = local.partial
        shorter = kind is None and local.kind == "ORG" and any(_fits(local.full, f.full, "") for f in full)
        if kind is None and not shorter:
            kept.append(local)
            continue
        candidates = [f for f in full if f is not local and _fits(local.full, f.full, kind or "")]
        if kind == "surname":  # (a last surname before a first one: "Ruiz" is Carlos Ruiz, not Ana Ruiz Vega)
            candidates = [f for f in candidates if f.full.surname == local.full.surname] or candidates
        if not candidates:
            kept.append(local)
            continue
        for member, name in zip(local.members, local.names):
            target = _nearest(candidates, starts[member], starts) if kind != "surname" else _principal(candidates, starts[member], starts)
            target.members.append(member)
            target.names.append(name)
            target.reasons.setdefault(name.display, _REASON_IN_ARTICLE[kind])
    return kept


def _join_people(locals_: list[_Local]) -> None:
    """Within an article, full names of one person written two ways ("Sergey Lavrov" / "Sergei Lavrov") join."""
    people = [loc for loc in locals_ if loc.kind == "PERSON" and (len(loc.full.words) > 1 or loc.full.patronymic)]
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if a.members and b.members and _same_person(a.full, b.full):
                a.members.extend(b.members)
                a.names.extend(b.names)
                b.members.clear()
                b.names.clear()
    locals_[:] = [loc for loc in locals_ if loc.members]


def _same_person(a: Name, b: Name) -> bool:
    if a.patronymic or b.patronymic:
        return bool(set(_patronymic_keys(a)) & set(_patronymic_keys(b)))
    return a.surname == b.surname and _given_match(a, b) or _first_surname_form(a, b) or _first_surname_form(b, a)


def _first_surname_form(short: Name, long: Name) -> bool:
    """``short`` is ``long`` without its last surname, as Spanish copy shortens a name: "Ana María Salazar" or
    "Ana Salazar" for Ana María Salazar Vega (the father's surname comes first and stays)."""
    return len(long.words) >= 3 and len(short.words) >= 2 and not is_generic_word(long.words[-1]) and (
        short.words == long.words[:-1] or short.words == (long.words[0], long.words[-2]))


def _first_surname_keys(name: Name) -> list[tuple]:
    """The keys a name of three or more words has without its last word (see ``_first_surname_form``)."""
    if name.kind != "PERSON" or name.patronymic or len(name.words) < 3 or is_generic_word(name.words[-1]):
        return []  # (nor a unit the NER took for a person: "Jamil al-Hamdani Brigade")
    return [("given", name.words[-2], "".join(name.words[:-2])), ("first", name.words[-2], name.words[0])]


def _relabel_surnames(locals_: list[_Local]) -> None:
    """A one-word ORG, LOC or MISC name that is the surname of a person in the same article is that person.

    The NER calls "Al-Hadad" an organisation now and then; the article's
    "Walid al-Haddad" says who it is.
    """
    surnames = {loc.full.surname: loc for loc in locals_ if loc.kind == "PERSON" and len(loc.full.words) > 1}
    for local in locals_:
        person = surnames.get(local.full.words[0]) if local.kind != "PERSON" and len(local.full.words) == 1 else None
        if person is not None and not local.full.alias and not local.full.acronym:
            person.members.extend(local.members)
            person.names.extend(Name("PERSON", n.display, n.words) for n in local.names)
            for n in local.names:
                person.reasons.setdefault(n.display, "surname only, full name in the same article")
            local.members, local.names = [], []
    locals_[:] = [loc for loc in locals_ if loc.members]


def _strong_clusters(locals_: list[_Local]) -> _Sets:
    """Across articles: full names join when their keys agree.

    People join on their surname key plus either all their given names or
    the first one (a middle name or patronymic is often dropped): the same
    links as ``_given_match`` between every pair, found through keys alone.
    """
    sets = _Sets(len(locals_))
    first_by_key: dict[tuple, int] = {}
    for i, local in enumerate(locals_):
        if local.partial is not None:
            continue
        for name in local.names:
            if partial_kind(name) is not None:
                continue  # joined in its article; its words say nothing across articles
            if local.kind == "PERSON":
                keys = _person_keys(name)
            else:
                keys = [name.key]
            for key in keys:
                sets.union(i, first_by_key.setdefault(key, i))
    _join_patronymics(locals_, sets)
    _join_first_surnames(locals_, sets)
    return sets


def _join_first_surnames(locals_: list[_Local], sets: _Sets) -> None:
    """"Jorge Quispe" joins the one person written "Jorge Luis Quispe Mamani" elsewhere; with two such people
    ("Ali Akbar Salehi", "Ali Akbar Velayati") a shorter name stays apart."""
    _join_short_forms(locals_, sets, _first_surname_keys,
                      lambda name: _person_keys(name)[:2] if len(name.words) >= 2 and not name.patronymic else [])


def _join_patronymics(locals_: list[_Local], sets: _Sets) -> None:
    """"B.Enkhjargal" joins the one person written "Enkhjargal Batbayar" (or "Enkhjargal Bold") elsewhere."""
    _join_short_forms(locals_, sets, lambda name: [] if name.patronymic else _patronymic_keys(name),
                      lambda name: _person_keys(name)[:1] if name.patronymic else [])


def _join_short_forms(locals_: list[_Local], sets: _Sets, offered: Callable[[Name], list[tuple]],
                      wanted: Callable[[Name], list[tuple]]) -> None:
    """A person's short form joins the one entity whose fuller names ``offered`` one of its ``wanted`` keys; with two
    it could be, or where its own entity offers the key too (it is already that person), it stays apart."""
    offers: dict[tuple, set[int]] = defaultdict(set)
    for i, local in enumerate(locals_):
        for name in local.names if local.kind == "PERSON" else ():
            for key in offered(name):
                offers[key].add(i)
    if not offers:
        return
    for i, local in enumerate(locals_):
        keys = {key for name in local.names for key in wanted(name)} if local.kind == "PERSON" else set()
        roots = {sets.find(j) for key in keys for j in offers.get(key, ())}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def cluster_mentions(mentions: Sequence[NameMention], corrections: Corrections | None = None) -> list[Cluster]:
    """The entities of ``mentions``: every mention in exactly one cluster."""
    corrections = corrections or Corrections()
    mentions = _vote_kinds(mentions)
    names = [_parse(m, corrections) for m in mentions]
    starts = [m.start for m in mentions]
    by_article: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    unnamed: list[int] = []
    for i, name in enumerate(names):
        if name is None:
            unnamed.append(i)
        else:
            by_article[mentions[i].article].append((i, name))
    locals_: list[_Local] = []
    for article in sorted(by_article):
        locals_.extend(_group_article(article, by_article[article], starts))
    sets = _strong_clusters(locals_)
    _attach_partials(locals_, sets)
    _apply_merges(locals_, sets, corrections)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        groups[sets.find(i)].append(i)
    clusters = [_build(locals_[root].kind, [locals_[i] for i in members]) for root, members in groups.items()]
    clusters.extend(Cluster(mentions[i].kind, mentions[i].text.strip(), [i], {}) for i in unnamed)
    clusters = _apply_splits(clusters, names, corrections)
    return sorted(clusters, key=lambda c: min(c.members))


def _vote_kinds(mentions: Sequence[NameMention]) -> list[NameMention]:
    """One kind per name across the library: what the alias table says, else what most mentions say.

    An NER tags "Daesh" ORG in one article and LOC in the next, "Türkiye"
    PERSON once; resolution compares names within a kind, so those would
    stay apart. A bare surname whose article names a person of that surname
    keeps its own kind: the article says who it is.
    """
    agnostic = [_agnostic_key(m.text) for m in mentions]
    votes: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m, key in zip(mentions, agnostic):
        if key:
            votes[key][m.kind] += 1
    surnames = {(m.article, name.surname) for m in mentions if m.kind == "PERSON"
                for name in [parse_name(m.text, "PERSON")] if name is not None and len(name.words) > 1}
    out = []
    for m, key in zip(mentions, agnostic):
        kind = _voted_kind(m.text, votes.get(key, {}))
        if kind and kind != m.kind and not (len(key) == 1 and (m.article, key[0]) in surnames):
            m = NameMention(m.article, m.start, m.end, m.text, kind)
        out.append(m)
    return out


def _agnostic_key(text: str) -> tuple[str, ...]:
    name = parse_name(text, "MISC")  # plain words, no kind-specific reading
    return name.words if name is not None else ()


def _voted_kind(text: str, counts: dict[str, int]) -> str | None:
    aliased = [kind for kind in ("ORG", "LOC", "PERSON", "MISC") if canonical_alias(text, kind)]
    if len(aliased) == 1:
        return aliased[0]
    total = sum(counts.values())
    if not total:
        return None
    kind, most = max(counts.items(), key=lambda item: (item[1], item[0]))
    return kind if most * 3 >= total * 2 and most > total - most else None


def _parse(mention: NameMention, corrections: Corrections) -> Name | None:
    name = parse_name(mention.text, mention.kind)
    if name is not None and corrections.aliases:
        canonical = corrections.aliases.get((name.kind, fold(name.display)))
        if canonical and (name.kind, fold(canonical), fold(name.display)) not in corrections.split_keys:
            meant = parse_name(canonical, name.kind)  # the words of the name it stands for, as written here
            name = Name(name.kind, name.display, meant.words, canonical, name.acronym) if meant else name
    return name


def _attach_partials(locals_: list[_Local], sets: _Sets) -> None:
    """A partial name no article spelled out joins the one entity it can stand for; when several fit, none."""
    index = _FullNames(locals_, sets)
    lonely: dict[tuple, list[int]] = defaultdict(list)
    for i, local in enumerate(locals_):
        kind = local.partial
        if kind == "generic":
            continue  # "the Foreign Ministry" means the one its own article names, whichever the library holds
        if kind is None:
            if local.kind != "ORG" or sets.find(i) != i:
                continue
            kind = "shorter"  # "Hamdani Brigade" where another article wrote "Jamil al-Hamdani Brigade"
        name = local.full
        fits = sorted(root for root in index.candidates(name, kind) if root != sets.find(i))
        if len(fits) == 1:
            sets.union(i, fits[0])
            reason = {"surname": "surname only, the one person of that name", "acronym": "acronym of the name"}.get(
                kind, "short form of the name")
            for n in local.names:
                local.reasons.setdefault(n.display, reason)
        elif not fits and kind in ("surname", "acronym"):
            lonely[name.key].append(i)  # "Lavrov" in two articles and no Sergey anywhere: still one man
    for group in lonely.values():
        for i in group[1:]:
            sets.union(group[0], i)


class _FullNames:
    """The full names of the clusters so far, indexed by surname, acronym and word, so lookups never scan all."""

    def __init__(self, locals_: list[_Local], sets: _Sets):
        self.by_surname: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.by_initials: dict[str, set[int]] = defaultdict(set)
        self.by_word: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.heads: dict[int, set[tuple[str, frozenset]]] = defaultdict(set)
        for i, local in enumerate(locals_):
            if local.partial is not None:
                continue
            root = sets.find(i)
            for name in local.names:
                if partial_kind(name) is not None:
                    continue
                if name.kind == "PERSON" and len(name.words) > 1:
                    self.by_surname[(name.kind, name.surname)].add(root)
                if name.kind == "ORG" and not name.acronym:
                    self.by_initials[initials(name)].add(root)
                for word in name.words:
                    self.by_word[(name.kind, word)].add(root)
                self.heads[root].add((name.head, frozenset(name.words)))

    def candidates(self, name: Name, kind: str) -> set[int]:
        if kind == "surname":
            return self.by_surname.get((name.kind, name.surname), set())
        if kind == "acronym":
            return self.by_initials.get(name.acronym or "", set())
        pools = sorted((self.by_word.get((name.kind, w), set()) for w in name.words), key=len)
        roots = set.intersection(*pools) if pools else set()
        words = frozenset(name.words)
        if len(words) < 2:
            return set()
        # a shorter form: all its words in the longer name, and the same head
        return {r for r in roots if any(head == name.head and words < whole for head, whole in self.heads[r])}


def _apply_merges(locals_: list[_Local], sets: _Sets, corrections: Corrections) -> None:
    if not corrections.merges:
        return
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, local in enumerate(locals_):
        for name in local.names:
            by_name[(local.kind, fold(name.display))].append(i)
            if name.alias:
                by_name[(local.kind, fold(name.alias))].append(i)
    for kind_a, a, kind_b, b in corrections.merges:
        left, right = by_name.get((kind_a, fold(a)), []), by_name.get((kind_b, fold(b)), [])
        for i in left[:1]:
            for j in right[:1]:
                sets.union(i, j)
                for n in locals_[j].names:
                    locals_[j].reasons[n.display] = "merged by hand"


def _apply_splits(clusters: list[Cluster], names: list[Name | None], corrections: Corrections) -> list[Cluster]:
    """Mentions a user split off an entity leave it and form their own."""
    for kind, entity, alias in corrections.splits:
        for cluster in list(clusters):
            if cluster.kind != kind or fold(entity) not in {fold(cluster.name), *map(fold, cluster.aliases)}:
                continue
            leaving = [m for m in cluster.members if names[m] is not None and fold(names[m].display) == fold(alias)]
            if leaving and len(leaving) == len(cluster.members):  # nothing else left: the entity takes its own name
                cluster.name, cluster.aliases = names[leaving[0]].display, {names[leaving[0]].display: "split by hand"}
            elif leaving:
                cluster.members = [m for m in cluster.members if m not in leaving]
                cluster.aliases.pop(next((k for k in cluster.aliases if fold(k) == fold(alias)), ""), None)
                clusters.append(Cluster(kind, names[leaving[0]].display, leaving, {names[leaving[0]].display: "split by hand"}))
    return clusters


def _build(kind: str, members: list[_Local]) -> Cluster:
    counts: dict[str, int] = defaultdict(int)
    alias_name = None
    whole: set[str] = set()
    for local in members:
        for name in local.names:
            counts[name.display] += 1
            alias_name = alias_name or name.alias
            if partial_kind(name) is None and not name.patronymic:
                whole.add(name.display)
    # "Kazakh Foreign Ministry" names it better than "Foreign Ministry"; "Enkhjargal Batbayar" than "B.Enkhjargal"
    full = sorted(whole) or list(counts)
    canonical = alias_name or min(full, key=lambda d: (-counts[d], -len(d), d))
    canonical_name = parse_name(canonical, kind)
    aliases: dict[str, str] = {}
    for local in members:
        for name in local.names:
            if name.display not in aliases:
                aliases[name.display] = local.reasons.get(name.display) or explain(name, canonical_name, canonical)
    return Cluster(kind, canonical, sorted(m for local in members for m in local.members), aliases)


def explain(name: Name, canonical: Name | None, canonical_text: str) -> str:
    """Why ``name`` is a name of the entity called ``canonical_text``, in a few words."""
    if name.display == canonical_text:
        return "canonical name"
    if canonical is None:
        return "same entity"
    if fold(name.display) == fold(canonical_text):
        return "same name: case, accents or apostrophes"
    if name.alias and name.alias == canonical.alias:
        return f"alias table: {name.display} is {name.alias}"
    if name.words == canonical.words:
        if fold(name.display).replace("-", " ").split()[-1:] != fold(canonical_text).replace("-", " ").split()[-1:]:
            return "transliteration variant"
        return "same name without particles or hyphens (al-, el-, de, di)"
    if set(name.words) == set(canonical.words):
        return "same organisation: word order, country or office form"
    if name.kind == "PERSON" and name.surname == canonical.surname:
        return "same person: given names compatible"
    if name.patronymic or canonical.patronymic:
        return "same person: given name and father's-name initial"
    if name.kind == "PERSON" and (_first_surname_form(name, canonical) or _first_surname_form(canonical, name)):
        return "same person: the first of two surnames"
    return "same entity"


def resolve_mentions(mentions: Sequence[NameMention], corrections: Corrections | None = None) -> list[str]:
    """An entity key for each mention, in order: equal keys mean one entity."""
    keys = [""] * len(mentions)
    for n, cluster in enumerate(cluster_mentions(mentions, corrections)):
        for m in cluster.members:
            keys[m] = f"{cluster.kind}:{cluster.name}#{n}"
    return keys
