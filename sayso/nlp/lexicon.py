"""Words that mark attribution: reporting verbs, source phrases, role nouns.

One place for the vocabulary the quote and speaker stages share, so tuning
never means hunting constants across modules. Lemmas are lower-case.
"""
from __future__ import annotations

import re

from .tokenizer import LOWER_TITLES

__all__ = [
    "ARABIC_ARTICLE",
    "SPEECH_VERBS",
    "BELIEF_VERBS",
    "OBJECT_CUES",
    "PARTICLE_CUES",
    "CUE_LEMMAS",
    "SOURCE_PREPOSITIONS",
    "VIEW_NOUNS",
    "OWN_ACCOUNT_NOUNS",
    "ROLE_NOUNS",
    "POST_NOMINALS",
    "GROUP_NOUNS",
    "MEDIA_NOUNS",
    "OUTLET_NAME_WORDS",
    "OUTLET_NAME_WORD",
    "CAMEL_CASE",
    "OWNER_WORD",
    "LEGAL_FORMS",
    "NOT_MEDIA",
    "PRONOUN_GENDER",
    "TITLES",
    "ROLE_SYNONYMS",
    "OFFICE_KINDS",
    "TIME_WORDS",
    "WHEN_NOUNS",
    "DOCUMENT_CUES",
    "DOCUMENT_NOUNS",
    "THAT_CUES",
    "JUDGING_CUES",
    "FINDING_CUES",
    "ADDRESSEE_CUES",
    "WRITINGS",
    "POSTED_BODIES",
    "CAPITAL",
    "ABBREVIATED_TITLES",
    "DIGRESSIONS",
    "PORTFOLIO_WORDS",
    "LESSER_WORDS",
    "ORIGIN_WORDS",
    "KIN_NOUNS",
]

# the Arabic article as a name's words carry it, hyphenated: "Jabhat al-Wadi", "Deir ez-Zor"
ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|at|az|ar)-"

# verbs that report speech; their clausal complement is what was said
SPEECH_VERBS = frozenset(
    """say tell add state announce declare claim insist stress note warn argue explain confirm deny
    report write tweet post reply respond answer ask affirm underline underscore emphasize emphasise
    reiterate acknowledge admit assert allege suggest predict promise pledge vow threaten urge
    recall mention comment observe remark repeat maintain contend concede complain estimate joke
    inform assure indicate reveal disclose testify counter charge caution exclaim conclude
    proclaim stipulate specify clarify lament boast predict retort quip recount agree convey
    demand propose recommend signal hint describe term dub brand label accuse blame praise
    criticize criticise condemn welcome question dismiss reject rule cite slam denounce laud
    manifest confess request qualify appeal instruct advise implore confide reaffirm summarise summarize invite exhort hail reassure
    shout yell scream whisper murmur mutter sigh""".split()
)
# verbs of belief or knowledge: attributions in PolNeAR's sense when their subject is a source
BELIEF_VERBS = frozenset("believe think feel expect hope fear doubt know suspect consider worry".split())
# verbs that judge what they name: a view of their object with an "as" ("dismissed the plan as a project of …"), or
# the quote set off after them ("saluted, in a communiqué, «the professionalism of …»"), a speech act whatever the
# lexicon says of "salute" ("the soldiers saluted the flag" is none)
JUDGING_CUES = frozenset("""dismiss reject denounce condemn deplore welcome praise laud commend hail salute criticize criticise slam
    qualify""".split())
