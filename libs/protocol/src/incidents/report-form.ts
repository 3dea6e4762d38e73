import { formSchema, Role, ROLES } from '@ap/common';
import { DefinitionStore, NewestModels } from '@ap/workflow-runtime';
import { BEHAVIOURS, CATEGORY_LABELS, CHANNEL_KEYS, CHANNELS } from '../channels/channels';
import { ReportRoute, reportRoutes } from '../channels/report-routes';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../citizens/citizen-photo';
import { ReportIncidentDto } from './report-incident.dto';
import { ReportFormView, ReportProtocol, ReportSectionView } from './report-form.view';
import { sectionsOf } from './report-sections';

/**
 * The report form as the web app builds it: the channels with a protocol and, per channel, the protocols
 * its reports start with the behaviours and categories that start each (the routing table of the models'
 * start rules), the parts of the report that open as a task at the start for each behaviour and category,
 * with who may fill them in, and the fields from the class the service validates the report with.
 * Read from the models a report of this team (`unitId`) would start.
 */
export async function reportForm(definitions: DefinitionStore, unitId: string | null): Promise<ReportFormView> {
  const models = await definitions.newestModels(unitId);
  const routes = reportRoutes(models.definitions);
  const channels = await Promise.all(
    CHANNEL_KEYS.map((key) => routes.filter((r) => r.channel === key))
      .filter((onChannel) => onChannel.length)
      .map(async (onChannel) => ({
        key: onChannel[0].channel,
        label: CHANNELS[onChannel[0].channel].label,
        protocols: protocolsOf(onChannel),
        sections: await sectionsOfRoutes(models, onChannel),
      })),
  );
  return {
    channels,
    schema: formSchema({ title: 'Melding maken', dto: ReportIncidentDto }),
    photo: { maxBytes: MAX_PHOTO_BYTES, types: PHOTO_TYPES },
  };
}

/** The channel's routes grouped by the protocol they start, then by behaviour, in the routing table's order. */
function protocolsOf(routes: ReportRoute[]): ReportProtocol[] {
  const protocols: ReportProtocol[] = [];
  for (const route of routes) {
    let protocol = protocols.find((p) => p.key === route.processKey);
    if (!protocol) protocols.push((protocol = { key: route.processKey, name: route.processName, behaviours: [] }));
    let behaviour = protocol.behaviours.find((b) => b.key === route.behaviour);
    if (!behaviour) protocol.behaviours.push((behaviour = { key: route.behaviour, label: BEHAVIOURS[route.behaviour], categories: [] }));
    behaviour.categories.push({ key: route.category, label: CATEGORY_LABELS[route.category] });
  }
  return protocols;
}

/**
 * The parts of a report on a channel: for every behaviour and category it takes, the tasks with a part's
 * form that open when the protocol it starts begins with them (in that model or one it calls), one entry
 * per part and roles, with the behaviours and categories it opens for.
 */
async function sectionsOfRoutes(models: NewestModels, routes: ReportRoute[]): Promise<ReportSectionView[]> {
  const views = new Map<string, ReportSectionView>();
  for (const { channel, behaviour, category, processKey } of routes) {
    const opening = sectionsOf(await models.tasksOpeningAtStart(processKey, { channel, behaviour, category }));
    for (const { section, roles } of opening) {
      const id = `${section} ${roles.join(',')}`;
      const view = views.get(id) ?? { key: section, roles: roles.map((role) => ({ key: role, label: ROLES[role as Role] ?? role })), behaviours: [] };
      views.set(id, view);
      const entry = view.behaviours.find((b) => b.behaviour === behaviour);
      if (entry) entry.categories.push(category);
      else view.behaviours.push({ behaviour, categories: [category] });
    }
  }
  return [...views.values()];
}
