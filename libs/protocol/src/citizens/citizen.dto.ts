import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Label, NotBlank } from '@ap/common';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CitizenDto {
  @ApiProperty({ example: 'J. de Vries' })
  @Label('Naam')
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '1980-04-12', description: 'Geboortedatum (JJJJ-MM-DD); nodig om de burger terug te vinden' })
  // Label's own schema with the format: a day, not a moment, so the form asks for a date without a time.
  // (class-validator-jsonschema keeps one @JSONSchema per property.)
  @JSONSchema({ title: 'Geboortedatum', description: 'Nodig om de burger bij een volgend incident terug te vinden', format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Geef de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 1980-04-12.' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'Dorpsstraat 1' })
  @Label('Straat en huisnummer', 'Nodig voor de brief aan de burger')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streetAddress?: string;

  @ApiPropertyOptional({ example: '1234 AB' })
  @Label('Postcode')
  @IsOptional()
  @Matches(/^\d{4}\s?[A-Za-z]{2}$/, { message: 'Geef een Nederlandse postcode, bijvoorbeeld 1234 AB.' })
  postalCode?: string;

  @ApiPropertyOptional({ example: 'Voorbeeldstad' })
  @Label('Woonplaats')
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: '06-12345678' })
  @Label('Telefoonnummer')
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;
}

export class UpdateCitizenDto extends PartialType(CitizenDto) {}
