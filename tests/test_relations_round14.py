"""Relation extraction, fourteenth round: held7's prose (think-tank profiles, UN panel reports, histories). A subject
name the parse cut at its left edge ("Ahlu Sunna Wal Jama'a, the Sufi militia of ..., fought Y"); pledges told as
"declared for Y"; allies who "remain closely aligned" or "advanced side by side", who "found shelter with Y"; rivals
who "warred with" or "helped drive Y out of"; mergers told with the product as subject ("Z was born from the merger
of X and Y", "Z was founded by six rebel groups, among them X and Y"); splits told as "X's rupture with Y" or "Y,
itself a breakaway from W" (the appositive's head, not the clause's subject). A passive with no agent ("P was
killed") is no rivalry; "Z, an alliance of ... groups, includes X and Y" pairs no members. Affiliations told as "X, a
faction inside Y", "held by analysts to be a wing of Y", "Y counts X as its main component"; "X and the newly raised
Y" coordinates, a fronted "In P," does not; "X and Y clashed with the junta's forces" makes X and Y allies. The
learned back-off reads no pair through a pronoun the coreference step resolved. Scored on the rules alone, except the
back-off test."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)
from test_relations_round10 import _has

from newsevents.extract import relation_model
from newsevents.models import ActorRef

_rules = _asserted  # the rules alone (test_relations._run reads them without the learned back-off)


FOUND = [
    # a subject name the parse cut ("Ahlu" read as a modifier of the verb)
    ("Ahlu Sunna Wal Jama'a, the Sufi militia of central Somalia, fought al-Shabaab in Galgaduud for years.",
     "rivalry", "Ahlu Sunna Wal Jama'a", "al-Shabaab"),
    ("After the Islamic Movement of Uzbekistan declared for the Islamic State in 2015, the Taliban turned on it.",
     "pledge", "Islamic Movement of Uzbekistan", "Islamic State"),
    ("The Taliban and al-Qaeda remain closely aligned, according to UN monitoring reports.", "alliance", "Taliban",
     "al-Qaeda"),
    ("The Ta'ang National Liberation Army and the MNDAA advanced side by side into northern Shan State.", "alliance",
     "Ta'ang National Liberation Army", "MNDAA"),
    ("The Islamic Jihad Union found shelter with the Taliban in Waziristan.", "alliance", "Islamic Jihad Union",
     "Taliban"),
    ("The Gulf Clan has warred with the ELN along the Atrato river since 2016.", "rivalry", "Gulf Clan", "ELN"),
    ("The Ras Kamboni Brigades later helped drive al-Shabaab out of Kismayo.", "rivalry", "Ras Kamboni Brigades",
     "al-Shabaab"),
    ("Hayat Tahrir al-Sham was born in January 2017 from the merger of Jabhat Fateh al-Sham and Ahrar al-Sham "
     "defectors.", "merger", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham"),
    ("The Coalition of Patriots for Change was founded in December 2020 by six Central African rebel groups, among "
     "them the 3R and the Union for Peace in the Central African Republic.", "merger",
     "Union for Peace in the Central African Republic", "Coalition of Patriots for Change"),
    # an appositive after the name it describes, not after the clause's subject
    ("Ansar Dine fought alongside the MUJAO, itself a breakaway from AQIM.", "split", "MUJAO", "AQIM"),
    # the founders of a merger after a leader's possessive
    ("Al-Mourabitoun was born in August 2013 from the merger of Mokhtar Belmokhtar's Signed-in-Blood Battalion and "
     "the Movement for Oneness and Jihad in West Africa.", "merger", "Signed-in-Blood Battalion", "Al-Mourabitoun"),
    # a passive with its agent is a rivalry
    ("Three Hizbul Mujahideen commanders were killed by Lashkar-e-Taiba gunmen in 2019.", "rivalry",
     "Hizbul Mujahideen", "Lashkar-e-Taiba"),
    # a coalition's members listed right after "of" are allies
    ("A coalition of Ansar Dine, the MUJAO and AQIM held Timbuktu in 2012.", "alliance", "Ansar Dine", "AQIM"),
    # affiliations: a faction inside a group, a wing the group is held to be, a component the parent counts
    ("The Sultan Murad Division, a Turkmen faction inside the Syrian National Army, has fought the SDF around Manbij.",
     "affiliation", "Sultan Murad Division", "Syrian National Army"),
    ("The Kurdistan Freedom Hawks are held by many analysts to be a deniable urban wing of the PKK.", "affiliation",
     "Kurdistan Freedom Hawks", "PKK"),
    ("The Congo River Alliance counts the M23 as its main armed component.", "affiliation", "M23",
     "Congo River Alliance"),
    # a coordinated partner introduced as newly raised
    ("The Karenni Army and the newly raised Karenni Nationalities Defence Force fought shoulder to shoulder for Loikaw.",
     "alliance", "Karenni Army", "Karenni Nationalities Defence Force"),
    # coordinated subjects who fight the state's forces are on one side
    ("The Arakan Army and the Chin National Front clashed with the junta's forces in Paletwa.", "alliance",
     "Arakan Army", "Chin National Front"),
    ("The Karen National Liberation Army and the People's Defence Force fought the junta in Kawkareik.", "alliance",
     "Karen National Liberation Army", "People's Defence Force"),
    # a merger of N groups, including the founders named
    ("The Islamic Front was formed in 2013 from a merger of seven rebel groups, including Ahrar al-Sham and Liwa "
     "al-Tawhid.", "merger", "Liwa al-Tawhid", "Islamic Front"),
    # a nominal split
    ("The Beltrán Leyva Organization's rupture with the Sinaloa Cartel in 2008 drove it to close ranks with Los "
     "Zetas.", "split", "Beltrán Leyva Organization", "Sinaloa Cartel"),
]

NOT_FOUND = [
    # the parse's subject still decides: a name before the subject is no party
    ("In Galgaduud, where al-Shabaab was strong, the Sufi militia fought the army for years.", "rivalry", "al-Shabaab",
     "army"),
    # "declared for" a cause, not a group; "declared itself for" a group named later in another clause
    ("The Islamic Movement of Uzbekistan declared for jihad in 1998, and the Taliban hosted it.", "pledge",
     "Islamic Movement of Uzbekistan", "Taliban"),
    # one subject aligned with another group: an affiliation, not the coordinated subjects' alliance
    ("The Taliban remain closely aligned with al-Qaeda.", "alliance", "Taliban", "al-Qaeda"),
    # side by side with no coordinated partner
    ("The MNDAA advanced into northern Shan State, taking Lashio from the army.", "alliance", "MNDAA", "army"),
    # shelter found among civilians, no group named after it
    ("The Islamic Jihad Union found shelter among villagers after the Taliban withdrew.", "alliance",
     "Islamic Jihad Union", "Taliban"),
    # driving something out of a place is no rivalry
    ("Al-Shabaab fighters drove a truck laden with explosives out of Kismayo.", "rivalry", "al-Shabaab", "Kismayo"),
    # the clause's subject is not the appositive's head
    ("Ansar Dine fought alongside the MUJAO, itself a breakaway from AQIM.", "split", "Ansar Dine", "AQIM"),
    # a passive with no agent names no attacker
    ("After Burhan Wani was killed in 2016, Hizbul Mujahideen chose Zakir Musa to lead its fighters.", "rivalry",
     "Burhan Wani", "Hizbul Mujahideen"),
    # a list introduced by "includes" after the coalition's description: members, not allies of each other
    ("The United Jihad Council, a Muzaffarabad-based alliance of Kashmiri militant groups, includes Hizbul Mujahideen "
     "and Al-Badr.", "alliance", "Hizbul Mujahideen", "Al-Badr"),
    ("Cárteles Unidos, a pact of Michoacán groups that includes Los Viagras, held Apatzingán.", "alliance",
     "Cárteles Unidos", "Los Viagras"),
    # "inside" a place, or a named group further on, is no parent
    ("Hurras al-Din, a cell inside Syria, attacked the army.", "affiliation", "Hurras al-Din", "Syria"),
    ("Hurras al-Din, a faction within the rebel camp, attacked Ahrar al-Sham.", "affiliation", "Hurras al-Din",
     "Ahrar al-Sham"),
    # a parent counts members, not allies or enemies
    ("The Congo River Alliance counts the M23 as its main ally.", "affiliation", "M23", "Congo River Alliance"),
    # a fronted place before the comma is no partner
    ("In Karenni State, the Karenni Army and the newly raised Karenni Nationalities Defence Force fought side by side.",
     "alliance", "Karenni State", "Karenni Army"),
    # coordinated subjects who fight each other, or fight with no foe named, are rivals, not allies
    ("The Arakan Army and the Chin National Front fought each other in Paletwa.", "alliance", "Arakan Army",
     "Chin National Front"),
    ("The Arakan Army and the Chin National Front clashed in Paletwa.", "alliance", "Arakan Army",
     "Chin National Front"),
    # fighting with the state's troops as a noun, the subjects of another verb: no side told
    ("The Houthis and the STC both claimed victory in the week's fighting with government troops.", "alliance",
     "Houthis", "STC"),
    # a ruptured thing is no rupture with a group
    ("A ruptured supply line left the Sinaloa Cartel exposed to Los Zetas.", "split", "Sinaloa Cartel", "Los Zetas"),
    # a merger with no product named pairs the members (the product reading needs "Z was born from the merger of")
    ("The merger of Jabhat Fateh al-Sham with Ahrar al-Sham was never completed.", "merger", "Jabhat Fateh al-Sham",
     "Hayat Tahrir al-Sham"),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round14_reads(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _rules(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round14_look_alikes(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert not _has(nlp, ev, sentence, type_, source, target), _rules(nlp, ev, sentence)


def test_backoff_skips_resolved_pronouns() -> None:
    """A pronoun the coreference step resolved is no argument for the model; a name is."""
    pronoun = ActorRef(text="itself", name="al-Qaeda in the Islamic Maghreb", actor_id="AQIM", kind="armed_group",
                       span=(10, 16), via="coreference")
    name = ActorRef(text="Islamic State", name="Islamic State", actor_id="ISIS", kind="armed_group", span=(20, 33))
    assert relation_model._pronoun(pronoun)
    assert not relation_model._pronoun(name)
