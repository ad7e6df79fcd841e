"""How well and how fast sayso finds who said what: the quote stage benchmark (not run in CI).

    OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python benchmarks/attribution.py \
        [--split test|dev|train] [--limit N] [--speed] [--errors] [--oracle] [--json out.json]

Measures ``sayso.nlp.quotes.find_quotes`` on two gold sets:

* **PolNeAR** (``--data``/polnear, one .ann per article: the first annotator in sorted
  order). The article .txt is parsed with the spaCy pipeline (Docs cached as a DocBin
  under ``--cache``, keyed by the pipeline's path, meta.json mtime and version, and the
  split) and ``find_quotes(doc)`` runs on it; the parts of one statement around one cue
  (“A,” X said. “B.”: two sayso records) become one prediction, PolNeAR's unit
  (``merge_split_quotes``). A gold attribution is a relation with a
  Content span (all pieces, Content2 too). A prediction matches when its span covers
  >= 50% of the gold content's tokens (``\\w+``), one-to-one, greedily by overlap;
  "strict" also needs >= 50% of the predicted tokens. For matched pairs: source right
  (>= 50% of the gold Source tokens in the predicted speaker span, or both absent) and
  cue right (spans overlap). The gap is split by cue type: recall for speech cues
  (say, tell, according to…) against non-speech ones (believe, show, want…), other
  cues and document sources (polls, studies…), and the F1 with the latter left out
  (left-out gold is neutral: what matches it counts neither way).
* **Own gold set** (``benchmarks/gold/attribution``, scored as its README's "Scoring"
  section says): each article is built through the real ingest path
  (``iter_documents`` -> ``Pipeline(stages=(NlpStage(),))``), so the predictions are the
  quotes of the cleaned Article. P/R/F1 overall, by kind and by corpus, with and
  without ``nested`` records (without: a prediction matching a nested quote is
  neutral), strict variant, kind/speaker/cue/medium accuracy and false positives on
  negatives. Predictions in the title are ignored; gold that cannot be found in the
  cleaned text is a "locating problem" and counts as missed (``--errors`` lists them).
  ``--library-speakers`` names each speaker as the library does after entity resolution
  (its entity's one spelling across articles, ``name_speakers_by_entity``). "spk-spell" counts a
  speaker right up to transliteration (sayso's word key). A held-out corpus
  (``heldout_quotes.jsonl``, ``heldout_negatives.jsonl``) is scored on a row of its own and kept out
  of the total and of ``--errors``: read its errors only to retire it into the gold set.

``--speed`` times ``nlp.pipe`` alone against ``nlp.pipe`` + ``find_quotes`` on the PolNeAR
split (passes interleaved, best of ``--rounds``, CPU seconds of this process); target:
quote stage <= 20% of the pipeline's time. ``--oracle`` predicts the gold spans themselves: every figure must be
1.0 (a self-check of this scorer). Nothing is written to the repository.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import bisect
import fnmatch
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sayso.model import Quote

GOLD_DIR = ROOT / "benchmarks" / "gold" / "attribution"
SAMPLES_DIR = ROOT / "sayso" / "samples"
Span = tuple[int, int]
WORD = re.compile(r"\w+")
BRAT_SPAN = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
SPEECH_PHRASES = ("according to", "statement", "interview", "quoted", "comment", ":")
SPEECH_LEMMAS = frozenset(str.split("""say tell add state announce ask answer reply respond explain claim insist argue note warn stress
write tweet post report declare call urge vow promise deny acknowledge admit concede confirm comment testify
describe dub label question repeat recount clarify assert complain lament accuse blast slam attack criticize
criticise praise thank condemn dismiss reject joke boast sigh charge allege mention cite echo recall conclude
continue point emphasize emphasise remark observe quip shout yell scream tout pledge swear predict insinuate
brag counter retort reiterate disclose message email lobby speak talk telling saying statement testimony
interview express refer decline deride hammer blame release propose assure
discuss welcome recommend issue"""))
NONSPEECH_LEMMAS = frozenset(str.split("""believe think know poll show find want expect feel hope suggest indicate fear seem appear
support plan seek consider decide include require focus endorse like prefer intend wish worry doubt reveal
demonstrate estimate project agree oppose favor favour see view regard understand learn realize guess assume
suspect trust"""))
DOCUMENT_WORDS = frozenset(str.split("""poll polls polling survey surveys study studies report reports data analysis research
document documents email emails memo memos record records statistics figures numbers census result results index
chart model forecast forecasts estimate estimates filing filings book article ad ads website investigation audit
review transcript transcripts paper papers"""))
SKIP_POS = {"AUX", "ADV", "PART", "PRON", "DET", "CCONJ", "SCONJ", "PUNCT", "SPACE"}


# -- tokens and matching --------------------------------------------------------------------
class Tokens:
    """The ``\\w+`` tokens of one text, as character positions (case does not move them)."""

    def __init__(self, text: str) -> None:
        found = [m.span() for m in WORD.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def within(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens overlapping any of ``spans``."""
        out: set[int] = set()
        for start, end in spans:
            if end > start:
                out.update(range(bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)))
        return frozenset(out)


