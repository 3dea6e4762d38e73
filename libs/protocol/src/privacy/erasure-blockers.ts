import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { TemplateFiles } from '@ap/letters';
import { formatDutchDate, localDay } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';
import { addToDay } from '../bans/bans.service';
import { PRIVACY_OPTIONS, PrivacyOptions } from './privacy-options';

/** Why a citizen's data must be kept for now, in words, with what it is about: an erasure's 409 lists them in `details.blockers`. */
export class ErasureBlocker {
  @ApiProperty({ enum: ['ban', 'objection-period'], description: 'Een toegangsverbod dat is voorgesteld of geldt, of een besluit waartegen nog bezwaar kan worden gemaakt' })
  kind: 'ban' | 'objection-period';
  @ApiProperty({ format: 'uuid', description: 'Het toegangsverbod of de brief (het besluit)' })
  id: string;
  @ApiProperty({ description: 'Kenmerk van het incident', example: 'AG-2026-00012' })
  reference: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'De laatste dag dat het geldt, als die bekend is' })
  until: string | null;
  @ApiProperty({ example: 'het toegangsverbod bij incident AG-2026-00012 (alle gebouwen van de gemeente) geldt van 15 september 2026 tot en met 15 maart 2027' })
  message: string;
}

/**
 * A legal duty to keep a citizen's data: a ban that is proposed or in force (a government decision being
 * carried out), or a decision whose objection period (bezwaartermijn) has not ended. The product does not
 * record objections themselves; a decision still open to objection stands for one that may come.
 */
@Injectable()
export class ErasureBlockers {
  constructor(
    private readonly templates: TemplateFiles,
    @Inject(PRIVACY_OPTIONS) private readonly options: PrivacyOptions,
  ) {}

  async of(uow: UnitOfWork, citizenId: string, now: Date): Promise<ErasureBlocker[]> {
    const blockers: ErasureBlocker[] = [];
    const bans = await uow.query<{ id: string; status: string; scope: string; starts_on: string | null; ends_on: string | null; reference: string }>(
      `SELECT b.id, b.status, b.scope, to_char(b.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(b.ends_on, 'YYYY-MM-DD') AS ends_on, i.reference
         FROM bans b JOIN incidents i ON i.id = b.incident_id
        WHERE b.citizen_id = $1 AND b.status IN ('proposed', 'active') ORDER BY b.created_at`,
      [citizenId],
    );
    for (const ban of bans) {
      blockers.push({
        kind: 'ban',
        id: ban.id,
        reference: ban.reference,
        until: ban.ends_on,
        message:
          ban.status === 'active'
            ? `het toegangsverbod bij incident ${ban.reference} (${ban.scope}) geldt van ${formatDutchDate(ban.starts_on!)} tot en met ${formatDutchDate(ban.ends_on!)}`
            : `over het voorgestelde toegangsverbod bij incident ${ban.reference} (${ban.scope}) beslist het college nog`,
      });
    }
    const today = localDay(now);
    const decisions = await uow.query<{ id: string; code: string; finalized_at: Date; reference: string }>(
      `SELECT l.id, l.code, l.finalized_at, i.reference FROM letters l JOIN incidents i ON i.id = l.incident_id
        WHERE i.citizen_id = $1 AND l.status = 'final' AND l.code = ANY($2) ORDER BY l.finalized_at`,
      [citizenId, [...this.templates.catalogue.letters.values()].filter((l) => l.decision).map((l) => l.code)],
    );
    for (const decision of decisions) {
      const until = addToDay(localDay(new Date(decision.finalized_at)), this.options.objectionPeriod);
      if (until < today) continue;
      blockers.push({
        kind: 'objection-period',
        id: decision.id,
        reference: decision.reference,
        until,
        message: `tegen besluit ${decision.code} bij incident ${decision.reference} (ondertekend op ${formatDutchDate(new Date(decision.finalized_at))}) kan tot en met ${formatDutchDate(until)} bezwaar worden gemaakt`,
      });
    }
    return blockers;
  }
}
