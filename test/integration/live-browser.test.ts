// `kubetrial serve` in Debian's chromium: the page follows a replay, its timeline grows; screenshots are saved
// under test-output/ to be looked at as the back row of a room would.
import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURE = join(ROOT, "test/fixtures/live/results.json");
const OUT = join(ROOT, "test-output");
const CHROMIUM = "/usr/bin/chromium";

function startServe(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, "src/cli/main.ts"), "serve", ...args, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

// The few browser globals the page functions use (the project compiles without the DOM library).
declare const document: { querySelectorAll(selector: string): { length: number }; querySelector(selector: string): { textContent: string | null } | null };
declare function getComputedStyle(element: unknown): { fontSize: string };

const spans = (page: Page): Promise<number> => page.locator("#timeline svg rect").count();

describe("serve in a browser (chromium)", function () {
  this.timeout(60_000);
  let browser: Browser;
  let serve: ChildProcess | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(OUT, { recursive: true });
  });
  after(async () => browser?.close());
  afterEach(() => void serve?.kill("SIGTERM"));

  it("grows the timeline as a replay plays, readable on a projector", async () => {
    // Speed 2 plays the 58 s fixture in 29 s: time enough for a loaded CI machine to open the page mid-replay.
    const started = await startServe(["--replay", FIXTURE, "--speed", "2"]);
    serve = started.child;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, colorScheme: "light" });
    await page.goto(started.url);
    await page.waitForFunction(() => document.querySelectorAll("#timeline svg rect").length >= 2);
    const early = await spans(page);
    const earlyClock = await page.locator("#clock").textContent();
    await page.waitForFunction(() => /ImagePullBackOff/.test(document.querySelector("#pods")?.textContent ?? ""), undefined, { timeout: 30_000 });
    await page.waitForFunction((before) => document.querySelectorAll("#timeline svg rect").length > before, early, { timeout: 30_000 });
    expect(await page.locator("#clock").textContent()).not.to.equal(earlyClock);
    expect(await page.locator("#steps li.passed").count()).to.be.at.least(1);
    // The back row: the pod's STATUS is drawn large.
    const size = await page.locator("#pods b.status").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).to.be.at.least(28);
    await page.screenshot({ path: join(OUT, "live-serve-light.png") });

    await page.keyboard.press("t");
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "live-serve-dark.png") });
    await page.close();
  });

  it("opens a finished run and shows every scenario's verdict", async () => {
    const started = await startServe([FIXTURE]);
    serve = started.child;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: "dark" });
    await page.goto(started.url);
    await page.waitForFunction(() => document.querySelectorAll("#tabs button").length === 2);
    expect(await page.locator("#verdict").textContent()).to.equal("passed");
    expect(await page.locator("#tabs").textContent()).to.match(/✔ bad-image.*✔ crash-loop/);
    await page.locator("#tabs button", { hasText: "bad-image" }).click();
    expect(await page.locator("#title").textContent()).to.equal("bad-image");
    await page.screenshot({ path: join(OUT, "live-serve-finished-dark.png"), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 }); // an old projector
    await page.locator("#tabs button", { hasText: "crash-loop" }).click();
    await page.screenshot({ path: join(OUT, "live-serve-1024.png") });
    await page.close();
  });
});