@dataclass
class Gold:
    """One gold attribution located in the scored text."""

    spans: list[Span]  # content (first paragraph of a multi-paragraph quote)
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    kind: str | None = None
    cue_text: str | None = None
    speaker: str | None = None
    unnamed: bool = False
    medium: str | None = None
    group: str = ""  # PolNeAR: see classify_attribution; own set: its corpus
    label: str = ""  # for error lists: PolNeAR the cue word, own set the content
    nested: bool = False
    continuation: list[Span] = field(default_factory=list)


@dataclass
class Pair:
    gold: Gold
    pred: Quote
    checks: dict[str, bool]


@dataclass
class Tally:
    """Matched pairs, missed gold and false positives of many articles."""

    pairs: list[Pair] = field(default_factory=list)
    missed: list[Gold] = field(default_factory=list)
    false: list[Quote] = field(default_factory=list)
    neutral: int = 0
    negatives_hit: list[str] = field(default_factory=list)

    def extend(self, other: Tally) -> None:
        self.pairs += other.pairs
        self.missed += other.missed
        self.false += other.false
        self.neutral += other.neutral
        self.negatives_hit += other.negatives_hit


def match_quotes(tokens: Tokens, golds: Sequence[Gold], preds: Sequence[Quote], strict: bool = False) -> dict[int, int]:
    """{prediction index: gold index}: >= 50% of the gold tokens shared (and of the predicted ones
    when ``strict``), one-to-one, greedily by the number of shared tokens."""
    gold_tokens = [tokens.within(g.spans) for g in golds]
    pred_tokens = [tokens.within([(p.start, p.end)]) for p in preds]
    candidates = []
    for gi, gt in enumerate(gold_tokens):
        for pi, pt in enumerate(pred_tokens):
            shared = len(gt & pt)
            if shared and 2 * shared >= len(gt) and (not strict or 2 * shared >= len(pt)):
                candidates.append((-shared, -shared / len(pt), gi, pi))
    matched: dict[int, int] = {}
    for _, _, gi, pi in sorted(candidates):
        if pi not in matched and gi not in matched.values():
            matched[pi] = gi
    return matched


def score_article(text: str, golds: Sequence[Gold], preds: Sequence[Quote], check: Callable[[Gold, Quote], dict],
                  strict: bool = False, negatives: Sequence[Span] = ()) -> Tally:
    """Match one article's predictions to its gold; unmatched predictions overlapping only a
    continuation paragraph of a matched quote are neutral (neither true nor false)."""
    tokens = Tokens(text)
    matched = match_quotes(tokens, golds, preds, strict)
    tally = Tally(pairs=[Pair(golds[gi], preds[pi], check(golds[gi], preds[pi])) for pi, gi in matched.items()],
                  missed=[g for i, g in enumerate(golds) if i not in matched.values()])
    continued = tokens.within(s for gi in matched.values() for s in golds[gi].continuation)
    firsts = tokens.within(s for g in golds for s in g.spans)
    negative_tokens = [(tokens.within([s]), text[s[0]:s[1]]) for s in negatives]
    for pi, pred in enumerate(preds):
        if pi in matched:
            continue
        pt = tokens.within([(pred.start, pred.end)])
        if pt & continued and not (pt - continued) & firsts:
            tally.neutral += 1
            continue
        tally.false.append(pred)
        tally.negatives_hit += [t for nt, t in negative_tokens if nt and 2 * len(nt & pt) >= len(nt)]
    return tally


def summarize(tally: Tally, keep: Callable[[Gold], bool] = lambda g: True) -> dict[str, Any]:
    """P/R/F1 and the share of right checks, leaving out gold (and what matched it) not kept."""
    pairs = [p for p in tally.pairs if keep(p.gold)]
    tp, fp, fn = len(pairs), len(tally.false), sum(1 for g in tally.missed if keep(g))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out: dict[str, Any] = {"gold": tp + fn, "predicted": tp + fp, "matched": tp, "p": p, "r": r,
                           "f1": 2 * p * r / (p + r) if p + r else 0.0}
    for name in (pairs[0].checks if pairs else {}):
        out[name] = sum(x.checks[name] for x in pairs) / tp
    return out


# -- PolNeAR -------------------------------------------------------------------------------------
def read_brat(ann: str) -> list[dict[str, list[Span]]]:
    """The attribution relations of a brat .ann text: {"content", "cue", "source": [(start, end)]}."""
    spans: dict[str, list[Span]] = {}
    relations = []
    for line in ann.splitlines():
        if m := BRAT_SPAN.match(line):
            spans[m.group(1)] = [(int(a), int(b)) for a, b in (p.split() for p in m.group(3).split(";"))]
        elif re.match(r"^E\d+\t", line):
            roles: dict[str, list[Span]] = {"content": [], "cue": [], "source": []}
            for arg in line.split("\t")[1].split():
                role, _, ref = arg.partition(":")
                role = re.sub(r"\d+$", "", role).lower()
                if role in roles:
                    roles[role] += spans.get(ref, [])
            relations.append({k: sorted(v) for k, v in roles.items()})
    return relations


def read_polnear(data: Path, split: str, limit: int | None) -> list[tuple[str, str, list[dict]]]:
    """(article name, text, relations) per article of ``split``, first annotator's file only."""
    root = data / "polnear" / "data" / split
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    items = []
    for name, ann in list(chosen.items())[:limit]:
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        items.append((name, text, read_brat(ann.read_text(encoding="utf-8"))))
    return items


