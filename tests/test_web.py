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
from .test_api import HOSTILE_QUOTE

CHROMIUM = os.environ.get("SAYSO_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    path, hostile_quote = folder / "web.db", folder / "hostile-quote.txt"
    hostile_quote.write_text(HOSTILE_QUOTE)
    fixtures = ROOT / "tests" / "fixtures"
    with sayso.open(str(path), outlets_file=str(SAMPLES / "outlets.csv"), quotes=True) as lib:
        lib.ingest([str(SAMPLES / "articles"), str(fixtures / "hostile.txt"), str(fixtures / "hostile.jsonl"),
                    str(hostile_quote)])
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
    assert "20 articles" in page.locator("#summary").inner_text()
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
    assert "20 articles" in page.locator(".count").inner_text()
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
    # home -> a speaker -> narrow by words -> the quote's sentence, all by plain links and forms
    page.goto(server + "/")
    page.locator("ol.speakers a.count").first.click()
    page.wait_for_url("**/quotes?speaker=Mehmet+Karaduman")
    page.fill("form.filters input[name=q]", "ceasefire")
    page.click("form.filters button")
    page.wait_for_url("**q=ceasefire**")
    assert page.locator("ul.quotes li.quote-row").count() >= 1
    page.locator("ul.quotes a.in-article").first.click()
    page.wait_for_url("**/articles/*#q-*")
    assert page.locator("mark.quote:target").count() == 1  # the anchor and its highlight need no script
    context.close()


def test_home_shows_most_quoted_speakers(server, page):
    page.goto(server + "/")
    speakers = page.locator("ol.speakers li a")
    assert speakers.count() >= 5 and speakers.first.inner_text() == "Mehmet Karaduman"
    assert page.locator("ul.quotes li.quote-row").count() >= 3  # the latest quotes
    page.locator("ol.speakers").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "home-speakers.png"))
    page.locator("ol.speakers li a.count").first.click()
    page.wait_for_url("**/quotes?speaker=Mehmet+Karaduman")
    assert page.locator("h1").inner_text() == "Quotes by Mehmet Karaduman"
    page.go_back()
    speakers.first.click()  # the name leads to their entity page
    page.wait_for_url("**/entities/*")
    assert page.locator("h1 bdi").inner_text() == "Mehmet Karaduman"


def test_quote_explorer_filters_and_leads_to_the_sentence(server, page):
    page.goto(server + "/quotes")
    everything = int(page.locator(".count").inner_text().split()[0])
    page.fill("input[name=speaker]", "Karaduman")
    page.select_option("select[name=kind]", "direct")
    page.click("form.filters button")
    page.wait_for_url("**speaker=Karaduman**")
    rows = page.locator("ul.quotes li.quote-row")
    assert 1 <= int(page.locator(".count").inner_text().split()[0]) < everything
    assert all("Karaduman" in who for who in page.locator("ul.quotes .who").all_inner_texts())
    assert all("direct" in row.split() for row in rows.evaluate_all("rows => rows.map(r => r.className)"))
    shot(page, "quotes")
    quote_text = rows.first.locator("blockquote").inner_text()
    link = rows.first.locator("a.in-article")
    quote_id = link.get_attribute("href").split("#q-")[1]
    link.click()
    page.wait_for_url(f"**/articles/*#q-{quote_id}")
    target = page.locator(f"mark.quote#q-{quote_id}")
    sync_api.expect(target).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target').id") == f"q-{quote_id}"
    assert target.evaluate("mark => getComputedStyle(mark).outlineStyle") == "solid"  # highlighted as the target
    pieces = page.locator(f'mark.quote[data-quote="{quote_id}"]').all_inner_texts()  # crossing quotes come in pieces
    assert " ".join(" ".join(pieces).split()) == " ".join(quote_text.split())
    page.screenshot(path=str(ARTIFACTS / "quote-in-article.png"))


