#!/usr/bin/env python3
"""Build the LLMoin TEST text generator (tiny Llama) in transformers.js layout.

This is a test fixture, not a language model anyone should read: it exists so that the
real generation code (transformers.js text-generation, ONNX Runtime, KV cache, chat
template, stop tokens) can run in tests without any network. Its output is NOT meaningful.

Steps (deterministic, fixed seeds, CPU only):
  1. read the project-owned German sentences in training-data/de-admin-sentences.txt and
     build plain documents plus ChatML-formatted question/answer samples from them
  2. learn a byte-level BPE vocabulary (4096 tokens) with a small deterministic trainer
     (the `tokenizers` trainers break ties in hash-map order and are not reproducible)
  3. train a Llama-architecture causal LM (hidden 192, 4 layers, 4 heads, 2 KV heads,
     tied embeddings) for a few minutes
  4. export to ONNX with KV cache (inputs input_ids, attention_mask, position_ids,
     past_key_values.{i}.key/.value; outputs logits, present.{i}.key/.value; dynamic
     batch axis named `batch_size`), plus an int8 dynamically quantised variant
  5. check ONNX Runtime against PyTorch (logits with past length 0, 1 and more, left
     padding; greedy ids), record greedy references in reference.json, write README.md

Usage (from the repository root):
  python3 -m venv .venv && .venv/bin/pip install -r models/requirements-build.txt
  .venv/bin/python models/build-test-generator.py          # writes models/test-generator/
Options: --out DIR (default models/test-generator), see --help. BUILD_THREADS=N sets torch's
thread count (default 1: on a busy 2-core machine more threads were several times slower).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

SEED = 4321
HERE = Path(__file__).resolve().parent
DATA = HERE / "training-data" / "de-admin-sentences.txt"

VOCAB_SIZE = 4096
HIDDEN = 192
INTERMEDIATE = 256  # 512 would give ~2.4 M parameters but push the folder well past 10 MB
LAYERS = 4
HEADS = 4
KV_HEADS = 2
MAX_POS = 512
BLOCK = 128
BATCH = 8
STEPS = 800
LR = 3e-3

EOT, IM_START, IM_END = "<|endoftext|>", "<|im_start|>", "<|im_end|>"
SPECIAL = [EOT, IM_START, IM_END]
SYSTEM_PROMPT = "Du bist ein Testmodell der Stadtverwaltung."
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

REFERENCE_PROMPTS = [
    {"kind": "text", "text": "Der Antrag auf Wohngeld"},
    {"kind": "text", "text": "Gegen den Bescheid kann"},
    {
        "kind": "chat",
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": "Wo melde ich mein Gewerbe an?"},
        ],
    },
]
MAX_NEW_TOKENS = 20


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def read_sentences() -> list[str]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.lstrip().startswith("#")]


def render_chat(messages, add_generation_prompt=True) -> str:
    s = "".join(f"{IM_START}{m['role']}\n{m['content']}{IM_END}\n" for m in messages)
    return s + (f"{IM_START}assistant\n" if add_generation_prompt else "")


def build_corpus(sentences: list[str]) -> list[str]:
    """Plain documents (runs of consecutive, topically related sentences) and chat samples
    (each question of the corpus answered with the statement sharing most words with it)."""
    rng = random.Random(SEED)
    statements = [s for s in sentences if not s.endswith("?")]
    questions = [s for s in sentences if s.endswith("?")]
    words = lambda s: {w for w in re.findall(r"\w+", s.lower()) if len(w) > 3}
    docs = []
    for start in range(0, len(sentences), 3):
        n = 3 + (start // 3) % 4
        docs.append(" ".join(sentences[start : start + n]))
    chats = []
    for q in questions:
        wq = words(q)
        ranked = sorted(statements, key=lambda s: (-len(wq & words(s)), s))
        answer = " ".join(ranked[:2])
        chats.append(render_chat(
            [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": q},
             {"role": "assistant", "content": answer}], add_generation_prompt=False))
    for s in statements[::4]:
        # short "explain this" chats keep the format frequent in the training stream
        chats.append(render_chat(
            [{"role": "user", "content": "Bitte erkläre: " + s.split(" ")[0] + " " + s.split(" ")[1]},
             {"role": "assistant", "content": s}], add_generation_prompt=False))
    texts = docs + chats
    rng.shuffle(texts)
    return texts


# ---------------------------------------------------------------- byte-level BPE
def bytes_to_unicode() -> dict[int, str]:
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, (chr(c) for c in cs)))


def train_bpe(texts: list[str]):
    """Deterministic byte-level BPE: merge the most frequent adjacent pair, ties broken by
    the pair's strings; words come from the `tokenizers` ByteLevel pre-tokenizer (GPT-2 regex)."""
    from tokenizers import pre_tokenizers

    pre = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    split_special = re.compile("|".join(re.escape(t) for t in SPECIAL))
    counts: Counter = Counter()
    for t in texts:
        for part in split_special.split(t):
            if part:
                counts.update(w for w, _ in pre.pre_tokenize_str(part))
    byte_chars = [bytes_to_unicode()[b] for b in range(256)]
    vocab = list(SPECIAL) + byte_chars
    words = [list(w) for w in sorted(counts)]
    freqs = [counts[w] for w in sorted(counts)]
    pair_counts: Counter = Counter()
    where: dict[tuple[str, str], set[int]] = {}
    for i, w in enumerate(words):
        for p in zip(w, w[1:]):
            pair_counts[p] += freqs[i]
            where.setdefault(p, set()).add(i)
    merges = []
    while len(vocab) < VOCAB_SIZE and pair_counts:
        best = min(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merged = best[0] + best[1]
        merges.append(best)
        vocab.append(merged)
        for i in sorted(where.pop(best, ())):
            w, f = words[i], freqs[i]
            for p in zip(w, w[1:]):
                pair_counts[p] -= f
                if pair_counts[p] <= 0:
                    del pair_counts[p]
            out, j = [], 0
            while j < len(w):
                if j + 1 < len(w) and w[j] == best[0] and w[j + 1] == best[1]:
                    out.append(merged)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            words[i] = out
            for p in zip(out, out[1:]):
                pair_counts[p] += f
                where.setdefault(p, set()).add(i)
        pair_counts.pop(best, None)
    return vocab, merges


def build_tokenizer(vocab: list[str], merges):
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors

    tok = Tokenizer(models.BPE(
        vocab={t: i for i, t in enumerate(vocab)}, merges=list(merges), fuse_unk=False, byte_fallback=False,
    ))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in SPECIAL])
    return tok


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


