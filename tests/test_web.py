"""The web UI in a real browser: Debian's Chromium driven by Playwright against a real server."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

import sayso
from sayso.config import Settings
from sayso.web import create_app

from .conftest import ROOT, SAMPLES

CHROMIUM = os.environ.get("SAYSO_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    fixtures = ROOT / "tests" / "fixtures"
    with sayso.open(str(path), outlets_file=str(SAMPLES / "outlets.csv")) as lib:
        lib.ingest([str(SAMPLES / "articles"), str(fixtures / "hostile.txt"), str(fixtures / "hostile.jsonl")])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(db=str(path))), host="127.0.0.1", port=port, log_level="warning")
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not web.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.failed = []
    page.on("response", lambda r: page.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    yield page
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_shows_the_library_and_charts(server, page):
    page.goto(server + "/")
    assert "19 articles" in page.locator("#summary").inner_text()
    assert page.locator("svg.chart rect").count() >= 10  # one bar per outlet, and the timeline
    assert page.locator("svg.timeline rect").count() >= 1
    shot(page, "home")
    assert not page.failed, page.failed


def test_search_filter_and_follow_a_hit_to_its_article(server, page):
    page.goto(server + "/")
    page.keyboard.press("/")  # the enhancement: jump to the search box
    page.keyboard.type("monitoring")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=monitoring")
    assert page.locator("ol.hits li").count() >= 3
    assert page.locator("ol.hits mark").first.inner_text().lower().startswith("monitor")
    page.select_option("select[name=outlet]", "Global Wire")  # from the keyboard: no reload while choosing
    assert "outlet=" not in page.url
    page.click("form.filters button")
    page.wait_for_url("**outlet=Global+Wire**")
    metas = page.locator("ol.hits .meta").all_inner_texts()
    assert metas and all(m.startswith("Global Wire") for m in metas)
    shot(page, "search")
    title = page.locator("ol.hits a.title").first.inner_text()
    page.locator("ol.hits a.title").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == title
    page.locator("details.removed summary").click() if page.locator("details.removed").count() else None
    shot(page, "article")


def test_articles_list_filters(server, page):
    page.goto(server + "/articles")
    assert "19 articles" in page.locator(".count").inner_text()
    page.fill("input[name=since]", "2026-03-10")
    page.fill("input[name=until]", "2026-03-11")
    page.click("form.filters button")
    page.wait_for_url("**since=2026-03-10**")
    metas = page.locator("ul.articles .meta").all_inner_texts()
    assert metas and all(("2026-03-10" in m) or ("2026-03-11" in m) for m in metas)
    shot(page, "articles")


def test_hostile_article_renders_inert(server, page):
    page.goto(server + "/search?q=%22talks+were+useful%22")
    page.locator("ol.hits a.title").first.click()
    page.wait_for_url("**/articles/*")
    text = page.locator("article.story").inner_text()
    assert '<script>alert("text")</script>' in text  # shown as text...
    assert page.locator("article.story script, article.story img, article.story iframe").count() == 0  # ...never run
    assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
    page.goto(server + "/articles?outlet=" + "<b onmouseover=alert('outlet')>Evil Outlet</b>")
    page.locator("ul.articles a.title").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert "javascript:alert('url')" in page.locator("dl.metadata").inner_text()
    page.mouse.move(200, 300)
    shot(page, "hostile")
    assert page.dialogs == []


def test_picking_an_outlet_with_the_mouse_applies_it(server, page):
    page.goto(server + "/articles")
    page.click("select[name=outlet]")  # a pointer interaction, then the choice
    page.select_option("select[name=outlet]", "Levant News Agency")
    page.wait_for_url("**outlet=Levant+News+Agency**")
    metas = page.locator("ul.articles .meta").all_inner_texts()
    assert metas and all(m.startswith("Levant News Agency") for m in metas)


def test_pages_work_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/search?q=Astana")
    assert page.locator("ol.hits li").count() >= 2
    page.locator("ol.hits a.title").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("article.story .text p").count() >= 1
    context.close()


def test_api_docs_render_offline(server, page):
    page.goto(server + "/docs")
    page.get_by_text("/api/health", exact=True).wait_for(timeout=15000)
    shot(page, "docs")
    assert not page.failed, page.failed
