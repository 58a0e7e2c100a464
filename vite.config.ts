import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// Renderer only: main and preload are bundled by scripts/build-electron.mjs (esbuild), because the
// preload must be one CommonJS file and main keeps better-sqlite3 external. `base: './'` makes the
// built index.html load its assets relatively, which both the Electron `app://` protocol and the
// browser-mode HTTP server serve from the same dist/renderer folder.
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist', 'renderer'),
    emptyOutDir: true,
    // Offline desktop app: one chunk-size budget warning is noise, not a signal.
    chunkSizeWarningLimit: 4096,
    // Inline data: URLs for assets would still pass the CSP, but separate files cache and diff better.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
