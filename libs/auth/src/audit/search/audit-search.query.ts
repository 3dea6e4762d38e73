import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageOffset, PageSize } from '@ap/common';

const MAX_PAGE = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the auditor searches the audit trail by; every filter given must hold. */
export class AuditSearchFilters {
  @ApiProperty({ required: false, description: 'De burger: zijn id, of (een deel van) de naam, hoofdletters maken niet uit' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  citizen?: string;

  @ApiProperty({ required: false, description: 'Het incident: zijn id of kenmerk (AG-2026-00012)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  incident?: string;

  @ApiProperty({ required: false, description: 'De gebruikersnaam van wie het deed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  user?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Vanaf deze dag (JJJJ-MM-DD, Nederlandse tijd)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Geef een bestaande dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.' })
  @Matches(DAY, { message: 'Geef de dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.' })
  from?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Tot en met deze dag (JJJJ-MM-DD, Nederlandse tijd)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Geef een bestaande dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-31.' })
  @Matches(DAY, { message: 'Geef de dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-31.' })
  to?: string;
}

export class AuditSearchQuery extends AuditSearchFilters {
  @PageSize(MAX_PAGE, 50, 'Regels per pagina')
  limit: number = 50;

  @PageOffset('Overslaan: de eerste regel van de pagina')
  offset: number = 0;
}

/** The filters that were given, for the line that records the search itself. */
export function givenFilters(query: AuditSearchFilters): Record<string, string> {
  return Object.fromEntries((['citizen', 'incident', 'user', 'from', 'to'] as const).filter((key) => query[key]?.trim()).map((key) => [key, query[key]!.trim()]));
}
