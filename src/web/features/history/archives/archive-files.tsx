/** The files of one hour's archive: sizes, checksums, link expiry and download. */
import {
  ActionIcon,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconRefresh } from '@tabler/icons-react';
import type { z } from 'zod';
import type { archiveFileSchema } from '../../../../api/endpoints/open_msg_svc/get_history';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { formatBytes, safeUrl } from '../elements/element-view';
import { elementMessages } from '../elements/messages';
import { archiveFileName, expireTimeUnix } from './hours';
import { archiveMessages } from './messages';

type ArchiveFile = z.infer<typeof archiveFileSchema>;

function Md5({ value, label }: { value: string; label: string }) {
  const m = useMessages(archiveMessages);
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ overflowWrap: 'anywhere' }}>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? m.copied : m.copy} withArrow>
            <ActionIcon variant="subtle" size="sm" onClick={copy} aria-label={m.copyMd5(label)}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The files table; `now` decides whether a link has expired, `onRefresh` asks for fresh links. */
export function ArchiveFiles({
  files,
  now,
  onRefresh,
  refreshing,
}: {
  files: ArchiveFile[];
  now: number;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const m = useMessages(archiveMessages);
  const sizes = useMessages(elementMessages).size;
  const { lang } = useLanguage();
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  // The exact count beside the rounded one, since checking a download compares bytes.
  const bytes = (n: number) =>
    n < 1024
      ? formatBytes(n, sizes, locale)
      : `${formatBytes(n, sizes, locale)} (${sizes.bytes(n.toLocaleString(locale))})`;
  const local = (unix: number) =>
    new Date(unix * 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const anyExpired = files.some((f) => (expireTimeUnix(f.ExpireTime) ?? Infinity) <= now);

  return (
    <Stack gap="sm">
      {anyExpired && (
        <Group>
          <Badge color="orange" variant="light">
            {m.linkExpired}
          </Badge>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRefresh}
            loading={refreshing}
          >
            {m.refresh}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder verticalSpacing="sm" aria-label={m.files}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.file}</Table.Th>
              <Table.Th>{m.gzip}</Table.Th>
              <Table.Th>{m.content}</Table.Th>
              <Table.Th>{m.expires}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f) => {
              const name = archiveFileName(f.URL);
              const expiresAt = expireTimeUnix(f.ExpireTime);
              const expired = expiresAt !== undefined && expiresAt <= now;
              const url = safeUrl(f.URL);
              return (
                <Table.Tr key={f.URL}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">
                        {m.size}: {bytes(f.GzipSize)}
                      </Text>
                      <Md5 value={f.GzipMD5} label={m.gzip} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">
                        {m.size}: {bytes(f.FileSize)}
                      </Text>
                      <Md5 value={f.FileMD5} label={m.content} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={expired ? 'orange' : undefined}>
                      {expiresAt !== undefined ? m.expiresAt(f.ExpireTime, local(expiresAt)) : f.ExpireTime}
                    </Text>
                    {expired && (
                      <Badge size="xs" color="orange" variant="light">
                        {m.linkExpired}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {url && !expired ? (
                      <Button
                        component="a"
                        href={url}
                        download={name}
                        rel="noopener noreferrer"
                        size="xs"
                        leftSection={<IconDownload size={14} aria-hidden />}
                        aria-label={m.downloadFile(name)}
                      >
                        {m.download}
                      </Button>
                    ) : (
                      <Button size="xs" disabled leftSection={<IconDownload size={14} aria-hidden />}>
                        {m.download}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
