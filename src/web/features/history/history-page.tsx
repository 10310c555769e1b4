/**
 * Route elements of the history area: the picker and the three transcript kinds, each reading its
 * addresses from the path. `/history/archives` is the archives feature's page.
 */
import { useParams } from 'react-router';
import { groupIdOfTopic } from '../../../api/group-type';
import { NotFoundPage } from '../../components/not-found-page';
import { HistoryPickerPage } from './picker/picker-page';
import { TranscriptPage } from './transcript/transcript-page';

export { HistoryPickerPage };

/** `/history/c2c/:viewpoint/:peer`. */
export function C2cTranscriptRoute() {
  const { viewpoint = '', peer = '' } = useParams();
  if (!viewpoint || !peer) return <NotFoundPage />;
  return <TranscriptPage target={{ kind: 'c2c', viewpoint, peer }} />;
}

/** `/history/group/:groupId`. */
export function GroupTranscriptRoute() {
  const { groupId = '' } = useParams();
  if (!groupId) return <NotFoundPage />;
  return <TranscriptPage target={{ kind: 'group', groupId }} />;
}

/** `/history/topic/:topicId` (the group is the part before `@TOPIC#_`). */
export function TopicTranscriptRoute() {
  const { topicId = '' } = useParams();
  const groupId = groupIdOfTopic(topicId);
  if (!groupId) return <NotFoundPage />;
  return <TranscriptPage target={{ kind: 'topic', groupId, topicId }} />;
}
