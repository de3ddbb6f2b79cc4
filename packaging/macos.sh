#!/usr/bin/env bash
# Builds the macOS installer (.dmg): the same settings and steps as packaging/linux.sh.
#   packaging/macos.sh   -> packaging/build/Kondens-<version>.dmg
# Needs JDK 25+ as JAVA_HOME and app/target/kondens.jar (mvn package). Runs in CI
# (.github/workflows/installers.yml) on macos-latest; it cannot be tried on Linux.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"
. "$here/common.sh"

jdk="$(find_jdk)" || die "no JDK 25 or newer with jlink and jpackage (set JAVA_HOME)."
version="$(app_version)"
# macOS wants the first number of a version to be 1 or more.
case "$version" in 0.*) version="1.${version#0.}" ;; esac
build="$here/build"
jar="$root/app/target/$MAIN_JAR"
[ -f "$jar" ] || mvn -q package -pl app -am -DskipTests

rm -rf "$build/runtime" "$build/input" "$build/kondens.iconset"
mkdir -p "$build/input" "$build/kondens.iconset"
cp "$jar" "$build/input/"
# The .icns from our PNG, with the tools every Mac has.
for px in 16 32 128 256; do
  sips -z "$px" "$px" "$here/kondens.png" --out "$build/kondens.iconset/icon_${px}x${px}.png" >/dev/null
done
iconutil -c icns "$build/kondens.iconset" -o "$build/kondens.icns"

"$jdk/bin/jlink" --add-modules "$MODULES" --include-locales "$LOCALES" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$build/runtime"

"$jdk/bin/jpackage" --type dmg --dest "$build" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon "$build/kondens.icns" \
  --input "$build/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --java-options "$JAVA_OPTIONS" --runtime-image "$build/runtime" \
  --file-associations "$here/$FILE_ASSOCIATIONS" \
  --mac-package-identifier "$MAC_BUNDLE_ID" --mac-app-category public.app-category.education
echo "packaging: $(ls "$build"/*.dmg) $(size_of "$build"/*.dmg)"
