// The review report's script. Inlined into the report and allowed by its CSP hash; it reads the findings
// from the JSON block, never from markup, builds every piece of text with textContent, and keeps reviewer
// decisions in localStorage. Plain ES2020, no dependencies.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('faithful-data').textContent);
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 };
  const SEVERITY_LABEL = { critical: 'Critical', major: 'Major', minor: 'Minor' };
  const SEVERITY_GLYPH = { critical: '◆', major: '▲', minor: '●' };
  const DECISION_LABEL = { accepted: '✓ Accepted', 'false-positive': '✕ False positive' };

  const findings = data.findings;
  const byId = new Map(findings.map((f) => [f.id, f]));
  // Counted as the header counts them (the summary's counts); suspects and suppressed findings apart.
  const inGroup = (group) => findings.filter((f) => f.group === group);
  const totals = { counted: inGroup('counted').length, suspect: inGroup('suspect').length, suppressed: inGroup('suppressed').length };
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const mainMark = new Map();
  const parts = new Map();
  for (const el of $$('[data-finding]')) mainMark.set(el.dataset.finding, el);
  for (const el of $$('[data-finding],[data-finding-part]')) {
    const id = el.dataset.finding || el.dataset.findingPart;
    if (!parts.has(id)) parts.set(id, []);
    parts.get(id).push(el);
  }
  const items = buildList();
  const ticks = new Map();
  const rows = $$('.aligned > .row:not(.head)');
  const rowFindings = new Map();
  for (const f of findings) if (f.row) (rowFindings.get(f.row) || rowFindings.set(f.row, []).get(f.row)).push(f);

  function percent(confidence) {
    return `${Math.round((typeof confidence === 'number' ? confidence : 1) * 100)}%`;
  }
  function categoryLabel(category) {
    return category
      .split('/')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1).replace(/-/g, ' '))
      .join(' › ');
  }
  function buildList() {
    const out = new Map();
    const list = document.getElementById('list');
    if (!list) return out;
    const fragment = document.createDocumentFragment();
    for (const f of findings) {
      const li = el('li', `s-${f.severity} c-${slug(f.category)}`);
      li.dataset.item = f.id;
      const button = el('button', 'item');
      button.type = 'button';
      button.dataset.goto = f.id;
      const head = el('span', 'item-head');
      const sev = el('span', `sev s-${f.severity}`);
      sev.append(el('span', 'glyph', SEVERITY_GLYPH[f.severity]), ` ${SEVERITY_LABEL[f.severity]}`);
      head.append(sev, el('span', 'item-cat', categoryLabel(f.category)), el('span', 'item-where', f.side === 'source' ? `source ${f.where || ''}` : f.where || 'document'));
      if (f.low) {
        li.classList.add('low');
        head.append(el('span', 'item-conf', `low confidence ${percent(f.confidence)}`));
      }
      const text = f.target || f.source || f.message;
      button.append(head, el('span', 'item-text', text.length > 140 ? `${text.slice(0, 139)}…` : text), el('span', 'item-msg', f.message), el('span', 'item-decision'));
      li.append(button);
      fragment.append(li);
      out.set(f.id, li);
    }
    list.append(fragment);
    return out;
  }

  // ---- state ----
  const filters = { severity: new Set(), category: new Set(), rule: new Set() };
  for (const chip of $$('.chip')) filters[chip.dataset.filter].add(chip.dataset.value);
  let query = '';
  /** The id of the finding being reviewed (kept by id: filters change positions). */
  let currentId = null;
  const visible = new Set(findings.map((f) => f.id));
  const decisions = loadDecisions();

  // ---- decisions ----
  // Decisions are kept per finding key: the fingerprint when the audit made one, else rule + flagged text
  // (+ the omitted source text), the way the gate matches them. So they survive a re-audit after edits
  // elsewhere, a phrase repeated in the same words is one decision, and keys absent from this report
  // (decisions on an earlier version) are kept in storage untouched.
  function keyOf(f) {
    return f.fingerprint || `${f.rule}\u0000${f.target ?? ''}\u0000${f.side === 'source' ? f.source ?? '' : ''}`;
  }
  const sameKey = new Map();
  for (const f of findings) (sameKey.get(keyOf(f)) || sameKey.set(keyOf(f), []).get(keyOf(f))).push(f.id);
  function loadDecisions() {
    try {
      const saved = JSON.parse(localStorage.getItem(data.storageKey) || 'null');
      const entries = saved && saved.version === 2 && saved.decisions ? Object.entries(saved.decisions) : [];
      return new Map(entries.filter(([, decision]) => DECISION_LABEL[decision]));
    } catch {
      return new Map();
    }
  }
  function saveDecisions() {
    try {
      localStorage.setItem(data.storageKey, JSON.stringify({ version: 2, decisions: Object.fromEntries(decisions) }));
    } catch {
      // Storage may be disabled (private mode, file:// policies): decisions still export.
    }
  }
  function decide(id, decision) {
    const f = byId.get(id);
    if (!f) return;
    const key = keyOf(f);
    if (!decision || decisions.get(key) === decision) decisions.delete(key);
    else decisions.set(key, decision);
    saveDecisions();
    for (const other of sameKey.get(key)) paintDecision(other);
    updateReviewed();
    if (popoverId === id) renderPopover(id);
  }
  /** The reviewer's own decision on a finding, if any. */
  function ownDecision(id) {
    return decisions.get(keyOf(byId.get(id))) || null;
  }
  /** The reviewer's decision, else the one the reviewed baseline applied. */
  function decisionOf(id) {
    return ownDecision(id) || byId.get(id).baseline || null;
  }
  function paintDecision(id) {
    const decision = decisionOf(id);
    for (const el of parts.get(id) || []) {
      el.classList.toggle('dec-accepted', decision === 'accepted');
      el.classList.toggle('dec-false-positive', decision === 'false-positive');
    }
    const li = items.get(id);
    if (li) {
      li.classList.toggle('dec-accepted', decision === 'accepted');
      li.classList.toggle('dec-false-positive', decision === 'false-positive');
      const fromBaseline = !ownDecision(id) && byId.get(id).baseline;
      $('.item-decision', li).textContent = decision ? `${DECISION_LABEL[decision]}${fromBaseline ? ' (baseline, not scored)' : ''}` : '';
    }
  }
  function updateReviewed() {
    const decided = (group) => findings.filter((f) => f.group === group && decisionOf(f.id)).length;
    let text = `Reviewed ${decided('counted')} of ${totals.counted}`;
    if (totals.suspect) text += ` · suspects ${decided('suspect')} of ${totals.suspect}`;
    if (totals.suppressed) text += ` · ${totals.suppressed} suppressed by the baseline`;
    $('#reviewed').textContent = text;
  }
  function exportDecisions() {
    const payload = {
      tool: 'faithful',
      decisions: findings
        .filter((f) => decisionOf(f.id))
        .map((f) => ({ finding: f.id, fingerprint: f.fingerprint, rule: f.rule, target: f.target, decision: decisionOf(f.id) })),
    };
    const blob = new Blob([JSON.stringify(payload, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${data.exportName}.decisions.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- filters and search ----
  /** The article text of a row (its cells, not the gutter or placeholders), lower-cased once. */
  function rowText(row) {
    if (row._text === undefined) row._text = textCells(row).map((cell) => cell.textContent).join(' ').toLowerCase();
    return row._text;
  }
  function textCells(row) {
    return $$(':scope > .cell:not(.empty)', row);
  }
  function applyFilters() {
    const q = query.trim().toLowerCase();
    const only = $('#opt-only').checked;
    const showLow = $('#opt-low').checked;
    const rowMatches = new Map();
    let matchingRows = 0;
    for (const row of rows) {
      const match = !q || rowText(row).includes(q);
      rowMatches.set(row.id, match);
      if (q && match) matchingRows++;
    }
    const shown = { counted: 0, suspect: 0, suppressed: 0 };
    for (const f of findings) {
      const passes = filters.severity.has(f.severity) && filters.category.has(f.category) && filters.rule.has(f.rule) && (showLow || !f.low);
      const searched = !q || (f.row && rowMatches.get(f.row)) || [f.message, f.rule, f.category].some((s) => s.toLowerCase().includes(q));
      const on = passes && searched;
      if (on) {
        visible.add(f.id);
        shown[f.group]++;
      } else visible.delete(f.id);
      for (const el of parts.get(f.id) || []) el.classList.toggle('off', !passes);
      const li = items.get(f.id);
      if (li) li.hidden = !on;
    }
    for (const row of rows) {
      let hide = q ? !rowMatches.get(row.id) : false;
      if (!hide && only) hide = !(rowFindings.get(row.id) || []).some((f) => visible.has(f.id));
      row.classList.toggle('hidden', hide);
    }
    $('#shown').textContent = `${shown.counted} of ${totals.counted}`;
    const apart = [];
    if (totals.suspect) apart.push(`${plural(totals.suspect, 'low-confidence suspect')} (not counted): ${showLow ? `${shown.suspect} shown` : 'hidden'}`);
    if (totals.suppressed) apart.push(`${totals.suppressed} suppressed by the baseline`);
    $('#apart').textContent = apart.join(' · ');
    $('#apart').hidden = apart.length === 0;
    $('#q-status').textContent = q ? `${matchingRows} ${matchingRows === 1 ? 'row' : 'rows'}` : '';
    highlightSearch(q);
    setCurrent(currentId && visible.has(currentId) ? currentId : null);
    if (popoverId && !visible.has(popoverId)) hidePopover();
    placeTicks();
  }
  function highlightSearch(q) {
    if (!(window.CSS && CSS.highlights && window.Highlight)) return;
    CSS.highlights.delete('faithful-search');
    if (q.length < 2) return;
    const ranges = [];
    for (const row of rows) {
      if (row.classList.contains('hidden') || !rowText(row).includes(q)) continue;
      for (const cell of textCells(row)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.data.toLowerCase();
          // Lower-casing can change the length of some characters; offsets would not map back then.
          if (text.length !== node.data.length) continue;
          for (let at = text.indexOf(q); at >= 0 && ranges.length < 5000; at = text.indexOf(q, at + q.length)) {
            const range = new Range();
            range.setStart(node, at);
            range.setEnd(node, at + q.length);
            ranges.push(range);
          }
        }
      }
    }
    CSS.highlights.set('faithful-search', new Highlight(...ranges));
  }

  /** Shows only one severity or category; when it is already alone, shows them all again. */
  function solo(group, value) {
    const chips = $$(`.chip[data-filter="${group}"]`);
    const alone = filters[group].size === 1 && filters[group].has(value);
    filters[group].clear();
    for (const chip of chips) {
      const on = alone || chip.dataset.value === value;
      chip.setAttribute('aria-pressed', String(on));
      if (on) filters[group].add(chip.dataset.value);
    }
    applyFilters();
  }

  // ---- navigation ----
  function order() {
    return findings.filter((f) => visible.has(f.id));
  }
  function setCurrent(id) {
    for (const el of $$('.current')) {
      el.classList.remove('current');
      el.removeAttribute('aria-current');
    }
    currentId = id;
    const list = order();
    const index = id ? list.findIndex((f) => f.id === id) : -1;
    const f = id ? byId.get(id) : null;
    const counted = list.filter((g) => g.group === 'counted').length;
    const others = list.length - counted;
    $('#position').textContent =
      index >= 0 ? `${index + 1} / ${list.length}` : `${plural(counted, 'finding')}${others ? ` + ${others} not counted` : ''}`;
    if (!f) return null;
    for (const el of parts.get(f.id) || []) el.classList.add('current');
    const li = items.get(f.id);
    if (li) {
      li.classList.add('current');
      li.setAttribute('aria-current', 'true');
    }
    return f;
  }
  function goTo(id, options = {}) {
    const f = byId.get(id);
    const mark = mainMark.get(id);
    if (!f || !mark) return;
    const details = mark.closest('details');
    if (details) details.open = true;
    const row = mark.closest('.row');
    if (row) row.classList.remove('hidden');
    setCurrent(id);
    mark.scrollIntoView({ block: 'center', behavior: 'auto' });
    mark.focus({ preventScroll: true });
    const li = items.get(id);
    if (li && options.fromList !== true) li.scrollIntoView({ block: 'nearest' });
    showPopover(id, mark, true);
  }
  function step(delta) {
    const list = order();
    if (!list.length) return;
    let index = currentId ? list.findIndex((f) => f.id === currentId) : -1;
    if (index < 0) {
      // Nothing current yet: start from the first finding on screen (j) or the last one above it (k).
      // Findings are in reading order, so a binary search over their rows' positions finds it; rows,
      // not marks, are measured, because measuring inside a content-visibility-skipped row lays it out.
      const top = Math.max(0, toolbar.getBoundingClientRect().bottom);
      const rowBottom = (f) => {
        const row = f.row && document.getElementById(f.row);
        return row ? row.getBoundingClientRect().bottom : -Infinity;
      };
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rowBottom(list[mid]) <= top) lo = mid + 1;
        else hi = mid;
      }
      index = delta > 0 ? (lo < list.length ? lo : 0) : lo > 0 ? lo - 1 : list.length - 1;
    } else index = (index + delta + list.length) % list.length;
    goTo(list[index].id);
  }

  // ---- popover ----
  const pop = $('#pop');
  let popoverId = null;
  let pinned = false;
  let hideTimer = 0;
  let showTimer = 0;
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function renderPopover(id) {
    const f = byId.get(id);
    pop.replaceChildren();
    pop.className = `pop c-${slug(f.category)} s-${f.severity}`;
    const head = el('div', 'pop-head');
    const sev = el('span', `sev s-${f.severity}`);
    sev.append(el('span', 'glyph', SEVERITY_GLYPH[f.severity]), ` ${SEVERITY_LABEL[f.severity]}`);
    const cat = el('span', 'pop-cat');
    cat.append(el('span', 'swatch'), f.category);
    head.append(sev, cat, el('code', 'pop-id', f.id));
    const title = el('p', 'pop-msg', f.message);
    title.id = 'pop-title';
    const dl = el('dl');
    const row = (label, value) => {
      if (value === null || value === undefined || value === '') return;
      dl.append(el('dt', null, label));
      const dd = el('dd');
      dd.append(value);
      dl.append(dd);
    };
    row('Rule', el('code', null, f.rule));
    row('Category', `MQM ${f.category}`);
    if (f.side === 'target' && f.target) row('Target', el('q', null, f.target));
    if (f.source) row(f.side === 'source' ? 'Omitted' : 'Source', el('blockquote', null, f.source));
    else if (f.side === 'target' && sourceOf(f)) row('Source', el('blockquote', null, sourceOf(f)));
    else if (f.side === 'target') row('Source', el('span', 'muted', 'No aligned source sentence'));
    if (f.suggestion) row('Suggestion', el('span', 'sugg', f.suggestion));
    if (f.basis) row('Basis', el('span', 'muted', f.basis));
    if (f.details && f.details.length) {
      const list = el('ul', 'pop-details');
      for (const detail of f.details) list.append(el('li', null, detail));
      row('Details', list);
    }
    row('Confidence', f.low ? `${percent(f.confidence)}: a low-confidence suspect, below the gate's threshold (not scored)` : percent(f.confidence));
    const actions = el('div', 'pop-actions');
    const decision = decisionOf(id);
    if (f.baseline && !ownDecision(id)) row('Review', el('span', 'muted', `${DECISION_LABEL[f.baseline]} in the reviewed baseline; not scored`));
    for (const [value, label] of [['accepted', 'Accept (a)'], ['false-positive', 'False positive (f)']]) {
      const b = el('button', 'btn', label);
      b.type = 'button';
      b.dataset.decide = value;
      b.setAttribute('aria-pressed', String(decision === value));
      actions.append(b);
    }
    const close = el('button', 'btn pop-close', 'Close');
    close.type = 'button';
    close.dataset.close = '';
    actions.append(close);
    pop.append(head, title, dl, actions);
  }
  function sourceOf(f) {
    const cell = f.row && document.querySelector(`#${CSS.escape(f.row)} > .cell.src:not(.empty)`);
    const text = cell ? cell.textContent.replace(/\s+/g, ' ').trim() : '';
    return text.length > 600 ? `${text.slice(0, 599)}…` : text;
  }
  function slug(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
  }
  function showPopover(id, anchor, pin) {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (popoverId !== id) {
      unlightEvidence();
      popoverId = id;
      renderPopover(id);
      for (const ev of $$(`[data-evidence~="${CSS.escape(id)}"]`)) ev.classList.add('lit');
    }
    pinned = pinned && popoverId === id ? true : !!pin;
    pop.hidden = false;
    pop.setAttribute('aria-labelledby', 'pop-title');
    position(anchor);
  }
  function position(anchor) {
    // Below the mark's last line, or above its first line when there is more room there; never under
    // the sticky toolbar, and scrolling inside when the window is too short for the whole popover.
    const rects = anchor.getClientRects();
    const first = rects[0] || anchor.getBoundingClientRect();
    const last = rects[rects.length - 1] || first;
    const ceiling = Math.max(0, toolbar.getBoundingClientRect().bottom) + 8;
    const below = window.innerHeight - last.bottom - 16;
    const above = first.top - ceiling - 8;
    pop.style.maxHeight = '';
    const width = pop.offsetWidth;
    const height = pop.offsetHeight;
    let top;
    if (height <= below || below >= above) {
      top = last.bottom + 8;
      // Never taller than the room below: a floor above the room put its bottom, and its buttons, off screen.
      if (height > below) pop.style.maxHeight = `${Math.max(120, below)}px`;
      if (height > below && below < 120) top = Math.max(ceiling, window.innerHeight - 8 - 120);
    } else {
      if (height > above) pop.style.maxHeight = `${above}px`;
      top = first.top - 8 - Math.min(height, above);
    }
    const anchorLeft = rects.length > 1 && last.left < first.left ? last.left : first.left;
    const left = Math.min(Math.max(8, anchorLeft), document.documentElement.clientWidth - width - 8);
    pop.style.left = `${left + window.scrollX}px`;
    pop.style.top = `${top + window.scrollY}px`;
    // A cue when part of it is scrolled out of view (the decisions stay pinned at its bottom).
    pop.classList.toggle('scrolls', pop.scrollHeight > pop.clientHeight + 1);
  }
  function unlightEvidence() {
    for (const ev of $$('.ev.lit')) ev.classList.remove('lit');
  }
  function hidePopover() {
    clearTimeout(showTimer);
    pop.hidden = true;
    pinned = false;
    popoverId = null;
    unlightEvidence();
  }
  function markOf(node) {
    const m = node instanceof Element ? node.closest('[data-finding],[data-finding-part]') : null;
    return m && !m.classList.contains('off') ? m : null;
  }

  // ---- overview strip ----
  const track = $('.overview-track');
  const viewport = $('.viewport');
  const aligned = $('.aligned');
  function placeTicks() {
    if (!track || track.offsetParent === null) return;
    for (const tick of ticks.values()) tick.remove();
    ticks.clear();
    const top = aligned.offsetTop;
    const height = aligned.offsetHeight || 1;
    const worst = new Map();
    for (const f of findings) {
      if (!visible.has(f.id) || !f.row) continue;
      const seen = worst.get(f.row);
      if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) worst.set(f.row, f);
    }
    const fragment = document.createDocumentFragment();
    for (const [rowId, f] of worst) {
      const row = document.getElementById(rowId);
      if (!row || row.classList.contains('hidden')) continue;
      const tick = el('a', `tick s-${f.severity} c-${slug(f.category)}`);
      tick.href = `#${rowId}`;
      tick.tabIndex = -1;
      tick.dataset.tick = f.id;
      tick.style.top = `${(((row.offsetTop - top) / height) * 100).toFixed(3)}%`;
      fragment.append(tick);
      ticks.set(rowId, tick);
    }
    track.prepend(fragment);
    placeViewport();
  }
  let framePending = false;
  function placeViewport() {
    framePending = false;
    if (!viewport) return;
    const rect = aligned.getBoundingClientRect();
    const height = rect.height || 1;
    const from = Math.max(0, -rect.top) / height;
    const to = Math.min(height, window.innerHeight - rect.top) / height;
    viewport.style.top = `${(from * 100).toFixed(2)}%`;
    viewport.style.height = `${(Math.max(0.01, to - from) * 100).toFixed(2)}%`;
  }

  // ---- wiring ----
  for (const f of findings) if (decisionOf(f.id)) paintDecision(f.id);
  updateReviewed();
  setCurrent(null);
  const toolbar = $('.toolbar');
  const setToolbarHeight = () => document.documentElement.style.setProperty('--toolbar-h', `${toolbar.offsetHeight}px`);
  setToolbarHeight();
  if (window.matchMedia('(max-width: 860px)').matches) $('#panel-box').open = false;

  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      const id = mark.dataset.finding || mark.dataset.findingPart;
      clearTimeout(hideTimer);
      if (pinned && popoverId !== id) return;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => showPopover(id, mark, false), 120);
    } else if (pop.contains(event.target)) {
      clearTimeout(hideTimer);
    }
  });
  document.addEventListener('mouseout', (event) => {
    if (!markOf(event.target) && !pop.contains(event.target)) return;
    clearTimeout(showTimer);
    if (!pinned && !pop.hidden) hideTimer = setTimeout(hidePopover, 300);
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark && mark.dataset.finding) {
      if (mark.dataset.finding !== currentId) setCurrent(mark.dataset.finding);
      showPopover(mark.dataset.finding, mark, true);
    }
  });
  document.addEventListener('click', (event) => {
    const target = event.target;
    const mark = markOf(target);
    if (mark) {
      const id = mark.dataset.finding || mark.dataset.findingPart;
      setCurrent(id);
      showPopover(id, mark, true);
      return;
    }
    const decideButton = target.closest('[data-decide]');
    if (decideButton && popoverId) return decide(popoverId, decideButton.dataset.decide);
    if (target.closest('[data-close]')) {
      const back = mainMark.get(popoverId);
      hidePopover();
      if (back) back.focus({ preventScroll: true });
      return;
    }
    const item = target.closest('[data-goto]');
    if (item) return goTo(item.dataset.goto, { fromList: true });
    const tick = target.closest('.tick');
    if (tick) {
      event.preventDefault();
      return goTo(tick.dataset.tick);
    }
    const soloButton = target.closest('[data-solo-filter]');
    if (soloButton) return solo(soloButton.dataset.soloFilter, soloButton.dataset.soloValue);
    const chip = target.closest('.chip');
    if (chip) {
      const set = filters[chip.dataset.filter];
      const on = chip.getAttribute('aria-pressed') !== 'true';
      chip.setAttribute('aria-pressed', String(on));
      if (on) set.add(chip.dataset.value);
      else set.delete(chip.dataset.value);
      return applyFilters();
    }
    if (!pop.contains(target)) hidePopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    // A checkbox takes no letters: after toggling one (the display options), j/k and the rest still work.
    const typing = event.target.closest && event.target.closest('input:not([type="checkbox"]), select, textarea');
    if (event.key === 'Escape') {
      if (!pop.hidden) {
        const back = mainMark.get(popoverId);
        hidePopover();
        if (back && !typing) back.focus({ preventScroll: true });
      } else if (typing && event.target.id === 'q') event.target.blur();
      return;
    }
    if (typing) return;
    const key = event.key;
    if (key === 'j' || key === 'n') step(1);
    else if (key === 'k' || key === 'p') step(-1);
    else if (key === '/') $('#q').focus();
    else if ((key === 'a' || key === 'f') && popoverId) decide(popoverId, key === 'a' ? 'accepted' : 'false-positive');
    else if (key === 'Enter' && event.target.dataset && event.target.dataset.finding) showPopover(event.target.dataset.finding, event.target, true);
    else return;
    event.preventDefault();
  });
  $('#next').addEventListener('click', () => step(1));
  $('#prev').addEventListener('click', () => step(-1));
  $('#export').addEventListener('click', exportDecisions);
  $('#opt-diff').addEventListener('change', (event) => document.body.classList.toggle('nodiff', !event.target.checked));
  $('#opt-only').addEventListener('change', applyFilters);
  $('#opt-low').addEventListener('change', applyFilters);
  let searchTimer = 0;
  $('#q').addEventListener('input', (event) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      query = event.target.value;
      applyFilters();
    }, 120);
  });
  $('#sort').addEventListener('change', (event) => {
    const list = $('#list');
    if (!list) return;
    const by = event.target.value;
    const sorted = [...findings].sort((a, b) =>
      by === 'severity'
        ? SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order
        : by === 'category'
          ? a.category.localeCompare(b.category) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order
          : a.order - b.order,
    );
    list.append(...sorted.map((f) => items.get(f.id)).filter(Boolean));
  });
  for (const details of $$('details.chrome')) details.addEventListener('toggle', placeTicks);
  window.addEventListener('scroll', () => {
    if (!framePending) {
      framePending = true;
      requestAnimationFrame(placeViewport);
    }
  }, { passive: true });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      setToolbarHeight();
      placeTicks();
      if (popoverId && !pop.hidden) position(mainMark.get(popoverId));
    }, 100);
  });
  // Applies the starting filters: low-confidence suspects are hidden until #opt-low is checked (it also places the ticks).
  applyFilters();
  document.documentElement.dataset.ready = 'true';
})();
