/**
 * Prometheus text exposition (version 0.0.4), written by hand: a few counters, one histogram and gauges
 * read at scrape time. No labels carry article text or names.
 */
const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export interface Metrics {
  /** One finished request to /v1/audit, by HTTP status; `pass` when an audit ran. */
  audit(status: number, seconds: number, pass?: boolean): void;
  render(gauges: { queued: number; inFlight: number; threads: number }): string;
}

export function createMetrics(): Metrics {
  const byStatus = new Map<number, number>();
  const verdicts = { pass: 0, fail: 0 };
  const buckets = BUCKETS.map(() => 0);
  let count = 0;
  let sum = 0;
  return {
    audit(status, seconds, pass) {
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (pass === undefined) return;
      verdicts[pass ? 'pass' : 'fail']++;
      count++;
      sum += seconds;
      BUCKETS.forEach((le, i) => {
        if (seconds <= le) buckets[i]!++;
      });
    },
    render({ queued, inFlight, threads }) {
      const lines = [
        '# HELP faithful_audit_requests_total Requests to POST /v1/audit, by HTTP status.',
        '# TYPE faithful_audit_requests_total counter',
        ...[...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `faithful_audit_requests_total{status="${status}"} ${n}`),
        '# HELP faithful_audits_total Audits that ran to a verdict.',
        '# TYPE faithful_audits_total counter',
        `faithful_audits_total ${verdicts.pass + verdicts.fail}`,
        '# HELP faithful_verdicts_total Audits by verdict of the gate.',
        '# TYPE faithful_verdicts_total counter',
        `faithful_verdicts_total{verdict="pass"} ${verdicts.pass}`,
        `faithful_verdicts_total{verdict="fail"} ${verdicts.fail}`,
        '# HELP faithful_audit_duration_seconds Time from request to verdict of audits that ran (queue wait included).',
        '# TYPE faithful_audit_duration_seconds histogram',
        ...BUCKETS.map((le, i) => `faithful_audit_duration_seconds_bucket{le="${le}"} ${buckets[i]}`),
        `faithful_audit_duration_seconds_bucket{le="+Inf"} ${count}`,
        `faithful_audit_duration_seconds_sum ${sum}`,
        `faithful_audit_duration_seconds_count ${count}`,
        '# HELP faithful_queue_depth Audits waiting for a worker thread.',
        '# TYPE faithful_queue_depth gauge',
        `faithful_queue_depth ${queued}`,
        '# HELP faithful_audits_in_flight Audits running or waiting.',
        '# TYPE faithful_audits_in_flight gauge',
        `faithful_audits_in_flight ${inFlight}`,
        '# HELP faithful_worker_threads Worker threads in the pool.',
        '# TYPE faithful_worker_threads gauge',
        `faithful_worker_threads ${threads}`,
      ];
      return lines.join('\n') + '\n';
    },
  };
}
