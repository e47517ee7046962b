# Sourced by ./mvnw, ./osteon and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Tycho 5 needs Java 21 or newer; many machines default to an older java.
osteon_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
osteon_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(osteon_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  best=""; bestv=0
  case $- in *f*) osteon_noglob=1; set +f;; *) osteon_noglob=0;; esac
  for d in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(osteon_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ "$osteon_noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "osteon: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked under /usr/lib/jvm, /opt/java)." >&2
    echo "osteon: install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"; export JAVA_HOME
}
osteon_find_jdk || exit 1
