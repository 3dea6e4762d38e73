import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { Choice, Label, NotBlank } from '@ap/common';
import { CitizenDto } from '../citizens/citizen.dto';
import { PerpetratorDescriptionForm } from '../description/perpetrator-description.form';
import { OnSiteStepsForm } from '../on-site/on-site-steps.form';
import { BEHAVIOUR_KEYS, BEHAVIOURS, CATEGORIES, CATEGORY_LABELS, CHANNEL_KEYS, CHANNELS } from '../channels/channels';

const CHANNEL_LABELS = Object.fromEntries(CHANNEL_KEYS.map((key) => [key, CHANNELS[key].label]));

/**
 * A report. Which behaviours and categories a channel takes is CHANNEL_VARIANTS; the on-the-spot parts
 * are the forms of the channel model's own tasks (REPORT_SECTIONS).
 */
export class ReportIncidentDto {
  @ApiProperty({ enum: CHANNEL_KEYS, example: 'phone' })
  @Label('Kanaal')
  @Choice(CHANNEL_LABELS)
  channel: string;

  @ApiProperty({ enum: CATEGORIES, description: 'I: (non-)verbale agressie, II: persoonsgerichte bedreiging, III: fysieke agressie' })
  @Label('Categorie')
  @Choice(CATEGORY_LABELS)
  category: string;

  @ApiProperty({ enum: BEHAVIOUR_KEYS, example: 'threat' })
  @Label('Gedrag')
  @Choice(BEHAVIOURS)
  behaviour: string;

  @ApiProperty({ example: '2026-11-20T10:15:00+01:00' })
  @Label('Wanneer gebeurde het?')
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ example: 'Klantcontactcentrum, Markt 1' })
  @Label('Waar gebeurde het?', 'Het gebouw en de ruimte, of het adres op de openbare weg')
  @IsString()
  @NotBlank()
  @MaxLength(300)
  location: string;

  @ApiProperty({ example: 'Burger dreigde de medewerker op te wachten na het werk.' })
  @Label('Wat gebeurde er?', 'Wat de burger zei en deed, en hoe u reageerde')
  @IsString()
  @NotBlank()
  @MaxLength(10000)
  description: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Een bestaande burger (GET /api/citizens); anders `citizen`' })
  @IsOptional()
  @IsUUID()
  citizenId?: string;

  @ApiPropertyOptional({ type: CitizenDto, description: 'Een burger die nog niet bekend is; niet samen met `citizenId`' })
  @Label('Burger')
  @ValidateIf((report: ReportIncidentDto) => report.citizenId === undefined || report.citizen !== undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen?: CitizenDto;

  @ApiPropertyOptional({ type: OnSiteStepsForm, description: 'De stappen ter plekke, waar het protocol van het kanaal die vraagt (balie, geweld tegen zaken)' })
  @Label('Stappen ter plekke')
  @IsOptional()
  @ValidateNested()
  @Type(() => OnSiteStepsForm)
  onSiteSteps?: OnSiteStepsForm;

  @ApiPropertyOptional({ type: PerpetratorDescriptionForm, description: 'Het signalement van de dader, waar het protocol van het kanaal dat vraagt (geweld tegen mensen)' })
  @Label('Signalement van de dader')
  @IsOptional()
  @ValidateNested()
  @Type(() => PerpetratorDescriptionForm)
  perpetrator?: PerpetratorDescriptionForm;
}
