import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { Choice, Label, NotBlank } from '@ap/common';

/**
 * Written aggression (5.2): the employee and the team lead first judge how serious it is; the
 * answer picks the protocol's path. A: schelden/beledigen, B: bedreiging.
 */
export class SeverityAssessmentForm {
  @ApiProperty({ enum: ['A', 'B'], description: 'Ernst: A schelden/beledigen, B bedreiging' })
  @Label('Ernst van de agressie')
  @Choice({ A: 'A: schelden of beledigen', B: 'B: bedreiging' })
  path: 'A' | 'B';

  @ApiProperty({ description: 'Onderbouwing van de inschatting' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  explanation: string;
}

export const severityAssessmentForm: FormDefinition<SeverityAssessmentForm> = {
  key: 'severity-assessment',
  title: 'Ernst van de agressie inschatten',
  subject: 'incident',
  dto: SeverityAssessmentForm,
};
