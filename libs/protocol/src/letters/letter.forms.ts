import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Choice, DomainError, NotBlank, RequiredWhen } from '@ap/common';
import { LettersService } from '@ap/letters';
import { FormContext, FormDefinition } from '@ap/workflow-runtime';
import { TimelineService } from '../timeline/timeline.service';

export class LetterSigningForm {
  @ApiProperty({ enum: ['approve', 'reject'], description: 'Uw besluit' })
  @Choice({ approve: 'Goedkeuren en ondertekenen', reject: 'Afkeuren en terugsturen voor correctie' })
  decision: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Wat moet er anders' })
  @RequiredWhen('decision', 'reject')
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  comment?: string;
}

export class LetterCorrectionForm {
  @ApiPropertyOptional({ description: 'Naam van de burger' }) @IsOptional() @IsString() @NotBlank() @MaxLength(200) citizenName?: string;
  @ApiPropertyOptional({ description: 'Straat en huisnummer' }) @IsOptional() @IsString() @NotBlank() @MaxLength(200) streetAddress?: string;
  @ApiPropertyOptional({ description: 'Postcode' })
  @IsOptional()
  @Matches(/^\d{4}\s?[A-Za-z]{2}$/, { message: 'Geef een Nederlandse postcode, bijvoorbeeld 1234 AB.' })
  postalCode?: string;
  @ApiPropertyOptional({ description: 'Woonplaats' }) @IsOptional() @IsString() @NotBlank() @MaxLength(100) city?: string;
  @ApiPropertyOptional({ description: 'Verbeterde omschrijving van het incident' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(10000)
  description?: string;
}

function letterIdOf(context: FormContext): string {
  const letterId = context.task.input.letterId;
  if (typeof letterId !== 'string') throw new DomainError('unprocessable', `Taak "${context.task.name}" verwijst in het model niet naar een brief (invoer letterId)`);
  return letterId;
}

/** The forms of the letter steps: the signer's decision, and the correction after a rejection. */
@Injectable()
export class LetterForms {
  constructor(
    private readonly letters: LettersService,
    private readonly timeline: TimelineService,
  ) {}

  readonly signing: FormDefinition<LetterSigningForm> = {
    key: 'letter-signing',
    title: 'Brief beoordelen en ondertekenen',
    subject: 'incident',
    dto: LetterSigningForm,
    complete: async (form, context) => {
      const letter = await this.letters.decide(context.uow, letterIdOf(context), form.decision, context.actor.id!, context.now, form.comment);
      await this.timeline.record(
        context.uow,
        letter.incidentId,
        context.now,
        context.actor,
        form.decision === 'approve' ? 'letter-approved' : 'letter-rejected',
        form.decision === 'approve' ? `Brief ${letter.code} goedgekeurd en ondertekend` : `Brief ${letter.code} teruggestuurd: ${form.comment}`,
        { letterId: letter.id },
      );
    },
  };

  readonly correction: FormDefinition<LetterCorrectionForm> = {
    key: 'letter-correction',
    title: 'Gegevens voor de brief verbeteren',
    subject: 'incident',
    dto: LetterCorrectionForm,
    complete: async (form, { uow, task }) => {
      const incident = await uow.incidents.findOneByOrFail({ id: task.businessKey });
      const citizen = await uow.citizens.findOneByOrFail({ id: incident.citizenId });
      if (form.citizenName) citizen.name = form.citizenName;
      if (form.streetAddress) citizen.streetAddress = form.streetAddress;
      if (form.postalCode) citizen.postalCode = form.postalCode;
      if (form.city) citizen.city = form.city;
      await uow.citizens.save(citizen);
      if (form.description) {
        incident.description = form.description;
        await uow.incidents.save(incident);
      }
    },
  };
}
