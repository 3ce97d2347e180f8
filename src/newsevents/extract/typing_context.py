"""Contexts in which a trigger word does not report a new event: quotes, commentary, speech content,
references back, generic and negated statements, requests, denials and mishaps."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.ontology import (
    COMMENTATORS, COMMUNICATION, MISHAPS, SPEECH_ACTS, TRAVEL_VERBS, TRIGGER_NOUNS, VIOLENT_CUES,
)
from newsevents.nlp import sentence_of

# nouns whose 'of'/'with' object only refers back to an event: "the scene of the blast", "in connection with"
REFERENCE_NOUNS = frozenset({
    "connection", "scene", "site", "wake", "aftermath", "anniversary", "hallmark", "investigation", "probe",
    "inquiry", "memory", "footage", "image", "video", "photo", "picture", "victim", "survivor",
    "lifting", "end", "role", "part", "involvement", "complicity", "participation",
})
# of those, the nouns whose 'of' object is told by a follow-up report when it is pinned to one incident
WITNESS_NOUNS = frozenset({"victim", "survivor", "footage", "image", "video", "photo", "picture"})
# a relative clause with one of these verbs tells the event anew: "the blast that ripped through a church"
REPORTING_RELCL = frozenset({
    "rip", "tear", "kill", "hit", "strike", "destroy", "wound", "injure", "target", "leave", "claim", "devastate",
})
TIME_NOUNS = frozenset({"day", "week", "month", "year", "decade", "hour", "night", "weekend", "period"})
ONGOING_NOUNS = frozenset({"war", "battle", "fight", "fighting", "clash", "siege", "violence", "conflict",
                           "bombardment", "shelling", "unrest"})
ONGOING_PARTICIPLES = frozenset({"fight", "battle", "target", "wage", "combat"})
REQUEST_VERBS = frozenset({"urge", "ask", "call", "demand", "appeal", "press", "plead", "request", "implore",
                           # wanting or planning an act is not doing it: "wanted ... taken hostage", "plan to attack"
                           "want", "wish", "hope", "plan", "intend", "seek", "consider",
                           # an act threatened or promised is not done: "threatened to attack Kenyan cities"
                           "threaten", "vow", "pledge", "promise", "offer"})
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute"})
REFUSAL_VERBS = frozenset({"refuse", "decline"})
# promised or planned acts: an event noun they govern is not done either ("pledged to continue the fight")
PROMISE_VERBS = frozenset({"threaten", "vow", "pledge", "promise", "plan", "intend"})
# verbs that tell what an event did: a gerund subject of one is a particular event
OUTCOME_VERBS = frozenset({"leave", "kill", "claim", "wound", "injure", "displace", "destroy", "force"})
MODALS = frozenset({"may", "might", "could", "would", "should", "must"})


# --- per-document token tables (one pass over the Doc's arrays instead of a Token object per look-up) ------

_LOWERED: dict[int, str] = {}  # string hash -> lower-cased string, shared across documents
_POS_NAMES: dict[int, str] = {}  # string hash -> coarse POS name


def token_table(doc) -> tuple[list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Lower-cased lemma, lower-cased text and coarse POS of every token of the document, cached on the Doc."""
    table = doc.user_data.get("newsevents.toktab")
    if table is None:
        from spacy.attrs import LEMMA, LOWER, POS

        strings = doc.vocab.strings
        cols = doc.to_array([LEMMA, LOWER, POS]).T.tolist() if len(doc) else [[], [], []]
        # each distinct hash is looked up once; the columns are then mapped in C (a call per token cost more)
        for h in {*cols[0], *cols[1]}:
            if h not in _LOWERED:
                _LOWERED[h] = strings[h].lower()
        for h in set(cols[2]):
            if h not in _POS_NAMES:
                _POS_NAMES[h] = strings[h]
        table = (list(map(_LOWERED.__getitem__, cols[0])), list(map(_LOWERED.__getitem__, cols[1])),
                 list(map(_POS_NAMES.__getitem__, cols[2])))
        doc.user_data["newsevents.toktab"] = table
    return table


def tokens_with(span, words, column: int = 0):  # type: ignore[no-untyped-def]
    """The tokens of the span whose lower-cased lemma (column 0) or text (column 1) is one of the words, in order;
    read off the cached token table, so no spaCy Token is built for the others."""
    doc = span.doc
    values = token_table(doc)[column]
    return (doc[i] for i in range(span.start, span.end) if values[i] in words)


def like_num_flags(doc) -> list[bool]:  # type: ignore[no-untyped-def]
    """Token.like_num of every token of the document, cached on the Doc."""
    flags = doc.user_data.get("newsevents.likenum")
    if flags is None:
        from spacy.attrs import LIKE_NUM

        flags = [bool(v) for v in doc.to_array([LIKE_NUM]).tolist()] if len(doc) else []
        doc.user_data["newsevents.likenum"] = flags
    return flags


