import type { BrowserContext } from '@playwright/test';

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Matches every URL that is neither on `origin` nor of a local scheme. A regular expression
 * rather than a predicate: Playwright matches it without a round trip to the test process,
 * so the app's own requests (dozens of chunks per page load) are not slowed by the guard.
 */
export function foreignUrlPattern(origin: string): RegExp {
  const local = LOCAL_SCHEMES.map(escapeRegExp).join('|');
  return new RegExp(`^(?!${escapeRegExp(origin)}(?:[/?#]|$))(?!${local})`, 'i');
}

/** Matches every WebSocket URL whose host is not `host`. */
export function foreignSocketPattern(host: string): RegExp {
  return new RegExp(`^(?!wss?://${escapeRegExp(host)}(?:[/?#]|$))`, 'i');
}

/**
 * Data residency: the browser may talk to the app's own origin only. Anything else is
 * blocked (so nothing leaves the machine) and recorded (so the test fails and names it).
 */
export async function guardOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await context.route(foreignUrlPattern(origin), async (route) => {
    foreign.push(`${route.request().method()} ${route.request().url()}`);
    await route.abort('blockedbyclient');
  });
  await context.routeWebSocket(foreignSocketPattern(new URL(origin).host), async (socket) => {
    foreign.push(`WEBSOCKET ${socket.url()}`);
    await socket.close();
  });
  return foreign;
}
