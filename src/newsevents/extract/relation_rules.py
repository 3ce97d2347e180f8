"""The relation trigger table: each rule's pattern, the relation type it signals and where its arguments sit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

try:  # the regex parser, to read the words a rule can start with
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]


@dataclass(frozen=True)
class Rule:
    """A trigger pattern: the relation type it signals and where source and target sit around it."""

    type: str
    pattern: re.Pattern[str]
    shape: str  # members (the coordinated names after the trigger belong to the group before) | svo | next (svo, the target right after the trigger) | pre (target before, source after) |
    #              rev (source after, target before) | sym | symnext (sym, the object right after the trigger) |
    #              symgroup (sym between coordinated subjects only: "X and Y cooperated") | special |
    #              founders (target right after the trigger, source the group founded after it: "dissidents of Y
    #              formed X") | pitted ("pitted X against Y") | passive (source the subject, target the agent after
    #              "by": "X was driven out by Y") | formedby (each founder named after the trigger merges into the
    #              subject: "Z was formed by seven factions, among them X and Y")
    confidence: float
    # the first (up to three) letters of the words a match can start with, lower case; None: any word
    heads: frozenset[str] | None = field(default=None, compare=False)
    # the same pattern for lower-cased text, without IGNORECASE (which makes a scan about five times slower)
    lower: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # heads given only as a speed gate (see _r's gate): they hold for the lower-cased scan; where lower-casing moves
    # offsets (the scan of the text itself) the rule runs on every sentence, as it did before it had heads
    lower_only: bool = field(default=False, compare=False)


HEAD_LEN = 5


def _prefixes(items: list, n: int = HEAD_LEN) -> set[str] | None:  # type: ignore[type-arg]
    """The literal prefixes (up to n characters) a parsed regex sequence can start with; None when one may be
    empty or not literal (a class like \\w, an optional part)."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            out = {x + chr(av) for x in out}
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            out = {x + chr(a) for x in out for _, a in av}
        elif op is _C.SUBPATTERN or op is _C.BRANCH:
            alts = [_prefixes(av[-1], n)] if op is _C.SUBPATTERN else [_prefixes(b, n) for b in av[1]]
            if any(a is None for a in alts):
                return None
            out = {(x + y)[:n] for x in out for a in alts for y in a}  # type: ignore[union-attr]
            break  # a group may be shorter than n: what follows it is not read
        else:
            break
        if all(len(x) >= n for x in out):
            break
    out = {x[:n] for x in out}
    return None if not out or "" in out else out


def rule_heads(pattern: str) -> frozenset[str] | None:
    """What a pattern that opens with a word boundary and literal words ('\\b(?:pledg|swor[en])') can start with."""
    try:
        items = list(_P.parse(pattern, 0))
    except Exception:  # noqa: BLE001 - a parser change only costs the pre-filter
        return None
    if not items or items[0][0] is not _C.AT:
        return None
    found = _prefixes(items[1:])
    return frozenset(found) if found else None


def _r(type_: str, pattern: str, shape: str = "svo", confidence: float = 0.75,
       heads: tuple[str, ...] | None = None, gate: tuple[str, ...] | None = None) -> Rule:
    """A rule; heads (lower case, at most HEAD_LEN letters) is for a pattern that does not open with \\b and
    literal words: the prefixes of the words, one of which every match must hold. gate is the same for a pattern
    that used to run on every sentence (lookbehinds first, optional prefixes): it applies to the lower-cased scan
    only."""
    if gate:
        return Rule(type_, re.compile(pattern, re.I), shape, confidence, frozenset(h[:HEAD_LEN] for h in gate),
                    re.compile(pattern), lower_only=True)
    found = frozenset(h[:HEAD_LEN] for h in heads) if heads else rule_heads(pattern)
    return Rule(type_, re.compile(pattern, re.I), shape, confidence, found, re.compile(pattern))


_ALLEGIANCE = r"(?:allegiance|loyalty|fealty|bay['’`]?a(?:h|t)?|oath|obedience)"
_ADV = r"(?:\w+ly\s+|also\s+|now\s+|formally\s+|publicly\s+|reportedly\s+|allegedly\s+)?"
_PLEDGE_NOUN = r"(?:(?:pledge|oath|declaration)\s+of\s+)?" + _ALLEGIANCE
# "cracked into two groupings, A and B", "fractured into several rival factions after 2020, among them A" (round 13)
_HALVES = (r"(?:\s+(?:two|three|four|several|rival|warring|competing))+\s+(?:groupings|halves|factions|wings|camps|parts|"
           r"pieces|groups|blocs)\b")
_HALVES_NAMED = (r"(?:\s+(?:in|after|since|by)\s+\d{4})?\s*[,:](?!\s+(?:one|each|some|both|the\s+(?:one|other|first|second|"
                 r"former|latter))\b)(?:\s+(?:among\s+them|including|notably))?")
# when a group was formed, between the verb and its founders: "in 2014", "in March 2017", "that June", "the following
# year" (session 14: "was formed that June by X, Y and smaller units")
_WHEN = (r"(?:(?:in|on|around|during)\s+(?:(?:early|late|mid)\s+)?(?:\w+\s+)?(?:\d{1,2}\s+)?\d{4}\s*,?\s+|"
         r"(?:that|the\s+(?:same|following|next))\s+(?:year|month|spring|summer|autumn|fall|winter|january|february|march|"
         r"april|may|june|july|august|september|october|november|december)\s*,?\s+)?")
