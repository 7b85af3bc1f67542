import { defineRule } from '../check/rule.js';

/**
 * Art. 77, 13(2)(d), 14(2)(e): the notice tells people they may complain to the supervisory authority.
 * A record whose activities are all processing for other controllers (`role: processor`) has no notice
 * of its own to carry it: informing is the controllers' duty (ctx.activities holds only the
 * organisation's own activities).
 */
export default defineRule({ id: 'complaint-right', severity: 'error', citation: 'GDPR Art. 77; 13(2)(d); 14(2)(e)', messages: ['missing'] }, (ctx, report) => {
  const org = ctx.registry.organisation?.value;
  const onlyProcessor = ctx.registry.activities.length > 0 && ctx.activities.length === 0;
  if (org && org.supervisoryAuthority === undefined && !onlyProcessor) report.organisation(ctx.registry, '/supervisoryAuthority', 'missing');
});
