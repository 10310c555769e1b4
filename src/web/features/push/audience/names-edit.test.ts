import { describe, expect, it } from 'vitest';
import { checkNames } from './names-edit';

const current = [
  { slot: '0', name: 'city' },
  { slot: '1', name: 'level' },
  { slot: '2', name: '' },
];

describe('checkNames', () => {
  it('lists renames and first names, ignoring untouched and blank unnamed slots', () => {
    expect(checkNames(current, { '0': 'region', '1': 'level', '2': ' plan ' })).toEqual({
      problems: {},
      changes: [
        { slot: '0', from: 'city', to: 'region' },
        { slot: '2', from: '', to: 'plan' },
      ],
    });
    expect(checkNames(current, { '2': '' })).toEqual({ problems: {}, changes: [] });
  });

  it('refuses clearing a named slot, a name over 50 bytes, and a name another slot has', () => {
    const { problems } = checkNames(current, { '0': '', '1': '等'.repeat(17), '2': 'city' });
    expect(problems['0']).toEqual({ kind: 'clear' });
    expect(problems['1']).toMatchObject({ kind: 'rule' });
    expect(problems['1']).toHaveProperty('rule', expect.stringMatching(/50 bytes/));
    expect(problems['2']).toEqual({ kind: 'duplicate', other: '0' });
  });

  it('allows swapping two names', () => {
    expect(checkNames(current, { '0': 'level', '1': 'city' }).problems).toEqual({});
  });
});
