import { expect } from "chai";
import { describeCondition, evaluateCondition, isVersionRange, namedFeatureGates } from "../../../src/scenario/conditions.ts";
import { parseFeatureGates } from "../../../src/cluster/feature-gates.ts";

const on137 = { kubernetes: "v1.37.2", featureGates: { KubeletCrashLoopBackOffMax: true, ReduceDefaultCrashLoopBackoffDecay: false } };

describe("when: conditions on the cluster", () => {
  it("judges semver ranges against the server's gitVersion", () => {
    expect(evaluateCondition({ kubernetes: ">=1.36" }, on137)).to.deep.equal({ holds: true });
    expect(evaluateCondition({ kubernetes: "<1.36" }, on137)).to.deep.equal({ holds: false, why: "Kubernetes v1.37.2 is not <1.36" });
    expect(evaluateCondition({ kubernetes: "1.35.x" }, { ...on137, kubernetes: "v1.35.4" }).holds).to.equal(true);
    expect(evaluateCondition({ kubernetes: ">=1.37" }, { ...on137, kubernetes: "v1.37.0-rc.1" }).holds).to.equal(true);
    expect(evaluateCondition({ kubernetes: ">=1.36" }, { ...on137, kubernetes: "v1.36.3+k3s1" }).holds).to.equal(true);
  });

  it("judges feature gates by their state on the kubelet, and says when a state is unknown", () => {
    expect(evaluateCondition({ featureGates: { KubeletCrashLoopBackOffMax: true } }, on137).holds).to.equal(true);
    expect(evaluateCondition({ featureGates: { ReduceDefaultCrashLoopBackoffDecay: true } }, on137))
      .to.deep.equal({ holds: false, why: "feature gate ReduceDefaultCrashLoopBackoffDecay is off" });
    expect(evaluateCondition({ featureGates: { NoSuchGate: true } }, on137).holds).to.equal("unknown");
    expect(evaluateCondition({ kubernetes: ">=1.35", featureGates: { KubeletCrashLoopBackOffMax: false } }, on137).holds).to.equal(false);
  });

  it("tells version ranges from typos", () => {
    expect(isVersionRange(">=1.36")).to.equal(true);
    expect(isVersionRange("1.35 - 1.36")).to.equal(true);
    expect(isVersionRange("newer than 1.36")).to.equal(false);
    expect(isVersionRange(">=one")).to.equal(false);
  });

  it("describes a condition and collects every gate a scenario names", () => {
    expect(describeCondition({ kubernetes: ">=1.36", featureGates: { A: true, B: false } })).to.equal("Kubernetes >=1.36, A=true, B=false");
    const scenario = {
      featureGates: ["Zeta"], when: { featureGates: { Alpha: true } }, setup: [],
      steps: [{ when: { kubernetes: ">=1.36", featureGates: { Beta: false } } }, {}], never: [{ when: { featureGates: { Alpha: false } } }],
    };
    expect(namedFeatureGates(scenario)).to.deep.equal(["Alpha", "Beta", "Zeta"]);
  });
});

describe("feature gates from the kubelet's metrics", () => {
  it("reads kubernetes_feature_enabled lines and ignores the rest", () => {
    const metrics = [
      "# HELP kubernetes_feature_enabled [BETA] This metric records the data about the stage and enablement of a k8s feature.",
      "# TYPE kubernetes_feature_enabled gauge",
      'kubernetes_feature_enabled{name="KubeletCrashLoopBackOffMax",stage="BETA"} 1',
      'kubernetes_feature_enabled{name="ReduceDefaultCrashLoopBackoffDecay",stage="ALPHA"} 0',
      'kubernetes_feature_enabled{name="SidecarContainers",stage=""} 1',
      'kubelet_running_pods 3',
    ].join("\n");
    expect(parseFeatureGates(metrics)).to.deep.equal({ KubeletCrashLoopBackOffMax: true, ReduceDefaultCrashLoopBackoffDecay: false, SidecarContainers: true });
  });
});
