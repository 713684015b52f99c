#!/bin/sh
# Runs every reply-parser fuzz target of BUILD_DIR for SECONDS each, starting from the committed seed corpora,
# and prints the executions per target. Exits non-zero when a target finds a crash (the reproducer is kept in
# the target's work directory, printed below).
#   usage: tests/fuzz/run-all.sh BUILD_DIR SECONDS
set -u
build=${1:?usage: run-all.sh BUILD_DIR SECONDS}
build=$(cd "$build" && pwd) || exit 2
seconds=${2:?usage: run-all.sh BUILD_DIR SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/spodesk-fuzz.XXXXXX")
status=0
found=0
printf '%-22s %12s %10s %8s\n' target executions exec/s result
for binary in "$build"/tests/fuzz/fuzz_*; do
    [ -x "$binary" ] || continue
    found=1
    name=$(basename "$binary" | sed 's/^fuzz_//')
    corpus="$work/$name"
    mkdir -p "$corpus"
    [ -d "$here/corpus/$name" ] && cp "$here/corpus/$name"/* "$corpus"/ 2>/dev/null
    log="$work/$name.log"
    (cd "$work" && "$binary" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$work/$name-" "$corpus" >"$log" 2>&1)
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    result=ok
    if [ $rc -ne 0 ]; then
        result=CRASH
        status=1
    fi
    printf '%-22s %12s %10s %8s\n' "$name" "${execs:-?}" "${rate:-?}" "$result"
    if [ $rc -ne 0 ]; then
        echo "---- $name: see $log and $work/$name-*" >&2
        tail -40 "$log" >&2
    fi
done
if [ $found -eq 0 ]; then
    echo "no fuzz targets under $build/tests/fuzz: configure with CC=clang CXX=clang++ -DSPODESK_FUZZ=ON and build fuzz_all" >&2
    exit 2
fi
[ $status -eq 0 ] && rm -rf "$work"
exit $status
