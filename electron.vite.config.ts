import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three Electron pieces. The preload must be CommonJS:
// a sandboxed preload cannot be an ES module.
export default defineConfig({
  main: {
    // Dependencies stay external (build.externalizeDeps defaults to true) and load from node_modules.
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'electron/main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron', so everything else is bundled in.
      externalizeDeps: false,
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves bundles unminified; the UI loads faster minified, in Electron and the browser.
      // PROFILE_BUILD=1 keeps names readable for a CPU profile (see tests/bench/calendarView.bench.ts).
      minify: process.env.PROFILE_BUILD ? false : true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
      // Fonts stay files: the strict CSP (default-src 'self') refuses fonts inlined as data: URLs.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
  },
});
