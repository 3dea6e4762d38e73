import { MAX_OFFSET } from '@ap/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CHANNEL_KEYS } from '../channels/channels';

const MAX_PAGE = 200;

export class IncidentListQuery {
  @ApiProperty({ required: false, description: 'Zoeken in het kenmerk (AG-2026-00012) en de naam van de burger; een deel volstaat' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: CHANNEL_KEYS, description: 'Alleen incidenten van dit kanaal' })
  @IsOptional()
  @IsIn(CHANNEL_KEYS)
  channel?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: MAX_PAGE, default: 50, description: 'Incidenten per pagina' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit: number = 50;

  @ApiProperty({ required: false, minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'Overslaan: het eerste incident van de pagina' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;
}

export class IncidentFacetView {
  @ApiProperty({ example: 'phone' }) key: string;
  @ApiProperty({ example: 'telefonische agressie' }) label: string;
  @ApiProperty() count: number;
}

export class IncidentFacets {
  @ApiProperty({ type: [IncidentFacetView], description: 'Incidenten per kanaal, elk kanaal met een protocol' }) channels: IncidentFacetView[];
}
