"""The JSON API and the JSON side of every page, through the real app over a real SQLite library."""
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

import sayso
from sayso.config import Settings
from sayso.web import create_app
from sayso.web.highlight import marked_paragraphs

from .conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def client(sample_db):
    with TestClient(create_app(Settings(db=str(sample_db)))) as test_client:
        yield test_client


def test_health_and_stats(client):
    latest = max(int(f.name[:4]) for f in (ROOT / "sayso" / "store" / "migrations").glob("*.sql"))
    assert client.get("/api/health").json() == {"status": "ok", "articles": 17, "schema_version": latest}
    stats = client.get("/api/stats").json()
    assert stats["outlets"]["Global Wire"] == 4 and stats["by_date"][0] == {"date": "2026-03-03", "articles": 2}


def test_articles_list_filters_and_paging(client):
    page = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert page["total"] == 17 and len(page["items"]) == 5 and page["has_more"]
    assert set(page["items"][0]) >= {"id", "title", "outlet", "published", "source", "url", "duplicate_of"}
    only = client.get("/api/articles", params={"outlet": "global wire"}).json()
    assert only["total"] == 4 and {a["outlet"] for a in only["items"]} == {"Global Wire"}
    dated = client.get("/api/articles", params={"since": "2026-03-10", "until": "2026-03-11"}).json()
    assert {a["published"] for a in dated["items"]} == {"2026-03-10", "2026-03-11"}
    searched = client.get("/api/articles", params={"q": "Astana", "since": "2026-03-10"}).json()
    assert searched["items"] and all(a["published"] >= "2026-03-10" for a in searched["items"])


def test_one_article_is_the_export_record(client):
    first = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    record = client.get(f"/api/articles/{first['id']}").json()
    assert record["type"] == "article" and record["text"] and isinstance(record["removed"], list)


def test_search_snippets_come_in_safe_parts(client):
    result = client.get("/api/search", params={"q": "monitoring centre", "limit": 2}).json()
    assert result["items"] and result["has_more"] in (True, False)
    parts = result["items"][0]["snippet_parts"]
    assert any(p["match"] for p in parts) and "".join(p["text"] for p in parts) == result["items"][0]["snippet"]


QUOTE_FIELDS = {"type", "id", "article", "start", "end", "text", "kind", "cue", "speaker", "speaker_name",
                "speaker_text", "speaker_start", "speaker_end", "medium"}


def test_quotes_list_in_export_field_names_and_paged(client):
    page = client.get("/api/quotes", params={"limit": 5, "offset": 5}).json()
    assert page["total"] > 20 and len(page["items"]) == 5 and page["has_more"]
    assert page["limit"] == 5 and page["offset"] == 5
    first = page["items"][0]
    assert set(first) >= QUOTE_FIELDS | {"title", "outlet", "published"} and first["type"] == "quote"
    everything = client.get("/api/quotes", params={"limit": 200}).json()
    assert everything["total"] == page["total"] and not everything["has_more"]
    assert [q["id"] for q in everything["items"][5:10]] == [q["id"] for q in page["items"]]
    dates = [q["published"] for q in everything["items"] if q["published"]]
    assert dates == sorted(dates, reverse=True)  # newest articles first
    last = client.get("/api/quotes", params={"limit": 5, "offset": page["total"] - 2}).json()
    assert len(last["items"]) == 2 and not last["has_more"]


def test_quotes_filters(client):
    by_speaker = client.get("/api/quotes", params={"speaker": "karaduman"}).json()["items"]
    assert by_speaker and all("karaduman" in f"{q['speaker_name']} {q['speaker_text']}".lower() for q in by_speaker)
    by_outlet = client.get("/api/quotes", params={"outlet": "global wire"}).json()["items"]
    assert by_outlet and {q["outlet"] for q in by_outlet} == {"Global Wire"}
    dated = client.get("/api/quotes", params={"since": "2026-03-10", "until": "2026-03-11"}).json()["items"]
    assert dated and {q["published"] for q in dated} <= {"2026-03-10", "2026-03-11"}
    direct = client.get("/api/quotes", params={"kind": "direct", "limit": 200}).json()["items"]
    assert direct and {q["kind"] for q in direct} == {"direct"}
    searched = client.get("/api/quotes", params={"q": "ceasefire"}).json()
    assert searched["total"] == len(searched["items"]) > 0
    assert all("ceasefire" in (q["text"] + (q["speaker_name"] or "")).lower() for q in searched["items"])
    none = client.get("/api/quotes", params={"speaker": "Nobody Atall"}).json()
    assert none == {"items": [], "total": 0, "limit": 50, "offset": 0, "has_more": False}


