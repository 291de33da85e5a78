#!/bin/sh
# herrera launcher: this file is a shell stub followed by the application jar.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
exec "$java" $HERRERA_JAVA_OPTS -jar "$0" "$@"
