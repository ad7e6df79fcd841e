"""Datelines: the place/agency/date prefix of a story's first paragraph.

``ANKARA, March 3. /TASS/.``, ``Damascus, SANA –``, ``WASHINGTON (Reuters) -``,
``BEIRUT, Lebanon (AP) —``, ``Aleppo, SANA-``, ``GENEVA —``, ``ISLAMABAD:``, ``KATHMANDU, Oct 3:``,
``Yerevan, June 11, ArmVector.``, ``Kyiv, November 3. Ukrinform.``,
``BELGRADE, 3 November (BPA)``, ``ISLAMABAD, Nov 16 (APP):``, ``Malé, Nov 22:``, ``YEREVAN, November 27.``, ``Phnom Penh, March 9, 2027 AKP --``,
``Ulaanbaatar /MONTSAME/.``, ``DUSHANBE, 11.05.2027 /NIA Navid/. –`` and a leading date
(``Wed 05 Apr 2017``) are recognised, taken off the paragraph and returned as
a :class:`Dateline`, so the first sentence starts where the story starts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..resolve.names import capital_country, is_country, place_country
from ..nlp.lexicon import OUTLET_NAME_WORD
from .dates import MONTH_RE, WEEKDAY_RE

__all__ = ["Dateline", "lone_place", "split_dateline"]

# (Vietnamese places keep their tone marks: "Hà Nội", "Đà Nẵng")
_WORD = r"[A-Z\u00C0-\u00DE\u0100-\u017F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\-]*"
# Later words of a place may be Arabic particles in lower case: "Ras al-Ain", "Deir ez-Zor".
_NEXT = rf"(?:{_WORD}|(?:al|el|ad|ar|as|at|az|ash|ez|es|ed|en|er|bin|ibn|de|del|la|le|di|da)-?[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’]+|(?:de|del|da|do|dos)(?=\s[A-Z]))"
# (Czech agencies file from two places at once: "Kroměříž/Prague, 19 November (Říp Press) –")
_PLACE = rf"(?P<place>{_WORD}(?:\s{_NEXT}){{0,3}}(?:/{_WORD}(?:\s{_NEXT}){{0,2}})?)"
_REGION = rf"(?:,\s*(?P<region>{_WORD}(?:\s{_NEXT}){{0,2}}))"
_CAPS_PLACE = r"(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2})"
_MONTH = rf"(?i:{MONTH_RE})"
# ("22nd November, 2026" in Gulf agencies; "MONDAY 16TH NOVEMBER, 2026" in Zambian and Malawian ones)
_DATE = (rf"(?P<date>(?:(?i:{WEEKDAY_RE}),?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?i:st|nd|rd|th)?(?:,\s*\d{{4}})?"
         rf"|\d{{1,2}}(?i:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?))")
_DASH = r"(?:-{1,2}|–|—)"

_LONG_DASH = r"(?:--|–|—)"

# Order matters: the most specific shapes first.
_SHAPES = [
    # ANKARA, March 3. /TASS/.  /  MOSCOW, March 3 /TASS/ -
    re.compile(rf"{_PLACE}{_REGION}?,\s*{_DATE}\.?\s*/(?P<agency>[^/\n]{{2,40}})/\.?\s*(?:{_DASH}\s*)?"),
    # Moscow. March 3. INTERFAX -
    re.compile(rf"{_PLACE}\.\s*{_DATE}\.\s*(?P<agency>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})\s*{_DASH}\s*"),
    # WASHINGTON (Reuters) -  /  BEIRUT, Lebanon (AP) —  /  MOSCOW, March 3 (Interfax) -  /  Madrid, Dec 1 (FARO).-
    # KABUL (Pajhwok):  (Afghan agencies: a colon after the bracket)
    re.compile(rf"{_PLACE}{_REGION}?(?:,\s*{_DATE})?\s*\((?P<agency>[^()\n]{{2,40}})\)(?:\.?\s*{_DASH}|:)\s*"),
    # Damascus, SANA –  /  Aleppo, SANA-  (the agency must be a known marker or ALL CAPS)
    re.compile(rf"{_PLACE}{_REGION}?(?:,\s*{_DATE})?,\s*(?P<agency>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})\s*{_DASH}\s*"),
    # GENEVA —  /  GENEVA, March 3 —  (an ALL CAPS place alone)
    re.compile(rf"{_CAPS_PLACE}{_REGION}?(?:,\s*{_DATE})?\s*{_DASH}\s*"),
    # Beirut —  /  Beirut—  (a place in title case needs a long dash)
    re.compile(rf"{_PLACE}{_REGION}?(?:,\s*{_DATE})?\s*{_LONG_DASH}\s*"),
    # ISLAMABAD:  (South Asian dailies: a capital city in capitals and a colon)
    re.compile(rf"{_CAPS_PLACE}:\s+"),
    # Yerevan, June 11, ArmVector.  /  Baku, May 3, APA.  /  Kyiv, November 3. Ukrinform.
    # (Caucasus and Ukrainian agencies: the agency after the date, then a stop)
    # (an agency of two or three words in capitals: "YEREVAN, OCTOBER 14, ARARAT PRESS.")
    re.compile(rf"{_PLACE},\s*{_DATE}(?P<sep>[,.])\s*(?P<agency>[A-Z][\w-]{{1,30}}(?:\s[A-Z][A-Z-]{{1,30}}){{0,2}})\.\s+"),
    # BELGRADE, 3 November (BPA) The level …  (Balkan agencies: no dash after the agency)
    # Santiago de Chile, Dec 4 (Austral) The …  (Latin American agencies' English services: a known city)
    # Ulaanbaatar, October 15 (MGN). The …  (a stop after the bracket)
    # ISLAMABAD, Nov 16 (APP): The …  (South Asian agencies: a colon after the bracket)
    re.compile(rf"{_PLACE},\s*{_DATE}\s*\((?P<agency>[^()\n]{{2,40}})\)[.:]?\s+"),
    # Phnom Penh, March 9, 2027 AKP --  (Cambodia's agency: the agency after the dated place, no comma)
    re.compile(rf"{_PLACE},\s*{_DATE}\s+(?P<agency>[A-Z][\w-]{{1,30}})\s*{_LONG_DASH}\s*"),
    # YEREVAN, November 27. The …  (no agency at all: a known place in capitals, a date and a stop)
    # KATHMANDU, Oct 3: The …  (Nepali dailies: a colon after the date)
    re.compile(rf"{_CAPS_PLACE},\s*{_DATE}[.:]\s+"),
    # Ulaanbaatar /MONTSAME/. The …  (Mongolian agencies: a known place and the agency between slashes, no date)
    # DUSHANBE, 11.05.2027 /NIA Navid/. – …  (Tajik agencies: the date in figures)
    re.compile(rf"{_PLACE}(?:,\s*(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}))?\s*/(?P<agency>[A-Z][\w-]{{1,30}}(?:\s[A-Z][\w-]{{1,30}})?)/\.?\s*(?:{_DASH}\s*)?"),
    # Santo Domingo.- The …  (Latin American dailies: a known city in title case, then ".-")
    # Lokeren - Jana De Smet …  (Flemish dailies: a known city in title case and a short dash)
    re.compile(rf"{_PLACE}(?:,\s*{_DATE})?(?:\.-|\s+-)\s+"),
    # Malé, Nov 22: The …  (Maldivian and South Asian news sites: a known city in title case, a date and a colon)
    re.compile(rf"{_PLACE},\s*{_DATE}:\s+"),
]
# ASTANA. KAZINFORM –  (Kazakh agencies: the place and the agency in capitals, a stop between; read by the shape of a
# place in capitals)
_CAPS_PLACE_AGENCY = re.compile(r"(?P<place>[A-Z][A-Z'’\-]+)\.\s+(?P<agency>[A-Z]{2,}(?:\s[A-Z]{2,}){0,2})")
# Words that open a sentence before a dash but are never places.
_NOT_PLACES = frozenset(
    "however meanwhile still yet also but and then now today earlier later separately elsewhere instead"
    " indeed so thus first second finally here there this that it he she they we i a an the"
    # (a wire's slug before a headline: "ANALYSIS-Vienna talks …", "EXCLUSIVE-…")
    " analysis exclusive factbox insight explainer update refile corrected column commentary breakingviews".split()
)
# After a dateline a sentence starts: a capital, a digit or a quote mark.
_SENTENCE_START = re.compile(r"[\s]*[A-Z0-9\"“‘«'„\u00C0-\u00DE]")
# Wed 05 Apr 2017 … / Tuesday, March 3, 2026 -
_LEADING_DATE = re.compile(
    rf"(?P<date>(?:{WEEKDAY_RE},?\s+)?(?:\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}}))\s*(?:{_DASH}|\|)?\s+(?=\S)",
    re.I,
)


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as written, e.g. "ANKARA, March 3. /TASS/."
    place: str | None = None
    agency: str | None = None  # the marker as written
    date: str | None = None  # the date words as written, parsed by the caller


def _tidy_place(place: str | None, region: str | None) -> str | None:
    """'DEIR EZ-ZOR' -> 'Deir Ez-Zor'; places written in mixed case stay as written."""
    if not place:
        return None
    place = place.split("/")[0]  # (the first of two places the story was filed from)
    words = place.strip(" ,.").split()
    if all(w.isupper() for w in words if any(ch.isalpha() for ch in w)):
        words = ["-".join(part.capitalize() for part in w.split("-")) if len(w) > 2 else w for w in words]
    place = " ".join(words)
    return f"{place}, {region.strip()}" if region else place


def _known_place(place: str) -> bool:
    """A place in title case that the tables know: a city, or one named with its country ("Santiago de Chile")."""
    return place_country(place) is not None or is_country(place.split()[-1]) and place_country(place.split()[0]) is not None


def _unknown_outlet(place: str, agency: str, date: str | None, bracketed: bool = False) -> bool:
    """``SEOUL, Nov. 29 (Hanbit) --``, ``LONDON (World Media Watch) -``, ``TOKYO, Dec. 4, Shinko News -``: after a
    place in capitals, or a known city and a date (``Abidjan, December 4, 2026 (Lagune Infos) -``), or a known city and
    brackets (``Jakarta (Nusa Pers) -``), a name in brackets or after the date is the outlet's, even one the outlet
    table does not know (not a place: ``GAZA (Palestine) -``)."""
    # (or any place in title case with both: "Herceg Novi, 23 November (Orjen Press) –", "Panama, 18 nov (Chagres).-")
    return (place.isupper() or (date is not None or bracketed) and _known_place(place)
            or date is not None and bracketed and _plain_place(place)) \
        and re.fullmatch(r"[^\W\d_][\w'’.&-]*(?: [^\W\d_][\w'’.&-]*){0,3}", agency) is not None \
        and all(word[0].isupper() for word in agency.split()) \
        and not is_country(agency) and capital_country(agency) is None and place_country(agency) is None


def _plain_place(place: str) -> bool:
    """A name of one to three words in title case, no weekday, filler or outlet's word ("Washington Post"): a place
    the tables need not know."""
    words = place.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w[1:] != w[1:].upper() or len(w) == 1 for w in words) \
        and words[0].casefold() not in _NOT_PLACES and not re.fullmatch(WEEKDAY_RE, words[0], re.I) \
        and not OUTLET_NAME_WORD.search(place) and words[0].casefold() not in ("updated", "update", "posted", "published")


def _caps_town(place: str) -> bool:
    """``SKARDU:``, ``GILGIT:``: a town in capitals before a colon, as South Asian dailies write it (a word of five
    letters or more that is no heading, country or initials, or a town the tables know)."""
    title = place.title()
    return _known_place(title) or len(place) >= 5 and " " not in place and place.isalpha() \
        and place.casefold() not in _NOT_PLACES | _HEADINGS and not is_country(title)


# headings that open a paragraph in capitals before a colon
_HEADINGS = frozenset("breaking watch live opinion editorial correction note video photos photo comment review interview "
                      "updated background context reaction timeline quotes highlights".split())


def _acronym(agency: str | None) -> bool:
    """An agency's initials, also with a letter beyond ASCII (``BPA``, ``ČTP``)."""
    return agency is not None and 2 <= len(agency) <= 8 and agency.isalpha() and agency.isupper()


