import { parseArgs } from 'node:util';
import { hashPassword } from '@cutover/api';
import { findNodeByCode, insertAccount, recordAudit, userExists } from '@cutover/db';
import { userCreateSchema } from '@cutover/domain';
import { runCommand } from './run-command';

const usage =
  'usage: pnpm admin:create --login LOGIN --name "Full Name" (password from CUTOVER_ADMIN_PASSWORD or stdin)';

async function readPassword(): Promise<string> {
  if (process.env.CUTOVER_ADMIN_PASSWORD) return process.env.CUTOVER_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

await runCommand(async (database) => {
  const { values } = parseArgs({
    options: { login: { type: 'string' }, name: { type: 'string' } },
  });
  const country = await findNodeByCode(database.db, 'RU');
  const rootId = country?.id ?? 0;
  const parsed = userCreateSchema.safeParse({
    login: values.login,
    displayName: values.name,
    role: 'federal_admin',
    scopeOrgUnitId: rootId,
    password: await readPassword(),
  });
  if (!parsed.success || !country) {
    const problems = parsed.success
      ? ['no country node: start the app or seed first']
      : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    process.stderr.write(`cutover: ${problems.join('; ')}\n${usage}\n`);
    return 1;
  }
  if (await userExists(database.db, parsed.data.login)) {
    process.stderr.write(`cutover: an account ${parsed.data.login} already exists\n`);
    return 1;
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await database.db.transaction(async (tx) => {
    const created = await insertAccount(tx, { ...parsed.data, passwordHash, isDemo: false });
    await recordAudit(
      tx,
      { userId: null, login: 'admin:create', requestId: null, clientIp: null },
      {
        action: 'user.create_federal_admin',
        entityType: 'user',
        entityId: created.id,
        orgPath: country.path,
        after: { login: created.login, role: 'federal_admin' },
      },
    );
  });
  process.stdout.write(`federal admin ${parsed.data.login} created\n`);
  return 0;
});
