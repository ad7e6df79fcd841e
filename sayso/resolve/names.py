"""Name normalization: what a mention's words are, spelling and transliteration aside.

A name is reduced in three steps, each of which must never join two different
names that a reader would keep apart:

1. ``fold``: case, diacritics (Özdağlı / Ozdagli), apostrophes and the ‘ayn
   (Ma'rouf / Marouf), dotted acronyms (U.N. / UN).
2. ``parse_name``: titles and honorifics (President, Dr., Sheikh) and name
   particles (al-, el-, Al , de, di, da) removed, a possessive dropped, a
   country's possessive turned into its adjective (Russia's Foreign Ministry /
   Russian Foreign Ministry), well-known aliases and acronyms looked up in
   ``sayso/data/aliases.csv``.
3. ``token_key``: transliteration folded per word: families of one given name
   (Mohammed / Muhammad) from ``sayso/data/name_variants.csv``; kh/h, q/k,
   ph/f, z/s; -yev/-iev/-ev; ou/oo/u, ee/i, y/i; e and i as one vowel, o and u
   as one; doubled letters as one. "a" stays apart from the others, so Jamil
   and Jamal, Gaza and Giza, Hassan and Hussein stay different names.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..nlp.lexicon import ABBREVIATED_TITLES, GROUP_NOUNS, MINISTRY_INITIALS, OUTLET_NAME_WORD, OWNER_WORD, ROLE_NOUNS, ROLE_SYNONYMS, TIME_WORDS, TITLES

__all__ = ["Name", "fold", "is_country", "is_demonym", "demonyms", "role_country", "office_words", "parse_name", "token_key", "initials", "canonical_alias", "canonical_body", "capital_country", "place_country", "with_country", "lacks_country", "fuller_name", "short_form_spelled_out", "spelled_out", "is_generic"]

# name particles dropped before comparing: al-Assad / Assad, Di Benedetto / Benedetto
PARTICLES = frozenset("al el ul ad ar as ash at az an ad-din de di da du del della dos das van von der den le la".split())
# words that say nothing about which organisation: "the" or "of" in "the Ministry of Defence"
_STOP = frozenset("the of for and on in to a an at".split())
# words of a title in front of a person's name, beyond the lexicon's: "Foreign Minister", "Lieutenant General"
_TITLE_WORDS = TITLES | ROLE_NOUNS | ABBREVIATED_TITLES | frozenset(
    """foreign defence defense interior deputy vice rear admiral special senior top chief former acting first
    state national presidential lieutenant major colonel brigadier supreme spiritual grand crown late st.""".split()
)
# organisation words written two ways, and long forms of a ministry: one spelling each
_ORG_SYNONYMS = (
    (re.compile(r"\bministry of foreign affairs\b|\bforeign affairs ministry\b|\bmfa\b"), "foreign ministry"),
    (re.compile(r"\bministry of (?:defen[cs]e)\b"), "defence ministry"),
    (re.compile(r"\bministry of (?:the )?interior\b|\binternal affairs ministry\b"), "interior ministry"),
    (re.compile(r"\bdefense\b"), "defence"),
    (re.compile(r"\bcenter\b"), "centre"),
    (re.compile(r"\borganization\b"), "organisation"),
)
# words that, alone, name no particular organisation: "the Foreign Ministry", "the Security Council"
_GENERIC = GROUP_NOUNS | frozenset(
    """foreign defence interior security reconciliation negotiation negotiations affairs general supreme high
    central joint public health justice finance economy economic trade energy education culture information
    national federal state regional local municipal provincial military armed forces force body unit
    brigade battalion division regiment corps command staff headquarters ministry ministries bureau
    press news media television radio association society league front bloc court tribunal bank fund
    committee commission council assembly office mission mfa expatriates emergency emergencies
    humanitarian human rights peace operations operation situation monitoring""".split()
)
_APOSTROPHES = re.compile(r"[’'`ʻʼ‘´]")
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"})
# Mongolian usage: the father's-name initial glued to the given name ("B.Enkhjargal", "Ts.Munkh-Erdene"),
# the person another outlet writes "Enkhjargal Batbayar"
_PATRONYMIC_INITIAL = re.compile(r"([A-Z][a-z]?)\.([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_ACRONYM = re.compile(r"^(?:[A-Z][.-]?){2,6}$|^[A-Z][A-Z0-9]{1,6}$|^[A-Z]{2,}[a-z]?[A-Z]+$")
# a company's legal form says nothing about which company: "Apple Inc." is Apple
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|llc|ltd|limited|plc|ag|sa|gmbh|nv|bv)\.?)+$",
                         re.IGNORECASE)


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lower case without diacritics, apostrophes or acronym dots: ``U.N.`` -> ``un``, ``Ma'rouf`` -> ``marouf``."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    # dotted initials as one word: U.N. and U.N (a stripped full stop) -> UN
    text = re.sub(r"(?<![A-Za-z])((?:[A-Za-z]\.)+[A-Za-z])\.?(?![A-Za-z])", lambda m: m.group(1).replace(".", ""), text)
    return re.sub(r"\s+", " ", text.lower()).strip()


@lru_cache(maxsize=1)
def _variant_families() -> dict[str, str]:
    families: dict[str, str] = {}
    for line in resources.files("sayso").joinpath("data/name_variants.csv").read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words = [fold(w) for w in line.split("|")]
            for word in words:
                families[word] = words[0]
    return families


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``sayso/data/aliases.csv``: name, kind, aliases (split on "|")."""
    with resources.files("sayso").joinpath("data/aliases.csv").open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def _aliases() -> dict[tuple[str, str], str]:
    """(kind, folded alias or name) -> the canonical name, from ``sayso/data/aliases.csv``."""
    table: dict[tuple[str, str], str] = {}
    for row in _alias_rows():
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias.strip():
                table[(row["kind"], fold(alias))] = row["name"]
    return table


