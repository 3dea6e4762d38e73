import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FormDefinition } from './form-registry';

export class ConfirmationForm {
  @ApiPropertyOptional({ description: 'Toelichting' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

/** For tasks that only need "done", with an optional note; also used when a task names no form. */
export const confirmationForm: FormDefinition<ConfirmationForm> = {
  key: 'confirmation',
  title: 'Afronden',
  subject: 'any',
  dto: ConfirmationForm,
};
