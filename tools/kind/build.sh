#!/usr/bin/env bash
# Builds the real kind CLI from the Go module proxy into the cache (no-op when present); prints its path.
set -euo pipefail
KIND_VERSION=v0.33.0
CACHE=${KUBETRIAL_CACHE:-/var/cache/kubetrial}
OUT=$CACHE/bin/kind-$KIND_VERSION
if [ ! -x "$OUT/kind" ]; then
  command -v go >/dev/null || { echo "kind: Go is not installed" >&2; exit 1; }
  mkdir -p "$OUT"
  GOTOOLCHAIN=local GOMODCACHE=$CACHE/gomod GOCACHE=$CACHE/gocache GOBIN=$OUT CGO_ENABLED=0 \
    go install "sigs.k8s.io/kind@$KIND_VERSION" >&2
fi
echo "$OUT/kind"