@lru_cache(maxsize=1)
def _acronym_aliases() -> frozenset[str]:
    """The folded aliases that are acronyms ("WHO", "ISIL"): a word in lower case ("who") is never one of them."""
    return frozenset(fold(alias) for row in _alias_rows() for alias in row["aliases"].split("|") if _ACRONYM.match(alias.strip()))


@lru_cache(maxsize=1)
def _country_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``sayso/data/countries.csv``: country, demonym, capital (may be empty)."""
    with resources.files("sayso").joinpath("data/countries.csv").open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """folded country name -> its folded adjective: ``russia`` -> ``russian``."""
    return {fold(row["country"]): fold(row["demonym"]) for row in _country_rows()}


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    # (every row's: a country with two adjectives, "Myanmar" and "Burmese", keeps both)
    return frozenset(fold(row["demonym"]) for row in _country_rows())


@lru_cache(maxsize=1)
def _countries_longest_first() -> tuple[tuple[str, str], ...]:
    """(folded country, folded adjective), longest name first: "south sudan" before "sudan"."""
    return tuple(sorted(_demonyms().items(), key=lambda item: -len(item[0])))


def demonyms() -> tuple[str, ...]:
    """Every nationality adjective the country table has, as it writes them ("Slovak", "Sierra Leonean")."""
    return tuple(row["demonym"] for row in _country_rows())


def is_demonym(word: str) -> bool:
    """A nationality adjective ("Turkish", "Russians"): a mention of where someone is from, not of an entity (never a
    word with a letter beyond ASCII, as no demonym has one: "Germán" is a given name)."""
    if not word.isascii() and any(c.isalpha() and not c.isascii() for c in word):
        return False
    key = fold(word)
    adjectives = _adjectives()
    return key in adjectives or key.endswith("s") and key[:-1] in adjectives


def is_country(name: str) -> bool:
    """A country's name as the country table writes it ("Türkiye", "Syria", "Saudi Arabia")."""
    return fold(name) in _demonyms()


@lru_cache(maxsize=65536)
def role_country(role: str) -> str | None:
    """The country an office belongs to: "Russia's deputy foreign minister" and "Russian envoy" -> "Russia"
    (a country of several words too: "South Korea's foreign ministry", "the Sri Lankan navy")."""
    countries = _countries()
    words = re.findall(r"[\w'’.-]+", role)
    k = 0
    while k < len(words):
        if not words[k][:1].isupper():
            k += 1
            continue  # a country is written with a capital; "us" is a pronoun
        size, country = next(((n, found) for n in range(min(_COUNTRY_WORDS, len(words) - k), 0, -1)
                              if (found := _country_of_words(countries, words[k : k + n])) is not None), (1, None))
        # (not "the Special Envoy for Syria": he deals with Syria; the office is not Syria's)
        if country is not None and not (k and fold(words[k - 1]) in ("for", "on", "to", "in", "with", "about", "against", "over")):
            return country
        k += size
    return None


_COUNTRY_WORDS = 5  # the most words a country's name has: "Democratic Republic of the Congo"


def _country_of_words(countries: dict[str, str], words: list[str]) -> str | None:
    """The country ``words`` name, with or without a possessive ("Russia's", folded "russias"), else None."""
    if not words[-1][:1].isupper():
        return None
    key = fold(" ".join(words))
    return countries.get(key) or (countries.get(key[:-1]) if key.endswith("s") else None)


_LEADING = frozenset({"the", "his", "her", "their", "its", "a", "an"})


