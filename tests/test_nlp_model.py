"""The bundled pipeline: loads, tokenizes news, parses and finds entities in sentences written here."""
import time

import pytest

from sayso.nlp import load_nlp

from .conftest import SHARED_DATA


@pytest.fixture(scope="module")
def nlp():
    start = time.perf_counter()
    loaded = load_nlp()
    loaded.load_seconds = time.perf_counter() - start
    return loaded


def test_it_loads_with_what_sayso_needs(nlp):
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "LOC", "MISC"}
    assert nlp.load_seconds < 10


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("‘‘We won’t go,’’ said Smith.", ["‘‘", "We", "wo", "n’t", "go", ",", "’’", "said", "Smith", "."]),
        ("The U.S. envoy reached al-Bab on Aug. 24, 20 km north.", ["U.S.", "al-Bab", "Aug.", "24", "20", "km"]),
        ("“We are ready”—said the minister.", ["”", "—", "said"]),
        ("The lecturer, doctor (Ph.D) B.Solongo, considered it.", ["(", "Ph.D", ")", "B.Solongo"]),
    ],
)
def test_news_tokenizer(nlp, text, tokens):
    words = [t.text for t in nlp.make_doc(text)]
    if tokens[0] == "‘‘":
        assert words == tokens
    else:
        assert all(token in words for token in tokens), words


def test_entities_in_sentences_written_here(nlp):
    doc = nlp("Foreign Minister Walid al-Haddad met the United Nations envoy in Damascus on Monday, "
              "the Syrian Foreign Ministry said in a statement.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert any(label == "PERSON" and "Haddad" in text for text, label in found), found
    assert ("Damascus", "LOC") in found, found
    assert any(label == "ORG" and ("United Nations" in text or "Ministry" in text) for text, label in found), found


def test_a_quote_with_said_parses_around_its_verb(nlp):
    doc = nlp("“The talks will continue next week,” the envoy said on Tuesday.")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT" or said.head == said
    assert any(child.dep_ == "nsubj" and child.text == "envoy" for child in said.children)


def test_sentences(nlp):
    doc = nlp("The minister arrived in Ankara on Monday. He met his Turkish counterpart. "
              "Talks will resume in Geneva next week, officials said.")
    assert len(list(doc.sents)) == 3


CONLL_TEST = SHARED_DATA / "conll2003" / "eng.testb"


@pytest.mark.skipif(not CONLL_TEST.exists(), reason=f"CoNLL-2003 is not at {CONLL_TEST} (../shared/data is absent)")
def test_accuracy_gate_on_a_conll_slice(nlp):
    """A broken model must not land: entity F1 on the first 300 sentences of CoNLL-2003 testb."""
    from spacy.tokens import Doc
    from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo

    labels = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
    sentences, words, tags = [], [], []
    for line in CONLL_TEST.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            if len(sentences) == 300:
                break
            continue
        parts = line.split()
        words.append(parts[0])
        tag = parts[-1]
        tags.append(tag if tag == "O" else f"{tag[:2]}{labels[tag[2:]]}")
    examples = []
    for words, tags in sentences:
        gold = Doc(nlp.vocab, words=words)
        gold.ents = biluo_tags_to_spans(gold, iob_to_biluo(tags))
        predicted = nlp(Doc(nlp.vocab, words=words))
        examples.append(Example(predicted, gold))
    from spacy.scorer import Scorer

    f1 = Scorer.score_spans(examples, "ents")["ents_f"]
    assert f1 >= 0.80, f"entity F1 {f1:.3f} on 300 CoNLL testb sentences"


def test_numpy_gemm_gives_the_same_analysis_as_blis(nlp):
    """load_nlp moves the dense layers off BLIS (for speed); tags, parses and entities stay the same."""
    import spacy
    from thinc.api import NumpyOps

    from sayso.nlp.load import bundled_path
    from sayso.nlp.sentence_guard import SENTENCE_GUARD

    layers = [layer for _name, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None
              for layer in pipe.model.walk()]
    assert layers and all(not layer.ops.use_blis for layer in layers if type(layer.ops) is NumpyOps)
    blis = spacy.load(bundled_path())
    blis.add_pipe(SENTENCE_GUARD, before="parser")  # (as load_nlp does)
    assert any(type(layer.ops) is NumpyOps and layer.ops.use_blis
               for _name, pipe in blis.pipeline if getattr(pipe, "model", None) is not None
               for layer in pipe.model.walk())
    text = ("ANKARA, March 3 (Anadolu) - Turkish Foreign Minister Selim Arkan said on Tuesday that talks with "
            "the Iranian delegation in Geneva had been “frank and useful”. “We will meet again,” he told reporters.")
    ours, theirs = nlp(text), blis(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in ours] == \
           [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in theirs]


@pytest.mark.parametrize("opening, closing", [("«", "»"), ("« ", " »"), ("“", "”"), ("„", "“")])
def test_every_double_quote_mark_reads_as_the_straight_one(nlp, opening, closing):
    # (trained on straight quotes, the model made a spaced « a noun, and here the root of the sentence)
    doc = nlp(f"The Ministry also called on the United Nations {opening}to establish without delay an independent commission "
              f"of inquiry{closing} into the attack.")
    marks = [t for t in doc if t.text in (opening.strip(), closing.strip())]
    assert len(marks) == 2 and all(t.dep_ == "punct" for t in marks), [(t.text, t.tag_, t.dep_) for t in doc]
