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
    #              symgroup (sym between coordinated subjects only: "X and Y cooperated") | special
    confidence: float
    # the first (up to three) letters of the words a match can start with, lower case; None: any word
    heads: frozenset[str] | None = field(default=None, compare=False)
    # the same pattern for lower-cased text, without IGNORECASE (which makes a scan about five times slower)
    lower: re.Pattern[str] | None = field(default=None, compare=False, repr=False)


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
       heads: tuple[str, ...] | None = None) -> Rule:
    """A rule; heads (lower case, at most HEAD_LEN letters) is for a pattern that does not open with \\b and
    literal words: the prefixes of the words, one of which every match must hold."""
    found = frozenset(h[:HEAD_LEN] for h in heads) if heads else rule_heads(pattern)
    return Rule(type_, re.compile(pattern, re.I), shape, confidence, found, re.compile(pattern))


_ALLEGIANCE = r"(?:allegiance|loyalty|fealty|bay['’`]?a(?:h|t)?|oath)"
_ADV = r"(?:\w+ly\s+|also\s+|now\s+|formally\s+|publicly\s+|reportedly\s+|allegedly\s+)?"
_PLEDGE_NOUN = r"(?:(?:pledge|oath|declaration)\s+of\s+)?" + _ALLEGIANCE
RULES: tuple[Rule, ...] = (
    # split by withdrawing a pledge: before the pledge rules, which would claim "pledge of allegiance to"
    _r("split", r"\b(?:renounc|revok|withdr|retract|rescind|abandon)\w*\s+(?:its\s+|their\s+|his\s+)?"
                + _PLEDGE_NOUN + r"\s+to\b", confidence=0.85, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath')),
    # "was expelled from X" and "expelled Y from its ranks": a split, before the rivalry rule that takes
    # "expelled" (from a town)
    _r("split", r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:expelled|ousted|kicked\s+out|thrown\s+out|excluded|"
                r"purged|banished)\s+from\b", "next", 0.8, heads=('expel', 'ouste', 'kicke', 'throw', 'exclu', 'purge', 'banis', 'banne')),
    _r("split", r"\b(?:expelled|expels|expel|kicked\s+out|threw\s+out|purged|ousted)\b(?=(?:\s+[\w'’-]+){1,8}?\s+from\s+"
                r"(?:its|their|the\s+group['’]s|the\s+(?:coalition|alliance|umbrella|council|group|movement|"
                r"organi[sz]ation|front))\b)", "rev", 0.8),
    # pledge
    _r("pledge", r"\b(?:pledg|swor[en]|swear|renew|declar|announc|offer|giv|gave|mak|made|proclaim|vow|affirm|"
                 r"reaffirm|sign|switch|shift|transferr)\w*\s+(?:\w+\s+){0,3}?" + _ALLEGIANCE + r"\b(?:\s*\([^)]{0,30}\))?"
                 r"(?:\s+\w+){0,2}?\s+(?:to|with)\b", confidence=0.85, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath')),
    _r("pledge", r"\b(?:pledge|oath|declaration|vow)s?\s+of\s+" + _ALLEGIANCE + r"\s+to\b", confidence=0.8, heads=('alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath')),
    _r("pledge", r"\b(?:pledged|swore|sworn)\s+(?:itself|themselves)?\s*to\b", confidence=0.7),
    _r("pledge", r"\b(?:defect(?:ed|s|ing)?|switched\s+(?:sides|allegiance))\s+to\b", confidence=0.7),
    _r("pledge", r"\b" + _ALLEGIANCE + r"\s+pledge\s+to\b", confidence=0.8),
    # accept
    _r("accept", r"\b(?:accept|acknowledg|recogni[sz]|welcom|receiv)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:pledge|" + _ALLEGIANCE
                 + r")s?\b", "special", 0.8, heads=('pledg', 'alleg', 'allie', 'ally', 'allia', 'loyal', 'fealt', 'bay', 'oath')),
    _r("accept", r"\b(?:welcom|accept|admit|receiv)\w*\s+(?:[\w'’-]+\s+){1,6}?into\s+(?:its|their|the)\s+"
                 r"(?:ranks|fold|network|organi[sz]ation|group|movement)\b", "special", 0.75, heads=('ranks', 'fold', 'netwo', 'organ', 'group', 'movem')),
    # appoint
    _r("appoint", r"\b(?:nam|appoint|designat|install|select|chose|choos|elect|announc)\w*\b", "special", 0.75, heads=('gover', 'wali', 'emir', 'amir', 'leade', 'head', 'chief', 'comma', 'compo', 'commu', 'succe', 'spoke', 'deput', 'calip')),
    # affiliation
    _r("affiliation", r",\s+(?:now\s+)?(?:(?:an?|the|its|one\s+of\s+(?:the|its))\s+(?:(?!splinter|breakaway|dissident|"
                      r"renegade|rival|former|ex-)[\w-]+\s+){0,2}?|(?=(?:part|members?)\s))(?:affiliate|branch|"
                      r"franchise|wing|province|arm|subsidiary|chapter|proxy|front\s+group|member|part|faction|component|"
                      r"constituent|unit)s?(?:\s+(?:groups?|organi[sz]ations?|factions?|movements?|forces?))?\s+(?:of|for|in\s+\w+\s+of)\b",
       confidence=0.8, heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'arm', 'subsi', 'chapt', 'front', 'membe', 'part', 'partn', 'facti', 'comma', 'compo', 'commu', 'const', 'unit')),
    _r("affiliation", r"\b(?:affiliated|aligned|associated|linked|tied|loyal)\s+(?:itself\s+)?(?:with|to)\b",
       confidence=0.7),
    _r("affiliation", r"\b(?:claim|declar|announc|seek|sought)\w*\s+(?:\w+\s+){0,2}?(?:affiliation|membership)"
                      r"\s+(?:with|of|in)\b", confidence=0.75, heads=('affil', 'membe')),
    _r("affiliation", r"\b(?:is|are|was|were|became|become|becomes|remains?|remained|"
                      r"(?:declared|declares|calls|called|considers|considered|describes|described|proclaimed|styles|"
                      r"styled)\s+(?:itself|themselves)|(?:regarded|seen|considered|described|viewed|known|designated|"
                      r"recogni[sz]ed)\s+as|as)\s+(?:now\s+)?"
                      r"(?:(?:an?|the|its|one\s+of\s+(?:the|its))\s+)?(?:[\w-]+\s+){0,2}?(?:affiliate|branch|franchise|"
                      r"wing|province|arm|subsidiary|chapter|proxy|member|part|faction|constituent)s?"
                      r"(?:\s+(?:groups?|organi[sz]ations?|factions?|movements?|forces?))?\s+(?:of|for)\b", confidence=0.75, heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'arm', 'subsi', 'chapt', 'membe', 'part', 'partn', 'facti', 'const')),
    _r("affiliation", r"\b(?:operat|act|fight|fought|serv|function)\w*\s+(?:as\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:affiliate|"
                      r"branch|proxy|wing|arm|franchise|extension|cell|unit|front)\s+of|under\s+the\s+(?:banner|umbrella|command)\s+of|on\s+behalf\s+of)\b",
       confidence=0.7, heads=('affil', 'banne', 'behal', 'branc', 'comma', 'provi', 'proxy', 'umbre', 'wing', 'arm', 'franc', 'exten',
                             'cell', 'unit', 'front')),
    # "has operated under the Islamic State's Central Africa Province": a name right after "under"
    _r("affiliation", r"\b(?:operat|fight|fought|serv)\w*\s+(?:\w+ly\s+)?under\b(?!\s+(?:the\s+)?(?:cover|pressure|fire|"
                      r"siege|threat|attack|control|occupation|rule)\b)", "next", 0.65),
    # "returning to the fold of Y", "back in the ranks of Y": rejoining
    _r("affiliation", r"\b(?:return\w*|back|came\s+back|come\s+back)\s+(?:to|in|into)\s+(?:the\s+)?(?:fold|ranks)\s+of\b",
       confidence=0.7, heads=("fold", "ranks")),
    _r("affiliation", r"\bunder\s+the\b(?=\s+(?:[\w'’-]+\s+){1,6}?(?:umbrella|banner|flag|command|leadership)\b)", "next",
       0.7, heads=("umbre", "banne", "flag", "comma", "leade")),
    _r("affiliation", r"\b(?:answer(?:s|ed|ing)?|answerable|subordinated?|beholden)\s+to\b|"
                      r"\b(?:takes|take|taking|taken|took)\s+(?:its\s+|their\s+)?orders\s+from\b", confidence=0.7),
    _r("affiliation", r"\b(?:re-?)?join(?:ed|s|ing)?\b(?!\s+(?:forces|hands))", confidence=0.6,
       heads=("join", "rejoi")),
    _r("affiliation", r"[-‐]?(?:affiliated|linked|aligned|allied|backed|inspired)?\s*\b(?:affiliate|branch|"
                      r"franchise|wing|province|governorate|cell|subsidiary|representative|outpost|proxy|proxies|"
                      r"(?:local|regional)\s+partner|front\s+(?:organi[sz]ation|group|outfit))s?\b(?:\s*,)?"
                      r"(?:\s+(?:called|named|known\s+as))?", "pre", 0.75,
       heads=('affil', 'branc', 'franc', 'wing', 'provi', 'proxy', 'proxi', 'gover', 'cell', 'subsi', 'repre', 'outpo',
              'local', 'regio', 'front')),
    _r("affiliation", r"[-‐](?:affiliated|linked|aligned|allied)\b", "pre", 0.7, heads=('affil', 'linke', 'align', 'alleg', 'allie', 'ally', 'allia')),
    # "the umbrella, grouping X and Y": the named members belong to the group before
    _r("affiliation", r"\b(?:grouping|comprising|compris(?:es|ed)|bringing\s+together|brings\s+together|brought\s+"
                      r"together|made\s+up\s+of|composed\s+of|consisting\s+of|(?:that|which)\s+(?:groups|grouped|"
                      r"includes|included|brings\s+together|brought\s+together))\b", "members", 0.65),
    # "X, an umbrella of Baloch separatist groups, includes Y": only where the group before is called an umbrella
    _r("affiliation", r"\b(?:umbrella|coalition|alliance|grouping|bloc|platform)\b[^.;]{0,80}?\b(?P<trigger>"
                      r"includ(?:es|ed|e))\b", "members", 0.6, heads=("umbre", "coali", "allia", "group", "bloc", "platf")),
    # merger by forming one group, before the alliance rules that would take "form a single front"
    _r("merger", r"\b(?:combined|joined\s+together|came\s+together|banded\s+together|coalesced|amalgamated|fused|"
                 r"(?-i:united)|unified)\s+(?:\w+\s+)?to\s+(?:form|create|establish|found|launch)\b"
                 r"(?!\s+(?:an?|the)\s+(?:new\s+|joint\s+|broad\s+)?(?:coalition|alliance|umbrella|operations|joint|"
                 r"council)\b)", "sym", 0.8),
    _r("merger", r"(?<!forces\sto\s)\b(?:formed|created|founded|established|launched|set\s+up)\s+(?:a\s+|one\s+)?"
                 r"(?:new\s+|single\s+|unified\s+|joint\s+){1,2}(?:group|organi[sz]ation|movement|entity|armed\s+group|"
                 r"militia|faction)\b", "symgroup", 0.7, heads=("new", "singl", "unifi", "joint")),
    _r("merger", r"\b(?:announc|declar|complet|agree|finali[sz])\w*\s+(?:their|its|a|the)\s+(?:\w+\s+)?(?:unification|"
                 r"merger|amalgamation|fusion|reunification)\b", "sym", 0.8,
       heads=("unifi", "merge", "amalg", "fusio", "reuni")),
    # alliance
    _r("alliance", r"\b(?:fought|fight|fighting|fights|battled|operat\w+|deployed|stood)\s+(?:\w+\s+){0,2}?"
                   r"(?:alongside|together\s+with|side\s+by\s+side(?:\s+with)?)\b", "sym", 0.8, heads=('along', 'toget', 'side')),
    _r("alliance", r"\b(?:joint|jointly|coordinated|combined)\s+(?:\w+\s+){0,2}?(?:attack(?:s|ed)?|operations?|"
                   r"offensives?|assaults?|raid(?:s|ed)?|campaigns?|ambush(?:es|ed)?|statements?|command|"
                   r"operations\s+room|claim(?:s|ed)?|stormed|seized|captured|overran|targeted|fought)\b", "sym", 0.75),
    _r("alliance", r"\b(?:sid(?:ed|es|ing)\s+with|rall(?:ied|y|ies|ying)\s+(?:behind|to)|c[ao]me\s+to\s+the\s+aid\s+of|"
                   r"fought\s+on\s+the\s+side\s+of|lent\s+(?:its\s+|their\s+)?support\s+to)\b", "sym", 0.7),
    _r("alliance", r"\b(?:deploy|sen[dt]|dispatch|mobili[sz])\w*\s+(?:\w+\s+){0,4}?(?:fighters|troops|men|militants|"
                   r"reinforcements|units)\s+to\s+(?:support|back|help|aid|assist|reinforce|bolster|shore\s+up|"
                   r"fight\s+alongside)\b", "sym", 0.7),
    _r("alliance", r"(?<![-‐])\b(?:backed|backs|supported|supports|assisted|reinforced|bolstered)\b", "symnext", 0.6,
       heads=("backe", "backs", "suppo", "assis", "reinf", "bolst")),
    _r("alliance", r"\b(?:train(?:s|ed)?|arm(?:s|ed)|fund(?:s|ed)|financ(?:es|ed)|equip(?:s|ped)|sponsor(?:s|ed))"
                   r"(?:(?:\s*,\s*|\s+and\s+)(?:train|arm|fund|financ|equip|sponsor)\w*){0,2}\b", "symnext", 0.6),
    _r("alliance", r"\bshar(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:fighters|commanders|leadership|command|weapons|resources|"
                   r"bases|ranks|members|intelligence)\b", "sym", 0.65,
       heads=("fight", "comma", "leade", "weapo", "resou", "bases", "ranks", "membe", "intel")),
    _r("alliance", r"\b(?:cooperat|collaborat)\w*\b(?!\s+with)|\bwork(?:ed|ing|s)?\s+together\b", "symgroup", 0.7),
    _r("alliance", r"\b(?:provid|suppl|sen[dt]|offer|lent|lend|giv|gave|extend|funnel)\w*\s+(?:\w+\s+){0,4}?"
                   r"(?:weapons|arms|training|fighters|reinforcements|ammunition|logistical\s+support|military\s+aid|"
                   r"safe\s+haven|shelter|sanctuary|funding|funds)(?:\s+and\s+\w+)?\s+(?:\w+\s+)?(?:to|for)\b",
       "sym", 0.65, heads=('weapo', 'arm', 'train', 'fight', 'reinf', 'ammun', 'logis', 'milit', 'safe', 'shelt', 'sanct', 'fund')),
    _r("alliance", r"\b(?:carried\s+out|conducted|launched|staged|mounted)\s+(?:\w+\s+){0,3}?(?:jointly|together)"
                   r"\b", "sym", 0.75, heads=('joint', 'toget')),
    _r("alliance", r"\b(?:allied\s+(?:itself\s+|themselves\s+)?with|in\s+(?:an\s+)?alliance\s+with|an?\s+all(?:y|ies)"
                   r"\s+of|an?\s+(?:[\w-]+\s+){1,2}all(?:y|ies)\s+of|an?\s+(?:[\w-]+\s+){0,2}partner\s+of|teamed\s+up\s+with|joined\s+forces\s+with|join\s+forces\s+with|cooperat\w+\s+with|"
                   r"in\s+coordination\s+with|coordinat\w+\s+(?:\w+\s+)?with|partnered\s+with|"
                   r"sign\w*\s+(?:an?\s+)?(?:alliance|pact|cooperation\s+agreement)\s+with)\b",
       "sym", 0.75, heads=('allie', 'ally', 'allia', 'teame', 'join', 'coope', 'coord', 'partn', 'sign', 'pact')),
    _r("alliance", r"\bjoin(?:ed|s|ing)?\s+forces\b(?!\s+with)", "sym", 0.75),
    _r("alliance", r"\bsign\w*\s+(?:an?\s+)?(?:alliance|unity|cooperation|mutual\s+defen[cs]e|non-aggression)\s*(?:pact|"
                   r"agreement|accord|deal)?\b", "sym", 0.75),
    _r("alliance", r"\b(?:formed|form|forming|created|launched|founded|established|announced|set\s+up)\s+"
                   r"(?:\w+\s+){0,3}?(?:alliance|coalition|umbrella|operations\s+room|joint\s+command|"
                   r"front|council)\b(?!\s+(?:of|between)\b)", "sym", 0.7, heads=('alleg', 'allie', 'ally', 'allia', 'coali', 'umbre', 'opera', 'joint', 'front', 'counc')),
    _r("alliance", r"\b(?:alliance|coalition|pact|partnership)\s+(?:between|of)\b", "sym", 0.7),
    _r("alliance", r"\b(?:are|were|became|remain(?:ed)?)\s+(?:\w+\s+)?allies\b", "sym", 0.75, heads=('alleg', 'allie', 'ally', 'allia')),
    # rivalry
    _r("rivalry", r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|skirmish(?:ed|es)?|"
                  r"infighting|feuds?|feuding|hostilit(?:y|ies)|animosity|enmity|wars?|fighting|tensions?|conflicts?|"
                  r"confrontations?|violence|struggles?|standoffs?|competi(?:ng|tion)|compet(?:es?|ed)|vying|vied|"
                  r"jockeying)\s+(?:\w+\s+){0,2}?"
                  r"(?:with|against|between|among|on)\b(?<!alongside)", "sym", 0.75),
    # "X and Y clashed repeatedly": the coordinated subjects fight each other
    _r("rivalry", r"\bclash(?:ed|es)?\b(?!\s+(?:\w+\s+)?with)", "symgroup", 0.7),
    _r("rivalry", r"\blocked\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:struggle|battle|war|conflict|feud|fight|rivalry|"
                  r"standoff|competition)\b", "symgroup", 0.75),
    _r("rivalry", r"\bdeclar\w*\s+(?:\w+\s+){0,2}?(?:war|jihad|hostilities)\s+(?:on|against)\b", "sym", 0.85),
    _r("rivalry", r"\b(?:offensive|counter-?offensive|campaign|assault|crackdown|war|operation)s?(?:\s+of\s+\w+)?\s+"
                  r"(?:against|on)\b", "sym", 0.75),
    _r("rivalry", r"\b(?:attacks|raids|strikes|ambushes|assaults|operations|offensives?|bombings)\s+(?:on|against)\b",
       "symnext", 0.6),
    _r("rivalry", r"\b(?:ousted|expelled|drove|driven|pushed|evicted|routed|dislodged)\s+(?:\w+\s+){0,1}?",
       "sym", 0.6),
    _r("rivalry", r"\b(?:rivals?|rivalry|enem(?:y|ies)|at\s+war|at\s+odds|at\s+loggerheads|arch-?rivals?|"
                  r"adversar(?:y|ies))\b", "sym", 0.7, heads=('rival', 'enem', 'war', 'odds', 'arch', 'adver', 'logge')),
    _r("rivalry", r"\bhostile\s+(?:towards?|to)\b", "symnext", 0.65),
    _r("rivalry", r"\b(?:vying|competing|jockeying)\b|\b(?:reprisal|retaliatory|tit-for-tat)\s+(?:attacks|killings|raids)\b|"
                  r"\bturn(?:ed|ing|s)?\s+(?:their\s+guns\s+)?on\s+(?:each\s+other|one\s+another)\b", "sym", 0.65,
       heads=("vying", "compe", "jocke", "repri", "retal", "tit", "turn")),
    # "relations between X and Y soured into open warfare"
    _r("rivalry", r"\b(?:relations|ties|relationship)\s+between\b(?=[^.;]{0,150}?\b(?:soured|deteriorated|worsened|"
                  r"broke\s+down|collapsed|turned\s+(?:violent|hostile|sour|bloody)|degenerated|descended\s+into)\b)",
       "sym", 0.65),
    # "denounced Y as traitors/apostates": an enemy named in the jihadists' own terms
    _r("rivalry", r"\b(?:denounc|brand|label|condemn|declar)\w*\b(?=(?:\s+[\w'’-]+){1,6}?\s+as\s+(?:\w+\s+)?"
                  r"(?:traitors|apostates|infidels|khawarij|kharijites|enemies|collaborators|agents)\b)", "symnext", 0.6,
       heads=("denou", "brand", "label", "conde", "decla")),
    # "the killing/assassination of a Y commander by X", "X claimed the assassination of a Y commander"
    _r("rivalry", r"\b(?:killing|assassination|murder|execution|abduction|kidnapping|beheading)s?\s+of\s+"
                  r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+|dozens\s+of\s+)?(?:(?:senior|top|local|prominent|key|"
                  r"leading|high-ranking|veteran|former|notorious)\s+)?", "symnext", 0.55,
       heads=("killi", "assas", "murde", "execu", "abduc", "kidna", "behea")),
    _r("rivalry", r"\b(?:attacked|ambushed|raided|overran|assassinated|seized\s+\w+\s+from|"
                  r"captured\s+\w+\s+from|crushed|defeated|vanquished|wiped\s+out|annihilated|besieged|targeted|"
                  r"kidnapped|abducted|executed|beheaded|killed|massacred|stormed|shelled|bombarded)\b", "sym", 0.5),
    _r("rivalry", r"\b(?:fought|battled|fighting|fights|battling)\b(?!\s+(?:alongside|with|together|for|in|on|"
                  r"over|to|under|side)\b)", "sym", 0.7),
    # split
    _r("split", r"\b(?:broke|break|breaking|broken|split|splitting|splintered|splinter(?:ing)?|defected|defect(?:s|"
                r"ing)?|separated|seceded|withdrew|walked\s+out|walked\s+away)\s+(?:away\s+|off\s+|out\s+)?(?:\w+\s+){0,1}?"
                r"(?:from|with)\b", confidence=0.85),
    _r("split", r"\b(?:an?|the|its)\s+(?:\w+\s+)?(?:splinter|breakaway|dissident|renegade|offshoot)\s*(?:group|faction|"
                r"wing|movement|cell|organi[sz]ation)?\s*(?:of|from)\b", confidence=0.85, heads=('splin', 'break', 'dissi', 'reneg', 'offsh')),
    _r("split", r"\b(?:left|quit|abandoned|exited|deserted)\b", confidence=0.6),
    _r("split", r"\b(?:cut|severed|severs|cuts|ended|broke\s+off|renounc\w*|terminat\w*|dissolv\w*)\s+(?:all\s+)?"
                r"(?:its\s+|their\s+)?(?:\w+\s+)?(?:ties|links|relations|connections|affiliation|association)\s+"
                r"(?:with|to)\b", confidence=0.85),
    _r("split", r"\b(?:part(?:ed|s|ing)\s+(?:ways|company)|distanc\w+\s+(?:itself|themselves)|"
                r"dis(?:so|as)ciat\w+\s+(?:itself|themselves)|turn\w*\s+(?:its|their)\s+backs?)\s+(?:with|from|on)\b",
       confidence=0.75),
    _r("split", r"\bformed\s+by\s+(?:\w+\s+){0,2}?(?:defectors|dissidents|deserters|former\s+members)\s+"
                r"(?:from|of)\b", confidence=0.75, heads=('defec', 'dissi', 'deser', 'forme')),
    _r("split", r"\b(?:disavow|disown|expel|excommunicat|repudiat)\w*\b", "rev", 0.75),
    _r("split", r"\b(?:splits?|splintered|fractured|broke\s+apart)\b(?!\s+(?:from|with|off|away))",
       "special", 0.6),
    # merger
    _r("merger", r"\b(?:merg(?:ed|es|ing|e)|amalgamated|fused|unified|(?-i:united)|reunited|incorporated|"
                 r"integrated|consolidated)\s+(?:\w+\s+){0,2}?(?:with|into)\b", "sym", 0.85),
    _r("merger", r"\b(?:merg(?:ed|e|ing)|amalgamated|fused|reunited|consolidated)\b", "sym", 0.75),
    _r("merger", r"\bmerger\s+(?:of|between|with|into)\b", "sym", 0.8),
    _r("merger", r"\b(?:absorbed|subsumed|folded|folding|folds|swallowed(?:\s+up)?)\b(?:\s+(?:into|by))?", "sym", 0.7),
    _r("merger", r"\bdissolved\s+(?:itself\s+)?into\b", "sym", 0.8),
)

APPOINT_ROLE = re.compile(
    r"\b(?:governor|wali|emir|amir|leader|head|chief|commander|successor|spokesman|deputy|caliph)\b", re.I)

# Head words that make a capitalised phrase a group name ("Liwa Fatemiyoun", "Nyatura Collective").
GROUP_HEADS = (
    "Brigade", "Brigades", "Front", "Army", "Movement", "Battalion", "Battalions", "Militia", "Militias", "Liwa",
    "Jaysh", "Jaish", "Harakat", "Harakat", "Ansar", "Jamaat", "Jama'at", "Katiba", "Kataib", "Kata'ib", "Faylaq",
    "Tehreek", "Tehrik", "Faction", "Group", "Council", "Union", "Forces", "Cartel", "Collective", "Mujahideen",
    "Division", "Corps", "Partisans", "Committee", "Ahlu", "Ahl", "Lashkar", "Hizb", "Jund", "Saraya", "Mai-Mai",
    "Ahrar", "Jabhat", "Jabha", "Hay'at", "Tanzim", "Usbat", "Asaib", "Asa'ib", "Firqat", "Hurras", "Fursan", "Shura",
    "Majlis", "Resistance", "Guard", "Guards", "Legion", "Regiment", "Unit", "Units", "Network", "Alliance",
    "Coalition", "Organisation", "Organization", "Tigers", "Mujahidin",
)
