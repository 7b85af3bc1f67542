import { describe, expect, it } from 'vitest';
import { COMPANY_FORMS, FORM_END, FORMS, formsPattern } from '../../src/check/company-forms.js';

/** The one list of company forms (session 41, M2): each reader's subset is drawn from it, and a name's tail is left off by its form. */
describe('company forms', () => {
  it('every subset is drawn from the one list, with no form twice', () => {
    for (const forms of Object.values(FORMS)) {
      expect(forms.every((f) => (COMPANY_FORMS as readonly string[]).includes(f))).toBe(true);
      expect(new Set(forms).size).toBe(forms.length);
    }
  });
  it('a pattern of forms keeps their order and escapes «/» (A/S)', () => {
    expect(formsPattern(['AS', 'A/S', 'ASA'])).toBe(String.raw`(?:AS|A\/S|ASA)`);
    expect(new RegExp(`^${formsPattern(FORMS.sentTo)}$`, 'u').test('A/S')).toBe(true);
  });
  it.each([
    ['Fjordinkasso AS', 'nameTail', 'Fjordinkasso'],
    ['Nordic Match AB', 'nameTail', 'Nordic Match'],
    ['Acme Inc', 'nameTail', 'Acme Inc'],
    ['Acme Inc', 'receiver', 'Acme'],
    ['Helse Vestfjord HF', 'source', 'Helse Vestfjord'],
    ['Fjordvik Aslak', 'nameTail', 'Fjordvik Aslak'],
    ['Trygg AS ', 'occasion', 'Trygg'],
  ] as const)('«%s» without its %s form: «%s»', (name, subset, bare) => expect(name.replace(FORM_END[subset](), '')).toBe(bare));
  it('a company for profit is not a cooperative (SA) or an association with limited liability (BA): Art. 9(2)(d)', () => {
    expect(FORMS.forProfit).toContain('AS');
    expect(FORMS.forProfit).not.toContain('SA');
    expect(FORMS.forProfit).not.toContain('BA');
  });
  it('the forms read in any case leave out SE (the verb «se» in lower case)', () => expect(FORMS.organisation).not.toContain('SE'));
  it('a body that gets data: its form in capitals or not (data-got reads both, then asks for the body word)', () => {
    expect(FORM_END.getter().test('Vestvik Helse HF')).toBe(true);
    expect(FORM_END.getter().test('vestvik helse hf')).toBe(true);
    expect(FORM_END.getter().test('Vestvik Helse')).toBe(false);
  });
});