# "the head of the Senegalese diplomacy", "chief of Colombian diplomacy": the foreign minister, as French and Spanish
# copy calls them (the country word inside is read apart)
_HEAD_OF_DIPLOMACY = re.compile(r"\b(?:head|chief) of (?:the )?(?:[\w-]+ )?diplomacy\b", re.IGNORECASE)
# "the head of the ministry" (the Russian "глава министерства"): its minister
_HEAD_OF_MINISTRY = re.compile(r"\b(?:head|chief) of (?:the )?ministry\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def office_words(phrase: str) -> frozenset[str]:
    """The office words of a phrase, without articles and country words, with one word per office:
    "the Russian envoy" -> {"envoy"}, "Turkey's top diplomat" -> {"foreign", "minister"}."""
    words = set()
    phrase = _HEAD_OF_DIPLOMACY.sub("foreign minister", phrase)
    phrase = _HEAD_OF_MINISTRY.sub("minister", phrase)
    for short, office in ROLE_SYNONYMS.items():
        phrase = re.sub(rf"(?<![\w-]){short}(?![\w-])", office, phrase, flags=re.IGNORECASE)  # (not "co-chair")
    for word in re.findall(r"[\w'’-]+", phrase):
        low = fold(word)
        if low in _LEADING or low in ("s", "of") or role_country(word):
            continue
        words.add(low)
    return frozenset(words)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """folded country name or adjective -> the country's name; the first country of an adjective names it."""
    out: dict[str, str] = {}
    for row in _country_rows():
        name = out.setdefault(fold(row["demonym"]), row["country"])
        out.setdefault(fold(row["country"]), name)
    return out


def canonical_alias(text: str, kind: str) -> str | None:
    """The canonical name the alias table gives ``text`` (``ISIL`` -> ``Islamic State``), else None."""
    folded = fold(text)
    if text.islower() and folded in _acronym_aliases():
        return None
    return _aliases().get((kind, folded))


# words that may open a capitalised run without being part of a name ("The Herald reported", "On Monday Herald …")
_NOT_NAME_START = frozenset("the a an this that on in at by for from of to with after before as".split()) | frozenset(
    w for w in TIME_WORDS)


def fuller_name(before: str, short: str) -> str | None:
    """The last name in ``before`` that ends with the word ``short`` and has more words in front of it
    (``the Bosphorus Herald`` for ``Herald``; ``the Russian Foreign Ministry`` for ``Ministry``), without a leading
    article, preposition, time word or country's possessive; None when there is none."""
    for m in reversed(list(re.finditer(rf"\b((?:[A-Z][\w'’-]*\s+){{1,4}}){re.escape(short)}\b", before))):
        words = m.group(1).split()
        while words and (words[0].lower() in _NOT_NAME_START or OWNER_WORD.fullmatch(words[0])):
            words = words[1:]  # (nor who owns it: "the London-based Al-Rased news website")
        if words and re.fullmatch(r"[\w-]+['’]s", words[0]) and role_country(words[0][:-2]):
            words = words[1:]  # ("quoted by Chile's Austral news agency": Austral)
        if words:
            return " ".join(words + [short])
    return None


# the words a body's name ends in, whatever language its initials come from
_BODY_HEADS = frozenset("""union committee council commission agency authority association federation ministry organization
    organisation movement institute centre center office service board bureau syndicate league network consortium""".split())


def _translated_body(words: list[str]) -> str | None:
    """A body's name in English before initials of its own language: "Independent Union of Ship Officers (NSPO)"
    (from the first capitalised word after any office that heads the run)."""
    if not words or not (words[-1].lower() in _BODY_HEADS or any(
            w.lower() in _BODY_HEADS and words[k + 1] in ("of", "for") for k, w in enumerate(words[:-2]))):
        return None
    start = max((k + 1 for k, w in enumerate(words) if w.lower() in ROLE_NOUNS), default=0)
    while start < len(words) and not words[start][:1].isupper() or start < len(words) and words[start] == "The":
        start += 1
    return " ".join(words[start:]) if len(words) - start >= 2 else None


def _reordered(words: list[str], acronym: str) -> str | None:
    """The longest run of ``words`` ending them whose capitalised words' initials are ``acronym``'s letters in another
    order, else None."""
    for k in range(len(words) - 1):
        capitals = [w[0] for w in words[k:] if w[:1].isupper()]
        if words[k][:1].isupper() and len(capitals) == len(acronym) >= 3 and sorted(capitals) == sorted(acronym.upper()):
            return " ".join(words[k:])
    return None


def short_form_spelled_out(text: str, short: str) -> str | None:
    """The full name in ``text`` of a short form that puts initials before the rest of the name: "Nam Theun Ngai Power
    Company" for ``NTN Power``; None where ``short`` is no such form or ``text`` names no such body."""
    m = re.fullmatch(r"([A-Z]{2,5})((?: [A-Z][a-z]+){1,3})", short)
    if m is None:
        return None
    words = r"\s+".join(rf"{letter}[\w'’-]+" for letter in m.group(1))
    rest = r"\s+".join(re.escape(w) for w in m.group(2).split())
    full = re.search(rf"\b{words}\s+{rest}(?:\s+[A-Z][\w'’-]+){{0,2}}", text)
    return full.group(0) if full is not None else None


def spelled_out(text: str, acronym: str) -> str | None:
    """The name that ``text`` gives ``acronym``: the capitalised words before it in brackets whose initials it is
    (``Sepehr News Network (SNN)`` for ``SNN``) or whose letters it takes in order (``Okamuli River Basin Commission
    (OKRBC)``), else the first run of words anywhere whose initials it is (``told the Rafidain Press Agency`` for
    ``RPA``); None when there is none."""
    def matching(words: list[str]) -> str | None:
        for k in range(len(words)):
            candidate = " ".join(words[k:])
            if words[k][:1].isupper() and (name := parse_name(candidate, "ORG")) is not None and initials(name) == acronym.upper():
                return candidate
        return None

    # (with "in the" inside too: "UN Stabilization Mission in the Dhaweyn Valley (UNSMDV)")
    for m in re.finditer(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|in|on|at)\s+){{0,2}}){{1,7}})\(\s*{re.escape(acronym)}\s*\)", text):
        words = m.group(1).split()
        # (in brackets, the letters may come from inside a word too: "Okamuli River Basin Commission (OKRBC)"; or be
        # the initials in the order of the body's own language: "National Bank of Moldova (BNM)", Banca Națională a
        # Moldovei)
        if found := matching(words) or _reordered(words, acronym) or next((" ".join(words[k:]) for k in range(len(words) - 1)
                                             if words[k][:1] == acronym[:1] and _abbreviates(acronym, " ".join(words[k:]))), None):
            return re.sub(r"^The\s+", "", found)  # ("The International Maritime Organization (IMO)" opening a paragraph)
        if (found := _translated_body(words)) and found[0] != acronym[0]:
            return found  # (initials of another language's words, whose first letter is another: not "ORKBC" misread)
    for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’-]*){1,6}", text):
        if m.group(0) != acronym and (found := matching(m.group(0).split())) and found.count(" ") >= 1 \
                and OUTLET_NAME_WORD.search(found):  # (an outlet's name, not a person's: "Rex Tillerson" is no RT)
            return re.sub(r"^The\s+|['’]s$", "", found)  # ("the Pamir Telegraph Agency's partner")
    return None


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short``'s letters occur in ``long`` in order, the first at a word's start (Schwartz and Hearst's
    test for an abbreviation and its long form)."""
    s, k = len(short) - 1, len(long) - 1
    while s >= 0:
        ch = short[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while k >= 0 and (long[k].lower() != ch or s == 0 and k > 0 and long[k - 1].isalnum()):
            k -= 1
        if k < 0:
            return False
        s, k = s - 1, k - 1
    return True


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """folded capital -> its country: ``baghdad`` -> ``Iraq``."""
    return {fold(row["capital"]): row["country"] for row in _country_rows() if row.get("capital")}


# capitals under another name or spelling (folded): Nur-Sultan is Astana again; Myanmar's own papers write "Nay Pyi Taw"
_CAPITALS_RENAMED = {"nur-sultan": "astana", "nay pyi taw": "naypyidaw", "nay pyi daw": "naypyidaw"}


def capital_country(place: str | None) -> str | None:
    """The country whose capital ``place`` is (``Baghdad`` -> ``Iraq``)."""
    if not place:
        return None
    key = fold(place.split(",")[0].strip())
    key = _CAPITALS_RENAMED.get(key, key)
    # (or written in its syllables, as Vietnamese copy writes it: "Hà Nội" is Hanoi)
    return _capitals().get(key) or _capitals().get(key.replace(" ", ""))


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """folded city -> its country, from ``sayso/data/cities.csv`` (cities that head datelines, not capitals; not the
    seats of international bodies either, Geneva, New York, The Hague, whose datelines say nothing of the country's
    own ministries)."""
    with resources.files("sayso").joinpath("data/cities.csv").open(encoding="utf-8") as f:
        return {fold(row["city"]): row["country"] for row in csv.DictReader(f)}


def place_country(place: str | None) -> str | None:
    """The country a dateline's place lies in: the country it names (``Gaziantep, Turkey``), else the country
    whose capital or city it is (``Baghdad``, ``Aleppo``)."""
    if not place:
        return None
    city, _, region = place.partition(",")
    named = _countries().get(fold(region.strip()))
    return named or capital_country(city) or _cities().get(fold(city.strip()))


# the head of state's office, named with the country after it: "the Office of the President of Estonia"
_HEAD_OF_STATE_OFFICE = re.compile(r"(?:Office|Chancellery|Administration) of the President")
# bodies of a state that news names by their kind alone: "the Ministry of Energy", "the Air Force", "the State
# Emergency Service" (not a name that holds the kind: "the Salvation Army", "the Texas National Guard")
_NATIONAL_BODY = re.compile(r"(?:State\s+)?(?:Air Forces?|Armed Forces|Army|Navy|General Staff|(?:Emergency|Emergencies|Security|"
                            r"Border|Customs|Hydrometeorological|Meteorological) Service|Border Guard|National Guard|"
                            r"National Police|Coast Guard|Central Bank)|" + _HEAD_OF_STATE_OFFICE.pattern
                            # (a state agency for a portfolio: "the Agency for External Labour Migration")
                            + r"|(?:State\s+|National\s+)?Agency\s+(?:for|of)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*"
                            # (the head of government's or state's own office: "the prime minister's office", "the
                            # Prime Minister's Press Secretariat")
                            + r"|(?i:(?:President|Prime\s+Minister)['’]s\s+(?:Office|Press\s+(?:Secretariat|Office|Service)))")


def with_country(body: str, country: str) -> str:
    """A state body named without its country, in a story from that country: ``Ministry of Justice`` -> ``Iraqi
    Ministry of Justice``, ``the Air Force`` -> ``Ukrainian Air Force``, as ``canonical_body`` names them;
    other names as given."""
    demonym = _demonym_of().get(country)
    if demonym is None or not lacks_country(body):
        return body
    bare = re.sub(r"^(?:the|The)\s+", "", body)
    if _HEAD_OF_STATE_OFFICE.fullmatch(bare):
        return f"{bare} of {country}"
    part = re.fullmatch(r"(?P<part>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+of\s+the\s+(?P<ministry>(?:[A-Z][\w-]*\s+)?Ministry\b.*)",
                        bare)
    if part is not None:  # "the Consular Department of the Ministry of Foreign Affairs": the ministry is the country's
        return f"{part['part']} of the {canonical_body(demonym + ' ' + part['ministry'])}"
    return canonical_body(f"{demonym} {bare}")


def without_the(name: str) -> str:
    """A name without the article before it: ``The Dafna Ledger`` -> ``Dafna Ledger``."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def lacks_country(body: str) -> bool:
    """A state body named by its kind alone, no country in it: ``the Air Force``, ``Ministry of Energy``."""
    bare = re.sub(r"^(?:the|The)\s+", "", body)
    if re.match(r"(?:an?|An?)\s", body) or re.search(r"\bMinistry\s+(?!of\b|for\b|and\b)[a-z]", body):
        return False  # a person, no body: "a Foreign Ministry official"
    return not role_country(body) and (re.search(r"\bMinistry\b", body) is not None or _NATIONAL_BODY.fullmatch(bare) is not None)


