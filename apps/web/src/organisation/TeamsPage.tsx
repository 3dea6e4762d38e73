import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormFieldTextbox, FormLabel, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageSection } from '../common/PageSection';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { Account, loadAccounts, placeAccount } from '../users/users-api';
import { createUnit, loadUnits, OrganisationUnit, removeUnit, renameUnit } from './organisation-api';

/**
 * Teams: the admin keeps the organisation's teams and who is in which. An incident belongs to the team of
 * its reporter, and runs that team's variant of a protocol where a policy owner deployed one.
 */
export function TeamsPage() {
  const units = useApi(loadUnits);
  const users = useApi(loadAccounts);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  /** Runs a change, then says what happened (or what went wrong) and shows the lists as they now are. */
  async function change(work: () => Promise<unknown>, done: string): Promise<boolean> {
    setError(null);
    setStatus('');
    try {
      await work();
      setStatus(done);
      units.reload();
      users.reload();
      return true;
    } catch (err) {
      setError(err as ApiError);
      return false;
    }
  }

  return (
    <>
      <PageTitle>Teams</PageTitle>
      <Paragraph>
        Elke medewerker hoort bij een team. Een incident hoort bij het team van de medewerker die het meldt, op het moment van melden. Heeft een beleidseigenaar
        voor dat team een eigen variant van een protocol in gebruik genomen, dan loopt het incident volgens die variant; anders volgens het protocol van de hele
        organisatie. Een medewerker zonder team volgt het protocol van de organisatie.
      </Paragraph>
      <div aria-live="polite">{status && <Paragraph role="status">{status}</Paragraph>}</div>
      <ErrorAlert error={error ?? units.error ?? users.error} />
      <PageSection title="Teams van de organisatie">
        {!units.data && !units.error && <Loading what="Teams laden" />}
        {units.data && <UnitTable units={units.data} change={change} />}
        <NewUnitForm change={change} />
      </PageSection>
      <PageSection title="Medewerkers">
        {!users.data && !users.error && <Loading what="Medewerkers laden" />}
        {users.data && units.data && <UserTable users={users.data} units={units.data} change={change} />}
      </PageSection>
    </>
  );
}

type Change = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

function UnitTable({ units, change }: { units: OrganisationUnit[]; change: Change }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (units.length === 0) return <Paragraph>Er zijn nog geen teams.</Paragraph>;
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Team</TableHeaderCell>
          <TableHeaderCell scope="col">Medewerkers</TableHeaderCell>
          <TableHeaderCell scope="col">Incidenten</TableHeaderCell>
          <TableHeaderCell scope="col">Eigen versies van procesmodellen</TableHeaderCell>
          <TableHeaderCell scope="col">Beheren</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {units.map((unit) => (
          <TableRow key={unit.id}>
            <TableCell>
              {editing === unit.id ? (
                <RenameForm unit={unit} onDone={() => setEditing(null)} change={change} />
              ) : (
                unit.name
              )}
            </TableCell>
            <TableCell>{unit.userCount}</TableCell>
            <TableCell>{unit.incidentCount}</TableCell>
            <TableCell>{unit.variantCount}</TableCell>
            <TableCell>
              {editing !== unit.id && (
                <div className="ap-actions">
                  <Button purpose="secondary" onClick={() => setEditing(unit.id)} aria-label={`Naam van team ${unit.name} wijzigen`}>
                    Naam wijzigen
                  </Button>
                  <Button purpose="secondary" onClick={() => void change(() => removeUnit(unit.id), `Team ${unit.name} is verwijderd.`)} aria-label={`Team ${unit.name} verwijderen`}>
                    Verwijderen
                  </Button>
                </div>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RenameForm({ unit, onDone, change }: { unit: OrganisationUnit; onDone(): void; change: Change }) {
  const [name, setName] = useState(unit.name);
  const id = `team-${unit.id}`;
  // The button that opened the form is gone: the keyboard continues in the name field.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await change(() => renameUnit(unit.id, name), `Team ${unit.name} heet nu ${name.trim()}.`)) onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="ap-form ap-form--inline">
      <FormField>
        <FormLabel htmlFor={id}>Nieuwe naam van team {unit.name}</FormLabel>
        <Textbox ref={field} id={id} value={name} required onChange={(e) => setName((e.target as HTMLInputElement).value)} />
      </FormField>
      <Button purpose="primary" type="submit">
        Opslaan
      </Button>
      <Button purpose="secondary" type="button" onClick={onDone}>
        Annuleren
      </Button>
    </form>
  );
}

function NewUnitForm({ change }: { change: Change }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('Vul de naam van het team in.');
      return;
    }
    setProblem(null);
    if (await change(() => createUnit(name), `Team ${name.trim()} is toegevoegd.`)) setName('');
  }
  return (
    <form onSubmit={submit} noValidate className="ap-form ap-form--inline" aria-label="Team toevoegen">
      <FormFieldTextbox
        label="Naam van een nieuw team"
        name="name"
        autoComplete="off"
        required
        value={name}
        invalid={!!problem}
        errorMessage={problem ?? undefined}
        onChange={(e) => setName((e.target as HTMLInputElement).value)}
      />
      <Button purpose="primary" type="submit">
        Team toevoegen
      </Button>
    </form>
  );
}

function UserTable({ users, units, change }: { users: Account[]; units: OrganisationUnit[]; change: Change }) {
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name;
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Functie</TableHeaderCell>
          <TableHeaderCell scope="col">Team</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>
              {user.displayName}
              {!user.active && <span className="ap-muted"> (niet actief)</span>}
            </TableCell>
            <TableCell>{user.jobTitle}</TableCell>
            <TableCell>
              <Select
                aria-label={`Team van ${user.displayName}`}
                value={user.unitId ?? ''}
                onChange={(e) => {
                  const unitId = e.target.value || null;
                  void change(() => placeAccount(user.id, unitId), unitId ? `${user.displayName} hoort nu bij team ${unitName(unitId)}.` : `${user.displayName} hoort nu bij geen team.`);
                }}
              >
                <SelectOption value="">Geen team</SelectOption>
                {units.map((unit) => (
                  <SelectOption key={unit.id} value={unit.id}>
                    {unit.name}
                  </SelectOption>
                ))}
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