def sentence_lemmas(sent: Span) -> frozenset[str]:
    """The lower-cased lemmas of a sentence, cached per sentence."""
    cache = sent.doc.user_data.setdefault("newsevents.sentlemmas", {})
    key = (sent.start, sent.end)
    got = cache.get(key)
    if got is None:
        got = cache[key] = frozenset(token_table(sent.doc)[0][sent.start:sent.end])
    return got


def in_quote(tok: Token) -> bool:
    """Whether the token sits inside quotation marks in its sentence."""
    opens = 0
    for t in sentence_of(tok):
        if t.i >= tok.i:
            break
        if t.text in ('"', "“", "”", "``", "''"):
            opens += 1
    return opens % 2 == 1


def _rubric(tok: Token) -> bool:
    """'Reports: IED blast hits bus ...': a digest's opening label, which the parser may take for a subject."""
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ":":
        return False  # (the cheap half of the test first: Token.sent walks the sentence)
    sent = tok.sent
    return tok.i == sent.start and tok.i + 1 < sent.end and tok.doc[tok.i + 1].text == ":"


def _monitor(tok: Token) -> bool:
    """'a rights observer said', 'election observers reported': a monitor who saw the events, not a commentator."""
    return tok.lemma_.lower() == "observer" and any(c.dep_ in ("compound", "amod") for c in tok.children)


def commentary(tok: Token) -> bool:
    """Whether the token sits in what a commentator wrote or thinks (analysis, not an event report)."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in COMMUNICATION:  # (only a communication verb's subjects can make it commentary)
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and not _rubric(c)
                    and not _monitor(c)]
            if any(s.lemma_.lower() in COMMENTATORS or any(g.lemma_.lower() in COMMENTATORS for g in s.subtree)
                   for s in subj):
                return True
    return False


def tells_anew(tok: Token) -> bool:
    """'the bomb blast that ripped through a church': a relative clause that reports the event itself."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in REPORTING_RELCL for c in tok.children)


DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                       "today", "tonight", "weekend", "week", "night", "month", "morning", "evening", "afternoon"})
# nominal acts whose 'of' phrase names the victim: "the shooting of the journalist", "the murder of the mayor"
VICTIM_OF_NOUNS = frozenset({"shooting", "murder", "killing", "assassination", "stabbing", "kidnapping",
                             "abduction", "beating", "lynching", "execution", "massacre", "bombing", "shelling"})


