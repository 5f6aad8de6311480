// Which scenarios may run side by side: a node change (a taint) affects every pod on the node,
// so scenarios that change nodes run on their own, after the others.
import type { Scenario } from "../model/scenario.ts";

export interface Batch {
  scenarios: Scenario[];
  parallel: number;
}

export function plan(scenarios: Scenario[], parallel: number): Batch[] {
  const shared = scenarios.filter((s) => !s.changesNodes);
  const alone = scenarios.filter((s) => s.changesNodes);
  const batches: Batch[] = [];
  if (shared.length > 0) batches.push({ scenarios: shared, parallel: Math.max(1, parallel) });
  for (const scenario of alone) batches.push({ scenarios: [scenario], parallel: 1 });
  return batches;
}

/** Runs `work` over items with at most `limit` at once, keeping results in input order; stops starting new ones once `stop()` is true. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>, stop: () => boolean): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(items.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stop()) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
