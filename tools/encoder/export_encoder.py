"""Export the fine-tuned encoder (token embeddings, the output the app mean-pools) to ONNX; the head is dropped.
usage: python3 export_encoder.py RUN_DIR OUT.fp32.onnx"""
import json, os, sys
import torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bert import MODELS, WordPiece, load_onnx_bert, Classifier, batchify

run, out = sys.argv[1], sys.argv[2]
base = json.load(open(os.path.join(run, "history.json")))["args"].get("base", "minilm")  # the run's own base
bert, _, _ = load_onnx_bert(MODELS[base][0])
model = Classifier(bert, "mean"); model.load_state_dict(torch.load(os.path.join(run, "model.pt"))); model.eval()


class Encoder(torch.nn.Module):
    def __init__(self, bert): super().__init__(); self.bert = bert
    def forward(self, input_ids, attention_mask): return self.bert(input_ids, attention_mask)


ids, mask = batchify(WordPiece(MODELS[base][1]), ["A first sentence.", "And a second, longer one for the export."])
torch.onnx.export(Encoder(model.bert), (ids, mask), out, input_names=["input_ids", "attention_mask"],
                  output_names=["token_embeddings"], opset_version=14, do_constant_folding=True,
                  dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                "token_embeddings": {0: "batch", 1: "seq"}})
