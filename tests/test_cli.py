"""The `sayso` command through its real entry point, in subprocesses."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .conftest import SAMPLES

SAYSO = [str(Path(sys.executable).with_name("sayso"))]


def run(*args, db=None, stdin=None, env=None):
    command = SAYSO + [str(a) for a in args] + (["--db", str(db)] if db else [])
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_ingest_prints_a_summary_and_reingest_says_unchanged(tmp_path):
    db = tmp_path / "lib.db"
    first = run("ingest", SAMPLES / "articles", "--outlets", SAMPLES / "outlets.csv", db=db)
    assert first.returncode == 0, first.stderr
    assert "16 new, 0 unchanged, 1 near-duplicates, 0 skipped" in first.stdout
    again = run("ingest", SAMPLES / "articles", "--outlets", SAMPLES / "outlets.csv", "--json", db=db)
    summary = json.loads(again.stdout)
    assert (summary["new"], summary["unchanged"]) == (0, 17)


def test_mixed_inputs_and_failures_set_the_exit_code(tmp_path, http_server):
    db = tmp_path / "lib.db"
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    result = run("ingest", SAMPLES / "articles" / "wire.jsonl", tmp_path / "bad.txt", http_server + "/article",
                 "--allow-private", db=db)
    assert result.returncode == 1
    assert "binary file" in result.stderr and "Traceback" not in result.stderr
    assert "4 new" in result.stdout and "1 skipped" in result.stdout


def test_private_urls_need_the_flag(tmp_path, http_server):
    result = run("ingest", http_server + "/article", db=tmp_path / "lib.db")
    assert result.returncode == 1 and "--allow-private" in result.stderr


def test_stdin_outlet_and_published_flags(tmp_path):
    db = tmp_path / "lib.db"
    result = run("ingest", "-", "--outlet", "My Outlet", "--published", "2026-02-01", db=db,
                 stdin="Ministers meet in Astana\n\nThe ministers met on Monday, officials said.\n")
    assert result.returncode == 0, result.stderr
    shown = json.loads(run("show", "1", "--json", db=db).stdout)
    assert (shown["outlet"], shown["published"], shown["source"], shown["title"]) == (
        "My Outlet", "2026-02-01", "-", "Ministers meet in Astana")


def test_bad_flag_values_are_usage_errors(tmp_path):
    assert run("ingest", "-", "--published", "someday", db=tmp_path / "l.db", stdin="x").returncode == 2
    assert run("ingest", "x", "--column", "nonsense", db=tmp_path / "l.db").returncode == 2


def test_search_articles_show_export(tmp_path):
    db = tmp_path / "lib.db"
    run("ingest", SAMPLES / "articles", "--outlets", SAMPLES / "outlets.csv", db=db)
    search = run("search", "monitoring centre", db=db)
    assert search.returncode == 0 and "Global Wire" in search.stdout
    hits = json.loads(run("search", "Volkonsky", "--json", db=db).stdout)
    assert hits and all("Volkonsky" in " ".join(h["highlights"]) for h in hits)
    listing = json.loads(run("articles", "--outlet", "Global Wire", "--json", db=db).stdout)
    assert listing and {a["outlet"] for a in listing} == {"Global Wire"}
    show = run("show", str(listing[0]["id"]), db=db)
    assert show.returncode == 0 and "source:" in show.stdout
    assert run("show", "9999", db=db).returncode == 1
    jsonl = run("export", db=db)
    assert sum(json.loads(line)["type"] == "article" for line in jsonl.stdout.splitlines()) == 17
    out = tmp_path / "out.csv"
    assert run("export", "--format", "csv", "-o", out, db=db).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("type,id,source,url,title,outlet,published")


def test_reading_a_missing_library_is_an_error(tmp_path):
    result = run("search", "x", db=tmp_path / "nothing.db")
    assert result.returncode == 1 and "run `sayso ingest` first" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


def test_db_from_environment(tmp_path):
    db = tmp_path / "env.db"
    run("ingest", SAMPLES / "articles" / "wire.jsonl", env={"SAYSO_DB": str(db)})
    assert db.exists()


def test_killed_ingest_leaves_a_consistent_library(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:05d}.txt").write_text(
            f"Headline {i} on the talks\n\nStory {i}: the delegations met again on day {i}, the envoy said, "
            f"and agreed to continue with point {i * 7} of the plan.\n")
    db = tmp_path / "lib.db"
    process = subprocess.Popen(SAYSO + ["ingest", str(folder), "--db", str(db)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db) as probe:
                    if probe.execute("SELECT count(*) FROM articles").fetchone()[0] >= 100:
                        break
            except sqlite3.OperationalError:
                pass
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode in (130, 0), stderr
    assert "Traceback" not in stderr
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = check.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = check.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'envoy'").fetchone()[0]
        assert stored == indexed and stored >= 100
    finish = run("ingest", folder, "--json", db=db)
    summary = json.loads(finish.stdout)
    assert summary["new"] + summary["unchanged"] + summary["duplicates"] == 3000
    assert summary["unchanged"] == stored


def test_usage_errors_exit_2(tmp_path):
    db = tmp_path / "lib.db"
    run("ingest", SAMPLES / "articles" / "wire.jsonl", db=db)
    assert run("export", "-o", tmp_path / "missing" / "x.jsonl", db=db).returncode == 2
    assert run("search", "NOT corridor", db=db).returncode == 2
    assert run("ingest", SAMPLES / "articles" / "wire.jsonl", "--encoding", "nope", db=db).returncode == 2
    bad = run("search", "x", db=db, env={"SAYSO_NEAR_DUPLICATE_THRESHOLD": "2"})
    assert bad.returncode == 2 and "near_duplicate_threshold" in bad.stderr
    assert run("search", "x", "--since", "03/04/2026", db=db).returncode == 2
