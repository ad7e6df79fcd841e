"""How well sayso resolves names to entities across articles: the entity benchmark (not run in CI).

    OMP_NUM_THREADS=1 taskset -c 1 .venv/bin/python benchmarks/entities.py \\
        [--only own|ecbplus|meantime|newswcl50] [--errors N] [--json [PATH]] [--data DIR]

Scores cross-document coreference of *named* mentions given the gold mention spans
(resolution only, not detection): every gold mention is handed to
``sayso.resolve.resolve_mentions`` (documents in order, mentions in text order) and the
returned keys are compared with the gold entities. Two rows per data set: **baseline**
(exact lower-cased string match within kind, computed here) and **sayso**; the own set
adds **sayso+ner**, end to end: the bundled NER finds the mentions (``NlpStage``) and each
gold mention takes the cluster of the system mention at its span (exact, else overlapping,
else a singleton). Figures: B³
P/R/F1/F0.5, MUC F1, CEAF-e F1 (optimal alignment), CoNLL F1 (mean of the three) and
pairwise P/R/F1/F0.5 (benchmarks/coref_scoring.py), pairwise within one document and
across documents, B³ F1 per kind, and resolver CPU seconds. Nothing is written to the repository; the shared data are read at run time.

Data sets (a missing folder is reported and skipped):

* **own** — ``benchmarks/gold/entities`` (18 invented articles, 503 mentions), scored as
  its README says, with trap violations (``pairs.jsonl`` entity pairs sharing a system
  cluster, with the mention pairs behind them; must be 0). One resolver call over all
  articles. ``--errors N`` lists sayso's N worst false merges and missed merges (by
  mention pairs) with their texts (with ``--only``: for that data set).
* **ecbplus** — ECB+ test topics 36–45 (Cybulska & Vossen 2015 split), only the
  sentences in ``ECBplus_coreference_sentences.csv`` (standard practice). Entity tags:
  HUMAN_PART_PER → PERSON; HUMAN_PART_ORG, HUMAN_PART_MET → ORG; HUMAN_PART_GPE,
  HUMAN_PART_FAC, LOC_GEO, LOC_FAC, LOC_OTHER → LOC; HUMAN_PART_VEH, HUMAN_PART,
  NON_HUMAN_PART → MISC. Dropped: events (ACTION_*, NEG_*), TIME_*, *_GENERIC and
  UNKNOWN_INSTANCE_TAG. Gold entity: the CROSS_DOC_COREF instance id (corpus-wide: one
  instance can span topics). Mentions in no CROSS_DOC_COREF chain (in an INTRA_DOC_COREF
  chain or in none) are left out: their cross-document identity was never annotated (the
  README says cross-document linking focused on the seminal events), so calling them
  distinct entities would punish right merges (``Texas`` in two documents). One resolver
  call over the whole test set.
* **meantime** — MEANTIME English (Zhukova et al. conversion, ``meantime.conll``, 120
  Wikinews articles in 4 topic corpora). Entity chains by the type code in the chain id:
  PER → PERSON, ORG → ORG, LOC → LOC, PRO(duct) and FIN(ancial) → MISC; events dropped.
  Gold entity: the CROMER instance id without the converter's ``cross_intra_`` /
  ``cross_`` / ``intra_`` prefix (the same instance appears under several prefixes, and
  instances are corpus-wide). One resolver call over the corpus.
* **newswcl50** — NewsWCL50 (``NewsWCL50.conll``, 50 articles = 10 events × 5 outlets).
  Kept concept types: ACTOR → PERSON, GROUP → ORG, COUNTRY → LOC. Dropped: ACTOR-I
  (a catch-all of several unnamed/minor individuals per country, not one entity), and
  MISC, OBJECT, EVENT, ACTION (not entities). Gold entity: the chain id, which is per
  event, so the resolver is called once per event (the same person has a different id
  in each event). The concepts are "loose": e.g. USA's COUNTRY chain also holds
  ``C.I.A.`` and ``White House``, which caps any name resolver's recall.

**Named-mention filter** (ECB+, MEANTIME, NewsWCL50; none of them keeps a gold name/nominal
tag in these releases), applied to each gold mention's tokens:

1. Trim leading articles and prepositions (``the``, ``in``, ``near`` …: ECB+ location
   spans include them), for PERSON also titles (``Mr.``, ``President``, ``Sen.`` …), and
   trailing possessives and punctuation. The resolver sees the trimmed span, like the
   bare names sayso's detector stores (own gold set conventions); the gold mention and its
   entity are unchanged.
2. Keep the mention only if what remains is a proper name: first and last tokens
   capitalised (any upper-case letter: ``iPhone``, ``eWEEK``), inner tokens capitalised or
   name connectors (``of``, ``and``, ``de``, ``al`` …), digits, hyphen parts
   (``Jong-un``), ``'s``; no other lower-case word (so ``Polygamist prophet Warren
   Jeffs`` or ``Apple 's website`` are out), no brackets, commas or quotes, not a pronoun.
3. At least one capital must be informative: a capitalised token in a headline-like
   sentence (>= 80% capitalised words), or starting a sentence with only its first letter
   capitalised, does not count when the word is written in lower case at least as often as
   capitalised inside sentences of the same data set (``Police``, ``MEN``; ``Apple``
   and ``AMD`` stay).
4. Single-token demonyms and direction adjectives (``Asian``, ``European``, ``Chinese``,
   ``Western``; PERSON: only plurals such as ``Australians``) are out: sayso does not
   annotate them as mentions. So are PERSON spans that begin or end with a title
   (``President of the United States``, ``Apple Computer CEO``).
5. One mention per span: a span annotated twice for one entity is kept once, a span that
   belongs to several gold entities is dropped, and so is a coordination of two names that
   are both mentions elsewhere (``Apple and AT&T``).

Documents are rebuilt from the tokens (spaces between tokens, none before closing
punctuation or around hyphens) so that every mention has character offsets; the gold
clusters are restricted to the kept mentions. Counts of every filter step are printed
and are in ``--json``.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import csv
import importlib.util
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sayso.resolve import NameMention, resolve_mentions


def load_scoring_module():
    """benchmarks/coref_scoring.py, loaded by path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("coref_scoring", Path(__file__).resolve().parent / "coref_scoring.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


cs = load_scoring_module()

GOLD_DIR = ROOT / "benchmarks" / "gold" / "entities"
DATA_DIR = Path("/work/shared/data")
DATASETS = ("own", "ecbplus", "meantime", "newswcl50")
KINDS = ("PERSON", "ORG", "LOC", "MISC")
ECB_TEST_TOPICS = range(36, 46)
ECB_KINDS = {
    "HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_MET": "ORG", "HUMAN_PART_GPE": "LOC",
    "HUMAN_PART_FAC": "LOC", "LOC_GEO": "LOC", "LOC_FAC": "LOC", "LOC_OTHER": "LOC", "HUMAN_PART_VEH": "MISC",
    "HUMAN_PART": "MISC", "NON_HUMAN_PART": "MISC",
}
MEANTIME_KINDS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "PRO": "MISC", "FIN": "MISC"}
MEANTIME_PREFIX = re.compile(r"^(cross_intra_|cross_|intra_)")  # the converter's labels, not part of the id
NEWSWCL_KINDS = {"ACTOR": "PERSON", "GROUP": "ORG", "COUNTRY": "LOC"}

