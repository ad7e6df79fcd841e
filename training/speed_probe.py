"""Estimate the one-core nlp.pipe speed of a config *without training it*.

Speed does not depend on the weights, so we initialise the pipeline on a few
hundred gold docs (to get realistic label sets) and time nlp.pipe over FA-KES
news articles, multiplying with numpy's BLAS as `sayso.load_nlp` does. Useful to choose widths / depths before spending training time.

    OMP_NUM_THREADS=1 taskset -c 1 python training/speed_probe.py CONFIG [CONFIG ...] \
        [--set components.tok2vec.model.encode.width=96 ...]

Each CONFIG may be a training config (ner.cfg / syntax.cfg) or a comma-joined
pair "syntax.cfg,ner.cfg" (= the assembled pipeline: syntax pipes + ner).
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import load_config

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import sayso.nlp.tokenizer  # noqa: E402,F401
from sayso.nlp.load import use_numpy_gemm  # noqa: E402


def build(cfg_path: Path, overrides: dict, corpus: Path):
    # vectors cost is a table lookup only; keep the probe self-contained
    cfg = load_config(cfg_path, overrides={**overrides, "paths.vectors": None}, interpolate=True)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    name = "ner/conll_train" if "ner" in nlp.pipe_names else "syntax/ewt_train"
    docs = list(DocBin().from_disk(corpus / f"{name}.spacy").get_docs(nlp.vocab))[:200]
    nlp.initialize(lambda: [Example(nlp.make_doc(d.text), d) for d in docs])
    use_numpy_gemm(nlp)  # as sayso.load_nlp runs the bundled pipeline
    return nlp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("configs", nargs="+")
    ap.add_argument("--set", action="append", default=[], help="dotted.key=value config override")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    overrides = {}
    for kv in args.set:
        k, v = kv.split("=", 1)
        overrides[k] = spacy.util.srsly.json_loads(v) if v[:1] in "0123456789[{\"tfn" else v
    rows = csv.DictReader(open(args.data / "fakes" / "input" / "fakes.csv", encoding="latin-1", newline=""))
    texts = [r["article_content"] for r in rows if r.get("article_content")][: args.docs]
    for spec in args.configs:
        pipes = []
        for part in spec.split(","):
            ov = {k: v for k, v in overrides.items() if k.split(".")[0] != "components" or
                  load_config(part, interpolate=False)["components"].get(k.split(".")[1]) is not None}
            pipes.append(build(Path(part), ov, args.corpus))
        tok = pipes[0]
        list(tok.pipe(texts[:20]))
        t0 = time.perf_counter()
        n = 0
        docs = [tok.make_doc(t) for t in texts]
        n = sum(len(d) for d in docs)
        for p in pipes:
            docs = list(p.pipe(docs, batch_size=64))
        dt = time.perf_counter() - t0
        print(f"{spec}  {overrides or ''}: {n / dt:,.0f} words/s ({n:,} tokens, {dt:.1f}s)")


if __name__ == "__main__":
    main()
