#!/usr/bin/env bash
# Builds the Kubernetes commands and etcd from the Go module proxy into a cache keyed by version.
# A second call finds the binaries and returns at once.
source "$(dirname "$0")/lib.sh"

command -v go >/dev/null || die "Go is not installed (need Go >= 1.26 for etcd $ETCD_VERSION)"

build_kubernetes() {
  local commands=(kube-apiserver kube-controller-manager kube-scheduler kubelet kubectl)
  if [ -x "$KUBE_BIN/kubelet" ] && [ -x "$KUBE_BIN/kubectl" ]; then return 0; fi
  log "building Kubernetes $KUBE_VERSION from the Go module proxy (about 4 minutes cold on 2 cores)"
  local minor commit ldflags tmp pkg start
  start=$(date +%s)
  minor=$(echo "$KUBE_VERSION" | cut -d. -f2)
  cd "$OC_DIR/go/kube"
  commit=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/.*"Hash": "\(.*\)".*/\1/p')
  ldflags="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags="$ldflags -X $pkg.gitVersion=$KUBE_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
    ldflags="$ldflags -X $pkg.gitCommit=${commit:-unknown} -X $pkg.gitTreeState=clean -X $pkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  done
  tmp=$KUBE_BIN.partial
  rm -rf "$tmp" && mkdir -p "$tmp"
  CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$tmp/" "${commands[@]/#/k8s.io/kubernetes/cmd/}"
  rm -rf "$KUBE_BIN" && mv "$tmp" "$KUBE_BIN"
  log "Kubernetes built in $(( $(date +%s) - start )) s: $("$KUBE_BIN/kubelet" --version)"
}

build_etcd() {
  if [ -x "$ETCD_BIN/etcd" ]; then return 0; fi
  log "building etcd $ETCD_VERSION from the Go module proxy"
  cd "$OC_DIR/go/etcd"
  rm -rf "$ETCD_BIN.partial" && mkdir -p "$ETCD_BIN.partial"
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$ETCD_BIN.partial/etcd" go.etcd.io/etcd/server/v3
  rm -rf "$ETCD_BIN" && mv "$ETCD_BIN.partial" "$ETCD_BIN"
}

mkdir -p "$CACHE/bin"
build_etcd
build_kubernetes
