#!/usr/bin/env bash
# Stops every process the offline cluster started (by pid, in reverse order) and removes what it created.
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "must run as root"

KUBECTL=("$KUBE_BIN/kubectl" --kubeconfig "$KUBECONFIG_OUT" --request-timeout=5s)

# Pods first, through the API, so the kubelet tears their sandboxes down cleanly.
if pid_alive "$(pid_of kube-apiserver)" && pid_alive "$(pid_of kubelet)"; then
  "${KUBECTL[@]}" delete pods --all --all-namespaces --grace-period=0 --force --wait=false >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do
    [ -z "$("${KUBECTL[@]}" get pods -A -o name 2>/dev/null)" ] && break
    sleep 0.5
  done
fi

stop() {
  local name=$1 pid
  pid=$(pid_of "$name")
  if pid_alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do pid_alive "$pid" || break; sleep 0.25; done
    pid_alive "$pid" && { log "$name (pid $pid) did not stop on SIGTERM; killing"; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$STATE/pids/$name.pid"
}

for (( i=${#COMPONENTS[@]}-1; i>=0; i-- )); do stop "${COMPONENTS[$i]}"; done

# Containers the kubelet left behind: their shims still hold the namespace and cgroups.
pkill -f "containerd-shim-runc-v2 .*-address $CONTAINERD_SOCK" 2>/dev/null || true
if [ -e "/run/netns/$NETNS" ]; then
  for pid in $(ip netns pids "$NETNS" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
fi
sleep 0.5

# Volume mounts of pods and containerd's overlay mounts under our state folders.
grep -oE " ($STATE|$CONTAINERD_STATE)[^ ]*" /proc/self/mounts | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
# Pod network namespaces made by the CNI / containerd that are mounted under /run/netns.
for ns in /run/netns/cni-*; do [ -e "$ns" ] && { umount -l "$ns" 2>/dev/null; rm -f "$ns"; }; done

ip link del "$HOST_VETH" 2>/dev/null || true
ip netns del "$NETNS" 2>/dev/null || true

# The kubelet's cgroups (empty once its pods are gone) and our daemons' memory cgroup.
for hierarchy in /sys/fs/cgroup/*/; do
  [ -d "$hierarchy/kubepods" ] && find "$hierarchy/kubepods" -depth -type d -exec rmdir {} \; 2>/dev/null
done
rmdir "/sys/fs/cgroup/memory/$CGROUP_NAME" 2>/dev/null || true

# Put back the kernel settings the kubelet rewrote.
for f in "$STATE"/sysctl.*; do
  [ -f "$f" ] && sysctl -qw "${f##*/sysctl.}=$(cat "$f")" && rm -f "$f"
done

left=$(pgrep -f "$STATE|$CONTAINERD_SOCK" || true)
rm -rf "$STATE" "$CONTAINERD_STATE"
[ -z "$left" ] || die "processes still running after teardown: $left"
log "cluster down"
