// kubetrial's programmatic API.
export type * from "./model/scenario.ts";
export type * from "./model/observation.ts";
export type * from "./model/result.ts";
export type * from "./model/reporter.ts";
export { ExitCode, InputError, ClusterError } from "./model/errors.ts";
export { loadScenarios, loadScenarioFile, discoverScenarioFiles, filterScenarios } from "./scenario/load.ts";
export { renderScenario, placeholderBuiltins } from "./scenario/render.ts";
export { evaluateExpectation, checkInvariant, describeExpectation } from "./expect/index.ts";
export { podColumns } from "./recorder/status.ts";
export { podSnapshot } from "./recorder/snapshot.ts";
export { makeClients, type KubeClients } from "./k8s/clients.ts";
export { connectCluster } from "./cluster/connect.ts";
export { resolveCluster, loadKubeConfig, type ClusterFlags } from "./cluster/resolve.ts";
export { runScenarios, type RunOptions, type RunOutcome } from "./runner/run.ts";
export { collectGarbage } from "./runner/gc.ts";
export { writeReports } from "./report/write.ts";
export { kubetrialSuite, type SuiteOptions } from "./mocha/suite.ts";
export { kubetrialChai } from "./mocha/chai-plugin.ts";
