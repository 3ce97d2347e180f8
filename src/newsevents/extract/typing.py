"""Event triggers in a sentence: which words report an event, of which PLOVER type, mode and ACLED type."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsevents.extract import casualties, modes, ontology
from newsevents.extract.ontology import (
    TriggerEntry, trigger, TRIGGER_VERBS, TRIGGER_NOUNS, CASUALTY_VERBS, FUTURE, MODAL_AUX, MODE_PRIORITY,
    PEOPLE_SECTORS, STATE_FORCE_SECTORS, TACTIC_MODES, THREAT_WORDS, VIOLENT_LEMMAS,
)
from newsevents.extract.typing_acled import acled_for, protest_cleared
from newsevents.extract.typing_background import (
    BACKGROUND_TYPES, main_clause, not_yet, object_of_act, only_empowered, own_news, part_of_arrest, place_of,
    self_dispersed, talks_as_setting, told_below,
)
from newsevents.extract.typing_concede import (
    MEET_VERBS, PLEDGE_VERBS, REVERSAL_NOUNS, REVERSAL_VERBS, concession_noun, concession_verb, demand_granted,
)
from newsevents.extract.typing_diplomatic import crimes_found, ultimatum
from newsevents.extract.typing_digest import NOUNS as DIGEST_NOUNS, VERBS as DIGEST_VERBS, announced_dissolution, \
    digest_noun, digest_verb
from newsevents.extract.typing_force import doer_verb, protest_under_fire
from newsevents.extract.typing_nominal import NOUNS as NOMINAL_NOUNS, document_release, nominal_event
from newsevents.extract.typing_protest import GATE as PROTEST_GATE, protest_fast, protest_presence
from newsevents.extract.typing_moves import MOVE_LEMMAS, blockade_noun, move_verb
from newsevents.extract.typing_territory import assault_of_capture, fight_of_capture, former_holder, toll_of_capture
from newsevents.extract.typing_weapons import (
    CARRY_OFF_VERBS, CHEMICAL_HARM, GRAB_VERBS, LEAD_OFF_VERBS, CRASH_VERBS, MINE_VERBS, SET_OFF_VERBS, SWEEP_VERBS,
    THROW_VERBS, arrests_with_weapons, forced_disappearance, one_incident, weapon_verb,
)
from newsevents.extract.typing_mentions import (
    charge_of_verdict, feared, figurative_prose, incident_mention, sporting, subject_of_work,
)
from newsevents.extract.typing_context import (
    aim_only, alleged_act, characterisation, commentary, content_of_speech, describes_person, earlier_clause,
    earlier_event, ended_or_wanted, first_time, generic_use, grievance, habitual_clause, in_quote, in_series, mishap,
    mishap_subject, question, reference_back, remembered, requested_or_denied, specific_time, token_table,
    unconfirmed, upcoming,
)
from newsevents.extract.typing_words import (
    BLAST_VERBS, CROWD_WORDS, IMPACT_VERBS, PROTEST_DISPLAY, RETAKE_VERBS, armed_subject, noun_entry, verb_entry,
)
from newsevents.models import Acled, Count

__all__ = ["EventFrame", "analyse", "acled_for"]

log = logging.getLogger(__name__)

RULES = "typing.rules/0.1"
CLASSIFIER = "typing.classifier/0.1"


@dataclass(frozen=True)
class EventFrame:
    """One event mention in a sentence: its trigger, type, mode(s), ACLED/CAMEO codes and counts."""

    trigger: Token
    trigger_span: tuple[int, int]
    event_type: str
    mode: str | None
    modes: tuple[str, ...]
    acled: Acled | None
    cameo_root: str | None
    counts: dict[str, Count]
    target_sector: str | None
    confidence: float
    extractor: str
    # named in passing as the cause, time or charge of another event of the sentence ('arrested over last
    # week's bombing'): an incident told by a follow-up report, not the sentence's own news
    mentioned: bool = False


@dataclass(frozen=True)
class _Candidate:
    tok: Token
    entry: TriggerEntry
    passing: bool = False  # an attack named in passing that reports one incident (typing_mentions)


def _threat_pattern(sent: Span) -> list[_Candidate]:
    """A first-person future act of violence, read from the words when the parse is broken:
    'We will, with the consent of Allah, free Chechnya'."""
    doc = sent.doc
    lemmas, lowers, _ = token_table(doc)
    start, end = sent.start, sent.end
    for i in range(start, end):
        if lowers[i] not in ("we", "i"):
            continue
        window = lowers[i + 1:min(i + 4, end)]
        future = any(w in FUTURE for w in window) or any(
            w == "going" and j + 1 < len(window) for j, w in enumerate(window))
        if not future:
            continue
        for k in range(i + 2, min(i + 14, end)):
            low = lowers[k]
            if lemmas[k] in THREAT_WORDS or low in THREAT_WORDS:
                mode = "territory" if low in ("free", "liberate", "conquer", "occupy", "take", "capture") \
                    else "violence"
                if low in ("send", "take") and not in_quote(doc[k]):
                    continue
                return [_Candidate(doc[k], trigger("THREATEN", mode, 0.65))]
    return []


# lemmas for which verb_entry can return an entry (the lexicon, threats, special constructions); any other
# verb is skipped without building its Token
_VERB_GATE = frozenset(TRIGGER_VERBS) | VIOLENT_LEMMAS | {"free", "send", "take", "destroy", "speak", "talk", "set",
                                                          "respond", "react", "answer",
                                                          "carry", "whisk", "bundle", "drag", "exchange", "hold",
                                                          "stage", "break", "grab", "abuse", "molest", "exploit",
                                                          "use", "spray", "drop", "unleash", "drive", "push",
                                                          "flush", "oust", "clear", "fall", "seal", "move", "rush",
                                                          "redeploy", "gather", "assemble", "relocate", "block",
                                                          "gather", "establish", "build", "open", "gain", "wrest",
                                                          "assume", "pull", "hand", "abandon", "leave", "evacuate",
                                                          "vacate", "arrive", "declare", "close", "shut",
                                                          "order", "dismantle", "suspend", "rally",
                                                          "walk", "cut", "go", "claim", "cost", "end", "terminate",
                                                          "scrap", "cancel", "revoke", "tear", "restore", "resume",
                                                          "normalise", "normalize", "reopen", "renew", "turn", "swap",
                                                          "trade", "pick", "find", "discover", "uncover", "unearth",
                                                          "lay", "put", "restrict", "disrupt", "force", "draft",
                                                          "conscript", "form", "create", "launch", "found", "down", "pour", "stream",
                                                          "come", "accept", "blacklist", "hurt",
                                                          "gas", "teargas", "teargasse", "scale", "roll",
                                                          "water", "offer", "extend", "proclaim", "stone", "switch",
                                                          "vote", "decide"} \
    | IMPACT_VERBS | REVERSAL_VERBS | PLEDGE_VERBS | MEET_VERBS | CHEMICAL_HARM | SWEEP_VERBS \
    | SET_OFF_VERBS | MOVE_LEMMAS | CARRY_OFF_VERBS | LEAD_OFF_VERBS | GRAB_VERBS | THROW_VERBS | CRASH_VERBS \
    | MINE_VERBS | PROTEST_DISPLAY | BLAST_VERBS | RETAKE_VERBS | PROTEST_GATE | DIGEST_VERBS
# the types whose words sport, business and the arts borrow ("a battle to survive", "warned of job cuts")
FIGURATIVE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
_NOUN_GATE = frozenset(TRIGGER_NOUNS) | {"fire", "call", "in", "exchange", "exercise", "drill", "patrol", "support",
                                        "formation", "creation", "term", "inquiry", "enquiry",
                                        "manoeuvre", "maneuver", "war-game", "wargame", "toll", "backing",
                                        "fast"} \
    | REVERSAL_NOUNS | DIGEST_NOUNS | NOMINAL_NOUNS  # "in" of a split "sit-in"


def _candidates(sent: Span) -> list[_Candidate]:
    """Every token in the sentence that reports an event, with its lexicon entry after context rules."""
    out = []
    accident: bool | None = None  # mishap(sent), computed when an ASSAULT word is found
    figurative: bool | None = None  # figurative_prose(sent), computed when a word of a violent type is found
    threat = _threat_pattern(sent)
    threat_ids = {c.tok.i for c in threat}
    out.extend(threat)
    doc = sent.doc
    lemmas, lowers, poses = token_table(doc)
    for i in range(sent.start, sent.end):
        pos = poses[i]
        if pos == "VERB" or pos == "ADJ":
            if lemmas[i] not in _VERB_GATE or i in threat_ids:
                continue
            tok = doc[i]
            if pos == "ADJ" and tok.tag_ != "VBN" and lemmas[i] not in DIGEST_VERBS:
                continue
            weapon = weapon_verb(tok)  # a weapon named with its harm: no accident ("their vehicle hit a mine")
            entry = (digest_verb(tok) if lemmas[i] in DIGEST_VERBS else None) or concession_verb(tok) or weapon \
                or move_verb(tok) or ultimatum(tok) or crimes_found(tok) or verb_entry(tok) or protest_presence(tok)
        elif pos == "NOUN" or pos == "PROPN":
            weapon = None
            if (lemmas[i] not in _NOUN_GATE and lowers[i] not in _NOUN_GATE) or i in threat_ids:
                continue
            tok = doc[i]
            entry = None if document_release(tok) else (
                digest_noun(tok) if lemmas[i] in DIGEST_NOUNS else None) or concession_noun(tok) \
                or blockade_noun(tok) or noun_entry(tok) or nominal_event(tok) or protest_fast(tok)
        else:
            continue
        if entry is None or self_dispersed(tok, entry):
            continue
        if entry.event_type == "ASSAULT" and accident is None:
            accident = mishap(sent)
        if entry.event_type in FIGURATIVE_TYPES and figurative is None:
            figurative = figurative_prose(sent)
        if figurative and entry.event_type in FIGURATIVE_TYPES:
            continue  # war words in sport, business or the arts ("fired the opening shots in a price war")
        if weapon is None and (accident and entry.event_type == "ASSAULT" or
                               entry.event_type != "AID" and mishap_subject(tok)):
            continue  # a disaster or vehicle as subject causes a mishap ("a truck overturned"; "aid trucks" deliver)
        passing = entry.event_type == "ASSAULT" and pos == "NOUN" and incident_mention(tok)
        if entry.event_type == "REQUEST" and demand_granted(tok):
            continue  # "accepted the demands of the doctors", "conceding to the demands of the protesters"
        if entry.event_type == "ASSAULT" and aim_only(tok):
            continue  # "a unified force to fight jihadist groups", "patrols to curb the kidnapping of seafarers"
        if generic_use(tok) or reference_back(tok) or question(tok) or habitual_clause(tok) or ended_or_wanted(tok):
            continue
        if feared(tok) or only_empowered(tok) or entry.event_type in BACKGROUND_TYPES and not_yet(tok) and not \
                announced_dissolution(tok) or subject_of_work(tok):
            continue  # "amid fears of an attack on the town": only feared; "powers to detain suspects": allowed; "a
            # documentary about the siege of Sarajevo": what a work tells
        if upcoming(tok) or unconfirmed(tok):
            continue  # "ahead of the opposition rally": still to come; "declined to comment on reports that ..."
        if entry.event_type not in ("ACCUSE", "SANCTION") and alleged_act(tok) and not specific_time(sent) \
                and not passing:
            continue  # "accused of ordering the killing of 32 people in 2004"; a day dates a fresh report
        if describes_person(tok):
            continue  # "lynched a man accused of blasphemy", "two men suspected of stealing a goat"
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and in_series(tok):
            continue  # "a string of deadly attacks targeting security forces": describes the series
        if entry.event_type == "RETREAT" and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in (
                "nsubj", "nsubjpass"):
            continue  # "soldiers retreating from Goma raped at least 102 women": who the doers were
        if entry.event_type not in ("REQUEST", "THREATEN") and requested_or_denied(tok):
            continue
        if tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN") and not (
                entry.mode == "crowd-control" and tok.i > 0 and doc[tok.i - 1].tag_ == "HYPH"):
            continue  # "burning buildings", "a wounded man"; not a hyphened verb parsed as one ("baton-charged")
        if tok.pos_ == "NOUN" and entry.event_type != "COOPERATE" and not passing and (
                content_of_speech(tok) or grievance(tok)):
            continue  # ("conducted joint patrols": a joint act carried out, not the content of a statement)
        if entry.event_type == "ASSAULT" and (remembered(tok) or sporting(tok)):
            continue
        comment = commentary(tok)  # (read once for both checks)
        if tok.pos_ == "NOUN" and (characterisation(tok) or comment) or first_time(tok):
            continue
        if comment and entry.event_type not in ("ACCUSE",) and not (
                tok.tag_ == "VBD" and (armed_subject(tok) or specific_time(sent))):
            continue  # an analyst's view, unless it tells a dated deed ("a report said soldiers raped ...")
        out.append(_Candidate(tok, entry, passing))
    out = _parts_of_others([c for c in out if not _part_of_other(c, out) and not _in_condition(c.tok)])
    verdicts = [c.tok for c in out if c.entry.event_type == "SANCTION" and c.entry.mode == "convict"]
    out = [c for c in out if not (c.entry.event_type == "ASSAULT" and any(
        charge_of_verdict(c.tok, v) for v in verdicts))]  # "sentenced two men for the killing of ...": the charge
    # an event noun that only dates another event of another type ("arrested after the attack") is background
    background = [c for c in out if earlier_event(c.tok) or earlier_clause(c.tok) or _earlier_gerund(c.tok)]
    # what happened inside the fighting before a place was taken is background too: "took the town after a battle
    # in which 12 soldiers were killed" (ACLED codes the dead with the territory event)
    if any(c.entry.event_type == "COERCE" and c.entry.mode == "seize" for c in out if c not in background):
        background += [c for c in out if c not in background and (
            c.tok.dep_ == "relcl" or c.tok.dep_ == "advcl" and any(
                w.dep_ == "prep" and any(g.tag_ == "WDT" for g in w.children) for w in c.tok.children)) and (
            earlier_event(c.tok.head) or _earlier_gerund(c.tok.head))]  # (a parse may hang "in which" as advcl)
        seized = {c.tok.i for c in out if c.entry.event_type == "COERCE" and c.entry.mode == "seize"}
        background += [c for c in out if c not in background and c.entry.event_type == "ASSAULT" and (
            fight_of_capture(c.tok, seized) or toll_of_capture(c.tok, seized) or assault_of_capture(c.tok, seized))]
        # "dislodged the rebels from the compound in fierce fighting", "after fighting that killed dozens"
    main_types = {c.entry.event_type for c in out if c not in background and main_clause(c.tok)}
    explained = [c for c in out if c not in background and not c.passing and
                 c.entry.event_type in BACKGROUND_TYPES and told_below(c.tok, main_types)]
    # one with its own toll or day is news told in passing ("appealed for blood for the 50 people wounded when a car
    # bomb exploded on Saturday", "met to discuss the attack that killed 12 soldiers on Monday"), not background
    attacks = {c.tok.i for c in explained if c.entry.event_type == "ASSAULT"}
    dated = attacks if attacks and own_news(sent) else set()  # (the sentence is read once, and only if needed)
    out = [replace(c, passing=True) if c.tok.i in dated else c for c in out]
    background += [replace(c, passing=True) if c.tok.i in dated else c for c in explained]
    told = {c.entry.event_type for c in out if c not in background}
    # an attack named in passing stays as an incident of its own ("arrested three men over last week's bombing
    # of a market"), marked as such; other background words are dropped when the sentence tells another type
    out = [replace(c, passing=c.passing and c in background and bool(told)) for c in out
           if c not in background or not (c.passing and _told_again(c, told)) and (
               c.passing or not told or told == {c.entry.event_type})]
    if any(c.entry.event_type == "COERCE" and c.entry.mode == "seize" and not c.passing for c in out):
        # "took over the town after a gunfight with police": ACLED codes the fight with the capture
        out = [c for c in out if not (c.passing and c.entry.event_type == "ASSAULT")]
    protest_ids = {c.tok.i for c in out if c.entry.event_type == "PROTEST"}
    # "went on strike, demanding that ...": a clause on the verb that holds the protest noun
    protest_verbs = {_governing_verb(c.tok).i for c in out if c.entry.event_type == "PROTEST" and c.tok.pos_ == "NOUN"}
    # "marched to reject the new provinces", "boycotted the sitting, refusing to take up their seats": an objection
    # told as the protest's purpose (not "protesters rejected the offer", a refusal of their own)
    out = [c for c in out if not (c.tok.pos_ == "VERB" and c.entry.event_type == "REJECT" and c.tok.dep_ in (
        "advcl", "xcomp") and c.tok.head.i in protest_ids)]
    # a protest's demands and objections are part of the protest (PLOVER codes protests making requests as
    # PROTEST): "gathered to demand justice", "rallied to oppose the bill"; so is what a crowd demands
    # ("a crowd demanding fuel subsidies")
    return [c for c in out if not (c.tok.pos_ == "VERB" and (
        c.entry.event_type == "REQUEST" or c.entry.event_type == "ACCUSE" and c.entry.mode == "disapprove") and (
        c.tok.head.i in protest_ids or c.tok.dep_ == "advcl" and c.tok.head.i in protest_verbs
        or c.tok.dep_ in ("acl", "relcl") and c.tok.head.lemma_.lower() in CROWD_WORDS
        # "chanted slogans calling on the government to ...", "held banners demanding ...": what the protest says
        or c.tok.dep_ in ("acl", "relcl") and c.tok.head.dep_ in ("dobj", "obj") and c.tok.head.head.i in protest_ids
        or any(s.dep_ == "nsubj" and s.lemma_.lower() in CROWD_WORDS for s in c.tok.children)))]


def _parts_of_others(out: list[_Candidate]) -> list[_Candidate]:
    """Drop words that only tell a part of another event of the sentence: what another act acts on ('reversed its
    ban'), the seizing of a person in an arrest ('arrested him, dragging him into a van'), and who held a place
    before it was retaken ('from rebels who had held it since May')."""
    verb_types = {c.tok.i: c.entry.event_type for c in out if c.tok.pos_ == "VERB"}
    out = [c for c in out if not object_of_act(c.tok, c.entry.event_type, verb_types)]
    arrests = {c.tok.i for c in out if c.entry.event_type == "COERCE" and c.entry.mode == "arrest"}
    out = [c for c in out if not (c.entry.mode == "abduct" and part_of_arrest(c.tok, arrests))]
    return [c for c in out if not (former_holder(c.tok) and any(o.tok.i != c.tok.i for o in out))]


def _told_again(cand: _Candidate, told: set[str]) -> bool:
    """'stabbed the victim and called the police after the attack': beside violence the sentence tells itself, an
    attack named as what was said or done after it is that violence again, not another incident."""
    return "ASSAULT" in told and (content_of_speech(cand.tok) or grievance(cand.tok))


def _governing_verb(tok: Token) -> Token:
    """The verb a noun hangs from ('went on strike', 'staged a sit-in'), or the noun itself."""
    t = tok
    for _ in range(3):
        if t.pos_ == "VERB" or t.head.i == t.i:
            break
        t = t.head
    return t if t.pos_ == "VERB" else tok


def _earlier_gerund(tok: Token) -> bool:
    """'retook the town after fighting in which 30 militiamen were killed': a gerund after 'after' or 'following'
    dates another event of the sentence, told as background (as earlier_event does for nouns)."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "following", "since")


SETTING_PREPS = frozenset({"in", "at", "during"})
# nouns whose infinitive tells what they are for ("help to fight the insurgents")
PURPOSE_NOUNS = frozenset({"help", "assistance", "aid", "support", "troop", "force", "reinforcement", "soldier",
                           "weapon", "fund", "money", "plan", "effort", "mandate"})
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "treaty"})
# what an act 'for' is only planned in: "a timetable for disarming", "a plan for withdrawing"
PLAN_NOUNS = frozenset({"timetable", "plan", "deadline", "roadmap", "schedule", "proposal", "framework", "mechanism"})
# a long campaign named as what is backed or praised: no one attack
CAMPAIGN_NOUNS = frozenset({"offensive", "campaign", "operation", "war", "fight", "crackdown", "struggle"})
BACKING_VERBS = frozenset({"back", "support", "endorse", "praise", "welcome", "hail", "applaud", "approve"})


