"""API latency under load: list and search endpoints (articles, quotes, entities) over a >= 10,000-article library.

    python benchmarks/api.py [--clients 20] [--requests 40] [--copies 13] [--db PATH]

Starts a real `sayso serve` process on 127.0.0.1 and drives it with N
concurrent clients (threads with their own httpx client), each making a
bounded number of requests, with a time cap; all traffic stays on loopback.
Targets: p95 < 100 ms for list endpoints, < 200 ms for search. Health checks
in the same run give the floor (the server's own overhead) for comparison.

The articles are ingested for real, without the NLP stage (finding quotes and
mentions in 10,000 articles takes far too long here). The quote and mention
tables are then filled directly with invented rows: ``--quotes`` quotes per
article, each a real sentence of its article (so quote search hits real
words) attributed to an invented speaker drawn with a long tail (a few very
quoted people, many rare ones), and ``--mentions`` named mentions per article
(those speakers, organisations, places). ``Library.resolve_entities()`` then
resolves them as ingest would, so /api/quotes, /api/entities and
/api/entities/{id} answer over realistic sizes. The figures measure the
store and the API, not the NLP.
"""
from __future__ import annotations

import argparse
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import DEFAULT_FAKES, QUERIES, build_input  # noqa: E402

import sayso  # noqa: E402

TIME_CAP = 120.0  # seconds for one endpoint's whole run


GIVEN = ["Sergey", "Mohammed", "Yusuf", "Hassan", "Walid", "Ali", "Reza", "Igor", "Dmitry", "Yelena", "Tarek",
         "Jamil", "Omar", "Kerem", "Nizar", "Leila", "Rania", "Bashar", "Maria", "Staffan"]
SURNAMES = ["Lavrenyev", "Malinov", "al-Hamdani", "Darwish", "Tavakkoli", "Kazemi", "Ozdagli", "al-Marouf", "Hajjar",
            "Saadi", "Kassab", "Haddad", "Nasser", "Petrov", "Orlov", "Yilmaz", "Demir", "Khalil", "Mansour", "Rahimi",
            "Aziz", "Bakr", "Farouk", "Ghanem", "Ibrahim", "Jaber", "Karimi", "Latif", "Moussa", "Qasim"]
ORGS = ["United Nations", "Islamic State", "Russian Foreign Ministry", "Turkish Foreign Ministry", "Syrian Army",
        "Free Syrian Army", "Hezbollah", "Red Crescent", "Syrian Observatory for Human Rights", "Security Council"]
PLACES = ["Idlib", "Raqqa", "Aleppo", "Homs", "Daraa", "Geneva", "Sochi", "Moscow", "Ankara", "Damascus"]
CUES = ["said", "told reporters", "according to", "added", "stressed", "warned"]
_SENTENCE = re.compile(r"[^.!?\n]{40,400}[.!?]")


