"""Inputs of every kind, mixed in one call, and bad inputs that must not stop a batch."""
import json

import sayso

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
    # The feed's first entry page is fetched, with the entry's metadata kept; the second
    # (a relative link, resolved against the feed's URL) is gone.
    entry = docs[1]
    assert entry.source == http_server + "/article" and entry.meta["feed"] == http_server + "/feed.xml"
    assert entry.meta["entry_title"] == "Feed headline for the envoy story"
    assert entry.meta["entry_published"].startswith("2026-03-04")
    assert any("HTTP 404" in p.reason and p.source == http_server + "/missing" for p in problems)
    assert any("malformed feed" in p.reason or "not well formed" in p.reason for p in problems)


def test_unknown_scheme(tmp_path):
    _, problems = collect(["ftp://example.org/a.txt"])
    assert "only http and https" in problems[0].reason


def test_feed_entry_fills_only_what_the_page_lacks(http_server, db_path):
    library = sayso.open(str(db_path), allow_private=True)
    summary = library.ingest([http_server + "/feed.xml"])
    assert summary.new == 1
    article = library.article(summary.article_ids[0])
    assert article.title == "Envoy hails progress in Geneva"  # the page's own headline, not the feed's
    assert article.published == "2026-03-04" and article.author == "desk@example.org (Feed Desk)"


def test_feed_without_links_and_rdf(tmp_path):
    (tmp_path / "a.rdf").write_text(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
        "<channel><title>T</title></channel><item><title>Plain entry</title>"
        "<description>The envoy said the talks would resume on Monday in Geneva, officials confirmed.</description>"
        "</item></rdf:RDF>", encoding="utf-8")
    docs, problems = collect([tmp_path / "a.rdf"])
    assert not [p for p in problems if p.fatal]
    assert docs[0].format == "text" and docs[0].title == "Plain entry" and "envoy" in docs[0].content


def test_special_files_and_odd_names(tmp_path):
    import os

    folder = tmp_path / "f"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # would block forever if opened
    odd = os.fsencode(str(folder)) + b"/caf\x9b.txt"
    with open(odd, "wb") as fh:
        fh.write(b"Title of the piece\n\nThe talks resumed, officials said.")
    docs, problems = collect([folder, "/dev/zero"])
    assert len(docs) == 1 and "\ufffd" in docs[0].source
    assert [p.reason for p in problems] == ["not a regular file (a device, pipe or socket): not read"]


def test_csv_on_stdin_and_json_wrappers(tmp_path):
    import io

    docs, _ = collect(["-"], stdin=io.BytesIO(b"Headline;Article Text;Source\nOne;The envoy said so.;SANA\n"))
    assert [(d.title, d.content, d.outlet) for d in docs] == [("One", "The envoy said so.", "SANA")]
    (tmp_path / "w.json").write_text(json.dumps({"articles": [{"title": "A", "text": "Body one."}, {"text": "Two."}]}))
    docs, problems = collect([tmp_path / "w.json"])
    assert [d.content for d in docs] == ["Body one.", "Two."] and not problems


@pytest.mark.parametrize(
    "data, declared, expected",
    [
        ("Müller in Genf".encode(), "iso-8859-1", "Müller in Genf"),  # a wrong header is only a hint
        ("Müller in Genf, the minister said.".encode("cp1252"), "utf-8", "Müller in Genf, the minister said."),
        ("Jürgen Müller said the “talks” went well.".encode("cp1252"), None, "Jürgen Müller said the “talks” went well."),
        ('<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'.encode("cp1251"), None,
         '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'),
    ],
)
def test_encodings(data, declared, expected):
    from sayso.ingest.decode import decode_bytes

    assert decode_bytes(data, declared=declared) == expected


def test_a_host_name_is_not_an_outlet(http_server, db_path):
    with sayso.open(str(db_path), allow_private=True) as library:
        summary = library.ingest([http_server + "/nosite"])
        article = library.article(summary.article_ids[0])
    assert article.outlet is None  # not "127.0.0.1:PORT": unknown domains stay null
    assert article.title == "Envoy hails progress in Geneva"
