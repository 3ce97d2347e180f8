"""The event ontology as data: PLOVER 2.0 types and modes, ACLED types and sub-types, CAMEO roots."""

from __future__ import annotations

from newsevents.models import EVENT_TYPES, Acled

PLOVER_TYPES: tuple[str, ...] = EVENT_TYPES

# PLOVER 2.0 modes per type, as named in PLOVER_structured_codebook.csv (the synthetic training data
# spells two of them differently: PRIMATIVE -> primitive, SIEZE -> seize; MARTIAL-LAW -> curfew).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
        "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
        "crowd-control", "cleansing", "massacre", "unconventional",
    ),
}

MODE_ALIASES: dict[str, str] = {"primative": "primitive", "sieze": "seize", "martial-law": "curfew"}

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}

ACLED_SUB_TO_TYPE: dict[str, str] = {sub: t for t, subs in ACLED_TYPES.items() for sub in subs}

# CAMEO two-digit root codes (CAMEO 1.1b3 names).
CAMEO_ROOTS: dict[str, str] = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
    "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
    "12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
    "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
    "20": "Use unconventional mass violence",
}

# Default CAMEO root per PLOVER type (CAMEO2PLOVER-2021.txt read backwards); cameo_root() refines it.
PLOVER_TO_CAMEO: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}

_CAMEO_BY_MODE: dict[tuple[str, str], str] = {
    ("ACCUSE", "investigate"): "09",
    ("COERCE", "restrict"): "17",
    ("ASSAULT", "firearms"): "19",
    ("ASSAULT", "heavy-weapons"): "19",
    ("ASSAULT", "aerial"): "19",
    ("ASSAULT", "drone"): "19",
    ("ASSAULT", "massacre"): "20",
    ("ASSAULT", "cleansing"): "20",
    ("ASSAULT", "unconventional"): "20",
}

# Sectors that take part in battles (CAMEO/PLOVER agent codes). Everyone else is a civilian target.
ARMED_SECTORS: frozenset[str] = frozenset(
    {"MIL", "COP", "REB", "INS", "UAF", "SPY", "PMC", "SEP", "MILITIA", "military", "police", "armed"}
)
STATE_FORCE_SECTORS: frozenset[str] = frozenset({"MIL", "COP", "SPY", "GOV", "military", "police", "government"})
NONSTATE_ARMED_SECTORS: frozenset[str] = frozenset({"REB", "INS", "UAF", "SEP", "MILITIA", "armed"})

# Target sector words (for EventFrame.target_sector) to agent codes, used by acled_for.
TARGET_SECTOR_CODES: dict[str, str] = {
    "police": "COP", "military": "MIL", "government": "GOV", "civilians": "CVL",
    "journalists": "JRN", "schools": "EDU", "religious": "REL", "medical": "MED",
    "aid": "NGO", "armed": "UAF", "protesters": "CVL", "diplomats": "GOV", "business": "BUS",
}


def normalise_mode(mode: str | None) -> str | None:
    """A mode as the codebook spells it (lower case, known aliases fixed), or None."""
    if not mode:
        return None
    m = mode.strip().lower()
    return MODE_ALIASES.get(m, m) or None


def is_valid(event_type: str, mode: str | None = None) -> bool:
    """Whether the type is a PLOVER type and the mode (if any) one of its modes."""
    if event_type not in PLOVER_MODES:
        return False
    return mode is None or mode in PLOVER_MODES[event_type]


def cameo_root(event_type: str, mode: str | None = None, acled: Acled | None = None) -> str | None:
    """The CAMEO root code for a PLOVER type, refined by mode and ACLED type where they say more."""
    if event_type not in PLOVER_TO_CAMEO:
        return None
    if mode and (event_type, mode) in _CAMEO_BY_MODE:
        root = _CAMEO_BY_MODE[(event_type, mode)]
        if event_type == "ASSAULT" and root == "19" and acled and acled.event_type == "Violence against civilians":
            return "18"
        return root
    if event_type == "ASSAULT" and acled is not None and acled.event_type == "Battles":
        return "19"
    if event_type == "COERCE" and acled is not None and acled.sub_event_type in (
        "Non-state actor overtakes territory", "Government regains territory"
    ):
        return "19"
    return PLOVER_TO_CAMEO[event_type]


def acled(sub_event_type: str) -> Acled:
    """The Acled record for a sub-event type name (raises KeyError on an unknown name)."""
    return Acled(event_type=ACLED_SUB_TO_TYPE[sub_event_type], sub_event_type=sub_event_type)
