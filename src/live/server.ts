// The HTTP side of `serve`: the page, its snapshots as server-sent events, the state as JSON.
// Bound to loopback unless asked otherwise; requests naming another host are refused (DNS rebinding).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isIP } from "node:net";
import { InputError } from "../model/errors.ts";
import type { LiveFeed } from "./feed.ts";
import { pageHtml } from "./page.ts";

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  return bare === "::1";
}

export function checkHost(host: string, allowRemote: boolean): void {
  if (!isLoopback(host) && !allowRemote) {
    throw new InputError(`refusing to serve on ${host}: anyone on that network could watch; bind to 127.0.0.1 or pass --allow-remote`);
  }
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

function hostOf(request: IncomingMessage): string {
  const header = request.headers.host ?? "";
  return header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : (header.split(":")[0] ?? "");
}

export function startServer(feed: LiveFeed, options: { host: string; port: number; allowRemote: boolean; title?: string }): Promise<Served> {
  checkHost(options.host, options.allowRemote);
  const page = pageHtml(options.title ?? "kubetrial live");
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    if (!options.allowRemote && !isLoopback(hostOf(request))) {
      response.writeHead(403, { "content-type": "text/plain" }).end("forbidden host\n");
      return;
    }
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/") {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:",
      }).end(page);
    } else if (path === "/state.json") {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(feed.snapshot()));
    } else if (path === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      const send = (data: unknown): void => void response.write(`data: ${JSON.stringify(data)}\n\n`);
      send(feed.snapshot());
      const unsubscribe = feed.subscribe(send);
      const heartbeat = setInterval(() => response.write(": keep-alive\n\n"), 15_000);
      streams.add(response);
      request.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(response);
      });
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${shownHost}:${port}/`,
        close: () => new Promise((done) => {
          for (const stream of streams) stream.end();
          server.close(() => done());
        }),
      });
    });
  });
}
