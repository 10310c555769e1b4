/**
 * The registry: every IM REST endpoint the console, proxy and emulator know, one line each,
 * keyed by `service/command`. Adding an endpoint = its contract file + one line here.
 */
import type { AnyEndpoint } from '../endpoint';
import { endpoint as all_member_push__im_add_tag } from './all_member_push/im_add_tag';
import { endpoint as all_member_push__im_get_attr } from './all_member_push/im_get_attr';
import { endpoint as all_member_push__im_get_attr_name } from './all_member_push/im_get_attr_name';
import { endpoint as all_member_push__im_get_tag } from './all_member_push/im_get_tag';
import { endpoint as all_member_push__im_push } from './all_member_push/im_push';
import { endpoint as all_member_push__im_remove_all_tags } from './all_member_push/im_remove_all_tags';
import { endpoint as all_member_push__im_remove_attr } from './all_member_push/im_remove_attr';
import { endpoint as all_member_push__im_remove_tag } from './all_member_push/im_remove_tag';
import { endpoint as all_member_push__im_set_attr } from './all_member_push/im_set_attr';
import { endpoint as all_member_push__im_set_attr_name } from './all_member_push/im_set_attr_name';
import { endpoint as ConfigSvc__GetIPList } from './ConfigSvc/GetIPList';
import { endpoint as group_open_http_svc__add_group_member } from './group_open_http_svc/add_group_member';
import { endpoint as group_open_http_svc__change_group_owner } from './group_open_http_svc/change_group_owner';
import { endpoint as group_open_http_svc__create_group } from './group_open_http_svc/create_group';
import { endpoint as group_open_http_svc__delete_group_member } from './group_open_http_svc/delete_group_member';
import { endpoint as group_open_http_svc__delete_group_msg_by_sender } from './group_open_http_svc/delete_group_msg_by_sender';
import { endpoint as group_open_http_svc__destroy_group } from './group_open_http_svc/destroy_group';
import { endpoint as group_open_http_svc__forbid_send_msg } from './group_open_http_svc/forbid_send_msg';
import { endpoint as group_open_http_svc__get_appid_group_list } from './group_open_http_svc/get_appid_group_list';
import { endpoint as group_open_http_svc__get_group_info } from './group_open_http_svc/get_group_info';
import { endpoint as group_open_http_svc__get_group_member_info } from './group_open_http_svc/get_group_member_info';
import { endpoint as group_open_http_svc__get_group_shutted_uin } from './group_open_http_svc/get_group_shutted_uin';
import { endpoint as group_open_http_svc__get_joined_group_list } from './group_open_http_svc/get_joined_group_list';
import { endpoint as group_open_http_svc__get_online_member_num } from './group_open_http_svc/get_online_member_num';
import { endpoint as group_open_http_svc__get_role_in_group } from './group_open_http_svc/get_role_in_group';
import { endpoint as group_open_http_svc__group_msg_get_simple } from './group_open_http_svc/group_msg_get_simple';
import { endpoint as group_open_http_svc__group_msg_recall } from './group_open_http_svc/group_msg_recall';
import { endpoint as group_open_http_svc__import_group } from './group_open_http_svc/import_group';
import { endpoint as group_open_http_svc__import_group_member } from './group_open_http_svc/import_group_member';
import { endpoint as group_open_http_svc__import_group_msg } from './group_open_http_svc/import_group_msg';
import { endpoint as group_open_http_svc__modify_group_base_info } from './group_open_http_svc/modify_group_base_info';
import { endpoint as group_open_http_svc__modify_group_member_info } from './group_open_http_svc/modify_group_member_info';
import { endpoint as group_open_http_svc__send_group_msg } from './group_open_http_svc/send_group_msg';
import { endpoint as group_open_http_svc__send_group_system_notification } from './group_open_http_svc/send_group_system_notification';
import { endpoint as group_open_http_svc__set_unread_msg_num } from './group_open_http_svc/set_unread_msg_num';
import { endpoint as im_open_login_svc__account_check } from './im_open_login_svc/account_check';
import { endpoint as im_open_login_svc__account_delete } from './im_open_login_svc/account_delete';
import { endpoint as im_open_login_svc__account_import } from './im_open_login_svc/account_import';
import { endpoint as im_open_login_svc__kick } from './im_open_login_svc/kick';
import { endpoint as im_open_login_svc__multiaccount_import } from './im_open_login_svc/multiaccount_import';
import { endpoint as million_group_open_http_svc__create_topic } from './million_group_open_http_svc/create_topic';
import { endpoint as million_group_open_http_svc__destroy_topic } from './million_group_open_http_svc/destroy_topic';
import { endpoint as million_group_open_http_svc__get_topic } from './million_group_open_http_svc/get_topic';
import { endpoint as million_group_open_http_svc__modify_topic } from './million_group_open_http_svc/modify_topic';
import { endpoint as open_msg_svc__get_history } from './open_msg_svc/get_history';
import { endpoint as openconfigsvr__getappinfo } from './openconfigsvr/getappinfo';
import { endpoint as openconfigsvr__getnospeaking } from './openconfigsvr/getnospeaking';
import { endpoint as openconfigsvr__setnospeaking } from './openconfigsvr/setnospeaking';
import { endpoint as openim__admin_getroammsg } from './openim/admin_getroammsg';
import { endpoint as openim__admin_msgwithdraw } from './openim/admin_msgwithdraw';
import { endpoint as openim__admin_set_msg_read } from './openim/admin_set_msg_read';
import { endpoint as openim__batchsendmsg } from './openim/batchsendmsg';
import { endpoint as openim__get_c2c_unread_msg_num } from './openim/get_c2c_unread_msg_num';
import { endpoint as openim__importmsg } from './openim/importmsg';
import { endpoint as openim__modify_c2c_msg } from './openim/modify_c2c_msg';
import { endpoint as openim__query_online_status } from './openim/query_online_status';
import { endpoint as openim__querystate } from './openim/querystate';
import { endpoint as openim__sendmsg } from './openim/sendmsg';
import { endpoint as openim_msg_ext_http_svc__get_key_values } from './openim_msg_ext_http_svc/get_key_values';
import { endpoint as openim_msg_ext_http_svc__set_key_values } from './openim_msg_ext_http_svc/set_key_values';
import { endpoint as profile__portrait_get } from './profile/portrait_get';
import { endpoint as profile__portrait_set } from './profile/portrait_set';
import { endpoint as recentcontact__create_contact_group } from './recentcontact/create_contact_group';
import { endpoint as recentcontact__del_contact_group } from './recentcontact/del_contact_group';
import { endpoint as recentcontact__delete } from './recentcontact/delete';
import { endpoint as recentcontact__get_contact_group } from './recentcontact/get_contact_group';
import { endpoint as recentcontact__get_list } from './recentcontact/get_list';
import { endpoint as recentcontact__mark_contact } from './recentcontact/mark_contact';
import { endpoint as recentcontact__search_contact_group } from './recentcontact/search_contact_group';
import { endpoint as recentcontact__update_contact_group } from './recentcontact/update_contact_group';
import { endpoint as sns__black_list_add } from './sns/black_list_add';
import { endpoint as sns__black_list_check } from './sns/black_list_check';
import { endpoint as sns__black_list_delete } from './sns/black_list_delete';
import { endpoint as sns__black_list_get } from './sns/black_list_get';
import { endpoint as sns__friend_add } from './sns/friend_add';
import { endpoint as sns__friend_check } from './sns/friend_check';
import { endpoint as sns__friend_delete } from './sns/friend_delete';
import { endpoint as sns__friend_delete_all } from './sns/friend_delete_all';
import { endpoint as sns__friend_get } from './sns/friend_get';
import { endpoint as sns__friend_get_list } from './sns/friend_get_list';
import { endpoint as sns__friend_import } from './sns/friend_import';
import { endpoint as sns__friend_update } from './sns/friend_update';
import { endpoint as sns__group_add } from './sns/group_add';
import { endpoint as sns__group_delete } from './sns/group_delete';
import { endpoint as sns__group_get } from './sns/group_get';

