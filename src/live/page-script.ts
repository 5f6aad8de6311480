// The page's own script (plain browser JavaScript, kept as text): draws each snapshot that arrives by
// server-sent events — pods table, steps, the per-pod timeline as SVG, the latest events.
export const pageScript = String.raw`
"use strict";
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const secs = (ms) => "+" + (ms / 1000).toFixed(1) + " s";
const age = (ms) => { const s = Math.max(0, Math.floor(ms / 1000)); return s < 120 ? s + "s" : Math.floor(s / 60) + "m" + (s % 60 ? (s % 60) + "s" : ""); };
const MARK = { pending: "○", running: "▶", passed: "✔", failed: "✘", inconclusive: "?", skipped: "–" };
const STEP_TONE = { passed: "ok", failed: "bad", inconclusive: "warn", running: "progress", pending: "gone", skipped: "gone" };
function tone(status, ready) {
  if (status === "Running") return ready ? "ok" : "warn";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (status === "Terminating") return "warn";
  if (status === "Deleted") return "gone";
  if (/^(Pending|ContainerCreating|PodInitializing|Init:\d+\/\d+|Waiting)$/.test(status)) return "progress";
  return "bad";
}
function containerTone(label) {
  if (label === "Running") return "ok";
  if (label.startsWith("Running")) return "warn";
  if (/exit 0\)$/.test(label)) return "done";
  return tone(label, false);
}

let snap = null;
let pinned = null;

const theme = localStorage.getItem("kubetrial-theme") || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
document.documentElement.dataset.theme = theme;
function toggleTheme() {
  const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
  document.documentElement.dataset.theme = next;
  localStorage.setItem("kubetrial-theme", next);
  render();
}
$("theme").onclick = toggleTheme;
document.addEventListener("keydown", (e) => { if (e.key === "t") toggleTheme(); });
addEventListener("resize", () => render());

function focused() {
  const all = snap.scenarios;
  const pin = all.find((s) => s.id === pinned);
  if (pin) return pin;
  const running = all.filter((s) => s.phase === "running");
  return running.at(-1) || all.filter((s) => s.phase === "finished").at(-1) || all[0];
}

function render() {
  if (!snap) return;
  const view = focused();
  $("source").textContent = snap.source + " · run " + (snap.runId || "…") + (snap.cluster ? " · " + snap.cluster.context + " " + snap.cluster.serverVersion : "") + " · " + snap.events + " events";
  $("tabs").innerHTML = snap.scenarios.length < 2 ? "" : snap.scenarios.map((s) =>
    '<button data-id="' + esc(s.id) + '" class="' + (view && s.id === view.id ? "on" : "") + '">' + (s.phase === "finished" ? (s.verdict === "passed" ? "✔ " : "✘ ") : s.phase === "running" ? "▶ " : "○ ") + esc(s.id) + "</button>").join("");
  for (const b of $("tabs").querySelectorAll("button")) b.onclick = () => { pinned = b.dataset.id === pinned ? null : b.dataset.id; render(); };
  if (!view) { $("title").textContent = "waiting for a run…"; return; }
  const now = snap.now[view.id] ?? view.lastT;
  $("title").textContent = view.name;
  document.title = view.name + " · kubetrial";
  $("verdict").innerHTML = view.verdict ? '<span class="chip tone-' + (view.verdict === "passed" ? "ok" : "bad") + '">' + esc(view.verdict) + "</span>"
    : view.phase === "running" ? '<span class="chip tone-progress">running</span>' : '<span class="chip tone-gone">waiting</span>';
  $("ns").textContent = view.namespace;
  $("desc").textContent = view.description;
  $("clock").textContent = secs(now);
  const waiting = $("await");
  waiting.style.display = view.awaiting ? "block" : "none";
  waiting.textContent = view.awaiting ? "⏸ next: " + view.awaiting + " — waiting for the presenter" : "";
  renderPods(view, now);
  renderSteps(view);
  renderEvents(view);
  renderTimeline(view, now);
}

function renderPods(view, now) {
  let html = "<tr><th>Pod / container</th><th>Status</th><th>Ready</th><th>Restarts</th><th>Age</th></tr>";
  if (view.pods.length === 0) html += '<tr><td colspan="5" class="sub">no pod yet</td></tr>';
  for (const p of view.pods) {
    html += "<tr><td><b>" + esc(p.name) + '</b></td><td><b class="status tone-' + tone(p.status, p.ready) + '">' + esc(p.status) + "</b></td><td class=num>" + esc(p.readyColumn) +
      "</td><td class=num>" + p.restarts + "</td><td class=num>" + (p.deleted ? "–" : age(now - p.firstT)) + "</td></tr>";
    for (const c of p.containers) {
      html += '<tr class="ct"><td>└ ' + esc(c.name) + (c.init ? " (init)" : "") + '</td><td class="tone-' + containerTone(c.state) + '">' + esc(c.state) + "</td><td>" + (c.ready ? "ready" : "not ready") + "</td><td class=num>" + c.restarts + "</td><td></td></tr>";
    }
    if (p.latestEvent) {
      const e = p.latestEvent;
      html += '<tr class="ct"><td colspan="5" class="event"><span class="' + esc(e.type) + '">' + esc(e.reason) + "</span> " + esc(e.message) + "</td></tr>";
    }
  }
  $("pods").innerHTML = html;
}

function renderSteps(view) {
  const runningIndex = view.steps.findIndex((s) => s.state === "running");
  const next = view.phase === "finished" ? undefined : view.steps.slice(runningIndex + 1).find((s) => s.state === "pending");
  $("steps").innerHTML = view.steps.map((s) => '<li class="' + s.state + '"><span class="mark tone-' + STEP_TONE[s.state] + '">' + MARK[s.state] + '</span><span class="when">' +
    (s.t !== undefined ? secs(s.t) : "") + "</span><span>" + esc(s.description) + (s.state === "running" ? '<span class="tag">now</span>' : s === next ? '<span class="tag">next</span>' : "") +
    (s.state === "failed" && (s.lastSeen || s.message) ? '<div class="event">' + esc(s.lastSeen ? "last seen: " + s.lastSeen : s.message) + "</div>" : "") + "</span></li>").join("");
}

function renderEvents(view) {
  $("events").innerHTML = view.events.slice(-6).reverse().map((e) => '<li><span class="when">' + secs(e.t) + '</span> <span class="' + esc(e.type) + '">' + esc(e.reason) + "</span> " +
    esc(e.object) + ": " + esc(e.message) + (e.count > 1 ? " (×" + e.count + ")" : "") + "</li>").join("");
}

function niceStep(range, maxTicks) {
  for (const s of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800]) if (range / (s * 1000) <= maxTicks) return s * 1000;
  return 3600000;
}

function renderTimeline(view, now) {
  const box = $("timeline");
  const width = box.clientWidth || 1200;
  const fs = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const laneH = Math.round(fs * 2.1);
  const labelW = Math.round(Math.min(width * 0.22, fs * 11));
  const top = Math.round(fs * 3.4);
  const axisH = Math.round(fs * 1.4);
  const range = Math.max(now, 10000) * 1.04;
  const plotW = width - labelW - 10;
  const x = (t) => labelW + (t / range) * plotW;
  const height = top + view.lanes.length * laneH + axisH;
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  let s = '<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" font-family="inherit">';
  const step = niceStep(range, Math.max(3, Math.floor(plotW / (fs * 5))));
  for (let t = 0; t <= range; t += step) {
    s += '<line x1="' + x(t) + '" x2="' + x(t) + '" y1="' + top + '" y2="' + (height - axisH) + '" stroke="' + v("--line") + '" stroke-width="1"/>';
    s += '<text x="' + x(t) + '" y="' + (height - axisH * 0.25) + '" font-size="' + fs * 0.8 + '" text-anchor="middle" fill="' + v("--muted") + '">' + t / 1000 + "s</text>";
  }
  view.lanes.forEach((lane, i) => {
    const y = top + i * laneH;
    const label = lane.container ? "  └ " + lane.container : lane.pod;
    s += '<text x="4" y="' + (y + laneH * 0.68) + '" font-size="' + fs * (lane.container ? 0.85 : 1) + '" font-weight="' + (lane.container ? 400 : 700) + '" fill="' + v(lane.container ? "--muted" : "--fg") + '">' + esc(label) + "</text>";
    for (const span of lane.spans) {
      const x1 = x(span.from), x2 = x(span.to ?? now), w = Math.max(2, x2 - x1);
      const pad = lane.container ? laneH * 0.22 : laneH * 0.1;
      s += '<rect x="' + x1 + '" y="' + (y + pad) + '" width="' + w + '" height="' + (laneH - 2 * pad) + '" rx="4" fill="' + v("--fill-" + span.tone) + '"><title>' + esc(span.label) + " " + secs(span.from) + "</title></rect>";
      const textSize = fs * (lane.container ? 0.7 : 0.8);
      if (w > span.label.length * textSize * 0.6 + 8) s += '<text x="' + (x1 + 5) + '" y="' + (y + laneH * 0.64) + '" font-size="' + textSize + '" font-weight="700" fill="#fff">' + esc(span.label) + "</text>";
    }
  });
  let actions = 0;
  view.markers.forEach((m) => {
    const mx = x(m.t);
    if (m.kind === "step") {
      const ok = m.verdict === "passed";
      s += '<text x="' + mx + '" y="' + (top - fs * 0.35) + '" font-size="' + fs * 1.1 + '" font-weight="900" text-anchor="middle" fill="' + v(ok ? "--ok" : "--bad") + '">' + (ok ? "✔" : "✘") + "<title>" + esc(m.label) + "</title></text>";
    } else {
      const colour = m.kind === "gap" ? v("--bad") : v("--accent");
      s += '<line x1="' + mx + '" x2="' + mx + '" y1="' + fs * 1.1 + '" y2="' + (height - axisH) + '" stroke="' + colour + '" stroke-width="3" stroke-dasharray="6 4"/>';
      const label = m.label.length > 28 ? m.label.slice(0, 27) + "…" : m.label;
      const anchor = mx > width - fs * 12 ? "end" : "start";
      // Two rows of labels, so that actions close in time do not write over each other.
      const row = actions++ % 2;
      s += '<text x="' + (mx + (anchor === "end" ? -4 : 4)) + '" y="' + fs * (0.9 + row * 1.0) + '" font-size="' + fs * 0.75 + '" text-anchor="' + anchor + '" fill="' + colour + '">' + esc(label) + "</text>";
    }
  });
  s += '<line x1="' + x(now) + '" x2="' + x(now) + '" y1="' + top + '" y2="' + (height - axisH) + '" stroke="' + v("--fg") + '" stroke-width="2"/>';
  s += "</svg>";
  box.innerHTML = s;
}

function connect() {
  const source = new EventSource("events");
  source.onopen = () => { $("conn").textContent = "live"; $("conn").className = ""; };
  source.onmessage = (m) => { snap = JSON.parse(m.data); render(); };
  source.onerror = () => { $("conn").textContent = "disconnected — retrying"; $("conn").className = "down"; };
}
connect();
`;
