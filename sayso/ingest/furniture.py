"""Page furniture: the lines of a scraped page that are not the story.

Every rule looks at one whole line and is deliberately narrow: a line that
reads like a sentence of the story is never furniture. ``classify_line``
names the kind of furniture or returns None; teasers ("READ:", "Check Also")
also swallow the teaser headline and snippet after them, which needs the
lines around, so ``teaser_label`` and ``is_teaser_snippet`` serve the caller.
"""
from __future__ import annotations

import re

from .dates import find_date

__all__ = ["classify_line", "teaser_label", "is_teaser_snippet", "strip_date_label", "looks_like_sentence", "newsroom_outlet",
           "barred_byline", "fielded_byline", "job_byline", "paper_first_byline",
           "is_masthead"]

# Standalone navigation words, buttons and section labels (compared casefolded).
_NAV_PHRASES = frozenset(
    p.strip()
    for p in """
    home, latest, news, menu, close, search, login, log in, sign in, sign up, register, subscribe, share,
    tweet, print, email, e-mail, comments, comment, more, next, previous, prev, back, top, back to top,
    skip to content, skip to main content, main menu, politics, world, business, economy, sports, sport,
    culture, opinion, opinions, analysis, video, videos, photos, photo, gallery, tags, tag, related,
    related articles, related news, related stories, most read, most popular, popular, trending,
    advertisement, ad, ads, sponsored, breaking, breaking news, live, podcast, podcasts, newsletter,
    contact, contact us, about, about us, privacy policy, privacy, terms, terms of use, cookies,
    cookie policy, accept, toggle navigation, navigation, facebook, twitter, x, whatsapp, telegram,
    linkedin, instagram, youtube, rss, copy link, listen, english, arabic, русский, türkçe, français,
    español, en, ar, ru, tr, fr, es, de, middle east, region, regions, africa, asia, europe, americas,
    interviews, features, editorial, editor's pick, editors' picks, multimedia, infographics, infographic,
    reports, world news, local news, national, international, science, technology, tech, health,
    lifestyle, entertainment, weather, submit, go, ok, cancel, reply, leave a reply, leave a comment,
    load more, show more, read more, see more, view more, watch, listen now, follow us, share this,
    share on facebook, share on twitter, print this article, font size, a+, a-, font, more news,
    top stories, headlines, archive, archives, sections, all sections, syria, turkey, russia, iran, iraq,
    lebanon, israel, palestine, jordan, egypt, gulf, news in brief, in brief, highlights, home page
    """.split(",")
)
_NAV_TOKENS = frozenset(w for p in _NAV_PHRASES for w in p.split())

_BULLETS = " \t|•·›»«>/\\-–—:;,.*#()[]{}"

