// index.html in Debian's headless chromium: the sections and timeline charts are there once rendered, and
// screenshots (light, dark, print) land in test-output/ to be looked at.
import { expect } from "chai";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { writeReports } from "../../../src/report/write.ts";
import { sampleRun } from "../../fixtures/report/sample-run.ts";
import { OUT, tempDir } from "./helpers.ts";

const CHROMIUM = "/usr/bin/chromium";

// The few browser globals the page functions use (the project compiles without the DOM library).
declare const document: {
  querySelectorAll(selector: string): ArrayLike<{ id: string; getBoundingClientRect(): { width: number; height: number } }>;
  body: { innerText: string };
};

describe("report index.html in a browser (chromium)", function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let url = "";

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`      ${CHROMIUM} is missing (apt-get install chromium): browser test skipped`);
      this.skip();
    }
    const written = await writeReports(sampleRun(), tempDir());
    url = `file://${written.html}`;
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  after(async () => browser?.close());

  it("shows the summary, every scenario section and a drawn timeline chart in each", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 2400 }, colorScheme: "light" });
    const requests: string[] = [];
    page.on("request", (r) => void (r.url().startsWith("file:") ? undefined : requests.push(r.url())));
    await page.goto(url);
    const dom = await page.evaluate(() => ({
      sections: Array.from(document.querySelectorAll("section.scenario")).map((s) => s.id),
      charts: Array.from(document.querySelectorAll("svg.chart")).map((c) => c.getBoundingClientRect()),
      spans: document.querySelectorAll("svg.chart .span rect").length,
      rows: document.querySelectorAll("table.rows tbody tr").length,
      text: document.body.innerText,
    }));
    expect(dom.sections).to.have.length(6);
    expect(dom.rows).to.equal(6);
    expect(dom.charts).to.have.length(6);
    for (const box of dom.charts) expect(box.width).to.be.greaterThan(1000);
    expect(dom.spans).to.be.greaterThan(40);
    for (const text of ["CLUSTER", "kubetrial-offline", "Expected and observed".toUpperCase(), "refuted", "exec rm /usr/share/nginx/html/index.html"]) expect(dom.text).to.contain(text);
    expect(requests).to.deep.equal([]);
    await page.screenshot({ path: join(OUT, "report-light.png"), fullPage: true });
    await page.locator("section.scenario").nth(1).screenshot({ path: join(OUT, "report-scenario-light.png") });
    await page.close();
  });

  it("reads in dark mode and prints", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 2400 }, colorScheme: "dark" });
    await page.goto(url);
    await page.screenshot({ path: join(OUT, "report-dark.png"), fullPage: true });
    await page.locator("section.scenario").nth(2).screenshot({ path: join(OUT, "report-scenario-dark.png") });
    const pdf = await page.pdf({ path: join(OUT, "report.pdf"), format: "A4", printBackground: true });
    expect(pdf.byteLength).to.be.greaterThan(10_000);
    await page.close();
  });
});
