import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * notice-source: a source named with how the data come after it («frå Posten på e-post», «from Posten by e-mail», «frå
 * Posten elektronisk»). Read whole, «Posten på e-post» was taken for a channel (e-post) and the unrecorded source went
 * silent, and «Posten elektronisk» was the source named in the message (B13's note, session 46). The party is the name
 * before the manner of sending; a channel or the person's own words stay what they were.
 */
const run = textRegistry('ropa-s46-lead-sent-how-');
const sourceFindings = (text: string) =>
  run(
    { a: text },
    {
      org: 'Vestdal Turlag',
      language: 'nn',
      publicAuthority: false,
      rule: 'notice-source',
      activity: (id, t) => `id: ${id}
title: Medlemsregister
description: ${JSON.stringify(t)}
status: active
purposes:
  - id: p
    description: halda oversikt over medlemene og senda dei medlemsbladet
    legalBasis:
      - gdpr: A6-1-b
recipients: none
information:
  method:
    - art13
`,
    },
  );

describe('a source named with how the data come (notice-source)', () => {
  it.each([
    ['Me får nye adresser til medlemene frå Posten på e-post.', 'Posten'],
    ['Me får nye adresser til medlemene frå Posten elektronisk.', 'Posten'],
    ['We get new addresses for our members from Posten by e-mail.', 'Posten'],
    ['Nye adresser får me frå Posten på e-post og på papir.', 'Posten'],
  ])('reads «%s» as the source «%s»', (text, source) => {
    const found = sourceFindings(text);
    expect(found.map((f) => f.rule)).toEqual(['notice-source']);
    expect(found[0]!.args?.['source']).toBe(source);
  });

  it.each([
    'Meldingar kjem frå publikum på e-post og telefon.',
    'Me får innmeldingsskjema frå nettsida på e-post.',
    'Me får nye adresser frå medlemene sjølve på e-post.',
    'Medlemene får medlemsbladet frå Vestdal Turlag i posten.',
  ])('stays silent on «%s»', (text) => {
    expect(sourceFindings(text)).toEqual([]);
  });
});
