import { checkHierarchyIntegrity, integrityChecks } from '@cutover/db';
import { runCommand } from './run-command';

const titles = {
  cycle: 'cycles',
  orphan: 'orphans',
  path_mismatch: 'paths that disagree with the parents',
  depth_mismatch: 'depths that disagree with the path',
  wrong_level: 'units of the wrong level under their parent',
  wrong_kind: 'kinds that do not fit the level',
  open_under_closed: 'open units under a closed parent',
  misplaced_rows: 'units whose staff or chats carry another region or municipality',
  miscounted_lists: 'list totals (list_counts) that disagree with the rows',
} as const;

/** `pnpm integrity`: exit 0 when the org tree is sound, 2 with a list of what is not. */
await runCommand(async (database) => {
  const report = await checkHierarchyIntegrity(database.db);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (report.ok) {
    out(
      `hierarchy intact: ${report.units} units, no cycles, orphans, path, level or closing errors`,
    );
    return 0;
  }
  out(`hierarchy has PROBLEMS (${report.units} units checked):`);
  for (const check of integrityChecks) {
    const { count, examples } = report.findings[check];
    out(`  ${titles[check]}: ${count}`);
    for (const problem of examples) {
      out(`    #${problem.id} ${problem.code} «${problem.name}»: ${problem.detail}`);
    }
    if (count > examples.length) out(`    … and ${count - examples.length} more`);
  }
  return 2;
});
