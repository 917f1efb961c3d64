/**
 * The review page at GET /: paste or drop two articles, pick the language pair, and read the HTML report
 * in place (in a sandboxed frame). Self-contained: inline style and one inline script allowed by hash, no
 * external request; the report keeps its own CSP inside the frame. Every label is a real form control.
 */
import { createHash } from 'node:crypto';
import { clientScript } from '../report/html/client.ts';

const LANGUAGES = [
  ['', 'not given'],
  ['it', 'Italian'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
  ['pt', 'Portuguese'],
  ['nl', 'Dutch'],
  ['en', 'English'],
] as const;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#f6f6f4}
header,form,#result{max-width:1200px;margin:0 auto;padding:0 16px}
h1{font-size:1.3rem;margin:16px 0 4px}
p.lead{margin:0 0 12px;color:#444}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}
@media (max-width:720px){.pair{grid-template-columns:1fr}}
fieldset{border:1px solid #bbb;border-radius:6px;margin:0;padding:8px 10px;min-width:0}
legend{font-weight:600;padding:0 4px}
label{display:block;margin:6px 0 2px}
textarea{width:100%;min-height:12rem;font:14px/1.4 ui-monospace,monospace;padding:6px;border:1px solid #888;border-radius:4px;resize:vertical}
textarea.drop{outline:3px dashed #2a5db0}
select,input,button{font:inherit;max-width:100%}
.row>div{min-width:0;max-width:100%}
.row{display:flex;flex-wrap:wrap;gap:12px;align-items:end;margin:12px 0}
button{padding:8px 18px;border:0;border-radius:4px;background:#2a5db0;color:#fff;cursor:pointer}
button[disabled]{background:#777;cursor:progress}
:focus-visible{outline:3px solid #e0a000;outline-offset:2px}
#status{min-height:1.5em;margin:4px 0}
#status.error{color:#a40000;font-weight:600}
#verdict{font-weight:700}
iframe{width:100%;height:80vh;border:1px solid #bbb;border-radius:6px;background:#fff}
`;

const SCRIPT = `(() => {
  'use strict';
  const form = document.getElementById('audit');
  const status = document.getElementById('status');
  const frame = document.getElementById('report');
  const go = document.getElementById('go');
  function say(text, error) { status.textContent = text; status.className = error ? 'error' : ''; }
  for (const side of ['source', 'target']) {
    const area = document.getElementById(side + '-text');
    const file = document.getElementById(side + '-file');
    const read = (f) => f && f.text().then((t) => { area.value = t; area.dataset.name = f.name; });
    file.addEventListener('change', () => read(file.files[0]));
    area.addEventListener('dragover', (e) => { e.preventDefault(); area.classList.add('drop'); });
    area.addEventListener('dragleave', () => area.classList.remove('drop'));
    area.addEventListener('drop', (e) => { e.preventDefault(); area.classList.remove('drop'); read(e.dataTransfer.files[0]); });
  }
  function part(side) {
    const area = document.getElementById(side + '-text');
    const format = document.getElementById(side + '-format').value;
    const p = { text: area.value };
    if (area.dataset.name) p.name = area.dataset.name;
    if (format) p.format = format;
    return p;
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { source: part('source'), target: part('target') };
    const language = {};
    for (const side of ['source', 'target']) { const v = document.getElementById(side + '-lang').value; if (v) language[side] = v; }
    if (Object.keys(language).length) body.options = { language };
    const headers = { 'content-type': 'application/json', accept: 'text/html' };
    const token = document.getElementById('token').value.trim();
    if (token) headers.authorization = 'Bearer ' + token;
    go.disabled = true;
    say('Auditing…');
    try {
      const response = await fetch('/v1/audit', { method: 'POST', headers, body: JSON.stringify(body) });
      const text = await response.text();
      if (!response.ok) {
        let message = text;
        try { message = JSON.parse(text).error; } catch {}
        say('Error ' + response.status + ': ' + message, true);
        return;
      }
      const verdict = (/<title>(PASS|FAIL)/.exec(text) || [])[1] || '';
      say('');
      const strong = document.createElement('span');
      strong.id = 'verdict';
      strong.textContent = verdict;
      status.append('Report ready: ', strong, ' (below)');
      frame.hidden = false;
      frame.srcdoc = text;
      frame.focus();
    } catch (error) {
      say('Error: ' + error.message, true);
    } finally {
      go.disabled = false;
    }
  });
})();`;

function hashOf(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

function side(name: 'source' | 'target', title: string, hint: string): string {
  const options = LANGUAGES.map(([tag, label]) => `<option value="${tag}">${label}${tag ? ` (${tag})` : ''}</option>`).join('');
  return `<fieldset>
<legend>${title}</legend>
<label for="${name}-text">${hint} (paste, or drop a file here)</label>
<textarea id="${name}-text" name="${name}" required spellcheck="false"></textarea>
<div class="row">
<div><label for="${name}-file">Or open a file</label><input type="file" id="${name}-file" accept=".txt,.md,.markdown,.html,.htm,text/*"></div>
<div><label for="${name}-format">Format</label><select id="${name}-format"><option value="">from the file name</option><option value="txt">plain text</option><option value="md">Markdown</option><option value="html">HTML</option></select></div>
<div><label for="${name}-lang">Language</label><select id="${name}-lang">${options}</select></div>
</div>
</fieldset>`;
}

/** The page and the Content-Security-Policy header it is served with. */
export function reviewPage(): { html: string; csp: string } {
  const report = clientScript();
  // A srcdoc frame inherits this policy (and adds the report's own), so the report's script hash is allowed too.
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${hashOf(SCRIPT)} ${report.hash}; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'`;
  // The header adds frame-ancestors (ignored, with a console error, in a <meta> policy).
  const csp = `${policy}; frame-ancestors 'none'`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>faithful review</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>faithful review</h1><p class="lead">Paste the original article and its translation or rewrite; the report appears below. Nothing is stored.</p></header>
<form id="audit">
<div class="pair">
${side('source', 'Original', 'Source article')}
${side('target', 'Translation', 'Derived article')}
</div>
<div class="row">
<div><label for="token">Access token (if the server needs one)</label><input type="password" id="token" autocomplete="off"></div>
<button type="submit" id="go">Audit</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
</form>
<section id="result"><iframe id="report" title="Audit report" sandbox="allow-scripts allow-downloads" hidden></iframe></section>
<script>${SCRIPT}</script>
</body>
</html>
`;
  return { html, csp };
}
