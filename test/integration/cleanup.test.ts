// Nothing is left behind: Ctrl-C reverts the node taint and deletes the namespace; after a crash (SIGKILL),
// `kubetrial gc` finds the leftovers through the journal and reverts them.
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KubeClients } from "../../src/k8s/clients.ts";
import { listManagedNamespaces } from "../../src/k8s/namespaces.ts";
import { pickFaultNode } from "../../src/k8s/nodes.ts";
import { realCluster } from "./support/cluster.ts";
import { kubetrial } from "./support/cli.ts";
import { eventually } from "./support/poll.ts";

const TAINT_KEY = "kubetrial.io/fault";

describe("cleanup after Ctrl-C and after a crash (real cluster)", function () {
  this.timeout(180_000);
  let clients: KubeClients;
  let node: string;
  const stateDir = mkdtempSync(join(tmpdir(), "kubetrial-state-"));
  const env = { KUBETRIAL_STATE_DIR: stateDir };

  before(async function () {
    clients = await realCluster(this);
    node = await pickFaultNode(clients);
  });

  async function taintPresent(): Promise<boolean> {
    const n = await clients.core.readNode({ name: node });
    return (n.spec?.taints ?? []).some((t) => t.key === TAINT_KEY);
  }

  async function ourNamespaces(): Promise<string[]> {
    return (await listManagedNamespaces(clients)).map((n) => n.name).filter((n) => n.startsWith("kt-taint-no-schedule-"));
  }

  it("reverts the taint and deletes the namespace on SIGINT, exiting 130", async () => {
    const child = kubetrial(["run", "scenarios/mission/taint-no-schedule.yaml", "--report-dir", "test-output/reports"], { env });
    await eventually("taint applied by the run", 30_000, async () => ((await taintPresent()) ? true : undefined));
    child.kill("SIGINT");
    const result = await child;
    expect(result.exitCode, result.all).to.equal(130);
    expect(result.all).to.contain("cleaning up");
    expect(await taintPresent()).to.equal(false);
    expect(await ourNamespaces()).to.deep.equal([]);
  });

  it("leaves the taint after SIGKILL, and `kubetrial gc` reverts it and deletes the namespace", async () => {
    const child = kubetrial(["run", "scenarios/mission/taint-no-schedule.yaml", "--report-dir", "test-output/reports"], { env });
    await eventually("taint applied by the run", 30_000, async () => ((await taintPresent()) ? true : undefined));
    await eventually("namespace created", 10_000, async () => ((await ourNamespaces()).length > 0 ? true : undefined));
    child.kill("SIGKILL");
    await child;
    expect(await taintPresent(), "a killed run cannot clean up").to.equal(true);

    const dry = await kubetrial(["gc", "--dry-run"], { env });
    expect(dry.exitCode, dry.all).to.equal(0);
    expect(dry.all).to.match(/would revert "taint .* kubetrial\.io\/fault=no-schedule:NoSchedule"/);
    expect(await taintPresent(), "dry run changes nothing").to.equal(true);

    const gc = await kubetrial(["gc"], { env });
    expect(gc.exitCode, gc.all).to.equal(0);
    expect(gc.all).to.match(/✔ revert "taint/);
    expect(gc.all).to.match(/✔ delete namespace kt-taint-no-schedule-/);
    expect(await taintPresent()).to.equal(false);
    expect(await ourNamespaces()).to.deep.equal([]);

    const again = await kubetrial(["gc"], { env });
    expect(again.all).to.contain("nothing left behind");
  });
});
