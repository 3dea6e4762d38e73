import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsString, MaxLength } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { TimelineService } from '../timeline/timeline.service';
import { NotBlank, RequiredWhen } from '@ap/common';

/**
 * Aangifte (7.3): within 24 hours, by the employee with the department head. Without aangifte the
 * police are asked to record a mutatie, which later proves recidive; the form requires one or the other.
 */
export class PoliceReportForm {
  @ApiProperty({ description: 'Is er aangifte gedaan?' })
  @IsBoolean()
  filed: boolean;

  @ApiPropertyOptional({ description: 'Nummer van het proces-verbaal van aangifte' })
  @RequiredWhen('filed', true)
  @IsString()
  @NotBlank()
  @MaxLength(100)
  reportNumber?: string;

  @ApiPropertyOptional({ description: 'Tijdstip van de aangifte' })
  @RequiredWhen('filed', true)
  @IsISO8601({ strict: true })
  filedAt?: string;

  @ApiPropertyOptional({ description: 'Politiebureau' })
  @RequiredWhen('filed', true)
  @IsString()
  @NotBlank()
  @MaxLength(200)
  policeStation?: string;

  @ApiPropertyOptional({ description: 'Nummer van de mutatie bij de politie' })
  @RequiredWhen('filed', false)
  @IsString()
  @NotBlank()
  @MaxLength(100)
  mutationNumber?: string;

  @ApiPropertyOptional({ description: 'Waarom geen aangifte' })
  @RequiredWhen('filed', false)
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  reasonNotFiled?: string;
}

@Injectable()
export class PoliceReportForms {
  constructor(private readonly timeline: TimelineService) {}

  readonly policeReport: FormDefinition<PoliceReportForm> = {
    key: 'police-report',
    title: 'Aangifte bij de politie',
    subject: 'incident',
    dto: PoliceReportForm,
    complete: async (form, { uow, task, actor, now }) => {
      await this.timeline.record(
        uow,
        task.businessKey,
        now,
        actor,
        form.filed ? 'police-report-filed' : 'police-mutation-recorded',
        form.filed ? `Aangifte gedaan (${form.reportNumber}, ${form.policeStation})` : `Geen aangifte; mutatie ${form.mutationNumber} bij de politie`,
        { ...form },
      );
    },
  };
}