@lru_cache(maxsize=1)
def _demonym_of() -> dict[str, str]:
    """country name -> its adjective as written: ``Russia`` -> ``Russian`` (the first row of a country wins)."""
    out: dict[str, str] = {}
    for row in _country_rows():
        out.setdefault(row["country"], row["demonym"])
    return out


# a ministry named with its country after it or as a possessive: "Ministry of Agriculture of the Russian Federation",
# "Syria's Health Ministry", "Foreign Ministry of Kazakhstan"
_MINISTRY_OF_COUNTRY = re.compile(r"(?P<body>(?:[A-Z][\w-]*\s+)*Ministry(?:\s+of\s+(?!the\b)[A-Z][\w,-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?)"
                                  r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w\s]+)")
_COUNTRY_S_MINISTRY = re.compile(r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<body>(?:[A-Z][\w-]*\s+)*Ministry\b.*)")
_MINISTRY_TOPICS = {"foreign affairs": "Foreign Ministry", "foreign affairs and expatriates": "Foreign Ministry",
                    "defence": "Defense Ministry", "defense": "Defense Ministry", "national defence": "Defense Ministry",
                    "national defense": "Defense Ministry", "interior": "Interior Ministry", "internal affairs": "Interior Ministry",
                    "health": "Health Ministry", "foreign relations": "Foreign Ministry"}


