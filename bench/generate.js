// Generates a registry of N activities derived from the example registry (registry/), as a whole
// government's record would look: the example's 20 activities repeated for N/20 units, each unit
// with its own name and its own case system. The result is valid: `ropa validate` finds nothing.
//
//   node bench/generate.js <activities> <dir>
//   BENCH_DISTINCT=1 node bench/generate.js <activities> <dir>
//
// The example's 20 activities repeated give about 50,000 distinct strings of 376,000 at 10,000 activities: a reader that
// remembers its answers by the text (src/util/memo.ts `byText`) reads each only once, which a real record (whose units
// word their activities each in their own way) does not allow. With BENCH_DISTINCT=1 (or `generate(n, dir, EXAMPLE,
// { distinct: true })`) every free text of an activity (a description, a purpose, any nb/nn/en text but the title) gets
// one or two sentences of its own, made of words drawn for each copy (who does what, with what, when, where: a
// department's own wording), so that no two activities share a free text and the readers read every one.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';

export const EXAMPLE = fileURLToPath(new URL('../registry/', import.meta.url));

/**
 * One text per template activity, with placeholders for what differs between copies.
 * The document is edited once through the yaml library (comments kept) and copied by string replacement,
 * so that 10,000 files take a second, not a minute.
 */
function templates(example, distinct = false) {
  const dir = join(example, 'activities');
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => {
      const doc = parseDocument(readFileSync(join(dir, name), 'utf8'));
      const id = doc.get('id');
      doc.set('id', `${id}-u__UNIT__`);
      for (const [lang, suffix] of [
        ['nb', ' (enhet __UNIT__)'],
        ['nn', ' (eining __UNIT__)'],
        ['en', ' (unit __UNIT__)'],
      ]) {
        const title = doc.getIn(['title', lang]);
        if (typeof title === 'string') doc.setIn(['title', lang], title + suffix);
      }
      doc.set('responsibleUnit', { nb: 'Avdeling __UNIT__', nn: 'Avdeling __UNIT__', en: 'Department __UNIT__' });
      const systems = doc.get('systems');
      if (systems && typeof systems.add === 'function') systems.add('unit-__UNIT__-records');
      else doc.set('systems', ['unit-__UNIT__-records']);
      if (distinct) markFreeTexts(doc);
      return { id, text: String(doc) };
    });
}

/** Each nb/nn/en text of the activity (not its title, nor the unit's name) gets a mark where its copy's own words go. */
function markFreeTexts(doc) {
  let k = 0;
  visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (!['nb', 'nn', 'en'].includes(key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const owner = path.at(-2);
      const field = isPair(owner) && isScalar(owner.key) ? owner.key.value : undefined;
      if (field === 'title' || field === 'responsibleUnit' || !isMap(path.at(-1))) return;
      const own = pair.value.value.trimEnd();
      pair.value.value = `${own}${/[.!?]$/.test(own) ? '' : '.'} __VAR_${key}_${k++}__`;
    },
  });
}

