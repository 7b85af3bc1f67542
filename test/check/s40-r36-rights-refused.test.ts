import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 40, R36 (the class of variants-sameting SM72, variants-lading EV71, EV72, variants-verneplikt VP72): the person
 * refused their own data in words, with no restriction recorded (Art. 15, 23; personopplysningsloven § 16) — the person as
 * subject of a refused seeing or access (bokmål, nynorsk, a relative clause or V2), the English passive («are not shown»),
 * the body refusing with the person as indirect object, «får ingen kopi». Cells from a school, a hospital, a shop, a bank
 * and a municipality; near misses give the right, refuse others' data or staff, name the law, or bound the refusal.
 */
const findingsOf = ruleMatrix('rights-restriction-reference', { org: 'Nordvik kommune', title: 'Saker', purpose: 'Behandle saker.' });

describe('a right refused in words, bokmål and nynorsk (R36 session 40)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb' }),
    [
      'Elevene får ikke se lærernes vurderinger av dem.',
      'Pasientar som blir tilviste, får ikkje sjå notata legen skriv om dei.',
      'Du får ikke innsyn i saksbehandlerens notater om byggesaken.',
      'Etter samtalen får du ikkje innsyn i rådgivarens notat.',
      'Vi gir ikke kundene innsyn i kredittvurderingen.',
      'Innbyggerne får ingen kopi av sine egne lydopptak.',
      'Foreldra har ikkje tilgang til sine eigne meldingar i systemet.',
      'Søkere som får avslag, kan ikke be om innsyn i poengberegningen.',
    ],
    [
      'Du kan be om innsyn i notatene.',
      'Elevene får ikke se andre elevers karakterer.',
      'De ansatte får ikke innsyn i journalen.',
      'Du får ikke innsyn i notatene etter offentleglova § 13.',
      'Du får ikke se prøven før den er rettet.',
      'Kundene får ikke tilgang til kontoen uten å logge inn med BankID.',
      'Vi gir ikke opplysningene dine til andre.',
    ],
  );
});

describe('a right refused in words, English (R36 session 40)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'en' }),
    [
      'Patients are not shown the notes the doctor writes about them.',
      'Pupils cannot see their exam scripts, even if they ask.',
      'We do not give borrowers a copy of their credit assessment.',
      'Applicants who are turned down do not get a copy of the panel notes about them.',
      'We never show customers their risk rating.',
      'Members get no access to the reports on them.',
      'Residents are not given their case files, however often they ask.',
      'Parents may not read their own messages after they are sent.',
    ],
    [
      'We do not give your data to third parties.',
      'You can ask for a copy of your recordings.',
      'Staff cannot see the patient records of other wards.',
      "Customers cannot see other customers' orders.",
      'Pupils do not see their results until the exam board has met.',
      'Patients are not shown the notes under section 16 of the Personal Data Act.',
      'We do not send customers paper invoices.',
      'Patients cannot access the ward after ten at night.',
      'Kundene får ikke kopi av kvitteringen på e-post.',
      'We do not send customers a copy of their invoice by post.',
    ],
  );
});
