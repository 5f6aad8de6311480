import { Option, type Command } from "commander";

export function clusterOptions(command: Command): void {
  command
    .option("--kubeconfig <file>", "kubeconfig to use (default: KUBECONFIG or ~/.kube/config)")
    .option("--context <name>", "kubeconfig context to use (default: the current one)")
    .addOption(new Option("--allow-context <name...>", "allow fault injection into a context that does not look like a test cluster"))
    .option("--cluster <kind>", "insist on kubetrial's kind cluster (even when KUBECONFIG is set)")
    .option("--cluster-name <name>", "kind cluster to use or create when no kubeconfig/context is given", "kubetrial")
    .option("--image <image>", "kind node image when the kind cluster is created")
    .option("--delete-cluster", "delete the kind cluster after the run");
}
