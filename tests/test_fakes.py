"""The real FA-KES corpus (../shared/data/fakes): counts, outlets, dates, duplicate rows."""
import csv
import sqlite3
from collections import defaultdict

import pytest

import sayso

from .conftest import SHARED_DATA

FAKES = SHARED_DATA / "fakes" / "input" / "fakes.csv"
pytestmark = pytest.mark.skipif(not FAKES.exists(), reason=f"FA-KES is not at {FAKES} (../shared/data is absent)")


@pytest.fixture(scope="module")
def fakes_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fakes") / "fakes.db"
    with sayso.open(str(path)) as lib:
        summary = lib.ingest([str(FAKES)])
    return path, summary


def test_every_row_is_accounted_for(fakes_db):
    _, summary = fakes_db
    assert summary.failed == 0
    assert summary.new + summary.duplicates + summary.unchanged == 804


def test_outlets_and_dates(fakes_db):
    path, _ = fakes_db
    with sayso.open(str(path)) as lib:
        stats = lib.stats()
    assert len(stats["outlets"]) == 15 and "(unknown)" not in stats["outlets"]
    assert {"SANA", "TASS", "Reuters", "Daily Sabah", "Al Manar"} <= set(stats["outlets"])
    assert stats["dated"] == stats["articles"]
    assert (stats["first_published"], stats["last_published"]) == ("2011-02-02", "2018-07-18")


def test_duplicate_rows_are_detected(fakes_db):
    path, _ = fakes_db
    with open(FAKES, encoding="latin-1", newline="") as fh:
        rows = list(csv.DictReader(fh))
    groups = defaultdict(list)
    for number, row in enumerate(rows, start=1):
        groups[row["unit_id"]].append(number)
    repeated = {uid: numbers for uid, numbers in groups.items() if len(numbers) > 1}
    assert len(rows) - len(groups) == 12  # SOURCE.md: 804 rows, 792 distinct unit_ids
    db = sqlite3.connect(path)
    originals = {
        int(source.rsplit("=", 1)[1])
        for (source,) in db.execute("SELECT source FROM articles WHERE duplicate_of IS NULL")
    }
    for numbers in repeated.values():
        # Each repeated row is either not stored again (exact) or stored as a marked duplicate.
        assert len(originals & set(numbers)) <= 1, numbers


def test_text_is_clean(fakes_db):
    path, _ = fakes_db
    db = sqlite3.connect(path)
    for text, _dateline in db.execute("SELECT text, dateline FROM articles LIMIT 200"):
        assert not any("\x80" <= ch <= "\x9f" for ch in text)  # stray C1 bytes are gone
    leading_dates = db.execute("SELECT count(*) FROM articles WHERE dateline IS NOT NULL").fetchone()[0]
    assert leading_dates > 300  # "Wed 05 Apr 2017 …" prefixes are read as datelines
