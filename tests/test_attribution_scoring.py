"""The scoring functions of benchmarks/attribution.py (the benchmark itself is not run here)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sayso.model import Quote

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

_spec = importlib.util.spec_from_file_location("attribution_benchmark", ROOT / "benchmarks" / "attribution.py")
attr = sys.modules.setdefault(_spec.name, importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(attr)

ANN = (
    "T1\tSource 0 9\tThe envoy\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tAttribution 10 14\tsaid\n"
    "T4\tContent 20 38;40 47\tthe talks went well\nmostly\n"  # span text with a newline
    "T5\tCue 70 79\tdisagreed\n"
    "T6\tAttribution-no-source 70 79\tdisagreed\n"
    "T7\tContent 61 68\tCritics\n"
    "E1\tAttribution:T3 Content:T4 Cue:T2 Source:T1\n"
    "E2\tAttribution-no-source:T6 Cue:T5 Content2:T7\n"
    "#1\tAnnotatorNotes T4\tinvented example\n"
)


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_tokens_are_word_positions_overlapping_the_spans():
    tokens = attr.Tokens("Hello, wide world!")
    assert tokens.within([(0, 5)]) == {0}
    assert tokens.within([(3, 8)]) == {0, 1}  # partial overlap counts
    assert tokens.within([(5, 7)]) == set()  # only ", "
    assert tokens.within([(0, 5), (12, 18)]) == {0, 2}


def test_read_brat_joins_pieces_and_second_contents():
    first, second = attr.read_brat(ANN)
    assert first == {"content": [(20, 38), (40, 47)], "cue": [(10, 14)], "source": [(0, 9)]}
    assert second == {"content": [(61, 68)], "cue": [(70, 79)], "source": []}


def test_match_needs_half_the_gold_tokens_and_is_one_to_one():
    text = "one two three four five six seven eight"
    tokens = attr.Tokens(text)
    gold = [attr.Gold([span_of(text, "one two three four")]), attr.Gold([span_of(text, "five six")])]
    wide = Quote(*span_of(text, "one two three four five six seven eight"), "direct")
    half = Quote(*span_of(text, "three four"), "direct")
    short = Quote(*span_of(text, "four"), "direct")
    assert attr.match_quotes(tokens, gold, [short]) == {}
    assert attr.match_quotes(tokens, gold, [half]) == {0: 0}
    # the wide span covers both but takes only one, the one it shares most with; greedy, not optimal
    assert attr.match_quotes(tokens, gold, [wide]) == {0: 0}
    assert attr.match_quotes(tokens, gold, [wide, half]) == {0: 0}
    # strict: half of the predicted tokens must be gold too
    assert attr.match_quotes(tokens, gold[1:], [wide], strict=True) == {}
    assert attr.match_quotes(tokens, gold[:1], [half], strict=True) == {0: 0}


def test_greedy_matching_prefers_the_larger_overlap():
    text = "a b c d e f g h"
    tokens = attr.Tokens(text)
    gold = [attr.Gold([span_of(text, "a b c d")]), attr.Gold([span_of(text, "c d e f g h")])]
    preds = [Quote(*span_of(text, "a b c d e f g h"), "direct"), Quote(*span_of(text, "a b"), "direct")]
    assert attr.match_quotes(tokens, gold, preds) == {0: 1, 1: 0}


def test_continuation_predictions_are_neutral_and_negatives_are_counted():
    text = "“First part of it,” she said.\n\n“Second part of it.”\n\nThe so-called “safe zone” was empty."
    gold = attr.Gold([span_of(text, "First part of it,")], continuation=[span_of(text, "Second part of it.")])
    preds = [Quote(*span_of(text, "First part of it"), "direct"), Quote(*span_of(text, "Second part"), "direct"),
             Quote(*span_of(text, "safe zone"), "direct")]
    tally = attr.score_article(text, [gold], preds, lambda g, p: {}, negatives=[span_of(text, "safe zone")])
    assert len(tally.pairs) == 1 and tally.neutral == 1 and tally.false == [preds[2]]
    assert tally.negatives_hit == ["safe zone"]
    s = attr.summarize(tally)
    assert (s["p"], s["r"]) == (0.5, 1.0)


def test_summarize_can_leave_gold_out_with_what_matched_it():
    text = "alpha beta gamma delta"
    golds = [attr.Gold([span_of(text, "alpha beta")]), attr.Gold([span_of(text, "gamma delta")], nested=True)]
    preds = [Quote(*span_of(text, "gamma delta"), "direct")]
    tally = attr.score_article(text, golds, preds, lambda g, p: {})
    assert attr.summarize(tally)["r"] == 0.5
    no_nested = attr.summarize(tally, lambda g: not g.nested)
    assert (no_nested["gold"], no_nested["predicted"], no_nested["r"]) == (1, 0, 0.0)


def test_locate_uses_context_then_occurrence():
    title = "Title with a step forward\n\n"
    text = title + "She called it a step forward. He called it a step forward too."
    last = text.rindex("a step forward")
    second = text.index("a step forward", len(title))
    assert attr.locate(text, "a step forward", context="He called it a step forward") == (last, last + 14)
    assert attr.locate(text, "a step forward", occurrence=2) == (second, second + 14)
    assert attr.locate(text, "a step forward") == (11, 25)  # no occurrence: the first match
    body = text[len(title):]  # the title line was cleaned away: occurrences are counted with it
    assert attr.locate(body, "a step forward", occurrence=3, skipped=title) == (last - len(title), last - len(title) + 14)
    assert attr.locate(text, "not there") is None


def test_gold_checks_follow_the_readme():
    text = "“We agree,” — said the three guarantors in a statement."
    gold = attr.Gold([span_of(text, "We agree,")], [span_of(text, "— said")], [span_of(text, "the three guarantors")],
                     kind="direct", cue_text="— said", speaker="Russia, Turkey and Iran", medium=None)
    pred = Quote(*span_of(text, "We agree,"), "direct", *span_of(text, "said"), *span_of(text, "guarantors"),
                 speaker_name="Turkey")
    assert attr.check_gold(text)(gold, pred) == {"kind_ok": True, "speaker_ok": True, "speaker_ok_accents": True,
                                                 "speaker_ok_spelling": True, "cue_ok": True, "medium_ok": True}
    accented = attr.Gold(gold.spans, gold.cue, gold.source, "direct", "said", "Inés Montalbán", medium="Global Wire")
    checks = attr.check_gold(text)(accented, pred.replace(speaker_name="Ines Montalban", kind="mixed"))
    assert checks == {"kind_ok": False, "speaker_ok": False, "speaker_ok_accents": True, "speaker_ok_spelling": True,
                      "cue_ok": True, "medium_ok": False}
    # a transliteration variant is right only by spelling
    checks = attr.check_gold(text)(accented, pred.replace(speaker_name="Ines Montalbaan"))
    assert (checks["speaker_ok_accents"], checks["speaker_ok_spelling"]) == (False, True)


@pytest.mark.parametrize("predicted, gold, same", [
    ("The Kigali Chronicle", "Kigali Chronicle", True),
    ("DWS", "Danube Wire Service", True),       # the dateline's initials for the outlet's name
    ("Danube Wire Service", "DWS", True),
    ("DWS", "Danube Water Service Agency", False),
    ("Dws", "Danube Wire Service", False),       # initials are capitals
    ("DWS", None, False),
    (None, None, True),
])
def test_an_outlet_by_its_initials_is_the_same_outlet(predicted, gold, same):
    assert attr.same_outlet(predicted, gold) is same


@pytest.mark.parametrize("predicted, gold, same", [
    ("Helena Cossa and Sipho Shongwe", "Sipho Shongwe and Helena Cossa", True),  # a group in either order
    ("Iran, Russia and Turkey", "Russia, Turkey and Iran", True),
    ("Sipho Shongwe and Helena Cossa", "Sipho Shongwe and Helena Cossa", True),
    ("Sipho Shongwe", "Sipho Shongwe and Helena Cossa", False),                  # one member is not the group
    ("Sipho Shongwe and Palesa Ntuli", "Sipho Shongwe and Helena Cossa", False),
    (None, "Sipho Shongwe and Helena Cossa", False),
])
def test_a_group_speaker_is_its_members_in_any_order(predicted, gold, same):
    assert attr.same_speaker(predicted, [gold], attr.fold) is same


def test_oracle_predictions_score_perfectly():
    text = 'He said "yes, we will" and she told them no.'
    golds = [attr.Gold([span_of(text, "yes, we will")], [span_of(text, "said")], [span_of(text, "He")]),
             attr.Gold([span_of(text, "no")], [span_of(text, "told")], [span_of(text, "she")])]
    tally = attr.score_article(text, golds, attr.oracle_polnear(golds), lambda g, p: {})
    assert attr.summarize(tally)["f1"] == 1.0


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not in ../shared/data (benchmark data, not shipped)")
def test_polnear_test_split_reads():
    items = attr.read_polnear(POLNEAR.parent, "test", 3)
    assert len(items) == 3
    for _name, text, relations in items:
        spans = [s for r in relations for s in r["content"]]
        assert spans and all(0 <= a < b <= len(text) for a, b in spans)


def test_locate_near_takes_whole_words_nearest_to_the_quote():
    text = "He said the plan works. Then he said, “the other plan fails.”"
    quote = span_of(text, "the other plan fails.")
    start = text.index("he said,")
    assert attr.locate_near(text, "he", quote) == (start, start + 2)  # not the "he" inside "the" or "Then"
    assert attr.locate_near(text, "said", quote) == (start + 3, start + 7)
    assert attr.locate_near(text, None, quote) is None
