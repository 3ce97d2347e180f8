"""Round 14 of event typing: changes to armed groups told by their announcements (a group's announced
dissolution, a new commander, a renamed or newly formed group, named by the group's own name), mortar, artillery
and rocket fire as shelling, quadcopters as drones, and what a source says happened, kept when the other side's
denial follows in the same sentence."""

from __future__ import annotations

import pytest

from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def test_announced_dissolution_of_an_armed_group(nlp):
    text = "The PKK announced at a congress in northern Iraq that it would dissolve itself and end its armed struggle."
    assert types_of(nlp, text) == {"RETREAT"}
    assert acled_sub(nlp, text) == "Change to group/activity"
    text = "PKK leaders announced the group would dissolve and lay down arms."
    assert acled_sub(nlp, text) == "Change to group/activity"
    assert frames(nlp, "The company announced it would dissolve itself after the merger.") == []


def test_new_commander_of_an_armed_group(nlp):
    text = "Pakistani Taliban announce a new commander for the Bajaur chapter after predecessor's death."
    assert types_of(nlp, text) == {"MOBILIZE"}
    assert acled_sub(nlp, text) == "Change to group/activity"
    assert acled_sub(nlp, "The Taliban named a new commander for Helmand province.") == "Change to group/activity"
    assert frames(nlp, "The football federation named a new coach.") == []
    assert frames(nlp, "Apple announced a new chief executive.") == []


def test_armed_group_renamed_or_formed(nlp):
    text = "The Russian mercenary group Wagner was officially renamed the Africa Corps in Mali."
    assert acled_sub(nlp, text) == "Change to group/activity"
    text = "The M23 rebels announced the formation of a political-military coalition at a press conference in Nairobi."
    assert acled_sub(nlp, text) == "Change to group/activity"
    assert frames(nlp, "The city council renamed the main street after the late president.") == []
    assert frames(nlp, "The club announced the formation of a youth team.") == []


def test_mortar_and_rocket_fire_is_shelling(nlp):
    assert acled_sub(nlp, "Mortar fire killed two civilians in the town on Sunday.") == \
        "Shelling/artillery/missile attack"
    assert acled_sub(nlp, "Indian and Pakistani troops exchanged gunfire along the border overnight.") == \
        "Armed clash"


def test_quadcopter_is_a_drone(nlp):
    text = "A munition dropped from a quadcopter hit a minibus stop in Kherson city, killing six civilians."
    assert acled_sub(nlp, text) == "Air/drone strike"
    assert frames(nlp, "The company unveiled a new quadcopter for farmers.") == []


def test_reported_act_kept_beside_a_denial(nlp):
    text = ("Azerbaijan's prosecutor said that a Scud missile launched by Armenian forces destroyed houses in Ganja; "
            "Yerevan denied responsibility.")
    assert acled_sub(nlp, text) == "Shelling/artillery/missile attack"
    text = "The army denied that troops had killed civilians in the village."
    assert "ASSAULT" not in types_of(nlp, text)


def test_looters_stripping_a_building(nlp):
    text = "Looters stripped warehouses of the WFP in Khartoum North; no one was hurt."
    assert types_of(nlp, text) == {"COERCE"}
    assert acled_sub(nlp, text) == "Looting/property destruction"
    assert frames(nlp, "The court stripped the former minister of his immunity.") == []
