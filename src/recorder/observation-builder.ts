// Turns watch changes into timeline entries, keeping the previous snapshot of each object so that an update
// that changes nothing a user can assert on (managedFields, resourceVersion, heartbeats) is not recorded.
import type { CoreV1Event, KubernetesObject, V1EndpointSlice, V1Node, V1Pod } from "@kubernetes/client-node";
import type { ChangeType, NodeSnapshot, PodSnapshot } from "../model/observation.ts";
import type { Unstamped } from "./timeline.ts";
import type { WatchChange } from "./watch-stream.ts";
import { changedNodeFields, changedPodFields, endpointSliceSnapshot, eventSnapshot, nodeSnapshot, podSnapshot } from "./snapshot.ts";

const CHANGE: Record<WatchChange, ChangeType> = { ADDED: "added", MODIFIED: "modified", DELETED: "deleted" };

export class ObservationBuilder {
  private readonly pods = new Map<string, PodSnapshot>();
  private readonly nodes = new Map<string, NodeSnapshot>();
  private readonly seen = new Map<string, string>();

  build(resource: string, type: WatchChange, object: KubernetesObject): Unstamped | undefined {
    const change = CHANGE[type];
    switch (resource) {
      case "pods": return this.pod(change, object as V1Pod);
      case "nodes": return this.node(change, object as V1Node);
      case "events": {
        const event = eventSnapshot(object as CoreV1Event);
        if (!this.fresh(`event:${event.uid}`, `${change}:${event.count}:${event.message}`)) return undefined;
        return { kind: "event", change, event };
      }
      case "endpointslices": {
        const slice = endpointSliceSnapshot(object as V1EndpointSlice);
        if (!this.fresh(`slice:${slice.uid}`, `${change}:${JSON.stringify(slice.endpoints)}`)) return undefined;
        return { kind: "endpoints", change, slice };
      }
      default: return undefined;
    }
  }

  private fresh(key: string, fingerprint: string): boolean {
    if (this.seen.get(key) === fingerprint) return false;
    this.seen.set(key, fingerprint);
    return true;
  }

  private pod(change: ChangeType, object: V1Pod): Unstamped | undefined {
    const pod = podSnapshot(object);
    const before = this.pods.get(pod.uid);
    if (change === "deleted") {
      this.pods.delete(pod.uid);
      return { kind: "pod", change, pod, changed: ["deleted"] };
    }
    const changed = changedPodFields(before, pod);
    this.pods.set(pod.uid, pod);
    if (changed.length === 0) return undefined;
    return { kind: "pod", change, pod, changed };
  }

  private node(change: ChangeType, object: V1Node): Unstamped | undefined {
    const node = nodeSnapshot(object);
    const before = this.nodes.get(node.name);
    if (change === "deleted") {
      this.nodes.delete(node.name);
      return { kind: "node", change, node, changed: ["deleted"] };
    }
    const changed = changedNodeFields(before, node);
    this.nodes.set(node.name, node);
    if (changed.length === 0) return undefined;
    return { kind: "node", change, node, changed };
  }
}
