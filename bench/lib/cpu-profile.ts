import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package a sampled function belongs to: an npm package, a workspace package, or node. */
function ownerOf(url: string, name: string): string {
  if (!url) return name === '(idle)' ? '(idle)' : `(native) ${name}`;
  const store = url.match(/node_modules\/\.pnpm\/([^/]+)\//);
  if (store?.[1]) {
    const id = store[1].replace(/^@/, '\u0000').replace(/@.*$/, '').replace('+', '/');
    return id.replace('\u0000', '@');
  }
  if (url.startsWith('node:')) return 'node';
  const workspace = url.match(/\/(packages|apps)\/([^/]+)\//);
  return workspace ? `${workspace[1]}/${workspace[2]}` : 'other';
}

/** Now on the monotonic clock V8 stamps its samples with (the same in every process), in µs. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Self time by package across the `--cpu-prof` files in `dir`, as shares of the busy time
 * (idle left out): where a request's CPU goes, for the before/after note. With a
 * window (monotonicMicros() before and after a load) only the samples taken within it
 * count, so start-up, migrations and shutdown are left out.
 */
export function summariseCpuProfiles(
  dir: string,
  top = 15,
  window?: { fromUs: number; toUs: number },
) {
  const totals = new Map<string, number>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    let at = profile.startTime;
    profile.samples.forEach((id, index) => {
      at += profile.timeDeltas[index] ?? 0;
      if (window && (at < window.fromUs || at > window.toUs)) return;
      const node = byId.get(id);
      if (!node) return;
      const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
      totals.set(owner, (totals.get(owner) ?? 0) + (profile.timeDeltas[index] ?? 0));
    });
  }
  totals.delete('(idle)');
  const busy = [...totals.values()].reduce((sum, us) => sum + us, 0);
  return {
    busyMs: Math.round(busy / 1000),
    shares: [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([owner, us]) => ({
        owner,
        ms: Math.round(us / 1000),
        percent: Math.round((us / busy) * 1000) / 10,
      })),
  };
}
