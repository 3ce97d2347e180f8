"""Arguments of a matched relation trigger, by the rule's shape (subject-verb-object, symmetric, appositive,
reversed, passive, founders, accept/appoint): which mentions are source and target."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from newsevents.extract.relation_rules import APPOINT_ROLE, GROUP_HEADS, Rule
from newsevents.extract.relations_args import (
    _OWNER, _adjunct_object, _anchor, _coordinated, _Found, _in_subject, _is_name, _named_org, _org,
    _subject_span, _token_at, unnamed_agent,
)
from newsevents.extract.relations_breakaways import (
    _FOUNDED_AFTER, _FOUNDED_BY, _former_partner, _split_new_name,
)
from newsevents.extract.relations_names import _MEMBER_NOUN, _Member, _name_at, normalise_group_name
from newsevents.extract.relations_units import persons_part
from newsevents.models import ActorRef
from newsevents.nlp import doc_text

# between a group and "al-Qaeda's (Syrian) affiliate/branch": an apposition or a copula ("is widely seen as")
_POSSESSIVE_PARENT_GAP = re.compile(
    r",\s*(?:(?:now|itself|also)\s+)?(?:the\s+|an?\s+)?|,?\s+(?:(?:is|are|was|were|became|becomes|remains?|remained)\s+)?"
    r"(?:(?:now|also|still|effectively|\w+ly)\s+)?(?:(?:regarded|seen|considered|described|viewed|known|designated|"
    r"recogni[sz]ed|named|labell?ed)\s+as\s+|(?:is|are|was|were|became|becomes|remains?|remained)\s+|"
    r"(?:has\s+|had\s+)?(?:positioned|presented|established|styled|cast|projected)\s+(?:itself|themselves)\s+as\s+)"
    r"(?:the\s+|an?\s+)?", re.I)


# "part of al-Qaeda's global network", "into Y's ranks": the possessor is the group itself
_COLLECTIVE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:network|ranks|fold|organi[sz]ation|movement|structure|"
                               r"umbrella|coalition|alliance|command|orbit|camp|sphere|leadership|shura|fighters|forces|"
                               r"positions|bases|camps|units|battalions|brigades|remnants|cells|strongholds|hideouts|"
                               r"outposts|checkpoints|headquarters|territory|convoys?|commanders|members|leaders|council|networks|structures?|"
                               r"committees|uprising|rebellion|revolt|insurgency|offensive|advance|resistance)\b",
                               re.I)
# a trigger ending in a verb that takes its rival as object ("X attacked Y", "X arrested members of Y")
_TRANSITIVE_END = re.compile(r"\b(?:ousted|expelled|drove|driven|crushed|defeated|vanquished|wiped\s+out|annihilated|"
                             r"besieged|targeted|kidnapped|abducted|executed|beheaded|killed|massacred|stormed|pushed|"
                             r"evicted|routed|dislodged|fought|battled|fighting|fights|battling|attacked|ambushed|raided|"
                             r"overran|assassinated|arrested|detained|hunted|hunted\s+down|rounded\s+up|shelled|"
                             r"bombarded)\s*$", re.I)
# "X belongs to Y together with Z": Z belongs to Y too
_CO_MEMBERS = re.compile(r"\s*,?\s+(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?")
_SOME = re.compile(r"(?:hundreds|dozens|thousands|scores|many|some|several|most|a\s+number|a\s+few|few|\d+)\b", re.I)
_SHARE_OF = re.compile(_SOME.pattern + r"\s+(?:\w+\s+){0,2}?" + _MEMBER_NOUN + r"\s+(?:from|of)\s+(?:the\s+)?$", re.I)
_DEFECTORS = re.compile(r"\b(?:dissidents?|defectors?|deserters?|renegades?|former|ex-)", re.I)
# "X is an Islamic State affiliate", "Ansaru is a Boko Haram splinter faction": a copula before the parent's name
_COPULA_GAP = re.compile(r"\s+(?:is|are|was|were|remains|remained|became|becomes)\s+(?:now\s+|still\s+)?"
                         r"(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?)?", re.I)
# "one of al-Qaeda's regional branches": the possessor is the parent, not a stand-in for the possessed
_MEMBER_POSSESSED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:affiliates?|branch(?:es)?|franchises?|wings?|provinces?|"
                               r"arms?|prox(?:y|ies)|fronts?|factions?|components?|subsidiar(?:y|ies)|chapters?|"
                               r"sub-?groups?|representatives?|outposts?|auxiliar(?:y|ies)|satellites?|vassals?|"
                               r"extensions?|enforcers?|(?:armed|fighting|military|guerrilla)\s+forces?|(?:hit|death)\s+squads?)\b",
                               re.I)
_POSSESSED_STATE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?$")
# "X remains Y's closest ally": the possessor is the partner
_ALLY_POSSESSED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:all(?:y|ies)|partners?|backers?|patrons?|protectors?)\b",
                             re.I)
# "its break with Y", "their alliance with Y": a nominal trigger whose possessor is the source
_POSSESSED_TRIGGER = re.compile(r"\s*(?:[\w-]+\s+)?$")
# "X, an Islamic State franchise in eastern Congo", "X, Indonesia's main Islamic State-aligned network": the
# appositive's parent named inside its noun phrase
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:(?:an?|the|its)\s+)?(?:[\w'’-]+\s+){0,3}?", re.I)
# "the Islamic State's local partner in Cabo Delgado, the X": a place phrase and a comma before the name
# ("its Ituri wing in 2010 when it formed Y": only capitalised words continue the place or year, (?-i:) keeps them so
# under re.I; a clause after it names no member)
_PRE_TAIL = re.compile(r"(?:\s+(?:in|for)\s+(?:the\s+)?[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})?[\s,]*(?:the\s+)?", re.I)
# "X, a main Islamic State-aligned network, ...": the appositive's generic noun and its end
_HYPHEN_NOUN_END = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(?:group|militia|faction|movement|organi[sz]ation|outfit|network|"
                              r"force|brigade|coalition|cell|insurgency)s?\s*[,.;)]", re.I)
# "a Hezbollah-aligned militia, the X": a generic noun between the modifier and the name
_PRE_NOUN_TAIL = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?(?:group|militia|faction|movement|organi[sz]ation|outfit|"
                            r"network|force|brigade|coalition|alliance|insurgency|rebels|militants))?\s*,?\s*(?:the\s+)?",
                            re.I)


# after partners acting together, the common enemy: "a joint offensive against Z", "teamed up to push Z out of"
_COMMON_ENEMY = re.compile(r"\s+(?:against|on|to\s+(?:(?:push|drive|force|kick|chase)|oust|expel|evict|dislodge|attack|"
                           r"fight|battle|counter|confront|repel|defeat|crush|root\s+out|take\s+on|retake\s+\w+\s+from)"
                           r")\s+(?:the\s+)?", re.I)


# the end of a relative clause whose people left the group named next ("fighters who left X")
_LEFT_BY = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+)?(?:left|quit|defected\s+from|abandoned|deserted|walked\s+out\s+of|"
                      r"broke\s+(?:away\s+)?(?:from|with))\s+(?:the\s+)?$", re.I)
# the end of a gap before a name that makes it a place ("killed dozens in X")
_LOCATIVE_END = re.compile(r"\b(?:in|near|at|around|outside|inside|across|towards|throughout)\s+(?:the\s+)?"
                           r"(?:(?:ruins|outskirts|streets|heart|cent(?:re|er)|north|south|east|west|city|town|village|"
                           r"province|region|district|hills|mountains|suburbs|camps?)\s+of\s+(?:the\s+)?)?$", re.I)
_MODIFIED_OBJECT = re.compile(r"\b(?:accused\s+of|suspected\s+of|links?\s+to|ties\s+to|linked\s+to|loyal\s+to|"
                              r"sympathi[sz]\w*\s+(?:to|with))\b", re.I)
# "the Wazalendo militias against the M23": between an ally and the common enemy
_AGAINST = re.compile(r"(?:\s+(?:militias?|groups?|factions?|forces|fighters|rebels|gangs?))?\s+against\s+(?:the\s+)?",
                      re.I)
# "against Turkish-backed factions": a name that only modifies the unnamed enemy
_MODIFIER = re.compile(r"[-‐](?:led|backed|based|aligned|allied|affiliated|linked|sponsored)\b")
# "After P was killed in 2016, X chose ...": a passive with no agent names no attacker (round 14)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
_AGENT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+by\b", re.I)
# the state's forces right after a rivalry verb of coordinated subjects (round 14)
_STATE_FOE = re.compile(r"\s*(?:(?:with|against)\s+)?(?:the\s+)?(?:(?:government|junta|regime|state|military|army|"
                        r"federal|national)(?:['’]s)?\s+)?(?:junta|army|military|government|regime|police|security\s+"
                        r"forces|troops|soldiers|forces|armed\s+forces)\b", re.I)
# nothing but auxiliaries and adverbs between the subjects and the verb ("X and Y have repeatedly clashed with")
_SUBJECT_VERB_GAP = re.compile(r"\s+(?:(?:have|has|had|both|jointly|together|also|again|then|\w+ly)\s+){0,3}", re.I)
# "Z, an alliance of Kashmiri groups, includes X and Y": the list after the clause is Z's members, not the trigger's
# pair (round 14)
_DESCRIBED_LIST = re.compile(r"\b(?:that|which|who|includ\w*|compris\w*|grouping|bringing)\b", re.I)
# "X, itself a 2011 breakaway from Y": the noun phrase describes the name before the comma, not the clause's subject
_APPOSED = re.compile(r",\s+(?:(?:itself|themselves|also|once|now|long|still)\s+)?", re.I)
# a coalition the sentence does not name, right before "that includes": "A coalition that includes X and Y"
_UNNAMED_COALITION = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance|umbrella|grouping|bloc|"
                                r"front|operations\s+room)\s*$", re.I)
# a person standing for followers the sentence does not name: "fighters loyal to P", "P's faction"
_FOLLOWERS_BEFORE = re.compile(r"\b(?:loyal\s+to|followers\s+of|supporters\s+of|loyalists\s+of|men\s+of)\s+$", re.I)
_FIGHTERS_OF = re.compile(r"\s+(?:fighters|militants|men|forces|members|units|gunmen|commanders)\s+", re.I)
_FOLLOWERS_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:faction|followers|loyalists|men|supporters|wing|camp|group)\b")


# sectors of state forces: an army fighting beside a group is not made a party to the group's rivalries
_STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG"})


def _folded_unit(unit: ActorRef, parent: ActorRef) -> bool:
    """Two names the knowledge base folds into one actor ("the Qassam Brigades, the armed wing of Hamas": both
    HAMAS), told apart by the sentence itself: two different names, neither a pronoun nor a descriptor."""
    if any(m.via in ("coreference", "member-of", "descriptor") for m in (unit, parent)):
        return False
    a, b = normalise_group_name(unit.text), normalise_group_name(parent.text)
    return bool(a and b and a != b and _is_name(unit.text) and _is_name(parent.text))


def _owner_for(m: ActorRef, cands: list[ActorRef], text: str) -> ActorRef:
    """The owner of an unknown name it possesses ("Al-Shabaab's Amniyat": Al-Shabaab), or the mention itself; a
    unit that is named as one ("the Free Syrian Army's Hamza Division") stays itself."""
    if not m.provisional or m.via not in ("provisional", "group-name", "slot-name") or _UNIT_NAME.search(m.text) or \
            m.text.split()[-1] in GROUP_HEADS:  # ("Hezbollah's Radwan Force" is a unit named as one)
        return m
    owner = next((o for o in cands if o.span[1] < m.span[0] and re.fullmatch(r"['’]s\s+", text[o.span[1]:m.span[0]])),
                 None)
    return owner if owner is not None and _named_org(owner) and not owner.provisional else m


def _apply_rule(rule: Rule, match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                found: list[_Found]) -> list[_Found]:
    text = doc_text(doc)
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0]
    after = [m for m in cands if m.span[0] >= t1]
    # "turned their guns on their former partner, Y": the name in apposition is the object
    partner = _former_partner(after, text) if rule.type in ("rivalry", "alliance") and after and \
        len(text[t1:after[0].span[0]]) <= 5 else None
    after = partner or after
    if any(m.via == "coreference" and m.text.lower() in ("its", "their") for m in after):
        # "X folded its brigades into Y": a possessive for the subject itself is no argument (nor any possessive
        # after a merger or alliance trigger: "an X unit merged its two camps", "X allied with its former rival Y")
        subject = _in_subject(before, _subject_span(doc, t0, sent), text)
        after = [m for m in after if not (m.via == "coreference" and m.text.lower() in ("its", "their") and (
            rule.type in ("merger", "alliance") or any(b.actor_id == m.actor_id for b in subject)))]
    if rule.type != "affiliation":
        # "the JNIM-affiliated Katiba Macina fought alongside Y": the name hyphened onto the next only modifies it
        before = [m for m in before if not (_MODIFIER.match(text, m.span[1]) and any(
            0 < n.span[0] - m.span[1] <= 14 for n in before))]
        after = [m for m in after if not (_MODIFIER.match(text, m.span[1]) and any(
            0 < n.span[0] - m.span[1] <= 14 for n in after))]
    # "X folded itself into Y": the reflexive object is the subject, the argument comes after it
    after = [m for m in after if not (m.via == "coreference" and m.text.lower() in ("itself", "themselves"))]
    out: list[_Found] = []

    named_after = after
    # "to Abu Bakr al-Baghdadi's Islamic State": the possessor is not the argument, the possessed is
    # ("Y's al-Quds Brigades": a unit named as one after the possessive is no collective of Y's men)
    unit_after = any(re.fullmatch(r"['’]s\s+", text[after[0].span[1]:m.span[0]]) and _is_name(m.text) and
                     _UNIT_NAME.search(m.text) for m in after[1:2])
    if after and re.match(r"['’]s\b", text[after[0].span[1]:after[0].span[1] + 2]) and (
            unit_after or not _COLLECTIVE_AFTER.match(text, after[0].span[1], min(sent[1], after[0].span[1] + 50))):
        rest = [m for m in after[1:] if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}?", text[after[0].span[1]:m.span[0]])]
        if rest:
            after = rest + [m for m in after[1:] if m not in rest]
        elif not (rule.type == "affiliation" and _MEMBER_POSSESSED.match(text, after[0].span[1], sent[1])) and \
                not (rule.type == "alliance" and _ALLY_POSSESSED.match(text, after[0].span[1], sent[1])):
            after = []  # (but "one of al-Qaeda's regional branches": the possessor is the parent)

    def add(src: ActorRef, tgt: ActorRef, conf: float = rule.confidence, type_: str = rule.type) -> None:
        if rule.type in ("rivalry", "alliance"):
            # "Al-Shabaab's Amniyat executed ISIS-Somalia members": an unknown unit named after its owner acts for it
            src, tgt = _owner_for(src, cands, text), _owner_for(tgt, cands, text)
        if src.actor_id is not None and src.actor_id == tgt.actor_id and not (
                rule.type == "affiliation" and _folded_unit(src, tgt)):
            return
        if "state" in (src.kind, tgt.kind) or "place" in (src.kind, tgt.kind):
            return
        if rule.type == "alliance" and "together" in text[t0:t1].lower() and (
                src.sector in _STATE_SECTORS or tgt.sector in _STATE_SECTORS):
            return  # ("the army and X took the town together": a state force is no ally of a group, round 13)
        if rule.type in ("rivalry", "alliance", "merger", "split", "affiliation"):
            src, tgt = _group_for_person(src, cands, text), _group_for_person(tgt, cands, text)
        if rule.type in ("rivalry", "alliance", "merger", "split"):
            # "Fighters loyal to P expelled X", "P's faction broke from X": P's group goes unnamed (but "X fighters
            # loyal to P" are X's)
            src, tgt = _follower_group(src, cands, text), _follower_group(tgt, cands, text)
            if src is None or tgt is None:
                return
        if rule.type in ("rivalry", "alliance", "merger") and any(m.kind == "person" and not m.provisional
                                                                 for m in (src, tgt)):
            return  # "killed its leader Abubakar Shekau": a known person is no party to a relation between groups
        gap = text[min(src.span[1], tgt.span[1], t1):max(src.span[0], tgt.span[0], t0)]
        if "—" in gap or "\n" in gap:
            return
        if src.span == tgt.span:
            return
        if rule.shape in ("symnext", "symgroup") and not (_named_org(src) and _named_org(tgt)):
            return  # "those who supported the Prophet Muhammad": the weak rules want two organisations
        if rule.type == "pledge" and tgt.span[0] >= t1 and re.fullmatch(
                r"\s*(?:the\s+|its\s+)?(?:\w+\s+)?(?:leader|leadership|emir|amir|chief|head|caliph|commander)s?\s+of\s+"
                r"(?:the\s+)?", text[t1:tgt.span[0]], re.I):
            return  # "swore an oath to the leader of X": an oath to a person
        later = max(src, tgt, key=lambda m: m.span[0])
        if rule.type == "merger" and (any(m.via == "member-of" and _SOME.match(m.text) for m in (src, tgt)) or (
                later.span[0] >= t1 and _SHARE_OF.search(text, t1, later.span[0]))):
            return  # "X absorbed hundreds of fighters from Y": a share of Y's men, not Y
        if rule.type in ("affiliation", "pledge") and src.span[1] <= t0 and _LEFT_BY.search(text, sent[0], src.span[0]):
            return  # "Fighters who left al-Shabaab joined the Islamic State": people who left it joined, not the group
        if rule.type == "affiliation" and tgt.kind == "person":
            return  # "a faction loyal to Abu Musab al-Barnawi": loyalty to a person (group names spaCy took for
            #         persons were renamed by group_name_refs when they hold a head word)
        if rule.type == "pledge" and tgt.via == "member-of" and _LEADER_WORDS.search(tgt.text):
            return  # an oath to a group's leader names a person, not the group
        if rule.type == "pledge" and tgt.kind == "person":
            # "X swore allegiance to Abu Bakr al-Baghdadi": an oath to a leader the knowledge base ties to a group is
            # the group's (its caliph's, its emir's); a person it ties to none stays the target
            tgt = _leader_group(tgt) or tgt
            if src.actor_id is not None and src.actor_id == tgt.actor_id:
                return
        if any(re.match(r"[-‐](?:led|backed|based)\b", text[m.span[1]:m.span[1] + 8]) for m in (src, tgt)):
            return  # "Saudi-led forces": the name modifies an unnamed argument
        if rule.type == "merger" and tgt.span[0] > t0 and re.match(
                r"\s+(?:coalition|alliance|umbrella|operations\s+room)\b", text[tgt.span[1]:tgt.span[1] + 30], re.I):
            # "integrated its fighters into the X coalition": joining a coalition is an affiliation, not a merger
            out.append(_Found("affiliation", src, tgt, (t0, t1), sent, round(conf * 0.9, 2)))
            return
        out.append(_Found(type_, src, tgt, (t0, t1), sent, conf))

    if rule.shape == "pre":
        # "X has positioned itself as al-Qaeda's ...": the reflexive stands between the two names; "JNIM's central Mali
        # branch": a state after the possessive only says where
        before = [m for m in before if not (m.via == "coreference" and m.text.lower() in ("itself", "themselves")) and
                  not (m.kind == "state" and _POSSESSED_STATE.search(text, max(sent[0], m.span[0] - 40), m.span[0]))]
        # "X, al-Qaeda's branch in the Sahel": the possessor is the parent of the noun before the comma
        if len(before) >= 2 and re.fullmatch(r"['’]s(?:\s+\w+){0,2}?\s*", text[before[-1].span[1]:t0]) and \
                _POSSESSIVE_PARENT_GAP.fullmatch(text[before[-2].span[1]:before[-1].span[0]]):
            add(before[-2], before[-1])
            return out
        gap_ok = before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?", text[before[-1].span[1]:t0] + " ")
        tail = _PRE_NOUN_TAIL if text[t0:t0 + 1] in "-‐" else _PRE_TAIL
        if before and after and gap_ok and tail.fullmatch(text, t1, after[0].span[0]):
            add(after[0], before[-1])
        owners = [m for m in before[:-1] if m.kind not in ("state", "place")]
        if len(before) >= 2 and owners and owners[-1] is not before[-2] and \
                _APPOSITIVE_GAP.fullmatch(text, owners[-1].span[1], before[-1].span[0]):
            before = [*owners, before[-1]]  # "X, Indonesia's main Islamic State-aligned network"
        if len(before) >= 2 and gap_ok and not text[before[-1].span[1]:t0].startswith(("'", "’")) and \
                (_APPOSITIVE_GAP.fullmatch(text, before[-2].span[1], before[-1].span[0]) or
                 _COPULA_GAP.fullmatch(text, before[-2].span[1], before[-1].span[0])) and \
                (match.group(0).rstrip().endswith(",") or
                 re.match(r"\s*(?:[,.;)]|\s(?:in|for|of|which|that|who|based|operating|active|founded|formed|created|set|"
                          r"launched|established|led|\w+ing)\b|$)", text[t1:t1 + 12]) or
                 (text[t0:t0 + 1] in "-‐" and _HYPHEN_NOUN_END.match(text, t1, sent[1]))):
            # "X, an Islamic State franchise in eastern Congo", "X, a Boko Haram cell, ...": X belongs to the
            # group named inside its appositive
            add(before[-2], before[-1])
        return out
    if rule.shape == "members":
        # "the main rebel umbrella, grouping X and Y": X and Y belong to the group named before
        if not after or not re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]], re.I):
            return out
        owners = [m for m in before if _named_org(m)]
        subj = [m for m in _in_subject(before, _subject_span(doc, t0, sent), text) if _named_org(m)]
        owner = subj[0] if subj else (owners[-1] if owners else None)
        if owner is None and _UNNAMED_COALITION.search(text, sent[0], t0):
            # "A coalition that includes X and Y captured the town": the members named are allies
            listed = [m for m in _coordinated(after, text, after[0])[:5] if _named_org(m)]
            for i, one in enumerate(listed):
                for other in listed[i + 1:]:
                    add(one, other, type_="alliance")
            return out
        if owner is not None:
            for member in _coordinated(after, text, after[0])[:6]:
                if member.via == "member-of" and _DEFECTORS.search(member.text):
                    add(owner, member, type_="split")  # "X is made up of FARC dissidents": X split from the FARC
                else:
                    add(member, owner)
        return out
    if rule.shape == "rev":
        # ("Boko Haram split into two factions in 2016 after ISIS named ...": no group split off after "after")
        if before and after and not _MODIFIED_OBJECT.search(text, t1, after[0].span[0]) and \
                not re.search(r"\b(?:after|when|because|since|while|as)\s+(?:the\s+)?$", text[t1:after[0].span[0]]):
            subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
            for one in _coordinated(after, text, after[0])[:6]:  # "split into X and Y", "expelled X and Y"
                add(one, subj[0])
        return out
    if rule.shape == "formedby":
        # "Z was formed by seven factions, among them X and Y": each founder named right after merges into Z (also
        # after its leader's possessive: "the merger of P's X and Y")
        if before and after and re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][^,;]{1,40}?['’]s\s+)?",
                                             text[t1:after[0].span[0]]):
            # ("Z, which fought Y, was formed by ...": the auxiliary has no subject, the participle has)
            aux = re.match(r"(?:was|were|had\s+been|has\s+been)\s+", text[t0:t1], re.I)
            span = _subject_span(doc, t0, sent) or (_subject_span(doc, t0 + aux.end(), sent) if aux else None)
            subj = _in_subject(before, span, text) or before[-1:]
            for one in _coordinated(after, text, after[0])[:6]:
                # (a product the resolver took for a person is still one: persons are not "formed")
                if _named_org(one) and (_named_org(subj[0]) or subj[0].kind == "person"):
                    add(one, subj[0])
        return out
    if rule.shape == "founders":
        # "dissidents of Y formed X": Y right after the trigger, X after a founding verb
        if after and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
            new = next((m for m in after[1:] if _org(m) and _FOUNDED_AFTER.fullmatch(text, after[0].span[1], m.span[0])),
                       None)
            gap = _FOUNDED_AFTER.match(text, after[0].span[1], sent[1])
            if new is None and gap is not None and re.search(r"\b(?:formed|founded|set|created|launched|established|"
                                                            r"birth|produced|spawned|creation|formation)\b", gap.group(0)):
                new = _name_at(doc, gap.end(), sent[1], cands, new_group=True)
            if new is not None:
                add(new, after[0])
        return out
    if rule.shape == "pitted":
        # "clashes pitted X against Y"
        if len(after) >= 2 and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]) and re.fullmatch(
                r"\s+against\s+(?:the\s+)?", text[after[0].span[1]:after[1].span[0]]):
            add(after[0], after[1])
        return out
    if rule.shape == "symnext" and not partner and not (after and re.fullmatch(r"\s*(?:the\s+)?",
                                                                              text[t1:after[0].span[0]], re.I)):
        return out  # "attacks on X", "backed X": the group right after the trigger, nothing further on
    if rule.shape in ("sym", "symgroup") and rule.type == "alliance" and after and before:
        # "X fought alongside Y against Z", "X sided with Y against Z", "X and Y fought side by side against Z":
        # Z is the subject's rival (the annotation sets name no other)
        side = (_in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:])[0]
        if re.search(r"\bagainst\s+(?:the\s+)?$", text[t1:after[0].span[0]]):
            # (also "fighting alongside the Congolese army against the M23", the ally unnamed: no alliance with Z)
            enemy: ActorRef | None = after[0]
            after = after[1:]
            ally = None
        else:
            enemy = next((m for m in after[1:2] if _AGAINST.fullmatch(text, after[0].span[1], m.span[0])), None)
            ally = after[0]
        if enemy is not None and _named_org(enemy) and not _MODIFIER.match(text, enemy.span[1]):
            # every side fights Z: the coordinated subjects ("X and Y fought side by side against Z") and the ally
            # named before "against" ("X sided with Y against Z")
            sides = _coordinated([m for m in before if m.via != "coreference"] or before, text, side) \
                if side.via != "coreference" else [side]
            for i, one in enumerate(sides[:5]):  # "X and Y fought alongside the army against Z": X and Y are allies
                for other in sides[i + 1:5]:
                    if _named_org(one) and _named_org(other):
                        add(one, other)
            if ally is not None and _named_org(ally) and ally.sector not in _STATE_SECTORS:
                sides = [*sides, ally]  # (a state's army is no party: "alongside the Syrian Arab Army against Z")
            for one in sides:
                if (one is side or _named_org(one)) and (one.actor_id is None or one.actor_id != enemy.actor_id):
                    out.append(_Found("rivalry", one, enemy, (t0, t1), sent, 0.7))
    if rule.shape in ("sym", "symnext") and rule.type in ("rivalry", "merger") and len(after) >= 2 and \
            len(text[t1:after[0].span[0]]) <= 40 and re.fullmatch(r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?",
                                                                   text[after[0].span[1]:after[1].span[0]]) and \
            not any(m for m in before if re.fullmatch(r"\s*(?:\w+\s+)?", text[m.span[1]:t0])):
        # "the killing of a Y commander by X fighters": the agent after "by" is the other party
        add(after[1], after[0])
        return out
    if rule.shape == "sym" and rule.type == "rivalry" and re.match(r"[a-z]+ed\b", match.group(0), re.I) and \
            _PASSIVE_BEFORE.search(text, max(sent[0], t0 - 30), t0) and not _AGENT_AFTER.match(text, t1, sent[1]):
        return out  # "After P was killed in 2016, X chose Q": no one named killed him
    if rule.shape in ("sym", "symnext", "symgroup"):
        # "X and Y became Z's main rivals": each subject is Z's rival, not the other's
        owner = next((m for m in before if m.via != "coreference" and _RIVALS_OF.fullmatch(text, m.span[1], t0)), None)
        others = [m for m in before if owner is not None and m.span[1] <= owner.span[0] and m.via != "coreference"]
        if owner is not None and rule.type in ("rivalry", "alliance") and others and \
                _BECAME.fullmatch(text, others[-1].span[1], owner.span[0]):
            for one in _coordinated(others, text, others[-1])[:5]:
                add(one, owner)
            return out
        pair_after = len(after) >= 2 and re.fullmatch(r"\s*(?:and|,|,\s*and|&)\s*(?:the\s+)?(?:[A-Z][\w]*-(?:backed|led|based|"
                                                      r"aligned|linked|affiliated)\s+)?" + _OWNER,
                                                      text[after[0].span[1]:after[1].span[0]])
        between = re.search(r"\b(?:between|among|of)\s*$", match.group(0)) or \
            re.match(r"\s*(?:\w+\s+)?(?:between|among)\b", text[t1:t1 + 20])
        if between and after and _DESCRIBED_LIST.search(text, t1, after[0].span[0]):
            return out
        if between and pair_after:
            if rule.type in ("merger", "alliance"):
                # "the merger of X, Y and Z", "a coalition of X, Y and Z": every pair (a handful at most)
                listed = _coordinated(after, text, after[0])[:5]
                for i, one in enumerate(listed):
                    for other in listed[i + 1:]:
                        add(one, other)
            else:
                add(after[0], after[1])
            return out
        if rule.type == "merger" and re.search(r"\bof\s*$", match.group(0)) and len(after) >= 2 and re.fullmatch(
                r"\s+(?:into|with)\s+(?:the\s+)?", text[after[0].span[1]:after[1].span[0]]):
            add(after[0], after[1])  # "the integration of X into Y"
            return out
        if not before:
            # "clashes between X and Y" pairs the names after; "Police arrested members of X and Y" does not (the
            # subject of a verb like "arrested" went unnamed: no relation between its objects)
            if pair_after and not _TRANSITIVE_END.search(match.group(0).strip()):
                add(after[0], after[1])
            return out
        subj = _in_subject(before, _subject_span(doc, t0, sent), text)
        if rule.type == "rivalry" and not subj and unnamed_agent(doc, t0, sent, cands):
            return out  # "weeks after an Israeli strike killed P": no group did it
        anchor = _anchor(subj, before, after)
        if len(before) >= 2 and _possessor_of_trigger(before[-1], doc, text, t0, match) and \
                before[-1].text.lower() == "its" and before[-1].actor_id == before[-2].actor_id != anchor.actor_id and \
                _HELPED_IN_ITS.fullmatch(text, max(sent[0], before[-2].span[0] - 40), before[-2].span[0]) and \
                re.fullmatch(r"\s+in\s+", text[before[-2].span[1]:before[-1].span[0]]):
            anchor = before[-1]  # "X supplied weapons to Y in its fight against Z": the fight is Y's
        if anchor.via == "coreference" and anchor.text.lower() in ("they", "them") and \
                [m for m in before if m.via != "coreference"]:
            # "X and Y announced they had merged": the pronoun stands for the coordinated names before it
            anchor = [m for m in before if m.via != "coreference" and m.span[1] <= anchor.span[0]][-1:] or [anchor]
            anchor = anchor[0]
        group = _coordinated([m for m in before if m.via != "coreference"] or before, text, anchor)
        if rule.type == "rivalry" and len(group) >= 2 and _STATE_FOE.match(text, t1, sent[1]) and \
                _SUBJECT_VERB_GAP.fullmatch(text, group[-1].span[1], t0):
            # "X and Y clashed with the junta's forces", "X and Y fought the army": one side, against the state
            for i, one in enumerate(group[:5]):
                for other in group[i + 1:5]:
                    if _named_org(one) and _named_org(other):
                        add(one, other, round(rule.confidence * 0.9, 2), "alliance")
            return out
        if rule.shape == "symgroup" or (
                len(group) >= 2 and re.match(r"(?:joint|jointly|coordinated|combined)\b", match.group(0), re.I)):
            # "X and Y fighters jointly attacked a base", "X and Y cooperated": the partners are the subjects
            for i, one in enumerate(group[:5]):
                for other in group[i + 1:5]:
                    add(one, other)
            # "a joint offensive against Z": Z is the subject's rival (as with "X fought alongside Y against Z")
            enemy = next((m for m in after if _COMMON_ENEMY.fullmatch(text, t1, m.span[0])), None)
            if enemy is not None and rule.type == "alliance" and _named_org(enemy) and \
                    not _MODIFIER.match(text, enemy.span[1]):
                for one in group[:5]:  # each partner fights the common enemy
                    if one.actor_id != enemy.actor_id and _named_org(one):
                        out.append(_Found("rivalry", one, enemy, (t0, t1), sent, 0.7))
            return out
        # "X fought alongside Y" pairs subject and object; "X and Y merged" pairs the subjects
        objectful = re.search(r"\b(?:alongside|with|against|on|of|to|from|into|behind)\s*$", match.group(0).strip(),
                              re.I) or _TRANSITIVE_END.search(match.group(0).strip())
        product = rule.type == "merger" and after and re.fullmatch(
            r"\s*(?:an?|one)\s+(?:single|new|unified|united|joint|larger|bigger)\s+(?:[\w-]+\s+){0,2}?(?:(?:called|named|"
            r"known\s+as)\s+)?(?:the\s+)?", text[t1:after[0].span[0]], re.I)
        if after and _adjunct_object(doc, match.span(), after[0]):
            after = []  # "X attacked ships in the Red Sea in solidarity with Y": Y is no object of the attack
        elif after and (_LOCATIVE_END.search(text, t1, after[0].span[0]) and rule.type in ("rivalry", "alliance") or
                        rule.type == "rivalry" and _MODIFIED_OBJECT.search(text, t1, after[0].span[0])):
            # "killed dozens in Croix-des-Bouquets": a place, whatever the tagger took it for; "expelled two commanders
            # accused of links to Y": Y only describes the people expelled
            after = []
        # "X absorbed Y and Z", "X fought alongside Y and Z": each object named right after the trigger
        objects = _coordinated(after, text, after[0])[:5] if after and len(text[t1:after[0].span[0]]) <= 25 else after[:1]
        if objectful and not re.match(r"\s*(?:each\s+other|one\s+another)\b", text[t1:t1 + 20]) and not product:
            if after and len(text[t1:after[0].span[0]]) <= 80:
                for src in group:
                    for obj in objects:
                        add(src, obj)
                if rule.type == "merger" and re.match(r"(?:merg|fus|amalgamat|(?-i:unit)|unifi|join|combin|dissolv)",
                                                      match.group(0),
                                                      re.I):
                    # "X and Y merged with Z": all of them become one (not "reunited with", a return to Z, nor
                    # "X and Y were incorporated into Z", which may keep them apart inside Z)
                    for i, one in enumerate(group[:5]):
                        for other in group[i + 1:5]:
                            add(one, other)
            elif len(group) >= 2 and (rule.type == "merger" or (
                    re.match(r"(?:fought|battled|clashed)\b", match.group(0)) and
                    not re.search(r"\b(?:with|against|on|alongside)\s*$", match.group(0)))):
                # "X and Y fought a turf war" (not "X and Y clashed with <someone unnamed>": they are on one side)
                # "X and Y were consolidated into a single command": no object, the subjects merge
                for i, one in enumerate(group[:5]):
                    for other in group[i + 1:5]:
                        add(one, other)
            return out
        if len(group) >= 2:
            # "X, Y and Z launched the operation together": every pair (a handful at most)
            for i, one in enumerate(group[:5]):
                for other in group[i + 1:5]:
                    add(one, other)
            return out
        if after and len(text[t1:after[0].span[0]]) <= 80:
            for src in group:
                for obj in objects:
                    add(src, obj)
        return out
    if rule.shape == "passive":
        # "X were driven out of Tripoli by Y", "X has been hunted down by Y's security service": the agent after
        # "by" (or its owner) is the rival
        agent = next((m for m in named_after if re.search(r"\bby\s+(?:the\s+)?$", text[t1:m.span[0]]) and
                      len(text[t1:m.span[0]]) <= 60), None)
        subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
        if agent is not None and subj:
            add(subj[0], agent)
        return out
    if rule.shape == "special":
        return out
    if rule.shape == "next" and (not after or not re.fullmatch(r"\s*(?:the\s+)?(?:[^,;]{1,40}?['’]s\s+)?",
                                                               text[t1:after[0].span[0]], re.I)):
        return out
    # svo
    # "part of the al-Qaeda-linked JNIM": a name bound to the next one by "-linked" only modifies it
    while len(after) >= 2 and re.match(r"[-‐](?:linked|affiliated|aligned|allied|backed|inspired)\b",
                                       text[after[0].span[1]:after[0].span[1] + 12]):
        after = after[1:]
    # "left X and formed Y", "split from X, calling itself Y": the splinter is the new name, not the people who
    # left (who need not be named)
    relative = bool(re.search(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?$", text[sent[0]:t0]))
    new = _split_new_name(doc, after[0], cands, sent, relative) if rule.type == "split" and after else None
    if new is not None and len(text[t1:after[0].span[0]]) <= 40:
        add(new, after[0])
        return out
    if not before and len(after) >= 2 and _FRONTED.fullmatch(text, sent[0], t0) and \
            re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
        # "After breaking with al-Qaeda, Jabhat Fateh al-Sham rebranded": the subject follows the fronted clause
        main = next((m for m in after[1:] if m.via != "coreference" and
                     re.fullmatch(r"[^,;]{0,40},\s*(?:the\s+)?", text[after[0].span[1]:m.span[0]])), None)
        if main is not None and _named_org(main):
            add(main, after[0])
        return out
    inside = [m for m in cands if t0 < m.span[0] and m.span[1] < t1 and re.search(r"\bof\s+(?:the\s+)?$", text[t0:m.span[0]])]
    if rule.type == "split" and inside and after and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
        add(inside[0], after[0])  # "the exit of X from Y": X split from Y
        return out
    if not before or not after:
        return out
    subj = _in_subject(before, _subject_span(doc, t0, sent), text)
    anchor = _anchor(subj, before, after)
    if len(text[t1:after[0].span[0]]) > 80:
        return out
    if rule.type in ("split", "pledge") and re.search(r"\s(?:and|but)\s+(?:then\s+|later\s+)?[a-z]+(?:ed|ent)\b",
                                                     text[t1:after[0].span[0]]):
        return out  # "renounced its allegiance to the parent group and went over to Y": Y is the next verb's object
    sources = _coordinated(before, text, anchor)
    if _possessor_of_trigger(before[-1], doc, text, t0, match):
        sources = [before[-1]]  # "X quit Y in protest at its break with Z": the break is Y's
    elif re.match(r"(?:an?|the)\s", match.group(0), re.I) and (named := [
            m for m in before if not (m.via == "coreference" and m.text.lower() in ("itself", "themselves"))]) and \
            _named_org(named[-1]) and _APPOSED.fullmatch(text, named[-1].span[1], t0):
        sources = named[-1:]  # "Z was born of X and Y, itself a breakaway from W": Y split from W
    if rule.type == "split":
        # "founded by fighters who broke with X": the group founded is the splinter
        founded = _FOUNDED_BY.search(text, max(sent[0], anchor.span[0] - 60), anchor.span[0] + 1)
        if founded is not None:
            founder = [m for m in cands if m.span[1] <= founded.start() and _org(m)]
            if founder:
                sources = founder[-1:]
    for src in sources:
        add(src, after[0])
    if rule.type == "affiliation":
        # "X belongs to Y together with Z and W": the names after "together with" are members of Y too
        co = _CO_MEMBERS.match(text, after[0].span[1], sent[1])
        nxt = [m for m in after[1:] if co is not None and m.span[0] == co.end()]
        for member in _coordinated(after[1:], text, nxt[0])[:5] if nxt else []:
            add(member, after[0])
    return out


def _follower_group(m: ActorRef, cands: list[ActorRef], text: str) -> ActorRef | None:
    """The group a person stands for as its followers' leader ("X fighters loyal to P": X), None when the sentence
    names none ("fighters loyal to P", "P's faction"); any other mention as it is."""
    if m.kind != "person":
        return m
    before = _FOLLOWERS_BEFORE.search(text, max(0, m.span[0] - 25), m.span[0])
    if before is None:
        return None if _FOLLOWERS_AFTER.match(text, m.span[1]) else m
    group = next((c for c in cands if c.kind != "person" and _FIGHTERS_OF.fullmatch(text, c.span[1], before.start())),
                 None)
    return group


# "Y's jailed leader P", "the Y founder P": a person named through the group he leads
_LEADER_OF_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:leader|founder|chief|emir|amir|commander|head|"
                               r"spokesman)\s+$", re.I)
# "the UPC of Ali Darassa", "the NSCN-IM of Isak Chishi Swu and Thuingaleng Muivah": the group its leaders are named by
_LED_BY_OF = re.compile(r"\s+of\s+(?:(?:[A-Z][\w'’.-]*\s+){1,4}?and\s+)?")
# a person inside a group's appositive, which closes right after him: "X, the group founded by P, ...", "X, P's old
# unit, ..."
_APPOSITIVE_OPEN = re.compile(r"\s*,\s+(?:(?:an?|the|its)\s+)?[^,;()]{0,70}")
_APPOSITIVE_CLOSE = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,")


def _group_for_person(m: ActorRef, cands: list[ActorRef], text: str) -> ActorRef:
    """The group a relation between groups means where the parse offers a person: the group he leads, named by its
    possessive ("broke with Y's jailed leader P": Y) or by "of" ("the UPC of P"), or the group whose appositive he
    stands in ("X, the group founded by P, raided ... jointly with Y": X); else the person (round 15)."""
    if m.kind != "person":
        return m
    owner = next((c for c in reversed(cands) if c.span[1] <= m.span[0] and _named_org(c) and
                  (_LEADER_OF_BEFORE.fullmatch(text, c.span[1], m.span[0]) or
                   _LED_BY_OF.fullmatch(text, c.span[1], m.span[0]))), None)
    if owner is not None:
        return owner
    head = next((c for c in reversed(cands) if c.span[1] <= m.span[0] and c.via != "coreference" and
                 (_named_org(c) or c.kind == "organisation")), None)
    if head is not None and _APPOSITIVE_OPEN.fullmatch(text, head.span[1], m.span[0]) and \
            _APPOSITIVE_CLOSE.match(text, m.span[1]) and \
            not any(head.span[1] <= c.span[0] and c.span[1] <= m.span[0] and _named_org(c) for c in cands):
        return head
    return m


def _possessor_of_trigger(m: ActorRef, doc: Doc, text: str, t0: int, match: re.Match[str]) -> bool:
    """'its' or 'their' (resolved by coreference) owning a noun trigger right after it: "in its fight against Z",
    "at its break with Z": the trigger's subject is the group the pronoun stands for."""
    tok = _token_at(doc, t0)
    return m.via == "coreference" and m.text.lower() in ("its", "their") and \
        _POSSESSED_TRIGGER.fullmatch(text, m.span[1], t0) is not None and match.group(0)[:1].isalpha() and \
        tok is not None and tok.pos_ == "NOUN"