def parse_cached(nlp, items: Sequence[tuple[str, str, Any]], cache: Path, split: str) -> list:
    """The parsed Docs of ``items``, from a DocBin cache keyed by the pipeline and split."""
    from spacy.tokens import DocBin

    meta = Path(str(nlp.path or "")) / "meta.json"
    stamp = meta.stat().st_mtime if meta.is_file() else 0
    # (and by sayso's own tokenizer rules, name norms and sentence guard, which change the parse without changing the
    # model)
    import sayso.nlp.name_norms as norms
    import sayso.nlp.sentence_guard as guard
    import sayso.nlp.tokenizer as tokenizer
    rules = hashlib.sha1(b"".join(Path(m.__file__).read_bytes() for m in (tokenizer, norms, guard))).hexdigest()
    key = hashlib.sha1(f"{nlp.path}|{stamp}|{nlp.meta.get('name')}|{nlp.meta.get('version')}|{split}|paragraphs|{nlp.pipe_names}|{rules}".encode())
    file = cache / f"polnear-{split}-{key.hexdigest()[:16]}.spacy"
    docs = {}
    if file.is_file():
        docs = {d.user_data.get("name"): d for d in DocBin().from_disk(file).get_docs(nlp.vocab)}
    todo = [(n, t) for n, t, _ in items if n not in docs or docs[n].text != t]
    if todo:
        print(f"parsing {len(todo)} PolNeAR {split} articles (cached in {file})", file=sys.stderr)
        from sayso.nlp.stage import parse_text  # paragraph by paragraph, as the quote stage parses

        for name, text in todo:
            doc = parse_text(text, nlp)
            doc.user_data["name"] = name
            docs[name] = doc
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs.values()).to_disk(file)
    return [docs[n] for n, _, _ in items]


def cue_token(doc, spans: Sequence[Span]):
    """The first content word (not an auxiliary, adverb, pronoun…) of a cue, or None."""
    words = [t for a, b in spans for t in doc.char_span(a, b, alignment_mode="expand") or ()]
    return next((t for t in words if t.pos_ not in SKIP_POS), words[0] if words else None)


def cue_word(doc, spans: Sequence[Span]) -> str:
    tok = cue_token(doc, spans)
    return "(no cue)" if tok is None else tok.lemma_.lower() or tok.lower_


def classify_attribution(doc, relation: dict[str, list[Span]]) -> str:
    """"speech", "non-speech cue" (believe, show…), "other cue", "document source" (a poll, a study…) or
    "no cue", from the source's words and the cue's first content word (lemma, or crude suffix strips)."""
    text, tok = doc.text, cue_token(doc, relation["cue"])
    if tok is None:
        return "no cue"
    if set(WORD.findall(" ".join(text[a:b] for a, b in relation["source"]).lower())) & DOCUMENT_WORDS:
        return "document source"
    cue, word = " ".join(text[a:b] for a, b in relation["cue"]).lower(), tok.lower_
    forms = {tok.lemma_.lower(), word, word[:-1], word[:-2], word[:-3], word[:-3] + "e"}
    if any(p in cue for p in SPEECH_PHRASES) or forms & SPEECH_LEMMAS:
        return "speech"
    return "non-speech cue" if forms & NONSPEECH_LEMMAS else "other cue"


def first_word(text: str | None) -> str:
    words = WORD.findall((text or "").lower())
    return words[0] if words else "(no cue)" if text is None else text.strip() or "(no cue)"


def score_polnear(args, nlp) -> dict[str, Any]:
    from sayso.nlp.quotes import find_quotes
    items = read_polnear(args.data, args.split, args.limit)
    docs = parse_cached(nlp, items, args.cache, args.split)
    tallies = {False: Tally(), True: Tally()}
    kinds, missed_cues, false_cues = Counter(), Counter(), Counter()
    errors, quote_s = 0, 0.0
    for (name, text, relations), doc in zip(items, docs):
        relations = [r for r in relations if r["content"]]
        golds = [Gold(r["content"], r["cue"], r["source"], cue_text=" ".join(text[a:b] for a, b in r["cue"]) or None,
                      group=classify_attribution(doc, r), label=cue_word(doc, r["cue"])) for r in relations]
        t0 = time.perf_counter()
        try:
            preds = oracle_polnear(golds) if args.oracle else merge_split_quotes(find_quotes(doc))
        except Exception as exc:  # noqa: BLE001  (one broken article must not hide the others' figures)
            errors += 1
            print(f"find_quotes failed on {name}: {exc!r}", file=sys.stderr)
            preds = []
        quote_s += time.perf_counter() - t0
        kinds.update(p.kind for p in preds)
        for strict in (True, False):
            tally = score_article(text, golds, preds, check_polnear(Tokens(text)), strict)
            tallies[strict].extend(tally)
        missed_cues.update(g.label for g in tally.missed)  # of the main variant (the last one)
        false_cues.update(cue_word(doc, [(q.cue_start, q.cue_end)] if q.cue_start is not None else []) for q in tally.false)
    main = tallies[False]
    groups = Counter(g.group for g in main.missed) + Counter(p.gold.group for p in main.pairs)
    found = Counter(p.gold.group for p in main.pairs)
    return {
        "split": args.split, "articles": len(items), "errors": errors, "find_quotes_s": quote_s,
        "overall": summarize(main), "strict": summarize(tallies[True]),
        "speech_only": summarize(main, lambda g: g.group == "speech"),
        "no_nonspeech": summarize(main, lambda g: g.group not in ("non-speech cue", "document source")),
        "recall_by_group": {k: {"gold": n, "recall": found[k] / n} for k, n in groups.most_common()},
        "by_predicted_kind": {k: {"predicted": n, "matched": sum(p.pred.kind == k for p in main.pairs)}
                              for k, n in sorted(kinds.items())},
        "missed_cues": missed_cues.most_common(10), "false_positive_cues": false_cues.most_common(10),
    }


