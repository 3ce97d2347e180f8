"""Relation extraction, twelfth round: argument finding and naming rather than trigger phrases. A pronoun
subject of a reported clause ("X announced that it had sworn ...") stands for the teller; a name whose acronym
follows in brackets is the whole name the acronym spells; names an appositive calls a group, names after "the
rebel group", names coordinated with a known group, Spanish-article gang names; the month May is no modal; a
strike is no party to a killing; past enmity, turned-down invitations and talks that came to nothing are not
asserted; "the two fought"; coordinated allies against a common enemy; places after "in the ruins of"; a group
renamed as it absorbed others; "joined other blocs to form Z"."""

from __future__ import annotations

import pytest

from newsevents.extract.relation_rules import RULES
from newsevents.extract.relations_aliases import spelled_out
from newsevents.extract.relations_dating import certainty, framing
from newsevents.models import ActorRef

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)
from test_relations_round10 import _has


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # a pronoun subject of a reported clause is the teller
    ("Jamaat Nusrat al-Haqq, a small cell in Kenya, declared last week that it had sworn allegiance to al-Shabaab.",
     "pledge", "Jamaat Nusrat al-Haqq", "al-Shabaab"),
    # a year before the member phrase is no part of it; "In May" is the month
    ("In May 2019 a faction of the Kivu Front announced that it was giving its loyalty to the Islamic State.",
     "pledge", "Kivu Front", "Islamic State"),
    # the whole name an acronym in brackets spells out
    ("The Delta Youth Brigade signed up to the Niger Ijaw Coalition Front (NICF) in 2008.", "affiliation",
     "Delta Youth Brigade", "Niger Ijaw Coalition Front"),
    # unknown names an appositive calls a group, even where the tagger read a place
    ("La Cuerda, long the armed wing of the Golfo Cartel, runs the smuggling routes.", "affiliation", "La Cuerda",
     "Golfo Cartel"),
    ("Los Tigrillos, a gang from the coast, belongs to the Pacific Cartel.", "affiliation", "Los Tigrillos",
     "Pacific Cartel"),
    # wording of membership
    ("The Hamza Battalion fights within the ranks of the Free Syrian Army near Azaz.", "affiliation",
     "Hamza Battalion", "Free Syrian Army"),
    ("The Sahel Defence Group serves as the armed force of the Azawad People's Front.", "affiliation",
     "Sahel Defence Group", "Azawad People's Front"),
    ("The Coastal Shield forces guarding the port fall under the command of the Southern Movement.", "affiliation",
     "Coastal Shield", "Southern Movement"),
    ("The Tanzim Brigade, a little-known cell that Kenyan police link to al-Shabaab, claimed the blast.",
     "affiliation", "Tanzim Brigade", "al-Shabaab"),
    ("Ahrar al-Jazira was the largest of the factions gathered in the Eastern Shura Council.", "affiliation",
     "Ahrar al-Jazira", "Eastern Shura Council"),
    ("Officials regard the Kashmir Tigers as a cover name used by Jaish-e-Mohammed.", "affiliation",
     "Kashmir Tigers", "Jaish-e-Mohammed"),
    # a unit the knowledge base folds into its parent is still the argument named ("Y's al-Quds Brigades")
    ("The Tulkarm Battalion is seen as an extension of Palestinian Islamic Jihad's al-Quds Brigades.", "affiliation",
     "Tulkarm Battalion", "al-Quds Brigades"),
    ("The Tulkarm Battalion is seen as an extension of Palestinian Islamic Jihad's al-Quds Brigades.", "affiliation",
     "al-Quds Brigades", "Palestinian Islamic Jihad"),
    # appointments
    ("The Houthis elevated Abdul Karim al-Ghamari to secretary-general in 2016.", "appoint", "Abdul Karim al-Ghamari",
     "Houthis"),
    ("Al-Shabaab unveiled Ahmed Umar as its new emir in 2014.", "appoint", "Ahmed Umar", "Al-Shabaab"),
    ("The Islamic State appointed Abu Yasir to run its Sahel branch in 2022.", "appoint", "Abu Yasir",
     "Islamic State"),
    # splinters in appositives
    ("Ansar al-Haqq, a Hamas splinter founded by a former commander, fired rockets.", "split", "Ansar al-Haqq",
     "Hamas"),
    ("Jaish al-Mahdi, a band of Hezbollah defectors based in the valley, claimed the ambush.", "split",
     "Jaish al-Mahdi", "Hezbollah"),
    # merger wording, names after a generic noun, and the founders of a new group
    ("The Ruzizi Brigade became one of the founding components of the Kivu Alliance in 2019.", "merger",
     "Ruzizi Brigade", "Kivu Alliance"),
    ("The Northern Front grew out of a merger between the Hamza Division, the militant group Liwa al-Asifa and "
     "several smaller cells.", "merger", "Liwa al-Asifa", "Northern Front"),
    # alliance wording with no "with": the coordinated subjects are the partners
    ("The Kivu Front and the Ruzizi Brigade have closed ranks since 2019.", "alliance", "Kivu Front",
     "Ruzizi Brigade"),
    ("The Kivu Front and the Ruzizi Brigade made common cause against the M23 in 2022.", "alliance", "Kivu Front",
     "Ruzizi Brigade"),
    ("The Kivu Front and the Ruzizi Brigade made common cause against the M23 in 2022.", "rivalry", "Kivu Front",
     "M23"),
    ("Kataib Sayyid al-Shuhada and Asaib Ahl al-Haq coordinated drone fire on the base.", "alliance",
     "Kataib Sayyid al-Shuhada", "Asaib Ahl al-Haq"),
    ("Investigators said the Kivu Front and the Ruzizi Brigade swapped bomb-making know-how in 2015.", "alliance",
     "Kivu Front", "Ruzizi Brigade"),
    ("The Kivu Front taught sniper tactics to the Ruzizi Brigade.", "alliance", "Kivu Front", "Ruzizi Brigade"),
    ("The Kivu Front has given the Ruzizi Brigade safe haven in its hills.", "alliance", "Kivu Front",
     "Ruzizi Brigade"),
    # an unknown acronym coordinated with a known group
    ("MAAF and the National Front for Liberation ran joint operations against Hurras al-Din in 2019.", "alliance",
     "MAAF", "National Front for Liberation"),
    # coordinated subjects beside an ally against a common enemy are allies too
    ("The Kivu Front and the Ruzizi Brigade fought alongside the army against the M23 near Goma.", "alliance",
     "Kivu Front", "Ruzizi Brigade"),
    # members coordinated with a group ("X gunmen and fighters of the Y")
    ("Hamas gunmen and fighters of the Al-Nasser Salah al-Deen Brigades fought side by side in the streets of Rafah.",
     "alliance", "Hamas", "Al-Nasser Salah al-Deen Brigades"),
    # rivalry wording and "the two"
    ("Fighting erupted last week between the Hamza Division and the Sultan Murad Division near Afrin.", "rivalry",
     "Hamza Division", "Sultan Murad Division"),
    ("Once the Kivu Front and the Ruzizi Brigade fell out in 2018, the valley became a battlefield.", "rivalry",
     "Kivu Front", "Ruzizi Brigade"),
    ("The Taliban crushed the Islamic State's rebellion in Kunar in 2020.", "rivalry", "Taliban", "Islamic State"),
    ("The Kivu Front was founded by officers who deserted the Ruzizi Brigade, and the two have clashed ever since.",
     "rivalry", "Kivu Front", "Ruzizi Brigade"),
    # a group that took a new name as it absorbed others: they merged into the new name
    ("The Sham Legion rebranded as the Northern Army in 2019 after absorbing the Hamza Battalion and Liwa al-Fath.",
     "merger", "Liwa al-Fath", "Northern Army"),
    # "joined other blocs to form Z": a founder of Z
    ("In 2001 the Kivu Front joined several smaller militias to form the Eastern Shield.", "merger", "Kivu Front",
     "Eastern Shield"),
    # a wing that renounced its parent and went over to another
    ("Al-Shabaab's Kenyan wing renounced its allegiance to the parent group and went over to the Islamic State.",
     "pledge", "Al-Shabaab", "Islamic State"),
    ("Al-Shabaab's Kenyan wing renounced its allegiance to the parent group and went over to the Islamic State.",
     "split", "Al-Shabaab's Kenyan wing", "Al-Shabaab"),
    # armed action taken for another group
    ("The Houthis fired missiles at Eilat in support of Hamas.", "alliance", "Houthis", "Hamas"),
    # Spanish-article gang names the tagger took for persons or places
    ("Los Tiburones and Los Gallos are locked in a war for the port.", "rivalry", "Los Tiburones", "Los Gallos"),
    # a name coordinated with a known group, a place inside it
    ("The Kivu Alliance came into being in 2010 when the Ruzizi Brigade and the Popular Front of Congo folded into a "
     "single force.", "merger", "Popular Front of Congo", "Kivu Alliance"),
    # an old partner named by a possessive: the name in apposition, or the group just left
    ("In 2015 the Kivu Front turned its guns on its former ally, Jean Bosco's Ruzizi Brigade.", "rivalry",
     "Kivu Front", "Ruzizi Brigade"),
    ("The Kivu Front split from the Ruzizi Brigade in 2012 and turned its guns on its former comrades.", "rivalry",
     "Kivu Front", "Ruzizi Brigade"),
    # a founder's own break is the break of the group he founded
    ("The Kivu Front was set up in 2012 by Jean Bosco after he broke with the Ruzizi Brigade.", "split", "Kivu Front",
     "Ruzizi Brigade"),
    ("Jean Bosco led hundreds of fighters out of the Ruzizi Brigade in 2012 and launched the Kivu Front.", "split",
     "Kivu Front", "Ruzizi Brigade"),
    # Arabic articles in a name ("Deir ez-Zor")
    ("Clashes broke out between the SDF and the Deir ez-Zor Tribal Council in 2023.", "rivalry", "SDF",
     "Deir ez-Zor Tribal Council"),
])
def test_round12_readings(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a past enmity, a declined invitation, talks that came to nothing
    "The Kivu Front and the Ruzizi Brigade were once sworn enemies.",
    "The Ruzizi Brigade turned down an offer to join the Kivu Alliance.",
    "The Kivu Front and the Ruzizi Brigade discussed forming a coalition in 2020, but nothing came of it.",
])
def test_round12_no_relation(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The Houthis named Mahdi al-Mashat as leader weeks after an air strike killed Saleh al-Sammad.",
    "Al-Shabaab chose a new emir days after a US drone killed Abu Hamza in 2019.",
])
def test_a_strike_is_no_party_to_a_killing(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "rivalry"]


