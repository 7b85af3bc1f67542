import { textRegistry } from './sentence-registry.js';

/**
 * A private nursing home's camera activity (nynorsk), one per text as its description, with the processor given («vaktselskap»:
 * Vestfold Vakt AS, or «renhold»: Fjord Reinhald AS) and either no recipients or the one `listed` (a public authority); the
 * activities recipients-stated reports, sorted. For the matrices of a firm named by its trade (W4 and FP, session 45).
 */
export function tradeCameras(prefix: string, listed?: { id: string; name: string }): (cells: Record<string, string>, processor: string) => string[] {
  const cameras = textRegistry(prefix);
  const catalogues: Record<string, string> = {
    'processors.yaml': `processors:
  vaktselskap:
    name: Vestfold Vakt AS
    country: "NO"
    service: Drift av kameraanlegget.
    agreement: DBA 2023-10
  renhold:
    name: Fjord Reinhald AS
    country: "NO"
    service: Reinhald av bygga.
    agreement: DBA 2024-01
`,
    'data-subjects.yaml': 'dataSubjects:\n  besokende:\n    name: Besøkende\n',
    'data-categories.yaml': 'dataCategories:\n  opptak:\n    name: Kameraopptak\n',
    ...(listed === undefined ? {} : { 'recipients.yaml': `recipients:\n  ${listed.id}:\n    name: ${listed.name}\n    type: public-authority\n` }),
  };
  const camera =
    (processor: string) =>
    (id: string, text: string): string => `id: ${id}
title: Kameraovervaking
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: sikring
    description: førebyggje innbrot og skadeverk ved inngangane
    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: Verne bygningane mot innbrot.
        interestAssessment: Interesseavveging 2024-05
dataSubjects: [besokende]
dataCategories: [opptak]
processors: [${processor}]
recipients: ${listed === undefined ? 'none' : `[${listed.id}]`}
`;
  return (cells, processor) =>
    cameras(cells, {
      org: 'Lyngheim Omsorg AS',
      language: 'nn',
      publicAuthority: false,
      rule: 'recipients-stated',
      activity: camera(processor),
      catalogues,
      today: '2026-12-05',
    })
      .map((f) => f.activity!)
      .sort();
}
