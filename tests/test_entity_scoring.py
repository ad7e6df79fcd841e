"""The coreference metrics (benchmarks/coref_scoring.py) and the helpers of benchmarks/entities.py
(the benchmark itself is not run here; nothing reads ../shared/data)."""
from __future__ import annotations

import importlib.util
import itertools
import json
import random
import sys
from pathlib import Path

import pytest

from sayso.resolve import NameMention

ROOT = Path(__file__).resolve().parent.parent


def load_benchmark_module(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / filename)
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


cs = load_benchmark_module("coref_scoring", "coref_scoring.py")
ent = load_benchmark_module("entities_benchmark", "entities.py")


def clustering(*clusters: str) -> dict[str, int]:
    """{mention: cluster index} from strings of one-character mention ids: clustering("abc", "de")."""
    return {m: k for k, cluster in enumerate(clusters) for m in cluster}


# The example of Luo (2005), "On coreference resolution performance metrics", figure 1:
# key {1..5} {6,7} {8,9,A,B,C}; four responses.
KEY = clustering("12345", "67", "89ABC")
RESPONSE_A = clustering("12345", "6789ABC")
RESPONSE_B = clustering("1234589ABC", "67")
RESPONSE_C = clustering("123456789ABC")
RESPONSE_D = clustering(*"123456789ABC")


def test_muc_counts_links_on_luo_example():
    a = cs.score_muc(KEY, RESPONSE_A)
    assert (a.recall, a.precision) == (1.0, 0.9)  # 9 of 9 key links; 9 of 10 response links
    assert a.f1 == pytest.approx(0.947, abs=5e-4)
    c = cs.score_muc(KEY, RESPONSE_C)
    assert (c.recall, c.precision) == (1.0, pytest.approx(9 / 11))
    assert c.f1 == pytest.approx(0.9)
    d = cs.score_muc(KEY, RESPONSE_D)
    assert (d.recall, d.precision, d.f1) == (0.0, 0.0, 0.0)  # no response links: 0/0 counts as 0


def test_b_cubed_on_luo_example():
    a = cs.score_b_cubed(KEY, RESPONSE_A)
    assert a.recall == 1.0
    assert a.precision == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12)  # 16/21
    assert a.f1 == pytest.approx(0.865, abs=5e-4)
    b = cs.score_b_cubed(KEY, RESPONSE_B)
    assert b.precision == pytest.approx(7 / 12)
    assert b.f1 == pytest.approx(0.737, abs=5e-4)
    c = cs.score_b_cubed(KEY, RESPONSE_C)
    assert c.precision == pytest.approx((5 * 5 + 2 * 2 + 5 * 5) / 12 / 12)  # 0.375
    d = cs.score_b_cubed(KEY, RESPONSE_D)
    assert (d.precision, d.recall) == (1.0, pytest.approx(3 / 12))
    assert d.f1 == pytest.approx(0.4)


def test_ceaf_e_on_luo_example():
    a = cs.score_ceaf_e(KEY, RESPONSE_A)  # best: {1..5}->{1..5} (1) and {8..C}->{6..C} (10/12)
    assert (a.precision, a.recall) == (pytest.approx(11 / 12), pytest.approx(11 / 18))
    assert a.f1 == pytest.approx(0.733, abs=5e-4)
    b = cs.score_ceaf_e(KEY, RESPONSE_B)
    assert b.f1 == pytest.approx(2 / 3)
    c = cs.score_ceaf_e(KEY, RESPONSE_C)  # one response entity: aligned to a five-mention key entity
    assert (c.precision, c.recall) == (pytest.approx(10 / 17), pytest.approx(10 / 51))
    assert c.f1 == pytest.approx(0.294, abs=5e-4)
    d = cs.score_ceaf_e(KEY, RESPONSE_D)  # three singletons aligned: 1/3 + 2/3 + 1/3
    assert (d.precision, d.recall) == (pytest.approx(4 / 9 / 4), pytest.approx(4 / 9))
    assert d.f1 == pytest.approx(8 / 45)


