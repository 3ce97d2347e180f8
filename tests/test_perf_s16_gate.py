"""Session 16 speed pass: the literal gate in front of per-sentence patterns gives the same matches."""

import re

from newsevents.extract import relations_breakaways, relations_names, relations_products
from newsevents.nlp.regex_gate import GatedPattern, gated, required_literals


def test_required_literals_read_off_the_pattern():
    assert required_literals(re.compile(r"\b(?:br(?:eak|oke)|split)\s+\w+\b", re.I)) == {"eak", "oke", "split"}
    # the most selective required part wins: "away" (4 letters) over the branch ("eak", 3)
    assert required_literals(re.compile(r"\b(?:br(?:eak|oke)|split)\s+away\b", re.I)) == {"away"}
    # a lookaround gives no literal, an optional part neither; a later required word does
    assert required_literals(re.compile(r"(?<!not\s)(?:the\s+)?\w+\s+faction\b")) == {"faction"}
    # nothing required: no gate at all; single letters only: no gate unless asked for
    assert required_literals(re.compile(r"\b\w+\s+\w+")) is None
    assert not isinstance(gated(re.compile(r"\b\w+\s+\w+")), GatedPattern)
    assert not isinstance(gated(re.compile(r"\b[A-Z]\w+\s+[A-Z]\w+")), GatedPattern)
    # a class of literals or digits is a set of characters; a lookahead's words are required, a lookbehind's not
    assert required_literals(re.compile(r"(?<![\w-])(\d{1,3})\s+([A-Z]\w+)")) == set("0123456789")
    assert required_literals(re.compile(r"(?<!the\s)([A-Z]\w+)(?=,\s+an?\s+(?:faction|wing)\b)")) == {"faction", "wing"}


def test_gate_lets_through_what_the_pattern_matches_in_any_case():
    pat = gated(re.compile(r"\b(?:merged|fused)\s+into\b", re.I))
    text = "Intro. The two groups MERGED into one. Later."
    assert isinstance(pat, GatedPattern)
    assert [m.span() for m in pat.finditer(text, 7, 39)] == [m.span() for m in pat.pattern_object.finditer(text, 7, 39)]
    assert pat.search(text, 7, 39) is not None
    # counter-case: the window without the words returns no match (and the raw pattern agrees)
    assert pat.search(text, 0, 7) is None and pat.pattern_object.search(text, 0, 7) is None
    assert list(pat.finditer(text, 39)) == []


def test_non_ascii_window_is_always_scanned():
    # under IGNORECASE the long s matches "s": lower() would not find the literal, so the gate must not apply
    pat = gated(re.compile(r"\bsplit\b", re.I))
    text = "The group ſplit last year."
    assert pat.search(text) is not None and pat.search(text).span() == pat.pattern_object.search(text).span()


def test_the_readers_patterns_are_gated_and_still_match():
    assert isinstance(relations_breakaways._CUES, GatedPattern)
    assert isinstance(relations_names._APPOSED_NAME, GatedPattern)
    assert isinstance(relations_products._THE_TWO, GatedPattern)
    s = "Jundullah, a breakaway faction of the TTP, claimed the attack."
    assert relations_names._APPOSED_NAME.search(s) is not None
    assert relations_names._APPOSED_NAME.search("Jundullah claimed the attack on Monday.") is None
