"""Violence named only as the background of a non-violent act: 'asked allies for air defences, saying Russia had
fired dozens of missiles', 'jailed the last surviving member of the cell that carried out the attacks', 'aid for
families displaced by fighting'. When the sentence's own news (its main clause) is a statement, an appeal, aid,
a sanction or talks, violence told in a clause below it explains that act and is not the sentence's event."""

from __future__ import annotations

from spacy.tokens import Span, Token

# types that are news of their own and that ACLED does not code: the sentence reports the act, not the violence
# it cites
# (an accusation is left out: "accused troops of shelling the town on Sunday" tells the shelling too)
NON_VIOLENT_NEWS = frozenset({"AID", "REQUEST", "SANCTION", "CONSULT", "CONCEDE", "REJECT", "SUPPORT", "COOPERATE",
                              "AGREE"})
# participles that give the reason for an act: "saying Russia had fired missiles", "citing attacks on its troops"
REASON_VERBS = frozenset({"say", "cite", "argue", "claim", "add", "note", "insist", "explain", "complain"})
# types whose words in a clause below such an act are only its background
BACKGROUND_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "RETREAT"})
# links by which a word stays in the main clause: complements and conjoined verbs ("voted to end the treaty")
MAIN_LINKS = frozenset({"xcomp", "ccomp", "conj", "ROOT"})


def main_clause(tok: Token) -> bool:
    """Whether a word heads the sentence's own news: the root, or a complement or conjunct of it (an object noun
    of such a verb counts too: 'held talks')."""
    t = tok
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "attr"):
        t = t.head
    for _ in range(6):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return True
        if t.dep_ not in MAIN_LINKS:
            return False
        t = t.head
    return False


def _explaining_link(t: Token) -> bool:
    """Whether the link from a word to its head makes it an explanation of the head's act: a clause describing a
    noun ('the cell that carried out the attacks', 'families displaced by fighting'), a reason given ('saying ...',
    'citing ...') or a purpose ('to discuss border crossings and attacks')."""
    if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
        # (not the deed of the sentence's subject: "a man who fatally stabbed his neighbour was found guilty")
        return t.head.dep_ not in ("nsubj", "nsubjpass")
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in REASON_VERBS:
        return True
    return t.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)


def told_below(tok: Token, main_types: set[str]) -> bool:
    """Whether a violent word sits in a clause that explains a main act whose news is non-violent ('asked for air
    defences, saying Russia had fired missiles'), so that it only gives that act's background."""
    if not main_types or not main_types <= NON_VIOLENT_NEWS:
        return False
    t = tok
    for _ in range(8):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return False
        if _explaining_link(t):
            return True
        t = t.head
    return False


# nouns of a power or an order given: "sweeping powers to detain suspects", "orders to shoot on sight"
AUTHORITY_NOUNS = frozenset({"power", "authority", "right", "permission", "mandate", "licence", "license", "order",
                             "instruction", "leave"})
# verbs by which someone is told or allowed to act: "police were ordered to shoot violators"
EMPOWER_VERBS = frozenset({"order", "instruct", "authorise", "authorize", "empower", "allow", "permit", "tell"})


def only_empowered(tok: Token) -> bool:
    """'giving the military sweeping powers to detain suspects', 'police were ordered to shoot violators on
    sight': an act someone was given the power or the order to carry out, not one carried out."""
    if tok.pos_ != "VERB":
        return False
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].lemma_.lower() in AUTHORITY_NOUNS:
        return True  # (read from the words: a parse may take "detain" for a modifier of "suspects")
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in EMPOWER_VERBS and any(
        c.dep_ == "auxpass" for c in head.children)


