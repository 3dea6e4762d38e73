import { ComponentType, lazy, ReactNode } from 'react';
import { Capability, Role } from '@ap/contracts';
import { UnreadCount } from '../notifications/UnreadCount';
import { TaskCount } from '../tasks/TaskCount';

/** A page of the app. Pages with a menu label appear in the menu of the users who may use them. */
export interface AppRoute {
  path: string;
  element: ReactNode;
  /** Who may open the page; every signed-in user when absent. */
  capability?: Capability;
  /** The menu entry; pages reached from other pages (a task, an incident) have none. */
  menu?: string;
  /** The roles that start on this page after signing in (otherwise the first page of the menu). */
  homeFor?: Role[];
  /** A number beside the menu entry (open tasks, unread messages). */
  count?: ComponentType;
}

// Each page is its own chunk: the reception desk never loads the task pages' code, nor a case worker
// the reception's.
const TaskListPage = lazy(() => import('../tasks/TaskListPage').then((m) => ({ default: m.TaskListPage })));
const TaskPage = lazy(() => import('../tasks/TaskPage'));
const IncidentListPage = lazy(() => import('../incidents/IncidentListPage').then((m) => ({ default: m.IncidentListPage })));
const NotificationsPage = lazy(() => import('../notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const HomeVisitsPage = lazy(() => import('../home-visits/HomeVisitsPage').then((m) => ({ default: m.HomeVisitsPage })));
const ReceptionPage = lazy(() => import('../reception/ReceptionPage').then((m) => ({ default: m.ReceptionPage })));
const IncidentFilePage = lazy(() => import('../incidents/IncidentFilePage'));
const ReportIncidentPage = lazy(() => import('../report/ReportIncidentPage'));
const PlanHomeVisitPage = lazy(() => import('../home-visits/PlanHomeVisitPage'));
const HomeVisitPage = lazy(() => import('../home-visits/HomeVisitPage'));
const ModelListPage = lazy(() => import('../models/ModelListPage').then((m) => ({ default: m.ModelListPage })));
const ModelVersionsPage = lazy(() => import('../models/ModelVersionsPage'));
// The modeller is large (bpmn-js with its properties panel): only policy owners load it, on this page.
const ModellerPage = lazy(() => import('../models/modeller/ModellerPage'));
const ModelDiffPage = lazy(() => import('../models/diff/ModelDiffPage'));
const LetterTemplatesPage = lazy(() => import('../letter-templates/LetterTemplatesPage').then((m) => ({ default: m.LetterTemplatesPage })));
const LetterTemplatePage = lazy(() => import('../letter-templates/LetterTemplatePage'));
const TeamsPage = lazy(() => import('../organisation/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const UsersPage = lazy(() => import('../users/UsersPage').then((m) => ({ default: m.UsersPage })));
const NewUserPage = lazy(() => import('../users/NewUserPage'));
const UserPage = lazy(() => import('../users/UserPage'));
const AuditTrailPage = lazy(() => import('../audit/AuditTrailPage').then((m) => ({ default: m.AuditTrailPage })));
const CitizenRightsPage = lazy(() => import('../citizen-rights/CitizenRightsPage').then((m) => ({ default: m.CitizenRightsPage })));

/** Every page behind the sign-in, in menu order. */
export const ROUTES: AppRoute[] = [
  { path: '/taken', element: <TaskListPage />, menu: 'Mijn taken', count: TaskCount },
  { path: '/taken/:id', element: <TaskPage /> },
  { path: '/melding', element: <ReportIncidentPage />, capability: 'reportIncidents', menu: 'Melding maken' },
  { path: '/dossiers', element: <IncidentListPage />, capability: 'incidentFiles', menu: 'Dossiers' },
  { path: '/dossiers/:id', element: <IncidentFilePage />, capability: 'incidentFiles' },
  { path: '/huisbezoeken', element: <HomeVisitsPage />, capability: 'homeVisits', menu: 'Huisbezoeken' },
  { path: '/huisbezoeken/plannen', element: <PlanHomeVisitPage />, capability: 'planHomeVisits' },
  { path: '/huisbezoeken/:id', element: <HomeVisitPage />, capability: 'homeVisits' },
  { path: '/berichten', element: <NotificationsPage />, menu: 'Berichten', count: UnreadCount },
  { path: '/receptie', element: <ReceptionPage />, capability: 'banRegister', menu: 'Receptie', homeFor: ['reception'] },
  { path: '/modellen', element: <ModelListPage />, capability: 'processDefinitions', menu: 'Procesmodellen', homeFor: ['policy-owner'] },
  { path: '/modellen/:key', element: <ModelVersionsPage />, capability: 'processDefinitions' },
  { path: '/modellen/:key/bewerken', element: <ModellerPage />, capability: 'processDefinitions' },
  { path: '/modellen/:key/verschil', element: <ModelDiffPage />, capability: 'processDefinitions' },
  { path: '/beheer/briefsjablonen', element: <LetterTemplatesPage />, capability: 'letterTemplates', menu: 'Briefsjablonen', homeFor: ['legal'] },
  { path: '/beheer/briefsjablonen/:code', element: <LetterTemplatePage />, capability: 'letterTemplates' },
  { path: '/beheer/gebruikers', element: <UsersPage />, capability: 'manageUsers', menu: 'Gebruikers' },
  { path: '/beheer/gebruikers/nieuw', element: <NewUserPage />, capability: 'manageUsers' },
  { path: '/beheer/gebruikers/:id', element: <UserPage />, capability: 'manageUsers' },
  { path: '/beheer/teams', element: <TeamsPage />, capability: 'organisation', menu: 'Teams' },
  { path: '/beheer/audittrail', element: <AuditTrailPage />, capability: 'auditTrail', menu: 'Audittrail', homeFor: ['auditor'] },
  { path: '/beheer/burgers', element: <CitizenRightsPage />, capability: 'citizenRights', menu: 'Rechten van burgers' },
];
