// Entry of a serve worker thread (piscina): registers tsx, so the thread runs the TypeScript sources as
// they are, then hands piscina the task function. Plain JavaScript because nothing can load TypeScript yet.
import { register } from 'tsx/esm/api';

register();
const { runAuditTask } = await import('./task.ts');
export default runAuditTask;