def _in_condition(tok: Token) -> bool:
    """'... would attack the city if the talks failed': a word inside an 'if / unless' clause is a condition; so is
    one inside an 'until' clause of an act still to come ('would close the schools until the army withdrew')."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl":
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            return bool(marks & {"if", "unless"}) or bool(marks & {"until", "till"}) and any(
                c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in t.head.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _part_of_other(cand: _Candidate, cands: list[_Candidate]) -> bool:
    """Words that tell part of another event, not one of their own: the raids in which people were arrested
    ('detained 52 people in raids'), the talks or meeting where something else happened, a purpose ('deployed
    troops to help fight insurgents'), what a deal provides ('a surrender deal that lets fighters leave'), an
    attacker's motive ('attacked them, accusing them of ...')."""
    tok, t = cand.tok, cand.entry.event_type
    if t == "ASSAULT" and tok.lemma_.lower() == "raid" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and any(c.entry.mode == "arrest" and c.tok.is_ancestor(tok) for c in cands):
        return True
    if t in ("CONSULT", "AGREE") and tok.pos_ == "NOUN" and any(
            c.entry.event_type in ("REQUEST", "REJECT", "THREATEN", "CONCEDE") and c.tok.pos_ == "VERB"
            and c.tok.is_ancestor(tok) for c in cands):
        return True  # "urged the president to open talks", "turned down an invitation to talks": not held
    if t == "CONSULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
            tok.head.lower_ in ("despite", "amid", "before") or tok.head.lower_ == "of" and tok.head.head.lower_ in (
                "ahead", "spite")):
        return True  # "fighting continued despite peace talks", "ahead of talks": the talks only date the news
    if t == "CONSULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS and any(
            c.entry.event_type != "CONSULT" and c.tok.is_ancestor(tok) for c in cands):
        return True  # "agreed to a ceasefire at talks in Havana", "shells landed during a cabinet meeting"
    if t == "CONSULT" and talks_as_setting(tok, {c.tok.i for c in cands if c.entry.event_type != "CONSULT"}):
        return True  # "at the close of a round of negotiations", "an exchange mediated by the Emirates"
    motive_of = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "for") else tok.head
    if t == "ACCUSE" and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "pcomp") and any(
            c.entry.event_type == "ASSAULT" and c.tok.i == motive_of.i for c in cands):
        return True  # "attacked health workers, accusing them of spreading Ebola", "after accusing him of theft"
    purpose_of = tok.head.head if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else tok.head
    if t == "ASSAULT" and tok.pos_ == "VERB" and (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "help" and tok.head.dep_ in ("advcl", "xcomp")
            or tok.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and any(
                c.entry.event_type in ("MOBILIZE", "REQUEST", "AID") and c.tok.i == purpose_of.i for c in cands)):
        return True  # "deployed 1,000 soldiers to help fight insurgents", "requested military help to fight"
    if t == "ASSAULT" and tok.pos_ == "VERB" and tok.dep_ == "acl" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and (
            tok.head.lemma_.lower() in PURPOSE_NOUNS or any(
                c.tok.i == tok.head.i and c.entry.event_type in ("MOBILIZE", "REQUEST", "AID") for c in cands)):
        return True  # "military help to fight the insurgents", "a general mobilisation to fight the RSF"
    if t == "ASSAULT" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() == "join" \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children) and any(
            c.entry.event_type == "MOBILIZE" and c.tok.i == tok.head.head.i for c in cands):
        return True  # "fighters arrived in Tikrit to join the offensive": why they came
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "obj") and any(
            c.entry.event_type not in (t, "ACCUSE") and c.tok.i == tok.head.head.i for c in cands):
        return True  # "kidnappers freed the 27 students abducted from a school": who the freed were, told before
    if t in ("CONSULT", "PROTEST", "COOPERATE") and tok.pos_ == "NOUN" and any(
            c.entry.event_type == "ASSAULT" and (
                c.tok.pos_ == "VERB" and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.i == c.tok.i
                or tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "against", "into")
                and tok.head.head.i == c.tok.i or c.tok.pos_ == "VERB" and place_of(tok) == c.tok.i) for c in cands):
        # "gunmen attacked a meeting of elders", "a bomb exploded at a campaign rally", "the suicide attack on the
        # rally", "a vest was triggered near the stage of a rally": the target or the place
        return True
    if t != "THREATEN" and any(c.entry.event_type == "THREATEN" and c.tok.lemma_.lower() == "give"
                               and c.tok.is_ancestor(tok) for c in cands):
        return True  # "gave the rebels 48 hours to leave the town or face an assault": the ultimatum's terms
    if _aside_of_violence(cand, cands):
        return True
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in AGREEMENT_NOUNS:
        return True  # "a surrender deal", "a prisoner-exchange agreement": the deal is the event
    if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in PLAN_NOUNS:
        return True  # "a timetable for disarming the fighters": not yet done
    if t == "CONSULT" and tok.pos_ == "VERB" and any(
            c.entry.event_type in ("AGREE", "SUPPORT") and c.tok.pos_ == "VERB" and (
                c.tok.dep_ == "conj" and c.tok.head.i == tok.i or tok.dep_ == "conj" and tok.head.i == c.tok.i)
            for c in cands):
        return True  # "negotiators met in Istanbul and agreed to a swap": the meeting is the deal's setting
    if t == "ASSAULT" and tok.pos_ == "NOUN" and tok.lemma_.lower() in CAMPAIGN_NOUNS and tok.dep_ in ("dobj", "obj") \
            and tok.head.lemma_.lower() in BACKING_VERBS:
        return True  # "a declaration backing the government's offensive": a campaign backed, no one attack
    if tok.pos_ == "VERB" and any(a.dep_ in ("relcl", "acl") and a.head.lemma_.lower() in AGREEMENT_NOUNS
                                  for a in [tok, *list(tok.ancestors)[:2]]):
        return True  # "a deal that lets fighters leave": what was agreed, not yet done
    return False