# a clause fronted before the main one: "After breaking with X, ...", "Having pledged allegiance to X, ..."
_FRONTED = re.compile(r"\s*(?:(?:In|By|Since)\s+\d{4}\s*,?\s*)?(?:After|Since|Before|Following|Upon|On|Having|While|When)?"
                      r"\s*(?:having\s+)?(?:\w+ly\s+)?", re.I)


_LEADER_WORDS = re.compile(r"\b(?:leader|leadership|emir|amir|caliph|chief|head|commander)s?\b", re.I)
_PROVINCE_NAME = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah|Branch)\b")  # capitalised: a name
# "the Balochistan Liberation Army's Majeed Brigade": a unit named after a possessive belongs to its owner
_UNIT_NAME = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah|Branch|Brigades?|Battalions?|Division|Regiment|Wing|"
                        r"Unit|Corps|Legion|Squad|Faction|Front|Cell|Sector|Katiba|Katibat|Kataib|Kata'ib|Liwa|Saraya|"
                        r"Frente)\b|\s(?:faction|wing|brigade|battalion|unit|cell)$")
# unit names that a leader's or a state's possessive may also open ("Goukouni Oueddei's People's Armed Forces"): only
# after a group's name
_GROUP_UNIT_NAME = re.compile(r"\b(?:Armed\s+Forces|Office)\b")
_OFFICE_AFTER = re.compile(r"\s+office\b")
_UNIT_NOUN_END = re.compile(r"\s(?:faction|wing|brigade|battalion|unit|cell)$")


