import type { PolicySettingRecord } from '@cutover/db';
import { type PolicySetting, parsePolicyValue } from '@cutover/domain';

/** Stored rows as typed settings; a row whose value no longer parses is left out, not trusted. */
export function toSettings(rows: readonly PolicySettingRecord[]): PolicySetting[] {
  const settings: PolicySetting[] = [];
  for (const row of rows) {
    const parsed = parsePolicyValue(row.key, row.value);
    if (!parsed.ok) continue;
    settings.push({
      nodeId: row.orgUnitId,
      key: parsed.key,
      value: parsed.value,
      locked: row.locked,
      reason: row.reason,
      setBy: row.setByUserId,
      setAt: row.setAt,
    });
  }
  return settings;
}

/** Names for the provenance: which node set it, and who. */
export function describeSource(rows: readonly PolicySettingRecord[], nodeId: number) {
  const row = rows.find((r) => r.orgUnitId === nodeId);
  return { nodeName: row?.orgUnitName ?? '', setByLogin: row?.setByLogin ?? null };
}