def fill_quotes_and_mentions(lib, quotes_per_article: int, mentions_per_article: int, seed: int = 11) -> None:
    """Invented quotes and mentions written straight into the tables (no NLP), then resolved into entities."""
    rng = random.Random(seed)
    people = [f"{g} {s}" for g in GIVEN for s in SURNAMES]  # 600 possible speakers
    rng.shuffle(people)
    weights = [1 / (rank + 1) for rank in range(len(people))]  # Zipf: a few speakers are quoted very often
    db = lib.store._db  # a benchmark may fill tables directly: the NLP is not what is measured here
    quotes, mentions = [], []
    for article_id, text in db.execute("SELECT id, text FROM articles ORDER BY id"):
        sentences = [m.span() for m in _SENTENCE.finditer(text)]
        picked = sorted(rng.sample(sentences, min(quotes_per_article, len(sentences))))
        for start, end in picked:
            speaker = rng.choices(people, weights)[0]
            # the speaker's mention sits just after the quote (offsets invented, as the text is not theirs)
            s_start, s_end = end + 1, end + 1 + len(speaker)
            quotes.append((article_id, start, end, rng.choice(("direct", "indirect", "mixed")), s_end + 1,
                           s_end + 5, s_start, s_end, speaker, text[start:end], rng.choice(CUES), speaker))
            mentions.append((article_id, s_start, s_end, "PERSON", speaker))
        for n in range(max(0, mentions_per_article - len(picked))):
            kind, pool = rng.choice((("PERSON", people), ("ORG", ORGS), ("LOC", PLACES)))
            name = rng.choices(people, weights)[0] if kind == "PERSON" else rng.choice(pool)
            at = len(text) + 50 * n
            mentions.append((article_id, at, at + len(name), kind, name))
    with lib.store.transaction():
        db.executemany(
            'INSERT INTO quotes (article_id, start, "end", kind, cue_start, cue_end, speaker_start, speaker_end,'
            " speaker_name, text, cue, speaker_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
        db.executemany('INSERT INTO mentions (article_id, start, "end", kind, text) VALUES (?, ?, ?, ?, ?)', mentions)
    lib.resolve_entities()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(base: str, make_path, clients: int, requests: int) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + TIME_CAP

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(requests):
                if time.monotonic() > deadline:
                    return
                start = time.perf_counter()
                response = http.get(make_path(rng))
                elapsed = (time.perf_counter() - start) * 1000
                response.raise_for_status()
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(latencies)


def describe(name: str, latencies: list[float], target: float | None) -> str:
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    verdict = "" if target is None else f"  (target p95 < {target:.0f} ms: {'met' if p95 < target else 'MISSED'})"
    return f"{name:<28} n={len(latencies):<5} median {statistics.median(latencies):6.1f} ms   p95 {p95:6.1f} ms{verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=40, help="requests per client per endpoint")
    parser.add_argument("--copies", type=int, default=13)
    parser.add_argument("--quotes", type=int, default=4, help="invented quotes per article")
    parser.add_argument("--mentions", type=int, default=8, help="invented named mentions per article")
    parser.add_argument("--db", metavar="PATH", help="keep the library at PATH, and reuse it when it exists")
    args = parser.parse_args()
    if not DEFAULT_FAKES.exists():
        print(f"FA-KES not found at {DEFAULT_FAKES}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Path(args.db) if args.db else folder / "api.db"
        reuse = db.exists()
        with sayso.open(str(db), quotes=False) as lib:
            started = time.perf_counter()
            if not reuse:
                source, _ = build_input(DEFAULT_FAKES, args.copies, folder)
                lib.ingest([str(source)])
            ingested = time.perf_counter() - started
            if not reuse:
                fill_quotes_and_mentions(lib, args.quotes, args.mentions)
            filled = time.perf_counter() - started - ingested
            total = lib.stats()["articles"]
            outlets = list(lib.stats()["outlets"])
            quotes = lib.count_quotes()
            speakers = [name for name, _ in lib.top_speakers(20)] or ["nobody"]
            entities = lib.count_entities()
            mentions = lib.store._db.execute("SELECT count(*) FROM mentions").fetchone()[0]
            entity_ids = [e.id for e in lib.entities(limit=50)] or [1]
        port = free_port()
        sayso_bin = Path(sys.executable).with_name("sayso")
        server = subprocess.Popen([str(sayso_bin), "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(base + "/api/health", timeout=1).raise_for_status()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            endpoints = [
                ("health (floor)", lambda r: "/api/health", None),
                ("list /api/articles", lambda r: f"/api/articles?limit=50&offset={r.randrange(0, total - 50)}", 100),
                ("list by outlet", lambda r: f"/api/articles?limit=50&outlet={r.choice(outlets)}", 100),
                ("search /api/search", lambda r: f"/api/search?q={quote(r.choice(QUERIES))}&limit=20", 200),
                ("list /api/quotes", lambda r: f"/api/quotes?limit=50&offset={r.randrange(max(1, quotes - 50))}", 100),
                ("quotes by speaker", lambda r: f"/api/quotes?limit=50&speaker={quote(r.choice(speakers))}", 100),
                ("quotes by entity", lambda r: f"/api/quotes?limit=50&speaker_entity={r.choice(entity_ids)}", 100),
                ("search /api/quotes", lambda r: f"/api/quotes?q={quote(r.choice(QUERIES))}&limit=20", 200),
                ("list /api/entities", lambda r: f"/api/entities?limit=50&offset={r.randrange(max(1, entities - 50))}",
                 100),
                ("one /api/entities/ID", lambda r: f"/api/entities/{r.choice(entity_ids)}", 200),
            ]
            print(f"library: {total} articles, {quotes} quotes (invented), {entities} entities from"
                  f" {mentions} invented mentions; built in {ingested:.0f} s + {filled:.0f} s;"
                  f" {args.clients} concurrent clients x {args.requests} requests each")
            for name, make_path, target in endpoints:
                load(base, make_path, args.clients, 3)  # warm up
                print(describe(name, load(base, make_path, args.clients, args.requests), target))
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