# a lower-case unit noun after a name: "the Sinaloa cartel's Los Chapitos faction", "the STC's Security Belt forces"
_UNIT_NOUN_AFTER = re.compile(r"\s+(?:faction|wing|forces|units?|militias?|cells?|brigades?|battalions?)\b")
# between a named part and its group: "the Bakura faction of Boko Haram", "the South Armagh Brigade of the IRA"
_PART_OF = re.compile(r"\s+(?:faction|wing|brigade|battalion|unit|cell|sector|office)\s+(?:of|in|within)\s+(?:the\s+)?")
_NAMED_PART_OF = re.compile(r"\s+(?:of|in|within)\s+(?:the\s+)?")


def _possessive_provinces(text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'the Islamic State's Sinai Province': the province (or branch) named after a possessive belongs to it."""
    out: list[_Found] = []
    for owner, named in zip(cands, cands[1:]):
        gap = text[owner.span[1]:named.span[0]]
        if re.fullmatch(r"['’]s\s+(?:(?:elite|feared|notorious|special|so-called|own|new|main)\s+)?", gap) and (
                _UNIT_NAME.search(named.text) or (
                _UNIT_NOUN_AFTER.match(text, named.span[1]) and named.kind != "person")) and \
                _is_name(_UNIT_NOUN_END.sub("", re.sub(r"\b\d+(?:st|nd|rd|th)?\b", "", named.text))) and \
                _org(owner) and _org(named) and "state" not in (owner.kind, named.kind) and \
                (owner.actor_id != named.actor_id or _folded_unit(named, owner) and
                 normalise_group_name(owner.text) == normalise_group_name(owner.name or "")):
            out.append(_Found("affiliation", named, owner, (owner.span[1], named.span[0]), sent, 0.7))
        elif re.fullmatch(r"['’]s\s+", gap) and (_GROUP_UNIT_NAME.search(named.text) or _OFFICE_AFTER.match(
                text, named.span[1])) and _is_name(named.text) and \
                _group_like(owner) and _org(named) and named.kind not in ("person", "state") and \
                owner.actor_id != named.actor_id:  # (a capital opens the name of an office where it sits: "Doha")
            out.append(_Found("affiliation", named, owner, (owner.span[1], named.span[0]), sent, 0.7))
    return out


# an Arabic article opening a name ("al-Mourabitoun"); after a first name it is a person's ("Muqtada al-Sadr")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|Al|El|ad|ash|as|at|an|ar)-\w")


def _group_like(m: ActorRef) -> bool:
    """An armed group or organisation the knowledge base knows, or an unknown name with a group's head word or
    opening with an Arabic article: not a leader's name the resolver took for an organisation ("Minni Minawi",
    "Muqtada al-Sadr")."""
    if not _org(m) or m.kind in ("state", "person", "place") or m.via == "coreference":
        return False
    if m.kind in ("armed_group", "organisation") and not m.provisional and m.actor_id is not None:
        return True
    return bool(set(m.text.split()) & _GROUP_HEAD_WORDS or _ARABIC_ARTICLE.match(m.text))


_GROUP_HEAD_WORDS = frozenset(GROUP_HEADS)


def parts_of(text: str, sent: tuple[int, int], base: list[ActorRef]) -> list[_Found]:
    """'the Bakura faction of Boko Haram', 'the South Armagh Brigade of the Provisional IRA': a named part (a
    lower-case part noun after the name, or a unit word ending it) belongs to the group after 'of'. Not "the armed
    wing of X" (no name) nor a place ("the Yemen faction of X"). `base`: the sentence's own mentions and names, before
    member phrases ("the Chapitos faction of the Sinaloa Cartel") take their place."""
    by_start = {c.span[0]: c for c in base}
    out: list[_Found] = []
    for named in base:
        if not (sent[0] <= named.span[0] and _org(named)) or named.kind in ("person", "state") or \
                named.via in ("coreference", "member-of", "descriptor") or not _is_name(named.text):
            continue
        gap = _PART_OF.match(text, named.span[1], sent[1]) or (
            _NAMED_PART_OF.match(text, named.span[1], sent[1]) if _UNIT_NAME.search(named.text) else None)
        owner = by_start.get(gap.end()) if gap else None
        if owner is None or not _group_like(owner) or owner.actor_id == named.actor_id and not \
                _folded_unit(named, owner):
            continue
        if persons_part(named.text):
            continue  # "Isnilon Hapilon's faction of the Abu Sayyaf": the group itself, told by its leader's part
        out.append(_Found("affiliation", named, owner, (named.span[1], owner.span[0]), sent, 0.7))
    return out


# "took over", "succeeded", "became": the appointee is the subject, no one names him
_SELF_TRIGGER = re.compile(r"(?:t(?:ook|akes|aking)(?:\s+over)?|succeed\w*|bec(?:ame|omes|ome))\b", re.I)
# "P was named", "P has been appointed": the appointee before a passive
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$", re.I)
# after the trigger: "as the new emir of", "leader of all", "Q as leader of" (succeeded Q), "to lead"
_ROLE_ADJ = (r"(?:(?:new|first|top|overall|supreme|interim|acting|de\s+facto|military|regional|senior|chief|general|"
             r"sole)\s+){0,2}")
_ROLE = (r"(?:governor|wali|emir|amir|leader|head|helm|chief|commander|spokesman|deputy\s+leader|caliph|"
         r"secretary[\s-]general)")
_ROLE_OF = re.compile(r"\s+(?:(?:(?:[A-Z][\w'’-]*\s+){1,5}as\s+|as\s+)?(?:(?:the|its|their|his)\s+)?" + _ROLE_ADJ +
                      _ROLE + r"\s+(?:of|for|over)|(?:[A-Z][\w'’-]*\s+){0,5}at\s+the\s+(?:head|helm)\s+of|"
                      r"to\s+(?:lead|head|command))\s+(?:the\s+)?(?:all\s+(?:the\s+)?)?", re.I)
# the group before its role: "was appointed al-Shabaab's deputy leader", "became the TTP's emir"
_ROLE_BEFORE = re.compile(r"\s+(?:as\s+)?(?:the\s+)?$", re.I)
_ROLE_AFTER = re.compile(r"['’]s\s+" + _ROLE_ADJ + _ROLE + r"\b", re.I)
# the helped group before "in its fight against Z": "supplied weapons to Y", "backed Y", "helped the Y"
_HELPED_IN_ITS = re.compile(r".*\b(?:to|helped|helps|help|helping|backed|backs|backing|supported|supports|supporting|"
                            r"armed|arms|arming|aided|aids|aiding|assisted|assists|assisting)\s+(?:the\s+)?", re.I)
# between a group and a symmetric trigger: "Z's main rivals", "Z's closest allies"
_RIVALS_OF = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
# ... and between the subjects and that group: "X and Y became", "X and Y are now", "X and Y have long been"
_BECAME = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+|long\s+|now\s+)?(?:became|become|becomes|been|"
                     r"are|were|is|was|remain(?:ed|s)?|turned\s+into)\s+(?:now\s+|since\s+\d{4}\s+)?(?:the\s+)?")
