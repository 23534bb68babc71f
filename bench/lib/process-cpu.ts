import { readFileSync } from 'node:fs';

// Linux reports a process's CPU in clock ticks; 100 a second on every common kernel.
const TICKS_PER_SECOND = 100;

/**
 * CPU a process has used so far (user + system), in milliseconds, from /proc (Linux; null
 * elsewhere). Unlike a profile's busy samples this leaves out time spent runnable but
 * waiting for a core, so it holds up on a loaded machine.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses; utime and
    // stime are the 14th and 15th fields, the 12th and 13th after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** The server's CPU per request over a load: `before` from processCpuMs at its start. */
export function cpuMsPerRequest(pid: number, before: number | null, requests: number) {
  const after = processCpuMs(pid);
  if (before === null || after === null || requests === 0) return null;
  return Math.round(((after - before) / requests) * 100) / 100;
}
