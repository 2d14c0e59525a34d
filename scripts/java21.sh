# Sourced by scripts that run Java mains: sets java_bin to a Java 21+ runtime (JAVA_HOME, /usr/lib/jvm, PATH) or
# exits naming what is missing.
java_bin=""
for j in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java $(command -v java || true); do
  [ -x "$j" ] || continue
  v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then java_bin=$j; break; fi
done
[ -n "$java_bin" ] || { echo "$(basename "$0"): needs a Java 21+ runtime (install a JDK 21 or newer)" >&2; exit 1; }