_BY_AGENT = re.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?$", re.I)


def _appointed_self(match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                    parent_of: dict[tuple[int, int], ActorRef] | None = None) -> _Found | None:
    """'P was named leader of Y (by Z)', 'P was appointed emir by Y', 'P took over as top commander of Y', 'P
    succeeded Q as leader of Y', 'P became the new emir of Y': the appointee is the subject, Y the group."""
    text = doc_text(doc)
    t0, t1 = match.span()
    passive = _PASSIVE_BEFORE.search(text, sent[0], t0)
    if passive is None and not _SELF_TRIGGER.match(match.group(0)):
        return None
    lead = passive.start() if passive is not None else t0
    # the appointee: the name right before the verb (or its passive), a person or an unknown name
    person = next((m for m in reversed(cands) if m.span[1] <= lead and m.via != "member-of" and
                   re.fullmatch(r"\s*(?:,\s*(?:who\s+)?|who\s+)?", text[m.span[1]:lead])), None)
    if person is None or person.kind not in ("person", None):
        # "P, a former TTP commander, was named ...": the subject by the parse
        person = next(iter(_in_subject([m for m in cands if m.span[1] <= lead], _subject_span(doc, t0, sent), text)),
                      person)
    if person is None or person.via in ("coreference", "member-of", "descriptor") or not (
            person.kind == "person" or (person.provisional and person.kind != "state" and person.kind != "place")):
        return None
    group: ActorRef | None = None
    role = _ROLE_OF.match(text, t1, sent[1])
    if role is not None:
        # ("top commander of al-Shabaab" is a member phrase too: its group is the name at the end)
        named = [parent_of[m.span] if parent_of and m.span in parent_of and m.span[0] < role.end() else m
                 for m in cands]
        group = next((m for m in named if m.span[0] == role.end() and _org(m) and m.kind != "state"), None)
    else:
        # ("the TTP's emir" is a member phrase too: its group is the possessor)
        owners = [parent_of[m.span] if parent_of and m.span in parent_of else m for m in cands]
        group = next((m for m in owners if t1 <= m.span[0] < sent[1] and _ROLE_BEFORE.fullmatch(text, t1, m.span[0])
                      and _ROLE_AFTER.match(text, m.span[1]) and _org(m) and m.kind != "state"), None)
    # a governor of a province is named by the group that holds it: "P was named governor of the Khorasan Province by
    # the Islamic State" (the group named, not the province)
    governs = role is not None and group is not None and re.search(r"\b(?:governor|wali)\b", role.group(0), re.I) and \
        _PROVINCE_NAME.search(group.text)
    if (group is None or governs) and passive is not None:
        # "P was appointed emir by the Islamic State": the agent after "by"
        by = next((m for m in cands if m.span[0] >= t1 and _BY_AGENT.fullmatch(text, t1, m.span[0])), None)
        if by is not None and _org(by) and by.kind != "state" and by.via != "coreference" and \
                (role is not None or APPOINT_ROLE.search(text, t1, by.span[0])):
            group = by
    if group is None or group.via == "coreference":
        return None
    return _Found("appoint", person, group, (t0, t1), sent, 0.75)