# a foreign ministry under its long name: "Ministry of Foreign and European Affairs", "Ministry of Foreign Affairs and
# International Cooperation", "the Foreign and European Affairs Ministry": the Foreign Ministry, as for any country
# (or with the other portfolio first: "Ministry of African Integration and Foreign Affairs")
_FOREIGN_MINISTRY = re.compile(r"\bMinistry\s+of\s+(?:the\s+)?Foreign\s+(?:and\s+[A-Z][\w-]*\s+Affairs|Affairs\s+and\s+[A-Z][\w-]*"
                               r"(?:\s+(?!of\b)[A-Z][\w-]*){0,3})|\bForeign\s+and\s+[A-Z][\w-]*\s+Affairs\s+Ministry\b"
                               # (or "for" them, as Albania, France, Sweden and Finland name theirs: "Ministry for Europe
                               # and Foreign Affairs", "Ministry for Foreign Affairs")
                               r"|\bMinistry\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,3}and\s+Foreign\s+Affairs\b|\bMinistry\s+for\s+Foreign\s+Affairs\b"
                               # (the portfolios each after an "of", as French copy lists them: "Ministry of Foreign
                               # Affairs, of African Integration and of Ivorians Abroad")
                               r"|\bMinistry\s+of\s+Foreign\s+Affairs(?:,\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*,?\s+and\s+of\s+"
                               r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                               # (Latin American: Mexico's "Secretariat of Foreign Relations", Brazil's "Ministry of
                               # External Relations")
                               r"|\b(?:Ministry|Secretariat)\s+of\s+(?:Foreign|External)\s+Relations\b")
