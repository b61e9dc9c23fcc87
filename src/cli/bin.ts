#!/usr/bin/env node
/**
 * The `alliance-kit` executable: runs {@link main} with this process's streams and sets the exit code
 * (rather than calling process.exit, so piped output is flushed before Node ends).
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
