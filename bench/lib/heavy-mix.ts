/**
 * What many users at once send: each connection in turn asks for the country's and the
 * region's dashboard summary, the region's staff and chats and the country's staff (first
 * page of 25 with the total).
 */
export function heavyMix(
  federal: { name: string; value: string },
  region: { name: string; value: string },
  staffPage: object,
) {
  const as = (cookie: typeof federal) => ({
    cookie: `${cookie.name}=${cookie.value}`,
    'x-cutover-client': 'web',
  });
  const chatsPage = { ...staffPage, sort: { field: 'title', order: 'ASC' } };
  return [
    { path: '/trpc/dashboard.summary', body: { json: {} }, headers: as(federal) },
    { path: '/trpc/staff.list', body: { json: staffPage }, headers: as(region) },
    { path: '/trpc/dashboard.summary', body: { json: {} }, headers: as(region) },
    { path: '/trpc/chats.list', body: { json: chatsPage }, headers: as(region) },
    { path: '/trpc/staff.list', body: { json: staffPage }, headers: as(federal) },
  ];
}
