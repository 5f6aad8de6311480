# Shared settings and helpers for the offline cluster scripts (sourced, not run).
# shellcheck shell=bash
set -euo pipefail

OC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${KUBETRIAL_CACHE:-/var/cache/kubetrial}
STATE=${KUBETRIAL_CLUSTER_STATE:-/var/lib/kubetrial-cluster}
source "$OC_DIR/versions.sh"
# Which Kubernetes: `--version X` on the command line, else KUBETRIAL_KUBERNETES, else the version the running
# cluster was started with, else the newest supported.
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[$i]} in
    --version) KUBETRIAL_KUBERNETES=${args[$((i + 1))]:-}; [ -n "$KUBETRIAL_KUBERNETES" ] || { echo "[cluster] error: --version needs a value, e.g. --version 1.36" >&2; exit 2; } ;;
    --version=*) KUBETRIAL_KUBERNETES=${args[$i]#--version=} ;;
  esac
done
unset args
resolve_kube_version "${KUBETRIAL_KUBERNETES:-$(cat "$STATE/kubernetes-version" 2>/dev/null || true)}" || exit 2
KUBE_BIN=$CACHE/bin/kubernetes-$KUBE_VERSION
ETCD_BIN=$CACHE/bin/etcd-$ETCD_VERSION
CONTAINERD_BIN=$CACHE/bin/containerd-$CONTAINERD_VERSION
RUNC_BIN=$CACHE/bin/runc-$RUNC_VERSION
CNI_BIN=$CACHE/bin/cni-plugins-$CNI_PLUGINS_VERSION
NETNS=kubetrial
HOST_VETH=kt-host
NS_VETH=kt-node
HOST_IP=10.213.0.1
NODE_IP=10.213.0.2
NODE_NAME=kubetrial-node
BRIDGE=ktbr0
POD_CIDR=10.85.0.0/16
SERVICE_CIDR=10.96.0.0/16
KUBECONFIG_OUT=$STATE/kubeconfig
CGROUP_NAME=kubetrial-cluster
CONTAINERD_STATE=/run/kubetrial-containerd
CONTAINERD_SOCK=$CONTAINERD_STATE/containerd.sock
CONTEXT=kubetrial-offline
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler containerd kubelet)

export GOTOOLCHAIN=local GOMODCACHE=$CACHE/gomod GOCACHE=$CACHE/gocache GOFLAGS=-mod=mod

log() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[cluster] error: %s\n' "$*" >&2; exit 1; }

in_netns() { nsenter --net=/run/netns/$NETNS -- "$@"; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { cat "$STATE/pids/$1.pid" 2>/dev/null || true; }

# The last lines of a component's log, indented, for error messages.
log_tail() { tail -n "${2:-20}" "$STATE/logs/$1.log" 2>/dev/null | sed 's/^/    /'; }