def test_article_highlights_quotes_and_links_speakers(server, page):
    page.goto(server + "/quotes?speaker=Tulegenova")
    page.locator("ul.quotes a.in-article").first.click()
    page.wait_for_url("**/articles/*")
    marks = page.locator(".text mark.quote")
    listed = page.locator("section.article-quotes li.quote-row")
    assert marks.count() >= listed.count() >= 4
    assert page.locator(".text mark.quote[id]").count() == listed.count()  # one anchor per quote
    kinds = set(marks.evaluate_all("marks => marks.map(m => m.classList[1])"))
    assert kinds >= {"direct", "indirect", "mixed"}
    assert marks.first.get_attribute("title").startswith(marks.first.get_attribute("class").split()[1] + " quote")
    assert page.locator(".text .cue").count() >= 4
    shot(page, "article-quotes")
    speaker = page.locator(".text a.speaker", has_text="Tulegenova").first
    speaker.click()  # a resolved speaker leads to their entity page, and from there to all their quotes
    page.wait_for_url("**/entities/*")
    assert page.locator("h1 bdi").inner_text() == "Aigerim Tulegenova"
    page.click("a.all-quotes")
    page.wait_for_url("**/quotes?speaker_entity=*")
    assert page.locator("ul.quotes li.quote-row").count() >= 4
    assert all("Tulegenova" in who for who in page.locator("ul.quotes .who").all_inner_texts())


def test_search_finds_quotes_too(server, page):
    page.goto(server + "/search?q=ceasefire")
    assert page.locator("section.quote-hits li.quote-row").count() >= 1
    assert page.locator("ol.hits li").count() >= 1  # the article hits stay
    page.click("a.all-quotes")
    page.wait_for_url("**/quotes?q=ceasefire")
    assert page.locator("ul.quotes li.quote-row").count() >= 5


def test_quote_search_highlights_the_words(server, page):
    page.goto(server + "/search?q=ceasefire")
    marks = page.locator("section.quote-hits blockquote mark").all_inner_texts()
    assert marks and all(m.lower() == "ceasefire" for m in marks)
    page.click("a.all-quotes")
    page.wait_for_url("**/quotes?q=ceasefire")
    assert page.locator("ul.quotes blockquote mark").count() >= 5
    shot(page, "quote-search")
    page.goto(server + "/quotes?q=script")  # a match inside hostile markup: marked, and still only text
    row = page.locator("ul.quotes li.quote-row").first
    assert "<script>alert('quote')</script>" in row.locator("blockquote").inner_text()
    assert row.locator("blockquote mark").first.inner_text() == "script"
    assert page.locator("ul.quotes script, ul.quotes img").count() == 0
    assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
    assert page.dialogs == []


def assert_inert(page, forbidden: str, screenshot: str) -> None:
    """No element that could run, no event handler, no dialog even when the mouse moves over the text."""
    assert page.locator(forbidden).count() == 0
    assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
    page.mouse.move(200, 300)
    shot(page, screenshot)
    assert page.dialogs == []


def test_hostile_quote_renders_inert(server, page):
    page.goto(server + "/quotes?q=%22we+reject%22")
    row = page.locator("ul.quotes li.quote-row").first
    assert "<script>alert('quote')</script>" in row.locator("blockquote").inner_text()
    row.locator("a.in-article").click()
    page.wait_for_url("**/articles/*#q-*")
    assert "<script>alert('quote')</script>" in page.locator("mark.quote:target").inner_text()  # shown as text...
    assert_inert(page, "article.story script, article.story img", "hostile-quote")  # ...never run


def test_api_docs_render_offline(server, page):
    page.goto(server + "/docs")
    page.get_by_text("/api/health", exact=True).wait_for(timeout=15000)
    shot(page, "docs")
    assert not page.failed, page.failed


