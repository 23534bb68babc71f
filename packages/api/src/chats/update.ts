import type { ChatRecord, ScopedData } from '@cutover/db';
import type { ChatBulkStatusInput, chatUpdateSchema } from '@cutover/domain';
import type { z } from 'zod';
import { conflict, invalid, notFound } from '../errors';

/** A chat the caller can see, or "not found" (never "forbidden": no existence oracle). */
export async function visibleChat(data: ScopedData, id: number): Promise<ChatRecord> {
  const [chat] = await data.chats.byIds([id]);
  if (!chat) throw notFound();
  return chat;
}

export async function updateChat(data: ScopedData, input: z.infer<typeof chatUpdateSchema>) {
  const before = await visibleChat(data, input.id);
  const { id, version, ...changes } = input;
  const expected = changes.parentsExpected ?? before.parentsExpected;
  if ((changes.parentsJoined ?? before.parentsJoined) > expected) {
    // Name the field the user touched: lowering "expected" below "joined" is the same fault.
    const field = changes.parentsJoined === undefined ? 'parentsExpected' : 'parentsJoined';
    throw invalid({ [field]: 'errors.joined_exceeds_expected' });
  }
  const updated = await data.chats.update(id, version, changes);
  if (!updated) throw conflict();
  const after = await visibleChat(data, id);
  await data.audit({
    action: 'chat.update',
    entityType: 'chat',
    entityId: id,
    orgPath: after.orgUnitPath,
    before: snapshotOf(before),
    after: snapshotOf(after),
  });
  return after;
}

function snapshotOf(chat: ChatRecord) {
  return {
    kind: chat.kind,
    classLabel: chat.classLabel,
    title: chat.title,
    legacyPlatform: chat.legacyPlatform,
    status: chat.status,
    parentsExpected: chat.parentsExpected,
    parentsJoined: chat.parentsJoined,
    migratedAt: chat.migratedAt,
    legacyClosedAt: chat.legacyClosedAt,
  };
}

/** Sets one status on the chosen chats in one set-based statement, each change audited. */
export async function bulkChatStatus(data: ScopedData, input: ChatBulkStatusInput) {
  const selection = { ids: input.ids, filter: input.filter };
  return { affected: await data.chats.bulkStatus(input.status, selection, input.dryRun) };
}
