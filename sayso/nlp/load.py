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

__all__ = ["load_nlp", "bundled_path", "BUNDLED_NAME", "REQUIRED_PIPES"]

BUNDLED_NAME = "en_sayso_news"
REQUIRED_PIPES = ("parser", "ner")


def bundled_path() -> Path:
    return Path(str(resources.files("sayso").joinpath("models", BUNDLED_NAME)))


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
