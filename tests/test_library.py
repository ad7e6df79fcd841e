"""The library end to end on real SQLite files: ingest, duplicates, search, export, interruption."""
import io
import json
import sqlite3

import pytest

import sayso
from sayso.store import QuoteFilter
from sayso.store.fts import fts_query

from .conftest import SAMPLES


def test_sample_corpus(sample_db):
    with sayso.open(str(sample_db)) as lib:
        stats = lib.stats()
        assert stats["articles"] == 17
        assert stats["duplicates"] == 1
        assert stats["first_published"] == "2026-03-03"
        assert {"Global Wire", "Levant News Agency", "Caspian Telegraph Agency", "Meridian Review"} <= set(stats["outlets"])
        duplicate = [a for a in lib.articles(limit=100) if a.duplicate_of]
        assert len(duplicate) == 1
        original = lib.article(duplicate[0].duplicate_of)
        assert {original.outlet, duplicate[0].outlet} == {"Cedar Post", "Global Wire"}
        assert original.title != duplicate[0].title  # a different headline, the same wire story


def test_reingest_is_a_no_op(library):
    first = library.ingest([str(SAMPLES / "articles")])
    again = library.ingest([str(SAMPLES / "articles")])
    assert first.new == 16 and first.duplicates == 1
    assert (again.new, again.duplicates, again.unchanged) == (0, 0, 17)
    assert "17 unchanged" in again.line()
    assert library.stats()["articles"] == 17


def test_the_cp1252_sample_decodes(sample_db):
    with sayso.open(str(sample_db)) as lib:
        hit = lib.search("Montalbán")[0]
        assert "Montalbán" in hit.article.text and "\ufffd" not in hit.article.text


def test_search_ranks_and_highlights(sample_db):
    with sayso.open(str(sample_db)) as lib:
        hits = lib.search("monitoring centre")
        assert hits and any(marked for _, marked in hits[0].snippet_parts())
        assert lib.search("al-Haddad")  # punctuation never breaks the query
        assert lib.search('"humanitarian corridor"')
        assert lib.search("U.S. OR Washington") is not None
        only = lib.search("Astana", outlet="Global Wire")
        assert only and all(h.article.outlet == "Global Wire" for h in only)
        dated = lib.search("talks", since="2026-03-10", until="2026-03-11")
        assert dated and all("2026-03-10" <= h.article.published <= "2026-03-11" for h in dated)


@pytest.mark.parametrize(
    "query, expression",
    [("al-Moallem", '"al-Moallem"'), ('"a b" OR c*', '"a b" OR "c"*'), ("NOT", ""), ('x"y', '"xy"'), ("-- ::", "")],
)
def test_fts_query_escaping(query, expression):
    assert fts_query(query) == expression


