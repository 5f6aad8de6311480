// The report module's public face: renderers (pure) and the two edges that touch files.
export { renderHtml } from "./html.ts";
export { renderJunit } from "./junit.ts";
export { renderJson } from "./json.ts";
export { redactManifests, redactRunResult, REDACTED } from "./redact.ts";
export { buildTimeline, type TimelineModel } from "./spans.ts";
export { describeObservation, observationLine, timelineLines, timelineText } from "./text.ts";
export { readResults, asResults } from "./read.ts";
export { renderReports, writeReports, type WrittenReports } from "./write.ts";
