// The page `serve` hands out: one self-contained document (no fonts, scripts or styles from the network),
// sized for a projector: large type, strong colours, light or dark (follows the system, `t` or the button toggles).
import { pageScript } from "./page-script.ts";

const STYLE = `
:root { color-scheme: light; --bg:#ffffff; --fg:#0f172a; --muted:#475569; --card:#f1f5f9; --line:#cbd5e1;
  --ok:#15803d; --progress:#1d4ed8; --warn:#b45309; --bad:#b91c1c; --done:#0e7490; --gone:#64748b; --accent:#7c3aed;
  --fill-ok:#16a34a; --fill-progress:#2563eb; --fill-warn:#d97706; --fill-bad:#dc2626; --fill-done:#0891b2; --fill-gone:#94a3b8;
  font-size: clamp(17px, 1.35vw, 34px); }
:root[data-theme=dark] { color-scheme: dark; --bg:#0b1120; --fg:#f1f5f9; --muted:#a3b1c6; --card:#1e293b; --line:#334155;
  --ok:#4ade80; --progress:#93c5fd; --warn:#fbbf24; --bad:#f87171; --done:#67e8f9; --gone:#94a3b8; --accent:#c4b5fd;
  --fill-ok:#15803d; --fill-progress:#1d4ed8; --fill-warn:#b45309; --fill-bad:#b91c1c; --fill-done:#0e7490; --fill-gone:#475569; }
* { box-sizing: border-box; }
body { margin:0; padding:0.8rem 1.2rem 2rem; background:var(--bg); color:var(--fg);
  font-family: system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height:1.3; }
header { display:flex; align-items:baseline; gap:1rem; flex-wrap:wrap; border-bottom:3px solid var(--line); padding-bottom:0.4rem; }
h1 { font-size:2.1rem; margin:0; }
h2 { font-size:1rem; text-transform:uppercase; letter-spacing:0.08em; color:var(--muted); margin:1rem 0 0.3rem; }
.clock { font-size:2.1rem; font-weight:700; font-variant-numeric: tabular-nums; margin-left:auto; }
.chip { font-weight:700; padding:0.05rem 0.6rem; border-radius:0.4rem; border:2px solid currentColor; }
.sub { color:var(--muted); font-size:0.85rem; }
button { font:inherit; font-size:0.8rem; background:var(--card); color:var(--fg); border:2px solid var(--line); border-radius:0.4rem; padding:0.1rem 0.6rem; cursor:pointer; }
nav { display:flex; gap:0.5rem; flex-wrap:wrap; margin-top:0.5rem; }
nav button.on { border-color:var(--accent); }
#await { display:none; margin-top:0.8rem; padding:0.6rem 1rem; border-radius:0.5rem; background:var(--fill-warn); color:#fff; font-size:1.5rem; font-weight:700; }
.grid { display:grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap:0 2rem; }
@media (max-width: 1100px) { .grid { grid-template-columns: 1fr; } }
table { border-collapse:collapse; width:100%; font-size:1.15rem; }
th { text-align:left; font-size:0.75rem; color:var(--muted); text-transform:uppercase; letter-spacing:0.06em; padding:0.2rem 0.6rem 0.2rem 0; }
td { padding:0.25rem 0.6rem 0.25rem 0; border-top:1px solid var(--line); vertical-align:top; }
td.num { font-variant-numeric: tabular-nums; }
tr.ct td { font-size:0.95rem; color:var(--muted); border-top:none; padding-top:0; }
.event { font-size:0.85rem; color:var(--muted); }
.tone-ok { color:var(--ok); } .tone-progress { color:var(--progress); } .tone-warn { color:var(--warn); }
.tone-bad { color:var(--bad); } .tone-done { color:var(--done); } .tone-gone { color:var(--gone); }
b.status { font-weight:800; }
ol.steps { list-style:none; padding:0; margin:0; font-size:1.1rem; }
ol.steps li { display:grid; grid-template-columns: 1.6rem 4.6rem 1fr; gap:0.4rem; padding:0.25rem 0.4rem; border-radius:0.4rem; }
ol.steps li.running { background:var(--card); outline:3px solid var(--accent); font-weight:700; }
ol.steps li.pending, ol.steps li.skipped { color:var(--muted); }
.mark { font-weight:900; } .when { font-variant-numeric: tabular-nums; color:var(--muted); }
.tag { font-size:0.7rem; font-weight:700; padding:0 0.4rem; border-radius:0.3rem; background:var(--accent); color:#fff; margin-left:0.4rem; vertical-align:middle; }
#timeline { width:100%; }
#timeline svg { display:block; width:100%; }
ul.events { list-style:none; margin:0; padding:0; font-size:0.95rem; }
ul.events li { padding:0.15rem 0; border-top:1px solid var(--line); }
ul.events .Warning { color:var(--warn); font-weight:700; }
.desc { font-size:1.05rem; color:var(--muted); margin-top:0.3rem; }
.legend { font-size:0.75rem; color:var(--muted); margin-top:0.3rem; }
.sw { display:inline-block; width:1.2em; height:0.8em; border-radius:0.2em; vertical-align:middle; margin:0 0.25em 0 0.8em; }
.fill-ok { background:var(--fill-ok); } .fill-progress { background:var(--fill-progress); } .fill-warn { background:var(--fill-warn); }
.fill-bad { background:var(--fill-bad); } .fill-done { background:var(--fill-done); } .fill-gone { background:var(--fill-gone); }
footer { margin-top:1rem; color:var(--muted); font-size:0.75rem; }
#conn.down { color:var(--bad); font-weight:700; }
`;

export function pageHtml(title: string): string {
  const safeTitle = title.replace(/[<>&"]/g, "");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title><style>${STYLE}</style></head>
<body>
<header><h1 id="title">${safeTitle}</h1><span id="verdict"></span><span class="sub" id="ns"></span>
<span class="clock" id="clock"></span><button id="theme" title="light / dark (t)">◐ theme</button></header>
<div class="desc" id="desc"></div>
<nav id="tabs"></nav>
<div id="await"></div>
<div class="grid">
<section><h2>Pods and containers</h2><table id="pods"></table></section>
<section><h2>Steps</h2><ol class="steps" id="steps"></ol></section>
</div>
<section><h2>Timeline</h2><div id="timeline"></div>
<div class="legend"><span class="sw fill-ok"></span>running, ready <span class="sw fill-progress"></span>starting <span class="sw fill-warn"></span>not ready / terminating
<span class="sw fill-bad"></span>failing <span class="sw fill-done"></span>completed <span class="sw fill-gone"></span>gone · <span class="tone-ok">✔</span> step passed · <span style="color:var(--accent)">┆</span> action</div></section>
<section><h2>Latest events</h2><ul class="events" id="events"></ul></section>
<footer><span id="conn">connecting…</span> · <span id="source"></span></footer>
<script>${pageScript}</script>
</body></html>`;
}
