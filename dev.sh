#!/usr/bin/env bash
# Set up, build and run ind on a fresh Debian 12 machine.
#   ./dev.sh example   install what is missing, build, evaluate the bundled Pasuruan example
#   ./dev.sh test      install what is missing, build, run every test (also under ASan/UBSan)
set -euo pipefail
cd "$(dirname "$0")"

# nlohmann-json3-dev: the one JSON writer; python3-jsonschema: the JSON Schema test;
# dpkg-dev and file: the Debian package test (tests/package) builds the package with CPack,
# whose dependency list dpkg-shlibdeps writes. libzip-dev and libexpat1-dev: reading XLSX
# workbooks given as data (runtime/data/xlsx.cpp). nodejs and npm: the VS Code extension's
# grammar test and .vsix (editors/vscode; Debian 12's Node.js 18 is enough).
packages=(g++ cmake ninja-build python3 tao-pegtl-dev libboost-dev libfmt-dev doctest-dev
          libcli11-dev pkg-config libxlsxwriter-dev nlohmann-json3-dev python3-jsonschema
          dpkg-dev file nettle-dev libzip-dev libexpat1-dev nodejs npm)

# Installed, or provided by an installed package (a nodejs package that carries npm itself).
# The list is read whole before it is searched: under pipefail, `grep -q` ending a pipeline early
# would fail the commands still writing into it.
present() {
  local status provided
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] && return 0
  provided=$(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null |
    sed -n 's/^install ok installed|//p' | tr ',' '\n' | sed 's/ *(.*//; s/^ *//' || true)
  grep -qx -- "$1" <<< "$provided"
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    present "$p" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" ||
    { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
}

build() { # build DIR [cmake options...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" > /dev/null
  cmake --build "$dir"
}

case "${1:-}" in
  example)
    install_missing
    build build -DCMAKE_BUILD_TYPE=Release
    build/ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
    ;;
  test)
    install_missing
    echo "== release build and tests"
    build build -DCMAKE_BUILD_TYPE=Release
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
    build build-san -DCMAKE_BUILD_TYPE=Debug -DIND_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --test-dir build-san --output-on-failure -j "$(nproc)"
    ;;
  *)
    echo "usage: ./dev.sh example | test" >&2
    exit 2
    ;;
esac
