import type { DocumentFormat, DocumentLocale } from '../../render/locale.js';

export interface RenderAgreementOptions {
  format: DocumentFormat;
  locale: DocumentLocale;
}
