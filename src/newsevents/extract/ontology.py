"""The event ontology as data: PLOVER 2.0 types and modes, ACLED types and sub-types, CAMEO roots."""

from __future__ import annotations

from dataclasses import dataclass

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


# --- trigger lexicon: the words that report each PLOVER type, and the word lists the rules use -----


@dataclass(frozen=True)
class TriggerEntry:
    """A trigger lexicon entry: the type a word reports, its default mode, and how sure the word is."""

    event_type: str
    mode: str | None = None
    confidence: float = 0.8


def trigger(event_type: str, mode: str | None = None, confidence: float = 0.8) -> TriggerEntry:
    """A trigger lexicon entry."""
    return TriggerEntry(event_type, mode, confidence)


# verbs (by lemma)
TRIGGER_VERBS: dict[str, TriggerEntry] = {
    # ASSAULT
    "attack": trigger("ASSAULT", None, 0.85), "kill": trigger("ASSAULT", None, 0.85), "shoot": trigger("ASSAULT", "firearms", 0.85),
    "bomb": trigger("ASSAULT", "explosives", 0.85), "shell": trigger("ASSAULT", "heavy-weapons", 0.8),
    "stab": trigger("ASSAULT", "primitive", 0.85), "assassinate": trigger("ASSAULT", "assassinate", 0.9),
    "murder": trigger("ASSAULT", None, 0.85), "massacre": trigger("ASSAULT", "massacre", 0.9),
    "ambush": trigger("ASSAULT", None, 0.85), "behead": trigger("ASSAULT", "execute", 0.9),
    "rampage": trigger("ASSAULT", None, 0.8), "storm": trigger("ASSAULT", None, 0.75), "abduct": trigger("ASSAULT", "abduct", 0.9),
    "kidnap": trigger("ASSAULT", "abduct", 0.9), "hijack": trigger("ASSAULT", "abduct", 0.85),
    "torture": trigger("ASSAULT", "torture", 0.85), "rape": trigger("ASSAULT", "sexual", 0.9),
    "beat": trigger("ASSAULT", "beat", 0.6), "wound": trigger("ASSAULT", None, 0.8), "injure": trigger("ASSAULT", None, 0.75),
    "detonate": trigger("ASSAULT", "explosives", 0.85), "explode": trigger("ASSAULT", "explosives", 0.75),
    "destroy": trigger("ASSAULT", "destroy", 0.6), "torch": trigger("ASSAULT", "destroy", 0.7), "burn": trigger("ASSAULT", "destroy", 0.5),
    "clash": trigger("ASSAULT", None, 0.85), "fight": trigger("ASSAULT", None, 0.6), "bombard": trigger("ASSAULT", "heavy-weapons", 0.85),
    "gun": trigger("ASSAULT", "firearms", 0.8), "raid": trigger("ASSAULT", None, 0.6), "strike": trigger("ASSAULT", None, 0.5),
    "fire": trigger("ASSAULT", "firearms", 0.6), "blow": trigger("ASSAULT", "explosives", 0.6), "execute": trigger("ASSAULT", "execute", 0.6),
    "slaughter": trigger("ASSAULT", "massacre", 0.85), "target": trigger("ASSAULT", None, 0.55), "hit": trigger("ASSAULT", None, 0.45),
    "die": trigger("ASSAULT", None, 0.5), "martyr": trigger("ASSAULT", None, 0.6), "besiege": trigger("ASSAULT", None, 0.75),
    "invade": trigger("ASSAULT", None, 0.7), "assault": trigger("ASSAULT", "beat", 0.75),
    "lynch": trigger("ASSAULT", "beat", 0.85), "disperse": trigger("ASSAULT", "crowd-control", 0.55),
    "throw": trigger("ASSAULT", "primitive", 0.4), "hurl": trigger("ASSAULT", "primitive", 0.5),
    "toss": trigger("ASSAULT", "primitive", 0.45), "lob": trigger("ASSAULT", "primitive", 0.5),
    "smash": trigger("ASSAULT", "destroy", 0.5), "battle": trigger("ASSAULT", None, 0.6),
    "vandalize": trigger("ASSAULT", "destroy", 0.8), "vandalise": trigger("ASSAULT", "destroy", 0.8),
    "demolish": trigger("ASSAULT", "destroy", 0.6), "raze": trigger("ASSAULT", "destroy", 0.7),
    "bulldoze": trigger("ASSAULT", "destroy", 0.7),
    # COERCE
    "arrest": trigger("COERCE", "arrest", 0.9), "detain": trigger("COERCE", "arrest", 0.9), "jail": trigger("COERCE", "arrest", 0.8),
    "imprison": trigger("COERCE", "arrest", 0.8), "apprehend": trigger("COERCE", "arrest", 0.85),
    "seize": trigger("COERCE", "seize", 0.8), "confiscate": trigger("COERCE", "seize", 0.85), "steal": trigger("COERCE", "seize", 0.8),
    "loot": trigger("COERCE", "seize", 0.85), "ransack": trigger("COERCE", "seize", 0.8),
    "plunder": trigger("COERCE", "seize", 0.85), "pillage": trigger("COERCE", "seize", 0.85),
    "repel": trigger("ASSAULT", None, 0.75), "repulse": trigger("ASSAULT", None, 0.75),
    "skirmish": trigger("ASSAULT", None, 0.8), "strafe": trigger("ASSAULT", "aerial", 0.8),
    "snatch": trigger("ASSAULT", "abduct", 0.5), "pound": trigger("ASSAULT", "heavy-weapons", 0.5),
    "pelt": trigger("ASSAULT", "primitive", 0.6), "capture": trigger("COERCE", "seize", 0.75), "occupy": trigger("COERCE", "seize", 0.7),
    "ban": trigger("COERCE", "ban", 0.75), "outlaw": trigger("COERCE", "ban", 0.8), "censor": trigger("COERCE", "censor", 0.85),
    "deport": trigger("COERCE", "deport", 0.85), "blockade": trigger("COERCE", "restrict", 0.8),
    "extradite": trigger("COOPERATE", None, 0.7),  # PLOVER: judicial cooperation (extraditions) is COOPERATE
    "crack": trigger("COERCE", None, 0.5), "hack": trigger("COERCE", "cyber", 0.7), "impose": trigger("COERCE", "restrict", 0.5),
    "cordon": trigger("COERCE", "restrict", 0.75), "round": trigger("COERCE", "arrest", 0.4),
    "recapture": trigger("COERCE", "seize", 0.8), "retake": trigger("COERCE", "seize", 0.8),
    "overrun": trigger("COERCE", "seize", 0.8), "regain": trigger("COERCE", "seize", 0.5),
    "defuse": trigger("COERCE", "seize", 0.8), "intercept": trigger("COERCE", "seize", 0.5),
    # THREATEN
    "threaten": trigger("THREATEN", None, 0.9), "vow": trigger("THREATEN", None, 0.6), "warn": trigger("THREATEN", None, 0.5),
    # MOBILIZE
    "deploy": trigger("MOBILIZE", "troops", 0.85), "mobilize": trigger("MOBILIZE", None, 0.85), "mobilise": trigger("MOBILIZE", None, 0.85),
    "recruit": trigger("MOBILIZE", "militia", 0.75), "dispatch": trigger("MOBILIZE", "troops", 0.6), "mass": trigger("MOBILIZE", "troops", 0.6),
    "reinforce": trigger("MOBILIZE", "troops", 0.6), "station": trigger("MOBILIZE", "troops", 0.6), "join": trigger("MOBILIZE", "militia", 0.45),
    # SUPPORT
    "support": trigger("SUPPORT", None, 0.6), "back": trigger("SUPPORT", None, 0.5), "endorse": trigger("SUPPORT", None, 0.85),
    "praise": trigger("SUPPORT", None, 0.85), "welcome": trigger("SUPPORT", None, 0.7), "commend": trigger("SUPPORT", None, 0.85),
    "congratulate": trigger("SUPPORT", None, 0.8), "sign": trigger("SUPPORT", None, 0.6), "ratify": trigger("SUPPORT", None, 0.85),
    "recognize": trigger("SUPPORT", None, 0.5), "recognise": trigger("SUPPORT", None, 0.5), "apologize": trigger("SUPPORT", None, 0.8),
    "apologise": trigger("SUPPORT", None, 0.8), "swear": trigger("SUPPORT", None, 0.4), "declare": trigger("SUPPORT", None, 0.3),
    "defend": trigger("SUPPORT", None, 0.45),
    # AGREE
    "agree": trigger("AGREE", None, 0.8), "promise": trigger("AGREE", None, 0.6), "offer": trigger("AGREE", None, 0.6),
    "pledge": trigger("AGREE", None, 0.6), "invite": trigger("AGREE", None, 0.7), "commit": trigger("AGREE", None, 0.45),
    # ACCUSE
    "accuse": trigger("ACCUSE", "allege", 0.85), "blame": trigger("ACCUSE", "allege", 0.85), "condemn": trigger("ACCUSE", "disapprove", 0.9),
    "criticize": trigger("ACCUSE", "disapprove", 0.85), "criticise": trigger("ACCUSE", "disapprove", 0.85),
    "denounce": trigger("ACCUSE", "disapprove", 0.9), "allege": trigger("ACCUSE", "allege", 0.6), "charge": trigger("ACCUSE", "allege", 0.6),
    "investigate": trigger("ACCUSE", "investigate", 0.8), "probe": trigger("ACCUSE", "investigate", 0.7),
    "sue": trigger("ACCUSE", "allege", 0.85), "indict": trigger("ACCUSE", "allege", 0.85), "decry": trigger("ACCUSE", "disapprove", 0.9),
    "deplore": trigger("ACCUSE", "disapprove", 0.85),
    "slam": trigger("ACCUSE", "disapprove", 0.6), "protest": trigger("PROTEST", "demo", 0.6), "oppose": trigger("ACCUSE", "disapprove", 0.5),
    "prosecute": trigger("ACCUSE", "allege", 0.7),
    # REJECT
    "reject": trigger("REJECT", None, 0.85), "deny": trigger("REJECT", None, 0.7), "refuse": trigger("REJECT", None, 0.8),
    "dismiss": trigger("REJECT", None, 0.55), "veto": trigger("REJECT", None, 0.9), "rebuff": trigger("REJECT", None, 0.85),
    "defy": trigger("REJECT", "yield", 0.7), "decline": trigger("REJECT", None, 0.4),
    # PROTEST
    "rally": trigger("PROTEST", "demo", 0.7), "march": trigger("PROTEST", "demo", 0.6), "demonstrate": trigger("PROTEST", "demo", 0.7),
    "riot": trigger("PROTEST", "riot", 0.85), "boycott": trigger("PROTEST", "boycott", 0.85), "picket": trigger("PROTEST", "demo", 0.8),
    # REQUEST
    "demand": trigger("REQUEST", None, 0.8), "urge": trigger("REQUEST", None, 0.8), "appeal": trigger("REQUEST", None, 0.7),
    "request": trigger("REQUEST", None, 0.8), "ask": trigger("REQUEST", None, 0.5), "call": trigger("REQUEST", None, 0.3),
    # CONSULT
    "meet": trigger("CONSULT", None, 0.7), "visit": trigger("CONSULT", "visit", 0.7), "host": trigger("CONSULT", "visit", 0.6),
    "negotiate": trigger("CONSULT", None, 0.75), "discuss": trigger("CONSULT", None, 0.5), "consult": trigger("CONSULT", None, 0.75),
    "phone": trigger("CONSULT", "phone", 0.8), "mediate": trigger("CONSULT", None, 0.7),
    "confer": trigger("CONSULT", None, 0.7), "receive": trigger("CONSULT", "visit", 0.6),
    # COOPERATE
    "cooperate": trigger("COOPERATE", None, 0.85), "collaborate": trigger("COOPERATE", None, 0.8), "share": trigger("COOPERATE", None, 0.35),
    "coordinate": trigger("COOPERATE", None, 0.6), "ally": trigger("COOPERATE", None, 0.6),
    # AID
    "aid": trigger("AID", None, 0.7), "donate": trigger("AID", None, 0.8), "supply": trigger("AID", None, 0.55), "arm": trigger("AID", None, 0.6),
    "fund": trigger("AID", None, 0.6), "finance": trigger("AID", None, 0.55), "rescue": trigger("AID", None, 0.6),
    "provide": trigger("AID", None, 0.35), "deliver": trigger("AID", None, 0.35), "send": trigger("MOBILIZE", "troops", 0.3),
    "give": trigger("AID", None, 0.3), "grant": trigger("AID", None, 0.3), "ship": trigger("AID", None, 0.3),
    "airlift": trigger("AID", None, 0.3), "airdrop": trigger("AID", None, 0.3), "approve": trigger("AID", None, 0.3),
    "distribute": trigger("AID", None, 0.3),
    "disburse": trigger("AID", None, 0.3),
    # RETREAT
    "withdraw": trigger("RETREAT", "withdraw", 0.75), "retreat": trigger("RETREAT", "withdraw", 0.8), "release": trigger("RETREAT", "release", 0.7),
    "free": trigger("RETREAT", "release", 0.6), "disarm": trigger("RETREAT", "disarm", 0.8), "resign": trigger("RETREAT", "resign", 0.85),
    "evacuate": trigger("RETREAT", "withdraw", 0.55), "surrender": trigger("RETREAT", "disarm", 0.8), "flee": trigger("RETREAT", "withdraw", 0.5),
    "return": trigger("RETREAT", "return", 0.3),
    # CONCEDE
    "concede": trigger("CONCEDE", None, 0.8), "yield": trigger("CONCEDE", None, 0.6), "ease": trigger("CONCEDE", None, 0.5),
    "lift": trigger("CONCEDE", None, 0.45), "pardon": trigger("CONCEDE", None, 0.75), "relax": trigger("CONCEDE", None, 0.5),
    # SANCTION
    "sanction": trigger("SANCTION", None, 0.85), "sentence": trigger("SANCTION", "convict", 0.85), "convict": trigger("SANCTION", "convict", 0.9),
    "expel": trigger("SANCTION", "expel", 0.7), "suspend": trigger("SANCTION", "discontinue", 0.6), "sever": trigger("SANCTION", "discontinue", 0.8),
    "cut": trigger("SANCTION", "discontinue", 0.3), "freeze": trigger("SANCTION", "discontinue", 0.5), "recall": trigger("SANCTION", "withdraw", 0.5),
    "embargo": trigger("SANCTION", "discontinue", 0.8),
}

