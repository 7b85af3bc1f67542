import { describe, expect, it } from 'vitest';
import { clauseFacts } from '../../src/check/clause.js';

/**
 * The shared clause reader (src/check/clause.ts, session 25): each row a clause (nb, nn, en), the kind and voice of its
 * verb of handing over or obtaining, the party it names (receiver or source; '-' for none read), and whether it is
 * negated, a choice (a modal) and the person's own act. The first fact of the row's kind is read.
 */
const ROWS: readonly [kind: string, voice: string, text: string, party: string, negated: boolean, modal: boolean, person: boolean][] = [
  ['give', 'passive', 'the complete test results are forwarded to HR at the client company', 'HR at the client company', false, false, false],
  ['give', 'active', 'We also forward a copy of each report to the Norwegian Tax Administration.', 'the Norwegian Tax Administration', false, false, false],
  [
    'give',
    'active',
    "give the employer's personnel department a copy of each worker's full results",
    "the employer's personnel department",
    false,
    false,
    false,
  ],
  [
    'give',
    'passive',
    'Our partner Trygg Omsorgsforsikring AS is given the subscriber list every six months.',
    'Our partner Trygg Omsorgsforsikring AS',
    false,
    false,
    false,
  ],
  [
    'give',
    'passive',
    'Sparebanken Fjellmark, som er banken vår, får lønsfila med namn, kontonummer og beløp kvar månad.',
    'Sparebanken Fjellmark',
    false,
    false,
    false,
  ],
  [
    'give',
    'active',
    "We transmit the pay file, with each employee's name, account number and amount, to our bank, Sparebanken Fjellmark.",
    'our bank',
    false,
    false,
    false,
  ],
  ['give', 'passive', 'Eierkommunene får hver måned en liste over kundene i kommunen som ikke har betalt nettleien.', 'Eierkommunene', false, false, false],
  [
    'give',
    'passive',
    'Every month the municipalities that own us are sent the names of the customers in their area.',
    'the municipalities that own us',
    false,
    false,
    false,
  ],
  ['give', 'active', "On request we give the landowner the vehicle owner's name and address.", 'the landowner', false, false, false],
  [
    'give',
    'passive',
    "Once the decision is made, the member's employer is told the degree of disability and the diagnosis.",
    "the member's employer",
    false,
    false,
    false,
  ],
  ['give', 'passive', "The coach of the child's sports club also receives a copy of the minutes.", "The coach of the child's sports club", false, false, false],
  ['give', 'active', 'Hvis grunneieren ber om det, gir vi grunneieren navnet og adressen til bileieren.', 'grunneieren', false, false, false],
  ['give', 'active', 'gi beskjed om mistanken til arbeidsgiveren og skolen', 'arbeidsgiveren og skolen', false, false, false],
  ['give', 'active', 'Vi sender lista over deltakarane til forbundet.', 'forbundet', false, false, false],
  ['give', 'active', 'Vi sender ikkje opplysningar til Fylkesmannen.', 'Fylkesmannen', true, false, false],
  ['give', 'active', 'We send no data to the Petroleum Safety Authority.', 'the Petroleum Safety Authority', true, false, false],
  ['give', 'active', 'We do not, as a rule, send data to the Petroleum Safety Authority.', 'the Petroleum Safety Authority', true, false, false],
  ['give', 'passive', 'Kontaktopplysningene deles ikke med andre selskaper i konsernet.', 'andre selskaper i konsernet', true, false, false],
  ['give', 'passive', 'Fagforeningene får ikke navn på nyansatte.', 'Fagforeningene', true, false, false],
  ['give', 'passive', 'kopi av meldingen sendes aldri til arbeidsgiveren', 'arbeidsgiveren', true, false, false],
  ['give', 'passive', 'The partner municipalities receive no patient data.', 'The partner municipalities', true, false, false],
  ['give', 'active', 'Krav som ikkje blir betalte, sender vi til inkassoselskapet.', 'inkassoselskapet', false, false, false],
  ['give', 'passive', 'Listen sendes til NAV hver måned.', 'NAV', false, false, false],
  ['give', 'passive', 'Lista vert send til kommunen.', 'kommunen', false, false, false],
  ['give', 'passive', 'Rapporten blir sendt til Statsforvalteren.', 'Statsforvalteren', false, false, false],
  ['give', 'active', 'Vi deler søkjarlista med rekrutteringsbyrået.', 'rekrutteringsbyrået', false, false, false],
  ['give', 'active', 'We share the member list with our partners.', 'our partners', false, false, false],
  ['give', 'active', 'Vi utleverer opplysningene til politiet.', 'politiet', false, false, false],
  ['give', 'active', 'Vi varsler barnevernet om bekymringen.', 'barnevernet', false, false, false],
  ['give', 'active', 'Gjelder tipset dyr som forpakteren holder, orienterer vi også grunneieren om hva som er meldt.', 'grunneieren', false, false, false],
  ['give', 'active', 'We notify the insurer of the claim.', 'the insurer', false, false, false],
  ['give', 'active', 'Vi informerer om behandlingen på nettsidene.', '-', false, false, false],
  ['give', 'active', 'Skulen melder fråvær til NAV.', 'NAV', false, false, false],
  ['give', 'active', 'We report the incident to the Data Protection Authority.', 'the Data Protection Authority', false, false, false],
  ['give', 'active', 'We disclose the names to the insurer.', 'the insurer', false, false, false],
  ['give', 'passive', 'The names are passed on to the club.', 'the club', false, false, false],
  ['give', 'passive', 'The list is made available to the union.', 'the union', false, false, false],
  ['give', 'active', 'Du kan sende klagen til Statsforvalteren.', 'Statsforvalteren', false, true, true],
  ['give', 'active', 'Members may send their claim to the insurer.', 'the insurer', false, true, true],
  ['give', 'active', 'Kunden sender selv kravet til forsikringsselskapet.', 'forsikringsselskapet', false, false, true],
  ['give', 'active', 'Vi kan gi opplysningene til politiet.', 'politiet', false, true, false],
  ['give', 'passive', 'Fram til 2023 vart funn sende til vikarbyrået; det vart stoppa.', 'vikarbyrået', false, false, false],
  ['give', 'active', 'Tidligere sendte vi listene til Gjensidige, men det er avviklet.', 'Gjensidige', false, false, false],
  ['give', 'passive', 'Studenten bestemmer sjølv om resultata skal delast med ein arbeidsgivar.', 'ein arbeidsgivar', false, true, false],
  ['give', 'active', 'Vi sender julekort til samarbeidspartnarane.', 'samarbeidspartnarane', false, false, false],
  [
    'give',
    'passive',
    'Aggregated figures without names are sent to the Norwegian Directorate of Health.',
    'the Norwegian Directorate of Health',
    false,
    false,
    false,
  ],
  ['give', 'passive', 'Statistikk utan namn vert send til Helsedirektoratet.', 'Helsedirektoratet', false, false, false],
  ['access', 'active', 'Skulehelsetenesta har lesetilgang til mappene.', 'Skulehelsetenesta', false, false, false],
  ['access', 'active', 'The school health service has read access to the files.', 'The school health service', false, false, false],
  ['access', 'active', 'Vikarbyrået har ikkje tilgang til journalen.', 'Vikarbyrået', true, false, false],
  ['get', 'active', 'Har festaren flytta, hentar vi den nye adressa frå eit privat firma.', 'eit privat firma', false, false, false],
  ['get', 'active', 'Før trekk i lønn innhenter Lånekassen opplysninger fra arbeidsgiverregisteret.', 'arbeidsgiverregisteret', false, false, false],
  ['get', 'active', 'Vi tar kontakt med tidligere arbeidsgivere.', 'tidligere arbeidsgivere', false, false, false],
  ['get', 'active', 'Vi ringjer tidlegare arbeidsgivarar.', 'tidlegare arbeidsgivarar', false, false, false],
  ['get', 'active', 'Rådgivaren slår òg opp kva ytingar innringaren får frå Nav.', 'Nav', false, false, false],
  ['get', 'active', 'We obtain the address from the population register.', 'the population register', false, false, false],
  ['get', 'active', 'We collect the results from the laboratory.', 'the laboratory', false, false, false],
  ['get', 'active', 'Vi får opplysninger fra NAV.', 'NAV', false, false, false],
  ['get', 'active', 'We receive referrals from the GP.', 'the GP', false, false, false],
  ['get', 'active', 'Vi mottek melding frå barnevernet.', 'barnevernet', false, false, false],
  ['get', 'active', 'Vi henter ikke opplysninger fra andre.', 'andre', true, false, false],
  ['get', 'active', 'We never collect data from third parties.', 'third parties', true, false, false],
  ['get', 'active', 'Members can retrieve their benefits statement from NAV.', 'NAV', false, true, true],
  ['get', 'active', 'Vi kan hente opplysninger fra Folkeregisteret.', 'Folkeregisteret', false, true, false],
  ['get', 'active', 'Vi går gjennom det søkeren har lagt ut i sosiale medier.', 'sosiale medier', false, false, false],
  ['get', 'active', 'Vi slår opp i Enhetsregisteret.', 'Enhetsregisteret', false, false, false],
  ['get', 'active', 'We look up the owner in the vehicle register.', 'the vehicle register', false, false, false],
];

