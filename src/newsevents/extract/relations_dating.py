"""Certainty and dates of relations, and groups' formations: founding dates ("X, which formed in 2007") and the
group a merger forms ("X and Y merged to form Z")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.extract.relations_args import (
    EXTRACTOR, _clean, _coordinated, _Found, _named_org, _org, _sentences, _token_at,
)
from newsevents.extract.relations_names import _name_at
from newsevents.extract.times import event_date
from newsevents.models import ActorRef, DateValue, EventDate, TextSpan, TimeExpr
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

# --- formation clauses (the trigger rules live in relation_rules.py) -------------------------

_FORMATION = re.compile(
    r"\b(?:was|were|had\s+been)?\s*(?:formed|founded|established|created|set\s+up|emerged|launched|"
    r"proclaimed|declared)\b", re.I)

# --- certainty -------------------------------------------------------------------------------

_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|denied|denies|deny|denying|rejected\s+(?:reports|claims)|"
                      r"refused\s+to|refused|rejected|rejects|n't|neither|nor|without|no(?!\s*\.)|none|"
                      # "turned down an invitation to join Y", "declined to join", "rebuffed an offer to merge"
                      r"turn(?:ed|s|ing)\s+down|declin(?:ed|es|ing)|rebuff(?:ed|s|ing)|spurn(?:ed|s|ing))\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:(?<!in\s)(?<!of\s)(?<!since\s)(?<!until\s)(?<!early\s)(?<!late\s)(?<!mid-)"
                           r"(?<!\d\s)may(?!\s+\d)|might|could|would|should|if|whether|possibly|possible|"
                           r"consider(?:s|ing)|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!widely\s)(?<!generally\s)"
                           r"(?<!often\s)considered|"
                           r"mulling|weighing|rumou?rs?\s+of|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|appeal(?:ed|s|ing)\s+to|"
                           r"invit(?:ed|es|ing)|(?:talks?|negotiations|discussions|speculation)\s+(?:on|about|over|of|for)|"
                           # "discussed forming a joint front", "explored merging": an idea talked over, not done
                           r"(?:discuss|explor|debat|float)(?:ed|es|ing)\s+(?:\w+\s+)?\w+ing|"
                           r"proposed|potential|(?:remains?|remained|is|was|stays?)\s+(?:an?\s+|the\s+|only\s+)*"
                           r"(?:[\w-]+\s+)?(?:demand|goal|aim|aspiration|ambition|dream|hope|wish|proposal|idea|prospect|"
                           r"possibility|option|plan|topic|subject|question)s?)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|"
                     r"is\s+to|are\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|going\s+to(?!\s+war)|about\s+to|(?:is|are)\s+expected)\b", re.I)
_ALLEGED = re.compile(r"\b(?:allegedly|alleged|reportedly|reported|apparently|appears?\s+to|appeared\s+to|seems?\s+to|"
                      r"is\s+believed|are\s+believed|believed\s+to|suspected|purportedly|purported|rumou?red|"
                      r"said\s+to|unconfirmed|unverified|accused\s+of|(?:is|are|was|were|widely|generally|often)\s+"
                      r"considered)\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?|according\s+to|insist(?:ed|s)?|the\s+group\s+said|said\s+it|"
                      r"said\s+they|asserted)\b", re.I)


def certainty(clause: str) -> str:
    """The certainty of a relation from the words of its clause up to and around the trigger."""
    if _NEGATED.search(clause):
        return "negated"
    if _FUTURE.search(clause):
        return "future"
    if _HYPOTHETICAL.search(clause):
        return "hypothetical"
    if _ALLEGED.search(clause):
        return "alleged"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"


# what undoes the relation a clause told, said later in the sentence ("agreed to merge, but the talks collapsed"), and
# what frames the whole sentence as unproven ("There is no evidence that X and Y merged")
_UNDONE_AFTER = re.compile(r"^[^.;]{0,80}?,?\s+(?:but|only\s+for)\s+(?:the\s+|their\s+|that\s+|this\s+)?(?:[\w-]+\s+)?"
                           r"(?:talks|deal|plan|merger|agreement|accord|negotiations|pact|alliance|union|unification|"
                           r"it|they)\s+(?:\w+\s+)?(?:collapsed|failed|fell\s+(?:apart|through)|broke\s+down|"
                           r"(?:was|were)\s+(?:abandoned|shelved|cancelled|called\s+off)|never\s+\w+|stalled|foundered)\b",
                           re.I)
# "X claimed a merger with Y, but Y rejected the claim": the other side's denial undoes it
_REJECTED_AFTER = re.compile(r"^[^.;]{0,80}?,?\s+but\s+(?:[\w'’-]+\s+){1,5}?(?:rejected|denied|dismissed|refuted|disputed|"
                             r"disowned)\b", re.I)
_UNPROVEN_BEFORE = re.compile(r"\b(?:no\s+(?:evidence|sign|indication|proof)|nothing\s+to\s+(?:suggest|show)|"
                              r"(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:claims|reports|allegations|"
                              r"suggestions|rumou?rs)?\s*that)\b", re.I)
# "A merger between X and Y, mooted in 2015, never happened"; "Reports that X had merged with Y were dismissed"
_NEVER_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:never|did\s+not|didn['’]t|failed\s+to)\s+(?:\w+ly\s+)?(?:happen(?:ed)?|"
                          r"materiali[sz]ed?|t(?:ook|ake)\s+(?:place|effect|shape)|c(?:ame|ome)\s+about|(?:went|go)\s+"
                          r"ahead)\b|^[^.;]{0,80}?\bnothing\s+(?:ever\s+)?c(?:ame|omes)\s+of\s+(?:it|them)\b", re.I)
_REPORTS_OPENING = re.compile(r"^\s*(?:(?:The|Earlier|Initial|Early)\s+)?(?:reports|claims|rumou?rs|suggestions|allegations|"
                              r"speculation)\s+that\b", re.I)
_DISMISSED_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:(?:were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:dismissed|denied|"
                              r"rejected|refuted|debunked|false|unfounded|baseless)|proved\s+(?:false|unfounded|wrong)|"
                              r"turned\s+out\s+to\s+be\s+(?:false|untrue|wrong))\b", re.I)
# a tie told as a rumour ("There were rumours that X had ...", "X was rumoured to have ...", "rumours of a pact between
# X and Y"): every such sentence in the written sets is left unannotated, so the tie is not asserted (session 17); not
# "despite rumours of a rift, X and Y ...", "Amid rumours of a split, X said it remained loyal", "Dismissing rumours of
# a rift, X ..." (the rumour is of something else, set aside), nor a rumour before a ";" (another clause)
_RUMOUR_BEFORE = re.compile(r"\b(?:rumou?r(?:s|ed)?|whispers?)\b(?=[^;]{0,90}$)", re.I)
_RUMOUR_SET_ASIDE = re.compile(r"\b(?:despite|amid|amidst|dismiss\w*|den(?:y|ies|ied|ying)|reject\w*|dispel\w*|"
                               r"quash\w*|brush\w*\s+off)\s+(?:the\s+|persistent\s+|recent\s+|earlier\s+){0,2}$", re.I)
# "..., a report that neither side confirmed", "neither group has acknowledged it": the parties never confirmed it
_UNCONFIRMED_AFTER = re.compile(r"^[^.;]{0,120}?\bneither\s+(?:side|group|party|movement|faction|organi[sz]ation|of\s+them)\s+"
                                r"(?:has\s+|had\s+|ever\s+|publicly\s+)*(?:confirmed|acknowledged|admitted|verified)\b", re.I)
# "no court has shown that X is ...", "no investigation has established that ...": a tie no one has proved
_NOT_SHOWN_BEFORE = re.compile(r"\bno\s+(?:court|one|investigation|inquiry|tribunal|judge|evidence|study)\s+(?:has|had|have)\s+"
                               r"(?:ever\s+|yet\s+)?(?:shown|proved|proven|established|demonstrated|confirmed)\s+(?:that\s+)?", re.I)
_CONDITION_OPENING = re.compile(r"\s*(?:If|Unless|Should|Were|Whether)\b[^,;]*$")
# "Analysts are divided over whether X and Y cooperate", "Few expect X ever to break with Y": an open question
_OPEN_QUESTION = re.compile(r"\b(?:whether|expect\w*\s+(?:[\w'’-]+\s+){1,6}?ever\s+to)\b[^,;.]*$", re.I)


def framing(text: str, sent: tuple[int, int], trigger: tuple[int, int]) -> str | None:
    """The certainty the rest of the sentence puts on a relation its own clause asserts: 'negated' when a later
    clause undoes it or an opening denies it, 'hypothetical' inside an opening condition ("If X and Y join forces,
    ..."); None when nothing frames it."""
    rest = text[trigger[1]:sent[1]]
    if _UNDONE_AFTER.match(rest) or _REJECTED_AFTER.match(rest) or _UNPROVEN_BEFORE.search(text, sent[0], trigger[0]) \
            or _NEVER_AFTER.match(rest):
        return "negated"
    if _REPORTS_OPENING.match(text, sent[0], trigger[0]) and _DISMISSED_AFTER.match(rest):
        return "negated"
    if _UNCONFIRMED_AFTER.match(rest) or _NOT_SHOWN_BEFORE.search(text, sent[0], trigger[0]):
        return "negated"
    rumour = _RUMOUR_BEFORE.search(text, sent[0], trigger[0])
    if rumour is not None and not _RUMOUR_SET_ASIDE.search(text, max(sent[0], rumour.start() - 40), rumour.start()):
        return "hypothetical"
    if _CONDITION_OPENING.match(text[sent[0]:trigger[0]]) or _OPEN_QUESTION.search(text, sent[0], trigger[0]):
        return "hypothetical"
    return None


def _clause(text: str, sent: tuple[int, int], trigger: tuple[int, int]) -> str:
    """The words around the trigger that carry its certainty: from the last clause break up to just after it."""
    head = text[sent[0]:trigger[0]]
    cut = max(head.rfind(";"), head.rfind(" but "), head.rfind(" and "), head.rfind("“"), head.rfind('"'),
              head.rfind(" although "), head.rfind(" though "), head.rfind(" while "), head.rfind(" whereas "))
    start = sent[0] + cut + 1 if cut >= 0 else sent[0]
    tail = text[trigger[1]:min(sent[1], trigger[1] + 12)]
    return text[start:trigger[1]] + re.split(r"[,.;]", tail)[0]


def _predicate_of_noun(doc: Doc, trigger: tuple[int, int]) -> str:
    """For a noun trigger that is the subject of what follows ("the merger of X and Y was never confirmed"), the
    words of that predicate which carry its certainty: the verb with its auxiliaries and negation."""
    tok = _token_at(doc, trigger[0])
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = tok.head
    if verb.i <= tok.i:
        return ""
    words = [c for c in verb.children if c.dep_ in ("neg", "aux", "auxpass") or c.lower_ == "never"]
    # "the unification of X and Y remains a demand of civil society": what the noun is said to be
    goal = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i - verb.i <= 4]
    tail = " " + doc[verb.i + 1:goal[0].i + 1].text if goal else ""
    return " " + " ".join(t.text for t in sorted([*words, verb], key=lambda t: t.i)) + tail


