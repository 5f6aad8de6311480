// What went wrong with a kind command, and what to do next. Pure: stderr in, ClusterError out.
import { ClusterError } from "../model/errors.ts";

export function explainKindFailure(action: string, stderr: string, clusterName: string): ClusterError {
  const text = stderr.trim();
  const tail = text.split("\n").filter(Boolean).slice(-3).join("\n  ");
  if (/Cannot connect to the Docker daemon|docker daemon running|failed to get docker info/i.test(text)) {
    return new ClusterError(`kind ${action}: the Docker engine is not running`, "start Docker (e.g. `dockerd &` or `systemctl start docker`), or use another cluster with --kubeconfig/--context");
  }
  if (/executable file not found|"docker".*not found|command not found: docker/i.test(text)) {
    return new ClusterError(`kind ${action}: docker is not installed`, "install Docker (Debian: apt-get install docker.io), or use another cluster with --kubeconfig/--context");
  }
  if (/pull|manifest unknown|no such host|i\/o timeout|connection refused.*registry|failed to ensure node image/i.test(text)) {
    return new ClusterError(`kind ${action}: the node image could not be pulled:\n  ${tail}`,
      "this machine cannot reach the registry: preload the node image (docker load -i kindest-node.tar) or pass --image with one that is present");
  }
  if (/already exist/i.test(text)) {
    return new ClusterError(`kind ${action}: a cluster named ${clusterName} already exists but is not healthy`, `remove it with \`kubetrial cluster down --name ${clusterName}\`, then \`kubetrial cluster up\``);
  }
  return new ClusterError(`kind ${action} failed:\n  ${tail || "(no output)"}`);
}
