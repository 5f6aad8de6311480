// Access to the real cluster for integration tests. CI sets KUBETRIAL_REQUIRE_CLUSTER=1: there a missing cluster fails
// the suite instead of skipping it, so CI never "passes" without running against a real kubelet.
import { connectCluster } from "../../../src/cluster/connect.ts";
import { loadKubeConfig } from "../../../src/cluster/resolve.ts";
import { makeClients, type KubeClients } from "../../../src/k8s/clients.ts";

let cached: Promise<KubeClients | string> | undefined;

async function connect(): Promise<KubeClients | string> {
  try {
    const config = loadKubeConfig({});
    await connectCluster(config);
    return makeClients(config);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
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
