"""Geocoding round 6: admin1 points without outlying places; area names as English news writes them."""

from __future__ import annotations

import pytest

from newsevents.geo.build import ALIAS, ALTERNATE, _english_variants
from newsevents.geo.make_tables import _box_middle, admin1_point, main_places
from newsevents.geo.resolve import candidates_for, prior
from newsevents.geo.tables import read_admin1

# a compact area of five places around (16, 0) and a place filed under it 700 km away
AREA = [(16.27, -0.04), (16.95, -0.35), (15.66, 0.50), (15.55, -0.46), (15.22, -0.30)]
STRAY = (10.38, -7.15)
NEIGHBOURS = [(10.5, -7.0), (11.3, -5.7), (12.6, -8.0)]  # another area's places around the stray one


def test_a_place_among_another_areas_places_does_not_move_the_point():
    assert main_places(AREA + [STRAY], lambda: NEIGHBOURS) == AREA
    assert main_places(AREA + [STRAY], list) == AREA + [STRAY]  # no neighbour near it, one of six: kept


def test_a_remote_island_holding_few_places_is_left_out():
    mainland = [(-33.0 + i * 0.05, -71.5 + i * 0.02) for i in range(20)]
    island = [(-27.1, -109.4)]  # Easter Island, 3,700 km offshore, 1 place of 21
    assert main_places(mainland + island) == mainland
    assert _box_middle(main_places(mainland + island))[1] > -72


def test_a_sparse_area_keeps_all_its_places():
    """No group holds most of the places (a territory of scattered hamlets): nothing is left out."""
    sparse = [(60.0 + 5 * i, -90.0 + 9 * i) for i in range(6)]
    assert main_places(sparse, lambda: [(60.1, -90.1)]) == sparse
    assert main_places(AREA[:2]) == AREA[:2]  # too few places to tell


def test_admin1_point_uses_the_country_s_other_areas():
    points = {"ML.09": AREA + [STRAY], "ML.06": NEIGHBOURS, "ML": AREA + [STRAY] + NEIGHBOURS}
    lat, lon = admin1_point("ML.09", points)
    assert 15 < lat < 17.5 and -1 < lon < 1


def test_shipped_admin1_points_lie_in_their_areas():
    """The shipped table was regenerated with main_places: Gao's point lies in the Gao region
    (it lay in Ségou), Heilongjiang's in the north-east of China, Valparaíso's on the mainland."""
    admin1 = {a.key: a for a in read_admin1()}
    gao = admin1["ML.09"]
    assert 15 < gao.lat < 18 and -2 < gao.lon < 2
    assert 125 < admin1["CN.08"].lon < 132  # Heilongjiang
    assert -73 < admin1["CL.01"].lon < -70  # Valparaíso
    assert 114 < admin1["CN.10"].lon < 119  # Hebei


# ---- names of areas as English (conflict) news writes them ----------------------------------

def test_english_variants_of_area_names():
    assert _english_variants("Southern Darfur", "SD") == [("South Darfur", ALIAS)]
    assert _english_variants("Nord Kivu", "CD") == [("North Kivu", ALIAS)]
    assert _english_variants("Al Anbar", "IQ") == [("Anbar", ALTERNATE)]
    assert _english_variants("Ar-Raqqah", "SY") == [("Raqqah", ALTERNATE)]
    assert _english_variants("Alberta", "CA") == [] and _english_variants("Al Ain", "AE") == []  # too short
    assert _english_variants("Al Haouz", "FR") == []  # the article only where Arabic names are written


@pytest.fixture(scope="module")
def gaz():
    from newsevents.geo import get_gazetteer

    return get_gazetteer()


def _best(name: str, gaz):
    return max(candidates_for(name, gaz), key=prior)


@pytest.mark.model
@pytest.mark.parametrize("name, key", [
    ("North Kivu", "CD.11"), ("South Darfur", "SD.49"), ("West Darfur", "SD.47"),
    ("South Kordofan", "SD.50"), ("NWFP", "PK.03"), ("North-West Frontier Province", "PK.03"),
    ("Anbar", "IQ.01"), ("Hodeidah province", "YE.08"), ("Oromia", "ET.51"), ("Far North Region", "CM.12"),
    ("North Kivu province", "CD.11"),
])
def test_conflict_areas_resolve_to_their_first_level_area(name, key, gaz):
    best = _best(name, gaz)
    assert (best.feature, best.admin1) == ("ADM1", key)


