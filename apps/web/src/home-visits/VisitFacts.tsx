import { ReactNode } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { formatDateTime, formatTime } from '../common/dutch-dates';
import { PhoneLink } from './PhoneLink';
import { HomeVisit } from './visit-api';

/**
 * What is known of a visit: who went where, to whom, until when, and how to reach them. The colleague
 * who must make contact reads the same facts.
 */
export function VisitFacts({ visit }: { visit: HomeVisit }) {
  const { checkOut } = visit;
  return (
    <DataList className="ap-facts">
      <Fact label="Medewerker">{visit.employee.displayName}</Fact>
      {checkOut && (
        <Fact label="Mobiel van de medewerker">
          <PhoneLink number={checkOut.mobile} label={visit.employee.displayName} />
        </Fact>
      )}
      {checkOut && <Fact label="Verwacht klaar">{formatDateTime(checkOut.expectedEnd)}</Fact>}
      <Fact label="Adres">{visit.address}</Fact>
      <Fact label="Bezoek aan">{visit.visitedName}</Fact>
      {visit.visitedPhone && (
        <Fact label="Telefoon van wie bezocht wordt">
          <PhoneLink number={visit.visitedPhone} label={visit.visitedName} />
        </Fact>
      )}
      <Fact label="Doel">{visit.purpose}</Fact>
      <Fact label="Gepland">
        {formatDateTime(visit.plannedStart)} tot {formatTime(new Date(new Date(visit.plannedStart).getTime() + visit.plannedMinutes * 60_000))}
      </Fact>
      {checkOut && <Fact label="Uitgemeld bij">{checkOut.colleague?.displayName ?? 'een collega die niet meer actief is'}</Fact>}
      {visit.checkedInAt && <Fact label="Teruggemeld">{formatDateTime(visit.checkedInAt)}</Fact>}
    </DataList>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
