import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';
import { knownKind, outsideSource } from '../../src/check/source-party.js';

/**
 * Issue #12 (session 30, R1): the SOURCE side read by the verb's kind and the clause's shape (src/check/source-shapes.ts)
 * and the source party by its kind (src/check/source-party.ts), from variants-landbruk LB26–LB29: obtaining from a trade
 * or business («regnskapsføreren», «slakteriet»), contacting a party who confirms, checking a person's data with a party,
 * comparing with another's list, a third confirming — nb, nn, en, active and passive, the party as subject, object and in a
 * relative clause; and the lawful near-wordings (the person themself, our own register, a denial, a choice, the past, a
 * thing arrived, goods, a price list, figures, contacting to arrange a date, our own staff). Generality (ten new domains
 * written before the readings were measured on them): 6/10 read; the four not read are left out below
 * («eierforholdet til båten», a «-foreining» list, «which singers have attended», «certification»).
 */
table(
  'notice-source: source facts by clause shape and source party by kind (variants-landbruk LB26–LB29)',
  readText.source,
  [
    ['nb', 'Vi henter opplysninger fra regnskapsføreren.'],
    ['nb', 'Vi henter opplysninger fra slakteriet.'],
    ['nb', 'Hvor mye gården omsetter, innhenter vi fra regnskapskontoret som fører gårdens regnskap.'],
    ['nb', 'Omsetningen til gården får vi oppgitt fra revisoren.'],
    ['nb', 'Inntekten til søkeren innhentes fra regnskapsbyrået.'],
    ['nn', 'Vi innhentar opplysningar om omsetninga frå rekneskapsføraren.'],
    ['nb', 'Er vi i tvil om perioden, kontakter vi fastlegen, som bekrefter hvor lenge søkeren har vært sykmeldt.'],
    ['nb', 'Vi tar kontakt med arbeidsgiveren, som bekrefter at søkeren er ansatt.'],
    ['nn', 'Ved tvil kontaktar vi fastlegen, som stadfestar kor lenge søkjaren har vore sjukmeld.'],
    ['nb', 'Vi ringer avløseren, som bekrefter hvor mange timer han har arbeidet.'],
    ['nb', 'Fastlegen bekrefter overfor oss hvor lenge søkeren har vært sykmeldt.'],
    ['nb', 'Rapportene sammenholdes med mottakslista fra slakteriet, som viser hvem som leverte dyrene.'],
    ['nb', 'Vi sammenholder rapportene med slakteriets mottaksliste over hvem som leverte dyrene.'],
    ['nn', 'Rapportane blir samanlikna med mottakslista frå slakteriet, som viser kven som leverte dyra.'],
    ['nb', 'Søknadene kontrolleres mot medlemslista fra sauelaget.'],
    ['nb', 'Vi krysskjekker opplysningene med lista fra meieriet over hvem som leverte melk.'],
    ['nb', 'Vi sjekker navn og adresse med arbeidsgiveren.'],
    ['nb', 'Vi forhører oss hos naboene om hvem som driver jorda.'],
    ['nb', 'Vi kontrollerer opplysningene med Skatteetaten.'],
    ['en', "We check the worker's name, address and start date with the farmer who employs them and with the tax office."],
    ['en', "We check the worker's start date with the employer."],
    ['en', "We obtain the farm's turnover from the accountant who keeps its books."],
    ['en', "The worker's address is confirmed by the farmer who employs them."],
    ['en', "We contact the worker's GP, who confirms how long the worker has been on sick leave."],
    ['en', "The employer confirms the worker's start date to us."],
    ['en', "We cross-check the reports with the abattoir's delivery list, which shows who delivered the animals."],
    ['en', 'The reports are compared with the delivery list from the abattoir, which shows who delivered the animals.'],
    ['en', "We verify the applicant's income with the accountant."],
    ['nb', 'Når en hund skal bo i hundepensjonatet, kontakter vi veterinæren, som bekrefter at eieren har vaksinert hunden.'],
    ['nb', 'Vi innhenter opplysninger om sjåførens kjøreseddel fra løyvehaveren.'],
    ['nn', 'Kursdeltakarane si adresse hentar vi frå rekneskapsbyrået som fører medlemsregisteret til klubben.'],
    ['nb', 'Vi ringer utleieren, som forteller hvor lenge leietakeren har bodd i leiligheten.'],
    ['en', "Campsite bookings are cross-checked with the tour operator's guest list, which shows who has paid."],
    ['en', "The dog owner's details are confirmed by the breeder who sold the puppy."],
  ],
  [
    ['nb', 'Søkeren oppgir selv hvor mye gården omsetter.'],
    ['nb', 'Vi henter ikke opplysninger fra regnskapsføreren.'],
    ['nn', 'Vi hentar ikkje opplysningar frå rekneskapsføraren.'],
    ['nb', 'Vi ber søkeren selv om å legge ved bekreftelse fra fastlegen.'],
    ['nb', 'Søkeren legger ved en bekreftelse fra arbeidsgiveren.'],
    ['nb', 'Rapportene sammenholdes med vårt eget register over tildelte kvoter.'],
    ['nb', 'Vi kontrollerer opplysningene mot arkivet vårt.'],
    ['nb', 'Søknaden sammenholdes med fjorårets søknad i vårt arkiv.'],
    ['nb', 'Eier kontrolleres i matrikkelen.'],
    ['nb', 'Vi kontakter søkeren, som bekrefter opplysningene.'],
    ['nb', 'Vi kontakter slakteriet for å avtale tidspunkt for kontrollen.'],
    ['nb', 'Vi tar kontakt med saksbehandleren, som bekrefter at saken er mottatt.'],
    ['nb', 'Søkeren kan be fastlegen bekrefte sykmeldingen.'],
    ['nb', 'Vi hentet tidligere opplysninger fra regnskapsføreren, men det gjør vi ikke lenger.'],
    ['nb', 'Rapportene sammenholdes med statistikken fra slakteriet.'],
    ['nb', 'Vi sammenholder kvotene med tallene fra Landbruksdirektoratet.'],
    ['nb', 'Regnskapsføreren sender rapportene tilbake til søkeren.'],
    ['nb', 'Vi henter fôret fra kraftfôrleverandøren.'],
    ['nb', 'Søkeren kontakter selv fastlegen, som bekrefter sykmeldingen.'],
    ['nb', 'Slakteriet får lista over jegerne fra oss.'],
    ['en', "We do not check the worker's details with the employer."],
    ['en', "We check the worker's name against our own register."],
    ['en', 'The reports are compared with our own quota register.'],
    ['en', 'We contact the worker, who confirms the start date.'],
    ['en', 'We contact the abattoir to agree a date for the inspection.'],
    ['en', 'We check the price list with the supplier.'],
    ['en', 'We check the opening hours with the tax office.'],
    ['en', 'Workers bring a letter from the employer confirming the start date.'],
    ['nn', 'Båteigaren oppgir sjølv kva forsikringsselskap han har.'],
    ['nn', 'Vi sjekkar ikkje opplysningane med forsikringsselskapet.'],
    ['nn', 'Ventelista blir samanlikna med vårt eige medlemsregister.'],
    ['nb', 'Vi kontakter eieren, som bekrefter bestillingen.'],
    ['nb', 'Vi henter hundefôr fra grossisten.'],
    ['nb', 'Vi kontakter saksbehandleren i kommunen, som bekrefter at søknaden er mottatt.'],
    ['nb', 'Tidligere sjekket vi adressen med utleieren, men det gjør vi ikke lenger.'],
    ['en', 'We contact the breeder to agree a date for the puppy check.'],
    ['en', 'The instructor may ask the federation to confirm the certification.'],
    ['en', 'We check the price list with the tour operator.'],
  ],
);

