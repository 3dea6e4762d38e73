import { NewUser } from '@ap/auth';

/** One demo user per role of the protocol (password "demo"), each in a team, listed in the README. */
export const DEMO_USERS: (NewUser & { unit: string })[] = [
  { username: 'medewerker', email: 's.deboer@voorbeeldstad.nl', displayName: 'Sanne de Boer', jobTitle: 'medewerker Klantcontactcentrum', roles: ['employee'], password: 'demo', unit: 'Klantcontactcentrum' },
  { username: 'eerstemedewerker', email: 'r.vos@voorbeeldstad.nl', displayName: 'Rik Vos', jobTitle: 'eerste medewerker Publiekszaken', roles: ['team-lead', 'employee'], password: 'demo', unit: 'Publiekszaken' },
  { username: 'afdelingshoofd', email: 'm.jansen@voorbeeldstad.nl', displayName: 'Marieke Jansen', jobTitle: 'afdelingshoofd Publiekszaken', roles: ['department-head'], password: 'demo', unit: 'Publiekszaken' },
  { username: 'college', email: 'a.bakker@voorbeeldstad.nl', displayName: 'A.B. Bakker', jobTitle: 'burgemeester', roles: ['college'], password: 'demo', unit: 'Bestuur' },
  { username: 'publiekscontacten', email: 'y.elamrani@voorbeeldstad.nl', displayName: 'Youssef El Amrani', jobTitle: 'afdelingshoofd Publiekscontacten', roles: ['public-contacts-head'], password: 'demo', unit: 'Publiekszaken' },
  { username: 'receptie', email: 'l.smit@voorbeeldstad.nl', displayName: 'Linda Smit', jobTitle: 'receptioniste', roles: ['reception'], password: 'demo', unit: 'Publiekszaken' },
  { username: 'pno', email: 'p.visser@voorbeeldstad.nl', displayName: 'Peter Visser', jobTitle: 'adviseur P&O', roles: ['hr'], password: 'demo', unit: 'Bedrijfsvoering' },
  { username: 'beleid', email: 'f.mulder@voorbeeldstad.nl', displayName: 'Femke Mulder', jobTitle: 'beleidsadviseur veiligheid', roles: ['policy-owner'], password: 'demo', unit: 'Bedrijfsvoering' },
  { username: 'juridisch', email: 't.dewit@voorbeeldstad.nl', displayName: 'Thomas de Wit', jobTitle: 'juridisch medewerker', roles: ['legal'], password: 'demo', unit: 'Bedrijfsvoering' },
  { username: 'beheer', email: 'n.hendriks@voorbeeldstad.nl', displayName: 'Noor Hendriks', jobTitle: 'functioneel beheerder', roles: ['admin'], password: 'demo', unit: 'Bedrijfsvoering' },
  { username: 'auditor', email: 'i.kramer@voorbeeldstad.nl', displayName: 'Iris Kramer', jobTitle: 'privacy officer', roles: ['auditor'], password: 'demo', unit: 'Bedrijfsvoering' },
];
