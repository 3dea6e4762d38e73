import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { NotBlank } from '@ap/common';

export class OrganisationUnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Publiekszaken' }) name: string;
  @ApiProperty({ description: 'Medewerkers in dit team', example: 14 }) userCount: number;
  @ApiProperty({ description: 'Incidenten van dit team', example: 3 }) incidentCount: number;
  @ApiProperty({ description: 'Versies van procesmodellen die alleen voor dit team gelden', example: 1 }) variantCount: number;
}

export class OrganisationUnitDto {
  @ApiProperty({ example: 'Publiekszaken' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  name: string;
}
