/**
 * The handler registry against the contract registry: every handler belongs to a contract endpoint,
 * the slice's endpoints are all handled, and the endpoints still lacking a handler are exactly the
 * documented ones outside `handled`. Adding a handler therefore means adding its line to `handled`;
 * a later issue drives the missing list to empty.
 */
import { describe, expect, it } from 'vitest';
import { endpointList, endpoints } from '../../api/endpoints';
import { documentedPaths } from '../../api/endpoints/documented-paths';
import { handlerList, handlers } from './index';

/** The accounts/profile slice, which must always be handled. */
const slice = [
  'im_open_login_svc/account_import',
  'im_open_login_svc/multiaccount_import',
  'im_open_login_svc/account_check',
  'im_open_login_svc/account_delete',
  'im_open_login_svc/kick',
  'openim/query_online_status',
  'openim/querystate',
  'profile/portrait_get',
  'profile/portrait_set',
];

/** Push, global mute and operations (all_member_push, openconfigsvr, open_msg_svc, ConfigSvc). */
const pushAndOps = [
  'all_member_push/im_push',
  'all_member_push/im_set_attr_name',
  'all_member_push/im_get_attr_name',
  'all_member_push/im_get_attr',
  'all_member_push/im_set_attr',
  'all_member_push/im_remove_attr',
  'all_member_push/im_get_tag',
  'all_member_push/im_add_tag',
  'all_member_push/im_remove_tag',
  'all_member_push/im_remove_all_tags',
  'openconfigsvr/setnospeaking',
  'openconfigsvr/getnospeaking',
  'openconfigsvr/getappinfo',
  'ConfigSvc/GetIPList',
  'open_msg_svc/get_history',
];

/** The relationship chain (07-relationships.md). */
const relationships = [
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

/** One-to-one messages, message extensions and conversations (03-c2c-messages.md, 08-conversations.md). */
const c2cAndConversations = [
  'openim/sendmsg',
  'openim/batchsendmsg',
  'openim/importmsg',
  'openim/admin_getroammsg',
  'openim/admin_msgwithdraw',
  'openim/admin_set_msg_read',
  'openim/get_c2c_unread_msg_num',
  'openim/modify_c2c_msg',
  'openim_msg_ext_http_svc/get_key_values',
  'openim_msg_ext_http_svc/set_key_values',
  'recentcontact/get_list',
  'recentcontact/delete',
  'recentcontact/create_contact_group',
  'recentcontact/del_contact_group',
  'recentcontact/update_contact_group',
  'recentcontact/mark_contact',
  'recentcontact/search_contact_group',
  'recentcontact/get_contact_group',
];

/** Endpoints with an emulator handler so far: the slice only, for now. */
/** The groups and topics area (10-groups-core.md, 11-groups-messages.md, 09-topics.md). */
const groups = [
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
  'million_group_open_http_svc/create_topic',
  'million_group_open_http_svc/destroy_topic',
  'million_group_open_http_svc/get_topic',
  'million_group_open_http_svc/modify_topic',
];

const handled = [...slice, ...relationships, ...pushAndOps, ...c2cAndConversations, ...groups];

/** Contract endpoints without an emulator handler yet. */
const notYetHandled = documentedPaths.filter((p) => !handled.includes(p));

describe('handler registry', () => {
  it('lacks handlers for exactly the endpoints listed as not yet handled', () => {
    const missing = endpointList.map((e) => e.path).filter((p) => !handlers.has(p));
    expect(missing.sort()).toEqual([...notYetHandled].sort());
  });

  it('handles every endpoint of the accounts/profile slice', () => {
    for (const path of slice) expect(handlers.has(path), path).toBe(true);
  });

  it('registers each handler once, under its own contract', () => {
    expect(handlers.size).toBe(handlerList.length);
    for (const h of handlerList) {
      expect((endpoints as Record<string, unknown>)[h.endpoint.path]).toBe(h.endpoint);
    }
  });
});
