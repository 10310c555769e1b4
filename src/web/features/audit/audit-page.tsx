/** `/audit` (admin): the append-only audit log, filtered through the URL, newest first, with CSV export. */
import { Button, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { LogPage } from '../../components/log/log-page';
import { useMessages } from '../../lib/i18n/i18n';
import { useLogUrl } from '../../lib/log-url';
import { AuditDetail } from './audit-detail';
import { AuditFiltersBar } from './audit-filters-bar';
import { AuditTable } from './audit-table';
import { exportUrl, filtersFromParams, hasFilters, withFilters } from './filters';
import { auditMessages } from './messages';
import { auditQueries } from './queries';

export function AuditPage() {
  const m = useMessages(auditMessages);
  const url = useLogUrl(filtersFromParams, withFilters);
  const { filters } = url;
  const query = useInfiniteQuery(auditQueries.list(filters));

  return (
    <LogPage
      title={m.title}
      intro={m.intro}
      action={
        <Tooltip label={m.exportHint} withArrow>
          <Button
            component="a"
            href={exportUrl(filters)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {m.export}
          </Button>
        </Tooltip>
      }
      notice={m.appendOnly}
      filters={<AuditFiltersBar filters={filters} onChange={url.setFilters} />}
      url={url}
      query={query}
      empty={{ title: m.empty, body: hasFilters(filters) ? m.emptyBody : m.emptyAll }}
      table={AuditTable}
      detail={{ title: m.detail.title, close: m.detail.close, render: (id) => <AuditDetail id={id} /> }}
    />
  );
}
