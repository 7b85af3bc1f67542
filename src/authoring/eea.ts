/**
 * The European Economic Area: the EU's 27 member states and Norway, Iceland and Liechtenstein. Data sent to
 * them is not a transfer under Chapter V (Art. 44). ISO 3166-1 alpha-2 codes (Greece is GR, not EL).
 * As of January 2026; the list changes only by treaty.
 */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'NO', 'IS', 'LI',
]);

export function isEea(country: string): boolean {
  return EEA_COUNTRIES.has(country.toUpperCase());
}
