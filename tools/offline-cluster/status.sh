#!/usr/bin/env bash
# Says which components of the offline cluster run, and whether the node is Ready.
source "$(dirname "$0")/lib.sh"
any=0
running_version=$(cat "$STATE/kubernetes-version" 2>/dev/null || true)
printf '%-24s %s\n' "kubernetes" "${running_version:-none started} (node stack: containerd $CONTAINERD_VERSION, runc $RUNC_VERSION, CNI plugins $CNI_PLUGINS_VERSION)"
printf '%-24s %s\n' "built in $CACHE/bin" "$(cd "$CACHE/bin" 2>/dev/null && ls -d kubernetes-v* 2>/dev/null | grep -v partial | sed 's/kubernetes-//' | tr '\n' ' ')"
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
