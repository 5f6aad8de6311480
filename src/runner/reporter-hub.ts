// Calls every reporter's hook; a reporter that throws is reported once and never crashes the run.
import type { RunReporter } from "../model/reporter.ts";

type Hook = keyof RunReporter;

export function reporterHub(reporters: RunReporter[], onError: (message: string) => void): Required<RunReporter> {
  const failed = new Set<string>();
  const call = (hook: Hook, args: unknown[]): Promise<void> => {
    const runs = reporters.map(async (reporter, index) => {
      const fn = reporter[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined;
      if (!fn) return;
      try {
        await fn.apply(reporter, args);
      } catch (error) {
        const key = `${index}:${hook}`;
        if (!failed.has(key)) onError(`reporter failed in ${hook}: ${error instanceof Error ? error.message : String(error)}`);
        failed.add(key);
      }
    });
    return Promise.all(runs).then(() => undefined);
  };
  return {
    runStarted: (run) => call("runStarted", [run]),
    scenarioStarted: (scenario, namespace) => call("scenarioStarted", [scenario, namespace]),
    stepStarted: (scenario, index, step) => call("stepStarted", [scenario, index, step]),
    stepFinished: (scenario, result) => call("stepFinished", [scenario, result]),
    observed: (scenario, observation) => void call("observed", [scenario, observation]),
    scenarioFinished: (result) => call("scenarioFinished", [result]),
    runFinished: (result) => call("runFinished", [result]),
    confirmAction: async (scenario, description) => {
      for (const reporter of reporters) {
        if (reporter.confirmAction && !(await reporter.confirmAction(scenario, description))) return false;
      }
      return true;
    },
  };
}
