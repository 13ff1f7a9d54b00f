/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The dev server (run mode in the AppHost) proxies the API and the real-time hub to the gateway, so the browser
// sees one origin, as behind the production web server (nginx.conf). The AppHost passes the gateway's address the
// way Aspire passes every reference (services__gateway__http__0); alone, the dev server assumes the default port.
const gateway = process.env.services__gateway__http__0 ?? process.env.GATEWAY_HTTP ?? 'http://127.0.0.1:8000';
// The secret by which the gateway believes our X-Forwarded-For (each visitor counted under their own address).
const proof = process.env.WEB_PROOF ? { 'X-Har-Gateway-Proof': process.env.WEB_PROOF } : undefined;

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: Number(process.env.PORT ?? 3000),
    proxy: {
      '/api': { target: gateway, changeOrigin: false, xfwd: true, headers: proof },
      '/hubs': { target: gateway, ws: true, changeOrigin: false, xfwd: true, headers: proof },
    },
  },
  // The manifest maps each route's page to its chunks: the browser suite checks the catalog's first-load budget with it.
  build: { sourcemap: true, manifest: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
  },
});
