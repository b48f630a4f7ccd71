import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, HEADER_POLICY } from './scripts/content-security-policy.ts';
import { firstViewChunk } from './scripts/first-view-chunk.ts';

// One policy (scripts/content-security-policy.ts): a <meta> tag in the build, the same policy
// plus frame-ancestors as the preview server's header. What the first view needs is one chunk
// (scripts/first-view-chunk.ts).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstViewChunk()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': HEADER_POLICY } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, sourcemap: false },
});
