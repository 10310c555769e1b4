/**
 * The documented webhook commands and the facts the dispatcher needs about them
 * (../shared/im-api/14-webhooks.md §2): which are "before" (awaited, can refuse or modify), which carry
 * `EventTime`, and how a simulated session's platform is spelled in `OptPlatform` / `KickedDevice`.
 */

/** Every callback command the emulator can fire (14-webhooks.md "Contents" §2). */
export const callbackCommands = [
  'State.StateChange',
  'Profile.CallbackPortraitSet',
  'Sns.CallbackPrevFriendAdd',
  'Sns.CallbackPrevFriendResponse',
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'C2C.CallbackBeforeSendMsg',
  'C2C.CallbackAfterSendMsg',
  'C2C.CallbackAfterMsgReport',
  'C2C.CallbackAfterMsgWithDraw',
  'Group.CallbackBeforeCreateGroup',
  'Group.CallbackAfterCreateGroup',
  'Group.CallbackAfterNewMemberJoin',
  'Group.CallbackBeforeCreateTopic',
  'Group.CallbackAfterCreateTopic',
  'Group.CallbackAfterTopicDestroyed',
  'Group.CallbackAfterTopicInfoChanged',
] as const;

/** One documented callback command. */
export type CallbackCommand = (typeof callbackCommands)[number];

/** The synchronous ones: IM waits for the answer and obeys it (14-webhooks.md §1.4). */
export const beforeCommands: ReadonlySet<CallbackCommand> = new Set([
  'Sns.CallbackPrevFriendAdd',
  'Sns.CallbackPrevFriendResponse',
  'C2C.CallbackBeforeSendMsg',
  'Group.CallbackBeforeCreateGroup',
  'Group.CallbackBeforeCreateTopic',
]);

/** Commands whose body lists `EventTime` (milliseconds) in the seed or the current docs (14-webhooks.md §2). */
export const eventTimeCommands: ReadonlySet<CallbackCommand> = new Set([
  'State.StateChange',
  'Profile.CallbackPortraitSet',
  'Sns.CallbackPrevFriendAdd',
  'Sns.CallbackPrevFriendResponse',
  'C2C.CallbackBeforeSendMsg',
  'C2C.CallbackAfterSendMsg',
  'C2C.CallbackAfterMsgReport',
  'C2C.CallbackAfterMsgWithDraw',
  'Group.CallbackAfterCreateGroup',
  'Group.CallbackAfterNewMemberJoin',
]);

/** `OptPlatform` for events caused by REST calls (14-webhooks.md §1.1). */
export const REST_PLATFORM = 'RESTAPI';

const platformNames: Record<string, string> = {
  iphone: 'iOS',
  ios: 'iOS',
  android: 'Android',
  web: 'Web',
  pc: 'Windows',
  windows: 'Windows',
  mac: 'Mac',
  ipad: 'iPad',
  linux: 'Linux',
};

/**
 * A simulated session's platform (free text such as `iPhone`, `PC`) as a callback platform name:
 * `iOS`, `Android`, `Web`, `Windows`, `Mac`, `iPad`, `Linux`, else `Unknown`. `State.StateChange`
 * spells iOS `IOS` in its URL (14-webhooks.md §1.1), hence `stateChange`.
 */
export function callbackPlatform(platform: string, stateChange = false): string {
  const name = platformNames[platform.toLowerCase()] ?? 'Unknown';
  return stateChange && name === 'iOS' ? 'IOS' : name;
}
