/**
 * Operator roles, defined once as data next to the contract. The proxy enforces them on every call
 * (it is the authority); the console reads the same table to hide or disable what an operator's role
 * cannot do and to say which role can. Every registry endpoint maps to exactly one permission
 * (`endpointPermissions`); `roles.test.ts` proves the map covers the registry and nothing else.
 */
import { z } from 'zod';
import type { EndpointPath } from './endpoints';

/** The five operator roles, least to most powerful (marketing sits beside support, not above it). */
export const roles = ['viewer', 'support', 'moderator', 'marketing', 'admin'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

/** What an operator may do. Console-only permissions (operators, audit) have no IM endpoint. */
export const permissions = [
  /** Reads that show no message content: accounts, profiles, friends, groups, members, stats... */
  'directory.read',
  /** Group and topic transcripts, message extensions. */
  'messages.readGroup',
  /** One-to-one transcripts and the hourly archives (which hold one-to-one messages): private chats. */
  'messages.readPrivate',
  /** Recall and modify messages, mark conversations read, message extensions. */
  'messages.moderate',
  /** Kick a user off every device. */
  'accounts.kick',
  /** Set and clear account-wide (global) mutes. */
  'globalMute.write',
  /** Group administration: create, edit, members, roles, mutes, topics, messages as the admin. */
  'groups.manage',
  /** Broadcast pushes, and test sends of the same content to a few accounts. */
  'push.send',
  /** App attribute names, user attributes and tags (push segments). */
  'push.audience',
  /** Profiles, friends, blocklists, friend lists and conversations of users; one-to-one sends. */
  'users.write',
  /** Destructive or bulk operations: account delete, group disband, owner transfer, imports. */
  'dangerous',
  /** The operators page: create, change role, disable, reset passwords; see every session. */
  'operators.manage',
  /** The audit log page. */
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

const viewer: readonly Permission[] = ['directory.read'];
const support: readonly Permission[] = [
  ...viewer,
  'messages.readGroup',
  'messages.readPrivate',
  'messages.moderate',
  'accounts.kick',
  'globalMute.write',
];
const moderator: readonly Permission[] = [...support, 'groups.manage'];
const marketing: readonly Permission[] = [...viewer, 'push.send', 'push.audience'];

/** Each role's permissions. Admin has all of them. */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  viewer,
  support,
  moderator,
  marketing,
  admin: permissions,
};

/** The permission each registry endpoint (`service/command`) needs. Aliases follow their endpoint. */
export const endpointPermissions: Readonly<Record<EndpointPath, Permission>> = {
  // 02 accounts
  'im_open_login_svc/account_import': 'dangerous',
  'im_open_login_svc/multiaccount_import': 'dangerous',
  'im_open_login_svc/account_delete': 'dangerous',
  'im_open_login_svc/account_check': 'directory.read',
  'im_open_login_svc/kick': 'accounts.kick',
  'openim/query_online_status': 'directory.read',
  'openim/querystate': 'directory.read',
  // 03 one-to-one messages
  'openim/sendmsg': 'users.write',
  'openim/batchsendmsg': 'push.send',
  'openim/importmsg': 'dangerous',
  'openim/admin_getroammsg': 'messages.readPrivate',
  'openim/admin_msgwithdraw': 'messages.moderate',
  'openim/admin_set_msg_read': 'messages.moderate',
  'openim/get_c2c_unread_msg_num': 'directory.read',
  'openim/modify_c2c_msg': 'messages.moderate',
  // 05 profile
  'profile/portrait_get': 'directory.read',
  'profile/portrait_set': 'users.write',
  // 06 push
  'all_member_push/im_push': 'push.send',
  'all_member_push/im_set_attr_name': 'push.audience',
  'all_member_push/im_get_attr_name': 'directory.read',
  'all_member_push/im_get_attr': 'directory.read',
  'all_member_push/im_set_attr': 'push.audience',
  'all_member_push/im_remove_attr': 'push.audience',
  'all_member_push/im_get_tag': 'directory.read',
  'all_member_push/im_add_tag': 'push.audience',
  'all_member_push/im_remove_tag': 'push.audience',
  'all_member_push/im_remove_all_tags': 'push.audience',
  // 07 relationships
  'sns/friend_add': 'users.write',
  'sns/friend_import': 'dangerous',
  'sns/friend_update': 'users.write',
  'sns/friend_delete': 'users.write',
  'sns/friend_delete_all': 'dangerous',
  'sns/friend_check': 'directory.read',
  'sns/friend_get': 'directory.read',
  'sns/friend_get_list': 'directory.read',
  'sns/black_list_add': 'users.write',
  'sns/black_list_delete': 'users.write',
  'sns/black_list_get': 'directory.read',
  'sns/black_list_check': 'directory.read',
  'sns/group_add': 'users.write',
  'sns/group_delete': 'users.write',
  'sns/group_get': 'directory.read',
  // 08 conversations
  'recentcontact/get_list': 'directory.read',
  'recentcontact/delete': 'users.write',
  'recentcontact/create_contact_group': 'users.write',
  'recentcontact/del_contact_group': 'users.write',
  'recentcontact/update_contact_group': 'users.write',
  'recentcontact/search_contact_group': 'directory.read',
  'recentcontact/mark_contact': 'users.write',
  'recentcontact/get_contact_group': 'directory.read',
  // 09 topics
  'million_group_open_http_svc/create_topic': 'groups.manage',
  'million_group_open_http_svc/destroy_topic': 'groups.manage',
  'million_group_open_http_svc/modify_topic': 'groups.manage',
  'million_group_open_http_svc/get_topic': 'directory.read',
  // 10 groups
  'group_open_http_svc/get_appid_group_list': 'directory.read',
  'group_open_http_svc/create_group': 'groups.manage',
  'group_open_http_svc/get_group_info': 'directory.read',
  'group_open_http_svc/get_group_member_info': 'directory.read',
  'group_open_http_svc/modify_group_base_info': 'groups.manage',
  'group_open_http_svc/add_group_member': 'groups.manage',
  'group_open_http_svc/delete_group_member': 'groups.manage',
  'group_open_http_svc/modify_group_member_info': 'groups.manage',
  'group_open_http_svc/destroy_group': 'dangerous',
  'group_open_http_svc/get_joined_group_list': 'directory.read',
  'group_open_http_svc/get_role_in_group': 'directory.read',
  'group_open_http_svc/forbid_send_msg': 'groups.manage',
  'group_open_http_svc/get_group_shutted_uin': 'directory.read',
  'group_open_http_svc/change_group_owner': 'dangerous',
  'group_open_http_svc/import_group': 'dangerous',
  'group_open_http_svc/import_group_member': 'dangerous',
  'group_open_http_svc/set_unread_msg_num': 'dangerous',
  'group_open_http_svc/get_online_member_num': 'directory.read',
  // 11 group messages
  'group_open_http_svc/send_group_msg': 'groups.manage',
  'group_open_http_svc/send_group_system_notification': 'groups.manage',
  'group_open_http_svc/group_msg_recall': 'messages.moderate',
  'group_open_http_svc/import_group_msg': 'dangerous',
  'group_open_http_svc/group_msg_get_simple': 'messages.readGroup',
  'group_open_http_svc/delete_group_msg_by_sender': 'groups.manage',
  'openim_msg_ext_http_svc/get_key_values': 'messages.readGroup',
  'openim_msg_ext_http_svc/set_key_values': 'messages.moderate',
  // 12 global mute
  'openconfigsvr/setnospeaking': 'globalMute.write',
  'openconfigsvr/getnospeaking': 'directory.read',
  // 13 operations
  'openconfigsvr/getappinfo': 'directory.read',
  'open_msg_svc/get_history': 'messages.readPrivate',
  'ConfigSvc/GetIPList': 'directory.read',
};

/** The permission an endpoint needs, or `undefined` for a path the table does not know (refuse it). */
export function permissionFor(path: string): Permission | undefined {
  return Object.hasOwn(endpointPermissions, path) ? endpointPermissions[path as EndpointPath] : undefined;
}

/** Whether a role holds a permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** Whether a role may call an endpoint (`service/command`); unknown paths are never allowed. */
export function roleCanCall(role: Role, path: string): boolean {
  const permission = permissionFor(path);
  return permission !== undefined && roleHas(role, permission);
}

/** The roles that hold a permission, least powerful first (for "ask a moderator or admin" hints). */
export function rolesWith(permission: Permission): Role[] {
  return roles.filter((r) => roleHas(r, permission));
}

/** Human names and one-line descriptions of the roles, in both console languages. */
export const roleLabels: Readonly<
  Record<Role, { en: string; zh: string; description: { en: string; zh: string } }>
> = {
  viewer: {
    en: 'Viewer',
    zh: '只读',
    description: {
      en: 'Reads accounts, profiles, groups and statistics; no message content.',
      zh: '查看账号、资料、群组和统计；不能查看消息内容。',
    },
  },
  support: {
    en: 'Support',
    zh: '客服',
    description: {
      en: 'Viewer, plus chat transcripts and archives, recall and edit messages, kick, global mutes.',
      zh: '只读权限，外加查看聊天记录和归档、撤回与修改消息、踢下线、全局禁言。',
    },
  },
  moderator: {
    en: 'Moderator',
    zh: '版主',
    description: {
      en: 'Support, plus group administration: members, roles, mutes, group info, topics.',
      zh: '客服权限，外加群组管理：成员、角色、禁言、群资料和话题。',
    },
  },
  marketing: {
    en: 'Marketing',
    zh: '运营',
    description: {
      en: 'Viewer, plus broadcast pushes, attribute names, user attributes and tags; no message content.',
      zh: '只读权限，外加全员推送、属性名称、用户属性与标签；不能查看消息内容。',
    },
  },
  admin: {
    en: 'Admin',
    zh: '管理员',
    description: {
      en: 'Everything, including deletes, disbanding groups, owner transfer, imports and operators.',
      zh: '全部权限，包括删除账号、解散群组、转让群主、导入和管理操作员。',
    },
  },
};
