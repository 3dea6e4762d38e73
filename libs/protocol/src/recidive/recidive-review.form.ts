import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Choice, Label, NotBlank } from '@ap/common';
import { FormDefinition } from '@ap/workflow-runtime';
import { input } from '@ap/workflow-engine';
import { TimelineService } from '../timeline/timeline.service';

const OUTCOMES = {
  adjusted: 'Brief of maatregel aangepast: dit is een herhaling',
  kept: 'Brief of maatregel blijft zoals gekozen',
} as const;

/** The department head's review of a later incident's letter or measure after a missed repeat (see MissedRepeats). */
export class RecidiveReviewForm {
  @ApiProperty({ enum: Object.keys(OUTCOMES), description: 'Uitkomst van de beoordeling' })
  @Label('Uitkomst')
  @Choice(OUTCOMES)
  outcome: keyof typeof OUTCOMES;

  @ApiProperty({ description: 'Wat er is gedaan of waarom niet' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  explanation: string;
}

/** The form, which records its outcome in the files of both incidents. */
export function recidiveReviewForm(timeline: TimelineService): FormDefinition<RecidiveReviewForm> {
  return {
    key: 'recidive-review',
    title: 'Gemiste herhaling beoordelen',
    subject: 'incident',
    inputs: [input.text('earlierReference', 'Eerder incident van dezelfde soort', { example: 'AG-2026-00012' })],
    dto: RecidiveReviewForm,
    async complete(form, { uow, task, actor, now }) {
      const earlierReference = String(task.input.earlierReference ?? '');
      const earlier = await uow.incidents.findOneBy({ reference: earlierReference });
      const later = await uow.incidents.findOneByOrFail({ id: task.businessKey });
      const summary = `Gemiste herhaling beoordeeld (${later.reference} na ${earlierReference}): ${OUTCOMES[form.outcome].toLowerCase()}. ${form.explanation}`;
      const details = { earlierReference, laterReference: later.reference, outcome: form.outcome, explanation: form.explanation };
      for (const incidentId of [later.id, earlier?.id].filter((id): id is string => !!id)) {
        await timeline.record(uow, incidentId, now, actor, 'recidive-reviewed', summary, details);
      }
    },
  };
}
