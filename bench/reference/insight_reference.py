#!/usr/bin/python3
"""scikit-learn reference for the Chorus insight benchmark (issue 6).

Reads the pxtextmining v6 file, maps it to v7 exactly as src/insight/framework.ts does, and for each split file
written by bench/insight.ts fits:
  * themes: TF-IDF (word 1-2-grams, sublinear tf, min_df=2, punctuation and digits removed) + one-vs-rest
    LinearSVC(class_weight="balanced"); a row with no positive decision gets its top-scoring label;
  * sentiment: the same TF-IDF + 3-class LogisticRegression.
Writes predictions (so the benchmark scores both models with the same metric code) plus scikit-learn's own
micro/macro-F1 and accuracy as a cross-check. Uses Debian's python3-sklearn and python3-pandas; installs nothing.

Usage: /usr/bin/python3 insight_reference.py --data v6framework_230831.csv --splits DIR --out results.json
"""
import argparse
import json
import re
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import LinearSVC

V7 = [
    "Positive experience & gratitude", "Organisation & efficiency", "Funding & use of financial resources",
    "Feeling safe", "Labelling not possible", "Staff manner & personal attributes", "Competence & training",
    "Staffing levels & responsiveness", "Contacting services", "Appointment arrangements", "Appointment method",
    "Timeliness of care", "Unspecified communication", "Staff listening, understanding & involving patients",
    "Information directly from staff during care", "Information provision & guidance",
    "Being kept informed, clarity & consistency of information", "Interaction with family/ carers",
    "Mental Health Act", "Continuity of care", "Discharge", "Supplying & understanding medication",
    "Pain management", "Activities & access to fresh air", "Electronic entertainment",
    "Cleanliness, tidiness & infection control", "Sensory experience", "Environment, facilities & equipment",
    "Food & drink provision & facilities", "Service location", "Transport to/ from services", "Parking",
]
MERGES = {
    "Staffing levels & responsiveness": ["Number & deployment of staff", "Staff responsiveness"],
    "Continuity of care": ["Staff continuity", "Referals & continuity of care"],
    "Environment, facilities & equipment": ["Environment & Facilities", "Provision of medical equipment"],
}
SENTIMENT = {"1": 0, "2": 0, "3": 1, "4": 2, "5": 2}


def clean(text):
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z]+", " ", text)


def load(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    y = np.zeros((len(df), len(V7)), dtype=int)
    for j, name in enumerate(V7):
        for col in MERGES.get(name, [name]):
            y[:, j] |= (df[col].str.strip() == "1").to_numpy()
    text = df["FFT answer"].str.strip()
    keep = (text != "") & (y.sum(axis=1) > 0)
    df = df[keep].reset_index(drop=True)
    return df, y[keep.to_numpy()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--splits", required=True)
    ap.add_argument("--seeds", default="42,7,123")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    df, y = load(args.data)
    index = {cid: i for i, cid in enumerate(df["Comment ID"])}
    sentiment = df["Comment sentiment"].str.strip().map(SENTIMENT)
    results = {"sklearn": sklearn.__version__, "rows": len(df), "seeds": {}}
    for seed in [int(s) for s in args.seeds.split(",")]:
        with open(f"{args.splits}/split-{seed}.json") as fh:
            split = json.load(fh)
        tr = np.array([index[c] for c in split["train"]])
        te = np.array([index[c] for c in split["test"]])
        texts = df["FFT answer"].map(clean).to_numpy()
        t0 = time.perf_counter()
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
        xtr = vec.fit_transform(texts[tr])
        xte = vec.transform(texts[te])
        clf = OneVsRestClassifier(LinearSVC(class_weight="balanced"), n_jobs=1)
        # A label with no positive training row cannot be fitted; predict it as never present.
        present = y[tr].sum(axis=0) > 0
        clf.fit(xtr, y[tr][:, present])
        dec = np.full((len(te), len(V7)), -1e9)
        dec[:, present] = clf.decision_function(xte)
        pred = (dec > 0).astype(int)
        for i in np.where(pred.sum(axis=1) == 0)[0]:
            pred[i, int(np.argmax(dec[i]))] = 1
        t1 = time.perf_counter()
        s_tr = tr[sentiment.iloc[tr].notna().to_numpy()]
        s_te = te[sentiment.iloc[te].notna().to_numpy()]
        lr = LogisticRegression(max_iter=1000)
        lr.fit(vec.transform(texts[s_tr]), sentiment.iloc[s_tr].astype(int))
        s_pred = lr.predict(vec.transform(texts[s_te]))
        t2 = time.perf_counter()
        results["seeds"][str(seed)] = {
            "test": list(split["test"]),
            "themes": [[int(j) for j in np.where(row)[0]] for row in pred],
            "sentimentIds": [df["Comment ID"].iloc[i] for i in s_te],
            "sentiment": [int(v) for v in s_pred],
            "seconds": {"themes": t1 - t0, "sentiment": t2 - t1},
            "selfReported": {
                "microF1": f1_score(y[te], pred, average="micro", zero_division=0),
                "macroF1": f1_score(y[te], pred, average="macro", zero_division=0),
                "sentimentAccuracy": accuracy_score(sentiment.iloc[s_te].astype(int), s_pred),
            },
        }
    with open(args.out, "w") as fh:
        json.dump(results, fh)


if __name__ == "__main__":
    main()
