import { appEvent } from '../common/app-event';

/** Given by the messages page when messages are marked read, so the menu's count looks again. */
export const notificationsRead = appEvent('notifications-read');
