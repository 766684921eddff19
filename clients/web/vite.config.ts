import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway serves dist/ at `/`; in `npm run dev -w clients/web` the API is proxied to it. */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The SDK from its sources: it then shares this bundle's graphql and graphql-ws.
    alias: { '@hub/sdk': fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/dev': 'http://127.0.0.1:4000',
      '/config.json': 'http://127.0.0.1:4000',
      '/reports': 'http://127.0.0.1:4000',
    },
  },
});