/** Words a department's DPO might write, drawn for each copy (no «:», «#» or quote: they go into plain YAML scalars). */
const WORDS = {
  nb: {
    who: [
      'Saksbehandlerne',
      'Lederen',
      'Rådgiverne',
      'Arkivtjenesten',
      'Servicetorget',
      'Fagansvarlig',
      'Teamet',
      'Koordinatoren',
      'Sekretariatet',
      'Driftsavdelingen',
      'Kontoret',
      'Seksjonen',
    ],
    does: ['går gjennom', 'registrerer', 'oppdaterer', 'kontrollerer', 'sorterer', 'følger opp', 'fordeler', 'lukker', 'journalfører', 'vurderer'],
    what: [
      'henvendelsene',
      'sakene',
      'avtalene',
      'oversiktene',
      'meldingene',
      'skjemaene',
      'bestillingene',
      'rapportene',
      'listene',
      'oppgavene',
      'timeavtalene',
      'fakturagrunnlaget',
    ],
    when: [
      'hver uke',
      'ved behov',
      'innen tre virkedager',
      'før saken avsluttes',
      'hver måned',
      'etter hvert møte',
      'to ganger i året',
      'ved årsskiftet',
      'når fristen nærmer seg',
      'fortløpende',
    ],
    where: [
      'i Bodø',
      'i Tromsø',
      'i Hamar',
      'i Skien',
      'i Molde',
      'i Arendal',
      'på Lillehammer',
      'i Bergen',
      'i Drammen',
      'i Kristiansund',
      'i Alta',
      'i Gjøvik',
      'i Narvik',
      'i Levanger',
      'i Sogndal',
      'i Halden',
      'på Steinkjer',
      'i Harstad',
      'i Larvik',
      'i Kongsberg',
    ],
    extra: [
      'Rutinen ble sist revidert av enheten selv.',
      'Ordningen gjelder også for filialene.',
      'Dette står i enhetens rutinehåndbok.',
      'Praksis er avklart med ledergruppen.',
      'Arbeidet gjøres i det vanlige fagsystemet.',
      'Spørsmål rettes til nærmeste leder.',
    ],
  },
  nn: {
    who: [
      'Sakshandsamarane',
      'Leiaren',
      'Rådgjevarane',
      'Arkivtenesta',
      'Servicetorget',
      'Fagansvarleg',
      'Teamet',
      'Koordinatoren',
      'Sekretariatet',
      'Driftsavdelinga',
      'Kontoret',
      'Seksjonen',
    ],
    does: ['går gjennom', 'registrerer', 'oppdaterer', 'kontrollerer', 'sorterer', 'følgjer opp', 'fordeler', 'lukkar', 'journalfører', 'vurderer'],
    what: [
      'førespurnadene',
      'sakene',
      'avtalane',
      'oversiktene',
      'meldingane',
      'skjemaa',
      'bestillingane',
      'rapportane',
      'listene',
      'oppgåvene',
      'timeavtalane',
      'fakturagrunnlaget',
    ],
    when: [
      'kvar veke',
      'ved behov',
      'innan tre verkedagar',
      'før saka vert avslutta',
      'kvar månad',
      'etter kvart møte',
      'to gonger i året',
      'ved årsskiftet',
      'når fristen nærmar seg',
      'fortløpande',
    ],
    where: [
      'i Bodø',
      'i Tromsø',
      'på Hamar',
      'i Skien',
      'i Molde',
      'i Arendal',
      'på Lillehammer',
      'i Bergen',
      'i Drammen',
      'i Kristiansund',
      'i Alta',
      'på Gjøvik',
      'i Narvik',
      'i Levanger',
      'i Sogndal',
      'i Halden',
      'på Steinkjer',
      'i Harstad',
      'i Larvik',
      'på Kongsberg',
    ],
    extra: [
      'Rutinen vart sist revidert av eininga sjølv.',
      'Ordninga gjeld òg for filialane.',
      'Dette står i rutinehandboka til eininga.',
      'Praksisen er avklart med leiargruppa.',
      'Arbeidet skjer i det vanlege fagsystemet.',
      'Spørsmål går til næraste leiar.',
    ],
  },
  en: {
    who: [
      'The case officers',
      'The manager',
      'The advisers',
      'The archive service',
      'The service desk',
      'The lead',
      'The team',
      'The coordinator',
      'The secretariat',
      'The operations department',
      'The office',
      'The section',
    ],
    does: ['review', 'register', 'update', 'check', 'sort', 'follow up', 'assign', 'close', 'file', 'assess'],
    what: [
      'the enquiries',
      'the cases',
      'the agreements',
      'the overviews',
      'the messages',
      'the forms',
      'the orders',
      'the reports',
      'the lists',
      'the tasks',
      'the appointments',
      'the invoice basis',
    ],
    when: [
      'every week',
      'when needed',
      'within three working days',
      'before the case is closed',
      'every month',
      'after each meeting',
      'twice a year',
      'at the turn of the year',
      'as the deadline nears',
      'continuously',
    ],
    where: [
      'in Bodø',
      'in Tromsø',
      'in Hamar',
      'in Skien',
      'in Molde',
      'in Arendal',
      'in Lillehammer',
      'in Bergen',
      'in Drammen',
      'in Kristiansund',
      'in Alta',
      'in Gjøvik',
      'in Narvik',
      'in Levanger',
      'in Sogndal',
      'in Halden',
      'in Steinkjer',
      'in Harstad',
      'in Larvik',
      'in Kongsberg',
    ],
    extra: [
      'The routine was last revised by the unit itself.',
      'The arrangement covers the branch offices too.',
      "This is in the unit's handbook of routines.",
      'The practice is agreed with the management group.',
      'The work is done in the usual case system.',
      'Questions go to the nearest manager.',
    ],
  },
};