# ---------------------------------------------------------------- ONNX wrapper
class KVWrapper(torch.nn.Module):
    """Flat-tensor signature for ONNX: builds the 4D additive mask (causal + padding) itself,
    so the tracer records shape-dependent logic as graph ops instead of constants."""

    def __init__(self, model, n_layers: int):
        super().__init__()
        self.model = model
        self.n_layers = n_layers

    def forward(self, input_ids, attention_mask, position_ids, *past):
        from transformers import DynamicCache

        cache = DynamicCache(ddp_cache_data=[(past[2 * i], past[2 * i + 1]) for i in range(self.n_layers)])
        q_len = input_ids.shape[1]
        total = attention_mask.shape[1]
        k_pos = torch.cumsum(torch.ones_like(attention_mask[0]), 0) - 1  # [total]
        q_pos = torch.cumsum(torch.ones_like(input_ids[0]), 0) - 1 + (total - q_len)  # [q]
        causal = k_pos[None, :] <= q_pos[:, None]  # [q, total]
        allowed = causal[None, None, :, :] & attention_mask[:, None, None, :].bool()
        mask = torch.where(allowed, torch.zeros((), dtype=torch.float32),
                           torch.full((), torch.finfo(torch.float32).min, dtype=torch.float32))
        out = self.model(
            input_ids=input_ids, attention_mask=mask, position_ids=position_ids,
            past_key_values=cache, use_cache=True, cache_position=q_pos,
        )
        presents = []
        for layer in out.past_key_values.layers:
            presents += [layer.keys, layer.values]
        return (out.logits, *presents)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE / "test-generator"))
    ap.add_argument("--steps", type=int, default=STEPS)
    args = ap.parse_args()
    out = Path(args.out)

    torch.set_num_threads(int(os.environ.get("BUILD_THREADS", "1")))
    seed_everything(SEED)
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    sentences = read_sentences()
    texts = build_corpus(sentences)
    t0 = time.time()
    vocab, merges = train_bpe(texts)
    tok = build_tokenizer(vocab, merges)
    print(f"texts: {len(texts)}, vocab {tok.get_vocab_size()} ({len(merges)} merges) in {time.time() - t0:.1f}s")
    eot_id, im_start_id, im_end_id = (tok.token_to_id(t) for t in SPECIAL)

    stream: list[int] = []
    for t in texts:
        stream += tok.encode(t).ids + [eot_id]
    data = torch.tensor(stream, dtype=torch.long)
    print(f"training tokens: {len(stream)}")

    config = LlamaConfig(
        vocab_size=tok.get_vocab_size(), hidden_size=HIDDEN, intermediate_size=INTERMEDIATE,
        num_hidden_layers=LAYERS, num_attention_heads=HEADS, num_key_value_heads=KV_HEADS,
        head_dim=HIDDEN // HEADS, max_position_embeddings=MAX_POS, rms_norm_eps=1e-5, rope_theta=10000.0,
        tie_word_embeddings=True, bos_token_id=eot_id, eos_token_id=[im_end_id, eot_id], pad_token_id=eot_id,
        attention_bias=False, mlp_bias=False, hidden_act="silu", use_cache=True,
    )
    model = LlamaForCausalLM._from_config(config, attn_implementation="eager")
    model.tie_weights()
    n_params = sum(p.numel() for p in model.parameters())
    print(f"parameters (tied, counted once): {n_params}")

    gen = torch.Generator().manual_seed(SEED)
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01, betas=(0.9, 0.95))
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=LR, total_steps=args.steps, pct_start=0.05)
    model.train()
    t0 = time.time()
    for step in range(1, args.steps + 1):
        ix = torch.randint(0, len(data) - BLOCK - 1, (BATCH,), generator=gen)
        x = torch.stack([data[i : i + BLOCK] for i in ix])
        loss = model(input_ids=x, labels=x).loss
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0 or step == 1:
            print(f"step {step} loss {loss.item():.3f} ({time.time() - t0:.0f}s)", flush=True)
    train_s = time.time() - t0
    final_loss = float(loss.item())
    model.eval()

    if out.exists():
        shutil.rmtree(out)
    (out / "onnx").mkdir(parents=True)

    # --- tokenizer files (transformers.js needs a known tokenizer_class; merges as "a b")
    tok.save(str(out / "tokenizer.json"))
    tj = json.loads((out / "tokenizer.json").read_text(encoding="utf-8"))
    tj["model"]["merges"] = [f"{a} {b}" for a, b in merges]
    tj["truncation"] = None
    tj["padding"] = None
    (out / "tokenizer.json").write_text(json.dumps(tj, ensure_ascii=False) + "\n", encoding="utf-8")
    tok_cfg = {
        "tokenizer_class": "GPT2Tokenizer",
        "add_bos_token": False,
        "add_eos_token": False,
        "add_prefix_space": False,
        "bos_token": EOT,
        "eos_token": IM_END,
        "unk_token": EOT,
        "pad_token": EOT,
        "additional_special_tokens": [IM_START, IM_END],
        "clean_up_tokenization_spaces": False,
        "model_max_length": MAX_POS,
        "padding_side": "left",
        "chat_template": CHAT_TEMPLATE,
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tok_cfg, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    special_map = {"bos_token": EOT, "eos_token": IM_END, "unk_token": EOT, "pad_token": EOT,
                   "additional_special_tokens": [IM_START, IM_END]}
    (out / "special_tokens_map.json").write_text(json.dumps(special_map, indent=2) + "\n", encoding="utf-8")

    cfg = model.config.to_dict()
    for k in ["_name_or_path", "_attn_implementation", "_attn_implementation_autoset", "transformers_version", "dtype", "torch_dtype"]:
        cfg.pop(k, None)
    cfg["architectures"] = ["LlamaForCausalLM"]
    cfg["model_type"] = "llama"
    cfg["torch_dtype"] = "float32"
    cfg["transformers.js_config"] = {"dtype": "fp32", "use_external_data_format": False}
    (out / "config.json").write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    gen_cfg = {
        "bos_token_id": eot_id, "eos_token_id": [im_end_id, eot_id], "pad_token_id": eot_id,
        "do_sample": False, "max_new_tokens": 64,
    }
    (out / "generation_config.json").write_text(json.dumps(gen_cfg, indent=2) + "\n", encoding="utf-8")

    # --- ONNX export with KV cache
    head_dim = HIDDEN // HEADS
    past_len, q_len, b = 3, 4, 2
    past = []
    for _ in range(LAYERS):
        past += [torch.randn(b, KV_HEADS, past_len, head_dim), torch.randn(b, KV_HEADS, past_len, head_dim)]
    ids = torch.randint(3, tok.get_vocab_size(), (b, q_len))
    am = torch.ones(b, past_len + q_len, dtype=torch.long)
    pos = torch.arange(past_len, past_len + q_len)[None].repeat(b, 1)
    in_names = ["input_ids", "attention_mask", "position_ids"]
    out_names = ["logits"]
    dyn = {
        "input_ids": {0: "batch_size", 1: "sequence_length"},
        "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
        "position_ids": {0: "batch_size", 1: "sequence_length"},
        "logits": {0: "batch_size", 1: "sequence_length"},
    }
    for i in range(LAYERS):
        for kv in ("key", "value"):
            in_names.append(f"past_key_values.{i}.{kv}")
            out_names.append(f"present.{i}.{kv}")
            dyn[f"past_key_values.{i}.{kv}"] = {0: "batch_size", 2: "past_sequence_length"}
            dyn[f"present.{i}.{kv}"] = {0: "batch_size", 2: "total_sequence_length"}
    onnx_path = out / "onnx" / "model.onnx"
    wrapper = KVWrapper(model, LAYERS).eval()
    with torch.no_grad():
        torch.onnx.export(
            wrapper, (ids, am, pos, *past), str(onnx_path), input_names=in_names, output_names=out_names,
            dynamic_axes=dyn, opset_version=18, dynamo=False, do_constant_folding=True,
        )
    model.eval()  # export restores the wrapper's mode recursively; keep eval
    import onnx
    from onnx import helper, numpy_helper

    m = onnx.load(str(onnx_path))
    raw_path = out / "model_raw.onnx"
    onnx.save(m, str(raw_path))
    # Tied embeddings: constant folding stores the transposed embedding a second time for
    # the LM head. Replace that copy with a Transpose of the embedding (halves the file).
    emb = model.model.embed_tokens.weight.detach().numpy()
    inits = {i.name: i for i in m.graph.initializer}
    emb_name = next(n for n, i in inits.items() if tuple(i.dims) == emb.shape and np.array_equal(numpy_helper.to_array(i), emb))
    dup = [n for n, i in inits.items() if tuple(i.dims) == emb.shape[::-1] and np.array_equal(numpy_helper.to_array(i), emb.T)]
    for name in dup:
        m.graph.initializer.remove(inits[name])
        m.graph.node.insert(0, helper.make_node("Transpose", [emb_name], [name], perm=[1, 0], name=f"tied_{name}"))
    if m.ir_version > 8:
        m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, str(onnx_path))
    print(f"tied LM head copies replaced by Transpose: {len(dup)}")

    # int8: quantise from the raw export, where the LM head has its own (transposed) weight,
    # so that both the embedding (Gather) and the LM head (MatMul) become 8-bit.
    q_path = out / "onnx" / "model_quantized.onnx"
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(raw_path), str(q_path), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"])
    raw_path.unlink()
    mq = onnx.load(str(q_path))
    if mq.ir_version > 8:
        mq.ir_version = 8
    onnx.checker.check_model(mq)
    onnx.save(mq, str(q_path))

    # --- checks: ONNX Runtime vs PyTorch
    import onnxruntime as ort
    from transformers import DynamicCache

    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])

    def ort_step(s, input_ids, attention_mask, position_ids, past_np):
        feeds = {"input_ids": input_ids, "attention_mask": attention_mask, "position_ids": position_ids}
        for i in range(LAYERS):
            feeds[f"past_key_values.{i}.key"] = past_np[2 * i]
            feeds[f"past_key_values.{i}.value"] = past_np[2 * i + 1]
        r = s.run(None, feeds)
        return r[0], r[1:]

    def empty_past(bsz):
        return [np.zeros((bsz, KV_HEADS, 0, head_dim), dtype=np.float32) for _ in range(2 * LAYERS)]

    checks = {}
    # (a) no padding, past length 0 then 1 then more (prefill 5, then 1 token, then 3 tokens)
    g = torch.Generator().manual_seed(7)
    seq = torch.randint(3, tok.get_vocab_size(), (2, 9), generator=g)
    with torch.no_grad():
        full = model(input_ids=seq).logits.numpy()
    past_np = empty_past(2)
    worst = {}
    for a, bnd in [(0, 5), (5, 6), (6, 9)]:
        am_np = np.ones((2, bnd), dtype=np.int64)
        pos_np = np.arange(a, bnd, dtype=np.int64)[None].repeat(2, 0)
        lg, past_np = ort_step(sess, seq[:, a:bnd].numpy(), am_np, pos_np, past_np)
        worst[f"past{a}_new{bnd - a}"] = float(np.abs(lg - full[:, a:bnd]).max())
    checks["logits_max_abs_diff_by_past_length"] = worst
    # (b) left padding, batch of two prompts of different length, prefill + 2 decode steps
    p1 = tok.encode("Der Antrag auf Wohngeld").ids
    p2 = tok.encode("Gegen den Bescheid kann innerhalb eines Monats").ids
    L = max(len(p1), len(p2))
    batch_ids = np.full((2, L), eot_id, dtype=np.int64)
    batch_am = np.zeros((2, L), dtype=np.int64)
    for r, p in enumerate([p1, p2]):
        batch_ids[r, L - len(p):] = p
        batch_am[r, L - len(p):] = 1
    batch_pos = np.clip(np.cumsum(batch_am, 1) - 1, 0, None)
    batch_pos[batch_am == 0] = 1
    lg, past_np = ort_step(sess, batch_ids, batch_am, batch_pos, empty_past(2))
    pad_worst = 0.0
    next_tok = lg[:, -1].argmax(-1)
    cur_ids = [list(p1), list(p2)]
    for step in range(3):
        for r in range(2):
            with torch.no_grad():
                ref = model(input_ids=torch.tensor([cur_ids[r]])).logits[0, -1].numpy()
            pad_worst = max(pad_worst, float(np.abs(lg[r, -1] - ref).max()))
            cur_ids[r].append(int(lg[r, -1].argmax()))
        batch_am = np.concatenate([batch_am, np.ones((2, 1), dtype=np.int64)], 1)
        pos_np = (batch_am.sum(1) - 1)[:, None].astype(np.int64)
        lg, past_np = ort_step(sess, np.array([[c[-1]] for c in cur_ids], dtype=np.int64), batch_am, pos_np, past_np)
    checks["left_padding_last_logits_max_abs_diff"] = pad_worst
    print("checks:", json.dumps(checks, indent=2))
    assert max(worst.values()) < 1e-4 and pad_worst < 1e-4, checks

    # --- greedy references: PyTorch generate() vs a plain ONNX Runtime greedy loop
    gconf = GenerationConfig(do_sample=False, max_new_tokens=MAX_NEW_TOKENS, eos_token_id=[im_end_id, eot_id],
                             pad_token_id=eot_id, bos_token_id=eot_id)
    qsess = ort.InferenceSession(str(q_path), providers=["CPUExecutionProvider"])

    def ort_greedy(s, prompt_ids):
        past_np = empty_past(1)
        ids_now = np.array([prompt_ids], dtype=np.int64)
        start = 0
        outl = []
        for _ in range(MAX_NEW_TOKENS):
            total = start + ids_now.shape[1]
            lg, past_np = ort_step(s, ids_now, np.ones((1, total), dtype=np.int64),
                                   np.arange(start, total, dtype=np.int64)[None], past_np)
            nxt = int(lg[0, -1].argmax())
            outl.append(nxt)
            if nxt in (im_end_id, eot_id):
                break
            start = total
            ids_now = np.array([[nxt]], dtype=np.int64)
        return outl

    refs = []
    for p in REFERENCE_PROMPTS:
        text = p["text"] if p["kind"] == "text" else render_chat(p["messages"])
        prompt_ids = tok.encode(text).ids
        with torch.no_grad():
            gen_ids = model.generate(torch.tensor([prompt_ids]), attention_mask=torch.ones(1, len(prompt_ids), dtype=torch.long),
                                     generation_config=gconf)[0, len(prompt_ids):].tolist()
        onnx_ids = ort_greedy(sess, prompt_ids)
        q_ids = ort_greedy(qsess, prompt_ids)
        assert onnx_ids == gen_ids, (p, gen_ids, onnx_ids)
        refs.append({**p, "prompt_text": text, "prompt_ids": prompt_ids, "new_ids": gen_ids,
                     "new_text": tok.decode(gen_ids, skip_special_tokens=False),
                     "onnx_fp32_identical": onnx_ids == gen_ids, "onnx_q8_new_ids": q_ids,
                     "onnx_q8_identical": q_ids == gen_ids})
        print(f"{text!r} -> {tok.decode(gen_ids, skip_special_tokens=False)!r} (q8 identical: {q_ids == gen_ids})")
    reference = {
        "description": "Greedy PyTorch reference for the LLMoin test generator (do_sample=false). "
                       "Generation stops early when an eos token (<|im_end|> or <|endoftext|>) is produced; "
                       "new_ids then ends with it.",
        "max_new_tokens": MAX_NEW_TOKENS,
        "eos_token_id": [im_end_id, eot_id],
        "prompts": refs,
        "onnx_checks": checks,
    }
    (out / "reference.json").write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # --- model card
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != "README.md")
    rows = "\n".join(f"| `{p.relative_to(out)}` | {p.stat().st_size:,} | `{sha256(p)}` |" for p in files)
    samples = "\n".join(f"- `{r['prompt_text']!r}` → `{r['new_text']!r}`" for r in refs)
    card = f"""# test-generator — LLMoin TEST text generator (output is not meaningful)

**This is a test fixture built by the LLMoin project. Its output is not meaningful**: it
mostly replays memorised training sentences, often ones unrelated to the prompt, and
nothing it says is reliable. It lets the real generation code (`@huggingface/transformers`
text generation on ONNX Runtime: KV cache, chat template, stop tokens) run in tests
without any network. Never use it to answer anyone.

## What it is
- Architecture: Llama (`LlamaForCausalLM`), hidden {HIDDEN}, {LAYERS} layers, {HEADS} attention
  heads, {KV_HEADS} key/value heads (head dim {head_dim}), MLP {INTERMEDIATE}, RoPE θ 10000, tied
  input/output embeddings; {n_params:,} parameters. (MLP width {INTERMEDIATE} instead of 512 keeps the
  folder near 10 MB.)
- Tokenizer: byte-level BPE (GPT-2 style, `GPT2Tokenizer` in `tokenizer_config.json`),
  {tok.get_vocab_size()} tokens ({len(merges)} merges learnt deterministically); special tokens
  `<|endoftext|>` ({eot_id}), `<|im_start|>` ({im_start_id}), `<|im_end|>` ({im_end_id}).
  No BOS is added. ChatML `chat_template` in `tokenizer_config.json`.
- `generation_config.json`: greedy, eos = `<|im_end|>` or `<|endoftext|>`.
- Training: {args.steps} steps, batch {BATCH} × {BLOCK} tokens, seed {SEED}, CPU, ~{train_s:.0f} s (1 torch thread on a busy 2-core machine);
  final training loss {final_loss:.3f} (on {len(stream):,} tokens, i.e. it memorises).
- ONNX (opset 18, IR 8) with KV cache: inputs `input_ids`, `attention_mask`, `position_ids`,
  `past_key_values.{{i}}.key/.value` ([`batch_size`, {KV_HEADS}, `past_sequence_length`, {head_dim}]);
  outputs `logits`, `present.{{i}}.key/.value`. `onnx/model_quantized.onnx`: int8 dynamic
  quantisation of the MatMul weights and the embedding (`dtype: 'q8'`).

## Training data and licence
Built only from `models/training-data/de-admin-sentences.txt`, German administrative
sentences written by the LLMoin project itself (project-owned, same licence as this
repository), arranged into short documents and ChatML question/answer samples by the
build script.

## Rebuild
```
python3 -m venv .venv
.venv/bin/pip install -r models/requirements-build.txt
.venv/bin/python models/build-test-generator.py
node models/verify-test-generator.mjs
```
Seeds are fixed; bit-identical rebuilds across machines or library versions are not
guaranteed. Tests should compare against `reference.json`, not hard-coded hashes.

## Checks at build time
ONNX Runtime vs PyTorch: {json.dumps(checks)}

Greedy references (PyTorch `generate`, identical in an ONNX Runtime greedy loop):
{samples}

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
