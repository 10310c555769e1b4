import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console SPA. In `npm run dev`, /api is proxied to the signing proxy that scripts/dev.ts starts.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: process.env.CONSOLE_PROXY_URL ?? 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
});
