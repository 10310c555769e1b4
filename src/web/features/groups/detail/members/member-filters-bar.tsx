/**
 * The Members tab's filters, kept in the URL: role (server side, `MemberRoleFilter`), all or muted only
 * (`get_group_shutted_uin`), and the member custom fields to show; with a note on what each one does.
 */
import { Button, Group, Input, SegmentedControl, Select, TagsInput, Text } from '@mantine/core';
import { roleLabels, type MemberRole } from '../../../../../api/group';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import type { MemberFilters } from './filters';
import { membersMessages } from './messages';
import type { PagingMode } from './queries';

/** The filter row; `roles` are those the group type has, `mode` how its list pages (for the note). */
export function MemberFiltersBar({
  filters,
  roles,
  mode,
  onChange,
  onClear,
}: {
  filters: MemberFilters;
  roles: readonly MemberRole[];
  mode: PagingMode;
  onChange: (changes: Partial<MemberFilters>) => void;
  onClear: () => void;
}) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const filtered = filters.role !== undefined || filters.muted || filters.keys.length > 0;
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={m.filters.role}
          placeholder={m.filters.anyRole}
          data={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
          value={filters.role ?? null}
          onChange={(v) => onChange({ role: (v ?? undefined) as MemberRole | undefined })}
          clearable
          w={180}
        />
        <Input.Wrapper label={m.filters.muted} labelElement="div" labelProps={{ id: 'member-mute-filter' }}>
          <SegmentedControl
            aria-labelledby="member-mute-filter"
            value={filters.muted ? 'muted' : 'all'}
            onChange={(v) => onChange({ muted: v === 'muted' })}
            data={[
              { value: 'all', label: m.filters.all },
              { value: 'muted', label: m.filters.mutedOnly },
            ]}
            display="flex"
          />
        </Input.Wrapper>
        <TagsInput
          label={m.filters.keys}
          placeholder={m.filters.keysPlaceholder}
          value={filters.keys}
          onChange={(keys) => onChange({ keys })}
          disabled={filters.muted}
          w={280}
          clearable
        />
        {filtered && (
          <Button variant="subtle" onClick={onClear}>
            {m.filters.clear}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {filters.muted ? m.filters.mutedNote : `${m.pagingNote(mode)} ${m.filters.keysDescription}`}
      </Text>
    </>
  );
}
