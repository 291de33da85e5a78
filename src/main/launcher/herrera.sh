#!/bin/sh
# herrera launcher: this file is a shell stub followed by the application jar.
# herrera.jsa next to it (written by the build) is a class-data-sharing archive of the classes a run
# needs, for the JDK that ran the build. It only saves time: a missing or stale archive, or one made by
# another JDK, is ignored without a word. It is named with -XX:SharedArchiveFile, which every JDK from
# 17 on reads, an AOT cache too, rather than JDK 25's -XX:AOTCache, which an older JVM refuses to start
# with; -Xlog:cds*=off keeps them all quiet about it (-Xlog:aot*=off would stop JDK 17 from starting).
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
# Follow links (e.g. ~/.local/bin/herrera -> .../target/herrera) to the real file and its folder.
while [ -h "$self" ]; do
  link=$(ls -ld -- "$self"); link=${link#*" -> "}
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
if dir=$(cd -P -- "${self%/*}" 2>/dev/null && pwd); then self="$dir/${self##*/}"; fi
# Java decodes arguments and file names in the locale's character set: under C or POSIX (ASCII),
# "América" or café.json would arrive mangled. Java then runs under C.UTF-8; a UTF-8 locale is kept.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
# On a terminal, ask it for its size (interactive shells do not export COLUMNS): tables, the timeline,
# help and the pager fit it. Only then: a pipe or a file pays nothing, and means no terminal.
if [ -t 1 ] && size=$(stty size </dev/tty 2>/dev/null) && [ -n "$size" ]; then
  HERRERA_TERMINAL_SIZE=$size; export HERRERA_TERMINAL_SIZE
else
  unset HERRERA_TERMINAL_SIZE
fi
# Short runs (the bundled dataset) want the JVM up at once: C1 only, since the optimizing compiler
# only competes for the CPU there, with one compiler thread (measured: 0.92x the time of two), which
# leaves the second core to the JVM's own threads, and G1, the one collector with
# which JDK 17 maps the archive's pre-built Java heap objects. A run that reads a dataset file
# (--data, validate) may read a large one, where the optimizing compiler and the serial collector pay
# many times over (measured with src/bench/scale.sh).
vm="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
for arg; do
  case $arg in --data|--data=*|validate) vm="-XX:+UseSerialGC"; break ;; esac
done
if [ -r "$dir/herrera.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$dir/herrera.jsa" -jar "$self" "$@"
else
  set -- -jar "$self" "$@"
fi
# No perf-data file. The heap is capped so that a big --data file cannot take the machine's memory
# (HERRERA_JAVA_OPTS=-Xmx4g raises it).
exec "$java" -Xshare:auto -Xlog:cds*=off -Xlog:class+path=off $vm -XX:-UsePerfData \
  -Xmx1g $HERRERA_JAVA_OPTS "$@"