# --- dates -----------------------------------------------------------------------------------

_ATTRIBUTION = re.compile(r"^\s*[—–-]{1,2}\s*[^\n]{0,80}?\(@\w+\)\s*(?P<date>[^\n]{4,40})$")


def _usable_times(times: list[TimeExpr], text: str, trigger: tuple[int, int]) -> list[TimeExpr]:
    """Time expressions that can date the relation: not ones naming another event ('the December 4 attack')
    nor ones in a formation clause ('which formed in 2007')."""
    out = []
    for t in times:
        s, e = t.span
        if re.search(r"\b(?:the|a|an|its|their|['’]s)\s+$", text[max(0, s - 6):s]) and \
                re.match(r"\s+[a-z]+", text[e:e + 20]):
            continue
        if t.span[0] > trigger[1]:
            between = text[trigger[1]:t.span[0]]
        else:
            between = text[t.span[1]:trigger[0]]
        if _FORMATION.search(between) and re.search(r"\b(?:which|that|who|,)\b|,", between):
            continue
        out.append(t)
    return out


def _attribution_date(text: str, sent: tuple[int, int], times: list[TimeExpr]) -> EventDate | None:
    """A tweet's date line ('— Name (@handle)December 20, 2014') right after the sentence's paragraph."""
    pos = sent[1]
    for _ in range(3):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos:line_end].strip("\n")
        if _ATTRIBUTION.match(line):
            line_start = text.find(line, pos)
            hits = [t for t in times if line_start <= t.span[0] < line_start + len(line) and t.value]
            if hits:
                t = hits[-1]
                return EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="paragraph",
                                 confidence=round(0.8 * t.confidence, 2), extractor=EXTRACTOR)
            return None
        if line.strip() and not text[pos:line_end].startswith("\n"):
            pos = line_end
            continue
        pos = line_end
    return None


