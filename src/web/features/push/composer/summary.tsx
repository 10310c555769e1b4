/** The push in plain words: audience, content, sender, storage and notification. */
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { proxyQueries } from '../../../lib/app-info';
import { useMessages } from '../../../lib/i18n/i18n';
import { lifeTimeWords } from './delivery-section';
import type { AttrPair, ComposerForm } from './form-state';
import { composerMessages } from './messages';
import { notificationPreview } from './preview';

type Messages = (typeof composerMessages)['en'];

/** The audience in one sentence. */
export function audienceWords(form: ComposerForm, m: Messages): string {
  const s = m.summary;
  const quoteList = (items: readonly string[]) => items.map(m.quote).join(', ');
  const pairList = (pairs: readonly AttrPair[]) =>
    pairs.map((p) => `${p.name} = ${m.quote(p.value)}`).join(', ');
  if (form.audience === 'all') return s.everyone;
  const parts =
    form.audience === 'tags'
      ? [
          form.tagsAnd.length ? s.tagsAnd(quoteList(form.tagsAnd)) : '',
          form.tagsOr.length ? s.tagsOr(quoteList(form.tagsOr)) : '',
        ]
      : [
          form.attrsAnd.length ? s.attrsAnd(pairList(form.attrsAnd)) : '',
          form.attrsOr.length ? s.attrsOr(pairList(form.attrsOr)) : '',
        ];
  const text = parts.filter(Boolean).join(s.and);
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : s.none;
}

/** The summary table. */
export function PushSummary({ form, request }: { form: ComposerForm; request: unknown }) {
  const m = useMessages(composerMessages);
  const app = useQuery(proxyQueries.app());
  const kinds = form.elements.map((e) => m.content.kinds[e.kind]).join(' + ');
  const preview = notificationPreview(request, 'android');
  const firstText = form.elements.find((e) => e.kind === 'text');
  const rows: [string, string][] = [
    [m.summary.audience, audienceWords(form, m)],
    [m.summary.content, `${kinds}${firstText && firstText.kind === 'text' ? `: ${firstText.text}` : ''}`],
    [
      m.summary.sender,
      form.senderMode === 'account'
        ? form.senderAccount
        : app.data
          ? m.delivery.senderAdmin(app.data.admin)
          : m.delivery.senderAdminUnknown,
    ],
    [m.summary.storage, lifeTimeWords(form, m) ?? form.lifeTime],
    [
      m.summary.offline,
      preview.suppressed
        ? m.preview.suppressed[preview.suppressed]
        : [preview.title, preview.body && 'text' in preview.body ? preview.body.text : '']
            .filter(Boolean)
            .join(' — ') || m.summary.offlineOff,
    ],
  ];
  return (
    <Table aria-label={m.summary.title} verticalSpacing={4} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={110} scope="row">
              <Text size="sm" fw={600}>
                {label}
              </Text>
            </Table.Th>
            <Table.Td>
              <Text size="sm" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                {value}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
