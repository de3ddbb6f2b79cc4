# Shared by linux.sh, macos.sh and test-deb.sh (sourced): the settings, the JDK, the version.
here="${here:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"

die() { echo "packaging: $*" >&2; exit 1; }

# settings.env: KEY=value lines, exported as they are (no shell expansion).
while IFS='=' read -r key value; do
  case "$key" in ''|\#*) continue ;; esac
  export "$key=$value"
done < "$here/settings.env"

java_major() { # major Java version of a JDK folder, or 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]; exit}' || echo 0
}

find_jdk() { # JAVA_HOME, else the first /usr/lib/jvm JDK that fits; it must be 25+ with jlink and jpackage
  local d
  for d in ${JAVA_HOME:-} /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/jpackage" ] && [ -x "$d/bin/jlink" ] && [ "$(java_major "$d")" -ge 25 ] \
      && { echo "$d"; return 0; }
  done
  return 1
}

app_version() { # the parent pom's version without -SNAPSHOT (installers want numbers)
  sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' "$here/../pom.xml" | head -1 | sed 's/-SNAPSHOT$//'
}

size_of() { du -sh "$1" | cut -f1; }