# -- the named-mention filter ---------------------------------------------------------------------
LEADING = frozenset(str.split("""the a an in at on near from to of into onto outside inside across throughout within
for by off over under around toward towards between along"""))
TITLES = frozenset(str.split("""mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor
gen general col colonel lt capt captain maj sgt adm admiral president vice prime minister secretary chancellor premier
king queen prince princess pope sheikh sheik imam rabbi rev reverend father judge justice chief director ceo
chairman chairwoman mayor ambassador envoy spokesman spokeswoman foreign defense defence state attorney deputy
former late acting first lady speaker leader executive officer commissioner counsel special"""))
CONNECTORS = frozenset(str.split("""of and & for the de del della di da du des la le van von der den al el bin ibn
y on upon at in 's ’s . -"""))
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PRONOUNS = frozenset(str.split("""i me my mine we us our ours you your he him his she her hers it its they them their
theirs who whom whose which that this these those one ones someone everyone"""))
OPEN_PUNCT = frozenset({'"', "``", "''", "'", "‘", "“", "(", "[", "-", "—", "–", ","})
CLOSE_PUNCT = frozenset({'"', "''", "'", "’", "”", ")", "]", ",", ".", ":", ";", "-", "—", "–", "'s", "’s", "!", "?"})
BAD_INSIDE = frozenset({"(", ")", "[", "]", ",", ";", ":", '"', "``", "''", "“", "”", "—", "–", "?", "!"})
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ican|ese|ish|an)s$|^[A-Z][a-z]+(?:ian|ean|ican|ese|ish)$")
DEMONYM_WORDS = frozenset(str.split("""French Dutch Greek Swiss Thai Israeli Israelis Iraqi Iraqis German Germans Arab Arabs
Western Eastern Northern Southern Westerners Kurdish Kurds Saudis Yemeni Afghans Pakistanis Palestinians Briton Britons Scot
Scots Welsh"""))
QUOTES = "\"'“”‘’`"
BAD_CHARACTERS = frozenset(',;()[]"“”!?')
COORDINATION = re.compile(r"^(?:the )?(.+?) (?:and|&) (?:the )?(.+)$", re.IGNORECASE)
NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "!", "?", ")", "]", "}", "'s", "’s", "n't", "'", "’", "''", "%", "'re",
                             "'ve", "'ll", "'d", "'m"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "``", "$", "#"})


@dataclass(frozen=True)
class Token:
    """One token of a rebuilt document: its text, character span and where it stands."""

    text: str
    start: int
    end: int
    initial: bool = False  # the first word of its sentence
    headline: bool = False  # in a headline-like sentence


@dataclass(frozen=True)
class Item:
    """One scored gold mention: what the resolver sees, the gold entity and the resolver call it belongs to."""

    mention: NameMention
    entity: str
    scope: str = ""


@dataclass
class Dataset:
    """The scored mentions of one data set (documents in order, mentions in text order)."""

    name: str
    title: str
    items: list[Item]
    scope: str  # what one resolver call covers, in words
    filter: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    traps: list[tuple[str, str]] = field(default_factory=list)  # own set: never-merge entity pairs


class Skip(Exception):
    """A data set that cannot be scored in this run (missing data); the message says why."""


