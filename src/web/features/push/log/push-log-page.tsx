/** `/push`: the proxy's push log, filtered through the URL, newest first, with a detail drawer. */
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LogPage } from '../../../components/log/log-page';
import { AccessGate, useCan } from '../../../lib/access';
import { useMessages } from '../../../lib/i18n/i18n';
import { useLogUrl } from '../../../lib/log-url';
import { PushTabs } from '../push-tabs';
import { filtersFromParams, hasFilters, withFilters } from './filters';
import { pushLogMessages } from './messages';
import { PushLogDetail } from './push-log-detail';
import { PushLogFiltersBar } from './push-log-filters';
import { PushLogTable } from './push-log-table';
import { pushLogQueries } from './queries';

export function PushLogPage() {
  const m = useMessages(pushLogMessages);
  const canSend = useCan('all_member_push/im_push').allowed;
  const url = useLogUrl(filtersFromParams, withFilters);
  const { filters } = url;
  const query = useInfiniteQuery(pushLogQueries.list(filters));

  return (
    <LogPage
      above={<PushTabs active="log" />}
      title={m.title}
      intro={m.intro}
      action={
        <AccessGate what="all_member_push/im_push">
          {(disabled) =>
            disabled ? (
              <Button disabled leftSection={<IconPlus size={16} aria-hidden />}>
                {m.newPush}
              </Button>
            ) : (
              <Button component={Link} to="/push/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {m.newPush}
              </Button>
            )
          }
        </AccessGate>
      }
      notice={canSend ? undefined : m.readOnly}
      filters={<PushLogFiltersBar filters={filters} onChange={url.setFilters} />}
      url={url}
      query={query}
      empty={{ title: m.empty, body: hasFilters(filters) ? m.emptyBody : m.emptyAll }}
      table={PushLogTable}
      detail={{ title: m.detail.title, close: m.detail.close, render: (id) => <PushLogDetail id={id} /> }}
    />
  );
}