# verbs whose statement is their object phrase: "called the meeting fruitful", "described A as B"
OBJECT_CUES = frozenset("describe call term dub brand label qualify".split())
# verbs that state a cause, with the preposition that gives it: "attributes the collapse to a seismic event" reports
# "the collapse to a seismic event"; "blamed the delay on the company" (and "blamed A for B", a judgement); and, with
# its likeness in quote marks, "compared the satellite to « a patient who … »"
CAUSE_CUES = {"attribute": ("to",), "ascribe": ("to",), "blame": ("on",), "compare": ("to", "with")}
# phrasal cues: verb lemma -> particle ("pointed out that", "went on saying", "summed up the situation for X: «…»")
PARTICLE_CUES = {"point": "out", "call": "on", "go": "on", "rule": "out", "lay": "out", "spell": "out", "sum": "up"}
# verbs by which a document speaks ("the poll shows that …"), cues only when a document is their subject
DOCUMENT_CUES = frozenset("show find suggest indicate reveal estimate project conclude".split())
DOCUMENT_NOUNS = frozenset(
    """poll polls survey surveys study studies report reports data analysis research figures statistics
    document documents memo letter filing filings records audit review investigation census""".split()
)
# verbs whose object is who heard it ("told ZNN's correspondent"), never who spoke
ADDRESSEE_CUES = frozenset("tell inform assure reassure ask urge advise warn remind brief".split())
# verbs that report only with a that-clause: "did not exclude that …" (machine-translated "не исключил"),
# "expressed confidence that …", "voiced concern that …", "assessed that …" (Balkan and Russian "ocenio je da"),
# "directing that priority be given to …"
# and the calques of Spanish and Portuguese reporting verbs: "precisó que" -> "precised that", "sostuvo que" ->
# "sustained that", "refirió que" -> "referred that", "resaltó que" -> "highlighted that", "garantiu que" -> "guaranteed
# that", "defendió que" -> "defended that"; and South Asian English "shared that …", "viewed that …"
THAT_CUES = frozenset("""exclude express voice transmit assess direct judge precise sustain refer highlight deplore detail
    guarantee opine recognize recognise submit share view hammer defend posit aver regret""".split())
# verbs that report only the quote they follow or the clause their "that" opens: French "a lancé" ("«…», he launched",
# "she launched: «…»", "had launched that the crew are «…»"), never "launched an offensive"; "spoke" before a colon and
# its quote ("spoke to Faru Post by phone: ‘…’"), never "spoke at length"; French "a réagi" ("«…», reacted X")
QUOTE_CUES = frozenset({"launch", "speak", "react"})
# an outlet's own finding: "ČTP has learnt that …", "what this medium could learn", "X could establish that …" (not "she
# learned that her son …")
FINDING_CUES = frozenset({"learn", "establish", "ascertain"})
# words that make an office a lesser one: the deputy minister is not "the minister"
LESSER_WORDS = frozenset("deputy vice assistant acting".split())
# kin a phrase names by whose kin they are: "the mother of …", "wife of cook U X"
KIN_NOUNS = frozenset("""mother father wife husband son daughter sister brother widow widower uncle aunt nephew niece cousin
    grandmother grandfather grandson granddaughter""".split())
# where a person is from, not an office: "native of Puerto Cabello", "resident of La Ceiba"
ORIGIN_WORDS = frozenset("native originating originally resident hailing".split())
# bodies named by where they sit: "the Syrian embassy in Astana"
POSTED_BODIES = frozenset("embassy embassies consulate mission office".split())
# what a person or body writes: "Lanskoy's new book argues", "a statement from the Turkish Foreign Ministry said"
WRITINGS = DOCUMENT_NOUNS | frozenset(
    "book statement article communique communiqué communication interview op-ed editorial message tweet post paper column declaration "
    "information reply".split())
# what a body holds when it meets, which speaks for it: "At the meeting of the commission it was emphasized that …"
SITTINGS = frozenset("meeting session sitting".split())
CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS | OBJECT_CUES | frozenset(CAUSE_CUES) | frozenset(PARTICLE_CUES) | DOCUMENT_CUES | THAT_CUES | FINDING_CUES | QUOTE_CUES

# "according to X", "in X's view", "in the opinion of X", "in X's words"
SOURCE_PREPOSITIONS = ("according to",)
VIEW_NOUNS = frozenset("view opinion words estimation assessment judgment judgement eyes understanding".split())
# what a source speaks through that is its own: "according to her information", "according to its website" (not "his
# sources")
OWN_ACCOUNT_NOUNS = frozenset("words information estimate estimates estimation data figures calculations count account "
                              "knowledge records website site".split())

