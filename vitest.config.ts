import { defineConfig } from 'vitest/config';

// Node tests for the contract, proxy and emulator; happy-dom for console components.
// Timeouts are generous because building the demo seed takes seconds on a busy 2-core machine; a test
// that hangs still fails, and speed is measured in `npm run bench`, never here.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: [
            'src/api/**/*.test.ts',
            'src/proxy/**/*.test.ts',
            'src/emulator/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'web',
          environment: 'happy-dom',
          testTimeout: 30_000,
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/test/setup.ts'],
        },
      },
    ],
  },
});