# nouns (by lemma)
TRIGGER_NOUNS: dict[str, TriggerEntry] = {
    "attack": trigger("ASSAULT", None, 0.8), "assault": trigger("ASSAULT", None, 0.75), "bombing": trigger("ASSAULT", "explosives", 0.85),
    "shooting": trigger("ASSAULT", "firearms", 0.85), "killing": trigger("ASSAULT", None, 0.8), "massacre": trigger("ASSAULT", "massacre", 0.9),
    "ambush": trigger("ASSAULT", None, 0.85), "assassination": trigger("ASSAULT", "assassinate", 0.9),
    "explosion": trigger("ASSAULT", "explosives", 0.7), "blast": trigger("ASSAULT", "explosives", 0.75),
    "airstrike": trigger("ASSAULT", "aerial", 0.9), "raid": trigger("ASSAULT", None, 0.6), "clash": trigger("ASSAULT", None, 0.85),
    "battle": trigger("ASSAULT", None, 0.6), "gunfight": trigger("ASSAULT", "firearms", 0.9), "firefight": trigger("ASSAULT", "firearms", 0.9),
    "shootout": trigger("ASSAULT", "firearms", 0.9), "fighting": trigger("ASSAULT", None, 0.7), "offensive": trigger("ASSAULT", None, 0.6),
    "siege": trigger("ASSAULT", None, 0.6), "abduction": trigger("ASSAULT", "abduct", 0.9), "kidnapping": trigger("ASSAULT", "abduct", 0.9),
    "bombardment": trigger("ASSAULT", "heavy-weapons", 0.85), "shelling": trigger("ASSAULT", "heavy-weapons", 0.85),
    "strike": trigger("ASSAULT", None, 0.4), "rampage": trigger("ASSAULT", None, 0.8), "murder": trigger("ASSAULT", None, 0.8),
    "beheading": trigger("ASSAULT", "execute", 0.9), "execution": trigger("ASSAULT", "execute", 0.6), "hijacking": trigger("ASSAULT", "abduct", 0.85),
    "stabbing": trigger("ASSAULT", "primitive", 0.85), "fight": trigger("ASSAULT", None, 0.5), "brawl": trigger("ASSAULT", "beat", 0.6), "spree": trigger("ASSAULT", None, 0.5), "war": trigger("ASSAULT", None, 0.4), "violence": trigger("ASSAULT", None, 0.35),
    "gunfire": trigger("ASSAULT", "firearms", 0.7), "torture": trigger("ASSAULT", "torture", 0.7), "rape": trigger("ASSAULT", "sexual", 0.85),
    "arson": trigger("ASSAULT", "destroy", 0.8), "invasion": trigger("ASSAULT", None, 0.7), "operation": trigger("ASSAULT", None, 0.25),
    "arrest": trigger("COERCE", "arrest", 0.85), "detention": trigger("COERCE", "arrest", 0.7), "crackdown": trigger("COERCE", None, 0.7),
    "curfew": trigger("COERCE", "curfew", 0.8), "seizure": trigger("COERCE", "seize", 0.7), "deportation": trigger("COERCE", "deport", 0.8),
    "ban": trigger("COERCE", "ban", 0.5), "blockade": trigger("COERCE", "restrict", 0.75), "takeover": trigger("COERCE", "seize", 0.6),
    "lockdown": trigger("COERCE", "restrict", 0.7),
    "threat": trigger("THREATEN", None, 0.45), "ultimatum": trigger("THREATEN", "relations", 0.8),
    "deployment": trigger("MOBILIZE", "troops", 0.8), "mobilization": trigger("MOBILIZE", None, 0.8), "mobilisation": trigger("MOBILIZE", None, 0.8),
    "recruitment": trigger("MOBILIZE", "militia", 0.6), "buildup": trigger("MOBILIZE", "troops", 0.7),
    "allegiance": trigger("SUPPORT", None, 0.8), "endorsement": trigger("SUPPORT", None, 0.8), "praise": trigger("SUPPORT", None, 0.5),
    "agreement": trigger("AGREE", None, 0.5), "deal": trigger("AGREE", None, 0.35), "truce": trigger("AGREE", None, 0.6),
    "ceasefire": trigger("AGREE", None, 0.55), "cease-fire": trigger("AGREE", None, 0.55), "accord": trigger("AGREE", None, 0.5),
    "cessation": trigger("AGREE", None, 0.55),
    "accusation": trigger("ACCUSE", "allege", 0.8), "condemnation": trigger("ACCUSE", "disapprove", 0.85),
    "investigation": trigger("ACCUSE", "investigate", 0.7), "probe": trigger("ACCUSE", "investigate", 0.7),
    "allegation": trigger("ACCUSE", "allege", 0.7), "criticism": trigger("ACCUSE", "disapprove", 0.6), "lawsuit": trigger("ACCUSE", "allege", 0.8),
    "rejection": trigger("REJECT", None, 0.7), "denial": trigger("REJECT", None, 0.6), "refusal": trigger("REJECT", None, 0.7),
    "protest": trigger("PROTEST", "demo", 0.85), "rally": trigger("PROTEST", "demo", 0.75), "demonstration": trigger("PROTEST", "demo", 0.8),
    "riot": trigger("PROTEST", "riot", 0.85), "boycott": trigger("PROTEST", "boycott", 0.8), "march": trigger("PROTEST", "demo", 0.45),
    "unrest": trigger("PROTEST", "riot", 0.5), "sit-in": trigger("PROTEST", "obstruct", 0.85), "walkout": trigger("PROTEST", "strike", 0.8),
    "demand": trigger("REQUEST", None, 0.5), "appeal": trigger("REQUEST", None, 0.5), "request": trigger("REQUEST", None, 0.5),
    "talk": trigger("CONSULT", None, 0.5), "meeting": trigger("CONSULT", None, 0.55), "visit": trigger("CONSULT", "visit", 0.6),
    "summit": trigger("CONSULT", "multilateral", 0.7), "negotiation": trigger("CONSULT", None, 0.65),
    "cooperation": trigger("COOPERATE", None, 0.5), "aid": trigger("AID", None, 0.45), "assistance": trigger("AID", None, 0.45),
    "withdrawal": trigger("RETREAT", "withdraw", 0.75), "retreat": trigger("RETREAT", "withdraw", 0.6), "release": trigger("RETREAT", "release", 0.6),
    "resignation": trigger("RETREAT", "resign", 0.8), "surrender": trigger("RETREAT", "disarm", 0.7),
    "sanction": trigger("SANCTION", None, 0.75), "conviction": trigger("SANCTION", "convict", 0.7), "sentence": trigger("SANCTION", "convict", 0.4),
    "expulsion": trigger("SANCTION", "expel", 0.75), "embargo": trigger("SANCTION", "discontinue", 0.7),
}

