/**
 * The privacy rule (DESIGN.md §7; README "Personal data"), one for every output — the
 * report in every format, the per-lead file, the due list: without --show-pii, leads are
 * identified by id only and no e-mail address appears anywhere.
 *
 * The engine leaves `email` and `name` out of the worst offenders unless asked. This is
 * the last gate before any output: without PII it drops those fields again and masks
 * anything shaped like an email address in the strings that come from lead data (lead
 * ids, data-quality messages and examples, rejection reasons, breakdown keys), because an
 * export can put an address where an id or a source was expected. Owners are the
 * company's own people and stay by name — but an owner the CRM names by e-mail address is
 * masked too, with a short tag of the address (the same in every output) so that owners
 * stay apart in the breakdown by owner.
 */
import { createHash } from 'node:crypto';
import type { ComplianceReport, PerLeadRow } from '../../engine/types.js';

export const EMAIL_MASK = '[email hidden]';

// Local part, @, a domain ending in an alphabetic top-level label (so "crm@1.4.0" is not
// an address); letters of any script. The local part starts where a run of its characters
// starts (the lookbehind): tried from every position inside a long run, the search took
// time in the square of the cell's length (a 200 KB owner cell, 46 s).
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function maskEmails(s: string): string {
  return s.includes('@') ? s.replace(EMAIL, EMAIL_MASK) : s;
}

/** An owner as outputs show it without --show-pii: a name stays, an address becomes `[email hidden #1a2b3c]`. */
export function maskOwner(owner: string): string {
  if (!owner.includes('@')) return owner;
  return owner.replace(EMAIL, (address) => `[email hidden #${createHash('sha256').update(address.toLowerCase()).digest('hex').slice(0, 6)}]`);
}

/** A per-lead row as the --per-lead file and the due list show it. */
export function privateRow<T extends Pick<PerLeadRow, 'leadId' | 'owner'>>(row: T, showPii: boolean): T {
  if (showPii) return row;
  return { ...row, leadId: maskEmails(row.leadId), owner: row.owner === null ? null : maskOwner(row.owner) };
}

/** A rejected row as outputs show it without --show-pii: its reason quotes the cell (an id may be an e-mail address). */
export function privateRejection<T extends { reason: string }>(r: T, showPii: boolean): T {
  return showPii ? r : { ...r, reason: maskEmails(r.reason) };
}

/** Whether the engine was asked for PII: only then does it fill `email` or `name`. */
export function hasPii(report: ComplianceReport): boolean {
  return report.slas.some((s) => s.worst.some((w) => w.email !== undefined || w.name !== undefined));
}

/**
 * The report as it may be shown. `showPii` defaults to what the report itself says (see
 * hasPii); the CLI should pass its --show-pii flag so the rule does not depend on there
 * being offenders. Returns the same object when nothing needs to change.
 */
export function applyPrivacy(report: ComplianceReport, showPii: boolean = hasPii(report)): ComplianceReport {
  if (showPii) return report;
  const m = maskEmails;
  return {
    ...report,
    input: { ...report.input, rejections: report.input.rejections.map((r) => privateRejection(r, false)) },
    slas: report.slas.map((s) => ({
      ...s,
      worst: s.worst.map((w) => ({
        leadId: m(w.leadId),
        elapsedMinutes: w.elapsedMinutes,
        overdueMinutes: w.overdueMinutes,
        dueAt: w.dueAt,
        owner: w.owner === null ? null : maskOwner(w.owner),
      })),
    })),
    followUp: report.followUp && { ...report.followUp, worst: report.followUp.worst.map((w) => ({ ...w, leadId: m(w.leadId) })) },
    dataQuality: report.dataQuality.map((f) => ({
      ...f,
      message: m(f.message),
      examples: f.examples.map(m),
      ...(f.detail === undefined ? {} : { detail: m(f.detail) }),
    })),
    breakdowns: {
      owner: report.breakdowns.owner.map((r) => ({ ...r, key: maskOwner(r.key) })),
      source: report.breakdowns.source.map((r) => ({ ...r, key: m(r.key) })),
      attributes: Object.fromEntries(Object.entries(report.breakdowns.attributes).map(([name, rows]) => [name, rows.map((r) => ({ ...r, key: m(r.key) }))])),
    },
  };
}