def pinned(tok: Token) -> bool:
    """'last week's attack on a hotel', 'the weekend massacre', 'the shooting of the journalist': an event noun
    pinned to one incident by its date, its target or its place reports that incident (a follow-up story may
    name the attack only this way), rather than pointing vaguely at an event told elsewhere."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod", "npadvmod") and (
                c.lower_ in DAY_WORDS or any(g.lower_ in DAY_WORDS for g in c.subtree)):
            return True  # "Tuesday's raid", "Friday night's stabbing", "the weekend massacre"
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in ("on", "against") and any(g.pos_ in ("NOUN", "PROPN") and g.lower_ not in DAY_WORDS
                                                 for g in objs):
            return True  # "the attack on a hotel", "the air raid on a wedding party"
        if c.lower_ == "of" and tok.lemma_.lower() in VICTIM_OF_NOUNS and objs:
            return True
        if c.lower_ in ("at", "in", "near") and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree):
            return True  # "the bombing in Kabul"
    return False


def content_of_speech(tok: Token) -> bool:
    """'demanding the resignation of the president': the noun is what is asked for, not an event."""
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    if tells_anew(tok) or pinned(tok) and _suspect_of(gov):
        return False
    if gov.lemma_.lower() in ("claim", "admit") or gov.lower_ == "responsibility":
        # a claim for an attack told with its own place is the report of it: "claimed responsibility for a
        # suicide bombing at a mosque in Kandahar"
        # a group that claims an attack reports it ("The Islamic State group claimed the attack"); "no group has
        # claimed" or "denied" does not
        claim = gov if gov.lower_ != "responsibility" else gov.head
        told = claim.pos_ == "VERB" and claim.lemma_.lower() == "claim" and not any(
            c.dep_ == "neg" or c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children)
            for c in claim.children)
        return not told
    if gov.lemma_.lower() == "conduct" and tok.dep_ in ("dobj", "obj") and gov.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children) and not alleged_act(gov):
        return False  # "jets conducted precision strikes on weapons depots": the strikes carried out
    return gov.lemma_.lower() in SPEECH_ACTS and gov.i != tok.i


ALLEGATION_VERBS = frozenset({"accuse", "charge", "convict", "blame", "indict", "suspect", "acquit", "allege"})


def alleged_act(tok: Token) -> bool:
    """'accused the commander of ordering the killing of 32 people': an act named in an accusation or a
    charge is what is alleged, not an event told anew."""
    if tells_anew(tok):
        return False  # "accused of orchestrating the attack that killed 14 policemen": the attack is told too
    t, hops = tok, 0
    while t.head.i != t.i and hops < 5 and (t.dep_ in ("dobj", "obj", "pobj", "pcomp", "prep", "xcomp", "acl")
                                            or t.dep_ == "conj" and t.tag_ in ("VBG", "NN", "NNS")
                                            or t.dep_ == "advcl" and any(c.tag_ == "TO" for c in t.children)):
        # (through a conjoined gerund or noun and a purpose: "accused him of corruption and aiding ...", "of
        # sending troops to fight"; not a finite verb: "accused them of spying and executed five")
        t, hops = t.head, hops + 1
        if t.lemma_.lower() in ALLEGATION_VERBS and t.pos_ == "VERB":
            # "a man suspected of Friday night's stabbing at a festival": the person is alleged, the dated act
            # took place
            return not (pinned(tok) and _suspect_of(t))
    return False


def _suspect_of(verb: Token) -> bool:
    """'a man suspected of ...', 'the woman accused of ...': an allegation verb describing a person."""
    return verb.lemma_.lower() in ALLEGATION_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and verb.head.pos_ in ("NOUN", "PROPN")


def describes_person(tok: Token) -> bool:
    """'a man accused of blasphemy', 'two men suspected of stealing a goat': an allegation that describes a
    person (a participle on a noun), and the act it alleges, are no event of the sentence; an act told with
    its own outcome ('accused of orchestrating the attack that killed 14 policemen') or pinned to one incident
    ('a man suspected of Friday night's stabbing at a festival') is told anew."""
    if tells_anew(tok) or pinned(tok):
        return False
    t, hops = tok, 0
    while True:
        if t.lemma_.lower() in ALLEGATION_VERBS and t.pos_ == "VERB":
            return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN")
        if t.head.i == t.i or hops >= 5 or t.dep_ not in ("dobj", "obj", "pobj", "pcomp", "prep", "xcomp", "acl"):
            return False
        t, hops = t.head, hops + 1


def reference_back(tok: Token) -> bool:
    """An event noun that only points at an event told elsewhere: 'arrested in connection with the blast',
    'the scene of a bomb explosion', 'admitted carrying out the attack', 'weeks of intense fighting'."""
    if tok.pos_ not in ("NOUN", "PROPN") or tells_anew(tok):
        return False
    pin = pinned(tok)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        owner = tok.head.head
        if owner.lemma_.lower() in REFERENCE_NOUNS and not (pin and owner.lemma_.lower() in WITNESS_NOUNS):
            return True  # (its victims, survivors and pictures tell a pinned attack: a follow-up report)
        # the phrase attached to the verb instead of its object: "set up an investigation | into the murder"
        if tok.head.lower_ in ("into", "of") and owner.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in REFERENCE_NOUNS for c in owner.children):
            return True
        if tok.head.lower_ == "of" and tok.lemma_.lower() in ONGOING_NOUNS and owner.lemma_.lower() in TIME_NOUNS:
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since") and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_NOUNS and c.tag_ == "NNS" for c in tok.head.children):
        return True  # "ten years after the Westgate mall siege": an anniversary, not a report
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("flee", "escape", "survive", "cover") and not pin:
        return True  # "civilians who fled the fighting", "journalists covering the war"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from") and tok.head.head.lemma_.lower() in (
            "displace", "uproot", "flee", "escape") and tok.head.head.tag_ in ("VBN", "VBG"):
        return True  # "families displaced by the fighting", "people fleeing from the war": the cause of flight
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_ == "carry":
        gov = tok.head
        if gov.dep_ in ("xcomp", "ccomp", "pcomp") and gov.head.lemma_.lower() in ("admit", "claim", "deny"):
            return True
    return False


# verbs and protest nouns whose object (or 'against / over' phrase) is the grievance: an event told as the cause
GRIEVANCE_VERBS = frozenset({"protest", "criticise", "criticize", "condemn", "denounce", "decry", "deplore",
                             "mourn", "remember", "commemorate", "honour", "honor"})
PROTEST_HEADS = frozenset({"protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "walkout"})
# words of remembrance: 'to remember the 51 people who were killed', 'the memorial lists those who died'
REMEMBRANCE = frozenset({"remember", "commemorate", "honour", "honor", "mourn", "memorial", "commemoration",
                         "tribute", "memory", "remembrance"})


def grievance(tok: Token) -> bool:
    """'protesting his arrest', 'a hunger strike against his detention', 'to protest against the killing of a
    commander', 'criticised the killing of protesters': an event noun named as what people protest or
    criticise is the cause of the protest or the criticism, not an event told anew."""
    if tok.pos_ != "NOUN" or tells_anew(tok):
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("against", "over", "at"):
        # "demonstrated against the military takeover", "in protest at the killing of a young woman"
        return gov.head.lemma_.lower() in GRIEVANCE_VERBS | PROTEST_HEADS | {"demonstrate", "rally", "march"} and (
            gov.lower_ != "at" or gov.head.lemma_.lower() == "protest")
    return tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in GRIEVANCE_VERBS


# spans of time counted since a past event: "to mark 29 years since the Srebrenica massacre"
TIME_SPANS = frozenset({"year", "month", "decade", "week", "anniversary"})
MARKING_VERBS = frozenset({"mark", "commemorate", "observe", "celebrate"})


def _run_on(verb: Token) -> bool:
    """'where lawyers had gathered to mourn a colleague, a suicide bombing killed seventy people': a clause after a
    comma, with a subject of its own and no relative word, that the parser hung as a relative clause of the noun
    before the comma; it is the sentence's own clause."""
    return verb.dep_ == "relcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") for c in verb.children) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in verb.subtree if t.i < verb.i)


