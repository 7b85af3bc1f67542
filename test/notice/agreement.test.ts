import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { buildNoticeView, loadTemplates, missingFindings, renderNotice } from '../../src/render/notice/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { plain } from './helpers.js';

/**
 * Art. 9(2)(b) may rest on a collective agreement and 9(2)(h) on a contract with a health professional
 * instead of a law: a clean record that names the agreement (planted-vakt's union dues, under
 * Vekteroverenskomsten) is no notice gap, and the notice names the agreement.
 */
const BASE = join(FIXTURES, 'corpus', 'planted-vakt', 'base');

describe('a special-category condition resting on an agreement', () => {
  const { registry } = validateRegistry(BASE);

  it('is not reported as a missing law', () => {
    const { missing } = buildNoticeView(registry, { lang: 'nb', format: 'md', draft: true });
    expect(missingFindings(missing).map((f) => f.rule)).not.toContain('national-law');
  });

  it('names the agreement in the notice', () => {
    const { view } = buildNoticeView(registry, { lang: 'nb', format: 'md', draft: false });
    const md = plain(renderNotice(view, loadTemplates('md')));
    expect(md).toContain('Grunnlaget er avtalen «Vekteroverenskomsten (NHO Service og Handel – Parat/Fellesforbundet)».');
  });
});