def _leader_group(m: ActorRef) -> ActorRef | None:
    """A known leader's mention standing for the group the knowledge base says he belongs to ("al-Zawahiri accepted
    the pledge": al-Qaeda accepted it), or None."""
    if m.kind != "person" or m.provisional or m.actor_id is None:
        return None
    from newsevents.kb import get_kb

    kb = get_kb()
    person = kb.get(m.actor_id)
    group = kb.get(person.member_of) if person is not None and person.member_of else None
    if group is None or group.kind not in ("armed_group", "organisation"):
        return None
    return dataclasses.replace(m, actor_id=group.id, name=group.name, kind=group.kind, sector=group.sector,
                               via="leader-of")


# "the pledge of X", "X's pledge": the pledger before a passive "was accepted by Y"
_PLEDGE_OF = re.compile(r"\b(?:pledge|oath|bay['’]?a\w*|allegiance)s?\s+(?:of\s+allegiance\s+)?(?:of|from)\s+(?:the\s+)?$", re.I)


def _accepted_by(match: re.Match[str], text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'The pledge of X was accepted by Y', 'X's oath was welcomed by Y': Y accepts X."""
    t0, t1 = match.span()
    by = next((m for m in cands if m.span[0] >= t1 and re.fullmatch(r"\s*(?:the\s+)?", text[t1:m.span[0]])), None)
    by = _leader_group(by) or by if by is not None else None
    pledger = next((m for m in reversed(cands) if m.span[1] <= t0 and _org(m) and m.kind != "state" and (
        _PLEDGE_OF.search(text, sent[0], m.span[0]) or
        re.fullmatch(r"['’]s\s+(?:\w+\s+)?(?:pledge|oath|bay['’]?a\w*|allegiance)s?\b.*", text[m.span[1]:t0], re.I))),
        None)
    if by is None or pledger is None or not _org(by) or by.kind == "state" or by.actor_id == pledger.actor_id:
        return []
    return [_Found("accept", by, pledger, (t0, t1), sent, 0.75)]


# the pledge an acceptor takes, told by a determiner: "accepted the oath", "welcomed its bay'ah", "acknowledged the
# pledge"
_PLEDGE_TAKEN = re.compile(r"\b(?:your|their|the|its|his|this|these|that)\s+(?:\w+\s+){0,2}?(?:pledge|allegiance|bay|"
                           r"oath|fealty|loyalty)", re.I)


def _accept_appoint(rule: Rule, match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                    prior: list[ActorRef], found: list[_Found],
                    parent_of: dict[tuple[int, int], ActorRef] | None = None) -> list[_Found]:
    """'X accepted the pledge of Y' and 'X named Z governor of ...': the acceptor/appointer may be a pronoun."""
    text = doc_text(doc)
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0 and _org(m)]
    after = [m for m in cands if m.span[0] >= t1]
    if rule.type == "appoint" and (_SELF_TRIGGER.match(match.group(0)) or _PASSIVE_BEFORE.search(text, sent[0], t0)):
        # told from the appointee's side: "P was named leader of Y (by Z)", "P took over as emir of Y"
        own = _appointed_self(match, doc, sent, cands, parent_of)
        if own is not None or _SELF_TRIGGER.match(match.group(0)):
            return [own] if own is not None and own.source.actor_id != own.target.actor_id else []
    if rule.type == "accept" and re.match(r"(?:was|were|been)\b", match.group(0), re.I):
        return _accepted_by(match, text, sent, cands)
    subj_span = _subject_span(doc, t0, sent)
    subj = _in_subject(before, subj_span, text)
    if not subj:
        # "Ayman al-Zawahiri accepted the pledge of al-Shabaab": a known leader acts for his group
        leaders = [_leader_group(m) for m in _in_subject([m for m in cands if m.span[1] <= t0], subj_span, text)]
        subj = [g for g in leaders if g is not None][:1]
    acting = subj[0] if subj else (before[-1] if before else None)
    if acting is None:
        acting = next((m for m in reversed(prior) if _org(m) and m.kind in ("armed_group", "organisation", None)
                       and not m.provisional), None)
    if acting is None:
        return []
    out: list[_Found] = []
    if rule.type == "accept":
        inside = [m for m in cands if t0 < m.span[0] and m.span[1] <= t1 and _org(m) and m not in before]
        # (session 15: a name after a clause break, or the acceptor itself, is no pledger: "once the Islamic State had
        # accepted the oath, the group renamed itself ...")
        named = inside[:1] or [m for m in after if _org(m) and len(text[t1:m.span[0]]) <= 40][:1]
        if named and not inside and (re.search(r"[,;:]", text[t1:named[0].span[0]]) or
                                     named[0].actor_id == acting.actor_id):
            named = []
        pledgers: list[ActorRef] = named[:1]
        poss = _PLEDGE_TAKEN.search(match.group(0))
        if not pledgers and poss:
            # "X swore allegiance to the Islamic State, which accepted the oath", "X pledged to al-Baghdadi; the
            # Islamic State accepted the oath": the pledge told last before, to the acceptor or to its known leader
            # (its pledgers: "X and Y pledged ..."), not every earlier one of the document
            pledges = [f for f in found if f.type == "pledge" and f.trigger[0] < t0 and acting.actor_id in (
                f.target.actor_id, getattr(_leader_group(f.target), "actor_id", None))]
            last = max((f.trigger for f in pledges), default=None)
            pledgers = [f.source for f in pledges if f.trigger == last]
        for p in dict.fromkeys(pledgers):
            if p.actor_id != acting.actor_id:
                out.append(_Found("accept", acting, p, (t0, t1), sent, rule.confidence))
        return out
    # appoint: the appointee follows the verb, a role word follows the appointee
    if not after:
        return out
    appointee = after[0]
    gap = text[t1:appointee.span[0]]
    tail = text[appointee.span[1]:min(sent[1], appointee.span[1] + 40)]
    if len(gap) > 12 or not APPOINT_ROLE.search(tail):
        if not (re.match(r"\s*(?:as\s+)?(?:its|the)\s+(?:new\s+)?", text[t1:t1 + 20]) and
                APPOINT_ROLE.search(text[t1:t1 + 40])):
            return out
    passive = re.search(r"\b(?:was|were|been|is|has\s+been)\s+$", text[max(sent[0], t0 - 12):t0])
    if passive:
        boss = next((m for m in after[1:] if _org(m)), None)
        if boss is not None and before:
            out.append(_Found("appoint", before[-1], boss, (t0, t1), sent, rule.confidence))
        return out
    if appointee.actor_id != acting.actor_id:
        out.append(_Found("appoint", appointee, acting, (t0, t1), sent, rule.confidence))
    return out


def _intransitive_split(match: re.Match[str], sent: tuple[int, int], cands: list[ActorRef],
                        found: list[_Found], members: list[_Member]) -> list[_Found]:
    """'Thus the IK splits': the member of the group that just pledged elsewhere breaks away from it."""
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0 and _org(m)]
    if not before:
        return []
    group = before[-1]
    out = []
    for f in found:
        if not 0 <= sent[0] - f.sentence[1] <= 3:
            continue  # only the pledge told just before ("... sworn allegiance to ISIL. Thus the IK splits")
        if f.type in ("pledge", "affiliation") and f.target.actor_id != group.actor_id:
            parent = next((mb.parent for mb in members if mb.ref.span == f.source.span), None)
            if parent is not None and parent.actor_id == group.actor_id:
                out.append(_Found("split", f.source, group, (t0, t1), sent, 0.6))
    return out