# a foreign ministry by its initials, which stands before the name of its spokesperson, never in it ("The spokeswoman
# of the MFA Agnieszka X")
MINISTRY_INITIALS = frozenset({"MFA", "MOFA"})
# offices written as initials: "the CS" (a Kenyan cabinet secretary), "the Deputy FM"
ROLE_ABBREVIATIONS = {"CS": "cabinet secretary", "FM": "foreign minister", "PM": "prime minister", "PS": "principal secretary",
                      "PCA": "chairman",  # (Portuguese copy's "presidente do conselho de administração")
                      "DC": "district commissioner"}  # (Surinamese copy's "districtscommissaris": "DC Ramdin", "the DC")
# ranks written short before a name, by the office they stand for: "Capt. X" is "the captain"
RANK_ABBREVIATIONS = {"capt": "captain", "gen": "general", "col": "colonel", "lt": "lieutenant", "maj": "major", "brig": "brigadier",
                      "adm": "admiral", "gov": "governor", "sen": "senator", "amb": "ambassador", "prof": "professor", "cdr": "commander",
                      "supt": "superintendent", "cap'n": "captain", "cap’n": "captain", "rev": "reverend", "revd": "reverend",
                      "dc": "commissioner"}  # (Surinamese copy's district commissioner: "DC Ramdin" is "the DC")
# heads of noun phrases that name a person by office: "the minister", "Turkey's top diplomat"
# (and local titles: the Irish "taoiseach", the Samoan "pulenu'u", a Greenlandic minister, "naalakkersuisoq")
ROLE_NOUNS = frozenset(
    """minister diplomat envoy ambassador spokesman spokeswoman spokesperson president
    prime premier chancellor secretary head chief leader commander commandant general colonel officer co-chair co-chairman
    official representative deputy director chairman chairwoman chair governor mayor senator reverend
    negotiator mediator emissary advisor adviser counselor counsellor aide coordinator
    sheikh cleric imam bishop patriarch king queen prince emir sultan analyst expert researcher scientist
    professor lawyer counsel judge prosecutor candidate nominee lawmaker legislator congressman
    congresswoman representative mufti father son elder younger woman man doctor teacher
    farmer resident witness activist journalist correspondent reporter editor author
    economist strategist pollster manager ceo executive founder owner member delegate observer monitor
    counterpart colleague host guest justice under-secretary undersecretary vice-minister vice-president vice-premier vice-chairman
    vice-governor vice-speaker vice-chancellor vice-rector deputy-minister speaker mp wife husband daughter mother sister brother widow uncle
    cousin nephew niece grandson granddaughter grandfather grandmother admiral major captain lieutenant brigadier
    facilitator co-facilitator rapporteur co-rapporteur ombudsman ombudsperson commissioner sailor seafarer engineer mechanic fisherman nurse
    survivor pilot commentator consul consul-general chairperson climber mountaineer guide specialist administrator
    parliamentarian prelate archbishop pharmacist surgeon logistician lady akim hokim magistrate regent bosun boatswain holder governante
    wali prefect sub-prefect capitaine navigator loadmaster co-pilot copilot assistant gup secretary-general director-general attorney-general
    biochemist chemist physicist biologist toxicologist virologist epidemiologist pathologist microbiologist geneticist
    meteorologist athlete sprinter runner thrower weightlifter coach player footballer boxer swimmer cyclist wrestler pro
    teammate syndicalist unionist trade-unionist lecturer pulenu'u shipowner taoiseach tánaiste tanaiste
    governor-general commander-in-chief editor-in-chief inspector priest pastor chaplain moderator seaman hydrologist geologist ichthyologist
    glaciologist seismologist master driver cadet trainee student instructor principal volunteer rescuer
    entomologist agronomist veterinarian zoologist ornithologist climatologist oceanographer sociologist ecologist
    neighbour neighbor interpreter translator pensioner retiree herder pastoralist villager trader adjuster underwriter
    rector preacher volcanologist naalakkersuisoq registrar coroner superintendent treasurer auditor warden sirdar
    physician midwife paramedic gynaecologist gynecologist obstetrician paediatrician pediatrician cardiologist radiologist
    anaesthetist anesthetist psychiatrist psychologist dentist vet campaigner passenger pilgrim agent traveller traveler
    worker labourer laborer organiser organizer majhi functionary supervisor foreman shepherd marshal
    councillor councilor headman indvuna toshao miner garimpeiro defender subject""".split()
)  # (a "majhi" leads a block of a Rohingya camp: "Majhi Nur Hossain … said the majhi"; "subject" the Caribbean "Subject
# Minister", the minister whose portfolio the matter is)
# offices that go by one another's names: "the former parliamentarian" after "the former senator X", "the prelate" after
# "Mgr X, auxiliary bishop of Port-au-Prince"
OFFICE_KINDS = (
    frozenset("parliamentarian lawmaker legislator senator mp congressman congresswoman deputy".split()),
    frozenset("prelate bishop archbishop cardinal patriarch".split()),
    frozenset("envoy ambassador emissary".split()),
    frozenset("vet veterinarian".split()),
    frozenset("headman indvuna".split()),  # (the siSwati title of a chiefdom's headman)
    frozenset("toshao captain".split()),
    frozenset("reverend pastor".split()),  # (a Protestant minister: "the reverend" is the pastor of "Rev. X")  # (the elected head of an Amerindian village in Guyana, its "village captain")
)
# the words a body's name opens with in Dutch, Spanish, Portuguese, French and German, which no person's name has:
# "Stichting Veilig Rivier", "Korps Politie Suriname", "Fundación …", "Associação …"
FOREIGN_BODY_FIRSTS = frozenset("""stichting korps vereniging ministerie fundación fundacion asociación asociacion fundação fundacao
    associação associacao instituto ministerio ministère ministere stiftung verein verband""".split())
