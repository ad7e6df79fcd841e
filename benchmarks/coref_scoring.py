"""Coreference metrics over clusterings given as ``{mention id: cluster id}`` maps.

MUC (Vilain et al. 1995), B³ (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity-based
φ4 similarity with an optimal one-to-one alignment), the CoNLL F1 (their mean, Pradhan
et al. 2014) and pairwise (link) precision/recall, optionally split into pairs inside one
block (an article) and pairs across blocks.

Every function scores over the *gold* mentions: a gold mention the system map lacks is a
system singleton, and a system mention outside the gold map is ignored (resolution is
scored, not detection). Where a denominator is zero the score is 0.0, as the reference
CoNLL scorer does (e.g. MUC when every gold entity is a singleton).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

Clustering = Mapping[Hashable, Hashable]

__all__ = [
    "Clustering", "PairCounts", "Score", "align_to_gold", "count_pairs", "f_beta", "group_clusters",
    "score_b_cubed", "score_ceaf_e", "score_conll", "score_muc", "score_pairwise", "solve_assignment",
]


@dataclass(frozen=True)
class Score:
    """Precision and recall; F-measures derived."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f_beta(self.precision, self.recall, 1.0)

    @property
    def f05(self) -> float:
        return f_beta(self.precision, self.recall, 0.5)


@dataclass(frozen=True)
class PairCounts:
    """Mention-pair counts: coreferent in gold, in the system, and in both."""

    gold: int = 0
    system: int = 0
    both: int = 0

    def score(self) -> Score:
        return Score(divide(self.both, self.system), divide(self.both, self.gold))

    def __sub__(self, other: PairCounts) -> PairCounts:
        return PairCounts(self.gold - other.gold, self.system - other.system, self.both - other.both)


def divide(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def f_beta(precision: float, recall: float, beta: float = 1.0) -> float:
    """The weighted harmonic mean; beta < 1 weights precision more."""
    b2 = beta * beta
    return divide((1 + b2) * precision * recall, b2 * precision + recall)


def align_to_gold(gold: Clustering, system: Clustering) -> dict[Hashable, Hashable]:
    """The system map over exactly the gold mentions; undetected mentions become singletons.

    The singleton ids are tuples no real cluster id can equal, so they never join anything.
    """
    missing = object()  # one sentinel per call: its tuples are unique to this alignment
    return {m: system.get(m, (missing, m)) for m in gold}


def group_clusters(clustering: Clustering) -> list[frozenset[Hashable]]:
    """The clusters as mention sets, in order of first appearance."""
    members: dict[Hashable, list[Hashable]] = defaultdict(list)
    for mention, cluster in clustering.items():
        members[cluster].append(mention)
    return [frozenset(ms) for ms in members.values()]


def count_muc_links(keys: Iterable[frozenset[Hashable]], response: Clustering) -> tuple[int, int]:
    """(Σ |K| − |p(K)|, Σ |K| − 1) over clusters K, p(K) the partition of K by ``response``."""
    found = needed = 0
    for cluster in keys:
        parts = {response[m] for m in cluster}
        found += len(cluster) - len(parts)
        needed += len(cluster) - 1
    return found, needed


def score_muc(gold: Clustering, system: Clustering) -> Score:
    """MUC: the links needed to rebuild each clustering from the other's partition."""
    system = align_to_gold(gold, system)
    recall = divide(*count_muc_links(group_clusters(gold), system))
    precision = divide(*count_muc_links(group_clusters(system), gold))
    return Score(precision, recall)


def score_b_cubed(gold: Clustering, system: Clustering, mentions: Iterable[Hashable] | None = None) -> Score:
    """B³: per-mention overlap of its system and gold clusters, averaged over ``mentions``.

    ``mentions`` (default: all gold mentions) selects whose scores are averaged, e.g. one
    kind; the clusters themselves stay whole.
    """
    system = align_to_gold(gold, system)
    gold_sizes = Counter(gold.values())
    system_sizes = Counter(system.values())
    overlap = Counter((gold[m], system[m]) for m in gold)
    chosen = list(gold) if mentions is None else list(mentions)
    precision = recall = 0.0
    for m in chosen:
        shared = overlap[gold[m], system[m]]
        precision += shared / system_sizes[system[m]]
        recall += shared / gold_sizes[gold[m]]
    return Score(divide(precision, len(chosen)), divide(recall, len(chosen)))


def hungarian_max(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Rows and columns of a maximum-weight one-to-one assignment (Kuhn–Munkres, O(n²m)).

    The pure-Python fallback of :func:`solve_assignment`; it pads to a square matrix.
    """
    rows, cols = len(weights), len(weights[0]) if weights else 0
    n = max(rows, cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0.0)
    # minimise (top − w); padding cells cost `top`, i.e. weight 0
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match_col, way = [0] * (n + 1), [0] * (n + 1)  # match_col[j]: the row (1-based) on column j
    for i in range(1, n + 1):
        match_col[0], j0 = i, 0
        best, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match_col[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < best[j]:
                        best[j], way[j] = cur, j0
                    if best[j] < delta:
                        delta, j1 = best[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match_col[j]] += delta
                    v[j] -= delta
                else:
                    best[j] -= delta
            j0 = j1
            if match_col[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            match_col[j0] = match_col[j1]
            j0 = j1
    pairs = [(match_col[j] - 1, j - 1) for j in range(1, n + 1)]
    return sorted((i, j) for i, j in pairs if i < rows and j < cols)


def solve_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """A maximum-weight one-to-one assignment: scipy's when installed, else :func:`hungarian_max`."""
    if not weights or not weights[0]:
        return []
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:  # scipy comes with datasketch, but the scorer must not depend on it
        return hungarian_max(weights)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return list(zip(rows.tolist(), cols.tolist()))


def split_components(gold_clusters: Sequence[frozenset], system_clusters: Sequence[frozenset]) -> list[tuple[list[int], list[int]]]:
    """Groups of (gold, system) cluster indices linked by shared mentions.

    Clusters in different groups have similarity 0, so each group is aligned on its own:
    many small matrices instead of one large one.
    """
    where = {m: j for j, cluster in enumerate(system_clusters) for m in cluster}
    parent = list(range(len(gold_clusters)))  # union-find over gold clusters

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}  # system cluster -> a gold cluster touching it
    for i, cluster in enumerate(gold_clusters):
        for m in cluster:
            j = where.get(m)
            if j is None:
                continue
            if j in owner:
                parent[find(i)] = find(owner[j])
            else:
                owner[j] = i
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(gold_clusters)):
        groups.setdefault(find(i), ([], []))[0].append(i)
    for j, i in owner.items():
        groups[find(i)][1].append(j)
    return list(groups.values())


