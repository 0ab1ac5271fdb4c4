import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: one page, loaded from app:// in the desktop app and from the web host in browsers. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // The CJK font subsets are many small files; inlining none keeps the CSP free of data: fonts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    // Slow-plugin notices are noise on a loaded two-core machine; build errors and warnings still show.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
