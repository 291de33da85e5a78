#!/bin/sh
# Start-up benchmark: each herrera command (and jq, when installed) run alternately with a Java
# hello-world, the floor any JVM program pays. Run after `./mvnw -DskipTests package`:
#   src/bench/startup.sh [PAIRS]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then bin="$JAVA_HOME/bin/"; else bin=; fi
herrera=${HERRERA:-$root/target/herrera}
data="$root/data/herrera.json"
if [ ! -x "$herrera" ]; then
  echo "startup.sh: $herrera not found; run ./mvnw -DskipTests package first" >&2
  exit 1
fi
pairs=${1:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cat > "$tmp/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
"${bin}javac" -d "$tmp" "$tmp/Hello.java"
# Words of one command are joined by the unit separator, so paths may hold spaces.
us=$(printf '\037')
set -- "hello" "${bin}java${us}-cp${us}$tmp${us}Hello"
for c in stints finals incidents --help --version; do
  set -- "$@" "herrera $c" "$herrera${us}$c"
done
if command -v jq >/dev/null 2>&1; then
  set -- "$@" "jq finals (bundled file)" "jq${us}[.matches[]|select(.stage==\"final\")]|length${us}$data"
else
  echo "jq is not installed: skipping the jq row" >&2
fi
"${bin}java" "$root/src/bench/Bench.java" --pairs "$pairs" --warmup 3 "$@"