# what is given as aid (PLOVER AID: humanitarian, economic and military assistance, asylum)
AID_GOODS = frozenset({
    "aid", "assistance", "relief", "food", "water", "medicine", "medication", "supply", "tent", "blanket", "shelter",
    "grant", "loan", "funding", "fund", "money", "cash", "fuel", "wheat", "grain", "rice", "flour", "vaccine",
    "asylum", "euro", "dollar", "$", "package", "help", "equipment", "ration",
})
# weapons given to a state or a force (military aid) when a recipient is named: "sent missiles to Ukraine"
ARMS_GOODS = frozenset({"weapon", "arm", "ammunition", "missile", "rocket", "tank", "shell", "artillery", "jet",
                        "drone", "rifle", "system", "vehicle", "munition"})
# what a promise concedes (PLOVER CONCEDE: a promise of a future concession, not yet carried out)
CONCESSION_VERBS = frozenset({
    "withdraw", "lift", "release", "free", "hand", "ease", "relax", "return", "allow", "pull", "resign", "step",
    "reopen", "pardon", "restore", "transfer", "hold", "grant", "end", "remove", "let",
})
# organisations, treaties and ties that a state leaves, ends or suspends (PLOVER SANCTION)
TIES = frozenset({
    "agreement", "accord", "deal", "pact", "treaty", "cooperation", "relation", "tie", "talk", "contract",
    "membership", "bloc", "organisation", "organization", "alliance", "union", "convention", "community", "court",
    "council", "partnership", "negotiation", "dialogue",
})
FIGHT_WORDS = frozenset({"clash", "battle", "gunfight", "firefight", "shootout", "fighting", "fight", "skirmish",
                         "repel", "repulse"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die", "hurt", "maim", "martyr"})
ABSTRACT = frozenset({
    "corruption", "poverty", "crime", "inflation", "disease", "climate", "idea", "policy", "plan", "decision",
    "remark", "comment", "law", "bill", "proposal", "budget", "cancer", "virus", "drug", "addiction",
    "hunger", "unemployment", "ideology", "extremism", "radicalism", "propaganda", "narrative", "election",
    "court", "case", "battle", "reputation", "credibility", "record", "tradition", "view", "drug", "obesity",
    "illiteracy", "crisis",
})
COMMENTATORS = frozenset({
    "professor", "analyst", "expert", "researcher", "scholar", "observer", "commentator", "editorial",
    "author", "historian", "academic", "study", "report", "article", "think", "pundit",
})
COMMUNICATION = frozenset({"write", "note", "suggest", "argue", "say", "believe", "think", "explain", "observe"})
TERRITORY = frozenset({
    "control", "town", "city", "village", "territory", "area", "region", "district", "airport", "base",
    "province", "border", "crossing", "hill", "position", "oilfield", "field", "capital", "neighborhood",
    "neighbourhood", "outpost", "checkpoint", "township", "county", "municipality", "commune",
})
# what a leader visits after violence or a disaster: a visit of condolence or inspection, no consultation
CONDOLENCE_OBJECTS = frozenset({"wounded", "injured", "victim", "survivor", "family", "scene", "site", "hospital",
                                "funeral", "grave", "ruin", "wreckage", "morgue", "bereaved", "mourner"})


# verbs of a death toll updated: "the toll rose to 31"
TOLL_VERBS = frozenset({"rise", "climb", "reach", "jump", "increase", "mount", "surge", "stand"})
WEAPON_OBJECTS = frozenset({
    "weapon", "arm", "explosive", "ammunition", "bomb", "rifle", "gun", "cache", "grenade", "missile", "rocket",
    "device", "ied", "mine", "drone", "uav", "shell", "mortar", "projectile", "landmine",
})
# nouns for one person (a victim, a captive, a detainee) when no number is written
PERSON_NOUNS = frozenset({
    "policeman", "soldier", "officer", "man", "woman", "civilian", "journalist", "child", "boy", "girl", "vigilante",
    "nun", "monk",
    "ambassador", "official", "person", "teenager", "student", "priest", "guard", "driver", "worker",
    "attacker", "assailant", "gunman", "shooter", "suspect", "bomber", "tourist", "he", "she", "victim",
    "policewoman", "diplomat", "judge", "mayor", "governor", "leader", "commander", "fighter", "militant",
    "protester", "demonstrator", "villager", "resident", "farmer", "pilgrim", "worshipper", "activist",
    "blogger", "lawyer", "businessman", "businesswoman", "doctor", "nurse", "teacher", "pastor", "imam",
    "lawmaker", "politician", "candidate", "chief", "elder", "passenger", "refugee", "migrant", "trader",
    "shopkeeper", "herder", "reporter", "photographer", "volunteer", "engineer", "missionary", "hostage",
    "prosecutor", "cleric", "senator", "general", "colonel", "spokesman", "employee", "deputy", "minister",
    "councillor", "councilor", "mp", "ranger", "peacekeeper", "medic", "inmate", "prisoner", "detainee",
    # relatives and bystanders, the commonest second victims ("a farmer and his wife", "and a passer-by")
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "baby", "infant", "relative",
    "bodyguard", "passer", "passerby", "bystander", "pedestrian", "seller", "vendor", "guest", "mourner",
    "cleaner", "cook", "shepherd", "fisherman", "sacristan", "churchgoer", "customer", "chauffeur", "escort",
    "headman", "thief", "robber", "informant", "smuggler", "poacher",
})
ARMED_GROUP_WORDS = frozenset({
    "isis", "isil", "state", "qaeda", "al-qaeda", "taliban", "militant", "rebel", "jihad", "jihadist",
    "insurgent", "insurgency", "fighter", "militia", "group", "emirate", "caliphate", "hezbollah",
    "hamas", "army", "force", "boko", "shabaab", "pkk", "front", "brigade",
})
VIOLENT_LEMMAS = frozenset({
    "kill", "attack", "destroy", "free", "liberate", "conquer", "fight", "strike", "bomb", "avenge",
    "retaliate", "retaliation", "war", "invade", "seize", "take", "wipe", "crush", "punish", "send",
    "behead", "slaughter", "shoot", "burn", "annihilate", "eliminate", "occupy", "capture", "fall",
    "response", "consequence", "revenge", "jihad", "blood", "target", "hit", "storm", "kidnap", "abduct",
    "retake", "recapture",
})
MODE_PRIORITY = (
    "unconventional", "suicide-attack", "aerial", "drone", "explosives", "heavy-weapons", "firearms",
    "crowd-control", "primitive",
)
TACTIC_MODES = frozenset({
    "abduct", "sexual", "torture", "execute", "massacre", "cleansing", "assassinate", "beat", "destroy",
})
PEOPLE_SECTORS = {"police": "COP", "military": "MIL", "armed": "UAF", "government": "GOV", "civilians": "CVL",
                   "journalists": "JRN", "schools": "EDU", "religious": "REL", "medical": "MED",
                   "protesters": "CVL", "aid": "NGO"}

SPEECH_ACTS = frozenset({
    "demand", "call", "urge", "ask", "request", "reject", "refuse", "deny", "seek", "propose", "oppose",
    "appeal", "want", "threaten", "offer", "promise", "pledge", "vow", "agree", "discuss", "negotiate",
    "condemn", "denounce", "blame", "admit", "claim", "responsibility", "investigate", "probe", "describe",
    "decry", "deplore", "mourn", "commemorate", "witness", "charge", "convict", "accuse", "suspect", "suspicion", "guilty", "sentence", "arrest",
    "conviction", "plot", "plan", "conduct", "encourage", "motive", "hallmark",
    # what is said about an act is no report of it: "allegations of torture were baseless", "comments on an ambush"
    "allegation", "accusation", "comment", "remark", "rumour", "rumor",
})

SUBJECT_WEAPONS = frozenset({"shell", "rocket", "missile", "mortar", "bomb", "airstrike", "strike", "artillery"})
WORKERS = frozenset({
    "union", "worker", "crew", "employee", "staff", "teacher", "doctor", "nurse", "driver", "miner", "pilot",
    "walkout", "pay", "wage",
})
FUTURE = ("will", "'ll", "’ll", "shall")
THREAT_WORDS = frozenset({
    "kill", "attack", "destroy", "free", "liberate", "conquer", "strike", "bomb", "avenge", "invade", "seize",
    "wipe", "crush", "punish", "behead", "slaughter", "burn", "annihilate", "eliminate", "occupy", "capture",
    "fight", "send", "take", "shake", "fall",
})


MISHAPS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "accident", "landslide", "flood", "storm", "overdose",
    "collision", "crash", "tree", "avalanche", "tornado", "hurricane", "leak", "gas", "wildfire", "blaze",
    "lightning", "illness", "disease", "cancer", "heart", "vehicle", "car", "truck", "fentanyl",
})
VIOLENT_CUES = frozenset({
    "attack", "attacker", "bomb", "bomber", "gunman", "gunmen", "militant", "terrorist", "rebel", "shoot",
    "stab", "knife", "assailant", "insurgent", "arson", "murder", "suspect", "intentionally", "deliberately",
})