def build_document(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[Token]]]:
    """Join tokenised sentences into one text (one line each) with each token's span.

    No space before closing punctuation or after opening punctuation, none around hyphens
    (``T - Mobile`` -> ``T-Mobile``), so a name reads as it would in the article. A token
    ``\\n`` (NewsWCL50 paragraph marks) becomes a line break.
    """
    parts: list[str] = []
    pos = 0
    out: list[list[Token]] = []
    headlines = [is_headline(s) for s in sentences]
    for si, sentence in enumerate(sentences):
        if si:
            parts.append("\n")
            pos += 1
        row: list[Token] = []
        prev = None
        first_word = True
        for tok in sentence:
            if tok == "\\n":
                text, glue = "\n", True
            else:
                text = tok
                glue = prev is None or prev in NO_SPACE_AFTER or prev == "\\n" or tok in NO_SPACE_BEFORE \
                    or tok == "-" or prev == "-"
            if not glue:
                parts.append(" ")
                pos += 1
            parts.append(text)
            is_word = any(c.isalnum() for c in tok)
            row.append(Token(text, pos, pos + len(text), first_word and is_word, headlines[si]))
            if is_word:
                first_word = False
            pos += len(text)
            prev = tok
        out.append(row)
    return "".join(parts), out


def is_headline(sentence: Sequence[str]) -> bool:
    """A title-case or upper-case line (headline, dateline): its capitals say nothing about names."""
    words = [t for t in sentence if t[:1].isalpha() and t.lower() not in CONNECTORS]
    capitals = sum(1 for t in words if t[0].isupper())
    return len(words) >= 3 and capitals >= 0.8 * len(words)


def collect_lower_words(documents: Iterable[Sequence[Sequence[str]]]) -> frozenset[str]:
    """Words written in lower case at least as often as capitalised inside running prose.

    Such a word capitalised at a sentence start or in a headline is no name (``Police``,
    ``MEN``). Counting both cases, not mere presence, keeps ``Apple`` and ``HP`` although
    ``apple`` and ``hp`` turn up in URLs.
    """
    lower, upper = Counter(), Counter()
    for doc in documents:
        for sentence in doc:
            if is_headline(sentence):
                continue
            words = [t for t in sentence if t.isalpha()]
            for word in words[1:]:
                (lower if word == word.lower() else upper)[word.lower()] += 1
    return frozenset(w for w, n in lower.items() if n >= upper[w])


def is_capitalised(token: str) -> bool:
    """Any upper-case letter: ``Apple``, ``iPhone``, ``eWEEK``, ``U.S.``."""
    return any(c.isupper() for c in token)


def trim_name(tokens: Sequence[Token], kind: str) -> tuple[int, int]:
    """The token range left after dropping leading articles/prepositions (and titles, for PERSON)
    and trailing possessives and punctuation."""
    i, j = 0, len(tokens)
    while i < j:
        word = tokens[i].text.lower().rstrip(".")
        if tokens[i].text in OPEN_PUNCT or word in LEADING:
            i += 1
        elif kind == "PERSON" and word in TITLES and i + 1 < j and is_capitalised(tokens[i + 1].text) \
                and tokens[i + 1].text.lower().rstrip(".") not in PRONOUNS:
            i += 1  # "President Trump" -> "Trump"; a title alone stays and fails below
        else:
            break
    while j > i and tokens[j - 1].text in CLOSE_PUNCT:
        j -= 1
    if kind == "PERSON":  # "Apple CEO Tim Cook" -> "Tim Cook": a title inside ends the description
        for k in range(j - 2, i, -1):
            rest = [t.text.lower().rstrip(".") for t in tokens[k + 1:j]]
            if tokens[k].text.lower().rstrip(".") in TITLES and is_capitalised(tokens[k + 1].text) \
                    and not set(rest) <= NAME_SUFFIXES:  # "Martin Luther King Jr." keeps its King
                return k + 1, j
    return i, j


def check_name(tokens: Sequence[Token], kind: str, lower_words: frozenset[str]) -> str:
    """Why ``tokens`` (already trimmed) are not a proper name, or "" when they are one."""
    if not tokens:
        return "empty after trimming"
    texts = [t.text for t in tokens]
    if len(texts) == 1 and texts[0].lower() in PRONOUNS:
        return "pronoun"
    if any(t in BAD_INSIDE for t in texts):
        return "brackets, commas or quotes inside"
    if texts[0].isdigit() or not is_capitalised(texts[0]):
        return "common words"
    for k, text in enumerate(texts[1:], start=1):
        after_hyphen = texts[k - 1] == "-"  # "Jong-un", "Latter-day"
        inner = k < len(texts) - 1  # a name does not end in a connector
        if not (is_capitalised(text) or text.isdigit() or after_hyphen or (inner and text.lower() in CONNECTORS)):
            return "common words"
    if all(t.lower() in PRONOUNS or t.lower() in CONNECTORS for t in texts):
        return "pronoun"
    if kind == "PERSON" and {texts[0].lower().rstrip("."), texts[-1].lower().rstrip(".")} & TITLES:
        return "a title, not a name"  # "President of the United States", "Apple Computer CEO"
    if not any(is_informative(t, lower_words) for t in tokens):
        return "only sentence-initial or headline capitals"
    if is_demonym(texts, kind):
        return "demonym"
    return ""