/** All endpoint contracts by path. */
export const endpoints = {
  [all_member_push__im_add_tag.path]: all_member_push__im_add_tag,
  [all_member_push__im_get_attr.path]: all_member_push__im_get_attr,
  [all_member_push__im_get_attr_name.path]: all_member_push__im_get_attr_name,
  [all_member_push__im_get_tag.path]: all_member_push__im_get_tag,
  [all_member_push__im_push.path]: all_member_push__im_push,
  [all_member_push__im_remove_all_tags.path]: all_member_push__im_remove_all_tags,
  [all_member_push__im_remove_attr.path]: all_member_push__im_remove_attr,
  [all_member_push__im_remove_tag.path]: all_member_push__im_remove_tag,
  [all_member_push__im_set_attr.path]: all_member_push__im_set_attr,
  [all_member_push__im_set_attr_name.path]: all_member_push__im_set_attr_name,
  [ConfigSvc__GetIPList.path]: ConfigSvc__GetIPList,
  [group_open_http_svc__add_group_member.path]: group_open_http_svc__add_group_member,
  [group_open_http_svc__change_group_owner.path]: group_open_http_svc__change_group_owner,
  [group_open_http_svc__create_group.path]: group_open_http_svc__create_group,
  [group_open_http_svc__delete_group_member.path]: group_open_http_svc__delete_group_member,
  [group_open_http_svc__delete_group_msg_by_sender.path]: group_open_http_svc__delete_group_msg_by_sender,
  [group_open_http_svc__destroy_group.path]: group_open_http_svc__destroy_group,
  [group_open_http_svc__forbid_send_msg.path]: group_open_http_svc__forbid_send_msg,
  [group_open_http_svc__get_appid_group_list.path]: group_open_http_svc__get_appid_group_list,
  [group_open_http_svc__get_group_info.path]: group_open_http_svc__get_group_info,
  [group_open_http_svc__get_group_member_info.path]: group_open_http_svc__get_group_member_info,
  [group_open_http_svc__get_group_shutted_uin.path]: group_open_http_svc__get_group_shutted_uin,
  [group_open_http_svc__get_joined_group_list.path]: group_open_http_svc__get_joined_group_list,
  [group_open_http_svc__get_online_member_num.path]: group_open_http_svc__get_online_member_num,
  [group_open_http_svc__get_role_in_group.path]: group_open_http_svc__get_role_in_group,
  [group_open_http_svc__group_msg_get_simple.path]: group_open_http_svc__group_msg_get_simple,
  [group_open_http_svc__group_msg_recall.path]: group_open_http_svc__group_msg_recall,
  [group_open_http_svc__import_group.path]: group_open_http_svc__import_group,
  [group_open_http_svc__import_group_member.path]: group_open_http_svc__import_group_member,
  [group_open_http_svc__import_group_msg.path]: group_open_http_svc__import_group_msg,
  [group_open_http_svc__modify_group_base_info.path]: group_open_http_svc__modify_group_base_info,
  [group_open_http_svc__modify_group_member_info.path]: group_open_http_svc__modify_group_member_info,
  [group_open_http_svc__send_group_msg.path]: group_open_http_svc__send_group_msg,
  [group_open_http_svc__send_group_system_notification.path]:
    group_open_http_svc__send_group_system_notification,
  [group_open_http_svc__set_unread_msg_num.path]: group_open_http_svc__set_unread_msg_num,
  [im_open_login_svc__account_check.path]: im_open_login_svc__account_check,
  [im_open_login_svc__account_delete.path]: im_open_login_svc__account_delete,
  [im_open_login_svc__account_import.path]: im_open_login_svc__account_import,
  [im_open_login_svc__kick.path]: im_open_login_svc__kick,
  [im_open_login_svc__multiaccount_import.path]: im_open_login_svc__multiaccount_import,
  [million_group_open_http_svc__create_topic.path]: million_group_open_http_svc__create_topic,
  [million_group_open_http_svc__destroy_topic.path]: million_group_open_http_svc__destroy_topic,
  [million_group_open_http_svc__get_topic.path]: million_group_open_http_svc__get_topic,
  [million_group_open_http_svc__modify_topic.path]: million_group_open_http_svc__modify_topic,
  [open_msg_svc__get_history.path]: open_msg_svc__get_history,
  [openconfigsvr__getappinfo.path]: openconfigsvr__getappinfo,
  [openconfigsvr__getnospeaking.path]: openconfigsvr__getnospeaking,
  [openconfigsvr__setnospeaking.path]: openconfigsvr__setnospeaking,
  [openim__admin_getroammsg.path]: openim__admin_getroammsg,
  [openim__admin_msgwithdraw.path]: openim__admin_msgwithdraw,
  [openim__admin_set_msg_read.path]: openim__admin_set_msg_read,
  [openim__batchsendmsg.path]: openim__batchsendmsg,
  [openim__get_c2c_unread_msg_num.path]: openim__get_c2c_unread_msg_num,
  [openim__importmsg.path]: openim__importmsg,
  [openim__modify_c2c_msg.path]: openim__modify_c2c_msg,
  [openim__query_online_status.path]: openim__query_online_status,
  [openim__querystate.path]: openim__querystate,
  [openim__sendmsg.path]: openim__sendmsg,
  [openim_msg_ext_http_svc__get_key_values.path]: openim_msg_ext_http_svc__get_key_values,
  [openim_msg_ext_http_svc__set_key_values.path]: openim_msg_ext_http_svc__set_key_values,
  [profile__portrait_get.path]: profile__portrait_get,
  [profile__portrait_set.path]: profile__portrait_set,
  [recentcontact__create_contact_group.path]: recentcontact__create_contact_group,
  [recentcontact__del_contact_group.path]: recentcontact__del_contact_group,
  [recentcontact__delete.path]: recentcontact__delete,
  [recentcontact__get_contact_group.path]: recentcontact__get_contact_group,
  [recentcontact__get_list.path]: recentcontact__get_list,
  [recentcontact__mark_contact.path]: recentcontact__mark_contact,
  [recentcontact__search_contact_group.path]: recentcontact__search_contact_group,
  [recentcontact__update_contact_group.path]: recentcontact__update_contact_group,
  [sns__black_list_add.path]: sns__black_list_add,
  [sns__black_list_check.path]: sns__black_list_check,
  [sns__black_list_delete.path]: sns__black_list_delete,
  [sns__black_list_get.path]: sns__black_list_get,
  [sns__friend_add.path]: sns__friend_add,
  [sns__friend_check.path]: sns__friend_check,
  [sns__friend_delete.path]: sns__friend_delete,
  [sns__friend_delete_all.path]: sns__friend_delete_all,
  [sns__friend_get.path]: sns__friend_get,
  [sns__friend_get_list.path]: sns__friend_get_list,
  [sns__friend_import.path]: sns__friend_import,
  [sns__friend_update.path]: sns__friend_update,
  [sns__group_add.path]: sns__group_add,
  [sns__group_delete.path]: sns__group_delete,
  [sns__group_get.path]: sns__group_get,
} as const;

/** A registry key: `service/command`. */
export type EndpointPath = keyof typeof endpoints;

/** The contract for a path. */
export type EndpointOf<P extends EndpointPath> = (typeof endpoints)[P];

/** Looks a path up, following documented aliases (e.g. `openim/querystate`); undefined when unknown. */
export function findEndpoint(service: string, command: string): AnyEndpoint | undefined {
  const direct = (endpoints as Record<string, AnyEndpoint>)[`${service}/${command}`];
  if (direct) return direct;
  return Object.values(endpoints as Record<string, AnyEndpoint>).find(
    (e) => e.service === service && e.aliases?.includes(command),
  );
}

/** Every contract, in registry order. */
export const endpointList: readonly AnyEndpoint[] = Object.values(endpoints);
