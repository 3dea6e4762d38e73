import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { invalidField } from '../model-choices';
import { NotBlank, RequiredWhen } from '@ap/common';

/**
 * Benefit reduction (7.4): the department head decides whether the very serious misconduct relates to
 * establishing the citizen's bijstand and, if so, by how much and how long. The model sets the minimum
 * percentage and months (`minimumPercentage`, `minimumMonths`: doubled on repetition within a year).
 */
export class BenefitReductionForm {
  @ApiProperty({ description: 'Wordt de bijstandsuitkering verlaagd?' })
  @IsBoolean()
  applies: boolean;

  @ApiPropertyOptional({ description: 'Verlaging als percentage van de bijstandsnorm' })
  @RequiredWhen('applies', true)
  @IsInt()
  @Min(1)
  @Max(100)
  percentage?: number;

  @ApiPropertyOptional({ description: 'Duur van de verlaging in maanden' })
  @RequiredWhen('applies', true)
  @IsInt()
  @Min(1)
  @Max(24)
  months?: number;

  @ApiProperty({ description: 'Motivering, ook als er niet wordt verlaagd' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  motivation: string;
}

export const benefitReductionForm: FormDefinition<BenefitReductionForm> = {
  key: 'benefit-reduction',
  title: 'Verlaging van de bijstandsuitkering',
  subject: 'incident',
  inputs: [
    { name: 'minimumPercentage', label: 'Minimaal kortingspercentage', kind: 'pattern', pattern: '\\d{1,3}', example: '20', required: false },
    { name: 'minimumMonths', label: 'Minimaal aantal maanden', kind: 'pattern', pattern: '\\d{1,2}', example: '1', required: false },
  ],
  dto: BenefitReductionForm,
  async complete(form, { task }) {
    if (!form.applies) return;
    const minimumPercentage = Number(task.input.minimumPercentage ?? 0);
    const minimumMonths = Number(task.input.minimumMonths ?? 1);
    if (form.percentage! < minimumPercentage) throw invalidField('percentage', `Het percentage is minstens ${minimumPercentage}.`);
    if (form.months! < minimumMonths) throw invalidField('months', `Het aantal maanden is minstens ${minimumMonths}.`);
  },
};
