"""Incidents, session 12 (recall round): a headline's names as evidence keys, a shared name (not a region's) in
place of the extra key a report without a place needs, and a claim headline dating its first sentence by the
claim."""

from __future__ import annotations

from newsevents.incidents.matching import LinkRules, keys_needed, link_score, shares_name
from newsevents.incidents.profile import NAME_KEY, follows_up, headline_name_keys, name_key, name_keys, profile_of

from test_incidents import ev

MASISI = ("Masisi", -1.40, 28.82, "CD", "Nord Kivu")


def test_a_name_key_is_marked_unless_a_region_bears_the_name() -> None:
    assert name_key("kashuga") & NAME_KEY
    assert name_key("dolphinarium") & NAME_KEY
    # counter-cases: region names ("Shan", "Punjab") keep an unmarked key
    assert not name_key("shan") & NAME_KEY
    assert not name_key("punjab") & NAME_KEY
    # the same word gives the same key in a sentence and in a headline
    assert name_key("kashuga") in name_keys("Fighters attacked the village of Kashuga on Saturday.")


def test_a_sentence_case_headline_adds_its_names_but_not_its_regions() -> None:
    keys = headline_name_keys("Local journalist (translated from Swahili): M23 denies killing civilians in Kashuga")
    assert name_key("kashuga") in keys
    assert name_key("reina") in headline_name_keys("Islamic State says it carried out Reina massacre")
    # counter-cases: a region the headline names; a country; a title-case headline, where every word is capitalised
    assert name_key("shan") not in headline_name_keys("Information team statement on northern Shan operations")
    assert not headline_name_keys("Nigeria: gunmen raid school")
    assert not headline_name_keys("Gunmen Attack Kashuga Village In Masisi Territory")


def _nowhere(eid: str, sentence: str, title: str) -> object:
    return profile_of(ev(eid, sentence, date="2023-11-18", place=None, mode=None), "2023-11-20", title)


def test_reports_without_a_place_sharing_a_name_need_no_extra_key() -> None:
    rules = LinkRules()
    flash = _nowhere("a", "Fighting and attacks on civilians at Kashuga, Masisi territory, on 18 November killed "
                          "between 9 and 12 people, according to local sources.", "Flash update: Kashuga violence")
    denial = _nowhere("b", "The group says it fought only the militia there on Saturday and that no civilians were "
                           "targeted.", "Local journalist: armed group denies killing civilians in Kashuga")
    assert shares_name(flash, denial)  # type: ignore[arg-type]
    assert keys_needed(flash, denial, rules) == rules.min_shared_keys  # type: ignore[arg-type]
    assert link_score(flash, denial, rules) is not None  # type: ignore[arg-type]
    # counter-case: two such reports sharing only a region's name still need the extra key
    shan_a = _nowhere("c", "Reports that a market was targeted in northern Shan are fabricated.", "Statement on Shan")
    shan_b = _nowhere("d", "Villagers in Shan said the strike hit a school sheltering displaced families.",
                      "Charity: school strike")
    assert not shares_name(shan_a, shan_b)  # type: ignore[arg-type]
    assert keys_needed(shan_a, shan_b, rules) == rules.min_shared_keys + 1  # type: ignore[arg-type]


def test_a_placed_pair_needs_the_same_keys_as_before() -> None:
    rules = LinkRules()
    placed = profile_of(ev("a", "Rebels attacked Kashuga in Masisi on Saturday.", date="2023-11-18", place=MASISI,
                           place_precision="admin1"), "2023-11-19")
    other = profile_of(ev("b", "The attack on Kashuga displaced thousands.", date="2023-11-18", place=MASISI,
                          place_precision="admin1"), "2023-11-20")
    assert keys_needed(placed, other, rules) == rules.min_shared_keys


def test_a_claim_headline_dates_its_first_sentence_by_the_claim() -> None:
    claim = ("Islamic State on Friday claimed an attack on Christians in the Ancuabe area, posting photographs of "
             "burning buildings.")
    assert follows_up(claim, "Friday", "Islamic State claims attack in Ancuabe")
    assert follows_up("The group took responsibility on Tuesday and apologised.", "Tuesday",
                      "Real IRA admits Omagh bomb and apologises")
    # counter-cases: an attack's own headline ("claims 12 lives"); the sentence's own violence before the claim
    assert not follows_up(claim, "Friday", "Blast claims 12 lives in Ancuabe")
    assert not follows_up("The group said two of its members detonated explosive belts among mourners on "
                          "Wednesday, in a claim released through its outlet.", "Wednesday",
                          "Islamic State claims Kerman bombings")