_TEASER = re.compile(
    r"^(?:READ(?: MORE| ALSO)?|Read(?: more| also)?|Also read|ALSO READ|Also Read|See also|SEE ALSO|Check Also|CHECK ALSO|"
    r"RELATED|Related(?: article| story| news| video| videos| content)?|MORE|WATCH|Watch|LISTEN|Recommended|You may also like|"
    r"You might also like|Don['’]t miss|DON['’]T MISS|Suggested|Trending now|ALSO IN THIS ISSUE|Also in this issue|"
    r"IN THIS ISSUE|In this issue|ALSO ON THIS SITE)\s*(?:[:>»\-–—|]\s*|$)(?P<rest>.*)$"
)
_SIGN_OFF = re.compile(
    # "Rania Khoury/ H. Saleh", "Haifa Said / Mazen", "M. Nassar/H. Zain/ Rasha"
    r"^(?:[A-Z][\w'’\-]*\.?\s?){1,4}(?:\s*/\s*(?:[A-Z][\w'’\-]*\.?\s?){1,4}){1,3}$"
)
# A photo credit "[Photographer/Agency]" has no commas; "[HuffPost, NBC/WSJ]" cites sources.
_CAPTION = re.compile(r"\[[^\[\],\n]{2,80}/[^\[\],\n]{2,80}\]\s*$|^\(?(?:Photo|PHOTO|Image|IMAGE|File photo|FILE PHOTO|Photograph)\b[^.]{0,120}$")
# Each call to action with the words that must follow it: "Share prices fell" or
# "Follow-up talks" are story, "Share this article" and "Follow us" are not.
_SHARE = re.compile(
    r"^(?:share(?: this| on| via| the (?:story|article|post)| article|:)|subscribe(?: to| now| for|:|$)"
    r"|follow us|follow (?:\w+ )?on (?:facebook|twitter|x|telegram|instagram|youtube|linkedin|whatsapp)"
    r"|sign up (?:for|to)|join (?:us|our)|download (?:our|the) (?:\w+ )?app|like us|click here|tap here"
    r"|get the latest|stay updated|don['’]t forget to (?:share|subscribe|follow))(?![\w-])",
    re.I,
)
# A byline names people: capitalised words (and initials, particles, "and"), perhaps ", Agency".
_NAME = r"(?:[A-Z][\w'’.\-]*|al-\w+|el-\w+|de|da|di|van|von|bin|ibn)"
_BYLINE = re.compile(
    rf"^(?:By:?|BY:?|Written by|Reporting by|Author:)\s+(?P<author>{_NAME}(?:\s{_NAME}){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s{_NAME}){{0,4}}){{0,3}})\.?"
    rf"(?:\s*\|\s*[A-Z][^|\d]{{1,60}})?$"  # ("By Brian Okello | The Kyoga Dispatch": the paper after a bar)
)
# a paper's name with its article, in any of the languages news copy comes from: "The Kyoga Dispatch", "El Matutino
# Quisqueyano", "De Beiaard", "Le Murdjadjo"
_MASTHEAD = re.compile(r"(?:The|De|Het|Le|La|Les|El|Il|Lo|Al|Der|Die|Das|L['’])\s*[A-Z][^|\d]{1,60}$")
# "Sofie Verbeke | De Beiaard": Dutch and Flemish papers sign with the writer and the paper, no "By"
_BYLINE_BARRED = re.compile(rf"^(?P<author>{_NAME}(?:\s{_NAME}){{1,3}})\s*\|\s*(?P<paper>{_MASTHEAD.pattern})")
# (or a paper's name of any words, after a writer's of two or three: "Liisa Kuusik | Emajõe Kaja"; not a section's
# words, "Latest News | Europe")
# (the letters of a name after its capital, in the languages bylines come in)
_LOWER = "a-zà-ÿāčēģīķļņōŗšūžőűąęłńśźżøæåõ'’-"
_BYLINE_BARRED_ANY = re.compile(rf"^(?P<author>[A-Z][{_LOWER}]+(?:\s[A-Z][{_LOWER}]+){{1,2}})"
                                r"\s*\|\s*(?P<paper>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})$")
# (or the paper of one word first, which no writer's name is: "Itsasargi | Idoia Berasategi Arrieta")
_BYLINE_PAPER_BARRED = re.compile(rf"^(?P<paper>[A-Z][{_LOWER}]+)\s*\|\s*(?P<author>[A-Z][{_LOWER}]+(?:\s[A-Z][{_LOWER}]+){{1,3}})$")
_SECTION_WORDS = frozenset("""news latest world politics sport sports business opinion home top breaking live local national
    international europe africa asia americas economy culture health science technology video photos""".split())

# "Délkör | Fekete Noémi | 12 November 2026": a portal signs with its name first, then the writer and the date
_BYLINE_PAPER_FIRST = re.compile(rf"^(?P<paper>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}})\s*\|\s*"
                                 rf"(?P<author>{_NAME}(?:\s{_NAME}){{1,3}})\s*\|\s*(?P<date>[^|]{{4,40}})$")
_BYLINE_WRITER_FIRST = re.compile(rf"^(?P<author>{_NAME}(?:\s{_NAME}){{1,3}})\s*\|\s*(?P<paper>[A-Z][\w'’.-]*)\s*\|\s*"
                                  rf"(?P<date>[^|]{{4,40}})$")
