/** Per-item results of one `sns/*` batch call: a summary and every account's code with its meaning. */
import { Badge, Stack, Text } from '@mantine/core';
import type { SnsResultItem } from '../../../../api/friend';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { describeImError } from '../../../lib/im-error-text';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { friendsMessages } from './messages';

/** Shows how each account of a batch call fared; 30539 (request pending) is not a failure. */
export function BatchResults({ items }: { items: readonly SnsResultItem[] }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const failed = items.filter((i) => i.ResultCode !== 0 && i.ResultCode !== 30539).length;
  const columns: VirtualColumn<SnsResultItem>[] = [
    {
      key: 'id',
      header: m.common.userId,
      width: 200,
      render: (i) => (
        <Text ff="monospace" size="sm">
          {i.To_Account}
        </Text>
      ),
    },
    {
      key: 'result',
      header: m.common.result,
      render: (i) =>
        i.ResultCode === 0 ? (
          <Badge color="teal" variant="light">
            {m.common.ok}
          </Badge>
        ) : i.ResultCode === 30539 ? (
          <Text size="sm">{m.common.pending}</Text>
        ) : (
          <Stack gap={0}>
            <Badge color="red" variant="light">
              {m.common.failed(i.ResultCode)}
            </Badge>
            <Text size="xs">{describeImError(i.ResultCode, lang).meaning}</Text>
            {i.ResultInfo && (
              <Text size="xs" c="dimmed" ff="monospace">
                {i.ResultInfo}
              </Text>
            )}
          </Stack>
        ),
    },
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} role="status">
        {m.common.resultsTitle(items.length - failed, failed)}
      </Text>
      <VirtualTable
        rows={items}
        columns={columns}
        rowKey={(i) => i.To_Account}
        label={m.common.resultsTable}
        rowHeight={84}
        maxHeight={280}
      />
    </Stack>
  );
}