def test_conll_is_the_mean_of_the_three_f1():
    expected = (cs.score_muc(KEY, RESPONSE_A).f1 + cs.score_b_cubed(KEY, RESPONSE_A).f1
                + cs.score_ceaf_e(KEY, RESPONSE_A).f1) / 3
    assert cs.score_conll(KEY, RESPONSE_A) == pytest.approx(expected)


def test_pairwise_counts_pairs_from_cluster_sizes():
    counts = cs.count_pairs(KEY, RESPONSE_A)
    assert (counts.gold, counts.system, counts.both) == (10 + 1 + 10, 10 + 21, 21)
    score = cs.score_pairwise(KEY, RESPONSE_A)
    assert (score.precision, score.recall) == (pytest.approx(21 / 31), 1.0)


def test_pairwise_splits_pairs_within_and_across_blocks():
    gold = clustering("abx", "c")
    system = clustering("ax", "b", "c")
    article = {"a": 1, "b": 1, "c": 1, "x": 2}.__getitem__
    within = cs.count_pairs(gold, system, block=article)
    across = cs.count_pairs(gold, system) - within
    assert (within.gold, within.system, within.both) == (1, 0, 0)  # a-b
    assert (across.gold, across.system, across.both) == (2, 1, 1)  # a-x, b-x; the system has a-x
    assert across.score() == cs.Score(1.0, 0.5)


@pytest.mark.parametrize("gold", [KEY, clustering("abcdef"), clustering(*"abcdef"), clustering("ab", "cde", "f")])
def test_identical_clusterings_score_one_except_muc_without_links(gold):
    assert cs.score_b_cubed(gold, dict(gold)) == cs.Score(1.0, 1.0)
    assert cs.score_ceaf_e(gold, dict(gold)) == cs.Score(1.0, 1.0)
    has_links = len(set(gold.values())) < len(gold)
    assert cs.score_muc(gold, dict(gold)) == (cs.Score(1.0, 1.0) if has_links else cs.Score(0.0, 0.0))
    assert cs.score_pairwise(gold, dict(gold)) == (cs.Score(1.0, 1.0) if has_links else cs.Score(0.0, 0.0))


def test_cluster_ids_need_not_match_only_the_partition_counts():
    gold = clustering("ab", "cde")
    renamed = {m: f"x{k}" for m, k in gold.items()}
    assert cs.score_conll(gold, renamed) == 1.0


def test_one_big_cluster_against_singletons():
    one = clustering("abcd")
    single = clustering(*"abcd")
    assert cs.score_b_cubed(one, single) == cs.Score(1.0, 0.25)
    assert cs.score_b_cubed(single, one) == cs.Score(0.25, 1.0)
    assert cs.score_muc(one, single) == cs.Score(0.0, 0.0)
    assert cs.score_muc(single, one) == cs.Score(0.0, 0.0)  # no gold links to find
    assert cs.score_ceaf_e(one, single) == cs.Score(pytest.approx(0.4 / 4), pytest.approx(0.4))  # 2*1/(4+1)
    assert cs.score_pairwise(one, single) == cs.Score(0.0, 0.0)
    assert cs.score_pairwise(single, one) == cs.Score(0.0, 0.0)


def test_undetected_mentions_are_singletons_and_extra_ones_are_ignored():
    gold = clustering("abc")
    system = {"a": 1, "b": 1, "z": 1}  # c undetected, z not in gold
    assert cs.align_to_gold(gold, system)["c"] != 1
    assert cs.score_b_cubed(gold, system) == cs.Score(1.0, pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3))
    assert cs.score_muc(gold, system) == cs.Score(1.0, 0.5)
    assert cs.score_pairwise(gold, system) == cs.Score(1.0, pytest.approx(1 / 3))


def test_b_cubed_can_average_over_a_subset_of_mentions():
    gold = clustering("ab", "cd")
    system = clustering("abc", "d")
    ab = cs.score_b_cubed(gold, system, ["a", "b"])
    assert ab == cs.Score(pytest.approx(2 / 3), 1.0)
    cd = cs.score_b_cubed(gold, system, ["c", "d"])
    assert cd == cs.Score(pytest.approx((1 / 3 + 1) / 2), 0.5)


