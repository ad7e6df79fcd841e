"""Property tests: any text cleans without error, and what comes out keeps its promises."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sayso.errors import ExtractError
from sayso.ingest.clean import clean_document, normalize_text
from sayso.ingest.dates import parse_date
from sayso.ingest.dedup import fingerprint
from sayso.ingest.outlets import load_outlets
from sayso.model import Document
from sayso.store.fts import fts_query

OUTLETS = load_outlets()
TODAY = dt.date(2026, 11, 22)
news_alphabet = st.sampled_from(list("abcdefghij ABCDEF.,;:!?-–—/()[]«»“”‘’\"'\n\n0123456789éйفß\x00\x1b\u200b\t"))
texty = st.one_of(st.text(max_size=400), st.text(news_alphabet, max_size=600))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty, st.one_of(st.none(), st.text(max_size=60)))
def test_cleaning_never_crashes_and_keeps_promises(content, title):
    try:
        article = clean_document(Document(source="p", content=content, title=title), OUTLETS, today=TODAY)
    except ExtractError:
        return
    assert article.text and article.text == article.text.strip()
    assert normalize_text(article.text) == article.text  # already normal: cleaning is a fixed point
    assert not any(ch in article.text for ch in "\x00\x1b\u200b")
    assert article.published is None or len(article.published) == 10
    fingerprint(article)


@given(st.text(max_size=200))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text(max_size=60))
def test_dates_never_crash(value):
    result = parse_date(value, TODAY)
    if result.full:
        dt.date.fromisoformat(result.full)


@given(st.text(max_size=80))
def test_search_expressions_are_always_valid(query):
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    expression = fts_query(query)
    if expression:
        db.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()
