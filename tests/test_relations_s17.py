"""Relation extraction, session 17: arguments the rules never saw, rumours and leaders' parts.

* an unknown acronym is a name (relations_unknown_names.bare_acronyms, not yet wired into group_name_refs): "the UPC, 3R and the MPC", "SLA-MM",
  "TKP/ML" (not "the UN", "AFP", a speaker's label "HOST:", a dateline "QUETTA, Aug 26 —", an acronym in brackets
  after the full name, a headline set in capitals);
* a tie told as a rumour, one "neither side confirmed" or one "no court has shown" is not asserted
  (relations_dating.framing, also for the learned back-off) (not "despite rumours of a rift, X fought beside Y");
* a leader's part of a group ("Isnilon Hapilon's faction of the Abu Sayyaf") is the group itself, no affiliation
  (relations_units.persons_part) (not "the Bakura faction of Boko Haram").

Each has a counter-case the rule must not fire on."""

from __future__ import annotations

from test_relations import ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)
from test_relations_s15_names import per_sentence

from newsevents.extract.relations_dating import framing
from newsevents.extract.relations_names import _fallback_ref
from newsevents.extract.relations_unknown_names import bare_acronyms
from newsevents.extract.relations_units import persons_part


def _names(nlp, ev, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The names group_name_refs finds and those bare_acronyms adds (not wired into group_name_refs yet)."""
    return {r.text for doc, sent, here, found in per_sentence(nlp, ev, text)
            for r in [*found, *bare_acronyms(doc, sent, here, found, _fallback_ref)]}


def _asserted(nlp, ev, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.type, r.source.text, r.target.text) for r in ev._scored(ev.extract(nlp, text))}


def test_unknown_acronyms_are_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, ev, "UNLFW was created in 2015 by ULFA-I, NSCN-K, KLO and NDFB to coordinate the insurgency.")
    assert "UNLFW" in found
    found = _names(nlp, ev, "In 1940 the OUN-B and the OUN-M went their separate ways after the leadership "
                            "dispute.")  # (SLA-MM and SLA-AW, the first example, are KB names since session 17)
    assert {"OUN-B", "OUN-M"} <= found


def test_not_every_acronym_is_a_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, ev, "The UN and the EU said, according to AFP, that the Kivu Front had joined the coalition.")
    assert not {"UN", "EU", "AFP"} & found
    found = _names(nlp, ev, "QUETTA, Aug 26 — The Majeed Brigade, the suicide squad of the Baloch Liberation Army, "
                            "claimed the attacks.")
    assert "QUETTA" not in found
    found = _names(nlp, ev, "The Armed Peasant Association (ACA), a splinter of the Paraguayan People's Army, "
                            "claimed an attack.")
    assert "ACA" not in found
    found = _names(nlp, ev, "HOST: Did the cartels ever merge with the Gulf Clan?")
    assert "HOST" not in found


def test_a_rumoured_tie_is_not_asserted(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    text = "Los Chapitos were rumoured in 2025 to have struck a pact with the Jalisco New Generation Cartel."
    assert not any(t == "alliance" for t, _, _ in _asserted(nlp, ev, text))
    text = "There were rumours last year that Los Choneros had patched things up with Los Lobos."
    assert not any(t == "alliance" for t, _, _ in _asserted(nlp, ev, text))


def test_unconfirmed_and_unshown_ties(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "X struck a pact with Y, a report that neither side confirmed."
    i = text.index("struck")
    assert framing(text, (0, len(text)), (i, i + len("struck a pact with"))) == "negated"
    text = "No court has shown that X is the armed wing of Y."
    i = text.index("is the armed")
    assert framing(text, (0, len(text)), (i, i + len("is the armed wing of"))) == "negated"
    # counter-cases: a confirmed pact; a rumour of something else, before the tie itself
    text = "X struck a pact with Y, a report that both sides confirmed."
    i = text.index("struck")
    assert framing(text, (0, len(text)), (i, i + len("struck a pact with"))) is None
    text = "Despite rumours of a rift, X fought beside Y."
    i = text.index("fought")
    assert framing(text, (0, len(text)), (i, i + len("fought beside"))) is None
    # review of session 17: a rumour set aside ('amid', 'dismissing') is of something else too
    for text in ("Amid rumours of a rift, the FDLR said it remained part of the coalition.",
                 "Dismissing rumours of a split, al-Shabaab said it remains loyal to al-Qaeda."):
        i = text.index("remain")
        assert framing(text, (0, len(text)), (i, len(text) - 1)) is None


def test_a_leaders_part_is_no_affiliation(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    assert persons_part("Isnilon Hapilon's faction")
    assert persons_part("Abdelaziz al-Hilu's wing")
    assert persons_part("Shekau's faction")
    assert not persons_part("Bakura faction")
    # review of session 17: a group's own name before "'s" is no leader
    for phrase in ("Boko Haram's faction", "Free Syrian Army's faction", "Islamic State's wing", "Abu Sayyaf's faction"):
        assert not persons_part(phrase), phrase
    text = "The Maute group joined Isnilon Hapilon's faction of the Abu Sayyaf in laying siege to Marawi in 2017."
    assert not any(t == "affiliation" and s.startswith("Isnilon") and "Abu Sayyaf" in g
                   for t, s, g in _asserted(nlp, ev, text))
    # counter-case: a named faction of a group is its part
    text = "The Bakura faction of Boko Haram raided a fishing camp near Kukawa."
    assert ("affiliation", "Bakura faction", "Boko Haram") in _asserted(nlp, ev, text)
