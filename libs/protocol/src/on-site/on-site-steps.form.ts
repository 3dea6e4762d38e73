import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsISO8601, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { Choice } from '@ap/common';

/** The on-the-spot steps of 5.3 and 5.4, in the source's order, as the employee records them afterwards. */
export const ON_SITE_STEPS = {
  addressed: 'burger aangesproken op zijn gedrag',
  'conversation-ended': 'gesprek beëindigd',
  'asked-to-leave': 'burger verzocht te vertrekken',
  'alarm-raised': 'alarm gegeven',
  withdrew: 'medewerker heeft zich teruggetrokken',
  'colleague-assisted': 'collega assisteert (eerste medewerker geïnformeerd)',
  'asked-twice': 'twee keer verzocht te vertrekken in bijzijn van de collega (huisvredebreuk)',
  'police-called': 'receptie heeft de politie gebeld',
  'department-head-informed': 'afdelingshoofd geïnformeerd',
  'left-room': 'ruimte met de collega verlaten',
} as const;

export const ON_SITE_OUTCOMES = {
  left: 'burger is vertrokken voordat alarm nodig was',
  'left-after-alarm': 'burger is na het alarm zelf vertrokken',
  'removed-by-police': 'burger is door de politie verwijderd',
} as const;

export class OnSiteStep {
  @ApiProperty({ enum: Object.keys(ON_SITE_STEPS), description: 'Stap' })
  @Choice(ON_SITE_STEPS)
  step: keyof typeof ON_SITE_STEPS;

  @ApiProperty({ example: '2026-11-20T10:17:00+01:00', description: 'Tijdstip' })
  @IsISO8601({ strict: true })
  at: string;
}

export class OnSiteStepsForm {
  @ApiProperty({ type: [OnSiteStep], description: 'De genomen stappen met tijdstip' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => OnSiteStep)
  steps: OnSiteStep[];

  @ApiProperty({ enum: Object.keys(ON_SITE_OUTCOMES), description: 'Hoe het incident ter plekke eindigde' })
  @Choice(ON_SITE_OUTCOMES)
  outcome: keyof typeof ON_SITE_OUTCOMES;

  @ApiPropertyOptional({ description: 'Toelichting' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const onSiteStepsForm: FormDefinition<OnSiteStepsForm> = {
  key: 'on-site-steps',
  title: 'Stappen ter plekke vastleggen',
  subject: 'incident',
  dto: OnSiteStepsForm,
};
