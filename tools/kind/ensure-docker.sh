#!/usr/bin/env bash
# Makes a Docker engine available for the kind tests: installs Debian's docker.io if missing and starts dockerd by
# hand (no systemd here) with --iptables=false, so that the host's firewall is left alone. Idempotent.
set -euo pipefail
CACHE=${KUBETRIAL_CACHE:-/var/cache/kubetrial}
if docker info >/dev/null 2>&1; then echo "docker: engine already running"; exit 0; fi
if ! command -v dockerd >/dev/null; then
  echo "docker: installing docker.io"
  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; added=1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io >/dev/null
  [ "${added:-0}" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi
mkdir -p "$CACHE/logs"
echo "docker: starting dockerd (--iptables=false), log $CACHE/logs/dockerd.log"
nohup dockerd --iptables=false --ip-masq=false > "$CACHE/logs/dockerd.log" 2>&1 &
echo $! > "$CACHE/dockerd.pid"   # so that whoever asked for it can stop it (.ci/run does)
for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && { echo "docker: engine running"; exit 0; }; sleep 0.5; done
echo "docker: dockerd did not start; last lines of its log:" >&2
tail -n 20 "$CACHE/logs/dockerd.log" >&2
exit 1
