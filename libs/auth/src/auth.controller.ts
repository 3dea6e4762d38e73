import { Body, Controller, Get, HttpCode, Ip, Post, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AccessPolicy } from './access/access-policy';
import { Actor } from './audit/audit-trail';
import { AuditedInTransaction } from './audit/audited';
import { AuthUser } from './auth-user';
import { LoginDto, LoginResponseDto, SignedInUserDto } from './auth.dto';
import { AnyRole, CurrentActor, CurrentSession, CurrentUser, Public } from './decorators';
import { SessionTokens } from './sessions/session-tokens';
import { SignInLimits } from './sign-in-limits';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: SessionTokens,
    private readonly limits: SignInLimits,
    private readonly policy: AccessPolicy,
  ) {}

  @Public()
  @Post('login')
  @AuditedInTransaction('sign-in', 'session')
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
    return { ...(await this.tokens.issue(user, address ?? null)), user: this.signedIn(user) };
  }

  /** Ends this sign-in: its token is refused from now on, on every service process. */
  @ApiBearerAuth()
  @AnyRole()
  @Post('logout')
  @AuditedInTransaction('sign-out', 'session')
  @HttpCode(204)
  @ApiNoContentResponse()
  logout(@CurrentSession() sessionId: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.tokens.revoke(sessionId, actor);
  }

  @ApiBearerAuth()
  @AnyRole()
  @Get('me')
  @ApiOkResponse({ type: SignedInUserDto })
  me(@CurrentUser() user: AuthUser): SignedInUserDto {
    return this.signedIn(user);
  }

  private signedIn(user: AuthUser): SignedInUserDto {
    return { ...user, capabilities: this.policy.capabilitiesOf(user.roles) };
  }
}
