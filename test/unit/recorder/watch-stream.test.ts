// The resume logic of our watch loop, driven by a scripted stand-in for client-node's Watch. This checks kubetrial's
// own bookkeeping (resume, re-list, gap marking); how a real API server behaves is covered by the integration tests.
import { expect } from "chai";
import type { KubernetesObject, Watch } from "@kubernetes/client-node";
import { WatchStream, type ListResult } from "../../../src/recorder/watch-stream.ts";

type Callback = (phase: string, object: unknown) => void;
type Done = (error: unknown) => void;

function pod(uid: string, rv: string): KubernetesObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { uid, name: uid, resourceVersion: rv } };
}

/** Each call to watch() runs the next script step with the callbacks; records the resourceVersion asked for. */
function scriptedWatch(steps: ((cb: Callback, done: Done) => void)[]): { watch: Watch; asked: string[] } {
  const asked: string[] = [];
  const watch = {
    watch: async (_path: string, query: Record<string, unknown>, cb: Callback, done: Done) => {
      asked.push(String(query["resourceVersion"]));
      const step = steps.shift();
      if (step) setTimeout(() => step(cb, done), 1);
      return new AbortController();
    },
  } as unknown as Watch;
  return { watch, asked };
}

describe("watch stream", () => {
  it("resumes from the last resourceVersion after a client timeout, without a gap", async () => {
    const changes: string[] = [];
    const gaps: string[] = [];
    const { watch, asked } = scriptedWatch([
      (cb, done) => { cb("MODIFIED", pod("a", "11")); cb("BOOKMARK", { metadata: { resourceVersion: "15" } }); done(Object.assign(new Error("t"), { name: "TimeoutError" })); },
      () => {},
    ]);
    const stream = new WatchStream({
      watch, path: "/api/v1/pods", list: async (): Promise<ListResult> => ({ items: [pod("a", "10")], resourceVersion: "10" }),
      handlers: { change: (t, o, initial) => changes.push(`${t}:${o.metadata?.uid}:${initial}`), connected: () => {}, gap: (r) => gaps.push(r) },
    });
    await stream.start();
    await new Promise((r) => setTimeout(r, 30));
    stream.stop();
    expect(changes).to.deep.equal(["ADDED:a:true", "MODIFIED:a:false"]);
    expect(asked).to.deep.equal(["10", "15"]);
    expect(gaps).to.deep.equal([]);
  });

  it("re-lists after 410 Gone, marks a gap, and synthesises what changed meanwhile", async () => {
    const changes: string[] = [];
    const gaps: string[] = [];
    let lists = 0;
    const { watch, asked } = scriptedWatch([
      (cb, done) => { cb("ERROR", { kind: "Status", code: 410 }); done(null); },
      () => {},
    ]);
    const stream = new WatchStream({
      watch, path: "/api/v1/pods",
      list: async (): Promise<ListResult> => (++lists === 1
        ? { items: [pod("a", "10"), pod("b", "10")], resourceVersion: "10" }
        : { items: [pod("a", "20"), pod("c", "21")], resourceVersion: "21" }),
      handlers: { change: (t, o, initial) => changes.push(`${t}:${o.metadata?.uid}:${initial}`), connected: () => {}, gap: (r) => gaps.push(r) },
    });
    await stream.start();
    await new Promise((r) => setTimeout(r, 30));
    stream.stop();
    expect(gaps).to.have.length(1);
    expect(gaps[0]).to.contain("410");
    expect(changes).to.deep.equal(["ADDED:a:true", "ADDED:b:true", "MODIFIED:a:true", "ADDED:c:true", "DELETED:b:true"]);
    expect(asked).to.deep.equal(["10", "21"]);
  });
});
