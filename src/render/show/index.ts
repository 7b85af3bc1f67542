/** The formats of `ropa show`. */
export const SHOW_FORMATS = ['text', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];
