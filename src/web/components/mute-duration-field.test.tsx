/** The shared mute duration field: presets, custom end time with its rule, the end preview, the end text. */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../app/providers';
import { mutePresets, type MutePreset } from '../lib/mute-duration';
import { MuteDurationField, muteEndText, useMuteDuration } from './mute-duration-field';

const words = {
  duration: 'Duration',
  presets: { hour: '1 hour', day: '1 day', week: '7 days', forever: 'Forever', custom: 'Custom' },
  endsAt: 'Ends at',
  endsAtDescription: 'Local time.',
  endsAtRule: 'Ends at must be in the future.',
  endsPreview: (when: string) => `Ends ${when}.`,
  forever: 'Lasts until someone lifts it.',
};

function Harness({ initial, showErrors }: { initial: MutePreset; showErrors: boolean }) {
  const duration = useMuteDuration(initial);
  return (
    <>
      <MuteDurationField duration={duration} presets={mutePresets} words={words} showErrors={showErrors} />
      <output aria-label="seconds">{String(duration.seconds)}</output>
    </>
  );
}

describe('MuteDurationField', () => {
  it('offers the presets, sends their seconds and previews the end', async () => {
    render(
      <Providers language="en">
        <Harness initial="hour" showErrors={false} />
      </Providers>,
    );
    expect(screen.getByLabelText('seconds').textContent).toBe('3600');
    expect(screen.getByText(/^Ends .+\.$/)).toBeTruthy();
    await userEvent.click(screen.getByText('Forever'));
    expect(screen.getByLabelText('seconds').textContent).toBe('4294967295');
    expect(screen.getByText('Lasts until someone lifts it.')).toBeTruthy();
  });

  it('asks for a custom end time and names the rule while it is missing', () => {
    render(
      <Providers language="en">
        <Harness initial="custom" showErrors />
      </Providers>,
    );
    const input = screen.getByLabelText('Ends at');
    expect(screen.getByLabelText('seconds').textContent).toBe('null');
    expect(screen.getByText('Ends at must be in the future.')).toBeTruthy();
    // Two days from now, as the datetime-local input writes it (local time, to the minute).
    const end = new Date(Date.now() + 2 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T${pad(end.getHours())}:${pad(end.getMinutes())}`;
    fireEvent.change(input, { target: { value: local } });
    const seconds = Number(screen.getByLabelText('seconds').textContent);
    expect(seconds).toBeGreaterThan(2 * 86_400 - 120);
    expect(seconds).toBeLessThanOrEqual(2 * 86_400);
    expect(screen.queryByText('Ends at must be in the future.')).toBeNull();
  });
});

describe('muteEndText', () => {
  const texts = { permanently: 'permanently', untilWhen: (when: string) => `until ${when}` };
  it('says permanently for forever, until <when> for an end, nothing without one', () => {
    expect(muteEndText({ kind: 'forever' }, 'en', texts)).toBe('permanently');
    expect(muteEndText({ kind: 'until', endsAtMs: Date.UTC(2026, 10, 26, 12) }, 'en', texts)).toMatch(
      /^until .*2026/,
    );
    expect(muteEndText(null, 'en', texts)).toBe('');
  });
});
