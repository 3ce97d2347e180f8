"""The learned PLOVER type classifier: TF-IDF features and a linear model read from numpy arrays (no pickle)."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from newsevents.extract import model_files

MODEL_DIR = "event_model"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def features(text: str) -> Counter[str]:
    """Lower-cased word unigrams and bigrams of a text, with their counts (the training features too)."""
    words = _TOKEN.findall(text.lower())
    grams: Counter[str] = Counter(words)
    grams.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return grams


@dataclass(frozen=True)
class EventClassifier:
    """A linear model over sub-linear TF-IDF n-gram features, one row of weights per PLOVER type."""

    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    version: str

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and L2-normalised TF-IDF weights of the text's known n-grams."""
        idx, vals = [], []
        for gram, n in features(text).items():
            j = self.vocabulary.get(gram)
            if j is not None:
                idx.append(j)
                vals.append((1.0 + math.log(n)) * float(self.idf[j]))
        if not idx:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        v = np.asarray(vals, dtype=np.float64)
        return np.asarray(idx, dtype=np.int64), v / np.linalg.norm(v)

    def scores(self, text: str) -> np.ndarray:
        """Raw decision scores, one per label."""
        idx, vals = self.vector(text)
        return self.coef[:, idx] @ vals + self.intercept

    def predict_proba(self, text: str) -> dict[str, float]:
        """Probability of each PLOVER type for the text (softmax over the linear scores)."""
        s = self.scores(text)
        e = np.exp(s - s.max())
        p = e / e.sum()
        return {label: float(x) for label, x in zip(self.labels, p)}

    def predict(self, text: str) -> tuple[str, float]:
        """The most likely PLOVER type and its probability."""
        probs = self.predict_proba(text)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]


def from_arrays(meta: dict, arrays: dict[str, np.ndarray]) -> EventClassifier:
    """Build the classifier from its JSON metadata and numpy arrays."""
    vocab = {g: i for i, g in enumerate(meta["vocabulary"])}
    return EventClassifier(
        labels=tuple(meta["labels"]), vocabulary=vocab, idf=arrays["idf"].astype(np.float64),
        coef=arrays["coef"].astype(np.float64), intercept=arrays["intercept"].astype(np.float64),
        version=meta.get("version", "unknown"),
    )


@functools.lru_cache(maxsize=1)
def load() -> EventClassifier | None:
    """The classifier shipped in newsevents/data/event_model, or None (logged) where it is missing."""
    return model_files.load(MODEL_DIR, from_arrays, "event classifier", "typing uses rules only")
