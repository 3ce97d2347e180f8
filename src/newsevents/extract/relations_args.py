"""Relation types and the helpers the relation modules share: sentence spans, subjects by the parse,
coordinated names ("X, Y and Z") and the found-relation record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.models import ActorRef
from newsevents.nlp import doc_text, sentences

EXTRACTOR = "relations"
VERSION = "0.1"
FAMILIES: dict[str, str] = {
    "pledge": "affiliation", "accept": "affiliation", "appoint": "affiliation", "affiliation": "affiliation",
    "alliance": "alliance", "rivalry": "rivalry", "split": "split", "merger": "merger",
}
SYMMETRIC = frozenset({"alliance", "rivalry", "merger"})
NOT_ASSERTED = frozenset({"negated", "hypothetical", "future"})


# --- sentences and arguments ------------------------------------------------------------------


_LINE = re.compile(r"[^\n]+")


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, also cut at line breaks (headlines, tweets and captions are their own sentences)."""
    cached = doc.user_data.get("newsevents.relations.sents")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    for sent in sentences(doc):
        for piece in _LINE.finditer(text, sent.start_char, sent.end_char):
            if not piece.group().strip():
                continue
            if out and _UNFINISHED.search(text, out[-1][0], out[-1][1]) and "\n" not in text[out[-1][1]:piece.start()]:
                # the parser cut a sentence inside a name ("The Islamic State named Abu | Yasir al-Shami as ..."):
                # a piece that ends on a word, with no line break after it, runs on into the next
                out[-1] = (out[-1][0], piece.end())
            else:
                out.append(piece.span())
    doc.user_data["newsevents.relations.sents"] = out
    return out


# the end of a piece of text that cannot end a sentence: a letter or digit, no stop, colon or closing quote
_UNFINISHED = re.compile(r"[\w,]\s*$")


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _state_teller(verb: Token) -> bool:
    """Whether a verb of telling has a state as subject ("Pakistan said they had split from ...": the pronoun is
    someone else, not the teller; a group's name the parser tags as a person still tells of itself)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "GPE" for c in verb.children)


def _subject_span(doc: Doc, trigger_start: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The character span of the grammatical subject governing the trigger word, if the parse has one."""
    tok = _token_at(doc, trigger_start)
    for _ in range(6):
        if tok is None:
            return None
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < tok.i]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in ("it", "they") and tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX") and \
                    not _state_teller(tok.head):
                tok = tok.head  # "X announced that it had sworn fealty to Y": the pronoun is the teller, X
                continue
            if subj.lower_ in ("which", "that", "who") and tok.dep_ in ("relcl", "acl"):
                head = tok.head
                if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
                    head = head.head  # "X, an Iran-backed militia that is part of Y": the militia is X
                return head.left_edge.idx, head.idx + len(head.text)
            left = subj.left_edge.idx
            if not sent[0] <= left < sent[1]:
                return None
            # a hyphenated name the tokenizer cut ("The Tehreek-e-Khilafat" parsed as three subjects): all of them;
            # subjects with other words between ("its emir days after a US strike killed"): the one nearest the verb
            last = subjects[-1].right_edge
            if any(t.pos_ not in ("PROPN", "PUNCT", "DET") for t in doc[subj.right_edge.i + 1:subjects[-1].left_edge.i]):
                left = subjects[-1].left_edge.idx
            return left, last.idx + len(last.text)
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            return head.left_edge.idx, head.idx + len(head.text)
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "dobj", "pobj", "ccomp", "acomp", "attr",
                        "amod", "compound", "nmod", "npadvmod", "appos", "det", "predet", "nummod") and tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