@pytest.mark.model
@pytest.mark.parametrize("name, country", [
    ("North Eastern Province", "KE"), ("Rift Valley", "KE"), ("Nyanza", "KE"), ("Katanga", "CD"),
    ("FATA", "PK"), ("North Waziristan", "PK"), ("Puntland", "SO"), ("Mindanao", "PH"),
])
def test_former_provinces_and_conflict_regions_are_regions(name, country, gaz):
    best = _best(name, gaz)
    assert (best.feature, best.country) == ("RGN", country)


@pytest.mark.model
def test_a_city_keeps_its_name_from_the_province_without_its_article(gaz):
    """'Najaf' is the city; the province is 'An Najaf' in GeoNames and only an alternate 'Najaf'."""
    assert _best("Najaf", gaz).feature.startswith("PPL")
    assert _best("Hasakah", gaz).feature.startswith("PPL")


# ---- a kind word after the name: 'Washington state', 'Kabul province', 'Ghazni city' ----------

@pytest.mark.model
def test_a_kind_tail_keeps_the_candidates_of_that_kind(gaz):
    assert _best("Washington state", gaz).feature == "ADM1"
    assert _best("Kabul province", gaz).feature == "ADM1"
    assert _best("Ghazni city", gaz).feature.startswith("PPL")
    assert _best("Syria state", gaz).feature == "PCLI"  # no area of the name: all candidates stay


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


