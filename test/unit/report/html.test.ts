import { expect } from "chai";
import { renderHtml } from "../../../src/report/html.ts";
import { safeHref, trimLog } from "../../../src/report/view.ts";
import { poison, sampleRun, sampleScenarios } from "../../fixtures/report/sample-run.ts";
import { HOSTILE } from "./helpers.ts";

describe("report index.html", () => {
  const html = renderHtml(sampleRun());

  it("has the summary, a row per scenario linking to its section, and the sections", () => {
    expect(html).to.contain("<title>kubetrial 20261124-100000-sample — 2 of 6 failed</title>");
    for (const text of ["kubetrial-offline", "v1.31.4", "https://127.0.0.1:6443", "containerd://2.0.2", "2026-11-24 10:00:00 UTC"]) expect(html).to.contain(text);
    const links = [...html.matchAll(/<a href="#(s\d+-[^"]+)">/g)].map((m) => m[1]);
    expect(links).to.have.length(6);
    for (const id of links) expect(html).to.contain(`<section class="scenario card" id="${id}">`);
    expect(html).to.contain("crash-exit [restartPolicy&#x3D;Always, exitCode&#x3D;1]");
  });

  it("shows claims with their verdict, steps with evidence or what was last seen", () => {
    expect(html).to.contain('<span class="pill big claim-refuted">refuted</span>');
    expect(html).to.contain('<span class="pill big claim-verified">verified</span>');
    expect(html).to.contain("A pod that does not tolerate the taint is scheduled on another node within 30 seconds.");
    expect(html).to.contain("<strong>last seen:</strong> pod sleeper STATUS Pending READY 0/1");
    expect(html).to.contain("+2.394s pod web STATUS ImagePullBackOff READY 0/1");
    expect(html).to.contain("Readiness probe failed: HTTP probe failed with statuscode: 404");
  });

  it("draws a timeline chart per scenario with lanes, actions, markers and gaps", () => {
    expect(html.match(/<svg class="chart"/g)).to.have.length(6);
    expect(html).to.contain('<path class="marker marker-restart"');
    expect(html).to.contain('<path class="marker marker-probe"');
    expect(html).to.contain('<g class="action action-done"><title>+6.000s exec: exec rm /usr/share/nginx/html/index.html in web/nginx');
    expect(html).to.contain('<rect class="gap"');
    expect(html).to.contain(">ImagePullBackOff</text>");
  });

  it("is self-contained: no script, no external resource", () => {
    expect(html).to.not.match(/<script/i);
    expect(html).to.not.match(/\bsrc=/i);
    expect(html).to.not.match(/url\((?!#kt-hatch\))/);
    expect(html).to.not.match(/@import|<link /i);
    expect(html).to.contain("@media (prefers-color-scheme: dark)");
    expect(html).to.contain("@media print");
  });

  it("escapes hostile text from every field", () => {
    const hostile = renderHtml(poison(sampleRun(), HOSTILE));
    expect(hostile).to.not.match(/<script>alert/);
    expect(hostile).to.not.match(/<img src=x/);
    expect(hostile).to.not.contain("{{x}}}");
    expect(hostile).to.contain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;amp;");
    expect(hostile).to.contain("&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;");
    // Attribute values cannot be broken out of: no raw quote follows the payload's opening.
    expect(hostile).to.not.match(/="[^"]*<script>/);
    expect(hostile.match(/<section class="scenario card"/g)).to.have.length(6);
  });

  it("never makes a javascript: link clickable", () => {
    expect(safeHref("javascript:alert(1)")).to.equal(undefined);
    expect(safeHref(" JaVaScRiPt:alert(1)")).to.equal(undefined);
    expect(safeHref("https://example.org/runbook")).to.equal("https://example.org/runbook");
    expect(safeHref("../runbooks/x.txt")).to.equal("../runbooks/x.txt");
    const scenarios = sampleScenarios();
    const first = scenarios[0];
    if (first?.runbook) first.runbook.link = "javascript:alert(1)";
    expect(renderHtml(sampleRun(scenarios))).to.not.contain("javascript:");
  });

  it("trims long logs to their last lines", () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i}`).join("\n");
    const view = trimLog({ pod: "p", container: "c", previous: true, text, truncated: false });
    expect(view.title).to.equal("p / c (previous)");
    expect(view.text.split("\n")).to.have.length(200);
    expect(view.text.endsWith("line 499")).to.equal(true);
    expect(view.note).to.contain("last 200 lines");
  });

  it("renders a run with no scenarios and a scenario with an empty timeline", () => {
    expect(renderHtml(sampleRun([]))).to.contain("all passed");
    const [s] = sampleScenarios();
    if (!s) throw new Error("fixture");
    const bare = renderHtml(sampleRun([{ ...s, timeline: [], steps: [], setup: [], runbook: undefined, logs: [], manifests: "", finalObjects: "" }]));
    expect(bare).to.contain("No events recorded.");
    expect(bare).to.not.contain('<svg class="chart"');
  });
});
