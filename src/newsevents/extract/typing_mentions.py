"""Which attack words tell an incident: an attack noun named in passing as the cause, time or charge of another
event still tells one ('arrested three suspects over last week's bombing of a market', 'blamed the rebels for the
killing of 130 people'); a feared, generic or serial one does not ('fears of an attack', 'a spate of attacks'), nor
a shot on a playing field ('the striker shot his team into the final')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract import modes
from newsevents.extract.ontology import CASUALTY_VERBS
from newsevents.extract.typing_context import SERIES_NOUNS, TIME_NOUNS, in_series, pinned, token_table

# prepositions that make an attack noun the background of another event: its cause, time or charge
PASSING_PREPS = frozenset({"after", "following", "over", "for", "since"})
# "in response to the bombing", "in retaliation for the raid"
REPRISAL_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reaction"})
# long campaigns and states of war: no one incident, however they are dated
CAMPAIGN_WORDS = frozenset({"war", "conflict", "violence", "insurgency", "offensive", "campaign", "operation",
                            "crackdown", "unrest", "crisis", "siege", "occupation", "fighting", "fight", "battle",
                            "clash", "hostility"})
# a group that claims an attack tells it as its own act (the claim's subject is its actor)
CLAIM_VERBS = frozenset({"claim", "admit"})
# verbs that tell what an attack did to its victims, so that the attack after which they happened is theirs
OUTCOME_VERBS = frozenset({"die", "perish", "succumb"})
# determiners and modifiers that point at one known incident: "the twin blasts", "this week's attack"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
NUMBERED = frozenset({"twin", "double", "triple", "coordinated"})
# what only an attack feared, planned or warned of is the object of: "fears of an attack", "a plot for an attack"
FEAR_NOUNS = frozenset({"fear", "threat", "risk", "danger", "possibility", "prospect", "spectre", "specter",
                        "warning", "plot", "plan", "likelihood", "chance", "rumour", "rumor", "alert"})


def _outcome(verb: Token) -> bool:
    """'eight people died after a double suicide bombing', 'were wounded after the blast': the deaths or wounds
    the attack caused, told with it, not another act that follows it."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # "17 troops died and 13 were missing after"
        lemma = v.lemma_.lower()
        if lemma in OUTCOME_VERBS or lemma in CASUALTY_VERBS and any(
                c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return True
    return False


def _counted(tok: Token) -> bool:
    """'the killing of more than 130 people', 'a bomb blast that wounded four rangers': a number in its phrase."""
    return any(t.like_num and t.i != tok.i and t.ent_type_ not in ("DATE", "TIME") for t in tok.subtree)


def _dated_or_placed(tok: Token) -> bool:
    """A day, date or named place inside the noun's own phrase ('the killing ... in Diallassagou on June 18')."""
    return any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in tok.subtree if t.i != tok.i)


def _definite(tok: Token) -> bool:
    """'the attack', 'the twin blasts', 'the militants' attack': a determiner or an owner pointing at one incident."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" or c.lower_ in NUMBERED
               for c in tok.children)


def in_passing(tok: Token) -> bool:
    """Whether an event noun is the 'after / following / over / for / since' object of another act, or what it
    responds to ('in retaliation for', 'in response to')."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "to" and prep.head.lemma_.lower() in REPRISAL_NOUNS:
        return True
    owner = prep.head  # the act it is background to, or a stretch of time before it ('a day after the blasts')
    if owner.lemma_.lower() in CLAIM_VERBS:
        return False  # "claimed responsibility on Tuesday for the twin bombings": the claimant's own attack, told
    return prep.lower_ in PASSING_PREPS and (owner.pos_ in ("VERB", "AUX") or owner.lemma_.lower() in TIME_NOUNS)


def incident_mention(tok: Token) -> bool:
    """An attack noun named in passing inside a non-violent event that still reports one incident: pinned by
    its target, victims, place or day ('last week's bombing of a market in Maiduguri'), counted ('the killing
    of more than 130 people'), or definite ('a day after the twin blasts'). Campaigns and wars, serial
    ('a spate of attacks') and bare indefinite mentions ('after an attack') do not."""
    if not in_passing(tok) or in_series(tok) or _outcome(tok.head.head):
        return False
    if tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False  # "blamed for attacks in Turkey": several, none pinned
    lemma = tok.lemma_.lower()
    if lemma in CAMPAIGN_WORDS:
        return False
    if pinned(tok) or _counted(tok) or _dated_or_placed(tok):
        return True
    return _definite(tok)


# verbs whose clause tells an act that is only expected: "the army fears that the ELN will step up attacks"
FEAR_VERBS = frozenset({"fear", "worry", "expect", "predict", "anticipate", "suspect"})
# the auxiliaries of an act still to come
COMING_AUX = frozenset({"will", "'ll", "would", "could", "may", "might", "shall"})


def _expected(tok: Token) -> bool:
    """'fears that the ELN will step up attacks', 'expects that the rebels could attack': an act (or the object of
    the verb) under a future or modal auxiliary, in the clause of a verb of fearing or expecting."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") else tok
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in FEAR_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in COMING_AUX for c in verb.children)


def feared(tok: Token) -> bool:
    """'amid fears of an attack on the town', 'a plot for an attack', 'fears that the ELN will step up attacks': an
    act only feared or planned."""
    if _expected(tok):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in FEAR_VERBS and not any(
            c.dep_ == "neg" for c in tok.head.children):
        return True  # "analysts fear a fresh offensive by JNIM fighters"
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for"):
        return False
    owner = tok.head.head
    return owner.lemma_.lower() in FEAR_NOUNS and owner.lemma_.lower() not in SERIES_NOUNS


# works whose subject an event noun can be: "a documentary about the siege of Sarajevo", "a novel about the war"
WORKS = frozenset({"documentary", "film", "movie", "drama", "book", "novel", "play", "exhibition", "series",
                   "musical", "opera", "memoir", "biopic", "podcast", "song", "thriller", "miniseries", "comedy"})


def subject_of_work(tok: Token) -> bool:
    """'A documentary about the siege of Sarajevo won the top prize', 'a drama about the siege of Marawi bombed at
    the box office', 'the film tells the story of a bombing': an event noun that is what a film, book or play is
    about is no event of the news."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "dobj"):
        return False
    if tok.head.lower_ in ("about", "on") and tok.head.head.lemma_.lower() in WORKS:
        return True
    # "the film tells the story of a bombing that shook a small town": what a work tells
    t = tok
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "dobj", "obj") or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in WORKS for c in t.children)
    return False


