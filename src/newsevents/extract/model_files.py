"""The learned models shipped in the package: JSON metadata and numpy arrays (no pickle, nothing downloaded)."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np


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
