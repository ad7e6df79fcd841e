"""benchmarks/gold/attribution/check.py: the gold set passes it, and a broken record is caught."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "attribution"

_spec = importlib.util.spec_from_file_location("gold_check", GOLD / "check.py")
check = sys.modules.setdefault(_spec.name, importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(check)

# Written for this test: 280 words of filler around two quotes.
ARTICLE = ("Test title\n\n" + "The council met again on Tuesday. " * 40
           + "“The bridge will open in May,” the mayor said. The mayor said the bridge would open in May.\n")
QUOTE = {"article": "gold-900.txt", "corpus": "gold", "content": "The bridge will open in May,", "kind": "direct",
         "cue": "said", "speaker_text": "the mayor", "speaker": "Ana Ruiz", "medium": None}


def write_set(folder: Path, quotes: list[dict], negatives: list[dict] = ()) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "gold-900.txt").write_text(ARTICLE, encoding="utf-8")
    for name, records in (("quotes.jsonl", quotes), ("negatives.jsonl", negatives)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def test_the_gold_set_has_no_problems(capsys):
    assert check.check_folder(GOLD) == 0
    assert capsys.readouterr().out.rstrip().endswith("0 problems")


def test_a_clean_set_counts_its_flags(tmp_path, capsys):
    assert check.check_folder(write_set(tmp_path, [QUOTE, dict(QUOTE, kind="indirect", content="the bridge would open in May", medium="Radio Sur")])) == 0
    out = capsys.readouterr().out
    assert "quotes: 2  direct: 1 (50.0%)  indirect: 1 (50.0%)  mixed: 0 (0.0%)" in out
    assert "medium: 1" in out


def test_broken_records_are_each_named(tmp_path, capsys):
    quotes = [
        dict(QUOTE, content="The bridge will close"),        # not in the text
        dict(QUOTE, content="the bridge", kind="indirect"),   # once: "The bridge" has a capital
        dict(QUOTE, kind="reported"),
        dict(QUOTE, cue=None),                                 # speaker_text without a cue
        dict(QUOTE, continues=True),                           # no continuation list
    ]
    negatives = [{"article": "gold-900.txt", "corpus": "gold", "text": "council", "why": "test"}]
    assert check.check_folder(write_set(tmp_path, quotes, negatives)) == 1
    out = capsys.readouterr().out
    assert "quote 1 (gold-900.txt): content not in the article" in out
    assert "quote 3 (gold-900.txt): kind 'reported'" in out
    assert "quote 4 (gold-900.txt): cue and speaker_text are null together or not at all" in out
    assert "quote 5 (gold-900.txt): continues without a continuation list" in out
    assert "negative 1 (gold-900.txt): text occurs 40 times; give context or occurrence" in out
    assert "quote 2" not in out
