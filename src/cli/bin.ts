#!/usr/bin/env node
import { main, nodeIo } from './main.js';

// `esereport archive --format json | head`: the reader closing the pipe ends the run quietly,
// as for any Unix filter, instead of an unhandled EPIPE error with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
