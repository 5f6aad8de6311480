#!/usr/bin/env bash
# Generates the cluster's certificates and kubeconfigs with plain openssl (regenerated on every cluster:up).
source "$(dirname "$0")/lib.sh"

PKI=$STATE/pki
KCFG=$STATE/kubeconfigs
rm -rf "$PKI" "$KCFG" && mkdir -p "$PKI" "$KCFG"
cd "$PKI"

openssl req -x509 -sha256 -new -nodes -days 3650 -newkey rsa:2048 -keyout ca.key -out ca.crt \
  -subj "/CN=kubetrial-offline-ca" 2>/dev/null

# leaf NAME SUBJECT EXTENSIONS
leaf() {
  openssl req -new -nodes -newkey rsa:2048 -keyout "$1.key" -out "$1.csr" -subj "$2" 2>/dev/null
  openssl x509 -req -sha256 -days 3650 -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -out "$1.crt" \
    -extfile <(printf '%b' "keyUsage=critical,digitalSignature,keyEncipherment\n$3") 2>/dev/null
  rm -f "$1.csr"
}

leaf apiserver "/CN=kube-apiserver" \
  "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,DNS:localhost,IP:127.0.0.1,IP:10.96.0.1,IP:$NODE_IP"
leaf apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "extendedKeyUsage=clientAuth"
leaf admin "/O=system:masters/CN=kubetrial-admin" "extendedKeyUsage=clientAuth"
leaf controller-manager "/CN=system:kube-controller-manager" "extendedKeyUsage=clientAuth"
leaf scheduler "/CN=system:kube-scheduler" "extendedKeyUsage=clientAuth"
leaf kubelet "/O=system:nodes/CN=system:node:$NODE_NAME" "extendedKeyUsage=clientAuth"
leaf kubelet-serving "/CN=$NODE_NAME" "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:$NODE_NAME,IP:$NODE_IP"
openssl genrsa -out sa.key 2048 2>/dev/null
openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null

# kubeconfig FILE USER SERVER CONTEXT
kubeconfig() {
  local file=$1 user=$2 server=$3 context=$4
  local k=("$KUBE_BIN/kubectl" --kubeconfig "$file")
  "${k[@]}" config set-cluster kubetrial-offline --server="$server" --certificate-authority="$PKI/ca.crt" --embed-certs >/dev/null
  "${k[@]}" config set-credentials "$user" --client-certificate="$PKI/$user.crt" --client-key="$PKI/$user.key" --embed-certs >/dev/null
  "${k[@]}" config set-context "$context" --cluster=kubetrial-offline --user="$user" >/dev/null
  "${k[@]}" config use-context "$context" >/dev/null
}

kubeconfig "$KCFG/controller-manager.kubeconfig" controller-manager "https://127.0.0.1:6443" default
kubeconfig "$KCFG/scheduler.kubeconfig" scheduler "https://127.0.0.1:6443" default
kubeconfig "$KCFG/kubelet.kubeconfig" kubelet "https://127.0.0.1:6443" default
# For users on the host: the API server is reached through the veth, in the namespace the cluster owns.
kubeconfig "$KUBECONFIG_OUT" admin "https://$NODE_IP:6443" kubetrial-offline
chmod 600 "$KUBECONFIG_OUT" "$PKI"/*.key
