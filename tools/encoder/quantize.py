"""Dynamic int8 quantization of a BERT ONNX export, written against the plain onnx API
(onnxruntime's quantizer is not installable offline here).
 - MatMul with a constant [K,N] weight -> DynamicQuantizeLinear(x) + MatMulInteger(u8 x, s8 W) + rescale,
   weights symmetric per output column;
 - the word-embedding Gather -> int8 table with one scale per row.
usage: python3 quantize.py IN.onnx OUT.onnx [--reduce-range]"""
import sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

src, dst = sys.argv[1], sys.argv[2]
qmax = 63 if "--reduce-range" in sys.argv else 127
m = onnx.load(src)
g = m.graph
inits = {i.name: i for i in g.initializer}
new_nodes, drop, add = [], set(), []


def const(name, arr):
    add.append(numpy_helper.from_array(arr, name))
    return name


for n in g.node:
    w = inits.get(n.input[1]) if n.op_type == "MatMul" and len(n.input) > 1 else None
    if w is not None and len(w.dims) == 2:
        W = numpy_helper.to_array(w).astype(np.float32)
        scale = np.maximum(np.abs(W).max(axis=0), 1e-12) / qmax
        Wq = np.clip(np.rint(W / scale), -qmax, qmax).astype(np.int8)
        p = n.name.replace("/", "_")
        drop.add(w.name)
        wq, ws, wzp = const(p + "_Wq", Wq), const(p + "_Ws", scale.astype(np.float32)), const(p + "_Wzp", np.array(0, np.int8))
        x = n.input[0]
        new_nodes += [
            helper.make_node("DynamicQuantizeLinear", [x], [p + "_xq", p + "_xs", p + "_xzp"], name=p + "_dql"),
            helper.make_node("MatMulInteger", [p + "_xq", wq, p + "_xzp", wzp], [p + "_i32"], name=p + "_mmi"),
            helper.make_node("Cast", [p + "_i32"], [p + "_f"], to=TensorProto.FLOAT, name=p + "_cast"),
            helper.make_node("Mul", [p + "_xs", ws], [p + "_s"], name=p + "_scale"),
            helper.make_node("Mul", [p + "_f", p + "_s"], [n.output[0]], name=p + "_rescale"),
        ]
        continue
    t = inits.get(n.input[0]) if n.op_type == "Gather" else None
    if t is not None and t.dims[0] > 10000:
        T = numpy_helper.to_array(t).astype(np.float32)
        scale = (np.maximum(np.abs(T).max(axis=1, keepdims=True), 1e-12) / 127).astype(np.float32)
        Tq = np.clip(np.rint(T / scale), -127, 127).astype(np.int8)
        p = n.name.replace("/", "_")
        drop.add(t.name)
        tq, ts = const(p + "_Tq", Tq), const(p + "_Ts", scale)
        ids = n.input[1]
        new_nodes += [
            helper.make_node("Gather", [tq, ids], [p + "_q"], name=p + "_gq"),
            helper.make_node("Cast", [p + "_q"], [p + "_f"], to=TensorProto.FLOAT, name=p + "_cast"),
            helper.make_node("Gather", [ts, ids], [p + "_s"], name=p + "_gs"),  # [batch, seq, 1] broadcasts
            helper.make_node("Mul", [p + "_f", p + "_s"], [n.output[0]], name=p + "_rescale"),
        ]
        continue
    new_nodes.append(n)

keep = [i for i in g.initializer if i.name not in drop] + add
del g.node[:]
g.node.extend(new_nodes)
del g.initializer[:]
g.initializer.extend(keep)
onnx.checker.check_model(m)
onnx.save(m, dst)
print(f"{src} -> {dst}: {sum(1 for x in drop)} tensors quantized")
