"""The medium of a statement: the outlet it was given to (``told Interfax``).

Journalists name the channel in a handful of shapes: ``told X``, ``told X's
correspondent``, ``in an interview with (the newspaper) X``, ``speaking to X``,
``(quoted by X)``, ``as transmitted by the agency X``. An audience (``told
reporters``, ``a briefing``) is not a medium.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from ..ingest.outlets import OutletTable, load_outlets
from ..resolve.names import demonyms, is_country, is_demonym, place_country, role_country, spelled_out, without_the
from .bodies import last_named_outlet, named_as_outlet
from .cues import SUBJECT, doc_text, line_break_before, run_memo_key, sentence_start
from .people import OUTLET_ARTICLES, person_ents
from .lexicon import CAMEL_CASE, CAPITAL, DAY_PARTS, DAY_WORDS, MEDIA_NOUNS, NOT_MEDIA, OUTLET_NAME_WORD, OUTLET_NAME_WORDS, OWNER_WORD, ROLE_NOUNS, TIME_WORDS, TITLES

__all__ = ["find_medium", "fuller_outlet", "guess_own_outlet", "interview_marks", "named_as_foreign", "names_setting", "outlet_name_end", "own_words_at", "said_to_outlet",
           "LEADING_CHANNEL",
           "OWN_WORDS"]

_MEDIA = "|".join(sorted(MEDIA_NOUNS | {"news agency", "tv channel", "TV channel", "news channel", "news server", "news portal",
                                        "radio station", "television station", "TV station", "news website", "information service"},
                         key=len, reverse=True))
# the outlet's name: capitalised words (Al-Sham Al-Youm, the QazAqparat news agency, «Severnaya Gazeta»)
# (a channel's number is part of its name: "Nishtiman 24", "Channel 15", "France 24"; not "told Reuters 24 people")
_NUMBER = r"(?:\s+\d{1,3}\b(?![.,:]?\d)(?!\s+(?!(?:on|that|in|last|late|earlier|this|after|about|when|while|during|at|by|and|but|news|reported|reports|said|says|quoted|cited|informs)\b)[a-z]))"
# (never on over a name with its initial glued on: "in the commentary to Tulpar Inform| A.Zhumaliev")
# whose outlet it is, before its name: "quoted by the public broadcaster of the Faroe Islands, Brimvarp", "to the public
# broadcaster of his country, Brimvarp"
_WHOSE = r"(?:of\s+(?:(?:his|her|its|their)\s+country|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+)?"
_NAME = rf"(?:«[^»]{{2,60}}»|\"[^\"]{{2,60}}\"|“[^”]{{2,60}}”|„[^“”]{{2,60}}[“”]|(?:[{CAPITAL}][\w.&'’-]*|al-\w+)(?:\s+(?:(?![{CAPITAL}]\.[{CAPITAL}][a-z])[{CAPITAL}][\w.&'’-]*|al-\w+|(?:de|do|da|dos|das|del|di|du|of)(?:\s+the)?(?=\s+[{CAPITAL}])|de\s+l['’][{CAPITAL}][\w.&'’-]*|de\s+la(?=\s+[{CAPITAL}])))*{_NUMBER}?)"
# (a French name's "de l'" and "de la": "Le Courrier de l'Océan", "L'Écho de la Côte")
# an outlet's short name: its initials, or a word with capitals inside ("BelNX", "TPulse", "KyrN")
_SHORT_NAME = r"(?:[A-Z]{2,6}|[A-Z][a-z]{0,4}[A-Z][A-Za-z]{1,8})"
_REACHED_BY = (r"(?:[Ww]hen\s+)?(?=[CcRrIiQqAMJ])(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?:[Cc]ontacted|[Rr]eached|[Ii]nterviewed|[Qq]uestioned|Interrogated|Met|Approached|Asked|Joined)"
               r"(?:\s+by\s+(?:tele)?phone)?\s+by|[Cc]onsulted\s+by|(?<!been )(?<!was )(?<!were )joined\s+by\s+(?:tele)?phone\s+by"
               # (in lower case after a name's comma: "asks X, fisherman of fifty-two years, met by AMP on the beach")
               r"|(?<=, )(?:met|contacted|reached|interviewed|questioned|approached)(?:\s+by\s+(?:tele)?phone)?\s+by"
               # (or after "when" in lower case, as Malaysian copy has it: "X, when met by Suara Teluk at his house, said")
               r"|(?<=[Ww]hen )(?:met|approached)\s+by")  # ("Reached by telephone by Lakay Info", "Asked by the Viti Herald about …")
# (not a passive in what was said: "the family had still not been contacted by Silk Wing Cargo"; "Joined by telephone by
# AMIP" is the French "Joint par téléphone", in lower case only with its telephone: "X, joined by telephone by TIP, has")
# (the look ahead at the verbs' first letters spares the look-behinds at every other word: this runs over whole texts)
_REACHED = re.compile(rf"\b(?:{_REACHED_BY})\b")
_SPEAKING = r"(?:[Ss]peaking|[Tt]alking)"  # ("Speaking to X", "Talking to X's correspondent": an interview)
_NATIONALITY = (r"(?:(?:Sri|South|North|East|West|Saudi|Central|Costa|Puerto|Burkina)\s+)?(?:[A-Z][a-z]+(?:ian|ish|ese|i|an)|Khmer|Malay|"
                # (and the country table's adjectives of other shapes: "Slovak", "Greek", "Cypriot", "Icelandic")
                + "|".join(re.escape(d) for d in sorted(demonyms(), key=len, reverse=True)
                           if not re.fullmatch(r"[A-Z][a-z]+(?:ian|ish|ese|i|an)", d)) + ")")
# (or the language it writes in, before its country or alone: "the Russian-language Moldovan portal Kodry.md")
_NATIONALITY = rf"(?:[A-Z][a-z]+-language(?:\s+{_NATIONALITY})?|{_NATIONALITY})"


class _Shape(NamedTuple):
    """A pattern with the words it cannot match without: one of ``needs`` at least (in lower case) and, if ``also``
    names any, one of those too."""
    needs: frozenset[str]
    also: frozenset[str]
    pattern: re.Pattern

    def fits(self, words: set[str]) -> bool:
        """Whether a text with ``words`` may match."""
        return not self.needs.isdisjoint(words) and (not self.also or not self.also.isdisjoint(words))


def _needing(words: str, pattern: re.Pattern, also: str = "") -> _Shape:
    """``pattern`` with the words it needs: a sentence is tried only on the patterns whose words it has, as running
    them all on every cue's sentence cost more than the rest of finding media."""
    return _Shape(frozenset(words.split()), frozenset(also.split()), pattern)