# "Zehra Nur Kalkan and Emre Baysal  |20.11.2026 - Update : 20.11.2026": Turkish agencies sign with the date
_BYLINE_DATED = re.compile(
    rf"^(?P<author>{_NAME}(?:\s{_NAME}){{0,4}}(?:\s*(?:,|and|&)\s*{_NAME}(?:\s{_NAME}){{0,4}}){{0,3}})"
    rf"\s*\|\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b.*$"
)
# "Thandeka Ncube, Senior Reporter", "Our Correspondent, Chattogram", "Staff Correspondent": a writer signs with their
# job on the paper (or the paper's correspondent alone, with where they file from)
_BYLINE_JOB = re.compile(
    rf"^(?:(?P<author>{_NAME}(?:\s{_NAME}){{1,3}}),\s*)?(?:From\s+)?(?:(?:Our|Own|Staff|Senior|Chief|Special|Political|Diplomatic"
    rf"|Business|Court|Health|Parliamentary|Regional|District|Foreign|Deputy|News)\s+){{0,2}}(?:Reporter|Correspondent|Writer"
    rf"|Editor)(?:,\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})?$")
# "Redaction La Voz del Illimani / La Paz": a Spanish, Portuguese or French paper's newsroom signs for itself
_NEWSROOM = re.compile(r"^(?:Redaction|Redacción|Redaccion|Redação|Redacao|Rédaction|Newsroom|Editorial [Ss]taff)\s+"
                       r"(?P<outlet>[A-Z][^/|–—]{1,60}?)(?:\s*[/|–—]\s*[A-Z][^/|–—]{1,40})?$")


def paper_first_byline(line: str) -> tuple[str, str, str] | None:
    """(paper, writer, date) of a byline that names the paper and the writer with the date ("Délkör | Fekete Noémi |
    12 November 2026"; or the writer first, where the paper has one word, which no writer's name has: "Sólja Joensen |
    Brimvarp | 5 December 2026"), else None."""
    m = _BYLINE_PAPER_FIRST.match(line.strip()) or _BYLINE_WRITER_FIRST.match(line.strip())
    if m is None or not find_date(m["date"].strip(), whole=True):
        return None
    return m["paper"], m["author"], m["date"].strip()


def fielded_byline(line: str) -> tuple[str, str, str | None] | None:
    """(paper, writer, date or None) of a newsletter's byline of barred fields that signs last ("Caribbean Fisheries
    Brief | Belize City | Thursday 26 November 2026 | By Kareem Usher"), else None."""
    fields = [f.strip() for f in line.strip().split(" | ")]
    m = _BYLINE.match(fields[-1]) if len(fields) >= 3 else None
    if m is None:
        return None
    return fields[0], m["author"], next((f for f in fields[1:-1] if find_date(f, whole=True)), None)


def job_byline(line: str) -> str | None:
    """The writer of a byline that signs with their job on the paper ("Thandeka Ncube, Senior Reporter"; the byline
    as written where it names none: "Our Correspondent, Chattogram"), else None."""
    m = _BYLINE_JOB.match(line.strip())
    return None if m is None else m["author"] or line.strip()


def barred_byline(line: str) -> tuple[str, str] | None:
    """(writer, paper) of a byline that signs with a writer and the paper after a bar ("Liisa Kuusik | Emajõe Kaja"),
    else None."""
    m = _BYLINE_BARRED.match(line.strip()) or _BYLINE_BARRED_ANY.match(line.strip()) or _BYLINE_PAPER_BARRED.match(line.strip())
    if m is None or m["author"].split()[0] in ("By", "BY") or any(
            w.lower() in _SECTION_WORDS for w in re.findall(r"\w+", line)):
        return None
    return m["author"], m["paper"].strip()


def is_masthead(name: str) -> bool:
    """Whether ``name`` reads as a paper's name with its article ("El Matutino Quisqueyano", "De Beiaard")."""
    return _MASTHEAD.match(name.strip()) is not None


def newsroom_outlet(line: str) -> str | None:
    """The outlet whose newsroom signs ``line`` ("Redaction La Voz del Illimani / La Paz"), else None."""
    m = _NEWSROOM.match(line.strip())
    return m["outlet"].strip() if m else None


