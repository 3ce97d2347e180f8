"""An entity ruler fed from the actor knowledge base, so KB names come out with the right label."""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.language import Language

from newsevents.kb import KnowledgeBase, get_kb, is_acronym

log = logging.getLogger(__name__)

LABELS = {"armed_group": "ORG", "organisation": "ORG", "state": "GPE", "person": "PERSON"}
# Province words that introduce armed-group "provinces" (Wilayat Qawqaz, Vilayat Dagestan).
PROVINCE_WORDS = ["wilayat", "vilayat", "vilayyat", "velayat", "wilayah", "vilayet", "wilaya"]
# Words a proper-noun group name is often built from; they make a span an organisation.
GROUP_HEADS = ["emirate", "brigade", "brigades", "front", "army", "movement", "battalion", "battalions",
               "militia", "jamaat", "jamaah", "mujahideen", "caliphate"]


def patterns_from_kb(kb: KnowledgeBase, extra_places: list[str] | None = None,
                     tokenize: Callable[[str], list[str]] = str.split) -> list[dict]:
    """EntityRuler patterns: phrase patterns (matched on LOWER) and token patterns for acronyms."""
    patterns: list[dict] = []
    for actor in kb:
        label = LABELS.get(actor.kind)
        if label is None:
            continue
        for alias in actor.names:
            if is_acronym(alias):
                if len(alias.replace(".", "")) >= 2:
                    patterns.append({"label": label, "pattern": [{"ORTH": alias}], "id": actor.id})
            elif len(alias) >= 3:
                patterns.append({"label": label, "pattern": alias, "id": actor.id})
    for place in extra_places or []:  # case-sensitive: "Central" the region, not "central"
        patterns.append({"label": "GPE", "pattern": [{"ORTH": t} for t in tokenize(place)]})
    # Provisional group names such as "Wilayat Qawqaz" or "the Dagestani Vilayyat".
    patterns.append({"label": "ORG", "pattern": [{"LOWER": {"IN": PROVINCE_WORDS}}, {"IS_TITLE": True, "OP": "+"}]})
    patterns.append({"label": "ORG", "pattern": [{"IS_TITLE": True}, {"LOWER": {"IN": PROVINCE_WORDS}}]})
    patterns.append({"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "province"},
                                                   {"ORTH": "of", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}]})
    return patterns


def add_actor_ruler(nlp: Language, kb: KnowledgeBase | None = None) -> None:
    """Add the KB entity ruler after the statistical NER; its matches overwrite the model's."""
    kb = kb or get_kb()
    from newsevents.nlp.places import region_names

    ruler = nlp.add_pipe(
        "entity_ruler", name="actor_ruler", after="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER", "validate": False},
    )
    patterns = patterns_from_kb(kb, region_names(), lambda name: [t.text for t in nlp.make_doc(name)])
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "tagger", "attribute_ruler")]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    log.info("actor ruler: %d patterns from %d actors", len(patterns), len(kb))