def test_f_beta_weights_precision_when_beta_is_below_one():
    assert cs.f_beta(1.0, 0.5, 1.0) == pytest.approx(2 / 3)
    assert cs.f_beta(1.0, 0.5, 0.5) == pytest.approx(1.25 * 0.5 / (0.25 + 0.5))
    assert cs.f_beta(0.5, 1.0, 0.5) < cs.f_beta(1.0, 0.5, 0.5)
    assert cs.f_beta(0.0, 0.0) == 0.0


def brute_force_assignment(weights) -> float:
    rows, cols = len(weights), len(weights[0])
    if rows <= cols:
        return max(sum(weights[i][j] for i, j in enumerate(p)) for p in itertools.permutations(range(cols), rows))
    return max(sum(weights[i][j] for j, i in enumerate(p)) for p in itertools.permutations(range(rows), cols))


@pytest.mark.parametrize("seed", range(12))
def test_assignment_solvers_find_the_maximum(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    weights = [[rng.choice([0.0, rng.random()]) for _ in range(cols)] for _ in range(rows)]
    best = brute_force_assignment(weights)
    for solve in (cs.hungarian_max, cs.solve_assignment):
        pairs = solve(weights)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})  # one-to-one
        assert sum(weights[i][j] for i, j in pairs) == pytest.approx(best)


def brute_force_ceaf_e(gold, system) -> float:
    keys, responses = cs.group_clusters(gold), cs.group_clusters(system)
    weights = [[cs.phi4(k, r) for r in responses] for k in keys]
    return brute_force_assignment(weights)


@pytest.mark.parametrize("seed", range(8))
def test_ceaf_e_split_into_components_matches_one_global_alignment(seed):
    rng = random.Random(100 + seed)
    mentions = "abcdefghi"
    gold = {m: rng.randint(0, 4) for m in mentions}
    system = {m: rng.randint(0, 4) for m in mentions}
    total = brute_force_ceaf_e(gold, system)
    score = cs.score_ceaf_e(gold, system)
    assert score.recall == pytest.approx(total / len(set(gold.values())))
    assert score.precision == pytest.approx(total / len(set(system.values())))


# -- benchmarks/entities.py helpers --------------------------------------------------------------
def tokens_of(*words: str, headline: bool = False) -> list:
    """Tokens of one sentence, as build_document makes them."""
    _, rows = ent.build_document([list(words)])
    row = rows[0]
    return [ent.Token(t.text, t.start, t.end, t.initial, headline) for t in row]


def name_of(words: str, kind: str = "PERSON", lower_words=frozenset(), prefix: str = "Yesterday") -> str | None:
    """The bare name the filter keeps from ``words`` (placed after ``prefix`` unless it is empty), or None."""
    sentence = ([prefix] if prefix else []) + words.split()
    tokens = tokens_of(*sentence)[1 if prefix else 0:]
    span, _ = ent.select_name(tokens, kind, frozenset(lower_words))
    return None if span is None else " ".join(t.text for t in tokens[span[0]:span[1]])


def test_build_document_offsets_point_at_the_tokens():
    text, rows = ent.build_document([["T", "-", "Mobile", "'s", "chief", ",", "he", "said", "."],
                                     ["(", "AMD", ")", "\\n", "Next"]])
    assert text == "T-Mobile's chief, he said.\n(AMD)\nNext"
    for row in rows:
        for token in row:
            assert text[token.start:token.end] == token.text
    assert [t.initial for t in rows[1]] == [False, True, False, False, False]


def test_headlines_are_mostly_capitalised_lines():
    assert ent.is_headline("Polygamist Leaders Arrested In Canada".split())
    assert ent.is_headline("WEST PALM BEACH , Fla.".split())
    assert not ent.is_headline("Northrop Grumman and Airbus parent EADS defeat Boeing".split())


def test_lower_words_are_those_written_lower_case_at_least_as_often():
    docs = [[["Police", "said", "the", "police", "left"], ["He", "bought", "Apple", "shares", "at", "apple.com"],
             ["Later", "Apple", "rose"], ["All", "Caps", "Headline", "Police"]]]
    lower = ent.collect_lower_words(docs)
    assert "police" in lower and "said" in lower
    assert "apple" not in lower  # twice capitalised inside sentences; "apple.com" is no word
    assert "later" not in lower  # sentence-initial words are not counted


