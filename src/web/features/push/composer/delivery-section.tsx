/** Sender, offline storage (`MsgLifeTime`, said in words) and `CloudCustomData`. */
import { Card, Group, Radio, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { proxyQueries } from '../../../lib/app-info';
import { useMessages } from '../../../lib/i18n/i18n';
import type { FieldError } from './element-editor';
import { lifeTimeSeconds, lifeTimeUnits, type ComposerForm, type LifeTimeUnit } from './form-state';
import { composerMessages } from './messages';

/** Seconds in the largest whole unit, in words ("2 hours"). */
export function durationWords(seconds: number, words: (typeof composerMessages)['en']['duration']): string {
  for (const unit of ['d', 'h', 'min'] as const) {
    const size = lifeTimeUnits[unit];
    if (seconds % size === 0) return words[unit](seconds / size);
  }
  return words.s(seconds);
}

/** What the lifetime means, in words. */
export function lifeTimeWords(form: ComposerForm, m: (typeof composerMessages)['en']): string | undefined {
  const seconds = lifeTimeSeconds(form);
  if (seconds === undefined) return m.delivery.lifeUnset;
  if (!Number.isInteger(seconds) || seconds < 0) return undefined;
  if (seconds === 0) return m.delivery.lifeZero;
  return m.delivery.lifeStored(durationWords(seconds, m.duration));
}

type DeliveryFields = Pick<
  ComposerForm,
  'senderMode' | 'senderAccount' | 'lifeTime' | 'lifeTimeUnit' | 'cloudCustomData'
>;

/** Edits the delivery fields of the form. */
export function DeliverySection({
  form,
  onChange,
  err,
}: {
  form: ComposerForm;
  onChange: (patch: Partial<DeliveryFields>) => void;
  err: FieldError;
}) {
  const all = useMessages(composerMessages);
  const m = all.delivery;
  const app = useQuery(proxyQueries.app());
  const words = lifeTimeWords(form, all);
  return (
    <Card withBorder component="section" aria-labelledby="push-delivery-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-delivery-title">
          {m.title}
        </Title>
        <Radio.Group
          label={m.sender}
          value={form.senderMode}
          onChange={(v) => onChange({ senderMode: v === 'account' ? 'account' : 'admin' })}
        >
          <Group mt={4}>
            <Radio value="admin" label={app.data ? m.senderAdmin(app.data.admin) : m.senderAdminUnknown} />
            <Radio value="account" label={m.senderAccount} />
          </Group>
        </Radio.Group>
        {form.senderMode === 'account' && (
          <TextInput
            label={m.senderAccountLabel}
            description={m.senderAccountHint}
            value={form.senderAccount}
            onChange={(e) => onChange({ senderAccount: e.currentTarget.value })}
            error={err('sender', m.senderAccountLabel)}
            required
          />
        )}
        <Group align="start" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={m.lifeTime}
            inputMode="numeric"
            value={form.lifeTime}
            onChange={(e) => onChange({ lifeTime: e.currentTarget.value })}
            error={err('lifeTime', m.lifeTime)}
            description={words}
          />
          <Select
            w={130}
            label={m.lifeTimeUnit}
            data={(Object.keys(lifeTimeUnits) as LifeTimeUnit[]).map((u) => ({
              value: u,
              label: m.units[u],
            }))}
            value={form.lifeTimeUnit}
            onChange={(v) => v && onChange({ lifeTimeUnit: v as LifeTimeUnit })}
            allowDeselect={false}
          />
        </Group>
        <Textarea
          label={m.cloudCustomData}
          description={m.cloudCustomDataHint}
          value={form.cloudCustomData}
          onChange={(e) => onChange({ cloudCustomData: e.currentTarget.value })}
          autosize
          minRows={1}
        />
      </Stack>
    </Card>
  );
}
