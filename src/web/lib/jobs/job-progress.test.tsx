/** The progress view: counts as the job runs, pause/resume/cancel buttons, per-item results at the end. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers';
import { JobProgress } from './job-progress';
import { createJob, type ItemOutcome } from './runner';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

describe('JobProgress', () => {
  it('shows progress, pauses and resumes, then lists the report controls', async () => {
    const first = gate();
    const job = createJob({
      items: ['a', 'b', 'c', 'd'],
      batchSize: 2,
      rate: { perSecond: 1000 },
      concurrency: 1,
      run: async (batch): Promise<ItemOutcome[]> => {
        if (batch[0] === 'a') await first.opened;
        return batch.map((id) =>
          id === 'd' ? { status: 'failed', code: 70107, reason: 'gone' } : { status: 'ok' },
        );
      },
    });
    render(
      <Providers language="en">
        <JobProgress
          job={job}
          title="Deletion of 4 accounts"
          okLabel="Deleted"
          reportName="r"
          itemKey={(id) => id}
          columns={[{ header: 'UserID', value: (id) => id }]}
        />
      </Providers>,
    );
    job.start();
    await waitFor(() => expect(screen.getByText('Running')).toBeTruthy());
    expect(screen.getByRole('progressbar', { name: 'Job progress' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(screen.getByText('Paused')).toBeTruthy());
    first.open();
    await waitFor(() => expect(screen.getByText('2 of 4 done')).toBeTruthy());
    expect(job.getSnapshot().state).toBe('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(screen.getByText('Finished')).toBeTruthy());
    expect(screen.getByText('4 of 4 done')).toBeTruthy();
    const count = (text: string) =>
      screen.getAllByText((_, el) => el?.tagName === 'P' && el.textContent === text).length;
    expect(count('Deleted: 3')).toBe(1);
    expect(count('Failed: 1')).toBe(1);
    // Rows are virtualized (not laid out in happy-dom; the e2e reads them): the table and its filter are there.
    expect(screen.getByRole('table', { name: 'Per-item results' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Failed only' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(
      (screen.getByRole('button', { name: 'Download failures (CSV)' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });
});
