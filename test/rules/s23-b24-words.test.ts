import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';

/**
 * B24's narrowing of session 23 (#12, no false alarm on variants-ika's clean base): a record of who received what, and the
 * person themselves receiving what they ask for, are no handing-over to another (recipients-stated's disclosures, Art. 4(9)).
 * The true wordings near them, a list of those who received something sent to a party, or a copy sent on, still read.
 */
table(
  'an account of who received what, and the person receiving, hand no one the data (discloses)',
  (t: string) => discloses(t),
  [
    ['nb', 'Vi sender en liste over hvem som har fått utlevert materiale til kommunen.'],
    ['nb', 'Vi fører oversikt over hvem som har fått utlevert opplysninger, og utleverer listen til politiet.'],
    ['nb', 'Vi fører logg over hvem som har fått utlevert opplysninger til Skatteetaten.'],
    ['nb', 'Du får utlevert opplysningene, og vi sender kopi til NAV.'],
    ['nb', 'Når du har fått utlevert mappen, sender vi en kopi til kommunen.'],
    ['nb', 'Forskere får utlevert mappene.'],
    ['nb', 'Foreldrene får utlevert rapporten.'],
    ['nn', 'Vi sender ei liste over kven som har fått utlevert materiale til kommunen.'],
  ],
  [
    ['nb', 'holde oversikt over hvem som har fått utlevert hvilket arkivmateriale, for å sikre arkivene mot tap'],
    ['nn', 'halde oversikt over kven som har fått utlevert nøklar'],
    ['en', 'keep a log of who has been handed which files'],
    ['nb', 'Når du besøker lesesalen, registrerer vi navn, kontaktopplysninger, tidspunkt og hvilket materiale du bestiller og får utlevert.'],
    ['nn', 'Når du besøkjer lesesalen, registrerer vi namn, tidspunkt og kva materiale du bestiller og får utlevert.'],
    ['nb', 'Du får utlevert en kopi av journalen din.'],
    ['en', 'You are handed a copy of your file.'],
  ],
);
