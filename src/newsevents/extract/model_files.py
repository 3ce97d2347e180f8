"""The learned models shipped in the package: JSON metadata and numpy arrays (no pickle, nothing downloaded)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from importlib import resources
from typing import TypeVar

import numpy as np

log = logging.getLogger(__name__)
M = TypeVar("M")


def read(model_dir: str) -> tuple[dict, dict[str, np.ndarray]] | None:
    """meta.json and the arrays of weights.npz in newsevents/data/<model_dir>, or None where either is missing."""
    base = resources.files("newsevents") / "data" / model_dir
    meta_file, arrays_file = base / "meta.json", base / "weights.npz"
    if not meta_file.is_file() or not arrays_file.is_file():
        return None
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    with arrays_file.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    return meta, arrays


def load(model_dir: str, build: Callable[[dict, dict[str, np.ndarray]], M], what: str, instead: str) -> M | None:
    """The model in newsevents/data/<model_dir>, built by build(meta, arrays), or None where its files are missing
    (logged as a warning that says what runs instead)."""
    found = read(model_dir)
    if found is None:
        log.warning("%s not found in the package; %s", what, instead)
        return None
    model = build(*found)
    log.info("loaded %s %s from %s", what, meta_version(found[0]), model_dir)
    return model


def meta_version(meta: dict) -> str:
    return str(meta.get("version", "unknown"))
