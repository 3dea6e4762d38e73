import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';

/** After the evaluation conversation (ch. 6): refer the employee to specialist help, or close aftercare. */
export class AftercareOutcomeForm {
  @ApiProperty({ enum: ['refer', 'close'] })
  @IsIn(['refer', 'close'])
  outcome: 'refer' | 'close';

  @ApiPropertyOptional({ description: 'Naar wie is doorverwezen (verplicht bij doorverwijzen)' })
  @ValidateIf((f: AftercareOutcomeForm) => f.outcome === 'refer')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  referredTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const aftercareOutcomeForm: FormDefinition<AftercareOutcomeForm> = {
  key: 'aftercare-outcome',
  title: 'Nazorg: doorverwijzen of afsluiten',
  dto: AftercareOutcomeForm,
};
