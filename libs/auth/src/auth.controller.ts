import { Body, Controller, Get, HttpCode, Ip, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AuthUser } from './auth-user';
import { LoginDto, LoginResponseDto, SignedInUserDto } from './auth.dto';
import { AnyRole, CurrentUser, Public } from './decorators';
import { SignInLimits } from './sign-in-limits';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly limits: SignInLimits,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Te veel inlogpogingen voor deze gebruikersnaam of vanaf dit adres; Retry-After zegt na hoeveel seconden het weer kan' })
  async login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponseDto> {
    await this.limits.admit(body.username, address);
    const user = await this.users.verify(body.username, body.password);
    if (!user) {
      await this.limits.failed(body.username);
      throw new UnauthorizedException('Onbekende gebruikersnaam of onjuist wachtwoord');
    }
    const { id, ...rest } = user;
    const accessToken = await this.jwt.signAsync({ sub: id, user: rest });
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user };
  }

  @ApiBearerAuth()
  @AnyRole()
  @Get('me')
  @ApiOkResponse({ type: SignedInUserDto })
  me(@CurrentUser() user: AuthUser): SignedInUserDto {
    return user;
  }
}
