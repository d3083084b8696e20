/**
 * CRM owners as the report names them. An export writes an owner by name ("First Last"),
 * so two people with one name were one owner in every breakdown, in `due`, and in notify,
 * which sent both people's leads to one `people:` member. Each of them is named
 * "First Last <address>" instead (the id in brackets without an address), which people:
 * matches by `email`. Owner records with the same name and address (a user deactivated and
 * invited again) are one person and keep the name.
 */
import { personKey } from '../../contract/checks/people.js';
import { clean } from '../../render/format.js';

export interface CrmOwner {
  id: string;
  /** As the export writes it. */
  name: string;
  email?: string | undefined;
}

/** A name two or more owners (different people: their e-mail addresses differ) share, and what each is called instead. */
export interface SharedName {
  name: string;
  owners: { id: string; as: string }[];
}

/** Each owner's name, and the names people share; names compare as people: compares them (without regard to case and spaces). */
export function distinctOwnerNames(owners: Iterable<CrmOwner>): { names: Map<string, string>; shared: SharedName[] } {
  const plain = new Map<string, CrmOwner>();
  for (const o of owners) if (!plain.has(o.id)) plain.set(o.id, o);
  // Who each name stands for: the distinct people (by address; an owner without one is a person of its own).
  const people = new Map<string, Set<string>>();
  for (const [id, { name, email }] of plain) {
    const key = personKey(name);
    const set = people.get(key) ?? new Set<string>();
    set.add(email ? `email:${email.toLowerCase()}` : `id:${id}`);
    people.set(key, set);
  }
  const names = new Map<string, string>();
  const shared = new Map<string, SharedName>();
  for (const [id, { name, email }] of plain) {
    const key = personKey(name);
    if ((people.get(key)?.size ?? 0) < 2) {
      names.set(id, name);
      continue;
    }
    const as = email && personKey(email) !== key ? `${name} <${email}>` : `${name} (owner ${id})`;
    names.set(id, as);
    const entry = shared.get(key) ?? { name, owners: [] };
    entry.owners.push({ id, as });
    shared.set(key, entry);
  }
  return { names, shared: [...shared.values()] };
}

/**
 * Said once a read: which owners share a name, how each is called now, and how people: tells
 * them apart. By their ids, not their addresses: this goes to standard error, which CI logs
 * keep, and a report shows an address only with --show-pii.
 */
export function sharedNameWarning(crm: { input: string; rename: string }, shared: SharedName): string {
  const name = clean(shared.name);
  return (
    `${crm.input} ${shared.owners.length} owners are named "${name}" (owner ids ${shared.owners.map((o) => o.id).join(', ')}): ` +
    `to keep their leads apart, each is named "${name} <their e-mail address>" in the report, due and notify ("${name} (owner <id>)" when the CRM has no address for them); ` +
    `in people:, give each member their e-mail address (email:) so notify routes each one's leads, or ${crm.rename}`
  );
}
