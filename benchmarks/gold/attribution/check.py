"""Check a folder of gold articles and records against README.md's rules.

    python3 check.py [FOLDER] [--articles GLOB]

FOLDER holds ``articles/``, ``quotes.jsonl`` and ``negatives.jsonl`` (default: this
folder). Only ``corpus: "gold"`` records whose article is in ``FOLDER/articles`` are
checked, so the same script serves a new set written elsewhere and the joined set here.
It prints the counts the README's tables need, one line per problem, and exits 1 when
there is any: every string a record names must be an exact substring of its article,
a content that occurs more than once needs ``context`` or ``occurrence``, and so on.
Standard library only: annotators run it without sayso installed.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path

KINDS = ("direct", "indirect", "mixed")
ALWAYS = ("article", "corpus", "content", "kind", "cue", "speaker_text", "speaker", "medium")
OPTIONAL = ("occurrence", "context", "continues", "continuation", "unclosed", "nested", "unnamed")
FLAGS = ("continues", "unclosed", "nested", "unnamed")
NEGATIVE_KEYS = ("article", "corpus", "text", "why", "context", "occurrence")
WORDS = (250, 650)


def count_overlapping(text: str, needle: str) -> int:
    """Occurrences of needle in text, overlapping ones counted (the README's rule)."""
    count, start = 0, text.find(needle)
    while start != -1:
        count, start = count + 1, text.find(needle, start + 1)
    return count


def read_jsonl(path: Path, problems: list[str]) -> list[dict]:
    records = []
    if not path.exists():
        problems.append(f"{path.name}: missing")
        return records
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name} line {number}: not JSON ({exc.msg})")
    return records


def check_located(text: str, rec: dict, field: str, where: str, problems: list[str]) -> None:
    """The record's main string is found once, or told apart by context/occurrence."""
    needle = rec.get(field)
    if not isinstance(needle, str) or not needle:
        problems.append(f"{where}: {field} is empty")
        return
    found = count_overlapping(text, needle)
    context, occurrence = rec.get("context"), rec.get("occurrence")
    if found == 0:
        problems.append(f"{where}: {field} not in the article: {needle[:70]!r}")
    elif context is not None:
        if count_overlapping(text, context) != 1:
            problems.append(f"{where}: context not found exactly once: {context[:70]!r}")
        elif needle not in context:
            problems.append(f"{where}: context does not contain the {field}")
    elif occurrence is not None:
        if not isinstance(occurrence, int) or not 1 <= occurrence <= found:
            problems.append(f"{where}: occurrence {occurrence!r} but the {field} occurs {found} times")
    elif found > 1:
        problems.append(f"{where}: {field} occurs {found} times; give context or occurrence: {needle[:70]!r}")


def check_quote(text: str, rec: dict, where: str, problems: list[str]) -> None:
    for key in ALWAYS:
        if key not in rec:
            problems.append(f"{where}: no {key}")
    for key in rec:
        if key not in ALWAYS and key not in OPTIONAL:
            problems.append(f"{where}: unknown key {key}")
    if rec.get("kind") not in KINDS:
        problems.append(f"{where}: kind {rec.get('kind')!r} is not one of {', '.join(KINDS)}")
    check_located(text, rec, "content", where, problems)
    for key in ("cue", "speaker_text"):
        value = rec.get(key)
        if value is not None and (not isinstance(value, str) or value not in text):
            problems.append(f"{where}: {key} not in the article: {value!r}")
    if (rec.get("cue") is None) != (rec.get("speaker_text") is None):
        problems.append(f"{where}: cue and speaker_text are null together or not at all")
    if not isinstance(rec.get("speaker"), str) or not rec.get("speaker"):
        problems.append(f"{where}: speaker is empty")
    if rec.get("medium") is not None and not isinstance(rec.get("medium"), str):
        problems.append(f"{where}: medium is neither null nor a name")
    for flag in FLAGS:
        if flag in rec and rec[flag] is not True:
            problems.append(f"{where}: {flag} is given but not true")
    continuation = rec.get("continuation")
    if rec.get("continues"):
        if not isinstance(continuation, list) or not continuation:
            problems.append(f"{where}: continues without a continuation list")
        else:
            for part in continuation:
                if not isinstance(part, str) or part not in text:
                    problems.append(f"{where}: continuation not in the article: {str(part)[:70]!r}")
    elif continuation is not None:
        problems.append(f"{where}: continuation without continues")


def check_folder(folder: Path, pattern: str | None = None) -> int:
    problems: list[str] = []
    articles_dir = folder / "articles"
    names = sorted(p.name for p in articles_dir.glob("*.txt")) if articles_dir.is_dir() else []
    # The held-out articles are never checked here: nobody looks at them until they retire.
    globs = (pattern or "gold-*.txt").split(",")
    names = [n for n in names if any(fnmatch.fnmatch(n, g) for g in globs)]
    texts = {n: (articles_dir / n).read_text(encoding="utf-8") for n in names}
    quotes = [r for r in read_jsonl(folder / "quotes.jsonl", problems)
              if r.get("corpus") == "gold" and r.get("article") in texts]
    negatives = [r for r in read_jsonl(folder / "negatives.jsonl", problems)
                 if r.get("corpus") == "gold" and r.get("article") in texts]

    per_article = {n: 0 for n in names}
    for number, rec in enumerate(quotes, 1):
        per_article[rec["article"]] += 1
        check_quote(texts[rec["article"]], rec, f"quote {number} ({rec['article']})", problems)
    for number, rec in enumerate(negatives, 1):
        where = f"negative {number} ({rec['article']})"
        for key in rec:
            if key not in NEGATIVE_KEYS:
                problems.append(f"{where}: unknown key {key}")
        if not rec.get("why"):
            problems.append(f"{where}: no why")
        check_located(texts[rec["article"]], rec, "text", where, problems)

    kinds = {k: sum(r.get("kind") == k for r in quotes) for k in KINDS}
    share = (lambda n: f"{100 * n / len(quotes):.1f}%") if quotes else (lambda n: "-")
    print(f"articles: {len(names)}  quotes: {len(quotes)}  "
          + "  ".join(f"{k}: {n} ({share(n)})" for k, n in kinds.items())
          + f"  negatives: {len(negatives)}")
    flags = {f: sum(bool(r.get(f)) for r in quotes) for f in FLAGS}
    flags["medium"] = sum(r.get("medium") is not None for r in quotes)
    flags["no cue"] = sum(r.get("cue") is None for r in quotes)
    print("flags: " + "  ".join(f"{k}: {n}" for k, n in flags.items()))
    for name in names:
        words = len(texts[name].split())
        print(f"  {name}: {words} words, {per_article[name]} quotes")
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{name}: {words} words, outside {WORDS[0]}–{WORDS[1]}")
        if per_article[name] == 0:
            problems.append(f"{name}: no quote records")
    for line in problems:
        print(line)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--articles", metavar="GLOB", help="only these articles (comma-separated globs; default gold-*.txt)")
    args = ap.parse_args(argv)
    return check_folder(args.folder, args.articles)


if __name__ == "__main__":
    sys.exit(main())
