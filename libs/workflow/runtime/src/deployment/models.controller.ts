import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ACCESS, DomainError } from '@ap/common';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { elementTemplates, ElementTemplate } from '../declarations/element-templates';
import { ModelDeployment } from './model-deployment';
import { CatalogView, DeployModelDto, ModelDiffView, ModelCheckView, ModelDraftView, ModelVersionView, ModelXmlDto, ProcessModelView, SaveDraftDto } from './model-views';

const BPMN = 'application/xml';

/** A version number in the address, refused in Dutch at its field when it is none. */
const versionNumber = (field: string) =>
  new ParseIntPipe({ exceptionFactory: () => new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: ['Geef een versienummer: een heel getal.'] }]) });

/** The process models for policy owners: versions, checks, drafts and deploys. */
@ApiTags('process models')
@ApiBearerAuth()
@Roles(...ACCESS.processDefinitions)
@Controller('process-models')
export class ModelsController {
  constructor(private readonly deployment: ModelDeployment) {}

  @Get()
  @ApiOkResponse({ type: [ProcessModelView] })
  models(): Promise<ProcessModelView[]> {
    return this.deployment.models();
  }

  @Get('catalog')
  @ApiOkResponse({ type: CatalogView, description: 'Wat een model kan noemen: topics, formulieren, rollen, briefcodes en processen' })
  catalog(): Promise<CatalogView> {
    return this.deployment.catalog();
  }

  @Get('element-templates')
  @ApiOkResponse({ description: 'Camunda 7-elementsjablonen voor de modeller, uit de catalogus', schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  async elementTemplates(): Promise<ElementTemplate[]> {
    return elementTemplates(await this.deployment.catalog());
  }

  @Get(':key/versions')
  @ApiOkResponse({ type: [ModelVersionView] })
  versions(@Param('key') key: string): Promise<ModelVersionView[]> {
    return this.deployment.versions(key);
  }

  @Get(':key/versions/:version/xml')
  @ApiOkResponse({ description: 'De versie als BPMN 2.0-XML', content: { [BPMN]: { schema: { type: 'string' } } } })
  async xml(@Param('key') key: string, @Param('version', versionNumber('version')) version: number): Promise<StreamableFile> {
    const xml = await this.deployment.xml(key, version);
    return new StreamableFile(Buffer.from(xml, 'utf8'), { type: `${BPMN}; charset=utf-8`, disposition: `attachment; filename="${safeName(key)}-v${version}.bpmn"` });
  }

  @Get(':key/diff')
  @ApiOkResponse({ type: ModelDiffView })
  diff(@Param('key') key: string, @Query('from', versionNumber('from')) from: number, @Query('to', versionNumber('to')) to: number): Promise<ModelDiffView> {
    return this.deployment.diff(key, from, to);
  }

  @Post(':key/check')
  @HttpCode(200)
  @ApiOkResponse({ type: ModelCheckView, description: 'Alle problemen; een lege lijst als het model in gebruik kan worden genomen' })
  async check(@Param('key') key: string, @Body() dto: ModelXmlDto): Promise<ModelCheckView> {
    return { problems: await this.deployment.check(key, dto.xml) };
  }

  @Post(':key/versions')
  @ApiCreatedResponse({ type: ModelVersionView })
  @ApiUnprocessableEntityResponse({ description: 'Het model is geweigerd; `details.problems` noemt elk probleem met het element' })
  @ApiConflictResponse({ description: 'Intussen is een andere versie in gebruik genomen dan de basisversie' })
  deploy(@Param('key') key: string, @Body() dto: DeployModelDto, @CurrentUser() user: AuthUser): Promise<ModelVersionView> {
    return this.deployment.deploy(key, dto, { id: user.id, name: user.displayName });
  }

  @Get(':key/draft')
  @ApiOkResponse({ type: ModelDraftView })
  draft(@Param('key') key: string, @CurrentUser() user: AuthUser): Promise<ModelDraftView> {
    return this.deployment.draft(key, user.id);
  }

  @Put(':key/draft')
  @ApiOkResponse({ type: ModelDraftView })
  saveDraft(@Param('key') key: string, @Body() dto: SaveDraftDto, @CurrentUser() user: AuthUser): Promise<ModelDraftView> {
    return this.deployment.saveDraft(key, dto, user.id);
  }

  @Delete(':key/draft')
  @HttpCode(204)
  @ApiNoContentResponse()
  discardDraft(@Param('key') key: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.deployment.discardDraft(key, user.id);
  }
}

function safeName(key: string): string {
  return key.replace(/[^\w.-]/g, '_');
}
