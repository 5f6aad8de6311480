// Hooks through which a run tells reporters (terminal, live view, files) what happens. Every hook is optional.
import type { Observation } from "./observation.ts";
import type { ClusterInfo, RunResult, ScenarioResult, StepResult } from "./result.ts";
import type { Scenario, Step } from "./scenario.ts";

export interface RunStart {
  runId: string;
  startedAt: string;
  cluster: ClusterInfo;
  scenarios: Scenario[];
  reportDir: string;
}

export interface RunReporter {
  runStarted?(run: RunStart): void | Promise<void>;
  scenarioStarted?(scenario: Scenario, namespace: string): void | Promise<void>;
  stepStarted?(scenario: Scenario, index: number, step: Step): void | Promise<void>;
  stepFinished?(scenario: Scenario, result: StepResult): void | Promise<void>;
  observed?(scenario: Scenario, observation: Observation): void;
  /**
   * Called before each action (apply, exec, taint...); resolving `false` aborts the run, which still cleans up.
   * Used by step mode (`run --step`) to wait for the presenter.
   */
  confirmAction?(scenario: Scenario, description: string): Promise<boolean>;
  scenarioFinished?(result: ScenarioResult): void | Promise<void>;
  runFinished?(result: RunResult): void | Promise<void>;
}
