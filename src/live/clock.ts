// Scenario time "now" between events: the last event's time plus the wall time since, scaled by the replay
// speed. It never runs backwards, even when a replay pauses for the presenter and events come "late".
import type { LiveEvent } from "./events.ts";
import type { ScenarioView } from "./state.ts";

interface Anchor { t: number; wall: number; shown: number }

export class ScenarioClock {
  private readonly anchors = new Map<string, Anchor>();
  private readonly speed: number;
  private readonly now: () => number;

  constructor(speed = 1, now: () => number = Date.now) {
    this.speed = speed;
    this.now = now;
  }

  note(event: LiveEvent): void {
    if (event.hook === "scenarioStarted") this.anchors.set(event.scenario.id, { t: 0, wall: this.now(), shown: 0 });
    else if (event.hook === "observed") {
      const a = this.anchors.get(event.scenarioId);
      if (a) Object.assign(a, { t: event.observation.t, wall: this.now() });
    }
  }

  nowT(view: ScenarioView): number {
    if (view.phase !== "running") return view.lastT;
    const a = this.anchors.get(view.id);
    if (!a) return view.lastT;
    a.shown = Math.max(a.shown, view.lastT, a.t + (this.now() - a.wall) * this.speed);
    return a.shown;
  }
}
