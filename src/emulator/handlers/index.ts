/**
 * The handler registry: one line per emulated endpoint. Adding a handler = its file under
 * `handlers/<service>/<command>.ts` + one line here (the registry test fails while a contract lacks a handler).
 */
import type { AnyHandler } from '../handler';
import { addGroupMember } from './group_open_http_svc/add_group_member';
import { changeGroupOwner } from './group_open_http_svc/change_group_owner';
import { createGroup } from './group_open_http_svc/create_group';
import { deleteGroupMember } from './group_open_http_svc/delete_group_member';
import { deleteGroupMsgBySender } from './group_open_http_svc/delete_group_msg_by_sender';
import { destroyGroup } from './group_open_http_svc/destroy_group';
import { forbidSendMsg } from './group_open_http_svc/forbid_send_msg';
import { getAppidGroupList } from './group_open_http_svc/get_appid_group_list';
import { getGroupInfo } from './group_open_http_svc/get_group_info';
import { getGroupMemberInfo } from './group_open_http_svc/get_group_member_info';
import { getGroupShuttedUin } from './group_open_http_svc/get_group_shutted_uin';
import { getJoinedGroupList } from './group_open_http_svc/get_joined_group_list';
import { getOnlineMemberNum } from './group_open_http_svc/get_online_member_num';
import { getRoleInGroup } from './group_open_http_svc/get_role_in_group';
import { groupMsgGetSimple } from './group_open_http_svc/group_msg_get_simple';
import { groupMsgRecall } from './group_open_http_svc/group_msg_recall';
import { importGroup } from './group_open_http_svc/import_group';
import { importGroupMember } from './group_open_http_svc/import_group_member';
import { importGroupMsg } from './group_open_http_svc/import_group_msg';
import { modifyGroupBaseInfo } from './group_open_http_svc/modify_group_base_info';
import { modifyGroupMemberInfo } from './group_open_http_svc/modify_group_member_info';
import { sendGroupMsg } from './group_open_http_svc/send_group_msg';
import { sendGroupSystemNotification } from './group_open_http_svc/send_group_system_notification';
import { setUnreadMsgNum } from './group_open_http_svc/set_unread_msg_num';
import { createTopic } from './million_group_open_http_svc/create_topic';
import { destroyTopic } from './million_group_open_http_svc/destroy_topic';
import { getTopic } from './million_group_open_http_svc/get_topic';
import { modifyTopic } from './million_group_open_http_svc/modify_topic';
import { getIPList } from './ConfigSvc/GetIPList';
import { getHistory } from './open_msg_svc/get_history';
import { imAddTag } from './all_member_push/im_add_tag';
import { imGetAttr } from './all_member_push/im_get_attr';
import { imGetAttrName } from './all_member_push/im_get_attr_name';
import { imGetTag } from './all_member_push/im_get_tag';
import { imPush } from './all_member_push/im_push';
import { imRemoveAllTags } from './all_member_push/im_remove_all_tags';
import { imRemoveAttr } from './all_member_push/im_remove_attr';
import { imRemoveTag } from './all_member_push/im_remove_tag';
import { imSetAttr } from './all_member_push/im_set_attr';
import { imSetAttrName } from './all_member_push/im_set_attr_name';
import { getappinfo } from './openconfigsvr/getappinfo';
import { getnospeaking } from './openconfigsvr/getnospeaking';
import { setnospeaking } from './openconfigsvr/setnospeaking';
import { accountCheck } from './im_open_login_svc/account_check';
import { accountDelete } from './im_open_login_svc/account_delete';
import { accountImport } from './im_open_login_svc/account_import';
import { kick } from './im_open_login_svc/kick';
import { multiaccountImport } from './im_open_login_svc/multiaccount_import';
import { queryOnlineStatus } from './openim/query_online_status';
import { querystate } from './openim/querystate';
import { adminGetroammsg } from './openim/admin_getroammsg';
import { adminMsgwithdraw } from './openim/admin_msgwithdraw';
import { adminSetMsgRead } from './openim/admin_set_msg_read';
import { batchsendmsg } from './openim/batchsendmsg';
import { getC2cUnreadMsgNum } from './openim/get_c2c_unread_msg_num';
import { importmsg } from './openim/importmsg';
import { modifyC2cMsg } from './openim/modify_c2c_msg';
import { sendmsg } from './openim/sendmsg';
import { getKeyValues } from './openim_msg_ext_http_svc/get_key_values';
import { setKeyValues } from './openim_msg_ext_http_svc/set_key_values';
import { createContactGroup } from './recentcontact/create_contact_group';
import { delContactGroup } from './recentcontact/del_contact_group';
import { deleteConversation } from './recentcontact/delete';
import { getContactGroup } from './recentcontact/get_contact_group';
import { getList } from './recentcontact/get_list';
import { markContact } from './recentcontact/mark_contact';
import { searchContactGroup } from './recentcontact/search_contact_group';
import { updateContactGroup } from './recentcontact/update_contact_group';
import { portraitGet } from './profile/portrait_get';
import { portraitSet } from './profile/portrait_set';
import { blackListAdd } from './sns/black_list_add';
import { blackListCheck } from './sns/black_list_check';
import { blackListDelete } from './sns/black_list_delete';
import { blackListGet } from './sns/black_list_get';
import { friendAdd } from './sns/friend_add';
import { friendCheck } from './sns/friend_check';
import { friendDelete } from './sns/friend_delete';
import { friendDeleteAll } from './sns/friend_delete_all';
import { friendGet } from './sns/friend_get';
import { friendGetList } from './sns/friend_get_list';
import { friendImport } from './sns/friend_import';
import { friendUpdate } from './sns/friend_update';
import { groupAdd } from './sns/group_add';
import { groupDelete } from './sns/group_delete';
import { groupGet } from './sns/group_get';

