/** The state of one range export: idle, collecting (with progress), done, failed or cancelled. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { collectRange, type RangeProgress, type TimeWindow } from './range';

/** Where the export is. */
export type RangeExportState =
  | { phase: 'idle' }
  | { phase: 'running'; window: TimeWindow; progress: RangeProgress }
  | { phase: 'done'; window: TimeWindow; messages: TranscriptMessage[]; truncated: boolean }
  | { phase: 'failed'; window: TimeWindow; error: unknown }
  | { phase: 'cancelled' };

/** Starts, cancels and resets a range export of `target`; cancels on unmount. */
export function useRangeExport(target: TranscriptTarget) {
  const [state, setState] = useState<RangeExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  useEffect(() => cancel, [cancel]);

  const start = useCallback(
    (window: TimeWindow) => {
      cancel();
      const ctrl = new AbortController();
      controller.current = ctrl;
      setState({ phase: 'running', window, progress: { messages: 0, pages: 0, fraction: 0 } });
      collectRange(target, window, {
        signal: ctrl.signal,
        onProgress: (progress) => {
          if (!ctrl.signal.aborted) setState({ phase: 'running', window, progress });
        },
      }).then(
        (result) => {
          if (!ctrl.signal.aborted) setState({ phase: 'done', window, ...result });
        },
        (error: unknown) => {
          if (ctrl.signal.aborted) setState({ phase: 'cancelled' });
          else setState({ phase: 'failed', window, error });
        },
      );
    },
    [cancel, target],
  );

  const reset = useCallback(() => {
    cancel();
    setState({ phase: 'idle' });
  }, [cancel]);

  return { state, start, cancel, reset };
}
