import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { describeDuration, localDay, NotBlank } from '@ap/common';
import { FormDefinition } from '@ap/workflow-runtime';
import { input } from '@ap/workflow-engine';
import { invalidField } from '../model-choices';
import { addToDay } from './bans.service';

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;

/**
 * The length of a ban where the source gives a range (6-12 months after damage, 12-24 after violence)
 * or none (public road C): the model sets `minDuration` and `maxDuration`, the signer picks within them.
 */
export class BanDurationForm {
  @ApiProperty({ description: 'Duur als ISO 8601-duur, bv. P9M of P1Y', example: 'P9M' })
  @Matches(ISO_DURATION, { message: 'Geef een duur als ISO 8601-duur in jaren, maanden, weken of dagen, bijvoorbeeld P9M (9 maanden) of P1Y (1 jaar).' })
  duration: string;

  @ApiPropertyOptional({ description: 'Motivering van de duur' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  motivation?: string;
}

export const banDurationForm: FormDefinition<BanDurationForm> = {
  key: 'ban-duration',
  title: 'Duur van het toegangsverbod bepalen',
  subject: 'incident',
  inputs: [
    input.duration('minDuration', 'Kortste duur', { required: false }),
    input.duration('maxDuration', 'Langste duur', { required: false }),
  ],
  dto: BanDurationForm,
  async complete(form, { task, now }) {
    // Compared as end dates from today, so P1Y and P12M are equal and months of any length compare right.
    const today = localDay(now);
    const end = (iso: string) => addToDay(today, iso);
    const { minDuration, maxDuration } = task.input as { minDuration?: string; maxDuration?: string };
    if (end(form.duration) <= today) throw invalidField('duration', 'De duur moet langer zijn dan nul.');
    if (typeof minDuration === 'string' && end(form.duration) < end(minDuration)) {
      throw invalidField('duration', `De duur is minstens ${describeDuration(minDuration)}.`);
    }
    if (typeof maxDuration === 'string' && end(form.duration) > end(maxDuration)) {
      throw invalidField('duration', `De duur is hoogstens ${describeDuration(maxDuration)}.`);
    }
  },
};
