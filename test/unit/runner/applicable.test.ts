import { expect } from "chai";
import { applicableOnly } from "../../../src/runner/applicable.ts";
import { partitionByCondition } from "../../../src/runner/run.ts";
import type { RenderedScenario } from "../../../src/scenario/render.ts";
import type { Scenario, Step } from "../../../src/model/scenario.ts";

const sleep = (description: string, when?: Step["when"]): Step => ({ type: "action", action: { kind: "sleep", ms: 1 }, description, ...(when ? { when } : {}) });
const facts = { kubernetes: "v1.35.4", featureGates: { KubeletCrashLoopBackOffMax: true } };

function rendered(steps: Step[]): RenderedScenario {
  return { manifests: [], setup: [], steps, never: [] };
}

describe("steps that apply only on some clusters", () => {
  it("keeps the steps whose when: holds and says why the others were left out", () => {
    const out = applicableOnly(rendered([sleep("always"), sleep("new", { kubernetes: ">=1.36" }), sleep("old", { kubernetes: "<1.36" })]), facts);
    expect(out.rendered.steps.map((s) => s.description)).to.deep.equal(["always", "old"]);
    expect(out.notApplicable).to.deep.equal([{ description: "new (when: Kubernetes >=1.36)", why: "Kubernetes v1.35.4 is not >=1.36" }]);
  });

  it("refuses to guess when a feature gate's state is unknown", () => {
    expect(() => applicableOnly(rendered([sleep("gated", { featureGates: { Unknown: true } })]), facts)).to.throw(/cannot tell whether "gated" applies/);
  });

  it("leaves whole scenarios out of a run where their when: does not hold", () => {
    const scenario = (id: string, when?: Scenario["when"]): Scenario => ({ id, name: id, ...(when ? { when } : {}) }) as Scenario;
    const out = partitionByCondition([scenario("a"), scenario("b", { kubernetes: ">=1.36" }), scenario("c", { featureGates: { X: true } })], facts);
    expect(out.applicable.map((s) => s.id)).to.deep.equal(["a", "c"]);
    expect(out.notApplicable).to.deep.equal([{ id: "b", name: "b", description: "when: Kubernetes >=1.36", why: "Kubernetes v1.35.4 is not >=1.36" }]);
    expect([...out.undecidable.keys()]).to.deep.equal(["c"]);
  });
});
