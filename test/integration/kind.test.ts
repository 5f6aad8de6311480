// The real kind CLI (built from the Go module proxy by tools/kind/build.sh). No Docker engine runs on these machines,
// so what can be shown is that kubetrial drives kind and reports its failure well, changing nothing.
import { expect } from "chai";
import { existsSync } from "node:fs";
import { execa } from "execa";
import { kubetrial } from "./support/cli.ts";

const KIND = `${process.env["KUBETRIAL_CACHE"] ?? "/var/cache/kubetrial"}/bin/kind-v0.30.0/kind`;

describe("kind (real CLI)", function () {
  this.timeout(60_000);

  before(function () {
    if (!existsSync(KIND)) this.skip();
  });

  it("is the real kind v0.30.0", async () => {
    const result = await execa(KIND, ["version"]);
    expect(result.stdout).to.match(/^kind v0\.30\.0 /);
  });

  it("reports a missing Docker engine with exit code 3 and what to do, for status and for run", async function () {
    const docker = await execa("docker", ["info"], { reject: false });
    if (docker.exitCode === 0) this.skip(); // a Docker engine runs here: this case cannot be shown
    const env = { KUBETRIAL_KIND: KIND };
    const status = await execa("node", ["src/cli/main.ts", "cluster", "status"], { reject: false, env, extendEnv: true });
    expect(status.exitCode).to.equal(3);
    expect(status.stderr).to.contain("the Docker engine is not running");
    const run = await execa("node", ["src/cli/main.ts", "run", "scenarios/mission"], { reject: false, env: { ...env, KUBECONFIG: "" }, extendEnv: true });
    expect(run.exitCode).to.equal(3);
    expect(run.stderr).to.contain("hint: start Docker");
  });

  it("says when kind itself is missing", async () => {
    const result = await kubetrial(["cluster", "status"], { env: { KUBETRIAL_KIND: "/nonexistent/kind" } });
    expect(result.exitCode).to.equal(3);
    expect(result.all).to.contain("kind is not installed");
  });
});
