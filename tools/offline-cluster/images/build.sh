#!/usr/bin/env bash
# Builds the offline images as docker-archive tars (readable by `ctr images import` and `kind load image-archive`),
# from Debian packages and our own small programs. No registry, no Docker engine.
# Usage: build.sh OUT_DIR   — prints the tar paths it wrote.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh OUT_DIR}
mkdir -p "$OUT"
: > "$OUT/index.txt"   # "reference archive" per line: which tar holds which image (kubetrial loads them into kind)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in gcc busybox nginx sha256sum tar; do
  command -v "$tool" >/dev/null || { echo "images: missing $tool (apt-get install gcc busybox-static nginx-light)" >&2; exit 1; }
done
[ -f /usr/lib/x86_64-linux-gnu/libc.a ] || { echo "images: missing static libc (apt-get install libc6-dev)" >&2; exit 1; }

# pack REF ROOTFS CONFIG_JSON TAR: one-layer docker-archive with reproducible bytes.
pack() {
  local ref=$1 rootfs=$2 config=$3 tarfile=$4 dir layer_sha config_sha
  dir=$WORK/pack-$(basename "$tarfile" .tar)
  mkdir -p "$dir"
  tar -C "$rootfs" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$dir/layer.tar" .
  layer_sha=$(sha256sum "$dir/layer.tar" | cut -d' ' -f1)
  mkdir -p "$dir/$layer_sha" && mv "$dir/layer.tar" "$dir/$layer_sha/layer.tar"
  printf '{"architecture":"amd64","os":"linux","config":%s,"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
    "$config" "$layer_sha" > "$dir/config.json"
  config_sha=$(sha256sum "$dir/config.json" | cut -d' ' -f1)
  mv "$dir/config.json" "$dir/$config_sha.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]' "$config_sha" "$ref" "$layer_sha" > "$dir/manifest.json"
  tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$tarfile" manifest.json "$config_sha.json" "$layer_sha"
  printf '%s %s\n' "$ref" "$(basename "$tarfile")" >> "$OUT/index.txt"
  echo "$tarfile"
}

busybox_rootfs() { # DIR: static busybox with its applets as symlinks
  mkdir -p "$1/bin" "$1/tmp" "$1/etc" "$1/root"
  chmod 1777 "$1/tmp"
  cp /bin/busybox "$1/bin/busybox"
  for applet in $(/bin/busybox --list); do [ -e "$1/bin/$applet" ] || ln -s busybox "$1/bin/$applet"; done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$1/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$1/etc/group"
}

# pause: the sandbox image kubelet and containerd use
mkdir -p "$WORK/pause"
gcc -Os -Wall -Werror -static -o "$WORK/pause/pause" "$HERE/pause.c"
pack registry.k8s.io/pause:3.10 "$WORK/pause" '{"Entrypoint":["/pause"],"User":"65535:65535"}' "$OUT/pause.tar"

# busybox
busybox_rootfs "$WORK/busybox"
pack docker.io/library/busybox:1.36 "$WORK/busybox" '{"Cmd":["sh"],"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]}' "$OUT/busybox.tar"

# memhog: single-process memory hog for OOM scenarios
mkdir -p "$WORK/memhog"
busybox_rootfs "$WORK/memhog"
gcc -Os -Wall -Werror -static -o "$WORK/memhog/bin/memhog" "$HERE/memhog.c"
pack localhost/kubetrial/memhog:1 "$WORK/memhog" '{"Entrypoint":["/bin/memhog"],"Cmd":["100"],"Env":["PATH=/bin"]}' "$OUT/memhog.tar"

# nginx: Debian's nginx with its shared libraries, busybox for a shell, laid out like the upstream image
R=$WORK/nginx
busybox_rootfs "$R"
mkdir -p "$R/usr/sbin" "$R/etc/nginx" "$R/usr/share/nginx/html" "$R/var/cache/nginx" "$R/var/log/nginx" "$R/var/lib/nginx" "$R/run"
cp /usr/sbin/nginx "$R/usr/sbin/nginx"
for lib in $(ldd /usr/sbin/nginx | grep -o '/[^ ]*'); do mkdir -p "$R$(dirname "$lib")" && cp -L "$lib" "$R$lib"; done
cp /etc/nginx/mime.types "$R/etc/nginx/mime.types"
cp "$HERE/nginx.conf" "$R/etc/nginx/nginx.conf"
cp "$HERE/index.html" "$R/usr/share/nginx/html/index.html"
printf '<!DOCTYPE html>\n<html><body><h1>An error occurred.</h1></body></html>\n' > "$R/usr/share/nginx/html/50x.html"
printf 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n' >> "$R/etc/passwd"
printf 'nginx:x:101:\n' >> "$R/etc/group"
pack docker.io/library/nginx:1.27 "$R" \
  '{"Cmd":["nginx","-g","daemon off;"],"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"ExposedPorts":{"80/tcp":{}},"StopSignal":"SIGQUIT"}' \
  "$OUT/nginx.tar"