@pytest.mark.model
def test_the_absorber_that_took_a_new_name_is_no_party(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Sham Legion rebranded as the Northern Army in 2019 after absorbing the Hamza Battalion."
    assert not _has(nlp, ev, sentence, "merger", "Sham Legion", "Hamza Battalion")


@pytest.mark.model
def test_an_object_across_and_a_verb_is_the_next_verbs(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Kivu Front renounced its allegiance to the parent group and went over to the Ruzizi Brigade."
    assert not _has(nlp, ev, sentence, "split", "Kivu Front", "Ruzizi Brigade")


@pytest.mark.model
def test_cutting_its_links_is_no_tie(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Jabhat al-Nusra said that it had cut its links to al-Qaeda."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "affiliation"]


@pytest.mark.model
def test_words_describing_fighters_are_no_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Clashes between the YPG and Syrian Arab fighters left ten dead."
    assert not [r for r in _asserted(nlp, ev, sentence) if "Syrian Arab" in (r.source.text, r.target.text)]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Hamas and the Foreign Secretary issued a joint statement.",
])
def test_no_group_coordinated_by_mistake(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Gang members fled from Los Angeles to Las Vegas after clashes in 2020.",
    "Gunmen from Los Morros attacked Hamas.",
])
def test_spanish_place_names_are_no_gangs(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, sentence)


