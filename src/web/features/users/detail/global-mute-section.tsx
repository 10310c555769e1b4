/**
 * The "Global mute" region of the Status tab (`openconfigsvr/getnospeaking` / `setnospeaking`,
 * ../shared/im-api/12-global-mute.md): the state of the one-to-one and group mutes with their end time,
 * clear per kind, and a form to set a mute with presets (1 h, 1 day, 7 days, forever) or a custom length.
 * Other specs find it as `getByRole('region', { name: 'Global mute' })` (users-shared.md).
 */
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconVolume, IconVolumeOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import {
  MUTE_FOREVER,
  endpoint as setnospeaking,
} from '../../../../api/endpoints/openconfigsvr/setnospeaking';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import {
  lengthSeconds,
  MUTE_MAX_FINITE,
  mutePresets,
  muteSeconds,
  muteStatus,
  muteUnits,
  type MutePreset,
  type MuteUnit,
} from '../../../lib/mute-duration';
import { detailMessages } from './messages';
import { detailQueries } from './queries';

type Kind = 'c2c' | 'group';
const fieldOf = { c2c: 'C2CmsgNospeakingTime', group: 'GroupmsgNospeakingTime' } as const;

/** The global mute region of one user. */
export function GlobalMuteSection({ userId }: { userId: string }) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const headingId = useId();
  const queryClient = useQueryClient();
  const mute = useQuery(detailQueries.globalMute(userId));
  const kindLabel = (k: Kind) => (k === 'c2c' ? m.mute.c2c : m.mute.group);

  const write = useMutation({
    mutationFn: (body: { C2CmsgNospeakingTime?: number; GroupmsgNospeakingTime?: number }) =>
      callIm(setnospeaking, { Set_Account: userId, ...body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: detailQueries.globalMute(userId).queryKey }),
  });

  const clear = (k: Kind) =>
    write.mutate(
      { [fieldOf[k]]: 0 },
      { onSuccess: () => notifications.show({ color: 'teal', message: m.mute.cleared(kindLabel(k)) }) },
    );

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {m.mute.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {m.mute.intro}
      </Text>
      {mute.isPending && <LoadingState />}
      {mute.isError && <ErrorState error={mute.error} onRetry={() => void mute.refetch()} />}
      {mute.data && (
        <Stack gap="md">
          <Table aria-label={m.mute.title}>
            <Table.Tbody>
              {(['c2c', 'group'] as const).map((k) => {
                const s = muteStatus(mute.data[k], mute.data.readAt);
                return (
                  <Table.Tr key={k}>
                    <Table.Th scope="row" w={220}>
                      {kindLabel(k)}
                    </Table.Th>
                    <Table.Td>
                      <Group gap="xs">
                        {s.kind === 'none' ? (
                          <IconVolume size={16} aria-hidden />
                        ) : (
                          <IconVolumeOff size={16} color="var(--mantine-color-red-6)" aria-hidden />
                        )}
                        <Text
                          size="sm"
                          fw={s.kind === 'none' ? undefined : 600}
                          c={s.kind === 'none' ? 'dimmed' : 'red'}
                        >
                          {s.kind === 'none'
                            ? m.mute.notMuted
                            : s.kind === 'forever'
                              ? m.mute.forever
                              : m.mute.mutedUntil(formatUnixSeconds(s.endsAtMs / 1000, lang))}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td w={120}>
                      {s.kind !== 'none' && (
                        <AccessGate what="openconfigsvr/setnospeaking">
                          {(disabled) => (
                            <Button
                              size="xs"
                              variant="light"
                              disabled={disabled}
                              loading={write.isPending && write.variables?.[fieldOf[k]] === 0}
                              aria-label={m.mute.clearAria(kindLabel(k))}
                              onClick={() => clear(k)}
                            >
                              {m.mute.clear}
                            </Button>
                          )}
                        </AccessGate>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {write.isError && <ErrorState error={write.error} />}
          <SetMuteForm
            userId={userId}
            pending={write.isPending}
            onSet={(body) =>
              write.mutate(body, {
                onSuccess: () => notifications.show({ color: 'teal', message: m.mute.applied }),
              })
            }
          />
        </Stack>
      )}
    </Card>
  );
}

function SetMuteForm({
  userId,
  pending,
  onSet,
}: {
  userId: string;
  pending: boolean;
  onSet: (body: { C2CmsgNospeakingTime?: number; GroupmsgNospeakingTime?: number }) => void;
}) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const [kinds, setKinds] = useState<Kind[]>(['c2c', 'group']);
  const [preset, setPreset] = useState<MutePreset>('hour');
  const [amount, setAmount] = useState<number | string>(2);
  const [unit, setUnit] = useState<MuteUnit>('hours');
  const [submitted, setSubmitted] = useState(false);
  const durationId = useId();
  const seconds = muteSeconds(preset, lengthSeconds(typeof amount === 'number' ? amount : undefined, unit));
  const end = seconds === null ? null : muteStatus(seconds, Date.now());
  const customError =
    preset === 'custom' && seconds === null
      ? `${m.mute.amount} ${m.mute.customRule(`${MUTE_MAX_FINITE.toLocaleString()} s`)}`
      : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (kinds.length === 0 || seconds === null) return;
    const body: { C2CmsgNospeakingTime?: number; GroupmsgNospeakingTime?: number } = {};
    for (const k of kinds) body[fieldOf[k]] = seconds;
    if (seconds === MUTE_FOREVER) {
      modals.openConfirmModal({
        title: m.mute.confirmForeverTitle,
        children: <Text size="sm">{m.mute.confirmForeverBody(userId)}</Text>,
        labels: { confirm: m.mute.confirm, cancel: m.profile.cancel },
        confirmProps: { color: 'red' },
        onConfirm: () => onSet(body),
      });
    } else onSet(body);
  };

  return (
    <form onSubmit={submit} aria-label={m.mute.setTitle} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {m.mute.setTitle}
        </Title>
        <Checkbox.Group
          label={m.mute.kinds}
          value={kinds}
          onChange={(v) => setKinds(v as Kind[])}
          error={submitted && kinds.length === 0 ? m.mute.pickKind : undefined}
        >
          <Group mt={4}>
            <Checkbox value="c2c" label={m.mute.c2c} />
            <Checkbox value="group" label={m.mute.group} />
          </Group>
        </Checkbox.Group>
        <div>
          <Text size="sm" fw={500} id={durationId} mb={4}>
            {m.mute.duration}
          </Text>
          <SegmentedControl
            aria-labelledby={durationId}
            value={preset}
            onChange={(v) => setPreset(v as MutePreset)}
            data={mutePresets.map((p) => ({ value: p, label: m.mute.presets[p] }))}
          />
        </div>
        {preset === 'custom' && (
          <Group align="flex-start">
            <NumberInput
              label={m.mute.amount}
              value={amount}
              onChange={setAmount}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              error={customError}
              w={200}
            />
            <Select
              label={m.mute.unit}
              value={unit}
              onChange={(v) => setUnit((v as MuteUnit | null) ?? 'hours')}
              data={muteUnits.map((u) => ({ value: u, label: m.mute.units[u] }))}
              allowDeselect={false}
              w={140}
            />
          </Group>
        )}
        <Group>
          <AccessGate what="openconfigsvr/setnospeaking">
            {(disabled) => (
              <Button
                type="submit"
                color="red"
                leftSection={<IconVolumeOff size={16} aria-hidden />}
                disabled={disabled}
                loading={pending}
              >
                {m.mute.set}
              </Button>
            )}
          </AccessGate>
          {end && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {end.kind === 'until'
                ? m.mute.endsAt(formatUnixSeconds(end.endsAtMs / 1000, lang))
                : m.mute.endsNever}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
