import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, IsEmail, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Choices, Label, NotBlank, Role, ROLE_KEYS, ROLES, Secret } from '@ap/common';

/** A password: long rather than complicated, as the NCSC advises. */
export const PASSWORD_MIN_LENGTH = 12;

/** Checked when sent, null included: left out means "keep as it is", null would mean "none", which these cannot be. */
const IfSent = () => ValidateIf((_: object, value: unknown) => value !== undefined);

const ROLES_HELP = 'Minstens één. Een wijziging geldt meteen, ook voor wie al is ingelogd.';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'medewerker' }) username: string;
  @ApiProperty({ example: 'Sanne de Boer' }) displayName: string;
  @ApiProperty({ example: 'medewerker Klantcontactcentrum' }) jobTitle: string;
  @ApiProperty({ type: String, nullable: true, example: 's.deboer@voorbeeldstad.nl' }) email: string | null;
  @ApiProperty({ enum: ROLE_KEYS, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team; leeg als er nog geen is gekozen' }) unitId: string | null;
}

/** What the admin may change of an account; what is left out stays as it is. */
export class UserChangeDto {
  @ApiProperty({ required: false, example: 'Sanne de Boer' })
  @Label('Naam')
  @IfSent()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  displayName?: string;

  @ApiProperty({ required: false, example: 'medewerker Klantcontactcentrum' })
  @Label('Functie')
  @IfSent()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  jobTitle?: string;

  @ApiProperty({ required: false, type: String, nullable: true, example: 's.deboer@voorbeeldstad.nl' })
  @Label('E-mailadres', 'Voor meldingen per e-mail; leeg laten als de medewerker geen e-mail krijgt.')
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiProperty({ required: false, enum: ROLE_KEYS, isArray: true })
  @Label('Rollen', ROLES_HELP)
  @IfSent()
  @Choices(ROLES)
  @ArrayMinSize(1)
  roles?: Role[];
}

export class NewUserDto {
  @ApiProperty({ example: 's.deboer' })
  @Label('Gebruikersnaam', 'Kleine letters, cijfers, punten of streepjes, zonder spaties; 2 tot 60 tekens. Kan later niet worden gewijzigd.')
  @IsString()
  @Matches(/^[a-z0-9._-]{2,60}$/, { message: 'Gebruik 2 tot 60 kleine letters, cijfers, punten of streepjes, zonder spaties.' })
  username: string;

  @ApiProperty({ example: 'Sanne de Boer' })
  @Label('Naam')
  @IsString()
  @NotBlank()
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ example: 'medewerker Klantcontactcentrum' })
  @Label('Functie')
  @IsString()
  @NotBlank()
  @MaxLength(100)
  jobTitle: string;

  @ApiProperty({ required: false, type: String, nullable: true, example: 's.deboer@voorbeeldstad.nl' })
  @Label('E-mailadres', 'Voor meldingen per e-mail.')
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiProperty({ enum: ROLE_KEYS, isArray: true })
  @Label('Rollen', ROLES_HELP)
  @Choices(ROLES)
  @ArrayMinSize(1)
  roles: Role[];

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @Label('Eerste wachtwoord', `Minstens ${PASSWORD_MIN_LENGTH} tekens; een zin van een paar woorden is sterk en goed te onthouden. Geef het de medewerker langs een veilige weg.`)
  @Secret()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password: string;
}

export class PasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @Label('Nieuw wachtwoord', `Minstens ${PASSWORD_MIN_LENGTH} tekens. Wie met het oude wachtwoord is ingelogd, wordt meteen uitgelogd.`)
  @Secret()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password: string;
}

export class DeactivationDto {
  @ApiProperty({ required: false, example: 'Uit dienst per 1 december' })
  @Label('Reden', 'Komt in de audittrail.')
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class UserUnitDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het team; leeg om de medewerker uit zijn team te halen' })
  @IsOptional()
  @IsUUID()
  unitId: string | null;
}

/** The forms of the accounts page, as the server checks them. */
export class UserFormsView {
  @ApiProperty({ type: 'object', additionalProperties: true }) create: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) change: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) password: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) deactivate: Record<string, unknown>;
}
