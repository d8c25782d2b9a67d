"""What a user's turn asks for, learned from labelled utterances rather than written as keyword rules.

Two linear (softmax) classifiers read each utterance, one over hashed word and character n-grams
(typos, any script, no model needed) and one over the multilingual sentence embedding the search
already computes (paraphrases and languages the n-grams never saw). Each predicts the intent and
the mode (affirm / negated / hypothetical / doubtful); their probabilities are averaged.

Both are trained by `bench/train_intents.py` from `shopagent/data/utterances/train.jsonl` and
shipped as `shopagent/data/intent_model.npz`; the held-out set in `bench/eval/` is never trained on.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

INTENTS = (
    "search", "refine", "ask_results", "compare", "reviews", "detail", "cart_add", "cart_remove",
    "cart_set_quantity", "cart_clear", "view_cart", "checkout", "list_orders", "watch_create",
    "watch_remove", "list_watches", "plan", "social", "other",
)  # fmt: skip
MODES = ("affirm", "negated", "hypothetical", "doubtful")
HASH_DIM = 1 << 15
MODEL_FILE = "intent_model.npz"

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    return " ".join(text.split())


def _features(text: str) -> dict[int, float]:
    """Hashed counts of words, word pairs and character 2-4-grams (CJK characters count as words)."""
    norm = normalise(text)
    words: list[str] = []
    for token in _WORD.findall(norm):
        if _CJK.search(token):
            words.extend(token)  # CJK text has no spaces: every character is a unit
        else:
            words.append("<num>" if token.isdigit() else token)
    feats: dict[int, float] = {}

    def add(key: str, weight: float = 1.0) -> None:
        h = zlib.crc32(key.encode("utf-8")) % HASH_DIM
        feats[h] = feats.get(h, 0.0) + weight

    for i, w in enumerate(words):
        add("w:" + w)
        if i + 1 < len(words):
            add("b:" + w + " " + words[i + 1])
    for w in words:
        padded = f" {w} "
        for n in (2, 3, 4):
            for j in range(len(padded) - n + 1):
                add(f"c{n}:" + padded[j : j + n], 0.5)
    if "?" in text or "？" in text:
        add("p:?")
    if not words:
        add("empty")
    return feats


def featurize(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR-like arrays (row pointers, column indices, values), each row L2-normalised."""
    indptr = [0]
    cols: list[int] = []
    vals: list[float] = []
    for text in texts:
        feats = _features(text)
        norm = float(np.sqrt(sum(v * v for v in feats.values()))) or 1.0
        for k, v in feats.items():
            cols.append(k)
            vals.append(v / norm)
        indptr.append(len(cols))
    return np.asarray(indptr, np.int64), np.asarray(cols, np.int64), np.asarray(vals, np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Prediction:
    intent: str
    intent_p: float
    mode: str
    mode_p: float
    intents: dict[str, float]  # every intent's probability
    layers: str  # which classifiers spoke: "ngram", "ngram+embedding"


class IntentModel:
    """The shipped classifiers: n-gram heads always, embedding heads when the embedder matches."""

    def __init__(self, arrays: dict[str, np.ndarray]):
        self.ngram_intent_w = arrays["ngram_intent_w"].astype(np.float32)
        self.ngram_intent_b = arrays["ngram_intent_b"].astype(np.float32)
        self.ngram_mode_w = arrays["ngram_mode_w"].astype(np.float32)
        self.ngram_mode_b = arrays["ngram_mode_b"].astype(np.float32)
        self.emb_intent_w = arrays.get("emb_intent_w")
        self.emb_intent_b = arrays.get("emb_intent_b")
        self.emb_mode_w = arrays.get("emb_mode_w")
        self.emb_mode_b = arrays.get("emb_mode_b")
        identity = arrays.get("embedder_identity")
        self.embedder_identity = str(identity) if identity is not None else None
        self.emb_weight = float(arrays.get("emb_weight", 0.5))

    def ngram_logits(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        feats = _features(text)
        norm = float(np.sqrt(sum(v * v for v in feats.values()))) or 1.0
        idx = np.fromiter(feats.keys(), np.int64)
        val = np.fromiter(feats.values(), np.float32) / norm
        intent = val @ self.ngram_intent_w[idx] + self.ngram_intent_b
        mode = val @ self.ngram_mode_w[idx] + self.ngram_mode_b
        return intent, mode

    def has_embedding_layer(self) -> bool:
        return self.emb_intent_w is not None

    def predict(self, text: str, vector: np.ndarray | None = None) -> Prediction:
        intent_l, mode_l = self.ngram_logits(text)
        p_intent, p_mode = _softmax(intent_l), _softmax(mode_l)
        layers = "ngram"
        if vector is not None and self.emb_intent_w is not None:
            v = np.asarray(vector, np.float32)
            e_intent = _softmax(v @ self.emb_intent_w + self.emb_intent_b)
            e_mode = _softmax(v @ self.emb_mode_w + self.emb_mode_b)
            a = self.emb_weight
            p_intent = (1 - a) * p_intent + a * e_intent
            p_mode = (1 - a) * p_mode + a * e_mode
            layers = "ngram+embedding"
        i, m = int(np.argmax(p_intent)), int(np.argmax(p_mode))
        return Prediction(
            intent=INTENTS[i],
            intent_p=float(p_intent[i]),
            mode=MODES[m],
            mode_p=float(p_mode[m]),
            intents={name: float(p) for name, p in zip(INTENTS, p_intent, strict=True)},
            layers=layers,
        )


@lru_cache(maxsize=1)
def load_intent_model() -> IntentModel:
    with resources.files("shopagent.data").joinpath(MODEL_FILE).open("rb") as fh:
        data = np.load(fh, allow_pickle=False)
        return IntentModel({k: data[k] for k in data.files})


# -- training (used by bench/train_intents.py and the tests; numpy only) --------------------------------


def train_softmax(
    rows: tuple[np.ndarray, np.ndarray, np.ndarray] | np.ndarray,
    labels: np.ndarray,
    n_classes: int,
    *,
    dim: int = HASH_DIM,
    epochs: int = 30,
    lr: float = 0.5,
    l2: float = 1e-5,
    seed: int = 0,
    class_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by mini-batch gradient descent (Adagrad). `rows` is either the
    sparse triple from `featurize` or a dense matrix (embeddings)."""
    rng = np.random.default_rng(seed)
    dense = isinstance(rows, np.ndarray)
    n = rows.shape[0] if dense else len(rows[0]) - 1
    d = rows.shape[1] if dense else dim
    w = np.zeros((d, n_classes), np.float32)
    b = np.zeros(n_classes, np.float32)
    gw_acc = np.full((d, n_classes), 1e-8, np.float32)
    gb_acc = np.full(n_classes, 1e-8, np.float32)
    onehot = np.eye(n_classes, dtype=np.float32)[labels]
    weights = class_weight[labels] if class_weight is not None else np.ones(n, np.float32)
    batch = 64
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            ids = order[start : start + batch]
            if dense:
                x = rows[ids]
                grad_out = (_softmax(x @ w + b) - onehot[ids]) * weights[ids, None]
                gw = x.T @ grad_out / len(ids) + l2 * w
                gb = grad_out.mean(axis=0)
                gw_acc += gw * gw
                w -= lr * gw / np.sqrt(gw_acc)
            else:
                indptr, cols, vals = rows
                logits = np.tile(b, (len(ids), 1))
                for r, i in enumerate(ids):
                    s, e = indptr[i], indptr[i + 1]
                    logits[r] += vals[s:e] @ w[cols[s:e]]
                grad_out = (_softmax(logits) - onehot[ids]) * weights[ids, None] / len(ids)
                gb = grad_out.sum(axis=0)
                for r, i in enumerate(ids):
                    s, e = indptr[i], indptr[i + 1]
                    c = cols[s:e]
                    g = np.outer(vals[s:e], grad_out[r]) + l2 * w[c]
                    gw_acc[c] += g * g
                    w[c] -= lr * g / np.sqrt(gw_acc[c])
            gb_acc += gb * gb
            b -= lr * gb / np.sqrt(gb_acc)
    return w, b


def save_model(path: Any, **arrays: Any) -> None:
    np.savez_compressed(path, **arrays)
