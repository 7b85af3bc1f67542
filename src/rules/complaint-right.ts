import { defineRule } from '../check/rule.js';

/** Art. 77, 13(2)(d), 14(2)(e): the notice tells people they may complain to the supervisory authority. */
export default defineRule({ id: 'complaint-right', severity: 'error', citation: 'GDPR Art. 77; 13(2)(d); 14(2)(e)', messages: ['missing'] }, (ctx, report) => {
  const org = ctx.registry.organisation?.value;
  if (org && org.supervisoryAuthority === undefined) report.organisation(ctx.registry, '/supervisoryAuthority', 'missing');
});
