// replay and serve on bad input: clear messages, exit code 2, nothing served.
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURE = join(ROOT, "test/fixtures/live/results.json");

function kubetrial(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "src/cli/main.ts"), ...args], { encoding: "utf8", timeout: 15_000 });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe("replay and serve on bad input", function () {
  // Each case starts a CLI process (about a second each on a loaded 2-core CI machine).
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "kt-live-cli-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a file that is not kubetrial's results, or of another version (exit 2)", () => {
    const other = join(dir, "package.json");
    writeFileSync(other, JSON.stringify({ name: "x" }));
    const newer = join(dir, "v9.json");
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, "utf8")), version: 9 }));
    const notJson = join(dir, "notes.txt");
    writeFileSync(notJson, "hello");
    const notResults = kubetrial("replay", other);
    expect(notResults.status).to.equal(2);
    expect(notResults.stderr).to.match(/not a kubetrial results file: "format" is null/);
    expect(kubetrial("replay", newer).stderr).to.match(/results format version 9 is not supported/);
    expect(kubetrial("replay", notJson).stderr).to.match(/not a kubetrial results file: not JSON/);
    expect(kubetrial("serve", other).status).to.equal(2);
    expect(kubetrial("replay", FIXTURE, "--speed", "0").stderr).to.match(/--speed must be a positive number/);
  });

  it("refuses a non-loopback address unless --allow-remote", () => {
    const r = kubetrial("serve", FIXTURE, "--host", "0.0.0.0");
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/refusing to serve on 0\.0\.0\.0.*--allow-remote/);
    expect(kubetrial("replay", FIXTURE, "--serve", "--host", "0.0.0.0").status).to.equal(2);
  });
});