RULES: tuple[Rule, ...] = (
    # split by withdrawing a pledge: before the pledge rules, which would claim "pledge of allegiance to"
    _r("split", r"\b(?:renounc|revok|withdr|retract|rescind|abandon)\w*\s+(?:its\s+|their\s+|his\s+)?"
                + _PLEDGE_NOUN + r"\s+to\b", confidence=0.85, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath', 'obedi')),
    # "was expelled from X" and "expelled Y from its ranks": a split, before the rivalry rule that takes
    # "expelled" (from a town)
    _r("split", r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:(?:expelled|ousted|kicked\s+out|thrown\s+out|excluded|"
                r"purged|banished)\s+from|(?:pushed|forced|driven|drummed)\s+out\s+of)\b(?![^.;]{0,60}?\bby\b)", "next", 0.8,
       heads=('expel', 'ouste', 'kicke', 'throw', 'exclu', 'purge', 'banis', 'banne', 'pushe', 'force', 'drive', 'drumm')),
    _r("split", r"\b(?:expelled|expels|expel|kicked\s+out|threw\s+out|purged|ousted)\b(?=(?:\s+[\w'’-]+){1,8}?\s+from\s+"
                r"(?:(?:its|their|the\s+group['’]s)\s+(?:own\s+)?(?:ranks|fold|membership|organi[sz]ation|movement|coalition|"
                r"alliance|umbrella|council|leadership|network|structure|command)|the\s+(?:coalition|alliance|umbrella|"
                r"council|group|movement|organi[sz]ation|front))\b)", "rev", 0.8),
    # "X expelled its Khango faction": the faction split from X
    _r("split", r"\b(?:expelled|expels|expel|purged|ousted|kicked\s+out|disowned|disavowed)\s+(?=(?:its|their)\s+(?:own\s+)?"
                r"(?:[\w'’-]+\s+){0,3}?(?:faction|wing|splinter\s+group|dissidents|branch|cell|unit)s?\b)", "rev", 0.75,
       heads=("expel", "purge", "ouste", "kicke", "disow", "disav")),
    # "X split off to form Y", "X broke away and founded Y": Y broke from X
    _r("split", r"\b(?:(?:split|splits|splitting|splintered|broke|breaking|breaks)\s+(?:off|away)|quit|left|defected|deserted|"
                r"walked\s+(?:out|away)|withdrew|resigned)\s+(?:in\s+\d{4}\s+)?(?:and|to)\s+"
                r"(?:later\s+|then\s+)?(?:form(?:ed)?|found(?:ed)?|creat(?:e|ed)|set\s+up|establish(?:ed)?|launch(?:ed)?)\b",
       "rev", 0.75),
    # "Ansaru is a Boko Haram splinter faction", "the al-Shabaab breakaway group X"
    _r("split", r"\b(?:splinter|breakaway|dissident|renegade)\s+(?:group|faction|wing|movement|cell|outfit|"
                r"organi[sz]ation)s?\b(?:\s*,)?(?!\s+(?:of|from)\b)|\b(?:splinter|breakaway|offshoot)(?:\s*,|(?=\s+(?:founded|"
                r"formed|created|set\s+up|launched|established|led|based|active|operating)\b))",
       "pre", 0.75, heads=("splin", "break", "dissi", "reneg", "offsh")),
    # "X, a breakaway Taliban faction, ...": the parent's name between the adjective and the noun
    _r("split", r"\b(?:an?|the)\s+(?:splinter|breakaway|dissident|renegade)\s+(?:[\w'’-]+\s+){1,3}?(?P<trigger>(?:group|"
                r"faction|wing|movement|cell|outfit|organi[sz]ation)s?\s*,)", "pre", 0.75,
       heads=("splin", "break", "dissi", "reneg")),
    # "X, a band of AQIM defectors hiding in ...": the group is made of people who left the one named inside
    _r("split", r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:band|group|cell|gang|handful|collection|network|outfit|faction|"
                r"movement)\s+of\s+(?:former\s+)?(?:[\w'’-]+\s+){1,4}?(?P<trigger>(?:defectors|dissidents|deserters|"
                r"renegades))\b", "pre", 0.7, heads=("defec", "dissi", "deser", "reneg")),
    # "In 1988 the NSCN split into the NSCN-IM and the NSCN-K": the groups after are the splinters
    _r("split", r"\b(?:split|splits|splintered|fractured|fragmented|disintegrated|broke\s+(?:up|apart)|divided|cracked|"
                r"crumbled)(?:\s+in\s+\d{4})?\s+into\b"
                # ("split into two wings in 2014, one siding with X": halves not named are no splinters)
                r"(?!" + _HALVES + r"(?!" + _HALVES_NAMED + r"))(?:" + _HALVES + _HALVES_NAMED + r")?", "rev", 0.75,
       heads=("split", "splin", "fract", "fragm", "disin", "broke", "divid", "crack", "crumb")),
    # "X was born of a 1974 split in Y", "emerged from a split within Y"
    _r("split", r"\b(?:born|emerged|grew\s+out|came\s+out|product|result|outgrowth|spawned)(?:\s+in\s+\d{4})?\s+(?:of|from|"
                r"after|following|amid|by|in\s+the\s+wake\s+of)\s+"
                r"(?:an?|the)\s+(?:\d{4}\s+)?"
                r"(?:\w+\s+){0,2}?(?:split|rupture|schism|breakaway|revolt|mutiny|rift|dispute|feud|fight|quarrel|"
                r"struggle)\s+(?:in|within|from|of|inside)\b",
       confidence=0.75, heads=("born", "emerg", "grew", "came", "produ", "resul", "outgr", "spawn")),
    # "X was born of P's 1966 break with Q's Y", "grew out of his rupture with Y"; "X renounced P's leadership of Y";
    # "dissociated themselves from Y" (round 13)
    _r("split", r"\b(?:born|emerged|grew\s+out|came\s+out|sprang|arose)\s+(?:of|from|out\s+of)\s+(?:[\w'’-]+\s+){0,4}?"
                r"(?:break|rupture|split|quarrel|falling[\s-]out)\s+"
                r"with\b|\b(?:renounc|reject|repudiat|disown|disavow)\w*\s+(?:[\w'’-]+\s+){0,4}?leadership\s+of\b|"
                r"\bdissociat\w*\s+(?:itself|themselves)\s+from\b", confidence=0.7,
       heads=("born", "emerg", "grew", "came", "spran", "arose", "renou", "rejec", "repud", "disow", "disav", "disso")),
    # "dissidents of Y formed X": the group founded after the verb broke from the one named after the trigger
    _r("split", r"\b(?:dissidents|defectors|deserters|renegades|former\s+(?:members|commanders|fighters|cadres)|"
                r"breakaway\s+(?:members|commanders|fighters))\s+(?:of|from)\b", "founders", 0.75,
       heads=("disso", "dissi", "defec", "deser", "reneg", "forme", "break")),
    # pledge
    _r("pledge", r"\b(?:pledg|swor[en]|swear|renew|declar|announc|offer|giv|gave|mak|made|proclaim|vow|affirm|"
                 r"reaffirm|sign|switch|shift|transferr)\w*\s+(?:\w+\s+){0,3}?" + _ALLEGIANCE + r"\b(?:\s*\([^)]{0,30}\))?"
                 r"(?:\s+\w+){0,2}?\s+(?:to|with)\b", confidence=0.85, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath', 'obedi')),
    _r("pledge", r"\b(?:pledge|oath|declaration|vow)s?\s+of\s+" + _ALLEGIANCE + r"\s+to\b", confidence=0.8, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath', 'obedi')),
    _r("pledge", r"\b(?:pledged|swore|sworn)\s+(?:itself|themselves)?\s*to\b", confidence=0.7),
    _r("pledge", r"\b(?:defect(?:ed|s|ing)?|switched\s+(?:sides|allegiance)|(?:went|gone|go|goes|going|crossed|cross|"
                 r"crosses|crossing)\s+over)\s+to\b", confidence=0.7),
    # "X placed itself under the command of Y" (round 13: an act of submission, not a unit's place in an order of battle)
    _r("pledge", r"\bplac(?:ed|es|e|ing)\s+(?:itself|themselves)\s+(?:\w+ly\s+)?under\s+(?:the\s+)?(?:command|authority|"
                 r"leadership|orders)\s+of\b", confidence=0.75),
    _r("pledge", r"\b" + _ALLEGIANCE + r"\s+pledge\s+to\b", confidence=0.8),
    # "X declared for the Islamic State in 2015" (round 14; the group right after: "declared for independence" names none)
    _r("pledge", r"\bdeclar(?:ed|es|ing)\s+(?:itself\s+|themselves\s+)?for\b", "next", 0.75),
    # accept
    _r("accept", r"\b(?:accept|acknowledg|recogni[sz]|welcom|receiv)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:pledge|" + _ALLEGIANCE
                 + r")s?\b", "special", 0.8, heads=('pledg', 'alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath', 'obedi')),
    # "the pledge of X was accepted by Y"
    _r("accept", r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:accepted|acknowledged|recogni[sz]ed|welcomed|received)\s+by\b",
       "special", 0.75, heads=('pledg', 'alleg', 'loyal', 'fealt', 'bay', 'oath', 'obedi')),
    # "Y recognised X as its Sinai branch": accepting X into Y
    _r("accept", r"\b(?:recogni[sz]|acknowledg|accept)\w*\b(?=(?:\s+[\w'’-]+){1,6}?\s+as\s+(?:its|their)\s+"
                 r"(?:[\w-]+\s+){0,2}?(?:branch|affiliate|province|wilayat?|franchise|representative|chapter|wing)\b)", "special", 0.75,
       heads=("branc", "affil", "provi", "wilay", "franc", "repre", "chapt", "wing")),
    _r("accept", r"\b(?:welcom|accept|admit|receiv)\w*\s+(?:[\w'’-]+\s+){1,6}?into\s+(?:its|their|the)\s+"
                 r"(?:ranks|fold|network|organi[sz]ation|group|movement)\b", "special", 0.75, heads=('ranks', 'fold', 'netwo', 'organ', 'group', 'movem')),
    # appoint
    _r("appoint", r"\b(?:(?:nam|appoint|designat|install|select|chose|choos|elect|announc|pick|proclaim|confirm|elevat|"
                  r"promot|unveil)\w*|made)\b",
       "special",
       0.75, heads=('gover', 'wali', 'emir', 'amir', 'lead', 'head', 'helm', 'chief', 'comma', 'compo', 'commu', 'run',
                    'succe', 'spoke', 'deput', 'calip', 'secre', 'chair')),
    # "P took over as top commander of Y", "P succeeded Q as leader of Y", "P became the new emir of Y"
    _r("appoint", r"\b(?:t(?:ook|akes|aking)\s+over|t(?:ook|akes|aking)(?=\s+the\s+helm\b)|succeed(?:ed|s|ing)?|"
                  r"bec(?:ame|omes|ome))\b", "special", 0.7,
       heads=('gover', 'wali', 'emir', 'amir', 'lead', 'head', 'helm', 'chief', 'comma', 'spoke', 'deput', 'calip',
              'secre', 'chair')),
    # affiliation
    _r("affiliation", r",\s+(?:(?:now|long|still|effectively|essentially|nominally|officially)\s+)?(?:(?:an?|the|its|both|all|each|one\s+of\s+(?:the|its))\s+(?:(?!splinter|breakaway|dissident|"
                      r"renegade|rival|former|ex-|founding|founder)[\w-]+\s+){0,2}?|(?=(?:part|members?)\s)|"
                      # "X, armed wing of Y": a headline's appositive without its article (round 15)
                      r"(?:armed|military|political|militant|paramilitary|guerrilla)\s+(?=(?:wing|arm|branch)\s+of\b))(?:affiliate|branch|"
                      r"franchise|wing|province|arm|subsidiary|chapter|proxy|front\s+group|member|part|faction|component|"
                      r"constituent|unit|squad|cell|battalion|brigade|detachment|pillar)s?(?:\s+(?:groups?|organi[sz]ations?|"
                      r"factions?|movements?|forces?))?\s+(?:of|for|in\s+\w+\s+of)\b",
       confidence=0.8, heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'arm', 'subsi', 'chapt', 'front', 'membe', 'part', 'partn', 'facti', 'comma', 'compo', 'commu', 'const', 'unit',
              'squad', 'cell', 'batta', 'briga', 'detac', 'pilla')),
    # "X, a Turkmen faction inside the Syrian National Army," (round 14; the group right after)
    _r("affiliation", r",\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:faction|unit|brigade|battalion|wing|"
                      r"component|cell|militia|group)s?\s+(?:inside|within)\b|"
                      # "X, one of the factions in the Islamic Resistance in Iraq" (round 15)
                      r",\s+one\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:factions|units|brigades|battalions|wings|components|"
                      r"militias|groups|members)\s+in\b", "next", 0.7,
       heads=("facti", "unit", "briga", "batta", "wing", "compo", "cell", "milit", "group")),
    _r("affiliation", r"\b(?:affiliated|aligned|associated|linked|tied|loyal)\s+(?:itself\s+)?(?:with|to)\b",
       confidence=0.7),
    _r("affiliation", r"\b(?:claim|declar|announc|seek|sought)\w*\s+(?:\w+\s+){0,2}?(?:affiliation|membership)"
                      r"\s+(?:with|of|in)\b", confidence=0.75, heads=('affil', 'membe')),
    _r("affiliation", r"\b(?:is|are|was|were|became|become|becomes|remains?|remained|"
                      r"(?:declared|declares|calls|called|considers|considered|describes|described|proclaimed|styles|"
                      r"styled|counts|counted|sees|saw)\s+(?:itself|themselves)|(?:regarded|seen|considered|described|viewed|known|designated|"
                      r"recogni[sz]ed)\s+as|considered|deemed|(?:thought|held|believed|understood|said)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?to\s+be|form|forms|formed|constitutes?|"
                      r"constituted|as)\s+(?:(?:now|still|long|also|for\s+(?:years|decades))\s+)?"
                      r"(?:(?:an?|the|its|one\s+of\s+(?:the|its))\s+)?(?:(?!splinter|breakaway|dissident|renegade|rival|founding|founder)"
                      r"[\w-]+\s+){0,2}?(?:affiliate|branch|franchise|"
                      r"wing|province|arm|subsidiary|chapter|proxy|member|part|faction|constituent|component|"
                      r"sub-?group|sub-?unit|backbone|core|front|front\s+group|front\s+organi[sz]ation|pillar|mainstay|"
                      r"cornerstone|auxiliar(?:y|ie)|satellite|vassal|representative|outpost|extension|squad|unit|cell|apparatus|"
                      r"subordinate\s+formation|"
                      r"detachment|battalion|brigade|division|regiment)s?"
                      r"(?:\s+(?:groups?|organi[sz]ations?|factions?|movements?|forces?))?\s+(?:of|for|inside|within)\b",
       confidence=0.75,
       heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'arm', 'subsi', 'chapt', 'membe', 'part', 'partn', 'facti',
              'const', 'compo', 'subgr', 'sub-g', 'subun', 'sub-u', 'backb', 'core', 'front', 'pilla', 'mains', 'corne',
              'auxil', 'satel', 'vassa', 'repre', 'outpo', 'exten', 'squad', 'unit', 'cell', 'detac', 'batta', 'briga',
              'divis', 'regim')),
    # "X operates through a front organisation, Y": Y belongs to X
    _r("affiliation", r"\b(?:operat|act|work|fight|recruit|rais|fund|channel|collect|funnel)\w*\s+(?:\w+\s+)?through\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                      r"(?:front|proxy|proxies|affiliate|surrogate|cover|wing)s?(?:\s+(?:organi[sz]ations?|groups?|"
                      r"outfits?))?\s*,?", "rev", 0.65, heads=('front', 'proxy', 'proxi', 'affil', 'surro', 'cover', 'wing')),
    # "X is one of al-Qaeda's newest regional branches": the possessor is the parent
    _r("affiliation", r"\b(?:is|are|was|were|became|remains?|remained|(?:regarded|seen|considered|described|viewed|known)\s+as|"
                      r"(?:describes|described|calls|called|styles|styled|presents|presented|sees|saw)\s+(?:itself|"
                      r"themselves)\s+as|(?:acts|acted|acting|serves|served|serving|functions|functioned|operates|operated|"
                      r"operating)\s+as)"
                      # (not "were amalgamated into Y's Pakistan Province": a merger verb stands between)
                      r"(?!\s+(?:\w+ly\s+)?(?:amalgamated|merged|absorbed|folded|integrated|incorporated|subsumed|dissolved|"
                      r"rolled|fused|welded|melded|melted|consolidated|swallowed)\b)"
                      r"\s+(?:now\s+|still\s+)?(?:(?:one\s+of|an?|the)\s+)?(?=[^,;.]{1,60}?['’]s\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:affiliates?|branch(?:es)?|franchises?|wings?|provinces?|arms?|prox(?:y|ies)|fronts?|factions?|"
                      r"components?|subsidiar(?:y|ies)|chapters?|sub-?groups?|representatives?|outposts?|auxiliar(?:y|ies)|"
                      r"satellites?|vassals?|extensions?|enforcers?|(?:armed|fighting|military|guerrilla)\s+forces?|"
                      r"hit\s+squads?|death\s+squads?)\b)", "next", 0.7,
       heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'proxi', 'arm', 'arms', 'front', 'facti', 'compo',
              'subsi', 'chapt', 'subgr', 'sub-g', 'repre', 'outpo', 'auxil', 'satel', 'vassa', 'exten', 'enfor', 'force',
              'squad')),
    # "X, the JVP's armed front during the insurrection,", "X, the Juárez cartel's armed enforcers," (round 13)
    _r("affiliation", r",\s+(?:now\s+|still\s+|long\s+)?the\s+(?=(?:[\w'’-]+\s+){0,3}?[\w-]+['’]s\s+(?:armed|military|fighting|"
                      r"guerrilla|paramilitary|urban|elite|enforcement)\s+(?:wing|arm|front|forces?|enforcers|branch|squad|"
                      r"apparatus|unit)\b)", "next", 0.7,
       heads=("armed", "milit", "fight", "guerr", "param", "urban", "elite", "enfor")),
    # "X serves as the armed force of Y", "X fights within the ranks of Y", "X forces fall under the command of Y"
    _r("affiliation", r"\b(?:operat|act|fight|fought|serv|function|sit|sat|fall|fell)\w*\s+(?:as\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:affiliate|"
                      r"branch|proxy|wing|arm|franchise|extension|cell|unit|front|auxiliary|satellite|vassal|"
                      r"representative|outpost|component|force|army)(?:\s+(?:force|group|unit)s?)?\s+of|under\s+the\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:banner|umbrella|command|authority|direction|flag)\s+of|on\s+behalf\s+of|"
                      r"(?:with)?in\s+the\s+ranks\s+of)\b",
       confidence=0.7, heads=('affil', 'banne', 'behal', 'branc', 'comma', 'provi', 'proxy', 'umbre', 'wing', 'arm', 'franc', 'exten',
                             'cell', 'unit', 'front', 'auxil', 'satel', 'vassa', 'repre', 'outpo', 'compo', 'autho',
                             'direc', 'force', 'army', 'ranks')),
    # "has operated under the Islamic State's Central Africa Province": a name right after "under"
    _r("affiliation", r"\b(?:operat\w*|fight(?:s|ing)?|fought|serv(?:e|es|ed|ing))\s+(?:\w+ly\s+)?under\b(?!\s+(?:the\s+)?(?:cover|pressure|fire|"
                      r"siege|threat|attack|control|occupation|rule)\b)", "next", 0.65),
    # "returning to the fold of Y", "back in the ranks of Y": rejoining
    _r("affiliation", r"\b(?:return\w*|back|came\s+back|come\s+back)\s+(?:to|in|into)\s+(?:the\s+)?(?:fold|ranks)\s+of\b",
       confidence=0.7, heads=("fold", "ranks")),
    _r("affiliation", r"\bunder\s+the\b(?=\s+(?:[\w'’-]+\s+){1,6}?(?:umbrella|banner|flag|command|leadership)\b)", "next",
       0.7, heads=("umbre", "banne", "flag", "comma", "leade")),
    _r("affiliation", r"\b(?:answer(?:s|ed|ing)?|answerable|subordinated?|beholden|reports|report)\s+(?:\w+ly\s+)?to\b|"
                      r"\breported\s+directly\s+to\b|"
                      r"\b(?:takes|take|taking|taken|took)\s+(?:its\s+|their\s+)?orders\s+from\b", confidence=0.7),
    # "X, an outfit that police tie to Y", "X, which officials link to Y": the appositive's group is tied to Y
    _r("affiliation", r"\b(?:that|which|whom)\s+(?:[\w'’-]+\s+){1,4}?(?<!its\s)(?<!their\s)(?<!the\s)(?<!his\s)(?<!any\s)(?<!no\s)(?<!have\s)(?<!has\s)(?<!had\s)"
                      r"(?P<trigger>(?:tie|ties|link|links|connect|connects)\s+to)\b", confidence=0.6, heads=("tie", "ties", "link", "links", "conne")),
    # "X was the most powerful of the factions gathered in Y", "X regard Y as a cover name used by Z"
    _r("affiliation", r"\b(?:the\s+)?(?:most\s+\w+|\w+est|biggest|largest)\s+of\s+the\s+(?:\w+\s+)?(?:factions|groups|"
                      r"members|components|militias|brigades)\s+(?:(?:gathered|grouped|united|assembled|brought\s+together)"
                      r"\s+)?(?:in|of|within|inside|under)\b|\bas\s+(?:a|an|the)\s+(?:cover|front)\s+(?:name|organi[sz]ation|"
                      r"group)\s+(?:used|employed|run)\s+by\b", confidence=0.6,
       heads=("facti", "group", "membe", "compo", "milit", "briga", "cover", "front")),
    # "X has ties to Y" (not "close ties with", an alliance)
    _r("affiliation", r"\b(?:ha[sd]|have|having)\s+(?:(?:alleged|reported|suspected|known|loose|historical|historic)\s+)?"
                      r"(?:ties|links|connections)\s+to\b", confidence=0.6, heads=("ties", "links", "conne")),
    # "X belongs to Y", "X sits within Y", "X signed up to Y"
    _r("affiliation", r"\bbelong(?:s|ed)?\s+to\b|\b(?:sits?|sat|nested|embedded)\s+(?:\w+ly\s+)?(?:within|inside)\b|"
                      r"\b(?:sign(?:s|ed|ing)?\s+up|enlist(?:s|ed|ing)?|enrol(?:l?s|led|ling))\s+(?:to|with|in|into)\b",
       confidence=0.65),
    # "the Arakan Army's political arm is the United League of Arakan": the name after the copula is the wing
    # (not "X's Somalia branch was led by P": a name follows the copula, no participle or article)
    _r("affiliation", r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:arm|wing|branch|front|affiliate|proxy)\s+(?:is|was|remains)\b"
                      r"(?!\s+(?:\w+ly\s+)?(?:\w+ed|led|run|set|an?|not|never|also|now|still|based|active|one|in|at|on)\b)",
       "rev", 0.7, heads=("arm", "wing", "branc", "front", "affil", "proxy")),
    # "Y counts X among its members": X belongs to Y
    # ("counts X as its main armed component": round 14)
    _r("affiliation", r"\b(?:count(?:s|ed|ing)?|list(?:s|ed)?|include(?:s|d)?)\b(?=(?:\s+[\w'’-]+){1,8}?\s+(?:among\s+"
                      r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:members|components|factions|affiliates|branches|units|"
                      r"constituents|ranks)|as\s+(?:its|their|one\s+of\s+(?:its|their))\s+(?:[\w-]+\s+){0,3}?(?:member|"
                      r"component|faction|affiliate|branch|unit|constituent|wing|arm)s?)\b)", "rev", 0.65),
    _r("affiliation", r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:later\s+)?(?:re-?)?joined\s+by\b", "rev",
       0.6, heads=("join", "rejoi")),
    # ("joined with the remnants of Y": joining with a group is combining, not membership; round s17b)
    _r("affiliation", r"\b(?:re-?)?join(?:ed|s|ing)?\b(?!\s+(?:forces|hands|together|at\s+the\s+hip)|\s+with\b|\s+with\b[^.;]{1,80}?\bto\s+(?:form|"
                      r"create|found|establish|launch)\s+(?:a\s+|one\s+)?(?:single|new|unified|united)\b|"
                      r"(?:\s+together)?(?:\s+in\s+\d{4})?\s+to\s+(?:form|create|found|establish|launch)\b)", confidence=0.6,
       heads=("join", "rejoi")),
    _r("affiliation", r"[-‐]?(?:affiliated|linked|aligned|allied|backed|inspired)?\s*\b(?:affiliate|branch|"
                      r"franchise|wing|province|governorate|cell|subsidiary|representative|outpost|proxy|proxies|"
                      r"(?:local|regional)\s+partner|front\s+(?:organi[sz]ation|group|outfit)|squad|unit|battalion|"
                      r"detachment)s?\b(?:\s*,)?"
                      r"(?:\s+(?:called|named|known\s+as))?", "pre", 0.75,
       heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'proxi', 'gover', 'cell', 'subsi', 'repre', 'outpo',
              'local', 'regio', 'front', 'squad', 'unit', 'units', 'batta', 'detac')),
    _r("affiliation", r"[-‐](?:affiliated|linked|aligned|allied)\b", "pre", 0.7, heads=('affil', 'linke', 'align', 'alleg', 'allie', 'ally', 'allia')),
    # "the umbrella, grouping X and Y": the named members belong to the group before
    _r("affiliation", r"\b(?:grouping|comprising|compris(?:es|ed)|bringing\s+together|brings\s+together|brought\s+"
                      r"together|made\s+up\s+of|composed\s+of|consisting\s+of|(?:that|which)\s+(?:groups|grouped|"
                      r"includes|included|brings\s+together|brought\s+together))\b", "members", 0.65),
    # "the three members of the Brotherhood Alliance: X, Y and Z" (round 13)
    _r("affiliation", r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?(?:members|founders|"
                      r"components|constituents|pillars|factions)\s+of\s+(?:the\s+)?[^.;:,]{2,60}?(?P<trigger>:)",
       "members", 0.65),
    # "X, an umbrella of Baloch separatist groups, includes Y": only where the group before is called an umbrella
    _r("affiliation", r"\b(?:umbrella|coalition|alliance|grouping|bloc|platform)\b[^.;]{0,80}?\b(?P<trigger>"
                      r"includ(?:es|ed|e))\b", "members", 0.6, heads=("umbre", "coali", "allia", "group", "bloc", "platf")),
    # "The Popular Mobilisation Forces include the Badr Organisation": a collective name right before "include"
    _r("affiliation", r"\b(?:forces|front|council|union|units|federation|movements|committees|mobili[sz]ation|brigades)"
                      r"\s+(?P<trigger>includ(?:es|ed|e))\b", "members", 0.6, heads=("inclu",)),
    # merger by forming one group, before the alliance rules that would take "form a single front"
    _r("merger", r"\b(?:joined|combined|merged|united|teamed\s+up|linked\s+up)\s+with\b(?=[^.;]{1,80}?\bto\s+(?:form|"
                 r"create|found|establish|launch)\s+(?:a\s+|one\s+)?(?:single|new|unified|united)\s+(?!coalition|"
                 r"alliance|umbrella|front|council|operations)\b)", "sym", 0.8),
    # "the Islamic Front was formed by seven factions, among them X and Y", "Z was founded by X and Y"
    # "Z was born in 2017 from the merger of X, Y and ...", "Z came into being through the merger of X and Y" (round 14)
    _r("merger", r"\b(?:(?:was|were)\s+(?:born|formed|founded|created|established|constituted|launched)|c(?:ame|omes)\s+into\s+"
                 r"being)\s+" + _WHEN + r"(?:from|through|by|out\s+of|of|in|with)\s+(?:the|a)\s+(?:merger|"
                 r"fusion|amalgamation|(?-i:union))\s+of\b(?:\s+(?:[\w-]+\s+){0,3}?(?:factions|groups|militias|brigades|organi[sz]ations|"
                 r"movements|battalions|blocs|units|outfits)\s*,?\s*(?:(?:chief\s+)?among\s+them|including|such\s+as|"
                 r"notably)\b)?|"
                 r"\b(?:was|were|had\s+been|has\s+been)\s+(?:formed|founded|created|established|set\s+up|launched|"
                 r"(?:stitched|cobbled|pieced|put)\s+together|built|born)\s+"
                 r"(?:in\s+(?:\w+\s+)?\d{4}\s+)?(?:by|from|out\s+of|by\s+merging|through\s+the\s+merger\s+of)\s+"
                 r"(?:(?:\w+|a\s+number\s+of|dozens\s+of|about\s+a\s+dozen|a\s+dozen)\s+)?(?:[\w-]+\s+){0,3}?(?:factions|"
                 r"groups|militias|brigades|organi[sz]ations|movements|battalions|blocs|units|outfits)\s*(?:,?\s*"
                 r"(?:(?:chief\s+)?among\s+them|including|such\s+as|notably)\b|:)|"
                 r"\b(?:was|were)\s+(?:formed|founded|created|established|constituted|launched|set\s+up)\s+"
                 + _WHEN + r"(?:by|from|out\s+of)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:former|ex-|dissident|disaffected|breakaway|"
                 r"renegade|defectors|deserters|veterans|loyalists|notables|members|commanders|fighters|men|cadres)\b)"
                 r"(?=\s[^.;]{1,60}?\sand\s)", "formedby", 0.7),
    # "Z was stitched together in early 2009 out of X, Y and two smaller militias" (round 13)
    _r("merger", r"\b(?:was|were)\s+(?:stitched|cobbled|pieced|patched|put)\s+together\s+(?:in\s+(?:(?:early|late|mid)\s+)?"
                 r"(?:\w+\s+)?\d{4}\s+)?(?:out\s+of|from)\b(?=\s[^.;]{1,80}?\sand\s)", "formedby", 0.7,
       heads=("was", "were")),
    _r("merger", r"\b(?:combined|joined(?:\s+together)?(?!\s+forces)|came\s+together|banded\s+together|coalesced|"
                 r"amalgamated|fused|"
                 r"(?-i:united)|unified)\s+(?:[\w,]+\s+){0,4}?to\s+(?:form|create|establish|found|launch)\b"
                 r"(?!\s+(?:an?|the)\s+(?:new\s+|joint\s+|broad\s+)?(?:coalition|alliance|umbrella|operations|joint|"
                 r"council)\b)", "sym", 0.8),
    _r("merger", r"(?<!forces\sto\s)\b(?:formed|created|founded|established|launched|set\s+up)\s+(?:a\s+|one\s+)?"
                 r"(?:new\s+|single\s+|unified\s+|joint\s+){1,2}(?:group|organi[sz]ation|movement|entity|armed\s+group|"
                 r"militia|faction)\b", "symgroup", 0.7, heads=("new", "singl", "unifi", "joint")),
    # "X, Y and Z united under the single banner of W": one group, not members of W
    _r("merger", r"\b(?:(?-i:unit(?:ed|e|es|ing))|unif(?:ied|y|ies|ying)|merg(?:ed|e|es|ing)|came\s+together|"
                 r"combin(?:ed|e|es|ing)|amalgamated|fused|welded|melded)\s+(?:\w+\s+)?(?:under|into)\s+"
                 r"(?:a|one|the)\s+(?:(?:single|new|unified|common)\s+)?(?:banner|name|command|flag|leadership|structure|"
                 r"organi[sz]ation|group|movement|entity|formation|force|body|roof)\b|"
                 r"\b(?:(?-i:unit(?:ed|e|es|ing))|reunit(?:ed|e|es|ing)|merg(?:ed|e|es|ing)|combin(?:ed|e|es|ing)|"
                 r"(?:joined|came|banded)\s+together)\s+as\s+"
                 r"(?:a\s+single|one)\s+(?:organi[sz]ation|group|movement|entity|force|army|body)\b", "symgroup", 0.8,
       heads=("banne", "name", "comma", "flag", "leade", "struc", "organ", "group", "movem", "entit", "forma", "force",
              "body", "roof", "army")),
    # "X brought its fighters back into Y", "brought their gunmen into Y's federation" (round 13)
    _r("merger", r"\b(?:br(?:ought|ing|ings|inging)|t(?:ook|akes|ake|aking))\s+(?:its|their)\s+(?:\w+\s+)?(?:fighters|men|forces|"
                 r"units|gunmen|ranks|cadres|brigades|members)\s+(?:back\s+)?into\b", confidence=0.75,
       heads=("broug", "bring", "took", "takes", "take", "takin")),
    # "X and Y pooled their fighters in a single coalition", "fusing into a single body", "rolled themselves into one
    # bloc", "came out of the meeting as a single movement" (round 13)
    _r("merger", r"\b(?:fus(?:ed|ing|es|e)|pool(?:ed|ing|s)?|roll(?:ed|ing|s)?|fold(?:ed|ing|s)?|dissolv(?:ed|ing|es|e)|"
                 r"amalgamat(?:ed|ing|es|e)|c(?:ame|ome|omes|oming)\s+out(?:\s+of\s+(?:the|a|their)\s+[\w-]+)?)\s+"
                 r"(?:(?:themselves|their\s+(?:fighters|forces|men|ranks|commands?|units|gunmen))\s+)?(?:in|into|as)\s+"
                 r"(?:a\s+single|one|a\s+unified)\s+(?:coalition|alliance|body|movement|organi[sz]ation|group|entity|"
                 r"force|command|bloc|front|federation|structure|formation)\b", "symgroup", 0.8,
       heads=("fuse", "fusin", "fuses", "pool", "poole", "pooli", "pools", "roll", "rolle", "rolli", "rolls", "fold",
              "folde", "foldi", "folds", "disso", "amalg", "came", "come", "comes", "comin")),
    # "X and Y unified their forces", "X merged its fighters with Y", "X and Y became one organisation"
    _r("merger", r"\b(?:unified|(?-i:united)|merged|combined|pooled|amalgamated|fused|consolidated|integrated)\s+(?:their|its)\s+"
                 r"(?:forces|ranks|men|commandos|gunmen|cadres|combatants|"
                 r"fighters|structures|commands?|units|organi[sz]ations)\b(?:\s+(?:with|into|in))?"
                 r"(?!\s+(?:for|to|against|on|near|around|during)\b)", "sym", 0.8),
    _r("merger", r"\b(?:became|become|becoming)\s+(?:a\s+single|one)\s+(?:organi[sz]ation|group|movement|entity|force|"
                 r"army)\b", "symgroup", 0.75),
    _r("merger", r"\b(?:announc|declar|complet|agree|finali[sz])\w*\s+(?:(?:on|to|upon)\s+)?(?:their|its|a|the)\s+"
                 r"(?:\w+\s+)?(?:unification|"
                 r"merger|amalgamation|fusion|reunification|union)\b(?:\s+with\b)?", "sym", 0.8,
       heads=("unifi", "merge", "amalg", "fusio", "reuni", "union")),
    # "X was among the founding members of Z": the founders of a new group merge into it
    _r("merger", r"\b(?:among\s+the|one\s+of\s+the|an?|the)\s+(?:\w+\s+)?(?:founding|founder)\s+(?:members?|factions?|"
                 r"groups?|components?)\s+of\b", confidence=0.7, heads=("found",)),
    # alliance
    _r("alliance", r"\b(?:fought|fight|fighting|fights|battled|operat\w+|deployed|stood|acted|acting|acts|act|moved|advanc\w+|march\w+)\s+"
                   r"(?:\w+\s+){0,2}?(?:alongside|beside|next\s+to|together\s+with|side[\s-]+by[\s-]+side(?:\s+with)?|in\s+concert(?:\s+with)?|"
                   r"shoulder[\s-]+to[\s-]+shoulder(?:\s+with)?|in\s+tandem(?:\s+with)?|in\s+lockstep(?:\s+with)?|hand[\s-]+in[\s-]+"
                   r"(?:hand|glove)(?:\s+with)?)\b", "sym", 0.8,
       heads=('along', 'besid', 'next', 'toget', 'side', 'conce', 'shoul', 'tande', 'locks', 'hand')),
    _r("alliance", r"\b(?:joint|jointly|coordinated|combined)\s+(?:(?:the|a|an|their|its)\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:attack(?:s|ed)?|operations?|"
                   r"offensives?|assaults?|raid(?:s|ed)?|campaigns?|ambush(?:es|ed)?|statements?|command|strikes?|"
                   r"bombings?|patrols?|"
                   r"operations\s+room|claim(?:s|ed)?|responsibility|stormed|seized|captured|overran|targeted|fought|launch(?:es)?|"
                   r"barrages?|defen[cs]e|advance)\b",
       "sym", 0.75),
    # "X and Y jointly governed Timbuktu", "X and Y have trained together"
    _r("alliance", r"\bjointly\s+[a-z]+\b", "sym", 0.7),
    _r("alliance", r"\b(?:train|fight|fought|operat|work|plann|govern|patroll|rul|administer|mann|defend|held|hold|"
                   r"guard|secur|liberat|retook|recaptur|besieg|deploy)\w*\s+(?:\w+\s+){0,3}?(?:together|side[\s-]+by[\s-]+side|"
                   r"in\s+tandem|hand[\s-]+in[\s-]+(?:hand|glove)|in\s+concert|in\s+lockstep)\b(?!\s+with)|"
                   r"\b(?:fight|fights|fought|fighting|act|acts|acted|acting|operate|operates|operated)\s+as\s+one\b|"
                   r"\b(?:joined|are|were|remain|remains|remained)\s+at\s+the\s+hip\b|"
                   r"\bteamed\s+up\b(?!\s+with)|"
                   # "X and Y fought on the same side" (session 14)
                   r"\b(?:fought|fights?|fighting|were|are|was|been|stood|stand)\s+on\s+the\s+same\s+side\b"
                   # (session 15: "on the same side of the barricade / road / river" is a place, not a camp)
                   r"(?!\s+of\s+(?:the\s+|a\s+)?(?:barricades?|road|street|river|border|frontier|line|fence|wall|"
                   r"checkpoint|valley|town|city|bridge)\b)",
       "symgroup", 0.7, heads=("toget", "side", "tande", "teame", "hand", "conce", "locks", "one", "hip", "fough",
                               "fight", "were", "are", "was", "been", "stood", "stand")),
    # "X and Y fighters attacked Israeli positions together", "X and Y coordinate closely"
    _r("alliance", r"\b(?:attack|raid|ambush|seiz|captur|storm|shell|target|stag|launch|fir|bomb|struck|strik|took|tak|overr|"
                   r"conquer|sack|invad|push|drove|driv|overw|rout|encircl|plann|carri|ran|run)\w*\s+(?:[\w'’-]+\s+){0,3}?"
                   r"together\b|\bcoordinat(?:ed|es|e|ing)\s+closely\b(?!\s+with)", "symgroup", 0.7,
       heads=("toget", "close")),
    _r("alliance", r"\b(?:sid(?:ed|es|ing)\s+with|rall(?:ied|y|ies|ying)\s+(?:behind|to)|c[ao]me\s+to\s+the\s+aid\s+of|"
                   r"(?:fought|fights?|fighting)\s+on\s+the\s+side\s+of|(?:lent|lends|lend|gave|gives|provided|provides|offered|offers|extended)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?"
                   r"(?:support|help|assistance|backing|aid)\s+to)\b", "sym", 0.7),
    # "Hezbollah provided the Houthis with anti-ship missiles"
    _r("alliance", r"\b(?:provid|suppl|equipp|furnish)\w*\b(?=\s+(?:the\s+)?[^.;,]{1,50}?\s+with\s+(?:[\w-]+\s+){0,3}?"
                   r"(?:weapons|arms|missiles|rockets|drones|ammunition|explosives|funds|money|fighters|training|"
                   r"intelligence|equipment|guns|rifles)\b)", "symnext", 0.65),
    _r("alliance", r"\b(?:deploy|sen[dt]|dispatch|mobili[sz])\w*\s+(?:\w+\s+){0,4}?(?:fighters|troops|men|militants|"
                   r"reinforcements|units)\s+to\s+(?:support|back|help|aid|assist|reinforce|bolster|shore\s+up|"
                   r"fight\s+alongside)\b", "sym", 0.7),
    # "X, with help from Y, drove Z out"
    _r("alliance", r"\bwith\s+(?:the\s+)?(?:\w+\s+)?(?:help|support|backing|assistance)\s+(?:of|from)\b", "symnext",
       0.65, heads=("help", "suppo", "backi", "assis")),
    # "X has received weapons from Y"
    _r("alliance", r"\b(?:received|receives|receiving|receive|obtained|obtains|got|gets|accepted)\s+(?:\w+\s+){0,3}?"
                   r"(?:weapons|arms|funding|funds|money|training|support|backing|ammunition|fighters|reinforcements|"
                   r"supplies|drones|rockets|missiles)\s+from\b", "sym", 0.65,
       heads=("weapo", "arms", "fundi", "funds", "money", "train", "suppo", "backi", "ammun", "fight", "reinf", "suppl",
              "drone", "rocke", "missi")),
    # "X, which is backed by Y": the supporter after "by"
    _r("alliance", r"(?<![-‐])\b(?:backed|supported|armed|funded|financed|trained|sponsored|bankrolled|assisted|"
                   r"reinforced|supplied|provided|delivered|escorted|protected|guarded|sheltered|hosted|accompanied)\s+by\b",
       "sym", 0.6, gate=("backe", "suppo", "armed", "funde", "finan", "train", "spons", "bankr", "assis", "reinf",
                         "suppl", "provi", "deliv", "escor", "prote", "guard", "shelt", "hoste", "accom")),
    _r("alliance", r"(?<![-‐])\b(?:backed|backs|supported|supports|assisted|reinforced|bolstered|helped|helps|aided|"
                   r"hosted|hosts|sheltered|shelters|harbou?red|harbou?rs)\b", "symnext", 0.6,
       heads=("backe", "backs", "suppo", "assis", "reinf", "bolst", "helpe", "helps", "aided", "hoste", "hosts", "shelt",
              "harbo")),
    _r("alliance", r"\b(?:train(?:s|ed)?|arm(?:s|ed)|fund(?:s|ed)|financ(?:es|ed)|equip(?:s|ped)|sponsor(?:s|ed))"
                   r"(?:(?:\s*,\s*|\s+and\s+)(?:train|arm|fund|financ|equip|sponsor)\w*){0,2}\b"
                   r"(?:\s+(?:several|some|many|hundreds|thousands|dozens)\s+of(?=\s+the\b))?(?:\s+(?:the\s+)?(?:first\s+)?"
                   r"(?:recruits|fighters|members|units|cadres|commanders)\s+(?:of|from)\b)?", "symnext", 0.6),
    _r("alliance", r"\b(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|swapp(?:ed|ing)|pool(?:s|ed|ing)?|"
                   r"trad(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:fighters|"
                   r"commanders|leadership|command|weapons|resources|bases|ranks|members|intelligence|expertise|know-how|"
                   r"techniques|skills|tactics|safe\s+houses|safehouses|hideouts|camps|supply\s+routes|smuggling\s+routes|"
                   r"corridors|lookouts|gunmen)\b", "sym", 0.65,
       heads=("fight", "comma", "leade", "weapo", "resou", "bases", "ranks", "membe", "intel", "exper", "know",
              "techn", "skill", "tacti", "safe", "safeh", "hideo", "camps", "suppl", "smugg", "corri", "looko", "gunme")),
    # "X received shelter and help from Y", "draws guns and lawyers from Y", "buys drones and rifles from Y",
    # "coordinated weapons transfers with Y" (round 13)
    _r("alliance", r"\b(?:receiv\w*|enjoy\w*|obtain\w*|draws?|drew|drawing|gets?|got|getting|buys?|bought|buying|"
                   r"purchas\w*)\s+(?=(?:[\w-]+\s+){0,3}?(?:shelter|sanctuary|safe\s+haven|help|support|assistance|"
                   r"backing|weapons|arms|guns|funding|funds|money|cash|training|fighters|recruits|ammunition|supplies|"
                   r"protection|explosives|drones|rifles|missiles)\b)(?:[\w,-]+\s+){1,6}?from\b|"
                   r"\bcoordinat(?:ed|es|e|ing)\s+(?:[\w-]+\s+){1,3}?with\b", "sym", 0.6),
    # "an attack planned with Y", "X and its Amhara ally, Y," (round 13)
    _r("alliance", r"\b(?:planned|plotted|staged|mounted|organi[sz]ed|carried\s+out)\s+(?:jointly\s+|together\s+)?with\b|"
                   r"\band\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|partner|partners)\s*,", "sym", 0.65,
       heads=("plann", "plott", "stage", "mount", "organ", "carri", "and")),
    # "X holds the coast around Mokha alongside Y", "accused of running guns with Y" (round 13)
    _r("alliance", r"\b(?:hold|holds|holding|held|control\w*|guard\w*|patrol\w*|defend\w*|man|mans|manned|secur\w*)\s+"
                   r"(?!(?:talks|a\s+meeting|meetings|negotiations|a\s+press\s+conference|a\s+rally|elections?|an?\s+"
                   r"election)\b)(?:[\w'’-]+\s+){1,5}?(?:alongside|beside|side\s+by\s+side\s+with|together\s+with)\b|"
                   r"\b(?:run(?:s|ning)?|ran|smuggl\w*|traffick\w*)\s+(?:guns|weapons|arms|drugs|cocaine|fighters)\s+with\b",
       "sym", 0.65, heads=("along", "besid", "side", "toget", "guns", "weapo", "arms", "drugs", "cocai", "fight")),
    # "X and Y lend each other gunmen", "reinforce one another" (round 13)
    _r("alliance", r"\b(?:lend|lent|lends|lending|loan\w*|sen[dt]|sends|sending|suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)?|"
                   r"shelter\w*|protect\w*|reinforc\w*|back(?:s|ed|ing)?|help\w*|aid(?:s|ed|ing)?|cover(?:s|ed|ing)?)\s+"
                   r"(?:each\s+other|one\s+another)\b(?!['’])", "symgroup", 0.7, heads=("each", "one")),
    # "X and Y have fought each other for years", "turned on one another", "gunning down each other's cadres" (round 15;
    # coordinated subjects only)
    _r("rivalry", r"\b(?:fought|fight|fights|fighting|battled|battling|clashed\s+with|clashing\s+with|attacked|attacking|"
                  r"kill(?:ed|s|ing)?|gunn(?:ed|ing)\s+down|sh(?:ot|ooting)\s+at|turn(?:ed|ing)\s+on|war(?:red|ring)\s+"
                  r"(?:on|with))\s+(?:each\s+other|one\s+another)\b", "symgroup", 0.7, heads=("each", "one")),
    # "X taught bomb-making techniques to Y", "X gave Y safe haven"
    _r("alliance", r"\b(?:teach\w*|taught)\s+(?:[\w-]+\s+){0,3}?(?:techniques|skills|tactics|expertise|know-how|bomb-making)\s+to\b|"
                   r"\b(?:gave|given|giv(?:es|ing)|offer(?:ed|s|ing)?|grant(?:ed|s|ing)?|afford(?:ed|s|ing)?)\b"
                   r"(?=\s+(?:the\s+)?\w[^.;,]{0,40}?\s+(?:a\s+)?(?:safe\s+havens?|sanctuary|shelter|refuge)\b)",
       "symnext", 0.65, heads=("teach", "taugh", "gave", "given", "gives", "givin", "offer", "grant", "affor")),
    _r("alliance", r"\b(?:cooperat|collaborat)\w*\b(?!\s+with)|\bwork(?:ed|ing|s)?\s+together\b|\bcoordinat(?:ed|es|e|ing)\s+"
                   r"(?:(?:their|its)\s+)?(?:\w+\s+)?(?:positions|operations|attacks|efforts|strategy|strategies|activities|"
                   r"actions|moves|offensives?|advances?|assaults?|raids|campaigns?|movements|messaging|propaganda|tactics|"
                   r"rocket\s+fire|fire)\b", "symgroup", 0.7),
    # "X and Y shared an operations room", "set up joint camps", "run joint checkpoints": the subjects act together
    _r("alliance", r"\b(?:shar(?:e|es|ed|ing)|r[au]n(?:s|ning)?|set(?:s|ting)?\s+up|open(?:s|ed|ing)?|"
                   r"establish(?:es|ed|ing)?|man(?:s|ned|ning)?|operat(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
                   r"(?:(?:joint|common|shared)\s+)?(?:operations?\s+rooms?|command\s+cent(?:re|er)s?)\b|"
                   r"\b(?:set(?:s|ting)?\s+up|r[au]n(?:s|ning)?|open(?:s|ed|ing)?|establish(?:es|ed|ing)?|"
                   r"man(?:s|ned|ning)?|operat(?:e|es|ed|ing)|shar(?:e|es|ed|ing))\s+"
                   r"(?:\w+\s+)?joint\s+(?:camps?|bases?|checkpoints?|patrols?|training\s+camps?|headquarters)\b",
       "symgroup", 0.7, heads=("oper", "comma", "joint")),
    # "X and Y have closed ranks", "X and Y made common cause against Z", "X and Y ran joint operations against Z":
    # the coordinated subjects act as one (no "with": the partner is the other subject)
    _r("alliance", r"\b(?:clos(?:ed|es|e|ing)\s+ranks|(?:made|make|makes|making)\s+common\s+cause|join(?:ed|s|ing)?\s+"
                   r"hands|(?:declar|form|creat|set)\w*\s+(?:up\s+)?(?:a\s+)?(?:common|united)\s+front|"
                   r"(?:r[au]n(?:s|ning)?|conduct\w*|carri\w*\s+out|mount\w*|launch\w*|stag\w*)\s+joint\s+"
                   r"(?:military\s+)?(?:operations|raids|patrols|attacks|offensives?|lists|campaigns?))\b(?!\s+with\b)",
       "symgroup", 0.7, heads=("ranks", "cause", "hands", "front", "joint")),
    # "X opened a second front in support of Y", "X struck ships in solidarity with Y": armed action taken for Y
    _r("alliance", r"\b(?:open|attack|strik|struck|fir|launch|shell|join|enter|fought|fight|mobili[sz]|deploy)\w*\b"
                   r"[^.;]{1,80}?\b(?P<trigger>in\s+(?:support|solidarity|defen[cs]e)\s+(?:of|with))\b",
       "sym", 0.6, heads=("suppo", "solid", "defen")),
    # "X works hand in glove with Y", "X is in cahoots with Y"
    _r("alliance", r"\b(?:hand[\s-]+in[\s-]+glove|in\s+cahoots|in\s+league|in\s+lockstep)\s+with\b", "sym", 0.7,
       heads=("hand", "cahoo", "leagu", "locks")),
    _r("alliance", r"\b(?:provid|suppl|sen[dt]|offer|lent|lend|giv|gave|extend|funnel)\w*\s+(?:\w+\s+){0,4}?"
                   r"(?:weapons|arms|training|fighters|reinforcements|ammunition|logistical\s+support|military\s+aid|"
                   r"safe\s+haven|shelter|sanctuary|refuge|funding|funds|troops|men|manpower|advisers|advisors|trainers|"
                   r"instructors|recruits|volunteers|drones|missiles|rockets|explosives)(?:\s+and\s+\w+)?\s+(?:\w+\s+)?(?:to|for)\b",
       "sym", 0.65, heads=('weapo', 'arm', 'train', 'fight', 'reinf', 'ammun', 'logis', 'milit', 'safe', 'shelt', 'sanct', 'fund',
                          'troop', 'men', 'manpo', 'advis', 'instr', 'recru', 'volun', 'refug', 'drone', 'missi', 'rocke',
                          'explo')),
    _r("alliance", r"\b(?:carried\s+out|conducted|launched|staged|mounted)\s+(?:\w+\s+){0,3}?(?:jointly|together)"
                   r"\b", "sym", 0.75, heads=('joint', 'toget')),
    _r("alliance", r"\b(?:allied\s+(?:itself\s+|themselves\s+)?with|in\s+(?:an\s+)?alliance\s+with|an?\s+all(?:y|ies)"
                   r"\s+of|an?\s+(?:[\w-]+\s+){1,2}all(?:y|ies)\s+of|an?\s+(?:[\w-]+\s+){0,2}partner\s+of|teamed\s+(?:up\s+)?with|joined\s+forces\s+with|join\s+forces\s+with|cooperat\w+\s+with|"
                   r"(?:made|make|makes|making)\s+common\s+cause\s+with|join(?:ed|s|ing)?\s+hands\s+with|"
                   r"(?:threw|throw|throws|throwing|thrown)\s+in\s+(?:its|their)\s+lot\s+with|"
                   r"clos(?:ed|es|e|ing)\s+ranks\s+with|"
                   r"in\s+coordination\s+with|coordinat\w+\s+(?:\w+\s+)?with|partnered\s+with|"
                   r"(?:operat|work|act)\w*\s+(?:closely|jointly|hand[\s-]+in[\s-]+hand)\s+with|"
                   r"(?:sign|forg|form|seal|conclud|struck|strik|enter\w*\s+into|cement|agree|reach|ha[sd]|have|maintain|"
                   r"observ)\w*\s+(?:an?\s+|a\s+new\s+)?"
                   r"(?:[\w-]+\s+)?(?:alliance|pact|partnership|cooperation\s+agreement|"
                   r"working\s+(?:arrangement|relationship)|understanding)\s+with)\b",
       "sym", 0.75, heads=('allie', 'ally', 'allia', 'teame', 'join', 'coope', 'coord', 'partn', 'sign', 'pact', 'cause',
                          'lot', 'ranks', 'hands', 'close', 'joint', 'hand', 'arran', 'relat',
                          'under')),
    # "X and Y struck a pact to share routes", "agreed to a mutual defence arrangement" (no "with": the subjects)
    _r("alliance", r"\b(?:sign|agre|conclud|reach|forg|form|struck|strik|seal|cement|maintain|enjoy|renew|announc|declar|"
                   r"unveil|observ|set\s+up|establish|ha(?:ve|s|d))\w*\s+"
                   r"(?:(?:long|since|also|still|now)\s+)?(?:to\s+|on\s+|upon\s+)?(?:an?\s+|the\s+)?"
                   r"(?:[\w-]+\s+){0,2}?(?:alliance|pact|partnership|charter|"
                   r"(?:unity|cooperation|defen[cs]e|non-aggression|working)\s+"
                   r"(?:agreement|accord|deal|arrangement))\b(?!\s+with)", "sym", 0.7,
       heads=('allia', 'pact', 'partn', 'agree', 'accor', 'deal', 'arran', 'chart')),
    # "a pact between X and Y held" (not one that collapsed: a rivalry rule reads that); a truce or ceasefire is
    # no alliance (docs/RELATIONS.md "Truces")
    _r("alliance", r"\b(?:pact|accord)\s+"
                   r"(?:[\w-]+\s+){0,4}?between\b(?![^.;]{0,150}?\b(?:soured|deteriorated|worsened|broke\s+down|"
                   r"collapsed|unravell?ed|fell\s+apart|was\s+broken|ended\s+in)\b)", "sym", 0.65),
    # "X enjoys the patronage of Y", "X leans on Y for rockets", "X has played host to Y's leaders"
    _r("alliance", r"\b(?:enjoy|receiv|ha[sd]|have|under|relies|rely|relied)\w*\s+(?:on\s+)?(?:the\s+)?(?:\w+\s+)?"
                   r"(?:patronage|protection|sponsorship)\s+of\b|\bplay(?:ed|s|ing)?\s+host\s+to\b", "sym", 0.65,
       heads=("patro", "prote", "spons", "host")),
    _r("alliance", r"\b(?:(?:lean|leans|leaned|leant|leaning|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:\w+ly\s+)?on|"
                   r"turn(?:s|ed|ing)?\s+to)\b"
                   r"(?=\s+(?:the\s+)?[^.;,]{1,40}?\s+for\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|training|rockets|missiles|"
                   r"funding|money|fighters|supplies|recruits|logistics|support|protection|shelter|sanctuary|"
                   r"supply\s+routes|reinforcements|help|assistance)\b)",
       "symnext", 0.6),
    # "X deployed to Aleppo to shore up Y's positions", "threw its weight behind Y"
    _r("alliance", r"\b(?:deploy|rush|sen[dt]|dispatch|mov)\w*\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:shore\s+up|bolster|"
                   r"reinforce|prop\s+up)\b|\b(?:threw|throw|throws|throwing|thrown|put|puts|putting|placed)\s+(?:its|their)"
                   r"\s+(?:\w+\s+)?(?:weight|support)\s+behind\b", "sym", 0.65,
       heads=("shore", "bolst", "reinf", "prop", "weigh", "suppo")),
    # "X remains Y's closest ally"
    _r("alliance", r"\b(?:is|are|was|were|remains?|remained|became|become)\s+(?:now\s+|still\s+)?(?:the\s+|one\s+of\s+)?"
                   r"(?=[^,;.]{1,40}?['’]s\s+(?:[\w-]+\s+){0,3}?(?:all(?:y|ies)|partners?|backers?|patrons?|protectors?)\b)",
       "next", 0.7, heads=('ally', 'allie', 'partn', 'backe', 'patro', 'prote')),
    # "X and Y pledged to defend each other", "a mutual defence pact"; "X and Y maintain close ties"
    _r("alliance", r"\b(?:defend|protect|support|help|assist|back|reinforce)\w*\s+(?:each\s+other|one\s+another)\b|"
                   r"\b(?:maintain|have|has|had|keep|kept|enjoy|forg|buil|develop|deepen|strengthen|cultivat)\w*\s+"
                   r"(?:\w+\s+){0,2}?(?:close|strong|deep|longstanding|long-standing|warm|operational|working)\s+"
                   r"(?:ties|links|relations|relationship|connections|contacts)\b(?:\s+with)?",
       "sym", 0.7, heads=('each', 'one', 'close', 'stron', 'deep', 'longs', 'long-', 'warm', 'opera', 'worki')),
    _r("alliance", r"\bjoin(?:ed|s|ing)?\s+forces\b(?!\s+with)", "sym", 0.75),
    # "X fought with Y against government troops": with, on one side, against the other
    _r("alliance", r"\b(?:fought|fights|fighting|fight|battled|battling)\s+with\b(?=\s+(?:the\s+)?[^.;,]{1,60}?\s+"
                   r"against\b)", "sym", 0.7),
    # "X has fought for the TTP in Karachi" (not "fought for control of")
    _r("alliance", r"\b(?:fought|fights|fighting|fight)\s+(?:\w+ly\s+)?for\b(?!\s+(?:the\s+)?(?:control|independence|"
                   r"autonomy|territory|power|survival|years|months|days|weeks|hours|decades|influence|supremacy|"
                   r"dominance|revenge|access|their|its|his)\b)", "symnext", 0.6),
    # "X's alliance with Y", "the partnership between X and Y" (nominal)
    _r("alliance", r"\b(?:alliance|partnership|pact|cooperation|collaboration)\s+(?:with|between)\b", "sym", 0.7,
       heads=("allia", "partn", "pact", "coope", "colla")),
    _r("alliance", r"\bsign\w*\s+(?:an?\s+)?(?:alliance|unity|cooperation|mutual\s+defen[cs]e|non-aggression)\s*(?:pact|"
                   r"agreement|accord|deal)?\b", "sym", 0.75),
    _r("alliance", r"\b(?:formed|form|forming|created|launched|founded|established|announced|set\s+up)\s+"
                   r"(?:\w+\s+){0,4}?(?:alliance|coalition|umbrella|operations\s+room|joint\s+command|"
                   r"front|council|joint\s+platform|platform|bloc)\b(?!\s+(?:of|between)\b)", "sym", 0.7,
       heads=('alleg', 'allie', 'ally', 'allia', 'coali', 'umbre', 'opera', 'joint', 'front', 'counc', 'platf', 'bloc')),
    _r("alliance", r"\b(?:alliance|coalition|pact|partnership)\s+(?:between|of)\b", "sym", 0.7),
    # "X and Y remain closely aligned" (only coordinated subjects: "aligned with Y" is an affiliation) (round 14)
    _r("alliance", r"\b(?:are|were|remain(?:s|ed)?|stay(?:s|ed)?|became|become)\s+(?:\w+ly\s+)?aligned\b"
                   r"(?!\s+(?:with|to|behind|against)\b)", "symgroup", 0.7, heads=("align",)),
    # "X found shelter with Y in Waziristan" (round 14)
    _r("alliance", r"\bf(?:ound|ind|inds|inding)\s+(?:\w+\s+)?(?:shelter|refuge|sanctuary|safe\s+haven|protection)\s+"
                   r"(?:with|among)\b", "symnext", 0.65),
    _r("alliance", r"\b(?:are|were|became|remain(?:ed)?)\s+(?:\w+\s+)?(?:allies|partners|comrades-in-arms)\b", "sym", 0.75,
       heads=('alleg', 'allie', 'ally', 'allia', 'partn', 'comra')),
    # rivalry
    _r("rivalry", r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|skirmish(?:ed|es)?|"
                  r"infighting|feuds?|feuding|feuded|warred|hostilit(?:y|ies)|animosity|enmity|wars?|fighting|tensions?|conflicts?|"
                  r"confrontations?|violence|struggles?|standoffs?|competi(?:ng|tion)|compet(?:es?|ed)|vying|vied|"
                  r"jockeying|(?:exchang|trad)(?:ed|es|ing|e)\s+(?:\w+\s+)?(?:(?:gun)?fire|attacks|blows|raids|strikes|shots)|"
                  r"(?:gun|fire)fights?|shoot-?outs?|"
                  r"gun\s+battles?|turf\s+(?:wars?|battles?)|bloodshed|"
                  r"vendettas?|showdowns?|falling[\s-]out|bad\s+blood|bloodletting)\s+(?:\w+\s+){0,2}?"
                  r"(?:with|against|between|among|on)\b(?<!alongside)", "sym", 0.75),
    # "Fighting broke out in August between X and Y", "X fell out with Y" (two groups: a man who fell out with his
    # leaders is no rivalry)
    _r("rivalry", r"\b(?:fighting|clashes|war|violence|hostilities|feuding)\s+(?:broke|erupted|flared)\s+(?:out\s+)?"
                  r"(?:(?:in|on|during|again|anew|late|early|last)\s+(?:[\w-]+\s+){0,3}?)?between\b|"
                  r"\b(?:fell|falls|fall|falling|fallen)\s+out\s+with\b", "symnext", 0.7,
       heads=("fight", "clash", "war", "viole", "hosti", "feudi", "fell", "falls", "fall", "falli", "falle")),
    # "X and Y fell out in 2016": the coordinated subjects became rivals
    _r("rivalry", r"\b(?:fell|falls|fall|falling|fallen)\s+out\b(?!\s+(?:with|of|over\s+whether)\b)", "symgroup", 0.65,
       heads=("fell", "falls", "fall", "falli", "falle")),
    # "X broke its truce with Y": a rivalry again, before the split rule that takes "broke ... with"
    _r("rivalry", r"\b(?:broke|breaks|break|breaking|ended|ends|violated|violates|abandoned|tore\s+up)\s+(?:its\s+|their\s+|"
                  r"an?\s+|the\s+)?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|non-aggression\s+pact)\s+with\b", "sym", 0.75,
       heads=("truce", "cease", "non-a")),
    # "X and Y have been feuding", "X and Y waged a turf war over Z": the coordinated subjects are the rivals
    _r("rivalry", r"\b(?:feuding|feuded|warring)\b(?!\s+(?:with|against|between))|\bwag(?:ed|es|e|ing)\s+(?:an?\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:war|feud|battle|conflict|vendetta|struggle)s?\b(?!\s+(?:against|on|with)\b)",
       "symgroup", 0.75),
    # "Fierce clashes pitted X against Y"
    _r("rivalry", r"\bpit(?:ted|s|ting)?\b(?=\s+(?:the\s+)?[^.;]{1,60}?\s+against\b)", "pitted", 0.75),
    # "X accused Y of killing its commander", "X blamed Y for the killing of its fighters"
    _r("rivalry", r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\b(?=\s+(?:the\s+)?[^.;,]{1,50}?\s+(?:of|for)\s+(?:the\s+)?"
                  r"(?:killing|killings|assassinat\w+|murder\w*|attack\w*|ambush\w*|abduct\w*|kidnap\w*|execut\w*|"
                  r"bombing\w*|shelling|raid\w*|deaths?|collaborat\w*|treason|betray\w*|spying|apostasy)\b)", "symnext", 0.6,
       heads=("accus", "blame", "blami")),
    # "X were driven out of Tripoli by Y", "X has been hunted down by Y's security service"
    _r("rivalry", r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:driven|pushed|forced|chased|expelled|ousted|evicted|"
                  r"routed|dislodged|attacked|ambushed|targeted|defeated|crushed|overrun|besieged|hunted(?:\s+down)?|"
                  r"wiped\s+out|massacred|assassinated)\b(?=[^.;]{0,60}?\bby\b)", "passive", 0.6,
       heads=("drive", "pushe", "force", "chase", "expel", "ouste", "evict", "route", "dislo", "attac", "ambus", "targe",
              "defea", "crush", "overr", "besie", "hunte", "wiped", "massa", "assas")),
    # "X and Y clashed repeatedly": the coordinated subjects fight each other
    _r("rivalry", r"\b(?:clash(?:ed|es)?|skirmish(?:ed|es)?)\b(?!\s+(?:\w+\s+)?with)|\b(?:exchang|trad)(?:ed|es|ing|e)\s+(?:\w+\s+)?"
                  r"(?:(?:gun)?fire|attacks|blows|raids|strikes|shots|massacres|killings|ambushes|assassinations)\b"
                  r"(?!\s+with)", "symgroup", 0.7,
       heads=("clash", "skirm", "fire", "gunfi", "attac", "blows", "raids", "strik", "shots", "massa", "killi", "ambus",
              "assas")),
    _r("rivalry", r"\b(?:locked|engaged|embroiled|mired)\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:struggle|battle|war|"
                  r"warfare|conflict|feud|fight|fighting|rivalry|standoff|competition|contest|tussle|duel|gun\s*battle|"
                  r"gunfight|firefight|clashes|shoot-?out)s?\b(?!\s+(?:with|against)\b)", "symgroup", 0.75),
    # "X declared Y a legitimate target"
    _r("rivalry", r"\b(?:declar|nam|list|design)\w*\b(?=(?:\s+[\w'’-]+){1,6}?\s+(?:an?\s+)?(?:legitimate\s+|military\s+|"
                  r"prime\s+)?(?:target|enemy)\b)", "symnext", 0.65, heads=("targe", "enemy")),
    # "X repelled an assault by Y", "X lost ground to Y", "X laid siege to Y positions", "X seized the town from Y"
    _r("rivalry", r"\b(?:repel\w*|repuls\w*|fought\s+off|fend\w*\s+off|beat\s+back|thwart\w*)\s+(?:an?\s+|the\s+)?"
                  r"(?:\w+\s+)?(?:attack|assault|offensive|raid|incursion|advance)s?\s+(?:by|from)\b|"
                  r"\blos(?:t|es|e|ing)\s+(?:ground|territory|control)\s+to\b|"
                  r"\bla(?:id|y|ys|ying)\s+siege\s+to\b|"
                  r"\b(?:seized|captured|wrested|took|retook|recaptured|grabbed)\s+(?:control\s+of\s+)?(?:[\w'’-]+\s+){0,6}?from\b",
       "sym", 0.65),
    _r("rivalry", r"\bdeclar\w*\s+(?:\w+\s+){0,2}?(?:war|jihad|hostilities)\s+(?:on|against)\b", "sym", 0.85),
    _r("rivalry", r"\b(?:offensive|counter-?offensive|campaign|assault|crackdown|war|operation)s?(?:\s+of\s+\w+)?\s+"
                  r"(?:against|on|to\s+(?:wipe\s+out|destroy|crush|eliminate|dislodge|oust|expel|drive\s+out|root\s+out))\b",
       "sym", 0.75),
    # "X emerged from Y in 2019" (a splinter named as such before: "A splinter group, X, emerged from Y")
    _r("split", r"\bemerged\s+(?:in\s+\d{4}\s+)?(?:from|out\s+of)\b(?!\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:split|rupture|"
                r"schism|rift|war|conflict|ashes|shadows|jungle|forest|hiding|merger|fusion|union|amalgamation|unification|"
                r"marriage)\b)", confidence=0.6),
    # "X hosts fighters from Y in its camps"
    _r("alliance", r"\b(?:host|shelter|harbou?r|protect|train)\w*\s+(?:\w+\s+){0,2}?(?:fighters|militants|commanders|"
                   r"leaders|members|cadres|operatives)\s+(?:from|of)\b", "sym", 0.65,
       heads=("fight", "milit", "comma", "leade", "membe", "cadre", "opera")),
    # ("blamed the attack on X" names the culprit, not the target)
    _r("rivalry", r"(?<!blamed\sthe\s)(?<!blames\sthe\s)(?<!blame\sthe\s)(?<!pinned\sthe\s)\b(?:attacks?|raids?|strikes|"
                  r"ambush(?:es)?|assaults?|operations|offensives?|bombings)\s+(?:on|against)\b",
       "symnext", 0.6, gate=("attac", "raid", "strik", "ambus", "assau", "opera", "offen", "bombi")),
    _r("rivalry", r"\b(?:ousted|expelled|drove|driven|pushed|(?:push|drive|drives|driving)(?=\s[^.;,]{1,40}?\bout\s+of\b)|evicted|routed|dislodged|dislodge|oust|expel|evict)\s+"
                  r"(?:\w+\s+){0,1}?",
       "sym", 0.6),
    # ("rival factions, X and Y": the listed groups are each other's rivals, not the subject's)
    _r("rivalry", r"\b(?:rivals?(?!\s+(?:[\w-]+\s+)?(?:factions|groups|militias|wings|camps|gangs|cartels|movements|organi[sz]ations|"
                  r"brigades|outfits)\b)|rivalry|competitors|enem(?:y|ies)|at\s+war|at\s+odds|at\s+loggerheads|arch-?rivals?|"
                  r"adversar(?:y|ies)|at\s+each\s+other['’]s\s+throats|(?:came|come|comes|coming)\s+to\s+blows|"
                  r"on\s+(?:opposite|opposing|rival)\s+sides)\b",
       "sym", 0.7, heads=('rival', 'enem', 'war', 'odds', 'arch', 'adver', 'logge', 'throa', 'blows', 'oppos', 'compe')),
    _r("rivalry", r"\bhostile\s+(?:towards?|to)\b|\bturn(?:ed|s|ing)?\s+(?:its|their)\s+(?:guns|weapons|fire)\s+"
                  r"(?:on|against)\b", "symnext", 0.65),
    # "X took up arms against Y", "X has taken the fight to Y", "X and Y went to war"
    _r("rivalry", r"\b(?:t(?:ook|ake|akes|aking|aken))\s+up\s+arms\s+against\b|\bt(?:ook|ake|akes|aking|aken)\s+the\s+"
                  r"(?:fight|battle|war)\s+to\b", "sym", 0.7, heads=("arms", "fight", "battl", "war")),
    _r("rivalry", r"\b(?:go|goes|going|went|gone)\s+to\s+war\b(?!\s+(?:with|against)\b)|\bat\s+daggers\s+drawn\b",
       "symgroup", 0.7, heads=("war", "dagge")),
    # "X and Y fought for control of the crossing": the coordinated subjects are rivals
    _r("rivalry", r"\b(?:fought|fighting|fights|fight|battled|battling|competed|competing|vied|vying|jostl\w+)\s+"
                  r"(?:\w+ly\s+)?(?:for|over)\s+(?:\w+\s+)?(?:control|supremacy|dominance|influence|territory|turf)\b",
       "symgroup", 0.7, heads=("contr", "supre", "domin", "influ", "terri", "turf")),
    # "X and Y have fought over the same ranges", "fought each other for the rivers of", "have disputed the coast",
    # "settled scores" (round 13; not "fought for years", "fought for independence")
    _r("rivalry", r"\b(?:fought|fighting|fights|fight|battled|battling|clashed|clashing)\s+(?:(?:each\s+other|one\s+another)"
                  r"\s+(?:\w+ly\s+)?for\s+(?:the\s+)?|"
                  r"(?:(?:running|pitched|street|bloody|deadly|fierce|turf)\s+(?:battles|wars?|fights)\s+)?(?:\w+ly\s+)?"
                  # "for" + a cause is a shared cause, not a prize ("fought for an independent state", review of
                  # session 9): only a prize of ground or trade follows "for"
                  r"for\s+(?:the\s+)?(?:same\s+|\w+\s+)?(?:rivers?|mines?|ranges?|mountains?|hills|routes?|roads?|ports?|"
                  r"towns?|city|villages?|valleys?|coast|corridors?|border|crossings?|markets?|fields?|districts?|"
                  r"neighbou?rhoods?|streets|spoils|smuggling|trade|rackets?)\b|"
                  r"(?:(?:running|pitched|street|bloody|deadly|fierce|turf)\s+(?:battles|wars?|fights)\s+)?(?:\w+ly\s+)?"
                  r"over\s+(?!(?:\w+\s+)?(?:weeks|months|years|days|hours|decades|a\s+decade|"
                  r"independence|freedom|autonomy|self-determination|secession|survival|power|democracy|justice|"
                  r"their\s+(?:cause|people|rights|homeland|lives|country|land)|the\s+(?:cause|government|state|regime|"
                  r"same\s+side|first|last|past|next|rest)\b|a\s+(?:homeland|state|cause)\b|\d)))|"
                  r"\bdisput(?:ed|es|ing)\b(?!\s+(?:that|the\s+(?:claim|report|account|figure|toll|death|number)s?)\b)|"
                  r"\bsettl(?:ed|es|ing|e)\s+(?:old\s+)?scores\b(?!\s+with)", "symgroup", 0.65,
       heads=("fough", "fight", "battl", "clash", "dispu", "settl")),
    _r("rivalry", r"\b(?:kill|attack|target|ambush|assassinat|abduct|kidnap|execut|raid|shell|bur(?:y|ie)|hunt|murder|"
                  r"slaughter|massacr|behead|gun\w*\s+down)\w*\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:each\s+other|one\s+another)['’]s?\s",
       "symgroup", 0.7, heads=("each", "one")),
    # "X was sent to Panjshir to crush Y" (round 13)
    _r("rivalry", r"\bto\s+(?:crush|destroy|wipe\s+out|annihilate|eliminate|defeat|dislodge|root\s+out|drive\s+out|"
                  r"hunt\s+down|rout)\b", "symnext", 0.6),
    # "X has contested villages on the plateau with Y", "disputed the routes with Y" (round 13)
    _r("rivalry", r"\b(?:contest(?:ed|s|ing)?|disput(?:ed|es|ing))\s+(?:[\w'’-]+\s+){1,6}?with\b", "sym", 0.65,
       heads=("conte", "dispu")),
    # "went to hunt the insurgents of Y", "turned on Y" (round 13)
    _r("rivalry", r"\bhunt(?:s|ing|ed)?\s+(?:down\s+)?(?:the\s+)?(?:insurgents|fighters|militants|men|members|remnants|"
                  r"cells|commanders|gunmen|cadres)\s+of\b|\bturn(?:ed|s|ing)\s+on\b(?!\s+(?:each\s+other|one\s+another|"
                  r"(?:its|their|his)\s+(?:former|old|erstwhile|one-?time|own)\b|"
                  r"the\s+(?:government|state|army|regime|police)|(?:his|her|its|their)\s+(?:phones?|lights?|radios?)))",
       "symnext", 0.6, heads=("hunt", "hunts", "hunti", "hunte", "turne", "turns", "turni")),
    # "X and Y have been killing each other's members"
    _r("rivalry", r"\b(?:kill|attack|target|ambush|assassinat|abduct|kidnap|execut|raid|shell|accus|blam)\w*\s+"
                  r"(?:each\s+other|one\s+another)\b", "symgroup", 0.7, heads=("each", "one")),
    # "X and Y broke their truce": the coordinated subjects are rivals again
    _r("rivalry", r"\b(?:broke|breaks|break|breaking|ended|violated|abandoned|tore\s+up)\s+(?:their|the)\s+(?:[\w-]+\s+)?"
                  r"(?:truce|ceasefire|cease-fire|non-aggression\s+pact)\b(?!\s+with)", "symgroup", 0.75,
       heads=("truce", "cease", "non-a")),
    _r("rivalry", r"\b(?:vying|competing|jockeying)\b|\b(?:reprisal|retaliatory|tit-for-tat)\s+(?:attacks|killings|raids)\b|"
                  r"\bturn(?:ed|ing|s)?\s+(?:their\s+guns\s+)?on\s+(?:each\s+other|one\s+another)\b", "sym", 0.65,
       heads=("vying", "compe", "jocke", "repri", "retal", "tit", "turn")),
    # "X's relationship with Y deteriorated into open hostility", "a pact with Y that collapsed into open war"; "X lost
    # Beledweyne to Y" (round 13)
    _r("rivalry", r"\b(?:relationship|relations|ties|tie|partnership|alliance|pact|coexistence|truce|cooperation)\s+"
                  r"(?:[\w-]+\s+){0,4}?with\b(?=(?:(?!\b(?:when|while|with)\b)[^.;,]){0,120}?\b(?:deteriorated|collapsed|"
                  r"broke\s+down|degenerated|descended|"
                  r"turned|soured|dissolved)\s+into\s+(?:an?\s+)?(?:open\s+|outright\s+|full-scale\s+|bloody\s+)?(?:hostility|"
                  r"hostilities|war|warfare|fighting|clashes|street\s+battles|battles|bloodshed|violence|conflict|killing|"
                  r"feud)\b)|\blos(?:t|es|e|ing)\s+(?:[\w'’-]+\s+){1,5}?to\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:strike|"
                  r"airstrike|drone|bomb|disease|illness|cancer|election|vote))(?<!\bwon\sto)", "sym", 0.6,
       heads=("relat", "ties", "tie", "partn", "allia", "pact", "coexi", "truce", "coope", "lost", "loses", "lose",
              "losin")),
    # "relations between X and Y soured into open warfare"
    _r("rivalry", r"\b(?:relations|ties|relationship|truce|ceasefire|cease-fire|pact|peace\s+deal)\s+between\b(?=[^.;]{0,150}?\b(?:soured|deteriorated|worsened|"
                  r"broke\s+down|collapsed|turned\s+(?:violent|hostile|sour|bloody)|degenerated|descended\s+into)\b)",
       "sym", 0.65),
    # "denounced Y as traitors/apostates": an enemy named in the jihadists' own terms
    _r("rivalry", r"\b(?:denounc|brand|label|condemn|declar|regard|see|sees|saw|view|treat)\w*\b(?=(?:\s+[\w'’-]+)"
                  r"{1,6}?\s+(?:as\s+)?(?:an?\s+|its\s+|their\s+)?(?:\w+\s+(?:of\s+)?)?(?:traitors|apostates|infidels|"
                  r"khawarij|kharijites|enem(?:y|ies)|collaborators|agents|foes?|arch-?rivals?|main\s+rivals?)\b)",
       "symnext", 0.6, heads=("denou", "brand", "label", "conde", "decla", "regar", "see", "sees", "saw", "view",
                              "treat")),
    # "the killing/assassination of a Y commander by X", "X claimed the assassination of a Y commander"
    _r("rivalry", r"(?<!condemned\sthe\s)(?<!condemns\sthe\s)(?<!mourned\sthe\s)(?<!mourns\sthe\s)(?<!denounced\sthe\s)"
                  r"(?<!lamented\sthe\s)(?<!avenge\sthe\s)"
                  r"\b(?:killing|assassination|murder|execution|abduction|kidnapping|beheading)s?\s+of\s+"
                  r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+|dozens\s+of\s+)?(?:(?:senior|top|local|prominent|key|"
                  r"leading|high-ranking|veteran|former|notorious)\s+)?", "symnext", 0.55,
       heads=("killi", "assas", "murde", "execu", "abduc", "kidna", "behea")),
    _r("rivalry", r"\b(?:attacked|ambushed|raided|overran|assassinated|seized\s+\w+\s+from|"
                  r"captured\s+\w+\s+from|crushed|defeated|vanquished|wiped\s+out|annihilated|besieged|targeted|"
                  r"kidnapped|abducted|executed|beheaded|killed|massacred|stormed|shelled|bombarded|arrested|detained|"
                  r"hunted(?:\s+down)?|rounded\s+up|murdered|gunned\s+down|shot\s+dead|lynched|slaughtered|"
                  r"blockaded)\b", "sym", 0.5),
    # "X seized a Y stronghold", "X torched two Y camps": a group's base taken or struck
    _r("rivalry", r"\b(?:seized|captured|stormed|torched|burned|burnt|destroyed|bombed|overran|pound(?:ed|ing|s)|hit|struck)\b(?=\s+(?:an?\s+|the\s+|"
                  r"two\s+|three\s+|several\s+|dozens\s+of\s+)?(?:[\w'’-]+\s+){1,3}?(?:strongholds?|bases?|camps?|"
                  r"positions?|outposts?|headquarters|checkpoints?|hideouts?|bastions?)\b)", "sym", 0.6),
    _r("rivalry", r"\b(?:fought|battled|fighting|fights|battling)\b(?!\s+(?:alongside|with|together|in|on|over|to|under|"
                  r"side|for(?!\s+(?:\w+\s+)?(?:weeks|months|years|days|hours|decades)\b))\b)", "sym", 0.7),
    # split
    # ("X's rupture with Y in 2008": round 14)
    _r("split", r"\b(?:broke|break|breaks|breaking|broken|split|splits|splitting|splintered|splinter(?:ing|s)?|ruptures?|defected|defect(?:s|"
                r"ing)?|separated|seceded|withdrew|walked\s+out|walked\s+away|spun|spin|spins|spinning|peeled|peels)\s+"
                r"(?:away\s+|off\s+|out\s+)?(?:\w+\s+){0,1}?"
                r"(?:from|with)\b|\b(?:pulled|pulls|walked|opted|dropped)\s+out\s+of\b|\bwalk(?:ed|s|ing)?\s+out\s+on\b|"
                r"\bbr(?:oke|eaks|eak|eaking)\s+free\s+(?:of|from)\b|\bl(?:ed|eads|ead|eading)\s+(?:\w+\s+){0,3}?"
                r"(?:followers|fighters|members|men|cadres|supporters|loyalists)\s+out\s+of\b|\bbr(?:oke|eak|eaks|eaking)\s+ranks\s+"
                r"with\b|\b(?:pulled|pulls|withdrew|withdraws|took|takes)\s+(?:its|their)\s+(?:\w+\s+)?(?:fighters|forces|"
                r"units|men|troops|brigades)\s+out\s+of\b", confidence=0.85),
    _r("split", r"\b(?:an?|the|its)\s+(?:\w+\s+)?(?:splinter|breakaway|dissident|renegade|offshoot)\s*(?:group|faction|"
                r"wing|movement|cell|organi[sz]ation)?\s*(?:of|from)\b", confidence=0.85, heads=('splin', 'break', 'dissi', 'reneg', 'offsh')),
    # ("what was left of Y", "left over", "left behind": no one leaves Y)
    # ("an attack that left 15 dead": no one leaves anything)
    _r("split", r"(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!been\s)\b(?:left|quit|abandoned|exited|deserted)\b"
                r"(?!\s+(?:of|over|behind|for\s+dead)\b)(?![^.;,]{0,30}?\b(?:dead|killed|wounded|injured|homeless)\b)",
       confidence=0.6,
       gate=("left", "quit", "aband", "exite", "deser")),
    _r("split", r"\b(?:leav(?:e|es|ing)|quitting|quits|exiting)\b(?!\s+(?:behind|for|office|prison|hospital)\b)",
       confidence=0.55),
    # "X's defection from Y", "the breakaway of X from Y" (nominal)
    _r("split", r"\b(?:defection|departure|breakaway|expulsion|exit|withdrawal|secession|separation|split)\s+"
                r"(?:of\s+[^,;.]{1,60}?\s+)?from\b", confidence=0.7,
       heads=("defec", "depar", "break", "expul", "exit", "withd", "seces", "separ", "split")),
    _r("split", r"\b(?:cut|severed|severs|cuts|ended|broke\s+off|renounc\w*|terminat\w*|dissolv\w*)\s+(?:all\s+)?"
                r"(?:its\s+|their\s+)?(?:\w+\s+)?(?:ties|links|relations|connections|affiliation|association)\s+"
                r"(?:with|to)\b", confidence=0.85),
    _r("split", r"\b(?:who|that)\s+(?:had\s+)?(?:mutinied|rebelled|revolted)\s+against\b", confidence=0.65,
       heads=("mutin", "rebel", "revol")),
    # "X went its own way rather than submit to Y", "X grew out of the armed wing of Y"
    _r("split", r"\b(?:go(?:es|ing)?|went|gone)\s+(?:its|their)\s+own\s+way(?:\s+[\w,]+){0,4}?\s+(?:from|rather\s+than\s+"
                r"\w+\s+to|instead\s+of\s+\w+\s+to)\b|\bstr(?:ike|ikes|iking|uck)\s+out\s+on\s+(?:its|their)\s+own\s+from\b|\bgr(?:ew|ow|ows|own)\s+out\s+of\s+(?:the\s+)?(?:(?:armed|military|youth|"
                r"militant|radical)\s+)?(?:wing|ranks|faction)s?\s+of\b", confidence=0.6,
       heads=("way", "own", "wing", "ranks", "facti")),
    # "X grew out of Y", "X spun out of Y's armed committees", "X sprang from Y" (Y a group: both must be named)
    _r("split", r"\b(?:gr(?:ew|own|ows)|spun|sprang|sprung)\s+(?:out\s+of|from)\b(?!\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:merger|"
                r"fusion|union|amalgamation|unification|marriage|coming\s+together)\b)", confidence=0.6),
    _r("split", r"\b(?:part(?:ed|s|ing)\s+(?:ways|company)|distanc\w+\s+(?:itself|themselves)|"
                r"dis(?:so|as)ciat\w+\s+(?:itself|themselves)|turn\w*\s+(?:its|their)\s+backs?)\s+(?:with|from|on)\b",
       confidence=0.75),
    _r("split", r"\b(?:formed|founded|created|established|launched|set\s+up)\s+(?:in\s+\d{4}\s+)?by\s+(?:\w+\s+){0,2}?"
                r"(?:defectors|dissidents|deserters|(?:former|dissident|disaffected|breakaway|renegade)\s+(?:members|"
                r"commanders|fighters|cadres|leaders))\s+(?:from|of)\b",
       confidence=0.75, heads=('defec', 'dissi', 'deser', 'forme', 'disaf', 'break', 'reneg')),
    # "X was formed by Y veterans": the group named before the veterans is the one left
    _r("split", r"\b(?:formed|founded|created|established|launched|set\s+up)\s+(?:in\s+\d{4}\s+)?by\s+(?:former\s+)?"
                r"(?=(?:[\w'’-]+\s+){1,4}?(?:veterans|defectors|dissidents|deserters|renegades|exiles)\b)", "next", 0.7,
       heads=('veter', 'defec', 'dissi', 'deser', 'reneg', 'exile')),
    # "A rift within Y gave birth to X": the group born of the rift split from Y
    _r("split", r"\b(?:rift|split|schism|rupture|feud|dispute|power\s+struggle)s?\s+(?:within|in|inside)\b(?=[^.;]{1,60}?"
                r"\b(?:gave\s+birth\s+to|produced|spawned|created|led\s+to\s+the\s+(?:creation|formation|birth)\s+of)\b)",
       "founders", 0.7, heads=("rift", "split", "schis", "ruptu", "feud", "dispu", "power")),
    # "X was founded by former Y negotiators": the group named after "former" is the one left
    _r("split", r"\b(?:formed|founded|created|established|launched|set\s+up)\s+(?:in\s+\d{4}\s+)?by\s+(?:\w+\s+){0,2}?"
                r"(?:former|ex-|disaffected|dissident|breakaway|renegade|disgruntled)\b", "next", 0.7,
       heads=('forme', 'ex-', 'disaf', 'dissi', 'break', 'reneg', 'disgr')),
    _r("split", r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:disavowed|disowned|repudiated|excommunicated)\s+by\b",
       "next", 0.75, heads=("disav", "disow", "repud", "excom")),
    _r("split", r"\b(?:disavow|disown|expel|excommunicat|repudiat)\w*\b", "rev", 0.75),
    _r("split", r"\b(?:splits?|splintered|fractured|broke\s+apart)\b(?!\s+(?:from|with|off|away))",
       "special", 0.6),
    # merger
    _r("merger", r"\b(?:merg(?:ed|es|ing|e)|amalgamated|fused|welded|melded|melted|unified|(?-i:united)|reunited|(?:re-?)?incorporated|"
                 r"re-?integrated|"
                 r"integrated|consolidated)\s+(?:\w+\s+){0,2}?(?:with|into)\b", "sym", 0.85,
       # ("re-incorporated", "re-integrated": the word after the hyphen opens with incor, integ)
       gate=("merg", "amalg", "fused", "welde", "melde", "melte", "unifi", "unite", "reuni", "incor", "reinc",
             "integ", "reint", "conso")),
    _r("merger", r"\b(?:merg(?:ed|e|ing)|amalgamated|fused|reunited|consolidated)\b", "sym", 0.75),
    _r("merger", r"\b(?:merger|fusion|amalgamation|unification|reunification|absorption|(?-i:union))\s+"
                 r"(?:of|between|with|into)\b", "sym", 0.8),
    _r("merger", r"\b(?:(?:re-?)?absorb(?:ed|ing|s)|subsumed|folded|folding|folds|swallowed(?:\s+up)?|rolled(?:\s+up)?(?=\s+into))\b"
                 r"(?:\s+(?:back\s+)?(?:into|by))?",
       "sym", 0.7, gate=("absor", "reabs", "subsu", "folde", "foldi", "folds", "swall", "rolle")),
    _r("merger", r"\bdissolved\s+(?:itself\s+|themselves\s+)?into\b", "sym", 0.8),
    # "X took in the remnants of Y": the whole of what was left of Y (not "hundreds of Y's fighters")
    _r("merger", r"\b(?:t(?:ook|ake|akes|aking)\s+(?:in|over)|inherit(?:ed|s|ing)?|incorporat(?:ed|es|ing)|absorb(?:ed|s|ing))\s+"
                 r"(?:the\s+|what\s+was\s+left\s+of\s+)?(?:remnants|remains|rump|bulk|rest|residue|survivors)\s+of\b", "sym", 0.65,
       heads=("remna", "remai", "rump", "bulk", "rest", "resid", "survi")),
    # "X took over Y's remaining networks"
    _r("merger", r"\bt(?:ook|ake|akes|aking|aken)\s+over\b(?=\s+(?:the\s+)?[^.;,]{1,40}?['’]s?\s+(?:remaining\s+)?(?:networks|"
                 r"remnants|structures|cells|units|ranks)\b)", "sym", 0.65),
)

APPOINT_ROLE = re.compile(
    r"\b(?:governor|wali|emir|amir|leader|head|helm|chief|commander|successor|spokesman|deputy|caliph|"
    r"secretary[\s-]+general|chair(?:man|woman|person))\b|\bto\s+(?:run|lead|head|command)\s+(?:its|their|the)\b", re.I)

# Head words that make a capitalised phrase a group name ("Liwa Fatemiyoun", "Nyatura Collective").
GROUP_HEADS = (
    "Brigade", "Brigades", "Front", "Army", "Movement", "Battalion", "Battalions", "Militia", "Militias", "Liwa",
    "Jaysh", "Jaish", "Harakat", "Harkat", "Ansar", "Jamaat", "Jama'at", "Katiba", "Kataib", "Kata'ib", "Faylaq",
    "Tehreek", "Tehrik", "Faction", "Group", "Council", "Union", "Forces", "Cartel", "Collective", "Mujahideen",
    "Division", "Corps", "Partisans", "Committee", "Ahlu", "Ahl", "Lashkar", "Hizb", "Jund", "Saraya", "Mai-Mai",
    "Ahrar", "Jabhat", "Jabha", "Hay'at", "Tanzim", "Usbat", "Asaib", "Asa'ib", "Firqat", "Hurras", "Fursan", "Shura",
    "Majlis", "Resistance", "Guard", "Guards", "Legion", "Regiment", "Unit", "Units", "Network", "Alliance",
    "Coalition", "Organisation", "Organization", "Tigers", "Mujahidin", "Jama'atu", "Jamaatu", "Frente", "Comandos",
    "Mouvement", "Rassemblement", "Force", "Shield", "Vanguard", "Rangers", "Volunteers", "Defenders", "Guardians",
    "Lions", "Eagles", "Hawks", "Wolves", "Falcons", "Commando", "Commandos", "Bloc", "Bloque", "Axis", "Column",
    "Mahaz", "Tanzeem", "Sipah", "Jamiat", "Ittehad",
)
