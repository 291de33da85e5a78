#!/bin/sh
# herrera launcher: this file is a shell stub followed by the application jar.
# herrera.jsa next to it (written by the build) is a class-data-sharing archive of the classes a run
# needs. It only saves time: a missing, stale or foreign archive is ignored without a word.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
# Follow links (e.g. ~/.local/bin/herrera -> .../target/herrera) to the real file and its folder.
while [ -h "$self" ]; do
  link=$(ls -ld -- "$self"); link=${link#*" -> "}
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
if dir=$(cd -P -- "${self%/*}" 2>/dev/null && pwd); then self="$dir/${self##*/}"; fi
if [ -r "$dir/herrera.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$dir/herrera.jsa" -jar "$self" "$@"
else
  set -- -jar "$self" "$@"
fi
# C1 only: on short runs the optimizing compiler only competes for the CPU, and measured with
# src/bench/scale.sh it did not pay off even at a million matches. G1 (the default collector) because
# only with it does JDK 17 map the archive's pre-built Java heap objects, which makes start-up faster
# than the serial collector does. No perf-data file. The heap is capped so that a big --data file
# cannot take the machine's memory (HERRERA_JAVA_OPTS=-Xmx4g raises it).
exec "$java" -Xshare:auto -Xlog:cds*=off -Xlog:class+path=off -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
  -Xmx1g $HERRERA_JAVA_OPTS "$@"
