import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NotBlank, ROLE_KEYS } from '@ap/common';

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

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'medewerker' }) username: string;
  @ApiProperty({ example: 'Sanne de Boer' }) displayName: string;
  @ApiProperty({ example: 'medewerker Klantcontactcentrum' }) jobTitle: string;
  @ApiProperty({ enum: ROLE_KEYS, isArray: true }) roles: string[];
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team; leeg als er nog geen is gekozen' }) unitId: string | null;
}

export class UserUnitDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team; leeg om de medewerker uit zijn team te halen' })
  @IsOptional()
  @IsUUID()
  unitId: string | null;
}
