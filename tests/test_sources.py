"""Inputs of every kind, mixed in one call, and bad inputs that must not stop a batch."""
import json

import pytest

from sayso.config import Settings
from sayso.errors import ConfigError
from sayso.ingest.sources import iter_documents, parse_column_overrides
from sayso.model import Document, Problem


def collect(inputs, **kwargs):
    items = list(iter_documents([str(i) for i in inputs], Settings(allow_private=True, max_file_bytes=100_000), **kwargs))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]


def test_jsonl_and_csv_columns_detected_case_insensitively(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"Headline": "One", "Body": "Text one.", "Link": "https://x.example/1", "Date": "2026-03-01",
                    "Publisher": "Test Wire"}) + "\n\nnot json\n[1]\n" + json.dumps({"title": "no text"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text("TITLE,Content,Source\nTwo,Text two.,SANA\nThree,,SANA\n", encoding="utf-8")
    docs, problems = collect([tmp_path / "a.jsonl", tmp_path / "b.csv"])
    assert [(d.title, d.content, d.outlet) for d in docs] == [("One", "Text one.", "Test Wire"), ("Two", "Text two.", "SANA")]
    assert docs[0].url == "https://x.example/1" and docs[0].published == "2026-03-01"
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert reasons["a.jsonl#line=3"].startswith("invalid JSON")
    assert reasons["a.jsonl#line=4"] == "not a JSON object"
    assert reasons["a.jsonl#line=5"].startswith("no text")
    assert reasons["b.csv#row=2"].startswith("no text")


def test_column_flag_maps_unusual_names(tmp_path):
    (tmp_path / "c.csv").write_text("hed,story_html,when\nA title,<p>Para one.</p><p>Two.</p>,2026-01-02\n")
    docs, problems = collect([tmp_path / "c.csv"], columns=parse_column_overrides(["text=story_html", "title=hed", "date=when"]))
    assert not problems
    assert docs[0].format == "html" and docs[0].title == "A title" and docs[0].published == "2026-01-02"
    with pytest.raises(ConfigError):
        parse_column_overrides(["colour=x"])


def test_folders_are_walked_by_file_type(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Title here now\n\nBody.")
    (tmp_path / "b.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "notes.md").write_text("# not an article")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden.txt").write_text("secret")
    docs, problems = collect([tmp_path])
    assert sorted(d.source.rsplit("/", 1)[-1] for d in docs) == ["a.txt", "b.html"]
    assert not problems


def test_bad_files_each_get_one_line(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "big.txt").write_bytes(b"a" * 200_000)
    (tmp_path / "legacy.txt").write_bytes("Caf\u00e9 talks \u201cfruitful\u201d, minister says".encode("cp1252"))
    docs, problems = collect([tmp_path / n for n in ("empty.txt", "binary.txt", "report.txt", "big.txt", "legacy.txt", "missing.txt")])
    assert [d.content for d in docs] == ["Caf\u00e9 talks \u201cfruitful\u201d, minister says"]
    reasons = [p.reason for p in problems]
    assert reasons[0].startswith("empty")
    assert reasons[1].startswith("binary file")
    assert "PDF" in reasons[2]
    assert reasons[3].startswith("too large")
    assert reasons[4] == "no such file or folder"


def test_stdin(tmp_path):
    import io

    docs, _ = collect(["-"], stdin=io.BytesIO(b"A headline here\n\nThe story, said someone."))
    assert docs[0].source == "-" and docs[0].format == "text"


def test_url_and_feed_inputs(http_server):
    docs, problems = collect([http_server + "/article", http_server + "/feed.xml", http_server + "/bad-feed.xml"])
    assert docs[0].format == "html" and docs[0].source == http_server + "/article"
    # The feed's first entry page is fetched, with the entry's metadata kept; the second is gone.
    entry = docs[1]
    assert entry.source == http_server + "/article" and entry.meta["feed"] == http_server + "/feed.xml"
    assert entry.published is not None and entry.title
    assert any("HTTP 404" in p.reason for p in problems)
    assert any("malformed feed" in p.reason or "not well formed" in p.reason for p in problems)


def test_unknown_scheme(tmp_path):
    _, problems = collect(["ftp://example.org/a.txt"])
    assert "only http and https" in problems[0].reason
