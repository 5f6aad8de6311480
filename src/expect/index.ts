export { evaluateExpectation, finalizeStep, checkInvariant, eventMatches, type Evaluation } from "./evaluate.ts";
export { describeExpectation } from "./describe.ts";
export { matchText, matchNumber } from "./text.ts";
export { matchPodState, selects } from "./pod-match.ts";
