import { describe, expect, it } from 'vitest';
import { endpointList, endpoints } from './endpoints';
import {
  endpointPermissions,
  permissionFor,
  permissions,
  roleCanCall,
  roleHas,
  roleLabels,
  rolePermissions,
  roles,
  rolesWith,
} from './roles';

describe('roles as data', () => {
  it('maps every registry endpoint, and nothing else, to a permission', () => {
    expect(Object.keys(endpointPermissions).sort()).toEqual(Object.keys(endpoints).sort());
    for (const path of Object.keys(endpointPermissions)) {
      expect(permissions).toContain(permissionFor(path));
    }
  });

  it('never allows a path the table does not know', () => {
    for (const role of roles) {
      expect(roleCanCall(role, 'openim/no_such_command')).toBe(false);
      expect(roleCanCall(role, 'toString')).toBe(false);
      expect(roleCanCall(role, '__proto__')).toBe(false);
    }
  });

  it('gives admin every permission and every endpoint', () => {
    expect([...rolePermissions.admin].sort()).toEqual([...permissions].sort());
    for (const e of endpointList) expect(roleCanCall('admin', e.path)).toBe(true);
  });

  it('keeps message content from viewers and marketing, and private chats a permission of their own', () => {
    for (const path of [
      'openim/admin_getroammsg',
      'open_msg_svc/get_history',
      'group_open_http_svc/group_msg_get_simple',
    ]) {
      expect(roleCanCall('viewer', path)).toBe(false);
      expect(roleCanCall('marketing', path)).toBe(false);
      expect(roleCanCall('support', path)).toBe(true);
    }
    expect(permissionFor('openim/admin_getroammsg')).toBe('messages.readPrivate');
    expect(permissionFor('open_msg_svc/get_history')).toBe('messages.readPrivate');
  });

  it('builds each role on the one below as the issue describes', () => {
    for (const p of rolePermissions.viewer) expect(roleHas('support', p)).toBe(true);
    for (const p of rolePermissions.support) expect(roleHas('moderator', p)).toBe(true);
    for (const p of rolePermissions.viewer) expect(roleHas('marketing', p)).toBe(true);
    expect(roleCanCall('support', 'openconfigsvr/setnospeaking')).toBe(true);
    expect(roleCanCall('support', 'im_open_login_svc/kick')).toBe(true);
    expect(roleCanCall('support', 'group_open_http_svc/forbid_send_msg')).toBe(false);
    expect(roleCanCall('moderator', 'group_open_http_svc/forbid_send_msg')).toBe(true);
    expect(roleCanCall('moderator', 'million_group_open_http_svc/create_topic')).toBe(true);
    expect(roleCanCall('marketing', 'all_member_push/im_push')).toBe(true);
    expect(roleCanCall('marketing', 'all_member_push/im_set_attr_name')).toBe(true);
    expect(roleCanCall('moderator', 'all_member_push/im_push')).toBe(false);
  });

  it('reserves every dangerous contract endpoint except group moderation and audience edits for admins', () => {
    const nonAdmin = endpointList.filter(
      (e) => e.access === 'dangerous' && rolesWith(permissionFor(e.path)!).some((r) => r !== 'admin'),
    );
    expect(nonAdmin.map((e) => e.path).sort()).toEqual([
      'all_member_push/im_push',
      'all_member_push/im_remove_all_tags',
      'all_member_push/im_set_attr_name',
      'group_open_http_svc/delete_group_msg_by_sender',
      'million_group_open_http_svc/destroy_topic',
    ]);
    for (const path of [
      'im_open_login_svc/account_delete',
      'group_open_http_svc/destroy_group',
      'group_open_http_svc/change_group_owner',
      'group_open_http_svc/import_group',
      'im_open_login_svc/multiaccount_import',
    ]) {
      expect(rolesWith(permissionFor(path)!)).toEqual(['admin']);
    }
  });

  it('labels every role in both languages', () => {
    for (const role of roles) {
      expect(roleLabels[role].en).not.toBe('');
      expect(roleLabels[role].zh).not.toBe('');
      expect(roleLabels[role].description.zh).not.toBe('');
    }
  });
});
