import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@ap/auth';
import { AppConfig } from '../config/app-config';

export class PublicSettings {
  @ApiProperty({ example: 'Gemeente Voorbeeldstad', description: 'Naam van de gemeente, dezelfde als in het briefhoofd' })
  municipalityName: string;
}

export function publicSettings(config: AppConfig): PublicSettings {
  return { municipalityName: config.municipality.naam };
}

/** What the web app shows before anyone signs in: whose product this is. */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(@Inject(PublicSettings) private readonly settings: PublicSettings) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: PublicSettings })
  get(): PublicSettings {
    return this.settings;
  }
}
