#!/usr/bin/env bash
# The main job on a fresh machine: Node 24, dependencies, the real offline cluster, every scenario, the report.
# Extra arguments go to `kubetrial run` (e.g. scenarios/mission --parallel 2). The cluster stays up afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH=$(bash tools/node/ensure-node.sh):$PATH
export PATH
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent cluster:up
export KUBECONFIG=/var/lib/kubetrial-cluster/kubeconfig
exec node src/cli/main.ts run "${@:-scenarios}"