# the Spanish "Cancillería" translated: "the Chancellery", "The Peruvian Chancellery", "the Chancellery of the Republic"
# (a nationality only before it: not Germany's or Austria's "Federal Chancellery", the head of government's office)
_CHANCELLERY = re.compile(r"(?:(?P<demonym>[A-Z][\w-]*)\s+)?Chancellery(?:\s+of\s+the\s+Republic)?")


# a mission abroad named with its country after it: "the Embassy of Russia in Azerbaijan", "the embassy of the Comoros
# in Cairo" (the country's adjective in front, as "the Russian Embassy in Azerbaijan")
_POSTED_OF_COUNTRY = re.compile(r"(?P<body>[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|[Hh]igh [Cc]ommission)\s+of\s+(?:the\s+)?"
                                r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)(?P<seat>\s+(?:in|to)\s+.+)?")


# a company's legal form written short, which its name goes without: "Zafran Event Catering LLC"
_LEGAL_ABBREVIATION = re.compile(r"(?<=\w)(?:,?\s+(?:Inc|Corp|Co|LLC|Ltd|PLC|AG|S\.A|GmbH|NV|BV|N\.V|B\.V|Sdn|Bhd|Pte)\.?)+$")


# a foreign ministry by its initials, with up to three words of its country before them: "the South Korean MFA"
_MINISTRY_BY_INITIALS = re.compile(rf"((?:[A-Z][\w-]*\s+){{0,3}})(?:{'|'.join(sorted(MINISTRY_INITIALS))})")


def canonical_body(name: str) -> str:
    """An organisation's canonical name: the alias table's (``ICRC``, ``the U.N.`` -> the full name), else a
    ministry with its country as an adjective in front (``Ministry of Agriculture of the Russian Federation`` ->
    ``Russian Ministry of Agriculture``, ``Syria's Health Ministry`` -> ``Syrian Health Ministry``), else as given
    (without a legal form written short: ``Zafran Event Catering LLC`` -> ``Zafran Event Catering``)."""
    if " " in name.strip() and (short := _LEGAL_ABBREVIATION.sub("", name.strip())) != name.strip():
        return canonical_body(short)
    bare = re.sub(r"^(?:the|a|an|this|that)\s+(?=\S)", "", name.strip(), flags=re.IGNORECASE)
    # (a ministry by its portfolio's words, as Dutch copy writes it: "the Foreign Affairs ministry")
    if (foreign := re.sub(r"^((?:[A-Z][\w-]*\s+)*)Foreign\s+Affairs\s+[Mm]inistry$", r"\1Foreign Ministry", bare)) != bare:
        return canonical_body(foreign)
    if re.match(r"NGOs?\s+[A-Z]", bare):
        return canonical_body(bare.partition(" ")[2])  # "the NGO Helios Medical Relief": what it is, then its name
    alias = canonical_alias(bare, "ORG")
    if alias:
        return alias
    if (chancellery := _CHANCELLERY.fullmatch(bare)) and (chancellery["demonym"] is None or is_demonym(chancellery["demonym"])):
        return canonical_body(f"{chancellery['demonym'] or ''} Ministry of Foreign Affairs".strip())
    posted = _POSTED_OF_COUNTRY.fullmatch(bare)
    if posted and (country := role_country(posted["country"])) in _demonym_of() and fold(country) == fold(posted["country"]):
        return f"{_demonym_of()[country]} {posted['body'].title()}{posted['seat'] or ''}"
    if (initials := _MINISTRY_BY_INITIALS.fullmatch(bare)) is not None:
        return canonical_body(f"{initials[1]}Ministry of Foreign Affairs")  # ("the MFA", "the South Korean MFA")
    if _FOREIGN_MINISTRY.search(bare):
        return canonical_body(_FOREIGN_MINISTRY.sub("Ministry of Foreign Affairs", bare))
    # (the nationality in front, of up to three words: "Costa Rican Ministry of Foreign Affairs", "Papua New Guinean …")
    words = bare.split(" ")
    k = next((k for k in (3, 2) if len(words) > k and is_demonym(" ".join(words[:k]))), 1)
    first, rest = " ".join(words[:k]), " ".join(words[k:])
    alias = canonical_alias(rest, "ORG") if rest and is_demonym(first) else None
    if alias and alias.startswith(first + " "):
        return alias  # "Turkish National Defense Ministry": "National Defense Ministry" is the Turkish one
    topic = re.fullmatch(r"Ministry\s+of\s+(?:the\s+)?(.+)", rest) if is_demonym(first) else None
    if topic and topic.group(1).lower() in _MINISTRY_TOPICS:  # "Pakistani Ministry of Foreign Affairs"
        return f"{first} {_MINISTRY_TOPICS[topic.group(1).lower()]}"
    m = _MINISTRY_OF_COUNTRY.fullmatch(bare) or _COUNTRY_S_MINISTRY.fullmatch(bare)
    country = role_country(m.group("country")) if m else None
    if country is None or country not in _demonym_of():
        return name
    body = m.group("body")
    topic = re.fullmatch(r"Ministry\s+of\s+(.+)", body)
    if topic and topic.group(1).lower() in _MINISTRY_TOPICS:
        body = _MINISTRY_TOPICS[topic.group(1).lower()]
    built = f"{_demonym_of()[country]} {body}"
    return canonical_alias(built, "ORG") or built