def phi4(key: frozenset, response: frozenset) -> float:
    """The entity similarity of CEAF-e: 2|K ∩ R| / (|K| + |R|)."""
    return 2 * len(key & response) / (len(key) + len(response))


def score_ceaf_e(gold: Clustering, system: Clustering) -> Score:
    """CEAF-e: the best one-to-one alignment of gold and system entities under φ4."""
    gold_clusters = group_clusters(gold)
    system_clusters = group_clusters(align_to_gold(gold, system))
    total = 0.0
    for gold_ids, system_ids in split_components(gold_clusters, system_clusters):
        weights = [[phi4(gold_clusters[i], system_clusters[j]) for j in system_ids] for i in gold_ids]
        total += sum(weights[r][c] for r, c in solve_assignment(weights))
    return Score(divide(total, len(system_clusters)), divide(total, len(gold_clusters)))


def score_conll(gold: Clustering, system: Clustering) -> float:
    """The CoNLL-2012 score: the mean of the MUC, B³ and CEAF-e F1."""
    return (score_muc(gold, system).f1 + score_b_cubed(gold, system).f1 + score_ceaf_e(gold, system).f1) / 3


def count_pairs(gold: Clustering, system: Clustering, block: Callable[[Hashable], Hashable] | None = None) -> PairCounts:
    """Coreferent mention pairs in gold, in the system and in both, by cluster sizes.

    With ``block`` (e.g. the article of a mention) only pairs of mentions in the same block
    are counted; all pairs minus these gives the cross-block pairs.
    """
    system = align_to_gold(gold, system)
    where = {m: None if block is None else block(m) for m in gold}

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    return PairCounts(
        gold=pairs(Counter((gold[m], where[m]) for m in gold)),
        system=pairs(Counter((system[m], where[m]) for m in gold)),
        both=pairs(Counter((gold[m], system[m], where[m]) for m in gold)),
    )


def score_pairwise(gold: Clustering, system: Clustering) -> Score:
    """Pairwise (link) precision and recall over all mention pairs."""
    return count_pairs(gold, system).score()