def self_dispersed(tok: Token, entry) -> bool:  # type: ignore[no-untyped-def]
    """'held a brief demonstration before dispersing': a crowd that disperses of itself met no force (the verb has
    no object and is not passive)."""
    return entry.mode == "crowd-control" and tok.lemma_.lower() == "disperse" and not any(
        c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent") for c in tok.children)


def part_of_arrest(tok: Token, arrests: set[int]) -> bool:
    """'arrested the former prime minister, dragging him into an armoured vehicle': the seizing of a person told
    in a clause of an arrest is the arrest, not an abduction."""
    return tok.dep_ in ("advcl", "conj") and tok.head.i in arrests


PLACE_PREPS = frozenset({"at", "near", "outside", "inside", "in", "on", "into"})


def place_of(tok: Token, preps: frozenset[str] = PLACE_PREPS) -> int | None:
    """The verb whose place phrase holds a noun ('triggered near the stage of a rally': 'triggered'), through
    'of' phrases of the place; None when the noun is not in such a phrase."""
    t, hops = tok, 0
    while t.dep_ == "pobj" and hops < 3:
        prep = t.head
        if prep.lower_ in preps and prep.head.pos_ in ("VERB", "AUX"):
            return prep.head.i
        if prep.lower_ != "of" and not (prep.lower_ in PLACE_PREPS and prep.head.pos_ == "NOUN"):
            return None
        t, hops = prep.head, hops + 1
    return None


# auxiliaries of what may or might happen: "Moscow could use nuclear weapons", "his fighters would fight on"
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should"})
# verbs whose object is only being readied: "the army is preparing an offensive to retake the city"
PREPARE_VERBS = frozenset({"prepare", "plan", "plot", "mull", "weigh", "contemplate"})


def not_yet(tok: Token) -> bool:
    """'warned that Moscow could use nuclear weapons', 'is preparing an offensive to retake the capital': an act
    that may come or is being readied, told under a modal or as what is prepared (with the act it is for)."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if tok.pos_ == "VERB" and aux & HYPOTHETICAL_AUX and "have" not in aux:
        return True  # (not a past act hedged: "civilians may also have been injured")
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() in PREPARE_VERBS and any(c.tag_ == "TO" for c in tok.children):
        return True  # "preparing an offensive to retake the capital" (the purpose hung on the verb)
    noun = tok.head if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" else tok
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in PREPARE_VERBS


# verbs that answer a demand or study a finding: "meeting a key demand", "to review the investigation"
ANSWERING_VERBS = frozenset({"meet", "satisfy", "fulfil", "fulfill", "grant", "heed", "review", "cite", "reverse",
                             "repeal", "lift", "drop"})
# acts whose object noun is what they act on, not an event of its own: "rejected demands to ...", "reversed its
# ban", "citing the threat of intervention"
OBJECT_TAKERS = frozenset({"REJECT", "CONCEDE", "REQUEST", "CONSULT", "AGREE", "SUPPORT", "AID", "SANCTION"})


def object_of_act(tok: Token, event_type: str, heads: dict[int, str]) -> bool:
    """'reversed its ban on 26 platforms', 'rejected international demands', 'meeting a key demand of the
    students', 'citing the threat of foreign intervention': a non-violent event noun that is the object of another
    act (one of the sentence's events of another type, or a verb that answers or studies it) is what that act is
    about, not an event of its own."""
    if event_type == "CONSULT" and _promised_talks(tok, heads):
        return True
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj") or event_type == "ASSAULT":
        return False
    head = tok.head
    other = heads.get(head.i)
    return other is not None and other != event_type and other in OBJECT_TAKERS or \
        head.lemma_.lower() in ANSWERING_VERBS and head.tag_ == "VBG"


# verbs that open talks named as their object: "agreed to hold talks", "offered to open negotiations"
_OPEN_TALKS = frozenset({"hold", "open", "start", "begin", "resume", "launch"})


def _promised_talks(tok: Token, heads: dict[int, str]) -> bool:
    """'agreed to meet in Nairobi', 'refused to meet the envoy', 'offered to hold talks': talks that are what another
    act of the sentence (an agreement, a refusal, an offer) is about, not talks held (the written sets type these
    AGREE or REJECT alone)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and \
        tok.head.lemma_.lower() in _OPEN_TALKS else tok
    other = heads.get(verb.head.i)
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and other is not None and other != "CONSULT" and \
        other in OBJECT_TAKERS


# where and against what talks are named as the setting of another act: "agreed to a truce at the close of a round
# of negotiations", "farmers protesting outside the EU summit", "rallied against the suspension of talks"
TALK_SETTINGS = PLACE_PREPS | {"during", "after", "against", "over", "despite", "amid"}


def talks_as_setting(tok: Token, others: set[int]) -> bool:
    """Talks named only as the setting, the way or the grievance of another event of the sentence (whose trigger
    positions are others): in its place phrase, or mediation describing a noun ('an exchange mediated by the
    Emirates', 'after talks mediated by church leaders')."""
    if tok.pos_ == "VERB":
        return tok.dep_ == "acl" and tok.tag_ == "VBN" and bool(others)
    return place_of(tok, TALK_SETTINGS) in others


def own_news(sent: Span) -> bool:
    """Whether a sentence gives a toll of the dead or hurt or names a day: an attack it cites is news of its own."""
    from newsevents.extract import casualties

    return any(rc.role in ("fatalities", "injured") for rc in casualties.find_counts(sent)) or any(
        t.ent_type_ == "DATE" for t in sent)