# an owner's possessive between a conjunction and the unit it owns ("and the Islamic State's Yemen Province")
_OWNER = r"(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Aa]round)\s+(?:the\s+)?$")
_COORD_GAP = re.compile(r"(?:[-‐]\w+)?(?:\s*\([^()]{1,15}\))?(?:\s+(?:militias?|groups?|factions?|movements?|fighters|forces?|rebels|gangs?|cartels?|"
                        r"militants|insurgents|gunmen|members|units|cadres))?\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?"
                        # "X, two Y factions and Z": a count of a group's factions stands for the group (round 15)
                        r"(?:(?:two|three|four|several|rival)\s+)?"
                        # "X and the newly raised Y" (round 14)
                        r"(?:(?:newly[\s-]+)?(?:raised|formed|created|founded|established|launched)\s+|new\s+)?"
                        # "X gunmen and fighters of the Y": the members stand for their group
                        r"(?:(?:fighters|members|militants|gunmen|units|cadres|commanders)\s+(?:of|from)\s+(?:the\s+)?)?"
                        # "X, the vigilante group Y and Z": a generic noun introducing the next name
                        r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:group|militia|gang|outfit|faction|movement|organi[sz]ation)\s+)?"
                        r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+|"
                        r"[A-Z][\w]*-(?:based|backed|led|linked|aligned|affiliated)\s+)?"
                        + _OWNER)


_POSSESSIVE = re.compile(r"['’]s\s+")


# a plural that a list of names stands in apposition to: "two rival factions of X, A and B"
_LISTED_PARTS = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:factions|wings|branches|components|members|units|affiliates|"
                           r"splinters|offshoots|groups|militias|cartels|gangs)(?:\s+(?:of|from|within|in)\b|$)", re.I)


# "X, Y and several smaller groups": a list closed by groups it does not name
_UNNAMED_REST = re.compile(r"\s*,?\s+and\s+(?:several|other|some|many|various|a\s+number\s+of|dozens\s+of|a\s+few|a\s+handful\s+of|"
                           r"(?:two|three|four|five|six|\w+)\s+(?:other|smaller|minor|more|allied))\b", re.I)


def _coordinated(before: list[ActorRef], text: str, anchor: ActorRef) -> list[ActorRef]:
    """The anchor plus the mentions joined to it by ',' or 'and' just before it ("X, Y and Z", also "X, Y and several
    other groups"); a possessor stands aside for the unit it names ("X and the KDP's Peshmerga": X and the
    Peshmerga)."""
    starts = {m.span[0]: m for m in before}
    owners = set()
    for m in before:
        poss = _POSSESSIVE.match(text, m.span[1])
        named = starts.get(poss.end()) if poss is not None else None
        if m is not anchor and named is not None and _is_name(named.text):
            owners.add(m.span)
    group = [anchor]
    cur = anchor
    for m in reversed(before):
        if m.span[1] > cur.span[0] or m.span in owners:
            continue
        gap = text[m.span[1]:cur.span[0]]
        if gap.lstrip().startswith(",") and _IN_PLACE.search(text, max(0, m.span[0] - 12), m.span[0]):
            break  # "In Karenni State, the Karenni Army and Y": a fronted place is no partner (round 14)
        if m.via != "coreference" and _COORD_GAP.fullmatch(gap):
            group.insert(0, m)
            cur = m
        else:
            break
    cur = anchor
    for m in before:
        if m.span[0] < cur.span[1] or m.span in owners:
            continue
        gap = text[cur.span[1]:m.span[0]]
        if m.via != "coreference" and _COORD_GAP.fullmatch(gap):
            group.append(m)
            cur = m
        else:
            break
    if len(group) >= 3 and _LISTED_PARTS.search(group[0].text) and re.fullmatch(r"\s*,\s*(?:the\s+)?",
                                                                                text[group[0].span[1]:group[1].span[0]]):
        # "Rival factions of the Sinaloa Cartel, Los Chapitos and La Mayiza": the plural before the comma names
        # the list that follows, it is no party of its own
        group = group[1:]
    if len(group) >= 2 and not any(re.search(r"\band\b|&|as\s+well\s+as", text[x.span[1]:y.span[0]])
                                   for x, y in zip(group, group[1:])) and not _UNNAMED_REST.match(text, group[-1].span[1]):
        # "According to Crisis Group, the Islamic Front ...": a comma alone is an apposition or a clause break
        return [anchor]
    return group


def _clean(ms: Iterable[ActorRef]) -> list[ActorRef]:
    """Mentions without those nested inside a longer one, in text order."""
    ms = sorted(ms, key=lambda m: (m.span[0], -m.span[1]))
    out: list[ActorRef] = []
    for m in ms:
        if out and out[-1].span[0] <= m.span[0] and m.span[1] <= out[-1].span[1]:
            continue
        out.append(m)
    return out


