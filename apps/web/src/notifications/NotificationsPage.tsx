import { useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api, ApiError, call } from '../api/client';
import { formatDateTime } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { notificationsRead } from './notification-events';

const loadNotifications = () => call(api.GET('/api/notifications'));

/** Berichten: the messages the protocol sends to my roles, newest first, unread ones marked. */
export function NotificationsPage() {
  const list = useApi(loadNotifications);
  const [error, setError] = useState<ApiError | null>(null);
  const unread = list.data?.filter((n) => !n.read).length ?? 0;

  async function mark(request: () => Promise<unknown>) {
    setError(null);
    try {
      await request();
    } catch (err) {
      setError(err as ApiError);
    }
    notificationsRead.emit();
    list.reload();
  }

  return (
    <>
      <PageTitle>Berichten</PageTitle>
      <Paragraph>Berichten die het protocol aan uw rollen stuurt, bijvoorbeeld over een opgelegd toegangsverbod. De nieuwste staan bovenaan.</Paragraph>
      <ErrorAlert error={list.error ?? error} />
      {!list.data && <Loading what="Berichten laden" />}
      {list.data && list.data.length === 0 && <Paragraph role="status">Er zijn geen berichten voor u.</Paragraph>}
      {list.data && list.data.length > 0 && (
        <>
          <Paragraph role="status">{unread === 0 ? 'U hebt alle berichten gelezen.' : `${unread} ongelezen ${unread === 1 ? 'bericht' : 'berichten'}.`}</Paragraph>
          {unread > 0 && (
            <Button purpose="secondary" onClick={() => mark(() => call(api.POST('/api/notifications/read')))}>
              Alles als gelezen markeren
            </Button>
          )}
          <ul className="ap-messages">
            {list.data.map((n) => (
              <li key={n.id} className={n.read ? 'ap-message' : 'ap-message ap-message--unread'}>
                <article aria-labelledby={`bericht-${n.id}`}>
                  <Heading level={2} appearance="level-4" id={`bericht-${n.id}`}>
                    {!n.read && <span className="ap-message__new">Nieuw: </span>}
                    {n.subject}
                  </Heading>
                  <Paragraph className="ap-muted">
                    {formatDateTime(n.createdAt)}
                    {n.incidentReference && ` · incident ${n.incidentReference}`}
                  </Paragraph>
                  <Paragraph>{n.body}</Paragraph>
                  {!n.read && (
                    <Button purpose="subtle" onClick={() => mark(() => call(api.POST('/api/notifications/{id}/read', { params: { path: { id: n.id } } })))} aria-label={`Bericht ${n.subject} als gelezen markeren`}>
                      Als gelezen markeren
                    </Button>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
