import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiExtraModels, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Actor, Audited, CurrentActor, Roles } from '@ap/auth';
import { ACCESS, Label, NotBlank, UuidPipe } from '@ap/common';
import { CitizenRights } from './citizen-rights.service';
import { ErasureBlocker } from './erasure-blockers';

export class ErasureRequestDto {
  @ApiProperty({ example: 'Verzoek van de burger van 3 maart 2031 (AVG art. 17), zaak 2031-0042' })
  @Label('Reden', 'Het verzoek of de grond voor het wissen; komt in de audittrail.')
  @IsString()
  @NotBlank()
  @MaxLength(500)
  reason: string;
}

/** What an erasure changed: counts only. */
export class ErasureView {
  @ApiProperty() incidents: number;
  @ApiProperty() letters: number;
  @ApiProperty() tasks: number;
  @ApiProperty() processInstances: number;
  @ApiProperty({ description: 'Berichten, e-mails, huisbezoeken en regels van de audittrail waarin de naam of het adres stond' }) otherRows: number;
}

@ApiTags('citizens')
@ApiBearerAuth()
@ApiExtraModels(ErasureBlocker)
@Controller('citizens')
export class CitizenRightsController {
  constructor(private readonly rights: CitizenRights) {}

  /** Everything held about the citizen as one ZIP (inzageverzoek, AVG art. 15): a summary, every letter as stored, the photo, the audit trail of their file. */
  @Roles(...ACCESS.citizenRights)
  @Get(':id/export')
  @Audited({ action: 'citizen-exported', resource: 'citizen', inTransaction: true })
  @ApiOkResponse({ description: 'Een ZIP-archief', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  async export(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { zip, fileName } = await this.rights.export(id, actor);
    return new StreamableFile(zip, { type: 'application/zip', disposition: `attachment; filename="${fileName}"` });
  }

  /**
   * Erases the citizen's personal data everywhere (AVG art. 17); counts for monitoring stay. Refused (409)
   * while a ban is proposed or in force, or a decision is still open to objection, naming each.
   */
  @Roles(...ACCESS.citizenRights)
  @Post(':id/erasure')
  @Audited({ action: 'citizen-erased', resource: 'citizen', inTransaction: true })
  @HttpCode(200)
  @ApiOkResponse({ type: ErasureView })
  @ApiConflictResponse({ description: 'Nog niet te wissen: `details.blockers` noemt elk toegangsverbod en besluit dat de gegevens nog vasthoudt (ErasureBlocker); of al gewist' })
  erase(@Param('id', UuidPipe) id: string, @Body() body: ErasureRequestDto, @CurrentActor() actor: Actor): Promise<ErasureView> {
    return this.rights.erase(id, body.reason.trim(), actor);
  }
}