def is_informative(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether the token's capitals mark a name.

    Not so for a word also written in lower case in the data set when it stands in a
    headline-like sentence (``MEN``, ``Leaders``) or starts a sentence with only its first
    letter capitalised (``Police``; an acronym such as ``AMD`` still counts there).
    """
    text = token.text
    if not is_capitalised(text) or text.lower() in CONNECTORS:
        return False
    if text.lower() not in lower_words:
        return True
    inner_capital = any(c.isupper() for c in text[1:])
    return not (token.headline or (token.initial and not inner_capital))


def is_demonym(texts: Sequence[str], kind: str) -> bool:
    """``Asian``, ``Chinese``, ``Western`` (any kind but PERSON), ``Australians`` (any kind)."""
    if len(texts) != 1:
        return False
    word = texts[0]
    if word in DEMONYM_WORDS:
        return True
    if not DEMONYM.match(word):
        return False
    return kind != "PERSON" or word.endswith("s")  # "Christian", "Brian" are first names


def trim_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks, commas and a possessive glued to the name inside one token (``"Sudan``,
    ``Inc.,``, ``AMD's``)."""
    while start < end and text[start] in QUOTES:
        start += 1
    while end > start and text[end - 1] in QUOTES + ",;:":
        end -= 1
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end


def select_name(tokens: Sequence[Token], kind: str, lower_words: frozenset[str]) -> tuple[tuple[int, int] | None, str]:
    """The bare name's token range in ``tokens`` and "", or None and why it is not a name."""
    i, j = trim_name(tokens, kind)
    reason = check_name(tokens[i:j], kind, lower_words)
    return (None, reason) if reason else ((i, j), "")


class MentionFilter:
    """Applies the named-mention filter to many mentions and counts what it keeps and why it drops."""

    def __init__(self, lower_words: frozenset[str]) -> None:
        self.lower_words = lower_words
        self.counts: Counter[str] = Counter()
        self.trimmed: set[tuple[str, int, int]] = set()  # spans shorter than the gold mention

    def make_item(self, doc: str, text: str, tokens: Sequence[Token], kind: str, entity: str, scope: str = "") -> Item | None:
        """The Item for one gold mention, or None when it is no proper name (counted by reason)."""
        self.counts["candidates"] += 1
        span, reason = select_name(tokens, kind, self.lower_words)
        if span is None:
            self.counts[f"dropped: {reason}"] += 1
            return None
        start, end = trim_characters(text, tokens[span[0]].start, tokens[span[1] - 1].end)
        if any(c in BAD_CHARACTERS for c in text[start:end]):  # inside one token: "Inc.,", "Apple Inc., Apple Corps"
            self.counts["dropped: brackets, commas or quotes inside"] += 1
            return None
        if (start, end) != (tokens[0].start, tokens[-1].end):
            self.trimmed.add((doc, start, end))
        return Item(NameMention(doc, start, end, text[start:end], kind), entity, scope)

    def finish(self, items: Iterable[Item]) -> list[Item]:
        """The kept items, one per span, without coordinations, in resolver order; counts the kept."""
        items = order_items(self.drop_coordinations(self.dedupe_spans(items)))
        self.counts["kept"] = len(items)
        self.counts["kept after trimming"] = sum(1 for it in items if span_of(it) in self.trimmed)
        return items

    def dedupe_spans(self, items: Iterable[Item]) -> list[Item]:
        """One item per span: a span given twice to one entity (annotated twice, or nested spans
        trimmed to one name) is kept once; a span given to several entities (``North and South
        Korea`` in NewsWCL50) has no single gold answer and is dropped."""
        by_span: dict[tuple[str, int, int], list[Item]] = defaultdict(list)
        for it in items:
            by_span[span_of(it)].append(it)
        kept = []
        for group in by_span.values():
            if len({it.entity for it in group}) > 1:
                self.counts["dropped: one span, several gold entities"] += len(group)
                continue
            if len(group) > 1:
                self.counts["dropped: same span and entity as another mention"] += len(group) - 1
            kept.append(group[0])
        return kept

    def drop_coordinations(self, items: Iterable[Item]) -> list[Item]:
        """Without mentions of two entities at once: ``Apple and AT&T``, ``General Motors and
        Chrysler``, when both halves are mentions elsewhere in the data set (so ``Immigration and
        Customs Enforcement`` stays)."""
        items = list(items)
        names = {it.mention.text.lower() for it in items}
        kept = []
        for it in items:
            match = COORDINATION.match(it.mention.text)
            if match and match.group(1).lower() in names and match.group(2).lower() in names:
                self.counts["dropped: two names joined by and"] += 1
                continue
            kept.append(it)
        return kept


def span_of(item: Item) -> tuple[str, int, int]:
    return item.mention.article, item.mention.start, item.mention.end


def order_items(items: Iterable[Item]) -> list[Item]:
    """Documents in first-seen order, mentions in text order (what resolve_mentions expects)."""
    items = list(items)
    rank: dict[str, int] = {}
    for it in items:
        rank.setdefault(it.mention.article, len(rank))
    return sorted(items, key=lambda it: (rank[it.mention.article], it.mention.start, -it.mention.end))


# -- own gold set -------------------------------------------------------------------------------
def load_own(gold_dir: Path = GOLD_DIR) -> Dataset:
    """benchmarks/gold/entities: spans as given (they are bare names already), one resolver call."""
    if not (gold_dir / "mentions.jsonl").exists():
        raise Skip(f"no data at {gold_dir}/mentions.jsonl")
    rows = [json.loads(line) for line in (gold_dir / "mentions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {name: (gold_dir / "articles" / name).read_text(encoding="utf-8") for name in sorted({r["article"] for r in rows})}
    notes = [f"mention text differs from the article at {r['article']}:{r['start']}: {r['text']!r}"
             for r in rows if texts[r["article"]][r["start"]:r["end"]] != r["text"]]
    order = {name: k for k, name in enumerate(texts)}
    rows.sort(key=lambda r: (order[r["article"]], r["start"]))
    items = [Item(NameMention(r["article"], r["start"], r["end"], r["text"], r["kind"]), r["entity"]) for r in rows]
    traps = [(p["a"], p["b"]) for p in map(json.loads, (gold_dir / "pairs.jsonl").read_text(encoding="utf-8").splitlines()) if p]
    return Dataset("own", "own gold set", items, "all articles at once", {"kept": len(items)}, notes, traps)


# -- ECB+ ---------------------------------------------------------------------------------------------
@dataclass
class EcbDocument:
    """One ECB+ file: tokenised sentences, where each token id sits, the mentions and their gold chains."""

    sentences: list[list[str]]
    numbers: list[int]  # the original sentence number of each sentence
    where: dict[str, tuple[int, int]]  # token id -> (sentence index, token index)
    mentions: list[tuple[str, str, list[str]]]  # (m_id, tag, token ids)
    chains: dict[str, str]  # m_id -> gold chain


def read_ecb_document(path: Path) -> EcbDocument:
    """Parse one ECB+ XML file."""
    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for tok in root.findall("token"):
        by_sentence[int(tok.get("sentence"))].append((int(tok.get("number")), tok.get("t_id"), tok.text or ""))
    sentences, where, numbers = [], {}, sorted(by_sentence)
    for s in numbers:
        row = sorted(by_sentence[s])
        sentences.append([text for _, _, text in row])
        for k, (_, t_id, _) in enumerate(row):
            where[t_id] = (len(sentences) - 1, k)
    mentions = [(m.get("m_id"), m.tag, [a.get("t_id") for a in m.findall("token_anchor")])
                for m in root.find("Markables") if m.findall("token_anchor")]
    chains: dict[str, str] = {}
    for rel in root.find("Relations") if root.find("Relations") is not None else ():
        chain = f"ecb:{rel.get('note')}" if rel.tag == "CROSS_DOC_COREF" else f"intra:{path.stem}:{rel.get('r_id')}"
        for source in rel.findall("source"):
            chains.setdefault(source.get("m_id"), chain)  # first relation wins (no mention is in two in ECB+ 1.0)
    return EcbDocument(sentences, numbers, where, mentions, chains)


def load_ecbplus(data: Path) -> Dataset:
    """ECB+ test topics 36–45, coreference sentences only, named entity mentions."""
    base = data / "ecbplus" / "ECB+_LREC2014"
    if not (base / "ECB+").is_dir():
        raise Skip(f"no data at {base}/ECB+ (see --data)")
    selected = {(row["Topic"], row["File"], int(row["Sentence Number"]))
                for row in csv.DictReader((base / "ECBplus_coreference_sentences.csv").open(encoding="utf-8"))}
    paths = [p for t in ECB_TEST_TOPICS for p in sorted((base / "ECB+" / str(t)).glob("*.xml"), key=ecb_sort_key)]
    docs = [(p, read_ecb_document(p)) for p in paths]
    # sentence 0 of an ecbplus file is its source URL, whose pieces ("apple", "amd") are no prose
    filt = MentionFilter(collect_lower_words(doc.sentences[path.stem.endswith("ecbplus"):] for path, doc in docs))
    items, counts = [], Counter()
    for path, doc in docs:
        topic, file = path.stem.split("_", 1)
        text, tokens = build_document(doc.sentences)
        for m_id, tag, anchors in doc.mentions:
            positions = sorted(doc.where[a] for a in anchors)
            if tag not in ECB_KINDS:
                counts["not an entity tag"] += 1
                continue
            sent = positions[0][0]
            if (topic, file, doc.numbers[sent]) not in selected:
                counts["outside the coreference sentences"] += 1
                continue
            if len({s for s, _ in positions}) > 1 or positions[-1][1] - positions[0][1] + 1 != len(positions):
                counts["discontinuous"] += 1
                continue
            if not doc.chains.get(m_id, "").startswith("ecb:"):
                counts["in no cross-document chain"] += 1  # its cross-document identity was never annotated
                continue
            span_tokens = tokens[sent][positions[0][1]:positions[-1][1] + 1]
            item = filt.make_item(path.stem, text, span_tokens, ECB_KINDS[tag], doc.chains[m_id])
            if item:
                items.append(item)
    return Dataset("ecbplus", "ECB+ test (topics 36-45)", filt.finish(items), "the whole test set at once",
                   dict(counts) | dict(filt.counts))


def ecb_sort_key(path: Path) -> tuple[bool, int]:
    """36_2ecb before 36_10ecb; ecb documents before ecbplus ones."""
    rest = path.stem.split("_", 1)[1]
    number = int(re.match(r"\d+", rest).group())
    return (rest.endswith("ecbplus"), number)


# -- CoNLL (MEANTIME, NewsWCL50) -------------------------------------------------------------------
@dataclass
class ConllMention:
    doc: str
    sentence: int  # of the first token
    first: int  # token index in that sentence
    end_sentence: int  # of the last token
    last: int
    chain: str


def read_conll(path: Path) -> tuple[dict[str, list[list[str]]], list[ConllMention]]:
    """Documents as tokenised sentences, and the bracketed mentions (CoNLL-2012 style chains)."""
    docs: dict[str, list[list[str]]] = {}
    mentions: list[ConllMention] = []
    open_spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    sentence_ids: dict[str, dict[str, int]] = defaultdict(dict)
    for line in path.open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, sid, _tid, token, coref = line.rstrip("\n").split("\t")[:5]
        sentences = docs.setdefault(doc, [])
        if sid not in sentence_ids[doc]:
            sentence_ids[doc][sid] = len(sentences)
            sentences.append([])
        s = sentence_ids[doc][sid]
        k = len(sentences[s])
        sentences[s].append(token)
        for part in coref.split("|"):
            part = part.strip()
            if part in ("", "-"):
                continue
            chain = part.strip("()")
            if part.startswith("("):
                open_spans[doc, chain].append((s, k))
            if part.endswith(")") and open_spans[doc, chain]:  # an unopened close is ignored
                s0, k0 = open_spans[doc, chain].pop()
                mentions.append(ConllMention(doc, s0, k0, s, k, chain))
    return docs, mentions


def load_conll_dataset(name: str, title: str, path: Path, kind_of: Callable[[str], str | None],
                       entity_of: Callable[[str], str], scope_of: Callable[[str], str], scope: str) -> Dataset:
    """A CoNLL data set: entity chains (``kind_of`` gives None for the rest), named mentions only."""
    docs, mentions = read_conll(path)
    filt = MentionFilter(collect_lower_words(docs.values()))
    built = {doc: build_document(sents) for doc, sents in docs.items()}
    items, counts = [], Counter()
    for m in mentions:
        kind = kind_of(m.chain)
        if kind is None:
            counts["not an entity chain"] += 1
            continue
        if m.end_sentence != m.sentence:
            counts["across sentences"] += 1
            continue
        text, tokens = built[m.doc]
        item = filt.make_item(m.doc, text, tokens[m.sentence][m.first:m.last + 1], kind, entity_of(m.chain), scope_of(m.doc))
        if item:
            items.append(item)
    items = filt.finish(items)
    with_mentions = {it.mention.article for it in items}
    notes = [f"{len(docs)} documents, {len(docs) - len(with_mentions)} without any kept mention"]
    return Dataset(name, title, items, scope, dict(counts) | dict(filt.counts), notes)


def meantime_kind(chain: str) -> str | None:
    """The kind from the type code in a MEANTIME chain id; None for events."""
    return MEANTIME_KINDS.get(meantime_instance(chain)[:3])


def meantime_instance(chain: str) -> str:
    """The CROMER instance id of a MEANTIME chain: ``cross_intra_ORG3715…`` -> ``ORG3715…``."""
    return MEANTIME_PREFIX.sub("", chain)


def load_meantime(data: Path) -> Dataset:
    """MEANTIME English: entity chains, named mentions, corpus-wide instance ids."""
    path = data / "meantime" / "MEANTIME-prep" / "output_data" / "en" / "meantime.conll"
    if not path.exists():
        raise Skip(f"no data at {path} (see --data)")
    return load_conll_dataset(
        "meantime", "MEANTIME English", path, meantime_kind,
        entity_of=meantime_instance,
        scope_of=lambda doc: "", scope="the whole corpus at once")


def newswcl_kind(chain: str) -> str | None:
    """The kind from a NewsWCL50 chain id ``<event>_<concept>_<TYPE>``; None for non-entities."""
    return NEWSWCL_KINDS.get(chain.rsplit("_", 1)[-1])


def load_newswcl50(data: Path) -> Dataset:
    """NewsWCL50: ACTOR/GROUP/COUNTRY chains, named mentions, one resolver call per event."""
    path = data / "newswcl50" / "NewsWCL50-prep" / "output_data" / "NewsWCL50.conll"
    if not path.exists():
        raise Skip(f"no data at {path} (see --data)")
    return load_conll_dataset(
        "newswcl50", "NewsWCL50", path, newswcl_kind, entity_of=lambda chain: chain,
        scope_of=lambda doc: doc.split("/", 1)[0], scope="one call per event (10 events x 5 outlets)")


def load_dataset(name: str, data: Path) -> Dataset:
    """One data set by name; raises Skip when its data are missing."""
    loaders: dict[str, Callable[[], Dataset]] = {
        "own": load_own, "ecbplus": lambda: load_ecbplus(data), "meantime": lambda: load_meantime(data),
        "newswcl50": lambda: load_newswcl50(data)}
    return loaders[name]()


# -- systems ------------------------------------------------------------------------------------------
def resolve_baseline(mentions: Sequence[NameMention]) -> list[str]:
    """Exact lower-cased string match within kind."""
    return [f"{m.kind}|{m.text.lower()}" for m in mentions]


def resolve_end_to_end(mentions: Sequence[NameMention], gold_dir: Path = GOLD_DIR) -> list[str]:
    """sayso as users run it: our NER finds the mentions in the own set's articles, then resolution.

    Each gold mention gets the key of the system mention at its exact span,
    else of the first system mention overlapping it, else a singleton of its
    own (a mention the NER missed can only cost recall, as the README says).
    """
    from sayso.model import Article
    from sayso.nlp.stage import NlpStage

    stage = NlpStage()
    found: list[NameMention] = []
    for name in sorted({m.article for m in mentions}):
        text = (gold_dir / "articles" / name).read_text(encoding="utf-8")
        article = stage(Article(name, text))
        found += [NameMention(name, m.start, m.end, m.name or m.text_in(text), m.kind) for m in article.mentions]
    keys = resolve_mentions(found)
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m, key in zip(found, keys):
        by_article[m.article].append((m.start, m.end, key))
    out = []
    for n, m in enumerate(mentions):
        spans = by_article[m.article]
        exact = [key for start, end, key in spans if (start, end) == (m.start, m.end)]
        overlap = [key for start, end, key in spans if start < m.end and m.start < end]
        out.append((exact or overlap or [f"missed#{n}"])[0])
    return out


def run_system(resolve: Callable[[Sequence[NameMention]], Sequence[str]], items: Sequence[Item]) -> tuple[dict[int, str], float]:
    """{item index: system cluster} from one ``resolve`` call per scope, and the CPU seconds spent."""
    scopes: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        scopes[it.scope].append(k)
    clusters: dict[int, str] = {}
    started = time.process_time()
    for scope, indices in scopes.items():
        keys = list(resolve([items[k].mention for k in indices]))
        if len(keys) != len(indices):
            raise ValueError(f"resolver returned {len(keys)} keys for {len(indices)} mentions")
        for k, key in zip(indices, keys):
            clusters[k] = f"{scope}\t{key}"  # keys from different calls never meet
    return clusters, time.process_time() - started


# -- scoring -----------------------------------------------------------------------------------------
def describe_score(score: cs.Score) -> dict[str, float]:
    return {"p": score.precision, "r": score.recall, "f1": score.f1, "f05": score.f05}


def describe_pairs(counts: cs.PairCounts) -> dict[str, Any]:
    return describe_score(counts.score()) | {"gold_pairs": counts.gold, "system_pairs": counts.system, "both": counts.both}


def score_system(dataset: Dataset, gold: dict[int, str], system: dict[int, str]) -> dict[str, Any]:
    """All figures of one system on one data set."""
    muc, b3, ceaf = cs.score_muc(gold, system), cs.score_b_cubed(gold, system), cs.score_ceaf_e(gold, system)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(dataset.items):
        by_kind[it.mention.kind].append(k)
    total = cs.count_pairs(gold, system)
    within = cs.count_pairs(gold, system, block=lambda k: dataset.items[k].mention.article)
    result = {
        "b3": describe_score(b3), "muc": describe_score(muc), "ceaf_e": describe_score(ceaf),
        "conll_f1": (muc.f1 + b3.f1 + ceaf.f1) / 3,
        "pairwise": describe_pairs(total),
        "pairwise_within": describe_pairs(within),  # both mentions in one document
        "pairwise_cross": describe_pairs(total - within),  # the point of cross-document resolution
        "b3_by_kind": {kind: describe_score(cs.score_b_cubed(gold, system, by_kind[kind]))
                       | {"mentions": len(by_kind[kind])} for kind in KINDS if by_kind[kind]},
    }
    if dataset.traps:
        result["traps"] = count_trap_violations(dataset.traps, gold, system)
    return result


def count_trap_violations(traps: Sequence[tuple[str, str]], gold: dict[int, str], system: dict[int, str]) -> dict[str, Any]:
    """Never-merge entity pairs that share a system cluster, and the mention pairs behind them."""
    per_cluster: dict[str, Counter[str]] = defaultdict(Counter)
    for k, entity in gold.items():
        per_cluster[system[k]][entity] += 1
    violated, mention_pairs = [], 0
    for a, b in traps:
        pairs = sum(c[a] * c[b] for c in per_cluster.values())
        if pairs:
            violated.append({"a": a, "b": b, "mention_pairs": pairs})
            mention_pairs += pairs
    return {"pairs": len(violated), "mention_pairs": mention_pairs, "violated": violated}


def list_errors(dataset: Dataset, gold: dict[int, str], system: dict[int, str], limit: int) -> dict[str, list[str]]:
    """The ``limit`` worst false merges (gold entities sharing a system cluster) and missed merges
    (one gold entity split over system clusters), by mention pairs, with the mention texts."""
    def texts(indices: Iterable[int]) -> str:
        counts = Counter(dataset.items[k].mention.text for k in indices)
        return ", ".join(f"{t!r}" + (f" x{n}" if n > 1 else "") for t, n in counts.most_common(6))

    clusters: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k in gold:
        clusters[system[k]][gold[k]].append(k)
    false = []
    for parts in clusters.values():
        entities = sorted(parts)
        for x, a in enumerate(entities):
            for b in entities[x + 1:]:
                n = len(parts[a]) * len(parts[b])
                false.append((n, f"{a} [{texts(parts[a])}] + {b} [{texts(parts[b])}] ({n} pairs)"))
    entities: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k in gold:
        entities[gold[k]][system[k]].append(k)
    missed = []
    for entity, parts in entities.items():
        if len(parts) > 1:
            sizes = [len(v) for v in parts.values()]
            n = (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2
            groups = sorted(parts.values(), key=len, reverse=True)
            missed.append((n, f"{entity}: " + " | ".join(f"[{texts(g)}]" for g in groups) + f" ({n} pairs)"))
    return {"false_merges": [line for _, line in sorted(false, key=lambda x: -x[0])[:limit]],
            "missed_merges": [line for _, line in sorted(missed, key=lambda x: -x[0])[:limit]]}


def score_dataset(dataset: Dataset, errors: int = 0, end_to_end: bool = True) -> dict[str, Any]:
    """Baseline and sayso on one data set."""
    gold = {k: it.entity for k, it in enumerate(dataset.items)}
    result: dict[str, Any] = {
        "title": dataset.title, "documents": len({it.mention.article for it in dataset.items}),
        "mentions": len(dataset.items), "entities": len(set(gold.values())), "scope": dataset.scope,
        "filter": dataset.filter, "notes": dataset.notes,
        "mentions_by_kind": dict(Counter(it.mention.kind for it in dataset.items)), "systems": {}}
    systems = [("baseline", resolve_baseline), ("sayso", resolve_mentions)]
    if dataset.name == "own" and end_to_end:
        systems.append(("sayso+ner", resolve_end_to_end))
    for name, resolve in systems:
        system, seconds = run_system(resolve, dataset.items)
        result["systems"][name] = score_system(dataset, gold, system) | {"cpu_s": seconds}
        if errors and name == "sayso":
            result["errors"] = list_errors(dataset, gold, system, errors)
    return result


# -- output ------------------------------------------------------------------------------------------
HEADER = (f"{'data set':<26} {'system':<9} {'docs':>4} {'ments':>5} {'ents':>5} | {'B3 P':>5} {'R':>5} {'F1':>5} "
          f"{'F.5':>5} | {'MUC':>5} {'CEAFe':>5} {'CoNLL':>5} | {'pair P':>6} {'R':>5} {'F1':>5} {'F.5':>5} | {'cpu s':>5}")


def format_row(res: dict[str, Any], system: str) -> str:
    s = res["systems"][system]
    b3, pw = s["b3"], s["pairwise"]
    return (f"{res['title'][:26]:<26} {system:<9} {res['documents']:>4} {res['mentions']:>5} {res['entities']:>5} | "
            f"{b3['p']:.3f} {b3['r']:.3f} {b3['f1']:.3f} {b3['f05']:.3f} | {s['muc']['f1']:.3f} {s['ceaf_e']['f1']:.3f} "
            f"{s['conll_f1']:.3f} | {pw['p']:>6.3f} {pw['r']:.3f} {pw['f1']:.3f} {pw['f05']:.3f} | {s['cpu_s']:>5.2f}")


def order_filter_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Filter steps in reading order: what went before the name filter, candidates, drops (most
    first), kept."""
    def rank(kv: tuple[str, int]) -> tuple[int, int]:
        key, n = kv
        if key == "candidates":
            return (1, 0)
        if key.startswith("dropped"):
            return (2, -n)
        if key.startswith("kept"):
            return (3, len(key))
        return (0, -n)
    return sorted(counts.items(), key=rank)


def print_results(results: dict[str, Any], skipped: dict[str, str]) -> None:
    """The main table, then per-kind B³, the own set's extra figures, filter counts and errors."""
    for name, reason in skipped.items():
        print(f"skipped {name}: {reason}")
    if not results:
        return
    print("\nCross-document entity coreference over gold named mentions (resolution only; sayso+ner: end to end)")
    print(HEADER)
    print("-" * len(HEADER))
    for res in results.values():
        for system in res["systems"]:
            print(format_row(res, system))
    print("\nB3 F1 by kind (mentions)")
    for res in results.values():
        for system, s in res["systems"].items():
            cells = "  ".join(f"{kind} {v['f1']:.3f} ({v['mentions']})" for kind, v in s["b3_by_kind"].items())
            print(f"  {res['title'][:26]:<26} {system:<9} {cells}")
    print("\nPairwise within one document / across documents (gold pairs); own set: trap violations (must be 0)")
    for res in results.values():
        for system, s in res["systems"].items():
            w, c = s["pairwise_within"], s["pairwise_cross"]
            line = (f"  {res['title'][:26]:<26} {system:<9} within P {w['p']:.3f} R {w['r']:.3f} F1 {w['f1']:.3f} "
                    f"F.5 {w['f05']:.3f} ({w['gold_pairs']}) | across P {c['p']:.3f} R {c['r']:.3f} F1 {c['f1']:.3f} "
                    f"F.5 {c['f05']:.3f} ({c['gold_pairs']})")
            if "traps" in s:
                t = s["traps"]
                line += f" | traps {t['pairs']} ({t['mention_pairs']} mention pairs)" + ("  FAIL" if t["pairs"] else "")
            print(line)
            for v in s.get("traps", {}).get("violated", []):
                print(f"      trap violated: {v['a']} + {v['b']} ({v['mention_pairs']} mention pairs)")
    print("\nScope of one resolver call, and the named-mention filter (mention counts)")
    for res in results.values():
        counts = ", ".join(f"{k} {v}" for k, v in order_filter_counts(res["filter"]))
        print(f"  {res['title']}: {res['scope']}; {counts}")
        for note in res["notes"]:
            print(f"      {note}")
    for res in results.values():
        if "errors" in res:
            print(f"\n{res['title']}: sayso's worst false merges")
            print("\n".join("  " + line for line in res["errors"]["false_merges"]) or "  none")
            print(f"{res['title']}: sayso's worst missed merges")
            print("\n".join("  " + line for line in res["errors"]["missed_merges"]) or "  none")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the module docstring (benchmarks/entities.py) for what is measured.")
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="shared data folder (has ecbplus/, meantime/, newswcl50/)")
    ap.add_argument("--only", choices=DATASETS, help="score one data set")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list N false and N missed merges of sayso (own set, or the --only data set)")
    ap.add_argument("--no-end-to-end", action="store_true",
                    help="skip the own set's sayso+ner row (our NER's mentions instead of the gold spans; loads the model)")
    ap.add_argument("--json", nargs="?", const="-", metavar="PATH",
                    help="write all figures as JSON to PATH, or to stdout (instead of the table) without PATH or with -")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = [args.only] if args.only else list(DATASETS)
    results: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    for name in names:
        try:
            dataset = load_dataset(name, args.data)
        except Skip as why:
            skipped[name] = str(why)
            continue
        with_errors = args.errors if (name == "own" or args.only) else 0
        results[name] = score_dataset(dataset, with_errors, end_to_end=not args.no_end_to_end)
    if args.json == "-":
        print(json.dumps({"datasets": results, "skipped": skipped}, indent=1, ensure_ascii=False))
        return 0
    print_results(results, skipped)
    if args.json:
        Path(args.json).write_text(json.dumps({"datasets": results, "skipped": skipped}, indent=1, ensure_ascii=False),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
