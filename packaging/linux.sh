#!/usr/bin/env bash
# Builds the Linux installers: a trimmed Java runtime (jlink), the app image and the .deb (jpackage).
#   packaging/linux.sh            -> packaging/build/app-image/Kondens and packaging/build/kondens_<version>_<arch>.deb
#   packaging/linux.sh --image    -> the app image only
# Needs JDK 25+ (jlink, jpackage; JAVA_HOME or /usr/lib/jvm) and, for the .deb, dpkg-deb and fakeroot.
# Packages app/target/kondens.jar as it is; builds it first only when it is missing (extra Maven
# flags in KONDENS_MVN_FLAGS, e.g. -o), so run `mvn package` after changing the code.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"
# shellcheck source=packaging/common.sh
. "$here/common.sh"

image_only=false
[ "${1:-}" = "--image" ] && image_only=true

jdk="$(find_jdk)" || die "no JDK 25 or newer with jlink and jpackage (set JAVA_HOME)."
version="$(app_version)"
build="$here/build"
jar="$root/app/target/$MAIN_JAR"

if [ ! -f "$jar" ]; then
  command -v mvn >/dev/null || die "$jar is missing and Maven (mvn) is not installed to build it."
  echo "packaging: building $MAIN_JAR"
  JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" mvn ${KONDENS_MVN_FLAGS:-} -q package -pl app -am -DskipTests
fi

rm -rf "$build/runtime" "$build/input" "$build/app-image" "$build/resources"
mkdir -p "$build/input" "$build/app-image"
cp "$jar" "$build/input/"
# The jar carries sqlite-jdbc's native library for every system; keep this machine's only.
arch="$(uname -m)"
zip -q -d "$build/input/$MAIN_JAR" 'org/sqlite/native/*' -x "org/sqlite/native/Linux/$arch/*" \
  "org/sqlite/native/Linux-Musl/$arch/*" >/dev/null || die "could not trim $MAIN_JAR (is zip installed?)"

echo "packaging: jlink runtime ($MODULES)"
"$jdk/bin/jlink" --add-modules "$MODULES" --include-locales "$LOCALES" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --output "$build/runtime"

echo "packaging: app image $APP_NAME $version"
"$jdk/bin/jpackage" --type app-image --dest "$build/app-image" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon "$here/kondens.png" \
  --input "$build/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --java-options "$JAVA_OPTIONS" --runtime-image "$build/runtime"
app="$build/app-image/$APP_NAME"

# Ahead-of-time start-up cache: packaging/train-aot.sh (when present) trains on the app image and
# writes packaging/build/kondens.aot; the launcher uses it only when the file made it into the image.
if [ -f "$here/train-aot.sh" ]; then
  echo "packaging: training the AOT cache"
  bash "$here/train-aot.sh" || echo "packaging: AOT training failed; the app starts without the cache" >&2
fi
if [ -f "$build/kondens.aot" ]; then
  cfg="$app/lib/app/$APP_NAME.cfg"
  cp "$build/kondens.aot" "$app/lib/app/kondens.aot"
  cp "$cfg" "$build/launcher.cfg"
  printf 'java-options=-XX:AOTCache=$APPDIR/kondens.aot\n' >> "$cfg"
  # The JVM takes the cache only when it was trained with the launcher's own options (class path,
  # --enable-native-access, ...); a rejected cache would print errors on every start, so it goes.
  if "$app/bin/$APP_NAME" --version 2>&1 | grep '\[aot\]'; then
    echo "packaging: the launcher rejects packaging/build/kondens.aot (above); the app image goes without it." >&2
    echo "packaging: train through the launcher: JAVA_TOOL_OPTIONS=-XX:AOTCacheOutput=... $app/bin/$APP_NAME --startup-probe=train" >&2
    rm "$app/lib/app/kondens.aot"
    mv "$build/launcher.cfg" "$cfg"
  fi
  rm -f "$build/launcher.cfg"
fi

echo "packaging: app image $(size_of "$app") (runtime $(size_of "$app/lib/runtime")) in $app"
$image_only && exit 0

for tool in dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || die "$tool is missing, so no .deb (the app image is in $app)."
done
# jpackage's own postinst/prerm templates plus the /usr/bin/kondens link to the launcher.
mkdir -p "$build/resources"
launcher="/opt/$PACKAGE_NAME/bin/$APP_NAME"
for f in postinst prerm; do
  sed -e "s|@LAUNCHER@|$launcher|g" -e "s|@COMMAND@|$PACKAGE_NAME|g" "$here/linux/$f" > "$build/resources/$f"
done
# jpackage's menu entry template with %F, so a double-clicked .kondens file reaches the app.
cp "$here/linux/Kondens.desktop" "$build/resources/$APP_NAME.desktop"
rm -f "$build"/*.deb
echo "packaging: .deb"
"$jdk/bin/jpackage" --type deb --dest "$build" --app-image "$app" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon "$here/kondens.png" --resource-dir "$build/resources" \
  --file-associations "$here/$FILE_ASSOCIATIONS" --install-dir /opt \
  --linux-package-name "$PACKAGE_NAME" --linux-shortcut --linux-menu-group "$LINUX_MENU_GROUP" \
  --linux-app-category education --linux-deb-maintainer "$LINUX_DEB_MAINTAINER" \
  --linux-package-deps "$LINUX_DEB_DEPENDS"
deb="$(ls "$build"/*.deb)"
echo "packaging: $(basename "$deb") $(size_of "$deb") in $build"
