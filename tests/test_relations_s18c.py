"""Relation extraction, session 18 (third round): a relative clause between a subject and its verb
(relations_relative). "Los Rastrojos, who began as the armed wing of X, were routed by Y": the subject is the name the
clause hangs on, not a name inside the clause; a relation told inside the clause keeps its own arguments; a clause on an
unnamed group ("The Michoacán umbrella, which includes X, has fought Y") gives no relation to X.

Each has a counter-case the rule must not fire on."""

from __future__ import annotations

from test_relations import ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)
from test_relations_s18b import _has, _rels  # the same readers of the scored rule relations


def test_subject_before_a_relative_clause(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "Los Rastrojos, who began as the armed wing of the Norte del Valle cartel, were routed by "
                          "the Urabeños in the 2019-2020 fight for the border crossings near Cúcuta.")
    assert any(t == "rivalry" and {s, g} == {"los rastrojos", "urabeños"} for t, s, g in rels), rels
    assert not any(t == "rivalry" and "wing" in s + g for t, s, g in rels), rels
    rels = _rels(nlp, ev, "The National Front for Liberation, which grouped Faylaq al-Sham and other northern "
                          "factions, folded into the Syrian National Army in October 2019.")
    assert _has(rels, "merger", "national front for liberation", "syrian national army"), rels
    assert not _has(rels, "merger", "faylaq", "syrian national army"), rels


def test_relation_inside_the_clause_is_kept(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    # counter-case: the trigger lies inside the clause, which tells its own relation
    rels = _rels(nlp, ev, "The Karuna faction, which broke from the Tamil Tigers in 2004, later helped government "
                          "troops hunt down its former comrades in the east.")
    assert _has(rels, "split", "karuna", "tamil tigers"), rels
    # counter-case: no relative clause, the nearest subject stands
    rels = _rels(nlp, ev, "Família do Norte massacred PCC inmates in a Manaus prison in January 2017.")
    assert any(t == "rivalry" and {s, g} == {"família do norte", "pcc"} for t, s, g in rels), rels


def test_clause_on_an_unnamed_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "The Michoacán umbrella, which includes Los Viagras among other local gangs, has fought "
                          "the CJNG in Tierra Caliente for years.")
    assert not _has(rels, "rivalry", "viagras", "cjng") and not _has(rels, "rivalry", "cjng", "viagras"), rels
