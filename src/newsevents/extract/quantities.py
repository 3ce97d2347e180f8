"""Number phrases in a sentence ("at least 14", "two dozen", "between 10 and 15", "scores") read as UCDP-style
best/low/high figures; `casualties` decides whose numbers they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.extract.typing_context import like_num_flags, token_table

_UNITS = {w: n for n, w in enumerate((
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen").split())}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# vague quantities: word -> (best, low, high)
VAGUE: dict[str, tuple[int, int, int | None]] = {
    "dozens": (24, 24, 99), "scores": (40, 40, 99), "hundreds": (200, 200, 999),
    "thousands": (2000, 2000, 9999), "several": (3, 3, 9), "few": (3, 2, 5), "many": (10, 10, None),
    "numerous": (10, 10, None), "tens": (20, 20, 99), "handful": (3, 2, 5),
}

# verbs of a toll that changes: "rose from 20 to 35", "revised down from 20 to 14" give the last figure, not a range
_RISE_VERBS = frozenset({"rise", "climb", "increase", "jump", "grow", "mount", "soar", "swell", "revise", "raise",
                         "lower", "fall", "drop", "update", "correct"})


def _changed_from(prep: Token) -> bool:
    """Whether a 'from' tells the old figure of a toll that changed ('rose from', 'revised the toll down from')."""
    head = prep.head
    if head.lower_ in ("down", "up", "downward", "downwards", "upward", "upwards") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _RISE_VERBS


def _raised_up(up: Token) -> bool:
    """Whether 'up to N' hangs from a verb of a changed toll ('revised the number of injured up to 60', 'later raising
    it up to 21': the new figure; 'the toll could rise, with up to 100 people injured': a ceiling)."""
    for t in list(up.ancestors)[:5]:
        if t.lower_ in ("with", "while", "as", "and"):
            return False  # a clause of its own hangs from the verb: "could rise, with up to 100 injured"
        if t.pos_ == "VERB" and t.dep_ != "amod":  # (not "the number of wounded")
            return t.lemma_.lower() in _RISE_VERBS
    return False


# approximators: word(s) before a number -> how they bend best/low/high
_LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than", "no less than",
          "at a minimum")
_UPPER = ("as many as", "up to", "nearly", "almost", "no more than", "fewer than", "less than", "under")
_ABOUT = ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "close to")

@dataclass(frozen=True)
class Quantity:
    """A number phrase in the text and its best/low/high reading."""

    best: int | None
    low: int | None
    high: int | None
    start: int  # token index of the first word (approximator included)
    end: int  # token index after the last number word
    head: Token  # the number token (or the vague quantifier) inside the phrase


def words_to_int(words: list[str]) -> int | None:
    """The integer spelt by number words ('twenty-five', 'two hundred', '1.5 million', '2,000')."""
    total, current, seen = 0, 0, False
    for raw in words:
        w = raw.lower().replace(",", "")
        for part in w.split("-"):
            if not part or part == "and":
                continue
            if re.fullmatch(r"\d+(\.\d+)?", part):
                current += float(part)  # type: ignore[assignment]
                seen = True
            elif part in _UNITS:
                current += _UNITS[part]
                seen = True
            elif part in _TENS:
                current += _TENS[part]
                seen = True
            elif part in _SCALES:
                scale = _SCALES[part]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
                seen = True
            elif part in ("dozen",):
                current = (current or 1) * 12
                seen = True
            elif part in ("a", "an") and not seen:
                current = 0
            else:
                return None
    if not seen:
        return None
    return int(round(total + current))


_DIGITS_RE = re.compile(r"[\d.,]+")
_NUMBER_RE = re.compile(r"\d+(\.\d+)?")
_NUMBER_PARTS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen"}
# approximator phrases, longest first within each kind, with their length in words
_APPROXIMATORS = tuple(
    (kind, tuple((p, len(p.split())) for p in sorted(phrases, key=lambda s: -len(s.split()))))
    for phrases, kind in ((_LOWER, "lower"), (_UPPER, "upper"), (_ABOUT, "about")))


