import { describe, expect, it } from 'vitest';
import {
  createDummyHash,
  defaultScryptParams,
  generatePassword,
  hashPassword,
  verifyPassword,
} from './passwords';
import { testScrypt } from './testing';

describe('passwords', () => {
  it('hashes with a fresh salt and its parameters, and verifies', async () => {
    const a = await hashPassword('correct horse battery', testScrypt);
    const b = await hashPassword('correct horse battery', testScrypt);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('horse');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('uses memory-hard defaults, which verify too', async () => {
    expect(defaultScryptParams).toEqual({ N: 32768, r: 8, p: 1 });
    const hash = await hashPassword('twelve chars!');
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('twelve chars!', hash)).toBe(true);
  });

  it('treats composed and decomposed Unicode alike', async () => {
    const hash = await hashPassword('café au lait!', testScrypt);
    expect(await verifyPassword('cafe\u0301 au lait!', hash)).toBe(true);
  });

  it('never throws on a malformed hash', async () => {
    for (const bad of ['', 'plain', 'scrypt$1$8$1$c2FsdA$aGFzaA', 'scrypt$abc$8$1$x$y', 'bcrypt$...']) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('makes dummy hashes and generated passwords nobody can guess', async () => {
    const dummy = await createDummyHash(testScrypt);
    expect(await verifyPassword('', dummy)).toBe(false);
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});
