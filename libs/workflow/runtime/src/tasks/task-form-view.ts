import { ApiProperty, OmitType } from '@nestjs/swagger';
import { TaskView } from './task-view';

export class TaskFormSchema {
  @ApiProperty({ example: 'letter-signing' }) key: string;
  @ApiProperty({ example: 'Brief beoordelen en ondertekenen' }) title: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'De velden van het formulier als JSON Schema, afgeleid van de klasse waarmee de service het controleert' })
  schema: Record<string, unknown>;
}

/** One task with the form that completes it (none if the model assigned it to someone else). */
export class TaskFormView extends OmitType(TaskView, ['form'] as const) {
  @ApiProperty({ type: TaskFormSchema, nullable: true, description: 'Het formulier; null als de taak aan iemand anders is toegewezen' }) form: TaskFormSchema | null;
}
