/**
 * The transcript's export menu: the loaded messages as JSON (the API's own objects), CSV (one row per
 * message) or a printable HTML transcript, or a whole time range collected through the API.
 */
import { Button, Menu } from '@mantine/core';
import {
  IconCalendarTime,
  IconChevronDown,
  IconDownload,
  IconFileTypeCsv,
  IconFileTypeHtml,
  IconJson,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useOperator } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { exportFileName, renderExport, type ExportFormat, type ExportMeta } from './formats';
import { exportMessages } from './messages';
import { RangeExportModal } from './range-export-modal';
import { saveExport } from './save-file';

export interface ExportMenuProps {
  target: TranscriptTarget;
  /** The messages the viewer has loaded, oldest first. */
  loaded: readonly TranscriptMessage[];
}

const icons = { json: IconJson, csv: IconFileTypeCsv, html: IconFileTypeHtml } as const;

/** Export what is loaded or a whole time range as JSON, CSV or HTML. */
export function ExportMenu({ target, loaded }: ExportMenuProps) {
  const m = useMessages(exportMessages);
  const { lang } = useLanguage();
  const operator = useOperator();
  const [rangeOpen, setRangeOpen] = useState(false);

  const exportLoaded = (format: ExportFormat) => {
    const meta: ExportMeta = {
      target,
      scope: { kind: 'loaded' },
      exportedAt: Date.now(),
      lang,
      ...(operator ? { operator: { username: operator.username, displayName: operator.displayName } } : {}),
    };
    saveExport(exportFileName(meta, format), renderExport(format, loaded, meta), format);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {m.menu.button}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{loaded.length ? m.menu.loaded(loaded.length) : m.menu.noneLoaded}</Menu.Label>
          {(['json', 'csv', 'html'] as const).map((format) => {
            const Icon = icons[format];
            return (
              <Menu.Item
                key={format}
                leftSection={<Icon size={16} aria-hidden />}
                disabled={loaded.length === 0}
                onClick={() => exportLoaded(format)}
              >
                {m.menu[format]}
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconCalendarTime size={16} aria-hidden />}
            onClick={() => setRangeOpen(true)}
            title={m.menu.rangeHint}
          >
            {m.menu.range}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <RangeExportModal target={target} opened={rangeOpen} onClose={() => setRangeOpen(false)} />
    </>
  );
}
