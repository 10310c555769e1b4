import { describe, expect, it } from 'vitest';
import { parseGroupTab, tabsFor } from './tabs';

describe('group tabs', () => {
  it('shows Topics for Community groups only', () => {
    expect(tabsFor('Community')).toContain('topics');
    for (const t of ['Private', 'Public', 'ChatRoom', 'AVChatRoom', undefined] as const)
      expect(tabsFor(t)).not.toContain('topics');
    expect(tabsFor('Public')).toEqual(['info', 'members', 'mutes', 'messages', 'danger']);
  });

  it('reads the tab from the URL, falling back to info', () => {
    expect(parseGroupTab('danger')).toBe('danger');
    expect(parseGroupTab('nope')).toBe('info');
    expect(parseGroupTab(null)).toBe('info');
  });
});
