import { openDatabase } from '@cutover/db';
import pg from 'pg';
import { benchCaller } from './api-caller';
import { captureQuery } from './captured-sql';
import { runLoops } from './load';

/**
 * The summary's one statement as the API sends it (captured from an in-process call, same
 * text and parameters, same prepared-statement name) from 10 pooled connections.
 */
export async function summaryStatementDirect(ownerUrl: string, runSeconds: number) {
  const database = await openDatabase({ url: ownerUrl, poolSize: 2 });
  let statement: Awaited<ReturnType<typeof captureQuery>>;
  try {
    const caller = await benchCaller(database, 'federal_admin', 'RU');
    statement = await captureQuery('adoption_summary_live', () => caller.dashboard.summary({}));
  } finally {
    await database.close();
  }
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 10 });
  try {
    const send = () => pool.query({ ...statement, values: statement.values });
    for (let i = 0; i < 50; i++) await send();
    return await runLoops('dashboard summary statement, direct', send, 10, runSeconds);
  } finally {
    await pool.end();
  }
}