# heads of noun phrases that name a body or a group
GROUP_NOUNS = frozenset(
    """ministry ministries government office embassy agency council committee commission
    army military police party movement group coalition alliance opposition authorities
    administration department service services source sources diplomats officials
    statement report spokesperson delegation campaign center centre organization organisation
    union federation court parliament assembly senate congress kremlin presidency
    white house pentagon cabinet headquarters panel tribunal""".split()
)
# what a medium is called in "told the news agency X", "in an interview with the newspaper X"
MEDIA_NOUNS = frozenset(
    "newspaper agency daily weekly channel broadcaster television radio station magazine outlet website site portal medium media telethon"
    " server wire".split()  # (a news site, as Czech and Slovak copy calls one: "told the server Hanák.info"; a news
    # wire: "According to the wire, X also said")
)
# words in an outlet's name that no person's or body's name has: "Kaah Dispatch", "The Gold Coast Herald", "Nkyinkyim FM"
OUTLET_NAME_WORDS = frozenset(
    """News Times Post Herald Observer Observador Gazette Gazeta Tribune Chronicle Daily Diario Journal Agency Press Courier
    Mirror Sentinel Monitor Telegraph Clarion Dispatch Express Info Infos TV FM Television Radio Network Channel Wire Media
    Ledger Gleaner Inquirer Examiner Bulletin Presse Prensa Zeitung Kurier Novosti Noticias Nouvelles Matin Soir Hebdo
    Online Agence Agencia Agência Ajansı Ajansi Diário Jornal Notícias Analysis Digest Weekly Newsletter Newswire Brief Voice Beacon Folha Correio""".split()
)
OUTLET_NAME_WORD = re.compile(rf"\b(?:{'|'.join(sorted(OUTLET_NAME_WORDS))})\b")
# a brand's or an outlet's one word with a capital inside ("ArmVector", "WhatsApp"), not a surname's ("McAllister",
# "DeSantis")
CAMEL_CASE = re.compile(r"(?!Mac|Mc|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+[A-Z][a-z]+")
# a company's legal form, the last word of its name (Malaysian "Sdn Bhd"): no person's name ends so
LEGAL_FORMS = frozenset("co. co inc. inc corp. corp ltd. ltd llc llp plc jsc gmbh bhd berhad sdn pte s.a. s.a s.r.l. s.l. n.v. b.v.".split())  # (Malaysia's and Brunei's "Sdn Bhd", Singapore's "Pte Ltd": two words; the Spanish and Latin American "S.A.")
# who owns or runs an outlet, or whom it speaks to, said before its name: "the Beirut-based …", "Saudi-owned pan-Arab …"
OWNER_WORD = re.compile(r"[A-Z][\w'’-]*-(?:based|run|owned|funded|backed|controlled|affiliated|linked|led)|pan-[A-Z]\w*")
# objects of "told" that are audiences, not media
NOT_MEDIA = frozenset(
    """reporters journalists correspondents media press audience audiences crowd crowds supporters
    parliament lawmakers members delegates congress senators people us me him her them you
    students participants house chamber senate assembly committee a an the""".split()
)
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "it": "n", "its": "n",
}  # fmt: skip
# words of when, never of who: "Tuesday said" is a parse gone wrong, "on Tuesday" ends a speaker
# nouns of a time phrase: "this week", "on the same day"
WHEN_NOUNS = frozenset("day days week weeks month months year weekend morning afternoon evening night hour hours minute minutes".split())
# days a statement is dated by: "affirmed today the minister", "said on Monday"
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
# the parts of a day written after it: "said Thursday evening"
DAY_PARTS = frozenset("morning afternoon evening night".split())
TIME_WORDS = DAY_WORDS - {"tonight"} | frozenset(
    """earlier later also then now january february march april july september october november december""".split()
)  # not May, June or August: names too
# offices news writes two ways: "Turkey's top diplomat" is its foreign minister
ROLE_SYNONYMS = {
    "top diplomat": "foreign minister", "chief diplomat": "foreign minister", "foreign secretary": "foreign minister",
    "defense minister": "defence minister", "defense secretary": "defence minister", "spokeswoman": "spokesperson",
    "spokesman": "spokesperson", "premier": "prime minister", "special representative": "special envoy",
    "ombudsman": "human rights commissioner", "ombudsperson": "human rights commissioner",
    "commissioner for human rights": "human rights commissioner", "vice-minister": "deputy minister", "vice minister": "deputy minister", "deputy-minister": "deputy minister", "heads": "head", "leads": "head",
    # (a chair is a head, who may be told from the head of a delegation: "the chair" is the conference's)
    "chairs": "head chair", "chairman": "head chair", "chairwoman": "head chair", "chairperson": "head chair", "chair": "head chair",
    # (Portuguese copy's "PCA", the "presidente do conselho de administração", chairs the board)
    "pca": "head chair",
    # (an analyst is "the expert" later: "Political scientist X … The expert also did not exclude …")
    "political scientist": "expert", "political analyst": "expert", "scientist": "expert", "analyst": "expert",
    # (West African copy's "PRO", a body's public relations officer, speaks for it)
    "pro": "spokesperson",
    # (Spanish and Portuguese copy's "the defender", "el defensor", is the lawyer: "The defender manifested …")
    "defender": "lawyer",
    # (a ship's master is its captain: "The master of a bulk carrier … said" before "Captain X"; the keys are patterns)
    r"master(?=\s+of\b)": "captain",
    # (a registrar heads the registry: "the head of the registry confirmed" before "Registrar X")
    "registrar": "head registrar",
    # (France's prefect is "the representative of the State" in his département: "the representative of the State in
    # Mayotte specified")
    r"representative(?=\s+of\s+the\s+state\b)": "prefect",
    # (and a scientist of any branch is "the scientist": "the Chilean biochemist X … The scientist recognized")
    **{branch: "expert" for branch in """biochemist chemist physicist biologist toxicologist virologist epidemiologist
       pathologist microbiologist geneticist meteorologist ichthyologist""".split()},
    # (and a scholar of society is "the researcher" later: "Dr X, a sociologist at … | …, the researcher answered")
    **{field: "expert" for field in "researcher sociologist anthropologist historian demographer".split()},
}  # fmt: skip
# letters written after a name for a seat or a rank: "X TD" (a member of the Dáil), "X MP", "X QC"
POST_NOMINALS = frozenset("TD MP MEP MLA MSP MS MNA QC KC SC".split())
# words stripped from the front of a person's name: "President Assad", "Dr. Jafarian"
TITLES = frozenset(
    """mr mrs ms miss dr prof assoc asst sir sheikh shaikh imam mullah ayatollah president minister
    general gen col lt maj capt sen rep gov ambassador envoy judge father brother sister
    king queen prince emir sultan his her excellency highness engineer eng mawlawi maulvi maulana mawlana haji hajji h.e
    shri smt shrimati democrat republican archbishop cardinal monsignor msgr datuk dato datin tun seri
    hon honourable honorable worship u daw samdech thipadei techo chumteav oknha maître maitre madam nana mme mgr monseigneur cde comrade vp amb brig ambassador-at-large ratu adi ugaas garaad suldaan bapak pak ibu lyonpo dasho aum bu m
    alhaji alhaja alhadji elhadj elhadji el-hadj hadj hadja hadjia hajia hajiya compañero compañera companero companera
    cllr atty pa mammy afioga susuga fr rev revd reverend madame sayyid sayyida doña andriamatoa ramatoa ato w/ro w/t weyzero woizero khun ntate mè
    babe make indvuna toshao dona fundi berhormat pengiran pehin dayang hj hajah puan tuai supt dra lic licda cap'n cap’n drs ir ing capitaine dc""".split()
)  # (u, daw: the Burmese honorifics, "U Kyaw Min Htut", "Daw Thida Hlaing"; for "Ma", see people.py; the last word of
# a Khmer honorific, as the name follows it: "Samdech Moha Bovor Thipadei Hun Manet", "Lok Chumteav Chea Sophara",
# "Neak Oknha Ly Yong Phat"; a French lawyer's "Maître"; "Madam", and an Akan chief's "Nana"; the French "Mme" and a bishop's
# "Mgr"; Zimbabwe's party "Cde" (comrade) and "VP Nyamhunga"; Fiji's chiefly "Ratu" and "Adi"; the Somali clan titles "Ugaas", "Garaad", "Suldaan"; the West African pilgrim's "Alhaji", "Elhadji", "Hadjia"; the
# Nicaraguan "Compañero", "compañera"; a Liberian lawyer's "Cllr." (counsellor) and "Atty."; the Krio "Pa" and "Mammy"
# of an elder; the Samoan "Afioga" and "Susuga" of a matai before his title and name; the Irish "Fr" of a priest; the
# Omani "Sayyid" of the ruling family; the Spanish "doña" ("don" is a given name too: see people.py); the Malagasy
# "Andriamatoa" (Mr) and "Ramatoa" (Mrs); the Amharic "Ato" (Mr) and "W/ro", "Weyzero" (Mrs), "W/t" (Miss); the Sesotho "Ntate" (Mr) and "'Mè" (Mrs); the siSwati "Babe" (Mr) and "Make" (Mrs) and a headman's "Indvuna"; a Guyanese
# Amerindian village's "Toshao"; the Portuguese "Dona" of a woman; the Swahili and Comorian "Fundi" (master) of a
# craftsman or an elder fisherman, before his given name ("Fundi Houmadi"); the Malay and Bruneian honorifics ("Yang
# Berhormat Dato Seri Setia Awang Haji X": the name follows the last of them; "Pengiran" of the nobility, "Dayang" and
# "Puan" of a woman, "Hj" and "Hajah" of a pilgrim) and the Iban longhouse chief's "Tuai Rumah" (see people.py); the
# Spanish "Dra." of a woman doctor and "Lic."/"Licda." of a graduate; the Creole "Cap'n" of a captain; the Dutch "drs.",
# "ir.", "ing." of graduates and engineers (and "mr." of a lawyer, written in lower case as they are: see people.py);
# the French Maroon village chief's "capitaine"; the
# Indonesian "Bu" ("Bu Siti", before a given name, as "Pak" is, and the Thai "Khun": "Khun Somsak"); the French "M." of Monsieur ("M. Ben Salah"), which a
# middle initial never is where it opens the name)
# titles written with a stop that only a person's name follows ("H.E. Al Ketbi", "Dr. Muna", and the tokenizer's lower-case
# Romanian ones, "conf. univ. dr. X"): their stop ends no sentence
ABBREVIATED_TITLES = frozenset("""h.e. h.h. dr. dra. lic. licda. drs. ir. ing. mr. mrs. ms. mme. mgr. msgr. amb. brig. eng. prof. assoc. asst. gen. lt. col. sen. rep. gov. capt. maj.
    sgt. hon. cllr. atty. fr. dipl.-ing. dr.-ing. pr.""".split()) | frozenset(LOWER_TITLES)
