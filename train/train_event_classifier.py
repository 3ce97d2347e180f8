"""Train the PLOVER type classifier on the NGEC synthetic stories plus hand-written sentences; write numpy arrays.

Run from the repository root:

    python train/train_event_classifier.py [--data ../shared/data] [--out src/newsevents/data/event_model]

The split is fixed: a story goes to the held-out 20% when the SHA-1 of its title template (the prompt
title with {country} slots, shared by up to 24 stories) falls in the last fifth of the hash space, so
no held-out story shares a template with a training story. Seeds are fixed; the run takes about a minute.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import logging
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents.extract.classifier import features  # noqa: E402

log = logging.getLogger("train_event_classifier")

SYNTHETIC = "ngec-synthetic/gpt_synthetic_events_2023-10-19.csv.zip"
VERSION = "tfidf-logreg/0.1"
MIN_DF = 3
C = 5.0
SEED = 13

# Short news-style sentences written for this project (not from any corpus), to teach the model the
# sentence register the rules hand it; they are training data only, never evaluation data.
WRITTEN: list[tuple[str, str]] = [
    ("Gunmen opened fire on a police checkpoint, killing two officers.", "ASSAULT"),
    ("A roadside bomb struck an army convoy near the border.", "ASSAULT"),
    ("Militants stormed a hotel and took dozens of guests hostage.", "ASSAULT"),
    ("Rebels shelled the town overnight, residents said.", "ASSAULT"),
    ("A suicide bomber blew himself up at a crowded market.", "ASSAULT"),
    ("Fighters clashed with troops on the outskirts of the city.", "ASSAULT"),
    ("Police arrested 14 people suspected of planning the attack.", "COERCE"),
    ("Security forces detained the opposition leader at his home.", "COERCE"),
    ("The government imposed a curfew on the capital.", "COERCE"),
    ("Authorities banned the newspaper and blocked its website.", "COERCE"),
    ("Militants stole three cars and seized a school.", "COERCE"),
    ("The group threatened to kill the hostages unless its demands were met.", "THREATEN"),
    ("The militant leader vowed to bring war to the capital.", "THREATEN"),
    ("The minister warned that the army would respond with force.", "THREATEN"),
    ("We will free our land and drive them out, the fighter said.", "THREATEN"),
    ("The army deployed thousands of troops to the border region.", "MOBILIZE"),
    ("Hundreds of young men traveled abroad to join the militant group.", "MOBILIZE"),
    ("The rebels mobilised fighters ahead of the offensive.", "MOBILIZE"),
    ("Police were put on high alert across the country.", "MOBILIZE"),
    ("The militants declared allegiance to the Islamic State.", "SUPPORT"),
    ("The president praised the security forces for their work.", "SUPPORT"),
    ("The two countries signed a defence agreement on Tuesday.", "SUPPORT"),
    ("The party endorsed the candidate for the presidency.", "SUPPORT"),
    ("The rebels agreed to hold talks with the government next month.", "AGREE"),
    ("Both sides promised to respect a ceasefire.", "AGREE"),
    ("The government offered to negotiate with the protesters.", "AGREE"),
    ("The minister condemned the attack as cowardly.", "ACCUSE"),
    ("The government blamed the rebels for the bombing.", "ACCUSE"),
    ("Prosecutors charged the man with terrorism offences.", "ACCUSE"),
    ("Police are investigating the killing of the journalist.", "ACCUSE"),
    ("The rebels rejected the peace proposal.", "REJECT"),
    ("The government denied any role in the attack.", "REJECT"),
    ("The president refused to resign.", "REJECT"),
    ("Thousands of protesters marched through the capital.", "PROTEST"),
    ("Workers went on strike to demand higher pay.", "PROTEST"),
    ("Rioters set cars on fire and clashed with police.", "PROTEST"),
    ("Demonstrators gathered outside parliament to denounce the law.", "PROTEST"),
    ("The opposition called for the release of political prisoners.", "REQUEST"),
    ("The United Nations urged both sides to stop fighting.", "REQUEST"),
    ("The mayor asked the government for more police.", "REQUEST"),
    ("The foreign ministers met in Geneva to discuss the crisis.", "CONSULT"),
    ("The president visited the region and spoke with local leaders.", "CONSULT"),
    ("The two leaders spoke by phone about the conflict.", "CONSULT"),
    ("The two armies held joint exercises near the coast.", "COOPERATE"),
    ("The police forces agreed to share intelligence and began joint patrols.", "COOPERATE"),
    ("The country sent food and medicine to the flood victims.", "AID"),
    ("The government provided weapons and training to the militia.", "AID"),
    ("The rebels withdrew from the town after the talks.", "RETREAT"),
    ("The kidnappers released the three aid workers.", "RETREAT"),
    ("The minister resigned after the scandal.", "RETREAT"),
    ("The government lifted the state of emergency.", "CONCEDE"),
    ("The president pardoned the jailed protesters.", "CONCEDE"),
    ("The court sentenced the militant to 20 years in prison.", "SANCTION"),
    ("The union imposed sanctions on the country's leaders.", "SANCTION"),
    ("The country expelled two diplomats and cut ties.", "SANCTION"),
]


def template_key(title: str) -> int:
    """The bucket (0-4) of a story's title template; bucket 4 is held out."""
    return int(hashlib.sha1(title.encode("utf-8")).hexdigest(), 16) % 5


