// The append-only timeline of one scenario: observations stamped on receipt, listeners told at once.
import type { Observation } from "../model/observation.ts";

/** An observation before the timeline gives it its position and receipt time. */
export type Unstamped<T extends Observation = Observation> = T extends Observation ? Omit<T, "seq" | "t" | "at"> : never;

export class Timeline {
  readonly observations: Observation[] = [];
  private readonly listeners = new Set<(observation: Observation) => void>();
  private readonly startedAt: number;
  private readonly now: () => number;

  constructor(startedAt: number, now: () => number = Date.now) {
    this.startedAt = startedAt;
    this.now = now;
  }

  append(entry: Unstamped): Observation {
    const received = this.now();
    const observation = {
      ...entry,
      seq: this.observations.length,
      t: received - this.startedAt,
      at: new Date(received).toISOString(),
    } as Observation;
    this.observations.push(observation);
    for (const listener of this.listeners) listener(observation);
    return observation;
  }

  subscribe(listener: (observation: Observation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Milliseconds since the scenario began. */
  elapsed(): number {
    return this.now() - this.startedAt;
  }
}
