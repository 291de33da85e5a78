#!/bin/sh
# Scale benchmark: generates datasets of 10k, 100k and 1M matches (seeded, valid against the model)
# and times `herrera --data F finals` against the same question put to jq, run alternately.
# Run after `./mvnw -DskipTests package` (the generator is test code, in target/test-classes):
#   src/bench/scale.sh [PAIRS] [SIZES...]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then bin="$JAVA_HOME/bin/"; else bin=; fi
herrera=${HERRERA:-$root/target/herrera}
classes="$root/target/test-classes"
if [ ! -x "$herrera" ] || [ ! -f "$classes/dev/herrera/bench/SyntheticDataset.class" ]; then
  echo "scale.sh: run ./mvnw -DskipTests package first" >&2
  exit 1
fi
if ! command -v jq >/dev/null 2>&1; then
  echo "scale.sh: jq is not installed; it is the baseline here" >&2
  exit 1
fi
pairs=${1:-5}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- 10000 100000 1000000
out="$root/target/bench"
mkdir -p "$out"
us=$(printf '\037')
for n in "$@"; do
  f="$out/matches-$n.json"
  if [ ! -s "$f" ]; then
    "${bin}java" -cp "$classes" dev.herrera.bench.SyntheticDataset "$n" "$f"
  fi
  echo "== $n matches, $(wc -c < "$f" | tr -d ' ') bytes"
  "${bin}java" "$root/src/bench/Bench.java" --pairs "$pairs" --warmup 1 \
    "jq" "jq${us}[.matches[]|select(.stage==\"final\")]|length${us}$f" \
    "herrera --data F finals" "$herrera${us}--data${us}$f${us}finals"
done
