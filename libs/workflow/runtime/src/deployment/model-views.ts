import { NotBlank } from '@ap/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

/** A model may be this large; the delivered ones are well under 50 kB. */
export const MAX_MODEL_CHARS = 2_000_000;

export class DefinitionProblemView {
  @ApiProperty({ type: String, nullable: true, description: 'Het element in het model; leeg als het om het model als geheel gaat', example: 'sign_tc3' }) elementId: string | null;
  @ApiProperty({ example: 'Gebruikerstaak "Brief tekenen" noemt rol "burgemeester", die niet bestaat.' }) message: string;
}

export class RefusedFileView {
  @ApiProperty({ example: 'counter.bpmn' }) file: string;
  @ApiProperty({ type: [DefinitionProblemView] }) problems: DefinitionProblemView[];
}

/** A team's own variant of a model, and the version its incidents start on. */
export class ModelVariantView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: 'Publiekszaken' }) unitName: string;
  @ApiProperty({ example: 5 }) version: number;
  @ApiProperty({ format: 'date-time' }) deployedAt: Date;
}

export class ProcessModelView {
  @ApiProperty({ example: 'counter' }) key: string;
  @ApiProperty({ example: 'Agressie aan de balie' }) name: string;
  @ApiProperty({ description: 'De versie van de organisatie: waarop nieuwe incidenten starten als hun team geen eigen variant heeft', example: 3 }) version: number;
  @ApiProperty({ format: 'date-time' }) deployedAt: Date;
  @ApiProperty({ type: [ModelVariantView], description: 'De teams met een eigen variant' }) variants: ModelVariantView[];
  @ApiProperty({ type: RefusedFileView, nullable: true, description: 'Het bestand in processes/ dat bij de laatste start is geweigerd' }) refusedFile: RefusedFileView | null;
}

export class ModelVersionView {
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ example: 'Agressie aan de balie' }) name: string;
  @ApiProperty({ format: 'date-time' }) deployedAt: Date;
  @ApiProperty({ type: String, nullable: true, description: 'Het bestand waaruit de versie bij het starten is gelezen; leeg bij een deploy uit de browser', example: 'counter.bpmn' }) sourceFile: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Bram de Vries' }) deployedByName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Incidentgesprek toegevoegd' }) comment: string | null;
  @ApiProperty({ description: 'Lopende incidenten en deelprocessen op deze versie', example: 12 }) runningInstances: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team waarvoor deze versie een variant is; leeg voor de organisatie' }) unitId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Publiekszaken' }) unitName: string | null;
}

export class ModelDraftView {
  @ApiProperty({ example: 'counter' }) key: string;
  @ApiProperty() xml: string;
  @ApiProperty({ type: Number, nullable: true, description: 'De versie waarvan het concept is uitgegaan' }) baseVersion: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team waarvoor het concept een variant is; leeg voor de organisatie' }) unitId: string | null;
  @ApiProperty({ format: 'date-time' }) savedAt: Date;
}

export class ModelCheckView {
  @ApiProperty({ type: [DefinitionProblemView] }) problems: DefinitionProblemView[];
}

export class ModelXmlDto {
  @ApiProperty({ description: 'Het model als BPMN 2.0-XML' })
  @IsString()
  @NotBlank()
  @MaxLength(MAX_MODEL_CHARS)
  xml: string;
}

export class SaveDraftDto extends ModelXmlDto {
  @ApiProperty({ type: Number, required: false, nullable: true, description: 'De versie waarvan het concept uitgaat; leeg voor een nieuw model' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number | null;

  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true, description: 'Het team waarvoor dit een variant is; leeg voor het protocol van de hele organisatie' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}

export class DeployModelDto extends SaveDraftDto {
  @ApiProperty({ description: 'Wat er verandert en waarom; staat bij de versie', example: 'Incidentgesprek toegevoegd na incidenten aan de balie' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  comment: string;
}

export class ChoiceView {
  @ApiProperty({ example: 'department-head' }) value: string;
  @ApiProperty({ example: 'afdelingshoofd' }) label: string;
}

export class InputSpecView {
  @ApiProperty({ example: 'window' }) name: string;
  @ApiProperty({ example: 'Termijn' }) label: string;
  @ApiProperty({ required: false }) description?: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ enum: ['text', 'duration', 'choice', 'choices', 'pattern'] }) kind: 'text' | 'duration' | 'choice' | 'choices' | 'pattern';
  @ApiProperty({ type: [ChoiceView], required: false }) choices?: ChoiceView[];
  @ApiProperty({ required: false, description: 'Reguliere expressie waaraan de waarde voldoet' }) pattern?: string;
  @ApiProperty({ required: false, example: 'P6M' }) example?: string;
}

export class SetVariableView {
  @ApiProperty({ example: 'isRepeat' }) name: string;
  @ApiProperty() description: string;
}

export class TopicSpecView {
  @ApiProperty({ example: 'protocol.recidive' }) topic: string;
  @ApiProperty({ example: 'Recidive bepalen' }) title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: 'incident' }) subject: string;
  @ApiProperty({ type: [InputSpecView] }) inputs: InputSpecView[];
  @ApiProperty({ type: [SetVariableView] }) sets: SetVariableView[];
}

export class FormSpecView {
  @ApiProperty({ example: 'letter-signing' }) key: string;
  @ApiProperty({ example: 'Brief beoordelen en ondertekenen' }) title: string;
  @ApiProperty({ example: 'incident' }) subject: string;
  @ApiProperty({ type: [InputSpecView] }) inputs: InputSpecView[];
}

export class ProcessSpecView {
  @ApiProperty({ example: 'letter' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [InputSpecView], description: 'Wat een aanroep aan het proces kan meegeven' }) inputs: InputSpecView[];
}

export class CatalogView {
  @ApiProperty({ type: [ChoiceView] }) roles: ChoiceView[];
  @ApiProperty({ type: [TopicSpecView] }) topics: TopicSpecView[];
  @ApiProperty({ type: [FormSpecView] }) forms: FormSpecView[];
  @ApiProperty({ type: [ProcessSpecView] }) processes: ProcessSpecView[];
}

export class DiffElementView {
  @ApiProperty({ example: 'incident_talk' }) id: string;
  @ApiProperty({ example: 'Gebruikerstaak "Incidentgesprek"' }) label: string;
}

export class PropertyChangeView {
  @ApiProperty({ example: 'Invoer window' }) property: string;
  @ApiProperty({ example: 'P6M' }) old: string;
  @ApiProperty({ example: 'P12M' }) new: string;
}

export class ChangedElementView extends DiffElementView {
  @ApiProperty({ type: [PropertyChangeView] }) changes: PropertyChangeView[];
}

export class ModelDiffView {
  @ApiProperty({ description: 'De oudere versie' }) from: number;
  @ApiProperty({ description: 'De nieuwere versie' }) to: number;
  @ApiProperty({ type: [DiffElementView], description: 'In de nieuwere versie erbij gekomen' }) added: DiffElementView[];
  @ApiProperty({ type: [DiffElementView], description: 'In de nieuwere versie weggehaald' }) removed: DiffElementView[];
  @ApiProperty({ type: [ChangedElementView], description: 'In beide, met andere eigenschappen' }) changed: ChangedElementView[];
}
