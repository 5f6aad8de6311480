// The typed API clients a run needs, made once from a KubeConfig.
import { CoreV1Api, DiscoveryV1Api, Exec, KubeConfig, KubernetesObjectApi, VersionApi, Watch } from "@kubernetes/client-node";

export interface KubeClients {
  config: KubeConfig;
  core: CoreV1Api;
  discovery: DiscoveryV1Api;
  objects: KubernetesObjectApi;
  version: VersionApi;
  watch: Watch;
  exec: Exec;
}

export function makeClients(config: KubeConfig): KubeClients {
  return {
    config,
    core: config.makeApiClient(CoreV1Api),
    discovery: config.makeApiClient(DiscoveryV1Api),
    objects: KubernetesObjectApi.makeApiClient(config),
    version: config.makeApiClient(VersionApi),
    watch: new Watch(config),
    exec: new Exec(config),
  };
}
