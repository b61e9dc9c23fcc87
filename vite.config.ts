import { defineConfig, type Plugin } from 'vite';

/** The demo lives in demo/ but imports ../src/, so the server root is the project and `/` opens the demo. */
function openDemoAtRoot(): Plugin {
  return {
    name: 'alliance-kit:demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.statusCode = 302;
          response.setHeader('location', '/demo/');
          response.end();
          return;
        }
        next();
      });
    },
  };
}

/**
 * `npm start` serves the demo pages (demo/, plain HTML, one per element and state) on 127.0.0.1 with the kit
 * compiled from src/ on the fly. The library builds live in scripts/build.mjs.
 */
export default defineConfig({
  publicDir: false,
  plugins: [openDemoAtRoot()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  esbuild: { target: 'es2022' },
});
