"""Minimal BERT (PyTorch) and WordPiece tokenizer that load their weights from the ONNX export in
langchain4j's all-MiniLM-L6-v2 jar. The tokenizer gives the same ids as the DJL tokenizer the app uses."""
import json, math, re, unicodedata, csv, sys
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

import os
# The fp32 base encoders from langchain4j's jars, unpacked by train-encoder.sh.
BASE = os.environ.get("ENCODER_BASE", "target/encoder/base")
MODELS = {"minilm": (BASE + "/all-minilm-l6-v2.onnx", BASE + "/all-minilm-l6-v2-tokenizer.json"),
          "bge-small": (BASE + "/bge-small-en-v1.5.onnx", BASE + "/bge-small-en-v1.5-tokenizer.json")}

# ---------------------------------------------------------------- tokenizer
def _is_control(c):
    if c in "\t\n\r":
        return False
    return unicodedata.category(c).startswith("C")

def _is_ws(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"

def _is_punct(c):
    cp = ord(c)
    if (33 <= cp <= 47) or (58 <= cp <= 64) or (91 <= cp <= 96) or (123 <= cp <= 126):
        return True
    return unicodedata.category(c).startswith("P")

def _is_cjk(cp):
    return ((0x4E00 <= cp <= 0x9FFF) or (0x3400 <= cp <= 0x4DBF) or (0x20000 <= cp <= 0x2A6DF)
            or (0x2A700 <= cp <= 0x2B73F) or (0x2B740 <= cp <= 0x2B81F) or (0x2B820 <= cp <= 0x2CEAF)
            or (0xF900 <= cp <= 0xFAFF) or (0x2F800 <= cp <= 0x2FA1F))

class WordPiece:
    def __init__(self, path, max_len=128):
        j = json.load(open(path, encoding="utf-8"))
        self.vocab = j["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]; self.cls = self.vocab["[CLS]"]; self.sep = self.vocab["[SEP]"]
        self.max_chars = j["model"].get("max_input_chars_per_word", 100)
        self.max_len = max_len

    def normalize(self, text):
        # BertNormalizer: clean_text, handle_chinese_chars, lowercase (+strip accents since strip_accents=None & lowercase)
        out = []
        for c in text:
            cp = ord(c)
            if cp == 0 or cp == 0xFFFD or _is_control(c):
                continue
            if _is_ws(c):
                out.append(" ")
            elif _is_cjk(cp):
                out.append(" " + c + " ")
            else:
                out.append(c)
        t = "".join(out)
        t = unicodedata.normalize("NFD", t)
        t = "".join(c for c in t if unicodedata.category(c) != "Mn")
        return t.lower()

    def pretokenize(self, text):
        words = []
        for w in text.split():
            cur = ""
            for c in w:
                if _is_punct(c):
                    if cur: words.append(cur); cur = ""
                    words.append(c)
                else:
                    cur += c
            if cur: words.append(cur)
        return words

    def wordpiece(self, w):
        if len(w) > self.max_chars:
            return [self.unk]
        ids, start = [], 0
        while start < len(w):
            end, found = len(w), None
            while start < end:
                s = w[start:end]
                if start > 0: s = "##" + s
                if s in self.vocab:
                    found = self.vocab[s]; break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found); start = end
        return ids

    def encode(self, text, max_len=None):
        max_len = max_len or self.max_len
        ids = []
        for w in self.pretokenize(self.normalize(text)):
            ids.extend(self.wordpiece(w))
        ids = ids[: max_len - 2]
        return [self.cls] + ids + [self.sep]

# ---------------------------------------------------------------- model
class Layer(nn.Module):
    def __init__(self, h, heads, inter, eps):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(h, h); self.k = nn.Linear(h, h); self.v = nn.Linear(h, h)
        self.o = nn.Linear(h, h); self.ln1 = nn.LayerNorm(h, eps=eps)
        self.i = nn.Linear(h, inter); self.out = nn.Linear(inter, h); self.ln2 = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        B, T, H = x.shape
        d = H // self.heads
        def sp(t): return t.view(B, T, self.heads, d).transpose(1, 2)
        q, k, v = sp(self.q(x)), sp(self.k(x)), sp(self.v(x))
        a = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        a = self.drop(torch.softmax(a, dim=-1))
        c = torch.matmul(a, v).transpose(1, 2).reshape(B, T, H)
        x = self.ln1(x + self.drop(self.o(c)))
        y = self.out(F.gelu(self.i(x)))  # exact erf GELU (graph uses Erf)
        return self.ln2(x + self.drop(y))

class Bert(nn.Module):
    def __init__(self, vocab=30522, h=384, layers=6, heads=12, inter=1536, maxpos=512, eps=1e-12):
        super().__init__()
        self.word = nn.Embedding(vocab, h); self.pos = nn.Embedding(maxpos, h); self.typ = nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=eps); self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList([Layer(h, heads, inter, eps) for _ in range(layers)])

    def forward(self, ids, mask):
        T = ids.shape[1]
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = self.word(ids) + self.typ(torch.zeros_like(ids)) + self.pos(pos)
        x = self.drop(self.ln(x))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for l in self.layers:
            x = l(x, bias)
        return x

