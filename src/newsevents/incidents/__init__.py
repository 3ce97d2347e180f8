"""Incidents: merge one article's tellings of an event, group reports across articles, reconcile their fields."""

from newsevents.incidents.index import IncidentIndex, incident_id_for
from newsevents.incidents.matching import LinkRules
from newsevents.incidents.reconcile import reconcile
from newsevents.incidents.within import merge_within_document

__all__ = ["IncidentIndex", "LinkRules", "incident_id_for", "merge_within_document", "reconcile"]
