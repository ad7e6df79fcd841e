"""Duplicates: an exact key for re-ingests, MinHash signatures for near-duplicates.

The exact key covers outlet, title and text, so re-ingesting the same input is
a no-op, while the same wire story under another headline or from another
outlet is stored and marked ``duplicate_of`` the first copy seen. Near-duplicate
candidates come from LSH band keys kept in the store (so no index has to be
rebuilt at start-up); the estimated Jaccard similarity of the full signatures
decides.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

import numpy as np

from ..model import Article, Fingerprint

__all__ = ["Fingerprint", "fingerprint", "similarity", "NUM_PERM", "SHINGLE"]

NUM_PERM = 64
SHINGLE = 5  # words per shingle: long enough that shared boilerplate phrases don't match
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _bands_for(threshold: float) -> tuple[int, int]:
    """(bands, rows) that datasketch picks for this threshold, weighted for recall.

    Every candidate is checked against its full signature, so a false candidate
    costs one comparison while a missed one is a duplicate never marked: at
    0.8 the weights (0.05, 0.95) find 95% of pairs instead of 36%.
    """
    from datasketch import MinHashLSH  # imported here: it pulls in scipy, half a second every start

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=(0.05, 0.95))
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    """The hash permutations, made once: datasketch would otherwise redo them for every article."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32).permutations


def _exact_key(article: Article) -> str:
    folded = " ".join(article.text.casefold().split())
    parts = [article.outlet or "", " ".join((article.title or "").casefold().split()), folded]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def fingerprint(article: Article, threshold: float = 0.8) -> Fingerprint:
    words = _WORDS.findall(article.text.casefold())
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}
    from datasketch import MinHash

    # crc32 is stable across processes (signatures are stored) and far cheaper than
    # datasketch's default sha1; the permutations then spread its values.
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, permutations=_permutations())
    minhash.update_batch(list(shingles))
    values = minhash.hashvalues.astype(np.uint64)
    bands, rows = _bands_for(threshold)
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows : (band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return Fingerprint(key=_exact_key(article), signature=values.tobytes(), bands=tuple(keys))


LEAD_WORDS = 60
LEAD_THRESHOLD = 0.5


def lead_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the word trigrams in the first LEAD_WORDS words of two texts."""

    def grams(text: str) -> set[tuple[str, ...]]:
        words = _WORDS.findall(text.casefold())[:LEAD_WORDS]
        return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}

    first, second = grams(a), grams(b)
    return len(first & second) / len(first | second) if first | second else 1.0


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    if va.shape != vb.shape:
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)
