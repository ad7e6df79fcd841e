"""The shortcuts the quote stage takes for speed pick what the slow way picks: token sets read from the doc's arrays,
and medium patterns tried only on sentences that hold one of their words."""
from __future__ import annotations

from pathlib import Path

import pytest

import sayso
from sayso.nlp.cues import cue_lemma_tokens, lemma_of
from sayso.nlp.lexicon import CUE_LEMMAS, VIEW_NOUNS
from sayso.nlp.medium import _INTERVIEW, _OWN, _OWN_INFORMED, _OWN_NEEDS, _PATTERNS, _SETTING, _WORD, _needing
from sayso.nlp.reported import _NOUN_CUES, _rule_starts
from sayso.nlp.stage import parse_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sayso" / "samples" / "articles").glob("*.txt"))
GOLD = sorted((ROOT / "benchmarks" / "gold" / "attribution" / "articles").glob("*.txt"))

# (inflections the lemmatizer may miss, and words that only look like cues)
WRITTEN = ("The envoy precised that the talks would resume. She clarified it, denies it and kept saying that it "
           "was over. The saying goes on; the sayings of the elders, the tellers and the stated aims stay.")


@pytest.fixture(scope="module")
def docs():
    nlp = sayso.load_nlp()
    return [parse_text(WRITTEN, nlp)] + [parse_text(p.read_text(encoding="utf-8", errors="replace"), nlp) for p in SAMPLES[:6]]


def test_cue_lemma_tokens_are_the_tokens_whose_lemma_is_a_cue(docs):
    for doc in docs:
        assert cue_lemma_tokens(doc) == {t.i for t in doc if lemma_of(t) in CUE_LEMMAS}
    assert {docs[0][i].text for i in cue_lemma_tokens(docs[0])} >= {"precised", "clarified", "denies", "saying"}


def test_rule_starts_hold_every_token_a_reported_speech_rule_starts_at(docs):
    for doc in docs:
        cues = cue_lemma_tokens(doc)
        slow = {t.i for t in doc if t.text == "As" or t.lower_ in VIEW_NOUNS | {"according", "in", "for"} or t.i in cues
                or t.pos_ == "NOUN" and t.lemma_.lower() in _NOUN_CUES}
        assert _rule_starts(doc, cues) == sorted(slow)


def test_every_medium_pattern_matches_only_with_one_of_its_words():
    """A pattern is tried only on sentences holding one of the words it names (and one of its ``also`` words, if it
    names any): a match without them (a pattern added with the wrong words) would be a medium, an interview or a
    setting the shortcut loses."""
    shapes = list(_PATTERNS) + list(_INTERVIEW) + [_SETTING] + [_needing(" ".join(_OWN_NEEDS), p) for p in (_OWN, _OWN_INFORMED)]
    matched = 0
    for path in SAMPLES + GOLD:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for shape in shapes:
                for m in shape.pattern.finditer(line):
                    matched += 1
                    assert shape.fits(set(_WORD.findall(m.group(0).lower()))), (path.name, shape.pattern.pattern[:60], m.group(0))
    assert matched > 500  # (the articles name media in most of the patterns' shapes)
