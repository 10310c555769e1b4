/**
 * Import one group for migration (`import_group`) from a JSON file holding the request body: the file is
 * parsed and checked against the contract, previewed field by field, then sent on confirmation.
 */
import { Button, FileInput, Group, List, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  endpoint as importGroup,
  importGroupRequestSchema,
  type ImportGroupRequest,
} from '../../../api/endpoints/group_open_http_svc/import_group';
import { ErrorState } from '../../components/page-states';
import { AccessGate } from '../../lib/access';
import { callIm } from '../../lib/api-client';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';
import { groupsMessages } from './messages';
import { groupKeys } from './queries';

/** What a chosen file holds: a valid body, or the reasons it is not one. */
export type ImportParse =
  | { ok: true; body: ImportGroupRequest }
  | { ok: false; notJson?: string; issues: { path: string; message: string }[] };

/** Parses and checks the text of an import file against the `import_group` contract. */
export function parseImportFile(text: string): ImportParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: error instanceof Error ? error.message : String(error), issues: [] };
  }
  const res = importGroupRequestSchema.safeParse(json);
  if (res.success) return { ok: true, body: res.data };
  return {
    ok: false,
    issues: res.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(file)',
      message: i.message,
    })),
  };
}

/** The import form; `onDone` closes the surrounding modal. */
export function ImportGroupForm({ onDone }: { onDone: () => void }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [parsed, setParsed] = useState<ImportParse>();

  const run = useMutation({
    mutationFn: (body: ImportGroupRequest) => callIm(importGroup, body),
    onSuccess: (res) => {
      notifications.show({ color: 'teal', message: m.import.done(res.GroupId) });
      // Leaving /groups closes the modal with the page.
      void navigate(`/groups/${encodeURIComponent(res.GroupId)}`);
      // Not awaited: the new group's page loads at once; the list refreshes behind it.
      void queryClient.invalidateQueries({ queryKey: groupKeys.all });
    },
  });

  const onFile = async (f: File | null) => {
    setFile(f);
    run.reset();
    setParsed(f ? parseImportFile(await f.text()) : undefined);
  };

  return (
    <Stack>
      <Text size="sm">{m.import.intro}</Text>
      <FileInput
        label={m.import.file}
        placeholder={m.import.filePlaceholder}
        accept="application/json,.json"
        value={file}
        onChange={(f) => void onFile(f)}
        clearable
      />
      {parsed && !parsed.ok && (
        <Stack gap={4} role="alert">
          <Text c="red" size="sm">
            {parsed.notJson ? m.import.notJson(parsed.notJson) : m.import.invalid}
          </Text>
          <List size="sm">
            {parsed.issues.map((i) => (
              <List.Item key={i.path + i.message}>
                <Text span ff="monospace" size="sm">
                  {i.path}
                </Text>{' '}
                {ruleText(i.message, lang)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {parsed?.ok && (
        <Table withTableBorder aria-label={m.import.preview}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.import.field}</Table.Th>
              <Table.Th>{m.import.value}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(parsed.body).map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Td ff="monospace">{k}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  {typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {run.isError && <ErrorState error={run.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {m.import.cancel}
        </Button>
        <AccessGate what="group_open_http_svc/import_group">
          {(disabled) => (
            <Button
              disabled={disabled || !parsed?.ok}
              loading={run.isPending}
              onClick={() => parsed?.ok && run.mutate(parsed.body)}
            >
              {m.import.submit}
            </Button>
          )}
        </AccessGate>
      </Group>
    </Stack>
  );
}
