import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCESS, Clock, DomainError, readRawBody, UuidPipe } from '@ap/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, idsOf, Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { UpdateCitizenDto } from './citizen.dto';
import { MAX_PHOTO_BYTES, normalisePhoto } from './citizen-photo';
import { CitizenSearchQuery, CitizenView } from './citizen-search';
import { CitizensService } from './citizens.service';


@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizens')
export class CitizensController {
  constructor(
    private readonly citizens: CitizensService,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Finds citizens by name and date of birth, before reporting one who may already be known or answering their AVG request; the header X-Total-Count says how many match. */
  @Roles(...ACCESS.findCitizens)
  @Get()
  @Audited({ action: 'search', resource: 'citizen', ids: (_, found) => idsOf(found), details: ({ query }) => ({ name: query.name, dateOfBirth: query.dateOfBirth }) })
  @ApiOkResponse({ type: [CitizenView], headers: { 'X-Total-Count': { description: 'Aantal gevonden burgers in totaal', schema: { type: 'integer' } } } })
  async search(@Query() query: CitizenSearchQuery, @Res({ passthrough: true }) res: ServerResponse): Promise<CitizenView[]> {
    const [citizens, total] = await this.db.read((uow) => this.citizens.search(uow, query));
    res.setHeader('X-Total-Count', String(total));
    return citizens;
  }

  @Roles(...ACCESS.citizens)
  @Get(':id')
  @Audited({ action: 'read', resource: 'citizen' })
  get(@Param('id', UuidPipe) id: string) {
    return this.db.read((uow) => this.citizens.get(uow, id));
  }

  /** Completes or corrects a citizen's details, e.g. the address a letter needs. */
  @Roles(...ACCESS.citizens)
  @Patch(':id')
  @Audited({ action: 'citizen-changed', resource: 'citizen', details: ({ body }) => ({ fields: Object.keys(body as object) }) })
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateCitizenDto) {
    return this.db.transaction((uow) => this.citizens.update(uow, id, body));
  }

  /** Attaches a photo (JPEG or PNG, at most 2 MB, sent as the raw body) that receptions see with a ban; kept re-encoded, without its metadata. */
  @Roles(...ACCESS.attachPhotos)
  @Put(':id/photo')
  @Audited({ action: 'photo-attached', resource: 'photo' })
  @HttpCode(204)
  @ApiConsumes('image/jpeg', 'image/png')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async putPhoto(@Param('id', UuidPipe) id: string, @Headers('content-type') contentType: string | undefined, @Req() req: IncomingMessage) {
    const bytes = await readRawBody(req, MAX_PHOTO_BYTES, 'De foto');
    const { photo, type } = await normalisePhoto(contentType, bytes);
    await this.db.transaction(async (uow) => {
      await this.citizens.changeable(uow, id);
      await uow.citizens.update(id, { photo, photoType: type, photoAttachedAt: this.clock.now() });
    });
  }

  @Roles(...ACCESS.citizenPhotos)
  @Get(':id/photo')
  @Audited({ action: 'read', resource: 'photo' })
  @ApiOkResponse({ description: 'De foto', content: Object.fromEntries(['image/jpeg', 'image/png'].map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  async getPhoto(@Param('id', UuidPipe) id: string, @Res({ passthrough: true }) res: ServerResponse) {
    const citizen = await this.db.read((uow) => uow.citizens.findOne({ where: { id }, select: { id: true, photo: true, photoType: true } }));
    if (!citizen?.photo || !citizen.photoType) throw new DomainError('not-found', `Van burger ${id} is geen foto bekend`);
    res.setHeader('Content-Type', citizen.photoType);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(citizen.photo);
  }
}
