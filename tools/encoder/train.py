"""Fine-tune all-MiniLM-L6-v2 (or, with --base bge-small, bge-small-en-v1.5), mean pooling + a linear head, to tell CheckThat! SUBJ from OBJ.
Trains on train_en + dev_en, reports macro-F1 on dev_test_en after each epoch; never reads the test split.
usage: python3 train.py DATA_DIR OUT_DIR [--epochs 3] [--lr 5e-5] [--seed 42] [--base minilm|bge-small]"""
import argparse, json, os, random, sys
import numpy as np, torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bert import MODELS, WordPiece, load_onnx_bert, Classifier, read_tsv, batchify, pad

ap = argparse.ArgumentParser()
ap.add_argument("data"); ap.add_argument("out")
ap.add_argument("--lr", type=float, default=5e-5); ap.add_argument("--epochs", type=int, default=3)
ap.add_argument("--bs", type=int, default=16); ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--base", choices=MODELS, default="minilm")
ap.add_argument("--warmup", type=float, default=0.1); ap.add_argument("--wd", type=float, default=0.01)
args = ap.parse_args()

torch.set_num_threads(2)
random.seed(args.seed); np.random.seed(args.seed); torch.manual_seed(args.seed)
train = read_tsv(os.path.join(args.data, "train_en.tsv")) + read_tsv(os.path.join(args.data, "dev_en.tsv"))
checks = read_tsv(os.path.join(args.data, "dev_test_en.tsv"))
SUBJ = {"OBJ": 0, "SUBJ": 1}
onnx_path, tokenizer_path = MODELS[args.base]
tok = WordPiece(tokenizer_path, 128)
bert, _, _ = load_onnx_bert(onnx_path)
model = Classifier(bert, "mean")
os.makedirs(args.out, exist_ok=True)
X = [tok.encode(s) for s, _ in train]; Y = [SUBJ[l] for _, l in train]
check_sents = [s for s, _ in checks]; check_y = np.array([SUBJ[l] for _, l in checks])


def macro_f1(y, p):
    f1 = []
    for c in (0, 1):
        tp = int(((p == c) & (y == c)).sum()); fp = int(((p == c) & (y != c)).sum()); fn = int(((p != c) & (y == c)).sum())
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1) / 2


def dev_test_f1():
    model.eval()
    probs = np.zeros(len(check_sents))
    with torch.no_grad():
        for i in range(0, len(check_sents), 64):
            ids, mask = batchify(tok, check_sents[i:i + 64])
            probs[i:i + 64] = torch.softmax(model(ids, mask), -1)[:, 1].numpy()
    model.train()
    return macro_f1(check_y, (probs >= 0.5).astype(int))


# No weight decay on biases and layer norms, as in BERT's own recipe.
def decays(name): return not (name.endswith("bias") or ".ln" in name or name.startswith("bert.ln"))
opt = torch.optim.AdamW([{"params": [p for n, p in model.named_parameters() if decays(n)], "weight_decay": args.wd},
                         {"params": [p for n, p in model.named_parameters() if not decays(n)], "weight_decay": 0.0}],
                        lr=args.lr)
total = (len(X) + args.bs - 1) // args.bs * args.epochs; warm = int(args.warmup * total)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: (s + 1) / max(1, warm) if s < warm
                                          else max(0.0, (total - s) / max(1, total - warm)))
loss_of = torch.nn.CrossEntropyLoss()
order = torch.Generator(); order.manual_seed(args.seed)
history = []
model.train()
for epoch in range(1, args.epochs + 1):
    perm = torch.randperm(len(X), generator=order).tolist(); seen_loss = 0.0
    for b in range(0, len(perm), args.bs):
        idx = perm[b:b + args.bs]
        ids, mask = pad([X[i] for i in idx])
        loss = loss_of(model(ids, mask), torch.tensor([Y[i] for i in idx]))
        opt.zero_grad(); loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step(); sched.step(); seen_loss += loss.item() * len(idx)
    record = dict(epoch=epoch, train_loss=round(seen_loss / len(X), 4), dev_test_macro_f1_at_half=round(dev_test_f1(), 4))
    history.append(record); print(json.dumps(record), flush=True)
json.dump(dict(args=vars(args), train_sentences=len(X), history=history), open(os.path.join(args.out, "history.json"), "w"), indent=1)
torch.save(model.state_dict(), os.path.join(args.out, "model.pt"))
