# The Kubernetes versions the offline cluster can run, and the node stack built beside them (sourced by lib.sh).
# Choose with KUBETRIAL_KUBERNETES=1.36 (or `npm run cluster:up -- --version 1.36`); the newest is the default.
# shellcheck shell=bash
# minor -> the patch release the Go module proxy served completely (docs/offline-cluster.md, "Versions").
declare -A KUBE_RELEASES=([1.37]=v1.37.2 [1.36]=v1.36.3 [1.35]=v1.35.4)
KUBE_DEFAULT_MINOR=1.37
KUBE_SUPPORTED_MINORS="1.35 1.36 1.37"

ETCD_VERSION=v3.6.16
CONTAINERD_VERSION=v2.4.2
RUNC_VERSION=v1.5.3
CNI_PLUGINS_VERSION=v1.10.0

# resolve_kube_version 1.36 | v1.36.3 | "" -> sets KUBE_VERSION and KUBE_MINOR, or fails listing the supported ones.
resolve_kube_version() {
  local asked=${1:-$KUBE_DEFAULT_MINOR} minor
  minor=$(printf '%s' "${asked#v}" | cut -d. -f1,2)
  if [ -z "${KUBE_RELEASES[$minor]:-}" ] || { [[ $asked == *.*.* ]] && [ "v${asked#v}" != "${KUBE_RELEASES[$minor]}" ]; }; then
    printf '[cluster] error: Kubernetes %s is not supported by the offline cluster; supported: %s\n' "$asked" \
      "$(for m in $KUBE_SUPPORTED_MINORS; do printf '%s (%s) ' "$m" "${KUBE_RELEASES[$m]}"; done)" >&2
    return 2
  fi
  KUBE_MINOR=$minor
  KUBE_VERSION=${KUBE_RELEASES[$minor]}
}
