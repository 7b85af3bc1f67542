import { describe, expect, it } from 'vitest';
import { EXAMPLE, ropa } from '../helpers/cli.js';

/**
 * The example registry is SSB's processing as its public notice (the seed,
 * ../shared/seed/000_ec86ae074d7b0b07.txt) states it. The notice generated from it must say
 * everything the seed says. Each entry is one fact of the seed, in the seed's order; where the
 * generated wording differs on purpose, the comment says why.
 */
/** A fact the first document leaves to an activity's page (its data categories): the page it is on. */
interface OnPage {
  page: string;
  fact: string;
}
const onPage = (page: string, fact: string): OnPage => ({ page, fact });

const FACTS: (string | RegExp | OnPage)[] = [
  // Introduction: the laws, what personal data and processing are, who is responsible.
  // Changed with issue 12: the archives act of 1992 the seed names was replaced on 1 January 2026 by
  // arkivlova (LOV-2025-06-20-96), and Arkivverket (Riksarkivet) became Nasjonalarkivet.
  'statistikkloven, personopplysningsloven, EUs personvernforordning (GDPR), arbeidsmiljøloven, statsansatteloven og arkivlova',
  /personopplysning er enhver opplysning som kan knyttes til deg som enkeltperson/,
  'navn, adresse, alder, yrke, inntekt eller utdanning',
  /vurderinger som gjelder deg/,
  /Å behandle personopplysninger er all bruk av dem, for eksempel å samle dem inn, registrere, sette sammen, lagre/,
  '«behandlingsansvarlige»',
  'SSB (ved administrerende direktør)',
  'på en lovlig og sikker måte',
  'Du skal føle deg trygg på at dine personopplysninger tas godt vare på hos SSB',
  // Purposes, grouped as the seed groups them.
  'Lage statistikk',
  /utvikle, utarbeide og formidle offisiell statistikk/i,
  /utarbeide statistikk på oppdrag/i,
  'Fremme forsking og offentlig planlegging',
  /forskning og analyse i SSB/i,
  // The seed's «forsking» is the registry's «forskning»; both are bokmål.
  /tilgjengeliggjøre data til statistisk bruk i forskning og offentlig planlegging/i,
  'Drifte vår virksomhet',
  /korrespondanse i form av e-post og telefon/i,
  /saksbehandling og arkivering i fag-, fil- og arkivsystemer/i,
  /offentlige innkjøp/i,
  // «ansettelsesforhold»: the registry words it as the employment relationship and the employer's role.
  /regulere arbeidsforholdet og ivareta vår rolle som arbeidsgiver/i,
  /lister over møte- og seminardeltakere/i,
  /intranett/i,
  'Sikre sine lokaler og fagsystemer',
  /oversikt over personer som har tilgang til våre lokaler/i,
  /aktivitetslogging i fagsystemer/i,
  /kameraovervåkning/i,
  'Forbedre nettstedet www.ssb.no',
  /informasjonskapsler/i,
  /søkefunksjon/i,
  /nettstatistikk/i,
  // Legal bases.
  'enten fordi vi har hjemmel i lov, eller fordi vi har fått ditt samtykke',
  'personvernforordningen artikkel 6 nr. 1 bokstav e, jf. personopplysningsloven § 8 og statistikkloven §§ 1, 4 og 17 første ledd',
  'personvernforordningen artikkel 9 nr. 2 bokstav j, jf. personopplysningsloven § 9 og statistikkloven §§ 1, 4 og 17 første ledd',
  // The seed cites «artikkel 9 nr. 1» for employees; that is the prohibition. The registry records
  // the condition personopplysningsloven § 6 supplements, Art. 9(2)(b).
  'personvernforordningen artikkel 9 nr. 2 bokstav b, jf. personopplysningsloven § 6',
  // Where the data comes from.
  'Offentlige registre',
  'Egne undersøkelser',
  'Nettstedet www.ssb.no',
  'Egen saksbehandling',
  'Korrespondanse på e-post og telefon',
  'Arrangement- og besøkslogging',
  'SSB har som oppgave å utvikle, utarbeide og formidle offisiell statistikk i Norge',
  'hente opplysninger fra offentlige registre (statistikkloven § 10)',
  'gjennom sikre dataoverføringer',
  'lage statistikk om de fleste deler av det norske samfunnet',
  'Statistikk beskriver grupper av personer, ikke enkeltindivider',
  'SSB er nøye med å påse at statistikk ikke kan brukes til å avsløre informasjon om personer',
  // Surveys.
  /pålagte undersøkelser/i,
  'Det er særlig næringslivet som pålegges å delta',
  'privatpersoner',
  'når samfunnet har sterk interesse av at SSB lager statistikk',
  'kan SSB ilegge tvangsmulkt',
  'Arbeidskraftundersøkelsen (AKU)',
  'Frivillige undersøkelser er undersøkelser som SSB ikke kan pålegge noen å delta i',
  'trekkes tilfeldig fra Folkeregisteret',
  'Det er ikke mulig å reservere seg mot å bli trukket ut og forespurt om å delta',
  // The web site.
  '«Mitt SSB»',
  'navn, e-post, brukergruppe og interesseområder (type statistikk fra SSB)',
  'Henvendelser gjennom kontaktskjemaet sendes som e-post til SSBs informasjonstjeneste',
  'for å betjene din henvendelse på best mulig måte',
  'Din personlige informasjon benyttes ikke i noen annen sammenheng',
  'små tekstfiler som installeres på datamaskinen din når du laster inn nettsiden',
  'SSB lagrer ikke komplett IP-adresse eller annen informasjon som er egnet til å identifisere enkeltpersoner',
  'analyseverktøyene Google Analytics og Siteimprove, som installerer hver sine informasjonskapsler',
  'se leverandørenes informasjonssider',
  /brukertilfredshetsundersøkelse/i,
  // The seed's sentence is the purpose of the activity in the first document (the data category on its page says it as the seed does).
  /allerede har fått tilbud om å være med i (?:undersøkelsen|en brukertilfredshetsundersøkelse) ved et tidligere besøk/,
  'Du kan når som helst fjerne informasjonskapsler og/eller nekte å installere nye informasjonskapsler ved å endre de nødvendige innstillingene i din nettleser',
  'https://nettvett.no/slik-administrer-du-informasjonskapsler',
  // Case handling and archives.
  'I likhet med de fleste offentlige virksomheter samler SSB personopplysninger',
  'SSB bruker arkivsystemet Websak for elektronisk journalføring og elektronisk lagring av dokumenter',
  'Websak er et arkivsystem fra leverandøren Acos som følger offentlige standarder (NOARK)',
  'Arkivleder har det daglige ansvaret for systemet og manuelt arkiv',
  'Registrering, lagring og oppbevaring skjer i henhold til arkivlovgivningen',
  // Employees.
  'SSB behandler personopplysninger om sine ansatte for å administrere lønn og personalansvar',
  'for eksempel lønnsnivå, tidsregistrering, skatteprosent, skattekommune og fagforeningstilhørighet',
  'arbeidsinstruks og tilrettelegging av arbeidet',
  'i henhold til arbeidsmiljøloven, statsansatteloven, personvernforordningen, personopplysningsloven og arkivlovgivningen',
  // Which data. The seed's list of data from public registers is a list, not a sentence: the first
  // document leaves data categories to the activity's page (docs/notice.md, «Layers»).
  'tilgang til alle relevante opplysninger i registrene, inkludert fødselsnummer, som gjør det mulig å koble sammen ulike datakilder',
  onPage('official-statistics', 'Bostedsopplysninger fra Folkeregisteret'),
  onPage('official-statistics', 'Slektskapsopplysninger fra Folkeregisteret'),
  onPage('official-statistics', 'Skatte-, inntekts- og avgiftsopplysninger fra Skatteetaten'),
  onPage('official-statistics', 'Trygdeopplysninger fra NAV'),
  onPage('official-statistics', 'Utdanningsopplysninger fra skoleverket og Lånekassen'),
  onPage('official-statistics', 'Kriminalitetsopplysninger fra politietaten og Kriminalomsorgen'),
  // Who has access.
  'Ansatte i SSB som utarbeider statistikk',
  'tilgang til personopplysninger fra registre og undersøkelser knyttet til den aktuelle statistikken',
  'Opplysninger hentet i forbindelse med saksbehandling og forretningsdrift er tilgjengelig for ansatte som har hatt saksansvar',
  'Ingen i SSB har tilgang til alle dine personopplysninger',
  // Security.
  'SSB lagrer personopplysninger i ulike databaser',
  'all informasjon knyttet til en person ikke er samlet på ett sted',
  'strengt tilgangs- og behovsstyrt',
  'Personopplysninger lagres i hovedsak pseudonymt, det vil si at opplysninger og identifikator er lagret hver for seg',
  'SSB er underlagt kravene til forsvarlig behandling av personopplysninger i personopplysningsloven, personvernforordningen og statistikkloven',
  'SSB er svært nøye med å verne om opplysninger om den enkelte',
  'Ansatte i SSB er underlagt streng taushetsplikt i statistikkloven',
  'Brudd på taushetsplikten er straffbart',
  // Disclosure.
  'SSB utleverer aldri direkte identifiserbare opplysninger om deg, heller ikke til andre offentlige myndigheter',
  'SSB tilgjengeliggjør personopplysninger om enkeltindivider til statistisk bruk i forskning og offentlig planlegging',
  'Hovedregelen er at data utleveres i en slik form at de ikke kan brukes til å identifisere enkeltpersoner',
  // Processors.
  /underleverandører som leverer datasystemer, programvare og tekniske løsninger/i,
  'for å kunne levere, oppgradere og rette feil i',
  'arbeidet utføres under streng kontroll av SSB',
  'Leverandørene er pålagt taushetsplikt',
  // Retention.
  'Opplysninger vi henter inn til bruk i utarbeidelse av statistikk, slettes ikke',
  'statistikken skal fange opp trender og bevegelser over tid',
  'Vi lagrer opplysningene i mange år for å produsere tidsserier',
  'avleveres opplysningene til Nasjonalarkivet etter regler fastsatt i arkivlovgivningen',
  'Opplysninger vi samler inn ved samtykkebasert undersøkelse lagres i henhold til det aktuelle samtykket',
  'Som hovedregel vil opplysningene anonymiseres senest to år etter innsamling',
  // Rights.
  'Etter personvernforordningen kapittel III har du visse rettigheter overfor den som behandler personopplysninger om deg',
  'Når opplysningene behandles for vitenskapelige eller historiske forskningsformål og statistiske formål',
  'er det gjort unntak fra retten til innsyn (artikkel 15), retting (artikkel 16), retten til sletting (artikkel 17), og retten til å kreve begrensning av behandling (artikkel 18)',
  // The seed's «Hvis du har takket ja til å delta i en frivillig spørreundersøkelse» is the activity this stands under.
  'når som helst trekke tilbake samtykket (fram til vi anonymiserer eller sletter opplysningene), og kreve at opplysningene slettes',
  'vil sluttresultatet likevel ikke kunne endres',
  'I forbindelse med den aktuelle undersøkelsen er det opplyst når og hvordan samtykket kan trekkes tilbake',
  'kontakte personvernombudet i SSB for bistand',
  // Complaint and contact.
  'klage til Datatilsynet',
  'https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/hvordan-kan-jeg-klage-til-datatilsynet/',
  'Thorleiv Valen',
  'personvernombud@ssb.no',
  '62 88 50 00',
  'Statistisk sentralbyrå, Personvernombudet, Postboks 2633 St. Hanshaugen, 0131 Oslo',
  'hvis du har spørsmål om personvern i SSB, ønsker informasjon om hvordan vi behandler personopplysninger, eller vil be oss rette feil',
  'SSB har lov til å samle inn store mengder personopplysninger',
  /Som bruker av nettstedet ssb\.no samtykker du i at vi innhenter opplysninger om deg, også når du bruker det til å ta kontakt med oss/,
];

/** Markdown's backslash escapes removed: the text a reader sees. */
function plain(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('the nb notice from the example registry says everything the seed says', () => {
  const result = ropa(['notice', EXAMPLE, '--draft', '--lang', 'nb']);
  const text = plain(result.stdout);
  const pages = new Map<string, string>();
  const page = (id: string): string => {
    if (!pages.has(id)) pages.set(id, plain(ropa(['notice', EXAMPLE, '--draft', '--lang', 'nb', '--activity', id]).stdout));
    return pages.get(id)!;
  };

  it('is written', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(FACTS.map((f) => [typeof f === 'object' && 'page' in f ? `${f.fact} (on ${f.page})` : String(f), f] as const))('%s', (_name, fact) => {
    if (typeof fact === 'string') expect(text).toContain(fact);
    else if (fact instanceof RegExp) expect(text).toMatch(fact);
    else {
      expect(text).not.toContain(fact.fact);
      expect(page(fact.page)).toContain(fact.fact);
    }
  });
});
