import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 14(5)(b): informing each person may be replaced by making the information publicly available; the record says where. */
export default defineRule({ id: 'notice-published', severity: 'error', citation: 'GDPR Art. 14(5)(b)' }, (ctx, report) => {
  const orgNotice = ctx.registry.organisation?.value.notice?.url;
  for (const r of ctx.activities) {
    const info = r.activity.information;
    const i = info?.method.indexOf('public-notice') ?? -1;
    if (i >= 0 && orgNotice === undefined && info?.notice === undefined) report.activity(r, join('/information/method', i), 'missing');
  }
});
