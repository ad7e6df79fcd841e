"""Does cleaning ever remove story text? Measured on PolNeAR's real political news.

    python benchmarks/cleaning.py [--show N]

Every article of PolNeAR (train, dev, test) is cleaned; a removed line that
contains an annotated attribution Content or Cue of three words or more is a
story line wrongly taken out. Prints the counts and the offending lines.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from sayso.ingest.clean import clean_document
from sayso.ingest.outlets import load_outlets
from sayso.model import Document

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "data"
SPAN = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


def annotated_spans(text: str, ann: Path, labels: tuple[str, ...] = ("Content", "Cue")) -> list[str]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = SPAN.match(line)
        if m and m.group(2) in labels:
            for part in m.group(3).split(";"):
                start, end = map(int, part.split())
                spans.append(" ".join(text[start:end].split()))
    return [s for s in spans if len(s.split()) >= 3]


def wrongly_removed(root: Path = POLNEAR) -> tuple[int, int, list[tuple[str, str]]]:
    """(articles, removed lines, [(article, removed line holding annotated speech)])."""
    outlets = load_outlets()
    articles = removed = 0
    wrong: list[tuple[str, str]] = []
    for split in ("train", "dev", "test"):
        for path in sorted((root / split / "text").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            article = clean_document(Document(source=str(path), content=text), outlets, today=dt.date(2026, 1, 1))
            articles += 1
            removed += len(article.removed)
            anns = sorted((root / split / "attributions").glob(f"{path.stem}_*.ann"))
            spans = annotated_spans(text, anns[0]) if anns else []
            for line in article.removed:
                folded = " ".join(line.split())
                if any(span in folded or folded in span and len(folded.split()) >= 3 for span in spans):
                    wrong.append((path.name, line))
    return articles, removed, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    if not POLNEAR.exists():
        print(f"PolNeAR not found at {POLNEAR}", file=sys.stderr)
        return 2
    articles, removed, wrong = wrongly_removed()
    print(f"articles cleaned                {articles}")
    print(f"lines removed as furniture      {removed} ({removed / articles:.2f} per article)")
    print(f"removed lines holding speech    {len(wrong)}  (target 0)")
    for name, line in wrong[: args.show]:
        print(f"  {name}: {line[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
