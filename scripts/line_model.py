"""Shared pieces of the line model's training: corpora, labels, logistic regression.

The features come from the parser itself (`lede-bench features`), the labels from the corpus
truth through ../shared/tools/label_lines.py, so nothing here re-implements the parser.
"""
import json
import math
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared')
sys.path.insert(0, os.path.join(SHARED, 'tools'))
import label_lines  # noqa: E402  (the corpus's own labeller)

CORPORA = ['real', 'readability', 'newspaper']


def corpus_dir(name):
    return os.path.join(SHARED, 'corpus', name)


def pages(name):
    """[(page id, path, truth)] of a corpus, in sorted id order."""
    folder = corpus_dir(name)
    with open(os.path.join(folder, 'truth.json'), encoding='utf-8') as f:
        truth = json.load(f)
    out = []
    for pid in sorted(truth):
        path = os.path.join(folder, pid + '.txt')
        if os.path.exists(path):
            out.append((pid, path, truth[pid]))
    return out


def run_json_lines(command, env=None):
    """Runs a command that prints a header object then one JSON object per line."""
    output = subprocess.run(command, check=True, capture_output=True, env=env).stdout.decode('utf-8')
    rows = [json.loads(line) for line in output.splitlines() if line]
    return rows[0], rows[1:]


def labels(path, truth):
    """{0-based line number: 'headline' | 'body' | 'other'} for the page's non-blank lines,
    split on '\\n' as the parser splits (other line separators become spaces)."""
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read().split('\n')
    clean = [''.join(' ' if (c + 'x').splitlines()[0] != c + 'x' else c for c in line) for line in raw]
    text = '\n'.join(clean)
    return {no - 1: label for no, _, label in label_lines.label_page(text, truth.get('title', ''), truth.get('body', ''))}


def fit_logistic(x, y, l2=1.0, iterations=50, weights=None):
    """L2-regularised logistic regression by Newton's method: deterministic, no random start.
    The bias (column 0) is not regularised."""
    n, d = x.shape
    w = np.zeros(d)
    sample = np.ones(n) if weights is None else weights
    penalty = np.full(d, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        gradient = x.T @ (sample * (p - y)) + penalty * w
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(d)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def fit_softmax(groups, l2=1.0, iterations=100):
    """L2-regularised conditional logit by Newton's method: per page, a softmax over its
    candidates, fitted so that the true headline gets the page's probability. It trains what
    the reader does (take the best-scoring candidate of each page), where plain logistic
    regression over all candidates weighs pages with many candidates more. Deterministic.
    `groups` is [(rows, 0/1 targets)], one per page with at least one target; the bias
    (column 0) cancels in a softmax and stays 0."""
    d = groups[0][0].shape[1]
    w = np.zeros(d)
    penalty = np.full(d, l2)
    for _ in range(iterations):
        gradient = penalty * w
        hessian = np.diag(penalty) + 1e-9 * np.eye(d)
        for x, y in groups:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = x.T @ p
            gradient += x.T @ (p - y / y.sum())
            hessian += (x * p[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def swift_array(values):
    return ', '.join('%.6f' % v if abs(v) >= 1e-6 else '0' for v in values)


def rounded(values):
    """Weights as written to Swift: what the reader will use, so evaluation uses it too."""
    return np.array([float('%.6f' % v) for v in values])


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))
