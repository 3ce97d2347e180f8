"""Gazetteer: name normalisation, lookups (exact, alternate, abbreviation, fuzzy), speed and metadata."""

from __future__ import annotations

import time

import pytest

from newsevents.geo.names import is_latin, normalize
from newsevents.geo.tables import read_admin1, read_countries


def test_normalize_folds_accents_dots_possessive_and_article():
    assert normalize("Grózni") == "grozni"
    assert normalize("U.S.") == "us"
    assert normalize("Chechnya\u2019s") == "chechnya"
    assert normalize("the Middle East") == "middle east"
    assert normalize("Kabardino-Balkaria") == "kabardino balkaria"


def test_is_latin_rejects_cyrillic():
    assert is_latin("Şalaƶi")
    assert not is_latin("Грозный")


def test_shipped_tables_have_countries_and_admin1_with_coordinates():
    countries = {c.iso: c for c in read_countries()}
    admin1 = {a.key: a for a in read_admin1()}
    assert countries["GE"].name == "Georgia" and "RU" in countries["GE"].neighbours
    assert admin1["RU.12"].name == "Chechnya"
    assert 42 < admin1["RU.12"].lat < 44.5 and 44.5 < admin1["RU.12"].lon < 47


@pytest.fixture(scope="module")
def gaz():
    from newsevents.geo import get_gazetteer

    return get_gazetteer()


@pytest.mark.model
def test_lookup_exact_name(gaz):
    (grozny,) = [c for c in gaz.lookup("Grozny") if c.feature.startswith("PPL")]
    assert grozny.country == "RU" and grozny.admin1 == "RU.12" and grozny.match == "name"


@pytest.mark.model
def test_lookup_alternate_name(gaz):
    found = [c for c in gaz.lookup("Groznyy") if c.geonameid == 558418]
    assert found and found[0].match == "alternate"


@pytest.mark.model
def test_lookup_country_alias_and_state_abbreviation(gaz):
    assert any(c.feature == "PCLI" and c.country == "US" for c in gaz.lookup("U.S."))
    assert [c.admin1 for c in gaz.lookup("Ky.")] == ["US.KY"]


@pytest.mark.model
def test_lookup_fuzzy_misspelling(gaz):
    assert gaz.lookup("Makhachkalla") == ()
    assert any(c.name == "Makhachkala" and c.match == "fuzzy" for c in gaz.fuzzy("Makhachkalla"))


@pytest.mark.model
def test_lookup_region_with_coordinates(gaz):
    (region,) = [c for c in gaz.lookup("North Caucasus") if c.feature == "RGN"]
    assert region.country == "RU" and 42 < region.lat < 45


@pytest.mark.model
def test_describe_geonameid_gives_country_and_admin1(gaz):
    assert gaz.describe(495969) == ("RU", "Russia", "Chechnya")  # Shalazhi


@pytest.mark.model
def test_demonyms_point_to_country_or_admin1(gaz):
    assert gaz.demonym("Chechen").admin1 == "RU.12"
    assert gaz.demonym("Syrians").country == "SY"
    assert gaz.demonym("Table") is None


@pytest.mark.model
def test_lookup_is_under_a_millisecond_on_average(gaz):
    names = ["Aleppo", "Edmonton", "Kandahar", "Mosul", "Maiduguri", "Peshawar", "Makhachkala",
             "Nalchik", "Khasavyurt", "Gao", "Timbuktu", "Sanaa", "Benghazi", "Sirte", "Raqqa"]
    gaz.lookup.cache_clear()
    start = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    assert (time.perf_counter() - start) / len(names) < 0.001
