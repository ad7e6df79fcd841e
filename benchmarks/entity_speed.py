"""How fast entity resolution is on a big library: 100,000 mentions on one core (target <= 60 s).

Builds a synthetic corpus of invented names with the variants real coverage
has (transliterations, bare surnames, acronyms, titles, look-alikes), then
times (1) clustering alone and (2) a whole library resolution: reading the
stored mentions from SQLite, clustering, writing entities, aliases, mention
and speaker links. A baseline in the same run, exact-string grouping of the
same mentions, shows what the machine's speed is today.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/entity_speed.py [--mentions 100000] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sayso.resolve import NameMention, resolve_mentions  # noqa: E402

GIVEN = ["Sergey", "Sergei", "Mohammed", "Muhammad", "Yusuf", "Youssef", "Hassan", "Hasan", "Walid", "Ali",
         "Reza", "Igor", "Dmitry", "Dmitri", "Yelena", "Elena", "Tarek", "Tariq", "Jamil", "Omar", "Kerem", "Nizar"]
SURNAMES = ["Lavrenyev", "Lavreniev", "Malinov", "Malinkov", "al-Hamdani", "Al Hamdani", "Darwish", "Tavakkoli",
            "Tavakoli", "Kazemi", "Kazemzadeh", "Özdağlı", "Ozdagli", "al-Ma'rouf", "el-Marouf", "Hajjar", "Hajar"]
ORGS = ["United Nations", "UN", "U.N.", "Islamic State", "ISIL", "Daesh", "Russian Foreign Ministry",
        "Russia's Foreign Ministry", "Turkish Foreign Ministry", "Foreign Ministry", "Syrian Negotiation Body", "SNB"]
PLACES = ["Idlib", "Edlib", "Raqqa", "Raqqah", "Tell Safra", "Tal Safra", "Tell Safran", "Geneva", "Sochi", "Moscow"]
TITLES = ["", "", "", "Foreign Minister ", "President ", "Dr. ", "Sheikh "]


def synthetic_mentions(total: int, per_article: int = 20, seed: int = 7) -> list[NameMention]:
    """``total`` mentions in articles of ``per_article``; every (given, surname) pair is a possible person."""
    rnd = random.Random(seed)
    mentions: list[NameMention] = []
    article = 0
    while len(mentions) < total:
        at = 0
        for _ in range(per_article):
            pick = rnd.random()
            if pick < 0.45:
                text = f"{rnd.choice(TITLES)}{rnd.choice(GIVEN)} {rnd.choice(SURNAMES)}{_suffix(rnd)}"
                kind = "PERSON"
            elif pick < 0.6:
                text, kind = rnd.choice(SURNAMES) + _suffix(rnd), "PERSON"
            elif pick < 0.8:
                text, kind = rnd.choice(ORGS), "ORG"
            else:
                text, kind = rnd.choice(PLACES), "LOC"
            mentions.append(NameMention(f"a{article}", at, at + len(text), text, kind))
            at += len(text) + 40
        article += 1
    return mentions[:total]


def _suffix(rnd: random.Random) -> str:
    # many distinct surnames, as a real archive has: "Lavrenyev" + "ko" + n letters
    return "" if rnd.random() < 0.5 else "ko" + "".join(rnd.choice("bdfgklmnprstv") for _ in range(3))


def time_clustering(mentions: list[NameMention]) -> dict[str, float]:
    start = time.perf_counter()
    baseline = {f"{m.kind}:{m.text.lower()}" for m in mentions}
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    keys = resolve_mentions(mentions)
    return {"baseline_s": base_s, "cluster_s": time.perf_counter() - start, "entities": len(set(keys)),
            "exact_strings": len(baseline)}


def time_library(mentions: list[NameMention]) -> dict[str, float]:
    """A real library file holding the mentions; resolve it as ingest does."""
    import sayso

    with tempfile.TemporaryDirectory() as tmp:
        with sayso.open(str(Path(tmp) / "big.db")) as lib:
            db = lib.store._db  # a benchmark may fill tables directly: no NLP is being timed here
            articles = sorted({m.article for m in mentions})
            with lib.store.transaction():
                db.executemany("INSERT INTO articles (id, key, source, text) VALUES (?, ?, ?, '')",
                               [(n + 1, a, a) for n, a in enumerate(articles)])
                ids = {a: n + 1 for n, a in enumerate(articles)}
                db.executemany('INSERT INTO mentions (article_id, start, "end", kind, text) VALUES (?, ?, ?, ?, ?)',
                               [(ids[m.article], m.start, m.end, m.kind, m.text) for m in mentions])
            start = time.perf_counter()
            entities = lib.resolve_entities()
            first = time.perf_counter() - start
            # a new article arrives: the whole library is resolved again from stored mentions, ids kept
            with lib.store.transaction():
                db.execute("INSERT INTO articles (id, key, source, text) VALUES (?, 'new', 'new', '')",
                           (len(articles) + 1,))
                db.execute('INSERT INTO mentions (article_id, start, "end", kind, text)'
                           " VALUES (?, 0, 16, 'PERSON', 'Sergei Lavreniev')", (len(articles) + 1,))
            start = time.perf_counter()
            lib.resolve_entities()
            again = time.perf_counter() - start
    return {"library_s": first, "library_again_s": again, "library_entities": entities}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    mentions = synthetic_mentions(args.mentions)
    figures = {"mentions": len(mentions), **time_clustering(mentions), **time_library(mentions)}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{figures['mentions']:,} mentions, {figures['exact_strings']:,} distinct strings -> {figures['entities']:,} entities")
    print(f"  baseline (exact-string grouping)      {figures['baseline_s']:7.2f} s")
    print(f"  clustering (resolve_mentions)         {figures['cluster_s']:7.2f} s")
    print(f"  library resolution (read, cluster, write) {figures['library_s']:7.2f} s   target <= 60 s")
    print(f"  again after one new article           {figures['library_again_s']:7.2f} s")


if __name__ == "__main__":
    main()
