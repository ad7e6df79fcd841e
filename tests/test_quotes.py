"""The quote stage on sentences written here, one hard case at a time, plus its properties."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sayso
from sayso.nlp.marks import find_segments
from sayso.nlp.people import collect_people
from sayso.nlp.quotes import find_quotes
from sayso.nlp.stage import annotate_quotes, parse_text

from .test_cli import run


@pytest.fixture(scope="module")
def nlp():
    return sayso.load_nlp()


def quotes_of(text, nlp):
    return [
        {"text": q.text_in(text), "kind": q.kind, "cue": q.cue_in(text), "speaker_text": q.speaker_text_in(text),
         "speaker": q.speaker_name, "medium": q.medium}
        for q in annotate_quotes(text, nlp)
    ]


def quotes_by_text(text, nlp):
    """``quotes_of`` keyed by each quote's text."""
    return {q["text"]: q for q in quotes_of(text, nlp)}


def through_pipeline(text, outlet=None):
    """The article the whole pipeline makes of ``text`` (media named as the outlet table and the article say)."""
    from sayso.ingest.outlets import OutletTable
    from sayso.model import Document
    from sayso.nlp.stage import NlpStage
    from sayso.pipeline import Pipeline

    return Pipeline(OutletTable(), (NlpStage(),))(Document(source="t.txt", content=text, outlet=outlet))


def shortest(text, nlp, fragment):
    """The shortest quote of ``text`` that holds ``fragment`` (a quote inside another holds it too)."""
    return min((q for q in quotes_of(text, nlp) if fragment in q["text"]), key=lambda q: len(q["text"]))


def only(text, nlp, fragment):
    found = [q for q in quotes_of(text, nlp) if fragment in q["text"]]
    assert len(found) == 1, quotes_of(text, nlp)
    return found[0]


# -- quote marks alone ------------------------------------------------------------------------


@pytest.mark.parametrize("text, inner", [
    ("“We are ready,” he said.", "We are ready,"),
    ('"We are ready," he said.', "We are ready,"),
    ("«We are ready», — said the minister.", "We are ready"),
    ("„We are ready“, - said Rudnev.", "We are ready"),
    ("``We are ready,'' he said.", "We are ready,"),
    ("‘‘We are ready,’’ he said.", "We are ready,"),
    ("“We are ready,’’ he said.", "We are ready,"),
    ("‘We are ready,’ he said.", "We are ready,"),
    ("« We are ready », a-t-il dit.", " We are ready "),
    # the Nordic marks: Finnish and Swedish ”…”, Danish and Slovenian »…«
    ("”We are ready”, he says.", "We are ready"),
    ("»We are ready,« said Ana Kovač.", "We are ready,"),
])
def test_every_quote_mark_pairs(text, inner):
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments if s.depth == 0] == [inner]


def test_apostrophes_are_not_quote_marks():
    text = "The ministers’ meeting didn’t start; al-Mu'allem's aides and the '90s veterans waited."
    assert find_segments(text) == []


def test_a_quote_inside_a_nordic_quote_and_an_unclosed_one_after_a_colon():
    text = "”The captain said: ’Nobody is left alone here.’ Then he went up”, she tells."
    assert [(text[s.start : s.end], s.depth) for s in find_segments(text)] == [
        ("The captain said: ’Nobody is left alone here.’ Then he went up", 0), ("Nobody is left alone here.", 1)]
    # (a single mark left open at the paragraph's end counts as a quote after a colon; not the apostrophe of "’90s")
    text = "Father Koen says: ‘Let her first get better. Then we will talk.\n\nIn the ’90s the school was small."
    assert [text[s.start : s.end] for s in find_segments(text)] == ["Let her first get better. Then we will talk."]


def test_a_closing_mark_after_a_word_opens_nothing():
    # (a stray ” or » after a word, with no quote open, is no opening of a Nordic quote)
    assert find_segments("The minister said.” Then the talks ended» and the envoy left.") == []


def test_a_quote_runs_over_paragraphs_and_an_unclosed_one_ends_with_its_paragraph():
    text = "“First part of it.\n\n“Second part,” she said.\n\n“Never closed here\n\nNarration goes on."
    segments = [s for s in find_segments(text) if s.depth == 0]
    first, second, unclosed = segments
    assert first.continues and not first.closed and second.continued
    assert not unclosed.closed and not unclosed.continues and text[unclosed.start : unclosed.end] == "Never closed here"


# -- direct quotes and their attribution ------------------------------------------------------


def test_attribution_after_before_and_in_the_middle(nlp):
    text = (
        "Talks resume\n\n"
        "Russian Foreign Minister Sergey Volkonsky arrived in Ankara on Monday.\n\n"
        "“The center is working,” Volkonsky told reporters. “It will go on working.”\n\n"
        "The minister added: “Nobody wants a new war in the north.”"
    )
    after = only(text, nlp, "The center is working")
    assert after["kind"] == "direct" and after["cue"] == "told" and after["speaker"] == "Sergey Volkonsky"
    second = only(text, nlp, "It will go on working")
    assert second["speaker"] == "Sergey Volkonsky" and second["cue"] == "told"
    before = only(text, nlp, "Nobody wants a new war")
    assert before["cue"] == "added" and before["speaker_text"] == "The minister"
    assert before["speaker"] == "Sergey Volkonsky"


def test_a_dash_glued_to_the_verb_is_part_of_the_cue(nlp):
    text = "MOSCOW, March 3. /CTA/. «We do not exclude a new round in April», — said Volkonsky."
    q = only(text, nlp, "We do not exclude")
    assert q["cue"] == "— said" and q["kind"] == "direct" and q["speaker"] == "Volkonsky"


def test_a_quote_only_paragraph_continues_the_previous_speaker(nlp):
    text = (
        "Syrian Foreign Minister Walid al-Haddad spoke after the meeting.\n\n"
        "“Our position has not changed,” al-Haddad said.\n\n"
        "“Damascus is ready for a serious dialogue about the north and about the border.”"
    )
    q = only(text, nlp, "Damascus is ready")
    assert q["kind"] == "direct" and q["speaker"] == "Walid al-Haddad" and q["cue"] is None


def test_an_unclosed_quote_at_the_end_never_crashes(nlp):
    text = "The envoy was blunt. She said: “We will not sign anything that divides the country"
    q = only(text, nlp, "We will not sign")
    assert q["kind"] == "direct"


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = (
        "Residents of the “liberated” villages watched the convoy pass.\n\n"
        "Operation “Cedar Dawn” ended in March, and the book «The Long Table» was reprinted."
    )
    assert quotes_of(text, nlp) == []


# -- indirect and mixed speech ----------------------------------------------------------------


def test_reported_speech_shapes(nlp):
    text = (
        "Jordanian Foreign Minister Tariq Obeidat met the envoy in Amman.\n\n"
        "Obeidat told AFP that Amman would not push anyone across the border.\n\n"
        "The talks will resume in May, the minister said on Monday, adding that Iran would take part.\n\n"
        "According to Obeidat, the next round will be held in Beirut."
    )
    told = only(text, nlp, "Amman would not push anyone")
    assert told["kind"] == "indirect" and told["cue"] == "told" and told["medium"] == "AFP"
    assert told["speaker"] == "Tariq Obeidat"
    fronted = only(text, nlp, "The talks will resume in May")
    assert fronted["cue"] == "said" and fronted["speaker"] == "Tariq Obeidat"
    adding = only(text, nlp, "Iran would take part")
    assert adding["cue"] == "adding" and adding["speaker"] == "Tariq Obeidat"
    according = only(text, nlp, "the next round will be held in Beirut")
    assert according["cue"] == "According to" and according["speaker"] == "Tariq Obeidat"


def test_a_clause_with_a_quoted_fragment_is_mixed(nlp):
    text = "Turkish Foreign Minister Mehmet Karaduman said the meeting had been “fruitful and frank”."
    q = only(text, nlp, "the meeting had been")
    assert q["kind"] == "mixed" and q["speaker"] == "Mehmet Karaduman"


def test_in_someones_view(nlp):
    text = "Analyst Leyla Ersoy spoke to the Ledger. In Ersoy's view, the guarantors have run out of patience."
    q = only(text, nlp, "the guarantors have run out of patience")
    assert q["cue"] == "In Ersoy's view" and q["speaker"] == "Leyla Ersoy"


def test_people_who_share_a_surname_stay_apart(nlp):
    text = (
        "Syria's foreign minister, Walid al-Haddad, left without comment.\n\n"
        "Rami Haddad, a Beirut-based analyst, warned that the corridor could collapse within weeks."
    )
    assert only(text, nlp, "the corridor could collapse")["speaker"] == "Rami Haddad"


def test_an_organisation_speaks(nlp):
    text = "The Russian Defense Ministry said that its units had fully respected the pause."
    q = only(text, nlp, "its units had fully respected")
    assert q["speaker"] and "Defense Ministry" in q["speaker"]


# -- properties -------------------------------------------------------------------------------

_MARKS = st.sampled_from(list("“”\"‘’'«»„‹›`") + ["’’", "''", "``", "\n\n", ", he said", ": ", " — "])
_TEXT = st.lists(st.one_of(st.text(max_size=30), _MARKS), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_any_text_gives_quotes_whose_spans_lie_inside_it(nlp, text):
    doc = parse_text(text, nlp)
    assert doc.text == text
    for q in annotate_quotes(text, nlp):
        assert 0 <= q.start < q.end <= len(text)
        assert q.kind in ("direct", "indirect", "mixed")
        for a, b in ((q.cue_start, q.cue_end), (q.speaker_start, q.speaker_end)):
            assert (a is None) == (b is None)
            if a is not None:
                assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_segments_lie_inside_the_text_and_do_not_cross(text):
    segments = find_segments(text)
    for s in segments:
        assert 0 <= s.open_start < s.start <= s.end <= s.close_end <= len(text)
    top = [s for s in segments if s.depth == 0]
    for a, b in zip(top, top[1:]):
        assert a.close_end <= b.open_start


def test_a_huge_paragraph_is_handled(nlp):
    text = "“" + "The envoy spoke again and again about the corridor. " * 400 + "” he said."
    found = annotate_quotes(text, nlp)
    assert found and all(0 <= q.start < q.end <= len(text) for q in found)


# -- library, CLI and export ------------------------------------------------------------------


def test_cli_quotes_filters_and_show(sample_db):
    everything = json.loads(run("quotes", "--json", "--limit", "500", db=sample_db).stdout)
    assert len(everything) > 100 and {q["kind"] for q in everything} == {"direct", "indirect", "mixed"}
    assert all(q["type"] == "quote" and q["text"] for q in everything)
    karaduman = json.loads(run("quotes", "--speaker", "Karaduman", "--json", db=sample_db).stdout)
    assert karaduman and all("Karaduman" in (q["speaker_name"] or "") + (q["speaker_text"] or "") for q in karaduman)
    wire = json.loads(run("quotes", "--outlet", "Global Wire", "--json", db=sample_db).stdout)
    assert wire and {q["outlet"] for q in wire} == {"Global Wire"}
    found = json.loads(run("quotes", "--search", "sovereignty", "--json", db=sample_db).stdout)
    assert found and all("sovereignty" in q["text"].lower() for q in found)
    dated = json.loads(run("quotes", "--since", "2026-03-10", "--json", db=sample_db).stdout)
    assert dated and all(q["published"] >= "2026-03-10" for q in dated)
    assert run("quotes", "--since", "10/03/2026", db=sample_db).returncode == 2
    text = run("quotes", "--speaker", "Karaduman", db=sample_db).stdout
    assert "Mehmet Karaduman" in text
    show = json.loads(run("show", str(karaduman[0]["article"]), "--json", db=sample_db).stdout)
    assert any(q["id"] == karaduman[0]["id"] for q in show["quotes"])
    printed = run("show", str(karaduman[0]["article"]), db=sample_db).stdout
    assert "quotes (" in printed


def test_reingest_fills_in_quotes_of_articles_stored_without_them(tmp_path, monkeypatch):
    db = tmp_path / "later.db"
    article = tmp_path / "a.txt"
    article.write_text("Envoy speaks\n\n“We are ready to talk,” the envoy Ines Montalban said in Geneva.")
    assert run("ingest", article, "--no-quotes", db=db).returncode == 0
    assert json.loads(run("quotes", "--json", db=db).stdout) == []
    assert "1 unchanged" in run("ingest", article, db=db, env={"SAYSO_QUOTES": "1"}).stdout
    quotes = json.loads(run("quotes", "--json", db=db).stdout)
    assert [q["speaker_name"] for q in quotes] == ["Ines Montalban"]


# -- PolNeAR-tuned rules (one hand-written sentence each) ---------------------------------------


def test_doubled_apostrophes_pair_as_quote_marks():
    text = "''We will not sign this paper,'' the envoy said."
    seg = find_segments(text)
    assert [text[s.start : s.end] for s in seg] == ["We will not sign this paper,"]


def test_a_belief_inside_a_reported_clause_is_not_reported_twice(nlp):
    text = "The senator said she believes the bill will pass before the summer recess."
    found = quotes_of(text, nlp)
    assert len(found) == 1, found
    assert found[0]["cue"] == "said" and found[0]["text"].startswith("she believes")


def test_the_speaker_span_holds_its_appositive_but_the_name_is_resolved(nlp):
    text = "Maria Lindqvist, a lawyer who represents the farmers, said the ruling ignored the evidence."
    q = only(text, nlp, "the ruling ignored")
    assert q["speaker_text"] == "Maria Lindqvist, a lawyer who represents the farmers"
    assert q["speaker"] == "Maria Lindqvist"
    text = "“The ruling ignored the evidence,” said Maria Lindqvist, a lawyer for the farmers."
    q = only(text, nlp, "The ruling ignored")
    assert q["speaker_text"] == "Maria Lindqvist, a lawyer for the farmers"
    assert q["speaker"] == "Maria Lindqvist"


def test_a_title_before_a_name_after_the_cue_is_part_of_the_speaker(nlp):
    text = "“This is a sad day for the valley,” said Sen. Tom Alder of Vermont."
    q = only(text, nlp, "sad day")
    assert q["speaker_text"].startswith("Sen. Tom Alder")


def test_a_long_office_before_the_verb_and_a_day_after_it(nlp):
    text = ("Talks\n\n“Our guess is that the vote will fail,” Senate Majority Leader Omar Hadley, R-Ky., said Tuesday.")
    found = quotes_of(text, nlp)
    assert [q["kind"] for q in found] == ["direct"]
    assert found[0]["cue"] == "said" and "Hadley" in (found[0]["speaker"] or "")


def test_a_curly_quote_after_an_open_straight_one_starts_afresh(nlp):
    text = ('Profile\n\n"Mara thought the whole thing was absurd. She was tired, sure, but not ill.\n\n'
            "“It never crossed my mind that I was ill,” she said months later.")
    found = quotes_of(text, nlp)
    assert any(q["text"].startswith("It never crossed my mind") and q["cue"] == "said" for q in found)


def test_a_document_speaks_through_show_and_find(nlp):
    found = quotes_of("Poll\n\nA survey published on Monday shows that most residents back the ceasefire.", nlp)
    assert [(q["kind"], q["cue"]) for q in found] == [("indirect", "shows")]
    assert quotes_of("Tour\n\nThe guide shows that the old bridge still stands.", nlp) == []


def test_what_someone_called_for(nlp):
    found = quotes_of("Strike\n\nThe opposition leader called for an independent inquiry into the strike.", nlp)
    assert [(q["kind"], q["cue"], q["text"]) for q in found] == [("indirect", "called", "an independent inquiry into the strike")]


def test_a_short_quote_is_a_quote_when_its_cue_follows(nlp):
    assert [q["text"] for q in quotes_of("“I would,” Melanie said to the driver.", nlp)] == ["I would,"]
    q = only("Negotiations\n\n“Any news?” the reporter asked, but nobody answered.", nlp, "Any news?")
    assert q["kind"] == "direct" and q["cue"] == "asked"


def test_an_attribution_set_in_commas_reports_both_sides_of_it(nlp):
    text = "The new crossing, Ms. Okafor said on Monday, would cut the journey to the border by a day."
    q = only(text, nlp, "would cut the journey")
    assert q["text"].startswith("The new crossing") and q["speaker"] == "Okafor"
    # "…, said X, adding that …" is two statements, not one
    found = quotes_of("The talks stalled over the maps, the minister said, adding that he would return in May.", nlp)
    assert all("he would return" not in q["text"] or q["speaker_text"] == "the minister" for q in found)


def test_a_quote_that_opens_after_its_subject_and_a_split_sentence(nlp):
    text = 'Karlsson "is the only candidate with the experience to keep the peace," retired general Ana Ruiz said.'
    q = only(text, nlp, "only candidate")
    assert q["kind"] == "mixed" and q["text"].startswith("Karlsson") and q["speaker"] == "Ana Ruiz"


def test_a_long_speaker_with_an_aside_after_the_quote(nlp):
    text = ("“If the agency wanted any other files, they would just go and get them,” Rep. Dana Holt (R-Ohio), "
            "a member of the oversight panel, said in a phone interview.")
    q = only(text, nlp, "other files")
    assert q["kind"] == "direct" and q["cue"] == "said" and "Holt" in (q["speaker"] or "")


def test_a_title_in_quote_marks_is_not_a_quote(nlp):
    text = ("The envoy presented the French edition of her 2023 book, “The Long Table”, at a Geneva bookshop.\n\n"
            "His new book, ``The Guarantors: Twenty Years of Bargaining over Syria'', argues that every scheme failed.")
    assert not [q for q in quotes_of(text, nlp) if q["text"] in ("The Long Table", "The Guarantors: Twenty Years of Bargaining over Syria")]


def test_a_clause_read_backwards_into_another_quote_is_not_a_second_one(nlp):
    text = ("Ministry spokesperson Aigerim Tulegenova told a weekly briefing that all three guarantor countries "
            "and the Syrian government had confirmed their attendance, as had observers from Jordan.")
    found = quotes_of(text, nlp)
    assert [q["speaker"] for q in found] == ["Aigerim Tulegenova"], found


@pytest.mark.parametrize("text, content", [
    ("The Defense Ministry called it «a provocation» and promised a response.", "it «a provocation»"),
    ('Karaduman described the conversation as "useful and clear", adding that talks would go on.',
     'the conversation as "useful and clear"'),
])
def test_a_naming_verb_with_a_quoted_label_is_a_mixed_quote(nlp, text, content):
    q = only(text, nlp, content)
    assert q["kind"] == "mixed" and q["text"] == content and q["speaker"]


def test_a_short_second_quote_after_the_attribution_continues_it(nlp):
    text = "Karaduman lingered in the lobby. ‘Geneva has done what Geneva can do,’ he told reporters. ‘The rest is engineering.’"
    found = quotes_of(text, nlp)
    assert [q["text"] for q in found] == ["Geneva has done what Geneva can do,", "The rest is engineering."]
    assert found[1]["speaker"] == found[0]["speaker"] == "Karaduman"


def test_a_second_that_clause_hung_on_the_verb_is_its_own_quote(nlp):
    text = ("Rami Haddad, a Beirut-based analyst, warned that previous corridors had collapsed within weeks, "
            "and that the detainee list was ‘a list, not a release’.")
    found = quotes_of(text, nlp)
    assert [q["text"] for q in found] == ["previous corridors had collapsed within weeks",
                                          "the detainee list was ‘a list, not a release’"]
    assert found[1]["kind"] == "mixed" and found[1]["speaker"] == "Rami Haddad"


def test_a_that_clause_after_an_aside_in_commas(nlp):
    q = only("The minister stressed, however, that Amman would not push anyone across the border.", nlp, "Amman")
    assert q["text"] == "Amman would not push anyone across the border" and q["cue"] == "stressed"


def test_a_name_after_an_inverted_cue_is_the_speaker_not_the_statement(nlp):
    text = ("State officials felt comfortable with the arrangement because they could press the lenders to pay, "
            "said Mr. Barrett, the lawyer for the state's environmental agency.")
    found = quotes_of(text, nlp)
    assert len(found) == 1 and found[0]["text"].startswith("State officials felt comfortable")
    assert found[0]["speaker"] == "Barrett"


@pytest.mark.parametrize("text, medium", [
    ("Foreign Minister Mehmet Karaduman told the Iranian news agency Shargh Press that the call had been useful.", "Shargh Press"),
    ("Mehmet Karaduman told Iranian state television that the call had been useful.", "Iranian state television"),
    ("Walid al-Haddad told a Damascus newspaper, al-Watan al-Jadid, that the centre was a temporary tool.", "al-Watan al-Jadid"),
    ("In an interview with the Amman daily Al-Rai Al-Jadid, Kilincarslan added that Turkey was ready to help.", "Al-Rai Al-Jadid"),
    ("The ministry, as transmits the agency KHA, denied that its army took part in the shelling.", "KHA"),
    ("“I told the Russians, I told the Turks,” the elder said.", None),
    ("The sheikh said he would wait, he told Global Wire.", "Global Wire"),
    # outlets the NER takes for people, that the outlet table knows (not a person: "told Al Roker")
    ("“The soldiers do not knock,” the 63-year-old farmer told Al Jazeera, pointing at the hill.", "Al Jazeera"),
    ("The envoy told Kommersant that the talks would resume in December.", "Kommersant"),
    ("Harris told Al Roker on the Today show that she felt confident about the race.", None),
    ("The minister told the Czech News Agency that the ammunition initiative would continue.", "Czech News Agency"),
    # a channel's number is part of its name; a count after an agency is not
    ("The governor told Kavkaz 24 on Tuesday that the pass would reopen.", "Kavkaz 24"),
    ("Channel 12 reported, citing two security officials, that the army would stay in the valley.", "Channel 12"),
    ("The mayor told Reuters 24 families had lost their homes.", "Reuters"),
    # a nationality's media name no outlet (its state media do); "in the conversation with" is an interview
    ("The deputy minister told Turkish media that the border would stay closed.", None),
    ("Analyst Rauf Guliyev in the conversation with Caspian Herald stated that the visit was a signal.", "Caspian Herald"),
    # machine-translated from French and Russian; a relay
    ("The sailor Youssef Amrani declared to MPA that he lived four months of waiting.", "MPA"),
    ("«I prayed every day», — she said to the correspondent of UzN.", "UzN"),
    ("He said to UN members that the plan was dead.", None),
    ("Ali Nasser had indicated Monday, in declarations relayed by the Kuwaiti agency KNA, that the crew were well.", "KNA"),
    ("His wife, Eleni Varvaki, told local broadcaster Chios TV that he sounded exhausted.", "Chios TV"),
    ("\"Just come home,\" she said in an interview over radio station DZRB.", "DZRB"),
    # (past an aside between the verb and the outlet)
    ("Her colleague, Dr Samir Bennani, specified for his part to L'Ouarzazi that the team will be based in Garissa.", "L'Ouarzazi"),
    ("In Mombasa, the chairman of the board, Dr Tesfaye Alemu, had affirmed Wednesday to the Kenyan daily Pwani Leo that "
     "the ships were ready.", "Pwani Leo"),
    # the sea an outlet is named for is no nationality; a French name's "de l'"
    ("The harbour master told Indian Ocean Wire that the ferry had left without its papers.", "Indian Ocean Wire"),
    ("Reached by telephone by L'Écho de l'Atoll, the mayor confided that the quay was closed.", "L'Écho de l'Atoll"),
    # the story's own paper after a French cue ("lança à notre journal")
    ("« The quay is closed », launched to our newspaper the harbour master, Karim Benali.", "this newspaper"),
    # whom a statement was relayed through and who met the speaker, whatever the NER made of the name (Malaysian copy)
    ("The minister, quoted by Warta Timur today, said the collision took place within its waters.", "Warta Timur"),
    ("Faizal, one of two survivors, when met by Suara Pantai at his house today, said the trawler was hit from the side.",
     "Suara Pantai"),
])
def test_the_medium_a_statement_was_given_to(nlp, text, medium):
    found = quotes_of(text, nlp)
    assert found and found[0]["medium"] == medium, found


@pytest.mark.parametrize("text, words", [
    ("Rep. Gwen Moore (D-Wis.) said the bill would help families.", "Rep. Gwen Moore (D-Wis.)"),
    ("Tulsa police Chief Chuck Jordan said the video would be released on Friday.", "Tulsa police Chief Chuck Jordan"),
])
def test_the_speaker_span_holds_the_office_before_the_name_and_a_party_tag(nlp, text, words):
    assert quotes_of(text, nlp)[0]["speaker_text"] == words


def test_a_subject_the_parser_found_inside_the_quote_is_not_the_speaker(nlp):
    text = '"I am the guy that is trying to work from within," Mr. Clarke said. "The goal is to have a big enough footprint."'
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Clarke", "Clarke"]


def test_a_statement_with_a_list_after_a_colon_is_one_quote(nlp):
    text = ("Mr. McKinley notes that we are at a rare economic moment where three things are happening at once: "
            "home values are rising, interest rates are low and lenders are looser.")
    found = quotes_of(text, nlp)
    assert len(found) == 1 and found[0]["text"].endswith("lenders are looser")


def test_what_someone_told_others_to_do(nlp):
    q = only("Mr. Obama, who knew a vote would fail, told his advisers to find a way to cut emissions without Congress.",
             nlp, "advisers to find")
    assert q["cue"] == "told" and q["speaker"] == "Obama"


def test_continued_introduces_a_quote_and_a_long_appositive_is_stepped_over(nlp):
    q = only("Rania Khoury continued: “They are demanding this, and they are putting pressure on everyone.”", nlp, "demanding")
    assert q["cue"] == "continued" and q["speaker"] == "Rania Khoury"
    text = ('"Their strategy is very clear: to look like a legitimate source of news," Michael Farrow, a senior fellow at '
            'the Hoover Institution and a former United States ambassador to Russia, said of the channel.')
    assert only(text, nlp, "legitimate source")["speaker"] == "Michael Farrow"


def test_a_quote_after_its_subject_then_an_inverted_cue_and_a_name_with_a_relative_clause(nlp):
    text = ('Both parties "saw the country as a place reeling under pressure from its neighbour," said Victor Cha, '
            'who served as Asia director at the National Security Council.')
    q = only(text, nlp, "reeling under pressure")
    assert q["kind"] == "mixed" and q["text"].startswith("Both parties") and q["speaker"] == "Victor Cha"


def test_a_participle_after_the_attribution_is_its_own_statement_even_tagged_as_a_noun(nlp):
    text = ("Water levels behind the dam have fallen to their lowest point in a decade, engineers said on Friday, "
            "warning that electricity supplies to the city could be cut to four hours a day within weeks.")
    found = quotes_of(text, nlp)
    assert [q["text"].split()[0] for q in found] == ["Water", "electricity"], found
    assert {q["speaker"] for q in found} == {"engineers"}


def test_the_speakers_next_act_is_not_part_of_what_they_said(nlp):
    text = ('The Defense Ministry said in a statement that its units had "fully respected" the pause and accused '
            'armed groups of trying to "exploit the situation".')
    assert quotes_of(text, nlp)[0]["text"] == 'its units had "fully respected" the pause'


def test_a_clause_after_the_cue_means_the_cue_is_not_inverted(nlp):
    text = ("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, "
            "said Ivanka Trump's statement did not clarify the matter.")
    found = quotes_of(text, nlp)
    assert [(q["text"], q["speaker"]) for q in found] == [("Ivanka Trump's statement did not clarify the matter", "Aparna Mathur")]


@pytest.mark.parametrize("text, content", [
    # the tagger read "obscures" as an adjective: the clause came out as an object of "say"
    ("Many Democrats say Mrs. Clinton's statistical advantage obscures concerns about turnout and voter apathy.",
     "Mrs. Clinton's statistical advantage obscures concerns about turnout and voter apathy"),
    # the clause's subject came out as an object of "said"
    ("Sanders said the tax breaks used by Trump and others “do nothing to boost the economy.”",
     "the tax breaks used by Trump and others “do nothing to boost the economy.”"),
])
def test_an_object_the_parser_gave_to_say_starts_what_was_said(nlp, text, content):
    assert only(text, nlp, "economy" if "economy" in content else "apathy")["text"] == content


def test_what_one_says_as_an_object_is_no_statement(nlp):
    assert quotes_of("The delegates said the same prayers every morning at the hotel in Geneva.", nlp) == []
    found = quotes_of("Omar Saadi called on the guarantor countries to add water to the agenda of the talks.", nlp)
    assert len(found) == 1 and not found[0]["text"].startswith("water")  # "add" takes objects


def test_an_attribution_in_commas_whose_speaker_has_a_preposition_and_is_not_the_person_named(nlp):
    text = ("Barack Obama arrived on Monday.\n\n"
            "The deal, advisers to Mr. Obama said, would be signed in Geneva next week.")
    q = only(text, nlp, "would be signed")
    assert q["text"].startswith("The deal") and q["speaker_text"] == "advisers to Mr. Obama"
    assert q["speaker"] == "advisers to Mr. Obama"  # the advisers speak, not Obama
    q = only("Kemi Adeyemi arrived on Monday.\n\nMs. Adeyemi's adviser said that the storms were rare.", nlp, "storms")
    assert q["speaker"] == "Ms. Adeyemi's adviser"  # nor does "X's adviser" make X speak


def test_a_us_state_abbreviated_after_its_town_is_no_person(nlp):
    text = ("Museum opens\n\nDora Sampson Rawley, 59, of Olney, Md., who watched the ceremony on a screen on the Mall, said "
            "the event brought back memories of her father.\n\nShe said she had toured the museum last week. Many of the "
            "visitors were older, she said.")
    assert only(text, nlp, "visitors")["speaker"] == "Dora Sampson Rawley"


@pytest.mark.parametrize("text, speaker, dash", [
    ("Readers wrote in.\n\n“Maybe we can build a wall around the whole campaign and be done.” ― Steve Quinlan", "Steve Quinlan", "―"),
    ("Readers wrote in.\n\n“The most unqualified candidate ever to run.” — Francisco Herrero, 34, a teacher", "Francisco Herrero", "—"),
    # a line of its own is not embedded in the line before it
    ("Readers wrote in:\nMara Lind\n“He is someone no sane person would want as president.” – Ola Brandt.", "Ola Brandt", "–"),
])
def test_a_dash_and_a_name_that_end_the_paragraph_sign_the_quote(nlp, text, speaker, dash):
    q = only(text, nlp, "ever to run" if "run" in text else "want" if "want" in text else "wall")
    assert (q["kind"], q["speaker"], q["cue"]) == ("direct", speaker, dash)


def test_a_dash_before_more_narration_signs_nothing():
    text = "Readers wrote in.\n\n“We have seen enough of this.” — and the crowd, which had waited for hours, went home."
    assert [q for q in annotate_quotes(text) if q.kind == "direct"] == []


def test_transcript_lines_are_their_speakers_words(nlp):
    text = ("Russian Foreign Minister Sergey Lavrov spoke to Chris Wallace in Moscow.\n\n"
            "WALLACE: Let us start with the talks in Astana, which many call a failure.\n\n"
            "Sergey Lavrov: We have always said that the talks are useful. “We will go on,” he said.\n\n"
            "Lavrov: talks in Astana useful and clear\n\n"
            "IRAN: The delegation arrived on Monday and met the hosts.\n\n"
            "Question: What do you expect from the meeting in Geneva next week?")
    found = quotes_of(text, nlp)
    assert [(q["text"].split()[0], q["kind"], q["speaker"], q["cue"]) for q in found] == [
        ("Let", "direct", "Chris Wallace", ":"),
        ("We", "direct", "Sergey Lavrov", ":"),  # one record: the quote inside is part of the answer
        ("talks", "indirect", "Sergey Lavrov", ":"),  # a headline: no full stop, no verbatim
    ]


def test_transcript_lines_quoted_paragraph_by_paragraph_are_their_speakers_words(nlp):
    text = ("Governor Alma Reyes spoke to Tom Harlan on Sunday. Partial transcript as follows:\n\n"
            "\"HARLAN: Let us start with the flood maps. Will the county see them before the vote?\n\n"
            "\"REYES: Well, look, the county will see every map before the vote.\"")
    assert [(q["text"], q["kind"], q["speaker"], q["cue"]) for q in quotes_of(text, nlp)] == [
        ("Let us start with the flood maps. Will the county see them before the vote?", "direct", "Tom Harlan", ":"),
        ("Well, look, the county will see every map before the vote.", "direct", "Alma Reyes", ":"),
    ]


@pytest.mark.parametrize("text, content, speaker", [
    # the parser made a reduced relative of "called" after the appositive
    ("Keron Blair, executive director of the teachers' union, called for more school investment.",
     "more school investment", "Keron Blair"),
    ("President Obama called for reducing the corporate tax rate to 28 percent.",
     "reducing the corporate tax rate to 28 percent", "Obama"),
    ("Rep. Adam Schiff, the top Democrat on the committee, called on President Obama to retaliate against Russia.",
     "President Obama to retaliate against Russia", "Adam Schiff"),
])
def test_what_someone_called_for_or_called_on_others_to_do(nlp, text, content, speaker):
    q = only(text, nlp, content.split()[-1])
    assert (q["text"], q["speaker"]) == (content, speaker)


def test_a_reporting_verb_tagged_as_a_plural_noun_after_a_name(nlp):
    text = "The Amman Daily Post reports that the delegation avoided the press in order to keep the talks quiet."
    q = only(text, nlp, "delegation avoided")
    assert q["cue"] == "reports" and q["speaker_text"].endswith("Amman Daily Post")
    assert quotes_of("The committee published its reports that morning.", nlp) == []


def test_what_follows_a_participle_cue_is_what_was_said_never_who_said_it(nlp):
    text = ("The editorial board endorsed the senator, and it attacked the governor, saying he “has offended "
            "farmers, teachers and nurses with his insults.”")
    q = only(text, nlp, "has offended")
    assert q["kind"] == "mixed" and q["text"].startswith("he “has offended") and q["speaker_text"] != "he"


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("MOSCOW, March 16. /CTA/. Russia expects that the parties will show «mutual restraint» in the first weeks. "
     "About this declared on Monday the special representative of the President, Deputy Foreign Minister "
     "Sergei Volkonsky in interview to the newspaper «Severnaya Gazeta».",
     "Russia expects that the parties will show «mutual restraint» in the first weeks", "declared", "Sergei Volkonsky"),
    ("The reconciliation center registered six violations of the ceasefire over the past day.\n\n"
     "About this informed journalists the head of the center, Major General Anatoly Rudnev.",
     "The reconciliation center registered six violations of the ceasefire over the past day", "informed",
     "Anatoly Rudnev"),
    ("Ankara has handed the UN its proposals on the monitoring of the truce. This was stated on Monday by the "
     "Turkish Defense Ministry at a briefing.",
     "Ankara has handed the UN its proposals on the monitoring of the truce", "stated", "Turkish Defense Ministry"),
])
def test_a_sentence_that_points_back_attributes_the_sentence_before(nlp, text, content, cue, speaker):
    q = only(text, nlp, content.split()[1])
    assert (q["text"], q["cue"]) == (content, cue)
    assert speaker in q["speaker"] and q["kind"] == ("mixed" if "«" in content else "indirect")


def test_a_pointing_sentence_with_no_speaker_attributes_nothing(nlp):
    text = "The convoy reached the town on Monday. This was reported to be the first delivery since March."
    assert quotes_of(text, nlp) == []


@pytest.mark.parametrize("venue, cue, speaker", [
    ("Home Secretary Kazi Abu Sayeed came up with the remark while talking to reporters.", "came up with the remark",
     "Kazi Abu Sayeed"),
    ("Federal Minister for Planning Ahsan Qureshi said this while addressing a ceremony here.", "said this", "Ahsan Qureshi"),
    ("Provincial Agriculture Minister Rana Tahir expressed these views while talking to a delegation.",
     "expressed these views", "Rana Tahir"),
])
def test_a_venue_sentence_after_a_quote_names_its_speaker(nlp, venue, cue, speaker):
    # (South Asian English: the quote stands alone, the next sentence says who said it and where; it is no record itself)
    text = "DHAKA, Nov 3 (BJB) - Officials met on Monday.\n\n“No family should have to wait this long for news.” " + venue
    [q] = quotes_of(text, nlp)
    assert (q["kind"], q["cue"], q["speaker"]) == ("direct", cue, speaker)


@pytest.mark.parametrize("text, content, cue, speaker", [
    # (Zambian and Ghanaian papers close a statement so; the source's own relative clause is a statement of its own)
    ("LUSAKA - The ferry sank on Friday.\n\nThe victims were traders from Chipata who had travelled to the weekly "
     "market. This is according to chairperson Davies Phiri, who said the group had used the ferry for years.",
     "The victims were traders from Chipata who had travelled to the weekly market", "according to", "Davies Phiri"),
    ("BISHKEK, 3 Dec /KyrN/. The centre opened.\n\n«The migrant must know his rights before he boards the plane». "
     "Such opinion expressed the deputy minister of labour, social security and migration Nurbek Asanaliev.",
     "The migrant must know his rights before he boards the plane", "expressed", "Nurbek Asanaliev"),
    ("ABIDJAN - The talks ended.\n\n«We went there with one single voice, and Africa was heard.» Such is the "
     "conviction of the diplomat Aya Diabaté, for whom the group held the line.",
     "We went there with one single voice, and Africa was heard.", "Such is the conviction of", "Aya Diabaté"),
])
def test_a_calque_that_points_back_names_the_speaker(nlp, text, content, cue, speaker):
    q = only(text, nlp, content.split()[2])
    assert (q["text"], q["cue"], q["speaker"]) == (content, cue, speaker)
    if "Phiri" in speaker:
        assert only(text, nlp, "for years")["speaker"] == "Davies Phiri"


@pytest.mark.parametrize("opening, cue, speaker, medium", [
    ("As informed the press service of the ministry,", "informed", "Kyrgyz Ministry of Labour, Social Security and Migration", None),
    ("As clarified to the correspondent of KyrN in the press service of the ministry,", "clarified",
     "Kyrgyz Ministry of Labour, Social Security and Migration", "KyrN"),
])
def test_as_informed_a_press_service_is_its_ministry(nlp, opening, cue, speaker, medium):
    # (machine-translated Russian: the verb first, then who informed; "the ministry" the one named before, its whole name)
    text = ("BISHKEK, 3 Dec /KyrN/. The Ministry of Labour, Social Security and Migration opened a training centre.\n\n"
            f"{opening} from December the training will begin also in Talas region.")
    q = only(text, nlp, "Talas")
    assert q["text"] == "from December the training will begin also in Talas region"
    assert (q["cue"], q["speaker"], q["medium"]) == (cue, speaker, medium)


@pytest.mark.parametrize("sentence, speaker", [
    ("The Manila-based Anchorline Fishers' Welfare Network said the crew had been paid.", "Anchorline Fishers' Welfare Network"),
    ("The Friendly Islands Seafarers' Union said the crew had been paid.", "Friendly Islands Seafarers' Union"),
    ("The Koror-based shark-conservation group Reef Apex Trust said the crew had been paid.", "Reef Apex Trust"),
])
def test_a_body_with_a_plural_possessive_or_its_seat_in_its_description(nlp, sentence, speaker):
    [q] = quotes_of("KOROR - The crew went home.\n\n" + sentence, nlp)
    assert q["speaker"] == speaker


def test_an_office_with_its_portfolio_is_not_the_person_last_named(nlp):
    # (nobody was named Minister of Justice: not the captain the story named last)
    text = ("KOROR - Captain José Ramón Bouzas pleaded guilty on Tuesday.\n\n\"The sanctuary is a line we enforce,\" "
            "the Minister of Justice told the weekly.")
    [q] = quotes_of(text, nlp)
    assert q["speaker_text"] == "the Minister of Justice" and q["speaker"] != "José Ramón Bouzas"


def test_a_clause_the_parser_cut_at_its_subject_s_aside_goes_on_to_its_verb(nlp):
    text = ("The brother of the first mate, Antón Freire Costas, declared to O Berbés that his brother Iago, of 34 years "
            "and native of Bueu, «has not slept» since the vessel was retained, and that the crew remain on board.")
    assert [q["text"] for q in quotes_of(text, nlp)] == [
        "his brother Iago, of 34 years and native of Bueu, «has not slept» since the vessel was retained",
        "the crew remain on board"]


def test_indonesian_honorifics_are_titles(nlp):
    text = ("JAKARTA (Kenari) - The crew came home.\n\nIn Tegal, Bapak Darsono, 57, the father of deckhand Rizky Saputra, "
            "told Kenari that he had not slept.\n\n“My son went to sea to build a house,” Pak Darsono said.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Darsono", "Darsono"]


def test_a_nickname_in_quote_marks_is_no_part_of_the_name(nlp):
    # (the NER cuts the name at the nickname: "Feliciano| 'Sonny' |T. Baluyot", "Carmelita| 'Lita' B. |Javellana")
    text = ("MANILA — The crew came home.\n\nThe agency's president, Feliciano 'Sonny' T. Baluyot, told reporters that the "
            "agency had paid the families.\n\nUsec. Carmelita 'Lita' B. Javellana said the talks were long.\n\n"
            "Later, Baluyot said the agency would sue.\n\nJavellana said the embassy would help.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == [
        "Feliciano T. Baluyot", "Carmelita B. Javellana", "Feliciano T. Baluyot", "Carmelita B. Javellana"]


def test_the_filipino_ma_of_maria_stays_in_the_name(nlp):
    text = ("MANILA — The crew came home.\n\nAFWN legal counsel Atty. Ma. Luisa G. Abrenica said the back wages were "
            "“only the minimum.”\n\nLater, Abrenica said the fishermen were still owed overtime.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Ma. Luisa G. Abrenica", "Ma. Luisa G. Abrenica"]


def test_a_firm_of_partners_is_one_body_and_no_person(nlp):
    text = ("DAR ES SALAAM — A train derailed.\n\nKessler & Aumann Gleisbau said in an e-mail that its welds had passed "
            "every test.\n\nKessler & Aumann's managing director Torsten Wiedemeyer said the welds were sound.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Kessler & Aumann Gleisbau", "Torsten Wiedemeyer"]


def test_italian_double_given_names_and_logistics_portfolios_stay_whole(nlp):
    text = ("TUNDUMA — A train derailed.\n\nThe burns surgeon Gian Luca Venturelli, 52, from Brescia, arrived on Tuesday. "
            "He said the children were stable.\n\nZambia's Minister of Transport and Logistics Mwape Chilundika told "
            "reporters that the crew had respected every rule.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Gian Luca Venturelli", "Mwape Chilundika"]


def test_a_second_that_clause_runs_into_the_quote_that_goes_on_with_it(nlp):
    text = ("The coordinator, Emlain Jorju, said observers are trained to stay out of the way, but that Mr. Jelkan had "
            "done “exactly what the manual asks.”")
    q = shortest(text, nlp, "Jelkan")
    assert (q["text"], q["kind"]) == ("Mr. Jelkan had done “exactly what the manual asks.”", "mixed")


def test_a_closing_attribution_with_a_calque_of_precisar(nlp):
    # ("precisó", machine-translated French and Spanish: the verb after the comma, then who spoke)
    text = ("The teams of the CNLAM have installed since Saturday evening a security perimeter around each drum found, "
            "precised the Director General.")
    assert [(q["text"], q["cue"], q["speaker_text"]) for q in quotes_of(text, nlp)] == [
        ("The teams of the CNLAM have installed since Saturday evening a security perimeter around each drum found",
         "precised", "the Director General")]


def test_a_venue_sentence_does_not_take_a_quote_from_its_speaker(nlp):
    text = "“The road will open in May,” the governor said. He made the remarks while visiting the site."
    [q] = quotes_of(text, nlp)
    assert q["cue"] == "said" and q["speaker_text"] == "the governor"


def test_a_statement_the_parser_made_the_subject_of_its_attribution(nlp):
    text = ("Aid trucks reach Aleppo\n\nBEIRUT, Lebanon (GW) — The first humanitarian convoy in almost three months "
            "crossed the front line north of Aleppo on Thursday, the Syrian Arab Red Crescent said, as negotiators "
            "in Geneva haggled over the truce.")
    q = only(text, nlp, "front line")
    assert q["text"].startswith("The first humanitarian convoy") and q["text"].endswith("on Thursday")
    assert q["speaker"] == "Syrian Arab Red Crescent"


def test_a_noun_phrase_the_parser_cut_off_the_reported_clause_stays_in_it(nlp):
    text = "The U.N. said it hoped to send a second, larger convoy early next week, depending on progress in Geneva."
    assert only(text, nlp, "hoped")["text"] == ("it hoped to send a second, larger convoy early next week, depending "
                                                 "on progress in Geneva")


def test_a_comment_on_a_claim_is_not_part_of_the_claim(nlp):
    text = ("Omar Saadi, spokesman of the council, claimed in statements to foreign media that the shells had come "
            "from “an unknown position”, a claim that Kassab described as “a desperate attempt to cover up the crime”.")
    found = quotes_of(text, nlp)
    claim = only(text, nlp, "the shells had come")
    assert claim["text"] == "the shells had come from “an unknown position”" and claim["speaker"] == "Omar Saadi"
    assert not any(q["text"].startswith("Omar Saadi") for q in found)


@pytest.mark.parametrize("text, content, cue", [
    # the tagger made a noun and an adjective of these verbs
    ("One delegate joked that the final statement had taken longer to agree than the ceasefire.",
     "the final statement had taken longer to agree than the ceasefire", "joked"),
    ("The adviser underlined that the joint monitoring center has so far received eleven notifications.",
     "the joint monitoring center has so far received eleven notifications", "underlined"),
    # machine-translated "не исключил"
    ("Volkonsky also did not exclude that the next round of consultations will take place in April.",
     "the next round of consultations will take place in April", "exclude"),
])
def test_reporting_verbs_the_tagger_missed_and_a_negated_exclude(nlp, text, content, cue):
    q = only(text, nlp, content.split()[-1])
    assert (q["text"], q["cue"]) == (content, cue)


def test_exclude_reports_only_with_that(nlp):
    assert quotes_of("The organisers excluded the Kurdish parties from talks that were held in Geneva.", nlp) == []


def test_a_that_clause_the_parser_hung_on_a_date(nlp):
    text = ("Foreign Minister Farid al-Khatib told a Damascus newspaper, al-Watan al-Jadid, last week that the "
            "centre was ``a temporary tool'' and that ``sovereignty is not temporary''.")
    found = quotes_of(text, nlp)
    assert [q["text"][:18] for q in found] == ["the centre was ``a", "``sovereignty is n"]
    assert all(q["speaker"].endswith("al-Khatib") for q in found)


def test_what_someone_told_a_listener_the_parser_read_as_a_relative_clause(nlp):
    text = ("Karaduman told his counterparts that Türkiye had submitted all its notifications to the center on time "
            "and that Ankara expected the same discipline from the other parties, the sources added.")
    found = quotes_by_text(text, nlp)
    assert found["Türkiye had submitted all its notifications to the center on time"]["cue"] == "told"
    assert found["Ankara expected the same discipline from the other parties"]["cue"] == "told"


def test_a_reported_clause_that_opens_a_quote_runs_to_its_close(nlp):
    text = ("A senior Turkish diplomat, speaking on condition of anonymity, told the Ledger that Ankara had seen "
            "``fewer incidents, faster answers'' since the centre opened. He added: ``We are not naive.''")
    found = quotes_of(text, nlp)
    assert found[0]["text"].startswith("Ankara had seen ``fewer incidents, faster answers")
    assert found[0]["medium"] == "Ledger"  # no person takes "the", whatever the NER says
    # "He" continues the unnamed source who is the subject before it, not a name further back
    assert [q["speaker"] for q in found] == ["a senior Turkish diplomat"] * 2


@pytest.mark.parametrize("text, content, speaker_text", [
    # a second "that" the parser hung on the first verb
    ('Al-Haddad affirmed that Syria deals "positively" with every initiative, pointing out that the joint center '
     'has proven in its first days that "the Syrian state is the one that guarantees calm."',
     'the joint center has proven in its first days that "the Syrian state is the one that guarantees calm."', "Al-Haddad"),
    # the parser cut the sentence inside the statement
    ("According to the general, the shelling of the settlement Deir Hafer was carried out from the territory "
     "controlled by «the groupings not joining the ceasefire».",
     "the shelling of the settlement Deir Hafer was carried out from the territory controlled by «the groupings not "
     "joining the ceasefire»", "the general"),
    # "and said" after a gloss in dashes: the speaker of the verb before; its clause's subject is no speaker
    ("Corinne Aebischer, who introduced the envoy, called her « une négociatrice de l'impossible » — a negotiator "
     "of the impossible — and said Switzerland would continue to host \"any meeting, at any hour\" she requested.",
     "Switzerland would continue to host \"any meeting, at any hour\" she requested", "Corinne Aebischer"),
    # a participial aside between the speaker and the verb; the place belongs to the speaker
    ("A Turkish diplomat in Astana, asked about the issue this week, said water was ‘a technical matter for "
     "technical committees’.", "water was ‘a technical matter for technical committees’", "A Turkish diplomat in Astana"),
])
def test_clauses_and_speakers_the_parser_scattered(nlp, text, content, speaker_text):
    q = only(text, nlp, content.split()[2])
    assert q["text"] == content and q["speaker_text"].startswith(speaker_text)


def test_a_clause_holding_a_naming_verbs_quote_is_kept_with_it(nlp):
    text = "Clinton says she appreciated Machado’s courage through what she calls a “war of some pretty unpleasant words.”"
    found = quotes_of(text, nlp)
    assert [(q["cue"], q["text"][:20]) for q in found] == [("says", "she appreciated Mach"), ("calls", "a “war of some prett")]


@pytest.mark.parametrize("text, content", [
    ("The campaign says the candidate will announce plans Friday for a new national program for young people.",
     "the candidate will announce plans Friday for a new national program for young people"),
    ("Early in her career she said supervisors would dismiss her proposals, only to praise them when a man made them.",
     "supervisors would dismiss her proposals, only to praise them when a man made them"),
])
def test_pieces_the_parser_hung_on_the_cue_after_its_clause(nlp, text, content):
    assert only(text, nlp, "dismiss" if "dismiss" in text else "announce")["text"] == content


def test_an_infinitive_that_names_an_act_reports_nothing(nlp):
    assert quotes_of("Kadzik's refusal to answer fully did not go over well with the committee.", nlp) == []


@pytest.mark.parametrize("text, content, cue", [
    ("As the minister noted, the talks in Astana had produced a working mechanism for the exchange of detainees.",
     "the talks in Astana had produced a working mechanism for the exchange of detainees", "noted"),
    ("The talks failed to produce a result, as the minister noted on Monday.", "The talks failed to produce a result", "noted"),
    ("Lavrov expressed confidence that the next round of talks would take place in April.",
     "the next round of talks would take place in April", "expressed"),
    ("The Iranian diplomat expressed the hope that the sides would show restraint.", "the sides would show restraint", "expressed"),
    # (the clause parsed as a relative clause of "hope")
    ("Ash-Shaer also expressed the hope that Russian companies would return to the reconstruction of the energy sector.",
     "Russian companies would return to the reconstruction of the energy sector", "expressed"),
    # Balkan "ocenio je da"
    ("In the same interview Radojičić assessed that the state must invest «at least 30 million euros» in the regulation of the river.",
     "the state must invest «at least 30 million euros» in the regulation of the river", "assessed"),
])
def test_machine_translated_attributions(nlp, text, content, cue):
    q = only(text, nlp, content.split()[2])
    assert (q["text"], q["cue"]) == (content, cue) and q["speaker"]


@pytest.mark.parametrize("text", [
    "The ministers expressed support for the plan that the envoy presented in Geneva.",
    "As expected, the talks ended without a deal.",
    "The engineers assessed the damage to the embankments before the rain.",
])
def test_express_and_as_report_only_with_a_statement(nlp, text):
    assert quotes_of(text, nlp) == []


def test_a_statement_named_in_an_impersonal_passive_speaks_for_its_author(nlp):
    text = "It is noted in the statement of the ministry that the shelling came from positions held by armed groups."
    q = only(text, nlp, "shelling came")
    assert (q["speaker_text"], q["speaker"]) == ("the statement of the ministry", "the ministry")


@pytest.mark.parametrize("text, content", [
    ("Dr. Leyla Ersoy believes that the centre's main achievement so far is psychological.",
     "the centre's main achievement so far is psychological"),
    ("The United Nations warned on Friday that its operation in northern Syria was running out of money just as "
     "thousands of displaced families began returning to villages.",
     "its operation in northern Syria was running out of money just as thousands of displaced families began "
     "returning to villages"),
    ("He added that the centre's real weakness was that ‘nobody has yet tested it with a big incident’.",
     "the centre's real weakness was that ‘nobody has yet tested it with a big incident’"),
])
def test_one_clause_the_parser_read_as_two(nlp, text, content):
    assert [q["text"] for q in quotes_of(text, nlp)] == [content]


def test_asking_not_to_be_named_is_no_statement(nlp):
    text = "A commander in Azaz, who asked not to be named, said the fighters feared that a ceasefire would freeze the lines."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["the fighters feared that a ceasefire would freeze the lines"]


def test_a_quote_that_goes_on_with_the_clause_is_part_of_it_and_no_statement_of_its_own(nlp):
    text = ('He said the council would respect any humanitarian pause, adding that its fighters had been ordered not '
            'to open fire "unless attacked first".')
    assert [q["text"] for q in quotes_of(text, nlp)] == [
        "the council would respect any humanitarian pause",
        'its fighters had been ordered not to open fire "unless attacked first"']


@pytest.mark.parametrize("text", [
    "The convoy followed a meandering mountain stream called Miracle Run for most of the night.",
    "Aid workers met at a camp dubbed the Glass Village by the residents.",
])
def test_a_name_given_is_no_statement(nlp, text):
    assert quotes_of(text, nlp) == []


def test_a_modal_verb_hung_on_the_cue_goes_on_with_the_clause(nlp):
    text = ("Omar Saadi of the council said the council had not been consulted and would “study the text before we "
            "say anything.”")
    assert [q["text"] for q in quotes_of(text, nlp)] == [
        "the council had not been consulted and would “study the text before we say anything.”"]


def test_a_long_appositive_with_a_relative_clause_before_urged(nlp):
    text = ("Sheikh Idris Haddou, a tribal elder from the eastern countryside of Aleppo whose son has been detained "
            "for more than a year, urged all sides to put detainees first.")
    q = only(text, nlp, "detainees first")
    assert q["text"] == "all sides to put detainees first" and q["speaker"] == "Idris Haddou"


@pytest.mark.parametrize("text, content", [
    ("For his part, Jafarian affirmed his country's support for Syria in facing “all forms of foreign interference”.",
     "his country's support for Syria in facing “all forms of foreign interference”"),
    ("The minister stressed the importance of dialogue between the guarantors.", "the importance of dialogue between the guarantors"),
])
def test_a_position_stated_as_the_object_of_affirm_or_stress(nlp, text, content):
    assert [q["text"] for q in quotes_of(text, nlp)] == [content]


@pytest.mark.parametrize("text, content", [
    ("A memorable ad in 2008 questioned whether the rival was prepared to face emergencies.",
     "whether the rival was prepared to face emergencies"),
    ("Clinton supporters have also questioned the health of the Republican nominee.", "the health of the Republican nominee"),
])
def test_what_someone_questioned(nlp, text, content):
    assert [q["text"] for q in quotes_of(text, nlp)] == [content]


def test_the_reporters_question_is_not_the_speakers_statement(nlp):
    text = "Asked whether the guarantors had been asked to contribute, Mr. Aaltonen said the UN talks to everyone."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["the UN talks to everyone"]


def test_what_someone_cited(nlp):
    text = "The ministry postponed the meeting, citing a threat to the safety of the delegations."
    q = only(text, nlp, "threat")
    assert (q["text"], q["cue"]) == ("a threat to the safety of the delegations", "citing")


@pytest.mark.parametrize("text, content, speaker_text", [
    ("Trump's claim that there have been thousands of shootings in Chicago this year is false.",
     "there have been thousands of shootings in Chicago", "Trump"),
    ("Asked about a report in the Turkish daily Yeni Ufuk that Ankara was preparing a new operation, Volkonsky said "
     "he hoped the journalists were wrong.", "Ankara was preparing a new operation", "the Turkish daily Yeni Ufuk"),
])
def test_a_reporting_noun_with_its_source(nlp, text, content, speaker_text):
    q = only(text, nlp, content.split()[1])
    assert (q["text"], q["speaker_text"]) == (content, speaker_text)


def test_a_reporting_noun_without_a_source_is_no_attribution(nlp):
    assert quotes_of("The claim that the convoy was attacked could not be verified.", nlp) == []


def test_according_to_an_agency_is_the_medium_of_the_statement_it_relays(nlp):
    text = ("According to the Turkish agency KHA, the Turkish Ministry of National Defense declared that Turkish "
            "officers «participate in all stages» of the preparation of the exchange.")
    q = only(text, nlp, "Turkish officers")
    assert (q["cue"], q["speaker_text"], q["medium"]) == ("declared", "the Turkish Ministry of National Defense", "KHA")
    q = only("According to the ministry, the talks will resume on Monday in Astana.", nlp, "talks will resume")
    assert (q["cue"], q["speaker_text"], q["medium"]) == ("According to", "the ministry", None)


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("In the Iranian embassy in Moscow CTA was informed that Tehran supports every step and will send a delegation.",
     "Tehran supports", "the Iranian embassy in Moscow"),
    ("As informed CTA a source in the Ministry of Defence of Russia, the exchange operation received a working name.",
     "exchange operation", "a source in the Ministry of Defence of Russia"),
])
def test_machine_translated_word_orders_of_outlet_and_speaker(nlp, text, fragment, speaker_text):
    q = only(text, nlp, fragment)
    assert (q["speaker_text"], q["medium"]) == (speaker_text, "CTA")


@pytest.mark.parametrize("text, fragment, cue, speaker_text", [
    ("MOSCOW, May 6. /CTA/. Russia expects that Damascus and Ankara will agree on the volumes of water. About this "
     "declared on Tuesday in interview to CTA the Deputy Foreign Minister of Russia Arkady Tsvetkov.",
     "Damascus and Ankara", "declared", "the Deputy Foreign Minister of Russia Arkady Tsvetkov"),
    ("Ankara, as CTA was told in the Turkish Foreign Ministry, «fulfills all the obligations» and releases the "
     "water after two dry winters.", "fulfills all", "told", "the Turkish Foreign Ministry"),
    ("«We have numbers, they have explanations. Let us put the numbers on the table», — told el-Hatib to journalists.",
     "We have numbers", "told", "el-Hatib"),
    ("The minister named the situation «a humanitarian threat for three million people».", "humanitarian threat",
     "named", "The minister"),
])
def test_more_machine_translated_attributions(nlp, text, fragment, cue, speaker_text):
    q = only(text, nlp, fragment)
    assert (q["cue"].lstrip("— "), q["speaker_text"]) == (cue, speaker_text)


@pytest.mark.parametrize("text, content, speaker", [
    ("The co-chair Yusuf al-Khatib underlined, that the measurements of the commission «do not confirm the version "
     "about drought».", "the measurements of the commission «do not confirm the version about drought»", "Yusuf al-Khatib"),
    ("As informed CTA a source in the Russian delegation, the ICRC has already received from the sides «about three "
     "hundred names» for the first stage.",
     "the ICRC has already received from the sides «about three hundred names» for the first stage",
     "a source in the Russian delegation"),
    ("In its turn, the Syrian agency LNA with reference to the Syrian Defense Ministry transmitted that the army units "
     "«keep the highest degree of readiness» in the east.",
     "the army units «keep the highest degree of readiness» in the east", "Syrian Defense Ministry"),
])
def test_machine_translated_commas_asides_and_references(nlp, text, content, speaker):
    q = only(text, nlp, content.split()[1])
    assert (q["text"], q["speaker"]) == (content, speaker)


def test_a_pointing_speaker_with_abbreviations(nlp):
    text = ("The talks on the exchange of detainees would go on. About this declared on Monday the U.S. special "
            "envoy James Jeffrey.")
    assert only(text, nlp, "detainees")["speaker_text"] == "the U.S. special envoy James Jeffrey"


def test_expressed_hope_that_read_as_a_second_verb(nlp):
    text = ("The head of the delegation expressed hope that the «technical misunderstanding» between the two capitals "
            "will be settled before the session on 27 May.")
    q = only(text, nlp, "misunderstanding")
    assert q["text"].startswith("the «technical misunderstanding»") and q["text"].endswith("27 May")


def test_a_quoted_condition_after_a_comma_goes_on_with_its_clause(nlp):
    text = ("Lisitsyn also noted that Russia is ready to send its own wheat through the centre in Aleppo, «if the "
            "partners will not be in a condition» to do it before the summer.")
    q = only(text, nlp, "ready to send")
    assert q["kind"] == "mixed" and q["text"].endswith("before the summer")


def test_an_appositive_the_parser_made_a_clause_stays_in_its_clause(nlp):
    text = ("Rahimzadeh said Tehran had raised the matter with Moscow and Ankara, its partners as guarantors of the "
            "arrangement, and that it expected them to 'use their influence on the ground'.")
    texts = [q["text"] for q in quotes_of(text, nlp)]
    assert texts == ["Tehran had raised the matter with Moscow and Ankara, its partners as guarantors of the arrangement",
                     "it expected them to 'use their influence on the ground'"]


def test_a_statement_carried_by_state_media_said_an_object_with_its_verb(nlp):
    text = ("A statement from the Syrian Foreign Ministry, carried by state media, said the communique contained "
            "“positive elements”, but that any arrangement must respect “the sovereignty of Syria”.")
    found = quotes_of(text, nlp)
    assert [q["text"] for q in found] == ["the communique contained “positive elements”",
                                          "any arrangement must respect “the sovereignty of Syria”"]
    assert {q["speaker"] for q in found} == {"Syrian Foreign Ministry"}


def test_called_for_a_quoted_demand_is_the_demand_whole(nlp):
    text = "The ministers also called for “an urgent increase” in cross-line aid deliveries."
    assert only(text, nlp, "urgent")["text"] == "“an urgent increase” in cross-line aid deliveries"


@pytest.mark.parametrize("text, speaker, medium", [
    ("Syrian state media quoted Quneitra governor Nidal al-Hourani as saying Israeli troops had detained three "
     "shepherds near the village.", "Nidal al-Hourani", "Syrian state media"),
    ("State news agency SANA quoted the ministry as saying it would respond.", "the ministry", "SANA"),
    ("The Israeli army is preparing plans to expand the zone by several kilometres, the daily Ha-Boker reported on "
     "Friday, citing security sources.", "security sources", "Ha-Boker"),
    # (the passive names the agency after "by": its own medium, not the speaker)
    ("“Sanctions are the only thing they export,” Russian Deputy Foreign Minister Konstantin Zavyaloff was quoted as "
     "saying by the Russian agency SIA.", "Konstantin Zavyaloff", "SIA"),
])
def test_who_passed_a_statement_on_is_its_medium_not_its_speaker(nlp, text, speaker, medium):
    found = quotes_of(text, nlp)
    assert [(q["speaker"], q["medium"]) for q in found] == [(speaker, medium)], found


def test_a_wire_s_closing_attribution_the_parser_hung_inside_the_clause(nlp):
    text = ("Syria and Israel have made progress in U.S.-mediated talks on a security arrangement for southern Syria but "
            "remain divided over the depth of a demilitarised zone, four sources familiar with the negotiations told "
            "Reuters.")
    found = quotes_of(text, nlp)
    assert [(q["text"][:30], q["cue"], q["medium"]) for q in found] == [("Syria and Israel have made pro", "told", "Reuters")]
    assert found[0]["speaker_text"] == "four sources familiar with the negotiations"


def test_a_person_who_quotes_someone_is_no_medium(nlp):
    text = "In his speech, Biden quoted his late father as saying that a job is about a lot more than a paycheck."
    found = quotes_of(text, nlp)
    assert [(q["speaker_text"], q["medium"]) for q in found] == [("his late father", None)], found


def test_what_a_speaker_did_while_speaking_is_no_statement(nlp):
    text = "“We will not leave our land,” Mohammed Saleh told Reuters, pointing at the hill."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["We will not leave our land,"]


def test_believes_with_the_clause_subject_read_as_its_object(nlp):
    text = "He believes a meeting of the defense ministers could break the deadlock."
    assert only(text, nlp, "deadlock")["text"] == "a meeting of the defense ministers could break the deadlock"


@pytest.mark.parametrize("text, fragment, medium", [
    ("«There is flour for three weeks», — said in conversation with the correspondent of CTA the head of the Syrian "
     "delegation Nizar Shalhoub.", "flour", "CTA"),
    ("\"The bridges are the message of the state,\" the governor said in a statement to LNA reporter.", "bridges", "LNA"),
    ("The Raqqa council said in a statement on Monday that electricity would reach the town within days.",
     "electricity", None),
])
def test_more_shapes_of_a_medium(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_a_speaker_s_later_statements_keep_the_interview_s_medium_not_any_outlet_s(nlp):
    text = ("ASTANA, May 14. /CTA/. The grain will be shipped in May. About this declared in interview to CTA the "
            "vice-minister of agriculture Bauyrzhan Temirov.\n\n"
            "«We have fulfilled our part», — said the vice-minister.\n\n"
            "Lebanon, LNA – \"The bridge is the message of the state,\" Governor Ghassan Mahayni said in a statement to "
            "LNA reporter.\n\n"
            "Local sources said hundreds of residents gathered on the river bank.\n\n"
            "Mahayni later called on the local community to protect the construction site.")
    assert only(text, nlp, "fulfilled our part")["medium"] == "CTA"
    assert only(text, nlp, "construction site")["medium"] is None


def test_a_short_outlet_name_is_the_outlet_named_in_full_before(nlp):
    text = ("Ankara agrees to patrols\n\n"
            "Tekin spoke to the Bosphorus Herald last month and to the Steppe Herald on Friday.\n\n"
            "\"We are trying to bring people home,\" Tekin told the Herald on Friday.")
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes] == ["Steppe Herald"]


def test_an_agency_that_reported_citing_a_ministry_is_the_medium(nlp):
    text = "The Russian side will be represented by Alexander Lavrentiev, TASS reported, citing the Russian Foreign Ministry."
    found = quotes_of(text, nlp)
    assert [(q["text"], q["speaker"], q["medium"]) for q in found] == [
        ("The Russian side will be represented by Alexander Lavrentiev", "Russian Foreign Ministry", "TASS")]


def test_a_dateline_and_a_following_that_clause_are_never_content(nlp):
    text = ("ASTANA (Kazinform) - The next meeting on Syria will be held on June 20-21, Kazakh Foreign Ministry "
            "spokesperson Aibek Smadiyarov was quoted as saying.\n\n"
            "Quoting a source in the ministry, the agency said that delegations of Jordan, Lebanon and Iraq had been "
            "invited as observers.")
    texts = [q["text"] for q in quotes_of(text, nlp)]
    assert texts[0].startswith("The next meeting on Syria")
    assert texts[1].startswith("delegations of Jordan")


def test_as_reported_by_after_the_verb_names_the_medium(nlp):
    text = ("The head of the Syrian government delegation, Deputy Foreign Minister Ghassan Hilal, said on Thursday, as "
            "reported by Syrian state television, that Damascus would not discuss any arrangement “that legitimizes "
            "occupation”.")
    found = quotes_of(text, nlp)
    assert [(q["text"][:20], q["speaker"], q["medium"]) for q in found] == [
        ("Damascus would not d", "Ghassan Hilal", "Syrian state television")]


@pytest.mark.parametrize("text, fragment, medium", [
    ("Answering the question of the VTA correspondent about the talks, Zheltin said, that the Syrian leadership «is "
     "ready to continue the dialogue».", "ready to continue", "VTA"),
    ("In an interview with the Beirut-based Nabd al-Sharq TV on Sunday, the minister said the Islamic Republic would "
     "“never bargain over” the security of its advisers.", "never bargain", "Nabd al-Sharq TV"),
])
def test_a_correspondent_s_question_and_a_based_outlet(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_adding_that_hung_on_said_as_its_clause_is_a_report_of_its_own(nlp):
    text = ("\"We are not against our soldiers, we are against an open-ended adventure,\" she said, adding that the "
            "government had never explained the cost of the operations.")
    q = only(text, nlp, "never explained")
    assert (q["text"], q["cue"]) == ("the government had never explained the cost of the operations", "adding")


def test_said_according_to_an_agency_that(nlp):
    text = ("For his part, Syrian Deputy Foreign Minister Wael Jaroudi said, according to the Syrian Barada News "
            "Agency, that Damascus valued \"the sincere Iraqi efforts\".")
    q = only(text, nlp, "Damascus valued")
    assert q["text"].startswith("Damascus valued") and q["medium"] == "Barada News Agency"


@pytest.mark.parametrize("text", [
    "The first convoy ran under a return scheme agreed last month by Jordan, Syria and the UN refugee agency.",
    "Interrupted several times from the benches, she went on: “Every mandate you extend is paid for in villages.”",
])
def test_no_statement_in_a_passive_description_or_before_went_on(nlp, text):
    assert not [q for q in quotes_of(text, nlp) if q["kind"] != "direct"]


def test_as_reported_by_hung_inside_the_clause_names_the_medium(nlp):
    text = "Governor Ali Mahmoud said on Thursday, as reported by Syrian state television, that the convoy would arrive."
    assert [(q["text"], q["medium"]) for q in quotes_of(text, nlp)] == [("the convoy would arrive", "Syrian state television")]


@pytest.mark.parametrize("text, fragment, medium", [
    ("An official source at the ministry said in a statement carried by SANA that the regime \"continues to support "
     "terrorist groups\".", "continues to support", "SANA"),
    ("Speaking to Al Mayadeen TV, Sousan added that Damascus was open to \"any initiative\".", "any initiative",
     "Al Mayadeen TV"),
])
def test_a_statement_carried_by_an_agency_and_a_channel_the_ner_took_for_a_name(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_a_report_inside_a_reported_clause_is_not_a_second_quote(nlp):
    text = ("In turn, the ministry said in a statement that Damascus firmly condemns the raid carried out by coalition "
            "aircraft on the village of Tal Saman, which killed three farmers.")
    assert [(q["speaker_text"], q["text"][:30]) for q in quotes_of(text, nlp)] == [("the ministry", "Damascus firmly condemns the r")]


def test_calling_on_a_body_to_act_takes_every_infinitive(nlp):
    text = ("\"These raids will not go unanswered,\" the statement added, calling on the Security Council to \"assume "
            "its duties\" and to stop the violations.")
    q = only(text, nlp, "Security Council")
    assert q["text"].endswith("to stop the violations") and q["cue"] == "calling on"


def test_as_informed_an_acronym_the_tagger_made_a_verb(nlp):
    text = ("As informed SIA a source in the Russian MFA, the agenda of the next round was agreed on Friday with the "
            "Iranian side.")
    q = only(text, nlp, "agenda of the next round")
    assert (q["speaker_text"], q["medium"]) == ("a source in the Russian MFA", "SIA")
    assert not [q for q in quotes_of(text, nlp) if "source in the" in q["text"]]


def test_who_asked_not_to_be_named_states_nothing(nlp):
    text = "A Lebanese official who asked not to be named told Atlas Wire that Beirut would host the technical talks."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["Beirut would host the technical talks"]


def test_dismissing_a_so_called_thing_as_something_is_indirect(nlp):
    text = ("The ministry reiterated that it will not accept a \"buffer strip\" on its border, dismissing the so-called "
            "\"local councils\" in the east as a front of the PKK.")
    q = only(text, nlp, "as a front of the PKK")
    assert q["kind"] == "indirect" and q["text"].startswith("the so-called") and q["cue"] == "dismissing"


def test_an_acronym_is_the_name_the_article_spelled_it_out_with(nlp):
    text = ("Karimi expects a new round\n\n"
            "Nasser Karimi said in an interview with Tabriz Evening Network (TEN) that the talks were useful.\n\n"
            "\"We will return to Astana,\" Karimi told TEN.")
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes] == ["Tabriz Evening Network"] * 2


@pytest.mark.parametrize("text, fragment, medium", [
    ("Hassan Zarif told Iran's Payam News Agency that the meeting would be a test.", "a test", "Payam News Agency"),
    ("Speaking later to Saryarka TV, the envoy said: \"The text is almost ready.\"", "almost ready", "Saryarka TV"),
    ("\"They come to talk and leave to sanction,\" Deputy Minister Oleg Sorokin was quoted as saying by the Russian "
     "agency SIA.", "leave to sanction", "SIA"),
])
def test_more_media_a_country_an_adverb_quoted_as_saying_by(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


@pytest.mark.parametrize("text, expected", [
    # "was of the view that A, and that B": two statements of the subject's
    ("The envoy was of the view that the region needed \"trust, not lectures\", and that trade would do more for "
     "security than any conference.", [("the region needed", "was of the view"), ("trade would do more", "was of the view")]),
    # "according to X, A will be held …, and B will be raised …": two statements, each with a subject of its own
    ("According to the Ministry of Foreign Affairs of Georgia, the next round will be held on 24 June, and the issue of "
     "the return of refugees will be raised at the working group.", [("the next round", "According to"),
                                                                     ("the issue of", "According to")]),
    # (but a statement the source relays stays whole: "According to the agency X, Y stated that A, and that B")
    ("According to the Estonian agency Tuulik, the director of the firm stated that an anchor that drags follows the "
     "wind, and that this one followed the cable.", [("an anchor", "stated"), ("this one", "stated")]),
    # "said, in remarks carried by the agency X, that A, but that B"
    ("For his part, Erdem said, in remarks carried by the Turkish agency Anka Haber, that his country \"shares the water\", "
     "but that the drought \"is a reality\" for the whole region.", [("his country", "said"), ("the drought", "said")]),
    # "stressed (quoted by the agency) that …"
    ("Earlier, the minister stressed (quoted by the Cedar Dispatch Agency) that the force \"is a partner, not a "
     "witness\".", [("the force", "stressed")]),
])
def test_statements_after_asides_and_coordinated_clauses(nlp, text, expected):
    assert [(q["text"][: len(start)], q["cue"]) for q in quotes_of(text, nlp) for start, _ in [next(
        e for e in expected if q["text"].startswith(e[0]))]] == expected


@pytest.mark.parametrize("text, fragment, speaker_text", [
    ("The Head of the Government noted that 37 citizens have been illegally detained since January, and called on the "
     "international partners to «raise their voice».", "international partners", "The Head of the Government"),
    ("Party chair Rojda Demir said the motion \"closes the door to peace\", and called on the government to share the "
     "casualty figures.", "casualty figures", "Party chair Rojda Demir"),
    ("In the same interview, Shamkhi called on farmers to adhere to the approved plan and not to exceed the allocated "
     "areas.", "farmers to adhere", "Shamkhi"),
])
def test_a_second_demand_goes_with_the_first_speaker(nlp, text, fragment, speaker_text):
    assert only(text, nlp, fragment)["speaker_text"] == speaker_text


@pytest.mark.parametrize("text", [
    "\"You come here every year and ask us to applaud,\" Demir said, turning to the government benches.",
])
def test_a_participle_of_manner_after_said_is_no_statement(nlp, text):
    assert [q["kind"] for q in quotes_of(text, nlp)] == ["direct"]


def test_slammed_something_as_a_label_and_a_relayed_according_to(nlp):
    text = "Opposition lawmakers slammed the motion as \"a blank cheque\"."
    assert only(text, nlp, "blank cheque")["cue"] == "slammed"
    text = ("She told Sfeir, according to a statement from the French embassy, that France would present \"a written "
            "mechanism\" before the end of the month.")
    q = only(text, nlp, "France would present")
    assert (q["cue"], q["speaker_text"]) == ("told", "She")


def test_told_this_scribe_is_the_articles_own_outlet(nlp):
    text = ("Security dialogue ends\n\n"
            "A senior security official told this scribe that the delegations had pressed for guarantees.")
    article = through_pipeline(text, outlet="The Frontier Chronicle")
    assert [q.medium for q in article.quotes] == ["The Frontier Chronicle"]
    text = ("Visas delayed\n\n"
            "Speaking exclusively to this station, the coach said the players were ready.\n\n"
            "The captain told our radio station that the team would travel on Friday.")
    article = through_pipeline(text, outlet="Lakeside FM")
    assert [q.medium for q in article.quotes] == ["Lakeside FM", "Lakeside FM"]


def test_our_editorial_staff_and_expressed_to_name_the_medium_not_the_speaker(nlp):
    # French "a déclaré à notre rédaction" and Spanish "expresó a X que", machine-translated
    text = ("Miners return home\n\n"
            "His wife, Madame Odile Kapinga Mwamba, declared to our editorial staff, in the family home in Lemba, that "
            "the family lived «three weeks of agony».\n\n"
            "In Holguín, her brother, Ramiro Fuentes Lago, expressed to Tocororo Daily that the family followed the "
            "rescue «hour by hour».")
    article = through_pipeline(text, outlet="Le Potentiel du Soir")
    got = [(q.speaker_name, q.medium) for q in article.quotes]
    assert got == [("Odile Kapinga Mwamba", "Le Potentiel du Soir"), ("Ramiro Fuentes Lago", "Tocororo Daily")]


def test_lamented_to_the_paper_s_short_name_is_the_own_outlet(nlp):
    text = ("Clinic closes\n\n"
            "Her father, Pa Sorie Bangura, lamented to the Post: \"The nearest nurse is now two days away.\"\n\n"
            "The union complained to the Ministry of Labour that wages were late.")
    article = through_pipeline(text, outlet="Rokel Evening Post")
    assert [q.medium for q in article.quotes] == ["Rokel Evening Post", None]


def test_a_story_of_an_unknown_outlet_names_its_own_in_the_text(nlp):
    # no dateline agency, no --outlet: "this newspaper" and "told us" are the outlet the story names as a medium
    # (not the agency it quotes, and the short name counts for the full one)
    text = ("Ferry families wait\n\n"
            "Regional Commissioner Amina Lugendo told The Weekly Lantern on Monday that four bodies had been found.\n\n"
            "The Tanzanian agency TNX quoted the police as saying that the search would go on.\n\n"
            "Her sister, Ms Neema Shauri, told this newspaper that the crew had ignored the warnings.\n\n"
            "A fisherman, Mr Baraka Mwita, told us: \u201cThe wind came from nowhere.\u201d\n\n"
            "\u201cWe did what we could,\u201d the captain told the Lantern.")
    article = through_pipeline(text)
    media = {article.text[q.start : q.end][:19]: q.medium for q in article.quotes}
    assert media == {"four bodies had bee": "The Weekly Lantern", "the search would go": "TNX",
                     "the crew had ignore": "The Weekly Lantern", "The wind came from ": "The Weekly Lantern",
                     "We did what we coul": "The Weekly Lantern"}, media


def test_a_short_name_is_the_articles_own_outlet_before_another_the_table_knows(nlp):
    from sayso.ingest.outlets import OutletTable
    from sayso.model import Document
    from sayso.nlp.stage import NlpStage
    from sayso.pipeline import Pipeline

    table = OutletTable()
    table.add_row("Lake Geneva Courier", "", "", "the_courier")
    text = "Seafarers home\n\nBosun Jomar Pineda said he had feared the worst. \"We are home,\" Pineda told the Courier."
    article = Pipeline(table, (NlpStage(),))(Document(source="t.txt", content=text, outlet="Luzon Courier"))
    assert {q.medium for q in article.quotes if "home" in article.text[q.start : q.end]} == {"Luzon Courier"}
    article = Pipeline(table, (NlpStage(),))(Document(source="t.txt", content=text, outlet="Manila Ledger"))
    assert {q.medium for q in article.quotes if "home" in article.text[q.start : q.end]} == {"Lake Geneva Courier"}


@pytest.mark.parametrize("text, parts, speaker", [
    # the narrator's words set off by dashes inside the marks: the quote before them and the one after, both theirs
    ("The talks ended.\n\n«We will wait for the findings, — said the mayor Ihor Petrenko. — Then we will decide.»",
     ["We will wait for the findings", "Then we will decide."], "Ihor Petrenko"),
    ("The search goes on.\n\n„I know he is strong, – said to Nerija Press the wife of the engineer Rasa Stankūnienė. – "
     "He has survived worse storms.“", ["I know he is strong", "He has survived worse storms."], "Rasa Stankūnienė"),
    ("The talks ended.\n\n«We will wait for the findings and then decide, — said the mayor Ihor Petrenko.»",
     ["We will wait for the findings and then decide"], "Ihor Petrenko"),
])
def test_an_attribution_set_off_by_dashes_inside_the_marks_cuts_the_quote(nlp, text, parts, speaker):
    found = [q for q in quotes_of(text, nlp) if q["kind"] == "direct"]
    assert [q["text"] for q in found] == parts
    assert {q["speaker"] for q in found} == {speaker}


def test_a_dash_aside_inside_a_quote_is_no_attribution(nlp):
    text = "«We will go – slowly – to the border, and we will stay there for a while», said the minister."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["We will go – slowly – to the border, and we will stay there for a while"]


def test_told_us_inside_a_quote_is_no_medium(nlp):
    text = ("\u201eThe engineer of the ministry told us then: \u201aThis bridge is better than the project.\u2018 Today they "
            "speak about bad steel\u201c, Kulenovi\u0107 said.")
    assert {q.medium for q in through_pipeline(text).quotes} == {None}


def test_an_outlets_name_keeps_no_countrys_possessive(nlp):
    text = ("The minister was quoted by Chile's Austral news agency as saying that the deal was \"a victory\".\n\n"
            "\"It is only the beginning,\" she told Austral.")
    assert [q.medium for q in through_pipeline(text).quotes] == ["Austral", "Austral"]


@pytest.mark.parametrize("text, fragment, medium", [
    # the speaker between the verb and the outlet, with a courtesy title
    ("Djibouti, 13 March (ANDI) – The runway reopened.\n\n« The runway is clear », has declared Mr. Ismaïl Waberi "
     "Doualeh to ANDI.", "runway is clear", "ANDI"),
    # "Joined by telephone by" (the French "Joint par téléphone"), and one reached by no one named: the story's own
    ("Bamako, 15 March (AMIP) - The delegation waits.\n\nJoined by telephone by AMIP, the head of the delegation, Mr. "
     "Sékou Dembélé, has reassured the families: « All the Malians are in good health. »", "in good health", "AMIP"),
    ("Bamako, 15 March (AMIP) - The delegation waits.\n\nReached in her turn, Dr. Awa Keïta, researcher at the Centre "
     "of Sahelian Studies, has confirmed that she walks « with a cane ».", "she walks", "AMIP"),
    # "quoted by the same newspaper": the newspaper the story named last
    ("The chief executive told the Seychellois newspaper Seselwa Times that the papers were in order.\n\nThe secretary "
     "general, Marie Laporte, had assured on Saturday, quoted by the same newspaper, that the operator has a contract "
     "with the organizers.", "the operator has a contract", "Seselwa Times"),
    # "joined by telephone by" in lower case, set off after the speaker
    ("The chief engineer of the ship, the Eritrean Tesfalem Guebremedhin, joined by telephone by TIP, has for his part "
     "affirmed that the crew refuses to leave the ship « before having touched the last cent » of its wages.",
     "crew refuses", "TIP"),
    # the correspondent of no outlet named, or of the agency the dateline named: the story's own outlet
    ("ALMATY. STEPPE WIRE – The talks ended.\n\nDirector of the Institute of Water Policy Aigerim Sadykova told the "
     "correspondent of the agency that the decision opens an opportunity for the region.", "opens an opportunity",
     "STEPPE WIRE"),
    ("ALMATY. STEPPE WIRE – The talks ended.\n\nA member of the delegation, who asked not to be named, told the "
     "correspondent that several donors had insisted on loans.", "insisted on loans", "STEPPE WIRE"),
    # declarations by telephone, and a commentary to the outlet before a name with its initial glued on
    ("Asunción, Nov 8 (MBP).- The panel met.\n\nIn telephone declarations to MBP from Sekong, the engineer precised "
     "that the gate was displaced.", "gate was displaced", "MBP"),
    ("Bishkek, 2 June. /Sary-Chelek Inform/. The talks ended.\n\n«The glaciers lose a metre a year», — said in the "
     "commentary to Sary-Chelek Inform B.Asanaliev before the departure.", "glaciers lose", "Sary-Chelek Inform"),
    # a day between the verb and the story's own outlet
    ("Port-au-Prince, 12 nov. 2026 (Kiskeya Info) - The sirens of two villages did not function, has declared "
     "Wednesday to Kiskeya Info the Haitian Marie-Ange Dorval, member of the panel.", "sirens of two villages",
     "Kiskeya Info"),
])
def test_outlets_named_around_the_speaker(nlp, text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in article.text[q.start : q.end]] == [medium]


@pytest.mark.parametrize("text, fragment, medium", [
    # "told this newspaper", in a story that names its paper only in the byline: every later statement of the speaker
    ("Dam gate was never serviced, says engineer\n\nBy Peter Wasswa | The Lakeside Clarion\n\nEng. Moses Kato "
     "Mugisha, the chief inspector, told this newspaper on phone from Vientiane that the panel agreed on the report.\n\n"
     "The findings were released on Saturday.\n\nThe report also found that two sirens did not sound.\n\n\"We asked "
     "for new ropes,\" Mugisha said.", "asked for new ropes", "The Lakeside Clarion"),
    # "told the X by telephone": a call with the paper, whatever follows
    ("The smell of rust\n\nBy Claire Ngo Bell\n\nWhen Prof Marie Ngono Essomba climbed down into the gate chamber of "
     "the dam last Saturday, she says, the first thing she noticed was the smell of rust.\n\n‘The hoist chains were "
     "brown,’ the geotechnical engineer told the Wouri Herald by telephone from Vientiane.\n\nProf Ngono Essomba, 52, "
     "heads a department of an engineering school in Yaoundé.\n\nThe colleague she refers to, the Tajik hydrologist "
     "Farrukh Davlatov, told reporters on Sunday that the inflow was large.\n\nProf Ngono Essomba does not dispute the "
     "figure. According to her, the question is why the gate jammed.", "why the gate jammed", "Wouri Herald"),
])
def test_the_papers_own_interview_carries_over(nlp, text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in article.text[q.start : q.end]] == [medium]


@pytest.mark.parametrize("text, speaker, medium", [
    # an agency that informed, citing a ministry: the ministry speaks, through the agency
    ("The Honduran news agency HNX informed, citing the Ministry of Foreign Affairs of Honduras, that the six citizens "
     "of Honduras among the crew will be repatriated.", "Honduran Foreign Ministry", "HNX"),
    # "According to the agency X, the minister Y announced that …": the minister, through the agency
    ("According to the Togolese news agency TIP, the minister of the maritime economy of Togo Kojo Mavuli Agbeko "
     "announced that a special commission will decide on the judicial sale of the vessel.", "Kojo Mavuli Agbeko", "TIP"),
    # an outlet's initials the tagger made a verb, or the verb an adjective of them
    ("From Lomé, the compatriot Elvin Josué Martínez Padilla, boatswain of the ship and native of La Ceiba, Atlántida, "
     "recounted to AMN by telephone that the crew survives thanks to the food that a priest of the port brings.",
     "Elvin Josué Martínez Padilla", "AMN"),
    ("The inspector of the Federation for West Africa, Babajide Olatunji, informed AMN that the ship has debts “in at "
     "least four ports”.", "Babajide Olatunji", "AMN"),
    # "As X was informed by Y, …": Y speaks, through the agency X
    ("DUSHANBE, 11.05.2027 /NIA Khovar/. – The union's president held a conversation with the Slovak side.\n\nAs "
     "NIA Khovar was informed by the press service of the WCU, during the conversation the parties discussed the "
     "participation of the national team of Myanmar.", "WCU", "NIA Khovar"),
])
def test_who_an_agency_cites_or_reports_speaks_through_it(nlp, text, speaker, medium):
    assert [(q.speaker_name, q.medium) for q in through_pipeline(text).quotes] == [(speaker, medium)]


@pytest.mark.parametrize("text, content, kind", [
    # "launched an appeal to X to Y" (the French "lancer un appel à"): like "urged X to Y"
    ("The priest of the mission, Father Kossi Adjavon, has for his part launched an appeal to the economic operators of "
     "the port to contribute to the feeding of the crew.",
     "the economic operators of the port to contribute to the feeding of the crew", "indirect"),
    ("The minister launched an appeal to the families to « keep calm and trust the State ».",
     "the families to « keep calm and trust the State »", "mixed"),
    # "qualified X as «…»" with the verb hung on a fronted participle, its subject elsewhere
    ("Contacted by this newspaper, the spokesman of the Ministry, Hélder Cossa, qualified the accusation as «unfounded "
     "and offensive».", "the accusation as «unfounded and offensive»", "mixed"),
    # (an appeal to a virtue asks nobody to do anything)
    ("He made an appeal to reason before the vote.", None, None),
])
def test_an_appeal_or_a_judgement_of_something(nlp, text, content, kind):
    found = [(text[q.start : q.end], q.kind) for q in annotate_quotes(text, nlp)]
    assert found == ([(content, kind)] if content else [])


@pytest.mark.parametrize("text, speaker", [
    # a long lead, then its attribution: a writing with its author, an inverted verb and an office, a body with its
    # short name in brackets
    ("Asmara, 08 December 2026 (Sahel News) – The Government of the State of Eritrea is closely following the situation "
     "of two Eritrean nationals among the 19 seafarers stranded aboard the bulk carrier at the Port of Lomé, Togo, a "
     "press statement issued yesterday by the Ministry of Foreign Affairs indicated.", "Eritrean Foreign Ministry"),
    ("Ulaanbaatar /KHURD/. The Maritime Transport Agency suspended from December 9 the registration of the bulk carrier, "
     "which was abandoned by its owner in the port of Lomé of the Republic of Togo, informed the head of the Ship "
     "Registration Department of the agency Ts.Ganbold.", "Ts.Ganbold"),
    ("Tegucigalpa, 3 dic (HNX).- The six Honduran compatriots who remain for seven months without salary aboard the bulk "
     "carrier, abandoned by its owner in the port of Lomé, will be repatriated before the festivities of end of year, "
     "informed this Tuesday the Secretariat of State in the Offices of Foreign Relations and International Cooperation "
     "(Chancellery) through a communiqué.", "Honduran Foreign Ministry"),
])
def test_a_long_lead_attributed_at_its_end(nlp, text, speaker):
    found = annotate_quotes(text, nlp)
    assert [q.speaker_name for q in found] == [speaker]
    assert text[found[0].start : found[0].end].startswith("The ")


def test_called_on_a_list_of_addressees_with_an_aside(nlp):
    text = ("The press statement underlined that the seafarers are \"victims of a system\", and called on the flag State, "
            "Mongolia, and the Republic of Cyprus, where the owning company is registered, to shoulder their legal "
            "obligations.")
    found = [(text[q.start : q.end], q.speaker_text_in(text)) for q in annotate_quotes(text, nlp)]
    assert found[-1] == ("the flag State, Mongolia, and the Republic of Cyprus, where the owning company is registered, to "
                         "shoulder their legal obligations", "The press statement")


def test_a_that_clause_after_a_reported_request_is_the_requests(nlp):
    # "explained that the Ministry has requested, through the Embassy, that …": one statement, not two
    text = ("He further explained that the Ministry has requested, through the Embassy, that the two seafarers receive a "
            "medical examination, adding that the Government will cover the cost of their return.")
    assert [text[q.start : q.end] for q in annotate_quotes(text, nlp)] == [
        "the Ministry has requested, through the Embassy, that the two seafarers receive a medical examination",
        "the Government will cover the cost of their return"]


def test_what_one_recounts_is_no_quote_of_the_sentence_before(nlp):
    # "X recounts the night": a speech act with an object, no "…, X said"; "the General Directorate" is no person
    text = ("Reached by telephone by Karthala Hebdo at her hotel in Djibouti, Nassima Ali Omar, expert at the General "
            "Directorate of the Environment, recounts the night of Thursday.\n\n"
            "\"We smelled the burning before seeing anything. When the door opened, we jumped on the slide,\" she said.")
    found = quotes_of(text, nlp)
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "Nassima Ali Omar")], found


def test_what_someone_called_a_label_and_a_passive_belief(nlp):
    text = "The lawmaker also slammed what she called \"the language of the barracks\" in the minister's speech."
    q = only(text, nlp, "language of the barracks")
    assert (q["kind"], q["cue"], q["speaker_text"]) == ("mixed", "called", "The lawmaker")  # (who "she" is)
    text = "She said that a second convoy was expected \"in the coming days, if the guarantees hold\"."
    assert [q["cue"] for q in quotes_of(text, nlp)] == ["said"]


def test_a_name_before_on_tuesday_speaks_whatever_the_sentence_split(nlp):
    text = ("Foreign Minister Zulfiqar Ahmed Chandio on Tuesday urged the regional countries to act jointly, saying that "
            "the region \"cannot afford to become a theatre\".")
    assert {q["speaker"] for q in quotes_of(text, nlp)} == {"Zulfiqar Ahmed Chandio"}


def test_it_was_informed_to_an_outlet_names_the_medium(nlp):
    text = ("As it was informed to ArmVector in the press service of the Ministry of Territorial Administration, the "
            "construction of the checkpoint will be finished this year.")
    assert only(text, nlp, "construction of the checkpoint")["medium"] == "ArmVector"


@pytest.mark.parametrize("text, fragment, medium", [
    ("As transmits the agency «Absheron-Press», the Deputy Prime Minister Shahin Gurbanli declared that Baku expects "
     "«concrete results».", "concrete results", "Absheron-Press"),
    ("Narek Hovakimyan is unhappy. In an interview with the newspaper «Yerkri Dzayn» he added: «The residents learn "
     "about the decisions from the television.»", "residents learn", "Yerkri Dzayn"),
    ("In an interview with HXNA on Sunday, al-Tijani said the return of displaced people had \"begun\".",
     "return of displaced", "HXNA"),
])
def test_media_of_caucasus_and_chinese_agencies(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


@pytest.mark.parametrize("text, fragment, speaker", [
    ('Dr. Nair said while addressing a gathering of diplomats at the Institute of South-South Studies here that India '
     'stood with "the people of Sudan, not with any faction", and that the consignments would be routed through the '
     'World Food Programme.', "India stood with", "Nair"),
    ('The Ministry of External Affairs (MEA) said in a statement issued here that the assistance was "in keeping with '
     'India\'s commitment to the Global South".', "the assistance was", "Ministry of External Affairs"),
])
def test_a_that_clause_the_parser_hung_on_the_circumstances_of_the_saying(nlp, text, fragment, speaker):
    q = only(text, nlp, fragment)
    assert q["text"].startswith(fragment) and q["cue"] == "said" and speaker in q["speaker"]
    if "consignments" in text:
        assert only(text, nlp, "consignments")["text"] == "the consignments would be routed through the World Food Programme"


def test_a_that_clause_of_a_circumstance_needs_a_subject(nlp):
    text = "The minister said while addressing a gathering that was organised by students: the talks will go on."
    assert not any(q["text"].startswith("was organised") for q in quotes_of(text, nlp))


@pytest.mark.parametrize("text, content", [
    ("She lauded the role of the WHO in supporting the ministry with vaccines, calling on donors to fulfil their pledges.",
     "the role of the WHO in supporting the ministry with vaccines"),
    ("The spokesman also called on neighbouring countries to halt forced deportations during the winter months.",
     "neighbouring countries to halt forced deportations during the winter months"),
])
def test_gulf_and_afghan_statements(nlp, text, content):
    assert content in [q["text"] for q in quotes_of(text, nlp)]


def test_ukrainian_agency_style(nlp):
    """"informs that" with the verb tagged as a noun; "As reported," is the outlet's own earlier report, not a
    statement; "said on the air of the telethon X that" (the medium)."""
    text = ("The Ministry of Energy of Ukraine informs that as of 08:00 power outages were recorded in four regions.\n\n"
            "As reported, on the night of October 30 the enemy also attacked the energy infrastructure of the region.\n\n"
            "Later, Olexandr Hryhorenko said on the air of the telethon \"Spilni Novyny\" that the region survived "
            "\"the most difficult night since the spring\", but the situation is under control.")
    found = quotes_of(text, nlp)
    assert [(q["text"][:20], q["speaker_text"], q["medium"]) for q in found] == [
        ("as of 08:00 power ou", "The Ministry of Energy of Ukraine", None),
        ("the region survived ", "Olexandr Hryhorenko", "Spilni Novyny")]


def test_a_body_that_informed_an_outlets_correspondent_and_a_report_with_reference_to_a_source(nlp):
    text = ("In the company «Vorsklaenergo», the Ukrvisnyk correspondent was informed that the restoration of power "
            "supply in the district is planned to be completed by the evening of November 4.\n\n"
            "In Sumy region, 12 settlements of Shostka community remain de-energized, Ukrvisnyk reports with reference "
            "to the Sumy Regional Military Administration.")
    found = quotes_of(text, nlp)
    assert [(q["speaker"], q["medium"]) for q in found] == [
        ("Vorsklaenergo", "Ukrvisnyk"), ("Sumy Regional Military Administration", "Ukrvisnyk")]


def test_directing_that_reports(nlp):
    text = ("Gen. Sharfi stated that the Council \"stands fully behind the local authorities,\" directing that priority "
            "be given to cleaning the water stations.")
    q = only(text, nlp, "priority be given")
    assert (q["text"], q["cue"]) == ("priority be given to cleaning the water stations", "directing")


def test_a_statement_given_for_an_outlet(nlp):
    """Balkan "izjavio je za": the outlet is the medium of the speaker's later statements too, and a speaker named
    after it (past the outlet) speaks."""
    text = ("The level of the river fell by 40 centimetres during the night, stated today for BPA the Minister of "
            "Environmental Protection Dragana Vuksanović.\n\n"
            "She assessed that the embankments «passed the exam», but pointed out that the section near the village "
            "must be reinforced.\n\n"
            "„We had 200 people on the embankments day and night“, – stated for the daily «Beogradski Dnevnik» the "
            "director of the water company «Hidro-Drina» Miloš Radojičić.")
    found = quotes_of(text, nlp)
    assert [(q["speaker"], q["medium"]) for q in found] == [("Dragana Vuksanović", "BPA")] * 3 + [
        ("Miloš Radojičić", "Beogradski Dnevnik")]
    assert [q["speaker_text"] for q in found][1:3] == ["She", "She"]  # (not "the embankments" the parser gave the second)


def test_said_for_is_no_medium_without_an_outlet(nlp):
    text = "Vuksanović said for the first time that the state would pay for the damage."
    assert only(text, nlp, "state would pay")["medium"] is None


def test_a_trailing_attribution_with_its_speaker_at_the_sentence_end(nlp):
    text = ("Militants of the terrorist group \"Liwa al-Sahel\" are preparing a staged provocation in the south of the "
            "zone, informed on Thursday at a briefing deputy head of the Russian Centre for Reconciliation Rear Admiral "
            "Arkady Pozdnyshev.")
    q = only(text, nlp, "staged provocation")
    assert (q["kind"], q["cue"], q["speaker"]) == ("indirect", "informed", "Arkady Pozdnyshev")
    assert q["text"].startswith("Militants of the terrorist group")
    # a passive description after a comma stays one
    assert quotes_of("The convoy, escorted by the army, reached the town, informed about the route in advance.", nlp) == []


def test_a_monday_statement_and_a_call_on_return_are_read_as_written(nlp):
    q = only("A Monday statement said the talks would resume in Geneva.", nlp, "talks would resume")
    assert q["speaker"] != "Monday"
    q = only("Sadr called on his return to Najaf for an end to the violence.", nlp, "end to the violence")
    assert q["text"].startswith("an end to the violence")


@pytest.mark.parametrize("text, expected", [
    # a clause on a circumstance that is no one's words
    ("The company said on Monday it would cut 500 jobs, in a sign that the slowdown is deepening.",
     [("it would cut 500 jobs", "The company")]),
    ("“I am devastated,” the father said after learning that his son had been killed.",
     [("I am devastated,", "the father")]),
    # a plural noun after a name is no verb: "Fed signals", "Senate rules"
    ("Fed signals that rates will stay high pushed bond yields up on Wednesday.", []),
    ("Senate rules that limit debate have frustrated the majority for years.", []),
    ("Fans lauded the singer.", []),
    # "According to X, A, but Y warned that B": B is Y's
    ("According to the ministry, the dam is safe, but analysts warned that the spring floods could breach it.",
     [("the dam is safe", "the ministry"), ("the spring floods could breach it", "analysts")]),
])
def test_what_is_no_statement_and_whose_it_is(nlp, text, expected):
    assert [(q["text"], q["speaker_text"]) for q in quotes_of(text, nlp)] == expected


@pytest.mark.parametrize("text", [
    # (not in the lead, whose "told X" is the interview the story is made of)
    "The ministry said the talks would resume.\n\nMekdad told Al-Mayadeen TV that the talks were useful.\n\n"
    "The weather was mild.\n\nThe roads were open.\n\n"
    "Mekdad said for his part that Damascus would attend the next round.",
    "The company announced for UK customers that prices would rise in May.",
])
def test_said_for_is_an_outlet_only_when_one_follows(nlp, text):
    assert quotes_of(text, nlp)[-1]["medium"] is None


def test_lauded_a_thing_as_a_quoted_label_after_a_relative_clause(nlp):
    text = ('Deputy Foreign Minister Karim Haddadin, who attended the handover ceremony, lauded the aid as "a sincere '
            'expression of the friendship between the two peoples."')
    (q,) = quotes_of(text, nlp)
    assert q["kind"] == "mixed" and q["cue"] == "lauded" and q["speaker"] == "Karim Haddadin"
    assert q["text"].startswith("the aid as")


def test_calling_for_a_quoted_demand_after_a_quoted_label(nlp):
    text = ("Egypt's top diplomat also lauded what he described as \"serious steps\" taken by Damascus to facilitate the "
            "return of refugees, calling for \"intensifying international support for early recovery projects.\"")
    calling = [q for q in quotes_of(text, nlp) if q["cue"].startswith("calling")]
    assert len(calling) == 1 and "intensifying international support" in calling[0]["text"]
    assert calling[0]["speaker"] == "Egypt's top diplomat" and calling[0]["kind"] == "mixed"


def test_an_interview_with_a_pan_arab_daily_names_the_daily(nlp):
    text = ('In an interview with the pan-Arab daily Al-Masar published on Friday, the envoy said the region '
            '"belongs to its people."')
    (q,) = quotes_of(text, nlp)
    assert q["medium"] == "Al-Masar"


@pytest.mark.parametrize("text, speaker", [
    ("Secretary of State for Northern Ireland Hilary Benn said the deal would protect jobs.", "Hilary Benn"),
    ("President of Kenya William Ruto said the tax bill would be withdrawn.", "William Ruto"),
    ("Baghdad, INA - Minister of Water Resources Aoun Diab said on Monday that Iraq has received assurances.",
     "Aoun Diab"),
    ("One analyst called Trump's plan \"reckless.\"", "One analyst"),  # (called: a judgement, not a name)
    ("The plan is a disgrace, slammed opposition leader Peter Dutton.", "Peter Dutton"),
])
def test_an_office_of_a_place_before_a_name_and_verbs_that_judge(nlp, text, speaker):
    (q,) = quotes_of(text, nlp)
    assert q["speaker"] == speaker


def test_told_our_correspondent_is_the_articles_own_outlet(nlp):
    text = ("Raid on the camp\n\n"
            "Eyewitnesses told our correspondent that the soldiers blocked the ambulances for an hour.")
    article = through_pipeline(text, outlet="Hebron Daily")
    assert [q.medium for q in article.quotes] == ["Hebron Daily"]


@pytest.mark.parametrize("text, fragment", [
    ("Al-Masri, for his part, thanked his host, and said Cairo regarded Amman as \"a partner at every step\" of the talks.",
     "a partner at every step"),
    ("The minister noted that Cairo considers Minsk as «an important gate to the Eurasian market».", "an important gate"),
    ("Es-Savvaf, in his turn, conveyed to the Belarusian leader the greetings of the Egyptian President and informed "
     "that Cairo considers Minsk as «an important gate to the Eurasian Economic Union».", "an important gate"),
])
def test_a_clause_of_regarding_keeps_its_as(nlp, text, fragment):
    q = [q for q in quotes_of(text, nlp) if fragment in q["text"]]
    assert len(q) == 1 and q[0]["kind"] == "mixed" and " as " in q[0]["text"]


def test_a_manner_after_according_to_is_no_source(nlp):
    text = ("The Ukrainian side continues to insist on an exchange according to the \"all for all\" formula, Petro "
            "Danyliuk emphasized.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Petro Danyliuk"]


def test_a_given_name_said_is_no_cue(nlp):
    text = "The minister received Minister of State Saleh bin Said Al-Marri, who arrived from Doha with a letter."
    assert quotes_of(text, nlp) == []


def test_a_belief_reported_by_a_source_after_it_is_the_source_s(nlp):
    text = ("The mediators believe a deal is \"within reach\" if the border question can wait a few weeks, said one "
            "person briefed on the talks.")
    q = only(text, nlp, "within reach")
    assert q["text"].startswith("The mediators believe") and q["speaker_text"] == "one person"


def test_a_circumstance_after_the_attribution_is_not_what_was_said(nlp):
    text = ("Pakistan has offered its \"full support\" to the mediators in Doha, the Foreign Office said on Thursday, as "
            "senators from both benches demanded a closed briefing on the relief effort.")
    q = only(text, nlp, "full support")
    assert q["speaker_text"] == "the Foreign Office" and "senators" not in q["text"]
    text = "The talks failed, as the minister said."
    assert only(text, nlp, "talks failed")["speaker_text"] == "the minister"


def test_a_source_cited_between_the_outlet_and_its_verb(nlp):
    text = ("The Hebrew daily Yom Shlishi, citing a senior official, reported that the cabinet would discuss the "
            "proposal on Sunday.")
    q = only(text, nlp, "cabinet would discuss")
    assert (q["speaker"], q["medium"]) == ("a senior official", "Yom Shlishi")


def test_a_press_statement_to_an_outlet_covers_what_follows(nlp):
    text = ("In a press statement to EAN, H.E. Rashid Al Mansoori lauded the cooperation of the two sides, which he "
            "described as \"sincere\".\n\n"
            "He noted that the latest exchange was the tenth conducted by the UAE.")
    assert {q["medium"] for q in quotes_of(text, nlp)} == {"EAN"}


def test_an_outlet_with_its_kind_and_region_after_speaking_to(nlp):
    text = "Speaking to the Gulf broadcaster Al-Waha TV on Tuesday, the minister warned that the talks could collapse."
    assert only(text, nlp, "talks could collapse")["medium"] == "Al-Waha TV"


@pytest.mark.parametrize("text, fragment", [
    ("The minister said, although the talks had been difficult, progress had been made.", "progress had been made"),
    ("According to the government's plan, 5,000 teachers will be hired next year, the education ministry said.",
     "teachers will be hired"),
])
def test_a_subordinate_clause_or_a_plan_inside_what_was_said_keeps_the_statement(nlp, text, fragment):
    assert len([q for q in quotes_of(text, nlp) if fragment in q["text"]]) == 1


def test_a_person_citing_something_has_no_medium(nlp):
    text = "Prime Minister Shehbaz Sharif, citing the economic situation, said the budget would be cut."
    assert only(text, nlp, "budget would be cut")["medium"] is None


def test_the_lead_s_interview_holds_the_speaker_s_later_words(nlp):
    text = ("MOSCOW, May 4. /VTA/. Russia is ready to host the talks, Deputy Foreign Minister Oleg Strelnikov told VTA.\n\n"
            "The diplomat noted that the dates were being agreed.\n\n"
            "Syria's envoy Rami Saad said the delegation was ready.\n\n"
            "Strelnikov added that the agenda would include the border.\n\n"
            "Strelnikov said in a statement on Monday that the ministry condemned the strikes.")
    assert only(text, nlp, "agenda would include")["medium"] == "VTA"
    assert only(text, nlp, "dates were being agreed")["medium"] == "VTA"
    assert only(text, nlp, "condemned the strikes")["medium"] is None  # (a statement is not the interview)


def test_what_follows_an_attribution_that_is_no_statement(nlp):
    text = "“Maps drawn abroad will fail,” Aydin said, to applause from the deputies. “We remember our dead.”"
    assert all("applause" not in q["text"] for q in quotes_of(text, nlp))
    text = ("Foreign Minister Kemal Oral said on Monday that Ankara would pursue “terrorists wherever they are,” "
            "according to the agency TKA, without naming the villages.")
    assert [q["text"] for q in quotes_of(text, nlp) if q["text"].startswith("without")] == []
    text = ("The envoy added that she would travel to Beirut to meet Minister Karim Nassar, whom she described as "
            "\"a careful partner.\"")
    assert [q["text"] for q in quotes_of(text, nlp) if q["text"].startswith(("whom", "The envoy"))] == []


def test_a_clause_goes_on_over_what_it_is_about(nlp):
    text = "He said the two governments were \"united\" regarding the need to reopen the crossing at Nasib."
    assert only(text, nlp, "united")["text"].endswith("crossing at Nasib")


def test_a_quote_over_paragraphs_takes_the_name_where_it_closes(nlp):
    text = ("“The water came at night,” said Dilan, a teacher.\n\n"
            "“It is the second flood this year. Nobody came to help us.\n\n"
            "“We sleep at the school now,” said Berivan, a mother of three from the same street.")
    assert only(text, nlp, "second flood")["speaker"] == "Berivan"


def test_the_agency_s_own_interview_holds_the_speaker_s_later_words(nlp):
    text = ("SANAA, Nov. 27 (YHB) - The council affirmed on Monday that the release was a humanitarian initiative.\n\n"
            "For his part, committee head Saleh al-Harazi told YHB that the crew were handed over on Sunday.\n\n"
            "The council also called for the airport to be reopened.\n\n"
            "Al-Harazi pointed out that the crew had called their families every week.\n\n"
            "\"Even the captain said to me, 'We leave as friends,'\" al-Harazi added.")
    article = through_pipeline(text)
    found = [(q.text_in(article.text), q.medium) for q in article.quotes]

    def medium(start):
        return next(m for quote, m in found if quote.startswith(start))

    assert medium("the crew had called") == "YHB", found
    assert medium("Even the captain") == "YHB", found
    assert medium("We leave as friends") is None, found  # (a quote inside a quote reached its speaker, no outlet)
    assert medium("to be reopened") is None, found


def test_it_is_to_be_recalled_is_the_narrator_s(nlp):
    text = ("It is to be recalled that the Deputy Minister, Ali Nasser, had indicated Monday, in declarations relayed "
            "by the agency KNA, that the crew had undergone medical examinations.")
    assert [(q["text"][:20], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [
        ("the crew had undergo", "Ali Nasser", "KNA")]


def test_an_inverted_told_names_the_speaker_not_a_medium(nlp):
    text = ("Sherzod Yusupov in interview to the newspaper «Tong Yulduzi» told, that the crew was held on the vessel.\n\n"
            "«The most difficult was not to know, what happens at home», — told Sherzod.")
    assert only(text, nlp, "most difficult")["medium"] == "Tong Yulduzi"


def test_a_company_an_agency_cites_is_the_speaker_not_a_statement(nlp):
    text = ("The Spanish agency EFA reported, citing the salvage company Remolques del Sur, that a specialised tug left "
            "Algeciras on Friday.")
    assert [(q["text"][:12], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [
        ("a specialise", "Remolques del Sur", "EFA")]  # (the company's name right after its kind)


def test_a_quote_over_paragraphs_signed_by_name_then_verb_where_it_closes(nlp):
    text = ("The talks ended at dawn.\n\n"
            "“It is the second flood this year. Nobody came to help us.\n\n"
            "“We sleep at the school now,” Berivan Aydin told the Valley Courier by phone.")
    found = only(text, nlp, "second flood")
    assert (found["speaker"], found["medium"]) == ("Berivan Aydin", "Valley Courier")


def test_a_relative_clause_with_a_reporting_verb_reports_nothing(nlp):
    assert quotes_of("The word \"moratorium\", which Tokyo rejects, does not appear in the final text.", nlp) == []
    assert quotes_of("It is necessary to recall that the pause forbids any approval until 2029.", nlp) == []
    # (one the parser marked with its "that" as a clause of the sentence: the bond is no statement)
    text = "The fine will be paid out of the $450,000 bond that the owner, Armadora Corvo Mariño of Vigo, posted on Tuesday."
    assert quotes_of(text, nlp) == []


@pytest.mark.parametrize("text, fragment, medium", [
    ("When contacted by Harian Timur today, marine expert Dr Siti Zulaikha said the window gave time.\n\n"
     "According to her, the country has few scientists.", "few scientists", "Harian Timur"),
    ("In the same dialogue with Austral, the undersecretary Paula Reyes considered that the moment came late.",
     "moment came late", "Austral"),
    ("Diplomatic sources consulted by Austral pointed out that the delegation tried to shorten the pause.",
     "shorten the pause", "Austral"),
    ("Met by Ebrie Matin at the port, the fish seller Mrs. Awa Koné said the fish were leaving.",
     "fish were leaving", "Ebrie Matin"),
    ("Okabe said the firm would study the text, according to Japanese news agency Kansai News.",
     "study the text", "Kansai News"),
])
def test_interview_openers_name_the_medium(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_the_outlet_s_own_story_names_it_as_the_medium_when_told_to_it():
    text = ("Abidjan, December 4, 2026 (Ebrie Matin) - The ambassador, Mrs. Aminata Diallo, has for her part "
            "indicated to Ebrie Matin that the talks were fruitful.")
    article = through_pipeline(text)
    assert [(q.text_in(article.text), q.medium) for q in article.quotes] == [("the talks were fruitful", "Ebrie Matin")]


def test_an_agency_with_a_capital_beyond_ascii_is_named_and_its_interview_held():
    text = ("Prague, Oct 15 (ČKA) - The trekkers are all safe, ministry spokeswoman Alena Dvořáková told ČKA today.\n\n"
            "The group has been waiting in the village since Wednesday, she said.\n\n"
            "Guide Pavel Hruška described the mood as \"cold but calm\" in a phone call with ČKA.\n\n"
            "He added that the group had food for four days.\n\n"
            "The spokeswoman later told journalists that a consul would arrive on Friday. She rejected the criticism "
            "as \"politicking\".")
    article = through_pipeline(text)
    found = {q.text_in(article.text)[:24]: (q.speaker_name, q.medium) for q in article.quotes}
    assert article.agency == "ČKA"
    assert found["The trekkers are all saf"] == ("Alena Dvořáková", "ČKA"), found
    assert found["The group has been waiti"] == ("Alena Dvořáková", "ČKA"), found
    assert found["the mood as \"cold but ca"][1] == "ČKA", found
    assert found["the group had food for f"] == ("Pavel Hruška", "ČKA"), found
    assert found["a consul would arrive on"] == ("Alena Dvořáková", None), found  # (journalists: another venue)
    assert found["the criticism as \"politi"][1] is None, found  # (and what she said there)


def test_a_newsroom_s_finding_and_a_source_it_cites(nlp):
    text = "The Valley Courier has learnt that the letter was returned because it lacked a notary's stamp."
    assert (only(text, nlp, "letter was returned")["speaker"]) == "Valley Courier"
    # (a discovery is no statement: "Regional capitals have learned that …", "She learned that …")
    assert quotes_of("Regional capitals have learned that guarantees expire with each election.", nlp) == []
    text = ("The news server Zpravy24.cz, citing a source at the insurer, wrote that the company would pay a law firm "
            "to certify the document.")
    found = only(text, nlp, "would pay a law firm")
    assert (found["speaker_text"], found["medium"]) == ("a source at the insurer", "Zpravy24.cz")
    text = "According to what this medium could learn, the ministry is weighing sending a consul to Kathmandu."
    assert only(text, nlp, "ministry is weighing")["speaker"] == "this medium"


def test_speaking_to_an_outlet_opens_an_interview(nlp):
    text = ("Speaking to Cape Radio from the camp on a borrowed phone, group leader Sipho Ndlovu says morale is good.\n\n"
            "“We sleep twelve to a room,” Ndlovu says.\n\n"
            "“Nobody here is panicking.”\n\n"
            "He says the insurer sent its guarantee on Wednesday.")
    assert only(text, nlp, "insurer sent its guarantee")["medium"] == "Cape Radio"


def test_machine_translated_spanish_word_orders(nlp):
    text = ("\"We are well, but the uncertainty is killing us,\" affirmed in dialogue with Radio Andes the andinist Tomás "
            "Ibáñez during the morning program.")
    found = only(text, nlp, "uncertainty is killing")
    assert (found["speaker"], found["medium"]) == ("Tomás Ibáñez", "Radio Andes")
    text = "The climbers would be evacuated by helicopter this Friday, confirmed to this medium sources of the Chancellery."
    assert only(text, nlp, "evacuated by helicopter")["speaker_text"] == "sources of the Chancellery"
    text = ("The talks ended.\n\n\"The mountain does not forgive improvisation.\" The phrase belongs to the president of "
            "the Andean Club, Julio Ramos Paz, who asked for an emergency fund.")
    assert only(text, nlp, "does not forgive")["speaker"] == "Julio Ramos Paz"
    text = ("Also at the camp is the Mongolian mountaineer Saran Batbold, who in statements to the agency MNA of her "
            "country promised not to descend until the last porter is evacuated.")
    found = only(text, nlp, "not to descend")
    assert (found["text"], found["speaker"], found["medium"]) == (
        "not to descend until the last porter is evacuated", "Saran Batbold", "MNA")


def test_a_request_reports_what_it_asks_for(nlp):
    assert only("The envoy requested the Nepali side to allow the costs to be guaranteed by the embassy.", nlp,
                "allow the costs")["speaker"] == "the envoy"
    text = ("An official who requested anonymity because he was not authorized to speak said the seafarers would each "
            "receive aid.")
    assert [q["text"] for q in quotes_of(text, nlp)] == ["the seafarers would each receive aid"]


def test_for_a_person_states_a_view(nlp):
    text = ("For the volcanologist Marta Quispe, of the National University of Arequipa, the eruption \"was foretold\". "
            "She recalled that the crater had been on a watch list since 2021.")
    found = only(text, nlp, "eruption")
    assert (found["text"], found["kind"], found["speaker"]) == ("the eruption \"was foretold\"", "mixed", "Marta Quispe")
    assert only("For the chancellor, the accord is a step towards a fairer fishing regime.", nlp,
                "step towards")["speaker_text"] == "the chancellor"
    # (a time, a part or a group holds no view)
    for text in ("For the first time, the ministry published the figures.", "For many residents, the flood was a surprise.",
                 "For years, the road has been closed in winter."):
        assert quotes_of(text, nlp) == [], text


def test_an_agency_that_cites_a_source_passes_on_that_source_s_words(nlp):
    text = ("According to the Slovak agency TASR, which cited the spokesman of the Interior Ministry, Juraj Kollár, the "
            "stranded hikers would be flown out on Friday.")
    found = quotes_of(text, nlp)
    assert [(q["text"], q["speaker"], q["medium"]) for q in found] == [
        ("the stranded hikers would be flown out on Friday", "Juraj Kollár", "TASR")]
    found = only("Czech news agency ČKA quoted Pavel Hruška as saying he would stay until the last client had left.", nlp,
                 "would stay")
    assert (found["speaker"], found["medium"]) == ("Pavel Hruška", "ČKA")
    assert only("The minister cited the drought and the fall in exports as the reasons.", nlp, "drought")


def test_a_live_blog_s_time_stamp_stands_apart_from_the_entry(nlp):
    text = ("10:05 GMT – Slovak news agency TASR reported, citing the interior ministry in Bratislava, that the hikers "
            "had started walking down after soldiers built a bridge.")
    found = quotes_of(text, nlp)
    assert [(q["text"][:35], q["speaker_text"], q["medium"]) for q in found] == [
        ("the hikers had started walking down", "the interior ministry", "TASR")]
    assert [s.text.split()[0] for s in parse_text(text, nlp).sents][:2] == ["10:05", "Slovak"]


@pytest.mark.parametrize("text, content", [
    # calques of Spanish and Portuguese reporting verbs (precisó, sostuvo, refirió, resaltó, detalló, garantiu)
    ("The minister precised that the visas would be issued on Monday.", "the visas would be issued on Monday"),
    ("Quispe sustained that the federation had done everything correctly.", "the federation had done everything correctly"),
    ("The coach referred that the players were tired.", "the players were tired"),
    ("The ambassador highlighted that the two countries were friends.", "the two countries were friends"),
    ("The official detailed that 12 players had applied.", "12 players had applied"),
    ("The spokesman qualified the accusation as \"unfounded and offensive\".", "the accusation as \"unfounded and offensive\""),
])
def test_machine_translated_reporting_verbs(nlp, text, content):
    assert [q["text"] for q in quotes_of(text, nlp)] == [content]


def test_the_same_verbs_without_a_statement_report_nothing(nlp):
    text = ("The player sustained injuries in the crash. He referred to the letter. She highlighted the problem. "
            "The team qualified for the final. Three players qualified as grandmasters last year.")
    assert quotes_of(text, nlp) == []


def test_an_agency_after_a_report_of_its_own_is_the_medium(nlp):
    text = ("The president of the WCU, Shodmon Nazarzoda, informed in Bratislava that he maintains conversations with "
            "the ministry and that a solution before Tuesday is possible, according to the Slovak agency SKN.")
    found = quotes_of(text, nlp)
    assert [(q["text"], q["cue"], q["speaker"], q["medium"]) for q in found] == [
        ("he maintains conversations with the ministry", "informed", "Shodmon Nazarzoda", "SKN"),
        ("a solution before Tuesday is possible", "informed", "Shodmon Nazarzoda", "SKN")]


def test_said_by_telephone_or_to_a_station_names_the_medium(nlp):
    text = ("From Yangon, the captain, Zaw Lin Tun, assured by telephone to EFE that his team was ready.\n\n"
            "The grandmaster Gabriela Cárdenas Villanueva declared to the station Radio Altiplano that the players "
            "were colleagues.")
    assert [(q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [
        ("Zaw Lin Tun", "EFE"), ("Gabriela Cárdenas Villanueva", "Radio Altiplano")]


@pytest.mark.parametrize("text, speaker, medium", [
    # an outlet whose report ends the sentence passes the statement on: one record, the outlet its medium
    ("Cambodia’s Secretary of State for Foreign Affairs, Sok Vanarith, said on Tuesday that Phnom Penh had only been "
     "allowed phone contact with its eight nationals, the Cambodian agency KPA reported.", "Sok Vanarith", "KPA"),
    ("The minister said the talks had been useful and frank, reports the Cambodian agency KPA.", "the minister", "KPA"),
    # (the outlet's own report has no medium)
    ("The talks between the two delegations were useful and frank, the Cambodian agency KPA reported.", "KPA", None),
    # a station by its name: "has he confided to Radio X"
    ("At Moanda, the president of the association, Bienvenu Makiese Nzuzi, saluted the firmness of Libreville. «Our "
     "sea also is emptied every night by these boats», has he confided to Radio Ngonge.", "Bienvenu Makiese Nzuzi",
     "Radio Ngonge"),
])
def test_an_outlet_that_relays_or_hears_a_statement_is_its_medium(nlp, text, speaker, medium):
    found = quotes_of(text, nlp)
    assert [(q["speaker"], q["medium"]) for q in found] == [(speaker, medium)], found


def test_a_compound_past_cue_before_its_speaker_as_translations_from_french_write_it(nlp):
    text = ("The Atlantic Coast Fisheries Commission (CPCA) has asked the Gabonese authorities to conduct the procedure "
            "with celerity, has indicated this Friday its executive secretary, Jean-Claude Kabongo Mwamba, at the exit "
            "of an extraordinary session.\n\n"
            "«The Commission does not pronounce itself on the culpability of the crew», has declared Kabongo Mwamba to "
            "the press.")
    found = quotes_of(text, nlp)
    assert [(q["text"][:30], q["cue"], q["speaker"]) for q in found] == [
        ("The Atlantic Coast Fisheries C", "indicated", "Jean-Claude Kabongo Mwamba"),
        ("The Commission does not pronou", "declared", "Jean-Claude Kabongo Mwamba")]


@pytest.mark.parametrize("text, fragment, speaker", [
    # what is asked of someone, also by appeal or instruction
    ("The wife of a Thai trawler captain held in Gabon has appealed to the government to bring him home, as police "
     "widened a probe.", "the government to bring him home", "the wife of a Thai trawler captain"),
    ("Samdech Ouk Chanthorn visited the families. Samdech also instructed the relevant ministries to cover the air "
     "tickets of the fishermen.", "the relevant ministries to cover", "Ouk Chanthorn"),
])
def test_what_a_speaker_appeals_for_or_instructs(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_an_ed_cue_the_tagger_made_an_adjective_after_a_quote(nlp):
    text = ("Samdech Ouk Chanthorn, Deputy Prime Minister and Chairman of the Inter-Ministerial Committee for the "
            "Protection of Cambodian Workers Abroad, said the Government would act.\n\n"
            "\"Our fishermen are not criminals. They are the sons of poor families,\" Samdech Deputy Prime Minister "
            "underlined, adding that Cambodia respects the sovereign right of every coastal state.")
    assert only(text, nlp, "not criminals")["cue"] == "underlined"
    assert only(text, nlp, "not criminals")["speaker"] == "Ouk Chanthorn"
    assert only(text, nlp, "sovereign right")["speaker"] == "Ouk Chanthorn"


@pytest.mark.parametrize("text, fragment, whole", [
    # the parser hung the rest of the reported sentence on the cue: the clause runs on to the sentence's end
    ("The Tax Foundation says it would depress revenue in the early years as investors delayed sales, but would "
     "eventually add $84 billion over 10 years.", "depress revenue",
     "it would depress revenue in the early years as investors delayed sales, but would eventually add $84 billion "
     "over 10 years"),
    ("Governor Ruth Okafor said it would be \"unwise\" for her to speak on whether the footage should be shown while "
     "the inquiry is open.", "unwise",
     "it would be \"unwise\" for her to speak on whether the footage should be shown while the inquiry is open"),
    # a second quoted fragment goes on with the clause; the speaker's next act does not
    ("In a note sent to the press, the command of the mission estimated that an assault in a zone «so densely "
     "populated» would be «a bet with the life of the hostages» and called for calm.", "densely populated",
     "an assault in a zone «so densely populated» would be «a bet with the life of the hostages»"),
])
def test_a_reported_clause_runs_to_the_end_of_its_sentence(nlp, text, fragment, whole):
    assert only(text, nlp, fragment)["text"] == whole


@pytest.mark.parametrize("text, fragment, end", [
    # but not over a closing attribution, a scene or a comment on the statement
    ("The envoy said the convoy had reached the border town as planned, the agency reported.", "convoy had reached",
     "as planned"),
    ("The team leader noted that the climbers had turned back because of snow, a decision which, in her words, "
     "\"saved our lives\".", "climbers had turned back", "because of snow"),
])
def test_a_reported_clause_stops_before_what_is_not_the_statement(nlp, text, fragment, end):
    assert only(text, nlp, fragment)["text"].endswith(end)


def test_a_quote_with_its_translation_in_brackets_keeps_the_cue_after_them(nlp):
    text = ("The former senator said the two drivers were alive. «Mwen pale avè l de fwa. Li konnen mwen» (I spoke "
            "with him twice. He knows me), declared the former parliamentarian.")
    found = quotes_of(text, nlp)
    assert [(q["kind"], q["cue"]) for q in found] == [("indirect", "said"), ("direct", "declared")], found


@pytest.mark.parametrize("text, fragment, speaker", [
    ("In Thiès, the imam of the Grand Mosque, Thierno Amadou Ba, has invited the faithful to multiply prayers for the "
     "release of the hostages.", "the faithful to multiply prayers", "Thierno Amadou Ba"),
    ("Party chairperson Naume Chikanda hailed the Government for “putting every citizen first”.",
     "the Government for", "Naume Chikanda"),
])
def test_an_invitation_and_praise_for_something_are_statements(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "A trader at the market, who asked that her name not be published, told the radio: «Nobody goes out after dark.»",
    "He declined to comment on reports that the mission had been kept away from the talks.",
])
def test_anonymity_and_a_refusal_to_comment_state_nothing(nlp, text):
    assert [q["text"] for q in quotes_of(text, nlp) if q["kind"] != "direct"] == []


def test_asking_not_to_have_ones_name_published_states_nothing(nlp):
    text = ("By telephone, a sister of Antônio Carlos, who asked not to have her name published, told Amazônia Agora that "
            "the family learned of the accident “through an audio on WhatsApp”.")
    assert [q["cue"] for q in quotes_of(text, nlp)] == ["told"]


@pytest.mark.parametrize("text, medium", [
    ("For his part, the former senator Wilner Sainvilus affirmed on Radio Vwa Lakay that the two drivers were alive.",
     "Radio Vwa Lakay"),
    ("Reached by telephone by Lakay Info, the head of mission, Pascal Ebersold, said the charity does not pay ransoms.",
     "Lakay Info"),
    ("The former senator, who led the talks, told the Haitian radio station Radio Vwa Lakay that the talks would "
     "go on.", "Radio Vwa Lakay"),
    ("According to the Haitian digital medium Lakay Info, the gang leader, Wilson Destiné, demanded in a voice "
     "message that the police leave the zone.", "Lakay Info"),
    ("Syria's Foreign Minister Haitham Shaer said the plans were an annexation, according to the official Syrian "
     "news agency BNA.", "BNA"),
])
def test_outlets_named_the_ways_translated_copy_names_them(nlp, text, medium):
    assert [q["medium"] for q in quotes_of(text, nlp)] == [medium]


def test_an_interview_named_in_the_sentence_before_a_quote_is_its_medium(nlp):
    text = ("Speaking to LŽA by phone from Port-au-Prince, Dalia Žukauskienė described her ten days in captivity. "
            "„We were kept in a house with no windows,“ she said.\n\n"
            "She said she was worried about the two colleagues still held.")
    assert [q["medium"] for q in quotes_of(text, nlp)] == ["LŽA", "LŽA"]


def test_an_inverted_attribution_after_a_clause_the_tagger_left_without_a_tense(nlp):
    text = ('On the Haitian side, the national police and the multinational mission "do not yet agree" on a military '
            'option, indicated a diplomatic source in Dakar, specifying that the envoy would plead for dialogue.')
    found = quotes_of(text, nlp)
    assert [(q["kind"], q["cue"], q["speaker_text"]) for q in found] == [
        ("mixed", "indicated", "a diplomatic source in Dakar"), ("indirect", "specifying", "a diplomatic source in Dakar")]


@pytest.mark.parametrize("text, fragment, speaker, text_start", [
    # "For X, <office>, …": the view starts after the office
    ('For Dr Aliou Diallo, researcher at the Centre for Strategic Studies of Dakar, the kidnapping of foreigners has '
     'become "a political weapon" for the gangs.', "political weapon", "Aliou Diallo", "the kidnapping"),
    # a reporting verb the tagger made a plural noun, after an office
    ("Dr Aliou Diallo spoke in Dakar. The researcher recalls that the gang had already held two doctors for three "
     "weeks in 2025.", "two doctors", "Aliou Diallo", "the gang"),
])
def test_views_and_recollections_of_a_named_expert(nlp, text, fragment, speaker, text_start):
    quote = only(text, nlp, fragment)
    assert (quote["speaker"], quote["text"][: len(text_start)]) == (speaker, text_start)


@pytest.mark.parametrize("text, cue, speaker", [
    ("“Claudine is strong. She chose nursing to serve people who have nothing.”\n\nThose were the words of her "
     "husband, Jean Bosco Niyonzima, who spoke at the couple's home in Kicukiro.", "were the words of",
     "Jean Bosco Niyonzima"),
    ("Schools stayed shut in Shama.\n\n“I have not slept since they told us. Kweku is my only son.” This was the plea "
     "of his mother, Madam Ekua Abaka, when reporters visited the family.", "was the plea of", "Ekua Abaka"),
    # (machine-translated French "Ces mots sont ceux de …")
    ("«The union has shown that it can negotiate. It must now choose its hosts better.» These words are those of the "
     "Ugandan Harriet Namuli, vice-president of the union, interviewed on Wednesday.", "are those of", "Harriet Namuli"),
])
def test_a_quote_whose_speaker_the_next_sentence_names(nlp, text, cue, speaker):
    found = quotes_of(text, nlp)
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [("direct", cue, speaker)], found


@pytest.mark.parametrize("text, medium", [
    # a commentary given to an outlet, with the speaker after the verb
    ("Two pumping stations will be built this year. About this said in the commentary to TajN the Minister of Water "
     "Resources Farrukh Saidov.", "TajN"),
    # the speaker between the verb and the outlet; the correspondent of an outlet named in full
    ("«The pumps will arrive in May», — explained Saidov to TajN.", "TajN"),
    ("«The line is repaired», — declared Saidov to the correspondent of the Pamir Telegraph Agency.",
     "Pamir Telegraph Agency"),
    ("The governor of the region, Ruslan Akhmetov, told the correspondent of Dala Vesti that 300 jobs would follow.",
     "Dala Vesti"),
    # a station by its band, with who runs it before its name
    ("Speaking on Kumasi-based Adom Kasa FM yesterday, the envoy said the crew was safe.", "Adom Kasa FM"),
    # a written answer to a paper
    ("The director, Mr Ivo Babić, said in an email to The Coastline Herald that the wages had been paid.",
     "Coastline Herald"),
    # short names with capitals inside
    ("The opposition deputy Levan Abashidze stated for GeoPulse, that the plan was late.", "GeoPulse"),
    ("As MinNX was informed in the press service of the ministry, the contract was signed on Friday.", "MinNX"),
    # a title in guillemets the parser ended a sentence at
    ("In the interview to the newspaper «Vechernyaya Pravda» Saidov noted that the dam was safe.", "Vechernyaya Pravda"),
])
def test_outlets_named_by_correspondents_bands_and_short_names(nlp, text, medium):
    assert [q["medium"] for q in quotes_of(text, nlp)] == [medium]


def test_a_conference_a_place_names_is_no_medium(nlp):
    text = "The minister told the Lisbon conference on fisheries that the fleet would be cut."
    assert [q["medium"] for q in quotes_of(text, nlp)] == [None]


def test_a_verb_joined_to_the_clause_before_belongs_to_the_name_set_off_before_it(nlp):
    text = ("The strike came a day after Kenya's Cabinet Secretary for Labour, Wanjiru Kamau, told the Geneva forum "
            "that Nairobi would \"no longer wait\" for the agency.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Wanjiru Kamau"]


def test_an_interview_named_paragraphs_before_holds_the_speaker_s_later_words(nlp):
    # (the interview ends the paragraph before the quote, or opens the story with a sentence between)
    text = ("Speaking to Harbour Voice by phone from Lisbon, Okafor was still hoarse.\n\n"
            "“We heard the engine stop,” he said.")
    assert [q["medium"] for q in quotes_of(text, nlp)] == ["Harbour Voice"]
    text = ("LISBON — As the talks closed, the envoy Marta Quintela sat down with the Tagus Courier for ten minutes.\n\n"
            "Quintela, a former judge, was careful not to promise much. “We have a date, and we have a list,” she said.")
    assert [q["medium"] for q in quotes_of(text, nlp)] == ["Tagus Courier"]


def test_an_agency_s_report_of_a_body_s_words_opens_no_interview():
    text = ("Kyiv, March 4. NewsUA. Forty defenders have returned home, reports NewsUA with reference to the press "
            "service of the Coordination Centre.\n\n"
            "Earlier, the head of the Centre, Olena Marchuk, told NewsUA that families should call the hotline.\n\n"
            "Relatives can also write to the chatbot, the Centre said.")
    article = through_pipeline(text)
    assert article.outlet == "NewsUA"
    assert [q.medium for q in article.quotes] == ["NewsUA", "NewsUA", None]


def test_the_own_agency_informed_and_its_initials_spelled_out():
    text = ("MINSK, May 3. /PTA/. The first transformers are ready, the agency was informed in the ministry.\n\n"
            "«The line will be built by June», — declared the director to the correspondent of the Pamir Telegraph "
            "Agency.")
    article = through_pipeline(text)
    assert article.quotes[0].medium == "Pamir Telegraph Agency"


def test_the_correspondent_of_an_outlet_informed_names_it(nlp):
    from sayso.nlp.medium import find_medium

    doc = nlp("As the correspondent of MinNX was informed in the press service, the talks went well.")
    assert find_medium(doc, (0, 2)) == ("MinNX", False)


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # Fiji's chiefly titles are titles, and say who is a woman
    ("Fiji's Ambassador for Oceans, Adi Litia Naceva, led the delegation out. She said the coalition would not come "
     "back to the hall.", "would not come back", "Litia Naceva", None),
    # a passive pointing back at the quote before it
    ("“Water must reach the villages first.” This was highlighted by Mr Bounmy Sisavath at a meeting of the group on "
     "Monday.", "Water must reach", "Bounmy Sisavath", None),
    # a quote asked for by an outlet, and the envoy an ambassador is
    ("Tonga's Ambassador for Climate, Sione Tupou, left the hall. The EU negotiator, Karin Olsen, said talks went on.\n\n"
     "Asked by the Coral Times about the EU's words, the envoy replied: “We have heard that before.”",
     "heard that before", "Sione Tupou", "Coral Times"),
    # what a group expresses regret about
    ("In a statement, the LDC Group expressed regret that the text “treats our villages as debtors”.",
     "treats our villages", "LDC Group", None),
    # an interview by telephone
    ("“We did not come to sign a loan,” manifested the Chancellor Rosa Quispe in a telephone contact with Radio "
     "Pachamama from Nairobi.", "sign a loan", "Rosa Quispe", "Radio Pachamama"),
])
def test_titles_and_turns_of_pacific_and_andean_copy(nlp, text, fragment, speaker, medium):
    found = only(text, nlp, fragment)
    assert (found["speaker"], found["medium"]) == (speaker, medium), found


def test_a_gerund_after_in_is_how_the_statement_goes_not_a_statement_of_its_own(nlp):
    text = ("Minister Mr Bounmy Sisavath has underlined that Laos stands with the poorest countries in calling for the "
            "first payouts to reach villages without new debt.")
    assert [(q["cue"], q["speaker"]) for q in quotes_of(text, nlp)] == [("underlined", "Bounmy Sisavath")]


@pytest.mark.parametrize("text, records", [
    # what a relative clause goes on to say, after "according to X" or "he pointed out" set in commas
    ("Bolivia signed on Sunday the deal reached in Nairobi, a text which, according to the Chancellor Rosa Quispe, "
     "“opens the door to the market”.", [("opens the door to the market", "Rosa Quispe")]),
    ("The economist Hugo Mamani warned that rich countries will count loans as aid, something that, he pointed out, "
     "“inflates the figures without moving a coin”.",
     [("rich countries will count loans as aid", "Hugo Mamani"), ("inflates the figures", "Hugo Mamani")]),
    # an outlet that passed on a quote, or a description, after it: one record
    ("“It is not a perfect deal; it is a deal that pays,” he affirmed, according to the Moroccan agency Atlas Presse.",
     [("It is not a perfect deal", None)]),
    ("The chair of the coalition, the Fijian Litia Naceva, who led the walkout, described the deal as “a floor, not a "
     "ceiling”, according to the Fijian newspaper Coral Times.", [("a floor, not a ceiling", "Litia Naceva")]),
    # a fragment in lower case that ends the clause after its comma is part of it
    ("The Vice Minister of Water, Forests and Climate Change, Wilma Condori, manifested that the State will present its "
     "own request in 2027, “without renouncing to our principles”.", [("without renouncing", "Wilma Condori")]),
])
def test_one_statement_however_its_source_is_set_in(nlp, text, records):
    found = quotes_of(text, nlp)
    assert len(found) == len(records), found
    for q, (fragment, speaker) in zip(found, records):
        assert fragment in q["text"] and (speaker is None or q["speaker"] == speaker), found


def test_a_quote_only_paragraph_goes_on_with_the_quote_before_not_the_one_inside_it(nlp):
    text = ("The Bolivian negotiator, Teodoro Mamani, said: “At three in the morning the presidency told us: ‘Take it "
            "or leave it.’ That is not a negotiation.”\n\n"
            "“We signed because the islands asked us to.”")
    assert quotes_of(text, nlp)[-1]["speaker"] == "Teodoro Mamani"


@pytest.mark.parametrize("text, fragment, speaker", [
    # an office of a country or bloc run into the name after it
    ("The head of the coalition, Ambassador of Fiji Litia Naceva, who led the walkout, called the decision «a first "
     "payment».", "first payment", "Litia Naceva"),
    ("The Minister of Foreign Affairs of Bolivia Rosa Quispe, in turn, said that the text «opens the door to the "
     "market», informs the Bolivian newspaper La Voz del Ande.", "opens the door", "Rosa Quispe"),
    ("«Today the fund works», — said the chief negotiator of the European Union Karin Olsen.", "fund works",
     "Karin Olsen"),
    ("«Our glaciers are melting». This was stated by Vice Minister of Ecology of the Republic of Kazakhstan Daniyar "
     "Serikuly Abenov at the closing session.", "glaciers are melting", "Daniyar Serikuly Abenov"),
    # a name with its initial glued on, whatever the tagger made of it
    ("The President of the conference, Minister Saad Eddine Lamrani, spoke first. S.Lamrani also noted that the "
     "share of loans will be reviewed in 2028.", "share of loans", "Saad Eddine Lamrani"),
    # a verb joined to the participle before it belongs to the subject of the main verb
    ("The Secretariat of Foreign Relations celebrated this Sunday the agreement reached in Nairobi, Kenya, on the "
     "first payouts, and sustained that Mexico played \"a role of bridge\".", "role of bridge",
     "Ministry of Foreign Affairs"),
])
def test_names_and_bodies_of_state_agency_and_latin_american_copy(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_an_outlet_that_informs_after_the_statement_is_its_medium(nlp):
    text = ("The Minister of Foreign Affairs of Bolivia Rosa Quispe, in turn, said that the text «opens the door to the "
            "market», informs the Bolivian newspaper La Voz del Ande.")
    assert [(q["text"], q["medium"]) for q in quotes_of(text, nlp)] == [
        ("the text «opens the door to the market»", "La Voz del Ande")]


def test_a_reporting_verb_after_a_closing_quote_and_recognised_that():
    text = ("The head of the ministry, Ximena Robles Acosta, spoke on Sunday.\n\n"
            "\"Mexico came to make the money arrive,\" sustained the chancellor in a message.\n\n"
            "Robles Acosta recognized that the final text \"is not what the islands asked for\".")
    article = through_pipeline(text)
    assert [(q.cue_in(article.text), q.speaker_name) for q in article.quotes] == [
        ("sustained", "Ximena Robles Acosta"), ("recognized", "Ximena Robles Acosta")]


def test_the_story_s_own_outlet_speaks_and_is_told_in_its_own_words():
    text = ("ASTANA. STEPPE INFORM – As the correspondent of the agency reports, the ministers adopted a decision on "
            "the first payouts of the fund.\n\n"
            "Sources of the ministry consulted by this agency pointed out that the vote was close.\n\n"
            "Steppe Inform could establish that two delegations had asked for a delay.")
    article = through_pipeline(text)
    assert article.outlet == "Steppe Inform"  # (the dateline's capitals, as the story spells the name)
    assert [(q.speaker_name, q.medium) for q in article.quotes] == [
        ("Steppe Inform", None), ("Sources of the ministry", "Steppe Inform"), ("Steppe Inform", None)]


def test_a_body_of_any_kind_is_the_body_that_spoke_last():
    # (the Spanish "dependencia"; Mexico's foreign ministry, of the dateline's country)
    text = ("MEXICO CITY.- The Secretariat of Foreign Relations said the deal was fair.\n\n"
            "In a statement, the dependency detailed that the talks had ended.")
    article = through_pipeline(text)
    assert [q.speaker_name for q in article.quotes] == ["Mexican Foreign Ministry", "Mexican Foreign Ministry"]


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # an outlet's own correspondent, wherever she is, speaks for the outlet
    ("Talking to VTN’s correspondent by phone from Matara, Third Officer Do Quang Hieu said the crew had been “well "
     "looked after” by the coast guard.\n\nAccording to VTN’s correspondent in New Delhi, the Cabinet is expected to "
     "discuss compensation on October 14.", "Cabinet is expected", "VTN", None),
    # talking to an outlet is an interview
    ("Talking to VTN’s correspondent by phone from Matara, Third Officer Do Quang Hieu said the crew had been “well "
     "looked after” by the coast guard.", "well looked after", "Do Quang Hieu", "VTN"),
    # a name the parser hung on the body of her office, and a nationality of two words
    ("Meanwhile, Darshani Wickremasinghe, Chairwoman of Sri Lanka’s Marine Environment Protection Authority, was "
     "quoted by the Sri Lankan newspaper The Serendib Times as saying that a fishing ban could last “at least two "
     "weeks”.", "fishing ban", "Darshani Wickremasinghe", "The Serendib Times"),
    # a nationality without the usual ending, and a country's agency
    ("Quoted by the Greek maritime newspaper Naftiki Imera, the president of the shipowner, Konstantinos Drakopoulos, "
     "admitted that the company will pay “the reasonable costs” of the cleaning.", "reasonable costs",
     "Konstantinos Drakopoulos", "Naftiki Imera"),
    ("The crew continued to Hanoi, an arrangement that Deputy Foreign Minister Nghiem Van Thac earlier described as "
     "\"one plane, one voice\" in an interview with Vietnam's state news agency VTN.", "one plane", "Nghiem Van Thac", "VTN"),
    # declarations by telephone, and a given name the NER labelled a body
    ("The ambassador of Angola in India, Adelaide Sambo Cassoma, in declarations by telephone to Mulemba, referred "
     "that the embassy has not yet received any request.", "not yet received", "Adelaide Sambo Cassoma", "Mulemba"),
    # a company set off after the office it is
    ("The tanker's owner, Piraeus-based Pelagic Crest Shipping, said in a statement that salvors had boarded the "
     "vessel.", "salvors had boarded", "Pelagic Crest Shipping", None),
    # a name the parser began a sentence with, after the comma of "One of …"
    ("One of the crew members, Wahyudi, 34, from Indramayu, told Nusa Pers by telephone that the crew had been allowed "
     "to leave the ship.", "allowed to leave", "Wahyudi", "Nusa Pers"),
])
def test_correspondents_companies_and_names_of_asian_and_lusophone_copy(nlp, text, fragment, speaker, medium):
    found = only(text, nlp, fragment)
    assert (found["speaker"], found["medium"]) == (speaker, medium), found


@pytest.mark.parametrize("text, records", [
    # a that-clause after an aside the parser hung as parataxis
    ("The minister, Diamantino Kapenda Neto, guaranteed this Wednesday, in Luanda, that the State will not assume any "
     "responsibility for the spill.", [("will not assume", "Diamantino Kapenda Neto")]),
    # what a message claims, or a report urged on others, inside a statement: the statement alone
    ("Kusumawati also urged the families not to trust \"unverified messages\" circulating on WhatsApp groups, including "
     "one claiming that the crew had been arrested.", [("not to trust", "Kusumawati")]),
    ("Bernardo Lualhati urged seafarers' families to report manning agencies that withhold allotments.",
     [("families to report", "Bernardo Lualhati")]),
    # a second verb of the subject after "but" is no attribution of what comes before it
    ("The president of the shipowner, Konstantinos Drakopoulos, admitted that the company will pay “the reasonable "
     "costs” of the cleaning, but rejected the demand of a deposit.", [("reasonable costs", "Konstantinos Drakopoulos")]),
    # a cue in a relative clause, however the parser hung it, reports no sentence before it
    ("The crew continued to Hanoi, an arrangement that Deputy Foreign Minister Nghiem Van Thac earlier described as "
     "\"one plane, one voice\".", [("one plane", "Nghiem Van Thac")]),
    # a legal submission
    ("Counsel for the captain, Mr. S. Ratnasingam, submitted that his client had acted \"in the best interests of the "
     "crew\" when the engine failed.", [("best interests", "S. Ratnasingam")]),
])
def test_one_statement_of_a_lusophone_asian_or_court_report(nlp, text, records):
    found = quotes_of(text, nlp)
    assert len(found) == len(records), found
    for q, (fragment, speaker) in zip(found, records):
        assert fragment in q["text"] and q["speaker"] == speaker, found


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # the last words of a portfolio are no person, so the office in view is the named minister's
    ("The Minister of Fisheries, Marine Resources and Land Reform, Hon. Ndapewa Shikongo, opened the talks on Monday."
     "\n\n\"We came to listen before we speak,\" the Honourable Minister said.", "came to listen", "Ndapewa Shikongo", None),
    ("Zambia's Minister of Energy and Water, Hon. Joseph Mwansa Banda, told delegates that the sluices had been opened "
     "\"as far as is safe\".", "sluices had been opened", "Joseph Mwansa Banda", None),
    # a mayor's style, and an agency the speaker stands before
    ("The Mayor of Rundu, His Worship Petrus Nghifindaka, told the plenary that the clinic was rationing water.",
     "clinic was rationing", "Petrus Nghifindaka", None),
    ("\"The tank is empty. Come and see the mud,\" declared the engineer Tomás Ndala to the Namibian agency Kalahari "
     "Press.", "tank is empty", "Tomás Ndala", "Kalahari Press"),
    # a body by the initials it was given in brackets, whichever letters of its words they take
    ("The Kavango River Authority (KARA) opened an office in Rundu last year.\n\nIn a statement issued later, the KARA said "
     "the flow at its gauging station had fallen by half.", "flow at its gauging", "Kavango River Authority", None),
    # an outlet in quote marks between the verb and its "that", or before the speaker in a fronted phrase
    ("The Zambian minister, Joseph Mwansa Banda, affirmed in statements to “Al-Nahar Al-Jadid” on the sidelines of the "
     "forum that the dam “has never held back a single litre”, and he added that his country welcomes technical help.",
     "never held back", "Joseph Mwansa Banda", "Al-Nahar Al-Jadid"),
    ("In statements to “Al-Nahar Al-Jadid”, Dr. Samir El-Hadidi, professor of hydraulics at Alexandria University, "
     "considered that the forum is “a test of good faith”.", "test of good faith", "Samir El-Hadidi", "Al-Nahar Al-Jadid"),
    # whom the words were said to is no medium, though an office
    ("“We have nothing to hide behind a dam wall,” Banda told the State Minister.", "nothing to hide", "Banda", None),
    # a name after an envoy's basin, or after a long body, or after an office and what it is of
    ("UN Special Envoy for the Zambezi Basin Carlos Mendes Ribeiro told the plenary that donors had pledged 40 million "
     "dollars.", "donors had pledged", "Carlos Mendes Ribeiro", None),
    ("Head of the Limpopo Watercourse Commission Thandiwe Mokoena told Kalahari Press that losses had reached 70 percent.",
     "losses had reached", "Thandiwe Mokoena", "Kalahari Press"),
    ("„Today the river has been given a timetable“, — noted the Executive Secretary of the Commission Thandiwe Mokoena.",
     "given a timetable", "Thandiwe Mokoena", None),
])
def test_portfolios_styles_initials_and_quoted_outlets_of_basin_copy(nlp, text, fragment, speaker, medium):
    found = only(text, nlp, fragment)
    assert (found["speaker"], found["medium"]) == (speaker, medium), found


@pytest.mark.parametrize("text, records", [
    # a fronted passive report, by its agent or in a writing
    ("As was emphasized by the Chairman of the State Committee for Water of Turkmenistan Dovlet Atayev, Turkmen "
     "specialists are ready to train engineers of the basin countries.", [("ready to train", "Dovlet Atayev")]),
    ("The states adopted the Rundu Declaration. As was noted in the Declaration, the dam will release 14 cubic metres "
     "of water per second for forty days.", [("dam will release", "Rundu Declaration")]),
    # a verb the tagger made a plural noun after "further"
    ("The Declaration further states that the question of past withdrawals will be examined by an independent panel.",
     [("past withdrawals", "the Declaration")]),
    # a report closed by "it was noted in the information of" a ministry
    ("The two ministers signed the schedule on behalf of their governments, it was noted in the information of the "
     "Ministry of Foreign Affairs of Turkmenistan.", [("signed the schedule", "Turkmen Foreign Ministry")]),
    # "In the opinion of X, who …, …": the clause after who X is
    ("In the opinion of the envoy Carlos Mendes Ribeiro, who spoke to reporters before the closed session, the summit "
     "could close on Friday with a signed agreement.", [("summit could close", "Carlos Mendes Ribeiro")]),
])
def test_fronted_passives_and_writings_of_translated_state_copy(nlp, text, records):
    found = quotes_of(text, nlp)
    assert len(found) == len(records), found
    for q, (fragment, speaker) in zip(found, records):
        assert fragment in q["text"] and q["speaker"] == speaker, found
        assert not q["text"].startswith(("who", "Who")), found


@pytest.mark.parametrize("text, fragment, speaker", [
    # South Asian English: "shared that A and that B", "viewed that …" (and "opined that" joined to it)
    ("The army chief, General Bhim Bahadur Rana, shared that the wounded were stable and that two of them would be "
     "flown home on Monday.", "flown home", "Bhim Bahadur Rana"),
    ("Speaking from the camp, Major Tek Raj Adhikari viewed that the walls were too low and opined that the mission "
     "needed \"eyes, not only guns\".", "walls were too low", "Tek Raj Adhikari"),
    # whom a judging verb blames, and what for, with the "for" hung on whom
    ("The district governor, Cabdirashiid Yuusuf Warsame, has blamed the mission for failing to act on warnings.",
     "failing to act", "Cabdirashiid Yuusuf Warsame"),
    # "…, while a group known as X has denied that …": the group, which the parser hung on the first verb
    ("The governor, Cabdirashiid Yuusuf Warsame, has blamed the mission for failing to act on warnings, while an armed "
     "group known as Harakat al-Nakhil has denied that it carried out the attack.", "carried out the attack",
     "Harakat al-Nakhil"),
    # a relative clause's own subject before the verb is not the speaker
    ("The armed group Harakat al-Nakhil, which the local authorities suspect of the attack, stated that it has "
     "„no relation“ to it.", "no relation", "Harakat al-Nakhil"),
    # "X in a statement said": the statement is how, not who
    ("The Ministry of Foreign Affairs of Georgia in a statement said that the contingent would stay.", "contingent would stay",
     "Georgian Foreign Ministry"),
    # a past joined to a present inside the clause is the reporting verb's ("… condemns …” and called|VBN on …"), also
    # where the parser made the that-clause a relative clause
    ("The Ministry of Defence specified in a communiqué that a senior officer will join the inquiry, and called on the "
     "United Nations to publish its findings.", "publish its findings", "Ministry of Defence"),
    # a title inside a Somali name; a Somali clan title before one; initials after a body with "in the" inside its name
    ("Regional President Axmed Nuur Sheikh Cali said the state would not forget the soldiers.", "not forget",
     "Axmed Nuur Sheikh Cali"),
    ("Ugaas Xasan Faarax Gobe, an elder in the town, said the camp had been warned twice.", "warned twice",
     "Xasan Faarax Gobe"),
    ("Gunmen shelled the base of the UN Assistance Mission in the Shabelle Valley (UNAMSV) on Thursday.\n\nA UNAMSV "
     "spokesperson said the inquiry would start on Monday.", "inquiry would start", "UN Assistance Mission in the Shabelle Valley"),
])
def test_south_asian_somali_and_translated_copy_of_a_peacekeeping_attack(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a cause given is a statement: "attributes A to B" (also with a relative clause on the subject), "blamed A on B",
    # "blamed A for B" with the "for" hung on A
    ("The joint venture, whose majority owner is the Swedish company Norrsten Mining, attributes the collapse to a "
     "seismic event.", "the collapse to a seismic event", "the joint venture"),
    ("The union blamed the company for the delay.", "the company for the delay", "the union"),
    ("The company blamed the collapse on a seismic event.", "the collapse on a seismic event", "the company"),
    # a body named with its kind before its name is its name
    ("The Malagasy airline Vorombe Air said the crew had followed procedures.", "followed procedures", "Vorombe Air"),
    # a vessel's owner is no one the story named last
    ("His daughter, Ma Thandar Win, said the family hoped to go home.\n\nAccording to news reports, the ferry's owner "
     "has attributed the accident to a freak wave.", "a freak wave", "the ferry's owner"),
])
def test_a_cause_given_a_body_by_its_kind_and_a_vessel_s_owner(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_a_bare_ministry_is_the_datelines_country_not_an_aliased_one(nlp):
    # (no alias table row may give a country-less ministry to one country: in a Tunis story it is Tunisia's)
    found = only("TUNIS, 14 Nov. (TAP) - The Ministry of National Defence specified that a senior officer will join the "
                 "inquiry.", nlp, "senior officer")
    assert found["speaker"] != "Turkish Defense Ministry" and found["speaker"].startswith("Tunisian"), found


@pytest.mark.parametrize("text, fragment, speaker", [
    # translated French: the speaker after the verb and the outlet ("declared Thursday to AMX the Minister …, Mr. X")
    ("The recorders will be read \"in Nouakchott or in a third country\", declared Thursday to AMX the Minister of Equipment "
     "and Transports, Mr. Sidi Ould Ahmedou.", "third country", "Sidi Ould Ahmedou"),
    # "according to the same source": whoever spoke last
    ("The Ministry of Water of Mauritania indicated that all permits are suspended. The carrier must furnish its maintenance "
     "files, according to the same source.", "maintenance files", "Mauritanian Ministry of Water"),
    # a writing's verb the tagger made a plural noun, and a base-form verb it made a noun, each before an adverb
    ("In a communiqué, the Ministry of Water of Mauritania indicated that all permits are suspended. The communiqué "
     "specifies moreover that the lights functioned normally.", "lights functioned", "Mauritanian Ministry of Water"),
    ('Minister Sidi Ould Ahmedou said the runway was lit.\n\n"Our controllers did their work," he hammered.', "controllers did",
     "Sidi Ould Ahmedou"),
    # a "he" inside a quote is whom the quote's speaker spoke of, the person named last, not the story's last speaker
    ("Sidi Ould Ahmedou said the runway was lit.\n\nThe nurse Aicha Mint Brahim spoke of the co-pilot, Teymur Aliyev. "
     "\"He repeated: 'We did not see the lights, we saw nothing.' He asked for his captain all night,\" she said.",
     "did not see the lights", "Teymur Aliyev"),
    ("His father, Bapak Slamet, told IDN that his son Wahyu Nugroho had called from the hospital.\n\n\"He said to me, "
     "'Pak, I am alive, do not cry.' Then he cried himself,\" Slamet said.", "I am alive", "Wahyu Nugroho"),
    # "According to her, X, “…”": a fragment of her clause, not a quote of its own
    ("The nurse Aicha Mint Brahim spoke to AMX.\n\nAccording to her, the WFP officer, Park Ji-won, \"did not stop asking "
     "whether the cargo had burned\".", "did not stop asking", "Aicha Mint Brahim"),
    # offices, and the names the parser hung elsewhere
    ("The Wali of Tagant, Cheikh Ould Sidi Mahmoud, had saluted Tuesday the courage of the nomads, precising that the "
     "fire was out.", "fire was out", "Cheikh Ould Sidi Mahmoud"),
    ("In Baku, the aide of the Azerbaijani president, Tofig Rzayev, had demanded Tuesday that the boxes be sent to Baku.",
     "boxes be sent", "Tofig Rzayev"),
    ("Assistant to the President of the Republic – Head of the Department of Transport Policy, Tofig Rzayev, stressed that "
     "the recorders must go to Baku.", "recorders must go", "Tofig Rzayev"),
    ("Director General of Silk Wing Cargo Nijat Huseynov said the reports were false.", "reports were false", "Nijat Huseynov"),
    ("The village head of Sumberrejo, Bambang Hartono, said residents had collected money. Sumberrejo village prayed.",
     "collected money", "Bambang Hartono"),
    ("His mother, Ibu Sri Lestari, said she had begged her son to stop flying.", "begged her son", "Sri Lestari"),
    # a body's press service, and "the company" after the company spoke
    ("The crew acted by the book, the press service of Silk Wing Cargo told AZX.\n\nAccording to the press service, "
     "the aircraft had passed its C-check in September.", "C-check", "Silk Wing Cargo"),
    ("Silk Wing Cargo told AZX the crew acted by the book.\n\nThe company also described the decision as \"hasty and "
     "not based on facts.\" It recalled that it had flown 37 flights this year.", "37 flights", "Silk Wing Cargo"),
    ("Azerbaijani agency AZX quoted the carrier's director general, Nijat Huseynov, as saying that the crew were "
     "\"fully insured.\"", "fully insured", "Nijat Huseynov"),
    # a surname misspelt a paragraph later is the same person
    ("Foreign Minister Irakli Chkhartishvili met the envoy on Monday.\n\n\"We will not leave,\" Chkartishvili said.",
     "not leave", "Irakli Chkhartishvili"),
    # a family name in capitals first, whatever the tagger made of a given name ("Aka" as an adverb)
    ("The family of KOUASSI Aka Bertrand, the loadmaster killed Monday, waits in Abidjan.\n\nHis widow, TANOH Amenan "
     "Clarisse, spoke to the paper. « He told me: “Clarisse, it is the last rotation, then I come home.” I waited », she "
     "said.", "last rotation", "Kouassi Aka Bertrand"),
])
def test_translated_and_state_copy_of_a_cargo_crash(nlp, text, fragment, speaker):
    found = shortest(text, nlp, fragment)  # (a quote inside a quote has a speaker of its own)
    assert found["speaker"] == speaker, found


@pytest.mark.parametrize("text, fragment, content, medium", [
    # the clause of "said earlier" hung on "earlier", with the agency that reported it cut off
    ("The Transport Minister Sidi Ould Ahmedou said earlier that the recorders would remain under seal, the Mauritanian "
     "agency AMX reported.", "remain under seal", "the recorders would remain under seal", "AMX"),
    # what one declared of oneself in an infinitive, to a masthead with its article
    ("Reacting to the news, the widow, Amenan Clarisse, declared to Le Lagunaire not to understand « how the planes can "
     "fly again ».", "not to understand", "not to understand « how the planes can fly again »", "Le Lagunaire"),
    # a clause the parser hung on the statement, with "that" as a determiner, and a quoted description after a comma
    ("For its part, the WFP indicated in a communiqué that its flights will resume Wednesday with a new carrier, Baobab Air "
     "Freight, « certified according to the strictest norms ».", "flights will resume",
     "its flights will resume Wednesday with a new carrier, Baobab Air Freight, « certified according to the strictest norms »", None),
    # who relayed it, set off by commas before the verb
    ("The Azerbaijani company, quoted by the agency AZX, assured for its part that its crew members were insured.",
     "crew members were insured", "its crew members were insured", "AZX"),
    ("The Foreign Ministry's director, Yudha Pratama, stated in a written statement received by IDN that the engineer "
     "is stable.", "engineer is stable", "the engineer is stable", "IDN"),
    ("The WFP country director said in a statement emailed to KWN that flights would resume.", "flights would resume",
     "flights would resume", "KWN"),
    # another speaker's outlet in the same sentence is not this one's; and "told X there were …" has a clause
    ("The head of the airport authority, Ahmed Ould Sidi, has maintained that the lights were \"on and working,\" while "
     "co-pilot Teymur Aliyev told Azerbaijan's AZX agency there were no lights at all.", "on and working",
     "the lights were \"on and working,\"", None),
    ("The head of the airport authority, Ahmed Ould Sidi, has maintained that the lights were \"on and working,\" while "
     "co-pilot Teymur Aliyev told Azerbaijan's AZX agency there were no lights at all.", "no lights at all",
     "there were no lights at all", "AZX"),
    # spaced guillemets read as quote marks (the model made « a noun and the root of the sentence)
    ("The Ministry of Water of Mauritania also called on the United Nations « to establish without delay an independent "
     "commission » into the crash.", "independent", "the United Nations « to establish without delay an independent "
     "commission » into the crash", None),
    ("For the jurist Ana Langa, the case belongs in Maputo. In his understanding, however, «the responsibility of the State "
     "does not disappear because the boat sank here».", "does not disappear",
     "«the responsibility of the State does not disappear because the boat sank here»", None),
])
def test_clauses_and_media_of_translated_and_state_copy(nlp, text, fragment, content, medium):
    found = only(text, nlp, fragment)
    assert (found["text"], found["medium"]) == (content, medium), found


@pytest.mark.parametrize("text, fragment, speaker", [
    # a second verb with no subject of its own, after "and": the first verb's speaker, not "and"
    ("In Puerto Ayacucho, his sister, Ana Lucía Torrealba de Mendes, manifested to TNV that the family has not slept "
     "since Sunday and asked the authorities to bring him home.", "authorities to bring him home", "Ana Lucía Torrealba de Mendes"),
    # two surnames after two given names, which the NER leaves untagged
    ("Caracas, Nov. 27 (TNV).- The Government is accompanying the family of the seafarer, informed this Thursday the "
     "Vice Minister for Africa, Yarisbel Coromoto Urdaneta Briceño.", "accompanying the family",
     "Yarisbel Coromoto Urdaneta Briceño"),
    # a ship by its prefix is nobody, whatever the NER makes of its name
    ("The container ship MV Amber Horizon lost forty containers. According to the officer, the captain ordered three "
     "search manoeuvres.", "three search manoeuvres", "the officer"),
    # a name given whole is that person's, whatever pronoun follows (a wife and her husband share the surname)
    ("The captain, Arben Kodheli, spoke by telephone with his wife, Mirela Kodheli, who told reporters that he is "
     "\"tired but calm\".", "tired but calm", "Mirela Kodheli"),
    # a name set off by commas after the office, which the parser hung elsewhere
    ("The director of the General Harbour Directorate, Gentian Lleshaj, in an interview with the television Vizion "
     "Plus, made known that the inspection will focus on the documents of the company.", "inspection will focus",
     "Gentian Lleshaj"),
    # "for her part" between the auxiliary and the verb (machine-translated French)
    ("The Governor of the Atsimo region, Voahangy Randriamampionona, has for her part announced that the beaches stay "
     "closed.", "beaches stay closed", "Voahangy Randriamampionona"),
    # Bhutanese honorifics, also alone for their bearer
    ("Lyonpo Sonam Wangchuk, the Minister for Foreign Affairs, said the search would continue. \"We will not forget our "
     "seafarers,\" Lyonpo said. According to Dasho Pema Choden, the embassy is in contact with the owner. The ship "
     "will be inspected, according to Dasho.", "We will not forget", "Sonam Wangchuk"),
    ("Lyonpo Sonam Wangchuk, the Minister for Foreign Affairs, said the search would continue. \"We will not forget our "
     "seafarers,\" Lyonpo said. According to Dasho Pema Choden, the embassy is in contact with the owner. The ship "
     "will be inspected, according to Dasho.", "will be inspected", "Pema Choden"),
    ("Toebesa Gup Karma Dorji said the village held a prayer for the missing cadet.", "village held a prayer",
     "Karma Dorji"),
])
def test_translated_and_state_copy_of_a_ship_that_lost_its_containers(nlp, text, fragment, speaker):
    found = shortest(text, nlp, fragment)
    assert found["speaker"] == speaker, found


def test_our_informations_are_the_story_s_own_outlet():
    article = through_pipeline("PORT LOUIS (Mascarene Times) - According to our informations, the ministry has asked a "
                               "laboratory in Réunion to analyse the water of the lagoon.", outlet="Mascarene Times")
    assert [(q.text_in(article.text), q.speaker_name) for q in article.quotes] == [
        ("the ministry has asked a laboratory in Réunion to analyse the water of the lagoon", "Mascarene Times")]


@pytest.mark.parametrize("text, content, speaker, medium", [
    # the attribution set in commas, then more of what was said about something else
    ("The first convoy reached the camp at dawn, the coordinator said, and the water tanks were full by noon.",
     "The first convoy reached the camp at dawn, the coordinator said, and the water tanks were full by noon",
     "the coordinator", None),
    ("The wells are dry in three villages, the district officer said, while the river is still too low for the pumps.",
     "The wells are dry in three villages, the district officer said, while the river is still too low for the pumps",
     "the district officer", None),
    # a speaker described by a relative clause, after the statement (the parser hung the verb on the clause)
    ("Police in the border town detained nine suspected smugglers during raids on Tuesday night, a senior officer who "
     "spoke on condition of anonymity told the Lakeside Times.",
     "Police in the border town detained nine suspected smugglers during raids on Tuesday night", "a senior officer",
     "Lakeside Times"),
])
def test_a_statement_that_goes_on_past_or_ends_in_its_attribution(nlp, text, content, speaker, medium):
    found = only(text, nlp, content[:20])
    assert (found["text"], found["speaker"], found["medium"]) == (content, speaker, medium), found


def test_a_malaysian_lead_ends_in_a_long_office_and_the_name():
    article = through_pipeline("KUALA LUMPUR, Dec 4 -- Malaysia welcomes the decision of the regional council to suspend "
                               "the licence for three years, said Deputy Natural Resources and Environmental Sustainability "
                               "Minister Datuk Dr Kamal Arif Osman.\n")
    assert [(q.text_in(article.text), q.speaker_name) for q in article.quotes] == [
        ("Malaysia welcomes the decision of the regional council to suspend the licence for three years", "Kamal Arif Osman")]


@pytest.mark.parametrize("text, statements", [
    # the speaker goes on with a statement of their own after the aside
    ("The talks went well, she said, and she hoped that a second round would follow in March.",
     ["The talks went well", "a second round would follow in March"]),
    # asking that only a first name be used is no statement, however the parser hung it
    ("A fisherman from the island, who asked that only his first name, Baraka, be used, told the paper that the nets "
     "were cut at night.", ["the nets were cut at night"]),
])
def test_statements_beside_an_aside_or_an_anonymity_request(nlp, text, statements):
    assert [q["text"] for q in quotes_of(text, nlp)] == statements


@pytest.mark.parametrize("text, quotes", [
    ("« One does not send the poor countries to discuss money in an old plane », he launched.",
     [("direct", "launched", " One does not send the poor countries to discuss money in an old plane")]),
    ("Asked about the delay, she launched: « The report will say the truth. »",
     [("direct", "launched", " The report will say the truth.")]),
    # never a campaign or an offensive
    ("The army launched an offensive on the town. The ministry launched that campaign in May.", []),
])
def test_launched_reports_only_the_quote_it_follows_or_opens(nlp, text, quotes):
    assert [(q["kind"], q["cue"], q["text"]) for q in quotes_of(text, nlp)] == quotes


def test_a_dateline_glued_to_the_subject_before_a_long_aside_does_not_break_the_article(nlp):
    text = ("MONGU, Zambia—Bwalya Chanda, despite making a concerted effort to stay on message, strayed from his prepared "
            "remarks Thursday during a rally here focused on health workers and asserted that senior doctors don’t want "
            "Mutale Banda as their next health minister.")
    assert [q["text"] for q in quotes_of(text, nlp)] == ["senior doctors don’t want Mutale Banda as their next health minister"]


def test_romanian_agency_copy_said_for_an_outlet_and_titles_in_a_row():
    article = through_pipeline(
        "Iași, 2 December /Prut Press/ – „The water of the well is clean again”, declared for Prut Press the director of "
        "the laboratory, conf. univ. dr. Mihai Ionescu-Bălan.\n\nAccording to him, the samples were taken on Monday.\n\n"
        "Dr. chem. Ioana Vlădescu, who ran the tests, specified that the method „leaves no doubt”.\n\n"
        "The mayor, Petru Lungu, affirmed on Thursday for the Moldovan publication The Nistru Courier that the pipes will be "
        "replaced.\n", outlet="Prut Press")
    assert [(q.text_in(article.text), q.speaker_name, q.medium) for q in article.quotes] == [
        ("The water of the well is clean again", "Mihai Ionescu-Bălan", "Prut Press"),
        ("the samples were taken on Monday", "Mihai Ionescu-Bălan", "Prut Press"),  # (the interview goes on)
        ("the method „leaves no doubt”", "Ioana Vlădescu", None),
        ("the pipes will be replaced", "Petru Lungu", "The Nistru Courier"),
    ]


@pytest.mark.parametrize("text, fragment, speaker", [
    # the name a speaker gives themselves in a relative clause
    ("In it, a woman who identifies herself as the Lithuanian surgeon Dalia Sirvydiene says that the seven hostages are "
     "“being fed”.", "hostages", "Dalia Sirvydiene"),
    # given names the NER left out between a title and the rest, or called MISC after a comma
    ("The Minister of Health, Dr. Rodrigo Ernesto Alvarenga Quintanilla, informed in a press conference that the "
     "bottles were withdrawn.", "bottles were withdrawn", "Rodrigo Ernesto Alvarenga Quintanilla"),
    ("In the clinic of the San Rafael neighbourhood, in Santa Ana, Yesenia Marisol Rivas de Mejía manifested to the "
     "agency that her daughter received a bottle.", "daughter received", "Yesenia Marisol Rivas de Mejía"),
    # a Malay name has no family name: "binti" and her father's name, and she is "Dr Norliza" after
    ("Datuk Dr Norliza binti Kamaruddin told reporters after a briefing that inspectors had found gaps in the testing.\n\n"
     "\"Nobody in that plant tested the solvent,\" Dr Norliza said.\n", "inspectors had found", "Norliza binti Kamaruddin"),
    ("Datuk Dr Norliza binti Kamaruddin told reporters after a briefing that inspectors had found gaps in the testing.\n\n"
     "\"Nobody in that plant tested the solvent,\" Dr Norliza said.\n", "Nobody in that plant", "Norliza binti Kamaruddin"),
])
def test_names_whole_given_in_a_relative_clause_or_without_a_family_name(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the two who met, summed up after the meeting
    ("Foreign Minister Halvard Brekke on Tuesday held a telephone conversation with his Chilean counterpart Rosario "
     "Echeverría Soto.\n\nThe two sides stressed the importance of keeping the fishing talks on schedule.\n",
     "keeping the fishing talks", "Halvard Brekke and Rosario Echeverría Soto"),
    ("Ambassador Tomas Lindqvist met with the Minister of Agriculture, Water and Land Reform Ndapewa Shikongo.\n\n"
     "The sides expressed confidence that the pipeline would be finished next year.\n",
     "pipeline would be finished", "Tomas Lindqvist and Ndapewa Shikongo"),
    # the one who met, named by the quote before: the speaker just before
    ("Mr. Pedro Alarcón Vidal specified that the patrol boats will stay in port.\n\nThe minister had Friday a telephone "
     "conversation with his Peruvian homologue, Mr. Julio Quispe Huamán, the two ministers underlining the need for "
     "closer patrols.\n", "closer patrols", "Pedro Alarcón Vidal and Julio Quispe Huamán"),
])
def test_the_two_sides_after_a_meeting_are_the_two_who_met(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, statements", [
    # the "that" of a clause the parser took for its subject's determiner; a quote it opens runs on past "and asks"
    ('The Emir praised the volunteers, stressing that humanitarian work "knows no borders and asks nobody about his '
     'flag."', ['humanitarian work "knows no borders and asks nobody about his flag."']),
    # a list's next item after a comma goes on with the clause; a comment on the statement does not
    ("Spokesman Dale Whitcombe said Monday that the governor has long called for lower fees, the closure of loopholes "
     "that benefit only the largest firms and for relief for small farms.",
     ["the governor has long called for lower fees, the closure of loopholes that benefit only the largest firms and "
      "for relief for small farms"]),
    # a second bare infinitive after the quote, whatever the parser hung it on
    ('Senator Ruth Alvey called on the ministry to "really call out the smugglers" and consider closing the port.',
     ['the ministry to "really call out the smugglers" and consider closing the port']),
    # a colon that spells the clause out, with no quote after it
    ("Ms. Okafor notes that we're at a rare moment where three things are happening at once: Rents are rising nicely "
     "in many towns, wages are flat and lenders are cautious.",
     ["we're at a rare moment where three things are happening at once: Rents are rising nicely in many towns, wages "
      "are flat and lenders are cautious"]),
])
def test_a_reported_clause_runs_on_through_what_the_parser_cut_from_it(nlp, text, statements):
    assert [q["text"] for q in quotes_of(text, nlp)] == statements


@pytest.mark.parametrize("text, fragment, speaker", [
    # the appositive names who holds an office of a body the NER took for a person
    ("Kymothoe Ship Management runs the ship. The managing director of Kymothoe, Spyridon Tzanetakis, underlined that "
     "the company had paid nothing.", "paid nothing", "Spyridon Tzanetakis"),
    # a ship's master is an office
    ("The master of the vessel, Captain Stamatios Kourouklis, who remains on board, said that the crew celebrated "
     "quietly.", "celebrated quietly", "Stamatios Kourouklis"),
    # Liberian titles, and a foreign ministry's initials before its spokeswoman's name
    ("The Commissioner of the Authority, Cllr Josephine Wleh-Tarpeh, has estimated that the coastal State has the first "
     "responsibility.", "first responsibility", "Josephine Wleh-Tarpeh"),
    ("Two sailors are alive. The spokeswoman of the MFA Agnieszka Ślęzak said that the consul had travelled to "
     "Libreville.", "consul had travelled", "Agnieszka Ślęzak"),
])
def test_an_office_and_the_name_of_its_holder(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_an_appeal_runs_into_the_quote_that_goes_on_with_it(nlp):
    text = ('The family has called on police to release the videos "as a matter of the greater good and transparency" '
            "and said they would wait.")
    assert [q["text"] for q in quotes_of(text, nlp)][0] == \
        'police to release the videos "as a matter of the greater good and transparency"'


@pytest.mark.parametrize("text, fragment, speaker", [
    # an honorific before the name set off after the office
    ("Quoted by the agency Pella, the technical director of Thalassa, Mr. Nikos Vrettakos, has affirmed that the ship "
     "« respected every rule ».", "respected every rule", "Nikos Vrettakos"),
    # a Korean given name the NER left out of the appositive
    ("Jung's wife, Lee Su-bin, told Namsan by phone that the family could not rejoice yet.", "rejoice yet", "Lee Su-bin"),
    # "for her part" and a participle after it
    ("The Minister Delegate, Mrs Solange Ndong Obame, has for her part affirmed that Gabon « will not bow », before "
     "precising that the Government « stays in contact with the embassies ».", "stays in contact", "Solange Ndong Obame"),
    # a body named in an appositive after what it is called, and called that again
    ("The competent ministry, the Ministry of Maritime Affairs and Insular Policy, said in an announcement that the "
     "consuls are in contact with the engineer. The competent ministry also noted that three seafarers are still held.",
     "three seafarers", "Ministry of Maritime Affairs and Insular Policy"),
    # a country of two words
    ('South Korea\'s foreign ministry said the government "will not pay any money."', "will not pay",
     "South Korean Foreign Ministry"),
    ('The Sri Lankan foreign ministry said the crew "is safe."', "is safe", "Sri Lankan Foreign Ministry"),
    # a mother named by her kin, whatever the NER made of her name, is "she"
    ('In Paynesville, Comfort Jallah, mother of the deck cadet, told the Ledger she had not slept.\n\n'
     '"I want my son home before Christmas," she said.', "before Christmas", "Comfort Jallah"),
])
def test_who_speaks_where_the_parser_or_the_ner_cut_the_name(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_what_was_told_to_an_outlet_starts_after_its_name(nlp):
    # (the parser took the statement for a relative clause of the outlet's name)
    text = "In Gbarnga, Comfort Kollie, mother of the deck cadet, told the Tribune she had not slept."
    assert [q["text"] for q in quotes_of(text, nlp)] == ["she had not slept"]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a scientist of any branch is "the scientist" later
    ("The laboratory did not err, maintained this Saturday the Peruvian biochemist Rosa Quispe Mamani, president of the "
     "scientific council of the Andes Sports Laboratory. The scientist recognized that the results came four days late.",
     "four days late", "Rosa Quispe Mamani"),
    # an outlet's name the tagger made a verb, then who spoke
    ("“The federation must give explanations”, precised to Quillay the president of the Peruvian Rowing Federation, "
     "Lucía Ticona Apaza.", "must give explanations", "Lucía Ticona Apaza"),
    # a body's initials after its name; a body headed by someone; a body's secretariat
    ("The jury will meet on Monday, the agency was informed in the Estonian Rowing Union (ERL).", "jury will meet",
     "Estonian Rowing Union"),
    ("The organizing committee of the regatta, headed by Sheikh Hamad bin Rashid Al Nuaimi, informed that the boats "
     "had been checked.", "boats had been checked", "the organizing committee of the regatta"),
    ("The case goes before the Independent Appeals Panel. According to the secretariat of the panel, the decision is "
     "expected on Wednesday.", "decision is expected", "Independent Appeals Panel"),
    # a subject the parser took for the object of "after", and one it took from the list before ", but said"
    ("Rower Kaimana Ellis will stay suspended after the appeals panel at the regatta in Doha ruled yesterday that his "
     "sample could not be explained by the drink.", "could not be explained", "the appeals panel"),
    ("The panel, chaired by Swiss lawyer Mrs Corinna Balzaretti, lifted the suspensions of Latvian javelin thrower "
     "Katrina Jaunzeme and Sierra Leone's Mariama Tholley, but said Brissett's sample, taken after the 100 metres heats "
     "on November 9, was collected two days before the suspect batch reached the athletics warm-up area.",
     "collected two days", "the panel"),
    # a company's legal form, and a body's name said short after its full name
    ("Marlin Event Services LLC said its drink had been prepared to the committee's recipe.", "prepared to the",
     "Marlin Event Services"),
    ("The Doha Regatta Organising Committee met. In a statement, the Organising Committee said that two suspensions "
     "were lifted.", "two suspensions", "Doha Regatta Organising Committee"),
    # Krio elders' honorifics: two people, not one
    ("At the family house, her father, Pa Alimamy Sesay, a retired teacher, told the Post that nobody had slept.\n\n"
     "Her mother, Mammy Adama Sesay, lamented to the Post: \"My child never takes medicine.\"", "never takes medicine",
     "Adama Sesay"),
    # an appeal after a quoted clause is the speaker's
    ('The Minister of Sports, Hon. Fatmata Kargbo, said the nation "never doubted" Aminata and called on Sierra '
     "Leoneans to welcome her home.", "welcome her home", "Fatmata Kargbo"),
    # a body's "PRO" speaks for it as its spokesperson
    ("The PRO of the Sierra Leone Athletics Association (SLAA), Mr. Unisa Kamara-Taylor, told the Post that the "
     'association would write to the organisers over what he called "the shameful handling" of the case.',
     "would write", "Unisa Kamara-Taylor"),
    # a teammate, whatever the NER made of her name, is "she"
    ('Tholley\'s relay teammate Zainab Conteh told the Post that the team "never believed it for one second". "Mariama '
     'na di cleanest person I know. She go complain if dem put too much sugar in she tea," she said.',
     "cleanest person", "Zainab Conteh"),
    # a Gulf family name with its article, and the given name before it
    ("The chief executive of the organising committee, Maitha Al Romaithi, was quoted by the Emirati news agency SAQR as "
     'saying that the caterer "bears full responsibility" for the contaminated powder.', "full responsibility",
     "Maitha Al Romaithi"),
    # where someone is from, set off after him, is no speaker
    ('Mr Kittisak, 26, from Nakhon Ratchasima, said in a statement that he had "never cheated in my life".',
     "never cheated", "Kittisak"),
    # a name after a business's kind is no holder of the office
    ("The director of the Bosnian constructor Drina Gradnja, Almir Hodžić, sustained before the Bosnian agency BHNA "
     "that the bridge was overloaded.", "overloaded", "Almir Hodžić"),
    ("The organizing committee of the games, presided by the sheikh Faisal bin Obeid Al Mazrui, informed through a "
     "communiqué that the distribution of the drink was suspended.", "distribution of the drink",
     "the organizing committee of the games"),
    # "the authority": the official the paragraph is about, as Spanish copy calls one
    ("The Undersecretary of Sport, Ignacio Fuenzalida Rojas, manifested his support to the scientist. “Chile knows "
     "her seriousness. We will not permit that her prestige be put in doubt”, affirmed the authority in declarations "
     "to the press.", "Chile knows", "Ignacio Fuenzalida Rojas"),
])
def test_who_speaks_in_the_shapes_of_a_sports_story(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, statements", [
    # a that-only cue past where it was said
    ("The manager, Ravi Menon, sustained in a message to the press that the drink “was approved by the committee”.",
     ["the drink “was approved by the committee”"]),
    # "For X," with X a surname the NER took for a place
    ("The laboratory did not err, maintained this Saturday the Chilean biochemist Verónica Aránguiz Troncoso, president "
     "of the scientific council of the laboratory.\n\nFor Aránguiz, the case will end up demonstrating that the "
     "laboratory “did its work”.", ["The laboratory did not err",
                                   "the case will end up demonstrating that the laboratory “did its work”"]),
    # no clause where a noun phrase and the speaker's next act follow the cue
    ("The minister on Saturday rejected the accusations and said that the laboratory did not err.",
     ["the laboratory did not err"]),
    # no words of theirs before "while … have not commented"
    ("Rower Kaimana Ellis wrote on social networks that he „will fight to the end”, while two other rowers have not "
     "commented publicly.", ["he „will fight to the end”"]),
    # the rest of a that-clause after a quoted name is one mixed quote
    ('The chairman affirmed that the regatta, held under the slogan "One Gulf, Many Crews", "has shown the world what '
     'Doha can host".', ['the regatta, held under the slogan "One Gulf, Many Crews", "has shown the world what Doha can '
                         'host"']),
    # a telephone call is no naming
    ('The rower disclosed that she cried "for one full hour" when her lawyer called her with the news.',
     ['she cried "for one full hour" when her lawyer called her with the news']),
    # a that-clause past where it was disclosed
    ("The ministry spokesman, Mr. Sahr Kamara, disclosed at a press briefing at the ministry that the Government had "
     "paid for the lawyer.", ["the Government had paid for the lawyer"]),
    # another speaker's statement after ", while"
    ("The chief executive of the organising committee, Maitha Al Romaithi, was quoted by the Emirati news agency SAQR as "
     'saying that the caterer "bears full responsibility" for the contaminated powder, while Zafran Event Catering\'s '
     'managing director, Mr. Anil Kuriakose, told SAQR that his company would "not accept being made the only one '
     'responsible".', ['the caterer "bears full responsibility" for the contaminated powder',
                       'his company would "not accept being made the only one responsible"']),
    # a clause whose subject someone owns, after its speaker, and the speaker's next act after "but"
    ("Team physician Dr Nuttaphon Saengarun (Tong) said Mr Kittipong's sample contained veltramine at a level \"far "
     "above\" those of the two cleared athletes, but argued that this could be explained by the amount he drank.",
     ['Mr Kittipong\'s sample contained veltramine at a level "far above" those of the two cleared athletes',
      "this could be explained by the amount he drank"]),
    # what the reported clause goes on to say in its own tense is part of it
    ('The minister said the ministry "stands behind Beam" and had instructed the authority to support his appeal.',
     ['the ministry "stands behind Beam" and had instructed the authority to support his appeal']),
])
def test_statements_in_the_shapes_of_a_sports_story(nlp, text, statements):
    assert [q["text"] for q in quotes_of(text, nlp)] == statements


@pytest.mark.parametrize("text, fragment, medium", [
    # "told the agency": the one the paragraph named, else the story's own
    ("07:30 GMT – Villagers in Sangdur are still waiting for the rice promised by the government, ward chairperson "
     "Lhakpa Doma Sherpa told Nepali daily The Himalayan Mirror. “Tarpaulins came, rice did not,” she told the paper.",
     "Tarpaulins came", "The Himalayan Mirror"),
    ("Jaunzeme told the agency by phone that she had drunk what everyone drank.", "had drunk", "this newspaper"),
    ("The director, Almir Hodžić, sustained before the Bosnian agency BHNA that the bridge was overloaded.",
     "overloaded", "BHNA"),
])
def test_the_medium_of_a_statement_in_the_shapes_of_a_sports_story(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_what_was_revealed_to_the_story_s_own_outlet_was_given_to_it():
    text = ("A source of the laboratory, who asked for anonymity, revealed to Quillay that two of the four samples “fit "
            "perfectly” with a contamination by the drink.")
    article = through_pipeline(text, outlet="Quillay")
    assert [q.medium for q in article.quotes] == ["Quillay"]


@pytest.mark.parametrize("text, statements", [
    # an aside after a sentence that a quote closed: the closing mark belongs to the sentence before
    ("Ilse Vartanen, a professor, said the outreach was “more than tactical.” Regional capitals have learned a lesson, "
     "she said, and the capital is betting on it.",
     ["the outreach was “more than tactical.”",
      "Regional capitals have learned a lesson, she said, and the capital is betting on it"]),
    # a view whose clause the parser made an object: "believes [Tehran's outreach … and Doha|nsubj is …]"
    ("Ilse Vartanen, a professor of history at Korva University, believes Tehran's outreach to Muscat and Doha is "
     "“more than tactical.”",
     ["Tehran's outreach to Muscat and Doha is “more than tactical.”"]),
    ("The professor believes the report that was published on Monday.", []),
    # "reaffirmed" reports as "affirmed" does, past an aside between it and its clause
    ("The spokeswoman of the ministry, Vera Kostelna, reaffirmed this Thursday, quoted by the SKN agency, that the "
     "visas granted «do not constitute a precedent».", ["the visas granted «do not constitute a precedent»"]),
    # after an aside, a clause that goes on in its own tense is still what was said; a plain past is the speaker's act
    ("Her son had phoned at midnight, she said, and had asked for his favourite meal to be ready.",
     ["Her son had phoned at midnight, she said, and had asked for his favourite meal to be ready"]),
    ("The talks had failed, the minister said, and called for a new round.", ["The talks had failed", "a new round"]),
    # an "as" aside inside the statement reports all of it; one that names a medium reports nothing
    ("Irakli Tsereteli met the ambassador. The trade turnover between the two countries, as he emphasized, can be "
     "doubled in the next three years.",
     ["The trade turnover between the two countries, as he emphasized, can be doubled in the next three years"]),
    ("Army spokesman Hamza Tayebi, as reported by state television, described the text as “a first step”.",
     ["the text as “a first step”"]),
    # the same aside, whatever the parser hung it on ("pointed|acl out" on "one")
    ("Lagos, as one of Mr. Adeyemi's flood advisers pointed out, normally does not get two storms in a week.",
     ["Lagos, as one of Mr. Adeyemi's flood advisers pointed out, normally does not get two storms in a week"]),
    # a closing "as" aside with what it called for is a statement of its own, not a report of the sentence
    ("Her guest, the singer Rosa Lind, was powerfully emotional as she called for the ratification of the treaty.",
     ["the ratification of the treaty"]),
    # a belief verb after "and" inside the clause goes on with it: not the speaker's next act
    ("She said she had watched the bridge rise from the river and thought of the days when her father crossed it by "
     "ferry.", ["she had watched the bridge rise from the river and thought of the days when her father crossed it by ferry"]),
    # "For X, …": a view, past the office's holder named after it; a syndicalist holds one
    ("For the president of the Chess Federation of Kivu (FEKI), Rodrigue Mbuyamba, the affair «must serve as a lesson».",
     ["the affair «must serve as a lesson»"]),
    ("For the syndicalist, the allowance announced by the minister \"will arrive too late, as always\".",
     ['the allowance announced by the minister "will arrive too late, as always"']),
])
def test_statements_around_asides_and_closing_quotes(nlp, text, statements):
    assert [q["text"] for q in quotes_of(text, nlp)] == statements


@pytest.mark.parametrize("text, fragment, speaker", [
    # a pronoun means no one its own sentence names only after it, though that one's words came first
    ("Foreign Minister Cüneyt Özkaya said on Monday that the talks were progressing.\n\nHe also commented on remarks by "
     "Russian Deputy Foreign Minister Yevgeniy Kholodin, who told Russian media that Moscow was ready to host talks, "
     "saying Ankara welcomed \"every sincere effort\" but that the format should be decided by the parties.",
     "every sincere effort", "Cüneyt Özkaya"),
    # a ministry's portfolios, each after its "of": the last is no body of its own
    ("In a communiqué, the Ministry of Foreign Affairs, of African Integration and of Ivorians Abroad affirmed «the "
     "attachment of the country to the principle of the common heritage of humanity».", "attachment",
     "Ministry of Foreign Affairs"),
    # a verb joined right after an aside is the aside's speaker's next act
    ("The ship was delayed, the captain told reporters, and urged the owners to pay the crew.", "pay the crew",
     "the captain"),
])
def test_who_a_pronoun_a_long_name_or_an_aside_means(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_a_body_s_statement_is_no_part_of_an_interview_another_body_gave():
    text = ("ABIDJAN, Dec 4 (Lagune Infos) - The talks ended on Friday.\n\nContacted by Lagune Infos, the Ministry of "
            "Economy and Finance did not wish to comment.\n\nIn a communiqué, the Ivorian Foreign Ministry affirmed "
            "«the attachment of Côte d'Ivoire to the principle of the common heritage of humanity».")
    article = through_pipeline(text, outlet="Lagune Infos")
    assert [(q.text_in(article.text)[:15], q.medium) for q in article.quotes] == [("the attachment ", None)]


@pytest.mark.parametrize("text, fragment, speaker", [
    # an office, the body's initials of its own language, then the holder's name, after "for the agency"
    ("Three officers are healthy, but they cannot leave the ship until the end of the investigation, stated for the "
     "agency the president of the Independent Union of Ship Officers (NSPO) Nikola Radović.", "cannot leave",
     "Nikola Radović"),
    ("The Independent Union of Ship Officers (NSPO) met on Monday. The NSPO said in a statement that it will provide "
     "the families with free legal aid.", "legal aid", "Independent Union of Ship Officers"),
    # the verb's particle before who spoke
    ("Dragan Vuković spoke.\n\n„The boys are tired and angry. Nobody has shown any proof,“ pointed out Vuković.",
     "The boys", "Dragan Vuković"),
    # a comma that closes the subject's appositive before the verb is no inversion
    ("The ship's owner, Corvina Bulk Shipping, has denied any wrongdoing, saying the anchor dragged in the storm.",
     "anchor dragged", "Corvina Bulk Shipping"),
    # the Samoan "Afioga" before a matai's title and name; a village's pulenu'u (mayor) is an office
    ("The Prime Minister, Afioga Tuilagi Sione Lemalu, said the country \"will not forget who did this to us\".",
     "will not forget", "Tuilagi Sione Lemalu"),
    ("The pulenu'u of Satapuala, Fuimaono Tavita Aloali'i, said the village had no phone for a week.", "no phone",
     "Fuimaono Tavita Aloali'i"),
    # a name set off by commas before "told the paper" speaks; the paper is who heard it
    ("The authority will require the consortium to lay a second route by 2029, its commissioner, Lemalu Salote Peni, "
     "told the Herald.", "second route", "Lemalu Salote Peni"),
    # "According to the agency X, the director of Y, Name, affirmed …": the name, not the agency's
    ("According to the Estonian agency Tuulik, the director of Merejälg, Jüri Poldsaar, affirmed that the ship “turned "
     "three times”.", "turned", "Jüri Poldsaar"),
    # a business named in the appositive, after its kind and country
    ("The shipowner, the Panamanian company Corvina Bulk Shipping, pointed out in a statement that the consortium „did "
     "not mark the new route of the cable“.", "new route", "Corvina Bulk Shipping"),
    # a consortium is a body, named in full before
    ("The Moana Cable Consortium owns the line.\n\nThe consortium said the repair would take ten days.",
     "the repair", "Moana Cable Consortium"),
])
def test_who_speaks_in_the_shapes_of_a_cable_story(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_what_was_stated_for_the_agency_was_given_to_the_story_s_outlet():
    text = ("Herceg Novi, 23 November (Lovćen Press) – Three officers are healthy, but they cannot leave the ship, "
            "stated for the agency the president of the union Dragan Vuković.")
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes] == ["Lovćen Press"]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a second portfolio after "and of", and places listed after "the provinces of": the minister is the office's
    # holder, not a province named since
    ("BUJUMBURA, 3 Dec. (Ruvubu Presse) – The Government has withdrawn the syrup after the death of four children in the "
     "provinces of Ngozi and Kirundo, has indicated Monday the Minister of Public Health and of the Fight against AIDS, "
     "Dr Eloi Ntirampeba.\n\nA nurse of the hospital of Kirundo has confided that bottles were still sold on Friday."
     "\n\nQuestioned on the controls, the minister has estimated that the supplier « had the obligation to test each "
     "lot ».", "obligation", "Eloi Ntirampeba"),
    # a portfolio written after the office in a capitalised lead ("THE Minister of Health") is no person's name
    ("THE Minister of Health has told Parliament that Government will seek compensation.\n\nHon. Dr Mercy "
     "Lungu-Banda said in a statement on Friday that nine children had been admitted.", "seek compensation",
     "Mercy Lungu-Banda"),
    # where the office is, set off in commas before the holder's name
    ("The director of the Institute of Forensic Medicine of Iasi, in Romania, Dragos Popescu, affirmed to the agency "
     "Siret Press that the sample contained 20 percent of glycol.", "20 percent", "Dragos Popescu"),
    # the reported clause's words, which the parser gave the verb as a second subject
    ("The envoy of the European Union for the region, Karl Ostermann, who attended as an observer, said the EU would "
     "“neither fund nor bless” any return scheme that did not meet the standards.", "neither fund", "Karl Ostermann"),
    # the name after "after", which the parser made the sentence subject's
    ("BEIRUT — A row over the Deir Ammar power plant tender deepened on Tuesday after Energy Minister Fadi Karam accused "
     "his own cousin, MP Nayla Karam, of \"sabotaging the only serious offer on the table,\" while Parliament Speaker "
     "Kamel Hamdan warned that the file would not pass \"through the back door.\"", "sabotaging", "Fadi Karam"),
    # a shared surname, alone: the one who spoke since the other was named
    ("A row over the port tender deepened on Tuesday after Transport Minister Karim Haddad accused his own cousin, MP "
     "Rana Haddad, of obstruction.\n\n\"I have been accused of many things,\" the minister told reporters. Haddad "
     "said the ministry had received three bids.", "three bids", "Karim Haddad"),
    # (but the one named since the other spoke)
    ("“A word costs nothing,” said Petra Lindholm, an analyst.\n\nJohan Lindholm, a former ambassador who is no "
     "relation, is more forgiving.\n\n“Nobody monitored that sentence,” Lindholm said.", "Nobody monitored",
     "Johan Lindholm"),
    # "she" after an unnamed mother whose relative clause gives her first name
    ("A mother of four in Bosaso's Ajuuran neighbourhood, who asked that only her first name, Hodan, be used, said her "
     "eldest son left in March. \"He called me from Yemen once. Since then, nothing,\" she told Kaah Dispatch.",
     "called me", "Hodan"),
    # "has for his part" says a man; "she" after him is the woman named next
    ("The director of the Centre of Forensic Toxicology of Cluj-Napoca, the Professor Ovidiu Ţăranu, quoted by the "
     "Romanian agency Siret Press, has for his part affirmed that it is about « a massive contamination ».\n\nAt the "
     "market of Ngozi, Mrs Aline Niyonzima was selling beans.\n\n« After two days, he did not eat any more », has she "
     "confided.", "did not eat", "Aline Niyonzima"),
])
def test_who_speaks_in_the_shapes_of_a_syrup_story(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_a_perfect_gerund_after_the_cue_is_what_was_recounted(nlp):
    text = ("At the hospital of Ngozi, Mrs Aline Niyonzima, mother of a girl of two years still hospitalised, has "
            "recounted to Ruvubu Presse having given the syrup « as the nurse had said, three times per day ».")
    found = only(text, nlp, "having given")
    assert (found["cue"], found["speaker"], found["text"].endswith("per day »")) == ("recounted", "Aline Niyonzima", True)
    # (not a circumstance after a comma)
    assert quotes_of("The minister arrived in Paris, having met the envoy twice.", nlp) == []


@pytest.mark.parametrize("text, fragment, speaker", [
    # an Irish surname's particle is the surname's: the mother (Uí) is not her daughter (Ní); the lead's unnamed
    # mother is the woman the next paragraph names "speaking"
    ("THE mother of a Galway nurse held in Yemen has appealed to the captors to \"let her come home to us\".\n\nNóra Uí "
     "Bhriain was speaking at a vigil outside the parish church in Oranmore last night, a week after Aoife Ní Bhriain (29) "
     "and three colleagues were taken.\n\n\"She rang me every Sunday. Tonight the phone did not ring,\" Ms Uí Bhriain told "
     "the crowd.", "come home", "Nóra Uí Bhriain"),
    # the Tánaiste is an office; a seat after a name ("TD") is no part of it; a priest's "Fr"
    ("Tánaiste and Minister for Foreign Affairs Pádraig Ó Floinn said yesterday that consular officials were in daily "
     "contact with the family.\n\n\"Loose talk can put lives at risk,\" the Tánaiste said.", "Loose talk", "Pádraig Ó Floinn"),
    ("Deirdre Ní Chonaill TD, who attended the vigil, told the Herald she had spoken to the minister on Friday.",
     "had spoken", "Deirdre Ní Chonaill"),
    ("Parish priest Fr Colm Ó Riain said the whole parish was praying for the nurse.", "praying", "Colm Ó Riain"),
    # the name a group gives itself; a kunya the article gives a man ("known as Abu Salem"); "the organization" named
    # by its kind before
    ("The group, which calls itself \"Liwa al-Fajr\", said in a statement that its demands were heard.", "demands",
     "Liwa al-Fajr"),
    ("The mediator Sheikh Nasser bin Saif al-Harithi, known as Abu Salem, stated that the talks lasted nineteen nights."
     "\n\n\"The guest in our land is protected,\" Abu Salem said.", "guest", "Nasser bin Saif al-Harithi"),
    ("Sheikh Hadi called on the organization Brúarsjóður to reopen the clinic.\n\nThe organization said in a statement "
     "that it is studying the conditions for a return.", "studying", "Brúarsjóður"),
    # a driver is an office an appositive names the holder of; so is "the also doctor" (el también médico)
    ("The driver of the charity, Salem Ba-Ali, who was released on the first day, recounted that the gunmen stopped the "
     "car at dawn.", "gunmen", "Salem Ba-Ali"),
    ("His wife, the also doctor Valeria Correa Saldivia, manifested to Radio Sur that the family has received «an "
     "enormous affection».", "affection", "Valeria Correa Saldivia"),
    # "the aforementioned" is the person last named; a name set off by commas before the verb speaks, not the staff
    # it spoke to
    ("Mr. Serge Lukusa spoke on Friday. «The Government followed this file hour by hour», declared the aforementioned "
     "during a press briefing.", "hour by hour", "Serge Lukusa"),
    ("His wife, Madame Gisèle Kanku Ntumba, declared to our editorial staff, in the family home in Limete, that the "
     "family lived «three weeks of agony».", "agony", "Gisèle Kanku Ntumba"),
    # an office and a name after the verb and its comma, however the parser hung the verb
    ("The surgeons were released yesterday evening in Yemen and are now in Muscat, where they are in good health, "
     "informed Foreign Minister Eyrún Hjaltadóttir at a press conference this morning.", "released",
     "Eyrún Hjaltadóttir"),
])
def test_who_speaks_in_the_shapes_of_an_abduction_story(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, kind", [
    # a clause the cue reports goes on into the quote: one mixed statement
    ("Their daughter organized the vigils. According to her, tonight's vigil will be the last one, „and this time it is "
     "a celebration“.", "celebration", "mixed"),
    # "what happened" as the reported clause's subject is no question
    ("The governor spoke. He stressed that what happened \"does not represent Shabwa and its people.\"", "represent",
     "mixed"),
])
def test_statements_in_the_shapes_of_an_abduction_story(nlp, text, fragment, kind):
    assert only(text, nlp, fragment)["kind"] == kind


@pytest.mark.parametrize("text", [
    "Citizens gathered every Thursday in the square, at gatherings that they called „Thursdays for Gjoko“.",
    # (what the faithful heard after the colon is the statement, not the scene before the verb)
    "At the thanksgiving service held Friday in Kintambo, Pastor Fiston Mbala declared to the faithful: «God heard us.»",
])
def test_names_and_scenes_are_no_statements(nlp, text):
    assert not any("Thursdays" in q["text"] or "service" in q["text"] for q in quotes_of(text, nlp))


@pytest.mark.parametrize("text, fragment, medium", [
    ("Reykjavík, 2 December (Norðurljós) – The charity's director, Baldur Jónsson, said in an interview with the agency "
     "that all four were exhausted but unhurt.", "exhausted", "Norðurljós"),
    ("ATAQ, Dec. 6 (Wadi Press) - The governor spoke on Tuesday. In a statement to the agency, the governor pointed out "
     "that the roads had been secured.", "roads", "Wadi Press"),
    ("Bitola, 3 December 2026 (Baba Press) – „I counted the stars“, stated Petrovski for Baba Press by telephone.",
     "counted", "Baba Press"),
    ("Skopje, 3 December 2026 (Baba Press) – The brother Kiril Petrovski pointed out for the agency that the family "
     "received support „from all of the town“.", "support", "Baba Press"),
    ("Montevideo, 21 nov (Ceibo).- The director had affirmed on Thursday, quoted by the Yemeni agency Wadi Press, that "
     "the organization «will stay».\n\nAccording to the same agency, the governor of Shabwa, Saleh bin Gallab, assured "
     "that the hostages «are well treated».", "well treated", "Wadi Press"),
    # (a person after an office is no medium)
    ("The talks failed, he told Foreign Minister Eyrún Hjaltadóttir on Monday.", "talks failed", None),
])
def test_media_in_the_shapes_of_an_abduction_story(text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in q.text_in(article.text)] == [medium]


def test_a_she_inside_a_quote_is_the_woman_the_quote_names_before_it(nlp):
    text = ("„I will not forget her“, emphasized Gjorgji Petrovski. „Ragnhildur, the Icelandic surgeon, held all of us "
            "together. Every morning she said: ‚Today is one day less.‘ I will not forget that“, he added.")
    assert [q["speaker"] for q in quotes_of(text, nlp) if q["text"].startswith("Today")] == ["Ragnhildur"]


def test_a_body_without_its_country_takes_the_dateline_city_s():
    # (Bitola is in the city table; a city that is no capital needs the story to name its country)
    text = ("Bitola, 3 December 2026 (Baba Press) – The logistician from Bitola Gjorgji Petrovski, who was released on "
            "Tuesday, arrived this morning at the airport, informed the Ministry of Foreign Affairs. The Macedonian state "
            "paid no ransom.")
    article = through_pipeline(text)
    assert [q.speaker_name for q in article.quotes] == ["Macedonian Foreign Ministry"]


# -- shapes of a sail-training rescue story --------------------------------------------------------


def test_a_closing_mark_that_opens_a_quote_belongs_to_what_was_said(nlp):
    text = "The mother Sari Mäkelä says ”she is a strong girl” and tells that the family will fly to the Azores."
    found = only(text, nlp, "strong girl")
    assert (found["kind"], found["text"]) == ("mixed", "”she is a strong girl”")


@pytest.mark.parametrize("text, fragment", [
    # the story's own outlet, with who spoke between the verb and it (Flemish and Slovenian copy)
    ("GHENT (Het Anker) – ‘We are so relieved’, says mother Griet Van den Broeck (48) to our newspaper.", "relieved"),
    ("Ljubljana, 20 November (Lipa) – »We sailed for a week,« said Ana Kovač for the agency.", "sailed"),
])
def test_the_story_s_own_outlet_with_the_speaker_between(text, fragment):
    article = through_pipeline(text)
    found = [q for q in article.quotes if fragment in q.text_in(article.text)]
    assert [q.medium for q in found] == [article.outlet]
    assert found[0].speaker_text_in(article.text) in ("mother Griet Van den Broeck (48)", "Ana Kovač")


@pytest.mark.parametrize("text, fragment, speaker", [
    # a name the NER missed, given with an age in words or in brackets; "the concerned" is that person
    ("Oran – The young Oranese Walid Amine Merabet, 20 years old, landed on Thursday.\n\n«I talked to the sea during "
     "thirty hours», confided the concerned, still weakened.", "talked to the sea", "Walid Amine Merabet"),
    # the longer form written before: a Spanish name of two surnames the NER took for a body
    ("Santo Domingo.- The Dominican youth Yeimy Altagracia Rosario Peña arrived safe.\n\nRosario Peña, the also cadet "
     "of the Eastern Nautical School, said the sea was like a wall.", "like a wall", "Yeimy Altagracia Rosario Peña"),
    # "the young woman" is the cadet, not the captain last named; an office the tagger made a verb is still one
    ("Santo Domingo.- The youth Yeimy Rosario Peña arrived safe.\n\nRosario Peña, the also cadet of the Nautical "
     "School, was taken off by the container ship of the Croatian captain Davor Loncaric.\n\n«We thought the ship was "
     "going to break in two», indicated the young woman.", "break in two", "Yeimy Rosario Peña"),
    ("Rosario Peña, the also cadet of the Nautical School, sailed on the brig.\n\nAccording to the cadet, the hardest "
     "moment was the jump to the rescue boat.", "hardest moment", "Rosario Peña"),
    # an outlet a statement was given to is no person, whatever the NER made of it
    ("By Nassima Kaddour\n\nThe young Oranese Walid Amine Merabet, 20 years old, is home.\n\n«I talked to the sea», "
     "confided to Le Murdjadjo the concerned.\n\nThe student in navigation recounted that a wave tore him from the deck.",
     "a wave tore", "Walid Amine Merabet"),
    # an office "last night" holds no one: the Prime Minister named next
    ("The Prime Minister last night said the government was ‘following every minute’ of the search.\n\nSpeaking at "
     "Castille, Dr Clayton Micallef said Malta was in constant contact with Lisbon.", "every minute", "Clayton Micallef"),
    # an appositive after a relative clause, or after a nationality, names the holder
    ("The orthopaedic surgeon who operated on him, Rui Tavares Amaral, confirmed that the operation went well.",
     "went well", "Rui Tavares Amaral"),
    ("The commander of the container ship Cape Tessaline, the Croatian Davor Lontcharitch, had for his part qualified the "
     "young Oranese as «the real hero».", "real hero", "Davor Lontcharitch"),
    # an impersonal "they" at a body (Slovenian "so sporočili na ministrstvu")
    ("The sailor will be flown home on Thursday, they informed at the Ministry of Foreign Affairs.", "flown home",
     "Ministry of Foreign Affairs"),
    # a Flemish surname's particle; a ship after its kind is no one
    ("Maritime lawyer Pieter Van Acker from Antwerp spoke to us.\n\n‘A sail training ship is inspected like a yacht’, "
     "says Van Acker.", "like a yacht", "Pieter Van Acker"),
    ("Jana De Smet (18) was lifted from the training brig Qawsalla on Friday. On Tuesday she landed at Zaventem. ‘I have "
     "seen how small we are’, she says.", "how small", "Jana De Smet"),
    # an unnamed official whose relative clause says "he", the article hung on the compound before the noun
    ("Mr Kyaw Min Htoo, the president of the federation, said the federation would keep fighting.\n\nA WCU official who "
     "attended the talks but asked not to be named because he is not authorised to speak to the media told this "
     "newspaper that the case was \"closed\". He said the Slovak side had been irritated by the campaign.", "irritated",
     "a WCU official"),
    # a kin's appositive names who speaks, not the kin named inside the phrase
    ("The father of the young Amine, Mr Mohamed Benkhelifa, confided to El Wahran that the family had not slept.",
     "not slept", "Mohamed Benkhelifa"),
    # "the concerned" (l'intéressé) and "the latter" (ce dernier) stand for a person named before
    ("The father of the young trainee, Mr Mohamed Benkhelifa, spoke on Friday. The concerned declared: «We thank God.»",
     "thank God", "Mohamed Benkhelifa"),
    ("Mr Karim Saadi met the mayor Ahmed Belkacem. The latter declared that the town was praying.", "praying",
     "Ahmed Belkacem"),
    # a present tense the tagger made a plural noun, after a quote and its speaker (Finnish copy)
    ("”Everyone is safe”, the ministry's consular director Pekka Lehtonen estimates.", "Everyone", "Pekka Lehtonen"),
    # "According to an outlet (ACRONYM), X said that …": X speaks, the outlet relays
    ("According to the Slovak News Office (SKN), a spokeswoman for the ministry said that visa applications were assessed "
     "one by one.", "visa applications", "a spokeswoman"),
])
def test_who_speaks_in_the_shapes_of_a_dismasting_story(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, content", [
    # a present tense the tagger made a noun, before "in a statement that"
    ("The foundation's director Antonella Grech Sant denies in a statement that the brig left against the advice of "
     "its routing service.", "the brig left", "the brig left against the advice of its routing service"),
    # past the name an "According to" phrase gives its source
    ("According to the doctor treating him in Ponta Delgada, Inês Furtado Medeiros, he is recovering well.",
     "recovering", "he is recovering well"),
    # a that-clause the parser hung on who relayed the message, or after a relative clause on where it was said from
    ("The master of the Cape Tessaline, Capt. Davor Loncaric, said in a message relayed by the ship’s operator, "
     "Tessaline Shipping, that his crew had ‘simply done what the sea asks of every sailor’.", "his crew",
     "his crew had ‘simply done what the sea asks of every sailor’"),
    ("The Croatian Davor Lončarić said for Sidro by telephone from the ship, which is sailing towards Rotterdam, that "
     "it was »the hardest manoeuvre of my life«.", "hardest", "it was »the hardest manoeuvre of my life«"),
    # what was judged after its label (machine-translated Spanish)
    ("The director of the school, Héctor Alcántara Frías, qualified as «exemplary» the conduct of the cadet, and left.",
     "exemplary", "as «exemplary» the conduct of the cadet"),
    # what one shouts is said
    ("‘He shouted to me: “Go inside, Jana, I will do it.” That was the last I heard of him’, she says.", "Go inside",
     "Go inside, Jana, I will do it."),
])
def test_statements_in_the_shapes_of_a_dismasting_story(nlp, text, fragment, content):
    assert [q["text"] for q in quotes_of(text, nlp) if fragment in q["text"]][-1] == content


def test_what_people_call_someone_is_no_statement(nlp):
    text = "In her neighbourhood, where they know her as «la Capitanita», a reception with merengue is being prepared."
    assert quotes_of(text, nlp) == []


@pytest.mark.parametrize("text, fragment, medium", [
    # an interview opened by telephone ("to Tähystäjä by phone") goes on in the speaker's next words
    ("Oulu, 15 November (Tähystäjä) – Both trainees are safe.\n\nVenla Kärkkäinen, 20, from Oulu describes the night of "
     "the storm to Tähystäjä by phone from Ponta Delgada.\n\n”First there was a terrible crack”, Kärkkäinen says.",
     "terrible crack", "Tähystäjä"),
    # a present tense "to" the story's own agency; "described for" it
    ("Oulu, 15 November (Tähystäjä) – Both trainees are safe.\n\nJarmo Ylönen, a sea-rescue volunteer, estimates to "
     "Tähystäjä that the rescue was exceptionally demanding.", "demanding", "Tähystäjä"),
    ("Ljubljana, 17 November (Sidro) – The sailor is home.\n\nHis mother Mojca Kovačič described for Sidro the first "
     "meeting in the hospital.\n\n»He was pale and full of tubes,« she said.", "pale", "Sidro"),
    # a run of paragraphs by the speaker stays in the conversation that opened it
    ("By Nassima Kaddour\n\nThe young Oranese Walid Amine Merabet, 20 years old, is home.\n\n«I talked to the sea», "
     "confided to Le Murdjadjo the concerned.\n\nAccording to him, his safety line «broke like a thread».\n\n«A life "
     "raft had been torn from the ship», he added.\n\nHe indicated that he had a little water in the raft.",
     "little water", "Le Murdjadjo"),
    # the agency that passed the words on, by a passive "quoted by" or an acronym the story named as an outlet
    ("The ship's manager gives the same account. Its managing director Spyridon Tzanetakis was quoted by Greek news "
     "agency Kyma as saying the company \"did not pay\".", "did not pay", "Kyma"),
    ("The Slovak news agency SKN reported on Tuesday that the matches would start at 10am.\n\nHowever, Mr Kyaw Min Htoo "
     "described the deal as \"half a solution\", according to SKN, and said the federation would keep fighting.",
     "half a solution", "SKN"),
    ("According to the Slovak News Office, a spokeswoman for the ministry said that visa applications were assessed one "
     "by one.", "visa applications", "Slovak News Office"),
    # a nationality from the country table, whatever its ending; more verbs "to" an acronym
    ("The Myanmar player indicated to the Slovak agency SKN that she had «slept two hours in four days».", "slept",
     "SKN"),
    ("A diplomatic source estimated to ATN that Tunisia « will plead for a renewal of one year ».", "plead", "ATN"),
    # met by the agency's reporter, in lower case after the speaker's comma
    ("«If the drums stay on the sand, who will buy our fish?», asks Rasoanaivo Jean-Baptiste, fisherman of fifty-two "
     "years, met by AMP on the beach.", "buy our fish", "AMP"),
])
def test_media_in_the_shapes_of_a_dismasting_story(text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in q.text_in(article.text)] == [medium]


# -- shapes of an eruption story (session 36) ------------------------------------------------------


@pytest.mark.parametrize("text, content, cue", [
    # a day and a setting between a judging verb and its quoted object
    ("The Minister of Foreign Affairs, Mr. Karim Benslimane, had saluted on Saturday, in a communiqué, «the courage of "
     "the guides of Ranvetlam».", "the courage of the guides of Ranvetlam", "saluted"),
    ("The president hailed in a message “a victory of the whole island over the mountain”.",
     "a victory of the whole island over the mountain", "hailed"),
    # or the setting after the quote that ends the sentence
    ("The guides' association condemned «a negligence that nearly cost two lives» in a statement.",
     "a negligence that nearly cost two lives", "condemned"),
])
def test_a_judged_object_in_quote_marks_past_its_setting(nlp, text, content, cue):
    found = only(text, nlp, content)
    assert (found["text"], found["kind"], found["cue"]) == (content, "mixed", cue)


def test_a_salute_that_judges_nothing_said_is_no_statement(nlp):
    assert quotes_of("The soldiers saluted the flag in the square, “the old flag”.", nlp) == []


def test_a_name_written_family_name_first_gives_its_bearer_s_sex(nlp):
    # (Hungarian order: "Szabó Réka" is a woman, whatever "Szabó" would say as a given name)
    text = ("The geologist Varga Péter and the student Szabó Réka were on the rim when the ash came.\n\n„We ran for an "
            "hour,” she said.")
    assert only(text, nlp, "We ran")["speaker"] == "Szabó Réka"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a name after "says" that the tagger made an adjective (Norwegian order: "says X to the agency")
    ("In Haugesund, her father Sindre Vågbø has not slept since Monday.\n\n«She called at six and said: ‘Dad, I am "
     "out.’ Then the line went dead», says Vågbø to Fjellvarden.", "line went dead", "Sindre Vågbø"),
    # and "she" in his quote is someone else: the daughter he spoke of
    ("The geologist Ingvild Vågbø was on the rim.\n\nIn Haugesund, her father Sindre Vågbø has not slept since Monday."
     "\n\n«She called at six and said: ‘Dad, I am out.’ Then the line went dead», says Vågbø to Fjellvarden.",
     "Dad, I am out", "Ingvild Vågbø"),
    # a body after the verb, then whom it told
    ("All three researchers are safe and unharmed, informs the Foreign Ministry to Fjellvarden.", "unharmed",
     "Foreign Ministry"),
    # a Hungarian name family name first, which the NER took for a body, then "he"
    ("Pálfi Bence, the 24-year-old student of the Tisza University, is in good health.\n\nPálfi Bence spoke with "
     "Hídfő by phone from Port Vila.\n\n„The ash swallowed the light of our lamps” – he said.", "ash swallowed",
     "Pálfi Bence"),
    # whom it told, whatever its tag, then who spoke; a quote inside a quote after the verb that sent it
    ("„We did not know anything for hours. Then Bence sent one sentence: »I am alive«” – told Hídfő his mother, "
     "Pálfiné Kiss Judit.", "did not know", "Pálfiné Kiss Judit"),
    ("His mother told the portal: „We waited all night. Then Bence sent one sentence: »I am alive, I am coming "
     "down«”.", "I am alive", "Bence"),
    # an office the article gave in an appositive after the name
    ("„We will review every field trip” – stated dr. Szalai Gyula, rector of the Tisza University.\n\nThe rector "
     "added that the university would ask for a report.", "ask for a report", "Szalai Gyula"),
    # a given name the tagger made a noun, before the rest of the name
    ("The ambassador of Peru, Augusto Villanueva Quispe, who traveled to Brisbane, assured that the compatriot is in "
     "good hands.", "good hands", "Augusto Villanueva Quispe"),
    # "he" inside a wife's quote is her husband, named by his given name there
    ("The geologist Gonzalo Paredes Ccori was injured.\n\nHis wife, Rosa Linares, manifested that the family is "
     "calm.\n\n“Gonzalo called me from the hospital, with a weak voice. He said to me: «I am alive, tell the "
     "children»,” she recounted.", "I am alive", "Gonzalo Paredes Ccori"),
    # a that-only cue the tagger made an adjective, before a relaying aside
    ("The leader of the team, the volcanologist Milena Petrova, sustained, according to the same agency, that the "
     "group was outside the danger zone.", "danger zone", "Milena Petrova"),
    # a name the family knows him by
    ("The student's uncle, Omar Al-Khatib, known in the family as Abu Sami, told the paper that the guides were "
     "heroes.\n\nAbu Sami said the family would invite the guides to Jordan.", "invite the guides", "Omar Al-Khatib"),
    # "his wife", named nowhere, is not the man last in view
    ("The president, Dr Walid Haddad, said the university would pay.\n\nThe geologist Tomás Rivas has been flown "
     "to Brisbane. His wife told reporters that he would climb again.", "climb again", "His wife"),
    # a writing's author by its kind, named next; the agency that carried it relays
    ("The student is well, according to a ministry statement carried by the state news agency Qamar.\n\nThe Ministry "
     "of Foreign Affairs and Expatriates said it had followed the case.", "student is well",
     "Ministry of Foreign Affairs"),
    # academic titles with their stops
    ("The team broke no rule, stated for the agency the volcanologist Assoc. Prof. Dr. Milena Petrova, who led "
     "the group.", "broke no rule", "Milena Petrova"),
    # a verb after the closing mark of „…“
    ("„The chief sent us word on Saturday that the mountain is angry“, commented Petrova.", "mountain is angry",
     "Petrova"),
])
def test_who_speaks_in_the_shapes_of_an_eruption_story(nlp, text, fragment, speaker):
    # (the innermost quote that holds the fragment: some are quotes inside quotes)
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, content", [
    # the lede's statement, then a dash, the verb, whom it told, when, and who (Hungarian copy)
    ("Pálfi Bence, the student of the Tisza University, is in good health and can travel home next week – informed "
     "Hídfő on Thursday the Ministry of Foreign Affairs and Trade.", "good health",
     "Pálfi Bence, the student of the Tisza University, is in good health and can travel home next week"),
    # or after a comma, the body by one word and the writing it spoke in
    ("The geologist was transferred to a hospital of Brisbane, where he remains in stable state, informed this "
     "Friday the Chancellery through a communiqué.", "stable state",
     "The geologist was transferred to a hospital of Brisbane, where he remains in stable state"),
    # a label another speaker gave it
    ("The leader said the camp was outside the danger zone, a claim Tavoa rejected as “a question of metres, not of "
     "safety.”", "question of metres", "a question of metres, not of safety."),
])
def test_statements_in_the_shapes_of_an_eruption_story(nlp, text, fragment, content):
    assert [q["text"] for q in quotes_of(text, nlp) if fragment in q["text"]][-1] == content


@pytest.mark.parametrize("text, fragment, medium", [
    # the story's own agency after the speaker (Norwegian order), or after a writing
    ("Bergen, 11 November (Fjellvarden) – Both researchers are safe.\n\n«We ran with wet cloths over our faces», "
     "says Haugland to Fjellvarden by phone from Port Vila.", "wet cloths", "Fjellvarden"),
    ("Bergen, 11 November (Fjellvarden) – Both researchers are safe.\n\nThe team leader writes in a message to "
     "Fjellvarden that the team was outside the zone.", "outside the zone", "Fjellvarden"),
    # "informed" it with no "to"; "stated for" it by e-mail; "commented for the agency" and then who
    ("Hídfő | Szalai Dóra | 14 November 2026\n\nThe student is in good health – informed Hídfő on Thursday the "
     "Ministry of Foreign Affairs and Trade.", "good health", "Hídfő"),
    ("Sofia, 16 November (Kaliakra Press) – The team is home.\n\nThe head of the unit, Tom Tavoa, stated for "
     "Kaliakra Press by e-mail that the bulletin was clear.", "bulletin was clear", "Kaliakra Press"),
    ("Sofia, 16 November (Kaliakra Press) – The team is home.\n\n„For us she is still a little girl“, commented for "
     "the agency the mother, Radka Petrova.", "little girl", "Kaliakra Press"),
    # an interview by phone "with" the portal goes on in the speaker's next words
    ("Hídfő | Szalai Dóra | 14 November 2026\n\nPálfi Bence is in good health.\n\nPálfi Bence spoke with Hídfő by "
     "phone from Port Vila.\n\n„The ash swallowed our lamps” – he said.", "ash swallowed", "Hídfő"),
    # written to an outlet
    ("In an email to the Lolowai Weekly, the consortium's director, Professor Anders Lie, said the consortium "
     "would pay.", "would pay", "Lolowai Weekly"),
])
def test_media_in_the_shapes_of_an_eruption_story(text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in q.text_in(article.text)] == [medium]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a state body with no dateline takes the country of the people the headline names
    ("Maltese nurse freed in Chad\n\nThe Maltese nurse Doris Camilleri was released on Monday and is in good health, "
     "the Ministry of Foreign Affairs said in a statement.", "good health", "Maltese Foreign Ministry"),
    # (not the country of whoever struck them)
    ("Russian drone attack on Kharkiv injures 14\n\nThe strike hit a school in the night, the Air Force said on "
     "Telegram.", "hit a school", "Air Force"),
    # a name set apart before the subject that describes it, in a quote inside a quote
    ("The student Karim Haddad was found on Monday.\n\n“At dawn I heard voices. Tamas, one of the two porters from "
     "the hamlet, touched my arm and said, ‘Friend, you are safe now.’ I will never forget it,” Haddad said.",
     "Friend, you are safe", "Tamas"),
    # an outlet's name, then the speaker's, with no comma between
    ("BEIRUT – « I am home at last », declared to The Cedar Ledger Nadim Khoury on Friday evening.", "home at last",
     "Nadim Khoury"),
    # whom the neighbourhood calls by his son's name
    ("His father, Georges Haddad, whom the whole street calls Abu Elie, waited at the door.\n\n« I kissed the "
     "telephone », recounted Abu Elie, a retired teacher.", "kissed the telephone", "Georges Haddad"),
    # a Spanish name of two surnames, a sibling of the same two, and the two surnames alone for the one so called first
    ("The geologist Valeria Mora Solís, detained for a week, will return on Friday. Mora Solís was detained on "
     "November 5.\n\nHer brother, Esteban Mora Solís, declared that the family is relieved.\n\nIn declarations to "
     "the paper, Mora Solís indicated that she feels tired but free.", "tired but free", "Valeria Mora Solís"),
    ("The Costa Rican Valeria Mora Solís, detained for a week, will return on Friday.\n\nHer brother, Esteban Mora "
     "Solís, declared that the family is relieved.", "family is relieved", "Esteban Mora Solís"),
    # a given name's initial before the surname, as a state agency shortens it
    ("The head of the press centre of the ministry, Farrukh Sharipov, informed that two foreigners were released."
     "\n\nAccording to F. Sharipov, the criminal case continues.", "case continues", "Farrukh Sharipov"),
    # a Dutch surname with a capital at a sentence's start
    ("His cardiologist Jeroen de Wit of the Maas Heart Clinic has treated him since 2019.\n\n‘He belongs in a "
     "cardiology ward’, says De Wit.", "cardiology ward", "Jeroen de Wit"),
    # a given name and a surname, then the body they are of
    ("Director Gerrit-Jan Smeets of Stichting Waalbron, the foundation that pays for the project, says that the "
     "foundation trusts the team.", "trusts the team", "Gerrit-Jan Smeets"),
    # an office whose entity ran over its comma, then the name
    ("The spokesman of the Tajik Prosecutor General's Office, Rustam Nazarov, said on Wednesday to the state agency "
     "Varzob that the foreigners are treated well.", "treated well", "Rustam Nazarov"),
    # honorifics of a Costa Rican neighbour and of an Omani official
    ("“Here everyone knows her since she was a baby”, commented don Rafael Quesada Mora, neighbor of the family.",
     "since she was a baby", "Rafael Quesada Mora"),
    ("“They are guests of the Sultanate now,” HE Sayyid Faisal bin Hamad Al Habsi said.", "guests of the Sultanate",
     "Faisal bin Hamad Al Habsi"),
])
def test_who_speaks_in_the_shapes_of_a_detention_story(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, content", [
    # "reports" the tagger took for a noun, the sentence's last word
    ("The Dutch hydrologist Pieter Smit, who has been detained for a week, was taken to a hospital on Wednesday, "
     "the Foreign Affairs ministry reports.", "hospital",
     "The Dutch hydrologist Pieter Smit, who has been detained for a week, was taken to a hospital on Wednesday"),
    # "lets know" after the clause
    ("The clinic has sent his medical file to the embassy, he lets know.", "medical file",
     "The clinic has sent his medical file to the embassy"),
])
def test_statements_in_the_shapes_of_a_detention_story(nlp, text, fragment, content):
    assert [q["text"] for q in quotes_of(text, nlp) if fragment in q["text"]] == [content]


@pytest.mark.parametrize("text", [
    "It should be noted that the foundation has been working in the district since 2024.",  # the narrator's remark
    "She last heard him on Saturday, when he was allowed to call for five minutes.",  # how long, not a demand
])
def test_no_statement_in_a_narrator_s_remark_or_a_call_s_length(nlp, text):
    assert quotes_of(text, nlp) == []


@pytest.mark.parametrize("text, fragment, medium", [
    # an outlet's name, then the speaker's
    ("BEIRUT – « I am home at last », declared to The Cedar Ledger Nadim Khoury on Friday evening.", "home at last",
     "The Cedar Ledger"),
    # the agency's correspondent it informed; the state agency it spoke to, on a day
    ("DUSHANBE, November 18 (Varzob) – Two foreigners were released, the head of the press centre Farrukh Sharipov "
     "informed the correspondent of Varzob.", "foreigners were released", "Varzob"),
    ("The spokesman of the office, Rustam Nazarov, said on Wednesday to the state agency Varzob that the foreigners "
     "are treated well.", "treated well", "Varzob"),
    # a chamber is no outlet
    ("Minister of Foreign Affairs Ewout Dekker told the House of Representatives on Thursday that he had called his "
     "counterpart twice.", "called his counterpart", None),
])
def test_media_in_the_shapes_of_a_detention_story(text, fragment, medium):
    article = through_pipeline(text)
    assert [q.medium for q in article.quotes if fragment in q.text_in(article.text)] == [medium]


# -- statements the parser hid ------------------------------------------------------------------


@pytest.mark.parametrize("text, fragment, content", [
    # a long subject after "say", the verb past the parser's reach
    ("The plan has not gone over well with the families of the crew, many of whom say the company's promises about "
     "compensation from the foreign insurers are empty.", "promises",
     "the company's promises about compensation from the foreign insurers are empty"),
    # a reply's words in its gerund
    ("The governor responded to a farmer's question on Tuesday by saying his refusal to use the word “drought” was a "
     "matter of law.", "refusal", "his refusal to use the word “drought” was a matter of law"),
    # an "as" the parser hung on the subject
    ("As many hydrologists, including Dr. Ines Varga, have pointed out, the dam can release water even if the "
     "reservoir is low.", "release water", "the dam can release water even if the reservoir is low"),
    # an object that acts: its verb has an infinitive of its own
    ("They noted his attorney offered to have the engineer appear at a closed session, but the prosecutor declined.",
     "attorney", "his attorney offered to have the engineer appear at a closed session, but the prosecutor declined"),
    # the reporter's remark on what the speaker did, after "although"
    ("He claimed that paying no fees to the port was smart, although he again refused to pledge to release the permit "
     "before the hearing.", "fees", "paying no fees to the port was smart"),
    # a whole quote after a comma ends the clause that leads to it
    ("She added that most of the families seem more angry than afraid, which is a problem because, “In the end, we "
     "need them to talk to us.”", "families",
     "most of the families seem more angry than afraid, which is a problem because, “In the end, we need them to talk "
     "to us.”"),
    # a relative clause's subject "that" is no complementizer, but a "that" the parser hung on a noun before is one
    ("A source close to the delegation affirmed for its part that Lisbon hopes to obtain a first loan before June.",
     "Lisbon", "Lisbon hopes to obtain a first loan before June"),
])
def test_statements_the_parser_hid(nlp, text, fragment, content):
    assert content in [q["text"] for q in quotes_of(text, nlp) if fragment in q["text"]]


@pytest.mark.parametrize("text, fragment", [
    # what someone was asked is not what he said
    ("Asked to describe the device that caused the blast, Chief Ortega said, “Not going to go into that.”", "device"),
    # a relative clause is no statement of the cue before it
    ("The council criticised its exclusion from the regional water talks that opened in Vienna.", "exclusion"),
])
def test_no_statement_in_a_question_or_a_relative_clause(nlp, text, fragment):
    assert [q["text"] for q in quotes_of(text, nlp) if fragment in q["text"]] == []


def test_an_outlet_named_with_its_owner_is_named_without_it():
    text = ("Governor Salim Haddad told the London-based Al-Qamar news website that soldiers had bulldozed farmland "
            "near the village.\n\nA local activist told Al-Qamar that the soldiers had searched the houses of farmers.")
    article = through_pipeline(text)
    assert {q.medium for q in article.quotes} == {"Al-Qamar"}


@pytest.mark.parametrize("text, fragment, speaker", [
    # the man who thanked his hosts in the paragraph before speaks next, not the official quoted before him
    ("The plane was received on the tarmac by Sheikh Nasser bin Salim Al Harthy, head of protocol.\n\n“They are our "
     "guests now,” Sheikh Nasser said.\n\nLooking pale, Mr Joost van Rijn, who was taken to hospital last week, thanked "
     "the Sultanate.\n\n“Last week I was in a hospital bed,” he told the Muscat Courier.", "hospital bed", "Joost van Rijn"),
])
def test_who_thanked_before_a_quote_speaks_it(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_a_quote_after_a_sentence_the_parser_ran_on_is_no_clause_of_the_sentence_before(nlp):
    text = ("In an interview with the private radio Kanu FM, El Hadj Sekou Keita, president of a union of market "
            "gardeners of Kita and member of the delegation, invited for his part the organisers to « draw the lessons » "
            "of the incident. « One does not send the poor countries to discuss about money in an old plane », he "
            "launched.")
    assert [q["kind"] for q in quotes_of(text, nlp) if "old plane" in q["text"]] == ["direct"]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a well-known body by its initials is named in full
    ("An IMO spokesperson told the Lagoon Post the organisation was “following the case closely”.", "following",
     "International Maritime Organization"),
    # a state body with no country takes the one of the town the headline names
    ("Paro family waits for news of missing cadet\n\nThe family of the cadet has appealed to the government.\n\nIn a "
     "statement, the Ministry of Foreign Affairs and External Trade said it remained hopeful.", "hopeful",
     "Bhutanese Foreign Ministry"),
])
def test_bodies_named_as_the_article_means_them(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_a_statement_starts_after_the_outlet_it_was_told_to(nlp):
    text = "An agency spokesperson told Dhoni Post the organisation was “following the case closely”."
    assert only(text, nlp, "following")["text"] == "the organisation was “following the case closely”"


def test_an_unnamed_source_goes_on_through_his_pronoun_and_his_office(nlp):
    text = ("HARGEISA (Gulf Dispatch) — Police arrested nine suspected smugglers overnight, a senior commander who spoke on "
            "condition of anonymity told Gulf Dispatch.\n\nThe commander said the raids targeted houses on the edge of "
            "the city. \"Some of them had been locked inside for two weeks,\" he said.\n\nAccording to the commander, the "
            "operation will continue along the coast until the end of the year.")
    found = quotes_of(text, nlp)
    assert [q["speaker"] for q in found] == ["a senior commander"] * 4
    assert [q["medium"] for q in found] == ["Gulf Dispatch"] * 4


def test_an_outlet_with_a_capital_inside_its_name_is_no_person(nlp):
    text = "After the session, Aram Petrosyan told ArmPulse that the faction would submit its amendments by Friday."
    assert only(text, nlp, "amendments")["medium"] == "ArmPulse"


# -- the shapes of a mine rescue (Swedish, Estonian, Mongolian, Bolivian, Cuban and Kazakh copy) ---------------------


def test_swedish_dialogue_dashes_are_quotes_with_their_speaker():
    text = ("Swedish engineer safe\n\nLuleå, 3 March (Vildmark) – The engineer is out of danger, confirms the Foreign Ministry's press service to "
            "Vildmark.\n\n– He called me at six this morning. He asked for coffee, says his wife Karin Lund to Vildmark."
            "\n\n– He sounded tired, says Lund. But he laughed, and I have not heard him laugh since the summer.\n\n"
            "– I will believe it when I see him. Until then he is a voice on the phone.")
    article = through_pipeline(text)
    found = [(q.kind, q.text_in(article.text)[:20], q.speaker_name, q.medium) for q in article.quotes]
    assert found == [("indirect", "The engineer is out ", "Swedish Foreign Ministry", "Vildmark"),
                     ("direct", "He called me at six ", "Karin Lund", "Vildmark"),
                     ("direct", "He sounded tired", "Karin Lund", "Vildmark"),
                     ("direct", "But he laughed, and ", "Karin Lund", "Vildmark"),
                     ("direct", "I will believe it wh", "Karin Lund", "Vildmark")]


def test_spanish_dialogue_dashes_set_the_speaker_off_inside_the_words(nlp):
    text = ("His sister, Rosa Mamani Condori, waited at the door of the house.\n\n—We prayed for him every night —said "
            "his sister— and we will not move from here until he comes.")
    found = [(q["kind"], q["text"], q["cue"]) for q in quotes_of(text, nlp)]
    assert found == [("direct", "We prayed for him every night", "said"),
                     ("direct", "and we will not move from here until he comes.", "said")]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a union's name in apposition to its description
    ("The Mongolian miners' union, the Steppe Miners' Union, claims that the alarms had been switched off for weeks.",
     "alarms", "Steppe Miners' Union"),
    # a consular unit of a ministry, and again by its kind
    ("Tartu nurse survived the flood\n\nThe nurse is being treated in a hospital, the consular department of the "
     "Foreign Ministry confirmed.\n\nAccording to the consular department, she could fly home next week.", "fly home",
     "Consular Department of the Estonian Foreign Ministry"),
    # the head of state's office, with the country of the story
    ("Tartu nurse survived the flood\n\nThe Office of the President said in a statement that the head of state had "
     "followed the rescue with hope.", "head of state", "Office of the President of Estonia"),
    # a body the parser cut at its "of"
    ("According to the Mongolian agency Tuul, the Prosecutor's Office of the province of Dornogovi informed on Friday that "
     "it opened a penal case against two managers of the mine.", "penal case", "Prosecutor's Office of the province of Dornogovi"),
    # a name with its initial glued on, after the body its bearer heads
    ("The head of the Ulaan Tal Herders' Association Ch.Altantsetseg said that the herders had warned the company.",
     "warned", "Ch.Altantsetseg"),
    # a company without its legal form
    ("According to the press service of Saryarka Core Drilling LLP, the company will cover the costs.", "cover",
     "Saryarka Core Drilling"),
    # an accented given name is no nationality
    ("The president of the cooperative, Germán Quispe Colque, questioned that the companies do not care.",
     "do not care", "Germán Quispe Colque"),
    # the second "that" of a statement, which the parser hung on a verb inside the first
    ("His father Bolat Serikov emphasized that the family does not blame anyone before the investigation, but that "
     "«someone must answer» for the dead.", "someone", "Bolat Serikov"),
])
def test_who_speaks_in_the_shapes_of_a_mine_rescue(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, medium", [
    # a text message to the outlet
    ("OULU, 3 March (Kivikko) – In a text message to Kivikko, the engineer Antti Laine writes that he only did his "
     "job.", "his job", "Kivikko"),
    # an account given to the outlet, then told in quotes
    ("Reached by telephone in Dalanzadgad, the doctor Yudelkis Rosales Pino recounted to Zunzun Daily the six days "
     "of the rescue.\n\n«On the first morning they brought up five workers», the doctor said.", "first morning",
     "Zunzun Daily"),
])
def test_media_in_the_shapes_of_a_mine_rescue(text, fragment, medium):
    article = through_pipeline(text)
    assert next(q for q in article.quotes if fragment in q.text_in(article.text)).medium == medium


def test_a_statement_said_to_an_outlet_starts_at_its_that(nlp):
    text = ("The Riigikogu member Kadri Tamm, who chairs the friendship group, said to Pärnu Kaja that Estonia should ask "
            "for „a full investigation“ and offer help.")
    assert only(text, nlp, "Estonia should")["text"] == "Estonia should ask for „a full investigation“ and offer help"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a name the NER took for a thing, after the words of a job in lower case, and later the surname alone
    ("Maritime law lecturer Kalju Šults said to Kaja that radar logs alone are not enough to prove intent in court."
     "\n\n„Negligence is easier to prove,“ Šults said.", "Negligence", "Kalju Šults"),
    ("Maritime law lecturer Kalju Šults said to Kaja that radar logs alone are not enough to prove intent in court.",
     "not enough", "Kalju Šults"),
    # a pair of surnames after the office the article gave with the full name
    ("The Chancellery indicated that the consul of Bolivia in Tokyo, accredited also before Korea, Rolando Mamani "
     "Sirpa, traveled to Busan.\n\nThe consul Mamani Sirpa, reached by telephone by El Altiplano in Busan, precised "
     "that the sailor has bruises on both arms.", "bruises", "Rolando Mamani Sirpa"),
    # an office inside someone's words, held by the one person the article names with it later
    ("The bosun Jomar Reyes, 42, was met by his wife at the airport. Reyes recalled that the captain gathered the crew "
     "on the bridge.\n\n\"Sabi ni Kapitan [The captain said], 'Nobody panics, nobody jumps.' Tama siya [He was right],\" "
     "he said.\n\nThe captain, Aram Petrosyan, remains in a remand prison.", "Nobody panics", "Aram Petrosyan"),
])
def test_speakers_the_ner_or_the_order_of_the_story_hid(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_a_time_after_said_is_not_what_was_said(nlp):
    text = ("“It never crossed my mind that I was losing it,” she said several months after her release, and a big "
            "reason for that was the rise of a new movement.")
    assert [q["text"] for q in quotes_of(text, nlp)] == ["It never crossed my mind that I was losing it,"]


def test_a_speaker_after_the_quote_whose_job_the_tagger_took_for_a_verb(nlp):
    found = quotes_of("“Then he went back to the deck,” said the cook Liis Tamm.", nlp)
    assert [(q["text"], q["speaker"]) for q in found] == [("Then he went back to the deck,", "Liis Tamm")]


@pytest.mark.parametrize("text, fragment", [
    # a telephone call to an office, and a circumstance after it
    ("He declined to say whether the premier had called the Chilean president, while the ministry rejected the term.",
     "president"),
    # an office summoned
    ("The deputy Anna Berg, who sits on the foreign affairs committee, has called the foreign minister in for a "
     "consultation.", "consultation"),
    # whom it was told and when, no statement
    ("“Tell my mother I am coming home,” Mr Karim Haddad told reporters as he left the terminal.", "terminal"),
    # an outlet the parser took for what was told
    ("Villagers in Tarkegaun are still waiting for the rice promised by the government, ward chairperson Pemba Lhamu "
     "Sherpa told Nepali daily The Himalayan Mirror.", "Himalayan Mirror"),
])
def test_no_statement_in_a_call_a_summons_or_a_circumstance(nlp, text, fragment):
    assert not [q for q in quotes_of(text, nlp) if fragment in q["text"]], quotes_of(text, nlp)


def test_a_statement_told_after_a_circumstance_starts_at_its_that(nlp):
    text = ("Arash Karimi, who led the delegation, told reporters as he left the venue that Tehran had come “with open "
            "hands” but found “closed files” on the other side of the table.")
    assert only(text, nlp, "Tehran")["text"] == ("Tehran had come “with open hands” but found “closed files” on the "
                                                 "other side of the table")


def test_a_paper_named_after_its_nationality_and_kind_is_the_medium(nlp):
    text = ("The rice never came to Tarkegaun, ward chairperson Pemba Lhamu Sherpa told Nepali daily The Valley "
            "Mirror.")
    assert only(text, nlp, "rice")["medium"] == "The Valley Mirror"


def test_a_ministry_named_without_its_country_takes_the_dateline_countrys_own_adjective(nlp):
    text = ("KATHMANDU, Oct 3: The Ministry of Foreign Affairs said on Friday that all 14 trekkers had been "
            "evacuated from the valley.")
    assert only(text, nlp, "trekkers")["speaker"] == "Nepali Foreign Ministry"


@pytest.mark.parametrize("text, fragment, speaker", [
    # Burmese honorifics before names the NER cut or mislabelled; "Ko" is a young man's
    ("NAY PYI TAW, 8 Nov — U Kyaw Zin Oo, Managing Director of Ayar Star Crewing Services Co., Ltd, said that the "
     "agency would bear the cost of repatriating the body.", "bear the cost", "Kyaw Zin Oo"),
    ("NAY PYI TAW, 8 Nov — The director, U Aung Myo Thant, said the family was informed.\n\nSpeaking to the paper by "
     "telephone, Ko Htet Aung Lin explained that the cargo moved to one side when the wind struck the ferry.\n\n"
     "According to him, he had been on the deck when the ferry turned over.", "on the deck", "Htet Aung Lin"),
    ("NAY PYI TAW, 8 Nov — U Soe Naing, the father of the seafarer, told our correspondent that his son had supported "
     "the family. His daughter, Ma Thandar Win, said the family hoped to perform the rites at home.", "rites",
     "Thandar Win"),
    # a day with its date in brackets is no one; the diplomat is
    ("The nurse Mariana Costa Lima, 34, rescued alive on Friday (6), is out of danger, affirmed this Saturday (7) the "
     "embassy.\n\nThe minister-counsellor of the embassy, Marcelo Augusto Leal, who arrived on Friday, declared to "
     "Portal Bugio that the search goes on.\n\n“Mariana is strong and lucid,” affirmed the diplomat.", "strong",
     "Marcelo Augusto Leal"),
    # an embassy named with its city keeps its name, without its article
    ("The Japanese Embassy in Suva said its staff had visited the engineer in hospital.", "visited", "Japanese Embassy in Suva"),
])
def test_who_speaks_in_the_shapes_of_a_ferry_disaster(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_a_byline_with_by_and_a_paper_after_its_bar_names_the_outlet():
    article = through_pipeline("Survivor tells of two days in the sea\n\nBy Ana Souza Lima | Portal Bugio\n\n"
                               "Joinville (SC) – The nurse Mariana Costa Lima, 34, is out of danger, said her mother.")
    assert article.outlet == "Portal Bugio"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a Vietnamese family name the NER left out at the start of the sentence
    ("Hanoi (VNX) – The agronomist was found.\n\nTrần Quang Vinh, director of the Hồng Hà Agricultural Cooperation "
     "Centre, affirmed that the project “will continue as planned”. He highlighted that yields had risen.", "yields",
     "Trần Quang Vinh"),
    # a given name the NER left out at the start of an appositive, though the parse hangs the rest on it
    ("The president of the Union of Gabonese Students in Latvia (UGSL), Blaise Nkwenti Ashu, described the promise as "
     "\"a bandage, not a cure.\"", "bandage", "Blaise Nkwenti Ashu"),
    # a Malagasy honorific before the name
    ("A survivor, Ramatoa Rasoanaivo Lalatiana, teacher of 46 years, confirmed that the passengers had waited almost "
     "one hour in the plane.", "waited", "Rasoanaivo Lalatiana"),
    # a consul's city the NER ran into his name
    ("„We are with him,“ said the honorary consul of the Czech Republic in Antananarivo Jiří Ryšavý, who visited "
     "the technician on Wednesday.", "with him", "Jiří Ryšavý"),
    # the relative clause on a name with its office, whatever the NER made of the body the office is of
    ("« The aircraft was airworthy », affirmed Mr. Rakotobe Hery, director general of Vorombe Air, who indicated that "
     "the company remains « at the disposal of the investigators ».", "disposal", "Rakotobe Hery"),
    # "the airline" is the airline the story named, whatever the NER made of its name
    ("The Vorombe Air plane ditched on Monday.\n\nAccording to the airline, the accident is due to a storm cell.",
     "storm", "Vorombe Air"),
    # a company by its legal form is no one for a "he" to be
    ("Karim Hossain, general manager of the factory, was flying to Nampula, his brother Md. Rafiqul Hossain said.\n\n"
     "The chairman of Padma Weaves Ltd said the costs would be borne.\n\n“My brother called at midnight. "
     "He said, ‘I am alive, tell Amma not to cry,’ and then the line cut,” Rafiqul said.", "I am alive",
     "Karim Hossain"),
    # "Mrs" before a surname two of the family share is the woman
    ("His mother, Mrs Thoko Dube, told the paper she had not slept. His father, Mr Themba Dube, a retired engineer, "
     "said the family had never doubted him.\n\nAs neighbours brought food, Mrs Dube said: “We are a praying "
     "family.”", "praying", "Thoko Dube"),
    # a mission named with its city keeps it
    ("Separately, the Bangladesh High Commission in Pretoria said a first secretary would reach Mahajanga on "
     "Saturday.", "first secretary", "Bangladesh High Commission in Pretoria"),
    # a country that owns the body is not the speaker
    ("Madagascar's pilots' union claims the captain was pressured to fly despite a known engine defect.", "pressured",
     "Madagascar's pilots' union"),
    # a manner in commas between the verb and who spoke
    ("«He left on Sunday. Now he returns in a coffin», declared, in tears, the widow, Felizarda Nihia, in the family "
     "house.", "coffin", "Felizarda Nihia"),
])
def test_who_speaks_in_the_shapes_of_a_plane_ditching(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, medium", [
    # a news site, as Czech copy calls one, and the sentence's stop left on its name
    ("The embassy is in contact with the family, the spokeswoman Markéta Horká told the server Zprávy.info. "
     "According to her, he could return next week.", "return next week", "Zprávy.info"),
    # an outlet that cited the speaker opens the sentence, and "the same agency" after it in the sentence
    ("Nampula, 19 Nov (ALN) – The body arrives next week.\n\nCited by the Malagasy agency AVM, the director "
     "general of the airline, Hery Rakotobe, affirmed that the aircraft «was airworthy», while the president of the "
     "union, Solofo Rabe, sustained before the same agency that the engine had a defect.", "engine had a defect", "AVM"),
])
def test_media_in_the_shapes_of_a_plane_ditching(nlp, text, fragment, medium):
    assert only(text, nlp, fragment)["medium"] == medium


def test_speaking_to_the_stories_own_outlet_is_talking_to_it():
    article = through_pipeline("Hanoi (VNX) – Speaking briefly to VNX by phone from his hospital bed, Thắng said he "
                               "had drifted in the dark on a seat cushion.")
    assert [q.medium for q in article.quotes] == ["VNX"]


def test_a_byline_with_the_writers_job_is_no_speaker():
    article = through_pipeline("Pilot survives ditching\n\nThandeka Moyo, Senior Reporter\n\nTHE mother of a "
                               "Bulawayo pilot says she will only rest when her son is “back under this roof”.")
    assert article.author == "Thandeka Moyo"
    assert [q.speaker_name for q in article.quotes] == ["the mother of a Bulawayo pilot"]


def test_a_nickname_in_quote_marks_is_no_one(nlp):
    text = ("Dr Farai Moyo said Mr Dube graduated in 2019. He was known at the school as “Captain Cool”.\n\n"
            "“We are going into the water,” the captain said.")
    assert "Cool" not in [q["speaker"] for q in quotes_of(text, nlp)]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a body in apposition to its name, as the speaker
    ("Helios Medical Relief, the Geneva-based charity that employs the seven, reiterated in a statement on Saturday "
     "that all its operations in Haiti remain suspended.", "remain suspended", "Helios Medical Relief"),
    # by its country: the company the article called so, not the company named last
    ("The family demands that the Azerbaijani company Sarı Qanad Cargo pay. Flights resume with the company Acacia "
     "Freight.\n\nThe Azerbaijani company, quoted by the agency AZX, assured that the crew was insured.",
     "crew was insured", "Sarı Qanad Cargo"),
    # a company by its legal form is "the company" after
    ("Hiroshi Tanabe, president of Shiranami Shipbuilding Co., spoke in Onomichi.\n\nIn a written statement, the "
     "company said its engineer had completed his checks.", "completed his checks", "Shiranami Shipbuilding"),
    # a firm the article called a firm, not the consortium that hired it
    ("That line comes from the Tallinn firm Lainemurd Forensics. Hired by the Koru Cable Consortium, the firm said "
     "on Monday that the anchor was towed.", "anchor was towed", "Lainemurd Forensics"),
])
def test_a_company_by_its_kind_is_the_company_the_article_named(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_a_communique_opening_the_sentence_is_no_part_of_an_earlier_interview(nlp):
    text = ("Contacted by Citadelle Info, the consortium Nam Keo Power did not wish to react.\n\nIn a communiqué "
            "published Monday, the company had however assured that the equipment was checked.")
    assert only(text, nlp, "equipment was checked")["medium"] is None


@pytest.mark.parametrize("text, fragment, speaker", [
    # a place before the speaker, which the parser took for the subject
    ("Back in Honiara, the moderator of the Mataniko Gospel Fellowship, Rev. Silas Ta'ake, said churches would pray "
     "for both sides.", "pray for both sides", "Silas Ta'ake"),
    # a name the NER cut at its middle initial
    ("In Kingston, the youth leader Ms Freda J. Kilua, who joined the protest on Wednesday, told Ngali Broadcasting: "
     "“We do not want them to dig up our sea.”", "dig up our sea", "Freda J. Kilua"),
    # a company by its kind and what it stands behind, its name in apposition
    ("The week was dominated by a plume study. The company behind the licence application, Nareau Ocean Minerals, at "
     "first denied that it had lost a collector vehicle on the seabed during a test.", "collector vehicle",
     "Nareau Ocean Minerals"),
    # the last words of a portfolio the NER took for a name
    ("Kiribati's Minister for Ocean and Seabed Resources, Hon. Rimeta Kaiuea, told reporters in Kingston that every "
     "month of delay “costs our country dearly”.", "month of delay", "Rimeta Kaiuea"),
    # a relative aside on whose act another noun names, the parser taking the noun for the speaker
    ("The president of the council, the Albanian ambassador Erion Kerçiku, whose decision of Wednesday provoked the "
     "walkout, assured on Friday that he “acted according to the rules” and celebrated the agreement.",
     "acted according", "Erion Kerçiku"),
    # a second verb the parser hung on the reported clause's last verb goes with the verb that reports it
    ("The Ecuadorian delegate, Andrés Carrión Moncayo, spoke in Kingston.\n\nThe diplomat pointed out that the study "
     "of the research ship Halcyon Reach, directed by the Cambodian biologist Sovannary Chea, showed that the plumes of "
     "sediment travelled up to 48 kilometres, and assured that Ecuador will ask that the independent review be made "
     "“with scientists of the South”.", "scientists of the South", "Andrés Carrión Moncayo"),
    # a place with "the" is nobody for "the diplomat" to be
    ("The Ecuadorian delegate in Kingston, Andrés Sebastián Carrión Moncayo, who spoke in the name of the Galápagos "
     "and of the bloc of some thirty States that ask for a moratorium, manifested in dialogue with Guayacán that the "
     "walkout of Wednesday “was not a tantrum, it was a warning”.\n\n“We left the room because the presidency wanted "
     "to consider provisionally a licence that nobody had evaluated”, expressed Carrión. “The Galápagos do not have a "
     "provisional sea.”\n\nThe diplomat pointed out that Ecuador will ask for a review.", "ask for a review",
     "Andrés Sebastián Carrión Moncayo"),
    # a body's name that the NER called something else ends in a body's word
    ("The Tuna Guild of the Equatorial Pacific (GAPE), which groups shipowners of Manta, sustained in a communiqué "
     "that the industry supports the pause.", "supports the pause", "Tuna Guild of the Equatorial Pacific"),
    # "According to" an outlet, then who spoke
    ("According to the Trinidadian newspaper The Caroni Record, ambassador Aneesa Ramdial Baptiste, who brokered the "
     "compromise, said that the deal ‘buys time for science’.", "buys time", "Aneesa Ramdial Baptiste"),
    # "let it be known", the Dutch "liet weten"
    ("The company Nareau Ocean Minerals, which is sponsored by Kiribati, let it be known that it will ‘respect the "
     "process’.", "respect the", "Nareau Ocean Minerals"),
    # a shorter name of a body given in full before
    ("Chea Sovannary is a researcher at the Nereid Institute for Deep-Sea Research in Auckland.\n\nAccording to a "
     "statement from the Nereid Institute, the team will “welcome” an independent review.", "independent review",
     "Nereid Institute for Deep-Sea Research"),
])
def test_who_speaks_in_the_shapes_of_seabed_talks(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_a_claim_with_a_quoted_fragment_then_says_the_speaker_is_mixed(nlp):
    text = ("PARAMARIBO – The postponement of the first licence gives the Surinamese fishers ‘breathing space’, says "
            "ambassador Renuka Jagessar, who represented Suriname last week.")
    found = only(text, nlp, "breathing space")
    assert (found["kind"], found["speaker"]) == ("mixed", "Renuka Jagessar")


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees(nlp):
    text = ("In a WhatsApp exchange with The Bassac Daily on Thursday, Dr Sovannary answered two questions.\n\n"
            "Q: Did you expect the walkout?\n\nA: No. Scientists present data, and diplomats decide what to do "
            "with it.\n\nQ: What would you say to people in Cambodia?\n\nA: That the deep sea is not far away from "
            "any of us.")
    answers = [q for q in quotes_of(text, nlp) if q["text"].startswith(("No.", "That the deep sea"))]
    assert [(q["kind"], q["speaker"], q["cue"]) for q in answers] == [("direct", "Sovannary", None)] * 2
    assert not any(q["text"].startswith("Did you") for q in quotes_of(text, nlp))


@pytest.mark.parametrize("text", [
    # a name given by no one
    "Fisherman Errol van Ommeren says he knows what mud does to a net. On the quay the nodules are already called "
    "‘stone potatoes’.",
    # a relative clause after a noun inside the object of a cue
    "The company Nareau Ocean Minerals did not respond to the questions of Guayacán about the collector vehicle that "
    "it lost in the seabed during the tests.",
])
def test_no_statement_in_the_shapes_of_seabed_talks(nlp, text):
    assert not [q for q in quotes_of(text, nlp) if "stone potatoes" in q["text"] or "lost in the seabed" in q["text"]]


def test_a_conversation_with_this_newspaper_is_the_own_outlet(nlp):
    text = "‘We are not a Pacific country’, Jagessar says in conversation with this newspaper."
    assert only(text, nlp, "Pacific country")["medium"] == "this newspaper"


def test_this_newspaper_is_none_of_several_outlets_a_story_names_once_each():
    article = through_pipeline("Fishers relieved\n\n‘We are not a Pacific country’, Jagessar says in conversation with "
                               "this newspaper.\n\nThe minister said every month of delay costs his country dearly, "
                               "reports the broadcaster Ngali Broadcasting. The biologist Sovannary Chea told the "
                               "Cambodian newspaper The Bassac Daily that the mud went much further than expected.")
    assert [q.medium for q in article.quotes if "Pacific" in q.text_in(article.text)] == [None]


def test_that_only_cues_past_a_dialogue_with_or_a_communique_sent_to_an_outlet(nlp):
    # (the parser made each cue a participle of the speaker's name; a verb inside a quoted fragment reports nothing)
    text = ("The president of the operator Andes Cumbre, Tomás Irigoyen Basualdo, sustained in dialogue with the station "
            "Radio Pehuén that the chairlift “stopped itself as designed” when the wind passed the limit, and that the fault "
            "was in the backup motor, which “did not respond” when the staff tried to bring the chairs back.\n\n"
            "The technical director of the maker Telefèrics Olot, Montse Vidal Ferrer, assured in a communiqué sent to El "
            "Valle that the backup drive “can bring back every chair in thirty minutes” and that its upkeep falls to the "
            "operator.")
    fault = only(text, nlp, "backup motor")
    assert fault["text"].endswith("bring the chairs back") and fault["kind"] == "mixed"
    assert (fault["speaker"], fault["cue"], fault["medium"]) == ("Tomás Irigoyen Basualdo", "sustained", "Radio Pehuén")
    upkeep = only(text, nlp, "upkeep")
    assert (upkeep["speaker"], upkeep["cue"], upkeep["medium"]) == ("Montse Vidal Ferrer", "assured", "El Valle")
    assert only(text, nlp, "every chair")["kind"] == "mixed"


def test_told_us_inside_a_british_single_quote_names_no_outlet(nlp):
    text = ("The coach of the team, Dr Ade Bello, told Nigeria’s Savannah Herald that Mr Worrell ‘was telling us stories of "
            "cricket until midnight’.")
    assert only(text, nlp, "stories of cricket")["medium"] == "Savannah Herald"
    text = ("According to spokeswoman Lærke Østergaard, the team had a permit for its work, ‘but nobody ever told us that a "
            "drone needed a second permit’.")
    assert only(text, nlp, "team had a permit")["medium"] is None


def test_danish_copy_says_the_speaker_with_an_appositive_then_to_the_outlet():
    article = through_pipeline("Firm denies lobbying\n\nThe mining company Qaqqaq Minerals has not tried to influence the "
                               "talks, says the company's chief executive, Niels Lyberth, to Nunatta Avisia.\n\n"
                               "»We have two geologists there,« says Lyberth.", outlet="Nunatta Avisia")
    found = {q.text_in(article.text)[:20]: (q.speaker_name, q.medium) for q in article.quotes}
    assert found == {"The mining company Q": ("Niels Lyberth", "Nunatta Avisia"),
                     "We have two geologis": ("Niels Lyberth", "Nunatta Avisia")}


def _said(article) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's first words, with its speaker and medium."""
    return {q.text_in(article.text)[:24]: (q.speaker_name, q.medium) for q in article.quotes}


def test_a_colombian_daily_relays_the_leader_it_spoke_to_and_others():
    article = through_pipeline(
        "\"They sent me back like a parcel\": miners' leader refused entry\n\n"
        "By: Regional Redaction | La Quebrada (English edition)\n\n"
        "Istmina.- “They sent me back as if I were a parcel without a name”, manifested this Saturday to La Quebrada the "
        "miners' leader of the Baudó Wilmer Asprilla Mosquera, who was refused entry on Thursday at the airport of Oslo.\n\n"
        "Asprilla Mosquera, of 52 years and president of the Cooperative of Miners of the San Juan (Coomisanjuan), precised "
        "that the police retained him for nine hours.\n\n"
        "According to Asprilla Mosquera, some 2,000 families of the middle San Juan live from gold washing.\n\n"
        "“They treated me like a smuggler”, he had declared on Friday to this newspaper.\n\n"
        "The chief executive of the Greenlandic company Sermeq Gold, Inuk Kleist, declared to the Greenlandic site Nuuk "
        "Ullumi that its two geologists were in Oslo as advisers.\n\n"
        "The director, Ana Lopez, told the Greenlandic site Nuuk Ullumi that the firm was calm.\n\n"
        "In Istmina, the wife of Asprilla Mosquera, Dora Palacios Rivas, manifested to this newspaper that the family "
        "learned of the return at two in the morning.")
    leader = ("Wilmer Asprilla Mosquera", "La Quebrada")
    assert _said(article) == {
        "They sent me back as if ": leader,  # (the day before the outlet; the owner's "'"; "the" before the region)
        "the police retained him ": leader,
        "some 2,000 families of t": leader,
        "They treated me like a s": leader,  # (no woman for "he", though "the wife of" stands before his name)
        "its two geologists were ": ("Inuk Kleist", "Nuuk Ullumi"),  # (the holder after the firm; a site as medium)
        "the firm was calm": ("Ana Lopez", "Nuuk Ullumi"),  # (the site's name is no clause)
        "the family learned of th": ("Dora Palacios Rivas", "La Quebrada")}


def test_a_greenlandic_site_says_who_to_it_and_who_answered():
    article = through_pipeline(
        "Firm: our geologists were advisers\n\n"
        "By Pipaluk Lynge | Nuuk Ullumi\n\n"
        "»A company that wants to mine gold cannot sit at the table,« says the organisation's director, Katja Almqvist, to "
        "Nuuk Ullumi by telephone from Geneva.\n\n"
        "Naalakkersuisoq for Mineral Resources Paninnguaq Fleischer, who takes part in the talks as a member of the Danish "
        "Realm's delegation, told Nuuk Ullumi by telephone from Reykjavík on Saturday morning that Greenland has supported "
        "a fixed date.\n\n"
        "»It is not enough that the company says it was innocent,« says Inatsisartut member Kaali Abelsen to Nuuk Ullumi.\n\n"
        "Asked whether the geologists will return to the conference hall when the talks resume, Mølgaard is silent for a "
        "moment before he answers: »They stay at the hotel.«\n\n"
        "Bent Olsvig, 40, landed on Thursday. “I did my job,” Mr. Olsvig told Nuuk Ullumi. His wife, Nivi, and their "
        "daughters stood beside him. “We prayed every night,” Nivi Olsvig told Nuuk Ullumi.\n\n"
        "Asked whether he would go back to sea, Mr. Olsvig looked at his daughters for a long time before he answered: "
        "“Maybe.”")
    said = {q.text_in(article.text)[:24]: (q.speaker_text_in(article.text), q.speaker_name) for q in article.quotes}
    # (the outlet after the speaker's appositive is no part of the speaker)
    assert said["A company that wants to "] == ("the organisation's director, Katja Almqvist", "Katja Almqvist")
    assert said["Greenland has supported "][1] == "Paninnguaq Fleischer"  # (a Greenlandic minister's title)
    # (not anyone named in the "Asked …," opening; and not the wife, who spoke last: "Mr." is her husband)
    assert said["They stay at the hotel."][1] == "Mølgaard"
    assert said["Maybe."][1] == "Bent Olsvig"


def test_a_nickname_the_ner_took_for_the_whole_name_keeps_the_given_name(nlp):
    # (the NER tags the nickname alone as the person, the given name as something else)
    text = ("CEBU CITY — The crew came home.\n\nCristina 'Tina' V. Buenaflor, spokesperson of the Visayan Deckhands' "
            "League (VDL), told reporters that the medicine chest was old.\n\nBuenaflor said the league would sue.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Cristina V. Buenaflor", "Cristina V. Buenaflor"]


def test_an_unnamed_source_whose_verb_the_parser_hung_on_the_anonymity_formula(nlp):
    # ("wrote" comes out as the xcomp of "asked": a finite verb, not what was asked for)
    # (built by hand with the parse the bundled model gives one outlet's name, so the test holds whatever the model)
    from spacy.tokens import Doc

    from sayso.nlp.quotes import find_quotes

    words = ("A crew member who asked not to be named wrote to Tindur that the sick were being nursed “ by the healthy "
             "ones , in shifts . ”").split()
    heads = [2, 2, 2, 4, 2, 8, 8, 8, 4, 4, 11, 9, 17, 14, 17, 17, 17, 9, 22, 22, 22, 22, 17, 25, 25, 22, 2, 26]
    deps = ("det compound ROOT nsubj acl:relcl advmod mark aux:pass xcomp xcomp case obl mark det nsubj:pass aux "
            "aux:pass advcl punct case det amod obl punct case nmod punct punct").split()
    tags = "DT NN NN WP VBD RB TO VB VBN VBD IN NNP IN DT NN VBD VBG VBN `` IN DT JJ NNS , IN NNS . ''".split()
    pos = ("DET NOUN NOUN PRON VERB PART PART AUX VERB VERB ADP PROPN SCONJ DET NOUN AUX AUX VERB PUNCT ADP DET ADJ NOUN "
           "PUNCT ADP NOUN PUNCT PUNCT").split()
    lemmas = ("a crew member who ask not to be name write to Tindur that the sick be be nurse “ by the healthy one , in "
              "shift . ”").split()
    spaces = [w != "“" and nxt not in (",", ".", "”", "") for w, nxt in zip(words, words[1:] + [""])]  # ("“by", "ones,")
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    found = [(q.kind, q.cue_in(doc.text), q.speaker_name) for q in find_quotes(doc)]
    assert found == [("mixed", "wrote", "a crew member")]


def test_calques_of_defending_and_launching_a_claim(nlp):
    # (Spanish "defendió que", French "a lancé que"; not "launched that product")
    text = ("The health minister, Tovo Rabe, had defended this Wednesday, quoted by the daily Le Vanille, that his "
            "country “has not closed the door to anybody”.\n\nIn the video, the biologist Lucía Ferrín had launched "
            "that the crew are «people who need a doctor».\n\nThe company launched that product in May.")
    found = [(q["text"][:20], q["cue"], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)]
    assert found == [("his country “has not", "defended", "Tovo Rabe", "Le Vanille"),
                     ("the crew are «people", "launched", "Lucía Ferrín", None)]


def test_a_that_clause_past_the_outlet_whose_country_it_names(nlp):
    # (the broadcaster's name in commas, after whose it is; or in brackets after "quoted by")
    text = ("The captain, the Faroese Jógvan Hansen, had affirmed on Saturday to the public broadcaster of his country, "
            "Aldan, that nine people were “in their bunks with a high fever”.\n\nThe captain of the ship, Jógvan Hansen, "
            "said on Sunday (quoted by the public broadcaster of the Faroe Islands, Aldan) that the body of the cook is "
            "in the cold store.")
    found = [(q["text"][:20], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)]
    assert found == [("nine people were “in", "Jógvan Hansen", "Aldan"), ("the body of the cook", "Jógvan Hansen", "Aldan")]


def test_according_to_what_was_reported_by_a_hospitals_direction(nlp):
    # (the Spanish "según lo informado por la dirección del hospital": the hospital speaks, through who runs it)
    text = ("Seven crew members were taken to the Vallecito General Hospital on Wednesday.\n\nTwo of them remain in "
            "serious state, according to what was reported by the direction of the hospital.")
    found = [(q["text"], q["cue"], q["speaker"]) for q in quotes_of(text, nlp)]
    assert found == [("Two of them remain in serious state", "according to", "Vallecito General Hospital")]


def test_the_registrar_heads_the_registry(nlp):
    # (a registrar named after the lede's "head of the registry", and by her office in lower case with her name after)
    text = ("The Belize Registry of Shipping has opened an inquiry into the vessel, the head of the registry confirmed "
            "on Friday.\n\nRegistrar Ms. Ilse Canul-Baptist told this newspaper that investigators will examine the "
            "medical chest.\n\n“We want to know who”— said the Registrar.\n\nBelize's ship registrar, Ilse Canul-Baptist, "
            "told reporters that the inquiry would take a month.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Ilse Canul-Baptist"] * 4


def test_a_bodys_name_without_the_of_the_ner_left_on_it(nlp):
    # (the NER tags "the Brinemark Foundation of| Monaco")
    text = ("The ship is run by the Kelpwater Foundation of Monaco.\n\nThe foundation said that the kit had been "
            "checked in port.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Kelpwater Foundation"]


def test_spanish_given_names_say_who_the_young_woman_is(nlp):
    # ("the young woman" is no one the article gave an office, so the biologist is not first in line; her given name
    # and the cook's tell them apart)
    text = ("The ship docked after the death of the Filipino cook Ernesto Malabanan.\n\nThe affair went round the world "
            "after the video of the Ecuadorian biologist Doménica Arboleda Quiñónez, filmed on the deck. In it, the young "
            "woman had launched that the crew are «people who need a doctor».")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Doménica Arboleda Quiñónez"]


def test_the_speaker_before_informed_the_post_not_the_quotes_subject(nlp):
    # (the parser hangs "informed" on the quote's verb, whose subject is a name inside the quote; "the Post" is whom
    # it was told, the paper by the last word of its name)
    article = through_pipeline(
        "Guide carried climber down\n\n“Lakpa did not put him down once, not even to drink,” Nima Dorje Sherpa, 41, the "
        "sirdar of the team, informed the Post on Saturday.", outlet="The Lali Post")
    assert [(q.speaker_name, q.medium) for q in article.quotes] == [("Nima Dorje Sherpa", "The Lali Post")]


def test_a_station_by_its_town_and_band_then_its_name(nlp):
    q = only("The liaison officer, Maj Imran Khattak, told the Skardu FM station Radio Shyok on Saturday that the "
             "operator had asked for a rescue bond.", nlp, "the operator")
    assert (q["speaker"], q["medium"]) == ("Imran Khattak", "Radio Shyok")


def test_a_nickname_everyone_knows_is_the_same_person_and_a_place_is_no_clause(nlp):
    # ("who is known to everyone at base camp as ‘Kancha’"; "from Skardu, where he is waiting …" says where he is)
    text = ("The third Nepali on the team, Lhakpa Nuru Sherpa, 29, who is known to everyone at base camp as ‘Kancha’, "
            "was roped to the Georgian.\n\n“The snow took him from my hands,” Kancha told reporters from Skardu, where "
            "he is waiting for the search to resume.")
    assert [(q["text"], q["speaker"]) for q in quotes_of(text, nlp)] == [
        ("The snow took him from my hands,", "Lhakpa Nuru Sherpa")]


def test_a_given_name_the_tagger_took_for_a_verb(nlp):
    # ("Tenzing|VBG Norbu Lama|PERSON, president of …": the NER leaves the given name out)
    text = ("Tenzing Norbu Lama, president of the Nepal Guides' Forum, said at a gathering in Thamel that guides often "
            "had no insurance.\n\n“Nobody will pay for his back,” Lama said.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Tenzing Norbu Lama", "Tenzing Norbu Lama"]


def test_initials_first_name_a_family_not_one_person(nlp):
    # (Sri Lankan copy writes the family names' initials first: the climber and her father share them and the surname;
    # "Mr." is the father)
    article = through_pipeline(
        "Climber will return\n\nMountaineer W.M. Tharushi Ekanayake says she will return to the mountain.\n\n"
        "Ms. Ekanayake said the team had waited two nights.\n\nHer father, W.M. Sunil Ekanayake, a retired school "
        "principal in Kandy, told reporters that the family had not slept.\n\n“We only prayed,” Mr. Ekanayake said.")
    speakers = [q.speaker_name for q in article.quotes]
    assert speakers[1] == "W.M. Tharushi Ekanayake" and speakers[3] == "W.M. Sunil Ekanayake"
    assert speakers[2] != "W.M. Tharushi Ekanayake"


def test_an_air_force_rank_retired_before_the_name(nlp):
    # (the NER tags the rank a person and the name a body: "Squadron Leader|PERSON (retd) Farrukh Ali Niazi|ORG")
    text = ("\"The machine was fuelled and ready on Thursday morning,\" – said Karakoram Heli Services pilot Squadron "
            "Leader (retd) Farrukh Ali Niazi, who flew the first sortie.\n\nThe pilot said the rules required a bond.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Farrukh Ali Niazi", "Farrukh Ali Niazi"]


def test_a_verb_before_its_subject_as_copy_translated_from_arabic_writes_it(nlp):
    text = ("Confirmed Dr. Rashad Abdel Moneim El-Naggar, Undersecretary of the Ministry of Irrigation for Canal Affairs, "
            "that Egypt is ready to send four dredgers to the port.\n\n"
            "And stressed El-Naggar, in statements to Al-Qandil, the necessity of clearing the channel before the floods "
            "return to the delta.\n\n"
            "And in a telephone intervention with the program “Morning Bridge” on the Nahrein TV channel on Monday, "
            "described El-Naggar the old canal as “the artery of the whole valley”, pointing out that the works go on.\n\n"
            "For his part, confirmed Eng. Sherif Abdel Aziz Mansour, head of the central department for dredging at the "
            "ministry, to Al-Qandil that the teams did not record any damage.")
    found = quotes_by_text(text, nlp)
    ready = found["Egypt is ready to send four dredgers to the port"]
    assert (ready["cue"], ready["speaker"]) == ("Confirmed", "Rashad Abdel Moneim El-Naggar")
    clearing = next(q for t, q in found.items() if t.startswith("the necessity of clearing the channel"))
    assert (clearing["cue"], clearing["speaker"], clearing["medium"]) == ("stressed", "Rashad Abdel Moneim El-Naggar", "Al-Qandil")
    artery = found["the old canal as “the artery of the whole valley”"]
    assert (artery["kind"], artery["speaker_text"], artery["speaker"], artery["medium"]) == (
        "mixed", "El-Naggar", "Rashad Abdel Moneim El-Naggar", "Nahrein TV")
    damage = next(q for t, q in found.items() if t.startswith("the teams did not record any damage"))
    assert (damage["cue"], damage["speaker"], damage["medium"]) == ("confirmed", "Sherif Abdel Aziz Mansour", "Al-Qandil")


def test_an_opening_phrase_s_comma_is_no_verb_first_sentence(nlp):
    text = ("The inspector of the seafarers' federation for West Africa, Adewale Ogunbiyi, informed AMN that the ship has "
            "debts in four ports.")
    [q] = quotes_of(text, nlp)
    assert (q["speaker"], q["medium"]) == ("Adewale Ogunbiyi", "AMN")


def test_a_story_s_own_outlet_goes_on_with_its_speaker_to_the_end(nlp):
    # the one outlet the story names bare, twice and more, never introduced by its kind, is its own: later words of
    # a speaker who spoke to it were said to it too; not another's ("the Kenyan daily Pwani Leo")
    text = ("« It is a mission of expertise », declared to L'Ouarzazi the director of the institute, Pr Hamid Tazi.\n\n"
            "His colleague, Dr Samir Bennani, specified to L'Ouarzazi that the team will be based in Garissa.\n\n"
            "In Mombasa, the chairman of the board, Dr Tesfaye Alemu, had affirmed Wednesday to the Kenyan daily Pwani Leo "
            "that the ships were ready.\n\n"
            "The Ministry of Agriculture indicated in a communiqué that the mission is financed by Morocco.\n\n"
            "« Today it is our turn to go to the south », summarised Pr Tazi.")
    found = {q["text"].strip(" «»"): q for q in quotes_of(text, nlp)}
    last = found["Today it is our turn to go to the south"]
    assert (last["speaker"], last["medium"]) == ("Hamid Tazi", "L'Ouarzazi")
    assert (found["the ships were ready"]["speaker"], found["the ships were ready"]["medium"]) == ("Tesfaye Alemu", "Pwani Leo")
    assert found["the mission is financed by Morocco"]["medium"] is None


def test_a_pronoun_after_a_sentence_that_says_where_they_spoke_leaves_the_interview(nlp):
    text = ("Home Minister Bishnu Prasad Rijal told the Valley Mirror that the injured came first.\n\n"
            "Relief groups said the flights were too slow. A relief worker told the Valley Mirror the camps were full.\n\n"
            "Speaking to reporters at Lukla later in the day, Minister Rijal rejected the charge. He said that food would "
            "reach the camps by Friday.")
    found = quotes_by_text(text, nlp)
    assert found["food would reach the camps by Friday"]["speaker"] == "Bishnu Prasad Rijal"
    assert found["food would reach the camps by Friday"]["medium"] is None


def test_a_that_clause_after_a_relay_in_commas(nlp):
    text = ("The head of the press office, Firuz Davlatov, had sustained on Wednesday, quoted by the agency Pamir Khabar, "
            "that «the inquiry continues, and the charges remain».")
    found = quotes_of(text, nlp)
    assert [(q["speaker"], q["medium"]) for q in found] == [("Firuz Davlatov", "Pamir Khabar")], found


def test_a_cue_the_parser_made_an_adjective_after_a_closing_quote(nlp):
    text = "« Today it is our turn to go to the south », summarised Pr Hamid Tazi."
    found = quotes_of(text, nlp)
    assert [(q["cue"], q["speaker"]) for q in found] == [("summarised", "Hamid Tazi")], found


def test_a_nickname_glossed_in_brackets_after_the_subject_does_not_hide_the_verb(nlp):
    text = ('The district commissioner, Yasin Cumar Dirie, who is known across the district simply as "Dheere" (the tall '
            'one), told the paper in Qardho town that the first swarm arrived on Saturday.')
    found = quotes_of(text, nlp)
    assert [(q["text"], q["speaker"]) for q in found] == [("the first swarm arrived on Saturday", "Yasin Cumar Dirie")], found


def test_a_dash_attribution_past_the_day_and_the_outlet_and_a_label_said_to_an_outlet(nlp):
    text = ("Tunis – «We got it back on the fourth day» – declared Thursday evening to Kerkennah FM Slim Ben Ammar, "
            "manager of the ground station of Jebel Zaghouan.\n\n"
            "«For four days we spoke to a satellite that answered one word out of ten» – he explained.\n\n"
            "The engineer Ines Trabelsi, who led the night team, described to Kerkennah FM the manoeuvre of Thursday as "
            "«a surgery at 36,000 kilometres».")
    found = quotes_by_text(text, nlp)
    assert (found["We got it back on the fourth day"]["speaker"], found["We got it back on the fourth day"]["medium"]) \
        == ("Slim Ben Ammar", "Kerkennah FM")
    assert found["For four days we spoke to a satellite that answered one word out of ten"]["speaker"] == "Slim Ben Ammar"
    label = found["the manoeuvre of Thursday as «a surgery at 36,000 kilometres»"]
    assert (label["kind"], label["speaker"], label["medium"]) == ("mixed", "Ines Trabelsi", "Kerkennah FM")


def test_verb_first_sentences_with_an_office_or_a_title_after_the_verb(nlp):
    text = ("Nouakchott, Nov 25 (Chinguetti) - His Excellency the Minister of Culture and Relations with Parliament, "
            "Spokesman of the Government, Mr. Sidi Ould Cheikh Ahmed, affirmed on Wednesday that the Government is "
            "following the interruption.\n\n"
            "And affirmed the Minister, in a press point following the weekly Council of Ministers, that the relay to the "
            "wilayas of Adrar, Hodh Ech Chargui and Tiris Zemmour is cut since Monday morning.\n\n"
            "And stressed His Excellency the necessity of “protecting the right of the citizen to information”.\n\n"
            "And said Mr. Ahmed Salem Ould Bah, a merchant in Atar, to the correspondent of Chinguetti that the inhabitants "
            "learned of the breakdown “from the silence of the screens”.\n\n"
            "The Ministry of Culture and Relations with Parliament said in a statement that it received an explanation.")
    found = quotes_by_text(text, nlp)
    minister = "Sidi Ould Cheikh Ahmed"
    assert found["the relay to the wilayas of Adrar, Hodh Ech Chargui and Tiris Zemmour is cut since Monday morning"][
        "speaker"] == minister
    assert found["the necessity of “protecting the right of the citizen to information”"]["speaker"] == minister
    merchant = found["the inhabitants learned of the breakdown “from the silence of the screens”"]
    assert (merchant["speaker"], merchant["medium"]) == ("Ahmed Salem Ould Bah", "Chinguetti")
    assert found["it received an explanation"]["speaker"].endswith("Ministry of Culture and Relations with Parliament")


def test_german_so_after_the_words_names_their_speaker(nlp):
    text = ("„The satellite is not lost“, explained the CEO of the operator, Jakob Reuland. So far the ground station has "
            "received only fragments of the telemetry, so the CEO.\n\n"
            "The scientist Lotte Vermeulen explained the storm. Satellites in high orbit are hit that hard only a few "
            "times per decade, so Vermeulen.\n\n"
            "„We first need to know whether it comes back“, said the loss adjuster Tom Hale. For him it is too early to "
            "speak of a total loss.")
    found = quotes_by_text(text, nlp)
    assert (found["So far the ground station has received only fragments of the telemetry"]["speaker"],
            found["So far the ground station has received only fragments of the telemetry"]["cue"]) == ("Jakob Reuland", "so")
    assert found["Satellites in high orbit are hit that hard only a few times per decade"]["speaker"] == "Lotte Vermeulen"
    assert (found["it is too early to speak of a total loss"]["cue"], found["it is too early to speak of a total loss"]["speaker"]) \
        == ("For", "Tom Hale")


def test_media_by_a_state_channel_a_consultation_and_this_medium(nlp):
    text = ("Speaking on the state channel Roraima TV on Monday night, the Minister of Popular Power for Communication, "
            "Ramón Eduardo Pérez Guaita, assured that the fall of the signal was “a sabotage”.\n\n"
            "Consulted by Araguaney Noticias, the engineer Luis Alberto Mora Pinto affirmed that a solar storm "
            "“explains perfectly” the failure.\n\n"
            "“There is no plan B”, admitted to this medium an official of the governorate, who asked not to be identified.")
    found = quotes_by_text(text, nlp)
    minister = found["the fall of the signal was “a sabotage”"]
    assert (minister["speaker"], minister["medium"]) == ("Ramón Eduardo Pérez Guaita", "Roraima TV")
    assert found["a solar storm “explains perfectly” the failure"]["medium"] == "Araguaney Noticias"
    assert found["There is no plan B"]["medium"] == "this newspaper"  # (the story's own, whose name it does not give)


def test_according_to_an_office_relayed_by_an_outlet_and_a_clause_on_the_outlet_s_name(nlp):
    text = ("The telemedicine link is cut, indicated the chief physician of the hospital, Dr Ousmane Ndiaye.\n\n"
            "The husband of the patient, Cheikh Faye, who accompanied her in the ambulance, indicated to Le Rônier that "
            "the road had been « a long prayer ».\n\n"
            "According to the doctor, quoted by the radio Tamba FM, the hospital carries out twelve teleconsultations "
            "per week.")
    found = quotes_by_text(text, nlp)
    assert (found["the road had been « a long prayer »"]["speaker"], found["the road had been « a long prayer »"]["medium"]) \
        == ("Cheikh Faye", "Le Rônier")
    relayed = found["the hospital carries out twelve teleconsultations per week"]
    assert (relayed["speaker"], relayed["medium"]) == ("Ousmane Ndiaye", "Tamba FM")


def test_a_guessed_own_outlet_after_to_the_and_a_state_channel_after_the_day(nlp):
    text = ("„We know where the satellite is“, said CEO Jakob Reuland on Tuesday.\n\n"
            "The scientist Lotte Vermeulen told the Moselbote by telephone that the storm had been strong. She explained "
            "to the Moselbote that satellites are hit that hard only a few times per decade.\n\n"
            "„An operator cannot protect itself completely“, said loss adjuster Tom Hale of the London insurer Greyfriars "
            "Space Underwriters to the Moselbote.\n\n"
            "The minister Ramón Pérez Guaita had claimed on Monday evening on the state channel Roraima TV that the "
            "blackout was „a sabotage“.")
    found = quotes_by_text(text, nlp)
    assert found["satellites are hit that hard only a few times per decade"]["medium"] == "Moselbote"
    assert found["An operator cannot protect itself completely"]["medium"] == "Moselbote"
    assert found["the blackout was „a sabotage“"]["medium"] == "Roraima TV"


def test_a_past_tense_tagged_as_a_participle_a_likeness_and_an_aside_inside_the_clause(nlp):
    text = ("The link is cut, indicated the chief physician of the hospital, Dr Ousmane Ndiaye.\n\n"
            "The patient, a woman of 29 years, presented « signs of an infection », specified the chief physician.\n\n"
            "According to the same daily, the head of fleet operations, Martine Hoss, compared the satellite to « a "
            "patient who cannot stand up ».\n\n"
            "Decisive are, according to Hoss, the data of the gyroscopes and the star trackers.")
    found = quotes_by_text(text, nlp)
    assert found["The patient, a woman of 29 years, presented « signs of an infection »"]["speaker"] == "Ousmane Ndiaye"
    likeness = found["the satellite to « a patient who cannot stand up »"]
    assert (likeness["speaker"], likeness["cue"]) == ("Martine Hoss", "compared")
    assert "Decisive are, according to Hoss, the data of the gyroscopes and the star trackers" in found


def test_posited_an_inverted_recounted_to_a_daily_and_a_thing_not_specified(nlp):
    text = ("The director-general, Kofi Mensah Boateng, spoke in Accra.\n\n"
            "He posited that operators should keep \"a second road to the sky.\"\n\n"
            "A consultation for a pregnant woman was cut in full examination, recounted the chief physician of the "
            "hospital of Matam, Ousmane Sarr, to the Senegalese daily Le Fromager.\n\n"
            "The company did not specify the cost of the compensation that it intends to pay.")
    found = quotes_by_text(text, nlp)
    assert found['operators should keep "a second road to the sky."']["cue"] == "posited"
    cut = found["A consultation for a pregnant woman was cut in full examination"]
    assert (cut["speaker"], cut["medium"]) == ("Ousmane Sarr", "Le Fromager")
    assert "it intends to pay" not in found


def test_dash_dialogue_closed_by_a_comma_and_a_dash_and_an_age_in_brackets(nlp):
    text = ("Kotor – Petar Radonjić spoke.\n\n"
            "– The engineer went in first, with a mask. Our oiler got burned on the hands, – said Radonjić.\n\n"
            "– For three days we carried water. Nine thousand heads, twenty people. Nobody slept, – he added.\n\n"
            "Radonjić (61), who has sailed for 30 years, assessed that the night was „the longest of my life“, and "
            "stated that his brother Ilija Radonjić had spoken with him on Monday evening.")
    found = quotes_by_text(text, nlp)
    assert "The engineer went in first, with a mask. Our oiler got burned on the hands" in found
    assert "For three days we carried water. Nine thousand heads, twenty people. Nobody slept" in found
    assert found["the night was „the longest of my life“"]["speaker"] == "Petar Radonjić"
    assert [q for q in found if "had spoken with him" in q] == ["his brother Ilija Radonjić had spoken with him on Monday evening"]


def test_media_by_satellite_phone_through_an_interpreter_and_in_printed_statements(nlp):
    text = ("„The sheep are dying“, said for Lovćen Info by satellite phone Petar Radonjić from Kotor, master of the "
            "ship.\n\n"
            "“He called me on Sunday,” said Daw Mya Sein, 52, at her home near the jetty, speaking in Mon through her "
            "son-in-law, Ko Win Naing, who translated for The Padauk Times.\n\n"
            "The managing director, Andreas Kyriakou, had said in statements published on Sunday by the Cypriot "
            "newspaper The Akamas Post that the company was following the situation.")
    found = quotes_by_text(text, nlp)
    assert (found["The sheep are dying"]["speaker"], found["The sheep are dying"]["medium"]) == ("Petar Radonjić", "Lovćen Info")
    assert found["He called me on Sunday,"]["medium"] == "The Padauk Times"
    assert found["the company was following the situation"]["medium"] == "The Akamas Post"


def test_verb_first_with_the_office_and_its_holder_before_the_clause(nlp):
    text = ("Tobruk, Nov 16 (Silphium) - The Coast Guard spoke.\n\n"
            "For his part, confirmed the owner of the Zawiya Company for Towage, Mr. Salem Omar Ghariani, to Silphium "
            "that the tug left the port at noon.\n\n"
            "And announced His Excellency the Director General of the Port of Tobruk, Eng. Khalid Ali Ferjani, that the "
            "port allocated the quay number two for the ship.\n\n"
            "The veterinarian of the port, Dr. Amal Bensaud, expected in a statement to Silphium that the team will find "
            "“many dead heads”.\n\n"
            "The sanitary authority of Tulcea county transmitted through a press release that the shipment had been "
            "inspected at loading.")
    found = quotes_by_text(text, nlp)
    assert found["the tug left the port at noon"]["speaker"] == "Salem Omar Ghariani"
    assert found["the port allocated the quay number two for the ship"]["speaker"] == "Khalid Ali Ferjani"
    assert found["the team will find “many dead heads”"]["cue"] == "expected"
    assert found["the shipment had been inspected at loading"]["cue"] == "transmitted"


def test_an_outlet_told_without_that_and_a_group_accused_of_an_act(nlp):
    text = ("The mayor blamed the contractor for the collapse, while the firm accused of the shoddy work denied any "
            "role.\n\n"
            "A police officer, who asked not to be named, told Xog Times the lorry had passed two checkpoints.")
    quotes = quotes_by_text(text, nlp)
    assert "the lorry had passed two checkpoints" in quotes
    assert quotes["the lorry had passed two checkpoints"]["medium"] == "Xog Times"
    assert not any(q["cue"] == "accused" for q in quotes.values())


def test_a_short_outlet_name_after_the_full_one_and_a_citys_daily():
    from sayso.ingest.outlets import OutletTable
    from sayso.model import Document
    from sayso.nlp.stage import NlpStage
    from sayso.pipeline import Pipeline

    table = OutletTable()
    table.add_row("Nicosia Ledger", "", "", "the_ledger")
    text = ("Aid flight lands\n\nDOHA: Hamad Saeed Al-Kuwari, director of the Wakra Relief Fund, told the Qatari daily The "
            "Mesaieed Ledger that the medicines had arrived.\n\n"
            "Speaking to the Ledger by phone from Port Sudan, the fund's coordinator, Maryam Al-Naimi, said 20 lorries "
            "would leave at dawn.\n\n"
            "Its doctor in Kassala, Salih Idris, told the Doha daily that cholera cases had passed 400.")
    article = Pipeline(table, (NlpStage(),))(Document(source="t.txt", content=text))
    media = {article.text[q.start : q.end]: q.medium for q in article.quotes}
    assert media["20 lorries would leave at dawn"] == "Mesaieed Ledger"
    assert media["cholera cases had passed 400"] == "Mesaieed Ledger"


def test_the_own_outlet_by_its_dateline_and_by_the_end_of_its_name():
    text = ("Pilots hurt\n\nMINSK, 20 November (Nioman) – Three citizens of Belarus were hurt in a hard landing at Asmara, "
            "the press service of the embassy reported to Nioman.\n\n"
            "«Two of them have light injuries», the press service noted.")
    article = through_pipeline(text)
    assert {q.medium for q in article.quotes} == {"Nioman"}
    text = ("Lessor unmoved\n\nMANAMA: Jasim Hasan Al-Sitri, chief executive of the lessor, told The Muharraq Business "
            "Daily that the engine had been overhauled in March.\n\n"
            "Layla Matar, who heads the insurer, told the Business Daily that the hull was covered.\n\n"
            "The lessor's shares fell two percent on Sunday.\n\n"
            "Traders expect a claim within weeks.\n\n"
            "Mr Al-Sitri said the lessor had no role in choosing the crew.")
    article = through_pipeline(text)
    media = {article.text[q.start : q.end]: q.medium for q in article.quotes}
    assert media["the lessor had no role in choosing the crew"] == "The Muharraq Business Daily"


def test_a_conversation_goes_on_past_a_quote_only_paragraph():
    text = ("Runway closed\n\nASMARA, 20 November (SH) – A cargo aircraft carrying medicines overran the runway on Thursday "
            "evening with six crew members on board, all of whom were \"evacuated alive and conscious,\" the Civil "
            "Aviation Authority announced.\n\n"
            "The Chief of the Fire and Rescue Service of the airport, Mr. Yemane Gebru, told The Sawa Herald that the "
            "first fire tenders reached the aircraft \"within two minutes of the alarm.\"\n\n"
            "\"There was no fire, but fuel was on the ground. We brought out five men through the crew door,\" he said.\n\n"
            "\"The sixth was trapped between two pallets in the hold. It took my team almost an hour to free him.\"\n\n"
            "Mr. Yemane described the conduct of his firemen as \"calm and exemplary\" and indicated that nobody on the "
            "ground had been injured.")
    article = through_pipeline(text)
    media = {article.text[q.start : q.end]: q.medium for q in article.quotes}
    assert media["nobody on the ground had been injured"] == "The Sawa Herald"


@pytest.mark.parametrize("text, fragment, content", [
    # ", including …" goes on with what was said
    ("The PCA of the cargo company Kwanza Air Freight, Rui Tavares, had affirmed to the Angolan agency Muxima Press that "
     "the company «does not exclude any hypothesis», including a fault in the fuel supplied in Niger.", "exclude any "
     "hypothesis", "the company «does not exclude any hypothesis», including a fault in the fuel supplied in Niger"),
    # a second verb of the cue's the parser lost in the clause ends it
    ("The Department of Hydrology, in a statement issued on Thursday, said the water level of the river had returned "
     "to normal, but advised residents downstream not to return home for a week.", "water level",
     "the water level of the river had returned to normal"),
    # the subject the parser hung on "statement" as a relative clause
    ("The International Organization for Migration said in a statement that arrivals of Somali and Ethiopian migrants "
     "in Yemen had risen by a third this year.", "risen", "arrivals of Somali and Ethiopian migrants in Yemen had risen "
     "by a third this year"),
])
def test_what_was_said_runs_to_its_end(nlp, text, fragment, content):
    assert shortest(text, nlp, fragment)["text"] == content


@pytest.mark.parametrize("text", [
    "The crew came through an agency in Minsk, in an arrangement that is often, if loosely, called a \"wet lease\" in the trade.",
    "The wife of the pilot said that her husband called her «at three o'clock in the night» from the hospital.",
])
def test_a_name_by_no_one_and_the_time_of_a_call_are_no_labels(nlp, text):
    assert not any(q["cue"] == "called" for q in quotes_of(text, nlp))


def test_verb_first_to_an_outlet_named_in_french_then_who_spoke_and_the_same_agency(nlp):
    text = ("«The pumps were checked twice before the filling», declared to Ahaggar Presse Mr. Ouarab.\n\n"
            "The captain, Viktar Lyavonau, had declared to the Belarusian agency Pripyat that the engine stopped. The "
            "chairman of the pilots' union, Ihar Drozd, had affirmed to the same agency that the crew \"was rested\".")
    found = quotes_by_text(text, nlp)
    quote = found["The pumps were checked twice before the filling"]
    assert (quote["speaker_text"], quote["medium"]) == ("Mr. Ouarab", "Ahaggar Presse")
    assert found["the crew \"was rested\""]["medium"] == "Pripyat"


def test_an_account_told_to_an_outlet_and_a_visit_it_was_given_open_a_conversation():
    text = ("Fuel in order\n\nIN SALAH- The mechanic Idir Mahrez, who checked the tanks that day, told Ahaggar Presse "
            "what he saw on the apron.\n\n"
            "— The engineer walked round the aircraft with a torch. He looked at every wheel, — recounted the "
            "mechanic.\n\n"
            "The navigator, Mr. Pavel Zhuk, received The Massawa Herald at his hospital bed on Friday morning. "
            "\"We came down on two engines,\" he said.")
    article = through_pipeline(text)
    media = {article.text[q.start : q.end]: q.medium for q in article.quotes}
    assert media["The engineer walked round the aircraft with a torch. He looked at every wheel"] == "Ahaggar Presse"
    assert media["We came down on two engines,"] == "The Massawa Herald"


def test_a_dialogue_dash_s_comma_and_dash_before_a_verb_the_parser_made_an_adjective(nlp):
    text = ("The mechanic hesitated.\n\n"
            "— He wiped the cowling and told me in Russian: «It is nothing, it is an old plane». Then they left, — "
            "specified Idir Mahrez.")
    found = quotes_by_text(text, nlp)
    quote = found["He wiped the cowling and told me in Russian: «It is nothing, it is an old plane». Then they left"]
    assert (quote["cue"], quote["speaker"]) == ("— specified", "Idir Mahrez")


def test_an_agency_s_place_and_name_on_a_line_of_their_own_and_a_statement_it_received():
    text = ("Students to be placed\n\nBaghdad / Dijla\nThe Ministry of Higher Education said, in a statement received by "
            "Dijla, that 90 students were affected.\n\n"
            "The minister formed an emergency cell, according to the statement.\n\n"
            "The Director General of Missions, Dr. Salim Hadi al-Rubaie, told Dijla: “No student will lose the year.”")
    article = through_pipeline(text)
    assert (article.outlet, article.place) == ("Dijla", "Baghdad")
    found = {article.text[q.start : q.end]: q for q in article.quotes}
    assert found["No student will lose the year."].medium == "Dijla"
    assert found["The minister formed an emergency cell"].speaker_name == "Iraqi Ministry of Higher Education"


@pytest.mark.parametrize("text, first, second", [
    # a second clause the parser made a conjunct with no verb of its own, past an aside in commas
    ("According to the report, the college owes its staff four months of pay, and about 300 students, most of them "
     "from Nepal, Ghana and Peru, will have to move to other colleges.", "the college owes its staff four months of pay",
     "about 300 students, most of them from Nepal, Ghana and Peru, will have to move to other colleges"),
    # "For X, A, and B", as French copy gives a view
    ("For Mme Sangaré, the authorities « knew for a long time » that the college paid nobody, and the State must now "
     "« take its responsibilities ».", "the authorities « knew for a long time » that the college paid nobody",
     "the State must now « take its responsibilities »"),
])
def test_according_to_or_for_someone_a_and_b_are_two_statements(nlp, text, first, second):
    found = quotes_by_text(text, nlp)
    assert first in found and second in found


def test_a_quote_inside_another_right_after_said_to_me_or_told_us(nlp):
    text = ("« She called me from the hospital. She said to me “Mama, do not worry, I ate.” But I know my child », "
            "confided the mother.\n\n"
            "„For months the bursar told us «wait, the money comes next week», and now the doors are closed”, said "
            "Tariq Salih.\n\n"
            "“When people ask me “who started it?”, I tell them to read the minutes,” the colonel said.")
    found = quotes_by_text(text, nlp)
    assert found["Mama, do not worry, I ate."]["cue"] == "said"
    assert found["wait, the money comes next week"]["speaker_text"] == "the bursar"
    assert "who started it?" not in found


def test_the_source_and_the_diplomats_point_back_to_who_spoke():
    text = ("Crew hurt\n\nLuanda – The operations director of Kalandula Cargo, Rosa Ndala Pereira, explained to Kwanza "
            "Press: “He has fractures, but he is conscious.”\n\n"
            "According to the source, the company sent a technical team of four engineers on Friday.\n\n"
            "The press service of the Embassy of Belarus in Egypt said two citizens were hurt. The consul will "
            "travel on Saturday, the diplomats specified.")
    article = through_pipeline(text)
    speakers = {article.text[q.start : q.end]: q.speaker_name for q in article.quotes}
    assert speakers["the company sent a technical team of four engineers on Friday"] == "Rosa Ndala Pereira"
    assert speakers["The consul will travel on Saturday"] == "Belarusian Embassy in Egypt"


def test_a_need_stated_a_second_verb_after_a_mistagged_past_and_what_no_one_says(nlp):
    found = quotes_by_text(
        "The minister stressed the need to coordinate with the embassy.\n\n"
        "Al-Rubaie pointed out that the other side had promised to extend the permits, and called on the students not "
        "to pay any sums to intermediaries who promise them transfer “in exchange for money”.\n\n"
        "About 200 students gathered with placards on which was written „We paid. We want to study”. One fainted.", nlp)
    assert "the need to coordinate with the embassy" in found
    called = next(q for q in found.values() if q["cue"] == "called on")
    assert called["speaker_text"] == "Al-Rubaie"
    assert not any(q["cue"] in ("promise", "written") for q in found.values())


def test_media_by_an_exchange_a_visit_of_the_staff_a_phone_call_and_a_language_before_the_country():
    text = ("Parents demand refunds\n\nBamako, 22 November (Le Baobab) - Parents want the fees back.\n\n"
            "« We sang, we prayed. Then she fell in front of us », he declared in an exchange with Le Baobab.\n\n"
            "Her mother, Mme Sow Awa, joined by our editorial staff at her home, deplored that her daughter « had to "
            "faint ».\n\n"
            "Her father, Hassan Naseem, spoke to Dhoni Post by phone from Kulhudhuffushi: ‘We took a loan to send "
            "her.’\n\n"
            "The founder, Ion Lupu, had told the Russian-language Moldovan portal Nistru.md that the first payments "
            "would come in January.")
    article = through_pipeline(text)
    media = {article.text[q.start : q.end].strip(): q.medium for q in article.quotes}
    assert media["We sang, we prayed. Then she fell in front of us"] == "Le Baobab"
    assert media["her daughter « had to faint »"] == "Le Baobab"
    assert media["We took a loan to send her."] == "Dhoni Post"
    assert media["the first payments would come in January"] == "Nistru.md"


@pytest.mark.parametrize("text, content", [
    # the place's relative clause the parser hung on the cue
    ("She announced that the association will be received on Tuesday at the Ministry of Malians Abroad, where it will "
     "deposit a list of the students.", "the association will be received on Tuesday at the Ministry of Malians Abroad, "
     "where it will deposit a list of the students"),
    # whom a cue directed to do what
    ("The Deputy Speaker directed the Ministry of Foreign Affairs to present a statement on Thursday.",
     "the Ministry of Foreign Affairs to present a statement on Thursday"),
])
def test_a_place_s_relative_clause_and_a_direction_given(nlp, text, content):
    assert content in quotes_by_text(text, nlp)


@pytest.mark.parametrize("text, fragment, speaker", [
    # the rest of a body's name between an office and the name is no part of the name
    ("The spokeswoman of Qamar Air Layla Isa Al-Sayed told Qamar that a call centre has been set up.", "call centre",
     "Layla Isa Al-Sayed"),
    # a name after an aside in brackets, however the parser hung the verb
    ("For his part, the chief executive of Qamar Air, Youssef Al-Mannai (quoted by the Bahraini agency Qamar), affirmed "
     "that the suspension is « temporary », and that every passenger will be refunded.", "refunded", "Youssef Al-Mannai"),
    # a trade's name is no person: "who owns Acacia Lane Travel"
    ("\"We sold those tickets because they were cheaper\", — said Pieter Botha, who owns Acacia Lane Travel in Durban."
     "\n\nThe agent told Hadeda News that agencies were \"as much in the dark as the passengers\".", "in the dark",
     "Pieter Botha"),
    # the speaker's next act after "and", which the parser hung on a passive inside the reported clause
    ("A pilgrim who requested anonymity affirmed that the group « was informed of nothing » before arriving at the "
     "airport of Bahrain, and accused the agency of having chosen the company « because it was the cheapest ».",
     "having chosen", "a pilgrim"),
    # a question reported by its wh-word, whatever the parser made of the clause; the name keeps its given name
    ("Abul Bashar Howlader, president of the Bangladesh Gulf Recruiting Agencies Forum (BGRAF), questioned why the "
     "ministry had allowed agencies to book workers on ‘a small airline with no reserve aircraft’.\n\nHe said member "
     "agencies would rebook workers.", "small airline", "Abul Bashar Howlader"),
    # the place one is from is no one for a "He" inside the quote to be
    ("Rakib Hasan, 29, from Chandina in Cumilla, paid a recruiting agency.\n\nHis mother, Rahima Khatun, told The Daily "
     "Kantha over phone from Chandina that the family had not slept. ‘He called me from Dhaka and said, “Ma, the plane "
     "is gone, but I am coming back home.”’ the mother said.", "plane is gone", "Rakib Hasan"),
])
def test_who_speaks_in_the_shapes_of_a_stranded_airline(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, medium", [
    # an outlet after its country's possessive and its kind
    ("Qamar Air chief executive Yousif Almannai told Bahrain's state news agency Sadeem on Wednesday that the "
     "suspension was \"temporary\".", "suspension", "Sadeem"),
])
def test_media_in_the_shapes_of_a_stranded_airline(nlp, text, fragment, medium):
    assert shortest(text, nlp, fragment)["medium"] == medium


def test_an_agency_in_capitals_in_the_dateline_takes_the_spelling_of_the_story():
    article = through_pipeline("Passengers wait\n\nYEREVAN, NOVEMBER 25, ZANGAK. Anahit Petrosyan, who was to fly to "
                               "Dubai with her two children, told Zangak that the family slept on the floor.\n\n«Nobody "
                               "from the company came, nobody called», the passenger said.")
    assert article.outlet == "Zangak"
    # (and "the passenger", a role the article gave no one else, is the one it last named)
    assert [(q.speaker_name, q.medium) for q in article.quotes] == [("Anahit Petrosyan", "Zangak")] * 2


def test_a_bodys_initials_after_the_are_no_family_name_in_capitals(nlp):
    from sayso.nlp.people import person_ents
    doc = nlp("Director of Air Transport Licensing at the CAA Ebrahim Khalil Al-Banna underlined, in a statement to "
              "Sadeem, that the CAA is studying the file.")
    assert "CAA" not in " ".join(e.text for e in person_ents(doc))


def test_reached_by_the_papers_own_staff_opens_a_conversation():
    article = through_pipeline("Pilgrims wait\n\nOuagadougou, 25 November 2026 (Le Kapokier) – Also reached by our "
                               "editorial staff in Manama, the pilgrim Hadja Awa Sawadogo, 63 years old, lamented the "
                               "conditions of the wait. « We sleep four in one room, we eat what they give us », she "
                               "lamented. The pilgrim indicated that she had spent « all the savings of a life » on the "
                               "journey.")
    assert [(q.speaker_name, q.medium) for q in article.quotes] == [("Awa Sawadogo", "Le Kapokier")] * 2


@pytest.mark.parametrize("text, fragment, speaker", [
    # a consulate general is a body, not the consul: the body named before
    ("JEDDAH, Nov. 27 (Lintas) -- The Indonesian Consulate General in Jeddah has opened a hotline for pilgrims and urged "
     "them to keep their receipts, the consulate general said in a notice on Friday.", "hotline", "Indonesian Consulate"),
    # a notice a body issued speaks for the body ("released a notice asking …"), not the notice
    ("Water\n\nThe Ministry of Health released a notice asking residents to boil their water.", "boil",
     "Ministry of Health"),
    # "the CS" is whom the article named right after that abbreviation, though the NER took it for a place
    ("Drought\n\nWater CS Miriam Wanjiru Kosgei has declared a drought emergency in Turkana.\n\nSpeaking in Nairobi "
     "yesterday, the CS said that 200 tankers would be sent to the county.", "tankers", "Miriam Wanjiru Kosgei"),
    # an atoll's abbreviation ends no sentence, and where one of an age is from is no one
    ("Students\n\nAishath Nuha Ibrahim, 21, from Gdh. Thinadhoo, told Sun Post that her visa expires in March.",
     "visa", "Aishath Nuha Ibrahim"),
    # a person's name the NER tagged a body's after an office, and "the spokeswoman" that follows is that person
    ("Seafarers\n\nDepartment of Foreign Affairs (DFA) spokesperson Ma. Lourdes Dizon said the Philippine Embassy in "
     "Tripoli had sent a consul to Sfax.\n\n“There is no hold order against our seafarers,” the spokeswoman said.",
     "hold order", "Ma. Lourdes Dizon"),
    ("Airline\n\nThe spokeswoman of Zallaq Air Huda Isa Al-Sayed told Sadaf that a call centre has been set up for the "
     "passengers.\n\n“Our colleagues are answering calls day and night,” the spokeswoman said.", "call centre",
     "Huda Isa Al-Sayed"),
])
def test_who_speaks_for_a_consulate_a_notice_an_abbreviated_office_and_a_name_tagged_as_a_body(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_an_outlet_named_with_its_article_before_the_speaker_s_name_is_the_medium_not_part_of_the_name(nlp):
    text = ("BEIRUT – « For many families, this money is the only dollar that enters the house », confided to Le Sannine "
            "Georges Haddad, adviser to the Minister of Economy, on Tuesday evening.\n\nMr Haddad indicated that the "
            "ministry had contacted the embassy. A source close to the file assured Le Sannine that the counters had "
            "stopped paying.")
    q = shortest(text, nlp, "only dollar")
    assert (q["speaker"], q["medium"]) == ("Georges Haddad", "Le Sannine")
    assert shortest(text, nlp, "contacted the embassy")["speaker"] == "Georges Haddad"


@pytest.mark.parametrize("text, fragment, speaker", [
    # the name set off after a participle that opens the sentence, though the parser made the participle the root
    ("Reached by telephone in Kuwait City, Karim Saadé, 34 years old, accountant in a construction company, confided "
     "to La Vallée that he had sent 600 dollars on Sunday to his parents.", "600 dollars", "Karim Saadé"),
    # "the bank" is the bank named before
    ("KUWAIT, Nov 24 (Nahham) -- The Central Bank of Kuwait suspended the licence of an exchange company.\n\nThe bank "
     "said in a press statement that the measure was precautionary.", "precautionary", "Central Bank of Kuwait"),
])
def test_who_speaks_after_a_fronted_participle_and_for_the_bank(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the same two names the other way round are one person, named as the article first named her
    ("KIGALI – Mukeshimana Aline, the spokesperson of the central bank, said the bank was following the case.\n\n"
     "Aline Mukeshimana noted that about 900 transfers were affected.", "900 transfers", "Mukeshimana Aline"),
    # "A source close to the file": what the source is close to, where the parser made "close" the root
    ("A source close to the file assured the paper that the counters had stopped all payment on Monday.",
     "counters", "a source close to the file"),
    # who "who" stands for is the nurse, not the hospital the participle after her names
    ("A Lebanese nurse working in a hospital of Jabriya, who requested anonymity, affirmed for her part that several of "
     "her colleagues had lost « two or three months of savings ».", "savings", "a Lebanese nurse"),
    # a speaker after a verb that follows a closing quote (Portuguese word order), and "the spokeswoman" after her
    ("Maputo, 25 Nov (Xefina) - The transfers sent by Mozambicans working in Kuwait through the exchange company "
     "Al-Waha will be paid «as soon as the Kuwaiti authorities release the funds», guaranteed today at a press "
     "conference in Maputo the spokeswoman of Banco Mucapana, Célia Mabunda.\n\nThe spokeswoman explained that the "
     "bank «never received» the money.", "as soon as", "Célia Mabunda"),
    # a speaker set off by commas, with a relative clause on her, after the clause of another subject; not the outlet
    # she told
    ("TAUNGGYI — Four clearance teams paid by the Geneva-based Inle Mine Action Fund have stopped work in southern Shan "
     "State, leaving paddy fields, a village road and the grounds of two monastery schools uncleared, Daw Nang Seng "
     "Hom, who leads the Hopong Safe Ground Network, told Thanlwin Review by phone on Wednesday.", "stopped work",
     "Nang Seng Hom"),
    # a place of two words after "the district of" is no one: "the mayor" is the man named after it
    ("LIMA – «The hills are still mined», manifested the mayor of the border district of El Tambopata, in Puno, "
     "Julio Yanque Huillca, in statements to La Garúa.\n\nThe mayor indicated that three communities have "
     "waited for years.", "three communities", "Julio Yanque Huillca"),
])
def test_who_speaks_in_the_shapes_of_a_frozen_demining_fund(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    # a second infinitive that forbids, past "and not", and the quote its last words open
    ("The bank called on the customers to keep their receipts and not to deal with “any person claiming to release "
     "the money for a fee.”", "the customers to keep their receipts and not to deal with “any person claiming to "
                             "release the money for a fee.”"),
    # an adverb the parser made the verb's complement is no end of what was urged
    ('The deputy minister said Government would assist families facing eviction or unable to pay school fees, but '
     'urged Zimbabweans abroad to use "formal and registered channels" at all times.',
     'Zimbabweans abroad to use "formal and registered channels" at all times'),
    # the office apposed before a speaker set off by commas is no part of what was said
    ("KABUL (Spinghar): Nine teams stopped their work on Tuesday because the fund has frozen its grants, the head of "
     "the provincial department, Abdul Wali Stanikzai, said in a conversation with Spinghar.",
     "Nine teams stopped their work on Tuesday because the fund has frozen its grants"),
    # nor the outlet's closing report after a that-only cue
    ("The head of the commission, Mahamat Abdelkerim Issa, regretted that the freeze was decided without any "
     "consultation, the site Ennedi Info reported.", "the freeze was decided without any consultation"),
])
def test_what_was_said_in_the_shapes_of_a_frozen_demining_fund(nlp, text, content):
    assert content in [q["text"] for q in quotes_of(text, nlp)]


def test_in_contact_with_a_ministry_names_no_medium(nlp):
    text = "The federation president said the organization was in contact with the Ministry of Haitians Living Abroad."
    assert [q["medium"] for q in quotes_of(text, nlp)] == [None]


def test_a_whispered_quote_is_the_whisperers(nlp):
    text = ("A nurse, who requested anonymity, said her colleagues had lost their savings.\n\n« We cannot complain too "
            "loudly, we are guests here », she whispered.")
    q = shortest(text, nlp, "guests here")
    assert (q["cue"], q["speaker_text"]) == ("whispered", "she")


def test_what_one_thought_about_is_no_statement(nlp):
    text = ('Chapin, one of the fellow College Republicans, thought about the folks in the state whom the candidate had '
            'captivated and declared him the candidate for the "angry white man." He sighed: "Instead of feeling like '
            'it is my first election, it feels like my last."')
    assert [q["cue"] for q in quotes_of(text, nlp)] == ["sighed"]


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # what a named speaker described, written to an outlet's "according to", and the "as" after a comma
    ("In Sucre, the deputy minister of Mining of Bolivia, Ramiro Choque, described the closure of the plant of the "
     "cooperative, the former senator Elena Vargas, as «an act of courage», according to the Bolivian agency Pucara.",
     "act of courage", "Ramiro Choque", "Pucara"),
    # the speaker's own quoted clause, which the same outlet's closing report relays
    ("The agency Pucara reported the closure on Monday. In her letter, Elena Vargas wrote that «the miners must not pay "
     "for the mistakes of the office», the same agency reported.", "mistakes of the office", "Elena Vargas", "Pucara"),
    # whom an outlet interviewed, the verb hung on the outlet
    ("In Myanmar, a deminer interviewed by the independent site Htamane Review affirmed that « this month there will "
     "be no pay ».", "no pay", "a deminer", "Htamane Review"),
    # a relative clause set off by commas, the verb hung inside it
    ("The foundation, which did not answer the questions of Sahel Matin, indicated in a communiqué that its partners "
     "would be told before Friday.", "partners would be told", "the foundation", None),
    # where one of a trade is from is no one (it stays in the description, as the gold set writes it), and the outlet's
    # reporter is the outlet
    ("A farmer from Musa Qala, who asked not to be named, told Khyber's reporter in Lashkar Gah that his field was "
     "still mined.", "field was still mined", "a farmer from Musa Qala", "Khyber"),
    # a spokesperson for a body called by its kind speaks for the body named before
    ("The Jura Demining Trust froze its grants on Monday.\n\nA spokesperson for the trust told Sirah by e-mail that the "
     "trust was “fully aware” of the consequences.", "fully aware", "Jura Demining Trust", "Sirah"),
])
def test_who_speaks_when_an_outlet_relays_interviews_or_is_answered(nlp, text, fragment, speaker, medium):
    q = shortest(text, nlp, fragment)
    assert (q["speaker"], q["medium"]) == (speaker, medium)


@pytest.mark.parametrize("text, fragment, speaker", [
    # an office given across where its place lies, found again far away with someone else in view
    ("LIMA – «The hills are still mined», declared the mayor of the border district of El Tambopata, in Puno, Julio "
     "Yanque Huillca, in statements to La Garúa.\n\nIn Chad, the head of the commission, Mahamat Abakar, called the "
     "freeze «a sentence».\n\nThe mayor asked the Government not to forget the border.", "not to forget", "Julio Yanque Huillca"),
    # "he" right after an unnamed speaker's statement in the same paragraph, whoever else was named before
    ("The head of the detachment, Colonel Rubén Salas Quispe, indicated that the teams wait in Pucallpa.\n\nA "
     "civilian deminer from Nieva indicated that several colleagues have already gone to the gold mines. «There they "
     "pay every week», he said.", "pay every week", "a civilian deminer from Nieva"),
])
def test_who_speaks_after_a_far_office_and_after_an_unnamed_speaker(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment", [
    # the name a group uses for a thing
    ("According to the officer, the fields that remain on what the soldiers call «the red map» are in the most "
     "difficult terrain.", "the red map"),
    # the formula of an unnamed source
    ("A deminer from Nieva, who asked to keep his identity reserved, indicated that his colleagues have gone.",
     "identity reserved"),
    # an announcement with no content, and the circumstance after it
    ("The fund announced the freeze on Monday after an external audit found that about 4.2 million dollars could not "
     "be accounted for.", "4.2 million"),
])
def test_no_statement_in_a_groups_name_an_anonymity_formula_or_an_announced_act(nlp, text, fragment):
    # (the officer's statement may hold the name; none of the group's own)
    assert not [q for q in quotes_of(text, nlp) if fragment in q["text"] and q["cue"] != "According to"]


def test_a_present_when_clause_goes_with_what_was_said_and_a_term_others_spoke_of_is_not_the_speakers(nlp):
    text = ("Choque questioned that some foreign media had spoken of a ``Bolivian scandal'' when the management of the "
            "fund and its office are in Geneva.")
    q = only(text, nlp, "foreign media")
    assert (q["text"], q["kind"]) == ("some foreign media had spoken of a ``Bolivian scandal'' when the management of "
                                      "the fund and its office are in Geneva", "indirect")


@pytest.mark.parametrize("text, place", [
    # a name of several words right after "in", closed by a comma, is a place where no one is
    ("Colonel Rubén Salas Quispe indicated that 42 deminers have been concentrated since Tuesday in Santa María de "
     "Nieva, and that they have not been paid.", "Santa María de Nieva"),
    # and where one of a trade is from, before "who"
    ("A farmer from Musa Qala, who asked not to be named, said his field was still mined.", "Musa Qala"),
])
def test_a_place_after_in_or_after_a_trade_and_from_is_no_person(nlp, text, place):
    doc = parse_text(text, nlp)
    assert place not in [p.name for p in collect_people(doc)]
    assert place not in [q.speaker_name for q in find_quotes(doc)]


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # an account summed up for the outlet, and the quote-only paragraph and the later statement that go on with it
    ("At the wells of Tarbou, the herder Issakha Brahim summed up the situation for Borkou Info: « The mines do not "
     "know that the money stopped. »\n\n« My cousin lost two camels on the old track last year. »\n\nThe commission "
     "said the teams were recalled.\n\nThe herder indicated that the nomads now take a longer route.",
     "longer route", "Issakha Brahim", "Borkou Info"),
    ("At the wells of Tarbou, the herder Issakha Brahim summed up the situation for Borkou Info: « The mines do not "
     "know that the money stopped. »", "mines do not know", "Issakha Brahim", "Borkou Info"),
    # a telephone call that opens the sentence is an interview: what the speaker says later belongs to it
    ("N'DJAMENA – « Our teams are at a standstill since Tuesday », declared on Wednesday the head of the commission, "
     "Abakar Hissein, at a press point.\n\nThe commission head regretted the decision.\n\nContacted by telephone "
     "later, he confided to Borkou Info that the State « cannot take over » the salaries.\n\n« In the north, the "
     "tracks are still polluted », he added.\n\nAccording to a source at the commission, the deminers were sent "
     "home.\n\nMr. Hissein described the freeze as « a sentence for the nomads ».",
     "a sentence for the nomads", "Abakar Hissein", "Borkou Info"),
    # whom the outlet reached, in a relative clause
    ("His mother, Odette Pierre, 61, whom Kreyol Matin reached by phone in Jacmel, said the money was meant for the rent.",
     "meant for the rent", "Odette Pierre", "Kreyol Matin"),
    # "guaranteed to" an outlet, and "to the same agency" with the day between
    ("In Kuwait, the chairman of the company, Nasser Al-Qattan, guaranteed this Wednesday to the Kuwaiti agency Dasman "
     "that all the transfers will be refunded.\n\nThe executive director, Faisal Al-Dabbous, had explained on Tuesday "
     "to the same agency that the system was closed.", "system was closed", "Faisal Al-Dabbous", "Dasman"),
    ("In Kuwait, the chairman of the company, Nasser Al-Qattan, guaranteed this Wednesday to the Kuwaiti agency Dasman "
     "that all the transfers will be refunded.", "will be refunded", "Nasser Al-Qattan", "Dasman"),
])
def test_media_summed_up_for_reached_by_phone_whom_reached_and_the_same_agency(nlp, text, fragment, speaker, medium):
    q = shortest(text, nlp, fragment)
    assert (q["speaker"], q["medium"]) == (speaker, medium)


@pytest.mark.parametrize("text, fragment, speaker", [
    # a given name the NER left out before a middle initial
    ("In Geneva, the director of the fund, Ingvild M. Brekke, declared at a press briefing on Wednesday that the "
     "salaries would be paid.", "salaries would be paid", "Ingvild M. Brekke"),
    # "he" after the subject of an object relative clause in the sentence before
    ("The head of the commission, Abakar Hissein, declared that the teams had stopped.\n\nIn Oslo, the director of "
     "the fund, Torild K. Brekkestad, declared that the salaries would be paid.\n\nSome already speak of a « magouille », "
     "a word that the commission head refused to use. « I do not accuse anybody. I ask that they be paid », he declared.",
     "I do not accuse", "Abakar Hissein"),
    # "the fund" is the fund named before, with the words of its name the NER cut off after "for"
    ("The teams are financed by the Rhône Trust Fund for Mine Action, in Geneva.\n\nThe fund, which did not respond to "
     "the questions of Borkou Info, indicated that its partners would be informed before Friday.",
     "partners would be informed", "Rhône Trust Fund for Mine Action"),
])
def test_who_speaks_given_name_before_an_initial_a_relative_clauses_subject_and_the_fund(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment", [
    # a group's name for a thing, after "in what"
    ("The suspension came a day after the recall of the doses, in what specialists call a “temperature excursion”.",
     "temperature excursion"),
    # a product recall is no recollection: the doses a body supplied are no statement
    ("The directorate said the campaign was suspended after the Nordvik Alliance recalled the doses it had supplied "
     "to the province.", "doses it had supplied"),
])
def test_no_statement_in_a_groups_name_for_a_thing_or_a_product_recall(nlp, text, fragment):
    assert not [q for q in quotes_of(text, nlp) if q["text"].startswith(fragment) or q["text"] == fragment
                or fragment in q["text"] and q["cue"] in ("call", "recalled")]


def test_a_quoted_fragment_before_adding_that_stays_in_the_clause_before(nlp):
    text = ("Al-Hakim pointed out that the office had asked the ministry to release doses from the reserve, “even if "
            "they are few”, adding that the ministry had not yet replied.")
    found = quotes_of(text, nlp)
    assert not [q for q in found if q["kind"] == "direct"]
    assert [q["kind"] for q in found if "even if they are few" in q["text"]] == ["mixed"]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a block leader by the Rohingya camps' title
    ("Majhi Abul Kashem, who leads block D of the camp, told The Daily Padma that 40 children had one dose. ‘Do not "
     "call it a pause’ — said the majhi.", "call it a pause", "Abul Kashem"),
    # "he" goes on with the one person a paragraph that reports nothing names
    ("‘We had the lists ready,’ Dr Rafiqul Hasan Talukder told The Daily Padma.\n\nA spokesperson for the alliance, "
     "Anders Bech, told The Daily Padma by email that doses were being sought ‘as a matter of urgency’.\n\nOn a table "
     "in Dr Talukder’s office, the registers were still stacked in bundles.\n\n‘We will start again with the same "
     "lists,’ he said.", "start again", "Rafiqul Hasan Talukder"),
    # a speaker the parser hung inside the relative clause that describes her family
    ("Ato Dawit Bekele, a retired teacher in Addis Ababa whose son works as a driver in Dubai, told MNS that the school "
     "of his two younger children had given the family until the end of the month to pay the fees.",
     "until the end of the month", "Dawit Bekele"),
    # the name set off after an office a relative clause names is that office's
    ("The commissioner, Dr. Kachalla Bukar, spoke on Monday.\n\nThe commissioner, who spoke through his Special "
     "Assistant on Media, Hajiya Zara Modu Ali, told our correspondent that the doses had been withdrawn.",
     "doses had been withdrawn", "Kachalla Bukar"),
    # "the directorate's statement" is the directorate named before
    ("The Dhi Qar Health Directorate said in a statement that the campaign was suspended.\n\nThe directorate's "
     "statement called on citizens to boil their water.", "boil their water", "Dhi Qar Health Directorate"),
    # a given name the NER left out, that says its bearer is a woman
    ("Reached by phone by NCNA, Halima Adam Ibrahim, whose daughter is in hospital, said the girl was “weak but "
     "awake”.\n\n“They told us the vaccine would reach us next week,” she said.", "next week", "Halima Adam Ibrahim"),
    # a district named after a person is a place after "the cantons of"; a campaign's title in quote marks is no one
    ("«We have the boats, we do not have the vaccine», said the coordinator of Health, Rosa Elvira Quiñónez Cabezas.\n\n"
     "The campaign «Manabí sin Cólera», in the cantons of Eloy Alfaro and San Lorenzo, was suspended.\n\nThe "
     "functionary precised that the province registers 27 cases.", "27 cases", "Rosa Elvira Quiñónez Cabezas"),
])
def test_who_speaks_titles_quiet_paragraphs_relative_clauses_and_places(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, medium", [
    # the outlet of the speaker's own clause, not the one another speaker told before "while"
    ('In Iraq, the spokesman of the Basra Health Directorate, Hayder Salman, told the Iraqi outlet Shatt Press that '
     'three weeks was "a long time in an outbreak", while in Sudan, the Director-General of the Kassala State Ministry '
     'of Health, Dr. Osman Babiker (quoted by the Sudanese agency NCNA), deplored that the recall came "in the middle '
     'of an outbreak that has not stopped since August".', "middle of an outbreak", "NCNA"),
])
def test_the_medium_of_the_clause_after_while(nlp, text, fragment, medium):
    assert shortest(text, nlp, fragment)["medium"] == medium


@pytest.mark.parametrize("text, fragment, speaker", [
    # a given name the tagger made an adverb stays the name: the wife is no one else of her surname
    # (and a verb the parser left without its subject, after the quote, is no trailing attribution by the paper it names)
    ("Joseph Mathew Chacko, 56, is the chief engineer of the MV Amber Tern.\n\n“He called on Saturday night and the first "
     "thing he told me was that he had eaten rice,” his wife, Sherly Chacko, told The Periyar Courier at the family home "
     "in Kainakary.", "He called on Saturday", "Sherly Chacko"),
    # initials glued together, as Indian copy shortens a name
    ("Joseph Mathew Chacko, 51, is the second engineer of the ship.\n\nSpeaking from the ship, J.M. Chacko told The "
     "Periyar Courier that the crew would stay on board.", "crew would stay on board", "Joseph Mathew Chacko"),
    # the French "M." before a surname, "Bu" before an Indonesian given name
    ("« We stopped eating so that the world would look at us », declared Karim Slim Ben Amor, a deck officer.\n\n"
     "« Nobody goes down the ladder before the money », added M. Ben Amor.", "Nobody goes down", "Karim Slim Ben Amor"),
    ("Reached by phone in Brebes, his wife Sri Wahyuningsih told reporters that she had last heard from him on Tuesday."
     "\n\n“Come home, Pak,” Bu Sri said.", "Come home", "Sri Wahyuningsih"),
    # the first part of a double surname, under the same given name
    ("«We are in contact with the families», said Nino Chkheidze-Gabunia, the deputy minister.\n\n«Nobody will be left "
     "without help», emphasized Nino Chkheidze.", "Nobody will be left", "Nino Chkheidze-Gabunia"),
    # a speaker the parser left inside the relative clause that names the ship he commands
    ("Captain Levan Abashidze, a Georgian who has commanded the Palau-flagged MV Pelagia Dawn since it dropped anchor "
     "off Mombasa last December, told the Pwani Mirror on phone from the ship that drinking water on board would last "
     "only four more days.", "four more days", "Levan Abashidze"),
    # a lead's "the master of …" is the captain named next
    ("The master of a tanker stranded off Berbera said yesterday that his crew had stopped eating.\n\nCaptain Giorgi "
     "Tsiklauri, who has commanded the MV Amber Tern since March, told the Gulf Ledger that water would last four more "
     "days.", "stopped eating", "Giorgi Tsiklauri"),
    # a lead's "the company said", the company named next by its legal form
    ("A buyer has been found for the tanker, the company said in a written reply to Famagusta Wire on Friday.\n\nThe "
     "owner, Korvale Shipping Ltd, a Larnaca firm that manages two tankers, did not name the buyer.", "buyer has been found",
     "Korvale Shipping"),
    # a name after the body whose office comes before it, machine-translated
    ("«We heard about buyers in March, in June and in September. The sailors cannot drink promises», said in a comment "
     "to Rioni Press the inspector of the organization Wanjiru Atieno.", "drink promises", "Wanjiru Atieno"),
    # one of a group, named after "by telephone"; the quote over two paragraphs is attributed where it closes
    ("«We have heard it eleven times», the captain told the newspaper.\n\n«We decided together, nobody forced anyone.\n\n"
     "«We want only our money», said to Rioni Press by telephone one of the Georgian sailors.", "We decided together",
     "one of the Georgian sailors"),
    # "he" in the next paragraph goes on with the unnamed crew member who spoke last
    ("Thomas Chacko said the generator ran six hours a day.\n\nA younger deckhand, who asked not to be named, said the "
     "satellite phone had been cut off.\n\n“We are sailors who want to go home,” he said.", "want to go home",
     "a younger deckhand"),
])
def test_who_speaks_names_cut_initials_honorifics_and_unnamed_crews(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment, medium", [
    # an outlet by a French masthead word
    ("Reached by telephone on board, Karim Ben Amor confided to Gabes Soir that the water had held four days.",
     "water had held", "Gabes Soir"),
    # a relative clause says whom he spoke to
    ("Capt. Rajan Menon, a surveyor who spoke to this newspaper in his personal capacity, averred that India had "
     "“very little leverage”.", "little leverage", "this newspaper"),
    # a written reply to an outlet named after its kind
    ("Korvale Shipping Ltd said in a written reply to the Cypriot news site Famagusta Wire on Friday that a buyer had "
     "been found.", "buyer had been found", "Famagusta Wire"),
    # an outlet that relays the sentence's report in an aside
    ("As the Pwani Ledger wrote, the spokesman of the port, Juma Bakari, said that the request was being considered.",
     "request was being considered", "Pwani Ledger"),
])
def test_media_masthead_words_relative_clauses_written_replies_and_asides(nlp, text, fragment, medium):
    assert shortest(text, nlp, fragment)["medium"] == medium


def test_the_own_outlet_by_its_name_and_initials():
    # (whatever the NER made of the name: a person's, here)
    text = ("Jakarta (KN) - The ministry will bring the seafarers home.\n\nReached by phone in Brebes, his wife Sri "
            "Wahyuningsih told Kabar Nusantara (KN) that she had last heard his voice on Wednesday.")
    article = through_pipeline(text, outlet="KN")
    quote = next(q for q in article.quotes if "last heard his voice" in q.text_in(article.text))
    assert quote.medium == "Kabar Nusantara"


def test_a_statement_in_a_written_statement(nlp):
    # (a participle before the writing is no verb of the clause)
    text = ("The ship's owner, Korvale Shipping Ltd of Larnaca, Cyprus, said in a written statement last night that it "
            "\"deeply regrets\" the hardship of the crew.")
    assert [(q["kind"], q["cue"]) for q in quotes_of(text, nlp) if "hardship of the crew" in q["text"]] == [("mixed", "said")]


@pytest.mark.parametrize("text, fragment, speaker", [
    # "conveyed" at the end of the claim it attributes, after the speaker's name
    ("The government will repatriate the six seafarers at the state's own cost, the ministry's director, Bambang "
     "Prasetyo Wibowo, conveyed here on Saturday.", "repatriate the six seafarers", "Bambang Prasetyo Wibowo"),
    # the French "a réagi"
    ("« Thirty days after which sale? », reacted Karim Ben Amor.", "Thirty days", "Karim Ben Amor"),
])
def test_statements_in_written_replies_conveyed_and_reacted(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


@pytest.mark.parametrize("text, fragment", [
    # the formula of an unnamed source
    ("«Eleven months is long», said one of the sailors, who asked not to publish his name.", "not to publish"),
    # the outlet that relays a statement is not its speaker
    ("As the Pwani Ledger wrote, the spokesman of the port, Juma Bakari, said that the request was being considered.",
     "the spokesman of the port"),
])
def test_no_statement_in_anonymity_or_a_relaying_outlet(nlp, text, fragment):
    assert not [q for q in quotes_of(text, nlp) if q["text"].lstrip().startswith(fragment)]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a name with its initial glued on, whatever its tag, before the verb
    ("The head of the Turkmen delegation, Batyr Garlyyev, spoke first.\n\nB.Garlyyev expressed confidence that the "
     "agreement will become a reliable basis for the multifaceted cooperation of the Caspian states in the field of "
     "ecology and fisheries, and noted that Turkmenistan, guided by the principles of positive neutrality, is ready to "
     "make “a worthy contribution” to the joint hatchery fund.", "reliable basis", "Batyr Garlyyev"),
    # a closing attribution after a long office, with the host's expectation it reports
    ("AKTAU. November 16. Aral Press – Kazakhstan expects that the five Caspian states will agree this week on a "
     "moratorium on the catch of sturgeon, the Deputy Minister of Ecology of the Republic of Kazakhstan Yerlan Serikuly "
     "Zhaksybekov informed the correspondent of Aral Press.\n\n«The sturgeon does not know state borders», — noted the "
     "head of the Kazakh delegation.\n\n«Therefore Kazakhstan as the host will do everything so that the delegations do "
     "not leave with empty hands.»\n\nAccording to him, the text of the agreement is agreed by almost eighty per cent.",
     "five Caspian states", "Yerlan Serikuly Zhaksybekov"),
    # a source in a body, whose relative clause it is
    ("A source in the secretariat, who asked not to be named, informed the correspondent of Aral Press that the shares "
     "of the fund were not discussed at the plenary meeting.", "shares of the fund", "a source in the secretariat"),
    # the name after a body's name that ends the office
    ("«We have prepared the hatcheries», — noted the executive secretary of the Caspian Environment Secretariat Marijke "
     "de Groot.", "prepared the hatcheries", "Marijke de Groot"),
    # a place its kind names is no one "he" can be
    ("Farhad Gholamzadeh, a lawmaker from the Caspian port of Bandar Anzali, said in parliament on Wednesday that the "
     "government should not sign.\n\n“Our fishermen in Anzali gave up the sturgeon long before Aktau,” the lawmaker "
     "said. He also called on the Department of Environment to publish the quota tables in full.", "quota tables",
     "Farhad Gholamzadeh"),
    # a scientist by her branch
    ("Kazakh ichthyologist Gulnara Abenova told Aral Press that only a few hundred wild sturgeon entered the Ural "
     "river this spring.\n\nAccording to the ichthyologist, the juveniles released every year will not return to spawn.",
     "will not return to spawn", "Gulnara Abenova"),
])
def test_who_speaks_glued_initials_long_offices_sources_in_bodies_and_places(nlp, text, fragment, speaker):
    assert shortest(text, nlp, fragment)["speaker"] == speaker


def test_a_reporting_participle_with_its_own_that_clause_and_the_own_outlet_spelled_out():
    text = ("Bissau, 16 Nov (AC) – The commission published the results.\n\nThe spokeswoman of the CNE, Aissatu Baldé "
            "Embaló, affirmed in declarations to Agência Cacheu (AC) that the participation reached 61 percent, and that no "
            "incident of violence was registered in the polling stations.")
    article = through_pipeline(text, outlet="AC")
    found = {q.text_in(article.text): q for q in article.quotes}
    quote = next(q for t, q in found.items() if "61 percent" in t)
    assert (quote.speaker_name, quote.medium) == ("Aissatu Baldé Embaló", "Agência Cacheu")
    assert any("no incident of violence" in t for t in found)


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    # a quoted infinitive the parser read as a noun after "to"
    ("The leader of the MRD, Mamadú Saliu Djaló, rejected the results in a press conference, and asked the CNE to "
     "“recount, in the presence of the observers, the votes of Bafatá”.", "recount", "Mamadú Saliu Djaló", "mixed"),
    # a Portuguese compound given name, whole, and its saint's part with the last surname later
    ("The mission is headed by the Cape Verdean former judge Maria do Rosário Lopes Tavares.\n\n“The vote was calm and "
     "orderly,” Judge Rosário Tavares said in an interview.", "calm and orderly", "Maria do Rosário Lopes Tavares", "direct"),
])
def test_quoted_infinitives_and_portuguese_given_names(nlp, text, fragment, speaker, kind):
    quote = shortest(text, nlp, fragment)
    assert (quote["speaker"], quote["kind"]) == (speaker, kind)


def test_the_own_outlet_by_the_first_words_of_its_name():
    text = ("By Ansoumana Sagna | Le Phare de Ziguinchor\n\nA trader of the market, who asked that her name not be "
            "published, confided to Le Phare that the town had spent the night awake.")
    article = through_pipeline(text, outlet="Le Phare de Ziguinchor")
    quote = next(q for q in article.quotes if "night awake" in q.text_in(article.text))
    assert quote.medium == "Le Phare de Ziguinchor"


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    # a colon after a relative clause on the object: the warning is the subject's, and "who" is no acronym (WHO)
    ("The Gambian mediator Alioune Badara Ndour arrived on Tuesday.\n\nM. Ndour also warned those who call for a "
     "boycott: « A boycott that is called is a boycott that divides, whatever its reasons. »", "boycott that divides",
     "Alioune Badara Ndour", "direct"),
    # a conjunct the parser hung on the last verb of the relative clause set off before it
    ("Reached by telephone, a fishmonger of the port of Cacheu, who asked that her name not be published, confided to "
     "the agency that the boats stayed in the harbour all week.", "boats stayed", "a fishmonger of the port of Cacheu",
     "indirect"),
    # the same unnamed speaker after a paragraph between
    ("A trader of the port of Cacheu told the agency that the boats stayed in the harbour.\n\nThe minister did "
     "not answer our questions.\n\nThe trader concluded: « We only want to sell our fish in peace, nothing more. »",
     "sell our fish", "a trader of the port of Cacheu", "direct"),
    # who acts in "a day after …", and what it found, in its own words
    ("The police in Bafatá yesterday banned a march called by the opposition Movement for Renewal (MR), a day after an "
     "observer mission of the Sahel Electoral Institute reported \"grave anomalies in the count\" in three of the nine "
     "towns that voted on Sunday.", "grave anomalies",
     "Sahel Electoral Institute", "mixed"),
    # a sentence the parser rooted in its subject, the reporting verb hung on it past a "headed by" aside
    ("The observer mission of the Sahel Electoral Institute, headed by the former judge Ana Lopes Semedo, informed "
     "that it will present its preliminary report on Tuesday, in Bissau.", "preliminary report",
     "Sahel Electoral Institute", "indirect"),
    # "One of the … observers" is "the observer" after it
    ("One of the mission's observers, who asked not to be named, told the radio that delegates were sent away.\n\n"
     "“I saw the delegates outside, under a tree,” the observer said.", "under a tree",
     "one of the mission's observers", "direct"),
    # the one who laughed at the question, by her office, speaks in the next paragraph
    ("The mission is headed by the former judge Ana Lopes Semedo. The commission's spokeswoman, Fatu Mané, said the "
     "delays were logistical.\n\nAsked whether she had felt pressure, the former judge laughed.\n\n“I was a judge for 20 "
     "years. Pressure is an old acquaintance,” she said.", "old acquaintance", "Ana Lopes Semedo", "direct"),
    # a surname written like a company's legal form
    ("Commission president Domingos Nhaga Co was quoted by the state agency as saying on Monday that the count had been "
     "carried out in the presence of all the parties.", "count had been", "Domingos Nhaga Co", "indirect"),
    # a view, with a negated "do" after a quote mark and a bracket before it
    ("The leader of the movement, Braima Sambu Djaló, spoke on Monday.\n\nFor the opposition leader, the results "
     "published by the Electoral Commission (CEN) « do not resist a recount ».", "do not resist", "Braima Sambu Djaló",
     "mixed"),
    # French spaced marks after a comma: the fragment of the reported clause, not a direct quote
    ("M. Diallo affirmed that the march, baptised « Marcha da Paz », « will go ahead, peacefully, from the square », "
     "and that his party has nothing to hide.", "will go ahead", "Diallo", "mixed"),
    # a Liberian title whose stop the tokenizer split off
    ("\"We have no complaint about the voting itself,\" said Cllr. Ebiere Tonye-Amadi, a lawyer who led the team.",
     "no complaint", "Ebiere Tonye-Amadi", "direct"),
])
def test_relative_clauses_days_after_missions_and_offices_of_unnamed_speakers(nlp, text, fragment, speaker, kind):
    quote = shortest(text, nlp, fragment)
    assert (quote["speaker"], quote["kind"]) == (speaker, kind)


def test_lower_case_who_is_no_acronym():
    from sayso.resolve.names import canonical_alias

    assert canonical_alias("WHO", "ORG") == "World Health Organization"
    assert canonical_alias("who", "ORG") is None


@pytest.mark.parametrize("text, outlet, fragment, medium", [
    # the French Monsieur ends no sentence, so "Reached … by Le Phare" reaches the verb
    ("ZIGUINCHOR – The march goes ahead.\n\nReached by telephone by Le Phare, M. Diallo affirmed that his party has "
     "nothing to hide.", "Le Phare de Ziguinchor", "nothing to hide", "Le Phare de Ziguinchor"),
    # a site's name without its domain
    ("ISFARA – A farmer told Tashqin.uz by phone that the gate was closed.\n\nResidents told Tashqin that the share "
     "was unfair.", None,
     "share was unfair", "Tashqin.uz"),
    # a Turkish agency by its own word for agency
    ("BISHKEK\n\nSpeaking to Karadeniz Ajansı after the signing, Deputy Minister Nurlan Asanov said the canal would be "
     "reopened gate by gate.", None, "gate by gate", "Karadeniz Ajansı"),
])
def test_media_by_a_french_monsieur_a_site_and_a_turkish_agency(text, outlet, fragment, medium):
    article = through_pipeline(text, outlet=outlet)
    quote = next(q for q in article.quotes if fragment in q.text_in(article.text))
    assert quote.medium == medium


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    # an outlet's report that someone told a meeting something: the one who told it speaks
    ("On Monday, Zarya news agency reported that Ermek Satybaldiev had told the opening session of the council in Osh "
     "that both sides wanted the road open before the snow.", "road open", "Ermek Satybaldiev", "indirect"),
    # "a member of the delegation" is who "he" is in the next paragraph
    ("A member of the Uzbek delegation, who asked not to be named, told Kelechek Habar that the talks had nearly "
     "failed.\n\n“Everything else took us an hour. One line took us all night,” he said.", "all night",
     "a member of the Uzbek delegation", "direct"),
    # who heads each delegation, the verb left out before the second
    ("The Uzbek government delegation was headed by First Deputy Minister of Water Resources Bakhodir Yusupov, the "
     "Kazakh delegation by Deputy Minister of Ecology Serik Temirbekov.\n\nThe head of the Uzbek government delegation "
     "noted that the meters would be installed in spring.", "meters would be", "Bakhodir Yusupov", "indirect"),
    # a side far from where its leader was named is its country, also with the verb tagged as an adjective
    ("The Uzbek government delegation was headed by First Deputy Minister of Water Resources Bakhodir Yusupov.\n\n"
     "The canal was closed on Saturday.\n\nThe engineers inspected the gates.\n\nThe Uzbek side expressed confidence "
     "that the agreement will strengthen good-neighbourliness between the two countries.", "good-neighbourliness",
     "Uzbekistan", "indirect"),
    # the body that met, its name cut by the NER at "on"
    ("At the meeting of the Joint Commission on Roads and Border Crossings it was emphasized that the road must be "
     "shared.", "must be shared", "Joint Commission on Roads and Border Crossings", "indirect"),
    # an office of the civil service is no person; its holder named after it in brackets is
    ("The Indian co-chair, Joint Secretary (Fisheries) R. Venkatesan, described the outcome as “a good first step”.",
     "good first step", "R. Venkatesan", "mixed"),
    # a name the NER ran into the office before it, right before a comma
    ("Sri Lanka's Fisheries Secretary Dilrukshi Perera, quoted by the state agency, said the boats would stay in port.",
     "stay in port", "Dilrukshi Perera", "indirect"),
])
def test_reports_of_reports_delegations_sides_and_bodies_that_met(nlp, text, fragment, speaker, kind):
    quote = shortest(text, nlp, fragment)
    assert (quote["speaker"], quote["kind"]) == (speaker, kind)


def test_a_clause_before_its_cue_goes_on_with_a_statement_of_its_own(nlp):
    text = ("Colombo will free the 19 fishermen its navy held at the weekend and fly them home within a week, but their "
            "two trawlers will stay impounded until the courts rule on them, officials from both countries said on Tuesday.")
    found = [q["text"] for q in quotes_of(text, nlp)]
    assert any(t.startswith("Colombo will free") and t.endswith("within a week") for t in found), found
    assert any(t.startswith("their two trawlers will stay") for t in found), found


@pytest.mark.parametrize("text, fragment", [
    # a currency written short keeps the amount in the sentence
    ("A fisherman from the islands told the agency that he has lost nets worth Rs. 120,000 to trawlers this season "
     "alone.", "Rs. 120,000 to trawlers"),
])
def test_what_was_said_runs_past_a_currency_abbreviation(nlp, text, fragment):
    assert shortest(text, nlp, fragment)["speaker"] == "a fisherman from the islands"


def test_calling_off_a_strike_says_nothing(nlp):
    text = "In Tuticorin, the owners had called off their strike “for the sake of the 19 families”, the agency said."
    assert not any("strike" in q["text"] and q["cue"] == "called" for q in quotes_of(text, nlp))


def test_a_portfolio_before_a_spokesperson_is_not_the_last_ministry_named(nlp):
    text = ("COLOMBO - The Ministry of Fisheries said the fishermen would be freed.\n\nA Foreign Ministry spokesperson, "
            "addressing the weekly briefing, stated that the release does not weaken the country's position.")
    speaker = shortest(text, nlp, "does not weaken")["speaker"]
    assert "Foreign" in speaker and "Fisheries" not in speaker, speaker


def test_the_own_outlet_by_its_name_without_its_kind():
    text = ("Jaffna, 24 November\n\nSpeaking to Nallur Osai Online at the protest, the federation's secretary said the "
            "decision was wrong.\n\nA fisherman from Gurunagar told Nallur Osai that his nets had been torn three times.")
    article = through_pipeline(text)
    quote = next(q for q in article.quotes if "torn three times" in q.text_in(article.text))
    assert quote.medium == "Nallur Osai Online"


def _parsed(nlp, words, heads, deps, tags, pos, lemmas, ents, starts=(0,), spaces=None):
    """A doc built by hand with the parse the bundled model gave a sentence in its article (the same words alone
    parse otherwise), so that a test of what we make of that parse holds whatever the model. ``spaces``: whether a
    space follows each word, where the default (none after an opening mark, none before a comma, a stop or a
    closing mark) does not fit."""
    from spacy.tokens import Doc

    words = words.split()
    if spaces is None:
        spaces = [w not in ("«", "“") and nxt not in (",", ".", "'", "»", "”", "") for w, nxt in zip(words, words[1:] + [""])]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split(),
               lemmas=lemmas.split(), ents=ents.split(), sent_starts=[k in starts for k in range(len(words))])


def test_a_name_in_commas_after_an_opening_phrase_speaks_not_whom_it_told(nlp):
    # ("Karadeniz Ajansı" came out as a person, the iobj of a verb with no subject)
    from sayso.nlp.quotes import find_quotes

    doc = _parsed(
        nlp, "In the village of Kara-Bulak , the head of the Jer-Suu water users ' association , Nazira Sadykova , told "
             "Karadeniz Ajansı by phone that farmers had not yet seen the text of the protocol .",
        [2, 2, 19, 4, 2, 7, 7, 2, 14, 14, 14, 12, 14, 12, 7, 16, 14, 16, 2, 19, 19, 20, 23, 19, 29, 29, 29, 29, 29, 23, 31,
         29, 34, 34, 31, 19],
        "case det obl case nmod punct det appos case det compound compound nmod:poss case nmod punct appos flat punct ROOT "
        "iobj flat case obl obj nsubj aux advmod advmod acl:relcl det obj case det nmod punct",
        "IN DT NN IN NNP , DT NN IN DT NN NN NNS POS NN , NNP NNP , VBD NNP NNP IN NN WDT NNS VBD RB RB VBN DT NN IN DT NN .",
        "ADP DET NOUN ADP PROPN PUNCT DET NOUN ADP DET NOUN NOUN NOUN PART NOUN PUNCT PROPN PROPN PUNCT VERB PROPN PROPN ADP "
        "NOUN PRON NOUN AUX PART ADV VERB DET NOUN ADP DET NOUN PUNCT",
        "in the village of Kara-Bulak , the head of the jer-suu water user ' association , Nazira Sadykova , tell Karadeniz "
        "Ajansı by phone that farmer have not yet see the text of the protocol .",
        "O O O O B-LOC O O O O O B-LOC O O O O O B-PERSON I-PERSON O O B-PERSON I-PERSON O O O O O O O O O O O O O O")
    assert [(q.speaker_name, q.text_in(doc.text)) for q in find_quotes(doc)] == [
        ("Nazira Sadykova", "farmers had not yet seen the text of the protocol")]


def test_an_office_in_lower_case_before_the_body_its_holder_after(nlp):
    # ("the president" came out as a parataxis of the town, and the association as the subject)
    from sayso.nlp.quotes import find_quotes

    doc = _parsed(
        nlp, "In Tuticorin , where the boat owners called off their strike after the announcement , the president of the "
             "Tuticorin Mechanised Boat Owners ' Association , K. Anthonysamy , told the Dhaka-based Bay of Bengal Wire that "
             "the owners would fight in court to get the boats back .",
        [1, 29, 7, 7, 6, 6, 7, 1, 10, 10, 7, 13, 13, 7, 16, 16, 1, 19, 19, 16, 22, 22, 24, 22, 29, 26, 24, 24, 24, 29, 32,
         32, 29, 35, 35, 32, 40, 38, 40, 40, 29, 42, 40, 44, 40, 46, 44, 44, 29],
        "case obl punct advmod det compound nsubj acl:relcl case nmod:poss obl case det obl punct det parataxis case det "
        "nmod amod compound nmod:poss case nsubj punct appos appos punct ROOT det amod iobj case compound nmod mark det "
        "nsubj aux ccomp case obl mark advcl det obj advmod punct",
        "IN NNP , WRB DT NN NNS VBN RP PRP$ NN IN DT NN , DT NN IN DT NNP NNP NNP NNPS POS NNP , NNP NNP , VBD DT JJ NNP IN "
        "NNP NNP IN DT NNS MD VB IN NN TO VB DT NNS RB .",
        "ADP PROPN PUNCT ADV DET NOUN NOUN VERB ADP PRON NOUN ADP DET NOUN PUNCT DET NOUN ADP DET PROPN ADJ PROPN PROPN "
        "PUNCT PROPN PUNCT PROPN PROPN PUNCT VERB DET ADJ PROPN ADP PROPN PROPN SCONJ DET NOUN AUX VERB ADP NOUN PART VERB "
        "DET NOUN ADV PUNCT",
        "in Tuticorin , where the boat owner call off their strike after the announcement , the president of the "
        "Tuticorin mechanised Boat Owners ' Association , K. Anthonysamy , tell the dhaka-based Bay of Bengal Wire that "
        "the owner would fight in court to get the boat back .",
        "O B-LOC O O O O O O O O O O O O O O O O O B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC O B-PERSON I-PERSON O O O "
        "B-MISC B-LOC I-LOC I-LOC I-LOC O O O O O O O O O O O O O")
    assert [(q.speaker_name, q.text_in(doc.text)[:20]) for q in find_quotes(doc)] == [("K. Anthonysamy", "the owners would fig")]


def test_an_office_holder_the_ner_took_for_a_body_and_his_next_act(nlp):
    # (the name came out as a body, the office held "in" a region; "informed|VBN" as a conjunct of the reported verb)
    from sayso.nlp.quotes import find_quotes

    doc = _parsed(
        nlp, "The plenipotentiary representative of the Government of the Kyrgyz Republic in Osh region Talant Mamytov "
             "welcomed the agreement . He regretted , however , that the villages of Kara-Bulak and Jer-Suu were left "
             "without irrigation water « in the very days of the autumn watering » , and informed that the regional "
             "administration sent water tankers .",
        [2, 2, 15, 5, 5, 2, 9, 9, 9, 5, 12, 12, 14, 14, 2, 15, 17, 15, 15, 20, 20, 20, 32, 22, 32, 26, 32, 28, 26, 30, 28,
         32, 20, 35, 35, 32, 32, 40, 40, 40, 32, 44, 44, 44, 40, 44, 48, 48, 32, 53, 52, 52, 53, 48, 55, 53, 20],
        "det amod nsubj case det nmod case det compound nmod case compound compound compound nmod ROOT det obj punct nsubj "
        "ROOT punct advmod punct mark det nsubj:pass case nmod cc conj aux:pass parataxis case compound obl punct case det "
        "amod obl case det compound nmod punct punct cc conj mark det amod nsubj ccomp compound obj punct",
        "DT JJ NN IN DT NNP IN DT NNP NNP IN NNP NN NNP NNP VBD DT NN . PRP VBD , RB , IN DT NNS IN NNP CC NN VBD VBN IN NN "
        "NN '' IN DT JJ NNS IN DT NN NN '' , CC VBN IN DT JJ NN VBN NN NNS .",
        "DET ADJ NOUN ADP DET PROPN ADP DET PROPN PROPN ADP PROPN NOUN PROPN PROPN VERB DET NOUN PUNCT PRON VERB PUNCT ADV "
        "PUNCT SCONJ DET NOUN ADP PROPN CCONJ PRON AUX VERB ADP NOUN NOUN PUNCT ADP DET ADJ NOUN ADP DET NOUN NOUN PUNCT "
        "PUNCT CCONJ VERB SCONJ DET ADJ NOUN VERB NOUN NOUN PUNCT",
        "the plenipotentiary representative of the Government of the Kyrgyz Republic in Osh region Talant Mamytov welcome "
        "the agreement . he regret , however , that the village of Kara-Bulak and jer-suu be leave without irrigation "
        "water « in the very day of the autumn watering » , and inform that the regional administration send water "
        "tanker .",
        "O O O O O B-ORG O O B-LOC I-LOC O B-LOC O B-ORG I-ORG O O O O O O O O O O O O O B-LOC O O O O O O O O O O O O O "
        "O O O O O O O O O O O O O O O",
        starts=(0, 19))
    assert [(q.speaker_name, q.text_in(doc.text)[:20]) for q in find_quotes(doc)] == [
        ("Talant Mamytov", "the villages of Kara"), ("Talant Mamytov", "the regional adminis")]


def test_the_next_act_after_a_condition_in_what_was_said(nlp):
    # ("called" came out as a conjunct of "named", the verb of the condition)
    from sayso.nlp.quotes import find_quotes

    doc = _parsed(
        nlp, "He said the federation would stay away from the January meeting unless Ankara named a date to end bottom "
             "trawling , and called on Baku to confiscate every trawler caught “ for good ” .",
        [1, 1, 3, 5, 5, 1, 5, 10, 10, 10, 5, 13, 13, 5, 15, 13, 17, 15, 17, 17, 22, 22, 13, 24, 22, 26, 22, 28, 29, 26, 32,
         32, 29, 32, 1],
        "nsubj ROOT det nsubj aux ccomp advmod case det compound obl mark nsubj advcl det obj mark acl obj obj punct cc conj "
        "case obl mark advcl det nsubj obj punct case obl punct punct",
        "PRP VBD DT NN MD VB RB IN DT NNP NN IN NNP VBD DT NN TO VB NN NN , CC VBN IN NNP TO VB DT NN VBN `` IN JJ '' .",
        "PRON VERB DET NOUN AUX VERB ADV ADP DET PROPN NOUN SCONJ PROPN VERB DET NOUN PART VERB NOUN NOUN PUNCT CCONJ VERB "
        "ADP PROPN PART VERB DET NOUN VERB PUNCT ADP ADJ PUNCT PUNCT",
        "he say the federation would stay away from the January meeting unless Ankara name a date to end bottom trawling , "
        "and call on Baku to confiscate every trawler catch “ for good ” .",
        "O O O O O O O O O O O O B-LOC O O O O O O O O O O O B-LOC O O O O O O O O O O")
    assert [q.speaker_text_in(doc.text) for q in find_quotes(doc)] == ["He", "He"]


def test_a_noun_the_tagger_made_a_verb_stays_in_the_speaker(nlp):
    # ("fisheries" came out as a verb and the subject of "official": the unnamed official, not "department official")
    doc = _parsed(
        nlp, "A Kerala State fisheries department official , who spoke on condition of anonymity because he was not "
             "authorised to speak to the media , said the state would keep paying a daily relief allowance to the families "
             "of the 23 until the men were home .",
        [3, 2, 3, 5, 5, 24, 8, 8, 5, 10, 8, 12, 10, 17, 17, 17, 17, 8, 19, 17, 22, 22, 19, 5, 24, 26, 28, 28, 24, 28, 33,
         33, 33, 29, 36, 36, 29, 39, 39, 36, 42, 42, 44, 44, 28, 24],
        "det amod compound nsubj compound nsubj punct nsubj acl:relcl case obl case nmod mark nsubj:pass aux:pass advmod "
        "advcl mark xcomp case det obl punct ROOT det nsubj aux ccomp xcomp det amod compound obj case det obl case det "
        "nmod case det nsubj cop parataxis punct",
        "DT NNP NNP NNS NN NN , WP VBD IN NN IN NN IN PRP VBD RB VBN TO VB IN DT NN , VBD DT NN MD VB VBG DT JJ NN NN IN "
        "DT NNS IN DT CD IN DT NNS VBD RB .",
        "DET ADJ PROPN VERB NOUN NOUN PUNCT PRON VERB ADP NOUN ADP NOUN SCONJ PRON AUX PART VERB PART VERB ADP DET NOUN "
        "PUNCT VERB DET NOUN AUX VERB VERB DET ADJ NOUN NOUN ADP DET NOUN ADP DET NUM ADP DET NOUN AUX ADV PUNCT",
        "a kerala State fisherie department official , who speak on condition of anonymity because he was not authorise "
        "to speak to the media , say the state would keep pay a daily relief allowance to the family of the 23 until "
        "the man were home .",
        "O B-LOC I-LOC O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O")
    assert [(q.speaker_name, q.text_in(doc.text)[:20]) for q in find_quotes(doc)] == [
        ("a Kerala State fisheries department official", "the state would keep")]


def test_the_next_act_after_a_that_clause_parsed_as_an_adverbial(nlp):
    # ("caused" came out as an adverbial clause of "admitted", "promised" as its conjunct with "a fault" for subject)
    doc = _parsed(
        nlp, "The Khmer-Thai operator of the Prek Chhlong Leu dam admitted on Wednesday that a fault in its gate-control "
             "system caused last Thursday 's unannounced release of water into the Sekong , and promised that it would "
             "compensate every family that can show a loss .",
        [2, 2, 9, 8, 8, 8, 8, 6, 2, 9, 11, 9, 19, 14, 19, 18, 18, 18, 14, 9, 24, 24, 21, 24, 19, 26, 24, 29, 29, 24, 32,
         32, 19, 36, 36, 36, 32, 38, 36, 41, 41, 38, 43, 41, 9],
        "det compound nsubj case det compound compound flat nmod ROOT case obl mark det nsubj case nmod:poss amod nmod "
        "advcl amod nmod:poss case amod obj case nmod case det nmod punct cc conj mark nsubj aux ccomp det obj nsubj aux "
        "acl:relcl det obj punct",
        "DT NNP NN IN DT NNP NNP NNP NN VBN IN NNP WDT DT NN IN PRP$ JJ NN VBD JJ NNP POS JJ NN IN NN IN DT NNP , CC VBD "
        "IN PRP MD VB DT NN WDT MD VB DT NN .",
        "DET PROPN NOUN ADP DET PROPN PROPN PROPN NOUN VERB ADP PROPN PRON DET NOUN ADP PRON ADJ NOUN VERB ADJ PROPN PART "
        "ADJ NOUN ADP NOUN ADP DET PROPN PUNCT CCONJ VERB SCONJ PRON AUX VERB DET NOUN PRON AUX VERB DET NOUN PUNCT",
        "the Khmer-Thai operator of the Prek Chhlong Leu dam admit on Wednesday that a fault in its gate-control system "
        "cause last Thursday 's unannounced release of water into the Sekong , and promise that it would compensate "
        "every family that can show a loss .",
        "O B-MISC O O O B-PERSON I-PERSON I-PERSON O O O O O O O O O O O O O O O O O O O O O B-LOC O O O O O O O O O O "
        "O O O O O")
    assert [(q.speaker_text_in(doc.text), q.text_in(doc.text)[:20]) for q in find_quotes(doc)] == [
        ("The Khmer-Thai operator of the Prek Chhlong Leu dam", "a fault in its gate-"),
        ("The Khmer-Thai operator of the Prek Chhlong Leu dam", "it would compensate ")]


def test_a_closing_attribution_whose_name_the_parser_split(nlp):
    # ("Tran" and "Duc" came out as two heads under "reach", "emphasised" as its xcomp with no subject: the name, not
    # "the notice", speaks, and "A, but B" is two statements)
    doc = _parsed(
        nlp, "Thai Land supports the 72-hour advance notice rule agreed in Luang on Wednesday , but the notice must also "
             "reach the provinces of the Chao Phraya , Deputy Director General Tran Duc Minh of the Department of Shared "
             "Water emphasised .",
        [1, 2, 2, 7, 7, 7, 7, 2, 7, 10, 8, 12, 8, 19, 19, 16, 19, 19, 19, 2, 21, 19, 25, 25, 25, 21, 28, 28, 30, 30, 19,
         19, 31, 35, 35, 31, 38, 38, 35, 19, 2],
        "compound nsubj ROOT det nummod compound compound obj acl case obl case obl punct cc det nsubj aux advmod conj det "
        "obj case det compound nmod punct compound nmod:desc nmod:desc obl obj flat case det nmod case amod nmod xcomp "
        "punct",
        "NN NNP VBZ DT CD NN NN NN VBN IN NNP IN NNP , CC DT NN MD RB VB DT NNS IN DT NNP NNP , NN NNP NNP NNP NNP NNP IN "
        "DT NNP IN NNP NNP VBD .",
        "NOUN PROPN VERB DET NUM NOUN NOUN NOUN VERB ADP PROPN ADP PROPN PUNCT CCONJ DET NOUN AUX ADV VERB DET NOUN ADP DET "
        "PROPN PROPN PUNCT NOUN PROPN PROPN PROPN PROPN PROPN ADP DET PROPN ADP ADJ PROPN VERB PUNCT",
        "thai Land support the 72-hour advance notice rule agree in Luang on Wednesday , but the notice must also reach "
        "the province of the Chao Phraya , deputy Director General Tran Duc Minh of the Department of shared Water "
        "emphasise .",
        "B-PERSON I-PERSON O O O O O O O O B-LOC O O O O O O O O O O O O O B-LOC I-LOC O O O O B-PERSON I-PERSON "
        "I-PERSON O O B-ORG I-ORG I-ORG I-ORG O O")
    assert [(q.speaker_name, q.text_in(doc.text)[:20]) for q in find_quotes(doc)] == [
        ("Tran Duc Minh", "Thai Land supports t"), ("Tran Duc Minh", "the notice must also")]


def test_whoever_did_two_things_the_parser_hung_on_him_said_the_inner_quote(nlp):
    # ("banged" came out as a clause of "neighbour", "shouted" as a conjunct of the noun)
    words = ("“ At four o'clock the neighbour banged on our wall and shouted , ‘ The water is in the gardens ! ’ My "
             "husband was already on the river , ” she told The Kampong Cham Herald on Wednesday , sitting on the steps "
             "of her stilt house .")
    doc = _parsed(
        nlp, words,
        [19, 2, 5, 2, 5, 19, 5, 9, 9, 6, 11, 5, 5, 5, 15, 19, 19, 19, 19, 19, 19, 19, 23, 28, 28, 28, 28, 28, 28, 28, 28,
         32, 28, 36, 36, 36, 32, 38, 32, 40, 28, 43, 43, 40, 47, 47, 47, 43, 28],
        "punct case nummod nmod:unmarked det nsubj acl case nmod:poss obl cc conj punct punct det nsubj cop case det ROOT "
        "punct punct nmod:poss nsubj cop advmod case det ROOT punct punct nsubj parataxis det compound compound iobj case "
        "obl punct parataxis case det obl case nmod:poss amod nmod punct",
        "`` IN CD NN DT NN VBD IN PRP$ NN CC VBN , `` DT NN VBZ IN DT NNS . '' PRP$ NN VBD RB IN DT NN , '' PRP VBD DT NNP "
        "NNP NNP IN NNP , VBG IN DT NNS IN PRP$ VBN NN .",
        "PUNCT ADP NUM X DET NOUN VERB ADP PRON NOUN CCONJ VERB PUNCT PUNCT DET NOUN AUX ADP DET NOUN PUNCT PUNCT PRON NOUN "
        "AUX ADV ADP DET NOUN PUNCT PUNCT PRON VERB DET PROPN PROPN PROPN ADP PROPN PUNCT VERB ADP DET NOUN ADP PRON VERB "
        "NOUN PUNCT",
        "\" at four o'clock the neighbour bang on our wall and shout , ' the water is in the garden ! ' my husband was "
        "already on the river , \" she tell the Kampong Cham Herald on Wednesday , sit on the step of her stilt house .",
        "O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O B-LOC I-LOC I-LOC O O O O O O O O O O O O",
        starts=(0, 22),
        spaces=[False, True, True, True, True, True, True, True, True, True, True, False, True, False, True, True, True,
                True, True, False, False, True, True, True, True, True, True, True, False, False, True, True, True, True,
                True, True, True, True, False, True, True, True, True, True, True, True, True, False, False])
    found = {q.text_in(doc.text)[:20]: q.speaker_text_in(doc.text) for q in find_quotes(doc)}
    assert found["The water is in the "] == "the neighbour", found


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # an agency named as the one that relayed a statement, whoever owns it, and "the agency" after it
    ("Navy spokesman Captain Juma Odhiambo, quoted by the state-run KNL, said the injured sailor was “out of danger”. "
     "Odhiambo also told the agency the trawlers had ignored “repeated warnings” to leave.", "out of danger",
     "Juma Odhiambo", "KNL"),
    ("Navy spokesman Captain Juma Odhiambo, quoted by the state-run KNL, said the injured sailor was “out of danger”. "
     "Odhiambo also told the agency the trawlers had ignored “repeated warnings” to leave.", "repeated warnings",
     "Juma Odhiambo", "KNL"),
    # an agency that reported the sentence's statement, named at its end by name then kind
    ("Kenyan Deputy Minister Peter Kamau emphasised that Kenya “will not hide any data from its partners”, the Kenya "
     "News Link agency reported.", "will not hide", "Peter Kamau", "Kenya News Link"),
    # "The same newspaper quoted X, speaking on condition of anonymity, as saying …": X, through the paper named last
    ("Wekesa told the Nairobi daily Lakeside Post that the plan was late. The same newspaper quoted a ministry engineer, "
     "speaking on condition of anonymity, as saying the fault had been flagged in August.", "flagged in August",
     "a ministry engineer", "Lakeside Post"),
])
def test_media_that_relay_a_statement_and_the_same_one_again(nlp, text, fragment, speaker, medium):
    found = only(text, nlp, fragment)
    assert (found["speaker"], found["medium"]) == (speaker, medium), found


def test_whom_an_agency_quoted_is_the_speaker_without_the_agency(nlp):
    text = "Navy spokesman Captain Juma Odhiambo, quoted by the state-run KNL, said the injured sailor was safe."
    assert only(text, nlp, "sailor was safe")["speaker_text"] == "Navy spokesman Captain Juma Odhiambo"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a joint statement that names no author: the joint body the story named before it
    ("On Tuesday the Kenya–Uganda Joint Working Group on Lake Fisheries, meeting in Kisumu, agreed on a new patrol "
     "plan.\n\nAccording to the joint statement issued after the meeting, the two sides “noted with concern” the use of "
     "small-mesh nets.", "noted with concern", "Kenya–Uganda Joint Working Group on Lake Fisheries"),
    # a body's own writing, after the sentence that named it in apposition to its kind
    ("The operator, Victoria Lake Transport Company, has at least stopped arguing. According to its press release, a "
     "“control error” opened two gates for almost five hours before dawn.", "control error",
     "Victoria Lake Transport Company"),
    # a body's kind with its name set off in commas, and a relative clause after it
    ("The operator, Victoria Lake Transport Company, which admitted a fault on Wednesday, said in a press release that it "
     "would compensate verified losses “in full and without delay”.", "verified losses",
     "Victoria Lake Transport Company"),
    # a short form of the name: its initials, then the rest
    ("On Wednesday the ferry operator, Kagera Lake Nile Power Company, admitted a fault in its turbines.\n\nKLN Power "
     "said the faulty units had been replaced.", "faulty units", "Kagera Lake Nile Power Company"),
    # a panel by its kind, after its name of five words
    ("The emergency meeting of the Lower Lake Victoria Flow Coordination Panel concluded in Kisumu today.\n\nThe panel "
     "said any release above the set volume would require 72 hours of notice.", "72 hours",
     "Lower Lake Victoria Flow Coordination Panel"),
    # the Thai "Khun" before a given name
    ("Chief executive Somchai Rattanakul said the company would open claim offices within two weeks.\n\n\"A fisherman "
     "cannot eat a survey report,\" Khun Somchai said.", "survey report", "Somchai Rattanakul"),
])
def test_bodies_and_people_by_their_other_names(nlp, text, fragment, speaker):
    assert only(text, nlp, fragment)["speaker"] == speaker


def test_an_unnamed_speaker_keeps_where_he_is_from_and_he_goes_on(nlp):
    text = ("A fisherman from Dunga, who requested not to be named, told KNL that he has lost nets worth Ksh. 80,000 this "
            "season.\n\n\"They come at night and by the morning our nets are gone,\" he said.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["a fisherman from Dunga", "a fisherman from Dunga"]


@pytest.mark.parametrize("text, contents", [
    # "in X's view" set off inside the clause it is about: the whole sentence
    ("The new patrol rule, in the view of the union's chairwoman, is “a good first step, but only a first step”.",
     ["The new patrol rule, in the view of the union's chairwoman, is “a good first step, but only a first step”"]),
    # … and no further than a statement with a verb and a speaker of its own
    ("“Notice protects boats, not fish,” Dr. Amina Wekesa, an ecologist, told the Ledger. In Wekesa's view, the group "
     "will be judged by whether its data is open to the public, and she doubted that every member wanted that.",
     ["Notice protects boats, not fish,", "the group will be judged by whether its data is open to the public",
      "every member wanted that"]),
])
def test_a_view_inside_its_clause_and_a_statement_after_it(nlp, text, contents):
    assert [q["text"] for q in quotes_of(text, nlp)] == contents


def test_a_participle_the_tagger_made_a_noun_gives_the_inner_quote(nlp):
    text = ("“The village chief ran from house to house shouting, ‘Go up to the school!’ By the time we got there the water "
            "was in the kitchens,” the villager said.")
    assert shortest(text, nlp, "Go up")["speaker_text"] == "The village chief"


def test_a_quote_inside_french_marks_with_the_same_spaces():
    text = "« When we ask them to leave, they answer us: “ Brother, we also have debts. ” What can we say? », he added."
    inner = [text[s.start : s.end].strip() for s in find_segments(text) if s.depth == 1]
    assert inner == ["Brother, we also have debts."]


def test_an_initial_between_an_office_and_a_name_ends_no_sentence(nlp):
    doc = parse_text("The fishermen will be released within one week, Secretary to the Ministry of Fisheries N. "
                     "Wijeratne stated today. Plan B. He said so.", nlp)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Wijeratne" not in starts and "He" in starts, starts


def test_a_short_form_is_spelled_out_only_by_its_initials_and_the_rest():
    from sayso.resolve.names import short_form_spelled_out

    text = "the ferry operator, Kagera Lake Nile Power Company, admitted a fault"
    assert short_form_spelled_out(text, "KLN Power") == "Kagera Lake Nile Power Company"
    assert short_form_spelled_out(text, "KLM Power") is None
    assert short_form_spelled_out(text, "Kagera") is None


def test_an_own_outlet_of_two_words_by_its_first_alone():
    from sayso.nlp.medium import guess_own_outlet

    text = ("X told Tidewater Analysis that the rule was late. “Notice protects boats,” Y told Tidewater. Z told the "
            "Bangkok daily Siam River Post that …")
    assert guess_own_outlet(text, ["Tidewater Analysis", "Siam River Post"]) == "Tidewater Analysis"


@pytest.mark.parametrize("text, speakers", [
    # where an unnamed speaker is, after "in", "at", "from" or "with", up to the relative clause
    ("A cassava farmer in Mbanza Nsanda, who declined to be named, told the Ledger that the river had risen overnight.",
     ["a cassava farmer in Mbanza Nsanda"]),
    ("A site engineer at the weir, who spoke on condition of anonymity, said the fault had been reported in August.",
     ["a site engineer at the weir"]),
    ("A source in the ruling faction told the agency that the cabinet was ready to accept two amendments.",
     ["a source in the ruling faction"]),
    ("Elders in Kabwela told the paper that nobody had warned them.", ["Elders in Kabwela"]),
    # … and the engineer later is the same one, place and all
    ("A site engineer at the weir, who spoke on condition of anonymity, said the fault had been reported in August. The "
     "engineer added that the repair had been postponed twice.", ["a site engineer at the weir", "a site engineer at the weir"]),
    # not when or how he spoke
    ("An official at a briefing in Lusaka said that the talks would resume in March.", ["an official"]),
])
def test_an_unnamed_speaker_keeps_where_he_is(nlp, text, speakers):
    assert [q["speaker"] for q in quotes_of(text, nlp)] == speakers


def test_a_request_to_stay_unnamed_is_no_cue_after_the_quote(nlp):
    text = ("“My father dug this ditch with a hoe, and now people in the capital decide how much of it I may drink,” a "
            "herder in Tash-Bulak who asked not to be named told Suv Press.")
    q = quotes_of(text, nlp)[0]
    assert (q["cue"], q["speaker"], q["medium"]) == ("told", "a herder in Tash-Bulak", "Suv Press"), q


@pytest.mark.parametrize("text, segments", [
    # a Sesotho name's elided "'M" is no opening mark, even with a plural possessive after it
    ("'Mè 'Mathabo Sekese, the trader who fainted in the queue, had told the station that she would return.", []),
    ("'Malineo Ramoholi, who chairs the Cross-Border Traders' Association, said the waiver came late.", []),
    # … but a quote that opens with an English word still opens
    ("'Maybe Pretoria will listen now,' she said.", ["Maybe Pretoria will listen now,"]),
])
def test_an_elided_name_opens_no_quote(text, segments):
    assert [text[s.start : s.end] for s in find_segments(text)] == segments


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # a chamber is an audience, not a medium
    ("Home Affairs Minister Lineo Mokete told the National Assembly on Thursday that domestic workers were not forgotten.",
     "domestic workers", "Lineo Mokete", None),
    # a community station before its name
    ("A vendor from Mohale's Hoek told the Wepener community station Mountain Echo FM that nobody had told her about the fee.",
     "nobody had told her", "a vendor from Mohale's Hoek", "Mountain Echo FM"),
    # the Sesotho "Ntate" is an honorific
    ("Principal Secretary Ntate Thabang Molapo informed journalists that 2,100 people had been turned back.",
     "2,100 people", "Thabang Molapo", None),
])
def test_southern_african_speakers_and_media(nlp, text, fragment, speaker, medium):
    q = only(text, nlp, fragment)
    assert (q["speaker"], q["medium"]) == (speaker, medium), q


def test_a_two_country_body_named_on_its_topic(nlp):
    text = ("The Malawi–Zambia Joint Commission on Lake Transport met in Lilongwe on Tuesday.\n\nThe commission said the "
            "ferries would resume on Monday.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Malawi–Zambia Joint Commission on Lake Transport"]


def test_a_ministry_in_a_maseru_story_is_lesotho_s(nlp):
    text = ("MASERU, Nov. 25 (LSIA) -- The Minister of Home Affairs spoke today.\n\nPassport offices in Maseru will open on "
            "Saturdays, according to a statement from the Ministry.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Lesotho Ministry of Home Affairs"]


def test_a_sesotho_name_keeps_its_apostrophe(nlp):
    text = ("MASERU, Nov. 25 (LSIA) -- The Honourable Minister 'Mè 'Mamello Lebona announced today that the grace period "
            "will start on Monday.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["'Mamello Lebona"]


def test_two_fronted_offices_in_one_sentence_are_each_their_holder_s(nlp):
    # "Minister of Home" is no person; "and the Minister of …" after the first name is the second's office, not the
    # first's; so "the Honourable Minister" is the minister, not her deputy who spoke last
    text = ("MBABANE -- The Deputy Minister of Home Affairs, Sibongile Dlamini-Nxumalo, and the Minister of Home Affairs, "
            "Thandeka Mavuso, met the traders on Tuesday.\n\nDlamini-Nxumalo said the talks were useful.\n\n"
            "\"We will open the offices on Saturdays,\" the Honourable Minister said.\n\n"
            "\"It is a fair deal,\" the deputy minister said.")
    assert [q["speaker"] for q in quotes_of(text, nlp)] == ["Sibongile Dlamini-Nxumalo", "Thandeka Mavuso",
                                                            "Sibongile Dlamini-Nxumalo"]


def test_an_outlet_by_its_initials_is_named_as_the_story_spells_them_out(nlp):
    text = ("GOMA -- Fishermen on the lake have been told to stay ashore, the Kivu Lake Press Agency (KLPA) learned on "
            "Tuesday.\n\nThe harbour master, Aimable Ndayishimiye, told KLPA that the ban would last a week.")
    assert [(q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [("Aimable Ndayishimiye", "Kivu Lake Press Agency")]


@pytest.mark.parametrize("text, speaker, medium", [
    # a name with where its centre is, the town tagged as a name, then a relative clause, after the quote
    ("“About 9,000 people cross that bridge on a market day,” Dr Lerato Mokhehle of the Caledon Centre for Border Studies "
     "in Bloemfontein, who counts the crossings, told the Review.", "Lerato Mokhehle", "Review"),
    # an outlet by whose it is, with no word for its kind
    ("Principal Secretary Thabo Lekhanya told the state-run Maloti Broadcasting Service that stamps would be free.",
     "Thabo Lekhanya", "Maloti Broadcasting Service"),
])
def test_a_speaker_and_outlet_past_long_descriptions(nlp, text, speaker, medium):
    assert [(q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [(speaker, medium)]


@pytest.mark.parametrize("text, expected", [
    # a leader named after "led by", whatever the NER made of the name, is the leader the story goes on to quote
    ("The Ibar Valley Beekeepers' Union, led by Miloš Radonjić, said in a letter that the spraying came too late.\n\n"
     "“We were not asked,” the beekeepers' leader told the Brief.",
     ["Ibar Valley Beekeepers' Union", "Miloš Radonjić"]),
    # a name with the office set off after it: "X, president of the …, told"; then "the union's president"
    ("Miloš Radonjić, president of the Ibar Valley Beekeepers' Union, told this station that hives were dying.\n\n"
     "“Too late is what we wrote, and I stand by it,” the union's president said.",
     ["Miloš Radonjić", "Miloš Radonjić"]),
    # whoever wrote the story is no "she": the unnamed woman quoted before is, past the boy she quoted
    ("By Milena Jovanović and Drita Berisha\n\n“I set the alarm for four. A girl in the line asked her father, ‘Is the "
     "well dry?’ and he did not know what to say to her,” a woman carrying canisters up the hill, who asked not to be "
     "named, told this station.\n\nShe said she would carry the water up three floors.",
     ["a woman", "a girl in the line", "a woman"]),
])
def test_who_leads_and_who_she_is(nlp, text, expected):
    assert [q["speaker"] for q in quotes_of(text, nlp)] == expected


@pytest.mark.parametrize("text, expected", [
    # a reservoir's two names are no person for a role to fall back on
    ("Both sides agreed on Wednesday to share the water of the drought-hit Ujmani/Gazivode reservoir, the mediator of the "
     "talks said.", ["the mediator of the talks"]),
    # what was agreed is no statement
    ("A line of canisters had formed at the well before dawn on Friday, the first day of the new rota agreed in Geneva.",
     []),
])
def test_places_and_agreements_are_not_speakers(nlp, text, expected):
    assert [q["speaker"] for q in quotes_of(text, nlp)] == expected


def test_a_person_named_in_the_short_paragraph_before_is_she(nlp):
    # the quote opens the paragraph and runs over two sentences before "she said"
    text = ("MASERU – Speaking to The Maloti Mirror on Thursday, 'Mè 'Malerato Thamae said the deal was ‘half a "
            "victory’.\n\nThe South African co-chair, Deputy Minister Zodwa Mkhize-Dube, told a Johannesburg daily that "
            "the rollout had been ‘clumsy’.\n\nMs Thamae was blunter.\n\n‘If the offices are there, we will queue. If "
            "they are not, we know where the bridge is,’ she said.")
    assert [q["speaker"] for q in quotes_of(text, nlp)][-1] == "'Malerato Thamae"


def test_an_own_outlet_named_in_the_credit_line_spells_out_its_initials(nlp):
    text = ("SARAJEVO, Nov. 25 (DSN) – The hydrologist of the Drina Basin Centre, Prof. Amra Hodžić, estimated for DSN "
            "that the autumn was the driest in decades.\n\nDrina State Newswire – English Service")
    assert [(q["speaker"], q["medium"]) for q in quotes_of(text, nlp)] == [("Amra Hodžić", "Drina State Newswire")]


@pytest.mark.parametrize("text, expected", [
    # Portuguese dialogue: the words run to a spaced dash and the attribution after it, and on after its stop
    ("At the landing in Ressano Garcia, Gazeta found Olívio Chaúque, of 71 years, mending his nets.\n\n— The nets came "
     "up empty again — sighed the old man. — Nobody buys what the river gives now.",
     [("The nets came up empty again", "Olívio Chaúque"), ("Nobody buys what the river gives now.", "Olívio Chaúque")]),
    # a question's mark, then the verb and who asked (no comma between): the asker, not whom the verb could take
    ("— Grandfather, is the river sick? — asked the girl who helps him.", [("Grandfather, is the river sick?", "the girl")]),
    ("“Is the river sick?” asked the girl.", [("Is the river sick?", "the girl")]),
])
def test_dialogue_dashes_and_questions_before_their_asker(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in quotes_of(text, nlp)] == expected


def test_a_spaced_dash_aside_is_no_attribution():
    text = "— The river — our river — is dead, and nobody asks why."
    assert [text[s.start : s.end] for s in find_segments(text)] == [text[2:]]


@pytest.mark.parametrize("text, expected", [
    # two people of one surname: the office before it, and the siSwati "Make" (Mrs), say which
    ("The Minister of Lands, Bongani Shongwe, opened the well on Monday.\n\nThe Operations Manager of Lusweti Mills, "
     "Make Nonhlanhla Shongwe, said the mill would pay for the pipes.\n\nAsked about the permits, Minister Shongwe said "
     "they would stay suspended.", ["Nonhlanhla Shongwe", "Bongani Shongwe"]),
    # the siSwati titles are no part of the name; "the headman" is the one the title "Indvuna" names
    ("Indvuna Themba Gamedze told the Ledger on Thursday that the gardens were dry.\n\n“Nobody came to see us,” the "
     "headman said.", ["Themba Gamedze", "Themba Gamedze"]),
    # an office and a name after the claim, whatever the NER made of the name; the verb is not the claim subject's
    ("MBABANE, Nov. 25 (ESIB) – The Lusweti Cotton Company will pay for the new pipes along the Komati, the Honourable "
     "Minister of Lands, Babe Sipho Shongwe, told ESIB on Wednesday.", ["Sipho Shongwe"]),
    # "the two delegations" are the two heads the story named, and a company by its name's first word is the company
    ("The Minister of Works, Sipho Shongwe, who led the Eswatini delegation, called the talks hard.\n\nThe head of the "
     "Mozambican delegation, Dr Helena Cossa, said the plan was fair.\n\nThe two delegations said in a joint statement "
     "that the bridge would reopen in March.", ["Helena Cossa", "Sipho Shongwe and Helena Cossa"]),
    ("The Lusweti Cotton Company's mill stood idle on Monday.\n\nLusweti said in a statement that the pipes would be "
     "replaced.", ["Lusweti Cotton Company"]),
    # a negotiator by the country's adjective is that country's official
    ("According to Helena Cossa, Mozambique's National Director of Roads and Bridges, the tolls will fall. In the "
     "Mozambican negotiator's view, the plan is ``a first step''.", ["Helena Cossa", "Helena Cossa"]),
])
def test_eswatini_and_mozambique_speakers(nlp, text, expected):
    assert [q["speaker"] for q in quotes_of(text, nlp)] == expected


@pytest.mark.parametrize("text, content, speaker, medium", [
    # whom it was told is no relative clause's head, nor the clause's subject: "told ESIB that dissolved oxygen …"
    ("The chief chemist, Mrs Lindiwe Nxumalo, told ESIB that dissolved oxygen in the lagoon had fallen to “a third of "
     "what fish need”.", "dissolved oxygen in the lagoon had fallen to “a third of what fish need”", "Lindiwe Nxumalo", "ESIB"),
    # an agency after its country's name in another language
    ("NAMPULA – The governor, Arlindo Muhate, affirmed, quoted by the Essuatíni state agency ESIB, that the bridge will "
     "reopen.", "the bridge will reopen", "Arlindo Muhate", "ESIB"),
    # "According to the wire": the wire relays the speaker named next
    ("The governor, Arlindo Muhate, told Zambezi Wire Service on Wednesday that the bridge was safe. According to the "
     "wire, Muhate also said the tolls would fall.", "the tolls would fall", "Arlindo Muhate", "Zambezi Wire Service"),
    # a programme's name in quote marks after the channel is no speaker
    ("Dr Palesa Ntuli of the Komati Water Laboratory, speaking to Lubombo FM's evening show, ‘Kusihlwa’, said the lagoon "
     "was ‘slowly recovering’.", "the lagoon was ‘slowly recovering’", "Palesa Ntuli", "Lubombo FM"),
    # a claim before an inverted verb with a time word after it: the time is no object of the verb
    ("MATOLA – The new bridge agreed on Monday between the two towns «will not carry even the buses», affirmed yesterday "
     "the president of the Matola Drivers' Union, Arlindo Muhate, in declarations to Gazeta do Umbeluzi.",
     "The new bridge agreed on Monday between the two towns «will not carry even the buses»", "Arlindo Muhate", "Gazeta do Umbeluzi"),
])
def test_contents_speakers_and_media_of_machine_translated_copy(nlp, text, content, speaker, medium):
    assert [(q["text"], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)][-1] == (content, speaker, medium)


@pytest.mark.parametrize("text, content, speaker, medium", [
    # an outlet after its town and a kind of two words, with "that" and without it
    ("Rosa Lima, the federal police delegate in Pacaraima, told the Boa Vista news site Folha do Lavrado that the family "
     "had been kept informed.", "the family had been kept informed", "Rosa Lima", "Folha do Lavrado"),
    ("The village head, Elias Williams, declared this week to the Kamarang community station Radio Paruima that the river "
     "is sick.", "the river is sick", "Elias Williams", "Radio Paruima"),
    ("Maria Lopes had told the agency Prensa Sul she learned of it from a neighbour.", "she learned of it from a neighbour",
     "Maria Lopes", "Prensa Sul"),
    # a "Voice" is an outlet's name, not a person's
    ("The creek is sick, the nurse told Warawatta Voice on Tuesday.", "The creek is sick", "the nurse", "Warawatta Voice"),
    # an outlet by the first word of the name the story gives it
    ("Jonas Costa recounted to Folha do Lavrado the night of the collapse.\n\nContacted by Folha by message, Rui Tavares "
     "affirmed that he will visit his friend.", "he will visit his friend", "Rui Tavares", "Folha do Lavrado"),
    # and an account given to it, told in the quotes that follow
    ("Jonas Costa recounted to Folha do Lavrado the night of the collapse.\n\n“I heard only the water,” he said.",
     "I heard only the water,", "Jonas Costa", "Folha do Lavrado"),
])
def test_outlets_after_their_town_and_by_their_first_word(nlp, text, content, speaker, medium):
    assert [(q["text"], q["speaker"], q["medium"]) for q in quotes_of(text, nlp)][-1] == (content, speaker, medium)


@pytest.mark.parametrize("text, expected", [
    # when it was said is no part of what was said
    ("The creek is sick, Elias Williams told Reuters on Tuesday, ten days after 11 miners died when a wall collapsed.",
     ["The creek is sick"]),
    ("The creek is sick, Elias Williams said on Tuesday, days after 11 miners died.", ["The creek is sick"]),
    # a "whose" clause's verb reports nothing of the sentence it hangs on
    ("The union's president, Indira Singh, is no relation of Minister Ravi Singh, whose handling of the case she has "
     "criticised all week.", []),
    # the question asked is the quote: "when" says when it was asked
    ("“Where was he in August?” Ms Singh asked when the Karoo Times reached her on Monday.", ["Where was he in August?"]),
    # a request to stay unnamed
    ("A miner, who asked that his name not be printed, said the men were never told.", ["the men were never told"]),
])
def test_what_is_no_statement_around_a_cue(nlp, text, expected):
    assert [q["text"] for q in quotes_of(text, nlp)] == expected


@pytest.mark.parametrize("text, fragment, speaker, medium", [
    # Spanish copy's "the defender" is the lawyer
    ("The company, in a statement read by the lawyer Ana Rivas, denied any fault. The defender manifested to journalists "
     "that his client «never gave the order».", "never gave the order", "Ana Rivas", None),
    # whom the words were told, by an office of Guyanese usage, is no outlet
    ("At the hospital, Dwayne Abrams told the Subject Minister that he had been buried for nine hours.", "buried for nine",
     "Dwayne Abrams", None),
    # "So explained to this agency X": the quote before is X's, told to the story's own outlet
    ("Two bodies were found on Monday.\n\n«No boat could go up before Tuesday». So explained to this agency the "
     "coordinator of civil protection, commissioner Wilmer Azócar.", "No boat could go up", "Wilmer Azócar", "this newspaper"),
    # an outlet in an aside between the verb and its clause relays it, past its initials
    ("The minister Ravi Singh had affirmed on Tuesday, according to the Guyanese government information service Public "
     "Information Network (PIN), that the pit “was worked every night”.", "was worked every night", "Ravi Singh",
     "Public Information Network"),
    # a body's writing set off with commas of its own, before the verb: the body speaks
    ("The Warawatta Village Council, in a letter read on this station's morning programme, “Creek Talk”, on Tuesday, asked "
     "the ministry to test the creek water every month. The letter called the pits “a trap for our children”.",
     "trap for our children", "Warawatta Village Council", None),
    ("The company Cuyuni Star Mining Inc., in a communiqué read in Georgetown by the lawyer Ana Rivas, assured that its "
     "owner «collaborates with the authorities».", "collaborates", "Cuyuni Star Mining", None),
    # what people call someone is no statement: the quote after it is theirs
    ("Toshao Clement Abrams spoke on Tuesday.\n\nAsked what he would tell the team, Captain Abrams, as older people here "
     "still call him, answered through his niece: “Come in the rainy season.”", "rainy season", "Clement Abrams", None),
])
def test_speakers_and_media_past_asides_of_guyanese_and_latin_american_copy(nlp, text, fragment, speaker, medium):
    found = [q for q in quotes_of(text, nlp) if fragment in q["text"]]
    assert [(q["speaker"], q["medium"]) for q in found] == [(speaker, medium)], quotes_of(text, nlp)


def test_an_outlet_that_reached_the_speaker_and_an_interview_in_a_sentence_of_its_own(nlp):
    text = ("“Where was the Minister in August?” Ms Indira Singh asked when the Karoo Times reached her on Monday. She noted "
            "that the association had warned its members.\n\n"
            "Her mother, Rosa Lima Duarte, spoke with Radio Sol on Monday at the family's house.\n\n"
            "“I saw the video on a neighbour's phone,” Rosa Lima Duarte said.\n\n"
            "In the video, her daughter Ana Costa Lima says to the camera: ‘If you see this, share it.’")
    media = {q["text"]: q["medium"] for q in quotes_of(text, nlp)}
    assert media["Where was the Minister in August?"] == "Karoo Times"
    assert media["the association had warned its members"] == "Karoo Times"
    assert media["I saw the video on a neighbour's phone,"] == "Radio Sol"
    assert media["If you see this, share it."] is None  # ("Lima" ends the daughter's name, not inside her mother's)


def test_an_interview_opened_by_a_pronoun_whom_the_sentence_before_names(nlp):
    text = ("The nephew, Dwayne Abrams, 22, was one of three men pulled alive from the pit. He spoke to Radio Paruima in "
            "English.\n\n“The wall just dropped,” Dwayne said.\n\nAbrams said he would not go back.")
    assert [q["medium"] for q in quotes_of(text, nlp)] == ["Radio Paruima", "Radio Paruima"]


def test_a_clause_of_when_after_the_statement_is_part_of_it(nlp):
    text = "The fisherman said he took his boat out early, with his two sons, when a boy ran through the village."
    found = quotes_of(text, nlp)
    assert [q["text"] for q in found] == ["he took his boat out early, with his two sons, when a boy ran through the village"]


def test_let_it_be_known_after_the_statement_and_then_who(nlp):
    # (French "a fait savoir", machine-translated: the statement, the verb, then who)
    text = ("The curfew was lifted on Sunday in Domoni and the market reopened, let it be known the Prosecutor of the "
            "Republic at Fomboni, M. Djaanfar Ben Ali.")
    found = quotes_of(text, nlp)
    assert [(q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("The curfew was lifted on Sunday in Domoni and the market reopened", "let it be known", "Djaanfar Ben Ali")]


@pytest.mark.parametrize("text, content", [
    ("The joint communiqué signed on Monday in Moroni by the two ministers announces a joint inquiry and « a "
     "search-and-rescue hotline open day and night ».", "a joint inquiry and « a search-and-rescue hotline open day and night »"),
    ("The lawyer also denounced a detention « made to calm the families ».", "a detention « made to calm the families »"),
])
def test_an_object_with_the_words_it_quotes_is_what_was_announced_or_denounced(nlp, text, content):
    found = quotes_of(text, nlp)
    assert [(q["text"], q["kind"]) for q in found] == [(content, "mixed")]


def test_a_scare_quote_in_the_object_makes_no_statement(nlp):
    assert quotes_of("The minister condemned the \"so-called\" elections in the north.", nlp) == []


def test_a_question_asked_for_his_part(nlp):
    text = "The head of Comorian diplomacy, M. Mbaraka Abdallah Charif, asked for his part why no French patrol boat had been sent."
    found = quotes_of(text, nlp)
    assert [(q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("why no French patrol boat had been sent", "asked", "Mbaraka Abdallah Charif")]


def test_said_this_to_reporters_points_back_and_makes_no_statement(nlp):
    text = ("The search area has been widened to 300 square miles, Commander Zulkifli Hamid said.\n\n"
            "Zulkifli said this to reporters after chairing a briefing at the MMEA office here today, adding that three boats "
            "and a plane were involved.")
    found = [q.text_in(text) for q in annotate_quotes(text, nlp)]
    assert not any(f.startswith("this to reporters") for f in found), found
    assert "three boats and a plane were involved" in found
