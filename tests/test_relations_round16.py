"""Relation extraction, sixteenth round (session 12): constructions that recur across the tuning sets, not one
set's rows. A coalition told in the passive with its founding groups after "by" ("W was founded in 1982 by four
guerrilla organisations, A, B and C", "W was created in 2015 by A, B and C", "by A together with two smaller
factions"): A -> W, B -> W as mergers, never for a person founder or a lone group; allies fighting one enemy ("X
fought alongside Z against Y", "X fought Y alongside Z"): Y is Z's rival as well as X's, and X's ally Z where the rules
read no alliance; a group naming its leader ("G named P to succeed Q", "G's shura chose P as emir", "G announced that P
would succeed Q", "P, chosen by G to succeed Q"): appoint P -> G; a group others call another's front or proxy ("X,
which Ankara regards as a front of Y", "X is regarded by police as a shadow of Y"): affiliation X -> Y, and nothing
for the describer; a group told to have "come into being" or "taken shape" when named groups joined hands: they merge
into it. Scored on the rules alone."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)
from test_relations_round15 import _has

FOUND = [
    # founders after a passive "founded/created/established by"
    ("The Southern Front was established in 2014 by three rebel movements, the Yarmouk Army, the Omari Brigades and "
     "Jaysh al-Islam.", "merger", "Jaysh al-Islam", "Southern Front"),
    ("The Sahel Coordination was created in 2019 by Ansar Dine, al-Mourabitoun and Katiba Macina to share supply "
     "routes.", "merger", "al-Mourabitoun", "Sahel Coordination"),
    ("The Sahel Coordination was founded in 2019 by Ansar Dine together with two smaller factions.", "merger",
     "Ansar Dine", "Sahel Coordination"),
    # allies fighting one enemy
    ("Hamas fought alongside Islamic Jihad against Fatah in Gaza in 2007.", "rivalry", "Islamic Jihad", "Fatah"),
    ("Hezbollah fought the Nusra Front alongside the Fatemiyoun Brigade near Qusayr.", "rivalry", "Fatemiyoun Brigade",
     "Nusra Front"),
    ("Hezbollah fought the Nusra Front alongside the Fatemiyoun Brigade near Qusayr.", "rivalry", "Hezbollah",
     "Nusra Front"),
    ("Ahlu Sunna Wal Jamaa fought alongside Ethiopian troops against al-Shabaab in Gedo.", "rivalry",
     "Ahlu Sunna Wal Jamaa", "al-Shabaab"),
    # a group naming its leader
    ("After its leader was killed in 2019, the ISWAP named Abu Musab al-Barnawi to replace him.", "appoint",
     "Abu Musab al-Barnawi", "ISWAP"),
    ("The Taliban elevated Mullah Akhtar Mansour, a former aviation minister, to supreme leader in July 2015.",
     "appoint", "Mullah Akhtar Mansour", "Taliban"),
    ("Al-Shabaab's shura chose Ahmed Abdi Godane as emir in 2008.", "appoint", "Ahmed Abdi Godane", "Al-Shabaab"),
    ("Hezbollah announced on its television station that Naim Qassem would succeed Hassan Nasrallah as its "
     "secretary-general.", "appoint", "Naim Qassem", "Hezbollah"),
    ("Al-Shabaab named Ahmed Diriye to succeed Ahmed Abdi Godane as emir.", "appoint", "Ahmed Diriye", "Al-Shabaab"),
    ("Ahmed Abdi Godane, chosen by al-Shabaab in 2008 to succeed Aden Hashi Ayro, was killed in 2014.", "appoint",
     "Ahmed Abdi Godane", "al-Shabaab"),
    # a group others describe as another's front
    ("The Hurras Brigade, which US officials describe as a proxy of Kataib Hezbollah, claimed the rocket attack.",
     "affiliation", "Hurras Brigade", "Kataib Hezbollah"),
    ("The Baloch Raaji Front, which the Interior Ministry regards as a front of the Baloch Liberation Army, was banned.",
     "affiliation", "Baloch Raaji Front", "Baloch Liberation Army"),
    ("The Kashmir Tigers Brigade is regarded by Indian police as a shadow of Jaish-e-Mohammed.", "affiliation",
     "Kashmir Tigers Brigade", "Jaish-e-Mohammed"),
    # a group that came into being when others joined hands
    ("The Levant Front came into being in December 2014 when Liwa al-Tawhid joined hands with Jaysh al-Mujahideen and "
     "Harakat Hazm.", "merger", "Liwa al-Tawhid", "Levant Front"),
]

NOT_FOUND = [
    # a person founder, a lone founding group, an operation
    ("The Islamic Youth Shura Council was founded in 2014 by Abu Nabil al-Anbari and a few dozen fighters.", "merger",
     "Abu Nabil al-Anbari", "Islamic Youth Shura Council"),
    ("The Southern Front was established in 2014 by Jaysh al-Islam.", "merger", "Jaysh al-Islam", "Southern Front"),
    ("The truce was negotiated in 2017 by Ahrar al-Sham and Jaysh al-Islam.", "merger", "Ahrar al-Sham",
     "Jaysh al-Islam"),
    # an ally with no common enemy named, and a group named after a clause break
    ("Hamas fought alongside Islamic Jihad, and Fatah stayed out of the battle.", "rivalry", "Islamic Jihad", "Fatah"),
    ("Hezbollah fought the Nusra Front, while Amal stayed alongside the army.", "rivalry", "Amal", "Nusra Front"),
    ("Ahlu Sunna Wal Jamaa fought alongside Ethiopian troops against al-Shabaab in Gedo.", "alliance",
     "Ahlu Sunna Wal Jamaa", "Ethiopian"),
    # the predecessor is no appointee; a group telling of something else; a state naming an officer
    ("Hezbollah announced on its television station that Naim Qassem would succeed Hassan Nasrallah.", "appoint",
     "Hassan Nasrallah", "Hezbollah"),
    ("Hamas said on Sunday that Ismail Haniyeh would visit Cairo next week.", "appoint", "Ismail Haniyeh", "Hamas"),
    ("Al-Shabaab announced that Ahmed Umar had been killed in a US airstrike.", "appoint", "Ahmed Umar", "Al-Shabaab"),
    ("Kenya named Colonel Ahmed Ali to lead the offensive against al-Shabaab.", "appoint", "Ahmed Ali", "al-Shabaab"),
    # review fixes: the predecessor after "to succeed" is no appointee; a teller's tail must tie the role to the group
    ("Chevron named Mike Wirth to succeed John Watson as chief executive.", "appoint", "John Watson", "Chevron"),
    ("Chelsea named Mauricio Pochettino to succeed Graham Potter as head coach.", "appoint", "Graham Potter",
     "Chelsea"),
    ("Al-Shabaab named Ahmed Diriye to succeed Ahmed Abdi Godane as emir.", "appoint", "Ahmed Abdi Godane",
     "Al-Shabaab"),
    ("Hamas said that Benjamin Netanyahu would replace Yoav Gallant with Israel Katz.", "appoint", "Benjamin Netanyahu",
     "Hamas"),
    # a government founded by a forum and the UN is no merger of groups
    ("The Government of National Unity was formed in 2021 by the Libyan Political Dialogue Forum and the United "
     "Nations.", "merger", "United Nations", "Government of National Unity"),
    ("The Government of National Unity was formed in 2021 by the Libyan Political Dialogue Forum and the United "
     "Nations.", "merger", "Libyan Political Dialogue Forum", "Government of National Unity"),
    # a view held once or wrongly
    ("The Hurras Brigade, which US officials once described as a proxy of Kataib Hezbollah, claimed the attack.",
     "affiliation", "Hurras Brigade", "Kataib Hezbollah"),
    ("The Kashmir Tigers Brigade was wrongly regarded by Indian police as a shadow of Jaish-e-Mohammed.",
     "affiliation", "Kashmir Tigers Brigade", "Jaish-e-Mohammed"),
    # the describer is no party; a rival is no front
    ("The Baloch Raaji Front, which the Interior Ministry regards as a front of the Baloch Liberation Army, was banned.",
     "affiliation", "Interior Ministry", "Baloch Liberation Army"),
    ("Hamas, which Fatah describes as its main rival, won the election.", "affiliation", "Hamas", "Fatah"),
    # groups joining hands with no group made of them stay allies
    ("In December 2014 Liwa al-Tawhid joined hands with Jaysh al-Mujahideen and Harakat Hazm near Aleppo.", "merger",
     "Liwa al-Tawhid", "Jaysh al-Mujahideen"),
]


@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round16_reads(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                       target: str) -> None:
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round16_look_alikes(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                             target: str) -> None:
    assert not _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.xfail(strict=True, reason="a describer's view is still scored 'asserted': relations.py computes certainty "
                   "from the clause and takes none from a reader (_Found carries none); needs a change outside the "
                   "round-16 reader files")
def test_round16_described_view_is_alleged(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = [r for r in _asserted(nlp, ev, "The Hurras Brigade, which US officials describe as a proxy of Kataib "
                                          "Hezbollah, claimed the rocket attack.") if r.type == "affiliation"]
    assert rels and all(r.certainty == "alleged" for r in rels), rels
