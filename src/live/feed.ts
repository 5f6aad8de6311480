// What `serve` shows: live events folded into the state, handed to browsers as snapshots, at most
// every `minGapMs` however fast events arrive, and every second while a scenario runs (ages, the time axis).
import type { LiveEvent } from "./events.ts";
import { applyEvent, emptyState, type LiveState } from "./state.ts";
import { ScenarioClock } from "./clock.ts";

export interface Snapshot extends LiveState {
  /** Where the page's data comes from, e.g. `replay of results.json at 10×`. */
  source: string;
  /** Scenario time now, per scenario id. */
  now: Record<string, number>;
  events: number;
}

type Listener = (snapshot: Snapshot) => void;

export class LiveFeed {
  private state: LiveState = emptyState();
  private clock: ScenarioClock;
  private readonly listeners = new Set<Listener>();
  private count = 0;
  private pending: NodeJS.Timeout | undefined;
  private lastSent = 0;
  private readonly ticker: NodeJS.Timeout;
  source: string;
  private readonly speed: number;
  private readonly minGapMs: number;

  constructor(source: string, speed = 1, minGapMs = 100) {
    this.source = source;
    this.speed = speed;
    this.minGapMs = minGapMs;
    this.clock = new ScenarioClock(speed);
    this.ticker = setInterval(() => {
      if (this.state.scenarios.some((s) => s.phase === "running")) this.schedule();
    }, 1000);
    this.ticker.unref();
  }

  push = (event: LiveEvent): void => {
    this.count += 1;
    applyEvent(this.state, event);
    this.clock.note(event);
    this.schedule();
  };

  /** Starts over (serve switched to a newer run). */
  reset(source: string): void {
    this.state = emptyState();
    this.clock = new ScenarioClock(this.speed);
    this.count = 0;
    this.source = source;
    this.schedule();
  }

  snapshot(): Snapshot {
    const now: Record<string, number> = {};
    for (const view of this.state.scenarios) now[view.id] = this.clock.nowT(view);
    return { ...this.state, source: this.source, now, events: this.count };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    clearInterval(this.ticker);
    if (this.pending) clearTimeout(this.pending);
    this.listeners.clear();
  }

  private schedule(): void {
    if (this.pending) return;
    const wait = Math.max(0, this.lastSent + this.minGapMs - Date.now());
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.lastSent = Date.now();
      if (this.listeners.size === 0) return;
      const snapshot = this.snapshot();
      for (const listener of this.listeners) listener(snapshot);
    }, wait);
  }
}
