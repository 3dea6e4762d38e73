/** The roles of the product (protocol ch. 2 plus the product's own), with the Dutch names users see. */
export const ROLES = {
  employee: 'medewerker',
  'team-lead': 'eerste medewerker',
  'department-head': 'afdelingshoofd',
  college: 'college van B&W',
  'public-contacts-head': 'afdelingshoofd Publiekscontacten',
  reception: 'receptie / burgerzaken',
  hr: 'team P&O',
  'policy-owner': 'beleidseigenaar',
  legal: 'juridisch medewerker',
  admin: 'beheerder',
  auditor: 'auditor',
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_KEYS = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return value in ROLES;
}