def test_leaving_the_dead_is_no_split() -> None:
    rule = next(r for r in RULES if r.type == "split" and "deserted)" in r.pattern.pattern)
    assert rule.pattern.search("X left the coalition in 2019")
    assert not rule.pattern.search("a strike that left at least 15 dead")
    assert not rule.pattern.search("the raid left dozens of civilians wounded")


@pytest.mark.model
def test_a_place_in_the_ruins_of_is_no_ally(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hamas and the Al-Quds Brigades fought shoulder to shoulder in the ruins of Beit Hanoun."
    assert not [r for r in _asserted(nlp, ev, sentence) if "Beit Hanoun" in (r.source.text, r.target.text)]


@pytest.mark.model
def test_a_man_who_fell_out_with_his_leaders_is_no_rival(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Abu Khalid fell out with the Kivu Front's leadership in 2015."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "rivalry"]


def test_the_month_may_is_no_modal() -> None:
    assert certainty("In May 2015 the group pledged allegiance to") == "asserted"
    assert certainty("X joined on 3 May") == "asserted"
    assert certainty("X may join") == "hypothetical"


def test_declining_and_talking_over_are_not_asserted() -> None:
    assert certainty("X turned down an invitation to join") == "negated"
    assert certainty("X declined to join") == "negated"
    assert certainty("X and Y discussed forming a joint front") == "hypothetical"
    text = "X and Y agreed to merge in 2020, but nothing came of it."
    assert framing(text, (0, len(text)), (12, 20)) == "negated"


def _org(text: str, start: int, end: int, kind: str = "organisation") -> ActorRef:
    return ActorRef(text=text[start:end], span=(start, end), actor_id=None, name=text[start:end], kind=kind,
                    provisional=True, via="provisional")


def test_an_acronym_widens_the_name_it_spells() -> None:
    text = "X joined the Baloch Raji Aajoi Sangar (BRAS) in 2020."
    start = text.index("Raji")
    person = _org(text, start, text.index(" (BRAS"), kind="person")
    out = spelled_out(text, [person])
    assert [(m.text, m.kind) for m in out] == [("Baloch Raji Aajoi Sangar", "organisation")]
    # letters that do not spell the words before are left alone
    text = "X joined the Baloch Raji Aajoi Sangar (BLA) in 2020."
    assert spelled_out(text, [_org(text, start, text.index(" (BLA"), kind="person")])[0].text == "Raji Aajoi Sangar"
