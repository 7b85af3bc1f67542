import { describe, expect, it } from 'vitest';
import { partyKind, type PartyContext } from '../../src/check/parties.js';

/**
 * Issue #12 (session 31, K1): a party's KIND decided from the record first (src/check/parties.ts). A profession is our staff
 * where the record names it as ours (its employees' categories with their titles, its kind of organisation); another's
 * where it is named as someone's or private, or where the record names its own professions and not this one. R1's list
 * (session 30): definite «-n» of titles in «-e», «-fører» only for accountants unless the record has them, others'
 * «-kontoret» / «the tax office», English «-er» things, whole-word stems. The clause-level default (recipients-stated
 * `unknownOutside`, the passive and «X får») is checked by the lawful-wordings registry lawful-wordings-s31-k1-byggesak
 * and the variants sets.
 */
const healthStation: PartyContext = {
  organisation: 'Fjordvik kommune',
  own: 'Fjordvik kommune | leiar for Helsestasjon og skulehelseteneste | Tilsette | Helsesjukepleiarar, jordmødrer, legar, fysioterapeutar og merkantilt tilsette i tenesta.',
};
const school: PartyContext = { organisation: 'Fjordvik skule', own: 'Fjordvik skule | Tilsette | Lærarar, assistentar og leiinga' };

describe('partyKind from the record (session 31)', () => {
  it.each([
    ['tannlegen', 'outside'],
    ['the dentist', 'outside'],
    ['den private fysioterapeuten', 'outside'],
    ['barnets fysioterapeut', 'outside'],
    ["the child's dentist", 'outside'],
    ['fastlegen', 'outside'],
    ['psykologen', 'outside'],
    ['fysioterapeuten', 'staff'],
    ['legen', 'staff'],
    ['jordmora', 'staff'],
    ['helsesjukepleiaren', 'staff'],
    ['sjukepleiaren', 'staff'],
    ['kontaktlæraren', 'staff'],
    ['helsestasjonen', 'own-unit'],
  ])('in a health station that records its professions, reads %s as %s', (w, kind) => expect(partyKind(w, healthStation)).toBe(kind));

  it('reads a dentist as ours in a dental clinic, and a GP as ours in a GP surgery', () => {
    expect(partyKind('tannlegen', { organisation: 'Fjordvik tannklinikk', own: 'Fjordvik tannklinikk' })).toBe('staff');
    expect(partyKind('fastlegen', { organisation: 'Fjordvik legesenter', own: 'Fjordvik legesenter' })).toBe('staff');
    expect(partyKind('the vet', { organisation: 'Fjordvik dyreklinikk', own: 'Fjordvik dyreklinikk' })).toBe('staff');
  });

  it('keeps a profession ours where the record names no profession at all (the general list, as before)', () => {
    expect(partyKind('helsesøstera', school)).toBe('staff');
    expect(partyKind('legen')).toBe('staff');
  });

  it.each([
    ['kontaktlæreren', 'staff'],
    ['vaktlederen', 'staff'],
    ['saksbehandleren', 'staff'],
    ['rådgiveren', 'staff'],
    ['the caseworker', 'staff'],
    ['fagansvarleg', 'staff'],
    ['tilsynsførarane', 'staff'],
    ['protokollføreren', 'staff'],
    ['kollegen', 'staff'],
    ['soknepresten', 'staff'],
    ['resepsjonen', 'own-unit'],
    ['postmottaket', 'own-unit'],
    ['vaktsentralen', 'own-unit'],
    ['front desk', 'own-unit'],
    ['soknerådet', 'own-unit'],
  ])('reads %s, any body’s own, as %s', (w, kind) => expect(partyKind(w, school)).toBe(kind));

  it('reads R1’s list (session 30) right', () => {
    expect(partyKind('regnskapsføreren', school)).toBe('outside');
    expect(partyKind('rekneskapsføraren', { own: 'Tilsette: rekneskapsførarar og rådgjevarar' })).toBe('staff');
    expect(partyKind('regnskapskontoret', school)).toBe('outside');
    expect(partyKind('tax office', school)).toBe('outside');
    expect(partyKind('stretcher')).toBe('thing');
    expect(partyKind('the trailer')).toBe('thing');
    // Whole-word stems: «adresseselskapet» is not a recorded «adresseregister».
    expect(partyKind('adresseselskapet', { recorded: ['adresseregisteret'] })).not.toBe('recorded');
    expect(partyKind('bankene', { recorded: ['banker og finansieringsforetak'] })).toBe('recorded');
  });
});