def _date(text: str, sent: tuple[int, int], trigger: tuple[int, int], times: list[TimeExpr],
          published: DateValue | None) -> EventDate | None:
    usable = _usable_times(times, text, trigger)
    in_sentence = [t for t in usable if sent[0] <= t.span[0] and t.span[1] <= sent[1] and t.value]
    if not in_sentence:
        tweet = _attribution_date(text, sent, times)
        if tweet is not None:
            return tweet
    return event_date(usable, sent, trigger, text, published, past=True)


# --- formation dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Formation:
    """A group's founding as told in a sentence ("which formed in the region in 2007")."""

    actor: ActorRef
    sentence: TextSpan
    trigger: TextSpan
    date: EventDate | None
    doc_id: str
    extractor: str = EXTRACTOR


_FORMED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+)?(?:formed|founded|established|created|set\s+up|emerged|"
                     r"came\s+into\s+being)\b(?:\s+(?:in|on|during)\b)?", re.I)


def find_formations(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr]) -> list[Formation]:
    """When groups were formed, from 'X, which formed in 2007' and 'X was founded in 2002' (dated ones only)."""
    text = doc_text(doc)
    out: list[Formation] = []
    for sent in _sentences(doc):
        cands = _clean(m for m in mentions if sent[0] <= m.span[0] and m.span[1] <= sent[1] and _org(m))
        for match in _FORMED.finditer(text, sent[0], sent[1]):
            before = [m for m in cands if m.span[1] <= match.start()]
            if not before or len(text[before[-1].span[1]:match.start()]) > 40:
                continue
            if not re.fullmatch(r"\s*(?:,\s*)?(?:which|that|who)?\s*(?:\w+\s+)?", text[before[-1].span[1]:
                                                                                       match.start()] + " "):
                continue
            dated = [t for t in times if match.end() <= t.span[0] < min(sent[1], match.end() + 40) and t.value]
            if not dated:
                continue
            t = dated[0]
            out.append(Formation(
                actor=before[-1], sentence=TextSpan(text[sent[0]:sent[1]], sent),
                trigger=TextSpan(match.group(0), match.span()),
                date=EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="sentence",
                               confidence=round(0.9 * t.confidence, 2), extractor=EXTRACTOR),
                doc_id=doc_id))
    return out


