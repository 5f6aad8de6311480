// Records a scenario's namespace (pods, events, endpoint slices) and the cluster's nodes into a Timeline.
// It starts before anything is applied, so the first state of every object is seen.
import type { KubernetesObject } from "@kubernetes/client-node";
import type { KubeClients } from "../k8s/clients.ts";
import { Timeline } from "./timeline.ts";
import { ObservationBuilder } from "./observation-builder.ts";
import { WatchStream, type ListResult, type WatchChange } from "./watch-stream.ts";

interface Source {
  resource: "pods" | "events" | "endpointslices" | "nodes";
  path: string;
  apiVersion: string;
  kind: string;
  namespaced: boolean;
}

function sources(namespace: string): Source[] {
  return [
    { resource: "pods", path: `/api/v1/namespaces/${namespace}/pods`, apiVersion: "v1", kind: "Pod", namespaced: true },
    { resource: "events", path: `/api/v1/namespaces/${namespace}/events`, apiVersion: "v1", kind: "Event", namespaced: true },
    {
      resource: "endpointslices",
      path: `/apis/discovery.k8s.io/v1/namespaces/${namespace}/endpointslices`,
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      namespaced: true,
    },
    { resource: "nodes", path: "/api/v1/nodes", apiVersion: "v1", kind: "Node", namespaced: false },
  ];
}

export class Recorder {
  readonly timeline: Timeline;
  private readonly clients: KubeClients;
  private readonly namespace: string;
  private readonly streams: WatchStream[] = [];
  private readonly builder = new ObservationBuilder();
  /** Receipt time (ms since start) of the last change per resource, to date the start of a gap. */
  private readonly lastChangeT = new Map<string, number>();
  readonly troubles: string[] = [];

  constructor(clients: KubeClients, namespace: string, timeline: Timeline) {
    this.clients = clients;
    this.namespace = namespace;
    this.timeline = timeline;
  }

  async start(): Promise<void> {
    await Promise.all(sources(this.namespace).map((source) => this.startSource(source)));
  }

  stop(): void {
    for (const stream of this.streams) stream.stop();
  }

  private async startSource(source: Source): Promise<void> {
    const list = async (): Promise<ListResult> => {
      const result = await this.clients.objects.list(source.apiVersion, source.kind, source.namespaced ? this.namespace : undefined);
      return { items: result.items, resourceVersion: result.metadata?.resourceVersion ?? "" };
    };
    const stream = new WatchStream({
      watch: this.clients.watch,
      path: source.path,
      list,
      handlers: {
        change: (type: WatchChange, object: KubernetesObject) => this.onChange(source, type, object),
        connected: () => this.timeline.append({ kind: "watch", resource: source.resource, what: "connected" }),
        gap: (reason: string) =>
          this.timeline.append({
            kind: "watch",
            resource: source.resource,
            what: "gap",
            detail: reason,
            gapFromT: this.lastChangeT.get(source.resource) ?? 0,
          }),
        trouble: (message: string) => this.troubles.push(message),
      },
    });
    this.streams.push(stream);
    await stream.start();
  }

  private onChange(source: Source, type: WatchChange, object: KubernetesObject): void {
    const entry = this.builder.build(source.resource, type, object);
    if (!entry) return;
    this.lastChangeT.set(source.resource, this.timeline.elapsed());
    this.timeline.append(entry);
  }
}