# --- word sets that typing_words reads a trigger's construction with ----------------------------------------

# verbs that report a protest when protesters are their subject
PROTEST_DISPLAY = frozenset({"chant", "shout", "march", "block", "wave", "sing", "occupy", "burn", "carry", "hold"})
# objects that make send/deploy/mobilise a mobilisation of force
FORCE_OBJECTS = frozenset({
    "troop", "soldier", "force", "police", "policeman", "officer", "fighter", "militant", "unit", "reinforcement",
    "warship", "tank", "jet", "aircraft", "army", "marine", "battalion", "brigade", "contingent", "reservist",
    "militia", "supporter", "volunteer",
})
# words that make an objectless 'strike' an armed one
# what is thrown in an attack ("threw stones at police", "hurled a grenade")
MISSILE_OBJECTS = frozenset({"stone", "rock", "brick", "bottle", "grenade", "bomb", "cocktail", "molotov",
                             "explosive", "firebomb", "projectile", "acid"})
# what 'set up' or 'establish' must set up to be a new base (MOBILIZE)
BASE_OBJECTS = frozenset({"base", "camp", "headquarters", "outpost", "stronghold", "post", "garrison"})
# verbs that report an attack when their object is a weapon ("released sarin", "used water cannon against")
WEAPON_USE_VERBS = frozenset({"use", "release", "spray", "drop", "launch", "unleash", "lob"})
# modifiers that make a war, battle or attack a contest of another kind ("a price war", "a legal battle")
NON_VIOLENT_CONTESTS = frozenset({
    "price", "trade", "tariff", "currency", "bidding", "culture", "talent", "word", "legal", "court", "custody",
    "political", "verbal", "personal", "cyber", "ransomware", "phishing", "panic", "heart", "asthma", "proxy",
})
# verbs that tell an outbreak of fighting ("clashes erupted", "fighting raged")
OUTBREAK_VERBS = frozenset({"erupt", "break", "rage", "flare", "resume", "continue", "intensify", "escalate"})
# what closing or shutting restricts movement through ("closed the border crossing")
CLOSABLE = frozenset({"border", "crossing", "airport", "airspace", "port", "checkpoint", "road", "highway", "frontier"})
# what a court or judge hands down when it jails someone: a sentence, not an arrest
COURT_WORDS = frozenset({"court", "judge", "tribunal", "jury", "magistrate"})
# dependency labels along which a verb reaches the place it acts on ("pulled out of Khan Younis")
PLACE_PATH = frozenset({"dobj", "obj", "prep", "pobj", "prt", "pcomp", "nsubjpass", "npadvmod"})
# what 'impose' must impose to be a COERCE restriction
RESTRICTIONS = frozenset({"curfew", "restriction", "ban", "blockade", "siege", "lockdown", "closure", "law",
                          "emergency", "control", "limit", "quarantine", "censorship", "cordon"})