@pytest.mark.parametrize("words, kind, expected", [
    ("in Sonoma County", "LOC", "Sonoma County"),
    ("near The Geysers", "LOC", "Geysers"),
    ("President Donald Trump", "PERSON", "Donald Trump"),
    ("Mr. Kim", "PERSON", "Kim"),
    ("Apple CEO Tim Cook", "PERSON", "Tim Cook"),
    ("Martin Luther King Jr.", "PERSON", "Martin Luther King Jr."),
    ("President Trump 's", "PERSON", "Trump"),
    ("Fundamentalist Church of Jesus Christ of Latter - day Saints", "ORG",
     "Fundamentalist Church of Jesus Christ of Latter - day Saints"),  # connectors; "day" follows a hyphen
    ("Kim Jong - un", "PERSON", "Kim Jong - un"),
    ("BlackBerry Curve 8900", "MISC", "BlackBerry Curve 8900"),
    ("iPhone", "MISC", "iPhone"),
    ("Polygamist prophet Warren Jeffs", "PERSON", None),
    ("Advanced Micro Devices ( AMD", "ORG", None),
    ("he", "PERSON", None),
    ("40 Palestinians", "PERSON", None),
    ("President of the United States", "PERSON", None),
    ("Apple Computer CEO", "PERSON", None),
    ("Asian", "LOC", None),
    ("Christian", "PERSON", "Christian"),
    ("Australians", "PERSON", None),
])
def test_select_name_keeps_bare_proper_names(words, kind, expected):
    assert name_of(words, kind) == expected


def test_sentence_initial_capitals_count_only_for_names():
    assert name_of("Police", "PERSON", {"police"}, prefix="") is None
    assert name_of("Police", "PERSON", set(), prefix="") == "Police"  # never written "police": a name
    assert name_of("AMD", "ORG", {"amd"}, prefix="") == "AMD"  # an acronym still counts
    assert name_of("Police", "PERSON", {"police"}) == "Police"  # inside a sentence the capital is telling
    headline = tokens_of("MEN", "ARRESTED", "IN", "CANADA", headline=True)
    assert ent.select_name(headline[:1], "PERSON", frozenset({"men"}))[0] is None
    assert ent.select_name(headline[3:], "LOC", frozenset({"men"}))[0] == (0, 1)


def test_trim_characters_drops_glued_quotes_commas_and_possessives():
    text = '"Sudan AMD\'s Inc.,'
    assert text[slice(*ent.trim_characters(text, 0, 6))] == "Sudan"
    assert text[slice(*ent.trim_characters(text, 7, 12))] == "AMD"
    assert text[slice(*ent.trim_characters(text, 13, 18))] == "Inc."


def make_item(article: str, text: str, entity: str, start: int = 0, kind: str = "ORG", scope: str = ""):
    return ent.Item(NameMention(article, start, start + len(text), text, kind), entity, scope)


def test_filter_keeps_one_mention_per_span_and_drops_coordinations():
    filt = ent.MentionFilter(frozenset())
    items = [make_item("d1", "Apple", "A"), make_item("d1", "Apple", "A"),  # annotated twice
             make_item("d2", "Korea", "N"), make_item("d2", "Korea", "S"),  # two gold entities
             make_item("d3", "AT&T", "T", 10), make_item("d3", "Apple and AT&T", "G", 20),
             make_item("d3", "Immigration and Customs Enforcement", "I", 40)]
    kept = filt.finish(items)
    assert [(it.mention.article, it.mention.text) for it in kept] == [
        ("d1", "Apple"), ("d3", "AT&T"), ("d3", "Immigration and Customs Enforcement")]
    assert filt.counts["dropped: same span and entity as another mention"] == 1
    assert filt.counts["dropped: one span, several gold entities"] == 2
    assert filt.counts["dropped: two names joined by and"] == 1
    assert filt.counts["kept"] == 3