def _digits(tok: Token) -> bool:
    return _DIGITS_RE.fullmatch(tok.text) is not None


def _is_number_word(tok: Token) -> bool:
    return _is_number_text(tok.lower_)


@lru_cache(maxsize=65536)
def _is_number_text(low: str) -> bool:
    t = low.replace(",", "")
    if not t:
        return False
    if t[0].isdigit() and _NUMBER_RE.fullmatch(t):
        return True
    parts = [p for p in t.split("-") if p]  # a lone hyphen ("30 - 40") is no number word
    return bool(parts) and all(p in _NUMBER_PARTS for p in parts)


def _approximator(sent_tokens: list[Token], start: int) -> tuple[str | None, int]:
    """The approximator phrase ending just before token position start (as lower text) and its start."""
    for kind, phrases in _APPROXIMATORS:
        for p, n in phrases:
            if start - n < 0:
                continue
            if " ".join(t.lower_ for t in sent_tokens[start - n:start]) == p:
                return kind, start - n
    return None, start


def find_quantities(sent: Span) -> list[Quantity]:
    """Every number phrase in the sentence (digits, words, 'dozens', ranges, approximations)."""
    lowers = token_table(sent.doc)[1][sent.start:sent.end]
    like_num = like_num_flags(sent.doc)[sent.start:sent.end]
    # positions where a quantity can start: a number, a number word, 'a dozen', a vague quantity
    cand = [like_num[k] or low in VAGUE or low == "both" or _is_number_text(low) or (
        low in ("a", "an") and k + 1 < len(lowers) and lowers[k + 1] in ("dozen", "hundred", "thousand")) or (
        low == "couple" and 0 < k < len(lowers) - 1 and lowers[k - 1] == "a" and lowers[k + 1] == "of")
        for k, low in enumerate(lowers)]
    out: list[Quantity] = []
    if not any(cand):
        return out
    toks = list(sent)
    i = 0
    while i < len(toks):
        if not cand[i]:
            i += 1
            continue
        tok = toks[i]
        low_word = tok.lower_
        if tok.like_num or _is_number_word(tok) or (low_word in ("a", "an") and i + 1 < len(toks)
                                                     and toks[i + 1].lower_ in ("dozen", "hundred", "thousand")):
            lone = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
            if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") and not (
                    # "the number of dead stands at 43" with 43 taken for a date: a lone small number is no date
                    tok.ent_type_ == "DATE" and lone and tok.text.isdigit() and int(tok.text) < 1000) or (
                    low_word == "one" and i > 0 and toks[i - 1].lower_ == "no"):
                i += 1  # "no one was hurt" is a count of zero (casualties_zero.none_counts), not of one
                continue
            j = i
            while j + 1 < len(toks) and (
                    (_is_number_word(toks[j + 1]) and not (_digits(toks[j]) and _digits(toks[j + 1])))
                    or toks[j + 1].lower_ == "dozen"
                    # "forty - two" split by the tokenizer (between digits a hyphen is a range: "30-40")
                    or toks[j + 1].text == "-" and j + 2 < len(toks) and _is_number_word(toks[j + 2])
                    and not _digits(toks[j]) and not _digits(toks[j + 2])
                    or toks[j + 1].lower_ == "and" and toks[j].lower_ in _SCALES and j + 2 < len(toks)
                    and _is_number_word(toks[j + 2]) and not _digits(toks[j + 2])):
                j += 1
            value = words_to_int([t.text for t in toks[i:j + 1]])
            if value is None:
                i += 1
                continue
            kind, a = _approximator(toks, i)
            if kind == "upper" and toks[a].lower_ == "up" and _raised_up(toks[a]):
                kind, a = None, i  # "revised the number of injured up to 60": the new figure, not a ceiling
            if i > 0 and toks[i - 1].lower_ == "half" and toks[j].lower_ == "dozen":
                value, kind, a = value // 2, None, i - 1  # "half a dozen policemen"
            best, low, high = value, value, value
            end = j + 1
            head = toks[j]
            # ranges: "between 10 and 15", "10 to 15", "10-15"
            if end + 1 < len(toks) and toks[end].lower_ in ("to", "and", "-", "or") and toks[end + 1].like_num:
                upper = words_to_int([toks[end + 1].text])
                if upper is not None and upper < value and toks[end].lower_ == "to" and i > 0 and \
                        toks[i - 1].lower_ == "from" and _changed_from(toks[i - 1]):
                    value = best = low = high = upper  # "revised the toll down from 20 to 14": the last figure
                    head = toks[end + 1]
                    end += 2
                elif upper is not None and upper > value and (toks[end].lower_ != "and" or (
                        a == i and i > 0 and toks[i - 1].lower_ == "between")):
                    low, high, best = value, upper, value
                    if i > 0 and toks[i - 1].lower_ == "from" and _changed_from(toks[i - 1]):
                        value = best = low = high = upper  # "the toll rose from 20 to 35": the last figure
                        head = toks[end + 1]
                    end += 2
                    if i > 0 and toks[i - 1].lower_ == "between":
                        a = i - 1
            if "-" in tok.text and re.fullmatch(r"\d+-\d+", tok.text):
                x, y = (int(v) for v in tok.text.split("-"))
                best, low, high = x, x, y
            if kind == "lower":
                high = None
            elif kind == "upper":
                low = None
            elif kind == "about" and high == value:  # "some eight to ten people" keeps its range
                low, high = None, None
            if high is not None and high != value:
                head = next((t for t in toks[i:end] if t.dep_ == "nummod"), toks[j])
            elif j > i and head.i == toks[j].i:  # "one hundred and twelve villagers": the word hung on the noun
                lo_i, hi_i = toks[i].i, toks[j].i
                head = next((t for t in toks[i:j + 1] if not lo_i <= t.head.i <= hi_i), toks[j])
            out.append(Quantity(best, low, high, toks[a].i, toks[end - 1].i + 1, head))
            i = end
            continue
        if low_word == "couple":  # "a couple of passers-by" (a married couple is two by _single_person)
            out.append(Quantity(2, 2, 2, tok.i - 1, tok.i + 1, tok))
        if low_word == "both" and (tok.dep_ in ("det", "predet") and tok.head.tag_ == "NNS" or tok.dep_ in (
                "nsubj", "nsubjpass", "dobj")):  # "both bombers died", "both were killed" (not "both X and Y")
            out.append(Quantity(2, 2, 2, tok.i, tok.i + 1, tok))
        if low_word in VAGUE and i > 0 and toks[i - 1].lower_ == "how":
            i += 1  # "How many died at Barsalogho?": a question, no count
            continue
        if low_word in VAGUE and tok.pos_ in ("NOUN", "ADJ", "PRON", "DET", "NUM"):
            if low_word == "few" and not (i > 0 and toks[i - 1].lower_ == "a"):
                i += 1
                continue
            best, low, high = VAGUE[low_word]
            start = toks[i - 1].i if low_word == "few" else tok.i
            if low_word in ("tens", "hundreds") and i + 2 < len(toks) and toks[i + 1].lower_ == "of" and \
                    toks[i + 2].lower_ == "thousands":  # "tens of thousands", "hundreds of thousands"
                out.append(Quantity(best * 1000, low * 1000, (high or 0) * 1000 + 999, tok.i, toks[i + 2].i + 1,
                                    toks[i + 2]))
                i += 3
                continue
            kind, a = _approximator(toks, i if low_word != "few" else i - 1)
            if kind == "lower":
                high = None
            head = tok
            if i + 1 < len(toks) and toks[i + 1].lower_ in ("dozen", "hundred", "thousand"):  # "several dozen"
                head, i = toks[i + 1], i + 1
                n = words_to_int([head.text]) or 1
                best, low, high = best * n, low * n, high * n if high is not None else None
            out.append(Quantity(best, low, high, toks[a].i if kind else start, head.i + 1, head))
        i += 1
    return out
