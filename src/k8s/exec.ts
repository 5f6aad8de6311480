// Running a command in a container through the API server (as `kubectl exec` does).
import { Writable } from "node:stream";
import type { V1Status } from "@kubernetes/client-node";
import type { KubeClients } from "./clients.ts";

export interface ExecOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function collector(chunks: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
}

function exitCodeOf(status: V1Status | undefined): number {
  if (!status || status.status === "Success") return 0;
  const cause = status.details?.causes?.find((c) => c.reason === "ExitCode");
  const code = Number(cause?.message);
  return Number.isInteger(code) ? code : 1;
}

export async function execInContainer(
  clients: KubeClients,
  target: { namespace: string; pod: string; container: string },
  command: string[],
  timeoutMs: number,
): Promise<ExecOutcome> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let status: V1Status | undefined;
  const socket = await clients.exec.exec(
    target.namespace, target.pod, target.container, command,
    collector(out), collector(err), null, false,
    (s) => { status = s; },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`exec ${command.join(" ")} in ${target.pod}/${target.container} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("close", () => { clearTimeout(timer); resolve(); });
    socket.on("error", (error: Error) => { clearTimeout(timer); reject(error); });
  });
  if (status?.status === "Failure" && !status.details?.causes?.some((c) => c.reason === "ExitCode")) {
    throw new Error(`exec in ${target.pod}/${target.container} failed: ${status.message ?? "unknown error"}`);
  }
  return { exitCode: exitCodeOf(status), stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
