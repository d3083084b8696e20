import type { ModelContext } from './context.js';

/** The title block: what the agreement is called, its status, version and when it takes effect. */
export function headerModel({ rules, text, optional, compiler }: ModelContext) {
  const { t } = text;
  const contract = rules.contract;
  return {
    title: contract.title !== null ? text.data(contract.title) : t('document.defaultTitle', { name: contract.name }),
    description: optional(contract.description),
    name: text.code(contract.name),
    status: t(`document.statusValue.${contract.status}`),
    version: text.data(contract.version),
    effective: text.date(contract.effective),
    hash: text.code(contract.hash),
    compiler,
  };
}