@lru_cache(maxsize=65536)
def token_key(word: str) -> str:
    """One folded word with its transliteration folded: ``Lavreniev`` and ``Lavrenyev`` give one key.

    The rules are applied until nothing changes, so a key is its own key.
    """
    key = re.sub(r"[\s.-]+", "", fold(word))  # a word key has no spaces, stops or hyphens: "Al-Reza", "U.N"
    while True:
        folded = _fold_transliteration(key)
        if folded == key:
            return key
        key = folded


def _fold_transliteration(word: str) -> str:
    word = _variant_families().get(word, word)
    word = re.sub(r"(?<=.)[iy]ev$|(?<=.)jev$", "ev", word)  # Lavrenyev, Lavreniev -> Lavrenev
    word = re.sub(r"^ye(?=[a-z])", "e", word)  # Yelena -> Elena
    word = re.sub(r"(?<=[bcdfgklmnprstvz])yo(?=[a-z])", "e", word)  # Russian ё: Rudnyov -> Rudnev, Fyodor -> Fedor
    word = re.sub(r"(?<=o)ff$", "v", word)  # Obukhoff -> Obukhov (the old French-style transliteration)
    word = word.replace("zh", "j")  # Zhaksybekov = Jaksybekov (Kazakh, Russian ж)
    word = word.replace("gh", "q")  # Persian ق: Dehghani = Dehqani, Ghasemi = Qasemi
    # (an aspirate written or not: Muthemba = Mutemba, Thapaliya = Tapaliya)
    word = word.replace("th", "t")
    word = word.replace("q", "k").replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("z", "s")
    word = word.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    word = re.sub(r"(?<=[aeiou])h$", "", word)  # Raqqah -> Raqqa
    word = re.sub(r"(?<=.)y", "i", word)
    word = word.translate(_VOWELS)  # e/i and o/u: one vowel each; a stays apart
    return re.sub(r"(.)\1+", r"\1", word)


_VOWELS = str.maketrans("eo", "iu")


@dataclass(frozen=True)
class Name:
    """A mention's name, reduced for comparison. ``words`` are token keys, in order."""

    kind: str
    display: str  # the name as written, without title, possessive or article: "Sergey Lavrov"
    words: tuple[str, ...]
    alias: str | None = None  # canonical name from the alias table
    acronym: str | None = None  # "SNB" for an acronym mention
    patronymic: str | None = None  # "b" for "B.Enkhjargal": a father's-name initial glued to the given name

    @property
    def key(self) -> tuple:
        """Two mentions with equal keys name the same thing, whatever the context."""
        if self.kind == "ORG":
            return (self.kind, frozenset(self.words))
        return (self.kind, " ".join(self.words))

    @property
    def surname(self) -> str:
        return self.words[-1]

    @property
    def given(self) -> tuple[str, ...]:
        return self.words[:-1]

    @property
    def head(self) -> str:
        """The word that says what an organisation is: "ministry" in "Russian Foreign Ministry"."""
        return self.words[-1]


def _strip_edges(text: str) -> str:
    """The name without what surrounds it: quotes, slashes, a possessive, a leading "the"."""
    text = re.sub(r"(?:['’]s|(?<=s)['’])\W*$", "", text.strip())  # "Hajjar's", "Reuters'"
    text = re.sub(r"^[\W_]+|[\W_]+$", "", text)  # "/NVA/", "“Daesh”"
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"^[\W_]+", "", text).strip()  # (and what the "the" stood before: "The :A")


def _words_of(display: str) -> list[str]:
    """Words of a name with particles gone: ``Nizar al-Ma'rouf`` -> ["Nizar", "Ma'rouf"]."""
    words = []
    for raw in re.split(r"\s+", display):
        parts = raw.split("-")
        while len(parts) > 1 and fold(parts[0]) in PARTICLES:
            parts = parts[1:]
        word = "-".join(parts)
        if word and fold(word) not in PARTICLES:
            words.append(word)
    return words


