import { slug } from './labels.ts';

/**
 * The report's stylesheet. Category colour is the underline colour (`--c`, one class per category);
 * severity is shown without colour too: a glyph before the mark (● minor, ▲ major, ◆ critical) and the
 * underline style (dotted, solid, double). Rows use `content-visibility: auto`, so a long pair lays out
 * only what is on screen.
 */
export function stylesheet(colours: Map<string, string>): string {
  const categories = [...colours].map(([category, colour]) => `.c-${slug(category)}{--c:${colour}}`).join('\n');
  return `${BASE}\n${categories}\n`;
}

const BASE = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#eef1f4;--bg:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;
--accent:#0969da;--toolbar-h:52px;--c:#6e7781;--sev:#6e7781;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{scroll-padding-top:calc(var(--toolbar-h) + 48px)}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
code,kbd,.ids,.item-where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12px}
kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 4px;background:#fff}
.muted{color:var(--muted)}
.s-critical{--sev:#82071e}.s-major{--sev:#bc4c00}.s-minor{--sev:#57606a}
.glyph{color:var(--sev)}
.sev{color:var(--sev);font-weight:600;white-space:nowrap}
.swatch{display:inline-block;width:10px;height:10px;border-radius:3px;background:var(--c);flex:none}

/* verdict header */
.report-head{display:grid;grid-template-columns:auto auto minmax(0,1fr);gap:14px 32px;align-items:center;padding:20px 24px 16px;background:#fff;border-bottom:1px solid var(--line)}
.verdict{display:flex;flex-direction:column;justify-content:center;min-width:150px;padding:10px 20px;border-radius:10px;color:#fff;line-height:1.2}
.verdict[data-verdict=fail]{background:var(--fail)}.verdict[data-verdict=pass]{background:var(--pass)}
.verdict-word{font-size:30px;font-weight:800;letter-spacing:.06em}
.verdict-note{font-size:12.5px;opacity:.95}
.score{display:flex;flex-direction:column;line-height:1.25}
.score-value{font-size:32px;font-weight:700;font-variant-numeric:tabular-nums}
.score-unit{font-size:13px;color:var(--muted)}
.score-detail{font-size:12px;color:var(--muted)}
.counts{display:flex;flex-direction:column;gap:8px;min-width:0}
.sev-counts,.cat-counts{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;padding:0;list-style:none}
.sev-count{font-size:14px}.sev-count b{font-size:18px;margin-left:4px;font-variant-numeric:tabular-nums}
.sev-total{font-size:14px;color:var(--muted)}.sev-total b{font-size:18px;color:var(--ink);font-variant-numeric:tabular-nums}
.sev-count.zero{opacity:.55}
.cat-bar{display:flex;height:8px;border-radius:4px;overflow:hidden;background:var(--soft);max-width:560px}
.cat-bar span{background:var(--c);min-width:3px}
.cat-bar span+span{border-left:2px solid #fff}
.suppressed{margin:0;font-size:12.5px;color:var(--muted)}
.solo{display:inline-flex;align-items:center;gap:6px;padding:0;border:0;background:none;font:inherit;color:inherit}
button.solo{cursor:pointer;border-radius:4px}button.solo:hover{text-decoration:underline;text-underline-offset:3px}
.cat-counts li{display:inline-flex;align-items:center;gap:6px;font-size:12.5px;color:var(--muted)}
.cat-counts b{color:var(--ink)}
.reasons{grid-column:1/-1;margin:0;padding:8px 12px;list-style:none;border-radius:6px;background:#ffebe9;color:#82071e;font-size:13px}
.reasons.ok{background:#dafbe1;color:#116329}
.reasons li::before{content:"✕ ";font-weight:700}
.inactive{grid-column:1/-1;margin:0;padding:8px 12px;list-style:none;border-radius:6px;background:#fff8c5;color:#7d4e00;font-size:13px;overflow-wrap:anywhere}
.docs{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:6px 32px;margin:0;font-size:12.5px}
.docs div{display:flex;gap:8px;align-items:baseline;min-width:0}
.docs dt{font-weight:600;color:var(--muted);text-transform:uppercase;font-size:11px;letter-spacing:.05em}
.docs dd{margin:0;display:flex;gap:8px;flex-wrap:wrap;min-width:0}
.doc-name{font-weight:600;overflow-wrap:anywhere}
.doc-size{color:var(--muted)}

/* toolbar */
.toolbar{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;align-items:center;gap:8px 20px;padding:8px 24px;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(31,35,40,.06)}
.tool-group{display:flex;align-items:center;gap:8px}
.review{margin-left:auto}
#q{width:260px;max-width:60vw;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit;background:#fff}
#q:focus{outline:2px solid var(--accent);outline-offset:-1px}
.btn{padding:5px 12px;border:1px solid var(--line);border-radius:6px;background:#f6f8fa;font:inherit;font-size:13px;cursor:pointer;color:var(--ink)}
.btn:hover{background:#eef1f4}.btn.primary{background:#1f883d;border-color:#1a7f37;color:#fff;font-weight:600}.btn.primary:hover{background:#1a7f37}
.check{display:inline-flex;align-items:center;gap:5px;font-size:13px;cursor:pointer}
.keys{margin:0;padding:10px 14px;border-top:1px solid var(--soft);font-size:12px;line-height:2}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}

/* layout */
.layout{display:grid;grid-template-columns:minmax(0,1fr) 14px 340px;gap:0 14px;align-items:start;padding:16px 24px 40px}
.aligned{background:#fff;border:1px solid var(--line);border-radius:10px;overflow:clip;min-width:0}
.row{display:grid;grid-template-columns:8rem minmax(0,1fr) minmax(0,1fr);border-top:1px solid var(--soft);content-visibility:auto;contain-intrinsic-size:auto 96px}
.row.head{position:sticky;top:var(--toolbar-h);z-index:5;border-top:0;background:#f6f8fa;border-bottom:1px solid var(--line);font-weight:600;font-size:12.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);content-visibility:visible}
.row.head .doc-name{text-transform:none;letter-spacing:0;color:var(--ink);margin-left:6px}
.row.head .cell,.row.head .gutter{padding-top:8px;padding-bottom:8px}
.gutter{display:flex;flex-direction:column;align-items:flex-start;gap:4px;padding:12px 10px 12px 14px;font-size:11.5px;color:var(--muted);border-right:1px solid var(--soft)}
.cell{padding:12px 16px;font-size:15px;line-height:1.7;overflow-wrap:anywhere;min-width:0}
.cell.src{border-right:1px solid var(--soft);color:#3d444d}
.row.hidden{display:none}
.seg.heading{font-weight:700}
.badge{display:inline-block;padding:1px 7px;border-radius:999px;font-size:11px;font-weight:600;border:1px solid transparent;white-space:nowrap}
.b-moved{background:#fff8c5;color:#7d4e00;border-color:#eac54f}
.b-nosource{background:#f3f0ff;color:#5f3dc4;border-color:#d0bfff}
.b-omitted{background:#fff4e6;color:#a63c06;border-color:#ffc078}
.b-chrome{background:var(--soft);color:var(--muted)}
.gnote{font-size:11px;line-height:1.3}
.sim{font-size:11px;opacity:.85}
.row.moved .gutter{box-shadow:inset 3px 0 #d4a72c}
.k-nosource .cell.tgt{background:#faf8ff}
.k-nosource .gutter{box-shadow:inset 3px 0 #9775fa}
.k-omitted .cell.src{background:#fffaf3}
.k-omitted .gutter{box-shadow:inset 3px 0 #ff922b}
.cell.empty{background:repeating-linear-gradient(135deg,#fff 0 7px,#f6f8fa 7px 14px)}
.placeholder{font-size:12.5px;font-style:italic;color:var(--muted)}
.k-boilerplate .cell{padding-top:6px;padding-bottom:6px;font-size:13px;color:var(--muted)}
.k-boilerplate .gutter{padding-top:8px;padding-bottom:8px}
.chrome summary{cursor:pointer;font-size:12.5px}
.chrome-text{padding-top:4px}

/* highlights: word diff, findings, evidence */
del.d,ins.i{text-decoration:none;border-radius:2px}
del.d{background:#ffebe9}
ins.i{background:#e6f6ea}
body.nodiff del.d,body.nodiff ins.i{background:none}
mark.f{background:color-mix(in srgb,var(--c) 9%,transparent);color:inherit;border-radius:2px;cursor:pointer;
text-decoration:underline 2px var(--c);text-underline-offset:4px;text-decoration-skip-ink:none}
mark.f.s-minor{text-decoration-style:dotted;text-decoration-thickness:2.5px}
mark.f.s-major{text-decoration-style:solid}
mark.f.s-critical{text-decoration-style:double;text-decoration-thickness:3px}
mark.f mark.f{text-underline-offset:1.5px;background:color-mix(in srgb,var(--c) 16%,transparent)}
/* The glyph sits in the mark's own start padding, absolutely placed: an inline box of its own could wrap to the
   end of the previous line and leave its word alone on the next. The padding cannot be separated from the word. */
mark.f[data-finding]{position:relative;padding-left:.62em}
mark.f[data-finding]::before{content:var(--glyph);position:absolute;left:.05em;top:-.1em;font-size:.62em;line-height:1;color:var(--sev);text-decoration:none;pointer-events:none}
mark.f.s-minor{--glyph:"●"}mark.f.s-major{--glyph:"▲"}mark.f.s-critical{--glyph:"◆"}
mark.f.off{background:none;text-decoration:none;cursor:text}
mark.f.off::before{display:none}
mark.f.off[data-finding]{padding-left:0}
mark.f.current{outline:2px solid var(--c);outline-offset:2px;background:color-mix(in srgb,var(--c) 18%,transparent)}
mark.f.dec-false-positive{text-decoration-color:#afb8c1;background:none}
mark.f.dec-false-positive::before{content:"✕";color:#8c959f}
mark.f.dec-accepted::before{content:"✓";color:var(--pass)}
mark.f.sup:not(.dec-accepted):not(.dec-false-positive){text-decoration-color:#afb8c1;background:none}
mark.f.low:not(.off){text-decoration-style:dashed;background:none}
.item-conf{font-size:11.5px;color:var(--muted)}
.ev.lit{background:#fff1a8;box-shadow:0 0 0 2px #e3b341;border-radius:2px}
.search-hit{background:#ffd33d66}
::highlight(faithful-search){background-color:#ffd33d;color:inherit}

/* overview strip */
.overview{position:sticky;top:calc(var(--toolbar-h) + 16px);height:calc(100vh - var(--toolbar-h) - 32px)}
.overview-track{position:relative;height:100%;border-radius:7px;background:var(--soft);border:1px solid var(--line)}
.tick{position:absolute;left:2px;right:2px;height:3px;margin-top:-1px;border-radius:2px;background:var(--c)}
.tick.s-minor{left:4px;right:4px}.tick.s-critical{height:5px;left:0;right:0}
.viewport{position:absolute;left:-1px;right:-1px;top:0;height:10%;border:2px solid rgba(31,35,40,.55);border-radius:5px;background:rgba(31,35,40,.07);pointer-events:none}

/* findings panel */
.panel{position:sticky;top:calc(var(--toolbar-h) + 16px);max-height:calc(100vh - var(--toolbar-h) - 32px);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:10px;overscroll-behavior:contain}
.panel-title{display:flex;justify-content:space-between;align-items:baseline;padding:12px 14px 8px;font-weight:700;font-size:15px;cursor:pointer;list-style:none}
.panel-title::-webkit-details-marker{display:none}
.panel-title #shown{font-weight:400;font-size:12.5px}
.apart{margin:-4px 0 0;padding:0 14px 8px;font-size:12px}
.filters{display:flex;flex-direction:column;gap:8px;padding:0 14px 10px}
.filter-group{display:flex;flex-wrap:wrap;gap:5px;align-items:center}
.filter-label{flex-basis:100%;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.rule-filter summary{cursor:pointer;margin-bottom:5px}
.chip{display:inline-flex;align-items:center;gap:5px;padding:2px 9px;border:1px solid var(--line);border-radius:999px;background:#fff;font:inherit;font-size:12.5px;cursor:pointer;color:var(--ink)}
.chip:hover{border-color:#8c959f}
.chip .n{color:var(--muted);font-variant-numeric:tabular-nums}
.chip code{font-size:11.5px}
.chip[aria-pressed=false]{opacity:.5;background:var(--bg);text-decoration:line-through}
.sort{display:flex;align-items:center;gap:8px;padding:8px 14px;border-top:1px solid var(--soft);font-size:12.5px;color:var(--muted)}
.sort select{font:inherit;padding:2px 6px;border:1px solid var(--line);border-radius:6px;background:#fff}
.list{list-style:none;margin:0;padding:0}
/* display:block, not list-item: hiding thousands of list items otherwise renumbers them quadratically */
.list li{display:block;border-top:1px solid var(--soft);content-visibility:auto;contain-intrinsic-size:auto 84px}
.list li[hidden]{display:none}
.item{display:grid;gap:2px;width:100%;padding:9px 14px 10px 12px;border:0;border-left:3px solid var(--c);background:none;font:inherit;text-align:left;color:var(--ink);cursor:pointer}
.item:hover{background:var(--bg)}
.list li.current .item{background:#ddf4ff}
.item-head{display:flex;gap:8px;align-items:baseline;font-size:12px}
.item-cat{color:var(--muted)}
.item-where{margin-left:auto;color:var(--muted);font-size:11px}
.item-text{font-size:13.5px;font-weight:500;overflow-wrap:anywhere}
.item-msg{font-size:12.5px;color:var(--muted);display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.item-decision:empty{display:none}
.item-decision{font-size:11.5px;font-weight:600}
li.dec-accepted .item-decision{color:var(--pass)}
li.dec-false-positive .item-decision{color:var(--muted)}
li.dec-false-positive .item-text{text-decoration:line-through;color:var(--muted)}
.none{padding:12px 14px;color:var(--muted)}

/* popover */
.pop{position:absolute;z-index:40;width:min(440px,calc(100vw - 24px));padding:14px 16px 0;background:#fff;border:1px solid var(--line);border-top:4px solid var(--c);border-radius:10px;box-shadow:0 14px 36px rgba(31,35,40,.2);font-size:13.5px;overflow:auto;overscroll-behavior:contain}
.pop[hidden]{display:none}
.pop-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;margin-bottom:6px}
.pop-cat{display:inline-flex;align-items:center;gap:6px;font-size:12.5px;color:var(--muted)}
.pop-id{margin-left:auto;color:var(--muted);font-size:11px}
.pop-msg{margin:0 0 8px;font-weight:600;font-size:14.5px;line-height:1.4}
.pop dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 12px;margin:0}
.pop dt{color:var(--muted);font-size:12px;padding-top:1px}
.pop dd{margin:0;overflow-wrap:anywhere}
.pop blockquote{margin:0;padding:2px 0 2px 10px;border-left:3px solid #e3b341;color:#3d444d;max-height:9em;overflow:auto}
.pop-details{margin:0;padding-left:1.1em;color:var(--muted);font-size:12.5px}
.pop .sugg{background:#dcf5e3;border-radius:3px;padding:0 4px;font-weight:600}
/* The decisions stay in view when the popover scrolls: pinned to its bottom edge, with a shadow over what is scrolled under them. */
.pop-actions{position:sticky;bottom:0;display:flex;flex-wrap:wrap;gap:6px;margin-top:12px;padding:10px 0 12px;border-top:1px solid var(--soft);background:#fff}
.pop.scrolls .pop-actions{box-shadow:0 -10px 12px -8px rgba(31,35,40,.25)}
.pop-more{font-size:12px;color:var(--muted);align-self:center}
.pop-actions .btn[aria-pressed=true]{background:#ddf4ff;border-color:#54aeff;font-weight:600}
.pop-close{margin-left:auto}

@media (max-width:860px){
.report-head{grid-template-columns:auto minmax(0,1fr);padding:14px 14px 12px;gap:12px 18px}
.counts{grid-column:1/-1}
.toolbar{position:static;padding:8px 12px;gap:6px 12px}
#q{width:100%;max-width:none}.tool-group:first-child{flex:1 1 100%}
.keys{display:none}
.review{margin-left:0}
.layout{grid-template-columns:minmax(0,1fr);padding:10px 8px 30px;gap:10px}
.overview{display:none}
.panel{position:static;max-height:none;order:-1}
.row{grid-template-columns:minmax(0,1fr)}
.row.head{display:none}
.gutter{flex-direction:row;flex-wrap:wrap;align-items:center;border-right:0;padding:8px 12px 0}
.cell{padding:6px 12px 10px}
.cell.src{border-right:0}
.cell.src::before,.cell.tgt::before{display:block;font-size:10.5px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-style:normal}
.cell.src::before{content:"Source"}.cell.tgt::before{content:"Target"}
.k-boilerplate .cell:empty{display:none}
}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff}
.toolbar,.panel,.overview,.pop{display:none!important}
.layout{display:block;padding:0}
.aligned{border:0;border-radius:0}
.row{content-visibility:visible;break-inside:avoid}
.row.head{position:static}
.row.hidden{display:grid}
.report-head{border:0}
}
`;
