import type { BrowserContext } from '@playwright/test';

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:']);

/**
 * Data residency: the browser may talk to the app's own origin only. Anything else is
 * blocked (so nothing leaves the machine) and recorded (so the test fails and names it).
 */
export async function guardOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  const isForeign = (url: URL) => !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin;
  await context.route(isForeign, async (route) => {
    foreign.push(`${route.request().method()} ${route.request().url()}`);
    await route.abort('blockedbyclient');
  });
  const ownHost = new URL(origin).host;
  await context.routeWebSocket(
    (url) => url.host !== ownHost,
    async (socket) => {
      foreign.push(`WEBSOCKET ${socket.url()}`);
      await socket.close();
    },
  );
  return foreign;
}