/** Every handler. */
export const handlerList: readonly AnyHandler[] = [
  addGroupMember,
  changeGroupOwner,
  createGroup,
  deleteGroupMember,
  deleteGroupMsgBySender,
  destroyGroup,
  forbidSendMsg,
  getAppidGroupList,
  getGroupInfo,
  getGroupMemberInfo,
  getGroupShuttedUin,
  getJoinedGroupList,
  getOnlineMemberNum,
  getRoleInGroup,
  groupMsgGetSimple,
  groupMsgRecall,
  importGroup,
  importGroupMember,
  importGroupMsg,
  modifyGroupBaseInfo,
  modifyGroupMemberInfo,
  sendGroupMsg,
  sendGroupSystemNotification,
  setUnreadMsgNum,
  createTopic,
  destroyTopic,
  getTopic,
  modifyTopic,
  imAddTag,
  imGetAttr,
  imGetAttrName,
  imGetTag,
  imPush,
  imRemoveAllTags,
  imRemoveAttr,
  imRemoveTag,
  imSetAttr,
  imSetAttrName,
  getIPList,
  getHistory,
  getappinfo,
  getnospeaking,
  setnospeaking,
  accountCheck,
  accountDelete,
  accountImport,
  kick,
  multiaccountImport,
  queryOnlineStatus,
  querystate,
  adminGetroammsg,
  adminMsgwithdraw,
  adminSetMsgRead,
  batchsendmsg,
  getC2cUnreadMsgNum,
  importmsg,
  modifyC2cMsg,
  sendmsg,
  getKeyValues,
  setKeyValues,
  createContactGroup,
  delContactGroup,
  deleteConversation,
  getContactGroup,
  getList,
  markContact,
  searchContactGroup,
  updateContactGroup,
  portraitGet,
  portraitSet,
  blackListAdd,
  blackListCheck,
  blackListDelete,
  blackListGet,
  friendAdd,
  friendCheck,
  friendDelete,
  friendDeleteAll,
  friendGet,
  friendGetList,
  friendImport,
  friendUpdate,
  groupAdd,
  groupDelete,
  groupGet,
];

/** Handlers by contract path (`service/command`). */
export const handlers: ReadonlyMap<string, AnyHandler> = new Map(
  handlerList.map((h) => [h.endpoint.path, h]),
);

/** The handler of a contract path, or undefined while it is not emulated yet. */
export function handlerFor(path: string): AnyHandler | undefined {
  return handlers.get(path);
}
