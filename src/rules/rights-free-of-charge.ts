import { defineRule } from '../check/rule.js';

/**
 * Art. 12(5): information under Arts. 13 and 14 and «any communication and any actions taken under Articles 15 to 22
 * and 34 shall be provided free of charge». A fee is allowed only for manifestly unfounded or excessive requests (Art.
 * 12(5)(a), «a reasonable fee taking into account the administrative costs») and for further copies of the data (Art.
 * 15(3)). organisation.yaml records it as a fact (`rightsFee`, L2, session 41): `standard`, a fee for requests in general
 * («gebyr på 100 kr for innsyn»), is reported; `none` and `exceptions-only` are lawful and printed in the notice's rights
 * section. A record without the field is not judged (nothing in it shows a fee), nor one whose activities are all
 * processing for other controllers: answering requests is the controllers' duty, the processor only assists (Art.
 * 28(3)(e)).
 */
export default defineRule({ id: 'rights-free-of-charge', severity: 'error', citation: 'GDPR Art. 12(5); 15(3)', messages: ['standard-fee'] }, (ctx, report) => {
  const org = ctx.registry.organisation?.value;
  const onlyProcessor = ctx.registry.activities.length > 0 && ctx.activities.length === 0;
  if (!org || onlyProcessor) return;
  if (org.rightsFee === 'standard') report.organisation(ctx.registry, '/rightsFee', 'standard-fee');
});