# who commits the violence a sentence tells: their demands and accusations are part of the attack
ATTACKER_WORDS = frozenset({"gunman", "gunmen", "attacker", "assailant", "kidnapper", "abductor", "bandit", "raider",
                            "militant", "jihadist", "insurgent", "robber", "captor", "hijacker", "mob", "bomber"})
# who asks the public, or is asked, after an attack: an appeal that is no political request
PUBLIC_WORDS = frozenset({"resident", "public", "people", "citizen", "population", "calm", "restraint", "help",
                          "information", "witness", "villager", "survivor", "relative", "family", "motorist"})
_ASIDE_TYPES = frozenset({"REQUEST", "ACCUSE", "CONSULT"})


def _aside_of_violence(cand: _Candidate, cands: list[_Candidate]) -> bool:
    """Non-violent words inside violent news that are no event of their own: what attackers demand or accuse their
    victims of in the course of the attack ('gunmen demanded their identity cards before shooting three of them',
    'the kidnappers demanded a ransom'), and appeals to or by the public around it ('police urged residents to
    stay indoors after a gunman shot two people', 'residents called for help')."""
    tok = cand.tok
    if cand.entry.event_type not in _ASIDE_TYPES or tok.pos_ != "VERB" or not any(
            c.entry.event_type == "ASSAULT" and c.tok.i != tok.i for c in cands):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or (
        [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "conj" else [])
    if tok.dep_ in ("relcl", "acl") and not subjects:
        subjects = [tok.head]
    if not subjects and tok.dep_ in ("pcomp", "advcl"):  # "killed 14 people before withdrawing"
        verb = tok.head.head if tok.dep_ == "pcomp" else tok.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in ATTACKER_WORDS or s.lower_ in ATTACKER_WORDS for s in subjects):
        return True
    if cand.entry.event_type != "REQUEST":
        return False
    asked = [g for c in tok.children if c.dep_ in ("dobj", "obj", "prep", "xcomp", "ccomp")
             for g in (c, *[x for x in c.children if x.dep_ in ("pobj", "nsubj")])]
    return any(a.lemma_.lower() in PUBLIC_WORDS for a in asked) or any(
        s.lemma_.lower() in PUBLIC_WORDS for s in subjects)


