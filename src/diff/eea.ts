/**
 * The EEA: the EU member states and Iceland, Liechtenstein and Norway (GDPR Art. 44 applies to
 * transfers outside it). Kept here because the project has no data/ file with the list yet; when
 * one is added, read it instead.
 */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'NO', 'IS', 'LI',
]);

export function inEea(country: string | undefined): boolean {
  return country !== undefined && EEA_COUNTRIES.has(country);
}
