/** The command line: defaults, every flag, and refusals that name the flag. */
import { describe, expect, it } from 'vitest';
import { CliError, HELP, parseArgs } from './cli';

const fakeKey = () => 'fake-generated-key';

describe('emulator CLI', () => {
  it('has sensible defaults and generates a key when none is given', () => {
    const { options, generatedKey, help } = parseArgs([], fakeKey);
    expect(help).toBe(false);
    expect(generatedKey).toBe(true);
    expect(options).toMatchObject({
      port: 9100,
      host: '127.0.0.1',
      sdkAppId: 1400000000,
      secretKey: 'fake-generated-key',
      admins: ['administrator'],
      seed: 'demo',
      roamingDays: 7,
      rateLimits: true,
      restC2cMute: false,
      restGroupMute: true,
    });
    expect(options.dataDir).toMatch(/data[\\/]emulator$/);
  });

  it('reads every flag, including repeated --admin and --flag=value', () => {
    const { options, generatedKey } = parseArgs(
      [
        '--port',
        '0',
        '--host=0.0.0.0',
        '--sdkappid',
        '1400000123',
        '--secret-key',
        'fake-key',
        '--admin',
        'a1',
        '--admin',
        'a2',
        '--seed',
        'empty',
        '--memory',
        '--roaming-days',
        '30',
        '--no-rate-limits',
        '--rest-c2c-mute',
        '--no-rest-group-mute',
      ],
      fakeKey,
    );
    expect(generatedKey).toBe(false);
    expect(options).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      sdkAppId: 1400000123,
      secretKey: 'fake-key',
      admins: ['a1', 'a2'],
      seed: 'empty',
      roamingDays: 30,
      rateLimits: false,
      restC2cMute: true,
      restGroupMute: false,
    });
    expect(options.dataDir).toBeUndefined();
    expect(parseArgs(['--data', 'some/dir'], fakeKey).options.dataDir).toMatch(/some[\\/]dir$/);
  });

  it.each([
    [['--port', 'abc'], '--port'],
    [['--port', '70000'], '--port'],
    [['--sdkappid'], '--sdkappid'],
    [['--seed', 'big'], '--seed'],
    [['--secret-key', '--memory'], '--secret-key'],
    [['--roaming-days', '0'], '--roaming-days'],
    [['--admin', 'x'.repeat(33)], '--admin'],
    [['--colour'], '--colour'],
    [['--seed-number', '-1'], '--seed-number'],
    [['--seed', 'demo:x'], '--seed'],
  ])('stops on %j with a sentence naming %s', (argv, flag) => {
    expect(() => parseArgs(argv, fakeKey)).toThrow(CliError);
    expect(() => parseArgs(argv, fakeKey)).toThrow(flag);
  });

  it('reads a seed number, default 0, also as --seed demo:<n>', () => {
    expect(parseArgs([], fakeKey).options.seedNumber).toBe(0);
    expect(parseArgs(['--seed-number', '42'], fakeKey).options).toMatchObject({
      seed: 'demo',
      seedNumber: 42,
    });
    expect(parseArgs(['--seed', 'demo:42'], fakeKey).options).toMatchObject({ seed: 'demo', seedNumber: 42 });
  });

  it('lists every flag in --help', () => {
    expect(parseArgs(['--help'], fakeKey).help).toBe(true);
    for (const flag of [
      '--port',
      '--host',
      '--sdkappid',
      '--secret-key',
      '--admin',
      '--seed',
      '--seed-number',
      '--data',
      '--memory',
      '--roaming-days',
      '--no-rate-limits',
      '--rest-c2c-mute',
      '--no-rest-group-mute',
      '--help',
    ]) {
      expect(HELP).toContain(flag);
    }
  });
});