def remembered(tok: Token) -> bool:
    """'gathered to remember the 51 people who were killed', 'the memorial lists the names of the people who died
    in the bombing', 'to mark 29 years since the massacre': an event in what is remembered is the past event, not a
    new one."""
    noun = tok.head if tok.dep_ == "relcl" else tok  # "since the genocide in which 800,000 were slaughtered"
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "since":
        span = noun.head.head  # "29 years since the massacre" (or the parser's "mark ... since the massacre")
        verb = span.head if span.lemma_.lower() in TIME_SPANS else span
        if verb.lemma_.lower() in MARKING_VERBS and (span.i != verb.i or any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in TIME_SPANS for c in verb.children)):
            return True
    t, hops = tok, 0
    while t.head.i != t.i and hops < 7 and t.dep_ not in ("ccomp", "parataxis", "conj", "advcl") and not _run_on(t):
        t, hops = t.head, hops + 1
        if t.lemma_.lower() in REMEMBRANCE or t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in REMEMBRANCE for c in t.children):
            return True
    return False


def negated(tok: Token) -> bool:
    """'did not attack', 'caused by a gas leak and not by an attack', 'there was no shooting', 'handed it over
    without a fight': the word or its preposition is negated."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children):
        return True  # "no shooting or bombing of any kind had taken place": the denial covers both
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return True  # ("moved into the towns without fighting": the gerund the parser hangs as a complement)
    return tok.dep_ == "pobj" and any(c.dep_ == "neg" for c in tok.head.children)


INDEFINITE_PEOPLE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
# fighting told as what a force, call-up or patrol is for ("a unified force to fight jihadist groups")
AIM_FIGHT_VERBS = frozenset({"fight", "combat", "battle", "confront", "counter"})
# what an act is meant to curb ("patrols to curb the kidnapping of seafarers")
CURB_VERBS = frozenset({"curb", "prevent", "combat", "counter", "tackle", "deter", "fight", "halt", "reduce", "stem",
                        "thwart", "stamp", "root"})
# the acts that raise, send or set up a force for a fight to come
RAISING_VERBS = frozenset({"order", "mobilise", "mobilize", "deploy", "send", "join", "form", "create", "set",
                           "recruit", "announce", "establish", "raise", "launch", "dispatch", "train"})


def aim_only(tok: Token) -> bool:
    """'the general mobilisation of all citizens to fight jihadist groups', 'joined a new force to fight Islamic
    State', 'naval patrols to curb the kidnapping of seafarers': a fight or an attack told only as the aim of
    another act, not as an event (not 'stormed the village and killed the chief', nor 'fighters who attacked')."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in AIM_FIGHT_VERBS and tok.dep_ in ("advcl", "acl", "relcl", "xcomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        head = tok.head.head if tok.head.dep_ == "acl" and tok.head.tag_ in ("VBN", "VBG") else tok.head
        return head.pos_ in ("NOUN", "PROPN") or head.lemma_.lower() in RAISING_VERBS  # ("citizens aged 18 to ...")
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
        verb = tok.head
        return verb.lemma_.lower() in CURB_VERBS and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return False


def generic_use(tok: Token) -> bool:
    """A trigger used for no particular event: negated ('not to kill', 'no shooting'), 'any attack', a gerund
    subject ('Attacking churches ... is prohibited'), or a participle describing a group ('jihadists fighting
    in Syria')."""
    if negated(tok):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        return True  # "vowed to respond to any further attack": whichever may come
    for t in (tok, *tok.ancestors):
        if t.tag_ == "VBG" and t.dep_ in ("csubj", "csubjpass", "nsubj") and t.head.lemma_.lower() not in OUTCOME_VERBS:
            return True  # (not "fighting south of the capital left 25 people dead": a toll dates a real event)
        if t.pos_ == "VERB" and t.i != tok.i:
            break
    if tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
            c.dep_ == "det" for c in tok.children):
        return True  # "the wounded were first in line": people, not an act
    if tok.dep_ == "relcl" and tok.head.lower_ in INDEFINITE_PEOPLE:
        return True  # "would burn the homes of anyone who cooperated with the police": whoever may do it
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ONGOING_PARTICIPLES and \
            tok.head.lemma_.lower() not in TRIGGER_NOUNS:
        return True
    return False


# verbs a source tells an act with, whose complement is a report of it
REPORTING_VERBS = frozenset({"say", "tell", "report", "state", "add"})