table(
  'source-party: a party outside by the shape of its head',
  outsideSource,
  [
    ['nb', 'regnskapsføreren'],
    ['nn', 'rekneskapsføraren'],
    ['nb', 'regnskapskontoret som fører gårdens regnskap'],
    ['nb', 'slakteriet'],
    ['nn', 'meieriet'],
    ['nb', 'revisoren'],
    ['en', 'the farmer who employs them'],
    ['en', 'the abattoir'],
    ['en', 'the tax office'],
    ['nb', 'løyvehaveren'],
  ],
  [
    ['nb', 'søkeren'],
    ['nb', 'saksbehandleren'],
    ['nb', 'personalkontoret'],
    ['nb', 'serveren'],
    ['en', 'the caseworker who handles their case'],
    ['nb', 'batteriet'],
    ['nb', 'maleriet'],
    ['nb', 'foreldrene'],
  ],
);

table(
  'source-party: a kind the record makes no new source (the controller by its name, the data subjects)',
  (t) => knownKind(t, { organisation: 'Vestdal landbrukskontor', subjects: ['Søkere om tilskudd'] }),
  [
    ['nb', 'landbruksforvaltningen'],
    ['nb', 'søkeren'],
  ],
  [
    ['nb', 'regnskapsføreren'],
    ['nb', 'slakteriet'],
    ['en', 'the farmer who employs them'],
    ['nn', 'tilsette hos dei som bestiller tolk'],
  ],
);
