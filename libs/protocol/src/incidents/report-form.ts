import { DefinitionStore, formSchema } from '@ap/workflow-runtime';
import { BEHAVIOURS, CATEGORY_LABELS, CHANNEL_KEYS, CHANNEL_VARIANTS, CHANNELS } from '../channels/channels';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../citizens/citizen-photo';
import { ReportIncidentDto } from './report-incident.dto';
import { ReportFormView } from './report-form.view';
import { sectionsOf } from './report-sections';

/**
 * The report form as the web app builds it: the channels whose model is deployed with their variants
 * (CHANNEL_VARIANTS), the parts each model asks as a task, and the fields from the class the service
 * validates the report with.
 */
export async function reportForm(definitions: DefinitionStore): Promise<ReportFormView> {
  const deployed = CHANNEL_KEYS.filter((key) => definitions.hasProcess(key));
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
      sections: sectionsOf((await definitions.latest(key)).userTasks),
    })),
  );
  return {
    channels,
    schema: formSchema({ key: 'report-incident', title: 'Melding maken', dto: ReportIncidentDto }),
    photo: { maxBytes: MAX_PHOTO_BYTES, types: PHOTO_TYPES },
  };
}
