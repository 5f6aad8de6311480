#!/usr/bin/env bash
# Debian packages the test suite uses: chromium (report and live-view screenshots), xmllint (JUnit schema), tmux (terminal tests).
set -euo pipefail
PACKAGES=(chromium libxml2-utils tmux)
missing=()
for p in "${PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
