"""The same annotations as spaCy's AttributeRuler and rule Lemmatizer, computed with table lookups.

AttributeRuler: 
The English pipelines' attribute ruler holds ~180 rules, almost all of one token ("TAG is VBZ and LOWER
is 's" -> POS AUX, LEMMA be, ...). spaCy runs them through its general Matcher, which costs about a sixth
of the whole statistical pipeline's time. Whether a one-token rule matches depends only on the token's
(TAG, LOWER, DEP, IS_SPACE), and news text repeats those keys constantly, so each key's matching rules are
found once and their attributes merged in rule order; the few multi-token rules still go through a
Matcher of their own.

Lemmatizer (rule mode): spaCy already caches each (word, POS, morphology) lemma, but still pays per token for
a method call, a list and a string-to-hash conversion; here the cached value is the lemma's hash, set directly.

`accelerate()` turns a stock instance of either into its fast subclass; the output is identical, and
`tests/test_nlp_fast_components.py` compares every token attribute against the stock components.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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


def _one_token_rule(pattern: list[dict]) -> list[tuple[int, Callable[[Any], bool]]] | None:
    """[(feature index, test), ...] for a one-token pattern over our four features, else None."""
    if len(pattern) != 1:
        return None
    tests = []
    for key, value in pattern[0].items():
        if key not in _FEATURES:
            return None
        test = _condition(value)
        if test is None:
            return None
        tests.append((_FEATURES.index(key), test))
    return tests


class _FastMatch:
    """Replacement for AttributeRuler.match / set_annotations on one ruler instance."""

    def __init__(self, ruler) -> None:  # type: ignore[no-untyped-def]
        self.ruler = ruler
        self.single: list[tuple[int, list[tuple[int, Callable[[Any], bool]]]]] = []
        self.multi = Matcher(ruler.vocab, validate=False)
        self._single_patterns: list[dict] = []
        n_multi = 0
        for attr_id, rule in enumerate(ruler.patterns):
            rest = []
            for pattern in rule["patterns"]:
                tests = _one_token_rule(pattern)
                if tests is None:
                    rest.append(pattern)
                else:
                    self.single.append((attr_id, tests))
                    self._single_patterns.append(pattern[0])
            if rest:
                self.multi.add(str(attr_id), rest)
                n_multi += 1
        self.has_multi = n_multi > 0
        self.cache: dict[tuple, tuple[tuple[int, ...], dict]] = {}
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

    def _rules_for(self, token) -> tuple[tuple[int, ...], dict]:  # type: ignore[no-untyped-def]
        key = (token.tag, token.lower, token.dep, token.is_space)
        hit = self.cache.get(key)
        if hit is None:
            values = (token.tag_, token.lower_, token.dep_, token.is_space)
            candidates = set(self.by_lower.get(values[1], ())) | set(self.by_tag.get(values[0], ()))
            candidates.update(self.always)
            ids = tuple(sorted({self.single[n][0] for n in candidates
                                if all(test(values[i]) for i, test in self.single[n][1])}))
            merged: dict = {}
            for attr_id in ids:
                merged.update(self.ruler.attrs[attr_id])
            hit = (ids, merged)
            if len(self.cache) < 200_000:
                self.cache[key] = hit
        return hit

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The sorted (rule, match id, start, end) list that AttributeRuler.match returns."""
        strings = self.ruler.vocab.strings
        out = []
        for token in doc:
            ids, _merged = self._rules_for(token)
            for attr_id in ids:
                out.append((attr_id, strings.add(str(attr_id)), token.i, token.i + 1))
        if self.has_multi:
            for match_id, start, end in self.multi(doc, allow_missing=True):
                attr_id = int(strings[match_id])
                out.append((attr_id, strings.add(str(attr_id)), start, end))
        out.sort()
        return out

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes; tokens touched by no multi-token rule take their merged attributes at once."""
        multi: dict[int, list[tuple[int, dict]]] = {}
        if self.has_multi:
            strings = self.ruler.vocab.strings
            for match_id, start, end in self.multi(doc, allow_missing=True):
                attr_id = int(strings[match_id])
                index = self.ruler.indices[attr_id]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(f"attribute rule {attr_id}: index {index} outside its match")
                multi.setdefault(target, []).append((attr_id, self.ruler.attrs[attr_id]))
        attrs = self.ruler.attrs
        for token in doc:
            ids, merged = self._rules_for(token)
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


class FastLemmatizer(Lemmatizer):
    """Rule Lemmatizer that keeps (orth, pos, morph) -> lemma hash and sets Token.lemma directly.

    Mixed in before a language's own lemmatizer class (EnglishLemmatizer), whose rules it calls on a miss.
    """

    _hashes: dict[tuple[int, int, int], int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self._hashes is None or len(self._hashes) > 500_000:
            self._hashes = {}
        hashes = self._hashes
        strings = doc.vocab.strings
        overwrite = self.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                value = hashes.get(key)
                if value is None:
                    value = hashes[key] = strings.add(self.lemmatize(token)[0])
                token.lemma = value
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
