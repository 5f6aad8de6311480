// Ctrl-C and SIGTERM: the first asks the run to stop and clean up (namespaces deleted, node changes reverted);
// a third leaves at once, and `kubetrial gc` reverts what is left.
export interface Interrupt {
  signal: AbortSignal;
  dispose(): void;
}

export function interruptOnSignals(write: (line: string) => void): Interrupt {
  const controller = new AbortController();
  let count = 0;
  const handler = (name: NodeJS.Signals): void => {
    count += 1;
    if (count === 1) {
      write(`\n${name}: stopping; cleaning up namespaces and node changes before exiting…`);
      controller.abort();
    } else if (count === 2) {
      write(`${name}: still cleaning up. Once more to leave now (then run \`kubetrial gc\` to revert what is left).`);
    } else {
      process.exit(130);
    }
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    },
  };
}
