#!/usr/bin/env python3
"""Build the LLMoin TEST sentence encoder (tiny BERT) in transformers.js layout.

This is a test fixture, not a real embedding model: it exists so that the real
inference code (transformers.js `feature-extraction` pipeline) can run in tests
without any network. Its embeddings are NOT meaningful for real retrieval.

Steps (all deterministic, fixed seeds, CPU only):
  1. read the project-owned German sentences in training-data/de-admin-sentences.txt
  2. build a WordPiece vocabulary deterministically (lowercase, accents NOT stripped:
     ä ö ü ß survive)
  3. train a ~0.8 M parameter BERT briefly with masked-LM, then a short
     unsupervised SimCSE (dropout) contrastive phase on mean-pooled embeddings
  4. export the encoder to ONNX (inputs input_ids, attention_mask, token_type_ids;
     output last_hidden_state) plus an int8 dynamically quantised variant
  5. check ONNX Runtime against PyTorch, write reference.json, README.md with sha256s

Usage (from the repository root):
  python3 -m venv .venv && .venv/bin/pip install -r models/requirements-build.txt
  .venv/bin/python models/build-test-encoder.py            # writes models/test-encoder/
Options: --out DIR (default models/test-encoder), see --help. BUILD_THREADS=N sets torch's
thread count (default 1: on a busy 2-core machine more threads were several times slower).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

SEED = 1234
HERE = Path(__file__).resolve().parent
DATA = HERE / "training-data" / "de-admin-sentences.txt"

VOCAB_SIZE = 4000
HIDDEN = 128
LAYERS = 2
HEADS = 2
INTERMEDIATE = 256
MAX_POS = 128
MAX_LEN = 64

MLM_STEPS = 1500
SIMCSE_STEPS = 300
BATCH = 32

REFERENCE_SENTENCES = [
    "Wie beantrage ich einen neuen Personalausweis?",
    "Gegen den Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.",
    "Die Gebühr für die Baugenehmigung richtet sich nach den Baukosten; Straße, Größe, Übergabe.",
]

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def read_sentences() -> list[str]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.lstrip().startswith("#")]


def build_wordpiece_vocab(words: Counter) -> list[str]:
    """Deterministic WordPiece vocabulary (the `tokenizers` WordPieceTrainer breaks ties in
    hash-map order, so its vocabulary changes from run to run).

    specials, then every character seen (word-initial and `##` continuation), then every
    word of the corpus by frequency, then the most frequent word-initial prefixes and `##`
    suffixes (2-8 characters; counted over word frequencies) until VOCAB_SIZE is reached.
    Ties are broken alphabetically.
    """
    vocab: list[str] = list(SPECIAL)
    seen = set(vocab)

    def add(tokens):
        for t in tokens:
            if len(vocab) >= VOCAB_SIZE:
                return
            if t not in seen:
                seen.add(t)
                vocab.append(t)

    chars = sorted({ch for w in words for ch in w})
    add(chars)
    add("##" + ch for ch in chars)
    add(w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
    pieces: Counter = Counter()
    for w, f in words.items():
        for k in range(2, min(8, len(w) - 1) + 1):
            pieces[w[:k]] += f
            pieces["##" + w[-k:]] += f
    add(t for t, _ in sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0])))
    return vocab


def train_tokenizer(sentences: list[str]):
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True
    )
    pre = pre_tokenizers.BertPreTokenizer()
    words = Counter(w for s in sentences for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(s)))
    vocab = build_wordpiece_vocab(words)
    tok = Tokenizer(
        models.WordPiece({t: i for i, t in enumerate(vocab)}, unk_token="[UNK]", max_input_chars_per_word=100)
    )
    tok.normalizer = normalizer
    tok.pre_tokenizer = pre
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS]:0 $A:0 [SEP]:0",
        pair="[CLS]:0 $A:0 [SEP]:0 $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    tok.decoder = decoders.WordPiece(prefix="##")
    return tok


def encode_batch(tok, texts: list[str]):
    encs = [tok.encode(t) for t in texts]
    ids = [e.ids[:MAX_LEN] for e in encs]
    if any(len(e.ids) > MAX_LEN for e in encs):
        for i in ids:
            i[-1] = tok.token_to_id("[SEP]")
    L = max(len(i) for i in ids)
    input_ids = torch.zeros(len(ids), L, dtype=torch.long)
    attn = torch.zeros(len(ids), L, dtype=torch.long)
    for r, i in enumerate(ids):
        input_ids[r, : len(i)] = torch.tensor(i)
        attn[r, : len(i)] = 1
    return input_ids, attn, torch.zeros_like(input_ids)


def mean_pool(hidden: torch.Tensor, attn: torch.Tensor) -> torch.Tensor:
    m = attn.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def mask_tokens(input_ids, attn, vocab_size, mask_id, gen):
    labels = input_ids.clone()
    special = (input_ids < len(SPECIAL)) | (attn == 0)
    prob = torch.rand(input_ids.shape, generator=gen)
    sel = (prob < 0.15) & ~special
    labels[~sel] = -100
    out = input_ids.clone()
    r = torch.rand(input_ids.shape, generator=gen)
    out[sel & (r < 0.8)] = mask_id
    rnd = sel & (r >= 0.8) & (r < 0.9)
    out[rnd] = torch.randint(len(SPECIAL), vocab_size, input_ids.shape, generator=gen)[rnd]
    return out, labels


def sha256(p: Path) -> str:
    h = hashlib.sha256()
    h.update(p.read_bytes())
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE / "test-encoder"))
    ap.add_argument("--mlm-steps", type=int, default=MLM_STEPS)
    ap.add_argument("--simcse-steps", type=int, default=SIMCSE_STEPS)
    args = ap.parse_args()
    out = Path(args.out)

    torch.set_num_threads(int(os.environ.get("BUILD_THREADS", "1")))
    seed_everything(SEED)
    from transformers import BertConfig, BertForMaskedLM

    sentences = read_sentences()
    print(f"sentences: {len(sentences)}")
    tok = train_tokenizer(sentences)
    vocab_size = tok.get_vocab_size()
    print(f"vocab: {vocab_size}")
    mask_id = tok.token_to_id("[MASK]")

    config = BertConfig(
        vocab_size=vocab_size,
        hidden_size=HIDDEN,
        num_hidden_layers=LAYERS,
        num_attention_heads=HEADS,
        intermediate_size=INTERMEDIATE,
        max_position_embeddings=MAX_POS,
        type_vocab_size=2,
        pad_token_id=0,
        hidden_dropout_prob=0.1,
        attention_probs_dropout_prob=0.1,
    )
    model = BertForMaskedLM._from_config(config, attn_implementation="eager")
    n_params = sum(p.numel() for p in model.bert.parameters())
    print(f"encoder parameters: {n_params}")

    gen = torch.Generator().manual_seed(SEED)
    order = list(range(len(sentences)))
    rng = random.Random(SEED)

    def batches():
        while True:
            rng.shuffle(order)
            for i in range(0, len(order) - BATCH + 1, BATCH):
                yield [sentences[j] for j in order[i : i + BATCH]]

    it = batches()
    t0 = time.time()
    # --- phase 1: masked LM
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1e-3, total_steps=args.mlm_steps, pct_start=0.1)
    model.train()
    for step in range(1, args.mlm_steps + 1):
        ids, attn, tt = encode_batch(tok, next(it))
        mids, labels = mask_tokens(ids, attn, vocab_size, mask_id, gen)
        loss = model(input_ids=mids, attention_mask=attn, token_type_ids=tt, labels=labels).loss
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0 or step == 1:
            print(f"mlm step {step} loss {loss.item():.3f} ({time.time() - t0:.0f}s)", flush=True)
    # --- phase 2: unsupervised SimCSE on the encoder (dropout as augmentation)
    enc = model.bert
    opt = torch.optim.AdamW(enc.parameters(), lr=3e-4)
    for step in range(1, args.simcse_steps + 1):
        ids, attn, tt = encode_batch(tok, next(it))
        a = mean_pool(enc(input_ids=ids, attention_mask=attn, token_type_ids=tt).last_hidden_state, attn)
        b = mean_pool(enc(input_ids=ids, attention_mask=attn, token_type_ids=tt).last_hidden_state, attn)
        sim = F.normalize(a, dim=-1) @ F.normalize(b, dim=-1).T / 0.05
        loss = F.cross_entropy(sim, torch.arange(sim.shape[0]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 100 == 0 or step == 1:
            print(f"simcse step {step} loss {loss.item():.3f} ({time.time() - t0:.0f}s)", flush=True)
    train_s = time.time() - t0
    print(f"training took {train_s:.0f}s")

    enc.eval()
    if out.exists():
        shutil.rmtree(out)
    (out / "onnx").mkdir(parents=True)

    # --- tokenizer files (written by hand: transformers.js needs a known tokenizer_class)
    tok.save(str(out / "tokenizer.json"))
    tok_json = json.loads((out / "tokenizer.json").read_text(encoding="utf-8"))
    tok_json["truncation"] = None
    tok_json["padding"] = None
    (out / "tokenizer.json").write_text(json.dumps(tok_json, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    special_map = {
        "unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]", "cls_token": "[CLS]", "mask_token": "[MASK]",
    }
    tok_cfg = {
        "tokenizer_class": "BertTokenizer",
        "do_lower_case": True,
        "strip_accents": False,
        "tokenize_chinese_chars": True,
        "clean_up_tokenization_spaces": True,
        "model_max_length": MAX_POS,
        "model_input_names": ["input_ids", "token_type_ids", "attention_mask"],
        **special_map,
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tok_cfg, indent=2) + "\n", encoding="utf-8")
    (out / "special_tokens_map.json").write_text(json.dumps(special_map, indent=2) + "\n", encoding="utf-8")

    cfg = enc.config.to_dict()
    cfg["architectures"] = ["BertModel"]
    cfg["model_type"] = "bert"
    for k in ["_attn_implementation_autoset", "_name_or_path", "_attn_implementation", "transformers_version", "dtype", "torch_dtype"]:
        cfg.pop(k, None)
    cfg["torch_dtype"] = "float32"
    cfg["transformers.js_config"] = {"dtype": "fp32"}
    (out / "config.json").write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    # --- ONNX export
    class Wrapper(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            # Build the additive 4D mask here: transformers' own mask helper takes Python
            # branches on shapes that the TorchScript tracer would freeze as constants.
            ext = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min
            return self.m(input_ids=input_ids, attention_mask=ext, token_type_ids=token_type_ids).last_hidden_state

    ids, attn, tt = encode_batch(tok, REFERENCE_SENTENCES[:2])
    onnx_path = out / "onnx" / "model.onnx"
    torch.onnx.export(
        Wrapper(enc).eval(), (ids, attn, tt), str(onnx_path),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={
            "input_ids": {0: "batch_size", 1: "sequence_length"},
            "attention_mask": {0: "batch_size", 1: "sequence_length"},
            "token_type_ids": {0: "batch_size", 1: "sequence_length"},
            "last_hidden_state": {0: "batch_size", 1: "sequence_length"},
        },
        opset_version=18, dynamo=False, do_constant_folding=True,
    )
    enc.eval()  # torch.onnx.export restores the wrapper's mode recursively; keep eval
    import onnx
    m = onnx.load(str(onnx_path))
    if m.ir_version > 8:
        m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, str(onnx_path))

    q_path = out / "onnx" / "model_quantized.onnx"
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(str(onnx_path), str(q_path), weight_type=QuantType.QInt8)
    mq = onnx.load(str(q_path))
    if mq.ir_version > 8:
        mq.ir_version = 8
        onnx.save(mq, str(q_path))

    # --- check ONNX Runtime against PyTorch and write the reference
    import onnxruntime as ort
    ids, attn, tt = encode_batch(tok, REFERENCE_SENTENCES)
    with torch.no_grad():
        hs = enc(input_ids=ids, attention_mask=attn, token_type_ids=tt).last_hidden_state
    pooled = mean_pool(hs, attn)
    normed = F.normalize(pooled, dim=-1)
    feeds = {"input_ids": ids.numpy(), "attention_mask": attn.numpy(), "token_type_ids": tt.numpy()}
    diffs = {}
    for name, p in [("fp32", onnx_path), ("q8", q_path)]:
        sess = ort.InferenceSession(str(p), providers=["CPUExecutionProvider"])
        o = torch.from_numpy(sess.run(["last_hidden_state"], feeds)[0])
        on = F.normalize(mean_pool(o, attn), dim=-1)
        diffs[name] = {
            "max_abs_diff_last_hidden_state": float((o - hs).abs().max()),
            "max_abs_diff_pooled_normalized": float((on - normed).abs().max()),
            "min_cosine_to_pytorch": float((on * normed).sum(-1).min()),
        }
    print("onnx vs pytorch:", json.dumps(diffs, indent=2))
    assert diffs["fp32"]["max_abs_diff_pooled_normalized"] < 1e-5, diffs

    # cosine similarity matrix: a sanity signal only
    with torch.no_grad():
        sims = (normed @ normed.T).tolist()
    reference = {
        "description": "PyTorch reference for the LLMoin test encoder: mean pooling over attention_mask, then L2 normalisation.",
        "pooling": "mean",
        "normalize": True,
        "dimension": HIDDEN,
        "tolerance": 1e-4,
        "sentences": [
            {
                "text": s,
                "input_ids": ids[i][attn[i].bool()].tolist(),
                "mean_pooled_norm": float(pooled[i].norm()),
                "first8": [float(x) for x in normed[i][:8]],
                "normalized_norm": float(normed[i].norm()),
                "embedding": [float(x) for x in normed[i]],
            }
            for i, s in enumerate(REFERENCE_SENTENCES)
        ],
        "cosine_matrix": sims,
        "onnx_check": diffs,
    }
    (out / "reference.json").write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # --- model card
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != "README.md")
    rows = "\n".join(f"| `{p.relative_to(out)}` | {p.stat().st_size:,} | `{sha256(p)}` |" for p in files)
    card = f"""# test-encoder — LLMoin TEST sentence encoder (not a real model)

