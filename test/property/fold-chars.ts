/** Characters where case folding surprises (`/iu` joins or keeps apart what lower case would not): src/util/fold.ts. */
export const SURPRISES = ['ı', 'I', 'i', 'İ', 'ß', 'ẞ', 'σ', 'ς', 'Σ', 'µ', 'μ', 'ǅ', 'ꭰ', 'Ꭰ', 'ϐ', 'ẛ'];
