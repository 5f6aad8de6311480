import { expect } from "chai";
import { execa } from "execa";
import { InputError } from "../../../src/model/errors.ts";
import { loadScenarioFile, loadScenarios } from "../../../src/scenario/load.ts";
import { placeholderBuiltins, renderScenario } from "../../../src/scenario/render.ts";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const templates = `${fixtures}templates`;
const broken = (name: string): string => `${fixtures}scenarios/broken/${name}.yaml`;

function failure(file: string): InputError {
  try {
    loadScenarioFile(file, templates);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without an error`);
}

describe("loading scenario files", () => {
  it("expands a matrix into one scenario per entry, with durations, steps and node changes", () => {
    const scenarios = loadScenarioFile(`${fixtures}scenarios/good/matrix.yaml`, templates);
    expect(scenarios.map((s) => s.id)).to.deep.equal(["matrix[restartPolicy=Always]", "matrix[restartPolicy=Never]"]);
    const [first] = scenarios;
    expect(first?.templates[0]?.values["restartPolicy"]).to.equal("Always");
    expect(first?.timeouts).to.deep.include({ scenarioMs: 120_000, stepMs: 30_000 });
    expect(first?.steps[0]).to.deep.include({ type: "expect", timeoutMs: 1500 });
    expect(first?.changesNodes).to.equal(true);
    expect(first?.never[0]?.expectation).to.deep.include({ kind: "pod", pod: { labels: { app: "x" } } });
  });

  it("renders manifests and the strings of steps with the built-ins", () => {
    const [scenario] = loadScenarioFile(`${fixtures}scenarios/good/matrix.yaml`, templates);
    if (!scenario) throw new Error("no scenario");
    const rendered = renderScenario(scenario, { ...placeholderBuiltins(scenario), namespace: "ns-1" }, templates);
    expect(rendered.manifests[0]?.object).to.deep.include({ kind: "Pod" });
    expect((rendered.manifests[0]?.object["spec"] as { containers: { command: string[] }[] }).containers[0]?.command).to.deep.equal(["sh", "-c", "exit 0"]);
    const exec = rendered.steps[1];
    expect(exec?.type === "action" && exec.action.kind === "exec" && exec.action.command).to.deep.equal(["echo", "ns-1"]);
  });

  it("names file, line and field of an unknown field, and suggests the known one", () => {
    const error = failure(broken("unknown-field"));
    expect(error.location).to.deep.include({ line: 8, field: "steps[0].expect.stauts" });
    expect(error.message).to.contain('unknown field "stauts" (did you mean "status"?)');
    expect(error.message).to.contain("unknown-field.yaml:8:");
  });

  it("names an unknown step kind", () => {
    const error = failure(broken("unknown-step"));
    expect(error.location).to.deep.include({ line: 7, field: "steps[1].exex" });
    expect(error.message).to.contain('did you mean "exec"');
  });

  it("reports malformed YAML with its position", () => {
    const error = failure(broken("malformed"));
    expect(error.message).to.match(/^.*malformed\.yaml:\d+:\d+: YAML syntax/);
  });

  it("rejects a bad duration at its field", () => {
    const error = failure(broken("bad-duration"));
    expect(error.location).to.deep.include({ line: 6, field: "steps[0].expect.within" });
    expect(error.message).to.contain("90s, 2m, 1500ms");
  });

  it("names the missing template value, the template file and line", () => {
    const error = failure(broken("missing-value"));
    expect(error.message).to.contain('missing template value "restartPolicy"');
    expect(error.location).to.deep.include({ line: 6, field: "restartPolicy" });
    expect(error.location?.file).to.match(/pod\.yaml\.hbs$/);
  });

  it("reports YAML broken by a template with the template's name", () => {
    const error = failure(broken("template-yaml"));
    expect(error.location?.file).to.match(/bad-yaml\.yaml\.hbs$/);
    expect(error.message).to.contain("rendered YAML is invalid");
  });

  it("reports every broken file of a folder together", () => {
    expect(() => loadScenarios([`${fixtures}scenarios/broken`], templates)).to.throw(InputError, /6 problems in the scenario files/);
  });

  it("exits 2 from `kubetrial validate` with the file, line and field", async () => {
    const result = await execa("node", ["src/cli/main.ts", "validate", broken("unknown-field"), "--templates", templates], { reject: false });
    expect(result.exitCode).to.equal(2);
    expect(result.stderr).to.match(/unknown-field\.yaml:8:\d+ \(steps\[0\]\.expect\.stauts\): unknown field "stauts"/);
  });

  it("validates the shipped scenarios", async () => {
    const result = await execa("node", ["src/cli/main.ts", "validate", "scenarios"], { reject: false });
    expect(result.stderr).to.equal("");
    expect(result.exitCode).to.equal(0);
  });
});