def test_quote_search_marks_the_matching_words(client):
    searched = client.get("/api/quotes", params={"q": "ceasefire", "limit": 200}).json()["items"]
    assert searched
    for quote in searched:
        parts = quote["text_parts"]
        assert "".join(p["text"] for p in parts) == quote["text"]  # the pieces are the quote's text, whole
        assert set(quote) >= QUOTE_FIELDS | {"title", "outlet", "published"}  # the record's own fields stay
    matched = [p["text"] for q in searched for p in q["text_parts"] if p["match"]]
    assert matched and all("ceasefire" in m.lower() for m in matched)
    assert all(any(p["match"] for p in q["text_parts"]) for q in searched if "ceasefire" in q["text"].lower())
    stemmed = client.get("/api/quotes", params={"q": "monitor"}).json()["items"]  # word forms are marked too
    assert any(p["match"] and p["text"].lower().startswith("monitor") for q in stemmed for p in q["text_parts"])
    plain = client.get("/api/quotes", params={"limit": 5}).json()["items"]
    assert plain and all("text_parts" not in q for q in plain)  # only a search adds them
    page = client.get("/quotes", params={"q": "ceasefire"}).text
    assert "<mark>ceasefire</mark>" in page.lower()
    search = client.get("/search", params={"q": "ceasefire"}).text
    assert "<mark>ceasefire</mark>" in search[search.index('class="quote-hits"'):].lower()
    assert client.get("/quotes", params={"q": "ceasefire", "format": "json"}).json()["items"][0]["text_parts"]


def test_article_record_has_its_quotes(client):
    one = client.get("/api/quotes", params={"speaker": "Karaduman", "limit": 1}).json()["items"][0]
    record = client.get(f"/api/articles/{one['article']}").json()
    assert record["type"] == "article" and record["quotes"]
    for quote in record["quotes"]:
        assert set(quote) >= QUOTE_FIELDS and quote["article"] == record["id"]
        assert record["text"][quote["start"]:quote["end"]] == quote["text"]  # offsets point into the text
    listed = client.get("/api/quotes", params={"article": record["id"], "limit": 200}).json()["items"]
    assert sorted(q["id"] for q in listed) == sorted(q["id"] for q in record["quotes"])


def test_speakers_and_stats_count_quotes(client):
    speakers = client.get("/api/speakers", params={"limit": 5}).json()["items"]
    assert len(speakers) == 5 and speakers[0]["name"] == "Mehmet Karaduman"
    assert [s["quotes"] for s in speakers] == sorted((s["quotes"] for s in speakers), reverse=True)
    stats = client.get("/api/stats").json()
    assert stats["quotes"] == client.get("/api/quotes", params={"limit": 1}).json()["total"]


