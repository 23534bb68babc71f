/** What index.html makes the browser load before anything runs: scripts, preloads, styles. */
export async function initialJs(url: string) {
  const html = await (await fetch(`${url}/`)).text();
  const paths = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g),
  ].map((match) => match[1] ?? '');
  const sizes = { files: paths.length, raw: 0, gzip: 0, br: 0 };
  for (const path of paths) {
    for (const encoding of ['identity', 'gzip', 'br'] as const) {
      // fetch() would decode the body: ask for the bytes as they travel.
      const response = await rawGet(`${url}${path}`, encoding);
      const key = encoding === 'identity' ? 'raw' : encoding;
      sizes[key] += response;
    }
  }
  return sizes;
}

async function rawGet(url: string, encoding: string): Promise<number> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(bytes)
          : reject(new Error(`${url} answered ${response.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}
