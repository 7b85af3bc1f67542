/**
 * Laws an imported record often cites, so that a Lovdata link or a law's name becomes a laws-catalogue entry
 * with its short title and Lovdata identifier. Reference data: each identifier was checked against the law's
 * text as published (Lovdata, or the ministry's or the Storting's page citing «lov <date> nr. <n>»).
 */
export const KNOWN_LAWS_CHECKED = '2026-11-29';

export interface KnownLaw {
  /** Short title as cited. */
  title: string;
  lovdataId: string;
  /** Other spellings people use for it. */
  aliases?: string[];
}

export const KNOWN_LAWS: readonly KnownLaw[] = [
  { title: 'barnehageloven', lovdataId: 'LOV-2005-06-17-64' },
  { title: 'opplæringslova', lovdataId: 'LOV-1998-07-17-61', aliases: ['opplæringsloven'] },
  { title: 'pasientjournalloven', lovdataId: 'LOV-2014-06-20-42' },
  { title: 'barnevernsloven', lovdataId: 'LOV-2021-06-18-97', aliases: ['barnevernloven'] },
  { title: 'personopplysningsloven', lovdataId: 'LOV-2018-06-15-38', aliases: ['popplyl.', 'popl.'] },
  { title: 'statistikkloven', lovdataId: 'LOV-2019-06-21-32' },
  { title: 'arbeidsmiljøloven', lovdataId: 'LOV-2005-06-17-62', aliases: ['aml.'] },
  { title: 'statsansatteloven', lovdataId: 'LOV-2017-06-16-67' },
  // The archives act of 1992 («arkivloven») was replaced on 1 January 2026 by «arkivlova» (LOV-2025-06-20-96,
  // Lov om dokumentasjon og arkiv): each name is its own law, as the record cites it.
  { title: 'arkivloven', lovdataId: 'LOV-1992-12-04-126' },
  { title: 'arkivlova', lovdataId: 'LOV-2025-06-20-96' },
  { title: 'spesialisthelsetjenesteloven', lovdataId: 'LOV-1999-07-02-61' },
  { title: 'pasient- og brukerrettighetsloven', lovdataId: 'LOV-1999-07-02-63' },
];

/** The law with this Lovdata identifier, or with this name (any case, any alias). */
export function knownLaw(key: { lovdataId?: string; name?: string }): KnownLaw | undefined {
  if (key.lovdataId !== undefined) return KNOWN_LAWS.find((l) => l.lovdataId === key.lovdataId);
  const name = key.name?.toLowerCase();
  return KNOWN_LAWS.find((l) => l.title === name || (l.aliases ?? []).includes(name ?? ''));
}

/** Lovdata's address for a law or regulation: LOV-2005-06-17-64 → https://lovdata.no/lov/2005-06-17-64. */
export function lovdataUrl(lovdataId: string): string {
  const m = /^(LOV|FOR)-(.+)$/.exec(lovdataId)!;
  return `https://lovdata.no/${m[1] === 'LOV' ? 'lov' : 'forskrift'}/${m[2]}`;
}
