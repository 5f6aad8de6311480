// Bad situations at the cluster edge: clear words and the documented exit codes, nothing touched.
import { expect } from "chai";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kubetrial } from "./support/cli.ts";

function kubeconfig(context: string, server: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "kubetrial-kc-")), "config");
  writeFileSync(file, `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "${server}", insecure-skip-tls-verify: true}}]
users: [{name: u, user: {token: nothing}}]
contexts: [{name: ${context}, context: {cluster: c, user: u}}]
current-context: ${context}
`);
  return file;
}

describe("kubetrial run at the cluster edge", function () {
  this.timeout(60_000);

  it("exits 3 naming the server when the cluster cannot be reached", async () => {
    const result = await kubetrial(["run", "scenarios/mission/bad-image.yaml", "--kubeconfig", kubeconfig("kind-gone", "https://127.0.0.1:1")]);
    expect(result.exitCode, result.all).to.equal(3);
    expect(result.all).to.contain('cannot reach the cluster of context "kind-gone" at https://127.0.0.1:1');
    expect(result.all).to.contain("hint:");
  });

  it("refuses a context that does not look like a test cluster (exit 2) unless allowed", async () => {
    const file = kubeconfig("production", "https://127.0.0.1:1");
    const refused = await kubetrial(["run", "scenarios/mission/bad-image.yaml", "--kubeconfig", file]);
    expect(refused.exitCode).to.equal(2);
    expect(refused.all).to.contain("--allow-context production");
    const allowed = await kubetrial(["run", "scenarios/mission/bad-image.yaml", "--kubeconfig", file, "--allow-context", "production"]);
    expect(allowed.exitCode, "allowed, then unreachable").to.equal(3);
  });

  it("rejects an invalid scenario before looking for a cluster (exit 2)", async () => {
    const result = await kubetrial(["run", "test/fixtures/scenarios/broken/unknown-field.yaml", "--templates", "test/fixtures/templates",
      "--kubeconfig", kubeconfig("kind-gone", "https://127.0.0.1:1")]);
    expect(result.exitCode).to.equal(2);
    expect(result.all).to.contain('unknown field "stauts"');
    expect(result.all).to.not.contain("cannot reach");
  });

  it("rejects a bad flag value and an unknown option (exit 2)", async () => {
    expect((await kubetrial(["run", "scenarios", "--parallel", "zero"])).exitCode).to.equal(2);
    expect((await kubetrial(["run", "--no-such-flag"])).exitCode).to.equal(2);
  });
});
