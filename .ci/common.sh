# shellcheck shell=bash
# Sourced by the .ci scripts: paths, section headers, the one configure+build step.
# SPODESK_BUILD_DIR overrides the build folder (default: build/ in the repository).

SPODESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPODESK_BUILD_DIR="${SPODESK_BUILD_DIR:-$SPODESK_ROOT/build}"
export CCACHE_BASEDIR="$SPODESK_ROOT"

section() {
    printf '\n==== %s ==== [%s]\n' "$*" "$(date '+%H:%M:%S')"
}

# configure_and_build [extra cmake -D options...]: Release build with Ninja (and ccache when present).
configure_and_build() {
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    section "Configure ($SPODESK_BUILD_DIR)"
    cmake -S "$SPODESK_ROOT" -B "$SPODESK_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
    section "Build"
    cmake --build "$SPODESK_BUILD_DIR" --parallel "$(nproc)"
}