# --- grouping, modes, counts ---------------------------------------------------------------------------


def _linked(a: Token, b: Token) -> bool:
    """Whether two ASSAULT words tell one event ('the attack that killed', 'killed in a blast', 'raising the toll
    from Friday's ambush')."""
    for x, y in ((a, b), (b, a)):
        if x.lemma_ == "toll" and y.dep_ == "pobj" and y.head.lower_ in ("from", "of", "in") and \
                y.head.head.i in (x.i, x.head.i):
            return True
        if y.head.i == x.i and y.dep_ in ("relcl", "acl", "advcl", "pobj", "nsubj", "nsubjpass", "dobj", "appos",
                                          "compound", "npadvmod", "xcomp"):
            return True
        if y.head.head.i == x.i and y.head.dep_ in ("prep", "agent", "relcl", "acl") and y.dep_ in (
                "pobj", "dobj", "nsubj", "conj"):
            return True
        if y.dep_ == "conj" and y.head.i == x.i and (y.lemma_ in CASUALTY_VERBS or x.lemma_ in CASUALTY_VERBS):
            return True
        if y.dep_ == "conj" and y.head.i == x.i and y.pos_ == "VERB" and x.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in y.children):
            return True  # one subject, two acts of one attack: "stormed a school and carried away 279 girls"
    return False