# titles written with a stop that are surnames too: a Nigerian barrister's "Barr." ("said Barr. Ebiere X"), which ends a
# sentence after a given name ("said William Barr. The …")
SURNAME_TITLES = frozenset(["barr."])
# Chinese family names, written first: "Zhou Mingyuan" is Mr. Zhou ("Zhou said")
CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang song zheng
    xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia
    zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng wan duan lei qian
    yin yi chang qiao lai gong wen geng zhan""".split())
# Korean family names, written first before a hyphenated given name: "Moon Ji-ho" is Mr. Moon ("Moon said")
KOREAN_SURNAMES = frozenset("""kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han
    oh seo suh shin sin kwon hwang ahn an song ryu yoo yu hong jeon chun ko go moon mun yang son sohn bae baek paik heo
    huh nam noh roh ha kwak sung cha joo chu woo min na jin ji eom chae won cheon bang gong hyun ham byun yeom yeo do
    seok sun seol ma gil pyo myung ki ban maeng tak""".split())
# Hungarian family names, written first before the given name in translations from Hungarian: "Kovács Eszter" is
# Ms Kovács ("Kovács said"); only those that are no given name too ("Simon", "Antal", "Balázs")
HUNGARIAN_SURNAMES = frozenset("""nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász
    lakatos mészáros oláh rácz fekete szilágyi török fehér szűcs kocsis pintér fodor szalai sipos magyar gulyás bíró biró
    király balog katona boros fazekas somogyi orosz veres vörös budai vincze hegedűs deák vass szőke fábián lengyel bognár
    bodnár hajdu halász székely kozma pásztor bakos dudás virág orbán barta borbély csonka soós hegyi dobos szekeres erdélyi
    bárány kardos szénási bartók kodály ferencz kerekes medve nemes pataki rigó sárközi szalay
    tamási vadász vida""".split())
# words that open a sentence stepping aside from the story ("Earlier, X stated …", "Meantime, the deputy minister …")
DIGRESSIONS = frozenset("earlier previously meanwhile meantime separately".split())
# adjectives that stand for a person named before, after "the": "the aforementioned" (le susnommé), "the concerned"
# (l'intéressé), "the latter" (ce dernier)
STANDS_FOR = frozenset("aforementioned abovementioned above-mentioned concerned interested latter".split())
# words of a ministry's portfolio, never of its minister's name: "Minister of Water Resources Kadhim al-Rubaie"
PORTFOLIO_WORDS = frozenset("""affairs resources expatriates emigration defence defense health energy justice interior
    agriculture education finance trade industry transport communications labour labor culture tourism environment
    information planning economy oil electricity water housing youth sports endowments awqaf human rights communication
    media investment protection development cooperation relations reconstruction equality reconciliation integration
    fisheries fishery livestock aquaculture forestry mines mining fishing welfare security diaspora transition biodiversity ecology
    climate change sustainable land lands reform irrigation sanitation transports equipment infrastructure works policy
    logistics popular power home""".split())  # (Venezuela's "Minister of Popular Power for Communication")

# US states as American copy abbreviates them after a town: "of Ashton, Md., who …" (never a person)
US_STATE_ABBREVIATIONS = frozenset("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass.
    Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va.
    Wash. W.Va. Wis. Wyo. D.C.""".split())

# a capital letter inside a regular expression's character class: ASCII and the Latin capitals of names
# beyond it ("told ČTP", "Šrámek", "Ødegaard"); re has no \p{Lu}
CAPITAL = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
