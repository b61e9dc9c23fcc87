// Builds everything in dist/:
//   alliance-kit.js            one ES module, every dependency inlined, registers every element (script tag)
//   esm/                       ES modules + type declarations for npm users (lit, zod as dependencies)
//   alliance-feed.schema.json  the feed's JSON Schema, generated from the zod schema
//   cli.mjs                    the organizers' command-line tool (bundled)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const step = (label) => console.log(`\n▸ ${label}`);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

step('script-tag bundle (dist/alliance-kit.js)');
await viteBuild({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'alliance-kit.js' },
    rolldownOptions: { output: { minify: true } },
  },
});

step('npm modules and type declarations (dist/esm)');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

step('feed JSON Schema and field reference');
await esbuild({
  entryPoints: ['scripts/write-feed-schema.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: '.tmp/build/write-feed-schema.mjs',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['.tmp/build/write-feed-schema.mjs'], { stdio: 'inherit' });

if (existsSync('src/cli/bin.ts')) {
  step('organizer CLI (dist/cli.mjs)');
  await esbuild({
    entryPoints: ['src/cli/bin.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: 'dist/cli.mjs',
    // Bundled CommonJS dependencies (csv-parse, ical.js) may call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

console.log('\nBuilt dist/.');
