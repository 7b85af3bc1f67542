/**
 * A file name Windows keeps for a device, whatever its case and extension: CON, PRN, AUX, NUL, COM1–9
 * and LPT1–9 (also with ¹ ² ³). `con.yaml` cannot be checked out there, and writing it opens the console.
 * Ids become file names (activities/<id>.yaml), so an id must not be one of these.
 */
export function windowsReserved(name: string): boolean {
  return /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i.test(name.replace(/[ .]+$/, ''));
}
