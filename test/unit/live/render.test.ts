import { expect } from "chai";
import stringWidth from "string-width";
import { applyEvent, emptyState } from "../../../src/live/state.ts";
import { renderScreen } from "../../../src/live/render-terminal.ts";
import { plainText } from "../../../src/live/plain.ts";
import { age } from "../../../src/live/format.ts";
import { fixtureEvents } from "./helpers.ts";

describe("live terminal rendering", () => {
  it("draws the running scenario's pods, steps and prompt within the width", async () => {
    const state = emptyState();
    const events = await fixtureEvents();
    const upTo = events.findIndex((e) => e.hook === "stepStarted" && e.index === 3);
    for (const e of events.slice(0, upTo + 1)) applyEvent(state, e);
    const view = state.scenarios[0];
    if (!view) throw new Error("no scenario");
    view.awaiting = "delete Pod web";
    const screen = renderScreen(state, { width: 90, color: false, nowT: () => 17000 });
    expect(screen).to.match(/web\s+ImagePullBackOff\s+0\/1\s+0\s+16s/);
    expect(screen).to.match(/✔\s+\+2\.4s\s+pod web: ContainerCreating → ErrImagePull → ImagePullBackOff/);
    expect(screen).to.match(/▶\s+delete Pod web\s+now/);
    expect(screen).to.include("NEXT ACTION");
    expect(screen).to.include("○ crash-loop waiting");
    for (const line of screen.split("\n")) expect(stringWidth(line)).to.be.at.most(90);
  });

  it("prints plain lines for CI", async () => {
    const lines = (await fixtureEvents()).flatMap(plainText);
    expect(lines).to.include("[bad-image] +1.3s pod web ErrImagePull 0/1 restarts=0 (nginx: ErrImagePull)");
    expect(lines).to.include("[crash-loop] passed in 33.4s");
    expect(lines.at(-1)).to.equal("run finished: 2 passed, 0 failed, 0 skipped");
  });

  it("prints ages like kubectl", () => {
    expect([age(5_000), age(125_000), age(3_720_000)]).to.deep.equal(["5s", "2m5s", "1h2m"]);
  });
});
