"""The same annotations as spaCy's AttributeRuler and rule Lemmatizer, computed with table lookups.

AttributeRuler: 
The English pipelines' attribute ruler holds ~180 rules, almost all of one token ("TAG is VBZ and LOWER
is 's" -> POS AUX, LEMMA be, ...). spaCy runs them through its general Matcher, which costs about a sixth
of the whole statistical pipeline's time. Whether a one-token rule matches depends only on the token's
(TAG, LOWER, DEP, IS_SPACE), and news text repeats those keys constantly, so each key's matching rules are
found once and their attributes merged in rule order. The eight rules of two tokens ("gon" + "na", "there" +
"is") are matched from the same per-key tables (a Matcher of their own for them alone cost as much as all the
rest); a rule with operators or other attributes would still go through a Matcher. A word that no rule names
shares its table entry with every such word of the same tag and dependency.

Lemmatizer (rule mode): spaCy already caches each (word, POS, morphology) lemma, but still pays per token for
a method call, a list and a string-to-hash conversion; here the cached value is the lemma's hash, set directly.
On a miss, spaCy's rules test each candidate form against the part of speech's `lemma_index`, a plain list
(57,528 nouns) scanned from the start: about a tenth of a millisecond per new word, a tenth of the statistical
pipeline's time on a first pass over new text. The fast lemmatizer gives those lists a set for `in`.

`accelerate()` turns a stock instance of either into its fast subclass; the output is identical, and
`tests/test_nlp_fast_components.py` compares every token attribute against the stock components.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _condition(value: Any) -> Callable[[Any], bool] | None:
    """A test for one token-pattern value, or None when the value uses an operator we do not handle."""
    if isinstance(value, (str, bool)):
        return lambda v, want=value: v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda v: isinstance(v, str) and pattern.search(v) is not None
    return None


def _required_values(value: Any) -> list[str] | None:
    """The values a feature must take for a pattern value to match (None: not an equality test)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return [v for v in value["IN"] if isinstance(v, str)]
    return None


Tests = list[tuple[int, Callable[[Any], bool]]]


def _token_tests(token_pattern: dict) -> Tests | None:
    """[(feature index, test), ...] for one token of a pattern over our four features (no operator), else None."""
    tests = []
    for key, value in token_pattern.items():
        if key not in _FEATURES:
            return None
        test = _condition(value)
        if test is None:
            return None
        tests.append((_FEATURES.index(key), test))
    return tests


def _one_token_rule(pattern: list[dict]) -> Tests | None:
    """The tests of a one-token pattern over our four features, else None."""
    return _token_tests(pattern[0]) if len(pattern) == 1 else None


def _fixed_rule(pattern: list[dict]) -> list[Tests] | None:
    """The tests of each token of a fixed-length pattern of several tokens over our four features, else None."""
    if len(pattern) < 2:
        return None
    positions = [_token_tests(token_pattern) for token_pattern in pattern]
    return None if any(tests is None for tests in positions) else positions  # type: ignore[return-value]


