// Step mode: before each action, say what comes and wait for the presenter. Enter (or space, which most
// presentation clickers send) runs it; q aborts the run, which still cleans up; Ctrl-C interrupts as usual.
import type { RunReporter } from "../model/reporter.ts";

export interface KeyInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface StepModeOptions {
  stdin: KeyInput;
  /** Prints the prompt; leave it out when a live view shows it. */
  write?: (line: string) => void;
  /** Stops waiting (resolving "abort") when the run is interrupted. */
  signal?: AbortSignal;
}

export type Answer = "go" | "quit" | "interrupt" | "closed";

export function readAnswer(stdin: KeyInput, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    const raw = Boolean(stdin.isTTY && stdin.setRawMode);
    const finish = (answer: Answer): void => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      signal?.removeEventListener("abort", onAbort);
      if (raw) stdin.setRawMode?.(false);
      stdin.pause();
      resolve(answer);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const ch of chunk.toString()) {
        if (ch === "\u0003") return finish("interrupt");
        if (ch === "q" || ch === "Q") return finish("quit");
        if (ch === "\r" || ch === "\n" || ch === " ") return finish("go");
      }
    };
    const onEnd = (): void => finish("closed");
    const onAbort = (): void => finish("interrupt");
    if (signal?.aborted) return resolve("interrupt");
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    signal?.addEventListener("abort", onAbort, { once: true });
    if (raw) stdin.setRawMode?.(true);
    stdin.resume();
  });
}

export function stepMode(options: StepModeOptions): RunReporter {
  return {
    async confirmAction(scenario, description) {
      options.write?.(`⏸  [${scenario.id}] next action: ${description}\n   press Enter to run it, q to abort (everything is cleaned up)`);
      const answer = await readAnswer(options.stdin, options.signal);
      if (answer === "closed") options.write?.("   standard input closed: aborting");
      // Raw mode swallows Ctrl-C: hand it to the usual interrupt handling.
      if (answer === "interrupt" && !options.signal?.aborted) process.kill(process.pid, "SIGINT");
      return answer === "go";
    },
  };
}
