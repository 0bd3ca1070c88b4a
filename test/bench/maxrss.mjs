// Preloaded into the measured process (`node --import`): reports its peak resident set size.
//
// The peak is the kernel's high-water mark of this process's own memory (`VmHWM` in
// /proc/self/status), which its worker threads share. Not getrusage's maxRSS: Linux carries
// ru_maxrss over fork and exec, so a process spawned by the bench (a node process holding its
// results) starts with the bench's own peak, and small runs all read as the bench's size.
import { readFileSync, writeFileSync } from 'node:fs';

/** VmHWM in bytes, or undefined where /proc is not there (not Linux). */
function highWaterMark() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(highWaterMark() ?? process.resourceUsage().maxRSS * 1024));
});
