/* Data only: src/cli/org.ts reads it at startup to declare the options, before any command runs. */

/**
 * The organisation's facts `ropa org` and `ropa init` set without opening YAML: each a flag, the place in
 * organisation.yaml (organisation.schema.json) it writes, and the shape of its value. The order is the order of the
 * questions at a terminal.
 */
export type FactShape = 'text' | 'string' | 'yes-no' | 'lines' | 'enum' | 'country' | 'date';
export interface OrgFact {
  /** The option's name without `--` (kebab case), and the key of its question (`authoring.org.ask.<flag>`). */
  flag: string;
  path: readonly string[];
  shape: FactShape;
  /** Asked by `ropa init` at a terminal: the facts a new registry most needs. */
  key?: boolean;
}

export const ORG_FACTS: readonly OrgFact[] = [
  { flag: 'name', path: ['name'], shape: 'text', key: true },
  { flag: 'short-name', path: ['shortName'], shape: 'string' },
  { flag: 'organisation-number', path: ['organisationNumber'], shape: 'string', key: true },
  { flag: 'public-authority', path: ['publicAuthority'], shape: 'yes-no', key: true },
  { flag: 'individual-practice', path: ['individualPractice'], shape: 'yes-no' },
  { flag: 'large-scale-special-categories', path: ['coreActivities', 'largeScaleSpecialCategories'], shape: 'yes-no' },
  { flag: 'large-scale-monitoring', path: ['coreActivities', 'largeScaleMonitoring'], shape: 'yes-no' },
  { flag: 'rights-fee', path: ['rightsFee'], shape: 'enum' },
  { flag: 'responsible', path: ['responsible'], shape: 'text' },
  { flag: 'address', path: ['address', 'lines'], shape: 'lines', key: true },
  { flag: 'postal-code', path: ['address', 'postalCode'], shape: 'string', key: true },
  { flag: 'city', path: ['address', 'city'], shape: 'string', key: true },
  { flag: 'country', path: ['address', 'country'], shape: 'country' },
  { flag: 'email', path: ['contact', 'email'], shape: 'string', key: true },
  { flag: 'phone', path: ['contact', 'phone'], shape: 'string' },
  { flag: 'website', path: ['contact', 'url'], shape: 'string' },
  { flag: 'dpo-name', path: ['dpo', 'name'], shape: 'string', key: true },
  { flag: 'dpo-email', path: ['dpo', 'email'], shape: 'string', key: true },
  { flag: 'dpo-phone', path: ['dpo', 'phone'], shape: 'string' },
  { flag: 'representative', path: ['representative', 'name'], shape: 'string' },
  { flag: 'representative-email', path: ['representative', 'contact', 'email'], shape: 'string' },
  { flag: 'representative-country', path: ['representative', 'country'], shape: 'country' },
  { flag: 'supervisory-authority', path: ['supervisoryAuthority', 'name'], shape: 'string' },
  { flag: 'complaint-url', path: ['supervisoryAuthority', 'complaintUrl'], shape: 'string' },
  { flag: 'notice-url', path: ['notice', 'url'], shape: 'string' },
  { flag: 'notice-updated', path: ['notice', 'lastUpdated'], shape: 'date' },
];
