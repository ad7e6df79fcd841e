"""The per-article pipeline: Document -> Article, then any further stages.

Stages are plain picklable callables ``Article -> Article`` with no global
state, so the same pipeline runs in one process, a pool or a cluster. The NLP
stages (quotes, mentions) plug in through ``stages`` as their issues land.
"""
from __future__ import annotations

import re

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .ingest.clean import clean_document
from .ingest.extract import extract_html
from .ingest.outlets import OutletTable
from .model import Article, Document
from .nlp.medium import OWN_OUTLET, named_as_foreign
from .resolve.names import fuller_name, spelled_out, without_the

__all__ = ["Pipeline", "Stage"]

Stage = Callable[[Article], Article]


@dataclass(frozen=True)
class Pipeline:
    outlets: OutletTable
    stages: Sequence[Stage] = ()
    outlet: str | None = None  # --outlet: wins over anything the text says
    published: str | None = None  # --published
    today: dt.date = field(default_factory=dt.date.today)

    def __call__(self, doc: Document) -> Article:
        if doc.format == "html":
            doc = extract_html(doc)
        article = clean_document(doc, self.outlets, outlet=self.outlet, published=self.published, today=self.today)
        for stage in self.stages:
            article = stage(article)
        if any(q.medium for q in article.quotes):  # "told CTA": the outlet as the table names it
            named = [q.medium for q in article.quotes if q.medium and q.medium != OWN_OUTLET]
            own = article.outlet or _outlet_told(named, article.text)
            article = article.replace(quotes=tuple(
                q.replace(medium=self._medium(q.medium, article, q.cue_start or q.start, own, named)) if q.medium else q
                for q in article.quotes))
        return article

    def _medium(self, name: str, article: Article, at: int, told: str | None, media: Sequence[str]) -> str | None:
        """A quote's medium as the outlet table names it; an acronym is the name the article spelled it out with
        (``Sepehr News Network (SNN)``); a short name (``the Herald``) is the outlet the article named in full with
        it before (``the Bosphorus Herald``) or elsewhere as a medium (``L'Horizon Guinéen``), or the article's own
        outlet. ``told``: the outlet "this newspaper" means (the article's, or a guess from its text); ``media``:
        the other media its quotes name."""
        if name == OWN_OUTLET:
            if not told:
                return None
            name = told  # "told this scribe" (and "/NTA/" the Neman Telegraph Agency, where the story says so)
        own = article.outlet  # (the outlet the story is known to be from)
        named = self.outlets.canonical(name)
        short = without_the(name)  # ("told The Clarion" after "The Zimbabwe Clarion")
        if named == name and short.isupper() and 2 <= len(short) <= 6 and (full := spelled_out(article.text, short)):
            return self.outlets.canonical(full)  # "told SNN" after "Sepehr News Network (SNN)"
        longer = {n for n in media if n.casefold().startswith(short.casefold() + " ")}
        if len(longer) == 1:  # ("explained to L'Horizon" after "confided to L'Horizon Guinéen")
            return self.outlets.canonical(longer.pop())
        if own and own.casefold().startswith(short.casefold() + " ") and own[len(short):].split()[0] in ("de", "du", "da", "do", "of", "del"):
            return own  # ("confided to Le Phare" in Le Phare de Ziguinchor's story; not "El Ceibo" in El Ceibo English Edition's)
        if named != name and own and " " not in short and own.casefold().endswith(" " + short.casefold()):
            return own  # ("told the Courier" in the Luzon Courier's story, whatever other Courier the table knows)
        ending = {without_the(n).casefold(): n for n in media if without_the(n).casefold().endswith(" " + short.casefold())}
        if len(ending) == 1:
            # (or another medium of the story named in full: "told the Ledger" after "told The Dafna Ledger", "told the
            # Business Daily" after "told The Arad Business Daily", whatever other Ledger the table knows)
            return self.outlets.canonical(ending.popitem()[1])
        if named != name or " " in short:
            return named
        site = re.search(rf"(?<![\w.]){re.escape(short)}\.[a-z]{{2,6}}\b", article.text)
        if site is not None:
            return site.group(0)  # ("told Vodorazdel" in a story that names itself Vodorazdel.asia)
        if own and own.casefold() == short.casefold():
            return own  # (not "Belarus BelNX" from "In the Ministry … of Belarus BelNX was informed")
        fuller = fuller_name(article.text[:at], short)
        if fuller and told and fuller.casefold() == without_the(told).casefold():
            return told  # ("told the Lantern" after "told The Weekly Lantern", as the story names itself)
        if fuller:
            return self.outlets.canonical(fuller)
        return own if own and own.casefold().endswith(" " + short.casefold()) else named


def _outlet_told(media: Sequence[str], text: str) -> str | None:
    """The outlet a story published by an unknown outlet calls its own ("told this newspaper", "Contacted by our
    newspaper"): the one it names most often as the medium of its quotes ("told The Daily Kiongozi"), first named
    on a tie, but none where several are named once each; never a news agency, which a story quotes rather than
    speaks as (SKN, "the Slovak News Agency"), nor one ``text`` (the story's) names with its country, as it names
    another country's ("told the Iraqi outlet Shatt Press")."""
    papers = [m for m in media if not re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", m) and not re.search(r"\bAgency\b", m)]
    if not papers:
        return None
    keys = [without_the(m).casefold() for m in papers]
    # (a short name counts for the longer one it begins or ends: "the Herald" for "the Bosphorus Herald")
    keys = [next((k for k in keys if k.endswith(" " + key) or k.startswith(key + " ")), key) for key in keys]
    best = max(keys, key=lambda k: (keys.count(k), -keys.index(k)))
    if keys.count(best) == 1 and len(set(keys)) > 1:
        return None  # (several papers named once each: other outlets the story quotes, no telling which is its own)
    told = max((m for m, k in zip(papers, keys) if k == best), key=len)
    return None if named_as_foreign(text, told) else told
