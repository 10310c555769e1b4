/**
 * A message's elements, in the order sent, each drawn as its kind (04-message-elements.md §2–10 and
 * the console hints of §14): text with emoji codes shown as codes, face, location with a map link,
 * custom data pretty-printed when it is JSON, image thumbnail opening the large image, voice, video
 * and file with size, duration and download link, merged messages; anything else shown raw.
 */
import { Text } from '@mantine/core';
import type { ResponseMsgBody, ResponseMsgElement } from '../../../../api/elements';
import { useMessages } from '../../../lib/i18n/i18n';
import { CustomElement } from './custom-element';
import { viewElement } from './element-view';
import { FaceElement } from './face-element';
import { FileElement } from './file-element';
import { ImageElement } from './image-element';
import { LocationElement } from './location-element';
import classes from './message-body.module.css';
import { elementMessages } from './messages';
import { RawElement } from './raw-element';
import { RelayElement } from './relay-element';
import { SoundElement } from './sound-element';
import { TextElement } from './text-element';
import { VideoElement } from './video-element';

export interface MessageBodyProps {
  body: ResponseMsgBody;
  /** Text to mark wherever it occurs (case-insensitive), e.g. the transcript search. */
  highlight?: string | undefined;
  /** Nesting level inside merged messages (0 for a transcript message). */
  depth?: number;
}

/** One element as its kind. */
function Element({
  element,
  highlight,
  depth,
}: {
  element: ResponseMsgElement;
  highlight: string | undefined;
  depth: number;
}) {
  const view = viewElement(element);
  switch (view.kind) {
    case 'text':
      return <TextElement content={view.content} highlight={highlight} />;
    case 'face':
      return <FaceElement content={view.content} highlight={highlight} />;
    case 'location':
      return <LocationElement content={view.content} highlight={highlight} />;
    case 'custom':
      return <CustomElement content={view.content} highlight={highlight} />;
    case 'image':
      return <ImageElement content={view.content} />;
    case 'sound':
      return <SoundElement content={view.content} />;
    case 'video':
      return <VideoElement content={view.content} />;
    case 'file':
      return <FileElement content={view.content} highlight={highlight} />;
    case 'relay':
      return (
        <RelayElement
          content={view.content}
          highlight={highlight}
          depth={depth}
          renderBody={(body) => <MessageBody body={body} highlight={highlight} depth={depth + 1} />}
        />
      );
    case 'raw':
      return (
        <RawElement type={view.type} reason={view.reason} content={view.content} highlight={highlight} />
      );
  }
}

/** Every element of a message, in the order sent; an empty body says so. */
export function MessageBody({ body, highlight, depth = 0 }: MessageBodyProps) {
  const m = useMessages(elementMessages);
  if (body.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {m.emptyBody}
      </Text>
    );
  }
  return (
    <div className={classes.body} data-message-body>
      {body.map((element, i) => (
        <Element key={i} element={element} highlight={highlight || undefined} depth={depth} />
      ))}
    </div>
  );
}
