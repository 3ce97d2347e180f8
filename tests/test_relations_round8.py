"""Relation extraction, eighth round: the held3/held4 annotation convention (a merger that names the group it made
goes member by member to that group; the founders of a named new umbrella merge into it; former ties are not
relations), common enemies after "teamed up to", unrealised mergers, and names the resolver used to fold or mistake
(NSCN factions, Sinaloa Cartel factions, Radaa)."""

from __future__ import annotations

import pytest

from newsevents.extract.relations import _former_tie
from newsevents.extract.relations_args import _Found
from newsevents.extract.relations_dating import certainty
from newsevents.extract.relations_dating import _PRODUCT_AFTER, _PRODUCT_BEFORE
from newsevents.models import ActorRef

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)


def _has(nlp, ev, sentence: str, type_: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    """A relation of the type between the two names, in either order for a symmetric type (as the scorer reads it)."""
    return any(r.type == type_ and (ev._same(source, r.source) and ev._same(target, r.target) or
                                    type_ in ev.SYMMETRIC and ev._same(source, r.target) and ev._same(target, r.source))
               for r in _asserted(nlp, ev, sentence))


@pytest.mark.parametrize("gap", [
    " merged to form ", ", merged to form the ", " merged their forces into a new formation called the ",
    " amalgamated under the name ", " announced they had merged, forming the ", " merged in 2022 as the ",
    " came together in January 2017 to form ", " in 2012 to form a single organisation that the press dubbed the ",
    " dissolved themselves into a single ", " united under the single banner of ", " merged back into the ",
    " gang federations formed a coalition called ", " have formed an umbrella coalition, the ",
    " merged in February 2018, calling the new body ",
])
def test_product_after_the_members(gap: str) -> None:
    assert _PRODUCT_AFTER.fullmatch(gap), gap


@pytest.mark.parametrize("gap", [
    " was formed through the merger of the ", " was created in 2013 when the ", " to the 2016 merger of the ",
    " was formed as a coalition of ", ", the product of a merger between ",
])
def test_product_before_the_members(gap: str) -> None:
    assert _PRODUCT_BEFORE.fullmatch(gap), gap


@pytest.mark.parametrize("gap", [" formed an alliance with the ", " merged with ", " formed the backbone of the ",
                                 " clashed with the ", " and "])
def test_no_product_in_other_words(gap: str) -> None:
    assert not _PRODUCT_AFTER.fullmatch(gap), gap


def _found(text: str, type_: str, trigger: tuple[int, int]) -> _Found:
    a = ActorRef(text="X", span=(0, 1), actor_id="X", name="X")
    b = ActorRef(text="Y", span=(len(text) - 1, len(text)), actor_id="Y", name="Y")
    return _Found(type_, a, b, trigger, (0, len(text)), 0.7)


def test_a_former_tie_is_no_relation() -> None:
    text = "X, a former ally of Y"
    assert _former_tie(_found(text, "alliance", (3, 20)), text)
    text = "X, once a loyal partner of Y"
    assert _former_tie(_found(text, "alliance", (8, 27)), text)
    text = "X is a former branch of Y"
    assert _former_tie(_found(text, "affiliation", (2, 24)), text)
    text = "X once again allied with Y"
    assert not _former_tie(_found(text, "alliance", (13, 25)), text)
    text = "X, a close ally of Y"
    assert not _former_tie(_found(text, "alliance", (3, 19)), text)
    text = "X, a former ally of Y"
    assert not _former_tie(_found(text, "rivalry", (3, 20)), text)  # only ties that held: alliance, affiliation


def test_a_merger_that_remains_a_demand_is_not_asserted() -> None:
    assert certainty("The unification of X and Y remains a demand") == "hypothetical"
    assert certainty("The merger of X and Y was completed") == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("sentence,members,product", [
    ("Jabhat Fateh al-Sham and Harakat Nour al-Din al-Zenki merged to form Hayat Tahrir al-Sham in January 2017.",
     ["Jabhat Fateh al-Sham", "Harakat Nour al-Din al-Zenki"], "Hayat Tahrir al-Sham"),
    ("In March 2017, Ansar Dine and al-Mourabitoun merged with the Macina Liberation Front to create JNIM.",
     ["Ansar Dine", "al-Mourabitoun", "Macina Liberation Front"], "JNIM"),
    ("The Tana Brigade and the Garissa Front amalgamated into the Northern Kenya Army in 2019.",
     ["Tana Brigade", "Garissa Front"], "Northern Kenya Army"),
    ("The Khalid ibn al-Walid Army was formed through the merger of the Yarmouk Martyrs Brigade and the Islamic "
     "Muthanna Movement.", ["Yarmouk Martyrs Brigade", "Islamic Muthanna Movement"], "Khalid ibn al-Walid Army"),
    # the founders of a named new umbrella merge into it (not an alliance of the founders)
    ("The Uplands Army and the Red River Brigade have formed an umbrella coalition, the United Resistance Council.",
     ["Uplands Army", "Red River Brigade"], "United Resistance Council"),
])
def test_a_named_product_takes_every_member(nlp, ev, sentence, members, product) -> None:  # type: ignore[no-untyped-def]
    rels = _asserted(nlp, ev, sentence)
    for m in members:
        assert _has(nlp, ev, sentence, "merger", m, product), rels
    pairs = [r for r in rels if r.type in ("merger", "alliance") and not ev._same(product, r.target) and
             not ev._same(product, r.source)]
    assert not pairs, pairs  # never member to member once the product is named


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target", [
    ("The Tana Brigade merged with the Garissa Front last month.", "Tana Brigade", "Garissa Front"),
    ("The Tana Brigade and the Garissa Front merged into a single command in 2019.", "Tana Brigade", "Garissa Front"),
])
def test_with_no_product_named_the_members_merge_with_each_other(nlp, ev, sentence, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "merger", source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_an_operation_is_no_product(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Arakan Army, the TNLA and the MNDAA launched Operation 1027 together in October 2023."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "merger"]
    assert _has(nlp, ev, sentence, "alliance", "Arakan Army", "TNLA")


@pytest.mark.model
@pytest.mark.parametrize("sentence,pair", [
    ("The Ghost Brigade, once a loyal partner of the Libyan National Army, fought in Tripoli.",
     ("Ghost Brigade", "Libyan National Army")),
    ("The Islamic State Sahel Province is a former branch of the Islamic State West Africa Province.",
     ("Islamic State Sahel Province", "Islamic State West Africa Province")),
])
def test_former_ties_are_not_annotated(nlp, ev, sentence, pair) -> None:  # type: ignore[no-untyped-def]
    rels = [r for r in _asserted(nlp, ev, sentence) if r.type in ("alliance", "affiliation")]
    assert not rels, rels


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("The Radaa force and the Nawasi Brigade teamed up to push the 444 Brigade out of central Tripoli.", "alliance",
     "Radaa", "Nawasi Brigade"),
    ("The Radaa force and the Nawasi Brigade teamed up to push the 444 Brigade out of central Tripoli.", "rivalry",
     "Nawasi Brigade", "444 Brigade"),
    ("In 1988 the NSCN split into the NSCN-IM and the NSCN-K.", "split", "NSCN-K", "NSCN"),
    ("Los Chapitos ambushed Los Mayos gunmen near Culiacan.", "rivalry", "Los Chapitos", "Los Mayos"),
])
def test_names_the_resolver_used_to_fold_or_mistake(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_a_hyphenated_faction_at_a_sentence_end_is_its_own_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.extract.actors import find_mentions

    doc = nlp("In 1988 the NSCN split into the NSCN-IM and the NSCN-K.")
    ids = [(m.text, m.actor_id) for m in find_mentions(doc)]
    assert ("NSCN-K", "NSCN_K") in ids and ("NSCN-IM", "NSCN_IM") in ids, ids
    doc = nlp("Los Chapitos and La Mayiza are factions of the Sinaloa Cartel; Radaa controls Mitiga airport.")
    kinds = {m.text: m.kind for m in find_mentions(doc)}
    assert kinds.get("Los Chapitos") == "armed_group" and kinds.get("La Mayiza") == "armed_group", kinds
    assert kinds.get("Radaa") == "armed_group", kinds


@pytest.mark.model
def test_names_listed_after_a_plural_part_belong_to_the_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Rival factions of the Sinaloa Cartel, Los Chapitos and La Mayiza, have been killing each other in "
                "Culiacan since September 2024.")
    assert _has(nlp, ev, sentence, "affiliation", "Los Chapitos", "Sinaloa Cartel"), _asserted(nlp, ev, sentence)
    assert _has(nlp, ev, sentence, "affiliation", "La Mayiza", "Sinaloa Cartel"), _asserted(nlp, ev, sentence)
    assert _has(nlp, ev, sentence, "rivalry", "Los Chapitos", "La Mayiza"), _asserted(nlp, ev, sentence)
    # the plural is no party of its own
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "rivalry" and "factions" in r.source.text]


