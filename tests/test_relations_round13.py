"""Relation extraction, thirteenth round: wording of writers who never saw the trigger table (dev11-dev13, held6).
A leader's name is no party to a split, rivalry, alliance or merger ("broke with Mullah Fazlullah and his TTP"); a
numbered unit told through its group is the party ("the FARC dissidents of the 10th Front"), a governing body stands
for its group ("Hezbollah's Shura Council picked P"). Rivals who "fought over", "disputed", "settled scores", "traded
massacres", "killed each other's fighters", a "falling-out between", "turned on", "hunt the insurgents of", "feuded
with", "contested ... with", "push ... out of", "sent to crush", a tie that "deteriorated into open hostility", "lost
Beledweyne to", "the two ... were shooting at each other". Allies who "took the city together", "lend each other
gunmen", "share safe houses with", "received shelter from", "coordinated ... with", "fought beside", "armed and
trained recruits of", "X and its ally, Y", "held the refinery alongside", "running guns with". Splits told as
"splinters from", "walked out on", "broke free of", "cracked into two groupings, A and B", "X, which P founded after
breaking with Y", "renounced P's leadership of Y", "dissociated itself from", "born of P's break with Y". Pledges told
as "placed itself under the authority of", "crossed over to", "vowed obedience to". Mergers into "a single body, Z",
"stitched together out of", "constituted by", "constituted through the union of", "founded by five organisations: A,
B and C", "took in the residue of", "pooled their commandos with", "brought its fighters back into", a return "ending
years of schism". "X, the Y's armed front", "the three members of Z: A, B and C"; "chose P as its chairman". Scored
on the rules alone (no learned back-off)."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)
from test_relations_round10 import _has

_rules = _asserted  # the rules alone (test_relations._run reads them without the learned back-off)


FOUND = [
    # a leader's name gives way to the group named with him
    ("Jamaat-ul-Ahrar was born in 2014 when TTP commanders from Mohmand broke with Mullah Fazlullah and his "
     "Tehreek-e-Taliban Pakistan.", "split", "Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan"),
    # (a person who truly is appointed still is)
    ("Al-Shabaab named Ahmed Umar its new emir in 2014.", "appoint", "Ahmed Umar", "Al-Shabaab"),
    # a numbered unit told through its group is the party
    ("The war between the ELN and the FARC dissidents of the 33rd Front has displaced thousands in Catatumbo.",
     "rivalry", "ELN", "33rd Front"),
    # rivals
    ("The Kachin Independence Army and the Shan State Progress Party have fought over the same jade mines for years.",
     "rivalry", "Kachin Independence Army", "Shan State Progress Party"),
    ("Hezbollah and Amal fought running battles over the southern suburbs of Beirut in 1988.", "rivalry", "Hezbollah",
     "Amal"),
    ("The Gulf Clan and the ELN have disputed the rivers of the Chocó for years.", "rivalry", "Gulf Clan", "ELN"),
    ("For years gunmen of the Mahdi Army and Asa'ib Ahl al-Haq settled scores in the alleys of Sadr City.", "rivalry",
     "Mahdi Army", "Asa'ib Ahl al-Haq"),
    ("The Dozo militias and JNIM have traded massacres of villagers for years.", "rivalry", "Dozo", "JNIM"),
    ("Jaysh al-Islam and Faylaq al-Rahman killed hundreds of each other's fighters in 2016.", "rivalry",
     "Jaysh al-Islam", "Faylaq al-Rahman"),
    ("The bloody falling-out between JNIM and the Islamic State began in 2019.", "rivalry", "JNIM", "Islamic State"),
    ("The Civilian JTF went into the bush to hunt the insurgents of Boko Haram.", "rivalry", "Civilian JTF",
     "Boko Haram"),
    ("Los Zetas turned on the Gulf Cartel in 2010.", "rivalry", "Los Zetas", "Gulf Cartel"),
    ("The Irish People's Liberation Organisation feuded with the INLA until 1992.", "rivalry",
     "Irish People's Liberation Organisation", "INLA"),
    ("Dan Na Ambassagou has contested villages on the Bandiagara plateau with Katiba Macina since 2018.", "rivalry",
     "Dan Na Ambassagou", "Katiba Macina"),
    ("The NDC-Rénové went on to push the APCLS out of large parts of Masisi.", "rivalry", "NDC-Rénové", "APCLS"),
    ("Al-Shabaab fighters and ISIS-Somalia gunmen have skirmished repeatedly in the Cal Miskaad hills.", "rivalry",
     "Al-Shabaab", "ISIS-Somalia"),
    ("Hay'at Tahrir al-Sham's relationship with Hurras al-Din deteriorated into open hostility in 2020.", "rivalry",
     "Hay'at Tahrir al-Sham", "Hurras al-Din"),
    ("Hizbul Islam lost Beledweyne to al-Shabaab in 2010.", "rivalry", "Hizbul Islam", "al-Shabaab"),
    ("The Islamic Front split from the Free Syrian Army in 2013, and by 2014 the two groups were shooting at each "
     "other around Aleppo.", "rivalry", "Islamic Front", "Free Syrian Army"),
    # allies
    ("In the spring of 2015 Jabhat al-Nusra and Ahrar al-Sham took Idlib city together.", "alliance",
     "Jabhat al-Nusra", "Ahrar al-Sham"),
    ("The ELN and the EPL lend each other gunmen for raids on the border.", "alliance", "ELN", "EPL"),
    ("The Hafiz Gul Bahadur group shares safe houses and targets with the TTP.", "alliance", "Hafiz Gul Bahadur group",
     "TTP"),
    ("Segunda Marquetalia received shelter and help from the ELN on the Venezuelan side of the border.", "alliance",
     "Segunda Marquetalia", "ELN"),
    ("The Houthis coordinated weapons transfers with al-Shabaab across the Gulf of Aden.", "alliance", "Houthis",
     "al-Shabaab"),
    ("Liwa Fatemiyoun fought beside Hezbollah in the Aleppo countryside.", "alliance", "Liwa Fatemiyoun", "Hezbollah"),
    ("The Arakan Army has armed and trained recruits of the Arakan Liberation Party.", "alliance", "Arakan Army",
     "Arakan Liberation Party"),
    ("The Popular Resistance Committees and Hamas coordinated the 2006 cross-border raid.", "alliance",
     "Popular Resistance Committees", "Hamas"),
    ("In 2002 the MLC and its junior partner, the RCD-National, launched an offensive around Mambasa.", "alliance",
     "MLC", "RCD-National"),
    ("The Badr Organisation held the Baiji refinery alongside Kataib Hezbollah in 2015.", "alliance",
     "Badr Organisation", "Kataib Hezbollah"),
    ("The Benishangul People's Liberation Movement has been accused of running guns with the OLA.", "alliance",
     "Benishangul People's Liberation Movement", "OLA"),
    ("The Taliban's Red Unit was sent to Panjshir in 2021 to crush the National Resistance Front.", "rivalry",
     "Red Unit", "National Resistance Front"),
    # splits
    ("Cartel del Noreste splinters from Los Zetas, claims Nuevo Laredo turf.", "split", "Cartel del Noreste",
     "Los Zetas"),
    ("Ansaru walked out on Boko Haram in 2012 over the killing of Muslim civilians.", "split", "Ansaru", "Boko Haram"),
    ("Los Rastrojos broke free of the Norte del Valle Cartel around 2008.", "split", "Los Rastrojos",
     "Norte del Valle Cartel"),
    ("In the mid-1980s the Red Brigades cracked into two groupings, the BR-PCC and the BR-UCC.", "split", "BR-UCC",
     "Red Brigades"),
    ("The Kitgwang Brigade renounced Riek Machar's leadership of the SPLA-IO in 2021.", "split", "Kitgwang Brigade",
     "SPLA-IO"),
    ("The GSPC dissociated itself from the Armed Islamic Group in 1998.", "split", "GSPC", "Armed Islamic Group"),
    ("The Islamic Front was born of its commanders' 2013 break with the Free Syrian Army.", "split", "Islamic Front",
     "Free Syrian Army"),
    # mergers into the body they made
    ("The talks ended in 2018 with Ahrar al-Sham and the Zenki movement fusing into a single body, the Syrian "
     "Liberation Front.", "merger", "Ahrar al-Sham", "Syrian Liberation Front"),
    ("Hizbul Islam was stitched together in early 2009 out of the Ras Kamboni Brigades, Jabhatul Islamiya and two "
     "smaller militias.", "merger", "Ras Kamboni Brigades", "Hizbul Islam"),
    ("JNIM was constituted in March 2017 through the union of Ansar Dine and al-Mourabitoun.", "merger", "Ansar Dine",
     "JNIM"),
    ("The Sudan Revolutionary Front was constituted in 2011 by the Justice and Equality Movement and the SPLM-North.",
     "merger", "Justice and Equality Movement", "Sudan Revolutionary Front"),
    # the founder named in a relative clause or before "to build": the group he founded split
    ("The Bangsamoro Islamic Freedom Fighters, which Ameril Umbra Kato founded in 2010 after breaking with the MILF, "
     "later cracked into rival factions.", "split", "Bangsamoro Islamic Freedom Fighters", "MILF"),
    ("Guidon Shimiray Mwissa broke with Sheka's Nduma Defence of Congo in 2014 to build the NDC-Rénové.", "split",
     "NDC-Rénové", "Nduma Defence of Congo"),
    # submission and defection
    ("The Allied Democratic Forces placed itself under the authority of the Islamic State around 2019.", "pledge",
     "Allied Democratic Forces", "Islamic State"),
    ("After Shekau's death hundreds of JAS fighters crossed over to ISWAP.", "pledge", "JAS", "ISWAP"),
    ("In 2014 the fighters of Ansar al-Khilafah vowed obedience to the Islamic State.", "pledge", "Ansar al-Khilafah",
     "Islamic State"),
    # a return that ends a schism, fighters brought back: mergers back into the parent
    ("In 2020 Jamaat-ul-Ahrar returned to the fold of the Tehreek-e-Taliban Pakistan, ending years of schism.",
     "merger", "Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan"),
    ("In 2020 the Amjad Farooqi group also brought its fighters back into the TTP.", "merger", "Amjad Farooqi group",
     "TTP"),
    # the named members of a coalition after a colon; a copula with "for years" before the noun
    ("Operation 1027 was launched by the three members of the Brotherhood Alliance: the MNDAA, the TNLA and the "
     "Arakan Army.", "affiliation", "TNLA", "Brotherhood Alliance"),
    ("The Zenki movement and Ahrar al-Sham were for years the twin pillars of the Syrian Liberation Front.",
     "affiliation", "Ahrar al-Sham", "Syrian Liberation Front"),
    ("The Farabundo Martí National Liberation Front was founded in October 1980 by five guerrilla organisations: the "
     "Popular Liberation Forces, the Armed Forces of National Resistance and the People's Revolutionary Army.",
     "merger", "Popular Liberation Forces", "Farabundo Martí National Liberation Front"),
    ("The Liberation Tigers of Tamil Eelam took in the residue of the Eelam Revolutionary Organisation of Students.",
     "merger", "Eelam Revolutionary Organisation of Students", "Liberation Tigers of Tamil Eelam"),
    ("In 2001 the Kurdistan Freedom Hawks pooled their commandos with the PKK.", "merger", "Kurdistan Freedom Hawks",
     "PKK"),
    # a chairman chosen; a governing body acts for its group
    ("The Karen National Union chose Padoh Saw Kwe Htoo Win as its chairman at its congress in 2023.", "appoint",
     "Padoh Saw Kwe Htoo Win", "Karen National Union"),
    ("Hezbollah's Shura Council picked Naim Qassem as secretary-general in October 2024.", "appoint", "Naim Qassem",
     "Hezbollah"),
    # a group's armed front in apposition
    ("The Deshapremi Janatha Viyaparaya, the JVP's armed front during the insurrection, murdered hundreds of "
     "officials.", "affiliation", "Deshapremi Janatha Viyaparaya", "JVP"),
]

NOT_FOUND = [
    # the leader is no party
    ("Jamaat-ul-Ahrar was born in 2014 when TTP commanders from Mohmand broke with Mullah Fazlullah and his "
     "Tehreek-e-Taliban Pakistan.", "split", "Jamaat-ul-Ahrar", "Mullah Fazlullah"),
    ("Ansar al-Islam took shape in 2001 when Jund al-Islam merged with a faction led by Mullah Krekar.", "merger",
     "Jund al-Islam", "Mullah Krekar"),
    # the group the unit is told through is no party
    ("The war between the ELN and the FARC dissidents of the 33rd Front has displaced thousands in Catatumbo.",
     "rivalry", "ELN", "FARC"),
    # fighting for a cause, for years, a disputed toll, trading with a third party, talks between
    ("The Kachin Independence Army and the Shan State Progress Party fought for independence for decades.", "rivalry",
     "Kachin Independence Army", "Shan State Progress Party"),
    ("The Gulf Clan and the ELN disputed the death toll of the raid.", "rivalry", "Gulf Clan", "ELN"),
    ("The Dozo militias and JNIM traded massacres with the army for years.", "rivalry", "Dozo", "JNIM"),
    ("Talks between JNIM and the Islamic State began in 2019.", "rivalry", "JNIM", "Islamic State"),
    ("The ELN and the EPL protected each other's convoys on the border.", "rivalry", "ELN", "EPL"),
    # a tie that turned into nothing hostile; a loss to a strike
    ("Hay'at Tahrir al-Sham's relationship with Hurras al-Din turned into a formal alliance in 2020.", "rivalry",
     "Hay'at Tahrir al-Sham", "Hurras al-Din"),
    ("Hizbul Islam lost its leader to a drone strike near al-Shabaab's positions in 2010.", "rivalry", "Hizbul Islam",
     "al-Shabaab"),
    # a new leadership welcomed, a break with nobody's group: no split
    ("The Kitgwang Brigade welcomed Riek Machar's leadership of the SPLA-IO in 2021.", "split", "Kitgwang Brigade",
     "SPLA-IO"),
    # talks held side by side are no alliance; a state force sent to crush a group is no group's rival
    ("The Badr Organisation held talks in Baghdad alongside Kataib Hezbollah.", "alliance", "Badr Organisation",
     "Kataib Hezbollah"),
    ("The army was sent to Panjshir in 2021 to crush the National Resistance Front.", "rivalry", "army",
     "National Resistance Front"),
    # a pronoun is no rival; "turned on" its own former bosses names nobody
    ("Los Zetas turned on their former bosses in 2010.", "rivalry", "Los Zetas", "their"),
    # a push that is no push out of
    ("The Taliban, backed in its final push by fighters of the Islamic Movement of Uzbekistan, overran Kunduz.",
     "rivalry", "Taliban", "Islamic Movement of Uzbekistan"),
    # "together" with a state force, or a plan aimed at a ship: no alliance
    ("The Syrian army and Liwa al-Quds took Aleppo together in 2016.", "alliance", "Syrian army", "Liwa al-Quds"),
    ("Abu Sayyaf and the Rajah Solaiman Movement jointly planned the 2004 bombing of SuperFerry 14.", "alliance",
     "Rajah Solaiman Movement", "SuperFerry 14"),
    ("Segunda Marquetalia received a warning from the ELN in 2021.", "alliance", "Segunda Marquetalia", "ELN"),
    ("The TPLF and its allies marched on Addis Ababa in 2021.", "alliance", "TPLF", "allies"),
    # no split where the halves are not named after the comma, nor where talks are walked out of
    ("The Arab Movement of Azawad split into two wings in 2014, one siding with the CMA and one with the Platform.",
     "split", "CMA", "Arab Movement of Azawad"),
    ("Ansaru walked out of the talks with the government in 2012.", "split", "Ansaru", "talks"),
    # founders' officers who rebelled and fought: no merger into the group they founded
    ("Fatah al-Intifada was founded by Fatah officers who rebelled against Arafat's leadership in 1983 and fought his "
     "loyalists in Tripoli.", "merger", "Fatah", "Fatah al-Intifada"),
    # the members of a body made are not merged with each other
    ("The talks ended in 2018 with Ahrar al-Sham and the Zenki movement fusing into a single body, the Syrian "
     "Liberation Front.", "merger", "Ahrar al-Sham", "Zenki movement"),
    # a founder who broke with nobody; a return with no schism ended stays a membership
    ("The Bangsamoro Islamic Freedom Fighters, which Ameril Umbra Kato founded in 2010, clashed with the MILF.",
     "split", "Bangsamoro Islamic Freedom Fighters", "MILF"),
    ("Jamaat-ul-Ahrar had sworn allegiance to the Islamic State before returning to the fold of the Tehrik-i-Taliban "
     "Pakistan.", "merger", "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan"),
    # a unit placed under another command by the army is no pledge; crossing over to a place is none
    ("The army placed the Civilian JTF under the command of its Borno sector.", "pledge", "Civilian JTF", "army"),
    ("After Shekau's death hundreds of JAS fighters crossed over to Cameroon.", "pledge", "JAS", "Cameroon"),
    # the member phrase is no member itself; a colon after people names no group's members
    ("Operation 1027 was launched by the three members of the Brotherhood Alliance: the MNDAA, the TNLA and the "
     "Arakan Army.", "affiliation", "three members", "Brotherhood Alliance"),
    ("The talks were led by the three members of the delegation: Ahmed Ali, John Smith and Peter Jones.",
     "affiliation", "John Smith", "delegation"),
    # a founding told with no list after the colon; residue of a fight is no group's remnants
    ("The Farabundo Martí National Liberation Front was founded in October 1980 by five guerrilla organisations: it "
     "said so in a communiqué.", "merger", "Farabundo Martí National Liberation Front", "it"),
    ("The Kurdistan Freedom Hawks pooled their commandos for a raid, the PKK said.", "merger", "Kurdistan Freedom Hawks",
     "PKK"),
    # a chairman of a company is no appointment by a group; the governing body is not the appointer itself
    ("The Karen National Union met the chairman of the Thai company in 2023.", "appoint", "chairman",
     "Karen National Union"),
    ("Hezbollah's Shura Council picked Naim Qassem as secretary-general in October 2024.", "appoint", "Naim Qassem",
     "Shura Council"),
    # a possessive inside the name in apposition is no parent ("People's")
    ("Jaish-e-Mohammed's local partner in Kashmir, the People's Anti-Fascist Front, claimed the grenade attack.",
     "affiliation", "Jaish-e-Mohammed", "People's Anti-Fascist Front"),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round13_reads(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _rules(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round13_look_alikes(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert not _has(nlp, ev, sentence, type_, source, target), _rules(nlp, ev, sentence)