def test_openapi_documents_the_quote_shapes(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/quotes", "/api/speakers"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert set(schemas["QuoteListing"]["properties"]) >= QUOTE_FIELDS | {"title", "outlet", "published"}
    assert "quotes" in schemas["ArticleRecord"]["properties"]
    kind = next(p for p in spec["paths"]["/api/quotes"]["get"]["parameters"] if p["name"] == "kind")
    assert "direct" in str(kind["schema"])


ENTITY_FIELDS = {"type", "id", "name", "kind", "aliases", "alias_reasons", "mention_count", "quote_count",
                 "article_count", "external_ids"}


def _volkonsky(client) -> dict:
    found = client.get("/api/entities", params={"q": "Volkonsky", "kind": "person"}).json()["items"]
    return next(e for e in found if e["name"] == "Sergei Volkonsky")


def test_entities_list_filters_and_paging(client):
    page = client.get("/api/entities", params={"limit": 5, "offset": 5}).json()
    assert page["total"] > 10 and len(page["items"]) == 5 and page["has_more"]
    assert page["limit"] == 5 and page["offset"] == 5 and set(page["items"][0]) >= ENTITY_FIELDS
    first = client.get("/api/entities", params={"limit": 10}).json()["items"]
    assert [e["quote_count"] for e in first] == sorted((e["quote_count"] for e in first), reverse=True)
    people = client.get("/api/entities", params={"kind": "PERSON", "limit": 200}).json()
    assert people["items"] and {e["kind"] for e in people["items"]} == {"PERSON"} and not people["has_more"]
    assert client.get("/api/entities", params={"kind": "person"}).json()["total"] == people["total"]
    volkonsky = _volkonsky(client)
    assert {"Sergey Volkonskiy", "Volkonsky"} <= set(volkonsky["aliases"])
    assert volkonsky["alias_reasons"]["Sergey Volkonskiy"] == "transliteration variant"
    by_alias = client.get("/api/entities", params={"q": "Volkonskiy"}).json()["items"]
    assert volkonsky["id"] in [e["id"] for e in by_alias]
    none = client.get("/api/entities", params={"q": "Nobody Atall"}).json()
    assert none == {"items": [], "total": 0, "limit": 50, "offset": 0, "has_more": False}


def test_one_entity_is_its_profile(client):
    volkonsky = _volkonsky(client)
    profile = client.get(f"/api/entities/{volkonsky['id']}").json()
    assert set(profile) >= ENTITY_FIELDS | {"roles", "outlets", "co_mentions", "quotes", "kept_apart", "others",
                                            "quote_total", "timeline", "undated_quotes"}
    assert profile["name"] == "Sergei Volkonsky" and profile["alias_reasons"] == volkonsky["alias_reasons"]
    assert profile["roles"] and set(profile["roles"][0]) == {"role", "country", "article", "published"}
    assert any("envoy" in r["role"].lower() for r in profile["roles"])
    assert profile["quotes"] and all(q["speaker"] == volkonsky["id"] for q in profile["quotes"])
    assert profile["quote_total"] == volkonsky["quote_count"] == len(profile["quotes"])
    assert sum(t["quotes"] for t in profile["timeline"]) + profile["undated_quotes"] == profile["quote_total"]
    assert sum(o["quotes"] for o in profile["outlets"]) == profile["quote_total"]
    assert {t["outlet"] for t in profile["timeline"]} <= {o["outlet"] for o in profile["outlets"]}
    co = profile["co_mentions"][0]
    assert set(co) == {"id", "name", "kind", "articles"} and co["articles"] >= 1
    assert client.get(f"/api/entities/{co['id']}").json()["name"] == co["name"]
    # the same shape `sayso entity --json` prints
    with sayso.open(str(client.app.state.settings.db)) as lib:
        from sayso.export import entity_profile_record
        assert entity_profile_record(lib.entity_profile(volkonsky["id"])).items() <= profile.items()


def test_quotes_by_speaker_entity(client):
    volkonsky = _volkonsky(client)
    page = client.get("/api/quotes", params={"speaker_entity": volkonsky["id"], "limit": 200}).json()
    assert page["total"] == volkonsky["quote_count"] and {q["speaker"] for q in page["items"]} == {volkonsky["id"]}
    # the entity finds the quotes under every spelling, where the name filter finds only one
    names = {q["speaker_text"] for q in page["items"]}
    assert len(names) > 1
    assert client.get("/api/quotes", params={"speaker_entity": 999999}).json()["total"] == 0


def test_article_record_has_its_mentions(client):
    volkonsky = _volkonsky(client)
    quote = client.get("/api/quotes", params={"speaker_entity": volkonsky["id"], "limit": 1}).json()["items"][0]
    record = client.get(f"/api/articles/{quote['article']}").json()
    assert record["mentions"]
    for mention in record["mentions"]:
        assert set(mention) == {"start", "end", "text", "kind", "entity"}
        assert record["text"][mention["start"]:mention["end"]] == mention["text"]
    assert volkonsky["id"] in {m["entity"] for m in record["mentions"]}
    spec = client.get("/openapi.json").json()
    assert {"/api/entities", "/api/entities/{entity_id}"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert set(schemas["EntityProfile"]["properties"]) >= ENTITY_FIELDS | {"roles", "co_mentions", "kept_apart"}
    assert "mentions" in schemas["ArticleRecord"]["properties"]
    assert "speaker_entity" in {p["name"] for p in spec["paths"]["/api/quotes"]["get"]["parameters"]}


class _MarkedText(HTMLParser):
    """Reads an article page's text: the tags must nest, and the words must be the article's own."""

    def __init__(self):
        super().__init__()
        self.depth, self.stack, self.anchors, self.paragraphs = 0, [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "text":
            self.depth = 1
        elif self.depth:
            self.stack.append(tag)
            if tag == "p":
                self.paragraphs.append("")
            if "id" in attrs:
                self.anchors.append(attrs["id"])

    def handle_endtag(self, tag):
        if self.depth and not self.stack:
            self.depth = 0  # the text's </div>
        elif self.depth:
            assert self.stack.pop() == tag, "tags must close in the order they opened"

    def handle_data(self, data):
        if self.depth and self.stack:
            self.paragraphs[-1] += data


def test_article_page_marks_every_quote_once_and_keeps_the_text(client):
    for article_id in range(1, 18):
        record = client.get(f"/api/articles/{article_id}").json()
        page = _MarkedText()
        page.feed(client.get(f"/articles/{article_id}").text)
        assert not page.stack
        assert page.paragraphs == [p for p in record["text"].split("\n\n") if p.strip()]
        # one anchor per quote, even where quotes nest or cross
        assert sorted(page.anchors) == sorted(f"q-{q['id']}" for q in record["quotes"])


def test_crossing_nested_and_stray_spans_still_nest():
    text = "He said that the talks, he added, would go on.\n\nNext paragraph."
    quotes = [
        {"id": 1, "kind": "indirect", "start": 8, "end": 46, "speaker_start": 0, "speaker_end": 2, "cue_start": 3,
         "cue_end": 7, "speaker_name": "Omar Saadi"},
        {"id": 2, "kind": "direct", "start": 13, "end": 40, "speaker_start": 24, "speaker_end": 26, "cue_start": 27,
         "cue_end": 32, "speaker_name": "Omar Saadi"},  # nested in 1, its speaker inside it
        {"id": 3, "kind": "mixed", "start": 30, "end": 60},  # crosses 1, 2 and the paragraph break
        {"id": 4, "kind": "direct", "start": 500, "end": 900},  # offsets past the text: dropped
    ]
    paragraphs = marked_paragraphs(text, quotes)
    assert ["".join(p.text for p in pieces if p.kind == "text") for pieces in paragraphs] == text.split("\n\n")
    for pieces in paragraphs:
        stack = []
        for piece in pieces:
            if piece.kind == "open":
                stack.append(piece.tag)
                assert not (piece.tag == "a" and "a" in stack[:-1])  # links never nest
            elif piece.kind == "close":
                assert stack.pop() == piece.tag
        assert not stack
    firsts = [p.mark.quote["id"] for pieces in paragraphs for p in pieces if p.kind == "open" and p.first
              and p.mark.role == "quote"]
    assert firsts == [1, 2, 3]  # every quote anchored once, in text order; 3 goes on into the next paragraph


class _Elements(HTMLParser):
    """Every element of a page: the scripts it loads and any event-handler attribute."""

    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self.handlers = set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


HOSTILE_QUOTE = """Spokesman <script>alert("title")</script> rejects plan

"We reject <script>alert('quote')</script> every plan drawn abroad," said Omar Kassab, the council's spokesman.

Kassab said the <img src=x onerror=alert('quote-img')> talks would fail.
"""


def test_hostile_quotes_are_escaped(tmp_path):
    (tmp_path / "hostile-quote.txt").write_text(HOSTILE_QUOTE)
    path = tmp_path / "q.db"
    with sayso.open(str(path), quotes=True) as lib:
        lib.ingest([str(tmp_path / "hostile-quote.txt")])
    with TestClient(create_app(Settings(db=str(path)))) as client:
        quotes = client.get("/api/quotes", params={"q": "reject"}).json()["items"]
        assert quotes and "<script>alert('quote')</script>" in quotes[0]["text"]  # kept as data in JSON
        for page in ("/articles/1", "/quotes", "/", "/search?q=reject", "/quotes?q=reject"):
            html = client.get(page).text
            elements = _Elements()
            elements.feed(html)
            assert elements.scripts == ["/static/app.js"] and not elements.handlers, page
            assert "img" not in elements.tags, page
            assert "&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;" in html, page
        assert '<mark class="quote direct" id="q-' in client.get("/articles/1").text
        # a search that matches inside the hostile markup: the match is marked, the markup stays text
        marked = client.get("/api/quotes", params={"q": "script"}).json()["items"]
        assert marked and any(p["match"] and p["text"] == "script" for p in marked[0]["text_parts"])
        for page in ("/quotes?q=script", "/search?q=script", "/quotes?q=reject"):
            html = client.get(page).text
            elements = _Elements()
            elements.feed(html)
            assert elements.scripts == ["/static/app.js"] and not elements.handlers, page
            assert "img" not in elements.tags, page
        assert "&lt;<mark>script</mark>&gt;alert(&#39;quote&#39;)&lt;/<mark>script</mark>&gt;" in client.get(
            "/quotes?q=script").text
        assert "We <mark>reject</mark> &lt;script&gt;" in client.get("/quotes?q=reject").text
        # his entity page and his quotes: the <img ...> he is quoted with stays text
        kassab = client.get("/api/entities", params={"q": "Kassab"}).json()["items"][0]
        for page in (f"/entities/{kassab['id']}", f"/quotes?speaker_entity={kassab['id']}", "/entities?q=Kassab"):
            html = client.get(page).text
            elements = _Elements()
            elements.feed(html)
            assert elements.scripts == ["/static/app.js"] and not elements.handlers, page
            assert "img" not in elements.tags, page
            assert "Omar Kassab" in html, page
        assert "the &lt;img src=" in client.get(f"/entities/{kassab['id']}").text


@pytest.mark.parametrize(
    "url, status, code",
    [
        ("/api/articles/9999", 404, "not_found"),
        ("/api/articles/abc", 400, "bad_request"),
        ("/api/articles?limit=0", 400, "bad_request"),
        ("/api/articles?limit=100000", 400, "bad_request"),
        ("/api/articles?since=someday", 400, "bad_request"),
        ("/api/search", 400, "bad_request"),
        ("/api/search?q=" + "x" * 600, 400, "bad_request"),
        ("/api/nothing-here", 404, "not_found"),
        ("/api/quotes?kind=bogus", 400, "bad_request"),
        ("/api/quotes?limit=0", 400, "bad_request"),
        ("/api/quotes?limit=201", 400, "bad_request"),
        ("/api/quotes?offset=-1", 400, "bad_request"),
        ("/api/quotes?since=someday", 400, "bad_request"),
        ("/api/quotes?until=2026-02-30", 400, "bad_request"),
        ("/api/quotes?q=NOT+ceasefire", 400, "bad_request"),
        ("/api/quotes?article=abc", 400, "bad_request"),
        ("/api/quotes?article=99999999999999999999", 400, "bad_request"),
        ("/api/quotes?speaker=" + "x" * 201, 400, "bad_request"),
        ("/api/speakers?limit=0", 400, "bad_request"),
        ("/api/entities/99999", 404, "not_found"),
        ("/api/entities/abc", 400, "bad_request"),
        ("/api/entities/0", 400, "bad_request"),
        ("/api/entities/99999999999999999999", 400, "bad_request"),
        ("/api/entities?kind=bogus", 400, "bad_request"),
        ("/api/entities?limit=0", 400, "bad_request"),
        ("/api/entities?limit=201", 400, "bad_request"),
        ("/api/entities?offset=-1", 400, "bad_request"),
        ("/api/entities?q=" + "x" * 201, 400, "bad_request"),
        ("/api/quotes?speaker_entity=abc", 400, "bad_request"),
        ("/api/quotes?speaker_entity=0", 400, "bad_request"),
        ("/entities/99999?format=json", 404, "not_found"),
        ("/entities?kind=bogus&format=json", 400, "bad_request"),
        ("/quotes?speaker_entity=99999&format=json", 404, "not_found"),
        ("/quotes?kind=bogus&format=json", 400, "bad_request"),
        ("/quotes?page=0&format=json", 400, "bad_request"),
    ],
)
def test_one_error_envelope(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["code"] == code and error["message"]


def test_read_only_by_default(client):
    response = client.post("/api/ingest", json={"urls": ["https://example.org/a"]})
    assert response.status_code == 403 and response.json()["error"]["code"] == "ingest_disabled"
    assert client.delete("/api/articles/1").status_code == 405


def test_ingest_needs_the_token_and_refuses_private_addresses(tmp_path, http_server):
    path = tmp_path / "w.db"
    sayso.open(str(path)).close()
    app = create_app(Settings(db=str(path), ingest_token="s3cret", allow_private=True))
    with TestClient(app) as client:
        assert client.post("/api/ingest", json={"urls": [http_server + "/article"]}).status_code == 401
        wrong = client.post("/api/ingest", json={"urls": ["x"]}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        headers = {"Authorization": "Bearer s3cret"}
        assert client.post("/api/ingest", json={"urls": ["/etc/passwd"]}, headers=headers).status_code == 400
        # Even with allow_private in the server's settings, a remote caller cannot make it fetch loopback.
        summary = client.post("/api/ingest", json={"urls": [http_server + "/article"]}, headers=headers).json()
        assert summary["new"] == 0 and "private" in summary["problems"][0]["reason"]


@pytest.mark.parametrize("path", ["/", "/articles", "/search?q=Volkonsky", "/articles/1", "/quotes",
                                  "/quotes?speaker=Karaduman&kind=direct", "/entities", "/entities?kind=ORG&q=un",
                                  "/entities/1", "/quotes?speaker_entity=1"])
def test_every_page_answers_as_json(client, path):
    as_json = client.get(path + ("&" if "?" in path else "?") + "format=json")
    assert as_json.headers["content-type"].startswith("application/json")
    by_accept = client.get(path, headers={"Accept": "application/json"})
    assert by_accept.json() == as_json.json()
    html = client.get(path)
    assert html.headers["content-type"].startswith("text/html")


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_hostile_text_is_escaped(tmp_path):
    path = tmp_path / "h.db"
    fixtures = SAMPLES.parent.parent / "tests" / "fixtures"
    with sayso.open(str(path)) as lib:
        lib.ingest([str(fixtures / "hostile.txt"), str(fixtures / "hostile.jsonl")])
    with TestClient(create_app(Settings(db=str(path)))) as client:
        for article_id in (1, 2):
            page = client.get(f"/articles/{article_id}").text
            assert "<script>alert" not in page and "<img" not in page and "<svg onload" not in page
            assert 'href="javascript:' not in page and "<iframe" not in page and "<b onmouseover" not in page
        assert "&lt;script&gt;alert(&#34;text&#34;)&lt;/script&gt;" in client.get("/articles/1").text
        listing = client.get("/").text
        assert "&lt;b onmouseover" in listing and "<b onmouseover" not in listing


def test_missing_library(tmp_path):
    with pytest.raises(sayso.NotFoundError):
        create_app(Settings(db=str(tmp_path / "none.db")))


# -- regressions found in review ------------------------------------------------------


@pytest.fixture(scope="module")
def big_client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many")
    for i in range(25):
        (folder / f"{i}.txt").write_text(f"Talks round {i} ends\n\nThe talks ended on day {i}, said envoy {i * 7}.")
    path = folder / "big.db"
    with sayso.open(str(path)) as lib:
        lib.ingest([str(folder)])
    with TestClient(create_app(Settings(db=str(path)))) as test_client:
        yield test_client


def test_pages_link_to_the_next_page(big_client):
    first = big_client.get("/articles").text
    assert 'rel="next" href="/articles?page=2"' in first
    second = big_client.get("/articles?page=2").text
    assert 'rel="prev" href="/articles?page=1"' in second and 'rel="next"' not in second
    assert 'rel="next"' in big_client.get("/search?q=talks").text


@pytest.mark.parametrize("path", ["/api/articles/99999999999999999999999", "/api/articles/9223372036854775808",
                                  "/articles/+1", "/articles/1_000", "/api/articles/0"])
def test_bad_ids_are_400_with_headers(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_head_and_allow(client):
    head = client.head("/api/health")
    assert head.status_code == 200 and head.content == b""
    refused = client.put("/api/health")
    assert refused.status_code == 405 and "GET" in refused.headers.get("allow", "")


def test_json_link_and_negotiation(client):
    page = client.get("/search", params={"q": "Astana", "outlet": "Global Wire"}).text
    assert 'href="?q=Astana&amp;outlet=Global+Wire&amp;format=json"' in page
    assert "//evil" not in client.get("//evil.example/x").text
    prefers_json = client.get("/", headers={"Accept": "application/json;q=1, text/html;q=0.1"})
    assert prefers_json.headers["content-type"].startswith("application/json")
    assert client.get("/?format=JSON").headers["content-type"].startswith("application/json")
    assert client.get("/").headers["vary"] == "Accept"
    empty = client.get("/search?format=json").json()
    assert set(empty) >= {"items", "limit", "offset", "has_more"}


def test_stats_count_articles_without_outlet(tmp_path):
    (tmp_path / "a.txt").write_text("A headline here\n\nThe envoy said the talks went well.")
    with sayso.open(str(tmp_path / "s.db")) as lib:
        lib.ingest([str(tmp_path / "a.txt")])
        stats = lib.stats()
    assert stats["outlets"] == {} and stats["without_outlet"] == 1


def test_ingest_auth_before_body(tmp_path):
    path = tmp_path / "w.db"
    sayso.open(str(path)).close()
    with TestClient(create_app(Settings(db=str(path)))) as off:
        assert off.post("/api/ingest", content=b"not json").status_code == 403
    with TestClient(create_app(Settings(db=str(path), ingest_token="s3cret"))) as on:
        assert on.post("/api/ingest", content=b"not json").status_code == 401
        assert on.post("/api/ingest", json={"urls": ["/etc/passwd"]}, headers={"Authorization": "s3cret"}).status_code == 401
        lower = on.post("/api/ingest", json={"urls": ["/etc/passwd"]}, headers={"Authorization": "bearer s3cret"})
        assert lower.status_code == 400  # authenticated, then refused for the path
        broken = on.post("/api/ingest", content=b"{", headers={"Authorization": "Bearer s3cret"})
        assert broken.status_code == 400 and broken.json()["error"]["code"] == "bad_request"


def test_replaced_or_removed_library(tmp_path):
    import shutil

    first, second = tmp_path / "one.db", tmp_path / "two.db"
    (tmp_path / "a.txt").write_text("A headline here\n\nThe envoy said the talks went well.")
    (tmp_path / "b.txt").write_text("Another headline\n\nThe minister said the talks failed.")
    with sayso.open(str(first)) as lib:
        lib.ingest([str(tmp_path / "a.txt")])
    with sayso.open(str(second)) as lib:
        lib.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    with TestClient(create_app(Settings(db=str(first)))) as client:
        assert client.get("/api/health").json()["articles"] == 1
        shutil.move(second, first)  # a rebuilt library moved over the served one
        assert client.get("/api/health").json()["articles"] == 2
        first.unlink()
        gone = client.get("/api/health")
        assert gone.status_code == 503 and gone.json()["error"]["code"] == "library_unavailable"