# verbs of impact whose subject may be a projectile ("shells rained down", "a rocket landed on")
IMPACT_VERBS = frozenset({"rain", "land", "slam", "pound", "hit", "strike", "crash", "fall"})
# verbs whose subject, an explosion or a bomb, tells a bombing ("a bomb tore through a bus")
BLAST_VERBS = frozenset({"tear", "rip"})
BLAST_SUBJECTS = frozenset({"bomb", "blast", "explosion", "device", "explosive"})
# people gathered in protest, whom police drive back or clear away ("cleared thousands of demonstrators")
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd", "rally", "sit-in"})
# verbs that take back a place ("reclaimed the port town", "won back the district", "dislodged the rebels from")
# armed groups outside politics: "gangs seized control of the town", "bandits stormed the village"
CRIMINAL_GROUPS = frozenset({"gang", "gangster", "bandit", "kidnapper", "pirate", "cartel", "gunman", "gunmen"})
RETAKE_VERBS = frozenset({"reclaim", "liberate", "dislodge", "reassert", "restore", "win", "take"})
# what cutting or shutting down restricts ("cut mobile internet")
SERVICES = frozenset({"internet", "phone", "telephone", "network", "communication", "telecommunication",
                      "broadband", "data", "3", "4", "3g", "4g", "sms", "messaging"})
