import { Injectable } from '@nestjs/common';
import { AuthUser } from '@ap/auth';
import { Clock, DomainError } from '@ap/common';
import { Database } from '@ap/persistence';
import { NotificationView } from './notification.view';

const PAGE = 100;
/** Addressed to one of my roles ($1) or to me ($2). */
const FOR_ME = '(n.role = ANY($1::text[]) OR n.user_id = $2)';

/** The messages to my roles and to me, newest first, each read or unread for me. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  mine(user: AuthUser): Promise<NotificationView[]> {
    return this.db.read((uow) =>
      uow.query<NotificationView>(
        `SELECT n.id, n.role, n.incident_id AS "incidentId", i.reference AS "incidentReference", n.subject, n.body, n.created_at AS "createdAt",
                r.user_id IS NOT NULL AS read
           FROM notifications n
           LEFT JOIN incidents i ON i.id = n.incident_id
           LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $2
          WHERE ${FOR_ME}
          ORDER BY n.created_at DESC, n.id
          LIMIT ${PAGE}`,
        [user.roles, user.id],
      ),
    );
  }

  async unread(user: AuthUser): Promise<number> {
    const [{ count }] = await this.db.read((uow) =>
      uow.query<{ count: string }>(
        `SELECT count(*) AS count FROM notifications n
          WHERE ${FOR_ME}
            AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = $2)`,
        [user.roles, user.id],
      ),
    );
    return Number(count);
  }

  /** Marks one message read; marking it again changes nothing. */
  async markRead(user: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (uow) => {
      const [found] = await uow.query<{ id: string }>(`SELECT id FROM notifications n WHERE id = $3 AND ${FOR_ME}`, [user.roles, user.id, id]);
      if (!found) throw new DomainError('not-found', `Bericht ${id} bestaat niet of is niet voor u`);
      await uow.query(`INSERT INTO notification_reads (notification_id, user_id, read_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [id, user.id, this.clock.now()]);
    });
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.db.transaction((uow) =>
      uow.query(
        `INSERT INTO notification_reads (notification_id, user_id, read_at)
         SELECT n.id, $2, $3 FROM notifications n WHERE ${FOR_ME}
         ON CONFLICT DO NOTHING`,
        [user.roles, user.id, this.clock.now()],
      ),
    );
  }
}
