/** One message element of the composer: its fields by kind, and move/remove controls. */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { byteLength } from '../../../../api/rules';
import { useMessages } from '../../../lib/i18n/i18n';
import { emptyRendition, type ElementDraft, type ImageRenditionDraft } from './element-draft';
import { composerMessages } from './messages';

/** `err(key, label)`: the inline error of a field, naming it, or undefined. */
export type FieldError = (key: string, label: string) => string | undefined;

const mono = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Edits one element; `onChange` gets the whole new draft. */
export function ElementEditor({
  draft,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  err,
}: {
  draft: ElementDraft;
  index: number;
  count: number;
  onChange: (next: ElementDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  err: FieldError;
}) {
  const m = useMessages(composerMessages).content;
  const n = index + 1;
  const key = (field: string) => `el:${draft.id}:${field}`;
  const elementError = err(`el:${draft.id}`, '');

  const fields = () => {
    switch (draft.kind) {
      case 'text':
        return (
          <Textarea
            label={m.text}
            description={`${m.bytes(byteLength(draft.text), 8192)} · ${m.textHint}`}
            value={draft.text}
            onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
            error={err(key('text'), m.text)}
            autosize
            minRows={2}
            required
          />
        );
      case 'custom':
        return (
          <Stack gap="xs">
            <Group justify="space-between" align="end">
              <SegmentedControl
                aria-label={m.dataFormat}
                size="xs"
                value={draft.dataFormat}
                onChange={(v) => onChange({ ...draft, dataFormat: v === 'text' ? 'text' : 'json' })}
                data={[
                  { value: 'json', label: m.json },
                  { value: 'text', label: m.plain },
                ]}
              />
              {draft.dataFormat === 'json' && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => {
                    try {
                      onChange({ ...draft, data: JSON.stringify(JSON.parse(draft.data), null, 2) });
                    } catch {
                      // the inline error already says why it does not parse
                    }
                  }}
                >
                  {m.formatJson}
                </Button>
              )}
            </Group>
            <Textarea
              label={m.customData}
              description={m.customDataHint}
              value={draft.data}
              onChange={(e) => onChange({ ...draft, data: e.currentTarget.value })}
              error={err(key('data'), m.customData)}
              autosize
              minRows={3}
              styles={mono}
              spellCheck={false}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={m.customDesc}
                description={m.customDescHint}
                value={draft.desc}
                onChange={(e) => onChange({ ...draft, desc: e.currentTarget.value })}
                error={err(key('desc'), m.customDesc)}
              />
              <TextInput
                label={m.customExt}
                description={m.customExtHint}
                value={draft.ext}
                onChange={(e) => onChange({ ...draft, ext: e.currentTarget.value })}
                error={err(key('ext'), m.customExt)}
              />
              <TextInput
                label={m.customSound}
                value={draft.sound}
                onChange={(e) => onChange({ ...draft, sound: e.currentTarget.value })}
                error={err(key('sound'), m.customSound)}
              />
            </SimpleGrid>
          </Stack>
        );
      case 'face':
        return (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={m.faceIndex}
              description={m.faceIndexHint}
              inputMode="numeric"
              value={draft.index}
              onChange={(e) => onChange({ ...draft, index: e.currentTarget.value })}
              error={err(key('index'), m.faceIndex)}
            />
            <TextInput
              label={m.faceData}
              value={draft.data}
              onChange={(e) => onChange({ ...draft, data: e.currentTarget.value })}
              error={err(key('data'), m.faceData)}
            />
          </SimpleGrid>
        );
      case 'location':
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={m.locationDesc}
              value={draft.desc}
              onChange={(e) => onChange({ ...draft, desc: e.currentTarget.value })}
              error={err(key('desc'), m.locationDesc)}
            />
            <TextInput
              label={m.latitude}
              inputMode="decimal"
              value={draft.latitude}
              onChange={(e) => onChange({ ...draft, latitude: e.currentTarget.value })}
              error={err(key('latitude'), m.latitude)}
            />
            <TextInput
              label={m.longitude}
              inputMode="decimal"
              value={draft.longitude}
              onChange={(e) => onChange({ ...draft, longitude: e.currentTarget.value })}
              error={err(key('longitude'), m.longitude)}
            />
          </SimpleGrid>
        );
      case 'image':
        return <ImageFields draft={draft} onChange={onChange} err={err} />;
      case 'raw':
        return (
          <Textarea
            label={m.raw}
            description={m.rawHint}
            value={draft.json}
            onChange={(e) => onChange({ ...draft, json: e.currentTarget.value })}
            error={err(key('json'), m.raw)}
            autosize
            minRows={4}
            styles={mono}
            spellCheck={false}
          />
        );
    }
  };

  return (
    <Card withBorder padding="sm" role="group" aria-label={m.position(n, m.kinds[draft.kind])}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Badge variant="light">{m.position(n, m.kinds[draft.kind])}</Badge>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={m.moveUp(n)}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={m.moveDown(n)}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={m.remove(n)} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
        {fields()}
        {elementError && (
          <Text size="sm" c="red" role="alert">
            {elementError}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ImageFields({
  draft,
  onChange,
  err,
}: {
  draft: ElementDraft & { kind: 'image' };
  onChange: (next: ElementDraft) => void;
  err: FieldError;
}) {
  const m = useMessages(composerMessages).content;
  const key = (field: string) => `el:${draft.id}:${field}`;
  const setRendition = (i: number, next: ImageRenditionDraft) =>
    onChange({ ...draft, renditions: draft.renditions.map((r, j) => (j === i ? next : r)) });
  const freeType = ([1, 2, 3] as const).find((t) => !draft.renditions.some((r) => r.type === t));
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={m.imageUuid}
          value={draft.uuid}
          onChange={(e) => onChange({ ...draft, uuid: e.currentTarget.value })}
          error={err(key('uuid'), m.imageUuid)}
        />
        <Select
          label={m.imageFormat}
          data={(['1', '2', '3', '4', '255'] as const).map((v) => ({ value: v, label: m.imageFormats[v] }))}
          value={draft.format}
          onChange={(v) => v && onChange({ ...draft, format: v as typeof draft.format })}
          allowDeselect={false}
          error={err(key('format'), m.imageFormat)}
        />
      </SimpleGrid>
      <Text size="sm" fw={500}>
        {m.renditions}
      </Text>
      {draft.renditions.map((r, i) => {
        const kind = m.renditionTypes[String(r.type) as '1' | '2' | '3'];
        return (
          <Group key={r.type} align="start" gap="xs" wrap="nowrap">
            <Select
              w={120}
              label={m.renditionType(i + 1)}
              data={([1, 2, 3] as const)
                .filter((t) => t === r.type || !draft.renditions.some((x) => x.type === t))
                .map((t) => ({ value: String(t), label: m.renditionTypes[String(t) as '1' | '2' | '3'] }))}
              value={String(r.type)}
              onChange={(v) => v && setRendition(i, { ...r, type: Number(v) as 1 | 2 | 3 })}
              allowDeselect={false}
            />
            <TextInput
              style={{ flex: 1 }}
              label={m.url(kind)}
              value={r.url}
              onChange={(e) => setRendition(i, { ...r, url: e.currentTarget.value })}
              error={err(key(`r${i}.url`), m.url(kind))}
            />
            <TextInput
              w={90}
              label={m.width(kind)}
              inputMode="numeric"
              value={r.width}
              onChange={(e) => setRendition(i, { ...r, width: e.currentTarget.value })}
              error={err(key(`r${i}.width`), '')}
            />
            <TextInput
              w={90}
              label={m.height(kind)}
              inputMode="numeric"
              value={r.height}
              onChange={(e) => setRendition(i, { ...r, height: e.currentTarget.value })}
              error={err(key(`r${i}.height`), '')}
            />
            <TextInput
              w={110}
              label={m.size(kind)}
              inputMode="numeric"
              value={r.size}
              onChange={(e) => setRendition(i, { ...r, size: e.currentTarget.value })}
              error={err(key(`r${i}.size`), '')}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={m.removeRendition(kind)}
              onClick={() => onChange({ ...draft, renditions: draft.renditions.filter((_, j) => j !== i) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {freeType !== undefined && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              onChange({ ...draft, renditions: [...draft.renditions, emptyRendition(freeType)] })
            }
          >
            {m.addRendition}
          </Button>
        </Group>
      )}
      {err(key('renditions'), m.renditions) && (
        <Text size="sm" c="red">
          {err(key('renditions'), m.renditions)}
        </Text>
      )}
    </Stack>
  );
}
