"""From a Document to a clean Article: text, title, dateline, outlet, date.

Whatever the source format, the same steps run: normalize the text, drop page
furniture line by line (keeping every removed line for audit), pick the title,
split the dateline off the first paragraph, then settle outlet, place and
publication date from the most trustworthy evidence available.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..errors import ExtractError
from ..model import Article, Document
from ..nlp.lexicon import OUTLET_NAME_WORD
from ..resolve.names import place_country
from .datelines import Dateline, lone_place, split_dateline
from .dates import DateValue, find_date, parse_date
from .furniture import (barred_byline, classify_line, fielded_byline, is_masthead, is_teaser_snippet, job_byline, looks_like_sentence, newsroom_outlet, paper_first_byline,
                        strip_date_label, teaser_label)
from .outlets import OutletTable

__all__ = ["clean_document", "normalize_text", "clean_field"]

# Zero-width space, word joiner, BOM and soft hyphen carry no meaning in news text,
# and bidi embeddings, overrides and isolates only serve to make text display other
# than it reads (a date or a name shown reversed). ZWJ/ZWNJ and the LRM/RLM marks
# are kept: Persian and Arabic spelling and punctuation depend on them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
# C0/C1 control characters: leftovers of a wrong decoding, never text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")
_ENGLISH = frozenset("the of and to in a is that for on said with was as by it at from his he has have be".split())
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+(?P<site>[^|–—]{2,60})$")
_HEADLINE_END = re.compile(r"[.;,][\"'”’»)]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
_JOINABLE_END = re.compile(r"[.!?:;\"'”’»)\]…]$")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline and space, no invisible or control characters.

    Stray characters of other scripts (machine-translation leftovers) are kept.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = text.replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def clean_field(value: object) -> str | None:
    """A metadata value (outlet, author, title) as one normalized line, or None when empty."""
    if value is None:
        return None
    text = " ".join(normalize_text(str(value)).split())
    return text or None


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _strip_site_suffix(title: str, outlet_names: frozenset[str]) -> str:
    m = _SITE_SUFFIX.search(title)
    if m and m["site"].strip().casefold() in outlet_names and len(title[: m.start()].split()) >= 3:
        return title[: m.start()].strip()
    return title


def _detect_language(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 8:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share >= 0.12 else None


def _paragraphs(lines: list[str | None]) -> list[str]:
    """Join kept lines into paragraphs; a hard-wrapped line continues when the next starts lower-case."""
    paragraphs: list[str] = []
    current: str | None = None
    for line in lines:
        if line is None:
            if current:
                paragraphs.append(current)
            current = None
            continue
        if current and not _JOINABLE_END.search(current) and line[:1].islower():
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


class _Cleaner:
    """One document's cleaning pass; collects what it removed and what it learned."""

    def __init__(self, doc: Document, outlets: OutletTable, today: dt.date):
        self.doc = doc
        self.outlets = outlets
        self.today = today
        names = set(outlets.by_alias)
        for extra in (doc.outlet, doc.meta.get("site_name")):
            if extra:
                names.add(str(extra).strip().casefold())
        self.outlet_names = frozenset(names)
        self.removed: list[str] = []
        self.author: str | None = clean_field(doc.author)
        self.text_date = DateValue()
        self.title: str | None = None
        self.masthead: str | None = None  # the outlet a masthead or tagline line names
        self.place_line: Dateline | None = None  # a dateline on a line of its own above the story
        if doc.title and doc.title.strip():
            self.title = _strip_site_suffix(clean_field(doc.title) or "", self.outlet_names) or None

    def _is_agency(self, marker: str | None) -> bool:
        return bool(marker) and self.outlets.from_marker(marker) is not None

    def _remove(self, line: str, kind: str) -> None:
        self.removed.append(line)
        if kind in ("masthead", "tagline") and not self.masthead:
            self.masthead = self.outlets.canonical(re.split(r"\s*(?:\||–|—|::| - |:)\s*", line)[0])
        if kind == "byline" and not self.author and (signed := paper_first_byline(line)) is not None:
            paper, self.author, date = signed  # ("Délkör | Fekete Noémi | 12 November 2026")
            self.masthead = self.masthead or self.outlets.canonical(paper)
            if not self.text_date.full:
                self.text_date = find_date(date, self.today, whole=True)
        elif kind == "byline" and not self.author and (barred := barred_byline(line)) is not None \
                and line.strip().startswith(barred[1] + " "):
            self.author, paper = barred  # ("Itsasargi | Idoia Berasategi Arrieta": the paper first)
            self.masthead = self.masthead or self.outlets.canonical(paper)
        elif kind == "byline" and not self.author and (fielded := fielded_byline(line)) is not None:
            paper, self.author, date = fielded  # ("Caribbean Fisheries Brief | Belize City | … | By Kareem Usher")
            self.masthead = self.masthead or self.outlets.canonical(paper)
            if date and not self.text_date.full:
                self.text_date = find_date(date, self.today, whole=True)
        elif kind == "byline" and not self.author and (writer := job_byline(line)) is not None:
            self.author = writer  # ("Thandeka Ncube, Senior Reporter")
        elif kind == "byline" and not self.author:
            self.author = re.sub(r"^(?:By:?|BY:?|Written by|Reporting by|Author:)\s+", "", line.split("|")[0]).strip()
            # "By: International Desk, El Observador de Antioquia": the outlet signs after its writer
            writer, _, last = self.author.rpartition(",")
            # (or any name the story then says it was told: "By Elin Maelor-Jones, Awel Cymru" and "she told Awel Cymru")
            if writer and last.strip() and (self.outlets.from_marker(last.strip()) or OUTLET_NAME_WORD.search(last)
                                            or re.search(rf"\btold\s+{re.escape(last.strip())}\b", self.doc.content)):
                self.masthead = self.masthead or self.outlets.canonical(last.strip())
                self.author = writer.strip()
            # (or after a bar: "By Brian Okello | The Kyoga Dispatch", "Sofie Verbeke | De Beiaard")
            paper = line.partition("|")[2].strip()
            if paper and (self.outlets.from_marker(paper) or OUTLET_NAME_WORD.search(paper) or is_masthead(paper)
                          # (not "| Kampala"; "By" or none: "By Fernanda Schmitz Coelho | Portal Garapuvu")
                          or barred_byline(re.sub(r"^(?:By:?|BY:?)\s+", "", line)) is not None and place_country(paper) is None):
                self.masthead = self.masthead or self.outlets.canonical(paper)
        if kind == "newsroom":
            self.masthead = self.masthead or self.outlets.canonical(newsroom_outlet(line))
        if kind == "caption" and self.author:
            # "… [Leen Ayoub/Al Manara]": a photo the story's own writer took credits the paper she took it for (not
            # "[Omar Haj Kadour/AFP]", an agency's picture in someone else's story)
            credit = re.search(r"\[([^\[\]/]+)/([^\[\]/]+)\]\s*$", line)
            if credit and credit[1].strip().casefold() == self.author.casefold():
                self.masthead = self.masthead or self.outlets.canonical(credit[2].strip())
        if kind == "date" and not self.text_date.full:
            value = find_date(strip_date_label(line), self.today, whole=True)
            if value.full or not self.text_date:
                self.text_date = value

    def kept_lines(self, text: str) -> list[str | None]:
        lines = text.split("\n")
        kept: list[str | None] = []
        story_started = False
        teaser = 0  # 1: the teaser headline comes next, 2: maybe its snippet
        # In blank-line paragraphing, a line right under the teaser headline belongs to the teaser.
        blank_line_layout = "\n\n" in text
        gap = False  # a blank line since the teaser label or headline
        title_seen = self.title is None
        for index, line in enumerate(lines):
            if not line:
                kept.append(None)
                gap = True
                continue
            if teaser == 1 and len(line.split()) <= 25 and not looks_like_sentence(line):  # the teaser's headline
                self.removed.append(line)
                teaser, gap = 2, False
                continue
            if teaser == 2:
                dateline, _ = split_dateline(line, self._is_agency)
                if (blank_line_layout and not gap) or is_teaser_snippet(line, dateline is not None):
                    teaser = 0
                    self.removed.append(line)
                    continue
            teaser = 0
            label = teaser_label(line)
            if label is not None:
                self.removed.append(line)
                teaser, gap = (2 if label[1] else 1), False
                continue
            kind = classify_line(line, self.outlet_names)
            if kind == "sign-off" and not story_started:
                kind = None  # "Russia/Turkey Talks Resume" above the story is a headline, not a sign-off
            if kind:
                self._remove(line, kind)
                continue
            if not story_started:
                if not title_seen and _fold(line) == _fold(self.title or ""):
                    title_seen = True  # the headline repeated at the top of the body
                    self.removed.append(line)
                    continue
                if self.title is None:
                    role = self._role_above_story(line, self._next_line(lines, index))
                    if role == "title":
                        self.title = _strip_site_suffix(line, self.outlet_names)
                        title_seen = True
                        continue
                    if role == "label":
                        self.removed.append(line)
                        continue
                elif len(line.split()) < 4 and not _SENTENCE_END.search(line):
                    self.removed.append(line)  # a label between the headline and the story ("Another first." is story)
                    self.place_line = self.place_line or lone_place(line)  # ("ANKARA" on a line of its own)
                    continue
            story_started = True
            kept.append(line)
        return kept

    @staticmethod
    def _next_line(lines: list[str], index: int) -> str | None:
        return next((line for line in lines[index + 1 :] if line), None)

    def _starts_with_dateline(self, line: str | None) -> bool:
        return bool(line) and split_dateline(line, self._is_agency)[0] is not None

    def _role_above_story(self, line: str, following: str | None) -> str:
        """Whether a line before the story is its title, a label above it, or the story itself."""
        if self._starts_with_dateline(line):
            return "story"
        words = len(line.split())
        body_follows = following is not None and (
            len(following.split()) > 30
            or (len(following.split()) >= 4 and _SENTENCE_END.search(following) is not None)
            or self._starts_with_dateline(following)
        )
        if words <= 30 and not _HEADLINE_END.search(line):
            if words >= 4:
                return "title"
            # "Politics" above a headline is a label; "Talks collapse" above the story is the headline.
            return "title" if words >= 2 and body_follows else "label"
        if words <= 15 and following is not None and self._starts_with_dateline(following):
            return "title"  # a headline written with a full stop, right above the dateline
        if words < 4 and not _SENTENCE_END.search(line):
            return "label"
        return "story"

    def take_dateline(self, first: str) -> tuple[Dateline | None, str]:
        dateline, rest = split_dateline(first, self._is_agency)
        if self.title:
            # Some scrapes repeat the headline as the first sentence ("… nerve agent use WHO. Victims …").
            head = rest[: len(self.title) + 2]
            if _fold(head).startswith(_fold(self.title)) and len(rest) > len(self.title) + 20:
                cut = len(self.title)
                while cut < len(rest) and rest[cut] in ".:;!?—–- ":
                    cut += 1
                self.removed.append(rest[:cut].strip())
                rest = rest[cut:]
        return dateline, rest