def merge_split_quotes(preds: Sequence[Quote]) -> list[Quote]:
    """Our records in PolNeAR's unit: the parts of one statement around one cue become one attribution.

    sayso writes “A,” X said. “B.” as two quote records with the same cue (the own gold set asks
    for that); PolNeAR annotates one attribution whose content is both parts. Counting the second
    part as a false positive would score a convention, not a mistake.
    """
    by_cue: dict[tuple[int, int], Quote] = {}
    merged: list[Quote] = []
    for p in sorted(preds, key=lambda q: q.start):
        key = (p.cue_start, p.cue_end)
        first = by_cue.get(key) if p.cue_start is not None else None
        if first is None:
            by_cue[key] = p
            merged.append(p)
        else:
            whole = first.replace(start=min(first.start, p.start), end=max(first.end, p.end))
            merged[merged.index(first)] = whole
            by_cue[key] = whole
    return merged


def check_polnear(tokens: Tokens) -> Callable[[Gold, Quote], dict[str, bool]]:
    """Source right: >= 50% of the gold Source tokens in the predicted speaker span (or both absent);
    cue right: the spans overlap (or both absent)."""
    def check(g: Gold, p: Quote) -> dict[str, bool]:
        pred_src = [(p.speaker_start, p.speaker_end)] if p.speaker_start is not None else []
        gold_src = tokens.within(g.source)
        source_ok = (not g.source and not pred_src
                     or bool(gold_src) and 2 * len(gold_src & tokens.within(pred_src)) >= len(gold_src))
        cue_ok = not g.cue and p.cue_start is None or any(
            p.cue_start is not None and a < p.cue_end and p.cue_start < b for a, b in g.cue)
        return {"source_ok": source_ok, "cue_ok": cue_ok}
    return check


def oracle_polnear(golds: Sequence[Gold]) -> list[Quote]:
    """The gold attributions themselves as predictions (a self-check of the scorer)."""
    def hull(spans: list[Span]) -> tuple[int | None, int | None]:
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (None, None)
    return [Quote(*hull(g.spans), "indirect", *hull(g.cue), *hull(g.source)) for g in golds]  # type: ignore[misc]


# -- own gold set --------------------------------------------------------------------------------
def fold(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold().strip()


def fold_accents(text: str | None) -> str:
    plain = unicodedata.normalize("NFKD", fold(text).replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def locate(text: str, needle: str, context: str | None = None, occurrence: int | None = None,
           skipped: str = "") -> Span | None:
    """Where a gold string is in ``text``: in its ``context``, else its ``occurrence`` (counted in the
    original text, of which ``skipped`` was dropped before ``text``), else the first match."""
    if context and (at := text.find(context)) >= 0 and (inner := context.find(needle)) >= 0:
        return at + inner, at + inner + len(needle)
    starts = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]
    n = occurrence - len(re.findall(f"(?={re.escape(needle)})", skipped)) if occurrence else 1
    return (starts[n - 1], starts[n - 1] + len(needle)) if 0 < n <= len(starts) else None


def locate_near(text: str, needle: str | None, span: Span, after: bool = False) -> Span | None:
    """The occurrence of ``needle`` (whole words, any case) nearest to ``span`` (or the first one after it)."""
    if not needle:
        return None
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE)]
    if after:
        found = [f for f in found if f[0] >= span[0]]
    return min(found, key=lambda f: max(f[0] - span[1], span[0] - f[1], 0), default=None)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_articles(refs: Sequence[tuple[str, str]], with_quotes: bool, model: str | None = None) -> tuple[dict, list[str]]:
    """{(corpus, article ref): (Article, Document)} through sayso's real ingest path, and problems."""
    from sayso.config import load_settings
    from sayso.ingest.outlets import load_outlets
    from sayso.ingest.sources import iter_documents
    from sayso.nlp.stage import NlpStage
    from sayso.pipeline import Pipeline

    settings = load_settings({"outlets_file": str(SAMPLES_DIR / "outlets.csv")})
    pipeline = Pipeline(load_outlets(settings.outlets_file), stages=(NlpStage(model),) if with_quotes else ())
    built, problems = {}, []
    for corpus, ref in refs:
        name, _, fragment = ref.partition("#")
        path = (SAMPLES_DIR / "articles" if corpus == "samples" else GOLD_DIR / "articles") / name  # (gold, heldout)
        documents = list(iter_documents([str(path)], settings, encoding="cp1252" if "cp1252" in name else None))
        index = int(fragment.split("=")[1]) - 1 if fragment else 0
        doc = documents[index] if index < len(documents) else None
        if doc is None or not doc.source.endswith(ref) or not hasattr(doc, "content"):
            problems.append(f"{ref}: document {index + 1} of {len(documents)} is {doc}")
            continue
        built[corpus, ref] = (pipeline(doc), doc)
    return built, problems


