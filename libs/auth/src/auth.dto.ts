import { ApiProperty } from '@nestjs/swagger';
import { ACCESS, Capability, NotBlank, Role, ROLE_KEYS } from '@ap/common';
import { AuthUser } from './auth-user';
import { IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'afdelingshoofd' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  password: string;
}

export class SignedInUserDto implements AuthUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'afdelingshoofd' }) username: string;
  @ApiProperty({ example: 'Marieke Jansen' }) displayName: string;
  @ApiProperty({ example: 'afdelingshoofd Publiekszaken' }) jobTitle: string;
  @ApiProperty({ enum: ROLE_KEYS, isArray: true }) roles: Role[];
  @ApiProperty({ enum: Object.keys(ACCESS), isArray: true, description: 'Wat het account mag gebruiken, zoals deze service is ingesteld' }) capabilities: Capability[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer-token voor de Authorization-header' }) accessToken: string;
  @ApiProperty({ format: 'date-time', description: 'Tot wanneer het token geldig is' }) expiresAt: string;
  @ApiProperty({ type: SignedInUserDto }) user: SignedInUserDto;
}
