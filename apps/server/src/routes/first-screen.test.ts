import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import superjson, { type SuperJSONResult } from 'superjson';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_BLOCK, firstScreenBlock } from './first-screen';
import { firstScreenPreloads } from './first-screen-preloads';

describe("the first screen's data block", () => {
  it('is JSON that no text inside can close, execute or break', () => {
    const hostile = '</script><script>alert(1)</script> & <!-- \u2028\u2029';
    const answers = [
      { path: 'auth.me', input: undefined, answer: superjson.serialize({ hostile }) },
    ];
    const html = firstScreenBlock(answers);
    expect(html.startsWith(`<script type="application/json" id="${FIRST_SCREEN_BLOCK}">`)).toBe(
      true,
    );
    const body = html.slice(html.indexOf('>') + 1, -'</script>'.length);
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    const [read] = JSON.parse(body) as { answer: SuperJSONResult }[];
    expect(superjson.deserialize(read?.answer as SuperJSONResult)).toEqual({ hostile });
  });
});

describe("the dashboard's module preloads", () => {
  it('names the dashboard chunks and what they import, less those the page names', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cutover-manifest-'));
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(
      path.join(dist, '.vite', 'manifest.json'),
      JSON.stringify({
        'src/dashboard/DashboardPage.tsx': { file: 'assets/DashboardPage-1.js', imports: ['_a'] },
        'src/dashboard/BurnupChart.tsx': { file: 'assets/BurnupChart-1.js', imports: ['_b'] },
        _a: { file: 'assets/a-1.js', imports: ['_react'] },
        _b: { file: 'assets/b-1.js', imports: ['_a'] },
        _react: { file: 'assets/react-1.js' },
        'src/staff/StaffList.tsx': { file: 'assets/StaffList-1.js' },
      }),
    );
    const page = '<link rel="modulepreload" crossorigin href="/assets/react-1.js">';
    const links = await firstScreenPreloads(dist, page);
    expect(links.match(/href="[^"]+"/g)).toEqual([
      'href="/assets/DashboardPage-1.js"',
      'href="/assets/a-1.js"',
      'href="/assets/BurnupChart-1.js"',
      'href="/assets/b-1.js"',
    ]);
    expect(await firstScreenPreloads(path.join(dist, 'none'), page)).toBe('');
  });
});
