/** The import boundaries of house-style.md are enforced by lint: these prove the rules fire. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps src/api free of the other programs', async () => {
    const errors = await boundaryErrors(
      'src/api/probe.ts',
      "import { Layout } from '../web/app/layout';\nexport const x = Layout;\n",
    );
    expect(errors.join()).toContain('src/api is isomorphic');
  });

  it('keeps the console away from the proxy and the emulator', async () => {
    const proxy = await boundaryErrors(
      'src/web/lib/probe.ts',
      "import { loadConfig } from '../../proxy/config';\nexport const x = loadConfig;\n",
    );
    const emulator = await boundaryErrors(
      'src/web/lib/probe.ts',
      "import { createEmulator } from '../../emulator/app';\nexport const x = createEmulator;\n",
    );
    expect(proxy.join()).toContain('never imports the proxy');
    expect(emulator.join()).toContain('never imports the emulator');
  });

  it('stops one feature importing another, but not itself or shared code', async () => {
    const cross = await boundaryErrors(
      'src/web/features/groups/probe.ts',
      "import { usersMessages } from '../users/messages';\nexport const x = usersMessages;\n",
    );
    const own = await boundaryErrors(
      'src/web/features/users/probe.ts',
      "import { usersMessages } from './messages';\nimport { chunk } from '../../lib/batches';\nexport const x = [usersMessages, chunk];\n",
    );
    expect(cross.join()).toContain('Features do not import each other');
    expect(own).toEqual([]);
  });
});
