import { relative } from 'node:path';
import { placesOf } from '../../check/places.js';
import type { ShowView } from './view.js';

/** The activity as written, and what its references name, for programs. */
export function showJson({ registry, activity: r }: ShowView): string {
  const { located, activity, ...resolved } = r;
  return (
    JSON.stringify(
      {
        id: activity.id,
        file: relative(registry.root, located.file.path).split('\\').join('/'),
        activity,
        resolved: {
          ...resolved,
          specialCategories: resolved.specialCategories.map((x) => x.id),
          criminalOffenceData: resolved.criminalOffenceData.map((x) => x.id),
          nationalIdentifiers: resolved.nationalIdentifiers.map((x) => x.id),
          places: placesOf(r),
        },
      },
      null,
      2,
    ) + '\n'
  );
}
