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
from .names import fold, parse_name

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
    for q in quotes:
        best = _speaker_mention(by_article.get(q["article_id"], []), q)
        out[q["id"]] = assignment.get(best["id"]) if best is not None else None
    return out


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
        if (r["start"], r["end"]) == span:
            score = 4
        elif name.key == target.key:
            score = 3
        elif r["kind"] == "PERSON" and name.surname == target.surname and (len(name.words) == 1 or len(target.words) == 1):
            score = 2
        if not score:
            continue
        if span[0] is not None and r["start"] < span[1] and span[0] < r["end"]:
            score += 0.5  # inside the speaker's words
        elif span[0] is not None and r["start"] < span[0]:
            score += 0.25 - 1e-9 * (span[0] - r["start"])  # the nearest before
        if score > best_score:
            best, best_score = r, score
    return best