def test_export_records(sample_db):
    with sayso.open(str(sample_db)) as lib:
        buffer = io.StringIO()
        written = lib.export(buffer)
    everything = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert written == len(everything)
    records = [r for r in everything if r["type"] == "article"]
    quotes = [r for r in everything if r["type"] == "quote"]
    assert len(records) == 17 and len(quotes) > 100
    assert {r["type"] for r in everything} == {"article", "quote", "entity"}
    # every quote record follows its article and its offsets point into that article's text
    texts = {r["id"]: r["text"] for r in records}
    for q in quotes:
        assert texts[q["article"]][q["start"] : q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert texts[q["article"]][q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]
    quote_fields = {"id", "article", "start", "end", "text", "kind", "cue", "speaker", "speaker_name", "speaker_text",
                    "speaker_start", "speaker_end", "medium"}
    assert all(quote_fields <= set(q) for q in quotes)
    required = {"id", "source", "url", "title", "outlet", "published", "place", "language", "text", "removed", "duplicate_of"}
    assert all(required <= set(r) for r in records)
    assert any(r["removed"] for r in records)
    assert all(r["published"] is None or len(r["published"]) == 10 for r in records)


def test_bad_inputs_do_not_stop_the_batch(library, tmp_path):
    (tmp_path / "good.txt").write_text("Envoy arrives for talks\n\nThe envoy arrived on Monday, officials said.")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00\x00")
    (tmp_path / "furniture.txt").write_text("Home\nMenu\nShare this article on Facebook\n")
    summary = library.ingest([str(tmp_path / "bin.txt"), str(tmp_path / "furniture.txt"), str(tmp_path / "good.txt")])
    assert summary.new == 1 and summary.skipped == 2 and summary.failed == 2
    assert "binary" in summary.line() and "no story text" in summary.line()


def test_interrupted_ingest_keeps_committed_work(db_path, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:03d}.txt").write_text(f"Headline number {i} about talks\n\nStory {i}: the envoy said talks went on, item {i} {'x' * i}.")
    calls = []

    def interrupt_after_ten(source):
        calls.append(source)
        if len(calls) == 11:
            raise KeyboardInterrupt

    with sayso.open(str(db_path)) as lib:
        summary = lib.ingest([str(folder)], on_item=interrupt_after_ten)
    assert summary.interrupted and summary.new == 10
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 10
    assert db.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == 10
    db.close()
    with sayso.open(str(db_path)) as lib:
        rest = lib.ingest([str(folder)])
        assert (rest.new, rest.unchanged) == (20, 10)
        assert lib.search("envoy", limit=100).__len__() == 30


def test_opening_a_non_library_fails_clearly(tmp_path):
    bogus = tmp_path / "not.db"
    bogus.write_text("hello, I am not a database" * 100)
    with pytest.raises(sayso.StoreError, match="cannot open the library"):
        sayso.open(str(bogus))


def test_html_metadata_through_trafilatura(sample_db):
    with sayso.open(str(sample_db)) as lib:
        (article,) = [a for a in lib.articles(limit=100) if a.source.endswith("bosphorusherald_karaduman-monitoring-plan.html")]
    assert article.title.startswith("Karaduman tables Turkish monitoring plan")
    assert article.url == "https://www.bosphorus-herald.example/diplomacy/karaduman-tables-monitoring-plan-geneva"
    assert (article.outlet, article.published, article.author, article.place) == (
        "Bosphorus Herald", "2026-03-04", "Selin Özkara", "Geneva")
    assert not article.text.startswith(article.title)  # the <h1> repeated in the body is gone


def test_sloppy_html_still_reads(sample_db):
    with sayso.open(str(sample_db)) as lib:
        (article,) = [a for a in lib.articles(limit=100) if "sloppy" in a.source]
    assert article.outlet == "Euphrates Observer" and len(article.text.split()) > 150
    assert "“liberated”" in article.text


def test_shared_background_paragraph_is_not_a_duplicate(library, tmp_path):
    background = ("The guarantor countries agreed in 2025 to a ceasefire regime in the north of the country, "
                  "with monitoring by joint patrols and a hotline between the military commands of the sides. ") * 3
    (tmp_path / "a.txt").write_text("Envoy visits Damascus\n\nDAMASCUS, March 9. /TASS/. The envoy met officials "
                                    "on Monday to discuss prisoner exchanges.\n\n" + background)
    (tmp_path / "b.txt").write_text("Talks open in Astana\n\nASTANA, May 20. /TASS/. A new round of talks opened "
                                    "on Wednesday with four delegations.\n\n" + background)
    summary = library.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert (summary.new, summary.duplicates) == (2, 0)


def test_two_writers_interleave(db_path, tmp_path):
    import threading

    folders = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(40):
            (folder / f"{i}.txt").write_text(f"Headline {name} {i} on talks\n\nStory {name} {i}: talks, said {i * 13}.")
        folders.append(folder)
    sayso.open(str(db_path)).close()
    results = []

    def run(folder):
        with sayso.open(str(db_path)) as lib:
            results.append(lib.ingest([str(folder)]))

    threads = [threading.Thread(target=run, args=(f,)) for f in folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.failed == 0 for r in results) and sum(r.new for r in results) == 80


def test_foreign_sqlite_files_are_left_alone(tmp_path):
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()
    with pytest.raises(sayso.StoreError, match="another program"):
        sayso.open(str(other))
    with pytest.raises(sayso.StoreError, match="not a sayso library"):
        sayso.open(str(other), read_only=True)
    assert sqlite3.connect(other).execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]


