"""Events: for each typed event mention, who did it to whom (dependency parse) and how certain it is."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.extract import modes
from newsevents.models import ActorRef, EventDate, Event, Location, TextSpan
from newsevents.nlp import doc_text, sentences

EXTRACTOR = "events/0.1"

_SUBJ = {"nsubj", "csubj"}
_PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj", "attr", "oprd"}
_TARGET_PREPS = {"on", "against", "at", "upon", "toward", "towards", "to", "with", "in"}
_ACTOR_PREPS = {"by", "from"}
_SPEECH = {"say", "tell", "state", "add", "write", "announce", "declare", "vow", "warn", "threaten", "claim",
           "insist", "shout", "proclaim"}
_ALLEGED_ADV = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently", "possibly"}
_ALLEGED_HEADS = {"accuse", "suspect", "allege", "blame", "believe", "appear", "seem", "report"}
_CLAIM_HEADS = {"claim"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_HEADS = {"vow", "threaten", "plan", "promise", "intend", "pledge", "aim", "prepare", "warn", "go"}
_HYPO_AUX = {"would", "could", "might", "may", "should", "can"}
_HYPO_MARK = {"if", "unless", "whether"}
_FIRST_PERSON = {"we", "us", "i", "me", "our"}
_DENIAL = {"deny", "refute"}
_DENIED_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "accusation", "suggestion"}

MentionsIndex = Sequence[ActorRef]


def event_id(doc_id: str, event_type: str, span: tuple[int, int]) -> str:
    digest = hashlib.sha256(f"{doc_id}|{event_type}|{span[0]}|{span[1]}".encode()).hexdigest()[:16]
    return f"ev_{digest}"


def _mention_in(token: Token, mentions: MentionsIndex, *, max_tokens: int = 14) -> ActorRef | None:
    """The actor mention a participant token stands for: the head's own mention, else a named one inside."""
    subtree = list(token.subtree)
    left = subtree[0].idx
    right = subtree[-1].idx + len(subtree[-1])
    if len(subtree) > max_tokens:  # a long clause: only the head's own noun phrase counts
        left = min(t.idx for t in token.lefts) if any(True for _ in token.lefts) else token.idx
        right = token.idx + len(token)
    inside = [m for m in mentions if left <= m.span[0] and m.span[1] <= right]
    if not inside:
        return None
    own = [m for m in inside if m.span[0] <= token.idx < m.span[1]]
    if own and own[0].kind != "agent":
        return own[0]
    groups = [m for m in inside if m.kind in ("armed_group", "organisation", "person")]
    if groups:  # "Two militants from the Caucasus Emirate": the group, not the sector word
        return groups[0]
    if own:
        return own[0]
    # A state named only as a modifier counts when it modifies the head itself ("Russian forces" is
    # resolved by the agent word; "the recording in Arabic and Russian" is not Russia acting).
    direct = [m for m in inside if any(c.idx == m.span[0] and c.dep_ in ("poss", "compound", "amod")
                                       for c in token.children)]
    return direct[0] if direct else None


def _speaker(sent: Span, mentions: MentionsIndex) -> ActorRef | None:
    """The subject of the sentence's speech verb ("said the fighter"), for quoted first-person actions."""
    for tok in sent:
        if tok.lemma_ in _SPEECH and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in _SUBJ:
                    return _mention_in(child, mentions)
    return None


_BLAME_VERBS = {"blame", "accuse", "suspect", "hold"}


def _participants(trigger: Token, sent: Span, mentions: MentionsIndex,
                  mentioned: bool = False) -> tuple[list[ActorRef], list[ActorRef]]:
    """Who did it and to whom; an attack named in passing ('arrested over the bombing') takes no actor from the
    verb it hangs on, only from its own phrase or from whom that verb blames ('blamed the rebels for the killing')."""
    actors: list[ActorRef] = []
    recipients: list[ActorRef] = []

    def add(target: list[ActorRef], token: Token | None, max_tokens: int = 14) -> None:
        if token is None or modes.source_label(token):
            return  # "Police: a journalist was shot dead": the rubric names who reports, no party (review of session 9)
        if token.lower_ in _FIRST_PERSON:
            speaker = _speaker(sent, mentions)
            if speaker is not None and all(m.span != speaker.span for m in actors + recipients):
                target.append(speaker)
            return
        mention = _mention_in(token, mentions, max_tokens=max_tokens)
        if mention is not None and all(m.span != mention.span for m in actors + recipients):
            target.append(mention)
        for conj in token.conjuncts:  # "police and soldiers"
            m2 = _mention_in(conj, mentions, max_tokens=6)
            if m2 is not None and all(m.span != m2.span for m in actors + recipients):
                target.append(m2)

    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    for child in trigger.children:
        dep, word = child.dep_, child.lower_
        if dep in _SUBJ and not is_noun:
            add(actors, child)
        elif dep in _PASSIVE_SUBJ or (dep in _OBJ and not is_noun):
            add(recipients, child)
        elif dep == "agent":
            add(actors, next((c for c in child.children if c.dep_ == "pobj"), None))
        elif dep == "prep" and word in _ACTOR_PREPS and is_noun:
            add(actors, next((c for c in child.children if c.dep_ == "pobj"), None))
        elif dep == "prep" and word in _TARGET_PREPS and word != "in":
            add(recipients, next((c for c in child.children if c.dep_ == "pobj"), None))
        elif dep in ("poss", "compound", "nmod") and is_noun:
            add(actors, child, max_tokens=6)
        elif dep == "relcl" and is_noun:  # "the attack that killed 14 policemen"
            for grandchild in child.children:
                if grandchild.dep_ in _OBJ:
                    add(recipients, grandchild)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        # a passive participle describes its patient: "the group accused of orchestrating the attack"
        patient = trigger.head if trigger.head.dep_ != "appos" else trigger.head.head
        add(recipients, patient, max_tokens=6)
        return actors, recipients
    if not actors and mentioned:
        verb = next((a for a in list(trigger.ancestors)[:4] if a.lemma_ in _BLAME_VERBS and a.pos_ == "VERB"), None)
        blamed = [c for c in verb.children if c.dep_ in ("dobj", "obj")] if verb is not None else []
        add(actors, blamed[0] if blamed else None, max_tokens=8)
        return actors, recipients
    if not actors:
        found = _governing_actor(trigger, mentions)
        if found is not None and all(m.span != found.span for m in recipients):
            actors.append(found)
    return actors, recipients


