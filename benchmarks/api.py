"""API latency under load: list and search endpoints (articles, quotes, entities) over a >= 10,000-article library.

    python benchmarks/api.py [--clients 20] [--requests 40] [--copies 13]

Starts a real `sayso serve` process on 127.0.0.1 and drives it with N
concurrent clients (threads with their own httpx client), each making a
bounded number of requests, with a time cap; all traffic stays on loopback.
Targets: p95 < 100 ms for list endpoints, < 200 ms for search. Health checks
in the same run give the floor (the server's own overhead) for comparison.
"""
from __future__ import annotations

import argparse
import random
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
    args = parser.parse_args()
    if not DEFAULT_FAKES.exists():
        print(f"FA-KES not found at {DEFAULT_FAKES}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, _ = build_input(DEFAULT_FAKES, args.copies, folder)
        db = folder / "api.db"
        with sayso.open(str(db)) as lib:
            lib.ingest([str(source)])
            total = lib.stats()["articles"]
            outlets = list(lib.stats()["outlets"])
            quotes = lib.count_quotes()
            speakers = [name for name, _ in lib.top_speakers(20)] or ["nobody"]
            entities = lib.count_entities()
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
                ("search /api/search", lambda r: f"/api/search?q={r.choice(QUERIES)}&limit=20", 200),
                ("list /api/quotes", lambda r: f"/api/quotes?limit=50&offset={r.randrange(max(1, quotes - 50))}", 100),
                ("quotes by speaker", lambda r: f"/api/quotes?limit=50&speaker={quote(r.choice(speakers))}", 100),
                ("search /api/quotes", lambda r: f"/api/quotes?q={r.choice(QUERIES)}&limit=20", 200),
                ("list /api/entities", lambda r: f"/api/entities?limit=50&offset={r.randrange(max(1, entities - 50))}",
                 100),
                ("one /api/entities/ID", lambda r: f"/api/entities/{r.choice(entity_ids)}", 200),
            ]
            print(f"library: {total} articles, {quotes} quotes;"
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