# kinds of mention that are never a group argument of a relation
NOT_GROUP = frozenset({"person", "state", "place", "agent"})


def named_group(c: ActorRef) -> bool:
    """A mention that names a group itself: not a person, state, place or agent, nor a member phrase ("CNDP
    veterans"), a demonym or a descriptor."""
    return c.kind not in NOT_GROUP and c.via not in ("member-of", "demonym", "descriptor")


@dataclass(frozen=True)
class _Found:
    """A relation found in one sentence, before it is dated and given an id."""

    type: str
    source: ActorRef
    target: ActorRef
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float
    part: str = ""  # "" for stated relations, "membership" for links derived from "X's emir"


# a subject that is a weapon or a strike, not a party: "an Israeli strike killed P", "a roadside bomb killed P"
UNNAMED_AGENT = re.compile(r"(?:\w+\s+){0,3}?(?:air\s*)?(?:strikes?|airstrikes?|drones?|bombs?|blasts?|explosions?|"
                           r"missiles?|rockets?|shells?|mines?|IEDs?|bombings?|shelling)", re.I)


def unnamed_agent(doc: Doc, trigger_start: int, sent: tuple[int, int], cands: list[ActorRef]) -> bool:
    """The verb's subject is a weapon or strike with no group named in it ("a US strike killed P"; not "X claimed the
    bombing that killed P", where the bombing is X's)."""
    tok = _token_at(doc, trigger_start)
    if tok is None or tok.dep_ in ("relcl", "acl"):
        return False
    subj = _subject_span(doc, trigger_start, sent)
    text = doc_text(doc)
    return subj is not None and not any(subj[0] <= m.span[0] and m.span[1] <= subj[1] and m.kind != "state"
                                        for m in cands) and \
        UNNAMED_AGENT.fullmatch(re.sub(r"^(?:an?|the)\s+", "", text[subj[0]:subj[1]], flags=re.I)) is not None


def _in_subject(cands: list[ActorRef], subj: tuple[int, int] | None, text: str = "") -> list[ActorRef]:
    """The mentions inside the subject; a possessor gives way to what it possesses ("the FSA's Hamza Division"). A
    name the parse cut at the subject's left edge counts ("Ahlu Sunna Wal Jama'a, the Sufi militia of ..., fought":
    "Ahlu" read as a modifier of the verb)."""
    if subj is None:
        return []
    inside = [m for m in cands if m.span[0] < subj[1] and subj[0] < m.span[1] and m.span[1] <= subj[1]]
    return [m for m, nxt in zip(inside, [*inside[1:], None])
            if nxt is None or not text or not re.fullmatch(r"['’]s\s+", text[m.span[1]:nxt.span[0]])
            or not _is_name(nxt.text)]


def _is_name(words: str) -> bool:
    """Every word capitalised (particles aside): a name ("Hamza Division"), not a description ("Yemen province")."""
    return all(w[:1].isupper() for w in words.split() if w.lower() not in _PARTICLES
               and not re.match(r"(?:al|el|wal|ad|as|ash|ar|an|at|az|ez|es|ed|et|en|er|ul|ud)-", w))


_PARTICLES = frozenset({"of", "the", "and", "for", "ibn", "bin", "wa", "wal", "de", "del", "du", "des", "la", "los",
                        "las"})


_ADJECTIVAL = re.compile(r"\s+(?:and\s+[A-Z][\w-]*\s+)?[a-z]")


def _adjectival(text: str, m: ActorRef) -> bool:
    """A demonym used as an adjective ("al-Qaeda's Syrian affiliate", "Saudi and Yemeni branches"): no actor."""
    return m.via == "demonym" and _ADJECTIVAL.match(text, m.span[1]) is not None


# a dateline opening a story or line: "MAIDUGURI — ", "KARACHI: ", "SHILLONG, Meghalaya – ", "HPA-AN (Reuters) — "
_DATELINE = re.compile(r"(?:^|(?<=\n))[ \t]*[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?"
                       r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[—–]|--?|:)[ \t]", re.M)
# the newsroom a story is credited to: "a spokesman told AFP", "according to Reuters", "carried by Amaq", "MMI learnt"
_CREDIT_BEFORE = re.compile(r"\b(?:(told)|according\s+to|reported\s+by|carried\s+by|quoted\s+by|cited\s+by)\s+"
                            r"(?:the\s+)?$", re.I)