def test_read_conll_pairs_nested_brackets_per_chain(tmp_path):
    rows = [("d/1", 0, 0, "Airbus", "(E1| (A)"), ("d/1", 0, 1, "parent", "-"), ("d/1", 0, 2, "EADS", "(E1)| E1)"),
            ("d/1", 0, 3, "won", "-"), ("d/1", 1, 0, "\\n", "-"), ("d/1", 1, 1, "It", "(E1)")]
    path = tmp_path / "x.conll"
    path.write_text("#begin document (d/1); part 000\n" + "\n".join("\t".join(map(str, r)) + "\t" for r in rows)
                    + "\n#end document\n", encoding="utf-8")
    docs, mentions = ent.read_conll(path)
    assert docs == {"d/1": [["Airbus", "parent", "EADS", "won"], ["\\n", "It"]]}
    assert sorted((m.chain, m.sentence, m.first, m.last) for m in mentions) == [
        ("A", 0, 0, 0), ("E1", 0, 0, 2), ("E1", 0, 2, 2), ("E1", 1, 1, 1)]


def test_chain_kinds():
    assert ent.meantime_kind("cross_intra_ORG3715") == "ORG"
    assert ent.meantime_kind("intra_PRO5614") == "MISC"
    assert ent.meantime_kind("cross_OTH4001") is None  # an event
    assert ent.newswcl_kind("0_USA_Trump_ACTOR") == "PERSON"
    assert ent.newswcl_kind("8_USA_USA-I_ACTOR-I") is None
    assert ent.newswcl_kind("0_USA_COUNTRY") == "LOC"


def test_baseline_matches_lower_cased_text_within_kind():
    mentions = [NameMention("a", 0, 5, "Apple", "ORG"), NameMention("b", 0, 5, "APPLE", "ORG"),
                NameMention("c", 0, 5, "Apple", "MISC"), NameMention("c", 9, 12, "IBM", "ORG")]
    keys = ent.resolve_baseline(mentions)
    assert keys[0] == keys[1] and len(set(keys)) == 3


def test_run_system_calls_the_resolver_once_per_scope():
    items = [make_item("d1", "Kim", "x", scope="0"), make_item("d2", "Kim", "x", scope="0"),
             make_item("d3", "Kim", "x", scope="1")]
    calls = []

    def resolve(mentions):
        calls.append(len(mentions))
        return ["same"] * len(mentions)

    system, _ = ent.run_system(resolve, items)
    assert calls == [2, 1]
    assert system[0] == system[1] != system[2]
    with pytest.raises(ValueError):
        ent.run_system(lambda mentions: [], items)


def test_trap_violations_count_entity_pairs_and_mention_pairs():
    gold = {0: "P:a", 1: "P:a", 2: "P:b", 3: "P:c"}
    system = {0: 1, 1: 1, 2: 1, 3: 2}
    found = ent.count_trap_violations([("P:a", "P:b"), ("P:a", "P:c")], gold, system)
    assert (found["pairs"], found["mention_pairs"]) == (1, 2)
    assert found["violated"] == [{"a": "P:a", "b": "P:b", "mention_pairs": 2}]


def test_own_gold_set_loads_as_its_readme_counts():
    dataset = ent.load_own()
    items = dataset.items
    assert len(items) == 503 and len({it.entity for it in items}) == 70 and len(dataset.traps) == 23
    assert not dataset.notes  # every mention's text is at its offsets
    gold = {k: it.entity for k, it in enumerate(items)}
    within = cs.count_pairs(gold, gold, block=lambda k: items[k].mention.article)
    assert (cs.count_pairs(gold, gold).gold, within.gold) == (3345, 283)
    one_cluster = dict.fromkeys(gold, "all")
    traps = ent.count_trap_violations(dataset.traps, gold, one_cluster)
    assert (traps["pairs"], traps["mention_pairs"]) == (23, 1626)
    oracle = ent.score_system(dataset, gold, {k: f"x{v}" for k, v in gold.items()})
    assert oracle["conll_f1"] == 1.0 and oracle["pairwise_cross"]["f1"] == 1.0 and oracle["traps"]["pairs"] == 0


def test_missing_data_is_skipped_with_a_reason(tmp_path, capsys):
    assert ent.main(["--only", "ecbplus", "--data", str(tmp_path)]) == 0
    assert f"skipped ecbplus: no data at {tmp_path}/ecbplus" in capsys.readouterr().out
    assert ent.main(["--only", "newswcl50", "--data", str(tmp_path), "--json"]) == 0
    assert "newswcl50" in json.loads(capsys.readouterr().out)["skipped"]
