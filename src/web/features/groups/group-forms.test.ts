import { describe, expect, it } from 'vitest';
import { createGroupRequestSchema } from '../../../api/endpoints/group_open_http_svc/create_group';
import { createBody } from './create-group-form';
import { changedBody } from './detail/edit-info-draft';
import { parseImportFile } from './import-group-form';

const draft = {
  type: 'Public' as const,
  groupId: '',
  owner: '',
  name: 'Team',
  introduction: '',
  notification: '',
  faceUrl: '',
  applyJoin: '' as const,
  inviteJoin: '' as const,
  maxMembers: '' as const,
  supportTopic: false,
  members: '',
  appData: [],
};

describe('createBody', () => {
  it('leaves empty optional fields out', () => {
    expect(createBody(draft, [])).toEqual({ Type: 'Public', Name: 'Team' });
  });

  it('sends members, options and topics only where the type takes them', () => {
    const body = createBody(
      { ...draft, type: 'Community', groupId: ' @TGS#_c1 ', supportTopic: true, inviteJoin: 'FreeAccess' },
      ['alice', 'bob'],
    );
    expect(body).toMatchObject({
      Type: 'Community',
      GroupId: '@TGS#_c1',
      SupportTopic: 1,
      InviteJoinOption: 'FreeAccess',
      MemberList: [{ Member_Account: 'alice' }, { Member_Account: 'bob' }],
    });
    const av = createBody({ ...draft, type: 'AVChatRoom', supportTopic: true, inviteJoin: 'FreeAccess' }, [
      'alice',
    ]);
    expect(av).toEqual({ Type: 'AVChatRoom', Name: 'Team' });
    expect(createGroupRequestSchema.safeParse(av).success).toBe(true);
  });
});

describe('changedBody', () => {
  const before = {
    Name: 'A',
    Introduction: '',
    Notification: '',
    FaceUrl: '',
    MaxMemberNum: 200 as number | '',
    ApplyJoinOption: 'FreeAccess' as const,
    InviteJoinOption: '' as const,
    MuteAllMember: false,
    appData: [
      { Key: 'level', Value: '1' },
      { Key: 'tag', Value: 'x' },
    ],
  };

  it('sends only the group ID when nothing changed', () => {
    expect(changedBody('g1', before, before)).toEqual({ GroupId: 'g1' });
  });

  it('sends changed fields, mute-all as On/Off, and upserts or deletes custom data', () => {
    const after = {
      ...before,
      Name: 'B',
      MuteAllMember: true,
      appData: [
        { Key: 'level', Value: '2' },
        { Key: 'tag', Value: '' },
        { Key: 'new', Value: 'n' },
      ],
    };
    expect(changedBody('g1', before, after)).toEqual({
      GroupId: 'g1',
      Name: 'B',
      MuteAllMember: 'On',
      AppDefinedData: [
        { Key: 'level', Value: '2' },
        { Key: 'tag', Value: '' },
        { Key: 'new', Value: 'n' },
      ],
    });
    expect(changedBody('g1', { ...before, MuteAllMember: true }, before).MuteAllMember).toBe('Off');
  });
});

describe('parseImportFile', () => {
  it('accepts a valid import_group body', () => {
    const res = parseImportFile(
      '{"Type":"Public","Name":"Moved","CreateTime":1500000000,"Owner_Account":"alice"}',
    );
    expect(res).toEqual({
      ok: true,
      body: { Type: 'Public', Name: 'Moved', CreateTime: 1500000000, Owner_Account: 'alice' },
    });
  });

  it('says when the file is not JSON', () => {
    const res = parseImportFile('{not json');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.notJson).toBeTruthy();
  });

  it('names each field that breaks the contract', () => {
    const res = parseImportFile('{"Type":"AVChatRoom","Name":""}');
    expect(res.ok).toBe(false);
    const paths = res.ok ? [] : res.issues.map((i) => i.path);
    expect(paths).toContain('Type');
    expect(paths).toContain('Name');
  });
});
