import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * W3's readings of session 19, each with the lawful wordings that share its words (nb, nn, en) and must not read: a copy
 * to the employer, the landlord and the other tenants, another school by its kind and a sale of claims or data as
 * disclosures (facts.ts discloses); social media looked at and references as sources (prose-activity.ts readText.source).
 */

table(
  'a copy, the landlord, another school and a sale as disclosures (facts.ts discloses)',
  (t) => discloses(t),
  [
    ['en', "report work-related illness to Arbeidstilsynet as the physician's statutory duty, with a copy to the employer in every case"],
    ['nb', 'Meldingen sendes til Arbeidstilsynet med kopi til arbeidsgiveren.'],
    ['nb', 'Opptakene deles med gårdeieren og de andre leietakerne i bygget ved hendelser i fellesarealene.'],
    ['en', 'Footage is shared with the landlord when there is an incident in the common areas.'],
    ['nn', 'Kvar vår sender vi framgangsnotata til kontaktlæraren på grunnskulen til eleven.'],
    ['nb', 'Vi sender karakterutskriften til den videregående skolen eleven skal begynne på.'],
    ['nb', 'selge porteføljer av krav eldre enn ett år til et inkassoselskap som overtar dem som ny kreditor'],
    ['en', 'We sell overdue receivables to a debt collection agency, which becomes the new creditor.'],
  ],
  [
    ['nb', 'Vi deler ikke opptakene med gårdeieren eller de andre leietakerne i bygget.'],
    ['en', 'We do not share footage with the landlord or the other tenants in the building.'],
    ['nn', 'Vi sender ingen opplysningar til grunnskulen; eleven eller foreldra kan sjølve vise fram framgangsnotata.'],
    ['nn', 'Foreldra kan sjølve sende ein kopi av vitnemålet til den vidaregåande skulen.'],
    ['nb', 'melde arbeidsrelatert sykdom til Arbeidstilsynet, uten kopi til arbeidsgiveren'],
    ['en', 'We never send a copy to the employer; the employee decides whether to tell the employer.'],
    ['nb', 'Vi selger ikke kundelister eller andre opplysninger til noen.'],
    ['en', 'We sell tickets and merchandise to customers at the venue.'],
    ['nb', 'Kundene kan selv selge sine krav til et inkassoselskap; vi er ikke part i det.'],
    ['nb', 'Kurs for ansatte om salg av krav til inkassoselskap og reglene i inkassoloven.'],
    ['nb', 'Statistikk over antall krav solgt til inkassoselskaper i bransjen, uten personopplysninger.'],
    // N3's review (2026-12-02): a copy of a guide, a copy no longer sent; costs, rooms, a routine, a sign's text, an
    // agreement with a company or a timetable without names shared with the landlord, the other tenants or a school.
    [
      'en',
      "report work-related illness to Arbeidstilsynet as the physician's statutory duty; the copy to the employer that the old routine required was stopped in 2024",
    ],
    ['en', "report work-related illness to Arbeidstilsynet as the physician's statutory duty; the old practice of a copy to the employer ended in 2023"],
    ['en', "report work-related illness to Arbeidstilsynet as the physician's statutory duty, with a copy of the guidance to the employer"],
    ['nb', 'melde arbeidsrelatert sykdom til Arbeidstilsynet som legens lovpålagte plikt, med kopi av veilederen til arbeidsgiveren'],
    ['nn', 'melde arbeidsrelatert sjukdom til Arbeidstilsynet som lovpålagd plikt for legen, med kopi av rettleiaren til arbeidsgjevaren'],
    ['nb', 'Kopien til arbeidsgiveren ble avviklet i 2022; meldingen går bare til Arbeidstilsynet.'],
    ['nb', 'Vi deler rutinen vår for kameraovervåking med de andre leietakerne, slik at de kan lage sin egen.'],
    ['nb', 'Vi sender en kopi av skiltteksten til gårdeieren, som har godkjent skiltene.'],
    ['nb', 'Vi deler kostnadene for kameraene med de andre leietakerne i bygget.'],
    ['nn', 'Vi deler utgiftene til kameraa med dei andre leigetakarane.'],
    ['en', 'We share the cost of the cameras with the landlord and the other tenants.'],
    ['nb', 'Vi deler inngangsparti med de andre leietakerne, og skiltet ved døren gjelder også deres besøkende.'],
    ['nb', 'Vi sender gårdeieren en kopi av avtalen med sikkerhetspartneren.'],
    ['nn', 'Kulturskulen deler lokale med ungdomsskulen.'],
    ['en', 'We share rooms with the primary school next door.'],
    ['nn', 'Kulturskulen deler timeplanen sin med grunnskulen, utan namn på elevane.'],
    ['en', 'We send the landlord a brochure about the camera surveillance.'],
  ],
);

table(
  'social media looked at as a source, references not by their noun alone (prose-activity.ts readText.source)',
  readText.source,
  [
    ['nb', 'Vi sjekker også søkerens profiler i sosiale medier og ringer tidligere arbeidsgivere som søkeren ikke har oppgitt som referanse.'],
    ['en', 'assess applicants and choose whom to employ, also by searching their Facebook and Instagram profiles'],
    ['en', 'We also check their profiles on LinkedIn before the interview.'],
    ['nn', 'Vi sjekkar òg profilane til søkjarane på Facebook.'],
  ],
  [
    ['nb', 'Vi sjekker ikke søkerens profiler i sosiale medier.'],
    ['en', "We do not search applicants' Facebook or Instagram profiles."],
    ['nb', 'Kurs for ledere om hvorfor vi ikke sjekker søkere i sosiale medier.'],
    ['en', 'We check our own company page on LinkedIn for comments on the vacancy.'],
    ['en', 'The applicant may check their own privacy settings on LinkedIn before applying.'],
    ['nb', 'Vi innhenter ikke referanser.'],
    ['en', 'We never take up references.'],
    ['nb', 'Søknaden viser til referansenummeret i utlysningen.'],
    ['en', 'References to the law are listed in our privacy policy.'],
    ['nb', 'Referansepersoner oppgitt av søkeren blir ikke kontaktet.'],
    ['nb', 'Vi bruker ikke referansesjekk i denne prosessen.'],
    // N3's review (2026-12-02): the company's page checked by candidates, a job ad checked on social media.
    ['nb', 'Kandidatene kan sjekke bedriftens profil på LinkedIn før intervjuet.'],
    ['nb', 'Søkerne kan sjekke firmaets profil på LinkedIn før intervjuet.'],
    ['nb', 'Vi sjekker hvordan stillingsannonsen blir delt i sosiale medier.'],
    ['nb', 'Vi sjekker at stillingsannonsen vises riktig på Facebook og LinkedIn.'],
    ['en', 'We check that the job advert is shown correctly on Facebook and LinkedIn.'],
    ['en', 'Applicants can check their own profile on LinkedIn.'],
  ],
);
