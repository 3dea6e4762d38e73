import { NewUser } from '@ap/auth';

/** One demo user per role of the protocol (password "demo"), listed in the README. */
export const DEMO_USERS: NewUser[] = [
  { username: 'medewerker', displayName: 'Sanne de Boer', jobTitle: 'medewerker Klantcontactcentrum', roles: ['employee'], password: 'demo' },
  { username: 'eerstemedewerker', displayName: 'Rik Vos', jobTitle: 'eerste medewerker Publiekszaken', roles: ['team-lead', 'employee'], password: 'demo' },
  { username: 'afdelingshoofd', displayName: 'Marieke Jansen', jobTitle: 'afdelingshoofd Publiekszaken', roles: ['department-head'], password: 'demo' },
  { username: 'college', displayName: 'A.B. Bakker', jobTitle: 'burgemeester', roles: ['college'], password: 'demo' },
  { username: 'publiekscontacten', displayName: 'Youssef El Amrani', jobTitle: 'afdelingshoofd Publiekscontacten', roles: ['public-contacts-head'], password: 'demo' },
  { username: 'receptie', displayName: 'Linda Smit', jobTitle: 'receptioniste', roles: ['reception'], password: 'demo' },
  { username: 'pno', displayName: 'Peter Visser', jobTitle: 'adviseur P&O', roles: ['hr'], password: 'demo' },
  { username: 'beleid', displayName: 'Femke Mulder', jobTitle: 'beleidsadviseur veiligheid', roles: ['policy-owner'], password: 'demo' },
  { username: 'juridisch', displayName: 'Thomas de Wit', jobTitle: 'juridisch medewerker', roles: ['legal'], password: 'demo' },
  { username: 'beheer', displayName: 'Noor Hendriks', jobTitle: 'functioneel beheerder', roles: ['admin'], password: 'demo' },
];