MODAL_AUX = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "'ll", "shall"})
# verbs that tell a protest when their clause says what the people demanded ("gathered ... to demand justice")
DEMAND_VERBS = frozenset({"demand", "protest", "denounce", "decry", "call", "urge"})
# verbs of people coming together or blocking that a demand makes a protest (not "held a news conference to ...")
ASSEMBLY_VERBS = frozenset({"gather", "assemble", "rally", "march", "walk", "block", "occupy", "converge"})
# what is used to kill by hacking ("hacked them to death", "hacked with machetes")
# what is 'struck' without violence: "struck a power-sharing deal", "struck a conciliatory tone"
STRUCK_BARGAINS = frozenset({"deal", "agreement", "accord", "pact", "bargain", "compromise", "truce", "balance",
                             "tone", "chord", "note", "pose", "partnership", "alliance", "settlement"})
BLADES = frozenset({"machete", "axe", "knife", "sword", "cutlass", "panga"})
ARMED_CONTEXT = frozenset({"ceasefire", "cease-fire", "truce", "shelling", "airstrike", "rebel", "militant",
                           "militia", "army", "troop", "bombardment"})

AID_VERBS = frozenset({"give", "grant", "provide", "deliver", "send", "ship", "airlift", "airdrop", "donate", "supply",
                       "approve", "disburse", "dispatch", "distribute", "hand"})
