"""The sentence guard: no sentence starts right after a word, whatever the parser would choose."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

import sayso
from sayso.nlp.sentence_guard import SENTENCE_GUARD, guard_sentences


def test_a_token_after_a_word_is_marked_no_sentence_start_and_others_are_left_to_the_parser():
    vocab = spacy.blank("en").vocab
    words = ["co-chair", "of", "the", "council", ",", "told", "Kaniya", "Press", ".", "She", "said", "U.S.", "Then", "H.E.",
             "Al", "Ketbi"]
    doc = guard_sentences(Doc(vocab, words=words))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["of"] is False and starts["Press"] is False and starts["said"] is False
    assert starts["Al"] is False  # (a title's stop ends no sentence: "H.E. Al Ketbi")
    assert starts["She"] is None and starts["told"] is None  # (after a stop, after a comma: the parser's choice)
    assert starts["Then"] is None  # ("U.S." ends in its stop and may end a sentence)


def test_a_stop_after_a_short_word_with_no_vowel_ends_no_sentence_before_a_capitalised_word():
    vocab = spacy.blank("en").vocab
    words = ["from", "Hdh", ".", "Kulhudhuffushi", ",", "told", "Sun", "Post", ".", "The", "end", "came", ".", "Then"]
    spaces = [True, False, True, False, True, True, True, False, True, True, True, False, True, False]
    starts = {t.text: t.is_sent_start for t in guard_sentences(Doc(vocab, words=words, spaces=spaces))}
    assert starts["Kulhudhuffushi"] is False  # (an atoll's abbreviation: "from Hdh. Kulhudhuffushi")
    assert starts["The"] is None and starts["Then"] is None  # (after a word with a vowel: the parser's choice)


def test_the_loaded_pipeline_runs_the_guard_before_its_parser_and_keeps_a_noun_phrase_whole():
    nlp = sayso.load_nlp()
    names = nlp.pipe_names
    assert names.index(SENTENCE_GUARD) < names.index("parser")
    doc = nlp("Roj Hesen, co-chair of the Tel Tamr Civil Council, told Kaniya Press that 212 mines had been removed.")
    assert len(list(doc.sents)) == 1
