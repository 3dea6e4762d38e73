import { formatDateTime } from '../common/dutch-dates';
import { IncidentFile } from './incident-api';

/** What happened when, and by whom, oldest first. */
export function Timeline({ events }: { events: IncidentFile['timeline'] }) {
  return (
    <ol className="ap-timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.at}>{formatDateTime(event.at)}</time> <span>{event.summary}</span>
          <span className="ap-muted"> · {event.actorName}</span>
        </li>
      ))}
    </ol>
  );
}
