/**
 * The registry covers every endpoint section of ../shared/im-api (85 `service/command` headings),
 * and each contract is well-formed.
 */
import { describe, expect, it } from 'vitest';
import { endpointList, endpoints, findEndpoint } from './index';

/** Every `## \`service/command\`` heading in ../shared/im-api/02..13 (webhooks are not endpoints). */
const documentedPaths = [
  'ConfigSvc/GetIPList',
  'all_member_push/im_add_tag',
  'all_member_push/im_get_attr',
  'all_member_push/im_get_attr_name',
  'all_member_push/im_get_tag',
  'all_member_push/im_push',
  'all_member_push/im_remove_all_tags',
  'all_member_push/im_remove_attr',
  'all_member_push/im_remove_tag',
  'all_member_push/im_set_attr',
  'all_member_push/im_set_attr_name',
  'group_open_http_svc/add_group_member',
  'group_open_http_svc/change_group_owner',
  'group_open_http_svc/create_group',
  'group_open_http_svc/delete_group_member',
  'group_open_http_svc/delete_group_msg_by_sender',
  'group_open_http_svc/destroy_group',
  'group_open_http_svc/forbid_send_msg',
  'group_open_http_svc/get_appid_group_list',
  'group_open_http_svc/get_group_info',
  'group_open_http_svc/get_group_member_info',
  'group_open_http_svc/get_group_shutted_uin',
  'group_open_http_svc/get_joined_group_list',
  'group_open_http_svc/get_online_member_num',
  'group_open_http_svc/get_role_in_group',
  'group_open_http_svc/group_msg_get_simple',
  'group_open_http_svc/group_msg_recall',
  'group_open_http_svc/import_group',
  'group_open_http_svc/import_group_member',
  'group_open_http_svc/import_group_msg',
  'group_open_http_svc/modify_group_base_info',
  'group_open_http_svc/modify_group_member_info',
  'group_open_http_svc/send_group_msg',
  'group_open_http_svc/send_group_system_notification',
  'group_open_http_svc/set_unread_msg_num',
  'im_open_login_svc/account_check',
  'im_open_login_svc/account_delete',
  'im_open_login_svc/account_import',
  'im_open_login_svc/kick',
  'im_open_login_svc/multiaccount_import',
  'million_group_open_http_svc/create_topic',
  'million_group_open_http_svc/destroy_topic',
  'million_group_open_http_svc/get_topic',
  'million_group_open_http_svc/modify_topic',
  'open_msg_svc/get_history',
  'openconfigsvr/getappinfo',
  'openconfigsvr/getnospeaking',
  'openconfigsvr/setnospeaking',
  'openim/admin_getroammsg',
  'openim/admin_msgwithdraw',
  'openim/admin_set_msg_read',
  'openim/batchsendmsg',
  'openim/get_c2c_unread_msg_num',
  'openim/importmsg',
  'openim/modify_c2c_msg',
  'openim/query_online_status',
  'openim/querystate',
  'openim/sendmsg',
  'openim_msg_ext_http_svc/get_key_values',
  'openim_msg_ext_http_svc/set_key_values',
  'profile/portrait_get',
  'profile/portrait_set',
  'recentcontact/create_contact_group',
  'recentcontact/del_contact_group',
  'recentcontact/delete',
  'recentcontact/get_contact_group',
  'recentcontact/get_list',
  'recentcontact/mark_contact',
  'recentcontact/search_contact_group',
  'recentcontact/update_contact_group',
  'sns/black_list_add',
  'sns/black_list_check',
  'sns/black_list_delete',
  'sns/black_list_get',
  'sns/friend_add',
  'sns/friend_check',
  'sns/friend_delete',
  'sns/friend_delete_all',
  'sns/friend_get',
  'sns/friend_get_list',
  'sns/friend_import',
  'sns/friend_update',
  'sns/group_add',
  'sns/group_delete',
  'sns/group_get',
];

describe('endpoint registry', () => {
  it('has a contract for every documented endpoint, and nothing undocumented', () => {
    const registered = Object.keys(endpoints).sort();
    expect(registered).toEqual([...documentedPaths].sort());
    expect(documentedPaths).toHaveLength(85);
  });

  it('keys every contract by its own service/command', () => {
    for (const [key, e] of Object.entries(endpoints)) {
      expect(e.path).toBe(key);
      expect(key).toBe(`${e.service}/${e.command}`);
    }
  });

  it('gives every contract an access level, a frequency and a doc reference', () => {
    for (const e of endpointList) {
      expect(['read', 'write', 'dangerous']).toContain(e.access);
      expect(e.rate.perSecond).toBeGreaterThan(0);
      expect(e.doc).toMatch(/^\d\d[a-z]?-[a-z0-9-]+\.md$/);
      for (const b of e.batch ?? []) expect(b.max).toBeGreaterThan(0);
    }
  });

  it('classifies the examples the foundation issue names', () => {
    expect(endpoints['profile/portrait_get'].access).toBe('read');
    expect(endpoints['profile/portrait_set'].access).toBe('write');
    expect(endpoints['im_open_login_svc/account_delete'].access).toBe('dangerous');
    expect(endpoints['group_open_http_svc/destroy_group'].access).toBe('dangerous');
  });

  it('finds endpoints by documented alias', () => {
    expect(findEndpoint('group_open_http_svc', 'get_group_muted_account')?.path).toBe(
      'group_open_http_svc/get_group_shutted_uin',
    );
    expect(findEndpoint('nope', 'nothing')).toBeUndefined();
  });
});