class _FastMatch:
    """Replacement for AttributeRuler.match / set_annotations on one ruler instance.

    Fixed-length rules of several tokens over the same four features ("there" + "is": POS VERB) are matched
    here too: each token's key also records which of their positions it fills, and a match is a start token
    followed by tokens filling the next positions. Other rules go through a Matcher of their own.
    """

    def __init__(self, ruler) -> None:  # type: ignore[no-untyped-def]
        self.ruler = ruler
        self.single: list[tuple[int, Tests]] = []
        # every word a rule's LOWER must equal, and the LOWER tests that are not equalities (REGEX, NOT_IN)
        self._lower_words: set[str] = set()
        self._lower_other: list[Callable[[Any], bool]] = []
        self.fixed: list[tuple[int, list[Tests]]] = []
        self.multi = Matcher(ruler.vocab, validate=False)
        self._single_patterns: list[dict] = []
        n_multi = 0
        for attr_id, rule in enumerate(ruler.patterns):
            rest = []
            for pattern in rule["patterns"]:
                tests = _one_token_rule(pattern)
                positions = _fixed_rule(pattern) if tests is None else None
                if tests is not None:
                    self.single.append((attr_id, tests))
                    self._single_patterns.append(pattern[0])
                elif positions is not None:
                    self.fixed.append((attr_id, positions))
                if tests is not None or positions is not None:
                    for token_pattern in pattern:
                        self._note_lower_test(token_pattern.get("LOWER"))
                else:
                    rest.append(pattern)
            if rest:
                self.multi.add(str(attr_id), rest)
                n_multi += 1
        self.has_multi = n_multi > 0
        # key -> (single rule ids, their merged attributes, fixed rules the token starts, (rule, position) it fills)
        self.cache: dict[tuple, tuple[tuple[int, ...], dict, tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        # the same, keyed by what the rules can tell apart: a word no LOWER test names is only its tests' outcomes
        # (most new words in a text hit this one)
        self.by_outcome: dict[tuple, tuple[tuple[int, ...], dict, tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        # index each rule under the LOWER or TAG values it requires, so a new key tests a handful of rules
        self.by_lower: dict[str, list[int]] = {}
        self.by_tag: dict[str, list[int]] = {}
        self.always: list[int] = []
        for n, (_attr_id, _tests) in enumerate(self.single):
            pattern = self._single_patterns[n]
            for feature, table in (("LOWER", self.by_lower), ("TAG", self.by_tag)):
                values = _required_values(pattern.get(feature))
                if values is not None:
                    for value in values:
                        table.setdefault(value, []).append(n)
                    break
            else:
                self.always.append(n)

    def _note_lower_test(self, value: Any) -> None:
        if value is None:
            return
        words = _required_values(value)
        if words is None:
            self._lower_other.append(_condition(value))  # type: ignore[arg-type]
        else:
            self._lower_words.update(words)

    def _rules_for(self, token):  # type: ignore[no-untyped-def]
        key = (token.tag, token.lower, token.dep, token.is_space)
        hit = self.cache.get(key)
        if hit is None:
            lower = token.lower_
            outcome = (key[0], key[2], key[3], lower if lower in self._lower_words else None,
                       tuple(test(lower) for test in self._lower_other))
            hit = self.by_outcome.get(outcome)
            if hit is None:
                hit = self._compute(token)
                if len(self.by_outcome) < 200_000:
                    self.by_outcome[outcome] = hit
            if len(self.cache) < 200_000:
                self.cache[key] = hit
        return hit

    def _compute(self, token):  # type: ignore[no-untyped-def]
        """The rules one token matches: (single rule ids, their merged attributes, fixed rules it starts, fixed
        (rule, position) pairs it fills)."""
        values = (token.tag_, token.lower_, token.dep_, token.is_space)
        candidates = set(self.by_lower.get(values[1], ())) | set(self.by_tag.get(values[0], ()))
        candidates.update(self.always)
        ids = tuple(sorted({self.single[n][0] for n in candidates
                            if all(test(values[i]) for i, test in self.single[n][1])}))
        merged: dict = {}
        for attr_id in ids:
            merged.update(self.ruler.attrs[attr_id])
        filled = {(r, k) for r, (_attr_id, positions) in enumerate(self.fixed)
                  for k, tests in enumerate(positions) if all(test(values[i]) for i, test in tests)}
        return ids, merged, tuple(sorted(r for r, k in filled if k == 0)), frozenset(filled)

    def _matches(self, doc: Doc, hits: list) -> list[tuple[int, int, int]]:  # type: ignore[type-arg]
        """(rule, start, end) of every rule of several tokens, each span once per rule (as the Matcher gives)."""
        found: list[tuple[int, int, int]] = []
        n = len(hits)
        for start, hit in enumerate(hits):
            for r in hit[2]:
                attr_id, positions = self.fixed[r]
                end = start + len(positions)
                if end <= n and all((r, k) in hits[start + k][3] for k in range(1, len(positions))):
                    found.append((attr_id, start, end))
        if self.has_multi:
            strings = self.ruler.vocab.strings
            found += [(int(strings[match_id]), start, end)
                      for match_id, start, end in self.multi(doc, allow_missing=True)]
        return list(dict.fromkeys(found))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The sorted (rule, match id, start, end) list that AttributeRuler.match returns."""
        strings = self.ruler.vocab.strings
        hits = [self._rules_for(token) for token in doc]
        out = [(attr_id, strings.add(str(attr_id)), i, i + 1) for i, hit in enumerate(hits) for attr_id in hit[0]]
        out += [(attr_id, strings.add(str(attr_id)), start, end) for attr_id, start, end in self._matches(doc, hits)]
        out.sort()
        return out

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes; tokens touched by no multi-token rule take their merged attributes at once."""
        tokens = list(doc)
        hits = [self._rules_for(token) for token in tokens]  # all matching reads the tokens before any change
        multi: dict[int, list[tuple[int, dict]]] = {}
        for attr_id, start, end in self._matches(doc, hits):
            index = self.ruler.indices[attr_id]
            target = (start if index >= 0 else end) + index
            if not start <= target < end:
                raise ValueError(f"attribute rule {attr_id}: index {index} outside its match")
            multi.setdefault(target, []).append((attr_id, self.ruler.attrs[attr_id]))
        attrs = self.ruler.attrs
        for token, (ids, merged, _starts, _filled) in zip(tokens, hits):
            extra = multi.get(token.i)
            if extra is None:
                if merged:
                    set_token_attrs(token, merged)
                continue
            for _attr_id, values in sorted([(a, attrs[a]) for a in ids] + extra, key=lambda p: p[0]):
                set_token_attrs(token, values)
        return doc


class FastAttributeRuler(AttributeRuler):
    """AttributeRuler whose matching goes through _FastMatch; tables are rebuilt when rules change."""

    _fast: _FastMatch | None = None

    def _tables(self) -> _FastMatch:
        if self._fast is None:
            self._fast = _FastMatch(self)
        return self._fast

    def __call__(self, doc: Doc) -> Doc:
        return self._tables()(doc)

    def match(self, doc: Doc):  # type: ignore[no-untyped-def]
        return self._tables().match(doc)

    def add(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._fast = None
        super().add(*args, **kwargs)

    def clear(self) -> None:
        self._fast = None
        super().clear()


class _IndexList(list):
    """A lemma_index list whose `in` is a set lookup; otherwise (and pickled) the same list."""

    def __init__(self, forms: list[str]) -> None:
        super().__init__(forms)
        self._members = frozenset(forms)

    def __contains__(self, form: object) -> bool:
        return form in self._members

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return list, (list(self),)


class FastLemmatizer(Lemmatizer):
    """Rule Lemmatizer that keeps (orth, pos, morph) -> lemma hash and sets Token.lemma directly.

    Mixed in before a language's own lemmatizer class (EnglishLemmatizer), whose rules it calls on a miss.
    """

    _hashes: dict[tuple[int, int, int], int] | None = None
    _indexed: object = None  # the Lookups whose lemma_index lists were given sets

    def _index_lemma_lists(self) -> None:
        table = self.lookups.get_table("lemma_index", {})
        for key, forms in list(table.items()):
            if type(forms) is list:
                table[key] = _IndexList(forms)
        self._indexed = self.lookups

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self._indexed is not self.lookups:
            self._index_lemma_lists()
        if self._hashes is None or len(self._hashes) > 500_000:
            self._hashes = {}
        hashes = self._hashes
        strings = doc.vocab.strings
        overwrite = self.overwrite
        # the keys are read and the lemmas written by column: no Token object unless a lemma must be found
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3]
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = hashes.get(key)
                if value is None:
                    value = hashes[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = value
        if len(doc):
            doc.from_array([LEMMA], lemmas)
        return doc


_FAST_CLASSES: dict[type, type] = {}


def accelerate(component) -> None:  # type: ignore[no-untyped-def]
    """Make a stock AttributeRuler or rule Lemmatizer instance use table lookups; its output does not change."""
    cls = type(component)
    if cls is AttributeRuler:
        component.__class__ = FastAttributeRuler
    elif issubclass(cls, Lemmatizer) and not issubclass(cls, FastLemmatizer) and cls.__call__ is Lemmatizer.__call__:
        if cls not in _FAST_CLASSES:
            _FAST_CLASSES[cls] = type(f"Fast{cls.__name__}", (FastLemmatizer, cls), {})
        component.__class__ = _FAST_CLASSES[cls]
