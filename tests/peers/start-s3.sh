#!/bin/sh
# Starts s3rver on PORT with the bucket spodesk-test (keys S3RVER / S3RVER, region us-east-1):
#   tests/peers/start-s3.sh 4568   → http://127.0.0.1:4568
# Install first: npm ci --prefix tests/peers
set -eu
port=${1:-4568}
here=$(cd "$(dirname "$0")" && pwd)
data=$(mktemp -d "${TMPDIR:-/tmp}/spodesk-s3.XXXXXX")
exec node "$here/node_modules/s3rver/bin/s3rver.js" --directory "$data" --address 127.0.0.1 --port "$port" \
    --configure-bucket spodesk-test