def test_outlet_filter_takes_aliases(library, tmp_path):
    (tmp_path / "a.txt").write_text("Protests in Beirut\n\nBEIRUT, Lebanon (AP) — Protesters gathered on Monday.")
    library.ingest([str(tmp_path / "a.txt")])
    assert [a.outlet for a in library.articles(outlet="AP")] == ["Associated Press"]
    with pytest.raises(sayso.ConfigError, match="cannot start with NOT"):
        library.search("NOT corridor")


def test_search_finds_word_forms(sample_db):
    with sayso.open(str(sample_db)) as lib:
        singular = {h.article.id for h in lib.search("negotiation", limit=100)}
        plural = {h.article.id for h in lib.search("negotiations", limit=100)}
    assert singular and singular == plural


def test_an_old_library_is_upgraded_when_opened(tmp_path):
    """A library written by schema 3 (no stemming) is migrated and its index rebuilt."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    from importlib import resources

    folder = resources.files("sayso.store").joinpath("migrations")
    for name in ("0001_articles.sql", "0002_list_indexes.sql", "0003_fts_rank.sql"):
        db.executescript(folder.joinpath(name).read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 3")
    db.execute("INSERT INTO articles (key, source, title, text) VALUES ('k', 's', 'Talks', 'The negotiations resumed.')")
    db.commit()
    db.close()
    with sayso.open(str(path), read_only=True) as lib:
        assert lib.store.schema_version == max(int(e.name[:4]) for e in folder.iterdir() if e.name.endswith(".sql"))
        assert [h.article.title for h in lib.search("negotiation")] == ["Talks"]


def test_quote_pages_follow_the_listing_order_even_when_it_is_stale(sample_db, tmp_path):
    """Deep pages come from the stored order; a stale order (quotes written since) is never used."""
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(sample_db, copy)
    with sayso.open(str(copy)) as lib:
        walk = [r[0] for r in lib.store._db.execute(
            "SELECT q.id FROM articles a CROSS JOIN quotes q ON a.id = q.article_id"
            " ORDER BY a.published IS NULL, a.published DESC, a.id DESC, q.start")]
        paged = [q["id"] for offset in range(0, len(walk), 7) for q in lib.quotes(limit=7, offset=offset)]
        assert paged == walk and lib.store._ordered_page(QuoteFilter(limit=7, offset=14)) is not None
        with lib.store.transaction():  # a quote arrives without the order being rebuilt
            lib.store._db.execute("INSERT INTO quotes (article_id, start, \"end\", kind, text)"
                                  " SELECT id, 0, 5, 'direct', substr(text, 1, 5) FROM articles ORDER BY id LIMIT 1")
        assert lib.store._ordered_page(QuoteFilter(limit=7, offset=0)) is None
        assert len([q for offset in range(0, len(walk) + 1, 50) for q in lib.quotes(limit=50, offset=offset)]) == len(walk) + 1


def test_a_quotes_medium_is_named_as_the_outlet_table_names_it(sample_db):
    with sayso.open(str(sample_db)) as lib:
        media = {q["medium"] for q in lib.quotes(limit=1000) if q["medium"]}
    # "in interview to CTA", "(quoted by LNA)": the samples' outlet table names both
    assert {"Caspian Telegraph Agency", "Levant News Agency"} <= media
    assert not media & {"CTA", "LNA", "CTA."}
