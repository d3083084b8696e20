/** The languages revpact speaks (each has a messages file in templates/locales/) and the markup its documents are written in. */
export const DOCUMENT_LOCALES = ['en', 'es', 'pt', 'ca'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

export const DOCUMENT_FORMATS = ['md', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
