/** The composer's content: elements in order, with add buttons per kind. */
import { Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMessages } from '../../../lib/i18n/i18n';
import { ElementEditor, type FieldError } from './element-editor';
import { editableKinds, emptyElement, type ElementDraft } from './element-draft';
import { composerMessages } from './messages';

/** Edits `elements`; `onChange` gets the whole new list. */
export function ContentSection({
  elements,
  onChange,
  err,
}: {
  elements: ElementDraft[];
  onChange: (next: ElementDraft[]) => void;
  err: FieldError;
}) {
  const m = useMessages(composerMessages).content;
  const hasCustom = elements.some(
    (e) => e.kind === 'custom' || (e.kind === 'raw' && e.json.includes('"TIMCustomElem"')),
  );
  const bodyError = err('body', '');
  const move = (i: number, delta: -1 | 1) => {
    const next = [...elements];
    const j = i + delta;
    const a = next[i];
    const b = next[j];
    if (!a || !b) return;
    next[i] = b;
    next[j] = a;
    onChange(next);
  };
  return (
    <Card withBorder component="section" aria-labelledby="push-content-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="push-content-title">
            {m.title}
          </Title>
          <Text size="sm" c="dimmed">
            {m.intro}
          </Text>
        </div>
        {elements.length === 0 && (
          <Text size="sm" c="dimmed">
            {m.empty}
          </Text>
        )}
        {elements.map((draft, i) => (
          <ElementEditor
            key={draft.id}
            draft={draft}
            index={i}
            count={elements.length}
            onChange={(next) => onChange(elements.map((e) => (e.id === draft.id ? next : e)))}
            onMove={(delta) => move(i, delta)}
            onRemove={() => onChange(elements.filter((e) => e.id !== draft.id))}
            err={err}
          />
        ))}
        {bodyError && (
          <Text size="sm" c="red" role="alert">
            {bodyError}
          </Text>
        )}
        <Group gap="xs" role="group" aria-label={m.addLabel}>
          {editableKinds.map((kind) => {
            const blocked = kind === 'custom' && hasCustom;
            const button = (
              <Button
                key={kind}
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                disabled={blocked}
                onClick={() => onChange([...elements, emptyElement(kind)])}
              >
                {m.add[kind]}
              </Button>
            );
            return blocked ? (
              <Tooltip key={kind} label={m.oneCustom}>
                <span tabIndex={0}>{button}</span>
              </Tooltip>
            ) : (
              button
            );
          })}
        </Group>
      </Stack>
    </Card>
  );
}
