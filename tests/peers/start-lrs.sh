#!/bin/sh
# Starts the real LRS (Learning Locker's xapi-statements 5.0.1, in memory) on PORT for trying the app by hand:
#   tests/peers/start-lrs.sh 18080   → http://127.0.0.1:18080/xAPI, Basic test:test
# Install first: npm ci --prefix tests/peers
set -eu
port=${1:-18080}
here=$(cd "$(dirname "$0")" && pwd)
data=$(mktemp -d "${TMPDIR:-/tmp}/spodesk-lrs.XXXXXX")
cd "$here"
EXPRESS_PORT=$port AUTH_REPO=test EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=local \
FS_LOCAL_STORAGE_DIR=$data EXPRESS_MORGAN_DIRECTORY=$data \
    exec node node_modules/xapi-statements/dist/index.js
