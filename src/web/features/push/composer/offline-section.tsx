/** `OfflinePushInfo`: title, description, passthrough ext, APNs and Android vendor options (04 §11–13). */
import {
  Card,
  Code,
  Fieldset,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import type { FieldError } from './element-editor';
import type { Flag, OfflineDraft } from './offline-draft';
import { composerMessages } from './messages';

/** The select value of "leave the field out" (a select option cannot be the empty string). */
const DEFAULT = 'default';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Edits the offline-push settings; `onChange` gets a patch. */
export function OfflineSection({
  offline,
  onChange,
  err,
}: {
  offline: OfflineDraft;
  onChange: (patch: Partial<OfflineDraft>) => void;
  err: FieldError;
}) {
  const m = useMessages(composerMessages).offline;
  const text = (field: keyof OfflineDraft & string, label: string, key: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      value={offline[field] as string}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      error={err(key, label)}
    />
  );
  const flag = (field: keyof OfflineDraft & string, label: string, options: [string, string, string]) => (
    <Select
      label={label}
      data={[
        { value: DEFAULT, label: options[0] },
        { value: '0', label: options[1] },
        { value: '1', label: options[2] },
      ]}
      value={(offline[field] as Flag) || DEFAULT}
      onChange={(v) => onChange({ [field]: (v === DEFAULT || !v ? '' : v) as Flag })}
      allowDeselect={false}
    />
  );
  const extras = { ...offline.extra };
  if (Object.keys(offline.extraApns).length) extras.ApnsInfo = offline.extraApns;
  if (Object.keys(offline.extraAndroid).length) extras.AndroidInfo = offline.extraAndroid;
  return (
    <Card withBorder component="section" aria-labelledby="push-offline-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-offline-title">
          {m.title}
        </Title>
        <Switch
          label={m.enable}
          description={m.enableHint}
          checked={offline.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        {offline.enabled && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {flag('pushFlag', m.pushFlag, [m.pushFlagDefault, m.pushFlagOn, m.pushFlagOff])}
              {text('title', m.title_, 'offline.Title')}
            </SimpleGrid>
            {text('desc', m.desc, 'offline.Desc', m.descHint)}
            <TextInput
              label={m.ext}
              description={m.extHint}
              value={offline.ext}
              onChange={(e) => onChange({ ext: e.currentTarget.value })}
              error={err('offline.Ext', m.ext)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            {offline.ext !== '' && !isJson(offline.ext) && (
              <Text size="sm" c="yellow.8" role="status">
                {m.extNotJson}
              </Text>
            )}
            <Fieldset legend={m.apns}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('apnsTitle', m.apnsTitle, 'offline.ApnsInfo.Title', m.apnsTitleHint)}
                {text('apnsSubTitle', m.apnsSubTitle, 'offline.ApnsInfo.SubTitle')}
                {text('apnsSound', m.apnsSound, 'offline.ApnsInfo.Sound', m.apnsSoundHint)}
                {text('apnsImage', m.apnsImage, 'offline.ApnsInfo.Image')}
                {flag('apnsBadgeMode', m.badge, [m.badgeDefault, m.badgeCount, m.badgeNone])}
                {flag('apnsMutableContent', m.mutable, [m.mutableDefault, m.mutableOff, m.mutableOn])}
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={m.android}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('androidSound', m.androidSound, 'offline.AndroidInfo.Sound')}
                {text('huaweiChannelId', m.huawei, 'offline.AndroidInfo.HuaWeiChannelID')}
                {text('xiaomiChannelId', m.xiaomi, 'offline.AndroidInfo.XiaoMiChannelID')}
                {text('oppoChannelId', m.oppo, 'offline.AndroidInfo.OPPOChannelID')}
                {text('googleChannelId', m.google, 'offline.AndroidInfo.GoogleChannelID')}
                {flag('vivoClassification', m.vivo, [m.vivoDefault, m.vivoMarketing, m.vivoSystem])}
                <Select
                  label={m.huaweiImportance}
                  data={[
                    { value: DEFAULT, label: m.huaweiImportanceDefault },
                    { value: 'LOW', label: 'LOW' },
                    { value: 'NORMAL', label: 'NORMAL' },
                  ]}
                  value={offline.huaweiImportance || DEFAULT}
                  onChange={(v) =>
                    onChange({
                      huaweiImportance: (v === DEFAULT || !v ? '' : v) as OfflineDraft['huaweiImportance'],
                    })
                  }
                  allowDeselect={false}
                />
                {flag('extAsHuaweiIntentParam', m.intent, [m.intentDefault, m.intentAction, m.intentIntent])}
              </SimpleGrid>
            </Fieldset>
            {Object.keys(extras).length > 0 && (
              <div>
                <Text size="sm" fw={500}>
                  {m.extra}
                </Text>
                <Code block>{JSON.stringify(extras, null, 2)}</Code>
              </div>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
