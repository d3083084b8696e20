import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { people } from '../../../../src/contract/checks/people.js';
import { MINIMAL_YAML, diagnose, expectQuietOnValidContracts, shaped, where } from '../../../helpers/contracts.js';
import { REPO_ROOT } from '../../../helpers/paths.js';

const withPeople = (section: string) => MINIMAL_YAML.trimEnd() + '\n' + section.trim() + '\n';

describe('check: people', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(people);
  });

  it('stays quiet on a chain of managers that ends', () => {
    const text = withPeople(`
people:
  members:
    - { name: Ana Souza, slack: U04ANA0001, manager: Marc Soler }
    - { name: Marc Soler, email: marc@example.com, manager: Laia Puig }
    - { name: Laia Puig, email: laia@example.com }
`);
    expect(people.run(shaped(text))).toEqual([]);
  });

  it('names a manager who is not a member, with a suggestion, at the manager', () => {
    const findings = people.run(
      shaped(
        withPeople(`
people:
  members:
    - { name: Ana Souza, manager: Marc Solr }
    - { name: Marc Soler }
`),
      ),
    );
    expect(where(findings)).toEqual([['unresolved-reference', '/people/members/0/manager']]);
    expect(findings[0]?.message).toContain('did you mean "Marc Soler"?');
  });

  it('refuses two members with one name (case and spaces aside) or one e-mail address', () => {
    const findings = people.run(
      shaped(
        withPeople(`
people:
  members:
    - { name: Ana Souza, email: ana@example.com }
    - { name: "ana  SOUZA" }
    - { name: Bruno Costa, email: ANA@example.com }
`),
      ),
    );
    expect(where(findings)).toEqual([
      ['duplicate-person', '/people/members/1/name'],
      ['duplicate-person', '/people/members/2/email'],
    ]);
  });

  it("finds a member named as another member's e-mail address, which notify could route either way", () => {
    const findings = people.run(
      shaped(
        withPeople(`
people:
  members:
    - { name: Ana, email: ana@example.com }
    - { name: Ana@Example.com }
    - { name: Bruno, email: bruno@example.com }
`),
      ),
    );
    expect(where(findings)).toEqual([['duplicate-person', '/people/members/1/name']]);
    expect(findings[0]?.message).toBe(
      '"Ana@Example.com" is the e-mail address of people.members[0] ("Ana"); notify could not tell which one owns a lead the CRM gives to "Ana@Example.com"',
    );
  });

  it('finds a circle of managers once, naming everyone on it', () => {
    const findings = people.run(
      shaped(
        withPeople(`
people:
  members:
    - { name: Top, email: top@example.com }
    - { name: Ana, manager: Bruno }
    - { name: Bruno, manager: Carla }
    - { name: Carla, manager: Ana }
    - { name: Self, manager: self }
`),
      ),
    );
    expect(where(findings)).toEqual([
      ['manager-cycle', '/people/members/1/manager'],
      ['manager-cycle', '/people/members/4/manager'],
    ]);
    expect(findings[0]?.message).toContain('Ana → Bruno → Carla → Ana');
  });

  it('accepts the example in the README and the one commented in the starter contract', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const fromReadme = /```yaml\n(people:\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const init = readFileSync(join(REPO_ROOT, 'templates/init/contract.yaml'), 'utf8');
    const lines = init.split('\n');
    const start = lines.indexOf('# people:');
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('#  '));
    const fromInit = lines
      .slice(start, end === -1 ? undefined : end)
      .map((l) => l.slice(2))
      .join('\n');
    for (const section of [fromReadme, fromInit]) {
      expect(section).toContain('people:');
      expect(diagnose(withPeople(section))).toEqual([]);
    }
  });

  it('reports at the line and column of the contract, with the schema catching a malformed Slack id', () => {
    const text = withPeople(`
people:
  members:
    - name: Ana Souza
      slack: "@ana"
      manager: Nobody
`);
    const diagnostics = diagnose(text);
    const slack = diagnostics.find((d) => d.pointer === '/people/members/0/slack');
    expect(slack?.message).toContain('Slack member id');
    const lines = text.split('\n');
    expect(slack?.line).toBe(lines.findIndex((l) => l.includes('slack: "@ana"')) + 1);
  });
});
