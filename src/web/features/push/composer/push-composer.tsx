/**
 * The composer: content, sender and storage, offline push and audience on the left; the live
 * notification preview, the exact JSON, the test send and the guarded send on the right.
 */
import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { AudienceSection } from './audience-section';
import { ContentSection } from './content-section';
import { DeliverySection } from './delivery-section';
import type { FieldError } from './element-editor';
import { randomMsgRandom, toPushRequest, type ComposerForm } from './form-state';
import { JsonPreview } from './json-preview';
import { composerMessages } from './messages';
import { NotificationPreviewCard } from './notification-preview';
import { OfflineSection } from './offline-section';
import { problemText, shownBeforeSubmit } from './problem-text';
import { composerQueries } from './queries';
import { SendPanel } from './send-panel';
import { TestSend } from './test-send';
import { formProblems } from './validate';

/** The composer, starting from `initial` (empty, or a duplicate of a logged push). */
export function PushComposer({ initial }: { initial: ComposerForm }) {
  const m = useMessages(composerMessages);
  const { lang } = useLanguage();
  const [form, setForm] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const attrNames = useQuery(composerQueries.attrNames());
  const names = useMemo(() => attrNames.data?.map((n) => n.name), [attrNames.data]);
  const problems = useMemo(() => formProblems(form, names), [form, names]);
  const request = useMemo(() => toPushRequest(form), [form]);
  const patch = useCallback((p: Partial<ComposerForm>) => setForm((f) => ({ ...f, ...p })), []);

  const err: FieldError = (key, label) => {
    const problem = problems.get(key);
    if (!problem || (!revealed && !shownBeforeSubmit(problem))) return undefined;
    const text = problemText(problem, lang, m);
    const sentence = 'local' in problem && ['noCondition', 'noElements'].includes(problem.local);
    return label && !sentence ? `${label}: ${text}` : text;
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <ContentSection elements={form.elements} onChange={(elements) => patch({ elements })} err={err} />
          <AudienceSection form={form} onChange={patch} err={err} />
          <OfflineSection
            offline={form.offline}
            onChange={(p) => setForm((f) => ({ ...f, offline: { ...f.offline, ...p } }))}
            err={err}
          />
          <DeliverySection form={form} onChange={patch} err={err} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg" style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
          <NotificationPreviewCard request={request} />
          <SendPanel
            form={form}
            request={request}
            problemCount={problems.size}
            onReveal={() => setRevealed(true)}
            onSent={() => patch({ msgRandom: randomMsgRandom() })}
          />
          <TestSend request={request} blocked={problems.size > 0} onBlocked={() => setRevealed(true)} />
          <JsonPreview request={request} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