def _subject_of(verb: Token, mentions: MentionsIndex) -> ActorRef | None:
    for child in verb.children:
        if child.dep_ in _SUBJ:
            return _mention_in(child, mentions)
    return None


def _governing_actor(trigger: Token, mentions: MentionsIndex) -> ActorRef | None:
    """The actor a trigger inherits: the subject of the verb it hangs from ('militants launched an attack',
    'stole three cars ... and attacked'), or the noun a participle describes ('the group accused of
    orchestrating the attack'), through at most five steps up the parse."""
    token = trigger
    for _ in range(5):
        parent = token.head
        if parent is token:
            return None
        if token.dep_ == "relcl" and parent.pos_ in ("NOUN", "PROPN"):
            return _governing_actor(parent, mentions) if parent.pos_ == "NOUN" else _mention_in(parent, mentions, max_tokens=4)
        if token.dep_ in ("ccomp", "parataxis") and parent.lemma_ in _SPEECH:
            return None  # a quotation is not an act of the person quoted
        if parent.pos_ in ("VERB", "AUX"):
            found = _subject_of(parent, mentions)
            if found is not None:
                return found
        elif parent.pos_ in ("NOUN", "PROPN") and token.dep_ in ("acl", "relcl"):
            found = _mention_in(parent, mentions, max_tokens=4)
            if found is None and parent.dep_ == "appos":
                found = _mention_in(parent.head, mentions, max_tokens=6)
            return found
        if token.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return None
        token = parent
    return None


# the links an act may take up to the denial verb: its own clause or object ('denied carrying out the attack');
# never a relative clause, a preposition or a subject ('denied that they were behind the bombing', 'denied it had
# abducted the students, who were kidnapped on Monday': the act happened, its authorship is denied)
_DENIED_PATH = frozenset({"ccomp", "xcomp", "pcomp", "dobj", "conj"})


def _denied(chain: list[Token]) -> Token | None:
    """The denial verb an act is told under, if any: 'the army denied that its jets had bombed the market',
    'denied carrying out the rocket attack', 'denied reports that its troops had fired on a wedding': the act is
    denied, not told as done. Not the act of which a denial verb only governs a part ('denied responsibility for
    the bombing', 'denied any role in the attack': the attack happened), nor a denial itself negated ('did not
    deny that ...')."""
    for k, (below, tok) in enumerate(zip(chain, chain[1:4])):
        if not all(c.dep_ in _DENIED_PATH for c in chain[:k]) or below.lemma_ == "be":
            return None  # 'denied that they were behind the bombing', 'the explosion, which killed 12, was caused by'
        if tok.lemma_ in _DENIAL and tok.pos_ == "VERB" and below.dep_ in ("ccomp", "xcomp", "pcomp"):
            return None if any(c.dep_ == "neg" for c in tok.children) else tok
        if below.dep_ in ("acl", "ccomp") and tok.lemma_ in _DENIED_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_ in _DENIAL and not any(c.dep_ == "neg" for c in tok.head.children):
            return tok.head
    return None


