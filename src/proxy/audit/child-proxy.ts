/**
 * The real proxy in a process of its own, for the audit log's kill -9 test (`audit-kill.test.ts`):
 * reads the configuration from the environment exactly as `npm start` does (`DATA_DIR`,
 * `CONSOLE_ADMIN_PASSWORD`, `IM_BASE_URL`…), starts it, and prints `{"url": …}` on one line.
 * Run with `node --import tsx src/proxy/audit/child-proxy.ts`.
 */
import { loadConfig } from '../config';
import { silentLogger } from '../request-log';
import { startProxy } from '../server';

const proxy = await startProxy({ config: loadConfig(process.env), logger: silentLogger });
process.stdout.write(`${JSON.stringify({ url: proxy.url })}\n`);
