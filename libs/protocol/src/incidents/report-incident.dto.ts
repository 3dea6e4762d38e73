import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CitizenDto } from '../citizens/citizen.dto';
import { BEHAVIOUR_KEYS, CATEGORIES, CHANNEL_KEYS } from '../channels/channels';

export class ReportIncidentDto {
  @ApiProperty({ enum: CHANNEL_KEYS, example: 'phone' })
  @IsIn(CHANNEL_KEYS)
  channel: string;

  @ApiProperty({ enum: CATEGORIES, description: 'I: (non-)verbale agressie, II: persoonsgerichte bedreiging, III: fysieke agressie' })
  @IsIn(CATEGORIES)
  category: string;

  @ApiProperty({ enum: BEHAVIOUR_KEYS, example: 'threat' })
  @IsIn(BEHAVIOUR_KEYS)
  behaviour: string;

  @ApiProperty({ example: '2026-11-20T10:15:00+01:00' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ example: 'Klantcontactcentrum, Markt 1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  location: string;

  @ApiProperty({ example: 'Burger dreigde de medewerker op te wachten na het werk.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  description: string;

  @ApiProperty({ type: CitizenDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen: CitizenDto;
}
