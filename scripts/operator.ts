/**
 * Operator rescue from the command line, for whoever runs the proxy (it works on DATA_DIR/console.db,
 * also while the proxy runs):
 *
 *   npx tsx scripts/operator.ts list
 *   npx tsx scripts/operator.ts reset-password <username>   # new random password, shown once; unlocks; enables
 *   npx tsx scripts/operator.ts create-admin <username>     # a new admin with a random password, shown once
 *
 * A reset or created password must be changed at the first login. Every change is audited
 * ("from the command line"). DATA_DIR comes from the environment or `.env`, as for `npm start`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usernameSchema } from '../src/api/console-api';
import { createAccess } from '../src/proxy/auth/access';
import { generatePassword } from '../src/proxy/auth/passwords';
import { createAuditLog } from '../src/proxy/audit/audit-log';
import { accessDefaults, configDefaults } from '../src/proxy/config';
import { openDatabase } from '../src/proxy/db/database';
import { consoleLogger } from '../src/proxy/request-log';

const root = resolve(import.meta.dirname, '..');
const usage = `Usage: npx tsx scripts/operator.ts list | reset-password <username> | create-admin <username>`;

async function main(): Promise<number> {
  if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));
  const [command, name] = process.argv.slice(2);
  const file = join(resolve(process.env.DATA_DIR?.trim() || configDefaults.DATA_DIR), 'console.db');
  const db = openDatabase(file);
  try {
    const audit = createAuditLog(db, { logger: consoleLogger });
    const access = createAccess({ db, config: accessDefaults, audit, logger: consoleLogger });
    const { store } = access;
    const local = { actor: null, ip: 'local' } as const;

    if (command === 'list') {
      for (const op of store.listOperators()) {
        console.log(
          `${op.username.padEnd(24)} ${op.role.padEnd(10)} ${op.disabled ? 'disabled' : 'enabled '} last login ${op.lastLoginAt ?? 'never'}`,
        );
      }
      console.log(`(${file})`);
      return 0;
    }
    if ((command !== 'reset-password' && command !== 'create-admin') || !name) {
      console.error(usage);
      return 2;
    }
    const username = name.trim().toLowerCase();
    const password = generatePassword();
    const passwordHash = await access.hash(password);

    if (command === 'reset-password') {
      const op = store.findOperator(username);
      if (!op) {
        console.error(
          `No operator "${username}" in ${file}. Known: ${
            store
              .listOperators()
              .map((o) => o.username)
              .join(', ') || 'none'
          }.`,
        );
        return 1;
      }
      store.setPassword(op.id, passwordHash, true);
      if (op.disabled) store.updateOperator(op.id, { disabled: false });
      access.throttle.recordSuccess(username);
      audit.record({
        ...local,
        kind: 'password_change',
        summary: {
          type: 'passwordReset',
          username: op.username,
          commandLine: true,
          enabled: op.disabled,
        },
        details: { operatorId: op.id, username: op.username, via: 'scripts/operator.ts' },
      });
      console.log(
        `New one-time password of "${op.username}" (${op.role}); it is shown only now:\n\n    ${password}\n`,
      );
      console.log(
        'Their sessions were ended, the login lock lifted; they choose a new password at the next login.',
      );
      return 0;
    }

    const valid = usernameSchema.safeParse(username);
    if (!valid.success) {
      console.error(`The username ${valid.error.issues[0]?.message ?? 'is not valid'}.`);
      return 1;
    }
    if (store.findOperator(username)) {
      console.error(`The username "${username}" is taken; use reset-password ${username} instead.`);
      return 1;
    }
    const op = store.createOperator({ username, role: 'admin', passwordHash, mustChangePassword: true });
    audit.record({
      ...local,
      kind: 'operator_change',
      summary: { type: 'operatorCreated', username: op.username, role: 'admin', commandLine: true },
      details: { operatorId: op.id, username: op.username, role: 'admin', via: 'scripts/operator.ts' },
    });
    console.log(
      `Created "${op.username}" (admin) with this one-time password; it is shown only now:\n\n    ${password}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
