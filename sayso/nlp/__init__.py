"""Natural-language processing: the spaCy pipeline and the stages built on it."""
from .load import BUNDLED_NAME, bundled_path, load_nlp

__all__ = ["load_nlp", "bundled_path", "BUNDLED_NAME"]
