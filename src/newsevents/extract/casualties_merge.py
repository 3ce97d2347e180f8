"""How the counts of one event add up: parts, two sides of a fight, two sources, totals and repeats."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.models import Count

EXTRACTOR = "casualties/0.1"
REFLEXIVE = frozenset({"himself", "herself"})
# words that put people on top of those already counted: "two others", "a further five", "a fourth officer died"
_ADDED_WORDS = frozenset({"other", "further", "additional", "another", "second", "third", "fourth", "fifth", "sixth",
                          "seventh", "eighth", "ninth", "tenth"})


@dataclass(frozen=True)
class RoleCount:
    """A quantity with its role (fatalities, injured, arrested, kidnapped, size) and governing word."""

    role: str
    count: Count
    governor: Token
    number: Token


def of_object(tok: Token) -> Token | None:
    """The object of the 'of' hanging on tok ('dozens of people' -> people), or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


# the two sides of a fight: "it lost six soldiers, while more than 30 attackers were killed" tells two parts
_STATE_SIDE = frozenset(
    "soldier troop policeman officer police serviceman gendarme paratrooper marine guard policemen servicemen".split())
_ARMED_SIDE = frozenset((
    "militant attacker assailant rebel insurgent jihadist fighter terrorist gunman gunmen militiaman extremist bandit "
    "bomber shooter kidnapper hijacker raider").split())
SIDE_NOUNS = _STATE_SIDE | _ARMED_SIDE


def _side(noun: Token) -> str | None:
    """The side a counted noun is on ('30 of the attackers' counts attackers): state, armed or None."""
    if noun.pos_ == "NUM":
        noun = of_object(noun) or noun
    lemma = noun.lemma_.lower()
    return "state" if lemma in _STATE_SIDE else "armed" if lemma in _ARMED_SIDE else None


def _part_phrase(noun: Token) -> bool:
    """'including three soldiers', 'among them two policemen': a count told as part of another."""
    return any(a.lower_ in ("including", "among", "of") and a.dep_ in ("prep", "pcomp") for a in noun.ancestors) or \
        noun.dep_ == "appos"


MARTYRDOM = frozenset({"martyrdom", "shahadat", "shahadah", "shahadet"})  # "two soldiers embraced shahadat"
_NEUTRALISE_LEMMAS = frozenset({"neutralise", "neutralize", "eliminate"})


def to_hell(verb: Token) -> bool:
    """'were sent to hell': a communiqué's enemies killed (not 'sent to hell and back', an ordeal)."""
    return verb.lemma_.lower() == "send" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "hell" and not _and_back(g) for g in c.children)
        for c in verb.children)


def _and_back(hell: Token) -> bool:
    """'hell and back': the idiom of an ordeal survived."""
    return any(c.dep_ == "cc" for c in hell.children) and any(c.dep_ == "conj" and c.lower_ == "back"
                                                              for c in hell.children) or \
        hell.i + 2 < len(hell.doc) and hell.doc[hell.i + 1].lower_ == "and" and hell.doc[hell.i + 2].lower_ == "back"


def _communique_side(verb: Token) -> str | None:
    """The side a communiqué's words for death put the dead on: 'own' for its martyrs ('embraced shahadat', 'were
    martyred'), 'enemy' for those it killed ('were sent to hell', 'were neutralised'), else None."""
    lemma = verb.lemma_.lower()
    if lemma == "martyr" or lemma == "embrace" and any(c.dep_ == "dobj" and c.lower_ in MARTYRDOM
                                                       for c in verb.children):
        return "own"
    if to_hell(verb) or lemma in _NEUTRALISE_LEMMAS or verb.lower_ in ("neutralised", "neutralized"):
        return "enemy"
    return None


