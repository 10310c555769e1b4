import { describe, expect, it } from 'vitest';
import { CliError, HELP, parseArgs } from '../cli';

const key = () => 'k';

describe('webhook CLI flags', () => {
  it('are off by default and build the callback settings when given', () => {
    expect(parseArgs([], key).options.callbacks).toBeUndefined();
    const { options } = parseArgs(
      [
        '--callback-url',
        'http://127.0.0.1:8080/im',
        '--callback-token=t0k',
        '--callback-timeout',
        '500',
        '--callback-on-failure',
        'deny',
      ],
      key,
    );
    expect(options.callbacks).toEqual({
      url: 'http://127.0.0.1:8080/im',
      token: 't0k',
      timeoutMs: 500,
      onFailure: 'deny',
    });
  });

  it('reject a URL that is not http(s), and companions without --callback-url, naming the flag', () => {
    expect(() => parseArgs(['--callback-url', 'ftp://x'], key)).toThrow(
      /--callback-url must start with http/,
    );
    expect(() => parseArgs(['--callback-token', 'x'], key)).toThrow(CliError);
    expect(() => parseArgs(['--callback-url', 'http://x', '--callback-on-failure', 'maybe'], key)).toThrow(
      /--callback-on-failure must be allow or deny/,
    );
  });

  it('are listed in --help', () => {
    for (const flag of [
      '--callback-url',
      '--callback-token',
      '--callback-timeout',
      '--callback-on-failure',
    ]) {
      expect(HELP).toContain(flag);
    }
  });
});