_CREDIT_END = re.compile(r"\s*(?:[.;,)]|$|\s+(?:on|in|late|earlier)\b)")
_CREDIT_AFTER = re.compile(r"\s+(?:learnt|learned|reported|has\s+learnt|has\s+learned)\s*[.;]")


_last_datelines: tuple[str | None, tuple[tuple[int, int], ...]] = (None, ())


def datelines(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines in a text (the place names before the dash or colon).

    A dateline opens a line and holds no line break, so the pattern is tried at each line's start only (the same
    matches as a scan of the whole text, which tries every position); the last text's answer is kept (the stage
    asks twice per document)."""
    global _last_datelines
    last = _last_datelines
    if last[0] is text:
        return list(last[1])
    match = _DATELINE.match
    found = []
    pos = 0
    while True:
        m = match(text, pos)
        if m is not None:
            found.append(m.span())
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    _last_datelines = (text, tuple(found))
    return found


def _credited(text: str, m: ActorRef, lines: list[tuple[int, int]]) -> bool:
    """A mention that only says where a story was filed or who carried it: a dateline ("MAIDUGURI — "; a name the
    resolver does not know) or the newsroom at the end of the sentence ("..., a spokesman told AFP.", "MMI learnt").
    Not a known group, state or party that was told something ("Hamas told Fatah on Monday that ..."): one told is
    no newsroom unless the knowledge base has it as one or does not know it."""
    if any(a <= m.span[0] and m.span[1] <= b for a, b in lines) and (m.actor_id is None or m.provisional):
        return True
    if m.kind == "person":
        return False
    before = _CREDIT_BEFORE.search(text, max(0, m.span[0] - 20), m.span[0])
    if before and before.group(1) and m.actor_id is not None and not m.provisional and (
            m.kind in ("armed_group", "state") or m.sector in ("PTY", "GOV")):
        return False
    return (before is not None and _CREDIT_END.match(text, m.span[1]) is not None
            or _CREDIT_AFTER.match(text, m.span[1]) is not None)


# prepositions whose phrase is no argument of a relation verb ("in solidarity with Y", "after talks with Y")
_ADJUNCT_PREPS = frozenset({"in", "for", "during", "after", "before", "at", "near", "despite", "amid", "since", "until",
                            "over", "under", "across", "throughout", "while", "as", "like", "unlike"})


def _adjunct_object(doc: Doc, trigger: tuple[int, int], obj: ActorRef) -> bool:
    """Whether the mention after the trigger sits in an adjunct phrase of the trigger's verb, by the parse: the path
    from the mention up to the trigger passes a preposition such as 'in' or 'after', or a 'with' of its own."""
    if obj.span[0] - trigger[1] <= 25:
        return False  # close by: the object itself
    span = doc.char_span(obj.span[0], obj.span[1], alignment_mode="expand")
    head = _token_at(doc, trigger[0])
    if span is None or not len(span) or head is None:
        return False
    tok = span.root
    for _ in range(10):
        if tok.i == head.i or tok.head is tok:
            return False
        if tok.dep_ == "prep" and (tok.lower_ in _ADJUNCT_PREPS or (
                tok.lower_ == "with" and not trigger[0] <= tok.idx < trigger[1])):
            return True  # ("clashed with Y": the trigger's own "with" leads to its object)
        tok = tok.head
    return False


def _anchor(subj: list[ActorRef], before: list[ActorRef], after: list[ActorRef]) -> ActorRef:
    """The subject mention that stands for the relation's source: the first one that is not the object's actor
    ("The FARC dissidents of the Segunda Marquetalia ... with the Estado Mayor Central", both FARC in the KB)."""
    if not subj:
        return before[-1]
    if after and after[0].via != "coreference":  # "X ... rivals its parent": 'its' is X itself
        return next((m for m in subj if m.actor_id is None or m.actor_id != after[0].actor_id), subj[0])
    return subj[0]


def _named_org(m: ActorRef) -> bool:
    return m.kind is not None and _org(m) and m.kind != "state"


def _org(m: ActorRef) -> bool:
    return m.kind not in ("person", "agent", "place")
