"""Train static floret vectors on the unlabeled text we have, and convert them for spaCy.

    python training/vectors.py [--data /work/shared/data] [--corpus training/corpus]
                               [--out training/output/vectors] [--dim 128] [--bucket 50000]

Text used (training splits only -- no dev/test text of any benchmark):
  FA-KES + PolNeAR articles (training/corpus/raw/raw.jsonl, written by convert.py),
  ECB+ news documents (all 982; ECB+ is not a benchmark of this pipeline),
  the *train* splits of CoNLL-2003, UD-EWT and GUM (from training/corpus DocBins).
Tokenised with the sayso news tokenizer and lowercased (vectors keyed by LOWER).
Then `spacy init vectors en ... --mode floret --attr LOWER` writes a spaCy
pipeline directory whose vectors are used via [initialize] vectors / paths.vectors.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).parent))
from sayso.nlp.tokenizer import customize_tokenizer  # noqa: E402


def ecb_texts(data: Path):
    for path in sorted((data / "ecbplus" / "ECB+_LREC2014" / "ECB+").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        sents = {}
        for tok in root.iter("token"):
            sents.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
        for sid in sorted(sents):
            if path.name.endswith("ecbplus.xml") and sid == 0:
                continue  # source URL
            yield " ".join(sents[sid])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "output" / "vectors")
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--bucket", type=int, default=50000)
    ap.add_argument("--epoch", type=int, default=15)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    import floret  # pip install floret

    args.out.mkdir(parents=True, exist_ok=True)
    nlp = customize_tokenizer(spacy.blank("en"))
    txt = args.out / "text.txt"
    n_words = 0
    t0 = time.time()
    with open(txt, "w", encoding="utf-8") as fh:
        def emit(text):
            nonlocal n_words
            for line in text.splitlines():
                toks = [t.lower_ for t in nlp.make_doc(line) if not t.is_space]
                if toks:
                    n_words += len(toks)
                    fh.write(" ".join(toks) + "\n")
        for line in open(args.corpus / "raw" / "raw.jsonl", encoding="utf-8"):
            emit(json.loads(line)["text"])
        for s in ecb_texts(args.data):
            emit(s)
        for name in ("ner/conll_train", "syntax/ewt_train", "syntax/gum_train"):
            for doc in DocBin().from_disk(args.corpus / f"{name}.spacy").get_docs(nlp.vocab):
                for sent in doc.sents:
                    fh.write(" ".join(t.lower_ for t in sent if not t.is_space) + "\n")
                    n_words += len(sent)
    print(f"text: {n_words:,} tokens in {time.time() - t0:.0f}s -> {txt}", file=sys.stderr)

    t0 = time.time()
    model = floret.train_unsupervised(
        str(txt), model="cbow", mode="floret", hashCount=2, bucket=args.bucket,
        minn=4, maxn=5, minCount=args.min_count, dim=args.dim, epoch=args.epoch, thread=1, verbose=0,
    )
    vec = args.out / "vectors.floret"
    model.save_floret_vectors(str(vec))
    print(f"floret: {time.time() - t0:.0f}s, {len(model.words):,} words in vocab", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "en", str(vec), str(args.out / "nlp"),
                    "--mode", "floret", "--attr", "LOWER", "--name", "sayso_news_floret"], check=True)
    txt.unlink()  # contains licensed article text; not needed after training


if __name__ == "__main__":
    main()