def _resolved(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    from newsevents.extract.places import run

    return {p.text: (p.feature, p.admin1) for p in run(nlp(text), doc_id="t")}


@pytest.mark.model
def test_the_word_after_a_toponym_says_whether_it_is_the_area_or_the_city(nlp):
    found = _resolved(nlp, "The first case was found in a cow at a Washington state farm, "
                           "officials in Iowa said.")
    assert found["Washington"] == ("ADM1", "Washington")
    city = _resolved(nlp, "Protesters marched in Washington on Saturday, police said.")
    assert city["Washington"][0] == "PPLC"


@pytest.mark.model
def test_the_x_city_of_y_names_the_area_x(nlp):
    """'the Hunan city of Yueyang': Hunan is the province, not a village called Hunan."""
    found = _resolved(nlp, "In the Hunan city of Yueyang, 47 reservoirs overflowed after heavy rain.")
    assert found["Hunan"][0] == "ADM1"


# ---- spelling: 'St.' and 'Saint', acronyms -------------------------------------------------

def test_saint_spelling_both_ways():
    from newsevents.geo.resolve import _saint_spelling

    assert _saint_spelling("St. Marc") == "Saint Marc"
    assert _saint_spelling("Ste. Genevieve") == "Sainte Genevieve"
    assert _saint_spelling("Saint Louis") == "St. Louis"
    assert _saint_spelling("Stirling") is None


@pytest.mark.model
def test_st_matches_a_place_gazetteered_as_saint(gaz):
    best = _best("St. Marc", gaz)
    assert (best.name, best.country) == ("Saint-Marc", "HT")


@pytest.mark.model
def test_a_two_letter_acronym_is_not_a_town_of_that_name(gaz):
    assert candidates_for("EU", gaz) == []  # not Eu, a town in Normandy
    assert _best("UK", gaz).country == "GB" and _best("DC", gaz).admin1 == "US.DC"


@pytest.mark.model
def test_a_city_named_x_city_is_not_an_area_placed_by_its_qualifier(gaz):
    """'New York City, Long Island, New York': the city keeps its own candidates; only a name
    written as an area ('Soum province, Burkina Faso') takes the qualifier's point."""
    from newsevents.geo.resolve import qualified

    cs = candidates_for("New York City", gaz)
    assert qualified("New York City", cs, "Long Island", gaz) == cs


@pytest.mark.model
def test_a_lower_case_direction_word_is_not_part_of_the_name(gaz):
    """'south Sudan' (the south of Sudan) is not South Sudan; 'Central Plateau' is not a town
    called Plateau."""
    assert _best("south Sudan", gaz).country == "SD"
    assert _best("South Sudan", gaz).country == "SS"
    assert all(c.name != "Plateau" for c in candidates_for("Central Plateau", gaz))


@pytest.mark.model
@pytest.mark.parametrize("name, country", [("Java", "ID"), ("Luzon", "PH"), ("Sumatra", "ID")])
def test_large_islands_are_regions_not_namesake_villages(name, country, gaz):
    best = _best(name, gaz)
    assert (best.feature, best.country) == ("RGN", country)
    assert _best("New Guinea", gaz).country is None  # the island, not the country Guinea


# ---- the GeoNames feature-point convention, for maintainers with a GeoNames dump -------------

def test_apply_feature_points_sets_geonames_own_point_by_geonameid(tmp_path):
    from newsevents.geo.make_tables import apply_feature_points
    from newsevents.geo.tables import read_countries

    (tmp_path / "countries.tsv").write_text(
        "iso\tiso3\tname\tgeonameid\tlat\tlon\tpopulation\tcontinent\tcapital\tneighbours\t"
        "aliases\tdemonyms\n"
        "CA\tCAN\tCanada\t6251999\t57.5105\t-96.0573\t37058856\tNA\tOttawa\tUS\t\tCanadian\n"
        "TR\tTUR\tTurkey\t298795\t38.9647\t35.255\t82319724\tAS\tAnkara\tSY\t\tTurkish\n", encoding="utf-8")
    (tmp_path / "admin1.tsv").write_text(
        "key\tname\tasciiname\tgeonameid\tlat\tlon\tpopulation\n"
        "CA.10\tQuebec\tQuebec\t6115047\t53.6056\t-69.0416\t6000000\n", encoding="utf-8")
    (tmp_path / "dump.txt").write_text(
        "6251999\tCanada\tCanada\t\t60.10867\t-113.64258\tA\tPCLI\tCA\t\t00\n"
        "6115047\tQuebec\tQuebec\t\t52.00017\t-71.99907\tA\tADM1\tCA\t\t10\n"
        "6167865\tToronto\tToronto\t\t43.70011\t-79.4163\tP\tPPLA\tCA\t\t08\n", encoding="utf-8")
    assert apply_feature_points(tmp_path / "dump.txt", tmp_path) == 2
    countries = {c.iso: c for c in read_countries(tmp_path / "countries.tsv")}
    assert (countries["CA"].lat, countries["CA"].lon) == (60.10867, -113.64258)
    assert countries["TR"].lat == 38.9647 and countries["CA"].demonyms == ("Canadian",)  # the rest stays
    assert read_admin1(tmp_path / "admin1.tsv")[0].lat == 52.00017


@pytest.mark.model
def test_a_city_of_a_million_outranks_the_area_of_its_name_unless_the_area_is_written(gaz):
    assert _best("Kharkiv", gaz).feature.startswith("PPL")
    assert _best("Kharkiv region", gaz).feature == "ADM1"
    assert _best("Kano", gaz).feature.startswith("PPL") and _best("Kano state", gaz).feature == "ADM1"
    assert _best("Quebec", gaz).feature == "ADM1"  # a smaller namesake city leaves the province first


@pytest.mark.model
def test_a_kind_tail_keeps_the_fallbacks_of_the_name_before_it(gaz):
    """'Middle Shabelle region': the name before the tail is looked up with every fallback."""
    assert _best("Middle Shabelle region", gaz).admin1 == "SO.13"
    assert _best("Hall County town", gaz).feature == "ADM2"


@pytest.mark.model
@pytest.mark.parametrize("name", ["Central America", "Americas"])
def test_regions_of_the_americas_are_not_the_united_states(name, gaz):
    best = _best(name, gaz)
    assert (best.feature, best.country) == ("RGN", None)


@pytest.mark.model
def test_disease_names_common_nouns_and_the_earth_are_no_places(nlp):
    found = _resolved(nlp, "The symptoms of Marburg haemorrhagic fever appeared in Uige. The virus "
                           "infects sheep, goats, buffalo and deer. The rock hit the Earth in 2009.")
    assert "Marburg" not in found and "buffalo" not in found and "Earth" not in found
