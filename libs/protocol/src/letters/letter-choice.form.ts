import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { invalidField, taskList } from '../model-choices';
import { ChoiceFromInput, NotBlank } from '@ap/common';

/**
 * Where the source names several letters for one situation without saying which is which (BC3, BC5,
 * BC6 or BC7; BC4 or BC8), the signer picks one of the codes the model offers as input `options`.
 */
export class LetterChoiceForm {
  @ApiProperty({ description: 'Code van de gekozen voorbeeldbrief, een van de opties van de taak', example: 'BC3' })
  @ChoiceFromInput('options')
  @IsString()
  @NotBlank()
  code: string;

  @ApiPropertyOptional({ description: 'Waarom deze brief' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  motivation?: string;
}

export const letterChoiceForm: FormDefinition<LetterChoiceForm> = {
  key: 'letter-choice',
  title: 'Voorbeeldbrief kiezen',
  subject: 'incident',
  inputs: [{ name: 'options', label: 'Brieven om uit te kiezen', kind: 'choices', choicesFrom: 'letterCodes', required: true }],
  dto: LetterChoiceForm,
  async complete(form, context) {
    const options = taskList(context, 'options');
    if (!options.includes(form.code)) throw invalidField('code', `Kies een van de brieven die het model hier toestaat: ${options.join(', ')}.`);
  },
};
