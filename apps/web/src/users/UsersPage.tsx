import { Link } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ROLES } from '@ap/contracts';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { Account, loadAccounts } from './users-api';

/** Gebruikers: the admin's list of accounts, each with its roles and whether it may still sign in. */
export function UsersPage() {
  const accounts = useApi(loadAccounts);
  return (
    <>
      <PageTitle>Gebruikers</PageTitle>
      <Paragraph>
        Hier maakt u accounts aan, wijzigt u rollen, stelt u een wachtwoord opnieuw in en deactiveert u het account van wie uit dienst gaat. Een wijziging
        geldt meteen, ook voor wie al is ingelogd: na deactiveren kan het account niets meer. Elke wijziging komt in de audittrail, met wie haar deed en wanneer.
        In welk team iemand zit, regelt u op de pagina <Link to="/beheer/teams">Teams</Link>.
      </Paragraph>
      <Link to="/beheer/gebruikers/nieuw" className="nl-button nl-button--primary ap-button-link">
        Gebruiker toevoegen
      </Link>
      <ErrorAlert error={accounts.error} />
      {!accounts.data && accounts.loading && <Loading what="Gebruikers laden" />}
      {accounts.data && <AccountTable accounts={accounts.data} />}
    </>
  );
}

function AccountTable({ accounts }: { accounts: Account[] }) {
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Gebruikersnaam</TableHeaderCell>
          <TableHeaderCell scope="col">Functie</TableHeaderCell>
          <TableHeaderCell scope="col">Rollen</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map((account) => (
          <TableRow key={account.id}>
            <TableCell>
              <Link to={`/beheer/gebruikers/${account.id}`}>{account.displayName}</Link>
            </TableCell>
            <TableCell>{account.username}</TableCell>
            <TableCell>{account.jobTitle}</TableCell>
            <TableCell>{account.roles.map((role) => ROLES[role]).join(', ')}</TableCell>
            <TableCell>{account.active ? 'actief' : 'gedeactiveerd'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
