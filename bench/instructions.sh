#!/usr/bin/env bash
# Instructions per question, a measure the machine's load blurs far less than the clock (see bench/instructions.ts;
# runs of the same code still spread a few percent, as the JIT and GC differ: compare several):
#   bench/instructions.sh <knowledge dir> <questions.txt> [passes=2] [max questions]
# Start-up and warm-up run under callgrind with instrumentation off (--instr-atstart=no); once warm, the
# driver switches it on (callgrind_control -i on) and callgrind counts the instructions between the
# script's two markers (--zero-before=uv_uptime, --dump-before=uv_loadavg), in all threads. V8's JIT
# writes code valgrind must see change: --smc-check=all-non-file. The real JIT and GC run (not --jitless).
# INSTRUCTIONS_NODE_FLAGS adds node flags (--predictable: V8's helper threads' work done on the main
# thread, in a set order, so that a run repeats more closely).
# INSTRUCTIONS_WARM_UP (default 1000) sets how many questions are asked before counting starts.
# The questions: bench/question-band.ts picks the middle band of question times (a stand-in for p50).
# Prints: instructions per question, the total, and the script's JSON line (its times are valgrind's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "$1" && pwd); questions=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); passes=${3:-2}; max=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
INSTRUCTIONS_FLAG="$work/go" valgrind --tool=callgrind --instr-atstart=no --smc-check=all-non-file \
  --zero-before=uv_uptime --dump-before=uv_loadavg --callgrind-out-file="$work/cg.%p" \
  node ${INSTRUCTIONS_NODE_FLAGS:-} --expose-gc --import tsx bench/instructions.ts "$dir" "$questions" "$passes" $max \
  >"$work/out" 2>"$work/err" &
pid=$!
until grep -q '^ready$' "$work/err" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$work/err" >&2; exit 1; fi
  sleep 1
done
callgrind_control -i on "$pid" >/dev/null 2>&1
touch "$work/go"
wait "$pid"
dump=$(ls "$work"/cg.*.1)
total=$(awk '/^summary:/ {print $2; exit}' "$dump")
timed=$(sed -n 's/.*"timed":\([0-9]*\).*/\1/p' "$work/out")
echo "instructions/question $((total / timed)) total $total $(cat "$work/out")"
