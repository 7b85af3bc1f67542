import { t, type Lang } from '../i18n/index.js';
import type { Place } from '../check/places.js';

/** A place an activity's data is stored in or sent to, in words: `US (processor acme)` (`ropa list` and `ropa show`). */
export function placeText(p: Place, lang: Lang): string {
  const where = p.country ?? p.organisation ?? t(lang, 'authoring.list.no-destination');
  const via = t(lang, `authoring.via.${p.via}`);
  const id = p.name ?? p.id;
  return id === undefined ? t(lang, 'authoring.list.place', { where, via }) : t(lang, 'authoring.list.place-from', { where, via, id });
}