def name_speakers_by_entity(built: dict) -> dict:
    """The articles with each quote's speaker named as a library names it: its entity's name.

    The same ``resolve_library`` the library runs after ingest, over these articles' mentions and
    quotes: a PERSON or ORG speaker takes its entity's one spelling across articles.
    """
    from sayso.resolve.entities import Corrections
    from sayso.resolve.library import resolve_library

    keys = list(built)
    mentions, quotes, where = [], [], {}
    for n, key in enumerate(keys):
        article = built[key][0]
        for m in article.mentions:
            mentions.append({"id": len(mentions) + 1, "article_id": n, "start": m.start, "end": m.end, "kind": m.kind,
                             "name": m.name, "role": m.role, "text": m.text_in(article.text), "entity_id": None})
        for i, q in enumerate(article.quotes):
            if q.speaker_name:
                quotes.append({"id": len(quotes) + 1, "article_id": n, "speaker_start": q.speaker_start,
                               "speaker_end": q.speaker_end, "speaker_name": q.speaker_name})
                where[len(quotes)] = (key, i)
    result = resolve_library(mentions, quotes, Corrections())
    names = {e.id: e.name for e in result.entities if e.kind in ("PERSON", "ORG")}
    out = dict(built)
    for quote_id, entity in result.speakers.items():
        if entity in names:
            key, i = where[quote_id]
            article, document = out[key]
            renamed = list(article.quotes)
            renamed[i] = renamed[i].replace(speaker_name=names[entity])
            out[key] = (article.replace(quotes=tuple(renamed)), document)
    return out


def title_end(article, document) -> int:
    """End of the title line when cleaning left it at the top of the text, else 0."""
    first = article.text.split("\n", 1)[0].strip()
    raw = document.content.lstrip().split("\n", 1)[0] if document.source.endswith(".txt") else ""
    raw = raw if len(raw.split()) <= 25 and not re.search(r"[.!?\"”]\s*$", raw) else ""  # a headline, not a lede
    titles = [t for t in (article.title, document.title, raw) if t]
    return article.text.find(first) + len(first) if first and any(first in t for t in titles) else 0


def gold_record(text: str, rec: dict, skipped: str) -> Gold:
    """A gold quote record located in ``text`` (``spans`` empty when its content is not there)."""
    span = locate(text, rec["content"], rec.get("context"), rec.get("occurrence"), skipped)
    if span is None:
        return Gold([], kind=rec["kind"], cue_text=rec["cue"], group=rec["corpus"], nested=bool(rec.get("nested")),
                    label=rec["content"])
    cue, speaker = locate_near(text, rec["cue"], span), locate_near(text, rec["speaker_text"], span)
    continuation, last = [], span
    for item in rec.get("continuation", []):
        if found := locate_near(text, item, last, after=True):
            continuation.append(last := found)
    return Gold([span], [cue] if cue else [], [speaker] if speaker else [], rec["kind"], rec["cue"], rec["speaker"],
                bool(rec.get("unnamed")), rec["medium"], rec["corpus"], rec["content"], bool(rec.get("nested")),
                continuation)


def spelling_key(name: str | None) -> str:
    """A name with each word's transliteration folded (sayso's entity word key): Yury Belokuroff = Yuriy Belokurov."""
    from sayso.resolve.names import token_key

    return " ".join(token_key(w) for w in re.findall(r"[\w'’-]+", name or ""))


def same_speaker(predicted: str | None, names: Sequence[str | None], key: Callable[[str | None], str]) -> bool:
    """Whether the predicted speaker is one of the gold ``names`` under ``key``; a group speaker ("X and Y", "A, B and
    C") is its members in any order, as a story may name either first."""
    if key(predicted) in {key(n) for n in names}:
        return True
    members = (lambda name: sorted(key(part) for part in re.split(r",\s*|\s+and\s+", name or "")))
    return bool(predicted) and " and " in predicted and any(
        n and " and " in n and members(predicted) == members(n) for n in names)


def check_gold(text: str) -> Callable[[Gold, Quote], dict[str, bool]]:
    """The per-pair checks of the README: kind, speaker (two ways), cue, medium."""
    def check(g: Gold, p: Quote) -> dict[str, bool]:
        names = [g.speaker] + (re.split(r",\s*|\s+and\s+", g.speaker) if re.search(r", .* and ", g.speaker or "") else [])
        overlap = any(p.speaker_start is not None and a < p.speaker_end and p.speaker_start < b for a, b in g.source)
        unnamed_ok = g.unnamed and overlap
        gold_cue, pred_cue = (fold(c).lstrip("—–−- ").strip() for c in (g.cue_text, p.cue_in(text)))
        cue_ok = (g.cue_text is None) == (p.cue_start is None) and (
            g.cue_text is None or bool(gold_cue and pred_cue) and (gold_cue in pred_cue or pred_cue in gold_cue))
        return {"kind_ok": p.kind == g.kind,
                "speaker_ok": unnamed_ok or same_speaker(p.speaker_name, names, fold),
                "speaker_ok_accents": unnamed_ok or same_speaker(p.speaker_name, names, fold_accents),
                "speaker_ok_spelling": unnamed_ok or same_speaker(p.speaker_name, names, spelling_key),
                "cue_ok": cue_ok, "medium_ok": same_outlet(p.medium, g.medium)}
    return check


def outlet_key(name: str | None) -> str:
    """An outlet's name case-folded, without a leading "The" (The Kigali Chronicle = Kigali Chronicle)."""
    return re.sub(r"^the\s+", "", fold(name))


