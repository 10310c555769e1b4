/** A pasted list of UserIDs with its parse feedback: how many are ready, duplicates, overflow and every bad entry with its rule. */
import { Alert, List, Stack, Text, Textarea } from '@mantine/core';
import type { ParsedIds } from '../../../../lib/parse-user-ids';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { ruleText } from '../../../../lib/rule-text';
import { membersMessages } from './messages';

/** Props: the text, its parse and the most ids kept. */
export interface IdListInputProps {
  value: string;
  onChange: (value: string) => void;
  parsed: ParsedIds;
  max: number;
  touched: boolean;
  disabled?: boolean;
}

/** The UserID textarea of the add and remove dialogs. */
export function IdListInput({ value, onChange, parsed, max, touched, disabled }: IdListInputProps) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const count = parsed.ids.length;
  return (
    <Stack gap="xs">
      <Textarea
        label={m.ids.label}
        description={m.ids.description}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={8}
        spellCheck={false}
        disabled={disabled}
        data-autofocus
        error={touched && count === 0 ? m.ids.none : undefined}
      />
      {parsed.rejected.length > 0 && (
        <Alert color="red" variant="light" title={m.ids.rejectedTitle(parsed.rejected.length)} role="alert">
          <List size="sm">
            {parsed.rejected.slice(0, 10).map((r) => (
              <List.Item key={r.position}>
                {m.ids.rejectedItem(r.position, r.value, ruleText(r.rule, lang))}
              </List.Item>
            ))}
          </List>
          {parsed.rejected.length > 10 && <Text size="sm">{m.ids.more(parsed.rejected.length - 10)}</Text>}
        </Alert>
      )}
      <Text size="sm" role="status">
        {count > 0 && m.ids.ready(count)} {parsed.duplicates > 0 && m.ids.duplicates(parsed.duplicates)}{' '}
        {parsed.overflow > 0 && m.ids.overflow(parsed.overflow, max)}
      </Text>
    </Stack>
  );
}
