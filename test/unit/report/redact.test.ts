import { expect } from "chai";
import { readFileSync } from "node:fs";
import { redactManifests, redactRunResult, REDACTED } from "../../../src/report/redact.ts";
import { renderReports, writeReports } from "../../../src/report/write.ts";
import { SECRET_VALUE, sampleRun } from "../../fixtures/report/sample-run.ts";
import { tempDir } from "./helpers.ts";

const b64 = Buffer.from(SECRET_VALUE).toString("base64");

describe("report redaction of Secret values", () => {
  it("redacts Secret data and stringData and env values drawn from Secrets in manifests", () => {
    const { text, secretValues } = redactManifests([
      `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: ${b64}\nstringData:\n  token: tok-${SECRET_VALUE}\n`,
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x\n      env:\n        - name: A\n          value: ${SECRET_VALUE}\n          valueFrom: {secretKeyRef: {name: s, key: password}}\n        - name: MODE\n          value: demo\n`,
    ].join("---\n"));
    expect(text).to.not.contain(SECRET_VALUE);
    expect(text).to.not.contain(b64);
    expect(text).to.contain(`password: ${REDACTED}`);
    expect(text).to.contain("value: demo");
    expect(text).to.contain("kind: Pod");
    expect(secretValues).to.include.members([b64, SECRET_VALUE, `tok-${SECRET_VALUE}`]);
  });

  it("leaves manifests without Secrets untouched, and withholds unparsable ones that mention a Secret", () => {
    const plain = "# a comment\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n";
    expect(redactManifests(plain).text).to.equal(plain);
    expect(redactManifests("kind: Secret\ndata: {a: [unclosed\n").text).to.match(/^# manifests withheld/);
    expect(redactManifests("kind: List\nitems:\n  - kind: Secret\n    data: {k: dmFsdWUtdmFsdWU=}\n").text).to.not.contain("dmFsdWUtdmFsdWU=");
  });

  it("keeps every Secret value out of index.html, junit.xml and results.json, even in logs and events", async () => {
    const run = sampleRun();
    const scenario = run.scenarios[1];
    if (!scenario) throw new Error("fixture");
    scenario.finalObjects += `\n  Env: AUTH=${b64}`;
    const ev = scenario.timeline.find((o) => o.kind === "event");
    if (ev?.kind === "event") ev.event.message = `leaked ${SECRET_VALUE} here`;
    expect(JSON.stringify(run)).to.contain(SECRET_VALUE);
    const rendered = renderReports(run);
    for (const text of [rendered.html, rendered.junit, rendered.json]) {
      expect(text).to.not.contain(SECRET_VALUE);
      expect(text).to.not.contain(b64);
    }
    expect(rendered.html).to.contain("AUTH_PASSWORD&#x3D;&lt;redacted&gt;");
    const dir = tempDir();
    const written = await writeReports(run, dir);
    for (const file of [written.html, written.junit, written.json]) expect(readFileSync(file, "utf8")).to.not.contain(SECRET_VALUE);
    expect(redactRunResult(run).scenarios[0]).to.deep.equal(run.scenarios[0]);
  });
});