def same_outlet(predicted: str | None, gold: str | None) -> bool:
    """Whether two media name one outlet: the same name (``outlet_key``), or one the initials of the other ("DWS" for
    "Danube Wire Service"), as a story that names its own outlet only in its dateline's brackets leaves it."""
    if outlet_key(predicted) == outlet_key(gold):
        return True
    if predicted is None or gold is None:
        return False
    short, full = sorted((predicted, gold), key=len)
    capitals = [w[0] for w in re.findall(r"[\w'’-]+", full) if w[0].isupper()]
    return re.fullmatch(r"[A-Z]{2,6}", short) is not None and "".join(capitals) == short


# the corpora of the own set: "samples" and "gold" are tuned on (their "total"); "heldout" is scored, never looked into
TUNED = ("samples", "gold")
CORPORA = (*TUNED, "heldout")
ROWS = (*TUNED, "total", "heldout")


def read_own_set() -> tuple[list[dict], list[dict]]:
    """Quote and negative records of every corpus (the held-out ones live in files of their own)."""
    quotes, negatives = read_jsonl(GOLD_DIR / "quotes.jsonl"), read_jsonl(GOLD_DIR / "negatives.jsonl")
    for name, into in (("heldout_quotes.jsonl", quotes), ("heldout_negatives.jsonl", negatives)):
        if (GOLD_DIR / name).exists():
            into += read_jsonl(GOLD_DIR / name)
    return quotes, negatives


def score_gold(args) -> dict[str, Any]:
    quotes, negatives = read_own_set()
    if args.articles:
        quotes, negatives = ([r for r in rs if any(fnmatch.fnmatch(r["article"], g) for g in args.articles.split(","))] for rs in (quotes, negatives))
    refs = sorted({(r["corpus"], r["article"]) for r in quotes + negatives})
    built, problems = build_articles(refs, not args.oracle, args.model)
    if args.library_speakers and not args.oracle:
        built = name_speakers_by_entity(built)
    tallies = {(c, s): Tally() for c in CORPORA for s in (False, True)}
    in_title, removed, errors = 0, [], {"missed": [], "false": [], "false_cues": [], "speaker": [], "medium": []}
    for (corpus, ref), (article, document) in built.items():
        text, cut = article.text, title_end(article, document)
        skipped = document.content[: max(document.content.find(text[cut:cut + 40]), 0)]
        golds, unlocated = [], []
        for rec in (r for r in quotes if r["article"] == ref and r["corpus"] == corpus):
            gold = gold_record(text, rec, skipped)
            (golds if gold.spans else unlocated).append(gold)
            if not gold.spans:
                problems.append(f"{ref}: gold content not in cleaned text: "
                                + ("(held out)" if corpus == "heldout" else repr(rec["content"])))
        negs = []
        for rec in (r for r in negatives if r["article"] == ref and r["corpus"] == corpus):
            span = locate(text, rec["text"], rec.get("context"), rec.get("occurrence"), skipped)
            negs.append(span) if span else removed.append(f"{ref}: " + ("(held out)" if corpus == "heldout" else repr(rec["text"])))
        preds = oracle_gold(golds) if args.oracle else [q for q in article.quotes if q.start >= cut]
        in_title += len(article.quotes) - len(preds) if not args.oracle else 0
        for strict in (True, False):
            tally = score_article(text, golds, preds, check_gold(text), strict, negs)
            tally.missed += unlocated
            tallies[corpus, strict].extend(tally)
        if corpus == "heldout":
            continue  # scored, never listed: what is read gets tuned to
        errors["missed"] += [f"{ref}: {g.kind} {g.label!r}" for g in tally.missed]
        errors["false"] += [f"{ref}: {q.kind} {q.text_in(text)!r}" for q in tally.false]
        errors["false_cues"] += [first_word(q.cue_in(text)) for q in tally.false]
        errors["speaker"] += [f"{ref}: gold {x.gold.speaker!r}, predicted {x.pred.speaker_name!r} "
                              f"(text {x.pred.speaker_text_in(text)!r})" for x in tally.pairs if not x.checks["speaker_ok"]]
        errors["medium"] += [f"{ref}: gold {x.gold.medium!r}, predicted {x.pred.medium!r} ({x.pred.text_in(text)[:50]!r})"
                             for x in tally.pairs if not x.checks["medium_ok"]]
    missed_refs = {(r["corpus"], r["article"]) for r in quotes} - set(built)
    for corpus, ref in missed_refs:
        for strict in (False, True):
            tallies[corpus, strict].missed += [gold_record("", r, "") for r in quotes
                                               if r["article"] == ref and r["corpus"] == corpus]
    out: dict[str, Any] = {"articles": len(built), "predictions_in_title": in_title, "problems": problems,
                           "negatives_removed_by_cleaning": removed,
                           "errors": errors | {"false_cues": Counter(errors["false_cues"]).most_common(10)}}
    for corpus in ROWS:
        main, strict = Tally(), Tally()
        for c in TUNED if corpus == "total" else (corpus,):
            main.extend(tallies[c, False])
            strict.extend(tallies[c, True])
        out[corpus] = {
            "all": summarize(main), "no_nested": summarize(main, lambda g: not g.nested),
            "strict": summarize(strict, lambda g: not g.nested), "neutral": main.neutral,
            "negatives_hit": len(main.negatives_hit),
            "by_kind": {k: kind_figures(main, k) for k in ("direct", "indirect", "mixed")},
            "kind_confusion": Counter(f"{p.gold.kind}->{p.pred.kind}" for p in main.pairs if not p.checks["kind_ok"]),
            "negatives_hit_texts": main.negatives_hit,
        }
    return out