TIE_ENDERS = frozenset({"end", "terminate", "scrap", "cancel", "revoke", "tear", "break", "suspend", "sever"})
NORMALISE_VERBS = frozenset({"restore", "resume", "establish", "normalise", "normalize", "reopen", "renew"})
LIFTABLE = frozenset({"curfew", "restriction", "ban", "blockade", "siege", "lockdown", "emergency", "sanction",
                      "embargo"})

TRAVEL_VERBS = frozenset({"travel", "fly", "arrive", "go", "head", "come", "return"})
# people who meet, talk and negotiate for a state, a force or a group
PARTY_WORDS = frozenset({"delegation", "envoy", "negotiator", "mediator", "representative", "leader", "chief",
                         "president", "minister", "official", "diplomat", "side", "party", "delegate", "counterpart",
                         "commander", "head", "premier", "king", "emir", "prince", "secretary", "ambassador",
                         "government", "junta", "elder", "spokesman", "general", "chancellor"})

# verbs whose subject, an inquiry or report, is only the source of what is told
FINDING_VERBS = frozenset({"find", "conclude", "show", "reveal", "determine", "establish", "confirm", "document"})
# types whose verb under will / would tells a plan, not an event ("ministers will meet next week")
PLANNED_TYPES = frozenset({"CONSULT", "AID", "COOPERATE", "SANCTION", "MOBILIZE", "RETREAT", "SUPPORT"})
# what a warning threatens, by the mode it gives THREATEN
WARNED_ACTS = {"arrest": "arrest", "detain": "arrest", "jail": "arrest", "ban": "ban", "outlaw": "ban",
               "expel": "expel", "sever": "relations", "suspend": "relations", "cut": "restrict", "close": "restrict",
               "block": "restrict", "impose": "restrict", "annex": "territory", "sanction": "violence",
               "retaliation": "violence", "consequence": "violence", "response": "violence", "fire": "violence"}