def requested_or_denied(tok: Token) -> bool:
    """An act asked for ('urged Trump to establish ...', 'calling on authorities to mobilise', 'appealed to the
    kidnappers to free him'), promised ('pledged to continue the fight'), denied ('denied an agreement had been
    reached') or refused ('refused to release'): the request, promise, denial or refusal is the event, not the act."""
    if tok.tag_ == "VBD" and tok.dep_ == "conj" and tok.head.tag_ == "VB":
        return False  # "asked the farmers to pay a levy and killed two": a finite past verb is no part of the infinitive
    t, hops = tok, 0
    while t.head.i != t.i and hops < 4:
        below = t
        dep, t = t.dep_, t.head
        hops += 1
        if dep == "ccomp" and t.lemma_.lower() == "warn" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in below.children):
            return True  # "warned that troops would open fire", "warned it would ban the party": the threat is the event
        if dep in ("xcomp", "ccomp") and t.lemma_.lower() in REQUEST_VERBS and (
                tok.pos_ == "VERB" or t.lemma_.lower() in PROMISE_VERBS):
            return True  # "urged Trump to establish", "pledged to continue the fight"
        if dep == "advcl" and t.lemma_.lower() in REQUEST_VERBS and tok.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True  # "appealed to the kidnappers to free the priest"
        if dep == "ccomp" and t.lemma_.lower() in DENIAL_VERBS:
            return True
        if dep == "ccomp" and t.lemma_.lower() in REPORTING_VERBS and t.tag_ in ("VBD", "VBZ", "VBP"):
            return False  # "the prosecutor said a missile destroyed houses ...; Yerevan denied responsibility": what
            # a source says happened is not what the other side denies (a parse may hang the 'said' under 'denied')
        if dep == "xcomp" and t.lemma_.lower() in REFUSAL_VERBS:
            return True  # "refused to release the journalists"
        if t.pos_ == "VERB" and dep not in ("xcomp", "ccomp", "nsubjpass", "nsubj", "dobj", "conj"):
            return False
    return False


def question(tok: Token) -> bool:
    """'Asked if the army will move in, he said ...': a question put to a speaker, not a request."""
    return tok.lemma_.lower() == "ask" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") for c in tok.children if c.dep_ in ("ccomp", "advcl")
        for g in c.children)


def mishap_subject(tok: Token) -> bool:
    """'The quakes struck near Tabriz': the verb's subject is a natural or accidental cause."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MISHAPS for c in tok.children)


# ordinals that make a clause on 'time' a comment on the event told ("the first time a NATO member had fired")
FIRST_WORDS = frozenset({"first", "last", "only", "second", "third"})


def first_time(tok: Token) -> bool:
    """'..., the first time a NATO member had fired on Russian hardware': a clause on 'the first time' compares the
    event told with the past, it is no event of its own."""
    t = tok
    for _ in range(5):  # the clause's verb or a word inside it ("fired on Russian hardware during the war")
        if t.dep_ == "relcl" and t.head.lemma_.lower() == "time" and any(
                c.lower_ in FIRST_WORDS for c in t.head.children if c.dep_ == "amod"):
            return True
        if t.head.i == t.i or t.dep_ in ("ROOT", "ccomp", "conj"):
            return False
        t = t.head
    return False


def characterisation(tok: Token) -> bool:
    """'the attack was the third of its kind': an event noun as the subject of a description."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") for c in tok.head.children)


VEHICLES = frozenset({"vehicle", "car", "truck", "tanker", "bus", "minibus", "coach", "lorry"})
# causes of accidents besides the shared list: "a fuel tanker overturned", "officials blamed an electrical fault"
ACCIDENT_NOUNS = frozenset({"tanker", "fault", "short-circuit", "derailment", "stampede", "bus", "minibus", "coach",
                            "lorry"})
# fight words that never mean a struggle with an illness or a storm ("his battle with cancer")
GUNFIGHT_WORDS = frozenset({"clash", "gunfight", "firefight", "shootout", "skirmish"})


def mishap(sent: Span) -> bool:
    """Deaths and damage from accidents and disasters ('a gas explosion', 'earthquakes struck'), not violence."""
    lemmas = sentence_lemmas(sent)
    if "accidental" in lemmas and any(t.lower_ == "accidental" and t.head.lemma_.lower() in (
            "explosion", "blast", "fire", "detonation", "discharge") for t in sent):
        return True  # "an accidental explosion at a firecracker factory killed eight workers"
    causes = MISHAPS | ACCIDENT_NOUNS | ({"fire"} if fire_broke_out(sent) else set())
    if not (lemmas & causes) or not any(t.pos_ == "NOUN" and t.lemma_.lower() in causes and not _tear_gas(t)
                                        and not _names_an_installation(t) and (
            t.lemma_.lower() not in VEHICLES | {"tree"} or t.dep_ in ("nsubj", "nsubjpass")
            or t.dep_ == "pobj" and t.head.lower_ == "by") for t in sent):
        # a cause is a noun: "a storm", "the crash"; not "tried to storm their positions"; a vehicle only as the
        # subject or agent ("a truck overturned", "struck by a vehicle"), not where people are put or shot
        # ("bundled him into a car")
        return False
    if lemmas & VIOLENT_CUES and any(t.lemma_.lower() in VIOLENT_CUES and not negated(t) for t in sent):
        return False  # a cue counts unless it is denied ("caused by a gas leak and not by an attack")
    if rammed_into_people(sent):
        return False  # "a truck drove into a busy Christmas market, killing 12": a vehicle used as a weapon
    if lemmas & GUNFIGHT_WORDS and any(t.lemma_.lower() in GUNFIGHT_WORDS and not negated(t) for t in sent):
        return False  # "youths clashed with police, burning cars": a fight, whatever vehicles burned
    if any(t.lemma_ == "fire" and t.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("on", "at")
                                                            for c in t.children) for t in sent):
        return False  # "soldiers fired on a car": shooting at it
    # a weapon named is no accident ("their vehicle struck a landmine", "police fired tear gas"); the words
    # of any explosion ("a gas explosion") or fire do not count
    from newsevents.extract import modes

    doc = sent.doc
    return not any(doc[w.token_i].lemma_.lower() not in ("explosion", "blast", "explode", "fire", "burn")
                   for w in modes.find_weapons(sent))