# Review of round s12: a headline's first word, group names and common words of news are no place's name; a claim
# headline is a claim of responsibility; headline names on the folded headline.


def test_two_look_alike_reports_without_a_place_share_no_name_through_a_headline_s_first_word() -> None:
    from newsevents.incidents.profile import shared_evidence

    rules = LinkRules()
    a = _nowhere("a", "Gunmen killed five people in a village, officials said.",
                 "Suspected militants kill 5 in village raid")
    b = _nowhere("b", "Five people were killed by gunmen in a village overnight.",
                 "Suspected militants kill 5 villagers")
    assert shared_evidence(a.keys, b.keys) >= 2  # type: ignore[attr-defined]
    assert not shares_name(a, b)  # type: ignore[arg-type]
    assert keys_needed(a, b, rules) == rules.min_shared_keys + 1  # type: ignore[arg-type]


def test_a_headline_s_first_word_group_names_and_news_words_are_no_names() -> None:
    for title in ("Suspected militants kill 5 in village raid", "Suicide bomber hits market in busy town",
                  "Curfew imposed in the town after clashes", "Weekend of violence leaves six dead in the city",
                  "Ataque armado deja cinco muertos en una comunidad"):
        assert not headline_name_keys(title), title
    assert name_key("suspected") not in headline_name_keys("Gunmen kill 5 as Suspected militants raid a village")
    assert name_key("hamas") not in headline_name_keys("Rocket fired from Gaza as Hamas vows revenge for the raid")
    assert name_key("islamist") not in headline_name_keys("Gunmen kill 5 as Islamist group raids a village")
    # a group the knowledge base knows, or a common word, gets no `NAME_KEY` bit in a sentence either
    assert not name_key("hamas") & NAME_KEY
    assert not name_key("islamist") & NAME_KEY
    # counter-cases: a name past the first word stays; a place's name keeps its bit
    assert name_key("kashuga") in headline_name_keys("Armed group denies killing civilians in Kashuga")
    assert name_key("kashuga") & NAME_KEY


def test_a_headline_s_accented_and_apostrophe_names() -> None:
    assert name_key("anefis") in headline_name_keys("Attack on a camp near Tessalit and Anéfis")
    assert name_key("seguela") in headline_name_keys("Gunmen kill three near Séguéla in the night")
    assert name_key("o'brien") in headline_name_keys("Gunman shoots officer O'Brien in a street")
    assert name_key("brien") not in headline_name_keys("Gunman shoots officer O'Brien in a street")
    assert name_key("mc") not in headline_name_keys("Gunman opens fire in a McDonald's restaurant")
    # counter-case: a title-case headline with accents still adds nothing
    assert not headline_name_keys("Gunmen Attack Army Camp Near Anéfis")


def test_a_claim_headline_is_a_claim_of_responsibility() -> None:
    from newsevents.incidents.profile import _HEADLINE_ACT

    for title in ("Blast claims 12 more lives", "Violence claims dozens of lives in Kashmir",
                  "Rebels reject claims of massacre", "Israel claims Hamas used hospital"):
        assert not _HEADLINE_ACT.search(title), title
    for title in ("Islamic State claims attack in Ancuabe", "Real IRA admits Omagh bomb and apologises",
                  "Taliban claim responsibility for Kabul blast", "IS claims Kabul suicide bombing",
                  "Islamic State claims Kerman bombings"):
        assert _HEADLINE_ACT.search(title), title


def test_the_evidence_rule_counts_the_shared_keys_once() -> None:
    from newsevents.incidents.matching import _enough_evidence
    from newsevents.incidents.profile import shared_evidence

    rules = LinkRules()
    a = _nowhere("a", "Fighters attacked Kashuga on Saturday, killing nine.", "Armed group raids Kashuga")
    b = _nowhere("b", "The group denied attacking Kashuga on Saturday.", "Armed group denies Kashuga raid")
    assert _enough_evidence(a, b, rules) == (  # type: ignore[arg-type]
        shared_evidence(a.keys, b.keys) >= keys_needed(a, b, rules))  # type: ignore[arg-type,attr-defined]
