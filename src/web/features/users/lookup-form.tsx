/** Paste UserIDs and look them up; bad entries are listed with the rule they break. */
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';
import { usersMessages } from './messages';
import { MAX_LOOKUP_IDS, parseUserIds, type ParsedIds } from '../../lib/parse-user-ids';

/** The lookup form; `onLookup` receives the valid, unique ids. */
export function LookupForm({ initial, onLookup }: { initial: string; onLookup: (ids: string[]) => void }) {
  const m = useMessages(usersMessages);
  const { lang } = useLanguage();
  const [text, setText] = useState(initial);
  const [parsed, setParsed] = useState<ParsedIds | null>(null);
  const [empty, setEmpty] = useState(false);
  const [seenInitial, setSeenInitial] = useState(initial);

  // The URL changed from outside (an import, a pasted link): show its ids, unless they are what this form
  // just looked up, in which case the operator's text and its rejected entries stay on screen.
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    if (parseUserIds(text).ids.join(', ') !== initial) {
      setText(initial);
      setParsed(null);
      setEmpty(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = parseUserIds(text);
    setParsed(result);
    setEmpty(result.ids.length === 0 && result.rejected.length === 0);
    if (result.ids.length > 0) onLookup(result.ids);
  }

  return (
    <form onSubmit={submit} aria-label={m.lookup.title}>
      <Stack gap="sm">
        <Textarea
          label={m.lookup.label}
          description={m.lookup.description}
          placeholder={m.lookup.placeholder}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          error={empty ? m.lookup.nothingToLookUp : undefined}
          spellCheck={false}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
        {parsed && parsed.rejected.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={m.lookup.rejectedTitle(parsed.rejected.length)}
            role="alert"
          >
            <List size="sm">
              {parsed.rejected.slice(0, 50).map((r) => (
                <List.Item key={`${r.position}`}>
                  {m.lookup.rejectedItem(r.position, r.value, ruleText(r.rule, lang))}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {parsed && (parsed.duplicates > 0 || parsed.overflow > 0) && (
          <Text size="sm" c="dimmed" role="status">
            {parsed.duplicates > 0 && m.lookup.duplicates(parsed.duplicates)}{' '}
            {parsed.overflow > 0 && m.lookup.overflow(parsed.overflow, MAX_LOOKUP_IDS)}
          </Text>
        )}
        <Group>
          <Button type="submit">{m.lookup.submit}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setText('');
              setParsed(null);
              setEmpty(false);
            }}
          >
            {m.lookup.clear}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
