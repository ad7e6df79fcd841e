"""One resolution of a whole library: stored mentions in, entities, mention links and quote speakers out.

Pure functions over rows the store hands over, so the service only reads,
calls ``resolve_library`` and writes. Entity ids stay stable across
resolutions: a cluster keeps the id most of its mentions had before.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..model import Entity
from .entities import Cluster, Corrections, NameMention, cluster_mentions
from ..nlp.lexicon import ROLE_NOUNS
from .names import fold, office_words, parse_name, role_country

__all__ = ["Resolution", "resolve_library", "corrections_from"]


@dataclass(frozen=True)
class Resolution:
    entities: list[Entity]
    assignment: dict[int, int]  # mention id -> entity id
    speakers: dict[int, int | None]  # quote id -> entity id


def corrections_from(rows: Sequence[Mapping[str, Any]]) -> Corrections:
    """The stored corrections (``entity_corrections`` rows, oldest first) as one Corrections."""
    aliases: dict[tuple[str, str], str] = {}
    merges, splits = [], []
    for r in rows:
        if r["action"] == "alias":
            aliases[(r["kind"], fold(r["a"]))] = r["b"]
        elif r["action"] == "merge":
            merges.append((r["kind"], r["a"], r["kind_b"] or r["kind"], r["b"]))
        elif r["action"] == "split":
            splits.append((r["kind"], r["a"], r["b"]))
    return Corrections(aliases, tuple(merges), tuple(splits))


def resolve_library(mentions: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]],
                    corrections: Corrections) -> Resolution:
    """Resolve every stored mention; ``mentions`` rows carry id, article_id, start, end, kind, name, text, entity_id."""
    names = [NameMention(str(r["article_id"]), r["start"], r["end"], r["name"] or r["text"], r["kind"]) for r in mentions]
    clusters = cluster_mentions(names, corrections)
    ids = _stable_ids(clusters, [r["entity_id"] for r in mentions])
    entities, assignment = [], {}
    for cluster, entity_id in zip(clusters, ids):
        entities.append(Entity(entity_id, cluster.name, cluster.kind, tuple(sorted(cluster.aliases.items()))))
        for m in cluster.members:
            assignment[mentions[m]["id"]] = entity_id
    return Resolution(entities, assignment, _speakers(mentions, assignment, quotes))


def _stable_ids(clusters: list[Cluster], old: Sequence[int | None]) -> list[int]:
    """An id per cluster: the old id most of its mentions had, bigger clusters choosing first; else a new one."""
    taken: set[int] = set()
    ids: list[int | None] = [None] * len(clusters)
    next_id = max([i for i in old if i is not None] or [0]) + 1
    for n in sorted(range(len(clusters)), key=lambda n: (-len(clusters[n].members), clusters[n].members[0])):
        votes = Counter(old[m] for m in clusters[n].members if old[m] is not None)
        for entity_id, _ in sorted(votes.items(), key=lambda item: (-item[1], item[0])):
            if entity_id not in taken:
                ids[n] = entity_id
                taken.add(entity_id)
                break
    for n in range(len(clusters)):
        if ids[n] is None:
            ids[n] = next_id
            next_id += 1
    return ids  # type: ignore[return-value]


def _speakers(mentions: Sequence[Mapping[str, Any]], assignment: dict[int, int],
              quotes: Sequence[Mapping[str, Any]]) -> dict[int, int | None]:
    """Each quote's speaker entity: the mention at its speaker span, else the article's mention of its speaker's name."""
    by_article: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for r in mentions:
        by_article[r["article_id"]].append(r)
    out: dict[int, int | None] = {}
    roles = _role_index(mentions, assignment)
    names = _name_index(mentions, assignment)
    for q in quotes:
        best = _speaker_mention(by_article.get(q["article_id"], []), q)
        if best is not None:
            out[q["id"]] = assignment.get(best["id"])
        else:
            out[q["id"]] = _by_name(q["speaker_name"], names) or _by_role(q["speaker_name"], roles)
    return out


def _name_index(mentions: Sequence[Mapping[str, Any]], assignment: dict[int, int]) -> dict[tuple, set[int]]:
    """(kind, name key) -> the entities mentioned by that name anywhere in the library."""
    index: dict[tuple, set[int]] = defaultdict(set)
    for r in mentions:
        name = parse_name(r["name"] or r["text"], r["kind"])
        if name is not None and r["id"] in assignment:
            index[name.key].add(assignment[r["id"]])
    return index


def _by_name(speaker: str, names: dict[tuple, set[int]]) -> int | None:
    """The one entity of the library a speaker's full name means, when its own article never tagged it."""
    for kind in ("PERSON", "ORG"):
        name = parse_name(speaker, kind)
        if name is not None and len(name.words) > 1 and len(names.get(name.key, ())) == 1:
            return next(iter(names[name.key]))
    return None


def _role_index(mentions: Sequence[Mapping[str, Any]], assignment: dict[int, int]) -> dict[int, set[tuple[frozenset, str | None]]]:
    """entity id -> the offices articles gave it: (office words, country)."""
    index: dict[int, set[tuple[frozenset, str | None]]] = defaultdict(set)
    for r in mentions:
        if r["role"] and r["id"] in assignment:
            index[assignment[r["id"]]].add((office_words(r["role"]), role_country(r["role"])))
    return index


def _by_role(speaker: str, roles: dict[int, set[tuple[frozenset, str | None]]]) -> int | None:
    """The one entity the library gives the office a speaker is called by ("the Russian envoy"), if only one.

    An article may say "the Russian envoy said" without naming him; another
    article named him with that office. Two holders of the office: nobody.
    """
    words = speaker.split()
    if not words or words[-1][:1].isupper():
        return None  # a name ("Foreign Minister Sergey Lavrov"), not an office ("Turkey's top diplomat")
    words = office_words(speaker)
    if not words & ROLE_NOUNS:
        return None
    country = role_country(speaker)
    fits = {entity for entity, offices in roles.items()
            if any(words <= office and (country is None or country == where) for office, where in offices)}
    return fits.pop() if len(fits) == 1 else None


def _speaker_mention(candidates: list[Mapping[str, Any]], quote: Mapping[str, Any]) -> Mapping[str, Any] | None:
    span = (quote["speaker_start"], quote["speaker_end"])
    wanted = {kind: parse_name(quote["speaker_name"], kind) for kind in ("PERSON", "ORG", "LOC")}
    best, best_score = None, 0.0
    for r in candidates:
        name = parse_name(r["name"] or r["text"], r["kind"])
        target = wanted.get(r["kind"])
        if name is None or target is None:
            continue
        score = 0.0
        if name.key == target.key:
            score = 3
        elif r["kind"] == "PERSON" and name.surname == target.surname and (len(name.words) == 1 or len(target.words) == 1):
            score = 2
        if not score and (r["start"], r["end"]) == span and r["name"]:
            score = 2  # a speaker mention the stage added for these very words
        if not score:
            continue  # the words at the speaker span may be a name of someone else ("the envoy of Iran")
        if (r["start"], r["end"]) == span:
            score += 1
        if span[0] is not None and r["start"] < span[1] and span[0] < r["end"]:
            score += 0.5  # inside the speaker's words
        elif span[0] is not None and r["start"] < span[0]:
            score += 0.25 - 1e-9 * (span[0] - r["start"])  # the nearest before
        if score > best_score:
            best, best_score = r, score
    return best
