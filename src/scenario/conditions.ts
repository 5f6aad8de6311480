// Whether a `when:` condition holds on a cluster. Pure: the cluster's facts are read elsewhere (cluster/feature-gates.ts).
import semver from "semver";
import type { ClusterCondition } from "../model/scenario.ts";

/** What a condition can be judged on. A feature gate absent from `featureGates` is unknown. */
export interface ClusterFacts {
  /** The server's version, e.g. `v1.37.2`. */
  kubernetes: string;
  featureGates: Readonly<Record<string, boolean>>;
}

export type ConditionOutcome =
  | { holds: true }
  | { holds: false; why: string }
  | { holds: "unknown"; why: string };

const RANGE_OPTIONS = { includePrerelease: true } as const;

export function isVersionRange(text: string): boolean {
  return semver.validRange(text, RANGE_OPTIONS) !== null;
}

/** `v1.37.2`, `v1.37.0-rc.1`, `v1.37.2+k3s1` → a semver the ranges compare with. */
function clusterVersion(gitVersion: string): string | undefined {
  return semver.coerce(gitVersion, { includePrerelease: true })?.version;
}

export function describeCondition(condition: ClusterCondition): string {
  const parts = [
    ...(condition.kubernetes !== undefined ? [`Kubernetes ${condition.kubernetes}`] : []),
    ...Object.entries(condition.featureGates ?? {}).map(([gate, on]) => `${gate}=${on}`),
  ];
  return parts.join(", ");
}

export function evaluateCondition(condition: ClusterCondition, facts: ClusterFacts): ConditionOutcome {
  if (condition.kubernetes !== undefined) {
    const version = clusterVersion(facts.kubernetes);
    if (!version) return { holds: "unknown", why: `the server's version "${facts.kubernetes}" is not a version` };
    if (!semver.satisfies(version, condition.kubernetes, RANGE_OPTIONS)) {
      return { holds: false, why: `Kubernetes ${facts.kubernetes} is not ${condition.kubernetes}` };
    }
  }
  for (const [gate, wanted] of Object.entries(condition.featureGates ?? {})) {
    const actual = facts.featureGates[gate];
    if (actual === undefined) return { holds: "unknown", why: `the state of feature gate ${gate} could not be read from the kubelet` };
    if (actual !== wanted) return { holds: false, why: `feature gate ${gate} is ${actual ? "on" : "off"}` };
  }
  return { holds: true };
}

/** Every feature gate a scenario names, in `featureGates:` or in any `when:`. */
export function namedFeatureGates(scenario: {
  featureGates?: readonly string[];
  when?: ClusterCondition;
  setup: readonly { when?: ClusterCondition }[];
  steps: readonly { when?: ClusterCondition }[];
  never: readonly { when?: ClusterCondition }[];
}): string[] {
  const names = new Set(scenario.featureGates ?? []);
  for (const item of [scenario, ...scenario.setup, ...scenario.steps, ...scenario.never]) {
    for (const gate of Object.keys(item.when?.featureGates ?? {})) names.add(gate);
  }
  return [...names].sort();
}
