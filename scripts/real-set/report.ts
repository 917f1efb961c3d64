/**
 * The real set's scores (eval/real/score.ts), with what faithful missed and what it flagged wrongly.
 *
 *   node --import tsx scripts/real-set/report.ts [--split train|heldout] [--errors] [NAME...]
 */
import { renderRealSet, scoreRealSet } from '../../eval/real/score.ts';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--split');
const run = scoreRealSet((p) => (!split || p.split === split) && (!names.length || names.includes(p.name)));
console.log(renderRealSet(run));
if (args.includes('--errors')) {
  for (const s of run.scored) {
    console.log(`\n# ${s.pair.name} (${s.pair.split}, ${s.pair.kind}) pass=${s.result.summary.pass} score=${s.result.summary.score.toFixed(2)}`);
    for (const m of s.misses) console.log(`MISS  ${m.target || '∅'}  ←  ${m.source || '∅'}   ${m.note}`);
    for (const f of s.falses) console.log(`FALSE ${f.rule} ${f.severity} ${f.confidence.toFixed(2)} “${f.target?.text}” ← “${f.source?.text ?? ''}”`);
  }
}
