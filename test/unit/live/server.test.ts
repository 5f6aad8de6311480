import { expect } from "chai";
import { request } from "node:http";
import { InputError } from "../../../src/model/errors.ts";
import { checkHost, isLoopback, startServer } from "../../../src/live/server.ts";
import { LiveFeed } from "../../../src/live/feed.ts";
import { fixtureEvents } from "./helpers.ts";

function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serve's server", () => {
  it("binds to loopback only unless asked", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"].every(isLoopback)).to.equal(true);
    expect(["0.0.0.0", "192.168.1.5", "::", "example.org"].some(isLoopback)).to.equal(false);
    expect(() => checkHost("0.0.0.0", false)).to.throw(InputError, /--allow-remote/);
    expect(() => checkHost("0.0.0.0", true)).not.to.throw();
  });

  it("serves a self-contained page and the state, and refuses foreign Host headers", async () => {
    const feed = new LiveFeed("test");
    for (const e of await fixtureEvents()) feed.push(e);
    const served = await startServer(feed, { host: "127.0.0.1", port: 0, allowRemote: false });
    try {
      const page = await get(served.url);
      expect(page.status).to.equal(200);
      expect(page.body).not.to.match(/(src|href)="https?:/);
      const state = JSON.parse((await get(`${served.url}state.json`)).body) as { scenarios: { id: string }[]; events: number };
      expect(state.scenarios.map((s) => s.id)).to.deep.equal(["bad-image", "crash-loop"]);
      expect((await get(served.url, "evil.example:80")).status).to.equal(403);
    } finally {
      feed.close();
      await served.close();
    }
  });
});
