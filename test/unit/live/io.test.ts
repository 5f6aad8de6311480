import { expect } from "chai";
import { mkdtempSync, readFileSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { liveEventsFile, LIVE_FILE } from "../../../src/live/events-file.ts";
import { parseLiveLine, type LiveEvent } from "../../../src/live/events.ts";
import { tailLiveFile } from "../../../src/live/follow.ts";
import { playReplay } from "../../../src/live/replay.ts";
import { readAnswer } from "../../../src/live/step-mode.ts";
import { fixture } from "./helpers.ts";

describe("live.jsonl and step mode input", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "kt-live-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every hook call as a line that another process can follow", async () => {
    const reportDir = join(dir, "run-1");
    await playReplay(fixture(), [liveEventsFile(reportDir)], { speed: Infinity });
    const lines = readFileSync(join(reportDir, LIVE_FILE), "utf8").trimEnd().split("\n");
    const events = lines.map(parseLiveLine);
    expect(events[0]).to.include({ hook: "runStarted", format: "kubetrial-live", version: 1 });
    expect(events.at(-1)?.hook).to.equal("runFinished");
    expect(events.filter((e) => e?.hook === "observed")).to.have.length(fixture().scenarios.reduce((n, s) => n + s.timeline.length, 0));

    const seen: LiveEvent[] = [];
    const half = lines.slice(0, 10).join("\n");
    const file = join(dir, "follow.jsonl");
    appendFileSync(file, `${half}\n${lines[10]?.slice(0, 20)}`); // a torn last line waits for its end
    const tail = tailLiveFile(file, (e) => seen.push(e));
    expect(seen).to.have.length(10);
    appendFileSync(file, `${lines[10]?.slice(20)}\n${lines.slice(11).join("\n")}\n`);
    await new Promise((r) => setTimeout(r, 450));
    tail.stop();
    expect(seen).to.have.length(lines.length);
  });

  it("skips lines that are not live events", () => {
    expect(parseLiveLine("{\"hook\":\"nope\"}")).to.equal(undefined);
    expect(parseLiveLine("{torn")).to.equal(undefined);
  });

  it("reads Enter, q and a closed input", async () => {
    const answers = [];
    for (const input of ["\n", "xq", " "]) {
      const stdin = new PassThrough();
      const answer = readAnswer(stdin);
      stdin.write(input);
      answers.push(await answer);
    }
    const closed = new PassThrough();
    const answer = readAnswer(closed);
    closed.end();
    answers.push(await answer);
    expect(answers).to.deep.equal(["go", "quit", "go", "closed"]);
  });
});
