import { ApiProperty } from '@nestjs/swagger';
import { HOME_VISIT_STAGES, HomeVisitStage } from './home-visit-stage';

export class HomeVisitPerson {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'medewerker' }) username: string;
  @ApiProperty({ example: 'Sanne de Boer' }) displayName: string;
}

/** What the employee told the colleague at check-out. */
export class HomeVisitCheckOut {
  @ApiProperty({ type: HomeVisitPerson, nullable: true, description: 'De collega bij wie is uitgemeld (null als die niet meer actief is)' })
  colleague: HomeVisitPerson | null;
  @ApiProperty({ example: '06 12345678' }) mobile: string;
  @ApiProperty({ type: String, format: 'date-time' }) expectedEnd: string;
  @ApiProperty({ type: String, format: 'date-time' }) checkedOutAt: Date;
}

/** One safety step of the visit: a task of its process. */
export class HomeVisitStep {
  @ApiProperty({ format: 'uuid', description: 'De taak (GET /api/tasks/:id)' }) taskId: string;
  @ApiProperty({ example: 'check_out', description: 'Het element in home-visit-safety.bpmn' }) elementId: string;
  @ApiProperty({ example: 'Uitmelden bij een directe collega' }) name: string;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty({ type: [String] }) candidateGroups: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Waarom het model de stap sloot voordat iemand hem deed, bv. omdat de medewerker zich alsnog terugmeldde' })
  closeMessage: string | null;
}

/** A visit in a list: what, when, and where its safety steps stand. */
export class HomeVisitSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Kerkstraat 12, 1234 AB Voorbeeldstad' }) address: string;
  @ApiProperty({ example: 'Bouwbedrijf De Vries' }) visitedName: string;
  @ApiProperty({ type: String, nullable: true, example: '0575 123456' }) visitedPhone: string | null;
  @ApiProperty({ example: 'Controle bouwwerk' }) purpose: string;
  @ApiProperty({ type: String, format: 'date-time' }) plannedStart: Date;
  @ApiProperty({ example: 60 }) plannedMinutes: number;
  @ApiProperty({ type: HomeVisitPerson, description: 'De medewerker die het bezoek plande' }) employee: HomeVisitPerson;
  @ApiProperty({
    enum: HOME_VISIT_STAGES,
    description:
      'Waar de veiligheidsstappen staan: gepland, buiten kantooruren (bij het afdelingshoofd), risico inschatten, besluit van het afdelingshoofd, uitmelden, onderweg, teruggemeld, niet teruggemeld',
  })
  stage: HomeVisitStage;
  @ApiProperty({ type: HomeVisitCheckOut, nullable: true }) checkOut: HomeVisitCheckOut | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Wanneer de medewerker zich terugmeldde' }) checkedInAt: Date | null;
}

/** One visit with its safety steps, for those who may see it. */
export class HomeVisitView extends HomeVisitSummary {
  @ApiProperty({ type: [HomeVisitStep], description: 'De stappen, de oudste eerst' }) steps: HomeVisitStep[];
}

/** The plan form's fields as JSON Schema, from the class the service checks a plan with. */
export class HomeVisitPlanForm {
  @ApiProperty({ example: 'home-visit-plan' }) key: string;
  @ApiProperty({ example: 'Huisbezoek plannen' }) title: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) schema: Record<string, unknown>;
}