def _groups(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Group ASSAULT candidates that tell one event; every other candidate stands alone."""
    groups: list[list[_Candidate]] = []
    for c in cands:
        placed = False
        if c.entry.event_type == "ASSAULT":
            for g in groups:
                if g[0].entry.event_type == "ASSAULT" and _same_telling(c, g) and any(_linked(c.tok, o.tok) for o in g):
                    g.append(c)
                    placed = True
                    break
        if not placed:
            groups.append([c])
    return _join_casualty_words(groups)


def _join_casualty_words(groups: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """A casualty verb or a toll on its own ('three people died') joins the attack named in passing whose phrase
    holds it ('after the shelling of the market that killed three people'), else the only other ASSAULT group of
    the sentence, else the toll it raises ('the toll rose to six after a woman died of her wounds')."""
    assault = [g for g in groups if g[0].entry.event_type == "ASSAULT"]
    lone = [g for g in assault if all(c.tok.lemma_ in CASUALTY_VERBS or c.tok.lemma_ == "toll" for c in g)]
    rest = [g for g in assault if g not in lone]
    own = [g for g in rest if not g[0].passing]
    tolls = [g for g in lone if any(c.tok.lemma_ == "toll" for c in g)]
    for g in lone:
        target = next((r for r in rest if r[0].passing and r[0].tok.is_ancestor(g[0].tok)), None)
        if target is None and len(own) == 1 and not any(r[0].passing and g[0].tok.is_ancestor(r[0].tok) for r in rest):
            target = own[0]  # (not "a day after an attack on the company killed five", a parse that lost the subject)
        if target is None and not rest and tolls and g is not tolls[0]:
            target = tolls[0]
        if target is not None:
            target.extend(g)
            groups.remove(g)
    return groups


def _same_telling(cand: _Candidate, group: list[_Candidate]) -> bool:
    """Whether a candidate may join a group: an attack named in passing ('after the bombing that killed 14 people')
    is an incident apart from the sentence's news, joined only by the words inside its own phrase."""
    inside = [o for o in group if o.passing != cand.passing]
    return all(o.tok.is_ancestor(cand.tok) if o.passing else cand.tok.is_ancestor(o.tok) for o in inside)


def _head_of(group: list[_Candidate]) -> _Candidate:
    """The trigger of a group: the most specific word that is highest in the tree."""
    def depth(t: Token) -> int:
        n = 0
        while t.head.i != t.i:
            t = t.head
            n += 1
        return n
    non_casualty = [c for c in group if c.tok.lemma_ not in CASUALTY_VERBS and c.tok.lemma_ != "toll"] or [
        c for c in group if c.tok.lemma_ not in CASUALTY_VERBS] or group
    return min(non_casualty, key=lambda c: (depth(c.tok), -c.entry.confidence))


def _region(group: list[_Candidate], sent: Span, n_groups: int) -> set[int]:
    """Token indices that belong to this event: its triggers' subtrees (the whole sentence if alone)."""
    if n_groups == 1:
        return {t.i for t in sent}
    out: set[int] = set()
    for c in group:
        out.update(t.i for t in c.tok.subtree)
        if c.tok.dep_ == "relcl":  # "a bomb that hurt four rangers": the noun the clause tells of
            out.update(t.i for t in c.tok.head.lefts)
            out.add(c.tok.head.i)
    return out


def _trigger_span(cand: _Candidate) -> tuple[int, int]:
    tok = cand.tok
    start, end = tok.idx, tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in (
                "air", "drone", "hunger", "suicide", "missile", "car", "gun")):
            start, end = min(start, c.idx), max(end, c.idx + len(c))
    return start, end


