# Sourced by ./sehat and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME (and quiet MAVEN_OPTS on JDK 24+).
# shellcheck shell=bash

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

# A JDK 21 or newer: $JAVA_HOME, then the java on PATH, then the usual install places (newest first).
find_jdk() {
  local candidates=() home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in $(ls -d /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if ! JDK=$(find_jdk); then
  echo "sehat: Sehat needs a JDK 21 or newer (with javac), and none was found." >&2
  echo "       Install one (e.g. apt-get install openjdk-21-jdk) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
# Maven on JDK 24+ warns about sun.misc.Unsafe; the flag that silences it does not exist before JDK 23.
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
