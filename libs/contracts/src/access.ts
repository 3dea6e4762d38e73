import { Role } from './roles';

/** Case workers: they look citizens up before a report and complete their details. */
const CITIZEN_REGISTER = ['employee', 'team-lead', 'department-head', 'hr', 'admin'] as const satisfies readonly Role[];
/** Those who answer a citizen's requests under the AVG (see `citizenRights`). */
const CITIZEN_RIGHTS = ['admin', 'auditor'] as const satisfies readonly Role[];

/**
 * Who may use what: the server's route guards and the web app's menu both read these lists, so a
 * menu item is shown exactly to the users the API lets through.
 */
export const ACCESS = {
  /** Report an incident (starts its channel's protocol). */
  reportIncidents: ['employee', 'team-lead', 'department-head'],
  /**
   * Read incident files and their timelines: the files one is involved in (reported, has or had a task in,
   * or, for a team lead, reported in one's team); `allIncidentFiles` read every file.
   */
  incidentFiles: ['employee', 'team-lead', 'department-head', 'college', 'hr', 'admin'],
  /** Read every incident file: those who decide, sign, give aftercare or manage, organisation-wide. */
  allIncidentFiles: ['department-head', 'college', 'hr', 'admin'],
  /** Read every letter: besides `allIncidentFiles`, legal staff and the head of public contacts (who informs the receptions). */
  allLetters: ['department-head', 'college', 'hr', 'admin', 'legal', 'public-contacts-head'],
  /** Look up citizens and complete their details. */
  citizens: CITIZEN_REGISTER,
  /**
   * Find a citizen by name and date of birth (the search only, not their details): case workers, and those
   * who answer a citizen's request under the AVG and must first find whom it is about.
   */
  findCitizens: [...new Set<Role>([...CITIZEN_REGISTER, ...CITIZEN_RIGHTS])],
  /** See a citizen's photo: case workers and the receptions that must recognise a banned visitor. */
  citizenPhotos: ['employee', 'team-lead', 'department-head', 'hr', 'admin', 'public-contacts-head', 'reception'],
  /** Attach a citizen's photo for receptions. */
  attachPhotos: ['department-head', 'public-contacts-head'],
  /** The ban register. */
  banRegister: ['reception', 'public-contacts-head', 'department-head', 'college', 'admin'],
  /**
   * Plan a home or company visit: only those who go on visits (5.6). The visit's own steps (risk, check-out,
   * check-in) are assigned to whoever planned it and are for the employee role in the model.
   */
  planHomeVisits: ['employee'],
  /** See home visits (one's own, and everyone's for department heads) and follow their safety steps. */
  homeVisits: ['employee', 'team-lead', 'department-head'],
  /** A process instance's state. */
  processInstances: ['department-head', 'team-lead', 'hr', 'college', 'policy-owner', 'admin'],
  /** Run a failed process step again. */
  retrySteps: ['department-head', 'team-lead', 'admin'],
  /** The deployed process models. */
  processDefinitions: ['policy-owner', 'admin'],
  /** Manage the organisation's teams and who belongs to which. */
  organisation: ['admin'],
  /** Create accounts, change their roles, reset passwords, deactivate them. */
  manageUsers: ['admin'],
  /** Handle letters: read every letter of an incident, drafts included, and preview a template with an incident's data. */
  handleLetters: ['employee', 'team-lead', 'department-head', 'college', 'hr', 'legal', 'public-contacts-head', 'admin'],
  /** Read the letter template library: legal staff, and those who model or sign the letters. */
  letterTemplates: ['legal', 'policy-owner', 'department-head', 'college', 'admin'],
  /**
   * A citizen's rights under the AVG: export everything held about them (art. 15) and erase it (art. 17).
   * The admin, who answers for the organisation's data, and the auditor (a privacy officer), who handles such requests.
   */
  citizenRights: CITIZEN_RIGHTS,
  /** Upload, publish and restore letter templates. */
  editLetterTemplates: ['legal'],
  /**
   * Search and export the audit trail: who read or changed which file, letter, citizen, photo or ban. The
   * default; the service's AUDITOR_ROLES setting replaces it, and `capabilities` of the signed-in user say
   * what applies.
   */
  auditTrail: ['auditor', 'admin', 'hr'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;

/** Whether a user with these roles may use a capability. */
export function may(roles: readonly string[], capability: Capability): boolean {
  return (ACCESS[capability] as readonly string[]).some((role) => roles.includes(role));
}
