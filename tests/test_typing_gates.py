"""Speed gates must not hide a rule: every lemma `typing_diplomatic.diplomatic_verb` tests is let through by
`typing_words._DIPLOMATIC_LEMMAS`, which decides whether it is called at all."""

from __future__ import annotations

import ast
import inspect

from newsevents.extract import typing_diplomatic, typing_words


def _tested_lemmas(func: object) -> set[str]:
    """The string lemmas a function compares `lemma` with (`lemma == "x"`, `lemma in ("x", "y")`)."""
    tree = ast.parse(inspect.getsource(func))  # type: ignore[arg-type]
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "lemma"):
            continue
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Eq, ast.In)):
                values = right.elts if isinstance(right, (ast.Tuple, ast.Set, ast.List)) else [right]
                found |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
    return found


def test_every_lemma_the_diplomatic_rules_test_passes_the_gate() -> None:
    tested = _tested_lemmas(typing_diplomatic.diplomatic_verb)
    assert len(tested) > 20  # the parse found the branches
    assert tested <= typing_words._DIPLOMATIC_LEMMAS, sorted(tested - typing_words._DIPLOMATIC_LEMMAS)