# places named after what they hold or serve: "the gas site", "a truck stop", "the car park" are no cause of a mishap
_INSTALLATIONS = frozenset({"site", "field", "plant", "facility", "complex", "station", "company", "pipeline",
                            "installation", "terminal", "depot", "project", "park", "stop", "compound", "hub"})


# the words of an accident itself: with one of them, "a gas pipeline explosion" or "a fire at a gas plant" is a mishap
_MISHAP_EVENTS = frozenset({"explosion", "blast", "fire", "leak", "blaze", "burst", "flame", "inferno"})


def _names_an_installation(tok: Token) -> bool:
    """'killed during the hostage-taking at the gas site': the cause word only names where it happened (the
    installation follows at/in/near) and the sentence tells no explosion, fire or leak."""
    site = tok.head
    return (tok.dep_ == "compound" and site.lemma_.lower() in _INSTALLATIONS and site.dep_ == "pobj"
            and site.head.lower_ in ("at", "in", "near", "inside", "outside")
            and not any(t.lemma_.lower() in _MISHAP_EVENTS for t in tok.sent))


# a vehicle driven into people, not one that went off the road: "a car drove into a crowd", "a van ploughed into
# pedestrians", "a hijacked truck was driven down a pedestrian street"; into a place ("a market") only when a person
# drives it or the verb is one of intent ("rammed"): "a truck carrying cement drove into a market" is an accident
_RAM_VERBS = frozenset({"drive", "ram", "plough", "plow", "mow", "career", "speed"})
_INTENT_VERBS = frozenset({"ram", "plough", "plow", "mow"})
_PEOPLE = frozenset({"crowd", "pedestrian", "people", "shopper", "worshipper", "protester", "reveller", "marcher",
                     "spectator", "onlooker", "mourner", "demonstrator", "commuter", "tourist", "worshiper"})
_CROWDED_PLACES = frozenset({"market", "promenade", "street", "square", "parade", "festival", "gathering"})
_DRIVERS = frozenset({"man", "driver", "attacker", "assailant", "suspect", "he", "she", "gunman", "militant"})
_CARGO_VEHICLES = frozenset({"tanker", "bus", "lorry", "minibus", "tipper", "trailer"})
_CRASH_WORDS = frozenset({"brake", "control", "skid", "overturn", "veer", "collide", "accident", "crash", "swerve",
                          "plunge", "derail", "drunk", "fail", "tyre", "tire", "burst", "flame", "lose"})


def rammed_into_people(sent: Span) -> bool:
    """Whether a vehicle is driven into people (or by a person, or rammed, into a crowded place), with no word of
    a crash in the sentence and no tanker or bus at the wheel."""
    if any(t.lemma_.lower() in _CRASH_WORDS for t in sent):
        return False
    for t in sent:
        if t.lemma_.lower() not in _RAM_VERBS or t.pos_ != "VERB":
            continue
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lemma_.lower() in _CARGO_VEHICLES or any(g.lemma_ == "carry" for g in c.children)
               for c in subjects):
            continue  # "a fuel tanker careered into a market", "a truck carrying cement drove into a market"
        driven = t.lemma_.lower() in _INTENT_VERBS or any(c.lemma_.lower() in _DRIVERS for c in subjects)
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "through", "down"):
                continue
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                words = {place.lemma_.lower()} | {c.lemma_.lower() for c in place.children if c.dep_ == "compound"}
                if words & _PEOPLE or (driven and words & _CROWDED_PLACES):
                    return True
    return False


def _tear_gas(tok: Token) -> bool:
    """'a tear-gas canister', 'tear gas': a riot-control weapon, not a gas leak."""
    doc = tok.doc
    return tok.lemma_.lower() == "gas" and any(doc[i].lower_ in ("tear", "teargas") for i in range(max(0, tok.i - 2), tok.i))


