// `kubetrial serve` following a run that another process is running on the real cluster, through its live.jsonl.
import { expect } from "chai";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { realCluster } from "./support/cluster.ts";
import { eventually } from "./support/poll.ts";

interface Snapshot {
  events: number;
  scenarios: { id: string }[];
}

describe("serve follows a running run (real cluster)", function () {
  this.timeout(120_000);

  it("shows the run's events growing while the run goes on in another process", async function () {
    await realCluster(this);
    const reports = mkdtempSync(join(tmpdir(), "kubetrial-follow-"));
    const run = execa("node", ["src/cli/main.ts", "run", "scenarios/mission/bad-image.yaml", "--report-dir", reports], { reject: false, env: { NO_COLOR: "1" } });
    const live = await eventually("live.jsonl of the run", 30_000, async () => {
      const folder = readdirSync(reports).find((f) => existsSync(join(reports, f, "live.jsonl")));
      return folder ? join(reports, folder) : undefined;
    });
    const serve = execa("node", ["src/cli/main.ts", "serve", live, "--port", "0"], { reject: false, env: { NO_COLOR: "1" }, buffer: false });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        serve.stdout?.on("data", (chunk: Buffer) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
          if (found) resolve(found[0]);
        });
        setTimeout(() => reject(new Error("serve printed no address")), 20_000);
      });
      const state = async (): Promise<Snapshot> => (await fetch(`${url}state.json`)).json() as Promise<Snapshot>;
      const first = await eventually("the scenario on the page", 20_000, async () => {
        const s = await state();
        return s.scenarios.some((v) => v.id === "bad-image") ? s : undefined;
      });
      const later = await eventually("more events while the run goes on", 40_000, async () => {
        const s = await state();
        return s.events > first.events ? s : undefined;
      });
      expect(later.events).to.be.greaterThan(first.events);
      const result = await run;
      expect(result.exitCode, result.all).to.equal(0);
    } finally {
      serve.kill("SIGINT");
      run.kill("SIGINT");
      await Promise.allSettled([serve, run]);
    }
  });
});