def certainty(trigger: Token, sent: Span) -> tuple[str, Token | None]:
    """asserted, claimed, alleged, hypothetical, future or negated, with the word that says so."""
    chain = [trigger]
    token = trigger
    while token.head is not token and len(chain) < 6:
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_ in _SPEECH:
            break  # reported speech: the speech verb's own modality does not pass into the quote
        token = token.head
        chain.append(token)
    for tok in chain[:3]:
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return "negated", child
    if (denial := _denied(chain)) is not None:
        return "negated", denial
    for tok in chain[:2]:
        for child in tok.children:
            if child.dep_ in ("aux",) and child.lower_ in _FUTURE_AUX:
                return "future", child
            if child.dep_ == "aux" and child.lower_ == "going" and any(c.lower_ == "to" for c in tok.children):
                return "future", child
            if child.dep_ == "aux" and child.lower_ in _HYPO_AUX:
                return "hypothetical", child
            if child.dep_ == "mark" and child.lower_ in _HYPO_MARK:
                return "hypothetical", child
    for tok in chain:
        for child in tok.children:
            if child.lower_ in _ALLEGED_ADV:
                return "alleged", child
    for tok in chain[1:]:
        if tok.lemma_ in _CLAIM_HEADS:
            return "claimed", tok
        if tok.lemma_ in _ALLEGED_HEADS:
            return "alleged", tok
        if tok.lemma_ in _FUTURE_HEADS and trigger.dep_ in ("xcomp", "ccomp"):
            return "future", tok
    return "asserted", None


def run(
    doc: Doc,
    mentions: MentionsIndex,
    *,
    doc_id: str,
    date_of: Callable[[tuple[int, int], tuple[int, int], bool], EventDate | None] | None = None,
    place_of: Callable[[tuple[int, int], tuple[int, int]], Location | None] | None = None,
    min_confidence: float = 0.0,
) -> list[Event]:
    """Every event in the document; date_of and place_of tie each one to a time and a place."""
    from newsevents.extract import typing as event_typing, typing_learned
    from newsevents.extract.casualties_carry import carry

    events: list[Event] = []
    text = doc_text(doc)
    sents = list(sentences(doc))
    for sent, frames in zip(sents, carry(sents, [event_typing.analyse(s) for s in sents])):
        coded, parties = [], []
        for frame in frames:
            actors, recipients = _participants(frame.trigger, sent, mentions, frame.mentioned)
            coded.append(replace(frame, acled=event_typing.acled_for(frame, [a.sector or "" for a in actors],
                                                                     [r.sector or "" for r in recipients])))
            parties.append((actors, recipients))
        # the learned checks: the PLOVER check may drop a type, the ACLED check re-type the main event or add
        # the one the rules missed; each kept frame keeps the participants found for it, an added one gets its own
        known = {(f.trigger.i, f.event_type): p for f, p in zip(coded, parties)}
        coded = typing_learned.revise(sent, coded)
        parties = [known.get((f.trigger.i, f.event_type)) or _participants(f.trigger, sent, mentions, False)
                   for f in coded]
        for frame, (actors, recipients) in zip(coded, parties):
            acled = frame.acled
            cert, cue = certainty(frame.trigger, sent)
            if frame.event_type == "THREATEN" and cert == "asserted" and _is_future_statement(frame.trigger, sent):
                cert = "future"
            sent_span = (sent.start_char, sent.end_char)
            confidence = round(frame.confidence * (1.0 if actors else 0.85) * (1.0 if cert == "asserted" else 0.95), 3)
            if confidence < min_confidence:
                continue
            counts = frame.counts
            events.append(Event(
                id=event_id(doc_id, frame.event_type, frame.trigger_span), doc_id=doc_id,
                event_type=frame.event_type,
                trigger=TextSpan(text[frame.trigger_span[0]:frame.trigger_span[1]], frame.trigger_span),
                sentence=TextSpan(text[sent_span[0]:sent_span[1]], sent_span), actors=actors, recipients=recipients,
                mode=frame.mode, modes=list(frame.modes), acled=acled, cameo_root=frame.cameo_root,
                date=date_of(sent_span, frame.trigger_span, cert != "future") if date_of else None,
                location=place_of(sent_span, frame.trigger_span) if place_of else None,
                fatalities=counts.get("fatalities"), injured=counts.get("injured"),
                arrested=counts.get("arrested"), kidnapped=counts.get("kidnapped"), size=counts.get("size"),
                target_sector=frame.target_sector, certainty=cert,
                certainty_cue=TextSpan(cue.text, (cue.idx, cue.idx + len(cue))) if cue is not None else None,
                confidence=confidence, extractor=f"{EXTRACTOR}+{frame.extractor}",
            ))
    return events


def _is_future_statement(trigger: Token, sent: Span) -> bool:
    """A threat is about the future: 'we will, God willing, free X', 'vowed ISIS will liberate', 'threatened to'."""
    for tok in [trigger, *trigger.children]:
        if tok.dep_ == "aux" and tok.lower_ in _FUTURE_AUX | {"going"}:
            return True
        if tok.dep_ == "xcomp" or (tok.tag_ == "TO" and tok.head.pos_ == "VERB"):
            return True
    # A parse broken by an inserted phrase ("We will, with the consent of Allah, free Chechnya"):
    # a future auxiliary earlier in the same quoted clause still governs the threatened act.
    start = sent.start
    for tok in reversed(list(sent.doc[start:trigger.i])):
        if tok.text in {"\u201c", '"', ".", "!", "?", ";"}:
            break
        if tok.lower_ in _FUTURE_AUX or (tok.lower_ == "going" and tok.nbor(1).lower_ == "to"):
            return True
    return trigger.lemma_ in {"threaten", "vow", "warn"}
