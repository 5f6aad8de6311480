import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../../src/model/errors.ts";
import { renderJson } from "../../../src/report/json.ts";
import { asResults, readResults, resultsValidator } from "../../../src/report/read.ts";
import { sampleRun } from "../../fixtures/report/sample-run.ts";
import { ROOT, tempDir } from "./helpers.ts";

describe("report results.json, its schema and `kubetrial report`", () => {
  it("writes a stable key order, format and version first", () => {
    const run = sampleRun();
    const text = renderJson(run);
    expect(text.startsWith('{\n  "format": "kubetrial-results",\n  "version": 1,\n  "runId": "20261124-100000-sample",')).to.equal(true);
    const shuffled = JSON.parse(JSON.stringify(run, Object.keys(run).reverse().concat(...collectKeys(run))));
    expect(renderJson(shuffled)).to.equal(text);
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(run)));
  });

  it("validates the sample run and the live fixture against schemas/results.schema.json", () => {
    const validate = resultsValidator();
    expect(validate(JSON.parse(renderJson(sampleRun()))), JSON.stringify(validate.errors)).to.equal(true);
    const live = JSON.parse(readFileSync(join(ROOT, "test/fixtures/live/results.json"), "utf8"));
    expect(validate(live), JSON.stringify(validate.errors)).to.equal(true);
    const broken = JSON.parse(renderJson(sampleRun()));
    broken.scenarios[0].timeline[0].t = "soon";
    expect(validate(broken)).to.equal(false);
  });

  it("refuses a file that is not kubetrial's, or of an unknown version, with a clear InputError", () => {
    expect(() => asResults({ format: "chainsaw" }, "x.json")).to.throw(InputError, /not a kubetrial results file: "format" is "chainsaw"/);
    expect(() => asResults({ format: "kubetrial-results", version: 2 }, "x.json")).to.throw(InputError, /version 2 is not supported: this kubetrial reads version 1/);
    expect(() => asResults([], "x.json")).to.throw(InputError, /not a JSON object/);
    expect(() => asResults({ format: "kubetrial-results", version: 1, runId: "r" }, "x.json")).to.throw(InputError, /not a valid kubetrial results file/);
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect(() => readResults(join(dir, "bad.json"))).to.throw(InputError, /not JSON/);
    expect(() => readResults(join(dir, "missing.json"))).to.throw(InputError, /cannot read/);
  });

  it("`kubetrial report` re-renders a run without a cluster and exits 2 on a foreign file", function () {
    this.timeout(30_000);
    const dir = tempDir();
    const input = join(dir, "in.json");
    writeFileSync(input, renderJson(sampleRun()));
    const out = join(dir, "out");
    const ok = spawnSync(process.execPath, [join(ROOT, "src/cli/main.ts"), "report", input, "--out", out], { encoding: "utf8" });
    expect(ok.status, ok.stderr).to.equal(0);
    expect(ok.stdout).to.contain(join(out, "index.html"));
    for (const f of ["index.html", "junit.xml", "results.json"]) expect(existsSync(join(out, f))).to.equal(true);
    writeFileSync(input, JSON.stringify({ format: "kubetrial-results", version: 7 }));
    const bad = spawnSync(process.execPath, [join(ROOT, "src/cli/main.ts"), "report", input], { encoding: "utf8" });
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.contain("version 7 is not supported");
  });
});

function collectKeys(value: unknown, into = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectKeys(v, into));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) { into.add(k); collectKeys(v, into); }
  return [...into].reverse();
}
