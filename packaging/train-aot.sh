#!/usr/bin/env bash
# Builds the ahead-of-time cache packaging/build/kondens.aot (JDK 25, JEP 514/515) from a training
# run that opens the sample project and visits every work area (kondens --startup-probe=train).
#
#   packaging/train-aot.sh [JAVA [JAR]]
#
# A cache is only accepted by the same JVM and the same class path it was made with: JAVA defaults
# to the app image's own runtime (packaging/build/app-image/Kondens/lib/runtime/bin/java) when it
# exists, else java on the PATH; JAR defaults to the app image's lib/app/kondens.jar, else
# app/target/kondens.jar. Run the app with: java -XX:AOTCache=kondens.aot -jar <the same JAR>.
# Needs a display: without DISPLAY it starts its own Xvfb when there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
image=packaging/build/app-image/Kondens
java=${1:-}
jar=${2:-}
if [[ -z $java ]]; then
  if [[ -x $image/lib/runtime/bin/java ]]; then java=$image/lib/runtime/bin/java; else java=java; fi
fi
if [[ -z $jar ]]; then
  if [[ -f $image/lib/app/kondens.jar ]]; then jar=$image/lib/app/kondens.jar; else jar=app/target/kondens.jar; fi
fi
[[ -f $jar ]] || { echo "train-aot: no $jar (mvn -o -q package -pl app -am -DskipTests)" >&2; exit 1; }
out=packaging/build/kondens.aot
mkdir -p packaging/build
rm -f "$out"

xvfb=
if [[ -z ${DISPLAY:-} ]]; then
  command -v Xvfb >/dev/null || { echo "train-aot: no DISPLAY and no Xvfb; the training run needs a display" >&2; exit 1; }
  display=:$((100 + RANDOM % 800))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  export DISPLAY=$display
  sleep 1
fi

abs_out=$PWD/$out
if [[ -z ${1:-} && -x $image/bin/Kondens ]]; then
  # Trained through the app's own launcher: the cache must see the JVM options the launcher passes
  # (class path, --enable-native-access …), or the installed app rejects it on every start.
  echo "train-aot: through $image/bin/Kondens"
  JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$abs_out -Xlog:aot=error -Dkondens.prefs=org/kondens-train" \
    "$image/bin/Kondens" --startup-probe=train
  [[ -s $out ]] || { echo "train-aot: no cache written" >&2; exit 1; }
  shared=$(JAVA_TOOL_OPTIONS="-XX:AOTCache=$abs_out -Xlog:class+load" "$image/bin/Kondens" --version 2>&1 \
    | grep -c '^\[.*org\.kondens\..* source: shared objects file' || true)
else
  # The class path must be spelled as the app will spell it: the absolute jar path.
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  echo "train-aot: $java, $jar"
  "$java" -XX:AOTCacheOutput="$out" -Xlog:aot=error -Dkondens.prefs=org/kondens-train -jar "$jar" --startup-probe=train
  [[ -s $out ]] || { echo "train-aot: no cache written" >&2; exit 1; }
  # Check it is accepted: a cache made by another JVM or for another jar is ignored without a word,
  # so count the app's classes that come from it.
  shared=$("$java" -XX:AOTCache="$out" -Xlog:class+load -jar "$jar" --version 2>&1 | grep -c '^\[.*org\.kondens\..* source: shared objects file' || true)
fi
if [[ $shared -eq 0 ]]; then
  echo "train-aot: the cache is not used by $java with $jar (no app class from it)" >&2
  exit 1
fi
echo "train-aot: wrote $out ($(du -h "$out" | cut -f1)); $shared app classes load from it"