# --- the group a merger produces -------------------------------------------------------------

# a time adverbial between a merger verb and what it made ("merged in February 2018, calling ...")
_WHEN = (r"(?:\s+(?:in|on|during|by|since)\s+(?:(?:early|late|mid|mid-)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?\d{4}|"
         r"\s+(?:in|on)\s+[A-Z][a-z]+|\s+(?:last|this|that|the\s+same|the\s+following)\s+(?:year|month|week|spring|"
         r"summer|autumn|winter))?")
# "a single organisation that the press dubbed", "a new formation called", "an umbrella coalition,"
_PRODUCT_DESC = (r"(?:(?:a|an|one|the|their|its)\s+(?:(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|entity|force|"
                 r"front|coalition|alliance|umbrella|platform|outfit|body|formation|militia|army|command|bloc|council|"
                 r"federation|structure|grouping|unit|brigade|division|corps)\s*,?\s*(?:(?:called|named|known\s+as|dubbed|styled|"
                 r"under\s+the\s+name(?:\s+of)?|that\s+(?:[\w-]+\s+)"
                 r"{0,4}?(?:called|calls|named|names|dubbed|dubs|styled|styles|knew\s+as|knows\s+as))\s+)?|"
                 r"(?:single|new|unified|united|joint|combined|larger)\s+))?")