def kind_figures(tally: Tally, kind: str) -> dict[str, float]:
    """Recall over gold of ``kind``, precision over predictions of ``kind``."""
    tp_gold = sum(p.gold.kind == kind for p in tally.pairs)
    gold = tp_gold + sum(g.kind == kind for g in tally.missed)
    tp_pred = sum(p.pred.kind == kind for p in tally.pairs)
    pred = tp_pred + sum(q.kind == kind for q in tally.false)
    p, r = (tp_pred / pred if pred else 0.0), (tp_gold / gold if gold else 0.0)
    return {"gold": gold, "predicted": pred, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def oracle_gold(golds: Sequence[Gold]) -> list[Quote]:
    """The located gold records as predictions (a self-check of the scorer)."""
    def first(spans: list[Span]) -> Span | tuple[None, None]:
        return spans[0] if spans else (None, None)
    return [Quote(*g.spans[0], g.kind, *first(g.cue), *first(g.source), speaker_name=g.speaker, medium=g.medium)
            for g in golds]  # type: ignore[misc]


# -- speed ---------------------------------------------------------------------------------------
def measure_speed(nlp, texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Best-of-``rounds`` seconds of parsing alone and with find_quotes, passes interleaved; CPU
    seconds of this process (robust to other work on a shared core) and wall seconds. Texts are
    parsed paragraph by paragraph (``parse_text``), as the quote stage does."""
    from sayso.nlp.quotes import find_quotes
    from sayso.nlp.stage import parse_text
    for doc in (parse_text(t, nlp) for t in texts[:8]):  # warm-up: first calls allocate
        find_quotes(doc)
    best = {k: float("inf") for k in ("pipe", "pipe+quotes", "quotes", "pipe_wall", "pipe+quotes_wall")}
    words = 0
    for _ in range(rounds):
        for mode in ("pipe", "pipe+quotes"):
            quote_s, words, cpu, wall = 0.0, 0, time.process_time(), time.perf_counter()
            for doc in (parse_text(t, nlp) for t in texts):
                words += sum(not t.is_space for t in doc)
                if mode == "pipe+quotes":
                    t1 = time.process_time()
                    find_quotes(doc)
                    quote_s += time.process_time() - t1
            best[mode] = min(best[mode], time.process_time() - cpu)
            best[mode + "_wall"] = min(best[mode + "_wall"], time.perf_counter() - wall)
            if mode == "pipe+quotes":
                best["quotes"] = min(best["quotes"], quote_s)
    pipe, both = best["pipe"], best["pipe+quotes"]
    return {"words": words, "pipe_cpu_s": pipe, "pipe_quotes_cpu_s": both, "quotes_cpu_s": best["quotes"],
            "pipe_wall_s": best["pipe_wall"], "pipe_quotes_wall_s": best["pipe+quotes_wall"],
            "pipe_wps": words / pipe, "pipe_quotes_wps": words / both, "overhead_pct": 100 * (both - pipe) / pipe,
            "quotes_pct": 100 * best["quotes"] / pipe}


# -- printing ----------------------------------------------------------------------------------
def format_row(label: str, s: dict[str, Any], checks: Sequence[str] = ()) -> str:
    extra = "".join(f"  {s[c]:>6.3f}" if c in s else "       -" for c in checks)
    return f"  {label:<26} {s['gold']:>5} {s['predicted']:>5} {s['matched']:>5}  {s['p']:.3f}  {s['r']:.3f}  {s['f1']:.3f}{extra}"


def print_polnear(res: dict[str, Any], errors: bool) -> None:
    print(f"\nPolNeAR {res['split']}: {res['articles']} articles, find_quotes {res['find_quotes_s']:.2f}s"
          f"{', ' + str(res['errors']) + ' articles failed' if res['errors'] else ''}")
    checks = ("source_ok", "cue_ok")
    print(f"  {'':<26} {'gold':>5} {'pred':>5} {'match':>5}  P      R      F1     source  cue")
    for key, label in (("overall", ">=50% of gold tokens"), ("strict", "strict (and of predicted)"),
                       ("no_nonspeech", "no non-speech/document"), ("speech_only", "speech cues only")):
        print(format_row(label, res[key], checks))
    print("  recall by cue type: " + ", ".join(f"{k} {v['recall']:.3f} of {v['gold']}"
                                               for k, v in res["recall_by_group"].items()))
    gains = [res[k]["f1"] - res["overall"]["f1"] for k in ("no_nonspeech", "speech_only")]
    print(f"  leaving out non-speech-cue and document-source gold raises F1 by {gains[0]:+.3f}; "
          f"keeping only speech cues, by {gains[1]:+.3f}")
    print("  predictions by kind: " + (", ".join(f"{k} {v['predicted']} ({v['matched']} matched)"
                                                 for k, v in res["by_predicted_kind"].items()) or "none"))
    if errors:
        print("  most missed gold cues:  " + ", ".join(f"{w} {n}" for w, n in res["missed_cues"]))
        print("  false-positive cues:    " + ", ".join(f"{w} {n}" for w, n in res["false_positive_cues"]))


def print_gold(res: dict[str, Any], errors: bool) -> None:
    checks = ("kind_ok", "speaker_ok", "speaker_ok_accents", "speaker_ok_spelling", "cue_ok", "medium_ok")
    print(f"\nOwn gold set: {res['articles']} articles built through ingest; "
          f"{res['predictions_in_title']} predictions in titles ignored; {len(res['problems'])} locating problems; "
          f"{len(res['negatives_removed_by_cleaning'])} negatives removed by cleaning")
    print(f"  {'':<26} {'gold':>5} {'pred':>5} {'match':>5}  P      R      F1     kind  speaker spk-acc spk-spell cue  medium")
    for corpus in ROWS:
        r = res[corpus]
        if corpus == "heldout" and not r["all"]["gold"]:
            continue
        print(format_row(f"{corpus}: all", r["all"], checks))
        print(format_row(f"{corpus}: no nested", r["no_nested"], checks))
        print(format_row(f"{corpus}: strict, no nested", r["strict"]))
        for kind, k in r["by_kind"].items():
            print(f"    {kind:<24} gold {k['gold']:>4} pred {k['predicted']:>4}  P {k['p']:.3f}  R {k['r']:.3f}  F1 {k['f1']:.3f}")
        print(f"    neutral (continuation) {r['neutral']}, false positives on negatives {r['negatives_hit']}"
              + (f", kind errors {dict(r['kind_confusion'])}" if r["kind_confusion"] else ""))
    if errors:
        for line in res["problems"]:
            print("  problem: " + line)
        for line in res["negatives_removed_by_cleaning"]:
            print("  negative removed by cleaning (cannot be hit): " + line)
        print("  negatives hit: " + "; ".join(res["total"]["negatives_hit_texts"]))
        errors = res["errors"]
        print("  false-positive cues: " + ", ".join(f"{w} {n}" for w, n in errors["false_cues"]))
        for title, key in (("missed", "missed"), ("false positive", "false"), ("wrong speaker", "speaker"),
                           ("wrong medium", "medium")):
            for line in errors[key]:
                print(f"  {title}: {line}")


def print_speed(res: dict[str, Any]) -> None:
    print(f"\nSpeed ({res['words']:,} words, best of {res['rounds']}, cores {res['cores']}; words per CPU second):"
          f"\n  nlp.pipe              {res['pipe_wps']:>8,.0f} words/s ({res['pipe_cpu_s']:.2f}s CPU, "
          f"{res['pipe_wall_s']:.2f}s wall)"
          f"\n  nlp.pipe+find_quotes  {res['pipe_quotes_wps']:>8,.0f} words/s ({res['pipe_quotes_cpu_s']:.2f}s CPU, "
          f"{res['pipe_quotes_wall_s']:.2f}s wall)"
          f"\n  quote stage overhead  {res['quotes_pct']:>7.1f}% of nlp.pipe timed around find_quotes "
          f"({res['quotes_cpu_s']:.2f}s), {res['overhead_pct']:.1f}% by pass difference; target <= 20%")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the module docstring (benchmarks/attribution.py) for what is measured.")
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"), help="shared data folder (has polnear/)")
    ap.add_argument("--split", choices=("test", "dev", "train"), default="test", help="PolNeAR split (default test)")
    ap.add_argument("--limit", type=int, help="only the first N PolNeAR articles")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sayso-attr-cache"), help="parsed-Doc cache folder")
    ap.add_argument("--model", help="spaCy pipeline name or path (default: sayso's configured/bundled one)")
    ap.add_argument("--skip", action="append", choices=("polnear", "gold"), default=[], help="leave out a gold set")
    ap.add_argument("--speed", action="store_true", help="also time nlp.pipe with and without find_quotes")
    ap.add_argument("--rounds", type=int, default=2, help="speed passes of each kind, interleaved (default 2)")
    ap.add_argument("--library-speakers", action="store_true",
                    help="own set: name speakers as the library does after entity resolution (one spelling per entity)")
    ap.add_argument("--oracle", action="store_true", help="predict the gold itself: every figure must be 1.0")
    ap.add_argument("--articles", metavar="GLOB", help="own set: only the articles whose names match one of these comma-separated globs (\"gold-11[4-9].txt\")")
    ap.add_argument("--errors", action="store_true", help="print missed cues, false positives, locating problems")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results: dict[str, Any] = {"oracle": args.oracle}
    nlp = None
    if "polnear" not in args.skip or args.speed:
        from sayso.nlp import load_nlp
        nlp = load_nlp(args.model)
        results["pipeline"] = {"path": str(nlp.path), "version": nlp.meta.get("version")}
    if "polnear" not in args.skip:
        results["polnear"] = score_polnear(args, nlp)
        print_polnear(results["polnear"], args.errors)
    if "gold" not in args.skip:
        results["gold_set"] = score_gold(args)
        print_gold(results["gold_set"], args.errors)
    if args.speed:
        texts = [t for _, t, _ in read_polnear(args.data, args.split, args.limit)]
        results["speed"] = measure_speed(nlp, texts, args.rounds) | {
            "rounds": args.rounds, "cores": sorted(os.sched_getaffinity(0)), "threads": os.environ.get("OMP_NUM_THREADS")}
        print_speed(results["speed"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
