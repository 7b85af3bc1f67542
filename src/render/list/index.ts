/** The formats of `ropa list`. */
export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
