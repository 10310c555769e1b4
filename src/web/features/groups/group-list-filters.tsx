/**
 * The filters of `/groups`, all kept in the URL: group type (`?type=`, server side), page size of
 * `get_appid_group_list` (`?size=`) and the filter of loaded rows by name or owner (`?q=`), with a hint
 * saying what each one can do.
 */
import { Alert, Group, Select, Text, TextInput } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { GROUP_TYPES, groupTypeInfo, type GroupType } from '../../../api/group';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { groupsMessages } from './messages';

/** Page sizes offered for get_appid_group_list (its documented maximum and default is 10000). */
export const PAGE_SIZES = [100, 1000, 10000] as const;
const DEFAULT_SIZE = 1000;

/** The list's settings read from the URL (unknown values fall back to all types and the default size). */
export function groupListParams(params: URLSearchParams): {
  type: GroupType | undefined;
  size: number;
  q: string;
} {
  const rawType = params.get('type');
  const rawSize = Number(params.get('size'));
  return {
    type: GROUP_TYPES.includes(rawType as GroupType) ? (rawType as GroupType) : undefined,
    size: (PAGE_SIZES as readonly number[]).includes(rawSize) ? rawSize : DEFAULT_SIZE,
    q: params.get('q') ?? '',
  };
}

/** The filter row and its hint; `setParam` writes one URL parameter (undefined removes it). */
export function GroupListFilters({
  type,
  size,
  q,
  setParam,
}: {
  type: GroupType | undefined;
  size: number;
  q: string;
  setParam: (key: string, value: string | undefined) => void;
}) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  return (
    <>
      <Group align="flex-end">
        <Select
          label={m.list.typeFilter}
          data={[
            { value: '', label: m.list.allTypes },
            ...GROUP_TYPES.map((t) => ({ value: t, label: groupTypeInfo[t].label[lang] })),
          ]}
          value={type ?? ''}
          onChange={(v) => setParam('type', v || undefined)}
          allowDeselect={false}
          w={280}
        />
        <Select
          label={m.list.pageSize}
          data={PAGE_SIZES.map((s) => ({ value: String(s), label: s.toLocaleString() }))}
          value={String(size)}
          onChange={(v) => setParam('size', v && Number(v) !== DEFAULT_SIZE ? v : undefined)}
          allowDeselect={false}
          w={200}
        />
        <TextInput
          label={m.list.filter}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setParam('q', e.currentTarget.value || undefined)}
          style={{ flex: 1, minWidth: 240 }}
        />
      </Group>
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="xs">
        <Text size="sm">
          {m.list.filterHint} {m.list.pageSizeHint}
        </Text>
      </Alert>
    </>
  );
}
