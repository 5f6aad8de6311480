// Small text formats shared by the terminal views and the page.

/** Scenario time as `+12.3s`. */
export function offset(ms: number): string {
  return `+${(ms / 1000).toFixed(1)}s`;
}

/** Age the way kubectl prints it: 45s, 3m12s, 2h5m. */
export function age(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? `${s % 60}s` : ""}`;
  const h = Math.floor(m / 60);
  return `${h}h${m % 60 ? `${m % 60}m` : ""}`;
}

/** Local wall-clock time with milliseconds, for plain lines. */
export function clock(at: string | Date): string {
  const d = typeof at === "string" ? new Date(at) : at;
  const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