# the shapes of a medium, each with the words it needs (every one a word of its own in the text it matches)
_PATTERNS: list[_Shape] = [
    # "told a Damascus newspaper, al-Watan al-Jadid," / "in an interview with the Amman daily Al-Rai Al-Jadid" / "the
    # pan-Arab daily Al-Jisr"
    _needing("told telling tells interview", re.compile(
        # (after its language, country and kind: "told the Russian-language Moldovan portal Kodry.md", "told the
        # Iraqi state agency Zaqura", "told Bahrain's state news agency Sadaf")
        rf"\b(?:told|telling|tells|[Ii]n\s+an?\s+interview\s+(?:with|to))\s+(?:the|an?|[A-Z][\w-]*['’]s)\s+"
        # (and its kind in two words: "told the Boa Vista news site Gazeta do Lavrado")
        rf"(?:(?:[A-Z][\w-]*|[a-z]+-[A-Z]\w*|state|official|public|private|independent|community|local|regional|news|online|digital)\s+){{0,3}}(?:{_MEDIA}),?\s+"
        rf"(?P<name>{_NAME})",
    )),
    _needing("told telling tells tell", re.compile(
        # ("told local broadcaster Aigaio TV")
        # (or a station by its town and band: "told the Skardu FM station Radio Braldo")
        # (or whose it is with no kind: "told the state-run Lesotho State Information Agency")
        rf"\b(?:told|telling|tells|tell)\s+(?:the\s+)?(?:(?:[a-z]+\s+|[A-Z][\w'’-]*\s+FM\s+)?(?:{_MEDIA})\s+|(?:state|government)-(?:run|owned)\s+)?"
        rf"(?P<name>{_NAME})(?:\s+(?:{_MEDIA}))?",
    )),
    _needing("interview conversation dialogue exchange comment comments commentary remark remarks statement statements declaration declarations message "
             "call contact speaking talking quoted cited carried relayed transmitted transmits reports reported wrote writing article "
             "according op air sat contacted reached interviewed questioned interrogated met approached asked consulted joined spoke talked", re.compile(
        # ("stated in the conversation with Khazar Press", "At the end of the conversation with X, the minister added")
        rf"\b(?:(?:[Ii]n|[Dd]uring|[Aa]t\s+the\s+end\s+of)\s+(?:an?\s+|the\s+(?:same\s+)?|his\s+|her\s+)?(?:exclusive\s+|recent\s+|televised\s+|written\s+|press\s+|telephone\s+)?"
        # ("in declarations by telephone to Mulemba")
        # ("In a text message to Tjäder, X writes …")
        # ("he declared in an exchange with Le Tabalé", as French copy has "dans un échange avec")
        rf"(?:interview|conversation|dialogue|exchange|comments?|commentary|remarks?|statements?|declarations?|(?:phone\s+|telephone\s+|video\s+)?call"
        # (a contact by phone or with an article: "in a telephone contact with Kyma"; not "was in contact with the
        # ministry", which says who talked to whom, not to which outlet)
        rf"|(?:phone\s+|telephone\s+|video\s+)contact|(?<=\ba\s)contact|(?<=\bthe\s)contact"
        rf"|(?:text\s+)?message)"
        rf"\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to|for|on|over)"
        # ("in conversation with the correspondent of CTA")
        # ("X spoke to Faru Post by phone")
        rf"(?:\s+(?:the|a)\s+(?:correspondent|reporter|journalist)\s+of)?|(?:{_SPEAKING}|spoke|talked)\s+(?:later\s+|earlier\s+|separately\s+|exclusively\s+)?(?:to|with)|[Qq]uoted\s+(?:as\s+saying\s+)?(?:(?:today|yesterday|on\s+\w+day|earlier)\s+)?by|[Cc]ited\s+by|carried\s+by|relayed\s+by|"
        rf"transmitted\s+by|[Aa]s\s+transmits|as\s+(?:reports|reported\s+by|reported|cited\s+by)|wrote\s+in|writing\s+in|in\s+an\s+article\s+(?:in|for)|"
        # (or by a word of its name: "According to the Slovak News Office (SKN)")
        rf"[Aa]ccording\s+to(?=\s+(?:the\s+)?(?:official\s+|state\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:(?:state\s+|public\s+|official\s+|digital\s+|online\s+|news\s+|government\s+)?(?i:{_MEDIA})\b"
        rf"|{OUTLET_NAME_WORD.pattern[2:]}))|"
        rf"in\s+an\s+op-ed\s+(?:in|for)|on\s+the\s+air\s+of|sat\s+down\s+(?:for\s+an\s+interview\s+)?with|"
        # ("When contacted by WARTA", "Interrogated by Lagune Infos, the oceanographer …", "sources consulted by Austral")
        rf"{_REACHED_BY})\s+"
        # ("Speaking to the Gulf broadcaster Al-Waha TV", "According to the Haitian digital medium Lakay Info", "according
        # to the official Syrian news agency BNA")
        # ("quoted by the Sri Lankan newspaper The Serendib Times": a nationality of two words)
        # (or a country's: "in an interview with Vietnam's state news agency VTN")
        # ("quoted by the state-run SLNN": who owns it, before the name)
        # (or a country's word in its own language: "quoted by the Essuatíni state agency ESIB")
        rf"(?:the\s+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+(?=(?:[a-z]+\s+){{0,2}}(?:{_MEDIA})\s))?"
        rf"(?:(?:state|government|privately|publicly)[-\s](?:run|owned|controlled|funded)\s+)?(?:(?:(?:official\s+|state\s+)?(?:{_NATIONALITY}\s+)?[a-z]+\s+|(?:official\s+|state\s+)?{_NATIONALITY}\s+|[A-Z][^\W\d_]+\s+(?:state\s+)?(?=(?:{_MEDIA})\s+[{CAPITAL}]))?(?:{_MEDIA})\s+{_WHOSE})?(?P<name>{_NAME})",
    )),
]
# an account given to an outlet: "X recounted to Gazeta do Lavrado the night of the accident"
_PATTERNS.append(_needing("recounts recounted narrates narrated", also="to", pattern=re.compile(
    rf"\b(?:recount|narrate)(?:s|ed)\s+to\s+(?:the\s+)?(?P<name>{_NAME})")))
# when the outlet reached the speaker: "“…?” Ms X asked when the Mazaruni Times reached her on Monday"
_PATTERNS.append(_needing("reached contacted called interviewed", also="when", pattern=re.compile(
    rf"\bwhen\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:reached|contacted|called|interviewed)\s+(?:him|her|them)\b")))
# whom the outlet reached, in a relative clause: "His mother, X, 64, whom Lanbi News reached by phone in Carrefour, said"
_WHOM_REACHED = rf"\bwhom\s+(?P<name>{_NAME})\s+(?:reached|contacted|interviewed|met|visited)\b"
_PATTERNS.append(_needing("whom", re.compile(_WHOM_REACHED)))
# "stated in a written statement received by IDN", "said in a statement emailed to KWN": the outlet it was sent to
# (or a communiqué: "assured in a communiqué sent to La Veranada that …")
_PATTERNS.append(_needing("statement message letter note reply response comment comments communiqué communique", re.compile(
                            rf"\b(?:statement|message|letter|note|reply|response|comments?|communiqu[ée])\s+(?:received\s+by|obtained\s+by|"
                            rf"sent\s+to|e-?mailed\s+to|provided\s+to|shared\s+with)\s+(?:the\s+)?(?P<name>{_NAME})")))
# "in a telephone intervention with the program “Evening Harvest” on the Sawaqi TV channel": the channel the programme
# is on (an Arabic phone-in, "مداخلة هاتفية")
_PATTERNS.append(_needing("program programme show", re.compile(
    rf"\b(?:program|programme|show)\s+[“\"«][^”\"»]{{2,60}}[”\"»]\s+(?:on|of)\s+(?:the\s+)?(?P<name>{_NAME})")))
# "In an email to the Namalao Weekly, X said": the outlet it was written to
_PATTERNS.append(_needing("email mail message letter written", re.compile(
    rf"\b[Ii]n\s+an?\s+(?:e-?mail|message|letter|written\s+(?:reply|statement|answer))\s+(?:sent\s+)?to\s+(?:[Tt]he\s+)?(?P<name>{_NAME})")))
# "X received The Nakfa Herald at his hospital bed": a visit the outlet was given (its name ends in an outlet's word)
_VISIT = rf"\b(?:receive|welcome)[sd]\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}{OUTLET_NAME_WORD.pattern})"
_PATTERNS.append(_needing("received receives welcomed welcomes", re.compile(_VISIT)))
# "Answering the question of the VTA correspondent, X said": the correspondent's outlet
_PATTERNS.append(_needing("answering replying", re.compile(rf"\b(?:[Aa]nswering|[Rr]eplying\s+to)\s+(?:the\s+|a\s+)?questions?\s+of\s+(?:the\s+|a\s+)?"
                            rf"(?P<name>{_NAME})\s+(?:correspondent|reporter|journalist)")))
# "…, TASS reported, citing the ministry", "…, Ukrvisnyk reports with reference to the …", "The … agency AMN informed,
# citing the Ministry …, that": who reported passed on what the cited source said
_PATTERNS.append(_needing("reported reports informed informs", re.compile(rf"(?P<name>{_NAME})(?:\s+(?:{_MEDIA}))?\s+(?:reported|reports|informed|informs)(?P<when>\s+(?:on\s+)?(?:\w+day|today|yesterday|earlier|late\s+\w+))?"
                            rf",?\s+(?:citing|quoting|with\s+reference\s+to)\b")))
# (or that someone said something: "Tulpar news agency reported that Toktogulov had told the session that …", "The
# news website Bab24 reported that Minister X had told reporters …")
_PATTERNS.append(_needing("reported reports", also="told said stated declared", pattern=re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:{_MEDIA}))?\s+(?:reported|reports)(?:\s+on\s+\w+day)?\s+that\s+[^.;:]{{2,80}}?"
    rf"\b(?:had\s+|has\s+)?(?:told|said|stated|declared)\b")))
# (the source set off by commas before the verb: "The daily Yom Hadash, citing a senior official, reported …")
_PATTERNS.append(_needing("reported reports wrote writes", re.compile(rf"\b(?:{_MEDIA})\s+(?P<name>{_NAME}),\s+(?:citing|quoting)\s+[^,.]{{2,60}},\s+(?:reported|reports|wrote|writes)\b")))
# (the outlet after the verb: "…, reports PressUA with reference to the press service of …")
_PATTERNS.append(_needing("reported reports informs", re.compile(rf"\b(?:reported|reports|informs)\s+(?P<name>{_NAME}),?\s+(?:citing|quoting|with\s+reference\s+to)\b")))
# an outlet whose report ends the sentence: "X said that …, the Cambodian agency APA reported.", "…, reports the
# Cambodian agency APA."
_PATTERNS += [_needing("reported reports wrote writes", re.compile(rf",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:{_MEDIA})\s+(?P<name>{_NAME})\s+(?:reported|reports|wrote|writes)\s*[.;]?\s*$")),
              _needing("reported reports writes wrote informs informed", re.compile(rf",\s+(?:reported|reports|writes|wrote|informs|informed)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:{_MEDIA})\s+(?P<name>{_NAME})\s*[.;]?\s*$"))]
# a programme of the outlet: "Speaking on Lakeshore FM's "Nyanja Yathu" programme", "described … on commercial
# broadcaster RTV9's evening programme"
_PATTERNS.append(_needing("programme program show broadcast bulletin newscast", re.compile(rf"\bon\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<name>{_NAME})['’]s\s+(?:\S+\s+){{0,4}}?"
                            rf"(?:programme|program|show|broadcast|bulletin|newscast)\b")))
