#!/usr/bin/env bash
# Build Tandem's one-folder Linux bundle, validate the desktop files, and smoke-test the bundle.
#
#     bash packaging/build_linux.sh            # -> dist/tandem/tandem
#
# TANDEM_DIST and TANDEM_BUILD move the output and PyInstaller's work folder (the slow test uses a temp dir).
# Prints the build time and the bundle size at the end; exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

DIST=${TANDEM_DIST:-dist}
WORK=${TANDEM_BUILD:-build}
PYINSTALLER=${TANDEM_PYINSTALLER:-pyinstaller>=6.11,<7}

validate_desktop_files() {
  if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "== installing desktop-file-utils and appstream (the validators)"
      apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream >/dev/null
    else
      echo "== SKIPPED validation: desktop-file-validate or appstreamcli is missing (as root, apt-get install desktop-file-utils appstream)"
      return 0
    fi
  fi
  echo "== desktop-file-validate packaging/org.tandem.Tandem.desktop"
  desktop-file-validate packaging/org.tandem.Tandem.desktop
  echo "== appstreamcli validate packaging/org.tandem.Tandem.metainfo.xml"
  appstreamcli validate --no-net packaging/org.tandem.Tandem.metainfo.xml
}

validate_desktop_files

echo "== building the bundle with PyInstaller ($PYINSTALLER) into $DIST/tandem"
started=$(date +%s)
uv run --with "$PYINSTALLER" pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/tandem.spec
build_seconds=$(( $(date +%s) - started ))
size=$(du -sh "$DIST/tandem" | cut -f1)

echo "== smoke test"
smoke_started=$(date +%s)
uv run python packaging/smoke_test.py "$DIST/tandem"
smoke_seconds=$(( $(date +%s) - smoke_started ))

echo "bundle: $DIST/tandem/tandem"
echo "build time: ${build_seconds} s; smoke test: ${smoke_seconds} s; bundle size: ${size}"
