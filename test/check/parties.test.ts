import { describe, expect, it } from 'vitest';
import { ownRole, partyKind } from '../../src/check/parties.js';

/**
 * check/parties.ts: the kind of party a receiver's head noun names (issue #12, session 29). An agent noun or a trade that is
 * not the person, a relative, our staff, our unit, a thing or a party the record names is 'outside'.
 */
describe('partyKind', () => {
  it.each([
    ['utbyggjaren'],
    ['entreprenøren'],
    ['takstmannen'],
    ['arkitekten'],
    ['låsesmeden'],
    ['rørleggjaren'],
    ['elektrikeren'],
    ['gartnarane'],
    ['snekkere'],
    ['the contractor'],
    ['the roofer'],
    ['locksmiths'],
    ['the auctioneer'],
    ['journalisten'],
  ])('reads %s as an outside party', (w) => expect(partyKind(w)).toBe('outside'));

  it.each([
    ['søkjaren', 'subject'],
    ['the applicant', 'subject'],
    ['pasienten', 'subject'],
    ['eleven', 'subject'],
    ['naboane', 'subject'],
    ['the tenants', 'subject'],
    ['pårørande', 'relative'],
    ['verja', 'relative'],
    ['the guardians', 'relative'],
    ['saksbehandlaren', 'staff'],
    ['byggesaksbehandleren', 'staff'],
    ['rådgiveren', 'staff'],
    ['the caseworker', 'staff'],
    ['leiaren', 'staff'],
    ['inspektørane', 'staff'],
    ['the manager', 'staff'],
    ['the agents', 'staff'],
    ['personalavdelinga', 'own-unit'],
    ['serveren', 'thing'],
    ['containeren', 'thing'],
    ['the printer', 'thing'],
    ['arkivet', 'unknown'],
    ['dokumentene', 'thing'],
  ])('reads %s as %s', (w, kind) => expect(partyKind(w)).toBe(kind));

  it('reads the record itself first: its data subjects, its recorded parties, its organisation', () => {
    expect(partyKind('utbyggjaren', { subjects: ['Utbyggjarar og tiltakshavarar'] })).toBe('subject');
    expect(partyKind('entreprenøren', { recorded: ['entreprenørar som byggjer for kommunen'] })).toBe('recorded');
    expect(partyKind('lenders', { recorded: ['Banker, finansieringsforetak og utleiere'] })).toBe('recorded');
    expect(partyKind('the lenders')).toBe('outside');
  });

  it('reads the shape by the language of the clause: a Norwegian plural in «-er» is no English agent noun', () => {
    expect(partyKind('bilder', { language: 'no' })).toBe('unknown');
    expect(partyKind('hinder', { language: 'no' })).toBe('unknown');
    expect(partyKind('roofer', { language: 'en' })).toBe('outside');
    expect(partyKind('rørleggjaren', { language: 'no' })).toBe('outside');
  });

  it('reads a coach as the club’s own in a sports body’s record, and as a party elsewhere', () => {
    expect(ownRole('Trenerne', 'Norges Fjordpadleforbund')).toBe(true);
    expect(partyKind('treneren', { organisation: 'Fjordvik idrettslag' })).toBe('staff');
    expect(ownRole('treneren', 'PPT for Fjordvik')).toBe(false);
  });
});
