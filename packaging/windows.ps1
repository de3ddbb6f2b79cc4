# Builds the Windows installer (.msi): the same settings and steps as packaging/linux.sh.
#   pwsh packaging/windows.ps1   -> packaging/build/Kondens-<version>.msi
# Needs JDK 25+ as JAVA_HOME, WiX (for jpackage's .msi) and app/target/kondens.jar (mvn package).
# Runs in CI (.github/workflows/installers.yml) on windows-latest; it cannot be tried on Linux.
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$root = Split-Path $here
Set-Location $root

$s = @{}  # settings.env: KEY=value lines
foreach ($line in Get-Content "$here/settings.env") {
  if ($line -match '^([A-Z_]+)=(.*)$') { $s[$Matches[1]] = $Matches[2] }
}
$version = ((Select-Xml -Path pom.xml -Namespace @{m = 'http://maven.apache.org/POM/4.0.0'} -XPath '/m:project/m:version').Node.InnerText) -replace '-SNAPSHOT$', ''
$jdk = $env:JAVA_HOME
$build = "$here/build"
$jar = "$root/app/target/$($s.MAIN_JAR)"
if (-not (Test-Path $jar)) { mvn -q package -pl app -am -DskipTests; if ($LASTEXITCODE) { exit 1 } }

Remove-Item -Recurse -Force "$build/runtime", "$build/input" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$build/input" | Out-Null
Copy-Item $jar "$build/input/"

& "$jdk/bin/jlink" --add-modules $s.MODULES --include-locales $s.LOCALES `
  --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$build/runtime"
if ($LASTEXITCODE) { exit 1 }

# The app starts from the menu without a console; kondens-cli.exe is the command line.
& "$jdk/bin/jpackage" --type msi --dest $build `
  --name $s.APP_NAME --app-version $version --vendor $s.VENDOR --description $s.DESCRIPTION `
  --copyright $s.COPYRIGHT --icon "$here/kondens.ico" `
  --input "$build/input" --main-jar $s.MAIN_JAR --main-class $s.MAIN_CLASS `
  --java-options $s.JAVA_OPTIONS --runtime-image "$build/runtime" `
  --file-associations "$here/$($s.FILE_ASSOCIATIONS)" `
  --add-launcher "kondens-cli=$here/windows/kondens-cli.properties" `
  --win-menu --win-menu-group $s.APP_NAME --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid $s.WIN_UPGRADE_UUID
if ($LASTEXITCODE) { exit 1 }
Get-ChildItem "$build/*.msi" | ForEach-Object { "packaging: $($_.Name) $([math]::Round($_.Length / 1MB)) MB" }
