#!/usr/bin/env bash
# Builds the cluster's binaries from the Go module proxy into a cache keyed by version, outside the checkout:
# Kubernetes (the chosen version), etcd, containerd 2, runc and the CNI plugins. A second call finds them
# and returns at once. Each build writes to NAME.partial and renames when complete, so a failed or
# interrupted build leaves nothing that looks finished. Usage: build.sh [--version 1.36] [--only kubernetes]
source "$(dirname "$0")/lib.sh"

command -v go >/dev/null || die "Go is not installed (need Go >= 1.26)"
only=
for ((i = 1; i <= $#; i++)); do [ "${!i}" = --only ] && { j=$((i + 1)); only=${!j}; }; done

# finish NAME_DIR START: moves the partial build into place and logs its duration.
finish() {
  rm -rf "$1" && mv "$1.partial" "$1"
  log "built $(basename "$1") in $(( $(date +%s) - $2 )) s"
}

build_kubernetes() {
  local commands=(kube-apiserver kube-controller-manager kube-scheduler kubelet kubectl) minor commit ldflags pkg start
  [ -x "$KUBE_BIN/kubelet" ] && [ -x "$KUBE_BIN/kubectl" ] && return 0
  [ -f "$OC_DIR/go/kube-v$KUBE_MINOR/go.mod" ] || die "no wrapper module for Kubernetes $KUBE_MINOR in $OC_DIR/go"
  log "building Kubernetes $KUBE_VERSION from the Go module proxy (4-6 minutes cold on 2 cores)"
  start=$(date +%s)
  minor=$(echo "$KUBE_VERSION" | cut -d. -f2)
  cd "$OC_DIR/go/kube-v$KUBE_MINOR"
  commit=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/.*"Hash": "\(.*\)".*/\1/p')
  ldflags="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags="$ldflags -X $pkg.gitVersion=$KUBE_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
    ldflags="$ldflags -X $pkg.gitCommit=${commit:-unknown} -X $pkg.gitTreeState=clean -X $pkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  done
  rm -rf "$KUBE_BIN.partial" && mkdir -p "$KUBE_BIN.partial"
  CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$KUBE_BIN.partial/" "${commands[@]/#/k8s.io/kubernetes/cmd/}"
  finish "$KUBE_BIN" "$start"
}

build_etcd() {
  local start
  [ -x "$ETCD_BIN/etcd" ] && return 0
  log "building etcd $ETCD_VERSION from the Go module proxy"
  start=$(date +%s)
  cd "$OC_DIR/go/etcd"
  rm -rf "$ETCD_BIN.partial" && mkdir -p "$ETCD_BIN.partial"
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$ETCD_BIN.partial/etcd" go.etcd.io/etcd/server/v3
  finish "$ETCD_BIN" "$start"
}

# containerd 2 has no replace directives: go install builds it (and its runc shim) straight from the proxy.
build_containerd() {
  local start module=github.com/containerd/containerd/v2
  [ -x "$CONTAINERD_BIN/containerd" ] && [ -x "$CONTAINERD_BIN/containerd-shim-runc-v2" ] && return 0
  log "building containerd $CONTAINERD_VERSION from the Go module proxy"
  start=$(date +%s)
  rm -rf "$CONTAINERD_BIN.partial" && mkdir -p "$CONTAINERD_BIN.partial"
  GOFLAGS= GOBIN=$CONTAINERD_BIN.partial CGO_ENABLED=0 go install -trimpath \
    -ldflags "-s -w -X $module/version.Version=$CONTAINERD_VERSION -X $module/version.Revision=proxy" \
    "$module/cmd/containerd@$CONTAINERD_VERSION" "$module/cmd/containerd-shim-runc-v2@$CONTAINERD_VERSION" \
    "$module/cmd/ctr@$CONTAINERD_VERSION"
  finish "$CONTAINERD_BIN" "$start"
}

# runc needs cgo (and libseccomp for its seccomp filter). Releases up to v1.3 carry a replace directive and need a
# wrapper module; v1.4+ have none, so go install builds it straight from the proxy.
build_runc() {
  local start
  [ -x "$RUNC_BIN/runc" ] && return 0
  log "building runc $RUNC_VERSION from the Go module proxy"
  start=$(date +%s)
  rm -rf "$RUNC_BIN.partial" && mkdir -p "$RUNC_BIN.partial"
  GOFLAGS= GOBIN=$RUNC_BIN.partial CGO_ENABLED=1 go install -trimpath -tags seccomp \
    -ldflags "-s -w -X main.version=${RUNC_VERSION#v}" "github.com/opencontainers/runc@$RUNC_VERSION"
  finish "$RUNC_BIN" "$start"
}

build_cni_plugins() {
  local start module=github.com/containernetworking/plugins
  [ -x "$CNI_BIN/bridge" ] && [ -x "$CNI_BIN/host-local" ] && [ -x "$CNI_BIN/loopback" ] && [ -x "$CNI_BIN/portmap" ] && return 0
  log "building CNI plugins $CNI_PLUGINS_VERSION from the Go module proxy"
  start=$(date +%s)
  rm -rf "$CNI_BIN.partial" && mkdir -p "$CNI_BIN.partial"
  GOFLAGS= GOBIN=$CNI_BIN.partial CGO_ENABLED=0 go install -trimpath -ldflags "-s -w" \
    "$module/plugins/main/bridge@$CNI_PLUGINS_VERSION" "$module/plugins/main/loopback@$CNI_PLUGINS_VERSION" \
    "$module/plugins/ipam/host-local@$CNI_PLUGINS_VERSION" "$module/plugins/meta/portmap@$CNI_PLUGINS_VERSION"
  finish "$CNI_BIN" "$start"
}

mkdir -p "$CACHE/bin"
case $only in
  "") build_etcd; build_containerd; build_runc; build_cni_plugins; build_kubernetes ;;
  kubernetes) build_kubernetes ;;
  node-stack) build_containerd; build_runc; build_cni_plugins ;;
  etcd) build_etcd ;;
  *) die "unknown --only $only (kubernetes, node-stack, etcd)" ;;
esac
