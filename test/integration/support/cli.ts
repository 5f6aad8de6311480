// Running kubetrial's CLI as a user would, in a child process.
import { execa, type ResultPromise } from "execa";

export function kubetrial(args: string[], options: { env?: Record<string, string> } = {}): ResultPromise<{ reject: false; all: true }> {
  return execa("node", ["src/cli/main.ts", ...args], { reject: false, all: true, env: { NO_COLOR: "1", ...options.env } });
}