# what follows the last member of a merger and comes right before the group it made: "merged to form", "merged
# their forces into a new formation called", "amalgamated under the name", ", forming", "merged in 2022 as"
_PRODUCT_AFTER = re.compile(
    # "X and Y were among the factions that formed Z": founders of Z
    r"\s+(?:were|are)\s+(?:\w+\s+)?among\s+the\s+(?:[\w-]+\s+){0,2}?(?:groups|factions|militias|brigades|"
    r"organi[sz]ations|movements|outfits)\s+(?:that|which|who)\s+(?:\w+ly\s+)?(?:formed|founded|created|established|"
    r"set\s+up|launched)\s+(?:the\s+)?|"
    r"(?:\s+(?:[\w-]+\s+)?(?:federations?|coalitions?|alliances?|groups?|factions?|militias?|movements?|gangs?|rebels|organi[sz]ations|"
    r"brigades|forces|outfits))?"
    # "X, Y and several smaller groups came together to create Z"
    r"(?:\s*,?\s+and\s+(?:several|other|some|many|various|a\s+number\s+of|dozens\s+of|a\s+few|\w+\s+other)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:groups|factions|militias|brigades|organi[sz]ations|movements|outfits|units|cells))?"
    r"\s*,?\s*(?:(?:have|has|had|then|later|eventually|finally|formally|officially|jointly|"
    r"together)\s+)*(?:(?:announced|said|declared|agreed)\s+(?:that\s+)?(?:they|it)\s+(?:had|have)\s+)?"
    r"(?:(?:were\s+|was\s+)?(?:merg(?:ed|e|es|ing)|fused|melted|welded|melded|amalgamated|(?-i:unit(?:ed|e|es|ing))|unified|combined|pooled|"
    r"consolidated|coalesced|reunited|dissolved|folded|came\s+together|joined(?:\s+together)?|banded\s+together|"
    r"brought\s+together|"
    r"(?:re-?)?absorbed|subsumed|swallowed(?:\s+up)?|integrated|incorporated|rolled|"
    r"(?:announced|declared|completed|agreed\s+(?:on|to)|finali[sz]ed|sealed)\s+(?:their|its|a|the)\s+(?:full\s+|"
    r"formal\s+)?(?:merger|unification|fusion|amalgamation|union))"
    r"(?:\s+back)?(?:\s+(?:their|its)\s+(?:forces|ranks|fighters|men|units|commands?|structures|organi[sz]ations)|"
    r"\s+(?:itself|themselves))?)?" + _WHEN + r"\s*,?\s*"
    r"(?:(?:(?:and|to|so\s+as\s+to|in\s+order\s+to)\s+)?(?:later\s+|then\s+|jointly\s+)?(?:form|formed|forming|create|"
    r"created|creating|found|founded|founding|establish|established|establishing|launch|launched|launching|"
    r"set\s+up|setting\s+up|produce|produced|producing|give\s+birth\s+to|gave\s+birth\s+to|giving\s+birth\s+to|"
    r"spawn|spawned|spawning|became|become|becoming|emerged?\s+as|re-?emerged\s+as)\s+" + _PRODUCT_DESC +
    r"|(?:into|by)\s+" + _PRODUCT_DESC + r"|under\s+(?:a|an|one|the)\s+(?:(?:single|new|common|joint)\s+)?(?:name|"
    r"banner|flag|label|title)\s*,?\s+(?:of\s+)?|under\s+" + _PRODUCT_DESC + r"|as\s+" + _PRODUCT_DESC + r"|(?:calling|naming|styling|dubbing|branding)\s+(?:(?:the|their|its)\s+"
    r"(?:new\s+|joint\s+|combined\s+|merged\s+)?(?:body|group|organi[sz]ation|movement|outfit|entity|formation|force|"
    r"front|coalition|alliance|umbrella)|itself|themselves)\s+)(?:the\s+)?", re.I)
