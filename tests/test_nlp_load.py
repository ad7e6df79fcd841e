"""Loading spaCy pipelines: ours by default, any other by name or path, with clear errors."""
import pytest
import spacy

from sayso.config import Settings
from sayso.errors import ConfigError
from sayso.nlp import load_nlp
from sayso.nlp.name_norms import NAME_NORMS
from sayso.nlp.sentence_guard import SENTENCE_GUARD


def test_unknown_pipeline_is_a_clear_error():
    with pytest.raises(ConfigError, match="cannot load the spaCy pipeline 'en_no_such_pipeline'"):
        load_nlp("en_no_such_pipeline")


def test_a_pipeline_without_parser_or_ner_is_refused(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "blank")
    with pytest.raises(ConfigError, match="has no parser and no ner"):
        load_nlp(str(tmp_path / "blank"))


def test_any_pipeline_with_parser_and_ner_loads_by_path_or_setting(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("parser")
    nlp.add_pipe("ner")
    nlp.initialize()
    nlp.to_disk(tmp_path / "tiny")
    loaded = load_nlp(str(tmp_path / "tiny"))
    # (the name norms sayso puts first, and the guard before any parser)
    assert loaded.pipe_names == [NAME_NORMS, SENTENCE_GUARD, "parser", "ner"]
    assert load_nlp(settings=Settings(nlp_model=str(tmp_path / "tiny"))) is loaded  # cached per process