def test_framing_by_the_rest_of_the_sentence() -> None:
    from newsevents.extract.relations_dating import framing

    text = "In 2014 X and Y agreed to merge, but the talks collapsed within weeks."
    t = text.index("merge")
    assert framing(text, (0, len(text)), (t, t + 5)) == "negated"
    text = "There is no evidence that X and Y have formed an alliance."
    t = text.index("formed")
    assert framing(text, (0, len(text)), (t, t + 6)) == "negated"
    text = "If X and Y join forces, the army will struggle."
    t = text.index("join")
    assert framing(text, (0, len(text)), (t, t + 4)) == "hypothetical"
    text = "X and Y merged in 2014, and the new group grew fast."
    t = text.index("merged")
    assert framing(text, (0, len(text)), (t, t + 6)) is None


def test_a_clause_after_although_is_its_own() -> None:
    from newsevents.extract.relations_dating import _clause

    text = "X and Y never merged, although they shared weapons."
    t = text.index("shared")
    assert certainty(_clause(text, (0, len(text)), (t, t + 6))) == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # a merger with its product and no trigger the rules knew
    ("The Lake Chad Brigade and the Bama Defence Group formally united as the Borno Salvation Army in March.", "merger",
     "Bama Defence Group", "Borno Salvation Army"),
    ("Both the Arusha Brigade and the Moshi Front were absorbed by the Kilimanjaro Liberation Army.", "merger",
     "Moshi Front", "Kilimanjaro Liberation Army"),
    ("The Islamic Army in Iraq and the Mujahideen Army joined to form the Jihad and Reform Front in 2007.", "merger",
     "Mujahideen Army", "Jihad and Reform Front"),
    ("Analysts say the Jaish al-Fursan absorbed what was left of the Liwa al-Mujahideen in 2019.", "merger",
     "Liwa al-Mujahideen", "Jaish al-Fursan"),
    ("The Coastal Shield and the Delta Tigers consolidated their units into one force.", "merger", "Coastal Shield",
     "Delta Tigers"),
    # rivalry wording
    ("Rival ex-Seleka factions, the FPRC and the UPC, fought for weeks over the gold mines of Ndassima.", "rivalry",
     "FPRC", "UPC"),
    ("The PCC and the Comando Vermelho broke their truce in 2016, sparking a wave of prison massacres.", "rivalry",
     "PCC", "Comando Vermelho"),
    ("The Hazara Defence Brigade and the Kuchi Lashkar accuse each other of burning villages.", "rivalry",
     "Hazara Defence Brigade", "Kuchi Lashkar"),
    ("The Arakan Army seized an ARSA stronghold near Maungdaw after days of fighting.", "rivalry", "Arakan Army",
     "ARSA"),
    ("The Real IRA murdered a Continuity IRA member in a feud over drug money.", "rivalry", "Real IRA",
     "Continuity IRA"),
    ("The FDLR fought alongside the Wazalendo militias against the M23 near Sake.", "rivalry", "Wazalendo", "M23"),
    # alliance wording
    ("The Nuer White Army fought with the SPLM-IO against government troops in Jonglei.", "alliance",
     "Nuer White Army", "SPLM-IO"),
    ("The SDF and the Manbij Military Council defended the city together against Turkish-backed factions.",
     "alliance", "SDF", "Manbij Military Council"),
    ("The Red Hand Commando and the Ulster Volunteer Force never merged, although they shared weapons.", "alliance",
     "Red Hand Commando", "Ulster Volunteer Force"),
    # split wording
    ("The Continuity IRA emerged in 1986 from a split in the Provisional IRA.", "split", "Continuity IRA",
     "Provisional IRA"),
    ("A group of Ansar Dine commanders quit to form the Islamic Movement for Azawad.", "split",
     "Islamic Movement for Azawad", "Ansar Dine"),
    ("Dawlah Islamiyah is an offshoot of the Maute group.", "split", "Dawlah Islamiyah", "Maute group"),
])
def test_round8_wording(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_", [
    ("In 2014 the Saraya al-Salam and the Kataib al-Nasr agreed to merge, but the talks collapsed within weeks.",
     "merger"),
    ("There is no evidence that al-Shabaab and the Houthis have merged or formed an alliance.", "alliance"),
    ("If the ELN and the Estado Mayor Central join forces, the army will struggle to hold Cauca.", "alliance"),
    ("Analysts say the Jaish al-Fursan absorbed what was left of the Liwa al-Mujahideen in 2019.", "split"),
    ("The SDF and the Manbij Military Council defended the city together against Turkish-backed factions.",
     "rivalry"),
    ("Al-Shabaab and Hizbul Islam became the Islamic State's main rivals in Somalia.", "merger"),  # a possessor
])
def test_round8_non_relations(nlp, ev, sentence, type_) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == type_]


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target", [
    # an unknown unit named after its owner acts for the owner; a unit named as one ("Force") stays itself
    ("Al-Shabaab's Amniyat executed several suspected ISIS-Somalia members in Puntland.", "Al-Shabaab", "ISIS-Somalia"),
    ("Hezbollah's Radwan Force led the assault on Islamic State positions in Qalamoun.", "Radwan Force",
     "Islamic State"),
    # "regards Y as an enemy"
    ("ISIS-K regards the Taliban as an enemy.", "ISIS-K", "Taliban"),
])
def test_owners_and_enemies(nlp, ev, sentence, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "rivalry", source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("Gunmen from the Sinaloa Cartel and the CJNG engaged in a three-hour gun battle near Caborca.", "rivalry",
     "Sinaloa Cartel", "CJNG"),
    ("JNIM and the Islamic State Sahel Province have been locked in open warfare since 2020.", "rivalry", "JNIM",
     "Islamic State Sahel Province"),
    ("Hezbollah provided the Houthis with anti-ship missiles, according to US officials.", "alliance", "Hezbollah",
     "Houthis"),
    ("The ELN and the Segunda Marquetalia are working hand in glove in Apure state.", "alliance", "ELN",
     "Segunda Marquetalia"),
    ("The KIA lent artillery support to the PDF during the siege of Bhamo.", "alliance", "KIA", "PDF"),
    ("After months of talks, the Southern Front and the Horan Brigade fused into one unit named the Daraa Army.",
     "merger", "Horan Brigade", "Daraa Army"),
    ("Jund al-Aqsa's remaining fighters joined Hayat Tahrir al-Sham in 2017, ending the group's separate existence.",
     "merger", "Jund al-Aqsa", "Hayat Tahrir al-Sham"),
    ("Jaysh al-Islam and Faylaq al-Rahman unified under a new coalition called the Ghouta Shield.", "merger",
     "Faylaq al-Rahman", "Ghouta Shield"),
    ("In a four-group merger, the Black Banner Brigade, the Green Brigade, the Sun Army and the River Front became "
     "the United Mujahideen Army.", "merger", "Sun Army", "United Mujahideen Army"),
])
def test_round8_second_wording(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_a_place_after_in_is_no_rival(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Clashes between the rival gangs 400 Mawozo and Chen Mechan killed dozens in Croix-des-Bouquets."
    rels = [r for r in _asserted(nlp, ev, sentence) if r.type == "rivalry"]
    assert rels and not [r for r in rels if "Croix" in r.target.text or "Croix" in r.source.text], rels


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("The Popular Resistance Committees and Hamas claimed joint responsibility for the rocket barrage.", "alliance",
     "Popular Resistance Committees", "Hamas"),
    ("The MNDAA relies on weapons supplied by the United Wa State Army.", "alliance", "MNDAA", "United Wa State Army"),
    ("The Fano militias and the Oromo Liberation Army announced a strategic partnership in 2023.", "alliance", "Fano",
     "Oromo Liberation Army"),
    ("Jaish al-Adl was formed by Jundallah veterans after that group collapsed in 2010.", "split", "Jaish al-Adl",
     "Jundallah"),
    ("The Real IRA was founded by dissident members of the Provisional IRA in 1997.", "split", "Real IRA",
     "Provisional IRA"),
    ("The Sun Battalion and the Moon Brigade joined together under the name Star Army.", "merger", "Moon Brigade",
     "Star Army"),
    ("Units of the Northern Storm and the Levant Revolutionaries were brought together into the Northern Division.",
     "merger", "Levant Revolutionaries", "Northern Division"),
    ("The CJNG and the Sinaloa Cartel are fierce competitors for the fentanyl trade.", "rivalry", "CJNG",
     "Sinaloa Cartel"),
])
def test_round8_third_wording(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_joining_together_is_no_membership(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Sun Battalion and the Moon Brigade joined together under the name Star Army."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "affiliation"]


def test_a_claim_the_other_side_rejects_and_an_appeal_are_not_asserted() -> None:
    from newsevents.extract.relations_dating import framing

    text = "X claimed a merger with Y, but Y rejected the claim."
    t = text.index("merger")
    assert framing(text, (0, len(text)), (t, t + 11)) == "negated"
    assert certainty("X urged Y fighters to defect to") == "hypothetical"


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Al-Shabaab expelled two commanders accused of links to ISIS-Somalia.",  # individuals, not ISIS-Somalia
    "Hayat Tahrir al-Sham claimed a merger with Ahrar al-Sham, but Ahrar al-Sham rejected the claim.",
    "Al-Shabaab urged ISIS-Somalia fighters to defect to its ranks.",
])
def test_expulsions_of_people_rejected_claims_and_appeals_are_no_relations(nlp, ev, sentence) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, sentence), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_round8_fourth_wording(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Commanders who defected from the Free Syrian Army founded the Levant Shield in 2015."
    assert _has(nlp, ev, sentence, "split", "Levant Shield", "Free Syrian Army"), _asserted(nlp, ev, sentence)
    sentence = "The Kivu Rangers launched an offensive against the Walikale Militia's strongholds."
    assert _has(nlp, ev, sentence, "rivalry", "Kivu Rangers", "Walikale Militia"), _asserted(nlp, ev, sentence)
    sentence = "Rival ex-Seleka factions, the FPRC and the UPC, fought for weeks over the gold mines of Ndassima."
    rels = _asserted(nlp, ev, sentence)
    assert not [r for r in rels if "factions" in r.source.text or "factions" in r.target.text], rels
    # people who left a group and joined another: the group they left joined nothing
    assert not _asserted(nlp, ev, "Fighters who left al-Shabaab joined the Islamic State in Puntland.")


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("Liwa al-Haqq announced on Sunday that it had dissolved and joined Hayat Tahrir al-Sham.", "merger",
     "Liwa al-Haqq", "Hayat Tahrir al-Sham"),
    ("The Free Kurdistan Front reintegrated into the PKK in 2019.", "merger", "Free Kurdistan Front", "PKK"),
    ("A splinter group, the Frontier Mujahideen, emerged from the TTP in 2019.", "split", "Frontier Mujahideen", "TTP"),
    ("A faction led by Abdul Wali broke off from the TTP and called itself the Mohmand Lashkar.", "split",
     "Mohmand Lashkar", "TTP"),
    ("Los Zetas launched a bloody campaign to wipe out the Gulf Cartel's leadership.", "rivalry", "Los Zetas",
     "Gulf Cartel"),
    ("The Haqqani network hosts foreign fighters from the Islamic Movement of Uzbekistan in its camps.", "alliance",
     "Haqqani network", "Islamic Movement of Uzbekistan"),
])
def test_round8_fifth_wording(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_three_groups_firing_together_are_three_alliances(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hamas, Islamic Jihad and the Popular Resistance Committees fired rockets together at Sderot."
    rels = [r for r in _asserted(nlp, ev, sentence) if r.type == "alliance"]
    assert len(rels) == 3, rels