def read_synthetic(data: Path) -> list[dict[str, str]]:
    """The synthetic stories as dicts (text, title, label)."""
    with zipfile.ZipFile(data / SYNTHETIC) as z:
        name = z.namelist()[0]
        with z.open(name) as fh:
            return list(csv.DictReader(io.TextIOWrapper(fh, "utf-8")))


def split(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The fixed train / held-out split by title template."""
    train = [r for r in rows if template_key(r["title"]) != 4]
    test = [r for r in rows if template_key(r["title"]) == 4]
    return train, test


def build_vocab(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """N-grams seen in at least MIN_DF training texts, and their smoothed idf."""
    df: dict[str, int] = {}
    for t in texts:
        for g in features(t):
            df[g] = df.get(g, 0) + 1
    vocab = sorted(g for g, n in df.items() if n >= MIN_DF)
    n = len(texts)
    idf = np.array([np.log((1 + n) / (1 + df[g])) + 1.0 for g in vocab])
    return vocab, idf


def matrix(texts: list[str], index: dict[str, int], idf: np.ndarray) -> sparse.csr_matrix:
    """Sub-linear TF-IDF rows, L2-normalised (the same computation as EventClassifier.vector)."""
    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        feats = [(index[g], (1.0 + np.log(c)) * idf[index[g]]) for g, c in features(t).items() if g in index]
        if not feats:
            continue
        norm = np.sqrt(sum(v * v for _, v in feats))
        for j, v in feats:
            rows.append(i)
            cols.append(j)
            vals.append(v / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(index)))


def spacy_vectors(texts: list[str]) -> np.ndarray:
    """Mean word vectors of en_core_web_md (tokenizer only), for the comparison run."""
    from newsevents.nlp import load

    nlp = load(with_ruler=False)
    return np.vstack([nlp.make_doc(t).vector for t in texts])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsevents" / "data" / "event_model")
    parser.add_argument("--compare-vectors", action="store_true", help="also score a doc.vector model")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    t0 = time.time()
    rows = read_synthetic(args.data)
    train, test = split(rows)
    labels = sorted({r["label"] for r in rows})
    train_texts = [r["text"] for r in train] + [s for s, _ in WRITTEN]
    train_y = [r["label"] for r in train] + [lab for _, lab in WRITTEN]
    test_texts, test_y = [r["text"] for r in test], [r["label"] for r in test]
    log.info("stories: %d train (+%d written sentences), %d held out (%d templates)",
             len(train), len(WRITTEN), len(test), len({r["title"] for r in test}))
    if args.compare_vectors:
        vec_model = LogisticRegression(C=C, max_iter=3000, random_state=SEED, class_weight="balanced")
        vec_model.fit(spacy_vectors(train_texts), train_y)
        vpred = vec_model.predict(spacy_vectors(test_texts))
        log.info("doc.vector logistic regression: held-out macro-F1 %.3f", f1_score(test_y, vpred, average="macro"))
    vocab, idf = build_vocab(train_texts)
    index = {g: i for i, g in enumerate(vocab)}
    x_train, x_test = matrix(train_texts, index, idf), matrix(test_texts, index, idf)
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED, class_weight="balanced")
    model.fit(x_train, train_y)
    pred = model.predict(x_test)
    macro = f1_score(test_y, pred, average="macro")
    log.info("tf-idf logistic regression: held-out macro-F1 %.3f (%d features)", macro, len(vocab))
    assert list(model.classes_) == labels, "label order changed"
    args.out.mkdir(parents=True, exist_ok=True)
    # keep only features with a non-negligible weight for some label (smaller file, same predictions)
    keep = np.where(np.abs(model.coef_).max(axis=0) >= 0.1)[0]
    np.savez_compressed(args.out / "weights.npz", idf=idf[keep].astype(np.float32),
                        coef=model.coef_[:, keep].astype(np.float32),
                        intercept=model.intercept_.astype(np.float32))
    meta = {"version": VERSION, "labels": labels, "vocabulary": [vocab[i] for i in keep],
            "trained_on": SYNTHETIC, "written_sentences": len(WRITTEN), "split": "sha1(title) % 5 == 4 held out",
            "min_df": MIN_DF, "C": C, "seed": SEED, "held_out_macro_f1": round(float(macro), 4)}
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    log.info("wrote %s (%d features kept) in %.0f s", args.out, len(keep), time.time() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
