import { ApiProperty } from '@nestjs/swagger';

export class BanInForce {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'alle gebouwen van de gemeente', description: 'Voor welke gebouwen het verbod geldt' }) scope: string;
  @ApiProperty({ example: 'P6M' }) duration: string;
  @ApiProperty({
    example: 'Laat de bezoeker niet binnen. Betreedt hij toch het gebouw, bel dan meteen de politie.',
    description: 'Wat de receptie doet als deze bezoeker komt: uit het model dat het verbod voorstelde (access-ban, invoer instruction van bans.propose)',
  })
  instruction: string;
  @ApiProperty({ format: 'date', example: '2026-12-02' }) startsOn: string;
  @ApiProperty({ format: 'date', example: '2027-06-02', description: 'Het verbod geldt tot en met deze dag' }) endsOn: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) letterId: string | null;
  @ApiProperty({ format: 'uuid' }) citizenId: string;
  @ApiProperty({ example: 'J. de Vries' }) name: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfBirth: string | null;
  @ApiProperty({ description: 'Er is een foto om de bezoeker te herkennen (GET /api/citizens/:id/photo)' }) hasPhoto: boolean;
  @ApiProperty({ example: 'AG-2026-00012' }) incidentReference: string;
}

/** What a reception needs to know of a visitor: may they enter, and if not, what to do. */
export class BanLookupResult {
  @ApiProperty({ format: 'date', description: 'De dag waarvoor is gekeken' }) checkedOn: string;
  @ApiProperty({ description: 'Heeft de bezoeker op die dag een toegangsverbod?' }) banned: boolean;
  @ApiProperty({ type: [BanInForce] }) bans: BanInForce[];
}
