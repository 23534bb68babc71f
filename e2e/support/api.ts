import { expect, type Page } from '@playwright/test';

/**
 * Calls a tRPC procedure as the signed-in page would (the session cookie, POST with the
 * web client's header, superjson's `{ json }` envelope). For setting up and checking data
 * a test cannot read from the screen; what the test is about still goes through the UI.
 */
export async function callApi<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/trpc/${procedure}`, {
    headers: { 'content-type': 'application/json', 'x-cutover-client': 'web' },
    data: { json: input },
  });
  expect(response.status(), `${procedure} answered`).toBe(200);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

export interface ListAnswer<T> {
  data: T[];
  total: number;
}

export const listAll = <T>(page: Page, resource: string, filter: Record<string, unknown> = {}) =>
  callApi<ListAnswer<T>>(page, `${resource}.list`, {
    page: 1,
    perPage: 500,
    sort: { field: 'id', order: 'ASC' },
    filter,
  });
