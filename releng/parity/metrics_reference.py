#!/usr/bin/python3
"""Reference values of the classification metrics in org.osteon.evaluation (MetricsReferenceTest).

Runs scikit-learn's cohen_kappa_score, roc_auc_score, accuracy_score, recall_score and confusion_matrix
on the fixed label/score sets below (the same arrays are written in the Java test) and prints the values
as Java constants. Needs Debian's python3-sklearn at /usr/bin/python3; nothing is downloaded.

    /usr/bin/python3 releng/parity/metrics_reference.py
"""
import sklearn
from sklearn.metrics import (accuracy_score, cohen_kappa_score, confusion_matrix, recall_score,
                             roc_auc_score)

# binary: 30 samples, scores on a 0.1 grid so that many scores tie, some across classes
LABELS = [0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0]
SCORES = [0.1, 0.4, 0.35, 0.8, 0.5, 0.5, 0.2, 0.9, 0.6, 0.6, 0.3, 0.7, 0.5, 0.2, 0.1, 0.7, 0.4, 0.95,
          0.0, 0.6, 0.3, 0.5, 0.8, 0.9, 0.2, 0.55, 0.45, 0.3, 1.0, 0.65]
# three classes, for kappa beyond the binary case and one-vs-rest AUROC
LABELS3 = [0, 1, 2, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1, 2, 0]
PROBS3 = [[0.7, 0.2, 0.1], [0.2, 0.5, 0.3], [0.1, 0.3, 0.6], [0.3, 0.3, 0.4], [0.4, 0.4, 0.2],
          [0.5, 0.25, 0.25], [0.2, 0.5, 0.3], [0.2, 0.2, 0.6], [0.1, 0.8, 0.1], [0.3, 0.2, 0.5],
          [0.6, 0.2, 0.2], [0.6, 0.3, 0.1], [0.2, 0.6, 0.2], [0.1, 0.1, 0.8], [0.4, 0.3, 0.3]]


def argmax_first(row):
    best = 0
    for c in range(1, len(row)):
        if row[c] > row[best]:
            best = c
    return best


def main():
    pred = [1 if s > 0.5 else 0 for s in SCORES]
    pred3 = [argmax_first(r) for r in PROBS3]
    print("// scikit-learn", sklearn.__version__)
    print("static final double SK_KAPPA = %r;" % cohen_kappa_score(LABELS, pred))
    print("static final double SK_AUROC = %r;" % roc_auc_score(LABELS, SCORES))
    print("static final double SK_ACCURACY = %r;" % accuracy_score(LABELS, pred))
    print("static final double SK_SENSITIVITY = %r;" % recall_score(LABELS, pred, pos_label=1))
    print("static final double SK_SPECIFICITY = %r;" % recall_score(LABELS, pred, pos_label=0))
    print("static final long[][] SK_CONFUSION = %s;" % str(confusion_matrix(LABELS, pred).tolist())
          .replace("[", "{").replace("]", "}"))
    print("static final double SK_KAPPA3 = %r;" % cohen_kappa_score(LABELS3, pred3))
    print("static final double SK_AUROC3 = %r;" % roc_auc_score(LABELS3, PROBS3, multi_class="ovr",
                                                                 average="macro"))


if __name__ == "__main__":
    main()
