import { MAX_OFFSET, NotBlank } from '@ap/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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

  @ApiProperty({ required: false, minimum: 1, maximum: MAX_PAGE, default: 10, description: 'Burgers per pagina' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit: number = 10;

  @ApiProperty({ required: false, minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'Overslaan: de eerste burger van de pagina' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
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