# between the group made and the first member named after it: "Z was created in 2013 when", "Z was formed through
# the merger of", "analysts trace Z to the 2016 merger of", "Z, the product of a merger between"
_PRODUCT_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:formed|created|founded|established|born|launched|set\s+up|forged|came\s+into\s+being|took\s+shape|"
    r"constituted|"
    r"announced|unveiled|proclaimed|(?:stitched|cobbled|pieced|put)\s+together)" + _WHEN +
    r"\s*(?:through|by|from|out\s+of|after|,?\s*when|as|following|via|in)\s+(?:(?:the|a|an)\s+)?(?:\d{4}\s+)?"
    r"(?:(?:merger|fusion|union|amalgamation|unification|coalition|alliance|combination)\s+(?:of|between)\s+)?|"
    r"(?:emerged|came\s+about|came\s+out|arose|grew\s+out)" + _WHEN + r"\s+(?:from|out\s+of|through|after|when|of)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{4}\s+)?(?:(?:merger|fusion|union|amalgamation|unification)\s+(?:of|between)\s+)?|"
    r"(?:to|,?\s*(?:the|a)\s+(?:product|result|outcome)\s+of)\s+(?:(?:the|a|an)\s+)?(?:\d{4}\s+)?(?:merger|fusion|"
    r"union|amalgamation|unification)\s+(?:of|between)\s+)"
    # the members given as examples of a count: "a merger of seven rebel groups, including X and Y"
    r"(?:(?:[\w-]+\s+){0,3}?(?:groups|factions|brigades|militias|organi[sz]ations|movements|outfits|units)\s*,?\s*"
    r"(?:including|among\s+them|such\s+as|notably)\s+)?(?:the\s+)?"
    # a member named through its leader: "when Zahran Alloush's Liwa al-Islam merged with"
    r"(?:(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w-]*['’]s\s+)?", re.I)
# what a coalition launches that is no group: "launched Operation 1027 together"
_NOT_A_GROUP = re.compile(r"(?:the\s+)?(?:Operation|Battle|Offensive|Campaign|Conference|Agreement|Accord|Declaration)\b")
_POSSESSOR = re.compile(r"['’]s?\b")
# the founding words of a link: the founders of a new umbrella merge into it ("X and Y formed a joint front, Z")
_FOUNDING = re.compile(r"\b(?:form|formed|forming|found|founded|founding|creat\w*|establish\w*|launch\w*|set\s+up|"
                       r"setting\s+up|coalition\s+of|alliance\s+of|came\s+into\s+being|took\s+shape)\b", re.I)


def _product_of(doc: Doc, sent: tuple[int, int], members: list[ActorRef],
                cands: list[ActorRef]) -> tuple[ActorRef, bool, bool] | None:
    """The group the members' merger made, named right after the last member ("X and Y merged to form Z") or
    before the first ("Z was formed through the merger of X and Y"); with whether the link is a founding (a new
    umbrella's founders merge into it) and whether it comes after the members."""
    text = doc_text(doc)
    for z in cands:
        if not _named_org(z) or z.kind == "person" or _NOT_A_GROUP.match(z.text) or _POSSESSOR.match(text, z.span[1]) or \
                z.via in ("descriptor", "member-of"):
            continue  # ("... as rebels in Idlib sought protection": people by place are no group a merger made)
        # (the product may be one of the members' partners already: "X, Y and Z dissolved themselves into W")
        ahead = [m for m in members if m.span[1] <= z.span[0]]
        behind = [m for m in members if m.span[0] >= z.span[1]]
        if len(ahead) >= 2:
            gap = _PRODUCT_AFTER.fullmatch(text, ahead[-1].span[1], z.span[0])
            if gap is not None:
                return z, bool(_FOUNDING.search(gap.group(0))), True
        if len(behind) >= 2:
            gap = _PRODUCT_BEFORE.fullmatch(text, z.span[1], behind[0].span[0])
            if gap is not None:
                return z, bool(_FOUNDING.search(gap.group(0))), False
    # a new name nobody knew: "merged their forces into a new formation called the Northern Shield"
    last = members[-1]
    gap = _PRODUCT_AFTER.match(text, last.span[1], sent[1])
    if gap is not None and gap.end() > last.span[1] + 3:
        named = _name_at(doc, gap.end(), sent[1], cands, new_group=True)
        if named is not None and not _NOT_A_GROUP.match(named.text):
            return named, bool(_FOUNDING.search(gap.group(0))), True
    return None


