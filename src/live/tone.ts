// How a STATUS or container state reads at a glance: the colour family the terminal and the page give it.
export type Tone = "ok" | "progress" | "warn" | "bad" | "done" | "gone";

const PROGRESS = /^(Pending|ContainerCreating|PodInitializing|Init:\d+\/\d+|Waiting|Scheduled)$/;

export function statusTone(status: string, ready: boolean): Tone {
  if (status === "Running") return ready ? "ok" : "warn";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (status === "Terminating") return "warn";
  if (status === "Deleted") return "gone";
  if (PROGRESS.test(status)) return "progress";
  return "bad";
}
