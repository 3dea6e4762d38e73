import { formSchema, Role, ROLES } from '@ap/common';
import { DefinitionStore } from '@ap/workflow-runtime';
import { BEHAVIOURS, CATEGORY_LABELS, Channel, CHANNEL_KEYS, CHANNEL_VARIANTS, CHANNELS } from '../channels/channels';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../citizens/citizen-photo';
import { ReportIncidentDto } from './report-incident.dto';
import { ReportFormView, ReportSectionView } from './report-form.view';
import { sectionsOf } from './report-sections';

/**
 * The report form as the web app builds it: the channels whose model is deployed with their variants
 * (CHANNEL_VARIANTS), the parts of the report that open as a task at the start for each behaviour and
 * category, with who may fill them in, and the fields from the class the service validates the report with.
 * The parts are read from the models a report of this team (`unitId`) would start.
 */
export async function reportForm(definitions: DefinitionStore, unitId: string | null): Promise<ReportFormView> {
  const models = await definitions.newestModels(unitId);
  const deployed = CHANNEL_KEYS.filter((key) => models.keys.has(key));
  const channels = await Promise.all(
    deployed.map(async (key) => ({
      key,
      label: CHANNELS[key].label,
      variants: CHANNEL_VARIANTS[key].map((v) => ({
        variant: v.variant,
        label: v.label,
        behaviours: v.behaviours.map((b) => ({ key: b, label: BEHAVIOURS[b] })),
        categories: v.categories.map((c) => ({ key: c, label: CATEGORY_LABELS[c] })),
      })),
      sections: await sectionsOfChannel(models, key),
    })),
  );
  return {
    channels,
    schema: formSchema({ title: 'Melding maken', dto: ReportIncidentDto }),
    photo: { maxBytes: MAX_PHOTO_BYTES, types: PHOTO_TYPES },
  };
}

type NewestModels = Awaited<ReturnType<DefinitionStore['newestModels']>>;

/**
 * The parts of a report on this channel: for every behaviour and category it takes, the tasks with a
 * part's form that open when its protocol starts with them (in the channel's model or one it calls), one
 * entry per part and roles, with the behaviours and categories it opens for.
 */
async function sectionsOfChannel(models: NewestModels, channel: Channel): Promise<ReportSectionView[]> {
  const views = new Map<string, ReportSectionView>();
  for (const variant of CHANNEL_VARIANTS[channel]) {
    for (const behaviour of variant.behaviours) {
      for (const category of variant.categories) {
        const opening = sectionsOf(await models.tasksOpeningAtStart(channel, { channel, behaviour, category }));
        for (const { section, roles } of opening) {
          const id = `${section} ${roles.join(',')}`;
          const view = views.get(id) ?? { key: section, roles: roles.map((role) => ({ key: role, label: ROLES[role as Role] ?? role })), behaviours: [] };
          views.set(id, view);
          const entry = view.behaviours.find((b) => b.behaviour === behaviour);
          if (entry) entry.categories.push(category);
          else view.behaviours.push({ behaviour, categories: [category] });
        }
      }
    }
  }
  return [...views.values()];
}
