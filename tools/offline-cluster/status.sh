#!/usr/bin/env bash
# Says which components of the offline cluster run, and whether the node is Ready.
source "$(dirname "$0")/lib.sh"
any=0
for c in "${COMPONENTS[@]}"; do
  pid=$(pid_of "$c")
  if pid_alive "$pid"; then printf '%-24s running (pid %s)\n' "$c" "$pid"; any=1
  elif [ -n "$pid" ]; then printf '%-24s STOPPED (pid %s gone; log %s)\n' "$c" "$pid" "$STATE/logs/$c.log"; any=1
  else printf '%-24s not started\n' "$c"; fi
done
printf '%-24s %s\n' "network namespace" "$([ -e /run/netns/$NETNS ] && echo "$NETNS present" || echo absent)"
if [ "$any" = 1 ] && [ -x "$KUBE_BIN/kubectl" ] && [ -f "$KUBECONFIG_OUT" ]; then
  "$KUBE_BIN/kubectl" --kubeconfig "$KUBECONFIG_OUT" --request-timeout=3s get nodes -o wide 2>&1 | sed 's/^/  /'
  echo "kubeconfig: $KUBECONFIG_OUT (context $CONTEXT)"
fi