def _outlet_of_dateline(dateline: Dateline | None, outlets: OutletTable, text: str = "") -> str | None:
    """A known agency marker; or an unknown one written as /X/ or (X), or after a slash on the place's line of its
    own (``Baghdad / Zaqura``), forms that only agencies take, or after the date in a name with capitals inside
    (``Tbilisi, 26 November, TPulse.``). A name in capitals takes the spelling the story ``text`` gives it, if it
    gives one ("YEREVAN, NOVEMBER 25, ARAGIL." and "told Aragil": Aragil)."""
    if dateline is None or not dateline.agency:
        return None
    known = outlets.from_marker(dateline.agency)
    if known:
        return known
    # ("ASTANA. KAZINFORM –": a name in capitals after a place in capitals)
    inner_capitals = sum(ch.isupper() for ch in dateline.agency) >= 2 and (" " not in dateline.agency or dateline.agency.isupper())
    slashed = dateline.text.count("/") >= 2 or dateline.text.endswith(" / " + dateline.agency)
    if not (slashed or "(" in dateline.text or inner_capitals):
        return None
    if dateline.agency.isupper():
        spelled = next((m.group(0) for m in re.finditer(rf"\b{re.escape(dateline.agency)}\b", text, re.IGNORECASE)
                        if not m.group(0).isupper()), None)
        return spelled or dateline.agency
    return dateline.agency


