"""Entity resolution: names written here by hand, one variant or trap at a time, then the library and CLI."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sayso
from sayso.resolve import NameMention, resolve_mentions
from sayso.resolve.entities import Corrections, cluster_mentions
from sayso.resolve.names import canonical_body, fold, parse_name, role_country, spelled_out, token_key

from .conftest import SAMPLES
from .test_cli import run


def mentions_of(*articles: list[tuple[str, str]]) -> list[NameMention]:
    """Mentions from lists of (text, kind), one list per article, at made-up increasing offsets."""
    out = []
    for n, names in enumerate(articles):
        for i, (text, kind) in enumerate(names):
            out.append(NameMention(f"a{n}", i * 100, i * 100 + len(text), text, kind))
    return out


def same(mentions: list[NameMention], a: str, b: str) -> bool:
    keys = dict(zip(((m.article, m.start) for m in mentions), resolve_mentions(mentions)))
    first = next(keys[(m.article, m.start)] for m in mentions if m.text == a)
    return any(keys[(m.article, m.start)] == first for m in mentions if m.text == b)


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("Sergey", "Sergei"), ("Lavrenyev", "Lavreniev"), ("Lavrenyev", "Lavrenev"), ("Nebenzya", "Nebenzia"),
    ("Mohammed", "Muhammad"), ("Mohamed", "Muhammad"), ("Yusuf", "Youssef"), ("Ma'rouf", "Marouf"),
    ("Maarouf", "Marouf"), ("Mu'allem", "Muallem"), ("Özdağlı", "Ozdagli"), ("Tavakkoli", "Tavakoli"),
    ("Tarek", "Tariq"), ("Jameel", "Jamil"), ("Idlib", "Edlib"), ("Raqqa", "Raqqah"), ("Hmeimim", "Khmeimim"),
    ("Kazem-Zadeh", "Kazemzadeh"), ("Rudnyov", "Rudnev"), ("Fyodor", "Fedor"), ("Semyonov", "Semenov"), ("Obukhoff", "Obukhov"),
    ("Zhaksybekov", "Jaksybekov"), ("Muthemba", "Mutemba"), ("Thapaliya", "Tapaliya"),
    # (Somali orthography: c for the ʿayn, x for the ḥ, long vowels doubled)
    ("Maxamed", "Mohamed"), ("Cabdi", "Abdi"), ("Xasan", "Hassan"), ("Jaamac", "Jama"), ("Cilmi", "Ilmi"),
    ("Cabdiraxmaan", "Abdirahman"), ("Faadumo", "Fatuma"),
])  # fmt: skip
def test_transliteration_variants_share_a_key(a, b):
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize("a, b", [
    ("Jamil", "Jamal"), ("Hassan", "Hussein"), ("Gaza", "Giza"), ("Ryabkov", "Ryabov"), ("Malinov", "Malinkov"),
    ("Kazemi", "Kazemzadeh"), ("Rouhani", "Nasrallah"), ("Safra", "Safran"),
])  # fmt: skip
def test_different_names_keep_different_keys(a, b):
    assert token_key(a) != token_key(b)


def test_titles_particles_and_possessives_are_not_the_name():
    assert parse_name("Foreign Minister Sergey Lavrenyev", "PERSON").display == "Sergey Lavrenyev"
    assert parse_name("Sheikh Yusuf Hajjar's", "PERSON").display == "Yusuf Hajjar"
    assert parse_name("Dr. Ettore Di Benedetto", "PERSON").words == parse_name("Ettore de Benedetto", "PERSON").words
    assert parse_name("Nizar al-Ma'rouf", "PERSON").words == parse_name("Nizar El Marouf", "PERSON").words
    assert parse_name("Russia's Foreign Ministry", "ORG").key == parse_name("Russian MFA", "ORG").key
    assert parse_name("Ministry of Foreign Affairs of Russia", "ORG").key == parse_name("Russian Foreign Ministry", "ORG").key
    assert parse_name("Russian Foreign Ministry", "ORG").key != parse_name("Turkish Foreign Ministry", "ORG").key
    assert parse_name("U.N.", "ORG").key == parse_name("United Nations", "ORG").key
    assert parse_name("the", "ORG") is None and parse_name("'s", "PERSON") is None


@pytest.mark.parametrize("long, short", [
    ("the Ministry of Foreign and European Affairs of Slovakia", "Slovak Foreign Ministry"),
    ("Tanzanian Ministry of Foreign Affairs and East African Cooperation", "Tanzanian Foreign Ministry"),
    ("The Ministry of Foreign Affairs of the Republic of the Union of Myanmar", "Myanmar Foreign Ministry"),
    ("Ministry of Foreign Affairs and Trade of Hungary", "Hungarian Foreign Ministry"),
    ("Albanian Ministry for Europe and Foreign Affairs", "Albanian Foreign Ministry"),
    ("the Ministry for Foreign Affairs of Finland", "Finnish Foreign Ministry"),
])
def test_a_foreign_ministry_under_its_long_name_is_the_foreign_ministry(long, short):
    assert canonical_body(long) == short


names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(names, st.sampled_from(["PERSON", "ORG", "LOC", "MISC"]))
@example("U A", "PERSON")  # (a title, then a stop word: no name left)
@example("U\x85{A", "PERSON")  # (a title, then a bracket: the edges stripped again)
def test_normalization_is_idempotent(text, kind):
    assert token_key(token_key(text)) == token_key(text)
    assert fold(fold(text)) == fold(text)
    name = parse_name(text, kind)
    if name is not None:
        again = parse_name(name.display, kind)
        assert again is not None and again.key == name.key


# -- resolution ---------------------------------------------------------------------------------


def test_variants_across_articles_merge_with_a_reason():
    mentions = mentions_of(
        [("Foreign Minister Sergey Lavrenyev", "PERSON"), ("Lavrenyev", "PERSON"), ("UN", "ORG")],
        [("Sergei Lavreniev", "PERSON"), ("United Nations", "ORG"), ("ISIL", "ORG")],
        [("Lavrenev", "PERSON"), ("U.N.", "ORG"), ("Daesh", "ORG"), ("Islamic State", "ORG")],
    )
    clusters = {c.name: c for c in cluster_mentions(mentions)}
    lavrenyev = next(c for c in clusters.values() if "Lavrenev" in c.aliases)
    assert len(lavrenyev.members) == 4 and lavrenyev.name in ("Sergey Lavrenyev", "Sergei Lavreniev")
    other = "Sergei Lavreniev" if lavrenyev.name == "Sergey Lavrenyev" else "Sergey Lavrenyev"
    assert "transliteration" in lavrenyev.aliases[other]
    assert "surname only" in lavrenyev.aliases["Lavrenyev"]
    assert "surname only, the one person" in lavrenyev.aliases["Lavrenev"]
    assert len(clusters["United Nations"].members) == 3
    assert "alias table" in clusters["United Nations"].aliases["UN"]
    assert len(clusters["Islamic State"].members) == 3


def test_surnames_and_acronyms_join_the_full_name_in_their_article():
    mentions = mentions_of(
        [("Syrian Negotiation Body", "ORG"), ("SNB", "ORG"), ("Negotiation Body", "ORG"), ("Hamdani Brigade", "ORG"),
         ("Jamil al-Hamdani Brigade", "ORG")],
    )
    assert same(mentions, "Syrian Negotiation Body", "SNB")
    assert same(mentions, "Syrian Negotiation Body", "Negotiation Body")
    assert same(mentions, "Jamil al-Hamdani Brigade", "Hamdani Brigade")


@pytest.mark.parametrize("a, b, kind_a, kind_b", [
    ("Hassan Rouhani", "Hassan Nasrallah", "PERSON", "PERSON"),
    ("Hafez al-Assad", "Bashar al-Assad", "PERSON", "PERSON"),
    ("Sergei Ryabkov", "Sergei Ryabov", "PERSON", "PERSON"),
    ("Jamil al-Hamdani", "Jamal al-Hamdani", "PERSON", "PERSON"),
    ("Turkish Foreign Ministry", "Russian Foreign Ministry", "ORG", "ORG"),
    ("Russian Foreign Ministry", "Russian Defence Ministry", "ORG", "ORG"),
    ("Jamil al-Hamdani", "Jamil al-Hamdani Brigade", "PERSON", "ORG"),
    ("United Nations", "United Nations Security Council", "ORG", "ORG"),
    ("Tell Safra", "Tell Safran", "LOC", "LOC"),
    ("Islamic State", "Islamic Republic of Iran", "ORG", "LOC"),
])  # fmt: skip
def test_look_alikes_never_merge(a, b, kind_a, kind_b):
    together = mentions_of([(a, kind_a), (b, kind_b)])
    apart = mentions_of([(a, kind_a)], [(b, kind_b)])
    assert not same(together, a, b) and not same(apart, a, b)


def test_a_given_name_a_vowel_apart_joins_when_the_middle_name_agrees():
    mentions = mentions_of([("Damber Bahadur Thapalia", "PERSON")], [("Dambar Bahadur Thapaliya", "PERSON")])
    assert same(mentions, "Damber Bahadur Thapalia", "Dambar Bahadur Thapaliya")
    other = mentions_of([("Damber Prasad Thapalia", "PERSON")], [("Dambar Bahadur Thapaliya", "PERSON")])
    assert not same(other, "Damber Prasad Thapalia", "Dambar Bahadur Thapaliya")


def test_a_mongolian_fathers_initial_joins_the_full_name():
    mentions = mentions_of([("B.Enkhjargal", "PERSON"), ("B.Enkhjargal", "PERSON")], [("Enkhjargal Batbayar", "PERSON")],
                           [("Ch.Ganzorig", "PERSON"), ("Ganzorig Chuluunbaatar", "PERSON")],
                           [("D.Ganzorig", "PERSON")], [("B.Oyunbileg", "PERSON")])
    assert same(mentions, "B.Enkhjargal", "Enkhjargal Batbayar")
    assert same(mentions, "Ch.Ganzorig", "Ganzorig Chuluunbaatar")
    assert not same(mentions, "D.Ganzorig", "Ganzorig Chuluunbaatar")
    assert not same(mentions, "B.Oyunbileg", "Enkhjargal Batbayar")
    clusters = {c.name: c for c in cluster_mentions(mentions)}
    assert "father's-name initial" in clusters["Enkhjargal Batbayar"].aliases["B.Enkhjargal"]  # (the full form names it)
    two = mentions_of([("B.Enkhjargal", "PERSON")], [("Enkhjargal Batbayar", "PERSON")], [("Enkhjargal Bold", "PERSON")])
    assert not same(two, "B.Enkhjargal", "Enkhjargal Batbayar") and not same(two, "B.Enkhjargal", "Enkhjargal Bold")


def test_a_spanish_name_without_its_last_surname_joins_the_full_name():
    mentions = mentions_of([("Jorge Luis Quispe Mamani", "PERSON")], [("Jorge Quispe", "PERSON"), ("Quispe", "PERSON")],
                           [("Ana María Salazar Vega", "PERSON"), ("Salazar", "PERSON")], [("Ana María Salazar", "PERSON")])
    assert same(mentions, "Jorge Quispe", "Jorge Luis Quispe Mamani") and same(mentions, "Quispe", "Jorge Luis Quispe Mamani")
    assert same(mentions, "Ana María Salazar", "Ana María Salazar Vega") and same(mentions, "Salazar", "Ana María Salazar Vega")
    clusters = {c.name: c for c in cluster_mentions(mentions)}
    assert "first of two surnames" in clusters["Jorge Luis Quispe Mamani"].aliases["Jorge Quispe"]
    # (two people it could be: it stays apart)
    two = mentions_of([("Ali Akbar Salehi", "PERSON")], [("Ali Akbar Velayati", "PERSON")], [("Ali Akbar", "PERSON")])
    assert not same(two, "Ali Akbar", "Ali Akbar Salehi") and not same(two, "Ali Akbar", "Ali Akbar Velayati")
    # (a short form whose article already says who it is joins nobody else: Vega and Pérez stay two)
    known = mentions_of([("Ana María Salazar", "PERSON"), ("Ana María Salazar Vega", "PERSON")],
                        [("Ana María Salazar Pérez", "PERSON")])
    assert not same(known, "Ana María Salazar Vega", "Ana María Salazar Pérez")


def test_a_bare_surname_shared_by_two_people_stays_apart():
    mentions = mentions_of([("Hafez al-Assad", "PERSON")], [("Bashar al-Assad", "PERSON")], [("Assad", "PERSON")])
    assert not same(mentions, "Assad", "Hafez al-Assad") and not same(mentions, "Assad", "Bashar al-Assad")
    alone = mentions_of([("Bashar al-Assad", "PERSON")], [("Assad", "PERSON")])
    assert same(alone, "Assad", "Bashar al-Assad")


def test_a_bare_foreign_ministry_means_the_one_its_article_names():
    mentions = mentions_of(
        [("Russian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG")],
        [("Syrian Foreign Ministry", "ORG")],
        [("Foreign Ministry", "ORG")],  # no country anywhere in the article: stays its own
    )
    keys = resolve_mentions(mentions)
    assert keys[0] == keys[1] and keys[1] != keys[2] and keys[3] not in (keys[0], keys[2])


def test_corrections_merge_split_and_alias():
    mentions = mentions_of([("Abu Mohammed al-Golani", "PERSON")], [("Ahmed al-Sharaa", "PERSON")],
                           [("Walid Muallem", "PERSON")], [("Walid al-Moallem", "PERSON")])
    assert not same(mentions, "Abu Mohammed al-Golani", "Ahmed al-Sharaa")
    merged = Corrections(merges=(("PERSON", "Ahmed al-Sharaa", "PERSON", "Abu Mohammed al-Golani"),))
    keys = resolve_mentions(mentions, merged)
    assert keys[0] == keys[1]
    split = Corrections(splits=(("PERSON", "Walid Muallem", "Walid al-Moallem"),))
    keys = resolve_mentions(mentions, split)
    assert keys[2] != keys[3]
    alias = Corrections(aliases={("PERSON", fold("Ahmed al-Sharaa")): "Abu Mohammed al-Golani"})
    clusters = cluster_mentions(mentions, alias)
    assert any(c.name == "Abu Mohammed al-Golani" and len(c.members) == 2 for c in clusters)


people = st.sampled_from([
    ("Sergey Lavrenyev", "PERSON"), ("Sergei Lavreniev", "PERSON"), ("Lavrenyev", "PERSON"), ("Hafez al-Assad", "PERSON"),
    ("Bashar al-Assad", "PERSON"), ("Assad", "PERSON"), ("UN", "ORG"), ("United Nations", "ORG"),
    ("Foreign Ministry", "ORG"), ("Russian Foreign Ministry", "ORG"), ("Syrian Negotiation Body", "ORG"),
    ("SNB", "ORG"), ("Idlib", "LOC"), ("Edlib", "LOC"), ("Malinov", "PERSON"), ("Igor Malinkov", "PERSON"),
])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(people, min_size=1, max_size=5), min_size=1, max_size=6), st.randoms())
def test_the_order_of_articles_does_not_change_the_clusters(articles, rnd):
    def partition(order):
        mentions = [NameMention(f"doc{n}", i * 10, i * 10 + len(t), t, k)
                    for n in order for i, (t, k) in enumerate(articles[n])]
        keys = resolve_mentions(mentions)
        groups: dict[str, set] = {}
        for m, key in zip(mentions, keys):
            groups.setdefault(key, set()).add((m.article, m.start))
        return {frozenset(g) for g in groups.values()}

    order = list(range(len(articles)))
    shuffled = order[:]
    rnd.shuffle(shuffled)
    assert partition(order) == partition(shuffled)


# -- the library, the CLI and the export ---------------------------------------------------------


def test_sample_library_entities_and_speakers(sample_db):
    people = json.loads(run("entities", "--kind", "PERSON", "--json", db=sample_db).stdout)
    volkonsky = next(e for e in people if e["name"] in ("Sergei Volkonsky", "Sergey Volkonskiy"))
    assert {"Volkonsky", "Volkonskiy"} <= set(volkonsky["aliases"])
    assert volkonsky["quote_count"] > 5 and volkonsky["article_count"] > 3
    profile = json.loads(run("entity", "Volkonskiy", "--why", "--json", db=sample_db).stdout)
    assert profile["id"] == volkonsky["id"] and profile["roles"] and profile["outlets"]
    assert all(q["speaker"] == volkonsky["id"] for q in profile["quotes"])
    assert any(c["name"] == "Walid al-Haddad" for c in profile["co_mentions"])
    # Rami Haddad and Walid al-Haddad share a surname, never an entity
    assert not {"Rami Haddad", "Walid al-Haddad"} <= {volkonsky["name"], *volkonsky["aliases"]}
    printed = run("entity", "Volkonsky", "--why", db=sample_db).stdout
    assert "also written:" in printed and "transliteration" in printed and "kept apart" in printed
    assert run("entity", "Nobody Atall", db=sample_db).returncode == 1


def test_export_has_entity_records_and_quotes_carry_their_ids(sample_db):
    records = [json.loads(line) for line in run("export", db=sample_db).stdout.splitlines()]
    entities = {r["id"]: r for r in records if r["type"] == "entity"}
    articles = {r["id"]: r for r in records if r["type"] == "article"}
    assert entities and all(r["mentions"] for r in entities.values())
    for record in entities.values():
        for m in record["mentions"]:
            assert articles[m["article"]]["text"][m["start"] : m["end"]] == m["text"]
    quotes = [r for r in records if r["type"] == "quote"]
    with_speaker = [q for q in quotes if q["speaker"] is not None]
    assert len(with_speaker) > len(quotes) / 2
    assert all(q["speaker"] in entities for q in with_speaker)


def test_corrections_survive_new_ingests(tmp_path, monkeypatch):
    monkeypatch.setenv("SAYSO_QUOTES", "1")
    db = tmp_path / "lib.db"
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Talks resume\n\nThe talks in Geneva resumed on Monday. Abu Bakr Haddadi met Reza Kazemi there.")
    second.write_text("Envoy returns\n\nThe envoy Omar Qassemi said in Astana that the talks would go on.")
    assert run("ingest", first, db=db).returncode == 0
    table = tmp_path / "known.csv"
    table.write_text("name,kind,aliases,wikidata\nAbu Bakr Haddadi,PERSON,Omar Qassemi|Omar Kassemi,Q4242\n")
    assert run("entities", "import", table, db=db).returncode == 0
    assert run("ingest", second, db=db).returncode == 0
    profile = json.loads(run("entity", "Omar Qassemi", "--json", db=db).stdout)
    assert profile["name"] == "Abu Bakr Haddadi" and "wikidata:Q4242" in profile["external_ids"]
    assert "Omar Qassemi" in profile["aliases"]
    speakers = {q["speaker_name"] for q in json.loads(run("quotes", "--json", db=db).stdout)}
    assert speakers == {"Abu Bakr Haddadi"}  # the quote is the entity's, under its name
    split = run("entity", "split", "Abu Bakr Haddadi", "Omar Qassemi", db=db)
    assert split.returncode == 0, split.stderr
    assert json.loads(run("entity", "Omar Qassemi", "--json", db=db).stdout)["name"] == "Omar Qassemi"
    speakers = {q["speaker_name"] for q in json.loads(run("quotes", "--json", db=db).stdout)}
    assert speakers == {"Omar Qassemi"}  # split off: back to the name its article gave
    assert run("entity", "merge", "Reza", "Omar Qassemi", db=db).returncode in (1, 2)  # no guessing on a correction
    merge = run("entity", "merge", "Reza Kazemi", "Omar Qassemi", db=db)
    assert merge.returncode == 0, merge.stderr
    assert run("ingest", first, second, db=db).returncode == 0  # re-processing keeps the corrections
    merged = json.loads(run("entity", "Reza Kazemi", "--json", db=db).stdout)
    assert {"Omar Qassemi", "Reza Kazemi"} <= {merged["name"], *merged["aliases"]}


def test_a_bad_entity_csv_imports_nothing(tmp_path, sample_db):
    db = tmp_path / "lib.db"
    with sayso.open(str(db)):
        pass
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nGood Name,PERSON\nOther,COUNTRY\n")
    result = run("entities", "import", bad, db=db)
    assert result.returncode == 2 and "line 3" in result.stderr and "nothing imported" in result.stderr
    assert run("entities", "import", tmp_path / "missing.csv", db=db).returncode == 2
    assert run("entity", "merge", "x", db=db).returncode == 2


def test_new_articles_keep_entity_ids_and_order_does_not_matter(tmp_path):
    files = [str(p) for p in sorted((SAMPLES / "articles").iterdir()) if p.suffix == ".txt"][:4]

    def clusters(db, batches):
        with sayso.open(str(db), outlets_file=str(SAMPLES / "outlets.csv"), quotes=True) as lib:
            for batch in batches:
                lib.ingest(batch)
            buffer = io.StringIO()
            lib.export(buffer)
        records = [json.loads(line) for line in buffer.getvalue().splitlines()]
        sources = {r["id"]: r["source"] for r in records if r["type"] == "article"}
        entities = [r for r in records if r["type"] == "entity"]
        return ({frozenset((sources[m["article"]], m["start"]) for m in r["mentions"]) for r in entities},
                {r["name"]: r["id"] for r in entities})

    in_order, ids_after = clusters(tmp_path / "a.db", [[f] for f in files])
    reversed_order, _ = clusters(tmp_path / "b.db", [[f] for f in reversed(files)])
    assert in_order == reversed_order
    _, ids_before = clusters(tmp_path / "c.db", [[f] for f in files[:3]])
    kept = [name for name in ids_before if name in ids_after]
    assert kept and all(ids_after[name] == ids_before[name] for name in kept)


def test_the_ner_kind_is_voted_across_the_library():
    mentions = mentions_of([("Daesh", "MISC"), ("Tell Safra", "PERSON")], [("Islamic State", "ORG"), ("Tell Safra", "LOC")],
                           [("Daesh", "LOC"), ("Tell Safra", "LOC")])
    keys = resolve_mentions(mentions)
    assert keys[0] == keys[2] == keys[4]  # the alias table says Daesh is the Islamic State, an ORG
    assert keys[1] == keys[3] == keys[5]  # two of three say LOC
    # a bare surname whose article names the person stays that person, whatever else the library says
    people = mentions_of([("Walid Jordan", "PERSON"), ("Jordan", "LOC")], [("Jordan", "LOC")], [("Jordan", "LOC")])
    keys = resolve_mentions(people)
    assert keys[0] == keys[1] and keys[1] != keys[2]


def test_roles_name_their_country():
    from sayso.resolve.names import role_country

    assert role_country("Russia's deputy foreign minister") == "Russia"
    assert role_country("head of the Iranian delegation") == "Iran"
    assert role_country("Türkiye's top diplomat") == "Turkey"
    assert role_country("spokesman for the council, who told us") is None


def test_mentions_are_trimmed_to_the_name_and_offices_keep_their_country():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sayso.nlp.mentions import find_mentions

    words = ["Russia", "'s", "Foreign", "Ministry", "backed", "the", "UN-sponsored", "talks", ",", "Russian", "Defence",
             "Ministry", "and", "the", "Turkish", "army", "said", "."]
    doc = Doc(Vocab(), words=words, spaces=[False, True, True, True, True, True, True, False, True, True, True, True,
                                             True, True, True, True, False, False])
    ents = ["B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "B-MISC", "O", "O", "B-MISC", "B-ORG", "I-ORG", "O", "O",
            "B-MISC", "O", "O", "O"]
    doc = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], ents=ents)
    found = [(m.text_in(doc.text), m.kind) for m in find_mentions(doc)]
    assert found == [("Russia's Foreign Ministry", "ORG"), ("UN", "MISC"), ("Russian Defence Ministry", "ORG")]


def test_a_mention_takes_the_given_name_the_ner_left_out_and_a_glued_name_it_missed():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from sayso.nlp.mentions import find_mentions

    words = ["Interior", "Minister", "Damber", "Bahadur", "Thapalia", "met", "B.Enkhjargal", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(English().vocab, words=words, spaces=[True] * 6 + [False, False], pos=pos, ents=ents)
    found = [(m.text_in(doc.text), m.kind, m.role) for m in find_mentions(doc)]
    assert found == [("Damber Bahadur Thapalia", "PERSON", "Interior Minister"), ("B.Enkhjargal", "PERSON", None)]


def test_a_speaker_called_by_office_gets_the_one_entity_with_that_office():
    from sayso.resolve.library import resolve_library

    def mention(i, article, text, kind="PERSON", role=None):
        return {"id": i, "article_id": article, "start": i * 50, "end": i * 50 + len(text), "kind": kind, "name": None,
                "role": role, "text": text, "entity_id": None}

    mentions = [mention(1, 1, "Sergei Volkonsky", role="Russia's deputy foreign minister"),
                mention(2, 2, "Hossein Jafarian", role="head of the Iranian delegation"),
                mention(3, 3, "Mehmet Karaduman", role="Turkish Foreign Minister"),
                mention(4, 4, "Walid al-Haddad", role="Syrian foreign minister")]
    quotes = [{"id": 10, "article_id": 5, "speaker_start": 0, "speaker_end": 9, "speaker_name": "the Iranian envoy"},
              {"id": 11, "article_id": 5, "speaker_start": 0, "speaker_end": 9, "speaker_name": "the head of the delegation"},
              {"id": 12, "article_id": 5, "speaker_start": 0, "speaker_end": 9, "speaker_name": "Turkey's top diplomat"},
              {"id": 13, "article_id": 5, "speaker_start": 0, "speaker_end": 9, "speaker_name": "the foreign minister"},
              {"id": 14, "article_id": 5, "speaker_start": 0, "speaker_end": 9, "speaker_name": "Waleed el-Hadad"}]
    result = resolve_library(mentions, quotes, Corrections())
    entity = {e.name: e.id for e in result.entities}
    assert result.speakers[11] == entity["Hossein Jafarian"]
    assert result.speakers[12] == entity["Mehmet Karaduman"]  # "top diplomat" is the foreign minister
    assert result.speakers[13] is None  # two foreign ministers: nobody
    assert result.speakers[10] is None  # no one was called an envoy
    assert result.speakers[14] == entity["Walid al-Haddad"]  # named, in another spelling, in another article


def test_quotes_name_their_speaker_one_way_across_articles(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Talks\n\nSyrian Foreign Minister Walid al-Haddad said on Monday that the talks would resume in Geneva.\n\n"
                   "“We are ready,” Walid al-Haddad said.")
    two.write_text("Geneva\n\nForeign Minister Waleed el-Hadad said the delegation would travel to Geneva on Friday.")
    with sayso.open(str(tmp_path / "lib.db"), quotes=True) as lib:
        lib.ingest([str(one), str(two)])
        speakers = {q["speaker_name"] for q in lib.quotes(limit=50)}
        people = lib.entities(kind="PERSON")
    assert speakers == {"Walid al-Haddad"}
    assert len(people) == 1 and "Waleed el-Hadad" in dict(people[0].aliases)


def test_a_library_without_names_says_how_to_get_them(tmp_path):
    db, article = tmp_path / "lib.db", tmp_path / "a.txt"
    article.write_text("Talks\n\nThe envoy Omar Hadley said in Geneva that the talks would resume.")
    assert run("ingest", article, "--no-quotes", db=db).returncode == 0
    assert "ingest the same inputs again" in run("entities", db=db).stdout
    assert run("ingest", article, db=db, env={"SAYSO_QUOTES": "1"}).returncode == 0
    assert "Omar Hadley" in run("entities", db=db).stdout


@pytest.mark.parametrize("written, canonical", [
    ("Ministry of Agriculture of the Russian Federation", "Russian Ministry of Agriculture"),
    ("The Ministry of Foreign Affairs of Kazakhstan", "Kazakh Foreign Ministry"),
    ("Syria's Health Ministry", "Syrian Health Ministry"),
    ("Ministry of Defence of Jordan", "Jordanian Defense Ministry"),
    ("the U.N.", "United Nations"),
    ("the Northern Coordination Council", "the Northern Coordination Council"),
    ("Ministry of Foreign Affairs, of African Integration and of Ivorians Abroad", "Ministry of Foreign Affairs"),
    ("the South Korean MFA", "South Korean Foreign Ministry"),
    ("the MFA", "Ministry of Foreign Affairs"),
])
def test_canonical_body_puts_a_ministry_s_country_in_front(written, canonical):
    assert canonical_body(written) == canonical


@pytest.mark.parametrize("place, country", [
    ("Baghdad", "Iraq"), ("Aleppo", "Syria"), ("Gaziantep, Turkey", "Turkey"), ("Belgrade", "Serbia"),
    ("Geneva", None), (None, None), ("Piraeus", "Greece"), ("Chiang Mai", "Thailand"),
])
def test_place_country(place, country):
    from sayso.resolve.names import place_country

    assert place_country(place) == country


@pytest.mark.parametrize("body, country, named", [
    ("the Air Force", "Ukraine", "Ukrainian Air Force"),
    ("Ministry of Energy", "Ukraine", "Ukrainian Ministry of Energy"),
    ("Interior Ministry", "Jordan", "Jordanian Interior Ministry"),
    ("Russian Defense Ministry", "Ukraine", "Russian Defense Ministry"),  # (its own country stays)
    ("the camp administration", "Syria", "the camp administration"),  # (no state body)
    ("the Prime Minister's Press Secretariat", "Fiji", "Fijian Prime Minister's Press Secretariat"),
    ("the prime minister's office", "Israel", "Israeli prime minister's office"),
    ("the Salvation Army", "Israel", "the Salvation Army"),
])
def test_with_country_names_a_state_body_s_country(body, country, named):
    from sayso.resolve.names import with_country

    assert with_country(body, country) == named


@pytest.mark.parametrize("office, country", [
    ("Special Presidential Envoy for Syria", None),
    ("Iran's envoy for Syria", "Iran"),
    ("the Russian ambassador to Turkey", "Russia"),
    ("the co-chair from the Syrian side", "Syria"),
    # (a country of several words)
    ("South Korea's foreign ministry", "South Korea"),
    ("the Sri Lankan navy", "Sri Lanka"),
    ("the Special Envoy for South Sudan", None),
    ("the Trinidad and Tobago coast guard", "Trinidad and Tobago"),
])
def test_role_country_is_the_holder_s_not_the_portfolio_s(office, country):
    assert role_country(office) == country


def test_token_key_folds_the_persian_qaf():
    assert token_key("Dehghani") == token_key("Dehqani") and token_key("Ghasemi") == token_key("Qasemi")


@pytest.mark.parametrize("text, acronym, full", [
    ("the Sepehr News Network (SNN) said", "SNN", "Sepehr News Network"),
    # in brackets, the letters may come from inside a word: the long form's letters in order, the first a word's
    ("the Okamuli River Basin Commission (OKRBC) said", "OKRBC", "Okamuli River Basin Commission"),
    ("the Kavango River Authority (KARA) said", "KARA", "Kavango River Authority"),
    # but not letters the words do not hold in that order
    ("the Okamuli River Basin Commission (ORKBC) said", "ORKBC", None),
    # a body's English name before the initials of its own language's
    ("the president of the Independent Union of Ship Officers (NSPO) said", "NSPO", "Independent Union of Ship Officers"),
])
def test_initials_in_brackets_spell_out_a_body(text, acronym, full):
    assert spelled_out(text, acronym) == full