def fire_broke_out(sent: Span) -> bool:
    """'Fire broke out at a market': a fire with no one said to have set it."""
    return any(t.lemma_ == "fire" and t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_ == "break" and any(
        c.lower_ == "out" for c in t.head.children) for t in sent)


def hedged(tok: Token) -> bool:
    """'civilians may also have been injured': a modal makes the report a possibility."""
    for t in (tok, tok.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in t.children):
            return True
    return False


def direct_objects(tok: Token) -> set[str]:
    """Lemmas of a verb's direct objects (and their conjuncts and compounds), or of a noun's 'of' object."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"):
            heads = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                out.add(h.lemma_.lower())
                out.update(g.lemma_.lower() for g in h.children if g.dep_ in ("compound", "conj"))
    return out


# --- genericity and back-reference (ACLED codes particular events: one time, one place) -----------------

# "a series of attacks", "a string of bombings": several events summed up, not one told anew
SERIES_NOUNS = frozenset({
    "series", "string", "spate", "wave", "rash", "litany", "chain", "succession", "history", "catalogue",
    "catalog", "number", "list", "run", "cycle", "pattern", "streak",
})
# verbs whose object event is ended or lifted, not carried out: "lifting the siege", "ended the fighting"
END_VERBS = frozenset({"lift", "end", "halt", "stop", "break", "suspend", "cease", "call", "pause"})
# nouns of an end put to an act: "a halt to fighting", "an end to the shelling", "the cessation of hostilities"
END_NOUNS = frozenset({"halt", "end", "cessation", "stop", "pause", "suspension"})
# verbs of wanting: their object is what is wanted ("wanted the release of their fighters")
DESIRE_VERBS = frozenset({"want", "seek", "wish", "hope", "expect", "need", "demand", "desire", "consider"})
# verbs of foreseeing: "analysts expect fighting to intensify", "residents fear an attack" (a forecast)
FORECAST_VERBS = frozenset({"expect", "predict", "forecast", "anticipate", "fear", "foresee"})
# adjectives that describe events as a class: "attacks like this have become common"
GENERIC_ADJ = frozenset({"common", "commonplace", "frequent", "routine", "rare", "regular", "widespread",
                         "familiar", "typical", "usual", "unusual", "endemic"})
COPULAS = frozenset({"be", "become", "remain", "seem", "grow", "get"})
HABITUAL_MARKS = frozenset({"while", "when", "whenever", "as", "if", "once", "until", "unless", "every", "after",
                            "before"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
             "tonight", "overnight", "morning", "afternoon", "evening", "night", "dawn", "dusk")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")


def specific_time(sent: Span) -> bool:
    """Whether the sentence dates something to a day or an hour ('on Sunday', 'December 11', '8:40 a.m.'),
    not only to a year or a stretch of time ('in 2016', 'in recent years', 'for months')."""
    for ent in sent.ents:
        if ent.label_ == "TIME":
            return True
        if ent.label_ == "DATE":
            low = ent.text.lower()
            if any(w in low for w in _WEEKDAYS):
                return True
            if any(m in low.split() for m in _MONTHS) and any(ch.isdigit() for ch in low):
                return True
    return False


def in_series(tok: Token) -> bool:
    """'a series of fatal bombings', 'a string of deadly attacks targeting ...': the event word (or the noun a
    participle trigger describes) is the 'of' object of a series noun, or is said to be 'the latest'."""
    t = tok
    if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN":
        t = t.head
    for _ in range(2):
        if t.dep_ == "conj":
            t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SERIES_NOUNS


RANKING_WORDS = frozenset({"latest", "last", "newest", "most", "deadliest", "worst", "biggest", "largest", "first",
                           "second", "third", "fourth", "fifth", "another"})


def latest_of_kind(tok: Token) -> bool:
    """'The shootings were the latest in a series', 'the attack was the third this year': an event noun
    classed with others ('the latest', 'the deadliest', an ordinal), which refers back to it."""
    if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_.lower() in COPULAS:
        # "It was the third attack on a church this year"
        return any(c.dep_ in ("amod", "det") and (c.lower_ in RANKING_WORDS or c.ent_type_ == "ORDINAL")
                   for c in tok.children)
    if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and (c.lower_ in RANKING_WORDS or c.ent_type_ == "ORDINAL" or any(
            g.dep_ in ("amod", "det") and (g.lower_ in RANKING_WORDS or g.ent_type_ == "ORDINAL") for g in c.children))
            for c in tok.children):
        return True  # "a chlorine gas attack on Jobar on Wednesday, the third in a month"
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if head.lemma_.lower() not in COPULAS:
        return False
    for c in head.children:
        if c.dep_ in ("attr", "acomp", "oprd"):
            words = {g.lower_ for g in c.subtree}
            if words & (RANKING_WORDS | GENERIC_ADJ):
                return True
            if c.lemma_.lower() in GENERIC_ADJ:
                return True
    return False


PERIOD_WORDS = frozenset({"years", "decade", "decades", "months", "past", "recent", "so", "far", "year"})


def period_summary(tok: Token, sent: Span) -> bool:
    """'Hundreds have been killed in airstrikes since the conflict began', 'have kidnapped hundreds over the
    past decade': a perfect-tense total over a stretch of time, not an event of one day."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if specific_time(sent):
        return False
    for t in sent:
        if t.lower_ == "since" and t.dep_ in ("prep", "mark"):
            return True
        if t.ent_type_ == "DATE" and t.lower_ in PERIOD_WORDS:
            return True
    return False


