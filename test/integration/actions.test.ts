// The engine's actions on the real cluster: patch, node labels (one left for the journal to revert), exec, delete.
import { expect } from "chai";
import type { RunResult } from "../../src/model/result.ts";
import { kubetrialSuite } from "../../src/mocha/suite.ts";
import { KubeConfig } from "@kubernetes/client-node";
import { makeClients } from "../../src/k8s/clients.ts";
import { pickFaultNode } from "../../src/k8s/nodes.ts";

let run: RunResult | undefined;

kubetrialSuite("engine actions on the real cluster", {
  paths: ["test/fixtures/scenarios/real"],
  templatesDir: "test/fixtures/templates",
  reportsRoot: "test-output/reports",
  onRun: (result) => { run = result; },
});

describe("after the engine actions", () => {
  it("recorded each action on the timeline and reverted every node label", async () => {
    if (!run) throw new Error("the scenario did not run");
    const actions = run.scenarios[0]?.timeline.filter((o) => o.kind === "action" && o.phase === "done").map((o) => (o.kind === "action" ? o.action : ""));
    expect(actions).to.deep.equal(["apply", "patch", "label", "label", "unlabel", "exec", "delete"]);
    const exec = run.scenarios[0]?.timeline.find((o) => o.kind === "action" && o.action === "exec" && o.phase === "done");
    expect(exec?.kind === "action" && exec.detail).to.equal("exit 3");
    const config = new KubeConfig();
    config.loadFromDefault();
    const clients = makeClients(config);
    const node = await clients.core.readNode({ name: await pickFaultNode(clients) });
    const labels = node.metadata?.labels ?? {};
    expect(labels).to.not.have.property("kubetrial.io/engine-test");
    expect(labels).to.not.have.property("kubetrial.io/engine-left");
  });
});
