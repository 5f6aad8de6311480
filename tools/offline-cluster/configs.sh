#!/usr/bin/env bash
# Writes the configuration files of containerd, the CNI network and the kubelet into the state folder.
source "$(dirname "$0")/lib.sh"

CFG=$STATE/config
mkdir -p "$CFG/cni" "$STATE/containerd" "$STATE/kubelet"

# containerd 2 configuration (format version 3: the CRI plugin is split into images and runtime parts).
cat > "$CFG/containerd.toml" <<EOF
version = 3
root = "$STATE/containerd/root"
state = "$CONTAINERD_STATE"
[grpc]
  address = "$CONTAINERD_SOCK"
[plugins.'io.containerd.cri.v1.images']
  snapshotter = "overlayfs"
  [plugins.'io.containerd.cri.v1.images'.pinned_images]
    sandbox = "registry.k8s.io/pause:3.10"
[plugins.'io.containerd.cri.v1.runtime']
  tolerate_missing_hugetlb_controller = true
  disable_hugetlb_controller = true
  # These machines have no CAP_SYS_RESOURCE: a negative oom_score_adj (the pause container's -998) cannot be set,
  # and runc fails with "failed to update /proc/self/oom_score_adj: Permission denied". Clamp to containerd's own (0).
  restrict_oom_score_adj = true
  [plugins.'io.containerd.cri.v1.runtime'.containerd]
    default_runtime_name = "runc"
    [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
        BinaryName = "$RUNC_BIN/runc"
        SystemdCgroup = false
  [plugins.'io.containerd.cri.v1.runtime'.cni]
    bin_dirs = ["$CNI_BIN"]
    conf_dir = "$CFG/cni"
    max_conf_num = 1
EOF

# Own bridge and subnet; no masquerading: pod traffic never leaves the cluster's network namespace.
cat > "$CFG/cni/10-kubetrial.conflist" <<EOF
{
  "cniVersion": "1.0.0",
  "name": "kubetrial",
  "plugins": [
    {
      "type": "bridge", "bridge": "$BRIDGE", "isGateway": true, "ipMasq": false, "hairpinMode": true,
      "ipam": { "type": "host-local", "ranges": [[{ "subnet": "$POD_CIDR" }]], "dataDir": "$STATE/cni-ipam" }
    },
    { "type": "portmap", "capabilities": { "portMappings": true } }
  ]
}
EOF

# No DNS server inside the namespace: an empty resolv.conf makes name lookups fail at once.
: > "$CFG/resolv.conf"

cat > "$CFG/kubelet.yaml" <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
containerRuntimeEndpoint: unix://$CONTAINERD_SOCK
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
cgroupsPerQOS: true
cgroupRoot: /
address: $NODE_IP
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 10248
tlsCertFile: $STATE/pki/kubelet-serving.crt
tlsPrivateKeyFile: $STATE/pki/kubelet-serving.key
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true}
  x509: {clientCAFile: $STATE/pki/ca.crt}
authorization: {mode: Webhook}
clusterDomain: cluster.local
# No DNS server runs; the address keeps pods' resolv.conf like a real cluster's (lookups fail at once: no route),
# and avoids a MissingClusterDNS warning on every pod.
clusterDNS: [10.96.0.10]
resolvConf: $CFG/resolv.conf
rotateCertificates: false
serializeImagePulls: false
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
evictionHard:
  memory.available: "100Mi"
  nodefs.available: "1%"
  nodefs.inodesFree: "1%"
  imagefs.available: "1%"
evictionPressureTransitionPeriod: 10s
maxPods: 110
EOF
