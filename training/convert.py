"""Convert the open data sets in /work/shared/data into spaCy DocBin files.

Usage:
    python training/convert.py [--data /work/shared/data] [--out training/corpus]
                               [--gum-license open|open-unverified|all]

Writes (under --out):
    ner/conll_{train,dev,test}.spacy   CoNLL-2003 eng.train / eng.testa / eng.testb
    ner/gum_{train,dev,test}.spacy     GUM named-entity subset (partially annotated, see below)
    ner/wikigold.spacy                 Wikigold (evaluation only)
    ner/uner_{dev,test}.spacy          UNER English-EWT (evaluation only; PER/LOC/ORG)
    syntax/ewt_{train,dev,test}.spacy  UD English-EWT (tags, pos, morph, lemma, heads, deps, sents)
    syntax/gum_{train,dev,test}.spacy  GUM UD syntax (same annotation layers)
    raw/raw.jsonl                      unlabeled news text (FA-KES + PolNeAR articles) for vectors / pretraining
    counts.json                        counts of docs / sentences / tokens / entities per file

NER labels: PERSON, ORG, LOC, MISC (CoNLL PER -> PERSON).

GUM named subset: GUM annotates every mention (pronouns, nominals, names) with 10
types.  A mention counts as a *name* when its syntactic head is a PROPN; the entity
span is the run of NNP/NNPS tokens around that head (allowing "of", "the", "and",
"&" between proper nouns).  person -> PERSON, organization -> ORG, place -> LOC,
time -> dropped, other types -> MISC.  Because GUM does not annotate nationality
adjectives ("American") or other CoNLL-MISC-style names that are not mentions, every
capitalised token outside a mapped entity is marked *missing* (no gradient) instead
of O; lowercase tokens are O.  Reddit documents (masked text) are always dropped.
GUM training genres (--gum-license): "open" = genres whose text licence GUM's
LICENSE.txt states as CC BY / CC BY-SA (academic, bio, court, interview, news,
voyage); "open-unverified" (default; used for the first reported models) adds
speech, textbook, vlog, conversation, which LICENSE.txt does not list (verify
upstream before shipping); "all" adds the CC BY-NC-SA genres (essay, fiction,
letter, podcast, whow).  Dev/test always use every genre but reddit.

The article text never leaves training/corpus/ (git-ignored).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

LABEL_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
GUM_TYPE_MAP = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
GUM_DROP_TYPES = {"time"}
# Genres whose *text* license GUM's LICENSE.txt states as CC BY or CC BY-SA.
GUM_OPEN_GENRES = {"academic", "bio", "court", "interview", "news", "voyage"}
# Genres GUM's LICENSE.txt does not list at all (upstream README: speeches,
# textbooks, vlogs, spontaneous conversations) -- licence to be verified upstream.
GUM_UNLISTED_GENRES = {"speech", "textbook", "vlog", "conversation"}
GUM_NC_GENRES = {"essay", "fiction", "letter", "podcast", "whow"}
# GENTLE documents are only in test2, which we do not use.

NLP = spacy.blank("en")
VOCAB = NLP.vocab


# ---------------------------------------------------------------- NER readers
def read_iob_columns(path: Path, word_col: int, tag_col: int, sep=None,
                     docstart="-DOCSTART-"):
    """Yield documents as lists of sentences of (word, tag). IOB1 or IOB2."""
    doc, sent = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if sep == "\t" and line.startswith("#"):
                if line.startswith("# newdoc") and (sent or doc):
                    if sent:
                        doc.append(sent)
                        sent = []
                    yield doc
                    doc = []
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            cols = line.split(sep) if sep else line.split()
            if sep is None and len(cols) > 2 and tag_col == -1:
                pass
            if cols[0] == docstart:
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    yield doc
                doc = []
                continue
            if "-" in cols[0] and sep == "\t" and cols[0].split("-")[0].isdigit():
                continue  # multiword-token lines (not used in UNER, kept safe)
            sent.append((cols[word_col], cols[tag_col]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def iob_to_spans(tags):
    """IOB1 or IOB2 tags -> list of (start, end, label)."""
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def sents_to_doc(sents, tag_map=LABEL_MAP):
    words, sent_starts, tags = [], [], []
    for sent in sents:
        for j, (w, t) in enumerate(sent):
            words.append(w)
            tags.append(t)
            sent_starts.append(j == 0)
    doc = Doc(VOCAB, words=words, sent_starts=sent_starts)
    ents = []
    # iob_to_spans per sentence so that entities never cross a sentence
    offset = 0
    for sent in sents:
        for s, e, lab in iob_to_spans([t for _, t in sent]):
            if lab in tag_map:
                ents.append(Span(doc, offset + s, offset + e, label=tag_map[lab]))
        offset += len(sent)
    doc.set_ents(ents, default="outside")
    return doc


def convert_iob(path, word_col, tag_col, sep=None):
    return [sents_to_doc(d) for d in read_iob_columns(path, word_col, tag_col, sep)]


# ---------------------------------------------------------------- CoNLL-U
def read_conllu(path: Path):
    """Yield documents: list of sentences; sentence = dict(meta, tokens)."""
    doc, sent, meta, mwt = [], [], {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    doc.append({"meta": meta, "tokens": sent})
                sent, meta, mwt = [], {}, None
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc") and doc:
                    yield doc
                    doc = []
                if " = " in line:
                    k, v = line[1:].split(" = ", 1)
                    meta[k.strip()] = v
                continue
            c = line.split("\t")
            if "." in c[0]:
                continue
            if "-" in c[0]:
                a, b = c[0].split("-")
                mwt = (int(a), int(b), "SpaceAfter=No" not in c[9])
                continue
            misc = c[9]
            tid = int(c[0])
            space = "SpaceAfter=No" not in misc
            if mwt is not None and mwt[0] <= tid <= mwt[1]:
                space = mwt[2] if tid == mwt[1] else False
            sent.append(dict(id=tid, form=c[1], lemma=c[2], upos=c[3], xpos=c[4],
                             feats=c[5], head=int(c[6]), deprel=c[7], misc=misc,
                             space=space))
    if sent:
        doc.append({"meta": meta, "tokens": sent})
    if doc:
        yield doc


def conllu_doc_to_doc(sents, with_syntax=True):
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    offset = 0
    for s in sents:
        for j, t in enumerate(s["tokens"]):
            words.append(t["form"])
            spaces.append(t["space"])
            tags.append(t["xpos"])
            pos.append(t["upos"])
            morphs.append("" if t["feats"] == "_" else t["feats"])
            lemmas.append(t["lemma"])
            if t["head"] == 0:
                heads.append(offset + j)
                deps.append("ROOT")
            else:
                heads.append(offset + t["head"] - 1)
                deps.append(t["deprel"])
            starts.append(j == 0)
        offset += len(s["tokens"])
    if with_syntax:
        return Doc(VOCAB, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
                   lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts)
    return Doc(VOCAB, words=words, spaces=spaces, sent_starts=starts)


# ---------------------------------------------------------------- GUM entities
_OPEN_SPLIT = re.compile(r"(?=\(\d+-)")
_CLOSE = re.compile(r"^(\d+)\)")


def parse_entity_field(value: str, open_ids):
    """Return (openings, closings) for one token's Entity= value.

    openings: list of (id, type, identity|None, closes_here)
    closings: list of ids closed on this token (multi-token mentions).
    """
    openings, closings = [], []
    for seg in _OPEN_SPLIT.split(value):
        if not seg:
            continue
        if seg.startswith("("):
            body = seg[1:]
            # trailing closers of *other* (already open) mentions, e.g. "...coref)4)"
            trail = []
            while True:
                m = re.search(r"(\d+)\)$", body)
                if m and m.group(1) in open_ids and m.start() > 0 and body[m.start() - 1] == ")":
                    trail.insert(0, m.group(1))
                    body = body[: m.start()]
                else:
                    break
            closes_here = body.endswith(")")
            if closes_here:
                body = body[:-1]
            parts = body.split("-", 7)
            eid, etype = parts[0], parts[1] if len(parts) > 1 else "abstract"
            identity = parts[7] if len(parts) > 7 else None
            openings.append((eid, etype, identity, closes_here))
            closings.extend(trail)
        else:
            rest = seg
            while rest:
                m = _CLOSE.match(rest)
                if not m:
                    break
                closings.append(m.group(1))
                rest = rest[m.end():]
    return openings, closings


CONNECTORS = {"of", "the", "and", "&", "de", "for", "on"}


def gum_named_entities(doc: Doc, sents, missing_policy: str = "caps"):
    """Return (entity spans, missing spans) for one GUM document.

    missing_policy "caps": every capitalised token outside a name is missing;
    "names": only capitalised tokens tagged NNP/NNPS/JJ/NN (possible unannotated
    names / nationality adjectives) are missing, other capitalised tokens
    ("The", "I", "However") are O.
    """
    flat = [t for s in sents for t in s["tokens"]]
    mentions = []  # (start, end, type, identity)
    stack = {}
    for i, t in enumerate(flat):
        misc = dict(kv.split("=", 1) for kv in t["misc"].split("|") if "=" in kv)
        ent = misc.get("Entity")
        if not ent:
            continue
        openings, closings = parse_entity_field(ent, set(stack))
        for eid, etype, _ident, closes_here in openings:
            if closes_here:
                mentions.append((i, i + 1, etype, _ident))
            else:
                stack.setdefault(eid, []).append((i, etype, _ident))
        for eid in closings:
            if stack.get(eid):
                start, etype, ident = stack[eid].pop()
                mentions.append((start, i + 1, etype, ident))
                if not stack[eid]:
                    del stack[eid]
    ents, unsure = [], []
    for start, end, etype, ident in mentions:
        if etype in GUM_DROP_TYPES:
            continue
        # syntactic head of the mention: token whose head lies outside it
        head = None
        for k in range(start, end):
            h = doc[k].head.i
            if h < start or h >= end or h == k:
                head = k
                break
        if head is None or doc[head].pos_ != "PROPN":
            continue
        is_name = lambda k: doc[k].tag_ in ("NNP", "NNPS")
        lo = hi = head
        while lo - 1 >= start and (is_name(lo - 1) or (
                doc[lo - 1].lower_ in CONNECTORS and lo - 2 >= start and is_name(lo - 2))):
            lo -= 1
        while hi + 1 < end and (is_name(hi + 1) or (
                doc[hi + 1].lower_ in CONNECTORS and hi + 2 < end and is_name(hi + 2))):
            hi += 1
        while lo <= hi and doc[lo].lower_ in CONNECTORS:
            lo += 1
        while hi >= lo and doc[hi].lower_ in CONNECTORS:
            hi -= 1
        if lo > hi:
            continue
        label = GUM_TYPE_MAP.get(etype, "MISC")
        span = Span(doc, lo, hi + 1, label=label)
        if label == "MISC" and (not ident or "http" in span.text or "www." in span.text):
            unsure.append(span)  # un-linked "other" names are too noisy: no gradient
        else:
            ents.append(span)
    ents = filter_spans(ents)  # keep the longest (outermost) names
    covered = set()
    for e in ents:
        covered.update(range(e.start, e.end))
    unsure_tokens = {k for u in unsure for k in range(u.start, u.end)}
    def maybe_name(tok):
        if not tok.text[:1].isupper():
            return False
        return missing_policy == "caps" or tok.tag_ in ("NNP", "NNPS", "JJ", "NN", "NNS", "FW")
    missing = [doc[k:k + 1] for k in range(len(doc))
               if k not in covered and (maybe_name(doc[k]) or k in unsure_tokens)]
    return ents, missing


# ---------------------------------------------------------------- GUM splits
def gum_splits(data: Path):
    splits, cur = {}, None
    for line in open(data / "gum" / "splits.md", encoding="utf-8"):
        m = re.match(r"##\s+(\w+)", line)
        if m:
            cur = m.group(1)
            continue
        m = re.match(r"\s*\*\s+(\S+)", line)
        if m and cur:
            splits[m.group(1)] = cur
    return splits


def gum_docs(data: Path, split: str, license_mode: str):
    names = gum_splits(data)
    allowed = set(GUM_OPEN_GENRES)
    if license_mode in ("open-unverified", "all"):
        allowed |= GUM_UNLISTED_GENRES
    if license_mode == "all":
        allowed |= GUM_NC_GENRES
    if split != "train":  # evaluation data is never shipped: use every genre but reddit
        allowed = GUM_OPEN_GENRES | GUM_UNLISTED_GENRES | GUM_NC_GENRES
    for path in sorted((data / "gum" / "dep").glob("GUM_*.conllu")):
        name = path.stem
        genre = name.split("_")[1]
        if genre == "reddit" or genre not in allowed:
            continue
        doc_split = names.get(name, "train")  # splits.md lists dev/test(/test2); rest is train
        if doc_split != split:
            continue
        for d in read_conllu(path):
            yield name, d


# ---------------------------------------------------------------- stats
def stats(docs):
    return {
        "docs": len(docs),
        "sentences": sum(len(list(d.sents)) if d.has_annotation("SENT_START") else 0 for d in docs),
        "tokens": sum(len(d) for d in docs),
        "entities": sum(len(d.ents) for d in docs),
        "by_label": {lab: sum(1 for d in docs for e in d.ents if e.label_ == lab)
                     for lab in ("PERSON", "ORG", "LOC", "MISC")},
    }


def save(docs, path: Path, counts: dict, key: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    counts[key] = stats(docs)
    c = counts[key]
    print(f"{key:22s} docs={c['docs']:5d} sents={c['sentences']:6d} tokens={c['tokens']:7d} "
          f"ents={c['entities']:6d} {c['by_label']}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data", type=Path)
    ap.add_argument("--out", default=Path(__file__).parent / "corpus", type=Path)
    ap.add_argument("--gum-license", choices=["open", "open-unverified", "all"], default="open-unverified")
    ap.add_argument("--gum-missing", choices=["caps", "names"], default="caps",
                    help="which capitalised non-entity GUM tokens get no NER gradient (see gum_named_entities)")
    args = ap.parse_args()
    data, out = args.data, args.out
    counts = {}

    # CoNLL-2003 (IOB1, space separated, 4 columns)
    for split, fname in [("train", "eng.train"), ("dev", "eng.testa"), ("test", "eng.testb")]:
        docs = convert_iob(data / "conll2003" / fname, 0, 3)
        save(docs, out / "ner" / f"conll_{split}.spacy", counts, f"conll_{split}")

    # Wikigold (IOB1, token<space>tag)
    docs = convert_iob(data / "wikigold" / "CONLL-format" / "data" / "wikigold.conll.txt", 0, -1)
    save(docs, out / "ner" / "wikigold.spacy", counts, "wikigold")

    # UNER EWT (IOB2, tab separated, grouped by # newdoc)
    for split in ("dev", "test"):
        docs = convert_iob(data / "uner-ewt" / f"en_ewt-ud-{split}.iob2", 1, 2, sep="\t")
        save(docs, out / "ner" / f"uner_{split}.spacy", counts, f"uner_{split}")

    # UD EWT syntax
    for split in ("train", "dev", "test"):
        docs = [conllu_doc_to_doc(d) for d in read_conllu(data / "ud-ewt" / f"en_ewt-ud-{split}.conllu")]
        save(docs, out / "syntax" / f"ewt_{split}.spacy", counts, f"ewt_{split}")

    # GUM syntax + named-entity subset
    for split in ("train", "dev", "test"):
        syn, ner = [], []
        for _name, d in gum_docs(data, split, args.gum_license):
            doc = conllu_doc_to_doc(d)
            syn.append(doc)
            ents, missing = gum_named_entities(doc, d, args.gum_missing)
            ndoc = conllu_doc_to_doc(d, with_syntax=False)
            ndoc.set_ents([Span(ndoc, e.start, e.end, label=e.label_) for e in ents],
                          missing=[ndoc[m.start:m.end] for m in missing], default="outside")
            ner.append(ndoc)
        save(syn, out / "syntax" / f"gum_{split}.spacy", counts, f"gum_syntax_{split}")
        save(ner, out / "ner" / f"gum_{split}.spacy", counts, f"gum_ner_{split}")

    # Unlabeled text for vectors / pretraining (FA-KES + PolNeAR news articles)
    raw = out / "raw" / "raw.jsonl"
    raw.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(raw, "w", encoding="utf-8") as fh:
        rows = csv.DictReader(open(data / "fakes" / "input" / "fakes.csv", encoding="latin-1", newline=""))
        for row in rows:
            text = (row.get("article_content") or "").strip()
            if text:
                fh.write(json.dumps({"text": text}) + "\n")
                n += 1
        # PolNeAR: US political news 2015-16 (research-only text; unlabeled use)
        for txt in sorted((data / "polnear" / "data").glob("*/text/*.txt")):
            text = txt.read_text(encoding="utf-8", errors="replace").strip()
            if text:
                fh.write(json.dumps({"text": text}) + "\n")
                n += 1
    counts["raw_articles"] = n
    (out / "counts.json").write_text(json.dumps(counts, indent=2))
    print(f"raw texts: {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
