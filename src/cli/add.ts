import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { collect } from './outputs.js';

export function register(program: Command, run: Run): void {
  program
    .command('add')
    .description(
      "add an entry to a catalogue (law, category, subject, source, recipient, processor, system, measure, retention), keeping the file's comments and order",
    )
    .argument('<kind>', 'law, category, subject, source, recipient, processor, system, measure or retention')
    .argument('<id>', "the new entry's id, e.g. barnehageloven")
    .argument('[dir]', 'registry folder', 'registry')
    .option('--name <text>', "name (a law's title); repeat as nb:…, nn:…, en:… for one text per language", collect)
    .option('--title <text>', "a law's short title, as cited; same form as --name", collect)
    .option('--full-title <text>', "a law's full title; same form as --name", collect)
    .option('--lovdata-id <id>', "a law's Lovdata id, e.g. LOV-2005-06-17-64; gives the Lovdata link unless --url is given")
    .option('--url <url>', "a law's link on Lovdata")
    .option('--description <text>', 'what it is; same form as --name', collect)
    .option('--type <type>', "a source's, recipient's or security measure's type")
    .option('--special-category <kind>', "a data category's Art. 9(1) special category, e.g. health")
    .option('--criminal-offence', 'a data category of criminal-offence data (Art. 10)')
    .option('--national-identifier', 'a data category holding the national identity number')
    .option('--location-data', 'a data category of location data')
    .option('--retention <policy>', "a data category's default retention policy (id in retentionPolicies)")
    .option('--vulnerable', 'data subjects in a weaker position (children, employees, patients)')
    .option('--children', 'data subjects that include children')
    .option('--employees', "data subjects who are the controller's own employees (consent is rarely free for them)")
    .option('--controller <name>', 'the controller that holds a source')
    .option('--publicly-accessible', 'a source that is publicly accessible')
    .option('--law <ref>', 'a law and section, e.g. "arkivlova § 6"; repeatable', collect)
    .option('--country <code>', "a recipient's or processor's country, e.g. NO")
    .option('--organisation-number <number>', "a processor's organisation number")
    .option('--service <text>', 'what a processor does; same form as --name', collect)
    .option('--agreement <ref>', "a processor's data processing agreement")
    .option('--dpf-certified', 'a processor certified under the EU-US Data Privacy Framework')
    .option('--processor <id>', 'the processor that runs a system')
    .option('--owner <text>', 'who is responsible for a system; same form as --name', collect)
    .option('--location <codes>', 'where a system stores data: country codes, EEA or EEA-or-adequate, comma-separated', collect)
    .option('--data-location <codes>', 'where a processor keeps the data: country codes, EEA or EEA-or-adequate, comma-separated', collect)
    .option('--art89', 'a security measure that is an Art. 89(1) safeguard')
    .option('--period <duration>', "a retention policy's period, e.g. P5Y")
    .option('--trigger <text>', 'the event a retention period counts from; same form as --name', collect)
    .option('--permanent', 'a retention policy that keeps data permanently')
    .option('--end-action <action>', 'delete, anonymise or archive')
    .option('--main-rule', 'a retention policy that is a main rule («som hovedregel»), with exceptions')
    .option('--exceptions <text>', 'the exceptions to a main rule; same form as --name', collect)
    .option('--at-latest', 'the end action happens at the latest («senest») when the period runs out')
    .option('--archive-if-required', 'handed to the archive if the archive law requires it, otherwise --end-action')
    .option('--archive <name>', 'the archive institution data is transferred to')
    .option('--file <path>', 'the catalogue file to add it to (default: the file that holds that catalogue)')
    .option('--lang <lang>', "language of messages: en, nb or nn (default: the registry's first language)")
    .action((kind, id, dir, opts) => run(async (ctx) => (await import('../commands/add.js')).addEntry(kind, id, dir, opts, ctx)));
}