def generic_plural(tok: Token) -> bool:
    """A bare plural event noun tied to no time or place ('sectarian clashes', 'attacks like this')."""
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBD":
        return False  # "clashes between herders and farmers killed 23 people": a past event told as it happened
    return not any(c.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for c in tok.subtree if c.i != tok.i)


def habitual_clause(tok: Token) -> bool:
    """'even while we fight', 'when they attack': a present-tense verb in an adverbial clause tells what is
    done in general, or what is to come ('after the government takes control'), not an event (news tells
    events in the past tense). A condition ('unless Nairobi withdrew its troops') is no event in any tense."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "unless" for c in tok.children):
        return True
    if tok.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in HABITUAL_MARKS for c in tok.children)


def ended_or_wanted(tok: Token) -> bool:
    """'lifting the opposition's siege', 'wanted the release of their fighters': an event noun that is
    ended or wished for, not carried out in the sentence; so is a gerund ended ('an agreement to stop fighting')."""
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "xcomp":
        return tok.head.lemma_.lower() in END_VERBS - {"call", "break"} | FORECAST_VERBS
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("to", "of") and \
            tok.head.head.lemma_.lower() in END_NOUNS:
        return True  # "a halt to fighting" (the gerund the parser hangs as a complement)
    if tok.pos_ != "NOUN":
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ in ("to", "of") and gov.head.lemma_.lower() in END_NOUNS:
        return True  # "agreed to an immediate halt to fighting", "an end to the shelling"
    if tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in END_VERBS and gov.pos_ == "VERB" and (
            gov.lemma_.lower() != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in gov.children)):
        return True
    # "wanted the release of their fighters taken hostage" (parsed as the subject of a complement clause)
    if tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in DESIRE_VERBS:
        return True
    return tok.dep_ == "nsubj" and gov.dep_ in ("ccomp", "xcomp") and gov.head.lemma_.lower() in DESIRE_VERBS


# prepositions that make an event noun the time or the cause of another event: "after the clashes",
# "detained over the killing", "arrested for the bombing"
BACKGROUND_PREPS = frozenset({"after", "following", "since", "before", "over", "for"})
# "in response to the killing", "in retaliation for the raid": the cause of another event
REPRISAL_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reaction"})


VISIT_NOUNS = frozenset({"visit", "talk", "meeting", "summit", "negotiation", "consultation"})


def earlier_event(tok: Token) -> bool:
    """'imposed a curfew after the clashes', 'detained six people over the killing', 'in response to the
    killing of its commander': an event noun that dates or explains another event of the sentence, told as
    background."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ == "for" and tok.lemma_.lower() in VISIT_NOUNS and tok.head.head.lemma_.lower() in TRAVEL_VERBS:
        return False  # "arrived in Moscow for a two-day visit": what the trip is for, not its background
    if tok.head.lower_ in BACKGROUND_PREPS:
        return True
    return tok.head.lower_ in ("to", "for") and tok.head.head.lemma_.lower() in REPRISAL_NOUNS


def upcoming(tok: Token) -> bool:
    """'shut down the internet ahead of the opposition rally': an event noun that only dates another event
    by one still to come."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead"


def earlier_clause(tok: Token) -> bool:
    """'hurled stones at police after the opposition leader was arrested': a clause that dates another event
    of the sentence by an earlier one, told as background."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("begin", "start", "erupt"):
        tok = tok.head  # "his first visit since the war in Ukraine began": the war dates the visit
    elif tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("begin", "start", "launch"):
        tok = tok.head  # "kidnappings have become rare since the three navies began joint patrols"
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in tok.children)


def intended(tok: Token) -> bool:
    """'a cease-fire to evacuate rebel fighters', 'a plan to attack': an infinitive describing a noun tells
    an act intended, not one carried out."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


# reports and rumours that someone will not confirm: "declined to comment on reports that a drone had struck"
RUMOUR_NOUNS = frozenset({"report", "rumour", "rumor", "allegation", "claim", "speculation", "suggestion"})
UNCONFIRMING_VERBS = frozenset({"comment", "investigate", "probe", "verify"})


def unconfirmed(tok: Token) -> bool:
    """'declined to comment on reports that a drone had struck the convoy', 'is investigating claims that troops shelled
    the town': an act told only as what reports say, which the sentence's speaker will not confirm (a denial of
    claims still tells the act alleged: 'denies US claims that Russia hacked official emails')."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "ccomp") or tok.head.lemma_.lower() not in RUMOUR_NOUNS:
        return False
    noun = tok.head
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    return gov.lemma_.lower() in UNCONFIRMING_VERBS

