// Access to the real cluster for integration tests. CI sets KUBETRIAL_REQUIRE_CLUSTER=1: there a missing cluster fails
// the suite instead of skipping it, so CI never "passes" without running against a real kubelet.
import { KubeConfig } from "@kubernetes/client-node";
import { makeClients, type KubeClients } from "../../../src/k8s/clients.ts";

let cached: Promise<KubeClients | string> | undefined;

async function connect(): Promise<KubeClients | string> {
  const config = new KubeConfig();
  try {
    config.loadFromDefault();
  } catch (error) {
    return `no kubeconfig: ${error instanceof Error ? error.message : String(error)}`;
  }
  const clients = makeClients(config);
  try {
    await Promise.race([
      clients.version.getCode(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 5 s")), 5000)),
    ]);
    return clients;
  } catch (error) {
    return `cluster ${config.getCurrentCluster()?.server ?? "?"} unreachable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The real cluster's clients, or skips the calling suite (fails it when KUBETRIAL_REQUIRE_CLUSTER=1). */
export async function realCluster(context: Mocha.Context): Promise<KubeClients> {
  cached ??= connect();
  const clients = await cached;
  if (typeof clients !== "string") return clients;
  if (process.env["KUBETRIAL_REQUIRE_CLUSTER"] === "1") throw new Error(`KUBETRIAL_REQUIRE_CLUSTER=1 but ${clients}`);
  context.skip();
}

export function kubeconfigPath(): string | undefined {
  return process.env["KUBECONFIG"];
}
