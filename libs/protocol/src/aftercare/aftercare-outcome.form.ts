import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { Choice, NotBlank, RequiredWhen } from '@ap/common';

/** After the evaluation conversation (ch. 6): refer the employee to specialist help, or close aftercare. */
export class AftercareOutcomeForm {
  @ApiProperty({ enum: ['refer', 'close'], description: 'Uitkomst van de nazorg' })
  @Choice({ refer: 'Doorverwijzen naar specialistische hulp', close: 'Nazorg afsluiten' })
  outcome: 'refer' | 'close';

  @ApiPropertyOptional({ description: 'Naar wie is doorverwezen' })
  @RequiredWhen('outcome', 'refer')
  @IsString()
  @NotBlank()
  @MaxLength(500)
  referredTo?: string;

  @ApiPropertyOptional({ description: 'Toelichting' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const aftercareOutcomeForm: FormDefinition<AftercareOutcomeForm> = {
  key: 'aftercare-outcome',
  title: 'Nazorg: doorverwijzen of afsluiten',
  subject: 'incident',
  dto: AftercareOutcomeForm,
};
