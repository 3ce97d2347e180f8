"""The relation trigger table: each rule's pattern, the relation type it signals and where its arguments sit."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A trigger pattern: the relation type it signals and where source and target sit around it."""

    type: str
    pattern: re.Pattern[str]
    shape: str  # svo | pre (target before, source after) | rev (source after, target before) | sym | special
    confidence: float


def _r(type_: str, pattern: str, shape: str = "svo", confidence: float = 0.75) -> Rule:
    return Rule(type_, re.compile(pattern, re.I), shape, confidence)


_ALLEGIANCE = r"(?:allegiance|loyalty|fealty|bay['’`]?a(?:h|t)?|oath)"
_ADV = r"(?:\w+ly\s+|also\s+|now\s+|formally\s+|publicly\s+|reportedly\s+|allegedly\s+)?"
_PLEDGE_NOUN = r"(?:(?:pledge|oath|declaration)\s+of\s+)?" + _ALLEGIANCE
RULES: tuple[Rule, ...] = (
    # split by withdrawing a pledge: before the pledge rules, which would claim "pledge of allegiance to"
    _r("split", r"\b(?:renounc|revok|withdr|retract|rescind|abandon)\w*\s+(?:its\s+|their\s+|his\s+)?"
                + _PLEDGE_NOUN + r"\s+to\b", confidence=0.85),
    # pledge
    _r("pledge", r"\b(?:pledg|swor[en]|swear|renew|declar|announc|offer|giv|gave|mak|made|proclaim|vow|affirm|"
                 r"reaffirm|sign)\w*\s+(?:\w+\s+){0,3}?" + _ALLEGIANCE + r"\b(?:\s*\([^)]{0,30}\))?"
                 r"(?:\s+\w+){0,2}?\s+(?:to|with)\b", confidence=0.85),
    _r("pledge", r"\b(?:pledge|oath|declaration|vow)s?\s+of\s+" + _ALLEGIANCE + r"\s+to\b", confidence=0.8),
    _r("pledge", r"\b(?:pledged|swore|sworn)\s+(?:itself|themselves)?\s*to\b", confidence=0.7),
    _r("pledge", r"\b(?:defect(?:ed|s|ing)?|switched\s+(?:sides|allegiance))\s+to\b", confidence=0.7),
    _r("pledge", r"\b" + _ALLEGIANCE + r"\s+pledge\s+to\b", confidence=0.8),
    # accept
    _r("accept", r"\b(?:accept|acknowledg|recogni[sz]|welcom|receiv)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:pledge|" + _ALLEGIANCE
                 + r")s?\b", "special", 0.8),
    # appoint
    _r("appoint", r"\b(?:nam|appoint|designat|install|select|chose|choos|elect|announc)\w*\b", "special", 0.75),
    # affiliation
    _r("affiliation", r",\s+(?:now\s+)?(?:an?|the|its)\s+(?:\w+\s+){0,2}?(?:affiliate|branch|franchise|wing|"
                      r"province|arm|subsidiary|chapter|proxy|front\s+group)\s+(?:of|for|in\s+\w+\s+of)\b",
       confidence=0.8),
    _r("affiliation", r"\b(?:affiliated|aligned|associated|linked|tied|loyal)\s+(?:itself\s+)?(?:with|to)\b",
       confidence=0.7),
    _r("affiliation", r"\b(?:claim|declar|announc|seek|sought)\w*\s+(?:\w+\s+){0,2}?(?:affiliation|membership)"
                      r"\s+(?:with|of|in)\b", confidence=0.75),
    _r("affiliation", r"\b(?:is|are|was|were|became|become|becomes|remains?|remained)\s+(?:now\s+)?"
                      r"(?:(?:an?|the|its|one\s+of\s+(?:the|its))\s+)?(?:\w+\s+){0,2}?(?:affiliate|branch|franchise|"
                      r"wing|province|arm|subsidiary|chapter|proxy|member|part|faction|constituent)s?\s+"
                      r"(?:of|for)\b", confidence=0.75),
    _r("affiliation", r"\b(?:operat|act|fight)\w*\s+(?:as\s+(?:an?|the)\s+(?:\w+\s+){0,2}?(?:affiliate|branch|"
                      r"proxy|wing)\s+of|under\s+the\s+(?:banner|umbrella|command)\s+of|on\s+behalf\s+of)\b",
       confidence=0.7),
    _r("affiliation", r"\bjoin(?:ed|s|ing)?\b(?!\s+(?:forces|hands))", confidence=0.6),
    _r("affiliation", r"[-‐]?(?:affiliated|linked|aligned|allied|backed|inspired)?\s*(?:affiliate|branch|"
                      r"franchise|wing|province|governorate|cell|subsidiary)s?\b(?:\s*,)?"
                      r"(?:\s+(?:called|named|known\s+as))?", "pre", 0.75),
    _r("affiliation", r"[-‐](?:affiliated|linked|aligned|allied)\b", "pre", 0.7),
    # alliance
    _r("alliance", r"\b(?:fought|fight|fighting|fights|battled|operat\w+|deployed|stood)\s+(?:\w+\s+){0,2}?"
                   r"(?:alongside|together\s+with|side\s+by\s+side\s+with)\b", "sym", 0.8),
    _r("alliance", r"\b(?:joint|jointly|coordinated|combined)\s+(?:\w+\s+){0,2}?(?:attacks?|operations?|"
                   r"offensives?|assaults?|raids?|campaigns?|ambush(?:es)?|statements?|command|"
                   r"operations\s+room)\b", "sym", 0.75),
    _r("alliance", r"\b(?:carried\s+out|conducted|launched|staged|mounted)\s+(?:\w+\s+){0,3}?(?:jointly|together)"
                   r"\b", "sym", 0.75),
    _r("alliance", r"\b(?:allied\s+(?:itself\s+|themselves\s+)?with|in\s+(?:an\s+)?alliance\s+with|an?\s+all(?:y|ies)"
                   r"\s+of|teamed\s+up\s+with|joined\s+forces\s+with|join\s+forces\s+with|cooperat\w+\s+with|"
                   r"in\s+coordination\s+with|coordinat\w+\s+(?:\w+\s+)?with|partnered\s+with|"
                   r"sign\w*\s+(?:an?\s+)?(?:alliance|pact|cooperation\s+agreement)\s+with)\b",
       "sym", 0.75),
    _r("alliance", r"\bjoin(?:ed|s|ing)?\s+forces\b(?!\s+with)", "sym", 0.75),
    _r("alliance", r"\bsign\w*\s+(?:an?\s+)?(?:alliance|unity|cooperation|mutual\s+defen[cs]e|non-aggression)\s*(?:pact|"
                   r"agreement|accord|deal)?\b", "sym", 0.75),
    _r("alliance", r"\b(?:formed|form|forming|created|launched|founded|established|announced|set\s+up)\s+"
                   r"(?:\w+\s+){0,3}?(?:alliance|coalition|umbrella|operations\s+room|joint\s+command|"
                   r"front|council)\b", "sym", 0.7),
    _r("alliance", r"\b(?:alliance|coalition|pact|partnership)\s+(?:between|of)\b", "sym", 0.7),
    _r("alliance", r"\b(?:are|were|became|remain(?:ed)?)\s+(?:\w+\s+)?allies\b", "sym", 0.75),
    # rivalry
    _r("rivalry", r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|skirmish(?:ed|es)?|"
                  r"infighting|feud(?:ing)?|hostilities|war|fighting)\s+(?:\w+\s+){0,2}?"
                  r"(?:with|against|between|among|on)\b(?<!alongside)", "sym", 0.75),
    _r("rivalry", r"\bdeclar\w*\s+(?:\w+\s+){0,2}?(?:war|jihad|hostilities)\s+(?:on|against)\b", "sym", 0.85),
    _r("rivalry", r"\b(?:offensive|counter-?offensive|campaign|assault|crackdown)s?\s+against\b", "sym", 0.75),
    _r("rivalry", r"\b(?:ousted|expelled|drove|driven|pushed|evicted|routed|dislodged)\s+(?:\w+\s+){0,1}?",
       "sym", 0.6),
    _r("rivalry", r"\b(?:rivals?|rivalry|enem(?:y|ies)|at\s+war|at\s+odds|arch-?rivals?|adversar(?:y|ies))\b",
       "sym", 0.7),
    _r("rivalry", r"\b(?:attacked|ambushed|raided|overran|assassinated|seized\s+\w+\s+from|"
                  r"captured\s+\w+\s+from)\b", "sym", 0.5),
    _r("rivalry", r"\b(?:fought|battled|fighting|fights|battling)\b(?!\s+(?:alongside|with|together|for|in|on|"
                  r"over|to)\b)", "sym", 0.7),
    # split
    _r("split", r"\b(?:broke|break|breaking|broken|split|splitting|splintered|splinter(?:ing)?|defected|defect(?:s|"
                r"ing)?|separated|seceded|withdrew|walked\s+out)\s+(?:away\s+|off\s+|out\s+)?(?:\w+\s+){0,1}?"
                r"(?:from|with)\b", confidence=0.85),
    _r("split", r"\b(?:an?|the|its)\s+(?:\w+\s+)?(?:splinter|breakaway|dissident|renegade|offshoot)\s*(?:group|faction|"
                r"wing|movement|cell|organi[sz]ation)?\s*(?:of|from)\b", confidence=0.85),
    _r("split", r"\b(?:left|quit|abandoned|exited|deserted)\b", confidence=0.6),
    _r("split", r"\b(?:cut|severed|severs|cuts|ended|broke\s+off)\s+(?:all\s+)?(?:its\s+|their\s+)?"
                r"(?:ties|links|relations)\s+with\b", confidence=0.85),
    _r("split", r"\bformed\s+by\s+(?:\w+\s+){0,2}?(?:defectors|dissidents|deserters|former\s+members)\s+"
                r"(?:from|of)\b", confidence=0.75),
    _r("split", r"\b(?:disavow|disown|expel|excommunicat|repudiat)\w*\b", "rev", 0.75),
    _r("split", r"\b(?:splits?|splintered|fractured|broke\s+apart)\b(?!\s+(?:from|with|off|away))",
       "special", 0.6),
    # merger
    _r("merger", r"\b(?:merg(?:ed|es|ing|e)|amalgamated|fused|unified|(?-i:united)|reunited)\s+(?:\w+\s+){0,1}?"
                 r"(?:with|into)\b", "sym", 0.85),
    _r("merger", r"\b(?:merg(?:ed|e|ing)|amalgamated|fused|reunited)\b", "sym", 0.75),
    _r("merger", r"\bmerger\s+(?:of|between|with|into)\b", "sym", 0.8),
    _r("merger", r"\b(?:absorbed|subsumed|folded)\b(?:\s+into)?", "sym", 0.7),
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
)
