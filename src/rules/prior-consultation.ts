import { defineRule } from '../check/rule.js';

/** Art. 36(1): high residual risk after the DPIA means consulting Datatilsynet before processing. */
export default defineRule({ id: 'prior-consultation', severity: 'error', citation: 'GDPR Art. 36(1)', messages: ['missing'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    const d = r.activity.dpia;
    if (d?.residualRisk !== 'high') continue;
    const pc = d.priorConsultation;
    if (pc?.date === undefined && pc?.reference === undefined) report.activity(r, '/dpia/residualRisk', 'missing');
  }
});
