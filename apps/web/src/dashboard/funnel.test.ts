import { describe, expect, it } from 'vitest';
import { funnelBars } from './funnel';

const funnel = [
  { stage: 'invited', count: 36 },
  { stage: 'registered', count: 32 },
  { stage: 'active', count: 31 },
  { stage: 'chatsMigrated', count: 0 },
  { stage: 'chatsLegacyClosed', count: 0 },
];

describe('funnelBars', () => {
  it('shows a staff wave as expected, invited, registered and active; only active is adoption', () => {
    expect(funnelBars('staff_active', 197, funnel)).toEqual([
      { key: 'expected', count: 197, adoption: false },
      { key: 'invited', count: 36, adoption: false },
      { key: 'registered', count: 32, adoption: false },
      { key: 'active', count: 31, adoption: true },
    ]);
  });
  it('shows a chat wave in chats, without the teachers', () => {
    const bars = funnelBars('chats_migrated', 1029, [
      ...funnel.slice(0, 3),
      { stage: 'chatsMigrated', count: 1000 },
      { stage: 'chatsLegacyClosed', count: 900 },
    ]);
    expect(bars.map((bar) => bar.key)).toEqual(['expected', 'chatsMigrated', 'chatsLegacyClosed']);
    expect(bars.filter((bar) => bar.adoption).map((bar) => bar.count)).toEqual([1000]);
  });
  it('counts a stage the server did not send as zero', () => {
    expect(funnelBars('parents_joined', 5844, [])).toEqual([
      { key: 'expected', count: 5844, adoption: false },
      { key: 'parentsJoined', count: 0, adoption: true },
    ]);
  });
  it('shows nothing for an unknown metric', () => {
    expect(funnelBars('page_views', 10, funnel)).toEqual([]);
  });
});
