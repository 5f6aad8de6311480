// The live terminal view: a reporter that keeps the state and redraws it in place (log-update), at most
// `maxFps` times a second however fast events come, and once a second so that ages keep counting.
import { createLogUpdate } from "log-update";
import type { RunReporter } from "../model/reporter.ts";
import { eventsReporter, type LiveEvent } from "./events.ts";
import { applyEvent, emptyState } from "./state.ts";
import { ScenarioClock } from "./clock.ts";
import { renderScreen } from "./render-terminal.ts";

export interface LiveViewOptions {
  stdout: NodeJS.WritableStream & { columns?: number; rows?: number };
  /** Scenario milliseconds per wall millisecond (replay speed), for ages between events. */
  speed?: number;
  maxFps?: number;
  color?: boolean;
  now?: () => number;
}

export interface LiveView extends RunReporter {
  /** Redraws done so far and events applied (for the benchmark). */
  stats(): { redraws: number; events: number };
}

export function liveView(options: LiveViewOptions): LiveView {
  const now = options.now ?? Date.now;
  const speed = options.speed ?? 1;
  const minGap = 1000 / (options.maxFps ?? 15);
  const log = createLogUpdate(options.stdout, { showCursor: false, defaultWidth: 100, defaultHeight: 40 });
  const state = emptyState();
  const clock = new ScenarioClock(speed, now);
  let redraws = 0;
  let events = 0;
  let lastDraw = 0;
  let pending: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;
  let closed = false;

  const nowT = clock.nowT.bind(clock);

  const draw = (): void => {
    if (closed) return;
    pending = undefined;
    lastDraw = now();
    redraws += 1;
    log(renderScreen(state, { width: options.stdout.columns ?? 100, color: options.color ?? true, nowT }));
  };

  const schedule = (): void => {
    if (pending || closed) return;
    const wait = Math.max(0, lastDraw + minGap - now());
    pending = setTimeout(draw, wait);
  };

  const apply = (event: LiveEvent): void => {
    events += 1;
    applyEvent(state, event);
    clock.note(event);
    if (event.hook === "runStarted" && !ticker) {
      ticker = setInterval(schedule, 1000);
      ticker.unref();
    }
    if (event.hook === "runFinished" || event.hook === "confirmAction") {
      // The last screen and a step-mode prompt must show at once, not at the next frame.
      if (pending) clearTimeout(pending);
      draw();
      if (event.hook === "runFinished") close();
      return;
    }
    schedule();
  };

  const close = (): void => {
    if (pending) clearTimeout(pending);
    if (ticker) clearInterval(ticker);
    closed = true;
    log.done();
  };

  return { ...eventsReporter(apply), stats: () => ({ redraws, events }) };
}