/** A small seeded generator (mulberry32): the same registry for the same size, every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The marks of one copy replaced by its own sentences. */
function ownWords(text, copy) {
  const next = random(copy * 7919 + 17);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return text.replace(/ __VAR_(nb|nn|en)_\d+__/g, (_, lang) => {
    const w = WORDS[lang];
    let out = ` ${pick(w.who)} ${pick(w.where)} ${pick(w.does)} ${pick(w.what)} ${pick(w.when)}.`;
    if (next() < 0.5) out += ` ${pick(w.extra)}`;
    return out;
  });
}

/** The case system of each unit: one catalogue file, growing with the registry as a real one would. */
function unitSystems(units) {
  const out = ['# yaml-language-server: $schema=../../schemas/catalogue.schema.json', '# Generated for the benchmark: one case system per unit.', 'systems:'];
  for (let u = 1; u <= units; u++) {
    out.push(
      `  unit-${u}-records:`,
      `    name: Saksarkiv avdeling ${u}`,
      '    description:',
      `      nb: Saksbehandlings- og arkivsystem for avdeling ${u}, med tilgangsstyring etter tjenstlig behov.`,
      `      nn: Saksbehandlings- og arkivsystem for avdeling ${u}, med tilgangsstyring etter tenestleg behov.`,
      `      en: Case handling and archive system of department ${u}, with access on a need-to-know basis.`,
    );
  }
  return out.join('\n') + '\n';
}

/** Writes a registry of `n` activities to `dir` (which must not hold one already). Returns the activity file paths. */
export function generate(n, dir, example = EXAMPLE, { distinct = process.env.BENCH_DISTINCT === '1' } = {}) {
  const tpl = templates(example, distinct);
  const units = Math.ceil(n / tpl.length);
  mkdirSync(join(dir, 'activities'), { recursive: true });
  cpSync(join(example, 'catalogues'), join(dir, 'catalogues'), { recursive: true });
  cpSync(join(example, 'organisation.yaml'), join(dir, 'organisation.yaml'));
  writeFileSync(join(dir, 'catalogues', 'unit-systems.yaml'), unitSystems(units));
  const files = [];
  for (let i = 0; i < n; i++) {
    const t = tpl[i % tpl.length];
    const unit = String(Math.floor(i / tpl.length) + 1);
    const path = join(dir, 'activities', `${t.id}-u${unit}.yaml`);
    const text = t.text.replaceAll('__UNIT__', unit);
    writeFileSync(path, distinct ? ownWords(text, i) : text);
    files.push(path);
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir || !/^\d+$/.test(n)) {
    process.stderr.write('usage: node bench/generate.js <activities> <dir>\n');
    process.exit(2);
  }
  const files = generate(Number(n), resolve(dir));
  process.stdout.write(`${files.length} activities in ${resolve(dir)}\n`);
}
