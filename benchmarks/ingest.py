"""Ingest speed without NLP, search latency and library size over FA-KES repeated to >= 10,000 articles.

    python benchmarks/ingest.py [--copies 13] [--fakes PATH]

Each copy of the 804 FA-KES rows gets its own title suffix and outlet, so no
row is an exact re-ingest; copies after the first are near-duplicates of the
first and go through the whole duplicate path (candidates, signature check,
marked storage). A baseline in the same run (JSON parsing plus a plain
SQLite/FTS5 insert of the raw text) shows what the machine gives, so the
figures can be compared across noisy runs: the ratio matters more than the
absolute number.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says

import sayso  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FAKES = ROOT.parent / "shared" / "data" / "fakes" / "input" / "fakes.csv"
QUERIES = [
    "Aleppo", "chemical attack", "Russia", "Lavrov", "ceasefire Idlib", '"opposition sources"', "Daraa OR Homs",
    "Geneva talks", "children killed", "airstrikes", "Erdogan", "Turkish army", "Assad", "UN Security Council",
    "humanitarian aid", "Hezbollah", "barrel bombs", "Raqqa", "Kurdish", "refugees",
]


def build_input(fakes: Path, copies: int, folder: Path) -> tuple[Path, int]:
    with open(fakes, encoding="latin-1", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = folder / "fakes-repeated.jsonl"
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for copy in range(copies):
            for row in rows:
                record = {
                    "title": f"{row['article_title']} ({copy})" if copy else row["article_title"],
                    "text": row["article_content"],
                    "date": row["date"],
                    "outlet": row["source"] if copy == 0 else f"{row['source']} copy {copy}",
                }
                fh.write(json.dumps(record) + "\n")
                count += 1
    return out, count


def baseline(path: Path, folder: Path) -> float:
    """Seconds to parse the JSONL and insert raw texts into a plain FTS5 table."""
    db = sqlite3.connect(folder / "baseline.db")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, text)")
    start = time.perf_counter()
    with db, open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            db.execute("INSERT INTO t VALUES (?, ?)", (record["title"], record["text"]))
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=13)
    parser.add_argument("--fakes", type=Path, default=DEFAULT_FAKES)
    args = parser.parse_args()
    if not args.fakes.exists():
        print(f"FA-KES not found at {args.fakes}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, count = build_input(args.fakes, args.copies, folder)
        base = baseline(path, folder)

        db = folder / "bench.db"
        start = time.perf_counter()
        with sayso.open(str(db)) as lib:
            summary = lib.ingest([str(path)])
        elapsed = time.perf_counter() - start

        with sayso.open(str(db)) as lib:
            stats = lib.stats()
            for query in QUERIES:  # warm the page cache once
                lib.search(query)
            latencies = []
            for _ in range(10):
                for query in QUERIES:
                    t = time.perf_counter()
                    lib.search(query, limit=20)
                    latencies.append((time.perf_counter() - t) * 1000)
            list_latencies = []
            for _ in range(50):
                t = time.perf_counter()
                lib.articles(limit=50, outlet="sana")
                list_latencies.append((time.perf_counter() - t) * 1000)
        size = sum(f.stat().st_size for f in folder.glob("bench.db*"))
        latencies.sort()

    stored = summary.new + summary.duplicates
    print(f"input rows                 {count}")
    print(f"stored articles            {stats['articles']} ({summary.new} new, {summary.duplicates} near-duplicates, "
          f"{summary.unchanged} unchanged, {summary.skipped} skipped)")
    print(f"ingest (no NLP)            {elapsed:.1f} s = {count / elapsed:.0f} articles/s  (target >= 300)")
    print(f"baseline raw FTS insert    {base:.1f} s = {count / base:.0f} articles/s  (ingest is {elapsed / base:.1f}x baseline)")
    print(f"search latency, {len(QUERIES)} queries x10 median {statistics.median(latencies):.1f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95)]:.1f} ms  (target median < 50 ms)")
    print(f"list latency (50 per page) median {statistics.median(list_latencies):.1f} ms")
    print(f"library size               {size / 1e6:.1f} MB ({size / max(stored, 1) / 1e3:.1f} kB per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
