import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A strict CSP that still lets MapLibre run: its worker is a same-origin module worker and the
// font files are served from our own origin, so nothing needs to leave 'self'.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-ancestors *",
].join('; ');

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': csp } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, sourcemap: false },
});