def test_entities_lead_to_a_profile_with_its_timeline_and_quotes(server, page):
    page.goto(server + "/")
    page.click("header.top nav a:text('Entities')")
    page.wait_for_url("**/entities")
    everything = int(page.locator(".count").inner_text().split()[0])
    page.select_option("select[name=kind]", "PERSON")
    page.click("form.filters button")
    page.wait_for_url("**kind=PERSON**")
    people = int(page.locator(".count").inner_text().split()[0])
    assert 1 <= people < everything
    assert set(page.locator("ul.entities .kind-badge").all_inner_texts()) == {"PERSON"}
    page.fill("form.filters input[name=q]", "Volkonsky")
    page.click("form.filters button")
    page.wait_for_url("**q=Volkonsky**")
    shot(page, "entities")
    page.locator("ul.entities a.name", has_text="Sergei Volkonsky").click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1 bdi").inner_text() == "Sergei Volkonsky"
    aliases = page.locator("dl.aliases dt").all_inner_texts()
    assert {"Sergey Volkonskiy", "Volkonsky"} <= set(aliases)
    assert "transliteration variant" in page.locator("dl.aliases").inner_text()
    assert page.locator("table.roles tbody tr").count() >= 3
    assert "envoy" in page.locator("table.roles").inner_text().lower()
    chart = page.locator("svg.timeline.by-outlet")
    sync_api.expect(chart).to_be_visible()
    assert chart.locator("rect.segment").count() >= 3
    fills = set(chart.locator("rect.segment").evaluate_all("rects => rects.map(r => r.getAttribute('fill'))"))
    assert len(fills) >= 2  # coloured by outlet
    assert "Global Wire" in chart.locator(".legend-item").all_text_contents()[0]
    assert chart.bounding_box()["height"] > 100
    assert page.locator("#co-mentions li a").count() >= 3
    assert page.locator("#outlets svg.chart rect").count() >= 3
    shot(page, "entity")
    assert not page.failed, page.failed
    # a co-mentioned entity is one click away
    co = page.locator("#co-mentions li a").first
    co_name = co.inner_text()
    co.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1 bdi").inner_text() == co_name
    page.go_back()
    page.wait_for_url("**/entities/*")
    # a quote leads to its sentence in its article
    row = page.locator("#quotes li.quote-row").first
    quote_text = row.locator("blockquote").inner_text()
    link = row.locator("a.in-article")
    quote_id = link.get_attribute("href").split("#q-")[1]
    link.click()
    page.wait_for_url(f"**/articles/*#q-{quote_id}")
    pieces = page.locator(f'mark.quote[data-quote="{quote_id}"]').all_inner_texts()
    assert " ".join(" ".join(pieces).split()) == " ".join(quote_text.split())
    assert page.locator(".text a.speaker[href^='/entities/']").count() >= 1


def test_entity_pages_work_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/entities")
    page.select_option("select[name=kind]", "ORG")
    page.click("form.filters button")
    page.wait_for_url("**kind=ORG**")
    page.locator("ul.entities a.name").first.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1 .kind-badge").inner_text() == "ORG"
    page.goto(server + "/entities?q=Volkonsky")
    page.locator("ul.entities a.name").first.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("svg.timeline rect.segment").count() >= 1  # the chart needs no script
    page.click("a.all-quotes")
    page.wait_for_url("**/quotes?speaker_entity=*")
    assert page.locator("h1").inner_text() == "Quotes by Sergei Volkonsky"
    total = int(page.locator(".count").inner_text().split()[0])
    page.select_option("select[name=kind]", "direct")
    page.click("form.filters button")
    page.wait_for_url("**kind=direct**")
    assert "speaker_entity=" in page.url and int(page.locator(".count").inner_text().split()[0]) <= total
    context.close()


def test_hostile_entity_page_renders_inert(server, page):
    page.goto(server + "/entities?q=Kassab")
    page.locator("ul.entities a.name").first.click()
    page.wait_for_url("**/entities/*")
    assert "<img src=" in page.locator("#quotes").inner_text()  # shown as text...
    assert_inert(page, "main img, main script, main iframe", "hostile-entity")  # ...never run
