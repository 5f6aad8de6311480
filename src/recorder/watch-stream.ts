// One resource's list+watch loop over client-node's Watch, timestamping nothing itself (the recorder does).
// Why our own loop rather than the informer: the informer waits 1 s (doubling) before re-watching after a normal
// close, so changes arrive late and receipt times lie; and it hides 410 Gone re-lists, which we must mark as gaps.
import type { KubernetesObject, Watch } from "@kubernetes/client-node";

export type WatchChange = "ADDED" | "MODIFIED" | "DELETED";

export interface WatchStreamHandlers {
  /** `initial` is true for objects of a (re-)list, false for watch events. */
  change(type: WatchChange, object: KubernetesObject, initial: boolean): void;
  /** The initial list has been delivered and the watch is open. */
  connected(): void;
  /** Changes may have been missed: the stream re-listed after `410 Gone` or repeated failures. */
  gap(reason: string): void;
  /** A failure that the stream will retry; for diagnostics. */
  trouble?(message: string): void;
}

export interface ListResult {
  items: KubernetesObject[];
  resourceVersion: string;
}

export interface WatchStreamOptions {
  watch: Watch;
  /** API path of the collection, e.g. `/api/v1/namespaces/ns/pods`. */
  path: string;
  list: () => Promise<ListResult>;
  labelSelector?: string;
  handlers: WatchStreamHandlers;
}

const RETRY_DELAY_MS = 250;
const FAILURES_BEFORE_RELIST = 3;

function keyOf(object: KubernetesObject): string {
  return object.metadata?.uid ?? `${object.metadata?.namespace}/${object.metadata?.name}`;
}

function statusCode(object: unknown): number | undefined {
  if (typeof object !== "object" || object === null) return undefined;
  const code = (object as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
}

export class WatchStream {
  private readonly options: WatchStreamOptions;
  private resourceVersion = "";
  private readonly known = new Map<string, KubernetesObject>();
  private controller: AbortController | undefined;
  private stopped = false;
  private failures = 0;

  constructor(options: WatchStreamOptions) {
    this.options = options;
  }

  /** Lists, delivers the objects, opens the watch; resolves once connected. */
  async start(): Promise<void> {
    await this.relist(false);
    await this.open();
    this.options.handlers.connected();
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async relist(afterGap: boolean): Promise<void> {
    const { items, resourceVersion } = await this.options.list();
    const seen = new Set<string>();
    for (const object of items) {
      const key = keyOf(object);
      seen.add(key);
      const before = this.known.get(key);
      this.known.set(key, object);
      if (!before) this.options.handlers.change("ADDED", object, true);
      else if (before.metadata?.resourceVersion !== object.metadata?.resourceVersion) this.options.handlers.change("MODIFIED", object, true);
    }
    if (afterGap) {
      for (const [key, object] of this.known) {
        if (seen.has(key)) continue;
        this.known.delete(key);
        this.options.handlers.change("DELETED", object, true);
      }
    }
    this.resourceVersion = resourceVersion;
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    const query: Record<string, string | boolean> = { allowWatchBookmarks: true, resourceVersion: this.resourceVersion };
    if (this.options.labelSelector) query["labelSelector"] = this.options.labelSelector;
    this.controller = await this.options.watch.watch(
      this.options.path,
      query,
      (phase, object: unknown) => this.onEvent(phase, object),
      (error: unknown) => void this.onDone(error),
    );
  }

  private onEvent(phase: string, object: unknown): void {
    if (phase === "ERROR") {
      // A Status object: 410 Gone means our resourceVersion is too old to resume from.
      if (statusCode(object) === 410) this.resourceVersion = "";
      return;
    }
    const kube = object as KubernetesObject;
    const version = kube.metadata?.resourceVersion;
    if (version) this.resourceVersion = version;
    if (phase === "BOOKMARK") return;
    this.failures = 0;
    const key = keyOf(kube);
    if (phase === "DELETED") this.known.delete(key);
    else this.known.set(key, kube);
    if (phase === "ADDED" || phase === "MODIFIED" || phase === "DELETED") this.options.handlers.change(phase, kube, false);
  }

  private async onDone(error: unknown): Promise<void> {
    if (this.stopped) return;
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    if (error && !timedOut) {
      this.failures++;
      this.options.handlers.trouble?.(`watch ${this.options.path}: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
    try {
      if (this.resourceVersion === "" || this.failures >= FAILURES_BEFORE_RELIST) {
        this.options.handlers.gap(this.resourceVersion === "" ? "410 Gone: resumed by re-listing" : `re-listed after ${this.failures} failed watches`);
        this.failures = 0;
        await this.relist(true);
      }
      await this.open();
    } catch (failure) {
      this.failures++;
      this.options.handlers.trouble?.(`re-watch ${this.options.path}: ${failure instanceof Error ? failure.message : String(failure)}`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      void this.onDone(undefined);
    }
  }
}
