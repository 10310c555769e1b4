/** The User 360 relationship tabs (Friends, Blocklist, Friend lists); mounted by the user detail page. */
export { FriendsTab } from './friends-tab';
export { BlocklistTab } from './blocklist-tab';
export { FriendListsTab } from './friend-lists-tab';
