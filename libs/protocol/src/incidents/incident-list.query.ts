import { PageOffset, PageSize } from '@ap/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
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

  @PageSize(MAX_PAGE, 50, 'Incidenten per pagina')
  limit: number = 50;

  @PageOffset('Overslaan: het eerste incident van de pagina')
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
