import { formatTime } from '../common/dutch-dates';
import { HomeVisitSummary } from './visit-api';

/** Where a visit stands, as the employee reads it in the list and on the visit's page. */
export function stageText(visit: Pick<HomeVisitSummary, 'stage' | 'checkOut'>): string {
  switch (visit.stage) {
    case 'planned':
      return 'Gepland';
    case 'outside-office-hours':
      return 'Buiten kantooruren: het afdelingshoofd plant het opnieuw of ziet ervan af';
    case 'risk-assessment':
      return 'Risico inschatten';
    case 'decision':
      return 'Wacht op het besluit van het afdelingshoofd';
    case 'check-out':
      return 'Klaar om uit te melden';
    case 'under-way':
      return visit.checkOut ? `Onderweg tot ${formatTime(visit.checkOut.expectedEnd)}` : 'Onderweg';
    case 'back':
      return 'Teruggemeld';
    case 'not-back':
      return 'Niet teruggemeld';
  }
}
