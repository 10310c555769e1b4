/**
 * Create a topic (`create_topic`) or edit one (`modify_topic`, only the changed fields). The body is
 * checked with the contract's schema first, and each broken rule is shown under its field.
 */
import { Button, Group, Modal, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createTopicRequestSchema } from '../../../../api/endpoints/million_group_open_http_svc/create_topic';
import type { TopicInfo } from '../../../../api/endpoints/million_group_open_http_svc/get_topic';
import { modifyTopicRequestSchema } from '../../../../api/endpoints/million_group_open_http_svc/modify_topic';
import { TOPIC_ID_SEPARATOR, TOPIC_LIMITS } from '../../../../api/group';
import { ErrorState } from '../../../components/page-states';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { groupKeys } from '../queries';
import { topicsMessages } from './messages';
import { createTopicCall, modifyTopicCall } from './queries';

type Field =
  'TopicId' | 'TopicName' | 'From_Account' | 'Introduction' | 'Notification' | 'FaceUrl' | 'CustomString';

type Values = Record<Field, string> & { muteAll: boolean };

function initialValues(topic: TopicInfo | undefined, groupId: string): Values {
  const prefix = groupId + TOPIC_ID_SEPARATOR;
  const id = topic?.TopicId ?? '';
  return {
    TopicId: id.startsWith(prefix) ? id.slice(prefix.length) : id,
    TopicName: topic?.TopicName ?? '',
    From_Account: '',
    Introduction: topic?.Introduction ?? '',
    Notification: topic?.Notification ?? '',
    FaceUrl: topic?.FaceUrl ?? '',
    CustomString: topic?.CustomString ?? '',
    muteAll: topic?.ShutUpAllFlag === 1,
  };
}

/** The create/edit dialog; `topic` undefined = create. */
export function TopicFormModal({
  groupId,
  topic,
  onClose,
}: {
  groupId: string;
  topic?: TopicInfo;
  onClose: () => void;
}) {
  const m = useMessages(topicsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const editing = topic !== undefined;
  const start = initialValues(topic, groupId);
  const [values, setValues] = useState<Values>(start);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const save = useMutation({
    mutationFn: async (): Promise<string | null> => {
      if (!editing) return createTopicCall(createBody()!);
      await modifyTopicCall(modifyBody()!);
      return null;
    },
    onSuccess: (createdId) => {
      void queryClient.invalidateQueries({ queryKey: groupKeys.all });
      notifications.show({ color: 'teal', message: createdId ? m.form.created(createdId) : m.form.saved });
      onClose();
    },
  });

  const optional = (field: Field) => (values[field] === '' ? undefined : values[field]);
  function createBody() {
    return {
      GroupId: groupId,
      TopicName: values.TopicName,
      TopicId: values.TopicId ? groupId + TOPIC_ID_SEPARATOR + values.TopicId : undefined,
      From_Account: optional('From_Account'),
      Introduction: optional('Introduction'),
      Notification: optional('Notification'),
      FaceUrl: optional('FaceUrl'),
      CustomString: optional('CustomString'),
    };
  }
  function modifyBody() {
    const body: Record<string, unknown> = { GroupId: groupId, TopicId: topic!.TopicId };
    for (const f of ['TopicName', 'Introduction', 'Notification', 'FaceUrl', 'CustomString'] as const)
      if (values[f] !== start[f]) body[f] = values[f];
    if (values.muteAll !== start.muteAll) body.MuteAllMember = values.muteAll ? 'On' : 'Off';
    return body as { GroupId: string; TopicId: string };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = editing ? modifyBody() : createBody();
    if (editing && Object.keys(body).length === 2) {
      setErrors({ form: m.form.nothingChanged });
      return;
    }
    if (editing && values.TopicName.trim() === '') {
      setErrors({ TopicName: `${m.fields.TopicName}: ${ruleText('must not be empty', lang)}` });
      return;
    }
    const parsed = (editing ? modifyTopicRequestSchema : createTopicRequestSchema).safeParse(body);
    if (!parsed.success) {
      const next: Partial<Record<Field | 'form', string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form') as Field | 'form';
        const label = field === 'TopicId' ? m.fields.customId : field === 'form' ? '' : m.fields[field];
        next[field] ??= label ? `${label}: ${ruleText(issue.message, lang)}` : ruleText(issue.message, lang);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    save.mutate();
  }

  const name = topic?.TopicName || topic?.TopicId || '';
  return (
    <Modal opened onClose={onClose} title={editing ? m.form.editTitle(name) : m.form.createTitle} size="lg">
      <form onSubmit={submit} noValidate aria-label={editing ? m.form.editTitle(name) : m.form.createTitle}>
        <Stack gap="sm">
          <TextInput
            label={m.fields.TopicName}
            description={m.form.bytes(TOPIC_LIMITS.topicNameBytes)}
            value={values.TopicName}
            onChange={set('TopicName')}
            error={errors.TopicName}
            required
            data-autofocus
          />
          {!editing && (
            <>
              <TextInput
                label={m.fields.customId}
                description={m.form.customIdDescription(groupId + TOPIC_ID_SEPARATOR)}
                value={values.TopicId}
                onChange={set('TopicId')}
                error={errors.TopicId}
                spellCheck={false}
                autoComplete="off"
              />
              <TextInput
                label={m.fields.From_Account}
                description={m.form.creatorDescription}
                value={values.From_Account}
                onChange={set('From_Account')}
                error={errors.From_Account}
                spellCheck={false}
                autoComplete="off"
              />
            </>
          )}
          <Textarea
            label={m.fields.Introduction}
            description={m.form.bytes(TOPIC_LIMITS.introductionBytes)}
            value={values.Introduction}
            onChange={set('Introduction')}
            error={errors.Introduction}
            autosize
            minRows={2}
          />
          <Textarea
            label={m.fields.Notification}
            description={m.form.bytes(TOPIC_LIMITS.notificationBytes)}
            value={values.Notification}
            onChange={set('Notification')}
            error={errors.Notification}
            autosize
            minRows={2}
          />
          <TextInput
            label={m.fields.FaceUrl}
            description={m.form.bytes(TOPIC_LIMITS.faceUrlBytes)}
            value={values.FaceUrl}
            onChange={set('FaceUrl')}
            error={errors.FaceUrl}
            spellCheck={false}
          />
          <Textarea
            label={m.fields.CustomString}
            description={m.form.bytes(TOPIC_LIMITS.customStringBytes)}
            value={values.CustomString}
            onChange={set('CustomString')}
            error={errors.CustomString}
            autosize
            minRows={2}
            maxRows={8}
          />
          {editing && (
            <Switch
              label={m.fields.ShutUpAllFlag}
              description={m.form.muteAllDescription}
              checked={values.muteAll}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setValues((v) => ({ ...v, muteAll: on }));
              }}
            />
          )}
          {errors.form && (
            <Text size="sm" c="red" role="alert">
              {errors.form}
            </Text>
          )}
          {save.isError && <ErrorState error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.form.cancel}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {editing ? m.form.save : m.form.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
