"""Benchmark a sayso English spaCy pipeline (not run in CI).

    OMP_NUM_THREADS=1 taskset -c 1 .venv/bin/python benchmarks/nlp.py PIPELINE_DIR \
        [--data /work/shared/data] [--json out.json] [--quick]

Prints:
  * NER P/R/F1 on CoNLL-2003 testb (eng.testb), UNER-EWT test (PER/LOC/ORG only;
    predicted MISC is dropped because UNER has no MISC) and Wikigold;
  * UAS / LAS / UPOS / XPOS / morph / lemma accuracy and sentence-boundary F1 on
    UD-EWT test and GUM test (all non-reddit genres), both from raw text (the
    pipeline's own tokenizer, alignment-based scoring) and with gold tokens;
  * words/s of the whole pipeline with nlp.pipe on one core over news articles
    (FA-KES), as sayso runs it (dense layers on numpy's BLAS, `sayso.nlp.load.use_numpy_gemm`)
    and, as the same run's baseline, with thinc's default BLIS; load time (fresh process)
    and size on disk.

Targets (issue 3): CoNLL testb F1 >= 0.86, EWT test LAS >= 0.83 / UAS >= 0.87,
>= 8,000 words/s on one core, load <= 2 s, size <= 80 MB.
The gold data is read straight from --data with training/convert.py's readers;
nothing is written to the repository.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

import convert  # noqa: E402  (training/convert.py)
import sayso.nlp.tokenizer  # noqa: E402,F401  (registers sayso.news_tokenizer.v1)
from sayso.nlp.load import use_numpy_gemm  # noqa: E402

TARGETS = {"conll_f": 0.86, "ewt_las": 0.83, "ewt_uas": 0.87, "wps": 8000, "load_s": 2.0, "size_mb": 80}


def ner_docs(data: Path):
    return {
        "CoNLL-2003 testb": convert.convert_iob(data / "conll2003" / "eng.testb", 0, 3),
        "UNER-EWT test": convert.convert_iob(data / "uner-ewt" / "en_ewt-ud-test.iob2", 1, 2, sep="\t"),
        "Wikigold": convert.convert_iob(data / "wikigold" / "CONLL-format" / "data" / "wikigold.conll.txt", 0, -1),
    }


def syntax_docs(data: Path):
    ewt = [convert.conllu_doc_to_doc(d) for d in convert.read_conllu(data / "ud-ewt" / "en_ewt-ud-test.conllu")]
    gum = [convert.conllu_doc_to_doc(d) for _n, d in convert.gum_docs(data, "test", "all")]
    return {"UD-EWT test": ewt, "GUM test": gum}


def eval_ner(nlp, refs, drop_misc=False):
    pipes = [p for p in nlp.pipe_names if p == "ner" or p.startswith("ner")]
    examples = []
    with nlp.select_pipes(enable=pipes):
        preds = nlp.pipe([nlp.make_doc(r.text) for r in refs], batch_size=64)
        for pred, ref in zip(preds, refs):
            if drop_misc:
                pred.ents = [e for e in pred.ents if e.label_ != "MISC"]
            examples.append(Example(pred, ref))
    s = Scorer.score_spans(examples, "ents")
    return {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"],
            "per_type": {k: round(v["f"], 4) for k, v in (s["ents_per_type"] or {}).items()}}


def eval_syntax(nlp, refs, gold_tokens: bool):
    pipes = [p for p in nlp.pipe_names if p != "ner"]
    with nlp.select_pipes(enable=pipes):
        if gold_tokens:
            docs = [Doc(nlp.vocab, words=[t.text for t in r], spaces=[bool(t.whitespace_) for t in r]) for r in refs]
        else:
            docs = [nlp.make_doc(r.text) for r in refs]
        examples = [Example(d, r) for d, r in zip(docs, refs)]
        for ex, pred in zip(examples, nlp.pipe([ex.predicted for ex in examples], batch_size=64)):
            ex.predicted = pred
    scorer = Scorer(nlp)
    s = scorer.score(examples)
    return {k: s.get(k) for k in ("token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc",
                                   "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f")}


def news_texts(data: Path, limit: int):
    rows = csv.DictReader(open(data / "fakes" / "input" / "fakes.csv", encoding="latin-1", newline=""))
    texts = [r["article_content"] for r in rows if r.get("article_content")]
    return texts[:limit]


def speed(nlp, texts, batch_size=64):
    list(nlp.pipe(texts[:20], batch_size=batch_size))  # warm-up
    t0 = time.perf_counter()
    n = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n += len(doc)
    dt = time.perf_counter() - t0
    return n / dt, n, dt


def load_time(path: Path, repeats=3):
    code = ("import time,sys;sys.path.insert(0,%r);import spacy;t=time.perf_counter();"
            "spacy.load(%r);print(time.perf_counter()-t)") % (str(ROOT / "training"), str(path))
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ})
        total = time.perf_counter() - t0
        times.append((float(out.stdout.strip().splitlines()[-1]), total))
    return min(t[0] for t in times), min(t[1] for t in times)


def dir_size_mb(path: Path):
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def fmt(x):
    return "  -   " if x is None else f"{x:.4f}"


def main():
    ap = argparse.ArgumentParser(description="Benchmark a sayso spaCy pipeline")
    ap.add_argument("pipeline", type=Path)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("SAYSO_DATA", "/work/shared/data")))
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--speed-docs", type=int, default=400, help="FA-KES articles for the words/s test")
    ap.add_argument("--quick", action="store_true", help="only CoNLL testb + EWT test (gold tokens) + speed")
    ap.add_argument("--profile", action="store_true", help="also time the pipeline cumulatively, pipe by pipe")
    ap.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU core")
    args = ap.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})

    res = {"pipeline": str(args.pipeline)}
    t0 = time.perf_counter()
    nlp = spacy.load(args.pipeline)
    res["load_in_process_s"] = time.perf_counter() - t0
    use_numpy_gemm(nlp)  # as sayso.load_nlp runs it
    res["pipes"] = nlp.pipe_names
    convert.VOCAB = nlp.vocab  # build the gold docs in the pipeline's vocab (shared StringStore)
    print(f"pipeline {args.pipeline}  pipes={nlp.pipe_names}")

    if "ner" in nlp.pipe_names:
        print("\nNER                      P       R       F1     per type")
        res["ner"] = {}
        for name, refs in ner_docs(args.data).items():
            if args.quick and not name.startswith("CoNLL"):
                continue
            t = time.perf_counter()
            r = eval_ner(nlp, refs, drop_misc=name.startswith("UNER"))
            res["ner"][name] = r
            print(f"  {name:20s} {fmt(r['p'])}  {fmt(r['r'])}  {fmt(r['f'])}  {r['per_type']}"
                  f"  ({time.perf_counter() - t:.0f}s)")

    if "parser" in nlp.pipe_names or "tagger" in nlp.pipe_names:
        print("\nSyntax                         UAS     LAS     UPOS    XPOS    morph   lemma   sentF   tokAcc")
        res["syntax"] = {}
        for name, refs in syntax_docs(args.data).items():
            if args.quick and not name.startswith("UD-EWT"):
                continue
            for gold in (True, False):
                if args.quick and not gold:
                    continue
                key = f"{name} ({'gold tok' if gold else 'raw text'})"
                r = eval_syntax(nlp, refs, gold)
                res["syntax"][key] = r
                print(f"  {key:28s} {fmt(r['dep_uas'])}  {fmt(r['dep_las'])}  {fmt(r['pos_acc'])}  "
                      f"{fmt(r['tag_acc'])}  {fmt(r['morph_acc'])}  {fmt(r['lemma_acc'])}  "
                      f"{fmt(r['sents_f'])}  {fmt(r['token_acc'])}")

    texts = news_texts(args.data, args.speed_docs)
    blis_wps = speed(spacy.load(args.pipeline), texts)[0]  # the same run's baseline: thinc's default BLIS
    wps, n, dt = speed(nlp, texts)
    res["speed"] = {"words_per_s": wps, "words": n, "seconds": dt, "blis_words_per_s": blis_wps,
                    "threads": os.environ.get("OMP_NUM_THREADS"), "affinity": sorted(os.sched_getaffinity(0))}
    if args.profile:
        res["profile"] = {}
        prev = 0.0
        t = time.perf_counter()
        for d in nlp.pipe(texts, batch_size=64, disable=nlp.pipe_names):
            pass
        prev = time.perf_counter() - t
        res["profile"]["tokenizer"] = prev
        print(f"Profile  tokenizer {prev:.1f}s")
        for i, name in enumerate(nlp.pipe_names):
            t = time.perf_counter()
            for d in nlp.pipe(texts, batch_size=64, disable=nlp.pipe_names[i + 1:]):
                pass
            cum = time.perf_counter() - t
            res["profile"][name] = cum - prev
            print(f"Profile  +{name:14s} {cum - prev:5.1f}s  (cumulative {cum:.1f}s)")
            prev = cum
    load_s, proc_s = load_time(args.pipeline)
    size = dir_size_mb(args.pipeline)
    res.update(load_s=load_s, load_with_import_s=proc_s, size_mb=size)
    print(f"\nSpeed   {wps:,.0f} words/s  ({n:,} tokens of FA-KES news in {dt:.1f}s, nlp.pipe batch 64, "
          f"cores={sorted(os.sched_getaffinity(0))}; {blis_wps:,.0f} words/s with thinc's default BLIS gemm)")
    print(f"Load    {load_s:.2f} s for spacy.load (fresh process; {proc_s:.2f} s incl. python + import spacy)")
    print(f"Size    {size:.1f} MB on disk")

    conll = res.get("ner", {}).get("CoNLL-2003 testb", {}).get("f")
    ewt = res.get("syntax", {}).get("UD-EWT test (gold tok)", {})
    print("\nTargets: " + ", ".join([
        f"CoNLL F1 {fmt(conll)} (>= {TARGETS['conll_f']})",
        f"EWT LAS {fmt(ewt.get('dep_las'))} (>= {TARGETS['ewt_las']})",
        f"EWT UAS {fmt(ewt.get('dep_uas'))} (>= {TARGETS['ewt_uas']})",
        f"{wps:,.0f} w/s (>= {TARGETS['wps']:,})",
        f"load {load_s:.2f}s (<= {TARGETS['load_s']})",
        f"{size:.1f} MB (<= {TARGETS['size_mb']})",
    ]))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, default=str))


if __name__ == "__main__":
    main()