def _is_title(word: str) -> bool:
    """A word of an office or of a country in front of a name: "Foreign", "Minister", "Russian", "Iran's"."""
    key = fold(word).rstrip(".")
    if key in _TITLE_WORDS or fold(word) in _TITLE_WORDS:
        return True
    return key in _adjectives() or (key.endswith("s") and key[:-1] in _demonyms())


@lru_cache(maxsize=262144)
def parse_name(text: str, kind: str) -> Name | None:
    """``text`` reduced for comparison; None when no name is left ("the", "'s")."""
    display = _strip_edges(text)
    if not display or not any(ch.isalpha() for ch in display) or fold(display) in _STOP:
        return None
    if kind == "PERSON":
        tokens = display.split()
        if all(_is_title(t) for t in tokens):
            return None  # "Brigadier", "President": an office, nobody named
        while len(tokens) > 1 and _is_title(tokens[0]):
            tokens = tokens[1:]
        # "Justin Trudeau of Canada" (with the edges stripped again: what followed a title may begin with a bracket)
        display = _strip_edges(re.split(r"\s+of\s+", " ".join(tokens))[0])
        if not any(ch.isalpha() for ch in display) or fold(display) in _STOP:
            return None  # ("0 of 0": no name before the "of" either; nor after a title: "U A")
    alias = canonical_alias(display, kind)
    acronym = re.sub(r"[.-]", "", display) if _ACRONYM.match(display) else None
    if kind == "ORG":
        display = _LEGAL_FORM.sub("", display) or display
        keys = _org_words(alias or display)
    elif kind == "PERSON" and not alias and (glued := _PATRONYMIC_INITIAL.fullmatch(display)):
        return Name(kind, display, (token_key(glued[2]),), patronymic=fold(glued[1]))
    else:
        keys = tuple(token_key(w) for w in _words_of(alias or display))
    keys = tuple(k for k in keys if k)
    if not keys:
        return None
    return Name(kind, display, keys, alias, acronym)


def _org_words(display: str) -> tuple[str, ...]:
    """An organisation's content words, head last, with country possessives as adjectives and one spelling each.

    Order-free apart from the head: "Centre for Reconciliation" and
    "Reconciliation Centre" are one name; "Russia's Foreign Ministry",
    "Russian MFA" and "Ministry of Foreign Affairs of Russia" are one name.
    """
    text = fold(display)
    for country, adjective in _countries_longest_first():
        if country in text:
            text = re.sub(rf"\b{re.escape(country)}s\b", adjective, text)  # folded "russia's" is "russias"
            of_country = re.search(rf"\s+of (?:the )?{re.escape(country)}$", text)
            if of_country:
                text = f"{adjective} {text[: of_country.start()]}"
    for pattern, replacement in _ORG_SYNONYMS:
        text = pattern.sub(replacement, text)
    head_part = re.split(r"\s+(?:for|of|and)\s+", text, maxsplit=1)[0].split()
    words = [w for w in re.split(r"[\s/]+", text) if w and w not in _STOP]
    keys = [token_key(w) for w in _words_of(" ".join(words))]
    head = token_key(head_part[-1]) if head_part and fold(head_part[-1]) not in PARTICLES else (keys[-1] if keys else "")
    rest = sorted({k for k in keys if k and k != head})
    return tuple(rest + [head]) if head else tuple(rest)


@lru_cache(maxsize=65536)
def initials(name: Name) -> str:
    """The acronym a long name would have: "Syrian Negotiation Body" -> "SNB", "Hayat Tahrir al-Sham" -> "HTS"."""
    words = [w for w in re.split(r"[\s/]+", name.display) if w and fold(w) not in _STOP]
    letters = []
    for word in words:
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", word):  # "U.S." gives both its letters
            letters.append(word.replace(".", ""))
            continue
        parts = [p for p in word.split("-") if p and fold(p) not in PARTICLES]
        letters.extend(p[0] for p in parts)
    return "".join(letters).upper()


@lru_cache(maxsize=65536)
def is_generic(name: Name) -> bool:
    """True for an organisation named only by common words ("Foreign Ministry"): no particular one."""
    if name.kind != "ORG" or name.alias or name.acronym:
        return False
    return all(token_key(w) in _generic_keys() for w in re.split(r"[\s/]+", fold(name.display)) if w not in _STOP)


def is_generic_word(key: str) -> bool:
    """A word key of the common words that name a kind of body ("brigade", "ministry"), not a particular one."""
    return key in _generic_keys()


@lru_cache(maxsize=1)
def _generic_keys() -> frozenset[str]:
    return frozenset(token_key(w) for w in _GENERIC)
