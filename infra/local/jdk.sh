# Sourced by ./sehat, ./mvnw and .ci/run (POSIX sh): finds a JDK 21 or newer and exports JAVA_HOME, and on JDK 24+
# quiets Maven's sun.misc.Unsafe warning.
# shellcheck shell=sh

sehat_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

# Candidates in order: $JAVA_HOME, the java on PATH, then the usual install places, newest first.
sehat_jdk_candidates() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; fi
  if command -v java >/dev/null 2>&1; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
  ls -d /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV || true
}

sehat_find_jdk() {
  sehat_jdk_candidates | while IFS= read -r sehat_home; do
    if [ -x "$sehat_home/bin/java" ] && [ -x "$sehat_home/bin/javac" ]; then
      sehat_major=$(sehat_java_major "$sehat_home/bin/java")
      if [ -n "$sehat_major" ] && [ "$sehat_major" -ge 21 ]; then
        echo "$sehat_home"
        break
      fi
    fi
  done
}

SEHAT_JDK=$(sehat_find_jdk)
if [ -z "$SEHAT_JDK" ]; then
  echo "sehat: Sehat needs a JDK 21 or newer (with javac), and none was found." >&2
  echo "       Install one (e.g. apt-get install openjdk-21-jdk) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$SEHAT_JDK"
case " ${MAVEN_OPTS:-} " in
  *" --sun-misc-unsafe-memory-access="*) ;;
  *) if [ "$(sehat_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
       export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
     fi ;;
esac
