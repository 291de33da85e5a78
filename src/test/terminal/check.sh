#!/bin/sh
# Runs the built launcher in a real pseudo-terminal, as a person at a terminal of 80 and of 120
# columns meets it, and checks what lands there: no line of any command is wider than the terminal,
# the timeline fills the terminal's width, long output goes through the pager on a terminal and never
# into a pipe. Run after `./mvnw package` (CI runs it):  src/test/terminal/check.sh
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
herrera="$root/target/herrera"
[ -x "$herrera" ] || { echo "terminal check: $herrera not built" >&2; exit 1; }
command -v script >/dev/null 2>&1 || { echo "terminal check: needs script (util-linux)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0

# The widest line of a file, in terminal columns (East-Asian wide characters count two).
widest() {
  python3 -c '
import sys, unicodedata, re
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
text = re.sub("\x1b\\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")
print(max((sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line) for line in text.split("\n")), default=0))' "$1"
}

# Runs herrera with these arguments on a terminal COLS wide and 40 rows high; output in $tmp/out.
on_terminal() {
  cols=$1; shift
  script -qec "stty cols $cols rows 40; $herrera $*" /dev/null > "$tmp/out" 2>&1 < /dev/null || true
}

for cols in 80 120; do
  for cmd in "stints" "finals" "incidents" "matches" "on 2013-11" "on 2026-06" "team america" "teams" \
      "summary" "sources" "sources --conflicts" "record" "honours" "gaps" "timeline" "--help" "stints --help" \
      "matches --help" "record --help"; do
    on_terminal "$cols" "$cmd --no-pager"
    w=$(widest "$tmp/out")
    if [ "$w" -gt "$cols" ]; then
      echo "terminal check: 'herrera $cmd' is $w columns wide on a terminal of $cols" >&2
      failed=1
    fi
  done
  on_terminal "$cols" "timeline --no-pager"
  w=$(widest "$tmp/out")
  if [ "$w" -lt $((cols - 10)) ]; then
    echo "terminal check: the timeline is $w columns wide on a terminal of $cols" >&2
    failed=1
  fi
done

# The pager: used on a terminal for output longer than the screen, never with --no-pager or in a pipe.
pager="$tmp/pager.sh"
printf '#!/bin/sh\ncat > "%s/paged"\n' "$tmp" > "$pager"
chmod +x "$pager"
export HERRERA_PAGER="$pager"
on_terminal 80 "matches"
[ -s "$tmp/paged" ] || { echo "terminal check: matches (54 rows) was not paged on a 40-row terminal" >&2; failed=1; }
rm -f "$tmp/paged"
on_terminal 80 "matches --no-pager"
[ ! -e "$tmp/paged" ] || { echo "terminal check: --no-pager still paged" >&2; failed=1; }
"$herrera" matches > "$tmp/piped"
[ ! -e "$tmp/paged" ] || { echo "terminal check: a pipe was paged" >&2; failed=1; }
on_terminal 80 "stints"
[ ! -e "$tmp/paged" ] || { echo "terminal check: stints (15 lines) was paged on a 40-row terminal" >&2; failed=1; }
unset HERRERA_PAGER

# Colour forced into a pipe gives the coloured table.
"$herrera" finals --color always > "$tmp/forced"
grep -q "$(printf '\033')\[" "$tmp/forced" || { echo "terminal check: --color always gave no colour in a pipe" >&2; failed=1; }
grep -q "	" "$tmp/forced" && { echo "terminal check: --color always in a pipe gave tab-separated values" >&2; failed=1; }

if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "terminal check: every command fits 80 and 120 columns; the timeline fills them; paging and forced colour as documented"
