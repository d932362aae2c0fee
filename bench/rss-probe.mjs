// Loaded with `node --import` by the benchmarks: writes this process's own peak RSS (KiB, from
// getrusage RUSAGE_SELF) to $BENCH_RSS_FILE at exit, so a bundle's memory is told apart from the
// git processes it starts (GNU time's %M reports the larger of the two).
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
