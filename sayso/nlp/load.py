"""The one place a spaCy pipeline is loaded.

By default the pipeline bundled in the package (trained by us from open data,
see ``training/``); ``load_nlp("en_core_web_trf")``, a path, or the setting
``nlp_model`` (``SAYSO_NLP_MODEL``) loads any other installed spaCy pipeline.
sayso needs only a parser and named entities from it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..config import Settings, load_settings
from ..errors import ConfigError

__all__ = ["load_nlp", "bundled_path", "use_numpy_gemm", "BUNDLED_NAME", "REQUIRED_PIPES"]

BUNDLED_NAME = "en_sayso_news"
REQUIRED_PIPES = ("parser", "ner")


def bundled_path() -> Path:
    return Path(str(resources.files("sayso").joinpath("models", BUNDLED_NAME)))


def use_numpy_gemm(nlp) -> None:
    """Let the pipeline's CPU layers multiply matrices with numpy (its BLAS) instead of BLIS.

    thinc's CPU backend calls BLIS for every dense layer, and the BLIS that pip installs
    ran at about a third of numpy's OpenBLAS speed on our machines (37 against 101 GFLOPS
    on one core), which made the whole pipeline nearly twice as slow (benchmarks/nlp.py
    prints both). The product is the same, and so are the parses and entities. Layers on a
    GPU, or on another CPU backend (thinc's Apple ops), are left as they are.
    """
    from thinc.api import NumpyOps

    numpy_ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = numpy_ops


@lru_cache(maxsize=4)
def _load(target: str):
    import spacy  # imported here: commands that never parse text should not pay for it

    try:
        nlp = spacy.load(target)
    except OSError as exc:
        raise ConfigError(
            f"cannot load the spaCy pipeline {target!r}: install it (pip) or give the path of one ({exc})"
        ) from None
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"the spaCy pipeline {target!r} has no {' and no '.join(missing)}: sayso needs both")
    use_numpy_gemm(nlp)
    from .name_norms import NAME_NORMS  # (registers the components)
    from .sentence_guard import SENTENCE_GUARD
    from .tokenizer import add_abbreviations, alias_quote_marks

    add_abbreviations(nlp)
    alias_quote_marks(nlp)

    nlp.add_pipe(NAME_NORMS, first=True)  # (before the shared tok2vec reads the norms)
    nlp.add_pipe(SENTENCE_GUARD, before="parser")
    return nlp


def load_nlp(name: str | None = None, settings: Settings | None = None):
    """The spaCy pipeline to use, loaded once per process and name."""
    name = name or (settings or load_settings()).nlp_model
    if name in (None, BUNDLED_NAME):
        path = bundled_path()
        if not (path / "meta.json").exists():
            raise ConfigError(f"the bundled pipeline is missing from this install ({path}): rebuild it with `make model`")
        return _load(str(path))
    return _load(str(name))
