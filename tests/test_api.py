"""The JSON API and the JSON side of every page, through the real app over a real SQLite library."""
import pytest
from fastapi.testclient import TestClient

import sayso
from sayso.config import Settings
from sayso.web import create_app

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.db"
    with sayso.open(str(path), outlets_file=str(SAMPLES / "outlets.csv")) as lib:
        lib.ingest([str(SAMPLES / "articles")])
    with TestClient(create_app(Settings(db=str(path)))) as test_client:
        yield test_client


def test_health_and_stats(client):
    assert client.get("/api/health").json() == {"status": "ok", "articles": 17, "schema_version": 5}
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


@pytest.mark.parametrize("path", ["/", "/articles", "/search?q=Volkonsky", "/articles/1"])
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
