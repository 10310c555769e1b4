/** Edits a message body as text, one custom element, or any elements as JSON; shows the contract's rules inline. */
import { Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useId } from 'react';
import { MSG_BODY_MAX_BYTES } from '../../../../api/elements';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { draftBytes, switchDraft, type BodyDraft, type BodyIssue } from './body-draft';
import { actionMessages } from './messages';

/** Words for one issue in the operator's language. */
export function useIssueText(): (issue: BodyIssue) => string {
  const m = useMessages(actionMessages);
  const { lang } = useLanguage();
  return (issue) => {
    if (issue.kind === 'json') return m.body.jsonInvalid(issue.message);
    if (issue.kind === 'required')
      return issue.path.endsWith('.Data')
        ? m.common.fieldRule('Data', ruleText('is required', lang))
        : m.body.textRequired;
    return m.common.fieldRule(issue.path, ruleText(issue.message, lang));
  };
}

/** The editor. `issues` are shown only once the operator tried to submit (`showIssues`). */
export function BodyEditor({
  draft,
  onChange,
  issues,
  showIssues,
  disabled,
}: {
  draft: BodyDraft;
  onChange: (draft: BodyDraft) => void;
  issues: readonly BodyIssue[];
  showIssues: boolean;
  disabled?: boolean;
}) {
  const m = useMessages(actionMessages);
  const issueText = useIssueText();
  const labelId = useId();
  const shown = showIssues ? issues : [];
  const at = (suffix: string) => shown.filter((i) => i.path.endsWith(suffix)).map(issueText);
  const bytes = draftBytes(draft);
  const errorOf = (list: string[]) => (list.length ? list.join(' ') : undefined);
  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <Group justify="space-between" align="end">
        <Text id={labelId} size="sm" fw={500}>
          {m.body.legend}
        </Text>
        <Text size="xs" c={bytes > MSG_BODY_MAX_BYTES ? 'red' : 'dimmed'} aria-live="polite">
          {m.body.size(bytes, MSG_BODY_MAX_BYTES)}
        </Text>
      </Group>
      <SegmentedControl
        aria-label={m.body.mode}
        size="xs"
        value={draft.mode}
        disabled={disabled}
        onChange={(v) => onChange(switchDraft(draft, v as BodyDraft['mode']))}
        data={[
          { value: 'text', label: m.body.text },
          { value: 'custom', label: m.body.custom },
          { value: 'json', label: m.body.json },
        ]}
      />
      {draft.mode === 'text' && (
        <Textarea
          label={m.body.textLabel}
          value={draft.text}
          onChange={(e) => onChange({ mode: 'text', text: e.currentTarget.value })}
          autosize
          minRows={3}
          maxRows={10}
          disabled={disabled}
          error={errorOf(shown.map(issueText))}
          data-autofocus
        />
      )}
      {draft.mode === 'custom' && (
        <>
          <Textarea
            label={m.body.data}
            description={m.body.dataHelp}
            value={draft.data}
            onChange={(e) => onChange({ ...draft, data: e.currentTarget.value })}
            autosize
            minRows={3}
            maxRows={10}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            disabled={disabled}
            error={errorOf([
              ...at('.Data'),
              ...shown.filter((i) => !i.path.includes('.MsgContent')).map(issueText),
            ])}
          />
          <TextInput
            label={m.body.desc}
            value={draft.desc}
            onChange={(e) => onChange({ ...draft, desc: e.currentTarget.value })}
            disabled={disabled}
            error={errorOf(at('.Desc'))}
          />
        </>
      )}
      {draft.mode === 'json' && (
        <Textarea
          label={m.body.jsonLabel}
          description={m.body.jsonHelp}
          value={draft.json}
          onChange={(e) => onChange({ mode: 'json', json: e.currentTarget.value })}
          autosize
          minRows={5}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          disabled={disabled}
          error={errorOf(shown.map(issueText))}
        />
      )}
    </Stack>
  );
}
