#!/usr/bin/env node
/**
 * Adversarial timings of the free-text readers (src/check/prose-category.ts, prose-activity.ts, facts.ts NEGATION,
 * discloses, marketingSaid): long texts with no full stop, built to make a reading superlinear (a scan of the clause per
 * match). Not a unit test (timings vary with the machine): run after `npm run build` with
 * `node scripts/reader-timings.js [sizes]`, sizes in characters, comma-separated (default 20000,40000,80000). Each line
 * gives the best of three runs at each size and the ratio of the last to the first: a linear reading grows with the size
 * (x4 for 20,000 to 80,000), a quadratic one with its square (x16). L, session 13.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const wt = join(dirname(fileURLToPath(import.meta.url)), '..');
const pc = await import(join(wt, 'dist/check/prose-category.js'));
const pa = await import(join(wt, 'dist/check/prose-activity.js'));
const facts = await import(join(wt, 'dist/check/facts.js'));
const consent = await import(join(wt, 'dist/rules/consent-valid.js'));
const results = new Map();
const once = (name, f) => {
  const t0 = performance.now();
  f();
  console.log(`${name.padEnd(60)} ${(performance.now() - t0).toFixed(1)} ms`);
};
const time = (name, f) => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  if (!results.has(name)) results.set(name, []);
  results.get(name).push(best);
};
const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
for (const n of (process.argv[2] ?? '20000,40000,80000').split(',').map(Number)) {
  const inputs = {
    'x, x, …': rep('x, ', n),
    'negated clause, health words': 'Vi registrerer ikke ' + rep('sykmelding og legeerklæring og diagnose og ', n),
    'negated, subordinate each time': rep('ikke sykmelding når x ', n),
    'nynorsk no': rep('vi har no sjukmelding ', n),
    'uten allergier': rep('uten allergier ', n),
    'words, no stop': rep('opplysninger om ansatte og kunder ', n),
    'aim words + health': rep('forebygge sykdom hos pasienter med diagnose ', n),
    'inga Inga': rep('Inga inga fødselsnummer ', n),
    'english no': rep('no health data is kept no ', n),
    // R1, session 13: one long word (a field may hold 20,000 characters), words glued of aims, lists of aims, a
    // «verken»/«neither» with no «eller»/«nor».
    'one long word': rep('a', n),
    'aims glued': rep('analyogstatisti', n),
    'list of aims': rep('analytics, marketing, ', n),
    'neither, no nor': rep('neither x ', n),
    'verken, no eller': rep('verken sykmelding ', n),
    // K, session 14: chains of forging and paying words (prose-category's NOT_DATA; an unbounded «falsk eller forfalsket
    // eller …» chain took 8 s at 76,000 characters before it was bounded to three words).
    'forged chain': rep('falsk eller forfalsket og ', n) + ' resept',
    'fee chain': rep('beløp for betaling for honorar for ', n) + ' legeerklæring',
    // L, session 14: the new readings' own shapes — steps against what the person has, tailoring, a profile, a second
    // party told, a list sent, a negated relative clause, places in a list, a message from a party, addictions.
    'steps, no stop': rep('kontoen stenges automatisk, utbetalingen stanses automatisk, ', n),
    'sier … opp': rep('sier systemet automatisk ', n),
    'tailored to conduct': rep('tilbudene tilpasses automatisk etter ', n),
    'a profile of': rep('vi lager en profil av hvilke ', n),
    'second party told': rep('varsle arbeidsgiveren og ', n),
    'list sent, relative': rep('sender vi kjedens hovedkontor en liste over ansatte som ikke ', n),
    'places in a list': rep('sendes til partner i Canada og ', n),
    'capitals after i': rep('sendes til Partner i A B C D ', n),
    'message from': rep('meldinger fra pårørende som ', n),
    'addiction words': rep('behandling for spilleavhengighet angst og ', n),
    // R1, session 14: steps read again after the merge of H16's gates (a machine word in each part): denied, proposed.
    'steps denied': rep('kontoen stenges ikke automatisk, ', n),
    'steps proposed': rep('systemet foreslår at kontoen stenges automatisk, ', n),
    'accounts of disclosures': rep('Vi fører oversikt over utleveringer og ', n),
    // PR, session 16: the source reading's gate per way (util/prefilter.ts prefilterAny): one way's words and another's,
    // each way whole, and no verb at all.
    'til, fra, no verb': rep('tilgang til x fra y mot ', n),
    'source ways, each': rep('henter fra NAV, sjekker mot listen, ringer til hans arbeidsgiver, kommer inn via kommunen, ', n),
    // F, session 17: the receiver as the subject, bought and looked-up sources, scores and a machine deciding, injuries.
    'body receives, compounds': rep('Havforskingsinstituttet får fangstmeldingane og timelistene ', n),
    'English body receives': rep('the Institute of Marine Research of ', n) + ' receives reports',
    'bought, drawn, looked up': rep('kjøper adresser og trekker et utvalg og slår opp i ', n) + ' Folkeregisteret',
    'score above, machine decides': rep('a score above 95 and the system decides on its own ', n),
    'injuries to people': rep('skader på føreren og om de trengte ', n),
    // F2, session 17: «we get … from», a genitive before «from», articles in what is sent, «får utlevert», parties by compound.
    'we get from, genitives': rep("we also get tenants' numbers and the spouse's ", n) + ' from landlords',
    'send the of the, supplier': rep('we send the recording of the call and the ', n) + ' to the electricity supplier',
    'handed out, organisations': rep('Forsikringsselskap og dyrevernorganisasjonen får utlevert ', n) + ' lister over',
    // I, session 33: a clause that is a list of parts, each with a verb of getting (each part read the whole clause before).
    'source list, a verb in each part': rep('henter timar fra Visma, ', n),
  };
  for (const [k, text] of Object.entries(inputs)) {
    time(`revealsIn(aims) ${k}`, () => pc.revealsIn(text, true));
    time(`activity readers ${k}`, () => {
      pa.readText.decision(text);
      pa.readText.profiling(text);
      pa.readText.source(text);
      pa.readText.place(text);
    });
    time(`NEGATION/discloses ${k}`, () => {
      facts.NEGATION.test(text);
      facts.discloses(text);
      facts.marketingSaid(text);
    });
    time(`consent-valid otherAims ${k}`, () => consent.otherAims(text));
  }
}
for (const [k, v] of results)
  console.log(`${k.padEnd(60)} ${v.map((x) => x.toFixed(1).padStart(8)).join(' ')}  x${(v.at(-1) / Math.max(v[0], 0.5)).toFixed(1)}`);
console.log('--- 100 KB description');
const big = rep(
  'Vi henter opplysninger fra Folkeregisteret, og saksbehandleren vurderer søknaden. Sykmelding registreres ikke når den ansatte er borte. ',
  100_000,
);
once('revealsIn 100KB', () => pc.revealsIn(big, true));
once('activity readers 100KB', () => {
  pa.readText.decision(big);
  pa.readText.profiling(big);
  pa.readText.source(big);
  pa.readText.place(big);
});
once('discloses 100KB', () => facts.discloses(big));