def load_onnx_bert(onnx_path):
    import onnx
    from onnx import numpy_helper
    m = onnx.load(onnx_path)
    g = m.graph
    W = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    # anonymous MatMul weights: name them from the MatMul node's output name
    sub = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
           "attention/output/dense": "o", "intermediate/dense": "i", "output/dense": "out"}
    mm = {}
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in W:
            mo = re.match(r"/encoder/layer\.(\d+)/(.*)/MatMul_output_0", n.output[0])
            assert mo, n.output[0]
            mm[(int(mo.group(1)), sub[mo.group(2)])] = W[n.input[1]]
    nl = 1 + max(k[0] for k in mm)
    eps_vals = set()
    for n in g.node:  # LayerNorm eps constants
        if n.op_type == "Constant" and "LayerNorm/Constant_1" in n.output[0]:
            eps_vals.add(float(numpy_helper.to_array(n.attribute[0].t)))
    assert len(eps_vals) == 1, eps_vals
    eps = eps_vals.pop()
    h = W["embeddings.word_embeddings.weight"].shape[1]
    inter = W["encoder.layer.0.intermediate.dense.bias"].shape[0]
    model = Bert(vocab=W["embeddings.word_embeddings.weight"].shape[0], h=h, layers=nl, heads=12,
                 inter=inter, maxpos=W["embeddings.position_embeddings.weight"].shape[0], eps=eps)
    sd = {"word.weight": W["embeddings.word_embeddings.weight"],
          "pos.weight": W["embeddings.position_embeddings.weight"],
          "typ.weight": W["embeddings.token_type_embeddings.weight"],
          "ln.weight": W["embeddings.LayerNorm.weight"], "ln.bias": W["embeddings.LayerNorm.bias"]}
    bname = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense"}
    for L in range(nl):
        p = f"encoder.layer.{L}."
        for s, bn in bname.items():
            sd[f"layers.{L}.{s}.weight"] = mm[(L, s)].T.copy()   # ONNX MatMul is x @ W  (W: in x out)
            sd[f"layers.{L}.{s}.bias"] = W[p + bn + ".bias"]
        sd[f"layers.{L}.ln1.weight"] = W[p + "attention.output.LayerNorm.weight"]
        sd[f"layers.{L}.ln1.bias"] = W[p + "attention.output.LayerNorm.bias"]
        sd[f"layers.{L}.ln2.weight"] = W[p + "output.LayerNorm.weight"]
        sd[f"layers.{L}.ln2.bias"] = W[p + "output.LayerNorm.bias"]
    sd = {k: torch.from_numpy(np.ascontiguousarray(v)).float() for k, v in sd.items()}
    model.load_state_dict(sd, strict=True)
    return model, eps, nl

# ---------------------------------------------------------------- classifier
class Classifier(nn.Module):
    def __init__(self, bert, pool="mean"):
        super().__init__()
        self.bert = bert; self.pool = pool
        h = bert.word.weight.shape[1]
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(h, 2)

    def pooled(self, ids, mask):
        x = self.bert(ids, mask)
        if self.pool == "cls":
            return x[:, 0]
        m = mask.unsqueeze(-1).to(x.dtype)
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def forward(self, ids, mask):
        return self.head(self.drop(self.pooled(ids, mask)))

# ---------------------------------------------------------------- data
def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(r)
        si, li = head.index("sentence"), head.index("label")
        for row in r:
            rows.append((row[si], row[li]))
    return rows

def pad(encoded):
    """Token id lists -> (ids, attention mask), right-padded to the longest."""
    T = max(len(e) for e in encoded)
    ids = torch.zeros(len(encoded), T, dtype=torch.long); mask = torch.zeros(len(encoded), T, dtype=torch.long)
    for i, e in enumerate(encoded):
        ids[i, :len(e)] = torch.tensor(e); mask[i, :len(e)] = 1
    return ids, mask

def batchify(tok, sents, max_len=128):
    return pad([tok.encode(s, max_len) for s in sents])
