/** The message key for a download route's answer; null when the file can be fetched. */
export function downloadProblem(status: number): string | null {
  if (status >= 200 && status < 300) return null;
  const known: Record<number, string> = {
    401: 'errors.unauthorized',
    403: 'errors.forbidden',
    404: 'errors.not_found',
    409: 'exports.errors.not_ready',
    // The file was deleted after its retention time (the sweeper): export it again.
    410: 'exports.errors.expired',
  };
  return known[status] ?? 'errors.internal';
}

/**
 * Asks the route before downloading (HEAD: headers only, the file is not read), so a file
 * that is gone shows as a message in the dialog rather than a failed download in the browser.
 */
export async function checkDownload(url: string, fetcher: typeof fetch = fetch) {
  try {
    const response = await fetcher(url, {
      method: 'HEAD',
      credentials: 'same-origin',
      cache: 'no-store',
    });
    return downloadProblem(response.status);
  } catch {
    return 'errors.network';
  }
}

/** Starts the browser's own download of a checked file (streamed to disk, never held in memory). */
export function startDownload(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
