/** What `renderAgreement` can produce: the output formats and the locales with a messages file. */
export const DOCUMENT_FORMATS = ['md', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const DOCUMENT_LOCALES = ['en', 'es', 'pt', 'ca'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

export interface RenderAgreementOptions {
  format: DocumentFormat;
  locale: DocumentLocale;
}
