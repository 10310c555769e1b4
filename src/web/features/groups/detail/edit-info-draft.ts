/**
 * The Info tab's edit form as data: the editable fields of a group (`draftOf`) and the
 * `modify_group_base_info` body for what changed (`changedBody`), so that only changed fields are sent.
 */
import type { ModifyGroupBaseInfoRequest } from '../../../../api/endpoints/group_open_http_svc/modify_group_base_info';
import type { ApplyJoinOption, InviteJoinOption } from '../../../../api/group';
import type { AppDataRow } from '../app-data-editor';
import type { GroupInfo } from '../queries';

/** The editable fields of a group as the form holds them (`''`: not set). */
export interface EditDraft {
  Name: string;
  Introduction: string;
  Notification: string;
  FaceUrl: string;
  MaxMemberNum: number | '';
  ApplyJoinOption: ApplyJoinOption | '';
  InviteJoinOption: InviteJoinOption | '';
  MuteAllMember: boolean;
  appData: AppDataRow[];
}

/** A group's current values as a draft. */
export function draftOf(g: GroupInfo): EditDraft {
  return {
    Name: g.Name ?? '',
    Introduction: g.Introduction ?? '',
    Notification: g.Notification ?? '',
    FaceUrl: g.FaceUrl ?? '',
    MaxMemberNum: g.MaxMemberNum ?? '',
    ApplyJoinOption: g.ApplyJoinOption ?? '',
    InviteJoinOption: g.InviteJoinOption ?? '',
    MuteAllMember: (g.MuteAllMember ?? g.ShutUpAllMember) === 'On',
    appData: (g.AppDefinedData ?? []).map((i) => ({ Key: i.Key, Value: i.Value })),
  };
}

/** The `modify_group_base_info` body for what changed between `before` and `after` (only changed fields). */
export function changedBody(
  groupId: string,
  before: EditDraft,
  after: EditDraft,
): ModifyGroupBaseInfoRequest {
  const body: ModifyGroupBaseInfoRequest = { GroupId: groupId };
  if (after.Name !== before.Name) body.Name = after.Name;
  if (after.Introduction !== before.Introduction) body.Introduction = after.Introduction;
  if (after.Notification !== before.Notification) body.Notification = after.Notification;
  if (after.FaceUrl !== before.FaceUrl) body.FaceUrl = after.FaceUrl;
  if (after.MaxMemberNum !== before.MaxMemberNum && after.MaxMemberNum !== '')
    body.MaxMemberNum = after.MaxMemberNum;
  if (after.ApplyJoinOption !== before.ApplyJoinOption && after.ApplyJoinOption)
    body.ApplyJoinOption = after.ApplyJoinOption;
  if (after.InviteJoinOption !== before.InviteJoinOption && after.InviteJoinOption)
    body.InviteJoinOption = after.InviteJoinOption;
  if (after.MuteAllMember !== before.MuteAllMember) body.MuteAllMember = after.MuteAllMember ? 'On' : 'Off';
  // Upserts: new or changed keys; a removed or emptied existing key is sent with Value "" (deletes it).
  const old = new Map(before.appData.map((r) => [r.Key, r.Value]));
  const kept = new Set(after.appData.map((r) => r.Key));
  const data = after.appData.filter((r) => old.get(r.Key) !== r.Value);
  for (const key of old.keys()) if (!kept.has(key)) data.push({ Key: key, Value: '' });
  if (data.length > 0) body.AppDefinedData = data;
  return body;
}