# machine-translated from French and Russian: "declared to MPA that …", "she said to the correspondent of UzN"
_SAID_TO_VERBS = ("declared said stated confided indicated affirmed explained told assured precised manifested expressed recounted sustained revealed confirmed specified"
                  " estimated underlined stressed emphasized emphasised reiterated assessed lamented remarked complained"
                  # (and the present that Finnish and Dutch copy keeps: "estimates to Tähystäjä that …")
                  " says estimates explains describes confides declares described claimed guaranteed")
_DAYS = "|".join(sorted(DAY_WORDS))
# the day between a verb and whom it was said to: "said on Wednesday to …", "manifested this Saturday to El Mohán"
_DAY_PART = rf"(?:\s+(?:{'|'.join(sorted(DAY_PARTS))}))?"  # ("Thursday| evening")
_WHEN = rf"(?:\s+(?:on\s+|this\s+|last\s+)?(?i:{_DAYS}){_DAY_PART})?"  # (", … Thursday evening to …")
# ("assured by telephone to Intipress", "specified for his part to L'Arganier")
_SAID_TO = rf"(?:{'|'.join(_SAID_TO_VERBS.split())})(?:\s+by\s+(?:tele)?phone|\s+by\s+e-?mail|,?\s+for\s+(?:his|her|its|their)\s+part,?)?"
# (the speaker may stand between: "explained Barsukevich to NTA", "has declared Mr. Houmed Guedi to ANDI")
_PATTERNS.append(_needing(_SAID_TO_VERBS, re.compile(rf"\b(?:{_SAID_TO})(?:\s+[A-Z][\w.'’-]+){{0,4}}\s+to\s+(?:the\s+)?"
                            r"(?:(?:correspondent|reporter)\s+of\s+(?:the\s+)?)?(?P<name>[A-Z](?:[a-z]{0,2}[A-Z]){1,4})\b")))
# (or with no "to" before initials and their that-clause, as Spanish "informó a AMN que" comes out: "informed AMN that")
_PATTERNS.append(_needing("informed", re.compile(r"\binformed\s+(?P<name>[A-Z](?:[a-z]{0,2}[A-Z]){1,4})\s+that\b")))
# (or a French or Spanish masthead with its article: "declared to Le Lagunaire", "indicated to El Diario")
_PATTERNS.append(_needing(_SAID_TO_VERBS, also=" ".join(a.rstrip("'").lower() for a in OUTLET_ARTICLES), pattern=re.compile(rf"\b(?:{_SAID_TO}){_WHEN}(?:\s+[A-Z][\w'’-]+){{0,3}}\s+to\s+"
                            r"(?P<name>(?:Le|La|Les|El|L['’])\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")))
# (or a name that ends in an outlet's word, the speaker's name maybe right after it: "declared to The Sannine Daily
# Charbel Abi Raad"; or that word alone, the paper's short name: "lamented to the Post:")
_PATTERNS.append(_needing(_SAID_TO_VERBS, also=" ".join(OUTLET_NAME_WORDS).lower(), pattern=re.compile(rf"\b(?:{_SAID_TO}){_WHEN}\s+to\s+(?:the\s+)?"
                            rf"(?P<name>(?:The\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}{OUTLET_NAME_WORD.pattern[2:]}|(?<=the\s){OUTLET_NAME_WORD.pattern[2:]})")))
# whose correspondent it was, whatever its name: "declared Shalkhub to the correspondent of the Neman Telegraph Agency"
_PATTERNS.append(_needing("correspondent correspondents reporter reporters journalist journalists", re.compile(rf"\b(?:to|told|telling|informed|informs)\s+(?:the|a|an)\s+(?:correspondent|reporter|journalist)s?\s+of\s+(?:the\s+)?(?P<name>{_NAME})")))
# (or its name with a possessive: "told Kajaki's reporter in Lashkar Gah that …")
_PATTERNS.append(_needing("correspondent correspondents reporter reporters journalist journalists", re.compile(rf"\b(?:to|told|telling|informed|informs)\s+(?:the\s+)?(?P<name>{_NAME})['’]s?\s+(?:correspondent|reporter|journalist)s?\b")))
# ("has he confided to Radio Ngonge", "affirmed on Radio Vwa Lakay": a station by its name)
_PATTERNS.append(_needing(_SAID_TO_VERBS, also="radio télé tele tv", pattern=re.compile(rf"\b(?:{_SAID_TO})\s+(?:to|on)\s+(?P<name>(?:Radio|Télé|Tele|TV)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})")))
# a written answer to a paper, which an outlet's word in its name tells from one to a person or a body: "said in an
# email to The Gold Coast Herald" (not "in a letter to the UN Secretary-General")
_IN_WRITING_TO = r"\bin\s+(?:an?|the|his|her|its)\s+(?:e-?mail|letter|message|written\s+(?:reply|response|answer)|reply)\s+to\s+"
_PATTERNS.append(_needing("email mail letter message written reply", re.compile(
    rf"{_IN_WRITING_TO}(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}{OUTLET_NAME_WORD.pattern[2:]})")))
# an outlet that relays the sentence's report in an aside: "As the Pwani Mirror wrote, the spokesman … said that …"
_PATTERNS.append(_needing("as", also="wrote writes reported reports", pattern=re.compile(
    rf"\b[Aa]s\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}{OUTLET_NAME_WORD.pattern[2:]})\s+(?:wrote|writes|reported|reports),")))
# (or to an outlet after its kind: "said in a written reply to the Cypriot news site Limassol Wire")
_PATTERNS.append(_needing("email mail letter message written reply", re.compile(
    rf"{_IN_WRITING_TO}(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_MEDIA})\s+(?P<name>{_NAME})")))
