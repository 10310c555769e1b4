import { describe, expect, it } from 'vitest';
import { planAudience, problemRules } from './audience-csv';

const names = ['city', 'level'];

describe('planAudience', () => {
  it('reads tag and attribute rows, header optional, tag rows first', () => {
    const plan = planAudience('user,tag\nu1,vip\nu2,city,Beijing\nu2,beta\n', names);
    expect(plan.header).toBe(true);
    expect(plan.records).toBe(3);
    expect(plan.problems).toEqual([]);
    expect(plan.users).toBe(2);
    expect(plan.rows).toEqual([
      { kind: 'tag', line: 2, userId: 'u1', tag: 'vip' },
      { kind: 'tag', line: 4, userId: 'u2', tag: 'beta' },
      { kind: 'attr', line: 3, userId: 'u2', name: 'city', value: 'Beijing' },
    ]);
  });

  it('reports every bad row with its line, cell and rule', () => {
    const long = 'x'.repeat(51);
    const plan = planAudience(
      ['u1,vip', 'u2', `u3,${long}`, 'u4,planet,Mars', 'u5,level,', ',vip', 'bad\u00e9,vip', 'u6,a,b,c'].join(
        '\n',
      ),
      names,
    );
    expect(plan.rows).toHaveLength(2); // u1,vip and u5,level,'' (an empty value is allowed)
    expect(plan.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'row'],
      [3, 'tag'],
      [4, 'attribute'],
      [6, 'user'],
      [7, 'user'],
      [8, 'row'],
    ]);
    expect(plan.problems[0]!.rule).toBe(problemRules.columns);
    expect(plan.problems[1]!.rule).toMatch(/50 bytes/);
    expect(plan.problems[2]!.rule).toBe(problemRules.unknownAttr);
  });

  it('sends repeats once and refuses contradicting attribute values', () => {
    const plan = planAudience('u1,vip\nu1,vip\nu1,city,A\nu1,city,A\nu1,city,B\n', names);
    expect(plan.repeats).toBe(2);
    expect(plan.rows).toHaveLength(2);
    expect(plan.problems).toEqual([{ line: 5, field: 'value', value: 'B', rule: problemRules.conflict }]);
  });

  it('refuses more than 100 tags for one user', () => {
    const lines = Array.from({ length: 101 }, (_, i) => `u1,t${i}`).join('\n');
    const plan = planAudience(lines, names);
    expect(plan.rows).toHaveLength(100);
    expect(plan.problems).toEqual([
      { line: 101, field: 'tag', value: 't100', rule: problemRules.tooManyTags },
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(planAudience('u1,"vip\n', names).problems[0]!.rule).toBe(problemRules.syntax);
  });
});
