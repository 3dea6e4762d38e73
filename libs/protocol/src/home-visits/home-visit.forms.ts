import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { FormContext, FormDefinition } from '@ap/workflow-runtime';
import { Choice, isRole, NotBlank, RequiredWhen, ROLES } from '@ap/common';
import { invalidField, taskList } from '../model-choices';

/** Before the visit (5.6): how likely is trouble, judged from what is known. */
export class HomeVisitRiskForm {
  @ApiProperty({ enum: ['low', 'medium', 'high'], description: 'Risico' })
  @Choice({ low: 'Laag', medium: 'Gemiddeld', high: 'Hoog' })
  risk: 'low' | 'medium' | 'high';

  @ApiProperty({ description: 'Waarop de inschatting berust (eerdere incidenten, signalen)' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  considerations: string;
}

/** With the manager: go alone or with two. */
export class HomeVisitDecisionForm {
  @ApiProperty({ description: 'Gaan er twee medewerkers?' })
  @IsBoolean()
  twoPersons: boolean;

  @ApiPropertyOptional({ description: 'Wie gaat er mee' })
  @RequiredWhen('twoPersons', true)
  @IsString()
  @NotBlank()
  @MaxLength(200)
  companion?: string;

  @ApiPropertyOptional({ description: 'Toelichting' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

/** Leaving: tell a direct colleague where to, whom and until when. */
export class HomeVisitCheckOutForm {
  @ApiProperty({ example: 'eerstemedewerker', description: 'Gebruikersnaam van de collega bij wie je je uitmeldt en terugmeldt; die zoekt contact als je niet terugmeldt' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  colleague: string;

  @ApiProperty({ description: 'Telefoonnummer waarop je onderweg bereikbaar bent' })
  @IsString()
  @NotBlank()
  @MaxLength(50)
  mobile: string;

  @ApiProperty({ example: '2026-11-24T11:00:00+01:00', description: 'Hoe laat de afspraak(en) klaar zijn' })
  @IsISO8601({ strict: true })
  expectedEnd: string;
}

/** Not back 30 minutes after the expected end: the colleague tries to reach the employee. */
export class HomeVisitContactForm {
  @ApiProperty({ enum: ['reached', 'unreachable'], description: 'Uitkomst' })
  @Choice({ reached: 'Medewerker bereikt en in orde', unreachable: 'Medewerker onbereikbaar' })
  outcome: 'reached' | 'unreachable';

  @ApiProperty({ description: 'Hoe geprobeerd (mobiel, telefoon van de bezochte) en wat bleek' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  note: string;
}

/** Still unreachable: the department head decides whether the police are asked to check. */
export class HomeVisitPoliceCheckForm {
  @ApiProperty({ description: 'Politie verzocht polshoogte te nemen?' })
  @IsBoolean()
  askPolice: boolean;

  @ApiProperty({ description: 'Toelichting' })
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  note: string;
}

/**
 * The colleague is a user who can take the search task: active, someone else, and holding one of the
 * roles the model names in the task's input `colleagueRoles` (any role when it names none).
 */
async function checkColleague(username: string, context: FormContext): Promise<void> {
  const colleague = await context.uow.users.findOneBy({ username, active: true });
  if (!colleague) throw invalidField('colleague', `Geef de gebruikersnaam van een actieve collega; "${username}" is dat niet.`);
  if (colleague.id === context.actor.id) throw invalidField('colleague', 'Kies een andere collega dan uzelf.');
  const roles = taskList(context, 'colleagueRoles');
  if (roles.length && !colleague.roles.some((role) => roles.includes(role))) {
    throw invalidField('colleague', `Kies een collega met de rol ${roles.map((r) => (isRole(r) ? ROLES[r] : r)).join(' of ')}.`);
  }
}

export const homeVisitForms: FormDefinition[] = [
  { key: 'home-visit-risk', title: 'Risico van het huisbezoek inschatten', subject: 'home-visit', dto: HomeVisitRiskForm },
  { key: 'home-visit-decision', title: 'Besluit: alleen of met twee personen', subject: 'home-visit', dto: HomeVisitDecisionForm },
  {
    key: 'home-visit-check-out',
    title: 'Uitmelden voor het huisbezoek',
    subject: 'home-visit',
    inputs: [{ name: 'colleagueRoles', label: 'Rollen van de collega die meeweet', kind: 'choices', choicesFrom: 'roles', required: false }],
    dto: HomeVisitCheckOutForm,
    async complete(form: HomeVisitCheckOutForm, context) {
      if (new Date(form.expectedEnd) <= context.now) throw invalidField('expectedEnd', 'Het verwachte einde moet in de toekomst liggen.');
      await checkColleague(form.colleague, context);
    },
  },
  { key: 'home-visit-contact', title: 'Contact zoeken met de medewerker', subject: 'home-visit', dto: HomeVisitContactForm },
  { key: 'home-visit-police-check', title: 'Besluit: politie laten kijken', subject: 'home-visit', dto: HomeVisitPoliceCheckForm },
];
