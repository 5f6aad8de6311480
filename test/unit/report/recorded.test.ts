// Reports rendered from a run recorded on the real cluster (test/fixtures/recorded/README.md): four passes and one failure.
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readResults, renderHtml, renderJunit } from "../../../src/report/index.ts";
import { ROOT, tempDir } from "./helpers.ts";

const run = readResults(join(ROOT, "test/fixtures/recorded/mission-run.json"));

describe("reports of a run recorded on the real cluster", () => {
  it("shows every scenario with its verdict, claim and timeline, and the failed step's last observation", () => {
    const html = renderHtml(run);
    for (const s of run.scenarios) expect(html, s.id).to.contain(s.id);
    expect(html).to.contain("refuted");
    expect(html).to.contain("no matching event since the step began");
    expect(html.match(/<svg/g)?.length ?? 0).to.be.greaterThan(run.scenarios.length);
    expect(html).to.contain("v1.34.4");
  });

  it("writes junit.xml with one failure that names the expectation and what was last seen, valid against the JUnit XSD", function () {
    const xml = renderJunit(run);
    expect(xml).to.match(/tests="5" failures="1"/);
    expect(xml).to.contain("event Warning FailedScheduling on waiter /untolerated taint/");
    if (spawnSync("xmllint", ["--version"]).status !== 0) this.skip();
    const file = join(tempDir(), "junit.xml");
    writeFileSync(file, xml);
    const check = spawnSync("xmllint", ["--noout", "--schema", join(ROOT, "test/fixtures/junit/junit.xsd"), file], { encoding: "utf8" });
    expect(check.status, check.stderr).to.equal(0);
  });
});
