import { insertAccount, openDatabase, queryRows, userExists } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { signInCookie } from './first-screen';
import { type LoadResult, runLoad } from './load';
import { graphql, startPostGraphile } from './postgraphile-server';

export interface PostGraphileComparison {
  version: string;
  lists: {
    name: string;
    cutover: LoadResult;
    postgraphile: LoadResult;
    /** Cutover's requests/s over PostGraphile's: above 1 is the goal. */
    ratio: number;
    /** Both served the same 25 ids in the same order and the same total. */
    samePage: boolean;
  }[];
}

interface Places {
  regionId: number;
  regionCode: string;
  institutionId: number;
  institutionCode: string;
  schoolLogin: string;
}

// The same columns the Cutover lists return: the row's own, its unit's name and path.
const staffFields = `id orgUnitId externalId fullName role phone email funnelStatus invitedAt
  registeredAt lastActiveAt deactivatedAt version createdAt updatedAt
  orgUnitByOrgUnitId { name path }`;
const chatFields = `id orgUnitId kind classLabel title legacyPlatform status parentsExpected
  parentsJoined migratedAt legacyClosedAt version createdAt updatedAt
  orgUnitByOrgUnitId { name path }`;
const connection = (field: string, order: string, fields: string) =>
  `query ($condition: ${field === 'allStaff' ? 'StaffCondition' : 'OfficialChatCondition'}) {
    list: ${field}(first: 25, orderBy: [${order}_ASC, ID_ASC], condition: $condition) {
      totalCount nodes { ${fields} } } }`;
const staffQuery = connection('allStaff', 'FULL_NAME', staffFields);
const chatsQuery = connection('allOfficialChats', 'TITLE', chatFields);

/**
 * The same lists from PostGraphile 4 over the same copy (BENCH_POSTGRAPHILE=1): first 25 by
 * name with the total count, at 10 connections for the same time, Cutover's load and
 * PostGraphile's one after the other for each list. PostGraphile has no scope gate, so it
 * gets the equality the scope implies (the unit, or the region the rows carry); its
 * runtime role is the app's.
 */
export async function comparePostGraphile(options: {
  baseUrl: string;
  ownerUrl: string;
  runtimeUrl: string;
  password: string;
  federalLogin: string;
  regionLogin: string;
  seconds: number;
}): Promise<PostGraphileComparison> {
  const places = await placesOf(options.ownerUrl, options.regionLogin);
  const school = await signInCookie(options.baseUrl, places.schoolLogin, options.password);
  const region = await signInCookie(options.baseUrl, options.regionLogin, options.password);
  const federal = await signInCookie(options.baseUrl, options.federalLogin, options.password);
  const staffPage = { page: 1, perPage: 25, sort: { field: 'fullName', order: 'ASC' }, filter: {} };
  const chatsPage = { ...staffPage, sort: { field: 'title', order: 'ASC' } };
  const cases = [
    {
      name: `staff, institution ${places.institutionCode}`,
      trpc: { procedure: 'staff.list', cookie: school, input: staffPage },
      gql: { query: staffQuery, condition: { orgUnitId: places.institutionId } },
    },
    {
      name: `staff, region ${places.regionCode}`,
      trpc: { procedure: 'staff.list', cookie: region, input: staffPage },
      gql: { query: staffQuery, condition: { regionId: places.regionId } },
    },
    {
      name: 'staff, country',
      trpc: { procedure: 'staff.list', cookie: federal, input: staffPage },
      gql: { query: staffQuery, condition: {} },
    },
    {
      name: `chats, region ${places.regionCode}`,
      trpc: { procedure: 'chats.list', cookie: region, input: chatsPage },
      gql: { query: chatsQuery, condition: { regionId: places.regionId } },
    },
  ];
  const server = await startPostGraphile(options.runtimeUrl);
  try {
    const lists: PostGraphileComparison['lists'] = [];
    for (const item of cases) {
      const trpcTarget = {
        url: `${options.baseUrl}/trpc/${item.trpc.procedure}`,
        body: { json: item.trpc.input },
        headers: {
          cookie: `${item.trpc.cookie.name}=${item.trpc.cookie.value}`,
          'x-cutover-client': 'web',
        },
      };
      const gqlBody = { query: item.gql.query, variables: { condition: item.gql.condition } };
      const samePage = await compareFirstPages(trpcTarget, server.url, gqlBody);
      const cutover = await runLoad({
        name: `${item.name}, Cutover`,
        ...trpcTarget,
        connections: 10,
        seconds: options.seconds,
      });
      const postgraphile = await runLoad({
        name: `${item.name}, PostGraphile`,
        url: server.url,
        body: gqlBody,
        connections: 10,
        seconds: options.seconds,
      });
      lists.push({
        name: item.name,
        cutover,
        postgraphile,
        ratio:
          Math.round(
            (cutover.requestsPerSecond / Math.max(0.1, postgraphile.requestsPerSecond)) * 100,
          ) / 100,
        samePage,
      });
    }
    return { version: server.version, lists };
  } finally {
    await server.stop();
  }
}