def _two_sides(groups: list[list[RoleCount]]) -> bool:
    """Whether two counts of one role are the two sides of a fight, each told on its own (to be added up)."""
    if len(groups) != 2 or any(len(g) != 1 for g in groups):
        return False
    a, b = groups[0][0], groups[1][0]
    if {_communique_side(a.governor), _communique_side(b.governor)} == {"own", "enemy"}:
        return True  # "four soldiers embraced martyrdom while six khwarij were sent to hell"
    if _own_word(a.number) != _own_word(b.number) and a.governor.i != b.governor.i and \
            source(a.governor) == source(b.governor):
        return True  # one teller setting the enemy's dead against its own: "nine soldiers dead ... four of their own"
    if a.governor.lemma_ == b.governor.lemma_ == "lose" and a.governor.i != b.governor.i and \
            source(a.governor) == source(b.governor):
        return True  # each side's losses: "government troops lost 11 men and the militia lost about 20" (two tellers'
        # figures of one side's losses are two sources: "Ukraine said it lost 12, Russia said Ukraine lost 40")
    if "lose" in (a.governor.lemma_, b.governor.lemma_) and a.governor.lemma_ != b.governor.lemma_ and \
            own_losses(a.number) != own_losses(b.number) and source(a.governor) == source(b.governor) and \
            not any((of_object(rc.number) or rc.number).lower_ in ("whom", "them") for rc in (a, b)):
        return True  # one side's own losses and the enemy dead it claims: "it had lost four of its fighters and
        # killed nine militiamen" (not "lost three of its soldiers, two of whom were killed by a sniper")
    if gapped_side(b.number) and own_losses(a.number):
        return True  # "Bishkek reports 24 dead on its side, Dushanbe 17": each side's own dead
    if _part_phrase(a.number) or _part_phrase(b.number):
        return False
    sides = {_side(a.number), _side(b.number)}
    if sides == {"state", "armed"}:
        return True
    if own_losses(a.number) and own_losses(b.number) and source(a.governor) != source(b.governor):
        return True  # "Azerbaijan said 50 of its soldiers died, and Armenia said 49 of its troops had died"
    # the attackers and their victims, each in a clause of its own: "shot dead three gunmen after they killed
    # seven worshippers", "both bombers died in the blasts, which also killed nine shoppers"
    return len(sides) == 2 and "armed" in sides and a.governor.i != b.governor.i and \
        "be" not in (a.governor.lemma_, b.governor.lemma_) and (  # one source, or one clause told by none
            len({source(a.governor), source(b.governor)}) == 1 or None in (source(a.governor), source(b.governor)))


# (a side that "acknowledged eleven dead" is one more source of the figure; "admitting the loss of three of its own"
# is a side's own dead, set against the enemy's)
SOURCE_VERBS = frozenset({"say", "tell", "report", "claim", "state", "put", "give", "estimate", "count", "acknowledge"})
FIGURE_VERBS = frozenset({"say", "report", "put", "give", "estimate", "count"})  # "residents said 12", "put it at 9"
OWN_WORDS = frozenset({"its", "their", "our"})


def source(tok: Token) -> int | None:
    """The verb of saying a clause is told by ("witnesses said ..., though the army said ..." are two sources;
    "witnesses put the number at nine")."""
    if tok.lemma_ in FIGURE_VERBS and any(c.dep_ == "nsubj" for c in tok.children):
        return tok.i
    said = next((a.i for a in tok.ancestors if a.lemma_ in SOURCE_VERBS), None)
    if said is None:  # "20 people were killed, according to police"; "the clashes left 3 dead, police said, but ..."
        said = next((c.i for a in (tok, *tok.ancestors) for c in a.children if c.lower_ == "according" or
                     c.dep_ == "parataxis" and c.lemma_ in SOURCE_VERBS), None)
    return said


def own_losses(noun: Token) -> bool:
    """'50 of its soldiers', 'their fighters', '41 dead on its own side': a side's count of its own dead."""
    inner = of_object(noun) if noun.pos_ == "NUM" else noun
    if any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in ((inner or noun).children)):
        return True
    verb = next((t for t in (noun, *noun.ancestors) if t.pos_ == "VERB"), noun)
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lemma_.lower() == "side" and any(p.dep_ == "poss" and p.lower_ in OWN_WORDS for p in g.children)
        for g in c.children) for c in (*noun.children, *verb.children))


def gapped_side(num: Token) -> bool:
    """'Bishkek reports 24 dead on its side, Dushanbe 17': a bare figure right after the name of another side, its
    verb and state left out."""
    name = num.head
    return num.dep_ == "nummod" and num.pos_ == "NUM" and name.pos_ == "PROPN" and num.i == name.i + 1 and \
        name.ent_type_ in ("GPE", "ORG", "NORP") and name.i > 0 and num.doc[name.i - 1].text == "," and (
            num.i + 1 == len(num.doc) or num.doc[num.i + 1].is_punct)


def _own_word(noun: Token) -> bool:
    """'four of their own men', 'its own soldiers': a side's dead told against another side's."""
    inner = of_object(noun) if noun.pos_ == "NUM" else noun
    return any(c.lower_ == "own" for c in (inner or noun).children)