def clean_document(
    doc: Document,
    outlets: OutletTable,
    *,
    outlet: str | None = None,
    published: str | None = None,
    today: dt.date | None = None,
) -> Article:
    """Clean one text Document (HTML must be extracted first) into an Article."""
    today = today or dt.date.today()
    cleaner = _Cleaner(doc, outlets, today)
    paragraphs = _paragraphs(cleaner.kept_lines(normalize_text(doc.content)))
    if not paragraphs:
        raise ExtractError("no story text: only a title and page furniture")
    dateline, first = cleaner.take_dateline(paragraphs[0])
    paragraphs[0] = first.strip()
    dateline = dateline or cleaner.place_line
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise ExtractError("no story text after the dateline")

    agency = dateline.agency if dateline else None
    outlet_name = (
        outlets.canonical(clean_field(outlet))
        or outlets.canonical(clean_field(doc.outlet))
        or outlets.from_url(doc.url)
        or outlets.from_url(doc.source if "://" in doc.source else None)
        or cleaner.masthead
        or _outlet_of_dateline(dateline, outlets, text)
    )

    date = DateValue()
    for evidence in (published, doc.published):
        if evidence:
            date = parse_date(evidence, today)
            if date:
                break
    if not date.full and cleaner.text_date:
        date = cleaner.text_date if cleaner.text_date.full or not date else date
    if not date.full and dateline and dateline.date:
        from_dateline = find_date(dateline.date, today, whole=True)
        if from_dateline.full or not date:
            date = from_dateline
    partial = date.partial if not date.full else None

    return Article(
        source=doc.source,
        text=text,
        title=cleaner.title,
        url=doc.url,
        outlet=outlet_name,
        published=date.full,
        published_partial=partial,
        place=dateline.place if dateline else None,
        language=doc.language or _detect_language(text),
        author=cleaner.author,
        dateline=dateline.text if dateline else None,
        agency=outlets.from_marker(agency) or agency if agency else None,
        removed=tuple(cleaner.removed),
        meta=dict(doc.meta),
    )