/** One request to each: the same ids in the same order and the same total, or a warning. */
async function compareFirstPages(
  trpc: { url: string; body: unknown; headers: Record<string, string> },
  gqlUrl: string,
  gqlBody: { query: string; variables: object },
) {
  const response = await fetch(trpc.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...trpc.headers },
    body: JSON.stringify(trpc.body),
  });
  if (!response.ok) throw new Error(`${trpc.url} answered ${response.status}`);
  const mine = ((await response.json()) as { result: { data: { json: Page } } }).result.data.json;
  const theirs = (
    (await graphql(gqlUrl, gqlBody.query, gqlBody.variables)).data as { list: GqlPage }
  ).list;
  const same =
    mine.total === theirs.totalCount &&
    mine.data.map((row) => String(row.id)).join() ===
      theirs.nodes.map((row) => String(row.id)).join();
  if (!same) {
    process.stderr.write(
      `postgraphile: ${trpc.url} and PostGraphile differ (totals ${mine.total} / ${theirs.totalCount})\n`,
    );
  }
  return same;
}
type Page = { data: { id: number | string }[]; total: number };
type GqlPage = { totalCount: number; nodes: { id: number | string }[] };

/**
 * The region of the regional bench account, and a school admin (same password as the demo
 * accounts) of an institution of 70 to 90 staff in it, the "small list".
 */
async function placesOf(ownerUrl: string, regionLogin: string): Promise<Places> {
  const owner = await openDatabase({ url: ownerUrl, poolSize: 1 });
  try {
    const [place] = await queryRows<{
      regionId: number;
      regionCode: string;
      institutionId: number;
      institutionCode: string;
      hash: string;
    }>(
      owner.db,
      sql`select r.id as "regionId", r.code as "regionCode", i.id as "institutionId",
                 i.code as "institutionCode", u.password_hash as hash
          from users u join org_units r on r.id = u.scope_org_unit_id
          cross join lateral (
            select i.id, i.code from org_units i join staff s on s.org_unit_id = i.id
            where i.level = 'institution' and s.region_id = r.id
            group by i.id, i.code having count(*) between 70 and 90 order by i.id limit 1) i
          where u.login = ${regionLogin}`,
    );
    if (!place) throw new Error(`no institution of 70 to 90 staff under ${regionLogin}'s region`);
    const schoolLogin = `bench-school-${place.institutionCode.toLowerCase()}@bench`;
    if (!(await userExists(owner.db, schoolLogin))) {
      await insertAccount(owner.db, {
        login: schoolLogin,
        displayName: schoolLogin,
        passwordHash: place.hash,
        role: 'school_admin',
        scopeOrgUnitId: place.institutionId,
        isDemo: false,
      });
    }
    return { ...place, schoolLogin };
  } finally {
    await owner.close();
  }
}

/** The comparison's lines in the bench's report. */
export function reportPostGraphile(
  comparison: PostGraphileComparison,
  out: (line: string) => void,
) {
  out(`  vs PostGraphile ${comparison.version} (10 connections, same page and total):`);
  for (const list of comparison.lists) {
    const errors = (r: LoadResult) => r.errors + r.non2xx + r.timeouts;
    out(
      `    ${list.name.padEnd(34)} Cutover ${list.cutover.requestsPerSecond} req/s (p99 ${list.cutover.latencyMs.p99} ms), PostGraphile ${list.postgraphile.requestsPerSecond} req/s (p99 ${list.postgraphile.latencyMs.p99} ms): ${list.ratio}x${list.ratio > 1 ? '' : ' (goal > 1)'}${list.samePage ? '' : ', pages DIFFER'}${errors(list.cutover) + errors(list.postgraphile) > 0 ? ', with errors' : ''}`,
    );
  }
}