def _distinct_singles(groups: list[list[RoleCount]]) -> bool:
    """Whether the counts of one role are single people told each by a verb of its own and each named or brought in
    with 'a' ('Villavicencio was shot dead ...; a suspect died ...'): different people, to be added ('the officer
    died' may be the one already counted)."""
    if len(groups) < 2 or any(len(g) != 1 for g in groups):
        return False
    singles = [g[0] for g in groups]
    if any(rc.count.best != 1 or rc.number.pos_ == "NUM" or any(c.dep_ == "nummod" for c in rc.number.children)
           or not (rc.number.ent_type_ == "PERSON" or any(c.lower_ in ("a", "an") for c in rc.number.children))
           for rc in singles):
        return False
    return len({rc.governor.i for rc in singles}) == len({rc.number.lemma_.lower() for rc in singles}) == len(singles)


def _two_sources(groups: list[list[RoleCount]]) -> bool:
    """Whether two counts of one role are two sources' figures for the same victims ('police said eight died,
    residents said 12'); asked after _two_sides, which takes each side telling its own losses."""
    if len(groups) != 2 or any(len(g) != 1 for g in groups):
        return False
    a, b = groups[0][0], groups[1][0]
    sources = (source(a.governor), source(b.governor))
    return None not in sources and sources[0] != sources[1]


def _sources_range(parts: list[Count]) -> Count:
    """Two sources' tolls for the same victims, as ACLED and UCDP combine them: best and low the smallest figure
    (the conservative estimate), high the largest."""
    lows = [p.low if p.low is not None else p.best for p in parts]
    highs = [p.high if p.high is not None else p.best for p in parts]
    first = min(parts, key=lambda p: p.best or 0)
    return Count(best=min(p.best or 0 for p in parts), low=min(v or 0 for v in lows), high=max(v or 0 for v in highs),
                 text=" / ".join(p.text or "" for p in parts), span=first.span,
                 confidence=min(p.confidence for p in parts), extractor=EXTRACTOR)


def merge(counts: list[RoleCount]) -> dict[str, Count]:
    """One count per role: conjoined parts ('12 soldiers and 30 militants'), the two sides of a fight and people told
    on top of the rest ('three more', 'two others') are added; repeats and totals with their parts ('15 people,
    including 10 soldiers') keep the largest, never the sum."""
    by_role: dict[str, list[RoleCount]] = {}
    for rc in counts:
        by_role.setdefault(rc.role, []).append(rc)
    out: dict[str, Count] = {}
    for role, items in by_role.items():
        groups: list[list[RoleCount]] = []
        for rc in items:
            for g in groups:
                if any(_conjoined(rc.number, other.number) for other in g):
                    g.append(rc)
                    break
            else:
                groups.append([rc])
        # "two died on the spot and three more later", "five people ... and three others": told on top of the rest
        extra = [_group_count(g) for g in groups if _additional(g[0].number) or _also(g[0].governor)]
        groups = [g for g in groups if not (_additional(g[0].number) or _also(g[0].governor))]
        if _two_sides(groups):
            best_count: Count | None = _add([groups[0][0].count, groups[1][0].count])
        elif _distinct_singles(groups):
            best_count = _add([g[0].count for g in groups])
        elif _two_sources(groups):
            best_count = _sources_range([groups[0][0].count, groups[1][0].count])
        else:
            best_count = max((_group_count(g) for g in groups), key=lambda c: c.best or 0, default=None)
        if best_count is not None or extra:
            out[role] = _add([best_count, *extra] if best_count is not None else extra)
    return out


def _group_count(group: list[RoleCount]) -> Count:
    """The count of a list of conjoined parts: their sum, or the total the list opens with when the parts after it
    add up to it ('killed 9 people, 5 soldiers and 4 civilians': 9, the parser joining the three)."""
    ordered = sorted(group, key=lambda rc: rc.number.i)
    first, rest = ordered[0], ordered[1:]
    noun = first.number
    listed = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text in (",", ":")
    if listed and len(rest) >= 2 and noun.lemma_.lower() in ("people", "person", "victim") and \
            first.count.best == sum(rc.count.best or 0 for rc in rest):
        return first.count
    return _add([rc.count for rc in group])


