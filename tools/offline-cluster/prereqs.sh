#!/usr/bin/env bash
# Installs the Debian packages the offline cluster needs (once) and checks what the kernel must offer.
source "$(dirname "$0")/lib.sh"

PACKAGES=(libseccomp-dev pkg-config iptables busybox-static nginx-light openssl iproute2 util-linux curl gcc libc6-dev)
missing=()
for p in "${PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  # No daemon may start on its own from a package's install script (nginx would take port 80 on the host).
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; policy_added=1; fi
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
  [ "$policy_added" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi

for c in nsenter ip openssl curl gcc pkg-config; do command -v "$c" >/dev/null || die "missing prerequisite: $c"; done
for ctl in cpu cpuacct cpuset memory pids; do
  awk -v c="$ctl" '$1==c && $4==1 {found=1} END {exit !found}' /proc/cgroups || die "cgroup controller '$ctl' is not enabled"
done
[ -d /sys/fs/cgroup/memory ] || die "the cgroup v1 memory hierarchy is not mounted at /sys/fs/cgroup/memory (cgroup v2-only hosts are not supported by this script yet)"
command -v go >/dev/null || die "Go is not installed (Go >= 1.26 builds Kubernetes $KUBE_VERSION, etcd, containerd, runc and the CNI plugins)"
