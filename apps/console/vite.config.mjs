/**
 * The console's build (ADR 0017): scripts/build.mjs runs it into dist/console, which the api serves
 * at `/`. For development, `npx vite apps/console` serves the sources with the api of `npm start`
 * behind /api (hot reload; sign in as usual).
 */
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
const API = process.env.MEMBERFLOW_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: HERE,
  base: '/',
  // The JSX transform is Vite's own (Oxc); React's automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: join(HERE, '../../dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Ant Design and the charts are most of it; split so a change of ours does not evict them.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Ant Design marks its modules "use client" (for React Server Components): meaningless here.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': API, '/health': API },
  },
});