# who shoots and attacks on a playing field: "the striker shot his team into the final"
SPORTS_WORDS = frozenset({"striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "player",
                          "team", "squad", "club", "champion", "golfer", "batsman", "bowler", "footballer",
                          "pacer", "spinner", "seamer", "batter", "paceman"})
# what is shot or attacked in play: "shot his team into the final", "shot the ball wide"
PLAY_OBJECTS = SPORTS_WORDS | {"ball", "goal", "shot", "penalty", "rival", "opponent", "side", "way", "hole"}
# who shoots down an idea or a person's display: "was shot down by critics"
CRITICS = frozenset({"critic", "opponent", "voter", "fan", "pundit", "commentator", "lawmaker", "reviewer"})


def sporting(tok: Token) -> bool:
    """'The striker shot his team into the final', 'the champions launched a blistering attack in the second half',
    'was shot down by critics': a shot or an attack on a playing field, or by critics, is no violence."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") else tok
    if verb is tok and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in PLAY_OBJECTS for c in tok.children):
        return False  # "the player attacked a referee": violence on the pitch is violence
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for who in doers:
        lemma = who.lemma_.lower()
        if lemma in CRITICS or lemma in SPORTS_WORDS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in who.children):  # (not "a team of gunmen")
            return True
    return False


# words that place a sentence on a playing field, in a market or in the arts, where news borrows war words ("a
# twelve-round battle", "fired the opening shots in a price war", "the war epic bombed at the box office"); only
# words that have no sense in conflict news
PLAY_DOMAIN = frozenset({
    "tournament", "championship", "heavyweight", "middleweight", "welterweight", "bout", "knockout",
    "referee", "midfielder", "goalkeeper", "playoff", "semi-final", "quarter-final", "inning", "wicket",
    "header", "scoreline", "carmaker", "automaker", "investor", "shareholder", "profit",
    "customer", "brand", "movie", "novel", "album", "epic", "nil",
})  # (not "league", "coach", "share", "film", "studio", "retailer", "revenue": real attacks name them too; "nil": a
# score, "won two-nil")
# the phrases among them: "a price war", "the second half", "the 83rd minute", "a split decision"
PLAY_PHRASES = (("price", "war"), ("trade", "war"), ("second", "half"), ("first", "half"), ("split", "decision"),
                ("box", "office"), ("chief", "executive"))
# what anchors a sentence in real violence whatever its other words: people killed or hurt, armed or state forces
ANCHOR_SECTORS = frozenset({"armed", "police", "military"})


def _play_words(sent: Span) -> bool:
    """Whether the sentence names a sport, a market or a work of fiction (a word or a two-word phrase)."""
    lemmas, lowers, poses = token_table(sent.doc)  # (the Doc's columns: no Token is built)
    words = lowers[sent.start:sent.end]
    if any(lemmas[i] in PLAY_DOMAIN and poses[i] in ("NOUN", "PROPN") for i in range(sent.start, sent.end)):
        return True
    pairs = set(zip(words, words[1:]))
    return any(p in pairs for p in PLAY_PHRASES) or any(
        w == "minute" and a.endswith(("th", "st", "nd", "rd")) and a[:1].isdigit() for a, w in zip(words, words[1:]))


def figurative_prose(sent: Span) -> bool:
    """'Argentina's forwards launched wave after wave of attacks in the second half', 'carmakers fired the opening
    shots in a price war': war words in sport, business or the arts, with nobody killed or hurt and no armed or
    state force and no weapon in the sentence, tell no violence."""
    if not _play_words(sent):
        return False
    if any(w.mode != "firearms" for w in modes.find_weapons(sent)):
        return False  # "a Russian missile struck a film studio", "drones hit the refinery" ("fired the opening
        # shots in a price war" is the metaphor of the trade)
    return not any(t.lemma_.lower() in CASUALTY_VERBS or t.lower_ in ("dead", "injured", "wounded")
                   or t.pos_ in ("NOUN", "PROPN") and modes.sector_of(t) in ANCHOR_SECTORS for t in sent)


# links that leave a verdict's clause: a joined or reported clause is news of its own
_OWN_CLAUSE = frozenset({"conj", "ccomp", "parataxis"})


def charge_of_verdict(tok: Token, verdict: Token) -> bool:
    """'sentenced 13 soldiers to death for the killing of two UN experts', 'jailed for life the last member of the
    cell that carried out the November 2015 attacks', 'convicted him of terrorism for the bombing that killed 77':
    an attack inside a verdict's objects, charges or the clauses on them is what was judged, not an incident of
    the day (ACLED codes nothing from a verdict). The deed of the verdict's subject stays news ('a man who stabbed
    his neighbour to death was found guilty of murder')."""
    t = tok
    for _ in range(8):
        if t.head.i == verdict.i:
            return t.dep_ not in _OWN_CLAUSE | {"nsubj", "nsubjpass"}
        if t.dep_ in _OWN_CLAUSE or t.head.i == t.i:
            return False
        t = t.head
    return False