_MERGING = re.compile(r"\b(?:merg|fus|amalgamat|unit|unif|combin|consolidat|coalesc|dissolv|fold|join|form|found|creat|"
                      r"establish|launch|set\s+up|came\s+together|banded|brought\s+together|became|become)", re.I)


def _seeded(doc: Doc, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'X and Y formally united as Z', 'X, Y and W formed the Z in 2019': coordinated groups that a merging or
    founding verb links to a group named after them, where no rule found a merger."""
    text = doc_text(doc)
    named = [m for m in cands if _named_org(m) and m.kind != "person" and m.via != "coreference"]
    for last, z in zip(named, named[1:]):
        gap = _PRODUCT_AFTER.fullmatch(text, last.span[1], z.span[0])
        if gap is None or not _MERGING.search(gap.group(0)) or _NOT_A_GROUP.match(z.text) or _POSSESSOR.match(text, z.span[1]):
            continue  # ("X and Y became the Islamic State's main rivals": a possessor is no product)
        group = _coordinated([m for m in named if m.span[1] <= last.span[1]], text, last)
        if len(group) >= 2 and not any(m.actor_id is not None and m.actor_id == z.actor_id for m in group):
            words = gap.group(0)
            trigger = (last.span[1] + len(words) - len(words.lstrip()), z.span[0] - (len(words) - len(words.rstrip())))
            return [_Found("merger", m, z, trigger, sent, 0.7) for m in group[:6]]
    return []


def product_mergers(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """Mergers told with the group they made go member by member to that group, not between the members: "X and Y
    merged to form Z" is X->Z and Y->Z (a merger with no product named, "X merged with Y", stays X-Y); and the
    founders of a named new umbrella merge into it ("X and Y formed a joint front, Z": not an alliance of X and Y)."""
    merged = [f for f in found if f.type == "merger" and f.sentence == sent]
    if not merged and not any(f.type == "alliance" for f in found):
        return found + _seeded(doc, sent, cands)
    pool = merged or [f for f in found if f.type == "alliance"]
    members = _clean({m.span: m for f in pool for m in (f.source, f.target)}.values())
    if len(members) < 2 and not merged:
        return found
    hit = _product_of(doc, sent, members, cands) if members else None
    if hit is None:
        return found
    product, founding, after = hit
    kept = [m for m in members if (m.span[1] <= product.span[0]) == after and
            (m.actor_id is None or m.actor_id != product.actor_id)]
    if len(kept) < 2 or not (merged or founding):
        return found
    lo = min(m.span[0] for m in [*kept, product])
    hi = max(m.span[1] for m in [*kept, product])
    inside = {m.span for m in kept}

    def replaced(f: _Found) -> bool:
        ends = {f.source.span, f.target.span}
        if f.type == "merger":
            return ends <= inside | {product.span}
        # (the founders' own alliance verb may follow them: "Z was created when X and Y joined forces")
        return f.type == "alliance" and founding and ends <= inside and f.trigger[0] < hi + 20 and f.trigger[1] > lo

    gone = [f for f in found if replaced(f)]
    if not gone:
        return found
    trigger, conf = gone[0].trigger, max(f.confidence for f in gone)
    out = [f for f in found if f not in gone]
    out.extend(_Found("merger", m, product, trigger, sent, conf) for m in kept)
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_FORMATION = gated(_FORMATION)