# "(Reporting by X in Beirut; Editing by Y)", "*Writing by Seda Karaca": a wire's or agency's credits
_CREDITS = re.compile(r"^(?:[(*\[]+(?:Additional reporting|Reporting|Writing|Editing|Compiled|Translated|Edited)\s+by\s+[A-Z]"
                      r"[^.!?]{0,200}[)\]]?\.?|(?:Additional reporting|Reporting|Writing)\s+by\s+[A-Z][^.!?;]{0,100};\s*"
                      r"(?:Editing|Edited)\s+by\s+[A-Z][^.!?]{0,100})$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\s*(?:©|\(c\)|\d{4}))|\bAll rights reserved\.?$", re.I)
_DATE_LABEL = re.compile(
    r"^(?:Published(?: on| at)?|Updated(?: on| at)?|Last updated|Posted(?: on| at)?|Date|Modified)\s*:?\s*", re.I
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def looks_like_sentence(line: str) -> bool:
    """A line of at least six words ending like a sentence: never furniture by shape alone."""
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def strip_date_label(line: str) -> str:
    return _DATE_LABEL.sub("", line).strip()


def _is_navigation(line: str) -> bool:
    core = line.strip(_BULLETS).casefold()
    if not core:
        return True  # a line of bullets and separators alone
    if core in _NAV_PHRASES:
        return True
    # "Home | Latest | Politics" and other menus flattened onto one line
    parts = [p.strip(_BULLETS).casefold() for p in re.split(r"\s*[|•·›»/]\s*", line) if p.strip(_BULLETS)]
    return len(parts) >= 2 and all(p in _NAV_PHRASES or p in _NAV_TOKENS for p in parts)


def _is_date_line(line: str) -> bool:
    core = strip_date_label(line)
    if not core or len(core.split()) > 9:
        return False
    return bool(find_date(core, whole=True))


def _is_tagline(line: str, outlet_names: frozenset[str]) -> bool:
    """'Levant Wire — News as it happens': an outlet's name, a separator, a short slogan."""
    m = re.match(r"^(?P<name>[^|–—:]{2,60}?)\s*(?:\||–|—|::| - |:)\s*(?P<slogan>.{2,80})$", line)
    if not m:
        return False
    name = " ".join(m["name"].replace("_", " ").casefold().split())
    slogan = m["slogan"].strip()
    return name in outlet_names and len(slogan.split()) <= 8 and not _SENTENCE_END.search(slogan)


def classify_line(line: str, outlet_names: frozenset[str] = frozenset()) -> str | None:
    """The kind of furniture ``line`` is, or None when it may belong to the story."""
    if _COPYRIGHT.search(line) and len(line.split()) <= 15:
        return "copyright"
    if _CAPTION.search(line):
        return "caption"
    if _CREDITS.match(line):
        return "credits"
    if looks_like_sentence(line) and not (_SHARE.match(line) and len(line.split()) <= 12):
        return None
    if line.strip(_BULLETS).casefold() in outlet_names:
        return "masthead"
    if _is_navigation(line):
        return "navigation"
    if _SHARE.match(line) and len(line.split()) <= 16:
        return "share"
    if _BYLINE.match(line) or _BYLINE_DATED.match(line) or barred_byline(line) or paper_first_byline(line) or job_byline(line) \
            or fielded_byline(line):
        return "byline"
    if _NEWSROOM.match(line):
        return "newsroom"
    if _SIGN_OFF.match(line) and len(line.split()) <= 8 and "/" in line:
        return "sign-off"
    if _is_date_line(line):
        return "date"
    if _is_tagline(line, outlet_names):
        return "tagline"
    return None


def teaser_label(line: str) -> tuple[bool, str] | None:
    """(True, headline-on-the-same-line) for a teaser label line, else None."""
    m = _TEASER.match(line)
    if not m:
        return None
    rest = m["rest"].strip()
    if rest and looks_like_sentence(rest) and len(rest.split()) > 30:
        return None
    return True, rest


def is_teaser_snippet(line: str, starts_with_dateline: bool) -> bool:
    """The one-line excerpt under a teaser headline: cut short, or opening with its own dateline.

    A story paragraph after the first never opens with a dateline, and an
    excerpt is cut with an ellipsis or a "read more" link; a full sentence
    that shows neither is kept as story.
    """
    if len(line.split()) > 60:
        return False
    if re.search(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|Read [Mm]ore\s*»?|»)\s*$", line):
        return True
    return starts_with_dateline
