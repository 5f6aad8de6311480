import { expect } from "chai";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderJunit, antTimestamp } from "../../../src/report/junit.ts";
import { escapeXml, escapeXmlAttr, stripInvalidXml } from "../../../src/report/xml.ts";
import { poison, sampleRun } from "../../fixtures/report/sample-run.ts";
import { HOSTILE, ROOT, tempDir } from "./helpers.ts";

const XSD = join(ROOT, "test/fixtures/junit/junit.xsd");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** Validates with xmllint against our JUnit XSD; returns xmllint's complaints ("" when valid). */
function validate(xml: string): string {
  const file = join(tempDir(), "junit.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return run.status === 0 ? "" : run.stderr;
}

describe("report junit.xml", () => {
  const xml = renderJunit(sampleRun());

  it("has a testsuite per scenario file and a testcase per scenario and matrix entry", () => {
    expect(xml).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="kubetrial 20261124-100000-sample" tests="6" failures="1" errors="1" skipped="0"/);
    expect(xml.match(/<testsuite /g)).to.have.length(5);
    expect(xml.match(/<testcase /g)).to.have.length(6);
    expect(xml).to.contain('<testsuite name="scenarios/mission/crash-exit.yaml" tests="2" failures="0" errors="0" skipped="0" time="42.000"');
    expect(xml).to.contain('<testcase name="crash-exit [restartPolicy=Always, exitCode=1]" classname="scenarios/mission/crash-exit.yaml" time="36.000">');
    expect(xml).to.contain('<testcase name="crash-exit [restartPolicy=Never, exitCode=0]"');
  });

  it("names the failing expectation and what was last seen, and keeps the timeline in system-out", () => {
    expect(xml).to.contain('<failure message="pod sleeper: Running within 30s — last seen: pod sleeper STATUS Pending READY 0/1, PodScheduled False (Unschedulable), since +0.230s" type="expectation">');
    expect(xml).to.contain("  last observation: +12.510s event Warning FailedScheduling pod/sleeper");
    expect(xml).to.contain("never inconclusive: pod sleeper is never Evicted");
    expect(xml).to.contain('<error message="apply failed: Pod &quot;hog&quot; is invalid');
    expect(xml).to.contain("+14.030s event Normal Killing pod/web: Container nginx failed liveness probe, will be restarted");
    expect(xml).to.contain("<system-err>cleanup failed: namespace kt-oom-killed-7f3a2c still terminating after 30s</system-err>");
  });

  it("escapes XML and drops characters XML cannot carry", () => {
    expect(stripInvalidXml("a\u0000b\u001bc\uFFFEd\uD800e\u{1F600}\t\n")).to.equal("abcde\u{1F600}\t\n");
    expect(escapeXml("<a & b>")).to.equal("&lt;a &amp; b&gt;");
    expect(escapeXmlAttr(`"x"\n'y'`)).to.equal("&quot;x&quot;&#10;&apos;y&apos;");
    expect(antTimestamp("2026-11-24T10:00:00.150Z")).to.equal("2026-11-24T10:00:00");
  });

  it("stays well-formed with hostile text in every field", () => {
    const hostile = renderJunit(poison(sampleRun(), HOSTILE));
    expect(hostile).to.not.contain("<script>");
    expect(hostile).to.not.contain("<img");
    expect(hostile).to.not.match(/[\u0000\u001b\uFFFE]/);
    expect(hostile).to.contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    if (hasXmllint) expect(validate(hostile)).to.equal("");
  });

  it("validates against the JUnit schema (xmllint)", function () {
    if (!hasXmllint) {
      console.log("      xmllint is missing (apt-get install libxml2-utils): schema validation skipped");
      this.skip();
    }
    expect(validate(xml)).to.equal("");
    const empty = renderJunit(sampleRun([]));
    expect(validate(empty)).to.equal("");
    expect(existsSync(XSD)).to.equal(true);
    // The schema really checks: a testcase without its classname is rejected.
    expect(validate(xml.replace(/ classname="[^"]*"/, ""))).to.contain("classname");
    expect(() => execFileSync("xmllint", ["--noout", XSD])).to.not.throw();
  });
});