describe('clauseFacts: who hands what to whom', () => {
  it('has at least 60 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(60));
  for (const [kind, voice, text, party, negated, modal, person] of ROWS) {
    it(`${kind} ${voice}: ${text}`, () => {
      const f = clauseFacts(text).find((x) => x.kind === kind);
      if (party === '-') {
        expect(f?.party ?? '').toBe('');
        return;
      }
      expect(f).toBeDefined();
      expect(f!.voice).toBe(voice);
      expect(f!.party).toBe(party);
      expect(f!.negated).toBe(negated);
      expect(f!.modal).toBe(modal);
      expect(f!.personActs).toBe(person);
    });
  }
  it('reads the past (past.ts) and a text with no verb of the lexicon as nothing', () => {
    expect(clauseFacts('Fram til 2023 vart funn sende til vikarbyrået; det vart stoppa.').find((x) => x.kind === 'give')!.past).toBe(true);
    expect(clauseFacts('Tidligere sendte vi listene til Gjensidige, men det er avviklet.')[0]!.past).toBe(true);
    expect(clauseFacts('Vi lagrar timelistene i lønssystemet.')).toEqual([]);
  });
  it('reads the thing handed', () => {
    expect(clauseFacts('We also forward a copy of each report to the Norwegian Tax Administration.')[0]!.thing).toBe('a copy of each report');
    expect(clauseFacts("Once the decision is made, the member's employer is told the degree of disability and the diagnosis.")[0]!.thing).toBe(
      'the degree of disability and the diagnosis',
    );
  });
});