def _choose_mode(event_type: str, entry_modes: list[str | None], weapon_modes: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """The main PLOVER mode and all modes (tactic from the trigger first, then the strongest weapon)."""
    found = [m for m in entry_modes if m]
    allm: list[str] = []
    for m in found + (weapon_modes if event_type == "ASSAULT" else []):
        if m not in allm and ontology.is_valid(event_type, m):
            allm.append(m)
    if not allm:
        return None, ()
    tactic = [m for m in found if m in TACTIC_MODES and m != "destroy"]
    if tactic:
        return tactic[0], tuple(allm)
    for m in MODE_PRIORITY:
        if m in allm:
            return m, tuple(allm)
    return allm[0], tuple(allm)


def _subject_sectors(tok: Token) -> list[str]:
    """Sector codes of the trigger's subjects and agents, from the words alone ('militants' -> UAF)."""
    out = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "agent") and not modes.source_label(c):  # (not "Police: a man was shot")
                targets = [c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"]
                for t in targets:
                    t = _speaker(t) or t
                    s = modes.sector_of(t)
                    if s is None and t.lemma_.lower() in ("man", "men") and any(
                            g.lower_ in ("armed", "masked") for g in t.children):
                        s = "armed"
                    if s:
                        out.append(PEOPLE_SECTORS.get(s, s))
        if out:
            break
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
            s = modes.sector_of(tok.head)
            if s == "armed":
                out.append("UAF")
    return out


SPEECH_VERBS = frozenset({"say", "announce", "claim", "report", "confirm", "state", "declare", "add", "insist"})


def _speaker(pron: Token) -> Token | None:
    """'The army said it had pushed the rebels out': a pronoun subject of what a speaker says is the speaker, when
    the speaker is named by a common noun (a name such as 'the Arakan Army' tells no sector by its words)."""
    if pron.pos_ != "PRON" or pron.lower_ not in ("it", "they", "we"):
        return None
    verb = pron.head
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i and verb.lemma_.lower() not in SPEECH_VERBS:
        verb = verb.head
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i == pron.head.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _light_verb_target(tok: Token) -> str | None:
    """The target of 'opened fire on police' (the verb's 'on' object) or 'officers came under fire' (the subject)."""
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ == "under":
        come = gov.head
        return next((s for c in come.children if c.dep_ == "nsubj" for s in [modes.sector_of(c)] if s), None)
    if tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in ("open", "carry", "launch", "mount", "stage"):
        return modes.target_sector(gov)
    return None


def analyse(sent: Span) -> list[EventFrame]:
    """Every event mention in one sentence, with its type, modes, ACLED/CAMEO codes and counts."""
    cands = _candidates(sent)
    if not cands:
        return []
    groups = _groups(cands)
    weapons = modes.find_weapons(sent)
    counts = casualties.find_counts(sent)
    frames: list[EventFrame] = []
    heads: list[tuple[_Candidate, list[_Candidate], set[int]]] = []
    for g in groups:
        heads.append((_head_of(g), g, _region(g, sent, len(groups))))
    assigned = _assign_counts(counts, heads)
    state_acts: set[int] = set()  # triggers of acts done by a state force (typing_force)
    for k, (head, group, region) in enumerate(heads):
        event_type = head.entry.event_type
        confidence = max(c.entry.confidence for c in group)
        extractor = RULES
        if confidence < 0.5:
            refined = _refine(sent, head, confidence)
            if refined is None:
                continue
            event_type, confidence, extractor = refined
        weapon_modes = [w.mode for w in weapons if w.token_i in region]
        mode, all_modes = _choose_mode(event_type, [c.entry.mode for c in group if c.entry.event_type == event_type],
                                       weapon_modes)
        sector = None
        for c in group:
            sector = modes.target_sector(c.tok) or _light_verb_target(c.tok)
            if sector:
                break
        frame_counts = casualties.merge(assigned.get(k, []))
        if sector is None:
            for rc in assigned.get(k, []):
                if rc.role in ("fatalities", "injured", "kidnapped"):
                    sector = modes.sector_of(rc.number)
                    if sector:
                        break
        frame = EventFrame(
            trigger=head.tok, trigger_span=_trigger_span(head), event_type=event_type, mode=mode,
            modes=all_modes, acled=None, cameo_root=None, counts=frame_counts, target_sector=sector,
            confidence=round(confidence, 3), extractor=extractor, mentioned=head.passing,
        )
        actor = _subject_sectors(head.tok)
        doer = doer_verb(head.tok)  # "opened fire", "stopped them ..., beating two of them"
        if any(s in STATE_FORCE_SECTORS for s in actor or (_subject_sectors(doer) if doer.i != head.tok.i else [])):
            state_acts.add(head.tok.i)
        recipient = [PEOPLE_SECTORS.get(sector, sector)] if sector else []
        acled = acled_for(frame, actor, recipient)
        if event_type in ("ASSAULT", "COERCE") and acled is not None and \
                acled.sub_event_type == "Violent demonstration":
            # demonstrators throwing stones or clashing with police: PLOVER codes the riot as a protest
            event_type, mode = "PROTEST", "riot"
            frame = replace(frame, event_type=event_type, mode=mode, modes=(*frame.modes, "riot"))
        frames.append(forced_disappearance(replace(frame, acled=acled, cameo_root=ontology.cameo_root(
            event_type, mode, acled))))
    frames = arrests_with_weapons(protest_under_fire(frames, state_acts))
    return one_incident(_arrests_at_protest(_riot_parts(frames))) + _protest_met_with_force(frames, sent)


def _protest_to_come(tok: Token) -> bool:
    """'arrested activists in raids ahead of a planned rally': a protest still to come met no intervention."""
    return any(c.lower_ in ("planned", "upcoming", "proposed", "scheduled") for c in tok.children) or (
        tok.dep_ == "pobj" and (tok.head.lower_ == "before" or tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead"))


def _arrests_at_protest(frames: list[EventFrame]) -> list[EventFrame]:
    """'Riot police detained dozens of students protesting against fee rises': arrests made at a protest told in
    the same sentence are the intervention ACLED codes the protest with, so the arrest frame takes the protest's
    sub-type (Protest with intervention) instead of Arrests."""
    met = [f.acled for f in frames if f.event_type == "PROTEST" and f.acled is not None
           and f.acled.sub_event_type == "Protest with intervention" and not _protest_to_come(f.trigger)]
    if not met:
        return frames
    return [replace(f, acled=met[0], cameo_root=ontology.cameo_root(f.event_type, f.mode, met[0]))
            if f.event_type == "COERCE" and f.mode == "arrest" and f.acled is not None
            and f.acled.sub_event_type == "Arrests" else f for f in frames]


def _riot_parts(frames: list[EventFrame]) -> list[EventFrame]:
    """'clashed with police, hurling stones and torching a supermarket': acts told as part of a riot (in a
    clause hanging from its trigger) are the riot, not separate attacks or property destruction; so is the
    protest of the rioters ('farmers protesting low prices threw eggs at police')."""
    riots = {f.trigger.i: f for f in frames if f.event_type == "PROTEST" and f.mode == "riot"}
    if not riots:
        return frames
    out = []
    for f in frames:
        subject_of = f.trigger.head.head.i if f.trigger.head.dep_ == "nsubj" else None
        if f.event_type == "PROTEST" and f.mode != "riot" and f.trigger.dep_ in ("acl", "relcl") and \
                subject_of in riots:  # "farmers protesting low prices threw eggs at police": the riot's rioters
            riot = riots[subject_of]
            out.append(replace(f, mode="riot", acled=riot.acled, cameo_root=riot.cameo_root))
            continue
        # "supporters burned tyres and blocked roads, clashing with security forces": the riot hangs from the act
        below = next((r for r in riots.values() if r.trigger.dep_ in ("advcl", "conj") and r.trigger.i != f.trigger.i
                      and f.trigger.i in (r.trigger.head.i, r.trigger.head.head.i if r.trigger.head.dep_ == "conj"
                                          else -1)), None)
        if f.event_type == "ASSAULT" and below is not None:
            out.append(replace(f, event_type="PROTEST", mode="riot", acled=below.acled, cameo_root=below.cameo_root))
            continue
        t, hops, riot = f.trigger, 0, None
        looting = f.event_type == "COERCE" and f.mode == "seize" and f.acled is not None and \
            f.acled.sub_event_type == "Looting/property destruction"  # "rioters torched a station and looted shops"
        if looting and t.dep_ == "amod":
            t = t.head  # the parser's reading: "and [looted shops]", the shops joined to the riot's verb
        while (f.event_type == "ASSAULT" or looting) and t.dep_ in ("advcl", "conj", "xcomp") and hops < 3:
            t, hops = t.head, hops + 1
            riot = riots.get(t.i)
            if riot:
                break
        out.append(replace(f, event_type="PROTEST", mode="riot", acled=riot.acled,
                           cameo_root=riot.cameo_root) if riot else f)
    return out


_FORCE_ON_PROTEST = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _protest_met_with_force(frames: list[EventFrame], sent: Span) -> list[EventFrame]:
    """'Police fired tear gas at protesters': force used on demonstrators tells their protest too (PLOVER
    PROTEST demo beside the ASSAULT, with the same ACLED sub-type), when no protest word was found."""
    if any(f.event_type == "PROTEST" for f in frames):
        return []
    for f in frames:
        arrests = f.event_type == "COERCE" and f.mode == "arrest" and protest_cleared(sent)
        # ("police cleared the encampment, arresting 100": a protest ended by the police, told by no protest verb)
        if f.event_type != "ASSAULT" and not arrests or f.acled is None or \
                f.acled.sub_event_type not in _FORCE_ON_PROTEST:
            continue
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher",
                                                              "rally", "demonstration", "protest", "march",
                                                              "supporter", "crowd") or tok.lower_ == "in" and any(
                    c.lower_ == "sit" for c in tok.children) or tok.dep_ == "acl" and \
                    tok.tag_ == "VBG" and tok.lemma_.lower() in ("march", "protest", "demonstrate", "rally"):
                # ("fired tear gas at students marching on the ministry": people described as marching)
                return [EventFrame(
                    trigger=tok, trigger_span=(tok.idx, tok.idx + len(tok)), event_type="PROTEST", mode="demo",
                    modes=("demo",), acled=f.acled, cameo_root=ontology.cameo_root("PROTEST", "demo", f.acled),
                    counts={}, target_sector=None, confidence=0.6, extractor=RULES)]
        if arrests:  # ("an unauthorised mass event was stopped; 20 participants were detained": no protest noun)
            tok = f.trigger
            return [EventFrame(
                trigger=tok, trigger_span=(tok.idx, tok.idx + len(tok)), event_type="PROTEST", mode="demo",
                modes=("demo",), acled=f.acled, cameo_root=ontology.cameo_root("PROTEST", "demo", f.acled),
                counts={}, target_sector=None, confidence=0.6, extractor=RULES)]
    return []


def _refine(sent: Span, head: _Candidate, confidence: float) -> tuple[str, float, str] | None:
    """Ask the learned classifier about a trigger the rules are unsure of; None drops it."""
    from newsevents.extract import classifier

    model = classifier.load()
    if model is None:
        return head.entry.event_type, confidence, RULES
    probs = model.predict_proba(sent.text)
    p = probs.get(head.entry.event_type, 0.0)
    best_type = max(probs, key=probs.__getitem__)
    if best_type == head.entry.event_type or p >= 0.2:
        return head.entry.event_type, round(max(confidence, min(0.8, 0.35 + p)), 3), CLASSIFIER
    if p < 0.05:
        log.debug("classifier drops weak trigger %r (%s p=%.3f)", head.tok.text, head.entry.event_type, p)
        return None
    return head.entry.event_type, confidence, RULES


def _assign_counts(counts: list[casualties.RoleCount],
                   heads: list[tuple[_Candidate, list[_Candidate], set[int]]]) -> dict[int, list[casualties.RoleCount]]:
    """Attach each count to the event it belongs to: the group holding its governing word, else the
    nearest trigger above it, else the only event of a compatible type."""
    out: dict[int, list[casualties.RoleCount]] = {}
    compatible = {
        "fatalities": ("ASSAULT",), "injured": ("ASSAULT",), "kidnapped": ("ASSAULT",),
        "arrested": ("COERCE",), "size": ("PROTEST", "MOBILIZE", "SUPPORT", "ASSAULT"),
    }
    for rc in counts:
        target = None
        for k, (_, group, _) in enumerate(heads):
            if any(c.tok.i == rc.governor.i for c in group):
                target = k
                break
        if target is None:
            kids = {c.i for c in rc.governor.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep")}
            kids |= {g.i for c in rc.governor.children if c.dep_ in ("prep", "agent") for g in c.children}
            for k, (_, group, _) in enumerate(heads):
                if any(c.tok.i in kids and c.entry.event_type in compatible[rc.role] for c in group):
                    target = k
                    break
        if target is None:
            anc_ids = [a.i for a in rc.governor.ancestors]
            best = None
            for k, (_, group, _) in enumerate(heads):
                for c in group:
                    if c.tok.i in anc_ids and c.entry.event_type in compatible[rc.role]:
                        d = anc_ids.index(c.tok.i)
                        if best is None or d < best[0]:
                            best = (d, k)
            if best:
                target = best[1]
        if target is None:
            fits = [k for k, (h, _, _) in enumerate(heads) if h.entry.event_type in compatible[rc.role]]
            if len(fits) == 1:
                target = fits[0]
        if target is None and rc.role in ("fatalities", "injured"):
            target = _territory_frame(heads)
            if target is not None:
                out.setdefault(target, []).append(rc)
            continue
        if target is None:
            continue
        if heads[target][0].entry.event_type not in compatible[rc.role] and rc.role != "size":
            if rc.role in ("fatalities", "injured") and _territory_frame(heads) == target:
                out.setdefault(target, []).append(rc)
            continue
        out.setdefault(target, []).append(rc)
    return out


def _territory_frame(heads: list[tuple[_Candidate, list[_Candidate], set[int]]]) -> int | None:
    """The only frame of a sentence with no ASSAULT frame that takes territory ('retook the town after fighting in
    which 23 rebels and 6 soldiers died'): an ACLED battle for territory carries its dead and wounded."""
    if any(h.entry.event_type == "ASSAULT" for h, _, _ in heads):
        return None
    seized = [k for k, (h, _, _) in enumerate(heads) if h.entry.event_type == "COERCE" and h.entry.mode == "seize"]
    return seized[0] if len(seized) == 1 else None
