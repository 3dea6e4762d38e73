import { NotBlank, PageOffset, PageSize } from '@ap/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const MAX_PAGE = 50;

/** Looking a citizen up before reporting, so that recidive finds the same person again. */
export class CitizenSearchQuery {
  @ApiProperty({ description: 'De naam of een deel ervan; hoofdletters maken niet uit', example: 'de vries' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ required: false, description: 'Geboortedatum (JJJJ-MM-DD)', example: '1980-04-12' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Geef de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 1980-04-12.' })
  dateOfBirth?: string;

  @PageSize(MAX_PAGE, 10, 'Burgers per pagina')
  limit: number = 10;

  @PageOffset('Overslaan: de eerste burger van de pagina')
  offset: number = 0;
}

/** A citizen as a search shows them: enough to tell two people with the same name apart. */
export class CitizenView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'J. de Vries' }) name: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfBirth: string | null;
  @ApiProperty({ type: String, nullable: true }) streetAddress: string | null;
  @ApiProperty({ type: String, nullable: true }) postalCode: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
}
