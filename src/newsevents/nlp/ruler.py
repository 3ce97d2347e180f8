"""An entity ruler fed from the actor knowledge base, so KB names come out with the right label."""

from __future__ import annotations

import logging

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsevents.kb import KnowledgeBase, get_kb, is_acronym

log = logging.getLogger(__name__)

LABELS = {"armed_group": "ORG", "organisation": "ORG", "state": "GPE", "person": "PERSON"}
# Province words that introduce armed-group "provinces" (Wilayat Qawqaz, Vilayat Dagestan).
PROVINCE_WORDS = ["wilayat", "vilayat", "vilayyat", "velayat", "wilayah", "vilayet", "wilaya"]
# Words a proper-noun group name is often built from; they make a span an organisation.
GROUP_HEADS = ["emirate", "brigade", "brigades", "front", "army", "movement", "battalion", "battalions",
               "militia", "jamaat", "jamaah", "mujahideen", "caliphate"]
# entity labels of the longer names a place match inside them must not break up ('Mexico City', 'Lake Victoria',
# 'Port of Spain', 'Georgia Stevens')
_NAME_HOLDERS = frozenset({"GPE", "LOC", "FAC", "PERSON"})
_JOINERS = ("-", "/", "\u2013")
_PROVINCE_HEADS = numpy.array([get_string_id(w) for w in ("province", "wilayat", "governorate")], dtype=numpy.uint64)


def patterns_from_kb(kb: KnowledgeBase, extra_places: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """(case-insensitive patterns, case-sensitive patterns). Phrase patterns throughout: a PhraseMatcher
    costs the same for ten thousand names as for ten, a token Matcher does not."""
    folded: list[dict] = []
    cased: list[dict] = []
    for actor in kb:
        label = LABELS.get(actor.kind)
        if label is None:
            continue
        for alias in actor.names:
            if is_acronym(alias):
                if len(alias.replace(".", "")) >= 2:
                    cased.append({"label": label, "pattern": alias, "id": actor.id})
            elif len(alias) >= 3:
                folded.append({"label": label, "pattern": alias, "id": actor.id})
    for place in extra_places or []:  # case-sensitive: "Central" the region, not "central"
        cased.append({"label": "GPE", "pattern": place})
    # Provisional group names such as "Wilayat Qawqaz" or "the Dagestani Vilayyat".
    folded.append({"label": "ORG", "pattern": [{"LOWER": {"IN": PROVINCE_WORDS}}, {"IS_TITLE": True, "OP": "+"}]})
    folded.append({"label": "ORG", "pattern": [{"IS_TITLE": True}, {"LOWER": {"IN": PROVINCE_WORDS}}]})
    # "Sinai Province", "the Caucasus Province" (armed-group provinces are capitalised; "Idlib province" is a place)
    folded.append({"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"ORTH": "Province"},
                                                {"ORTH": "of", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}]})
    return folded, cased


@Language.component("possessive_provinces", assigns=["doc.ents"])
def possessive_provinces(doc: Doc) -> Doc:
    """"the Islamic State's Yemen province": a group's province is an organisation, even in lower case
    (while "fighting in Idlib province" and a state's province, "Pakistan's Sindh province", stay places)."""
    spans = []
    for head in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _PROVINCE_HEADS)):
        i = int(head)
        if i < 2:
            continue
        j = i - 1
        while j >= 0 and doc[j].is_title and doc[j].ent_type_ in ("GPE", "LOC", "ORG", ""):
            j -= 1
        if j < i - 1 and j >= 1 and doc[j].lower_ in ("'s", "\u2019s") and doc[j - 1].ent_type_ != "GPE":
            spans.append(Span(doc, j + 1, i + 1, label="ORG"))
    if spans:
        doc.ents = filter_spans([*spans, *doc.ents])
    return doc


def _hyphened(doc: Doc, start: int, end: int) -> bool:
    """The words start..end are joined to a word before or after them by a hyphen or slash ('U.S.-Mexico')."""
    return (start > 0 and doc[start - 1].text in _JOINERS) or (end < len(doc) and doc[end].text in _JOINERS)


class NameKeepingRuler(EntityRuler):
    """spaCy's entity ruler with overwrite_ents, except that a place match (GPE: a state or a first-level
    region) strictly inside a longer place or person entity leaves that entity whole: 'Mexico' of 'Mexico
    City', 'Victoria' of 'Lake Victoria', 'Georgia' of 'Georgia Stevens' name something else. A match joined
    to the rest of the entity by a hyphen or slash is a name of its own ('Russia-Ukraine') and splits it as
    before; so does any match inside an organisation's name (the actor stage reads the state in 'Kenya
    Airways')."""

    def set_annotations(self, doc: Doc, matches: list) -> None:  # type: ignore[override]
        holders = [(e.start, e.end) for e in doc.ents if e.label_ in _NAME_HOLDERS and len(e) > 1]
        if holders:
            matches = [m for m in matches if not (
                (self._ent_ids[m[0]][0] if m[0] in self._ent_ids else doc.vocab.strings[m[0]]) == "GPE"
                and any(h[0] <= m[1] and m[2] <= h[1] and m[2] - m[1] < h[1] - h[0] for h in holders)
                and not _hyphened(doc, m[1], m[2]))]
        super().set_annotations(doc, matches)


@Language.factory("name_keeping_entity_ruler", assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
                  default_config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False})
def make_name_keeping_ruler(nlp, name, phrase_matcher_attr, validate, overwrite_ents):  # type: ignore[no-untyped-def]
    """The factory of `NameKeepingRuler` (untyped: spaCy validates a factory's arguments by its annotations,
    which this module's postponed annotations leave unresolved)."""
    return NameKeepingRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                            overwrite_ents=overwrite_ents)


def add_actor_ruler(nlp: Language, kb: KnowledgeBase | None = None) -> None:
    """Add the KB entity rulers after the statistical NER; their matches overwrite the model's."""
    kb = kb or get_kb()
    from newsevents.nlp.places import region_names

    folded, cased = patterns_from_kb(kb, region_names())
    after = "ner" if "ner" in nlp.pipe_names else None
    for name, attr, patterns in (("cased_ruler", "ORTH", cased), ("actor_ruler", "LOWER", folded)):
        ruler = nlp.add_pipe("name_keeping_entity_ruler", name=name, after=after,
                             config={"overwrite_ents": True, "phrase_matcher_attr": attr, "validate": False})
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "tagger", "attribute_ruler")]):
            ruler.add_patterns(patterns)  # type: ignore[attr-defined]
        after = name
    nlp.add_pipe("possessive_provinces", after=after)
    log.info("actor rulers: %d case-insensitive and %d case-sensitive patterns from %d actors",
             len(folded), len(cased), len(kb))
