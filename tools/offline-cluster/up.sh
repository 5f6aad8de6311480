#!/usr/bin/env bash
# Brings the offline cluster up from nothing: packages, binaries, images, network namespace, certificates,
# every component in the background (logs and pid files in the state folder), then waits for a Ready node.
# A second call while the cluster runs is a no-op.
source "$(dirname "$0")/lib.sh"

START=$(date +%s)
[ "$(id -u)" = 0 ] || die "must run as root (it starts containerd and the kubelet)"

# --- already running, or half-running? -------------------------------------------------------------
running=(); stopped=()
for c in "${COMPONENTS[@]}"; do
  if pid_alive "$(pid_of "$c")"; then running+=("$c"); elif [ -f "$STATE/pids/$c.pid" ]; then stopped+=("$c"); fi
done
if [ ${#running[@]} -eq ${#COMPONENTS[@]} ]; then
  running_version=$(cat "$STATE/kubernetes-version" 2>/dev/null || echo unknown)
  [ "$running_version" = "$KUBE_VERSION" ] || die "the cluster runs Kubernetes $running_version, not $KUBE_VERSION.
  Run 'npm run cluster:down' first, then 'npm run cluster:up -- --version $KUBE_MINOR'."
  log "already running Kubernetes $KUBE_VERSION; kubeconfig: $KUBECONFIG_OUT (context $CONTEXT)"
  exit 0
fi
if [ ${#running[@]} -gt 0 ] || [ ${#stopped[@]} -gt 0 ] || [ -e "/run/netns/$NETNS" ]; then
  die "a previous cluster is left half-running (running: ${running[*]:-none}; stopped: ${stopped[*]:-none}; netns $NETNS: $([ -e /run/netns/$NETNS ] && echo present || echo absent)).
  Run 'npm run cluster:down' first, then 'npm run cluster:up' again."
fi

# --- prerequisites -------------------------------------------------------------------------------------
bash "$OC_DIR/prereqs.sh"
bash "$OC_DIR/build.sh" --version "$KUBE_VERSION"
IMAGES=$CACHE/images/$(cat "$OC_DIR"/images/* | sha256sum | cut -c1-16)
if [ ! -f "$IMAGES/done" ]; then
  log "building offline images into $IMAGES"
  rm -rf "$IMAGES" && bash "$OC_DIR/images/build.sh" "$IMAGES" >/dev/null && touch "$IMAGES/done"
fi

mkdir -p "$STATE/pids" "$STATE/logs"
rm -f "$STATE"/pids/*.pid
echo "$KUBE_VERSION" > "$STATE/kubernetes-version"
bash "$OC_DIR/pki.sh" --version "$KUBE_VERSION"
bash "$OC_DIR/configs.sh" --version "$KUBE_VERSION"

# --- network namespace: the whole cluster lives in it; no default route, so nothing leaves the machine ----
log "creating network namespace $NETNS ($HOST_IP <-> $NODE_IP)"
ip netns add "$NETNS"
ip link add "$HOST_VETH" type veth peer name "$NS_VETH"
ip link set "$NS_VETH" netns "$NETNS"
ip addr add "$HOST_IP/30" dev "$HOST_VETH"
ip link set "$HOST_VETH" up
in_netns ip addr add "$NODE_IP/30" dev "$NS_VETH"
in_netns ip link set "$NS_VETH" up
in_netns ip link set lo up
in_netns sysctl -qw net.ipv4.ip_forward=1
in_netns sysctl -qw net.bridge.bridge-nf-call-iptables=1 2>/dev/null || true

# --- a memory cgroup for the daemons, so a leak is killed there and not by the machine's OOM killer -------
CG=/sys/fs/cgroup/memory/$CGROUP_NAME
mkdir -p "$CG"
echo $((6 * 1024 * 1024 * 1024)) > "$CG/memory.limit_in_bytes"

# start NAME CMD...: runs CMD in the namespace (keeping the host's mount namespace) with its own log and pid file.
start() {
  local name=$1; shift
  nsenter --net=/run/netns/$NETNS -- "$@" >"$STATE/logs/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$STATE/pids/$name.pid"
  echo "$pid" > "$CG/cgroup.procs" 2>/dev/null || true
}

# wait_for NAME SECONDS CHECK...: polls CHECK until it succeeds; fails with the tail of NAME's log.
wait_for() {
  local name=$1 seconds=$2; shift 2
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    pid_alive "$(pid_of "$name")" || die "$name exited during start-up; last lines of $STATE/logs/$name.log:
$(log_tail "$name")"
    [ "$(date +%s)" -lt "$deadline" ] || die "$name not ready after ${seconds}s; last lines of $STATE/logs/$name.log:
$(log_tail "$name")"
    sleep 0.5
  done
}

KUBECTL=("$KUBE_BIN/kubectl" --kubeconfig "$KUBECONFIG_OUT")
P=$STATE/pki
K=$STATE/kubeconfigs

log "starting etcd $ETCD_VERSION"
start etcd "$ETCD_BIN/etcd" --name kubetrial --data-dir "$STATE/etcd" \
  --listen-client-urls http://127.0.0.1:2379 --advertise-client-urls http://127.0.0.1:2379 \
  --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
  --initial-cluster kubetrial=http://127.0.0.1:2380 --log-level warn --quota-backend-bytes 2147483648
wait_for etcd 30 in_netns curl -sf http://127.0.0.1:2379/health

log "starting kube-apiserver $KUBE_VERSION"
start kube-apiserver "$KUBE_BIN/kube-apiserver" --etcd-servers=http://127.0.0.1:2379 \
  --bind-address=0.0.0.0 --secure-port=6443 --advertise-address="$NODE_IP" \
  --service-cluster-ip-range="$SERVICE_CIDR" --client-ca-file="$P/ca.crt" \
  --tls-cert-file="$P/apiserver.crt" --tls-private-key-file="$P/apiserver.key" \
  --kubelet-client-certificate="$P/apiserver-kubelet-client.crt" --kubelet-client-key="$P/apiserver-kubelet-client.key" \
  --kubelet-preferred-address-types=InternalIP \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-account-key-file="$P/sa.pub" --service-account-signing-key-file="$P/sa.key" \
  --authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction --allow-privileged=true \
  --endpoint-reconciler-type=none --profiling=false --v=1
wait_for kube-apiserver 60 "${KUBECTL[@]}" get --raw /readyz

log "starting kube-controller-manager and kube-scheduler"
start kube-controller-manager "$KUBE_BIN/kube-controller-manager" --kubeconfig="$K/controller-manager.kubeconfig" \
  --authentication-kubeconfig="$K/controller-manager.kubeconfig" --authorization-kubeconfig="$K/controller-manager.kubeconfig" \
  --service-account-private-key-file="$P/sa.key" --root-ca-file="$P/ca.crt" \
  --cluster-signing-cert-file="$P/ca.crt" --cluster-signing-key-file="$P/ca.key" \
  --use-service-account-credentials=true --leader-elect=false --bind-address=127.0.0.1 \
  --controllers='*,-bootstrapsigner,-tokencleaner' --v=1
start kube-scheduler "$KUBE_BIN/kube-scheduler" --kubeconfig="$K/scheduler.kubeconfig" \
  --authentication-kubeconfig="$K/scheduler.kubeconfig" --authorization-kubeconfig="$K/scheduler.kubeconfig" \
  --leader-elect=false --bind-address=127.0.0.1 --v=1

# Every pull goes to a loopback proxy where nothing listens: an absent image fails at once, nothing leaves.
log "starting containerd $CONTAINERD_VERSION with runc $RUNC_VERSION (pulls refused on loopback)"
mkdir -p "$CONTAINERD_STATE"
CTR=("$CONTAINERD_BIN/ctr" --address "$CONTAINERD_SOCK")
# The shim is found on PATH; runc is named in the config.
start containerd env PATH="$CONTAINERD_BIN:$PATH" HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 NO_PROXY= \
  "$CONTAINERD_BIN/containerd" --config "$STATE/config/containerd.toml"
wait_for containerd 30 "${CTR[@]}" version

log "importing offline images"
for tar in "$IMAGES"/*.tar; do
  "${CTR[@]}" -n k8s.io images import --all-platforms "$tar" >/dev/null \
    || die "importing $tar failed"
done
"${CTR[@]}" -n k8s.io images ls -q | grep -qx registry.k8s.io/pause:3.10 \
  || die "the pause image is missing after import"

# The kubelet rewrites these at start; keep the machine's values to put back (offline-cluster.md §13).
for s in kernel.panic kernel.panic_on_oops vm.overcommit_memory vm.panic_on_oom; do
  [ -f "$STATE/sysctl.$s" ] || sysctl -n "$s" > "$STATE/sysctl.$s"
done

log "starting kubelet"
start kubelet "$KUBE_BIN/kubelet" --config="$STATE/config/kubelet.yaml" --kubeconfig="$K/kubelet.kubeconfig" \
  --hostname-override="$NODE_NAME" --node-ip="$NODE_IP" --root-dir="$STATE/kubelet" --v=1
wait_for kubelet 90 "${KUBECTL[@]}" wait --for=condition=Ready "node/$NODE_NAME" --timeout=2s
# An oops must not reboot the machine: put back the value the kubelet overwrote.
sysctl -qw kernel.panic_on_oops="$(cat "$STATE/sysctl.kernel.panic_on_oops")"
wait_for kube-controller-manager 60 "${KUBECTL[@]}" -n default get serviceaccount default

log "ready in $(( $(date +%s) - START )) s: node $NODE_NAME ($("${KUBECTL[@]}" get node "$NODE_NAME" -o jsonpath='{.status.nodeInfo.kubeletVersion}'))"
echo "kubeconfig: $KUBECONFIG_OUT (context $CONTEXT)"
echo "  export KUBECONFIG=$KUBECONFIG_OUT"
