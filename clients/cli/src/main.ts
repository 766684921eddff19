#!/usr/bin/env node
import { runCli } from './program';

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

void runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interrupted,
}).then((code) => {
  process.exitCode = code;
  // A follow that ended leaves no handle open; anything else must not keep the process.
  setImmediate(() => process.exit(code));
});
