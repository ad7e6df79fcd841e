"""`spacy pretrain` of the NER's own tok2vec, which reads static vectors.

Two things stock spaCy cannot do for our NER config, patched here:
- pretrain builds the pipeline without running ``[initialize]``, so the floret
  vectors are never loaded and the StaticVectors layer sees an empty table:
  load them into the vocab right after the pipeline is built;
- the NER's ``tok2vec`` ref is ``chain(Tok2Vec, list2array, Linear)``, which
  returns one array, while the pretraining objective wants one array per doc:
  use the Tok2Vec inside. ``spacy train --code training/pretrain.py`` applies
  the same choice when ``--paths.init_tok2vec`` loads the weights back.

    python training/pretrain.py CONFIG OUT_DIR --vectors training/output/vectors/nlp
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy.training.pretrain as stock
from spacy.training.initialize import load_vectors_into_model
from spacy.util import load_config

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sayso.nlp.tokenizer  # noqa: E402,F401  registers sayso.news_tokenizer.v1

import spacy.training.initialize as stock_init

_stock_ref = stock.get_tok2vec_ref


def get_tok2vec_ref(nlp, pretrain_config):
    """The pretrainable Tok2Vec: inside a parser/NER's projection chain if there is one."""
    layer = _stock_ref(nlp, pretrain_config)
    if len(layer.layers) == 3 and layer.layers[1].name == "list2array":
        return layer.layers[0]
    return layer


stock.get_tok2vec_ref = get_tok2vec_ref
stock_init.get_tok2vec_ref = get_tok2vec_ref


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--vectors", required=True)
    parser.add_argument("--raw-text", default=None)
    args = parser.parse_args()

    build = stock.load_model_from_config

    def build_with_vectors(config, **kwargs):
        nlp = build(config, **kwargs)
        load_vectors_into_model(nlp, args.vectors)
        return nlp

    stock.load_model_from_config = build_with_vectors
    overrides = {"paths.vectors": args.vectors}
    if args.raw_text:
        overrides["paths.raw_text"] = args.raw_text
    raw = load_config(args.config, overrides=overrides, interpolate=False)
    args.out.mkdir(parents=True, exist_ok=True)
    raw.to_disk(args.out / "config.cfg")
    stock.pretrain(raw.interpolate(), args.out, silent=False)


if __name__ == "__main__":
    main()
