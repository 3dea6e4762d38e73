import { api, call } from '../api/client';
import { MenuCount } from '../shell/MenuCount';
import { notificationsRead } from './notification-events';

const countUnread = async () => (await call(api.GET('/api/notifications/unread-count'))).count;

const label = (n: number) => `${n} ongelezen ${n === 1 ? 'bericht' : 'berichten'}`;

/** How many messages to my roles I have not read, beside "Berichten" in the menu. */
export function UnreadCount() {
  return <MenuCount load={countUnread} label={label} changed={notificationsRead} />;
}