def split_dateline(paragraph: str, is_agency: Callable[[str], bool]) -> tuple[Dateline | None, str]:
    """Split a dateline off the start of ``paragraph``; ``is_agency`` vets bare agency words."""
    for index, shape in enumerate(_SHAPES):
        m = shape.match(paragraph)
        if not m or m.end() >= len(paragraph) or not _SENTENCE_START.match(paragraph, m.end()):
            continue
        agency = m.groupdict().get("agency")
        region = m.groupdict().get("region")
        if index == 2 and m["place"].isupper() and is_country(agency):
            agency, region = None, agency  # (a country or territory in brackets: "SAINT-DENIS (La Réunion) –")
        # (an outlet the table does not know: in brackets, or after a date: "TOKYO, Dec. 4, Shinko News -")
        if index in (2, 3, 8) and agency is not None and not (is_agency(agency) or _acronym(agency)
                                       or (index in (2, 8) or index == 3 and m["date"]) and _unknown_outlet(m["place"], agency, m["date"], index == 2)):
            continue
        if index in (4, 5) and m["place"].split()[0].strip(".'’-").casefold() in _NOT_PLACES:
            continue
        if index == 6 and capital_country(m["place"].title()) is None and not _caps_town(m["place"]):
            continue  # (a capital or a town, never a heading or a body: "UPDATE:", "FACT CHECK:", "NATO:", "IRAN:")
        if index == 8 and not (m["place"].isupper() or _known_place(m["place"])):
            continue  # (a place in capitals, or a city the table knows: not "Monday, Dec 4 (updated) The …")
        if index == 10 and place_country(_tidy_place(m["place"], None)) is None:
            continue  # (a city the tables know: not "UPDATE, March 3. The …")
        if index == 11 and not _known_place(m["place"]):
            continue  # (a city the tables know: not "Reporting /with/ …")
        if index == 12 and not (_known_place(m["place"]) or ".-" in m.group(0) and _plain_place(m["place"])):
            continue  # (a city the tables know: not "Pre-war - the …"; any place before ".-": "Donostia.- …")
        if index == 13 and not _known_place(m["place"]):
            continue  # (a city the tables know: not "Update, Nov 22: …")
        if index == 9 and not (is_agency(agency) or _acronym(agency)):
            continue  # ("… 2027 AKP --": an agency's name or acronym)
        if index == 7 and not (is_agency(agency) or sum(ch.isupper() for ch in agency) >= 2
                               or m["sep"] == "." and agency.casefold() not in _NOT_PLACES):
            continue  # ("ArmVector", "APA", "… 3. Ukrinform.": an agency's name, not "Monday, June 3, Officials said …")
        text = paragraph[: m.end()].strip()
        rest = paragraph[m.end():]
        place = m["place"]
        if index == 4 and (split := _CAPS_PLACE_AGENCY.fullmatch(place)):
            place, agency = split["place"], split["agency"]
        return (
            Dateline(
                text=text,
                place=_tidy_place(place, region),
                agency=agency.strip() if agency else None,
                date=m.groupdict().get("date"),
            ),
            rest,
        )
    m = _LEADING_DATE.match(paragraph)
    if m:
        return Dateline(text=m["date"], date=m["date"]), paragraph[m.end():]
    return None, paragraph


# Baghdad / Zaqura  (Iraqi agencies: a place, a slash and the agency on a line of their own)
_PLACE_SLASH_AGENCY = re.compile(rf"{_PLACE}\s+/\s+(?P<agency>[A-Z][\w-]{{1,30}}(?:\s[A-Z][\w-]{{1,30}})?)\s*")


def lone_place(line: str) -> Dateline | None:
    """A line that is only a place in capitals, above the story (``ANKARA``, ``ISTANBUL``: Turkish agencies put the
    dateline on a line of its own), or a place and its agency after a slash (``Baghdad / Zaqura``); only a capital or
    a city the city table knows."""
    m = _PLACE_SLASH_AGENCY.fullmatch(line.strip())
    if m is not None and _known_place(m["place"]):
        return Dateline(text=line.strip(), place=_tidy_place(m["place"], None), agency=m["agency"])
    m = re.fullmatch(rf"{_CAPS_PLACE}\s*", line.strip())
    if m is None:
        return None
    place = _tidy_place(m["place"], None)
    return Dateline(text=line.strip(), place=place) if place_country(place) else None