**This is a test fixture built by the LLMoin project.** It lets the real inference
code (`@huggingface/transformers` `feature-extraction` pipeline, ONNX Runtime) run in
tests without any network. **Its embeddings are not meaningful for real retrieval**:
it was trained for a couple of minutes on ~{len(sentences)} sentences. Never ship it as the
production embedding model.

## What it is
- Architecture: BERT (`BertModel`), {LAYERS} layers, hidden {HIDDEN}, {HEADS} heads,
  intermediate {INTERMEDIATE}, max positions {MAX_POS}; {n_params:,} parameters.
- Tokenizer: WordPiece (vocabulary built deterministically: characters, all corpus words,
  frequent prefixes and `##` suffixes), {vocab_size} tokens, lowercase **without** stripping
  accents (ä, ö, ü, ß survive), `[CLS] … [SEP]` template.
- Training: masked-LM ({args.mlm_steps} steps, batch {BATCH}) then unsupervised SimCSE
  ({args.simcse_steps} steps), seed {SEED}, CPU, ~{train_s:.0f} s (1 torch thread on a busy 2-core machine).
- ONNX (opset 18, IR 8): inputs `input_ids`, `attention_mask`, `token_type_ids`
  (int64, dims `batch_size` × `sequence_length`); output `last_hidden_state`
  (`batch_size` × `sequence_length` × {HIDDEN}). `onnx/model_quantized.onnx` is an int8
  dynamic quantisation (`dtype: 'q8'` in transformers.js).
- Use with pooling `mean` and `normalize: true`; output dimension {HIDDEN}.

## Training data and licence
`models/training-data/de-admin-sentences.txt`: German administrative-language sentences
written by the LLMoin project itself (no third-party text); project-owned, same licence
as this repository. The weights are derived only from that text.

## Rebuild
```
python3 -m venv .venv
.venv/bin/pip install -r models/requirements-build.txt
.venv/bin/python models/build-test-encoder.py
node models/verify-test-encoder.mjs
```
Seeds are fixed; a rebuild on the same library versions and CPU type should give the same
files, but bit-identity across machines or library versions is not guaranteed. Tests should
compare against `reference.json` (tolerance 1e-4), not against hard-coded hashes.

## Verification at build time (ONNX Runtime vs PyTorch, 3 reference sentences)
```
{json.dumps(diffs, indent=2)}
```

## Files
| file | bytes | sha256 |
| --- | ---: | --- |
{rows}
"""
    (out / "README.md").write_text(card, encoding="utf-8")
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({total:,} bytes)")


if __name__ == "__main__":
    main()
