/** Strings shared by the three push pages: the tab strip. */
import { defineMessages } from '../../lib/i18n/i18n';

export const pushMessages = defineMessages({
  en: {
    title: 'Push',
    tabs: {
      label: 'Push pages',
      log: 'Log',
      new: 'New push',
      audience: 'Audience',
    },
  },
  zh: {
    title: '推送',
    tabs: {
      label: '推送页面',
      log: '推送记录',
      new: '新建推送',
      audience: '推送受众',
    },
  },
});
