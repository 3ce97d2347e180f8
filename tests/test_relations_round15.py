"""Relation extraction, fifteenth round: held8's wire and analyst prose. Coalitions founded by named groups ("X, Y and
Z set up the W umbrella", "X and Y announced a new alliance named W", "W, the coalition formed by X and Y": mergers
into W, no alliance between the founders); lists that count a group's factions ("X, two Y factions and Z") or close
with unnamed ones ("and four smaller factions"); breakups into named parts ("X split in 2019 into A and B", "broke
apart, giving rise to A and B") and parts that then "fought each other"; rivals who "fought each other", "the two
sides were trading assassinations", "fighting between the two groups"; affiliations told as "X, armed wing of Y" and
"X, one of the factions in Y"; a person offered as a group's argument stands for the group whose appositive he is in
("X, the group founded by P, raided ... jointly with Y") or whose leader he is ("broke with Y's jailed leader P",
"the UPC of P"); a
group that "rejoined" another merges back into it.
Scored on the rules alone."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)


def _has(nlp, ev, sentence: str, type_: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    """A relation of the type from source to target (either order for alliance and rivalry), as scored."""
    for r in _asserted(nlp, ev, sentence):
        if r.type != type_:
            continue
        if ev._same(source, r.source) and ev._same(target, r.target):
            return True
        if type_ in ("alliance", "rivalry") and ev._same(source, r.target) and ev._same(target, r.source):
            return True
    return False


FOUND = [
    # founders of a named coalition
    ("Ansar Dine and al-Mourabitoun announced a new alliance named Jama'at Nusrat al-Islam wal-Muslimin in March 2017.",
     "merger", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Hamas, the Popular Resistance Committees and Islamic Jihad set up the Palestinian Joint Operations Room in 2018 "
     "to coordinate attacks.", "merger", "Popular Resistance Committees", "Palestinian Joint Operations Room"),
    ("The Syrian Democratic Forces, the alliance formed in 2015 by the YPG and the Sanadid Forces, took Raqqa in 2017.",
     "merger", "YPG", "Syrian Democratic Forces"),
    # a list closed by unnamed groups; a count of one group's factions inside a list
    ("Jaysh al-Fatah, the coalition formed in 2015 by Liwa al-Tawhid, Ahrar al-Sham and four smaller factions, took "
     "Idlib.", "merger", "Liwa al-Tawhid", "Jaysh al-Fatah"),
    ("The Sudan Revolutionary Front was founded in 2011 by the SPLM-N, two Sudan Liberation Army factions and the "
     "Justice and Equality Movement.", "merger", "Justice and Equality Movement", "Sudan Revolutionary Front"),
    # breakups into named parts
    ("The Nusantara Front split in 2019 into the Garuda Brigade and the Merapi Brigade, and the two wings have fought "
     "each other since.", "split", "Merapi Brigade", "Nusantara Front"),
    ("The Nusantara Front split in 2019 into the Garuda Brigade and the Merapi Brigade, and the two wings have fought "
     "each other since.", "rivalry", "Garuda Brigade", "Merapi Brigade"),
    ("The Red Army Faction broke apart in 1992, giving rise to the Anti-Imperialist Cell and the Kommando Holger Meins.",
     "split", "Anti-Imperialist Cell", "Red Army Faction"),
    # rivals
    ("The Arakan Army and the Chin National Army have fought each other in Paletwa.", "rivalry", "Arakan Army",
     "Chin National Army"),
    ("Fighters of the Naqshbandi Army advanced on Tikrit with the Islamic State, but the two sides were trading "
     "assassinations within weeks.", "rivalry", "Naqshbandi Army", "Islamic State"),
    ("Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014, and fighting between the two groups left dozens dead.",
     "rivalry", "Jamaat-ul-Ahrar", "Pakistani Taliban"),
    # affiliations in apposition
    ("The Qassam Brigades, armed wing of Hamas, fired rockets at Ashkelon.", "affiliation", "Qassam Brigades", "Hamas"),
    ("Kataib Hezbollah, one of the factions in the Popular Mobilization Forces, claimed the drone attack.",
     "affiliation", "Kataib Hezbollah", "Popular Mobilization Forces"),
    # a person offered as the argument: the group he stands for
    ("Ansar Dine, the Tuareg group founded by Iyad Ag Ghaly, carried out raids jointly with AQIM.", "alliance",
     "Ansar Dine", "AQIM"),
    ("The Militarizado Partido Comunista del Perú broke with Shining Path's jailed leader Abimael Guzmán in 1993.",
     "split", "Militarizado Partido Comunista del Perú", "Shining Path"),
    ("The Naga council split in 1988 into the NSCN-IM of Isak Chishi Swu and Thuingaleng Muivah and the NSCN-K of S. S. "
     "Khaplang, and the two factions fought each other for decades.", "rivalry", "NSCN-IM", "NSCN-K"),
    # a group that rejoins the one it left merges back into it
    ("Jamaat-ul-Ahrar rejoined the Tehrik-i-Taliban Pakistan in August 2020.", "merger", "Jamaat-ul-Ahrar",
     "Tehrik-i-Taliban Pakistan"),
]

NOT_FOUND = [
    # founders: an alliance between them is the coalition's, not one of its own
    ("Hamas, the Popular Resistance Committees and Islamic Jihad set up the Palestinian Joint Operations Room in 2018 "
     "to coordinate attacks.", "alliance", "Hamas", "Islamic Jihad"),
    # no coalition founded: what they launched is no group, or the group after was not formed by them
    ("Hamas and Islamic Jihad launched Operation Shield of the North in May.", "merger", "Hamas",
     "Operation Shield of the North"),
    ("The Syrian Democratic Forces, the alliance backed in 2015 by the YPG and the Sanadid Forces, took Raqqa in 2017.",
     "merger", "YPG", "Syrian Democratic Forces"),
    # a count of weeks is no list item
    ("The Sudan Revolutionary Front was founded in 2011 by the SPLM-N, two weeks after the Justice and Equality "
     "Movement attacked Omdurman.", "merger", "Justice and Equality Movement", "Sudan Revolutionary Front"),
    # parts not named, parts that are only camps, parts that cooperate
    ("The Nusantara Front split into two wings in 2019.", "split", "two wings", "Nusantara Front"),
    ("The Nusantara Front split in 2019 into Kisangani camps.", "split", "Kisangani", "Nusantara Front"),
    ("The Nusantara Front split in 2019 into the Garuda Brigade and the Merapi Brigade, and the two wings have since "
     "worked with each other.", "rivalry", "Garuda Brigade", "Merapi Brigade"),
    # not each other: a common enemy
    ("The Arakan Army and the Chin National Army fought the junta in Paletwa, and not each other.", "rivalry",
     "Arakan Army", "Chin National Army"),
    # trading prisoners, talks between the two groups: no fighting
    ("Fighters of the Naqshbandi Army advanced on Tikrit with the Islamic State, and the two sides were trading "
     "prisoners within weeks.", "rivalry", "Naqshbandi Army", "Islamic State"),
    ("Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014, and talks between the two groups went on for years.",
     "rivalry", "Jamaat-ul-Ahrar", "Pakistani Taliban"),
    # "political rivals of", "one of the factions in the fight against": no membership
    ("The Qassam Brigades, political rivals of Fatah, fired rockets at Ashkelon.", "affiliation", "Qassam Brigades",
     "Fatah"),
    ("Kataib Hezbollah, one of the factions in the fight against the Islamic State, claimed the drone attack.",
     "affiliation", "Kataib Hezbollah", "Islamic State"),
    # the founder is no party to his group's alliance
    ("Ansar Dine, the Tuareg group founded by Iyad Ag Ghaly, carried out raids jointly with AQIM.", "alliance",
     "Iyad Ag Ghaly", "AQIM"),
    ("The Naga council split in 1988 into the NSCN-IM of Isak Chishi Swu and Thuingaleng Muivah and the NSCN-K of S. S. "
     "Khaplang, and the two factions fought each other for decades.", "rivalry", "Thuingaleng Muivah", "NSCN-K"),
    # a person who rejoins stays a member
    ("A senior commander, Omar Khalid Khorasani, rejoined the Tehrik-i-Taliban Pakistan in August 2020.", "merger",
     "Omar Khalid Khorasani", "Tehrik-i-Taliban Pakistan"),
]


@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round15_reads(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round15_look_alikes(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert not _has(nlp, ev, sentence, type_, source, target)