def _additional(noun: Token) -> bool:
    """'three others', 'three more', 'a further five', 'another two', 'dozens more hurt', 'a fourth officer died',
    'a fifth died', 'killing themselves and four traders': people told on top of those already counted."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "more" and doc[noun.i + 1].head.i != noun.i and \
            noun.head.i == noun.i + 1:
        return True  # "and dozens more hurt": the parser hangs the count on 'more'
    if noun.lower_ in _ADDED_WORDS - {"other", "further", "additional"} and noun.dep_.startswith("nsubj") and \
            not any(c.lower_ == "the" for c in noun.children):  # ('the third' is one of a group already told)
        return True  # "four civilians were killed ..., and a fifth died later in hospital", "another died"
    return noun.lemma_.lower() == "other" or noun.lower_ in REFLEXIVE or noun.lower_ == "themselves" or \
        attacker_among_dead(noun) or any(
        c.dep_ in ("amod", "advmod") and (c.lower_ in _ADDED_WORDS or c.lower_ == "more" and c.i > noun.i)
        for c in noun.children)  # (not the 'more' of "more than 20")


_ATTACKER_NOUNS = frozenset({"attacker", "bomber", "assailant", "gunman", "shooter"})


def attacker_among_dead(noun: Token) -> bool:
    """'the attacker was among the dead', 'the bomber was also among those killed': one attacker dead besides his
    victims (not 'a policeman was among the dead', one of them)."""
    verb = noun.head
    return noun.lemma_.lower() in _ATTACKER_NOUNS and noun.tag_ == "NN" and noun.dep_ == "nsubj" and \
        verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "among" and any(
            g.lower_ == "dead" or g.lower_ == "those" and any(a.lower_ in ("killed", "dead") for a in g.children)
            for g in c.children) for c in verb.children)


def _also(verb: Token) -> bool:
    """'while 52 demonstrators were also hurt', 'the blast also killed two passers-by': people told on top of
    those another clause counts (not 'two policemen were also among the dead', a part of them)."""
    return verb.pos_ == "VERB" and verb.lemma_ != "be" and any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _conjoined(a: Token, b: Token) -> bool:
    """Whether two counted nouns are conjuncts ('12 soldiers and 30 militants'), not a total and a part."""
    if a.i == b.i:
        return False
    for x, y in ((a, b), (b, a)):  # "... and a woman" parsed as a conjunct of the verb whose object x is
        if y.dep_ == "conj" and (y.head.i == x.i or x.dep_ in ("dobj", "nsubjpass") and y.head.i == x.head.i):
            return True  # (and "nine people were killed in Kunduz and seven in Baghlan", the verb elided)
        if y.dep_ == "conj" and y.i > x.i and _conj_root(y).i == x.i:
            return True  # "165 soldiers and police officers and 47 civilians": a conjunct of a conjunct
        if x.i < y.i and x.doc[x.i + 1].text == "," and y.left_edge.i == x.i + 2 and x.head.i == y.head.i and \
                x.dep_ == y.dep_ and any(c.dep_ == "cc" and c.lower_ == "and" for c in y.children) and any(
                c.dep_ == "nummod" for c in x.children):
            return True  # "more than 900 gunmen, 165 soldiers and ... 47 civilians died": a list the parser splits
        if y.dep_ == "appos" and y.head.i == x.i and x.tag_ in ("NN", "NNP") and not any(
                c.dep_ == "nummod" for c in x.children):
            return True  # "a farmer, his wife and their three children": a list that opens with one person
        if x.i < y.i and x.doc[x.i + 1].lower_ == "and" and y.left_edge.i == x.i + 2 and y.dep_ != "appos":
            return True  # "left three security personnel and ten militants dead", "10 personnel and the driver
            # killed": one phrase by its words, whichever verb the parser hangs the second on
    # "23 fighters and 17 jihadists were killed", parsed as two subjects of one verb; "killed a soldier, two police
    # officers and a civilian", one person listed before a count (not "170 people, among them 13 soldiers")
    first = min(a, b, key=lambda t: t.i)
    between = {t.lower_ for t in a.doc[first.i + 1:max(a.i, b.i)]}
    return a.head.i == b.head.i and a.dep_ == b.dep_ and a.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        "and" in between or "," in between and first.tag_ == "NN" and not any(
            c.dep_ == "nummod" for c in first.children))


def _conj_root(tok: Token) -> Token:
    """The first conjunct of the list a word is in ('a, b and c': a)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _add(parts: list[Count]) -> Count:
    if len(parts) == 1:
        return parts[0]

    def total(vals: list[int | None]) -> int | None:
        return None if any(v is None for v in vals) else sum(v for v in vals if v is not None)

    spans = [p.span for p in parts if p.span]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    text = " + ".join(p.text or "" for p in parts)
    return Count(best=total([p.best for p in parts]), low=total([p.low for p in parts]),
                 high=total([p.high for p in parts]), text=text, span=span,
                 confidence=min(p.confidence for p in parts), extractor=EXTRACTOR)