# what two forces do together (PLOVER COOPERATE: military exchanges such as joint games and manoeuvres)
JOINT_ACTS = frozenset({"exercise", "drill", "patrol", "manoeuvre", "maneuver", "war-game", "wargame"})
# armed formations that are raised or formed (MOBILIZE militia: "formed a new self-defence militia")
ARMED_UNITS = frozenset({"militia", "brigade", "battalion", "force", "group", "front", "army", "unit", "movement",
                         "vigilante", "self-defence", "self-defense"})
# what a request or refusal is about, by its PLOVER mode (first match wins)
DEMANDED = (
    ("meet", frozenset({"talk", "meeting", "negotiation", "dialogue", "negotiate", "meet", "summit", "invitation"})),
    ("yield", frozenset({"release", "free", "ceasefire", "cease-fire", "truce", "withdrawal", "withdraw", "surrender",
                         "hostage", "prisoner", "lift", "end", "halt", "stop", "calm", "restraint", "de-escalation",
                         "evacuation", "access", "passage", "corridor", "pause"})),
    ("assist", frozenset({"help", "aid", "assistance", "support", "troop", "reinforcement", "weapon", "arm", "food",
                          "protection", "intervention", "peacekeeper", "loan", "fund"})),
    ("change", frozenset({"resign", "resignation", "step", "repeal", "reform", "change", "election", "inquiry",
                          "investigation", "justice", "accountability", "law", "policy", "constitution"})),
)
# what kind of meeting a CONSULT is, by words of its sentence (PLOVER CONSULT modes; first match wins)
MEETING_KINDS = (
    ("phone", frozenset({"phone", "telephone", "call", "videoconference", "video"})),
    ("third-party", frozenset({"mediate", "mediator", "broker", "host", "facilitate"})),
    ("multilateral", frozenset({"nato", "summit", "bloc", "league", "union", "ecowas", "asean", "un", "council",
                                "g7", "g20", "igad"})),
    ("visit", frozenset({"visit", "travel", "fly", "arrive", "trip", "tour"})),
)
# what is accepted or committed to as a deal (AGREE: "accepted a proposal for a pause", "committed to a cessation")
DEAL_WORDS = frozenset({"proposal", "plan", "offer", "deal", "ceasefire", "cease-fire", "truce", "terms", "agreement",
                        "roadmap", "initiative", "cessation", "accord", "pact", "settlement", "armistice"})