# a station by its band or kind: "Speaking on Accra-based Nkyinkyim FM yesterday", "said on Al-Waha TV"
_PATTERNS.append(_needing("speaking " + _SAID_TO_VERBS, also="fm tv radio television", pattern=re.compile(rf"\b(?:[Ss]peaking|{_SAID_TO}){_WHEN}\s+on\s+(?:the\s+)?(?:(?:{OWNER_WORD.pattern})\s+)?(?:(?:state|public|private|national)\s+)?(?:channel\s+|station\s+)?"
                            r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:FM|TV|Radio|Television))\b")))
# ("declared to the station Radio Altiplano", "indicated to the newspaper El Comercio", "declared to the Greenlandic site
# Qilaat", "declared to the Kamarang community station Akawaio Voice")
# (the speaker may stand between, and a nationality: "declared the engineer to the Namibian agency NAMZI"; or "before"
# the outlet, as Spanish "ante": "sustained before the Bosnian agency BHNA")
# (or the day between, and whose it is: "said on Wednesday to the state agency Tirgon")
# (or its city: "declared to the Ouagadougou daily Le Tamarinier")
# (or whose it is, then its name: "affirmed to the public broadcaster of his country, Brimvarp")
# (or an office with no "the" and a title with its dots: "said managing director Dipl.-Ing. X on Thursday to the agency Y";
# or "opposite" it, as German "gegenüber" comes out: "had stated opposite the state broadcaster Kasanka News")
# (tried only where an outlet's kind is: "said" and "to" alone are in most sentences)
_PATTERNS.append(_needing(_SAID_TO_VERBS, also=" ".join(MEDIA_NOUNS), pattern=re.compile(rf"\b(?:{_SAID_TO})(?:\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:\s+[A-Z][\w.'’-]+){{0,4}}{_WHEN}"
                            rf"\s+(?:to|before|opposite)\s+the\s+(?:{_NATIONALITY}\s+|(?:[A-Z][\w'’-]+\s+){{1,2}})?(?:state\s+|official\s+|public\s+|community\s+|local\s+|regional\s+)?"
                            r"(?:station|radio|newspaper|daily|weekly|(?:news\s+)?agency|channel|television|portal|(?:web)?site|broadcaster|magazine)\s+"
                            rf"{_WHOSE}"
                            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")))
# (or after the speaker's appositive, as a verb before its subject leaves it: "confirmed Eng. X, head of …, to Al-Fanous
# that …")
_PATTERNS.append(_needing("to", also="that", pattern=re.compile(rf",\s+to\s+(?:the\s+)?(?:{_NATIONALITY}\s+)?(?:(?:{_MEDIA})\s+)?(?P<name>{_NAME})\s+that\b")))
# the paper that printed what was said: "had said in statements published on Sunday by the Cypriot newspaper X that"
_PATTERNS.append(_needing("published carried printed", re.compile(
    rf"\b(?:statements?|declarations?|remarks|comments|interview)\s+(?:published|carried|printed)(?:\s+(?:on\s+)?(?i:{_DAYS}|today|yesterday))?"
    rf"\s+by\s+(?:the\s+)?(?:{_NATIONALITY}\s+)?(?:{_MEDIA})\s+(?P<name>{_NAME})")))
# whose words an interpreter passed on to an outlet: "speaking in Mon through her son-in-law, X, who translated for
# The Thanaka Daily"
_PATTERNS.append(_needing("translated interpreted", re.compile(rf"\b(?:translated|interpreted)\s+for\s+(?:the\s+)?(?:(?:{_MEDIA})\s+)?(?P<name>{_NAME})")))
# (or at the sentence's end, the outlet by its kind: "…, recounted the chief physician …, X, to the Senegalese daily Y.")
_PATTERNS.append(_needing("to", pattern=re.compile(rf",\s+to\s+the\s+(?:{_NATIONALITY}\s+)?(?:{_MEDIA})\s+(?P<name>{_NAME})\s*[.;]?\s*$")))
# machine-translated: "As informed CTA a source …", "In the embassy CTA was informed that …"
_PATTERNS += [_needing("informed told reported", re.compile(r"\b[Aa]s\s+(?:informed|told|reported)\s+(?P<name>[A-Z]{2,6})\b(?=\s+[a-z])")),
              # ("As BelNX was informed", "As NIA Navid was informed by the press service …")
              _needing("informed told", re.compile(rf"\b(?P<name>{_SHORT_NAME}(?:\s+[A-Z][a-z]+)?)\s+(?:was|were)\s+(?:informed|told)\b")),
              # "As the correspondent of BelNX was informed in the press service …"
              _needing("correspondent reporter", re.compile(rf"\b(?:correspondent|reporter)\s+of\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:was|were)\s+(?:informed|told)\b")),
              # "In the company «X», the Ukrvisnyk correspondent was informed that …"
              _needing("correspondent reporter", re.compile(r"\b(?P<name>[A-Z][\w-]+)\s+(?:correspondent|reporter)\s+(?:was|were)\s+(?:informed|told)\b")),
              # "As it was informed to ArmVector in the press service …"
              _needing("informed told transmitted", re.compile(rf"\b(?:was|were)\s+(?:informed|told|transmitted)\s+to\s+(?:the\s+)?(?P<name>{_NAME})"))]
# Balkan and Russian "izjavio je za": "stated today for BPA", "said for the daily «X»", "he assessed for BPA that":
# a statement given to the outlet, as in an interview; the outlet is an acronym or named with its kind
_GIVEN_FOR_VERBS = ("said stated declared assessed estimated explained confirmed announced added noted pointed emphasised emphasized stressed told"
                    " described")  # ("His mother … described for Sidro the first meeting": an interview)
_GIVEN_FOR = (r"\b(?:" + "|".join(_GIVEN_FOR_VERBS.split()).replace("pointed", r"pointed\s+out") + ")"
              r"\s+(?:(?:today|yesterday|earlier|also|later|exclusively)\s+)?for\s+")
# (an acronym is an outlet there unless a noun follows it: "announced for UK customers", "said for EU members")
_GIVEN_FOR_ACRONYM = rf"{_GIVEN_FOR}(?P<name>{_SHORT_NAME})\b(?!\s+(?!that\b|the\b)[a-z])"
# (Romanian "a declarat pentru Agerpres": an outlet by its name of several words, then who spoke or the clause:
# "declared for Siret Press the director …", "affirmed on Thursday for the Malaysian publication The X that …")
# how the words reached the outlet: "by telephone", "by satellite phone", "by e-mail"
_BY_PHONE = r"by\s+(?:(?:satellite|mobile|video)\s+)?(?:(?:tele)?phone|e-?mail)\b"
_GIVEN_FOR_NAMED = (rf"\b(?:{'|'.join(_GIVEN_FOR_VERBS.split())}|affirmed|specified|stating|declaring)\s+"
                    rf"(?:(?:on\s+)?(?i:{_DAYS}){_DAY_PART}\s+)?for\s+"
                    rf"(?:the\s+)?(?:{_NATIONALITY}\s+)?(?:(?:{_MEDIA}|publication)\s+)?(?P<name>{_NAME})(?=\s+(?:that\b|the\b|{_BY_PHONE})|\s*,)")
_PATTERNS += [_needing(_GIVEN_FOR_VERBS, re.compile(rf"{_GIVEN_FOR}(?:the\s+)?(?:{_MEDIA})\s+(?P<name>{_NAME})"), also="for"),
              _needing(_GIVEN_FOR_VERBS, re.compile(_GIVEN_FOR_ACRONYM), also="for"),
              _needing(_GIVEN_FOR_VERBS + " affirmed specified stating declaring", re.compile(_GIVEN_FOR_NAMED), also="for")]
# (an account summed up for the outlet, as in an interview: "the herder X summed up the situation for Ounianga Info: «…»")
_SUMMED_FOR = (r"\bsumm(?:ed|ing|s)\s+up\s+(?:(?:the|his|her|their)\s+[a-z]+\s+)?for\s+"
               rf"(?:the\s+)?(?:{_NATIONALITY}\s+)?(?:(?:{_MEDIA})\s+)?(?P<name>{_NAME})(?=\s*[:,]|\s+that\b)")
_PATTERNS.append(_needing("summed summing sums", re.compile(_SUMMED_FOR), also="up for"))
# a channel named between the verb and the speaker: "in interview to CTA the Deputy Foreign Minister …", "in
# conversation with the newspaper «X»", "stated for the daily «Beogradski Dnevnik» the director …", "for BPA"
LEADING_CHANNEL = re.compile(
    r"(?:in (?:an? |the )?(?:interview|conversation|dialogue|commentary|comment) (?:to|with) |(?:(?:today|yesterday|also) )?for )(?:the )?"
    r"(?:(?:newspaper|daily|weekly|agency|news agency|channel|TV channel|portal) )?"
    # (its name up to the speaker's: "the …", or a name with its initial glued on: "to Tulpar Inform A.Zhumaliev")
    # (after "for", a name of several words only with an outlet's word: "declared for Siret Press the director …")
    r"(?:«[^»]{1,60}»|„[^“”]{1,60}[“”]|[A-Z]{2,6}\b|(?<!for )(?:[A-Z][\w-]*\s)+(?=the\b|[A-Z]\.[A-Z][a-z])"
    rf"|(?:[A-Z][\w-]*\s)*{OUTLET_NAME_WORD.pattern}\s(?=the\b)"
    # (or no name at all after its kind, the story's own: "stated for the agency the president of …")
    r"|(?:(?<=newspaper )|(?<=daily )|(?<=weekly )|(?<=agency )|(?<=portal ))(?=the\b|[A-Z])"
    # (or its name and how it was reached: "said for Vrmac by satellite phone X", "stated for Vrmac by e-mail")
    rf"|(?:[A-Z][\w'’-]*\s){{1,3}}{_BY_PHONE})\s*")
# ("In a press statement to EAN, H.E. X lauded …": what he said next belongs to it too)
_INTERVIEW = [_needing("interview interviews conversation conversations dialogue exchange press call contact sat statements declarations", re.compile(
                  r"\b(?i:interview|conversation|(?:dialogue|exchange)\s+with|press\s+statement\s+to|(?:call|contact)\s+with|sat\s+down\s+with"
                  # (machine-translated Arabic: "in statements to “Bawabat Al-Wadi”")
                  r"|(?:statements|declarations)\s+(?:by\s+(?:tele)?phone\s+)?to)\b")),
              _needing("speaking talking", re.compile(rf"\b{_SPEAKING}\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?[{CAPITAL}]")),
              # (or a sentence of its own that says so: "He spoke to Akawaio Voice in English.")
              _needing("spoke talked", re.compile(rf"\b(?:spoke|talked)\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?[{CAPITAL}]")),
              # (or the story's own outlet, by its words: "Also reached by our editorial staff in Manama, the pilgrim …")
              _needing("by", re.compile(rf"\b(?:{_REACHED_BY})\s+(?:[A-Z]|(?:our|this)\s+[a-z])")),
              # (the outlet the sentence named, on the line: "declared to Le Tamarinier the Minister …, reached by
              # telephone in Reykjavík"; or opening it: "Contacted by telephone later, he confided to Ounianga Info …")
              _needing("phone telephone", re.compile(r"(?:(?<=, )|^)(?i:reached|contacted|joined)\s+by\s+(?:tele)?phone\b(?!\s+by\b)")),
              _needing(_GIVEN_FOR_VERBS + " affirmed specified stating declaring", re.compile(
                  rf"{_GIVEN_FOR}(?:the\s+)?(?:{_MEDIA})\s+[«“„\"A-Z]|{_GIVEN_FOR_ACRONYM}|{_GIVEN_FOR_NAMED.replace('?P<name>', '?:')}"), also="for"),
              _needing("summed summing sums", re.compile(_SUMMED_FOR.replace("?P<name>", "?:")), also="up for"),
              _needing("whom", re.compile(_WHOM_REACHED.replace("?P<name>", "?:"))),
              # ("told the Mungo Herald by telephone from Vientiane": a call with the paper; "told the Pwani Mirror on
              # phone", "told The Malabar Courier over phone", as Kenyan and Indian papers have it)
              # (or "to" it, or "for" it: "describes the night … to Tähystäjä by phone from Ponta Delgada")
              # (or "with" it: "X spoke with Délkör by phone from Port Vila")
              _needing("phone telephone", re.compile(r"\b(?:told|to|for|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
                                                   r"(?:by\s+(?:tele)?phone|(?:over|on)\s+(?:the\s+)?(?:tele)?phone)\b")),
              # (or an account given to it, told in the quotes that follow: "X recounted to Tocororo Daily the six days
              # of the rescue")
              _needing("recounts recounted narrates narrated", re.compile(r"\b(?:recount|narrate)(?:s|ed)\s+to\s+(?:the\s+)?[A-Z]"),
                       also="to"),
              # (or what was seen, told to it: "X told Tahat Presse what he saw that afternoon")
              _needing("told", re.compile(r"\btold\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:what|how)\s")),
              # (or a visit it was given: "X received The Nakfa Herald at his hospital bed")
              _needing("received receives welcomed welcomes", re.compile(_VISIT.replace("?P<name>", "?:")))]
_RANK_WORDS = frozenset("state deputy vice prime foreign chief special senior".split())
_BLOCS = frozenset("EU UN NATO ASEAN OPEC BRICS GCC UAE USA US UK".split())
# "told this scribe", "told our correspondent": the article's own outlet (the pipeline knows which)
OWN_OUTLET = "this newspaper"
# the article's own outlet, as its words call it: "told this scribe", "confirmed to this medium sources of …"
_OWN_NOUNS = (r"scribe|reporter|correspondent|newspaper|paper|website|writer|publication|daily|(?:news\s+)?agency|medium"
              # (French "notre rédaction": "declared to our editorial staff, in the family home, that …")
              r"|(?:radio\s+)?station|channel|magazine|portal|newsroom|editorial\s+(?:staff|office|team|board)")
OWN_WORDS = re.compile(rf"(?:this|our)\s+(?:{_OWN_NOUNS})")


def own_words_at(doc, i: int) -> int:
    """How many tokens from ``i`` on name the story's own outlet ("this medium", "our editorial staff"), else 0."""
    return next((n for n in (3, 2) if i + n <= len(doc) and OWN_WORDS.fullmatch(doc[i : i + n].text.lower())), 0)

# "as the agency was informed in the ministry": what the outlet's own reporter was told
_OWN_INFORMED = re.compile(r"\b(?:the|our|this)\s+(?:agency|newspaper|paper|portal|channel)\s+(?:was|were|has\s+been)\s+(?:informed|told)\b",
                           re.IGNORECASE)
_OWN = re.compile(rf"\b(?:told|telling|tells|tell|(?:{_SPEAKING}|spoke|talked)(?:\s+exclusively)?\s+(?:to|with)|"
                  rf"(?:confirmed|declared|said|says|stated|indicated|explained|manifested|assured|precised|recounted|revealed|admitted"
                  rf"|confided|launched|affirmed|specified|underlined|insisted)\s+to|"  # (and "launched to our newspaper", French copy)
                  rf"[Cc]ontacted\s+by|[Cc]onsulted\s+by|(?:[Jj]oined|[Rr]eached)\s+(?:by\s+(?:tele)?phone\s+)?by|"
                  rf"interview(?:ed\s+by|\s+with)|[Ii]n\s+(?:an?\s+)?(?:conversation|dialogue)\s+with)\s+"
                  rf"(?:(?:the|a)\s+(?:correspondent|reporter|journalist)\s+of\s+)?"  # ("… with the correspondent of our newspaper")
                  rf"(?:{OWN_WORDS.pattern}\b(?!['’]s)"
                  # (or the correspondent of no outlet named, or of "the agency" a dateline named: "told the correspondent
                  # of the agency that …", "told the correspondent that …")
                  rf"|the\s+correspondent(?:\s+of\s+the\s+(?:agency|newspaper|portal|channel))?\b(?!\s+of\b|['’]s))")
# "Reached in her turn, Dr. X …", "Contacted by telephone, the ministry …": reached by the outlet's own reporters (by no
# one named)
_OWN_REACHED = re.compile(r"^(?:[Rr]eached|[Cc]ontacted|[Jj]oined|[Ii]nterviewed|[Qq]uestioned)(?:\s+by\s+(?:tele)?phone)?"
                          r"(?:\s+in\s+(?:his|her|its|their)\s+turn|\s+for\s+(?:his|her|its|their)\s+part)?\s*,")
# "said on phone that …", as Kenyan copy has it: a call with the story's own reporter, no outlet named
# (not "said by phone from Istanbul that …", which a wire writes of a call it need not have made)
_OWN_ON_PHONE = re.compile(r"\b(?:said|says|explained|disclosed|confirmed)\s+(?:on|over)\s+(?:the\s+)?(?:tele)?phone\s+that\b")
# "said the spokesman of the company on request" (German "auf Anfrage"): asked by the outlet's own reporters
_OWN_ON_REQUEST = re.compile(r"\b(?:said|says|stated|explained|confirmed|declared)\s[^.;:,“”\"«»]{0,60}?\b(?:on|upon)\s+request\b"
                             r"(?!\s+(?:of|from|for|by)\b)")
# "had assured on Saturday, quoted by the same newspaper, that …": the outlet the article named before
# (or "before" it, as Portuguese copy says one spoke "perante": "sustained before the same agency that …"; or "to"
# it after a verb: "had affirmed to the same agency that …")
# (or whose report closes the sentence: "X wrote that «…», the same agency reported"; or with the day between: "had
# explained on Tuesday to the same agency that …")
_SAME_OUTLET = re.compile(r"(?:\b(?:quoted|cited|(?i:according)\s+to|told|before|\w+ed(?:\s+on\s+[A-Z][a-z]+day)?\s+to)\s+(?:by\s+)?"
                          r"|,\s+(?=the\s+same\s+\w+\s+"
                          r"(?:reported|reports|wrote|writes|informed|informs|added)\b))the\s+same\s+(newspaper|daily|agency|channel)\b")
# "She told us: «…»": the outlet's own reporters, outside a quote
_OWN_US = re.compile(r"\b(?:told|tells|telling|(?:confided|explained|declared|said|confirmed)\s+to)\s+us\b")
# "told the agency", "she told the paper": an outlet by its kind alone, the one the paragraph named before it, else the
# story's own
# (also "for" it, as Balkan copy words it: "stated for the agency the president of …")
# (also "informed the agency", "in an interview with the agency", "a message she sent to the agency")
# (and its correspondent: "had said to the agency's correspondent at the airport")
# (with who spoke between: "«…,« said Ana Kovač for the agency", Slovenian "je povedala za STA")
_THE_OUTLET = re.compile(r"\b(?:told|tells|telling|informed|received\s+by|(?:said|declared|stated|explained|confirmed|confided"
                         r"|affirmed|indicated|recounted|sent|wrote|spoke|pointed\s+out|commented|assessed|emphasi[sz]ed|stressed|added)"
                         r"(?:\s+[A-Z][\w'’-]+){0,4}\s+(?:to|for)"
                         r"|(?i:in)\s+(?:an?\s+)?(?:interview|statements?|remarks)\s+(?:with|to|for))\s+the\s+(?:news\s+)?"
                         r"(agency|newspaper|paper|daily)\b(?!\s+(?:of\b|[A-Z«“„\"])|['’](?!s\s+(?:correspondent|reporter)))")
# an agency that reported what its sentence says, named at its end, by name then kind or by kind then name: "…, the
# Lao National News agency reported.", "…, Taiwan's Cingshuei Press news agency reported.", "…, the state news agency
# SLNN reported."
_REPORTED_AT_END = (
    re.compile(r",\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?:state(?:-run)?\s+|official\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}?)(?:news\s+)?agency\s+"
               r"(?:reported|reports)\s*[.]?\s*$"),
    re.compile(r",\s+(?:the\s+)?(?:state(?:-run)?\s+|official\s+)?(?:[a-z]+\s+)?(?:news\s+)?agency\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
               r"\s+(?:reported|reports)\s*[.]?\s*$"),
)
# an agency named as the one a statement was relayed through, whatever it is called: "quoted by the state-run SLNN"
_RELAYED_BY = re.compile(r"\b(?:quoted|cited|carried|relayed)\s+by\s+(?:the\s+)?(?:(?:state|government)[-\s](?:run|owned)\s+)?"
                         r"(?:news\s+agency\s+|agency\s+)?([A-Z]{2,6})\b(?![\w'’-])")
_KIND_OF = {"agency": "agency", "newspaper": "newspaper", "paper": "newspaper", "daily": "newspaper"}
# (what "told this scribe" and "the agency was informed" cannot match without)
# (with who spoke between, as Dutch and Flemish copy has it: "says mother Griet Peeters (48) to our newspaper")
# (Norwegian and Dutch copy put the speaker between: "says Kjærvik to Sjømerke by phone", "writes in a message to …")
# (with an appositive set off by commas, as Danish copy has it: "says the company's chief executive, Aputsiaq Mølgaard, to
# Qilaat")
def _verb_speaker_to(longest: int) -> str:
    return (r"\b(?:says|said|tells|told|declares|declared|confides|confided|informs|writes|wrote|confirms|confirmed"
            rf"|explains|explained|adds|added)\s+[^,.;:“”\"«»]{{1,{longest}}}?(?:,[^,.;:“”\"«»]{{1,60}},)?\s+to\s+")


_VERB_SPEAKER_TO = _verb_speaker_to(60)
# (to an outlet known to be one, a longer speaker: "said loss adjuster X of the London insurer Y to the Uelzechtbote")
_VERB_LONG_SPEAKER_TO = _verb_speaker_to(100)
_OWN_AFTER_SPEAKER = re.compile(rf"{_VERB_SPEAKER_TO}{OWN_WORDS.pattern}\b")
_OWN_NEEDS = frozenset({"this", "our", "informed", "told", "conversation", "dialogue"})
_WORD = re.compile(r"[^\W\d_]+")  # a word as ``_needing`` counts them: letters only
_TRAIL = re.compile(r"(?:['’]s?|\s+(?:On|In|That|The|As|At|On|Last|This))$")
# "told Iranian state television": a nationality names the channel only with what follows it
_NATIONAL_CHANNEL = re.compile(r"\s+((?:state|public|official|government)\s+)?(?:television|TV|radio|media|news agency)\b")


# words that make an outlet's name only with the nationality before them: "the Czech News Agency", "the Irish Daily Mail"
_GENERIC_OUTLET = re.compile(r"(?:News|Press|Daily|Broadcasting|Radio|Television|TV|Times|Post|Telegraph|Herald|Mail)\b")


_OWNERSHIP = re.compile(rf"^(?:(?:{OWNER_WORD.pattern})\s+)+")


# the waters a demonym names with them, in an outlet's name: "Indian Ocean Wire", "Arabian Gulf Times"
_WATERS = frozenset("Ocean Sea Gulf".split())
# a gathering a place's name stands before, never an outlet: "told the Rome conference on migrant protection"
# (not "talks" or "delegates": "told Reuters talks would resume" names the outlet)
_GATHERING = re.compile(r"\s+(?:conference|summit|meeting|session|forum|gathering|rally|congress|ministerial)\b")


def _clean(name: str, after: str) -> str | None:
    if _GATHERING.match(after) and not _outlet_name(name):
        return None
    name = name.strip().strip("«»\"“”„")
    name = _OWNERSHIP.sub("", name)  # "the Beirut-based Nabd al-Sharq TV", "Huthi-run Al-Sumud TV"
    owner = re.match(r"([A-Z][\w-]*)['’]s\s+(?=[A-Z])", name)
    if owner and role_country(owner.group(1)):
        name = name[owner.end() :]  # "Iran's Payam News Agency"
    name = _TRAIL.sub("", name).strip()
    if name.endswith(".") and name.split()[-1].count(".") == 1:
        name = name[:-1]  # "told Global Wire.", "in interview to CTA." end the sentence, not the name (U.N. keeps its)
    first, _, rest = name.partition(" ")
    if rest.count(" ") >= 1 and is_demonym(first) and not is_country(first) and rest[:1].isupper() and not _GENERIC_OUTLET.match(rest) \
            and rest.split()[0] not in _WATERS:
        # "the Syrian Barada News Agency": the agency's name, not where it is from (not "the Czech News Agency", nor
        # the sea its name is of: "Indian Ocean Wire")
        name = rest
    if is_demonym(name):
        paper = re.match(rf"\s+(?:daily|newspaper|weekly|paper)\s+({_NAME})", after)
        if paper is not None:
            return _clean(paper.group(1), "")  # ("told Nepali daily The Himalayan Mirror": the paper it names)
        channel = _NATIONAL_CHANNEL.match(after)
        if channel is None or channel.group(1) is None and channel.group(0).strip() == "media":
            return None  # "the Russians" are people, not a medium; "told Russian media" names no outlet ("state media" does)
        named = re.match(rf"\s+({_NAME})", after[channel.end():])  # "the Iranian news agency Shargh Press"
        return _clean(named.group(1), "") if named else name + channel.group(0)
    if not name or name.lower() in NOT_MEDIA or name.lower() in TIME_WORDS or len(name) > 60:
        return None
    if re.fullmatch(r"(?:House|Chamber|Senate|Assembly|Council|Committee)\s+of\s+[A-Z][\w\s]*", name) \
            or name.split()[-1] in _CHAMBERS and not OUTLET_NAME_WORD.search(name):
        return None  # (a chamber, whom a minister told: "told the House of Representatives in The Hague", "the National Assembly")
    if all(w in ROLE_NOUNS or w in TITLES or w in _RANK_WORDS for w in name.lower().split()) and not OUTLET_NAME_WORD.search(name):
        return None  # an office, whom the words were said to: "Kalunga told the State Minister" (not "the Observer")
    if name in _BLOCS or re.fullmatch(r"[A-Z]{2,3}", name) and role_country(name):
        return None  # ("for EU members", "for UK customers": a bloc or a country, not an outlet)
    return name


# the last word of a chamber's or a meeting's name, an audience: "told the National Assembly", "told the Security Council"
_CHAMBERS = frozenset("Assembly Parliament Senate Congress Council Committee Chamber Court Tribunal Summit Conference".split())


def _outlet_name(name: str) -> bool:
    """A name that is an outlet's whatever the NER took it for: one the bundled outlet table knows ("told Al
    Jazeera", "told Kommersant"; not "told Al Roker")."""
    return _bundled_outlets().from_marker(_TRAIL.sub("", name.strip()).rstrip(".,")) is not None


@lru_cache(maxsize=1)
def _bundled_outlets() -> OutletTable:
    return load_outlets()


_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")


def _in_quote(text: str, end: int) -> bool:
    """Whether ``text[:end]`` leaves a quotation open: "I told the Russians" inside a quote is no medium."""
    before = re.sub(r"„[^„“”]*[“”]", "", text[:end])  # (a low quote closes with “: „…“ leaves nothing open)
    # (a British single quote too, closed by a ’ that ends no word's apostrophe: "told Nigeria’s Harmattan Herald that Mr
    # Bourne ‘was telling us stories …’" is no "told us")
    single = before.rfind("‘")
    return "„" in before or before.count("“") > before.count("”") or before.count("«") > before.count("»") \
        or before.count('"') % 2 == 1 or single >= 0 and _SINGLE_CLOSE.search(before, single + 1) is None


def _paragraph_to(doc, sent) -> str:
    """The paragraph's text up to the end of ``sent``: quote marks are counted from the paragraph's start, as a
    sentence may begin inside a quote (walked by tokens: doc.text would rebuild the whole article's text)."""
    return doc[line_break_before(doc, sent.start) + 1 : sent.end].text


def _cue_sentence(doc, cue: tuple[int, int]):
    """The sentence of the cue at characters ``cue``, from and to where a comma never ends it (the parser may cut
    "X, in conversation with the TV channel Y, | called …" after the comma); None when no token is there."""
    try:
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    except (ValueError, IndexError):
        span = None
    if span is None or len(span) == 0:
        return None
    end = span[0].sent.end
    while end < len(doc) and doc[end - 1].text == ",":
        end = doc[end].sent.end  # (nor does one end it after: "…, through her son-in-law, | X, who translated for Y.")
    return doc[sentence_start(span[0]) : end]


_CUE_SENTENCES = run_memo_key("cue_sentences")  # ``_sentence_words`` by the cue's characters


def _sentence_words(doc, cue: tuple[int, int]):
    """``_cue_sentence``, its text and its words in lower case (None when no token is there): kept while a run holds
    the doc, as each clause of a cue, and each later look at its setting, asks for the same sentence again."""
    memo, key = doc.user_data.get(_CUE_SENTENCES), tuple(cue)
    if memo is not None and (found := memo.get(key)) is not None:
        return found or None
    sent = _cue_sentence(doc, cue)
    found = () if sent is None else (sent, text := sent.text, frozenset(_WORD.findall(text.lower())))
    if memo is not None:
        memo[key] = found
    return found or None


def said_to_outlet(doc, cue: tuple[int, int], medium: str) -> bool:
    """Whether the sentence of the cue at characters ``cue`` says, after the cue, that it was said "to" the outlet
    ``medium``, the speaker maybe between: "„…“, said managing director Dipl.-Ing. X on Thursday to the agency Y"."""
    found = _sentence_words(doc, cue)
    return found is not None and re.search(rf"\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(medium)}\b",
                                           doc_text(doc)[cue[1] : found[0].end_char]) is not None


def guess_own_outlet(text: str, media: list[str]) -> str | None:
    """The story's own outlet, where nothing else says whose it is: the one outlet that ``media`` (the outlets its
    statements were given to, one per cue) hold twice or more and that the text never introduces by its kind, as
    it would another's ("declared to L'Arganier … specified to L'Arganier", against "told the Kenyan daily Daily
    Mugumo")."""
    # (a name once in ``media`` counts its other mentions as an addressee too, where the pattern table, which "to the"
    # before a lone word would send to "the Minister", did not take it: "told the Uelzechtbote … explained to the
    # Uelzechtbote")
    counts = {m: max(n, len(re.findall(rf"(?<!according\s)\b(?:to|told)\s+(?:the\s+)?{re.escape(m)}\b", text)))
              for m, n in Counter(media).items()}
    # (and by the end of its name after "the", as the story goes on to call itself: "told The Arad Business Daily …
    # told the Business Daily")
    for m in list(counts):
        words = without_the(m).split()
        tails = [" ".join(words[k:]) for k in range(1, len(words)) if words[k][:1].isupper()]
        for tail in tails:
            counts.pop(tail, None)
        if m in counts:
            counts[m] += sum(len(re.findall(rf"(?<!according\s)\b(?:to|told)\s+the\s+{re.escape(tail)}\b", text)) for tail in tails)
            if len(words) >= 2 and words[-1] in OUTLET_NAME_WORDS:
                # (or by its name without the word for its kind: "told Yarl Osai" in Yarl Osai Online's story, "told
                # Tidewater" in Tidewater Analysis's)
                head = " ".join(words[:-1])
                counts[m] += len(re.findall(rf"(?<!according\s)\b(?:to|told)\s+{re.escape(head)}\b(?!\s+{words[-1]})", text))
    bare = [m for m, n in counts.items() if n >= 2 and re.search(
        rf"\b(?:{_MEDIA})\s+(?:(?:[Tt]he|of)\s+)?{re.escape(m)}", text, re.IGNORECASE) is None]
    return bare[0] if len(bare) == 1 else None


def fuller_outlet(text: str, medium: str) -> str | None:
    """The longer name an outlet called by one word of an outlet's name goes by in ``text``: "Gazeta" ("Contacted by
    Gazeta", "told Gazeta") for the "Gazeta do Lavrado" the story names; None unless the story gives exactly one."""
    if " " in medium or medium not in OUTLET_NAME_WORDS:
        return None
    longer = set(re.findall(rf"\b({re.escape(medium)}(?:\s+(?:do|da|dos|das|de|del|di|du))?(?:\s+[{CAPITAL}][\w'’-]*){{1,3}})", text))
    return longer.pop() if len(longer) == 1 else None


def named_as_foreign(text: str, outlet: str) -> bool:
    """Whether ``text`` names ``outlet`` with a nationality before its kind, as a story names another country's outlet
    and never its own ("told the Iraqi outlet Shatt Press"; unlike "said … to the agency Rhönblick Presse")."""
    return re.search(rf"\b{_NATIONALITY}\s+(?:(?:state|official|public|private|news)\s+)?(?:{_MEDIA})\s+(?:[Tt]he\s+)?{re.escape(outlet)}",
                     text) is not None


_SITE_AT_STOP = re.compile(r"\S+\.[a-z]{2,6}\.")


def _own_spelled_out(text: str, own: str) -> str | None:
    """The own outlet's full name where ``text`` gives it with its initials in brackets after a verb of telling or "to"
    ("told Kabar Nusantara (KN) that …", "affirmed in declarations to Agência Cacheu (AC)"), the initials being
    ``own``'s."""
    m = re.search(rf"\b(?:{_SAID_TO}|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}\(\s*{re.escape(own)}\s*\)", text)
    return spelled_out(m.group(0), own) if m is not None else None


def find_medium(doc, cue: tuple[int, int], own: str | None = None) -> tuple[str | None, bool]:
    """The outlet named in the sentence of the cue at characters ``cue``, if any; and whether that sentence speaks
    of an interview (``in interview to CTA``, ``In the same interview, …``): a speaker's later statements may belong
    to it. ``own``: the article's own outlet, an outlet whatever the NER takes it for ("told Hanbit by phone")."""
    found = _sentence_words(doc, cue)
    if found is None:
        return None, False
    sent, text, words = found
    medium = _medium_in(sent, text, words, own, cue[0])
    if medium is not None and (country := place_country(medium)) is not None and not is_country(medium):
        # "told the Doha daily": a city's outlet, which the story named before with its country ("the Qatari daily The
        # Dafna Ledger"), else none it names
        medium = _outlet_of_country(doc_text(doc)[: sent.start_char], country)
    if medium is not None and _SITE_AT_STOP.fullmatch(medium):
        medium = medium[:-1]  # (the sentence's stop, which the tokenizer left on a site's name: "told the server Hanák.info.")
    return medium, opens_interview(text, words)


def _outlet_of_country(before: str, country: str) -> str | None:
    """The outlet ``before`` last named with ``country``'s adjective before its kind: "the Qatari daily The Dafna
    Ledger" for "the Doha daily"."""
    found = None
    for m in re.finditer(rf"\b([A-Z][\w-]*)\s+(?:{_MEDIA})\s+((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})", before):
        if role_country(m.group(1)) == country:
            found = without_the(m.group(2))
    return found


# where a statement was made, when not to an outlet: "said in a statement", "told a press conference", "wrote on X"
_SETTING = _needing("statement conference briefing speech address communique communiqué post tweet sermon rally parliament "
                    "x telegram twitter facebook instagram media journalists reporters press", re.compile(
    r"\b(?:in|at|during|on the sidelines of|addressing)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|press\s+conference|news\s+conference|briefing|speech|address|communiqu[eé]|post|tweet|sermon|rally)\b"
    # (opening the sentence, a new one only: "In a communiqué published Monday, …", not "In his statement, …" to an outlet)
    r"|\b(?:In|At|During)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+conference|news\s+conference|briefing|speech|communiqu[eé]|post)\b"
    r"|\b(?:told|addressing|addressed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:press\s+conference|news\s+conference|briefing|rally|parliament)\b"
    r"|\b(?:wrote|posted|said)\s+on\s+(?:X|Telegram|Twitter|Facebook|Instagram|social\s+media)\b"
    r"|\b(?:told|telling|tells|[Ss]peaking\s+to)\s+(?:journalists|reporters|the\s+press|the\s+media)\b"))


def outlet_name_end(doc, i: int) -> int | None:
    """Where an outlet's name that starts at token ``i`` ends, when a capitalised name runs on right after it: its last
    word one only an outlet's name has ("The Sannine Daily| Charbel Abi Raad", whatever the NER made of them all)."""
    start = j = i + (doc[i].lower_ == "the")
    while j < len(doc) and j < i + 5 and (doc[j].is_title or doc[j].text in OUTLET_NAME_WORDS):  # (and "FM", "TV")
        # (a word of the name before its outlet's word: "Radio Ngonge" is the station's whole name)
        if doc[j].text in OUTLET_NAME_WORDS and j > start and j + 1 < len(doc) and doc[j + 1].is_title \
                and doc[j + 1].text not in OUTLET_NAME_WORDS:
            return j + 1
        j += 1
    return None


def opens_interview(text: str, words: set[str] | None = None) -> bool:
    """Whether ``text`` speaks of an interview ("in interview to CTA", "sat down with the Courier"); ``words``: its
    words as ``_WORD`` finds them in lower case, if known."""
    if words is None:
        words = set(_WORD.findall(text.lower()))
    return any(shape.pattern.search(text) is not None for shape in _INTERVIEW if shape.fits(words))


def interview_marks(text: str) -> list[int]:
    """Where ``text`` speaks of an interview (the characters its words start at)."""
    # (paragraph by paragraph, each on the shapes whose words it has: one pattern of all the shapes, tried at every
    # character of every text, cost more than all the rest of finding media)
    marks = []
    start = 0
    for paragraph in text.split("\n"):
        words = set(_WORD.findall(paragraph.lower()))
        found = {m.start() for shape in _INTERVIEW if shape.fits(words) for m in shape.pattern.finditer(paragraph)}
        marks.extend(start + at for at in sorted(found))
        start += len(paragraph) + 1
    return marks


def names_setting(doc, cue: tuple[int, int]) -> bool:
    """Whether the sentence of the cue at ``cue`` says where the words were spoken (a statement, a press
    conference, a post): they are not part of an interview the speaker gave earlier."""
    found = _sentence_words(doc, cue)
    if found is None:
        return False
    _, text, words = found
    return _SETTING.fits(words) and _SETTING.pattern.search(text) is not None


def _medium_in(sent, text: str, words: set[str], own: str | None = None, cue_char: int | None = None) -> str | None:
    """The outlet named in ``sent`` (whose text is ``text``, whose words in lower case are ``words``), if any; with
    ``cue_char``, not one another speaker in the sentence was telling ("X has maintained that …, while Y told
    Azerbaijan's AZX agency …")."""
    doc = sent.doc
    cue = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand") if cue_char is not None else None
    cue_subjects = {c.i for c in cue[0].children if c.dep_ in SUBJECT} if cue else set()
    paragraph = None
    if words & _OWN_NEEDS and (_OWN.search(text) or _OWN_INFORMED.search(text) or _OWN_AFTER_SPEAKER.search(text)):
        return OWN_OUTLET
    if _OWN_REACHED.match(text) or "request" in words and _OWN_ON_REQUEST.search(text) \
            or words & {"phone", "telephone"} and _OWN_ON_PHONE.search(text):
        return OWN_OUTLET
    same = _SAME_OUTLET.search(text) if "same" in words else None
    if same is not None:  # "quoted by the same newspaper": the one the article named last (maybe in this sentence)
        named = last_named_outlet(doc_text(doc)[: sent.start_char + same.start()], same.group(1).lower())
        if named is not None:
            return named
    us = _OWN_US.search(text) if "us" in words else None
    if us is not None:
        paragraph = _paragraph_to(doc, sent)
        if not _in_quote(paragraph, len(paragraph) - len(text) + us.start()):
            return OWN_OUTLET
    if "according" in words:
        # ("…, according to SKN,": an acronym the article named as an outlet before)
        acronym = re.search(r"\b[Aa]ccording\s+to\s+([A-Z]{2,6})\b(?!\s+[A-Z])", text)
        if acronym is not None and named_as_outlet(doc[: sent.start].text, acronym.group(1)):
            return acronym.group(1)
    outlet = _THE_OUTLET.search(text) if words & _KIND_OF.keys() else None
    if outlet is not None:
        paragraph = _paragraph_to(doc, sent)
        at = len(paragraph) - len(text) + outlet.start()
        if not _in_quote(paragraph, at):
            # (or in a paragraph before, where the story names a paper of that kind that is not its own: "told the
            # Kenyan newspaper Pwani Mirror … ¶ «…», the captain told the newspaper")
            kind = _KIND_OF[outlet.group(1)]
            # (not an agency: an agency's story calls itself "the agency", whatever agencies it quoted before)
            before = last_named_outlet(doc_text(doc)[: sent.start_char], kind) if kind != "agency" else None
            # (but one the paragraph has just relayed the speaker through: "X, quoted by the state-run SLNN, said …
            # X also told the agency …")
            relayed = list(_RELAYED_BY.finditer(paragraph[:at])) if kind == "agency" else []
            if relayed and (not own or relayed[-1].group(1).casefold() != own.casefold()):
                return relayed[-1].group(1)
            return last_named_outlet(paragraph[:at], kind) or (
                before if before is not None and own and before.casefold() != own.casefold() else OWN_OUTLET)
    # (also with the day between: "has declared Wednesday to Citadelle Info the Haitian X")
    # (or for it, with the speaker named between: "stated Nikolovski for Pelister Press by telephone")
    # (the paper by the last word of its name too: "informed the Post" in The Gurans Post)
    short = own.split()[-1] if own and len(own.split()) > 1 and own.split()[-1] in OUTLET_NAME_WORDS else None
    own_name = re.escape(own) + (rf"|(?<=the\s){short}" if short else "") if own else ""
    if own and (own in text or short and f"the {short}" in text) and re.search(
            rf"\b(?:(?:{_SAID_TO}|wrote|writes|reported|reports){_WHEN}\s+to|(?:spoke|talked|[Ss]peaking|[Tt]alking)(?:\s+[a-z]+ly)?\s+(?:with|to)"
            # (what was described between: "describes the night of the storm to Tähystäjä")
            rf"|(?:describes|described|recounts|recounted)\s+[^,.;:“”\"«»]{{1,60}}?\s+to"
            rf"|(?:{'|'.join(_GIVEN_FOR_VERBS.split())})(?:\s+[A-Z][\w'’-]*){{0,3}}\s+for"
            # (or "informed" it with no "to": "– informed Délkör on Thursday the ministry")
            rf"|inform(?:s|ed))\s+(?:the\s+)?(?:{own_name})\b|{_VERB_LONG_SPEAKER_TO}(?:the\s+)?(?:{own_name})\b", text):
        # "has for her part indicated to Lagune Infos" in its own story, "wrote to Brimvarp that …", "the press service
        # reported to Svislach" (not only an acronym, as below); "the envoy, who spoke with RIMAQ before …" (whom else
        # one spoke with may be anyone)
        return own
    if own and own.isupper() and f"({own})" in text and (spelled := _own_spelled_out(text, own)) is not None:
        return spelled  # "told Kabar Nusantara (KN)" in KN's own story: the outlet by its full name
    for shape in _PATTERNS:
        if not shape.fits(words):
            continue
        pattern = shape.pattern
        # (the one nearest the cue first: "X (quoted by AZX) said …, while Y, quoted by the agency AMX, insisted …")
        matches = list(pattern.finditer(text))
        if cue is not None and len(matches) > 1:
            matches.sort(key=lambda m: abs(sent.start_char + m.start() - cue_char))
        for m in matches:
            start = sent.start_char + m.start("name")
            token = doc.char_span(start, start + 1, alignment_mode="expand")
            named_outlet = re.search(rf"\b(?:{_MEDIA})\s+{_WHOSE}$|\b(?:{_MEDIA}),?\s+$", text[m.start() : m.start("name")])
            the = re.search(r"\bthe\s+$", text[m.start() : m.start("name")])
            outlet_word = OUTLET_NAME_WORD.search(m.group("name"))  # ("Speaking to Al Mayadeen TV", whatever the NER made of it)
            passive = re.match(r"(?:was|were)\s", m.group(0)) is not None  # ("it was informed to X": X is an outlet)
            # ("In an interview with HXNA", "to the correspondent of UzN": no person)
            acronym = re.fullmatch(r"[A-Z](?:[a-z]{0,2}[A-Z]){1,4}", m.group("name")) is not None
            # (nor a name with a capital inside, as outlets write theirs: "told ArmVector"; not "McAllister", "DeSantis")
            acronym = acronym or CAMEL_CASE.fullmatch(m.group("name")) is not None
            masthead = re.match(r"(?:Le|La|Les|El|L['’])\s*[A-Z]", m.group("name")) is not None  # ("Le Lagunaire": no person)
            numbered = re.search(r"\s\d+$", m.group("name")) is not None  # (nor has a person a number: "Kavkaz 24")
            # (whom a reporter's outlet reached: "When contacted by Harian Timur", whatever the NER made of the name)
            reached = _REACHED.search(text, m.start(), m.end()) is not None  # (in place: "when met by" looks behind)
            # (nor is whose correspondent it was, or what a statement was given for: "stated for GeoPulse")
            # (or with a possessive before its reporter: "told Khyber's reporter")
            correspondent = re.search(r"(?:correspondent|reporter|journalist)s?\s+of\s+(?:the\s+)?$", text[m.start() : m.start("name")]) \
                or re.match(r"['’]s?\s+(?:correspondent|reporter|journalist)s?\b", text[m.end("name"):])
            given_for = re.match(_GIVEN_FOR, m.group(0)) is not None
            # (nor whom a statement was relayed through: "X, quoted by Pelita Negara, said", whatever the NER made of it)
            relayed = re.match(r"(?:[Qq]uoted|[Cc]ited|carried|relayed|transmitted)\b", m.group(0)) is not None
            # (nor a person after an office: "he told Foreign Minister X on Monday")
            name_words = m.group("name").split()
            if token is not None and len(name_words) >= 3 and name_words[0].lower() in ROLE_NOUNS | TITLES | {"foreign", "deputy", "prime"} \
                    and any(t.ent_type_ in ("PERSON", "PER") for t in doc.char_span(start, start + len(m.group("name")),
                                                                                      alignment_mode="expand") or ()):
                continue
            if token is not None and len(token) and token[0].ent_type_ in ("PERSON", "PER") and not named_outlet and not the \
                    and not outlet_word and not passive and not acronym and not masthead and not numbered and not reached and not correspondent \
                    and not given_for and not relayed and not _outlet_name(m.group("name")) \
                    and not (own and (own == m.group("name").rstrip(".") or own.startswith(m.group("name").rstrip(".") + " "))):
                # "told Lavrov" is an interlocutor, not a medium; "the TV channel Al-Sham Al-Youm" and "told the
                # Ledger" (no person takes "the", whatever the NER says) are media; so is the story's own outlet by
                # the start of its name ("told Yarl Osai" in Yarl Osai Online's story)
                continue
            if m.groupdict().get("when") and not (outlet_word or _outlet_name(m.group("name")) or re.search(
                    rf"\b(?:{_MEDIA})\s+$", text[: m.start("name")])):
                continue  # ("Tesla reported on Wednesday, citing weak demand": a company, not an outlet)
            lead = doc.char_span(sent.start_char + m.start(), sent.start_char + m.start() + 1, alignment_mode="expand")
            other = lead[0] if cue and lead and lead[0].i != cue[0].i and lead[0].pos_ == "VERB" else None
            if other is not None and (cue_subjects and any(c.dep_ in SUBJECT and c.i not in cue_subjects and c.pos_ != "PRON"
                                                           for c in other.children)
                                      # (nor another verb's past a semicolon: "X declared to Le Tamarinier that …; and Y,
                                      # sent back, told the daily El Mohán that …"; or past a "while" that opens the
                                      # cue's clause, however the parser hung it: "X told the outlet Shatt Press that …,
                                      # while in Sudan, Y (quoted by the agency NCNA), deplored …")
                                      or any(t.text == ";" or t.lower_ in ("while", "whereas") and other.i < t.i
                                             for t in doc[min(other.i, cue[0].i) : max(other.i, cue[0].i)])):
                continue
            if paragraph is None:
                paragraph = _paragraph_to(doc, sent)
            if _in_quote(paragraph, len(paragraph) - len(text) + m.start()):
                continue
            raw = m.group("name")
            if masthead and token is not None and len(token):
                # (not into the name of who spoke, which French copy puts right after the outlet: "confided to Le
                # Qadisha Georges Fakhoury")
                lo = token[0].i
                named = next((e for e in person_ents(doc) if lo + 1 < e.start and e.start_char < start + len(raw)
                              and e.end_char >= start + len(raw) - 1), None)
                raw = doc[lo : named.start].text if named is not None else raw
            name = _clean(raw, text[m.end("name"):])
            if name:
                return name
    if words & {"reported", "reports"}:
        # "…, while X emphasised that …, the Lao National News agency reported.": the outlet that reported the
        # sentence's statements, whatever other verb comes between
        for pattern in _REPORTED_AT_END:
            at_end = pattern.search(text)
            if at_end is not None and (cue_char is None or cue_char < sent.start_char + at_end.start()):
                paragraph = paragraph if paragraph is not None else _paragraph_to(doc, sent)
                name = at_end.group("name").strip()
                # (the whole name: "Lao" opens the agency's name there, it does not say whose it is)
                if not is_demonym(name) and not _in_quote(paragraph, len(paragraph) - len(text) + at_end.start()):
                    return name
    return None
